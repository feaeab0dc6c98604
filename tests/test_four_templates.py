"""Issue 8: a crawl of one site in four templates, one an early-2000s table layout
with no metadata. Every article is found and stored once, non-articles are not
stored, and title, authors, day and section are each right on >= 95% of articles."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import sqlite_utils

from tests.conftest import crawl
from tests.support.four_templates import FourTemplateSite

FIELDS = ("title", "authors", "day", "section")
THRESHOLD = 0.95


@pytest.fixture(scope="module")
def site() -> Iterator[FourTemplateSite]:
    with FourTemplateSite() as served:
        yield served


@pytest.fixture(scope="module")
def stored(site: FourTemplateSite, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    db = tmp_path_factory.mktemp("four") / "four.db"
    run = crawl(db, site.base_url + "/")
    assert run.returncode == 0, run.stderr
    return list(sqlite_utils.Database(db)["articles"].rows)


def _record(row: dict) -> dict:
    return {"title": row["title"], "authors": json.loads(row["authors"] or "[]"),
            "day": (row["published"] or "")[:10] or None, "section": row["section"]}


def test_every_article_found_once_and_nothing_else(site: FourTemplateSite, stored: list[dict]) -> None:
    urls = [row["canonical_url"] for row in stored]
    assert len(urls) == len(set(urls)), "an article stored twice"
    truth = site.truth()
    assert sorted(set(truth) - set(urls)) == [], "articles not found"
    assert sorted(set(urls) - set(truth)) == [], "non-articles stored"


def test_each_field_right_on_95_percent(site: FourTemplateSite, stored: list[dict]) -> None:
    truth = site.truth()
    rows = {row["canonical_url"]: _record(row) for row in stored}
    misses: dict[str, list[str]] = {name: [] for name in FIELDS}
    for url, expected in truth.items():
        got = rows.get(url, {})
        for name in FIELDS:
            if got.get(name) != expected[name]:
                misses[name].append(f"[{expected['template']}] {url}: got {got.get(name)!r}, expected {expected[name]!r}")
    accuracy = {name: 1 - len(m) / len(truth) for name, m in misses.items()}
    print("per-field accuracy:", {k: round(v, 3) for k, v in accuracy.items()})
    for name, lines in misses.items():
        print(f"{name} misses:", *lines, sep="\n  ")
    assert all(a >= THRESHOLD for a in accuracy.values()), (accuracy, {k: v[:8] for k, v in misses.items()})
