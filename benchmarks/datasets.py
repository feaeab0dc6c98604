"""Benchmark datasets on disk: kind detection, truth records and page loading.

Two layouts are supported (see each dataset's README.md):

* ``zyte``: ``ground-truth.json`` (``{id: {articleBody, url}}``) + ``html/<id>.html.gz``;
* ``fundus``: ``truth.jsonl`` (one object per page with ``id``, ``file``, ``url``,
  ``english``, ``title``, ``authors``, ``published``, ``body``) + the gzipped pages.

Pages are gzip-compressed UTF-8 and are always decoded as UTF-8 (undecodable bytes
replaced), never sniffed.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Truth", "dataset_kind", "load_html", "load_truth"]


@dataclass(frozen=True, slots=True)
class Truth:
    """The expected output for one page."""

    id: str
    url: str
    file: str
    """Path of the gzipped page, relative to the dataset directory."""
    body: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    english: bool | None = None
    """Language group (Fundus only; ``None`` on the Zyte set)."""


def dataset_kind(directory: Path) -> str:
    """``"zyte"`` or ``"fundus"``, by the truth file present; ``ValueError`` otherwise."""
    if (directory / "ground-truth.json").is_file():
        return "zyte"
    if (directory / "truth.jsonl").is_file():
        return "fundus"
    raise ValueError(f"{directory}: neither ground-truth.json nor truth.jsonl found")


def _zyte_truth(directory: Path) -> list[Truth]:
    data = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Truth(id=key, url=item.get("url", ""), file=f"html/{key}.html.gz",
              body=item.get("articleBody", ""))
        for key, item in sorted(data.items())
    ]


def _fundus_truth(directory: Path) -> list[Truth]:
    rows = []
    with (directory / "truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            item = json.loads(line)
            rows.append(Truth(
                id=item["id"], url=item.get("url", ""),
                file=item.get("file") or f"html/{item['id']}.html.gz",
                body=item.get("body", ""), title=item.get("title"),
                authors=list(item.get("authors") or []), published=item.get("published"),
                english=bool(item.get("english")),
            ))
    return sorted(rows, key=lambda t: t.id)


def load_truth(directory: Path, limit: int | None = None) -> tuple[str, list[Truth]]:
    """The dataset kind and its truth records sorted by id (first ``limit`` only)."""
    kind = dataset_kind(directory)
    truths = _zyte_truth(directory) if kind == "zyte" else _fundus_truth(directory)
    return kind, truths[:limit] if limit else truths


def load_html(path: Path) -> str:
    """One page: gunzip (when gzipped) and decode as UTF-8, bad bytes replaced."""
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")
