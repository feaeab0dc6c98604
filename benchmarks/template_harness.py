"""The harness the template-site generators share (``benchmarks/template_sites*.py``):
crawling a served site with the real ``clippings crawl``, reading the archive's
records, scoring them per template and field against the site's truth, and (for the
blind sites) the command line, the table and the misses printed."""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import unquote

from benchmarks.served_pages import NOT_FOUND, ROBOTS, ServedSite, send_body, start_server

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("title", "authors", "day", "section")
HEADER = ("| publication | template | articles | found | title | authors | day | section | stored extra |\n"
          "|---|---|---|---|---|---|---|---|---|")

Same = Callable[[str, object, object], bool]
SEED_HELP = "the first publication's seed (the n-th publication uses seed + n)"


class ScoredSite(Protocol):
    """A served site of a blind generator: its language (``lang.code``), base URL and truth."""

    lang: Any
    base_url: str

    def truth(self) -> dict[str, dict]: ...


class ArticlesSite(ServedSite):
    """A generated publication's site (``template_sites_blind7.py`` and later): its
    ``pages`` served, in their ``codecs`` where a page names one, while it is open; its
    truth read from its ``articles``, each with a ``path``, ``template``, ``title``,
    ``authors``, ``when`` and ``section`` as ``(slug, name)``."""

    def __init__(self, lang: Any, seed: int) -> None:
        self.lang = lang
        self.seed = seed
        self.pages = {}
        self.codecs: dict[str, str] = {}
        self.articles: list[Any] = []

    def truth(self) -> dict[str, dict]:
        return {self.base_url + a.path: {"template": a.template, "title": a.title, "authors": a.authors,
                                         "day": a.when.strftime("%Y-%m-%d"), "section": a.section[1]}
                for a in self.articles}

    def start(self, handler: type[BaseHTTPRequestHandler], make_articles: Callable[[Any, random.Random], list[Any]],
              templates: Sequence[str]) -> dict[str, list[Any]]:
        """Serve ``handler``; make the articles (``make_articles(lang, rng)``, ``rng`` from the
        seed) and return them by template."""
        self.server, self.base_url = start_server(handler)
        self.articles = make_articles(self.lang, random.Random(self.seed))
        return {t: [a for a in self.articles if a.template == t] for t in templates}

    def add_templates(self, makers: Iterable[tuple[str, Callable[[Any, str, list[Any]], tuple[dict[str, str], str]]]],
                      by: dict[str, list[Any]], roots: dict[str, str], elsewhere: Iterable[str] = ()) -> None:
        """Each template's pages (``make(lang, base_url, articles)``, with its root noted in
        ``roots``) added to ``pages``; no path served twice (nor one served ``elsewhere``)."""
        taken = set(elsewhere)
        for template, make in makers:
            pages, roots[template] = make(self.lang, self.base_url, by[template])
            assert not set(pages) & (set(self.pages) | taken), "two templates serve one path"
            self.pages.update(pages)


@dataclass
class Story:
    """A generated story's first fields (each generator's ``Article`` adds its own after
    them): its template, number (per template), id, section ``(slug, name)``, title,
    paragraphs and the people who wrote it, its authors."""

    template: str
    number: int
    ident: int
    section: tuple[str, str]
    title: str
    paras: list[str]
    people: list[str]

    @property
    def authors(self) -> list[str]:
        return self.people


@dataclass
class CreditedStory(Story):
    """A story with a credit (an agency, or a desk), its author where no person is named, and its time."""

    credit: str | None
    when: datetime

    @property
    def authors(self) -> list[str]:
        return self.people if self.people else ([self.credit] if self.credit else [])


@dataclass(frozen=True)
class Publication:
    """A blind site's publication: the fields every generator's ``Lang`` has (its own add the rest)."""

    code: str
    sites: dict[str, str]
    sections: dict[str, tuple[tuple[str, str], ...]]
    subjects: tuple[str, ...]
    predicates: tuple[str, ...]
    fillers: tuple[str, ...]
    first: tuple[str, ...]
    last: tuple[str, ...]


def coded_handler(serves: Callable[[str], bool],
                  body: Callable[[str], tuple[bytes, str]]) -> type[BaseHTTPRequestHandler]:
    """A handler answering robots.txt (allowing all), each path ``serves`` accepts (as asked,
    else percent-decoded) with ``body(path)``'s bytes and Content-Type, and 404 for the rest."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path if serves(self.path) else unquote(self.path)
            if self.path == "/robots.txt":
                send_body(self, 200, ROBOTS, "text/plain")
            elif serves(path):
                send_body(self, 200, *body(path))
            else:
                send_body(self, 404, NOT_FOUND)

    return Handler


def crawl_rows(start_url: str, db: Path, *options: str, timeout: int = 900) -> list[dict]:
    """The archive's article rows after the real ``clippings crawl`` of ``start_url`` into ``db``."""
    import sqlite_utils

    run = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", start_url, "--db", str(db),
                          "--delay", "0", *options], capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    if run.returncode != 0:
        raise SystemExit(f"crawl failed ({run.returncode}): {run.stderr[-2000:]}")
    return list(sqlite_utils.Database(db)["articles"].rows)


def record(row: dict, sort_authors: bool = False) -> dict:
    """An article row's scored fields: title, authors (a list), day (ISO) and section."""
    authors = json.loads(row["authors"] or "[]")
    return {"title": row["title"], "authors": sorted(authors) if sort_authors else authors,
            "day": (row["published"] or "")[:10] or None, "section": row["section"]}


def exactly(name: str, got: object, expected: object) -> bool:
    return got == expected


def loosely(name: str, got: object, expected: object) -> bool:
    """Title whitespace-normalised; authors (as a set) and section without regard to case."""
    if name == "title":
        return " ".join(str(got or "").split()) == " ".join(str(expected).split())
    if name == "authors":
        return sorted(a.casefold() for a in got) == sorted(a.casefold() for a in expected)  # type: ignore[attr-defined]
    if name == "section":
        return got is not None and str(got).strip().casefold() == str(expected).casefold()
    return got == expected


def score(site: ScoredSite, got: dict[str, dict], urls: list[str], templates: Sequence[str],
          same: Same = exactly) -> tuple[list[list[str]], list[tuple[str, str]]]:
    """Table rows per template (found, title, authors, day, section) and the misses, of the
    records ``got`` (by URL) of the rows stored at ``urls``."""
    truth = site.truth()
    misses: list[tuple[str, str]] = [("twice", u) for u in sorted({u for u in urls if urls.count(u) > 1})]
    misses += [("non-article", f"{u} title={got[u]['title']!r}") for u in sorted(set(urls) - set(truth))]
    table = []
    for template in (*templates, "all"):
        mine = {u: t for u, t in truth.items() if template in ("all", t["template"])}
        right = dict.fromkeys(("found", *FIELDS), 0)
        for url, expected in mine.items():
            if url not in got:
                if template != "all":
                    misses.append(("not found", f"[{template}] {url}"))
                continue
            right["found"] += 1
            for name in FIELDS:
                if same(name, got[url][name], expected[name]):
                    right[name] += 1
                elif template != "all":
                    misses.append((name, f"[{template}] {url}: got {got[url][name]!r}, expected {expected[name]!r}"))
        table.append([site.lang.code, template, str(len(mine)), *(f"{right[k] / len(mine):.2f}" for k in right)])
    extra = len(set(urls) - set(truth))
    table[-1].append(f"{len(urls) - len(set(urls))} twice, {extra} non-articles")
    return table, misses


def score_rows(site: ScoredSite, rows: list[dict], templates: Sequence[str], same: Same = exactly,
               sort_authors: bool = False) -> tuple[list[list[str]], list[tuple[str, str]]]:
    """``score`` of the archive's article ``rows``."""
    got = {r["canonical_url"]: record(r, sort_authors) for r in rows}
    return score(site, got, [r["canonical_url"] for r in rows], templates, same)


def print_misses(misses: list[tuple[str, str]], every: bool) -> None:
    """Each kind of miss with its count, and its first (or ``every``) miss."""
    kinds: dict[str, list[str]] = {}
    for kind, text in misses:
        kinds.setdefault(kind, []).append(text)
    for kind, texts in kinds.items():
        print(f"\n{kind}: {len(texts)}")
        for text in texts if every else texts[:1]:
            print("  " + text)


def blind_main(argv: list[str] | None, description: str, site: Callable[[Any, int], AbstractContextManager[ScoredSite]],
               langs: Sequence[Any], seed: int, seed_help: str, templates: Sequence[str], db_name: str,
               same: Same = exactly, sort_authors: bool = False) -> None:
    """A blind generator's command line (``--misses``, ``--seed N``): each language's site
    (the n-th with seed N + n) served, crawled and scored; the table, then the misses."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--misses", action="store_true", help="print every miss")
    parser.add_argument("--seed", type=int, default=seed, help=seed_help)
    args = parser.parse_args(argv)
    print(HEADER)
    all_misses: list[tuple[str, str]] = []
    for n, lang in enumerate(langs):
        with site(lang, args.seed + n) as served, tempfile.TemporaryDirectory() as tmp:
            rows = crawl_rows(served.base_url + "/", Path(tmp) / db_name)
            table, misses = score_rows(served, rows, templates, same, sort_authors)
        for line in table:
            print("| " + " | ".join(line) + (" |" if len(line) == 9 else " | |"), flush=True)
        all_misses += [(kind, f"{lang.code} {text}") for kind, text in misses]
    print_misses(all_misses, args.misses)


class _Dated(Protocol):
    when: datetime


_DatedT = TypeVar("_DatedT", bound=_Dated)


def newest_first_pages(items: Sequence[_DatedT], size: int) -> list[list[_DatedT]]:
    """A listing's pages of ``size`` items each, newest first (one empty page when
    there are none), as the generated sites' section and front pages list them.

    >>> from types import SimpleNamespace as Item
    >>> [[item.when.day for item in page] for page in newest_first_pages(
    ...     [Item(when=datetime(2024, 5, day)) for day in (3, 9, 1, 7)], 3)]
    [[9, 7, 3], [1]]
    """
    ordered = sorted(items, key=lambda item: item.when, reverse=True)
    return [ordered[i:i + size] for i in range(0, len(ordered), size)] or [[]]


def unseen_title(rng: random.Random, subjects: Sequence[str], predicates: Sequence[str], seen: set[str],
                 joiner: str = " ") -> str:
    """A story's title, a subject and a predicate drawn until the pair is new (then noted in ``seen``)."""
    while True:
        title = f"{rng.choice(subjects)}{joiner}{rng.choice(predicates)}"
        if title not in seen:
            seen.add(title)
            return title


def filler_paragraphs(rng: random.Random, fillers: Sequence[str], other_day: Callable[[], str],
                      joiner: str = " ") -> list[str]:
    """A story's 5-7 paragraphs of three filler sentences each, the second naming another day
    (``other_day()``, drawn from ``rng`` in its turn) in the middle of its sentences."""
    paras = []
    for n in range(rng.randint(5, 7)):
        sentences = rng.sample(fillers, 3)
        if n == 1:
            sentences.insert(1, other_day())
        paras.append(joiner.join(sentences))
    return paras


def add_listing(pages: dict[str, str], prefix: str, chunks: Sequence[Sequence[Any]],
             render: Callable[[Any, str | None], str], name_of: Callable[[int], str]) -> None:
    """``pages`` gets a listing's ``chunks`` (its pages' items, as ``newest_first_pages``
    cuts them): the first at ``prefix``, the k-th (from 0) at ``name_of(k)``, each rendered
    by ``render(chunk, the next page's path or None)``."""
    names = [prefix] + [name_of(k) for k in range(1, len(chunks))]
    for n, chunk in enumerate(chunks):
        pages[names[n]] = render(chunk, names[n + 1] if n + 1 < len(names) else None)


def page_query(prefix: str, k: int, query: str = "?page=") -> str:
    """A listing's k-th page (from 0; the first is ``prefix`` itself) as a query: ``prefix?page=k+1``."""
    return f"{prefix}{query}{k + 1}"


def story_slots(rng: random.Random, templates: Sequence[str], per_template: int) -> Iterator[tuple[str, int, int]]:
    """Each story's template, number (from 0, per template) and style (0-3, each as often,
    shuffled per template as the template begins)."""
    for template in templates:
        styles = [n % 4 for n in range(per_template)]
        rng.shuffle(styles)
        for number in range(per_template):
            yield template, number, styles[number]


def story_time(rng: random.Random, year: int, late: bool) -> datetime:
    """A story's local time in ``year``: a day, and an hour after midnight (``late``) or 7-22."""
    day = datetime(year, rng.randint(1, 12), rng.randint(1, 28))
    hour = rng.randint(0, 1) if late else rng.randint(7, 22)
    return day + timedelta(hours=hour, minutes=rng.randint(0, 59))
