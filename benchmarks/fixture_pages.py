"""The real-page test fixtures (tests/fixtures/pages/): loading and measuring.

Each fixture is ``<id>.html.gz`` (the page, bytes unchanged from its dataset) plus
``<id>.json`` (``id``, ``dataset``, ``url``, ``body`` and, for Fundus pages,
``title``, ``authors``, ``published``; trafilatura's evaluation pages,
``dataset: "trafilatura-eval"``, carry ``with`` / ``without`` segments instead of a
body). ``floors.json`` maps each id to the minimum body shingle F1 (or, on
segment pages, the fewest ``with`` segments found and the most ``without``
segments leaked) and to the metadata checks expected to hold::

    {"<id>": {"body_f1": 0.5, "title": false, "authors": false, "published": false}}
    {"<id>": {"with_found": 3, "without_leaked": 0, "title": true, ...}}

:func:`measure` is shared by ``tests/test_real_pages.py`` and
``benchmarks/pin_floors.py`` so the test checks exactly what the pinning measured.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.datasets import load_html
from benchmarks.scoring import (
    BodyScore,
    SegmentScore,
    authors_match,
    date_match,
    score_body,
    score_segments,
    title_match,
)

__all__ = ["FIXTURES", "FLOORS", "Case", "Measured", "load_cases", "load_floors", "measure"]

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
FLOORS = FIXTURES / "floors.json"
METADATA_CHECKS = ("title", "authors", "published")
SEGMENTS_DATASET = "trafilatura-eval"


@dataclass(frozen=True, slots=True)
class Case:
    """One fixture page and its expected values."""

    id: str
    dataset: str
    url: str
    html_path: Path
    body: str
    title: str | None = None
    authors: tuple[str, ...] | None = None
    published: str | None = None
    with_segments: tuple[str, ...] = ()
    without_segments: tuple[str, ...] = ()

    @property
    def has_metadata(self) -> bool:
        """Whether title/authors/published are part of the expected values."""
        return self.dataset in ("fundus", SEGMENTS_DATASET)


@dataclass(frozen=True, slots=True)
class Measured:
    """What the parser achieves on one fixture."""

    body: BodyScore
    predicted_body: str
    checks: dict[str, bool | None]
    """``title``/``authors``/``published`` -> held or not (``None``: not applicable)."""
    predicted: dict[str, Any]
    segments: SegmentScore | None = None
    """Segment pages only: ``with`` segments found, ``without`` segments leaked."""


def load_cases(directory: Path = FIXTURES) -> list[Case]:
    """Every ``<id>.json`` fixture in ``directory`` (``floors.json`` excluded), by id."""
    cases = []
    for path in sorted(directory.glob("*.json")):
        if path.name == FLOORS.name:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        authors = data.get("authors")
        cases.append(Case(
            id=data["id"], dataset=data["dataset"], url=data["url"],
            html_path=directory / f"{data['id']}.html.gz", body=data.get("body", ""),
            title=data.get("title"), authors=tuple(authors) if authors is not None else None,
            published=data.get("published"),
            with_segments=tuple(data.get("with", ())), without_segments=tuple(data.get("without", ())),
        ))
    return cases


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, Any]]:
    """The pinned floors, by fixture id."""
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def measure(case: Case) -> Measured:
    """Run ``crawler.parsers.parse_article`` on a fixture and score it.

    The page is decoded as UTF-8 first, as the benchmark harness does.
    """
    from crawler.parsers import parse_article

    article = parse_article(load_html(case.html_path), case.url)
    body = (article.body if article else "") or ""
    title = article.title if article else None
    authors = list(article.authors) if article else []
    published = article.published if article else None
    checks: dict[str, bool | None] = dict.fromkeys(METADATA_CHECKS)
    if case.has_metadata:
        checks = {
            "title": title_match(title, case.title),
            "authors": authors_match(authors, case.authors),
            "published": date_match(published, case.published),
        }
    segments = (score_segments(body, case.with_segments, case.without_segments)
                if case.dataset == SEGMENTS_DATASET else None)
    return Measured(body=score_body(body, case.body), predicted_body=body, checks=checks,
                    predicted={"title": title, "authors": authors, "published": published,
                               "article": article is not None}, segments=segments)
