"""Reading the archive: search, stats, article history, word diffs, canned queries.

The canned queries' SQL is kept in ``archive/metadata.yml`` (the Datasette
config) and loaded from there, so ``clippings`` and Datasette run the same SQL.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlite_utils

from archive import frontier
from archive.lookups import resolve_article
from archive.migrations import ABSENT_VALUES, FTS_COLUMNS
from crawler.items import ARTICLE_FIELDS

__all__ = [
    "HISTORY_FIELDS",
    "METADATA_PATH",
    "article_history",
    "canned_queries",
    "crawl_report",
    "diff_runs",
    "escape_fts",
    "load_metadata",
    "paragraph_diff",
    "paragraph_diff_runs",
    "run_canned",
    "search",
    "stats",
    "text_diff",
    "version_texts",
]

METADATA_PATH = Path(__file__).with_name("metadata.yml")
#: The key of the archive database in metadata.yml (renamed when served).
METADATA_DB_KEY = "archive"

#: Record fields compared between consecutive versions for ``changed_fields``.
#: Left out: the identity and bookkeeping fields (canonical_url, fetched_at,
#: content_hash, provenance), fields derived from ``body`` (body_blocks,
#: word_count) and page furniture (related).
HISTORY_FIELDS: tuple[str, ...] = tuple(
    f for f in ARTICLE_FIELDS
    if f not in {"canonical_url", "fetched_at", "content_hash", "provenance",
                 "body_blocks", "word_count", "related"}
)


@lru_cache(maxsize=1)
def _metadata_text() -> str:
    return METADATA_PATH.read_text(encoding="utf-8")


def load_metadata() -> dict[str, Any]:
    """A fresh copy of metadata.yml (database key still the ``archive`` placeholder)."""
    import yaml  # only where Datasette's metadata is read: not at every command's start

    return yaml.safe_load(_metadata_text())


def canned_queries() -> dict[str, dict[str, Any]]:
    """``{name: {"title", "description", "sql"}}`` of the canned queries."""
    return load_metadata()["databases"][METADATA_DB_KEY]["queries"]


def run_canned(db: sqlite_utils.Database, name: str, **params: Any) -> list[dict]:
    """Run canned query ``name`` with its named parameters (``since=``, ``q=``)."""
    query = canned_queries()[name]
    return list(db.query(query["sql"], params))


def escape_fts(query: str) -> str:
    """A user's words as an FTS5 query matching all of them (any order), each word
    quoted so ``-``, ``:`` or ``"`` cannot be read as syntax. Same rule as Datasette's
    ``?_search=``."""
    if query.count('"') % 2:
        query += '"'
    bits = [b for b in re.split(r'("[^"]*"|\s+)', query) if b and b != '""' and b.strip()]
    return " ".join(b if (b.startswith('"') and b.endswith('"')) else f'"{b}"' for b in bits)


def search(
    db: sqlite_utils.Database, query: str, limit: int = 10, *, raw: bool | None = None
) -> list[dict]:
    """Full-text search of the latest versions (title, description, body), best
    first. Each hit: canonical_url, title, site, section, published, status and a
    ``snippet`` with the matched words in ``**bold**``.

    ``query`` is SQLite FTS5 syntax (words, "exact phrases", OR, NOT, prefix*);
    when it is not valid FTS5 (``covid-19``, ``c++``) its words are searched as
    plain text instead. ``raw=True`` never falls back (FTS5 errors raise
    ``sqlite3.OperationalError``); ``raw=False`` always searches plain words.
    """
    sql = canned_queries()["search"]["sql"] + "\nlimit :limit"
    if raw is not False and query.strip():
        try:
            return list(db.query(sql, {"q": query, "limit": int(limit)}))
        except sqlite3.OperationalError:
            if raw:
                raise
    escaped = escape_fts(query)
    if not escaped:
        return []
    return list(db.query(sql, {"q": escaped, "limit": int(limit)}))


#: The most words (FTS5 terms) a search takes: SQLite's snippet() costs terms x
#: matches for every hit, so a pasted page of words took minutes (300 words 6.5 s,
#: 2,000 words 277 s on the sample archive); a real question has a few.
MAX_QUERY_TERMS = 64

_TERM = re.compile(r"\w+")
_OPERATORS = frozenset({"OR", "AND", "NOT", "NEAR"})


def query_terms(query: str) -> int:
    """How many words (FTS5 terms, as its unicode61 tokenizer splits them) ``query``
    holds; its operators (OR, AND, NOT, NEAR: upper case only, as FTS5 reads them) aside."""
    return sum(1 for term in _TERM.finditer(query) if term.group() not in _OPERATORS)


def valid_fts_query(query: str) -> bool:
    """Whether ``query`` is valid FTS5 syntax over the archive's search columns,
    tried on an empty table in memory: an error the archive's own index then
    raises on it is the index's fault, not the query's."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"CREATE VIRTUAL TABLE q USING fts5({', '.join(FTS_COLUMNS)})")
        conn.execute("SELECT rowid FROM q WHERE q MATCH ?", [query]).fetchall()
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()
    return True


def _count(db: sqlite_utils.Database, sql: str, params: list | None = None) -> int:
    return int(db.execute(sql, params or []).fetchone()[0] or 0)


def stats(db: sqlite_utils.Database) -> dict[str, Any]:
    """Archive totals::

        {"articles": {"total", "live", "gone"}, "versions": int, "authors": int,
         "crawls": {"total", "running", "finished", "interrupted", "failed", "last_started"},
         "fetches": {"total": int, outcome: count, ...},
         "sites": {site: {"articles", "live", "gone", "versions"}},
         "languages": {detected language: articles}, "access": {access: articles},
         "clusters": {"total", "articles"},
         "unfinished": {crawl id: {"pending": URLs found and not fetched,
                                   "failed": URLs whose fetch failed, fetched again,
                                   "continues": [the crawls it continued, oldest first]}}}
                                   # only when a crawl left a frontier
         "frontier_orphans": frontier rows whose crawl's row was deleted}  # only when there are
    """
    status_counts = dict(db.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall())
    crawl_counts = dict(db.execute("SELECT status, count(*) FROM crawls GROUP BY status").fetchall())
    outcomes = dict(
        db.execute("SELECT outcome, count(*) FROM fetches GROUP BY outcome ORDER BY 2 DESC").fetchall()
    )
    sites: dict[str, dict[str, int]] = {}
    for site, total, live, gone, versions in db.execute(
        "SELECT site, count(*), sum(status = 'live'), sum(status = 'gone'), sum(version_count) "
        "FROM articles GROUP BY site ORDER BY count(*) DESC, site"
    ):
        sites[site] = {"articles": total, "live": live, "gone": gone, "versions": versions}
    return {
        "articles": {
            "total": sum(status_counts.values()),
            "live": status_counts.get("live", 0),
            "gone": status_counts.get("gone", 0),
        },
        "versions": _count(db, "SELECT count(*) FROM versions"),
        "authors": _count(db, "SELECT count(*) FROM authors"),
        "crawls": {
            "total": sum(crawl_counts.values()),
            "running": crawl_counts.get("running", 0),
            "finished": crawl_counts.get("finished", 0),
            "interrupted": crawl_counts.get("interrupted", 0),
            "failed": crawl_counts.get("failed", 0),
            "last_started": db.execute("SELECT max(started) FROM crawls").fetchone()[0],
        },
        "fetches": {"total": sum(outcomes.values()), **outcomes},
        "sites": sites,
        **_corpus_figures(db),
        **_unfinished(db),
    }


def _unfinished(db: sqlite_utils.Database) -> dict[str, Any]:
    """The crawls that left a frontier for the next crawl of their seeds (archive/frontier.py),
    and the count of frontier rows of no crawl."""
    if not db["frontier"].exists():
        return {}
    waiting = frontier.waiting_by_crawl(db.conn)
    orphans = frontier.orphans(db.conn)
    return {**({"unfinished": {str(crawl_id): {"pending": left.pending, "failed": left.failed,
                                               "continues": frontier.continued(db.conn, crawl_id),
                                               "since": frontier.since_of(db.conn, crawl_id)}
                               for crawl_id, left in waiting.items()}} if waiting else {}),
            **({"frontier_orphans": orphans} if orphans else {})}


def pages_fetched(db: sqlite_utils.Database, crawl_id: int) -> int:
    """The pages a crawl fetched, as its summary counted them (its stats: responses,
    robots.txt left out); for a crawl killed before it wrote them, its ``fetches``
    rows that have an HTTP status."""
    row = db.execute("SELECT stats FROM crawls WHERE id = ?", [crawl_id]).fetchone()
    try:
        stats = json.loads(row[0]) if row is not None and row[0] else {}
    except ValueError:
        stats = {}
    if isinstance(stats, dict) and "response_received_count" in stats:
        return int(stats["response_received_count"] or 0) - int(stats.get("robotstxt/response_count") or 0)
    return _count(db, "SELECT count(*) FROM fetches WHERE crawl_id = ? AND status IS NOT NULL", [crawl_id])


def _corpus_figures(db: sqlite_utils.Database) -> dict[str, Any]:
    """Detected languages, access and near-duplicate clusters; empty for an archive
    opened read-only before the migration that added them."""
    if "access" not in db["articles"].columns_dict:
        return {}
    return {
        "languages": dict(db.execute(
            "SELECT coalesce(detected_language, 'unknown'), count(*) FROM articles "
            "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()),
        "access": dict(db.execute(
            "SELECT access, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()),
        "clusters": {
            "total": _count(db, "SELECT count(*) FROM clusters"),
            "articles": _count(db, "SELECT count(*) FROM articles WHERE cluster_id IS NOT NULL"),
        },
    }


def crawl_report(db: sqlite_utils.Database, crawl_id: int) -> dict[str, Any]:
    """What one crawl did, from the archive itself::

        {"status": "finished" | "interrupted" | "failed" | "running",
         "outcomes": {outcome: count of fetches},
         "new_articles": int,   # versions of this crawl that are an article's first
         "new_versions": int,   # versions of this crawl that follow an earlier one
         "waiting": int,        # URLs it found and did not fetch, left for the next crawl of its seeds
         "waiting_failed": int, # URLs whose fetch failed, left to fetch again
         "continues": [int],    # the crawls it continued (one snapshot), oldest first
         "continued_pages": int}  # the pages those fetched
    """
    row = db.execute("SELECT status FROM crawls WHERE id = ?", [crawl_id]).fetchone()
    outcomes = dict(db.execute(
        "SELECT outcome, count(*) FROM fetches WHERE crawl_id = ? GROUP BY outcome", [crawl_id]).fetchall())
    new_articles, versions = db.execute(
        "SELECT sum(NOT EXISTS (SELECT 1 FROM versions w WHERE w.canonical_url = v.canonical_url "
        "AND w.id < v.id)), count(*) FROM versions v WHERE v.crawl_id = ?", [crawl_id]).fetchone()
    left = frontier.waiting(db.conn, crawl_id) if db["frontier"].exists() else frontier.Waiting()
    earlier = frontier.continued(db.conn, crawl_id)
    return {
        "status": row[0] if row else None,
        "outcomes": outcomes,
        "new_articles": int(new_articles or 0),
        "new_versions": int(versions or 0) - int(new_articles or 0),
        "waiting": left.pending,
        "waiting_failed": left.failed,
        "continues": earlier,
        "continued_pages": sum(pages_fetched(db, earlier_id) for earlier_id in earlier),
    }


def article_history(db: sqlite_utils.Database, url: str) -> dict | None:
    """The versions of an article, oldest first, or None when it is not archived::

        {"url": canonical_url, "status": "live" | "gone",
         "versions": [{"content_hash", "first_seen", "last_seen", "title",
                       "crawl_id", "changed_fields": [...]}, ...]}

    ``url`` may be the canonical URL or any URL it was fetched at (fragment and
    tracking parameters are ignored). ``changed_fields`` lists the fields of
    :data:`HISTORY_FIELDS` that differ from the previous version (empty for the first).
    """
    key = resolve_article(db, url)
    if key is None:
        return None
    (status,) = db.execute("SELECT status FROM articles WHERE canonical_url = ?", [key]).fetchone()
    present = set(db["versions"].columns_dict)  # an archive opened read-only may predate some fields
    cols = ", ".join(name if name in present else f"{ABSENT_VALUES.get(name, 'NULL')} AS {name}"
                     for name in dict.fromkeys(("content_hash", "first_seen", "last_seen", "crawl_id",
                                                *HISTORY_FIELDS)))
    versions = []
    previous: dict | None = None
    for row in db.query(
        f"SELECT {cols} FROM versions WHERE canonical_url = ? ORDER BY id", [key]
    ):
        changed = [] if previous is None else [
            f for f in HISTORY_FIELDS if _norm(row[f]) != _norm(previous[f])
        ]
        versions.append({
            "content_hash": row["content_hash"],
            "first_seen": row["first_seen"],
            "last_seen": row["last_seen"],
            "title": row["title"],
            "crawl_id": row["crawl_id"],
            "changed_fields": changed,
        })
        previous = row
    return {"url": key, "status": status, "versions": versions}


def _norm(value: Any) -> Any:
    """JSON text compared by value; "" and None and [] alike."""
    if isinstance(value, str) and value[:1] in "[{":
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    return value or None


def version_texts(db: sqlite_utils.Database, url: str) -> list[dict]:
    """Every version of an article, oldest first, as full rows (for diffs)."""
    key = resolve_article(db, url)
    if key is None:
        return []
    return list(db.query("SELECT * FROM versions WHERE canonical_url = ? ORDER BY id", [key]))


_WORDS = re.compile(r"\S+")

#: A piece of a word diff: ("equal" | "delete" | "insert", text).
DiffRun = tuple[str, str]


def diff_runs(old: str, new: str) -> list[DiffRun]:
    """Word-level diff of two texts as runs: unchanged text (whitespace kept from
    ``new``), removed and added runs of words. :func:`text_diff` prints them with
    markers; the Datasette article page as ``<del>`` / ``<ins>``.

    >>> diff_runs("The quick brown fox", "The slow brown fox")
    [('equal', 'The '), ('delete', 'quick'), ('insert', 'slow'), ('equal', ' brown fox')]
    """
    old = old or ""
    new = new or ""
    a, a_seps = _WORDS.findall(old), _WORDS.split(old)
    b, b_seps = _WORDS.findall(new), _WORDS.split(new)
    out: list[DiffRun] = [("equal", b_seps[0] if b else a_seps[0])]

    def run(words: list[str], seps: list[str], i: int, j: int) -> str:
        return "".join(words[k] + (seps[k + 1] if k + 1 < j else "") for k in range(i, j))

    def sep_before() -> None:
        if out[-1][1] and not out[-1][1][-1:].isspace():
            out.append(("equal", " "))

    for tag, i1, i2, j1, j2 in bounded_opcodes(a, b):
        if tag == "equal":
            sep_before()
            out.append(("equal", run(b, b_seps, j1, j2) + b_seps[j2]))
            continue
        if tag in ("delete", "replace"):
            sep_before()
            out.append(("delete", run(a, a_seps, i1, i2)))
        if tag in ("insert", "replace"):
            if tag == "insert":
                sep_before()
            out.append(("insert", run(b, b_seps, j1, j2)))
        out.append(("equal", b_seps[j2] if tag != "delete" else a_seps[i2] if i2 < len(a) else ""))
    return _merge_runs(out)


#: Items (words, or paragraphs) of each side that difflib's matcher compares at
#: most: its time grows faster than the square of their numbers (two bodies of
#: 40,000 words, a word in 200 changed: 35 s of CPU for ``history --diff`` and for
#: the article page; 2,000 items: well under a second). Longer texts lose their
#: common start and end first; a middle still longer is one change.
MAX_DIFF_ITEMS = 2000
Opcode = tuple[str, int, int, int, int]


def bounded_opcodes(a: list[str], b: list[str]) -> list[Opcode]:
    """``difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()`` for
    sequences of up to :data:`MAX_DIFF_ITEMS`; for longer ones, their common start
    and end are equal runs and the middle is matched the same way, or, past the
    cap, replaced whole.

    >>> bounded_opcodes(["a"] * 3000 + ["b"], ["a"] * 3000 + ["c"])
    [('equal', 0, 3000, 0, 3000), ('replace', 3000, 3001, 3000, 3001)]
    """
    if len(a) <= MAX_DIFF_ITEMS and len(b) <= MAX_DIFF_ITEMS:
        return [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()]
    start, shorter = 0, min(len(a), len(b))
    while start < shorter and a[start] == b[start]:
        start += 1
    end = 0
    while end < shorter - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a_end, b_end = len(a) - end, len(b) - end
    ops: list[Opcode] = [("equal", 0, start, 0, start)] if start else []
    if a_end - start <= MAX_DIFF_ITEMS and b_end - start <= MAX_DIFF_ITEMS:
        middle = difflib.SequenceMatcher(None, a[start:a_end], b[start:b_end], autojunk=False)
        ops += [(tag, i1 + start, i2 + start, j1 + start, j2 + start)
                for tag, i1, i2, j1, j2 in middle.get_opcodes()]
    elif a_end > start or b_end > start:
        tag = "replace" if a_end > start and b_end > start else "delete" if a_end > start else "insert"
        ops.append((tag, start, a_end, start, b_end))
    return ops + ([("equal", a_end, len(a), b_end, len(b))] if end else [])


def _merge_runs(runs: list[DiffRun]) -> list[DiffRun]:
    merged: list[DiffRun] = []
    for tag, text in runs:
        if not text:
            continue
        if merged and merged[-1][0] == tag == "equal":
            merged[-1] = (tag, merged[-1][1] + text)
        else:
            merged.append((tag, text))
    return merged


def format_runs(runs: list[DiffRun]) -> str:
    """Runs as text: ``[-removed-]`` and ``{+added+}``."""
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return "".join(marks[tag].format(text) for tag, text in runs)


def text_diff(old: str, new: str) -> str:
    """Word-level diff of two texts: ``[-removed-]`` and ``{+added+}`` around the
    changed runs of words, the rest as in ``new`` (whitespace kept from ``new``).

    >>> text_diff("The quick brown fox", "The slow brown fox")
    'The [-quick-]{+slow+} brown fox'
    """
    return format_runs(diff_runs(old, new))


def paragraph_diff_runs(old: str, new: str) -> list[int | list[DiffRun]]:
    """The changed paragraphs of two texts (blank-line separated), each as word
    :func:`diff_runs`; a run of unchanged paragraphs is their count (an int).

    >>> paragraph_diff_runs("A.\\n\\nB", "A.\\n\\nC")
    [1, [('delete', 'B'), ('insert', 'C')]]
    """
    a = [p for p in (old or "").split("\n\n") if p.strip()]
    b = [p for p in (new or "").split("\n\n") if p.strip()]
    parts: list[int | list[DiffRun]] = []
    for tag, i1, i2, j1, j2 in bounded_opcodes(a, b):
        if tag == "equal":
            parts.append(i2 - i1)
        elif tag == "replace" and i2 - i1 == j2 - j1:
            parts.extend(diff_runs(x, y) for x, y in zip(a[i1:i2], b[j1:j2], strict=True))
        else:
            parts.extend([("delete", x)] for x in a[i1:i2])
            parts.extend([("insert", y)] for y in b[j1:j2])
    return parts


def paragraph_diff(old: str, new: str) -> list[str]:
    """The changed paragraphs of two texts (blank-line separated), each as a
    word-level :func:`text_diff`; runs of unchanged paragraphs become one line.

    >>> paragraph_diff("A.\\n\\nB c.\\n\\nD.", "A.\\n\\nB d.\\n\\nD.")
    ['… 1 unchanged paragraph', 'B [-c.-]{+d.+}', '… 1 unchanged paragraph']
    """
    return [
        f"… {part} unchanged paragraph{'s' if part != 1 else ''}" if isinstance(part, int)
        else format_runs(part)
        for part in paragraph_diff_runs(old, new)
    ]
