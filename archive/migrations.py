"""The archive's schema, as an ordered list of named migrations.

Uses :class:`sqlite_utils.migrations.Migrations` (sqlite-utils 4.x): each migration
is a function applied once, inside a transaction, and recorded in the
``_sqlite_migrations`` table under the set name ``clippings``. Never edit a
migration that has shipped: append a new one.
"""

from __future__ import annotations

import functools

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("clippings")

#: Article fields stored as JSON text, with the shape of each (the record's types):
#: a list of strings, a list of objects whose values are strings or null, an object.
JSON_SHAPES: dict[str, str] = {"tags": "strings", "authors": "strings", "body_blocks": "objects",
                               "related": "objects", "images": "objects", "provenance": "object"}
#: Article fields stored as JSON text (lists / dicts).
JSON_FIELDS: frozenset[str] = frozenset(JSON_SHAPES)
#: Article fields stored as integers.
INT_FIELDS: frozenset[str] = frozenset({"word_count", "reading_time_minutes"})
#: Article fields stored as floating-point numbers.
FLOAT_FIELDS: frozenset[str] = frozenset({"language_confidence"})
#: The record fields the first migration created columns for; later fields come
#: with the migration that adds them, so an old migration never changes.
INITIAL_ARTICLE_FIELDS: tuple[str, ...] = (
    "url", "canonical_url", "site", "title", "description", "section", "tags", "authors",
    "published", "modified", "language", "body", "body_blocks", "word_count",
    "reading_time_minutes", "image", "related", "fetched_at", "content_hash", "provenance",
)
#: What a record field added by a later migration reads as (SQL) in an older
#: archive opened read-only, which lacks its column: the migration's default.
ABSENT_VALUES: dict[str, str] = {"access": "'free'", "images": "'[]'"}
#: Columns of ``articles`` / ``versions`` that hold text searched by FTS5.
FTS_COLUMNS: tuple[str, ...] = ("title", "description", "body")


def _article_columns() -> dict[str, type]:
    return {name: (int if name in INT_FIELDS else str) for name in INITIAL_ARTICLE_FIELDS}


@migrations()
def m001_initial_schema(db: Database) -> None:
    db.table("crawls").create(
        {
            "id": int, "started": str, "finished": str, "seeds": str, "settings": str,
            "user_agent": str, "stats": str, "status": str,
        },
        pk="id",
        not_null={"started", "status"},
        defaults={"status": "running"},
    )

    articles = _article_columns() | {
        "status": str, "gone_since": str, "first_seen": str, "last_seen": str,
        "version_count": int, "crawl_id": int,
    }
    db.table("articles").create(
        articles,
        pk="canonical_url",
        not_null={"url", "site", "title", "status", "first_seen", "last_seen", "version_count"},
        defaults={"status": "live", "version_count": 0, "body": "", "word_count": 0},
        foreign_keys=[("crawl_id", "crawls", "id")],
    )
    db.table("articles").create_index(["site"])
    db.table("articles").create_index(["section"])
    db.table("articles").create_index(["published"])
    db.table("articles").create_index(["url"])
    db.table("articles").create_index(["status", "gone_since"])
    db.table("articles").create_index(["last_seen"])

    versions = {"id": int} | _article_columns() | {
        "first_seen": str, "last_seen": str, "crawl_id": int, "last_crawl_id": int,
        "warc_file": str, "warc_offset": int, "warc_record_id": str, "payload_digest": str,
    }
    db.table("versions").create(
        versions,
        pk="id",
        not_null={"canonical_url", "content_hash", "first_seen", "last_seen"},
        foreign_keys=[
            ("canonical_url", "articles", "canonical_url"),
            ("crawl_id", "crawls", "id"),
            ("last_crawl_id", "crawls", "id"),
        ],
    )
    db.table("versions").create_index(["canonical_url", "first_seen"])
    db.table("versions").create_index(["first_seen"])
    db.table("versions").create_index(["content_hash"])

    db.table("fetches").create(
        {
            "id": int, "crawl_id": int, "url": str, "canonical_url": str, "status": int,
            "bytes": int, "elapsed_ms": float, "fetched_at": str, "outcome": str,
            "reason": str, "etag": str, "last_modified": str, "content_type": str,
        },
        pk="id",
        not_null={"url", "outcome", "fetched_at"},
        foreign_keys=[("crawl_id", "crawls", "id")],
    )
    db.table("fetches").create_index(["crawl_id"])
    db.table("fetches").create_index(["url"])
    db.table("fetches").create_index(["outcome"])

    db.table("authors").create({"id": int, "name": str}, pk="id", not_null={"name"})
    db.table("authors").create_index(["name"], unique=True)
    db.table("article_authors").create(
        {"canonical_url": str, "author_id": int, "position": int},
        pk=("canonical_url", "author_id"),
        foreign_keys=[
            ("canonical_url", "articles", "canonical_url"),
            ("author_id", "authors", "id"),
        ],
    )
    db.table("article_authors").create_index(["author_id"])

    db.table("related_links").create(
        {
            "canonical_url": str, "position": int, "url": str, "title": str,
            "section": str, "published": str, "summary": str,
        },
        pk=("canonical_url", "position"),
        not_null={"url"},
        foreign_keys=[("canonical_url", "articles", "canonical_url")],
    )
    db.table("related_links").create_index(["url"])

    db.table("validators").create(
        {
            "url": str, "etag": str, "last_modified": str, "canonical_url": str,
            "status": int, "checked_at": str,
        },
        pk="url",
    )
    db.table("validators").create_index(["canonical_url"])

    # Full-text search over the latest version of each article. The index is
    # sqlite-utils' external-content FTS5 table (so Datasette and
    # ``table.search()`` detect it), but the update trigger only fires when a
    # searched column changes: moving ``last_seen`` on every unchanged re-crawl
    # would otherwise delete and re-insert the article's whole text in the index.
    db.table("articles").enable_fts(list(FTS_COLUMNS), create_triggers=False)
    cols = ", ".join(FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    db.execute(
        f"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN "
        f"INSERT INTO articles_fts (rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    db.execute(
        f"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN "
        f"INSERT INTO articles_fts (articles_fts, rowid, {cols}) "
        f"VALUES ('delete', old.rowid, {old}); END"
    )
    db.execute(
        f"CREATE TRIGGER articles_au AFTER UPDATE OF {cols} ON articles BEGIN "
        f"INSERT INTO articles_fts (articles_fts, rowid, {cols}) "
        f"VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO articles_fts (rowid, {cols}) VALUES (new.rowid, {new}); END"
    )


@migrations()
def m002_reading_room(db: Database) -> None:
    """What Datasette needs to read an archive of a million articles.

    - ``site`` keeps a non-default port (``127.0.0.1:8765``), as
      :func:`crawler.urls.site_of` now does: two local sites stay apart.
    - ``published_day`` / ``published_month``: the date and month as the page
      printed them (no time-zone shift), as virtual generated columns with
      indexes, so facets by day and month read an index instead of computing
      ``date()`` over every row.
    - A covering index for the per-site day counts (the chart) and for versions
      per crawl; FTS5 ranks by the same weights as the canned search (title 10,
      standfirst 4, body 1), so ``order by rank`` is relevance.
    """
    from crawler.urls import site_of

    db.conn.create_function("clippings_site_of", 1, site_of, deterministic=True)
    for table in ("articles", "versions"):
        db.execute(
            f"UPDATE {table} SET site = clippings_site_of(canonical_url) "
            "WHERE canonical_url LIKE '%://%:%' AND site != clippings_site_of(canonical_url)"
        )
    for name, length in (("published_day", 10), ("published_month", 7)):
        db.execute(
            f"ALTER TABLE articles ADD COLUMN {name} TEXT "
            f"GENERATED ALWAYS AS (substr(published, 1, {length})) VIRTUAL"
        )
    db.execute("CREATE INDEX idx_articles_published_month ON articles (published_month)")
    db.execute("CREATE INDEX idx_articles_published_day_site ON articles (published_day, site)")
    db.execute("CREATE INDEX idx_articles_site_published ON articles (site, published)")
    db.execute("CREATE INDEX idx_versions_crawl_id ON versions (crawl_id)")
    db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)')")


@migrations()
def m003_versions_by_crawl(db: Database) -> None:
    """Which versions each crawl recorded, answerable from indexes alone: the
    "changes per crawl" chart tells a crawl's new articles from its new versions
    without reading the (large) version rows."""
    db.execute("CREATE INDEX idx_versions_crawl_article ON versions (crawl_id, canonical_url, first_seen)")


@migrations()
def m004_facet_indexes(db: Database) -> None:
    """Covering indexes for the articles table, whole or filtered by site, section
    or publication date.

    Each holds what such a page reads: its rows newest first (``published``) and
    every facet of it (site, section, month and day as prefixes of ``published``,
    status, and authors through ``canonical_url``), so the page and its facets read
    one index range instead of every matching row. (SQLite 3.40 cannot cover the
    generated ``published_month`` / ``published_day`` columns, hence facets on
    ``published`` itself.) They supersede the indexes with the same first column,
    which are dropped: the planner would pick those and then read each row.
    Measured at a million articles (benchmarks/datasette.py): a section's page
    took 1.8 s of CPU with a facet timed out before.
    """
    facets = ("site", "section", "status")
    for lead in ("site", "section", "published"):
        rest = [c for c in ("published", *facets) if c != lead]
        db.execute(f"CREATE INDEX idx_articles_{lead}_facets ON articles "
                   f"({', '.join([lead, *rest, 'canonical_url'])})")
    for superseded in ("idx_articles_site", "idx_articles_section", "idx_articles_published",
                       "idx_articles_site_published"):
        db.execute(f"DROP INDEX IF EXISTS {superseded}")

@migrations()
def m005_narrow_facet_indexes(db: Database) -> None:
    """The single-column site, section and published indexes again (m004 dropped
    them): the whole table's site, section, month and day facets and its row count
    scan these small indexes; filtered pages still pick m004's covering ones
    (checked with EXPLAIN QUERY PLAN in tests/test_datasette.py)."""
    for column in ("site", "section", "published"):
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_articles_{column} ON articles ({column})")


@migrations()
def m006_page_kind(db: Database) -> None:
    """``page_kind`` on articles and versions (``article`` for every stored row, the
    only kind a crawl stores) and on fetches (the kind of a parsed page not stored).

    ``m001`` builds the article columns from the current record, so an archive made
    after ``page_kind`` joined the record has the column already."""
    for table in ("articles", "versions"):
        if "page_kind" not in db.table(table).columns_dict:
            db.table(table).add_column("page_kind", str, not_null_default="article")
    if "page_kind" not in db.table("fetches").columns_dict:
        db.table("fetches").add_column("page_kind", str)


@migrations()
def m007_corpus_fields(db: Database) -> None:
    """Detected language, access status and figures; near-duplicate clusters."""
    for table in ("articles", "versions"):
        db.table(table).add_column("detected_language", str)
        db.table(table).add_column("language_confidence", float)
        db.table(table).add_column("access", str, not_null_default="free")
        db.table(table).add_column("images", str, not_null_default="[]")
    for column in ("detected_language", "access"):
        db.table("articles").create_index([column])
    db.table("versions").create_index(["access"])
    # One MinHash signature per version (see archive/clusters.py), computed once.
    db.table("minhashes").create(
        {"version_id": int, "signature": bytes},
        pk="version_id", not_null={"signature"},
        foreign_keys=[("version_id", "versions", "id")],
    )
    # Near-duplicate clusters, rebuilt as a whole from the signatures: flags, never deletes.
    db.table("clusters").create(
        {"id": int, "size": int, "site_count": int, "sites": str, "title": str,
         "first_seen": str, "last_seen": str},
        pk="id", not_null={"size", "site_count"},
    )
    db.table("cluster_members").create(
        {"cluster_id": int, "version_id": int, "canonical_url": str, "site": str,
         "similarity": float},
        pk=("cluster_id", "version_id"),
        foreign_keys=[("cluster_id", "clusters", "id"), ("version_id", "versions", "id"),
                      ("canonical_url", "articles", "canonical_url")],
    )
    db.table("cluster_members").create_index(["version_id"])
    db.table("cluster_members").create_index(["canonical_url"])
    db.table("articles").add_column("cluster_id", int)
    db.table("articles").create_index(["cluster_id"])


@migrations()
def m008_cluster_bands(db: Database) -> None:
    """Near-duplicate clusters kept incrementally (archive/clusters.py): the LSH
    bands of every signature and each signed version's group. The clusters of an
    older archive (ids 1, 2, ...) are regrouped here once from the stored
    signatures, inside this migration's transaction: an interrupted run leaves the
    archive as it was, and the next open does it again."""
    db.execute(
        "CREATE TABLE minhash_bands (band INTEGER NOT NULL, key BLOB NOT NULL, "
        "version_id INTEGER NOT NULL REFERENCES versions(id), "
        "PRIMARY KEY (band, key, version_id)) WITHOUT ROWID")
    db.execute("CREATE INDEX idx_minhash_bands_version_id ON minhash_bands (version_id)")
    db.table("minhashes").add_column("group_root", int)
    db.table("minhashes").create_index(["group_root"])
    db.execute("UPDATE articles SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
    db.execute("DELETE FROM cluster_members")
    db.execute("DELETE FROM clusters")
    if db.execute("SELECT 1 FROM minhashes LIMIT 1").fetchone() is not None:
        from archive.clusters import group_new_versions  # numpy: only when there is work

        group_new_versions(db)


@migrations()
def m009_frontier(db: Database) -> None:
    """The frontier of a crawl that has not reached its end (archive/frontier.py):
    each URL it scheduled, ``pending`` until the record of its fetch is stored
    (``done``, in the same transaction), so the next crawl of the same seeds
    continues it after a stop, a page limit or a crash."""
    db.execute(
        "CREATE TABLE frontier (crawl_id INTEGER NOT NULL REFERENCES crawls(id), url TEXT NOT NULL, "
        "state TEXT NOT NULL DEFAULT 'pending', meta TEXT, priority INTEGER NOT NULL DEFAULT 0, "
        "PRIMARY KEY (crawl_id, url)) WITHOUT ROWID")


@migrations()
def m010_frontier_attempts(db: Database) -> None:
    """How many crawls of the same seeds failed to fetch a frontier URL (a network
    error, a timeout, a 5xx after Scrapy's retries): such a URL is ``failed``, fetched
    again by the crawl that continues, until it has failed in
    ``CLIPPINGS_RESUME_ATTEMPTS`` crawls (then ``done``: given up)."""
    db.table("frontier").add_column("attempts", int, not_null_default=0)


#: Where sqlite-utils records the applied migrations.
MIGRATIONS_TABLE = migrations.migrations_table


def known() -> frozenset[str]:
    """The names of this version's migrations: an archive that records any other
    was written by a newer Clippings, and is not written to (it is still read)."""
    return frozenset(m.name for m in migrations.pending(Database(memory=True)))


@functools.cache
def current_tables() -> frozenset[str]:
    """The tables of an archive every migration of this version was applied to:
    a write to one that records them all and lacks any of them is refused
    (:func:`archive.db.check_archive`), not half done."""
    db = Database(memory=True)
    migrations.apply(db)
    return frozenset(db.table_names())


@functools.cache
def current_columns() -> dict[str, frozenset[str]]:
    """The columns of each table of :func:`current_tables` (the FTS5 tables' shadow
    tables aside: SQLite makes those itself)."""
    db = Database(memory=True)
    migrations.apply(db)
    return {name: frozenset(db.table(name).columns_dict) for name in db.table_names()
            if not db.table(name).virtual_table_using and "_fts_" not in name}


def apply(db: Database) -> None:
    """Apply every pending migration (a no-op when the schema is current)."""
    migrations.apply(db)
