"""A small, realistic archive for tests, docs and smoke checks: ``seed_archive(path)``.

Three crawls of two sites: one article edited (new headline and paragraph), one
corrected and then reverted (A -> B -> A: three versions), one that went 404,
and fetch rows for every outcome that a crawl commonly writes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import sqlite_utils

from archive.db import configure_connection, open_archive
from archive.migrations import migrations
from archive.writer import ArchiveWriter, Capture
from crawler.items import Article, Block, RelatedLink, content_hash

__all__ = ["CRAWL_TIMES", "make_article", "older_archive", "sample_articles", "seed_archive"]

CRAWL_TIMES = ("2025-07-14T08:00:00Z", "2025-07-15T08:00:00Z", "2025-07-16T08:00:00Z")


def make_article(
    *,
    canonical_url: str,
    title: str,
    paragraphs: list[str],
    fetched_at: str,
    url: str | None = None,
    **fields: Any,
) -> Article:
    """An Article built the way the parsers build one (body, blocks, word count, hash)."""
    body = "\n\n".join(paragraphs)
    site = re.sub(r"^www\.", "", canonical_url.split("/")[2].split(":")[0])
    return Article(
        url=url or canonical_url,
        canonical_url=canonical_url,
        site=site,
        title=title,
        body=body,
        body_blocks=[Block(type="p", text=p) for p in paragraphs],
        word_count=len(re.findall(r"\w+", body)),
        fetched_at=fetched_at,
        content_hash=content_hash(title, body),
        **fields,
    )


HARBOUR = "https://www.harbourgazette.example/news/2025/07/14/ferry-timetable-cut"
TRAM = "https://www.harbourgazette.example/city/2025/07/13/tram-line-extension-approved"
MARKET = "https://valleyherald.example/business/fish-market-reopens"
LIBRARY = "https://valleyherald.example/culture/library-mural-unveiled"

_FERRY = [
    ("The ferry operator will cut its winter timetable from twelve crossings a day to eight, "
     "the harbour authority confirmed on Monday."),
    ("Commuters on the early crossing said the change would add forty minutes to their journeys. "
     "The operator blamed rising fuel costs and a shortage of qualified deckhands."),
]
_FERRY_EDIT = [*_FERRY, "In a statement issued on Tuesday, the operator said two additional sailings would be kept " "on Fridays after talks with the harbour authority."]
_TRAM = [
    ("City councillors approved the long-awaited extension of the tram line to the northern "
     "suburbs by 31 votes to 9."),
    ("Construction of the 4.2 kilometre extension is due to start next spring and to finish "
     "in 2028, at an estimated cost of 310 million euros."),
]
_TRAM_CORRECTED = [
    _TRAM[0],
    ("Construction of the 4.2 kilometre extension is due to start next spring and to finish "
     "in 2029, at an estimated cost of 310 million euros."),
]
_MARKET = [
    ("The covered fish market on the quay reopened on Saturday after an eighteen-month "
     "renovation of its cast-iron roof."),
    ("Stallholders reported brisk trade, with queues for smoked mackerel stretching past the "
     "old customs house before nine o'clock."),
]
_LIBRARY = [
    ("A mural celebrating the valley's weaving history was unveiled on the east wall of the "
     "central library."),
    ("The artist spent six weeks on scaffolding, working from archive photographs lent by "
     "former mill workers and their families."),
]


def sample_articles() -> dict[str, list[Article]]:
    """The records each of the three crawls stores, keyed by crawl time."""
    t1, t2, t3 = CRAWL_TIMES
    related = [
        RelatedLink(url=TRAM, title="Tram line extension approved", section="City",
                    published="2025-07-13"),
        RelatedLink(url=MARKET, title="Fish market reopens"),
    ]
    ferry: dict[str, Any] = {
        "canonical_url": HARBOUR, "description": "Winter crossings reduced from twelve to eight a day.",
        "section": "News", "tags": ["transport", "ferry"], "authors": ["Maria Jensen"],
        "published": "2025-07-14T07:30:00+02:00", "language": "en",
        "image": "https://www.harbourgazette.example/img/ferry.jpg", "related": related,
        "provenance": {"title": "json-ld", "published": "json-ld", "authors": "html"},
    }
    tram: dict[str, Any] = {
        "canonical_url": TRAM, "description": "Councillors back 4.2 km extension to the north.",
        "section": "City", "tags": ["transport", "trams", "council"],
        "authors": ["Tom Okafor", "Lena Fischer"], "published": "2025-07-13", "language": "en",
        "reading_time_minutes": 2,
    }
    market: dict[str, Any] = {
        "canonical_url": MARKET, "description": "Quay market back after roof renovation.",
        "section": "Business", "tags": ["markets"], "authors": ["Valley Herald staff"],
        "published": "2025-07-12", "language": "en",
    }
    library: dict[str, Any] = {
        "canonical_url": LIBRARY, "description": "Weaving history mural on the central library.",
        "section": "Culture", "tags": ["art"], "authors": ["Sam Idris"], "published": "2025-07-10",
        "language": "en",
    }
    return {
        t1: [
            make_article(title="Ferry timetable to be cut", paragraphs=_FERRY, fetched_at=t1,
                         url=HARBOUR + "?utm_source=rss", **ferry),
            make_article(title="Tram line extension approved", paragraphs=_TRAM, fetched_at=t1, **tram),
            make_article(title="Fish market reopens", paragraphs=_MARKET, fetched_at=t1, **market),
            make_article(title="Library mural unveiled", paragraphs=_LIBRARY, fetched_at=t1, **library),
        ],
        t2: [
            make_article(title="Ferry timetable cut, two Friday sailings kept",
                         paragraphs=_FERRY_EDIT, fetched_at=t2,
                         **(ferry | {"modified": "2025-07-15T09:10:00+02:00"})),
            make_article(title="Tram line extension approved", paragraphs=_TRAM_CORRECTED,
                         fetched_at=t2, **tram),
            make_article(title="Fish market reopens", paragraphs=_MARKET, fetched_at=t2, **market),
        ],
        t3: [
            make_article(title="Tram line extension approved", paragraphs=_TRAM, fetched_at=t3, **tram),
            make_article(title="Fish market reopens", paragraphs=_MARKET, fetched_at=t3, **market),
        ],
    }


def seed_archive(path: str | Path) -> sqlite_utils.Database:
    """Create (or add to) an archive at ``path`` with the sample crawls; returns it open."""
    db = open_archive(path)
    writer = ArchiveWriter(db)
    for n, (when, articles) in enumerate(sample_articles().items(), start=1):
        crawl = writer.start_crawl(
            seeds=["https://www.harbourgazette.example/", "https://valleyherald.example/"],
            settings={"DOWNLOAD_DELAY": 1.0, "ROBOTSTXT_OBEY": True},
            user_agent="Clippings/0.1 (+https://github.com/clippings-archive/clippings)",
            started=when,
        )
        for i, article in enumerate(articles):
            capture = Capture(warc_file=f"crawl-{n}.warc.gz", warc_offset=1000 * i,
                              warc_record_id=f"<urn:uuid:00000000-0000-0000-0000-{n:06d}{i:06d}>")
            result = writer.store_article(article, crawl, capture=capture)
            writer.record_fetch(
                crawl, url=article.url, outcome="unchanged" if result == "unchanged" else "stored",
                status=200, bytes=18_000 + 100 * i, elapsed_ms=120.5, canonical_url=article.canonical_url,
                fetched_at=when, etag=f'"{article.content_hash[:12]}"',
                last_modified="Mon, 14 Jul 2025 06:00:00 GMT", content_type="text/html; charset=utf-8",
            )
        writer.record_fetch(crawl, url="https://www.harbourgazette.example/", outcome="not-article",
                            status=200, reason="listing page", fetched_at=when,
                            content_type="text/html")
        writer.record_fetch(crawl, url="https://valleyherald.example/private/", outcome="robots",
                            reason="forbidden by robots.txt", fetched_at=when)
        if n == 3:
            writer.record_fetch(crawl, url=LIBRARY, outcome="gone", status=404, fetched_at=when,
                                canonical_url=LIBRARY)
            writer.mark_gone(LIBRARY, crawl, when)
            writer.record_fetch(crawl, url=HARBOUR, outcome="unchanged", status=304, fetched_at=when,
                                canonical_url=HARBOUR)
            writer.touch_article(HARBOUR, crawl, when)
        writer.finish_crawl(crawl, stats={"item_scraped_count": len(articles)},
                            finished=when.replace("08:00", "08:05"))
    return db


#: The tables an older archive's rows are copied into, parents first.
_OLD_TABLES = ("crawls", "articles", "versions", "fetches", "authors", "article_authors",
               "related_links", "validators")


def older_archive(path: str | Path, *, before: str = "m007_corpus_fields") -> Path:
    """The sample archive as an older Clippings wrote it: only the schema steps up
    to ``before`` (the file records no later one), the sample rows in the columns
    that schema has. Made beside ``path`` from a current copy, which is removed."""
    path = Path(path)
    current = path.with_name(path.name + ".current")
    seed_archive(current).close()
    old = sqlite_utils.Database(path)
    configure_connection(old)
    migrations.apply(old, stop_before=before)
    new = sqlite_utils.Database(current)
    for table in _OLD_TABLES:
        columns = [c for c in old[table].columns_dict if c in new[table].columns_dict]
        rows = new.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        old[table].insert_all([dict(zip(columns, row, strict=True)) for row in rows])
    new.close()
    old.close()
    for leftover in (current, Path(f"{current}-wal"), Path(f"{current}-shm")):
        leftover.unlink(missing_ok=True)
    return path
