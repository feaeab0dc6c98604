"""A synthetic archive at a corpus's size, written straight into SQLite.

``generate(path, articles=1_000_000, sites=50)`` creates the archive with the
archive's own schema (``archive.open_archive``: every migration, the FTS
triggers) and fills ``crawls``, ``articles``, ``versions``, ``authors``,
``article_authors``, ``related_links`` and ``fetches`` with plain
``executemany`` batches: the writer's one-transaction-per-article path would
take hours for a million articles.

The text is realistic in size and vocabulary, not in meaning: bodies are 3 to
7 paragraphs drawn from a pool of generated paragraphs (Zipf-distributed words,
so full-text queries have common and rare terms), about 200 words on average (a news brief);
``body_blocks`` holds the same paragraphs as JSON, as the parsers write it.
About one article in eight has a second version (one paragraph rewritten), one
in fifty a third. Seeded: the same arguments give the same archive.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from archive.db import open_archive

SECTIONS = ("News", "Politics", "Business", "Sport", "Culture", "Science", "Health", "Travel",
            "Opinion", "Technology", "Environment", "Education")
FIRST = ("Maria", "Tom", "Lena", "Sam", "Ada", "Omar", "Ines", "Ravi", "Chen", "Kofi", "Sara",
         "Jonas", "Noor", "Pablo", "Mei", "Ivan", "Amara", "Luca", "Hana", "Yusuf")
LAST = ("Jensen", "Okafor", "Fischer", "Idris", "Novak", "Haddad", "Silva", "Tanaka", "Moreau",
        "Kowalski", "Mensah", "Larsen", "Rossi", "Nguyen", "Petrov", "Costa", "Berg", "Ali")
SYLLABLES = ("har", "bour", "val", "ley", "her", "ald", "gaz", "ette", "tri", "bune", "post",
             "mer", "cury", "ob", "ser", "ver", "chron", "icle", "dai", "ly", "stan", "dard")
START = date(2024, 1, 1)
DAYS = 730
CRAWL_EVERY_DAYS = 7
BATCH = 5_000


@dataclass(frozen=True)
class Pool:
    """Shared text: a vocabulary, paragraphs and their body_blocks JSON."""

    words: list[str]
    paragraphs: list[str]
    blocks: list[str]
    word_counts: list[int]


def make_pool(rng: random.Random, vocabulary: int = 20_000, paragraphs: int = 4_000) -> Pool:
    """Zipf-weighted words made of syllables; paragraphs of 20 to 60 words."""
    words = list(dict.fromkeys(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(vocabulary * 2)
    ))[:vocabulary]
    words.sort(key=lambda w: len(w) + 3 * rng.random())  # frequent words are short, as in English
    weights = [1 / (rank + 1) for rank in range(len(words))]
    texts = []
    for _ in range(paragraphs):
        chosen = rng.choices(words, weights, k=rng.randint(20, 60))
        text = " ".join(chosen).capitalize()
        texts.append(". ".join(s.strip() for s in text.split(" the ")) + ".")
    blocks = [json.dumps({"type": "p", "text": t}, ensure_ascii=False) for t in texts]
    return Pool(words, texts, blocks, [len(t.split()) for t in texts])


def site_names(rng: random.Random, count: int) -> list[str]:
    names: dict[str, None] = {}
    while len(names) < count:
        names["".join(rng.choice(SYLLABLES) for _ in range(3)) + rng.choice((".example", ".test"))] = None
    return list(names)


def authors_by_site(sites: list[str]) -> dict[str, list[str]]:
    """About 40 bylines per site (shared names across sites too, as in life)."""
    names = [f"{first} {last}" for first in FIRST for last in LAST]
    return {site: [names[(i * 37 + k * 11) % len(names)] for k in range(40)] + [f"{site} staff"]
            for i, site in enumerate(sites)}


def article_rows(n: int, rng: random.Random, pool: Pool, sites: list[str],
                 bylines: dict[str, list[str]]) -> dict:
    """One article's values (its first version)."""
    site = sites[n % len(sites)]
    day = START + timedelta(days=rng.randrange(DAYS))
    section = SECTIONS[rng.randrange(len(SECTIONS))]
    title_words = rng.choices(pool.words[:3000], k=rng.randint(5, 10))
    title = " ".join(title_words).capitalize()
    slug = "-".join(title_words[:6])
    picks = [rng.randrange(len(pool.paragraphs)) for _ in range(rng.randint(3, 7))]
    authors = rng.sample(bylines[site], k=1 if rng.random() < 0.8 else 2)
    hour = rng.randrange(6, 22)
    return {
        "url": f"https://www.{site}/{section.lower()}/{day:%Y/%m/%d}/{slug}-{n}",
        "canonical_url": f"https://{site}/{section.lower()}/{day:%Y/%m/%d}/{slug}-{n}",
        "site": site, "title": title,
        "description": " ".join(rng.choices(pool.words[:5000], k=18)).capitalize() + ".",
        "section": section,
        "tags": json.dumps(rng.sample(pool.words[:400], k=rng.randint(1, 4))),
        "authors": json.dumps(authors), "published": f"{day}T{hour:02d}:15:00+00:00",
        "modified": None, "language": "en", "picks": picks, "day": day,
        "image": f"https://{site}/img/{n}.jpg", "author_list": authors,
    }


def with_body(row: dict, pool: Pool, picks: list[int], seen: str) -> tuple:
    """The row as the ``articles`` / ``versions`` column values, ARTICLE_FIELDS order."""
    body = "\n\n".join(pool.paragraphs[i] for i in picks)
    words = sum(pool.word_counts[i] for i in picks)
    digest = hashlib.sha256(f"{row['title']}\n{body}".encode()).hexdigest()
    provenance = '{"title": "json-ld", "published": "json-ld", "authors": "json-ld", "body": "heuristic"}'
    return (row["url"], row["canonical_url"], row["site"], row["title"], row["description"],
            row["section"], row["tags"], row["authors"], row["published"], row["modified"],
            row["language"], body, "[" + ",".join(pool.blocks[i] for i in picks) + "]", words,
            max(1, words // 230), row["image"], "[]", seen, digest, provenance)


def iter_articles(count: int, sites: list[str], pool: Pool, seed: int) -> Iterator[dict]:
    rng = random.Random(seed)
    bylines = authors_by_site(sites)
    for n in range(count):
        yield article_rows(n, rng, pool, sites, bylines)


_FIELDS = ("url, canonical_url, site, title, description, section, tags, authors, published, "
           "modified, language, body, body_blocks, word_count, reading_time_minutes, image, "
           "related, fetched_at, content_hash, provenance")
_ARTICLE_SQL = (f"INSERT INTO articles ({_FIELDS}, status, gone_since, first_seen, last_seen, "
                f"version_count, crawl_id) VALUES ({', '.join('?' * 26)})")
_VERSION_SQL = (f"INSERT INTO versions ({_FIELDS}, first_seen, last_seen, crawl_id, last_crawl_id, "
                f"warc_file, warc_offset, warc_record_id, payload_digest) VALUES ({', '.join('?' * 28)})")
_FETCH_SQL = ("INSERT INTO fetches (crawl_id, url, canonical_url, status, bytes, elapsed_ms, fetched_at, "
              "outcome, content_type) VALUES (?, ?, ?, 200, ?, 180.0, ?, 'stored', 'text/html')")


def crawl_time(crawl_id: int) -> str:
    return f"{START + timedelta(days=(crawl_id - 1) * CRAWL_EVERY_DAYS)}T06:00:00Z"


def versions_of(row: dict, rng: random.Random, pool: Pool) -> list[tuple[int, list[int]]]:
    """(crawl id, paragraph picks) of each version: most articles never change."""
    crawl = (row["day"] - START).days // CRAWL_EVERY_DAYS + 2
    picks = row["picks"]
    versions = [(crawl, picks)]
    for chance in (0.125, 0.16):
        if rng.random() >= chance:
            break
        picks = list(picks)
        picks[rng.randrange(len(picks))] = rng.randrange(len(pool.paragraphs))
        versions.append((versions[-1][0] + 1, picks))
    return versions


def write_batch(conn, batch: list[dict], rng: random.Random, pool: Pool, author_ids: dict[str, int],
                offsets: list[int]) -> None:
    articles, versions, fetches, credits = [], [], [], []
    for row in batch:
        history = versions_of(row, rng, pool)
        for crawl, picks in history:
            values = with_body(row, pool, picks, crawl_time(crawl))
            offsets[0] += 9_000 + len(values[11])
            versions.append((*values, crawl_time(crawl), crawl_time(crawl), crawl, crawl,
                             f"crawl-{crawl}.warc.gz", offsets[0], f"<urn:uuid:{values[18][:32]}>", None))
            fetches.append((crawl, row["url"], row["canonical_url"], 9_000 + len(values[11]),
                            crawl_time(crawl)))
        gone = rng.random() < 0.01
        articles.append((*values, "gone" if gone else "live", crawl_time(history[-1][0] + 1) if gone else None,
                         crawl_time(history[0][0]), crawl_time(history[-1][0]), len(history), history[-1][0]))
        credits += [(row["canonical_url"], author_ids[name], k) for k, name in enumerate(row["author_list"])]
    conn.executemany(_ARTICLE_SQL, articles)
    conn.executemany(_VERSION_SQL, versions)
    conn.executemany(_FETCH_SQL, fetches)
    conn.executemany("INSERT INTO article_authors (canonical_url, author_id, position) VALUES (?, ?, ?)",
                     credits)


def generate(path: str | Path, articles: int = 1_000_000, sites: int = 50, seed: int = 12,
             progress: bool = True) -> None:
    """Create the archive at ``path`` (which must not exist) and fill it."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists: generate into a new file")
    rng = random.Random(seed)
    pool = make_pool(rng)
    names = site_names(rng, sites)
    db = open_archive(path)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA foreign_keys = OFF")  # rows go in parent-first; checked by the schema's tests
    crawls = DAYS // CRAWL_EVERY_DAYS + 6
    with conn:
        conn.executemany(
            "INSERT INTO crawls (id, started, finished, seeds, settings, user_agent, stats, status) "
            "VALUES (?, ?, ?, '[]', '{}', 'Clippings benchmark', '{}', 'finished')",
            [(c, crawl_time(c), crawl_time(c), ) for c in range(1, crawls + 1)])
        bylines = sorted({n for names_ in authors_by_site(names).values() for n in names_})
        conn.executemany("INSERT INTO authors (name) VALUES (?)", [(n,) for n in bylines])
    author_ids = dict(conn.execute("SELECT name, id FROM authors").fetchall())
    offsets = [0]
    batch: list[dict] = []
    for n, row in enumerate(iter_articles(articles, names, pool, seed), start=1):
        batch.append(row)
        if len(batch) == BATCH or n == articles:
            with conn:
                write_batch(conn, batch, rng, pool, author_ids, offsets)
            batch = []
            if progress and n % 100_000 == 0:
                print(f"  {n:,} articles", flush=True)
    conn.execute("ANALYZE")
    db.close()
