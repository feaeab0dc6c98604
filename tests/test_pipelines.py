"""Each item pipeline, built from real settings with Scrapy's get_crawler, on real SQLite files."""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from archive.db import writer_alive
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


class ReleaseOnLog(logging.Handler):
    """Ends another program's write transaction when the pipeline logs ``words``:
    the lock lasts exactly until the close-time write has failed on it."""

    def __init__(self, other: sqlite3.Connection, words: str) -> None:
        super().__init__()
        self.other, self.words = other, words

    def emit(self, record: logging.LogRecord) -> None:
        if self.words in record.getMessage() and self.other.in_transaction:
            self.other.execute("ROLLBACK")


def locked_at_close(tmp_path: Path) -> tuple[ArchivePipeline, Path, sqlite3.Connection]:
    """A crawl that stored its page; then another program takes the write lock."""
    db_path = tmp_path / "archive.db"
    crawler = get_crawler(settings_dict={"CLIPPINGS_DB": str(db_path), "CLIPPINGS_BUSY_TIMEOUT": 0.05})
    store = ArchivePipeline.from_crawler(crawler)
    store.open_spider()
    store.process_item(CleanPipeline().process_item(page()))
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return store, db_path, other


def test_a_lock_arriving_while_the_crawl_closes_fails_it_with_the_reason(tmp_path: Path) -> None:
    """update_clusters met the lock: the crawl raised before closing the archive and
    giving back the writer lock, and its row said nothing of why."""
    store, db_path, other = locked_at_close(tmp_path)
    handler = ReleaseOnLog(other, "archive write failed while the crawl closed")
    logging.getLogger("pipelines.store").addHandler(handler)
    try:
        store.close_spider()
        store.spider_closed(None, "finished")  # type: ignore[arg-type]
    finally:
        logging.getLogger("pipelines.store").removeHandler(handler)
        other.close()
    locked = f"{db_path} is locked: another program holds a write transaction on it; try again when it ends"
    assert store.fault == locked
    assert store.crawler is not None and store.crawler.stats is not None
    assert store.crawler.stats.get_value("finish_reason") == f"archive fault: {locked}"
    crawl = next(sqlite_utils.Database(db_path).query("select status, stats from crawls"))
    assert crawl["status"] == "failed"
    assert json.loads(crawl["stats"])["finish_reason"] == f"archive fault: {locked}"
    assert not writer_alive(db_path) and store.writer is None


def test_a_lock_held_through_the_close_still_closes_the_archive_and_gives_back_the_lock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipelines.store.BUSY_TIMEOUT_MS", 50)  # the close's wait after a fault
    store, db_path, other = locked_at_close(tmp_path)
    try:
        store.close_spider()
        store.spider_closed(None, "finished")  # type: ignore[arg-type]
    finally:
        other.close()
    assert store.fault is not None and "is locked" in store.fault
    assert not writer_alive(db_path) and store.writer is None
    crawl = next(sqlite_utils.Database(db_path).query("select status from crawls"))
    assert crawl["status"] == "running"  # the next writer closes it as interrupted


def test_validate_counts_a_chinese_body_by_its_characters() -> None:
    """A Chinese story of three hundred characters has few ``\\w+`` runs (one a clause),
    yet it is a story: its characters count (one word per two), as the page classifier's
    ``count_words`` counts them; a short notice is still refused."""
    text = "据有关负责人介绍，相关工程目前进展顺利，第一阶段工作预计将于近期完成。" * 9
    item = CleanPipeline().process_item(page(body=text, body_blocks=[Block(type="p", text=text)]))
    assert item.article.word_count < 40
    assert ValidatePipeline(min_words=40).process_item(item) is item
    short = "本站启用新域名，敬请留意。"
    notice = CleanPipeline().process_item(page(body=short, body_blocks=[Block(type="p", text=short)]))
    with pytest.raises(InvalidRecord, match="body too short"):
        ValidatePipeline(min_words=40).process_item(notice)
