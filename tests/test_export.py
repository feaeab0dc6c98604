"""Exports: one Article record per article, exactly the record's field names, in order."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from archive import ArchiveWriter
from archive.export import EXPORT_FIELDS, VERSION_FIELDS, export_articles
from archive.migrations import JSON_FIELDS
from crawler.items import ARTICLE_FIELDS, Article
from tests.support.sample_archive import HARBOUR, LIBRARY, sample_articles, seed_archive


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    return seed_archive(tmp_path_factory.mktemp("export") / "export.db")


def latest_records() -> dict[str, Article]:
    """What the archive should hold: the last version stored for each article, as
    first fetched (re-fetching an unchanged version only moves ``last_seen``)."""
    latest: dict[str, Article] = {}
    for articles in sample_articles().values():
        for article in articles:
            known = latest.get(article.canonical_url)
            if known is None or known.content_hash != article.content_hash:
                latest[article.canonical_url] = article
    return latest


def test_jsonl_field_names_and_round_trip(db) -> None:
    out = io.StringIO()
    assert export_articles(db, "jsonl", out) == 4
    lines = out.getvalue().splitlines()
    assert len(lines) == 4
    expected = latest_records()
    for line in lines:
        data = json.loads(line)
        assert tuple(data) == ARTICLE_FIELDS + VERSION_FIELDS
        assert data["version"] == data["version_count"] >= 1
        assert isinstance(data["authors"], list) and isinstance(data["body_blocks"], list)
        assert isinstance(data["provenance"], dict)
        article = Article.from_dict(data)
        assert article == expected[article.canonical_url]
    urls = [json.loads(line)["canonical_url"] for line in lines]
    assert urls == sorted(urls)


def test_csv_field_names_and_json_cells(db) -> None:
    out = io.StringIO(newline="")
    assert export_articles(db, "csv", out) == 4
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert tuple(reader.fieldnames) == EXPORT_FIELDS
    rows = list(reader)
    assert len(rows) == 4
    expected = latest_records()
    for row in rows:
        data: dict = dict(row)
        for name in JSON_FIELDS:
            data[name] = json.loads(data[name])
        for name in ARTICLE_FIELDS:
            if data[name] == "":
                data[name] = None
        data["word_count"] = int(data["word_count"])
        if data["reading_time_minutes"] is not None:
            data["reading_time_minutes"] = int(data["reading_time_minutes"])
        data["body"] = data["body"] or ""
        if data["language_confidence"] is not None:
            data["language_confidence"] = float(data["language_confidence"])
        article = Article.from_dict(data)
        assert article == expected[article.canonical_url]
        assert "\n\n" in row["body"]  # multi-line cells survive quoting


def test_live_only_and_site_filters(db) -> None:
    out = io.StringIO()
    assert export_articles(db, "jsonl", out, include_gone=False) == 3
    assert LIBRARY not in out.getvalue()
    out = io.StringIO()
    assert export_articles(db, "jsonl", out, site="harbourgazette.example") == 2
    assert HARBOUR in out.getvalue()


def test_empty_archive_and_bad_format(tmp_path: Path) -> None:
    writer = ArchiveWriter(tmp_path / "empty.db")
    out = io.StringIO()
    assert export_articles(writer.db, "csv", out) == 0
    assert out.getvalue().strip() == ",".join(EXPORT_FIELDS)
    with pytest.raises(ValueError):
        export_articles(writer.db, "xml", io.StringIO())  # type: ignore[arg-type]


def test_export_streams(db, monkeypatch) -> None:
    """Rows reach the output one at a time, not after reading the whole table."""
    seen: list[int] = []

    class Spy(io.StringIO):
        def write(self, text: str) -> int:
            seen.append(text.count("\n"))
            return super().write(text)

    export_articles(db, "jsonl", Spy())
    assert seen == [1, 1, 1, 1]
