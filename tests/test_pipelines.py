"""Each item pipeline, built from real settings with Scrapy's get_crawler, on real SQLite files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlite_utils
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler import signals as clippings_signals
from crawler.items import Article, ArticlePage, Block, FetchRecord, content_hash
from pipelines.clean import CleanPipeline
from pipelines.dedupe import DedupePipeline
from pipelines.exceptions import DuplicateRecord, InvalidRecord
from pipelines.store import ArchivePipeline
from pipelines.validate import ValidatePipeline

BODY = " ".join(f"Sentence number {i} of a long enough article body." for i in range(12))


def page(url: str = "https://news.example/a", **changes: object) -> ArticlePage:
    values: dict = dict(
        url=url, canonical_url="https://news.example/a", site="news.example",
        title="  A   headline ", body=BODY, body_blocks=[Block(type="p", text=BODY)],
        authors=["Ann Lee", "ann lee", " "], tags=["x", "X", "y"], published="2025-07-16",
        description="", fetched_at="2025-07-16T08:00:00Z",
    )
    values.update(changes)
    return ArticlePage(
        article=Article(**values),
        fetch=FetchRecord(url=url, outcome="not-article", status=200, fetched_at="2025-07-16T08:00:00Z"),
    )


def test_clean_normalises_and_rehashes() -> None:
    item = CleanPipeline().process_item(page())
    article = item.article
    assert article.title == "A headline"
    assert article.description is None
    assert article.authors == ["Ann Lee"]
    assert article.tags == ["x", "y"]
    assert article.word_count == len(BODY.replace(".", "").split())
    assert article.content_hash == content_hash("A headline", BODY)


def test_clean_passes_other_items_through() -> None:
    record = FetchRecord(url="https://news.example/", outcome="not-article")
    assert CleanPipeline().process_item(record) is record


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"title": ""}, "missing title"),
        ({"body": "Too short.", "body_blocks": [Block(type="p", text="Too short.")], "word_count": 2},
         "body too short"),
        ({"published": "July 16, 2025"}, "published is not ISO 8601"),
        ({"canonical_url": "ftp://news.example/a"}, r"not http\(s\)"),
    ],
)
def test_validate_drops_with_reason(changes: dict, reason: str) -> None:
    crawler = get_crawler(settings_dict={"CLIPPINGS_MIN_WORDS": 40})
    validator = ValidatePipeline.from_crawler(crawler)
    item = CleanPipeline().process_item(page(**changes))
    with pytest.raises(InvalidRecord, match=reason):
        validator.process_item(item)


def test_validate_keeps_a_good_record() -> None:
    item = CleanPipeline().process_item(page())
    assert ValidatePipeline(min_words=40).process_item(item) is item


def test_dedupe_names_the_first_url() -> None:
    dedupe = DedupePipeline()
    dedupe.process_item(page("https://news.example/a"))
    with pytest.raises(DuplicateRecord, match=re.escape("duplicate of https://news.example/a")):
        dedupe.process_item(page("https://news.example/a?from=home"))


def test_store_writes_articles_fetches_and_dropped_items(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    crawler = get_crawler(settings_dict={"CLIPPINGS_DB": str(db_path)})
    store = ArchivePipeline.from_crawler(crawler)
    store.open_spider()
    first = CleanPipeline().process_item(page())
    store.process_item(first)
    again = CleanPipeline().process_item(page())
    store.process_item(again)
    store.process_item(FetchRecord(url="https://news.example/missing", outcome="error",
                                   status=404, reason="HTTP 404"))
    store.item_dropped(page("https://news.example/a?x=1"), None,
                       DuplicateRecord("duplicate of https://news.example/a"), None)
    # The outcome comes from the exception's type, not from its wording.
    store.item_dropped(page("https://news.example/a?x=2"), None, DropItem("duplicate-looking reason"), None)
    crawler.signals.send_catch_log(clippings_signals.fetch_observed, fetch=FetchRecord(
        url="https://news.example/old", outcome="redirect", status=301,
        reason="redirected to https://news.example/a"))
    store.close_spider()

    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 1
    assert db["versions"].count == 1
    outcomes = [(r["url"], r["outcome"], r["reason"]) for r in db.query("select * from fetches order by id")]
    assert outcomes == [
        ("https://news.example/a", "stored", "new version"),
        ("https://news.example/a", "unchanged", None),
        ("https://news.example/missing", "error", "HTTP 404"),
        ("https://news.example/a?x=1", "duplicate", "duplicate of https://news.example/a"),
        ("https://news.example/a?x=2", "dropped", "duplicate-looking reason"),
        ("https://news.example/old", "redirect", "redirected to https://news.example/a"),
    ]
    crawl = next(db.query("select * from crawls"))
    assert crawl["status"] == "finished" and crawl["finished"]


def test_store_marks_a_known_article_gone_on_404(tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict={"CLIPPINGS_DB": str(tmp_path / "a.db")})
    store = ArchivePipeline.from_crawler(crawler)
    store.open_spider()
    store.process_item(CleanPipeline().process_item(page()))
    gone = FetchRecord(url="https://news.example/a", outcome="error", status=410, reason="HTTP 410",
                       fetched_at="2025-08-01T00:00:00Z")
    store.process_item(gone)
    store.close_spider()
    assert gone.outcome == "gone"
    row = sqlite_utils.Database(tmp_path / "a.db")["articles"].get("https://news.example/a")
    assert row["status"] == "gone"
