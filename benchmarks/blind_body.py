"""The template-site generators' bodies scored (#8): a held-out body check, no crawl.

Every generator (``benchmarks/template_sites*.py``) serves its publications on
127.0.0.1; here each article page is fetched once as the site serves it (decoded as
Scrapy decodes it) and handed to each system (``benchmarks/systems.py``: Clippings'
``parse_article(html, url)``, trafilatura 2.3.1, ...), whose body is scored against
the story's true paragraphs (``Story.paras``), per publication and template:

- recall: the share of the true paragraphs on the page (whitespace normalised; a
  paragraph the page does not print, e.g. on a story's second page, is not counted)
  whose text is in the body;
- precision: the share of the body's lines that are a true paragraph, part of one (at
  word bounds), or nothing but true paragraphs (and signs: a table's cell bars); and by
  characters (Pc), the share of the body's characters that are not in such another
  line's rest; ``--misses`` lists the other lines (what is left of
  them once the true paragraphs are taken out) and the paragraphs lost, to tell
  furniture from legitimate text the generator printed beside its paragraphs (a
  subheading, a caption, a dateline before the first paragraph).

Usage::

    python benchmarks/blind_body.py [--generators blind,blind7] [--seeds 17,18]
        [--systems clippings,trafilatura] [--misses]

The generators were written by people who had not read the parsers, with page
furniture of their own invention: a line of it in the body is furniture no rule was
written for.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import unicodedata
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` and ``crawler`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.systems import SYSTEMS  # noqa: E402


@dataclass(frozen=True)
class Generator:
    """A generator module, its site (``site(lang, seed)``, a context manager serving it),
    its publications' languages (module attributes) and its default first seed."""

    name: str
    module: str
    site: str
    langs: tuple[str, ...]
    seed: int
    keyword_seed: bool = False


GENERATORS = (
    Generator("template_sites", "benchmarks.template_sites", "Publication", ("EN", "DE", "FR"), 2024, True),
    Generator("blind", "benchmarks.template_sites_blind", "BlindSite", ("EN", "ES"), 31),
    Generator("blind3", "benchmarks.template_sites_blind3", "Blind3Site", ("IT", "PL"), 73),
    Generator("blind4", "benchmarks.template_sites_blind4", "Blind4Site", ("EN", "NL"), 5),
    Generator("blind5", "benchmarks.template_sites_blind5", "serve", ("EN", "DE"), 17),
    Generator("blind6", "benchmarks.template_sites_blind6", "serve", ("EN", "FR"), 17),
    Generator("blind7", "benchmarks.template_sites_blind7", "Site", ("PT", "PL"), 17),
    Generator("blind8", "benchmarks.template_sites_blind8", "Site", ("ZH", "TR"), 17),
    Generator("blind9", "benchmarks.template_sites_blind9", "Site", ("AR", "ES"), 17),
    Generator("blind10", "benchmarks.template_sites_blind10", "Site", ("PT", "RU"), 17),
    Generator("blind11", "benchmarks.template_sites_blind11", "Site", ("ZH", "AR"), 17),
    Generator("blind12", "benchmarks.template_sites_blind12", "Site", ("JA", "KO"), 23),
    Generator("blind13", "benchmarks.template_sites_blind13", "Site", ("HI", "HE"), 13),
    Generator("blind14", "benchmarks.template_sites_blind14", "Site", ("SV", "VI"), 41),
)


@dataclass
class Page:
    """An article page as served (decoded text), its template and its story's true paragraphs."""

    url: str
    template: str
    html: str
    paras: list[str]


@dataclass
class Tally:
    """Paragraphs on the pages and found; body lines and the ones that are true text."""

    paras: int = 0
    found: int = 0
    lines: int = 0
    true_lines: int = 0
    chars: int = 0          # the body's characters (its lines', normalised)
    extra_chars: int = 0    # what is left of its lines once the true paragraphs are taken out, where not true

    def add(self, other: Tally) -> None:
        self.paras += other.paras
        self.found += other.found
        self.lines += other.lines
        self.true_lines += other.true_lines
        self.chars += other.chars
        self.extra_chars += other.extra_chars

    @property
    def recall(self) -> float:
        return self.found / self.paras if self.paras else 1.0

    @property
    def precision(self) -> float:
        return self.true_lines / self.lines if self.lines else 1.0

    @property
    def char_precision(self) -> float:
        """The share of the body's characters that are true text: a line that joins a
        table's paragraphs and its furniture (trafilatura's "| text ... Print |") counts
        for its furniture's characters only, not as a whole false line."""
        return 1 - self.extra_chars / self.chars if self.chars else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PageScore:
    """One system's body on one page: its tally, the lines that are not true text (what is
    left of each once the true paragraphs are taken out) and the paragraphs lost."""

    tally: Tally
    extra: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)


_WORD = re.compile(r"\w")


def inside(part: str, para: str) -> bool:
    """``part`` is in ``para`` at word bounds: a line's rest ("Sport") that is a piece of
    a true paragraph split across lines, not a label whose word a paragraph happens to
    hold ("Sport" in "Sports centre").

    >>> inside("Sport", "The Sports centre opens."), inside("Sports centre", "The Sports centre opens.")
    (False, True)
    """
    start = para.find(part)
    while start >= 0:
        end = start + len(part)
        if not (start and para[start - 1].isalnum() and part[0].isalnum()) and not (
                end < len(para) and para[end].isalnum() and part[-1].isalnum()):
            return True
        start = para.find(part, start + 1)
    return False


def norm(text: str) -> str:
    """NFC, whitespace runs as one space, stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_text(html: str) -> str:
    """The page's text as a reader sees it (markup out, entities decoded), normalised."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, TypeError):
        return norm(html)
    for node in root.xpath("//script|//style"):
        node.drop_tree()
    return norm(" ".join(root.itertext()))


def score_body(body: str, paras: Sequence[str], html: str) -> PageScore:
    """``body`` against the true ``paras`` the page ``html`` prints.

    >>> s = score_body("Intro text here.\\nSubscribe now!\\nSecond para", ["Intro text here.", "Second para", "Gone"],
    ...                "<p>Intro text here.</p><p>Second para</p><p>Gone</p>")
    >>> (s.tally.found, s.tally.paras, s.tally.true_lines, s.tally.lines, s.extra, s.lost)
    (2, 3, 2, 3, ['Subscribe now!'], ['Gone'])
    """
    shown = page_text(html)
    truth = [p for p in (norm(p) for p in paras) if p and p in shown]
    text = norm(body)
    lost = [p for p in truth if p not in text]
    lines = [norm(line) for line in body.splitlines()]
    lines = [line for line in lines if line]
    extra = []
    for line in lines:
        rest = line
        for p in truth:
            rest = rest.replace(p, " ")
        rest = norm(rest)
        if _WORD.search(rest) and not any(inside(rest, p) for p in truth):
            extra.append(rest)
    tally = Tally(len(truth), len(truth) - len(lost), len(lines), len(lines) - len(extra),
                  sum(map(len, lines)), sum(map(len, extra)))
    return PageScore(tally, extra, lost)


def _stories(site: Any) -> list[Any]:
    """The site's stories (a list, or lists by template), whatever the generator calls them."""
    found = getattr(site, "stories", None) or getattr(site, "articles", None)
    if isinstance(found, dict):
        return [s for group in found.values() for s in group]
    return list(found or [])


def _paras(story: Any) -> list[str]:
    return list(getattr(story, "paras", None) or getattr(story, "paragraphs", None) or [])


def fetch(url: str) -> str:
    """The page at ``url`` decoded as the crawl decodes it: in the encoding the crawl tells
    the parser (``crawler.scaling.page_encoding`` of Scrapy's response), by the parser's
    ``decode_html``; both systems are given that text."""
    from scrapy.http import HtmlResponse

    from crawler.parsers.document import decode_html
    from crawler.scaling import page_encoding

    with urllib.request.urlopen(url, timeout=30) as answer:
        data, kind = answer.read(), answer.headers.get("Content-Type", "")
    response = HtmlResponse(url=url, body=data, headers={"Content-Type": kind} if kind else {})
    return decode_html(data, page_encoding(response))


def site_pages(site: Any) -> list[Page]:
    """Every article page of a served ``site``, with its story's paragraphs (stories are
    matched to the truth by title: a generator never gives two stories one title)."""
    by_title: dict[str, list[Any]] = {}
    for story in _stories(site):
        by_title.setdefault(story.title, []).append(story)
    pages = []
    for url, truth in site.truth().items():
        stories = by_title.get(truth["title"], [])
        if len(stories) != 1:
            raise SystemExit(f"{url}: {len(stories)} stories titled {truth['title']!r}")
        pages.append(Page(url, truth["template"], fetch(url), _paras(stories[0])))
    return pages


def open_site(gen: Generator, lang: Any, seed: int) -> AbstractContextManager[Any]:
    make = getattr(importlib.import_module(gen.module), gen.site)
    return make(lang, seed=seed) if gen.keyword_seed else make(lang, seed)


def publications(gen: Generator, seed: int | None = None) -> Iterator[tuple[str, list[Page]]]:
    """Each publication of ``gen`` (the n-th with ``seed + n``, as the generator's own
    command line draws them; ``template_sites``: one seed for all): its code and pages."""
    module = importlib.import_module(gen.module)
    first = gen.seed if seed is None else seed
    for n, name in enumerate(gen.langs):
        lang = getattr(module, name)
        with open_site(gen, lang, first if gen.keyword_seed else first + n) as site:
            yield lang.code, site_pages(site)


Extract = Callable[[str, str], str]


def extractors(names: Sequence[str]) -> dict[str, Extract]:
    """Each system's body of ``(html, url)``."""
    def body_of(run: Any) -> Extract:
        return lambda html, url: run(html, url).body or ""

    return {name: body_of(SYSTEMS[name]()) for name in names}


@dataclass
class Row:
    """A publication's template (or ``all``): its pages and each system's tally."""

    generator: str
    publication: str
    template: str
    pages: int = 0
    tallies: dict[str, Tally] = field(default_factory=dict)


def score_publication(generator: str, code: str, pages: list[Page], systems: dict[str, Extract],
                      misses: list[str]) -> list[Row]:
    """Rows per template and ``all`` of one publication; each miss appended to ``misses``."""
    rows: dict[str, Row] = {}
    for page in pages:
        for key in (page.template, "all"):
            row = rows.setdefault(key, Row(generator, code, key, 0, {s: Tally() for s in systems}))
            row.pages += 1
        for name, extract in systems.items():
            got = score_body(extract(page.html, page.url), page.paras, page.html)
            for key in (page.template, "all"):
                rows[key].tallies[name].add(got.tally)
            where = f"{name} {generator} {code} [{page.template}] {page.url}"
            misses += [f"{where} extra: {line[:160]!r}" for line in got.extra]
            misses += [f"{where} lost: {para[:160]!r}" for para in got.lost]
    return [*(rows[t] for t in rows if t != "all"), rows["all"]]


def table(rows: Sequence[Row], systems: Sequence[str]) -> str:
    """The markdown table: per row, each system's P / R / F1 (of lines) and its precision
    by characters (Pc)."""
    head = "| generator | publication | template | pages | " + " | ".join(
        f"{s} P | {s} R | {s} F1 | {s} Pc" for s in systems) + " |"
    lines = [head, "|" + "---|" * (4 + 4 * len(systems))]
    for row in rows:
        cells = [f"{row.tallies[s].precision:.3f} | {row.tallies[s].recall:.3f} | {row.tallies[s].f1:.3f}"
                 f" | {row.tallies[s].char_precision:.3f}" for s in systems]
        lines.append(f"| {row.generator} | {row.publication} | {row.template} | {row.pages} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def total(rows: Sequence[Row], systems: Sequence[str]) -> Row:
    """Every publication's ``all`` row summed."""
    out = Row("total", "", "", 0, {s: Tally() for s in systems})
    for row in rows:
        if row.template == "all":
            out.pages += row.pages
            for s in systems:
                out.tallies[s].add(row.tallies[s])
    return out


def run(gens: Sequence[Generator], seeds: Sequence[int | None], systems: dict[str, Extract],
        on_row: Callable[[Row], None] = lambda row: None) -> tuple[list[Row], list[str]]:
    """Every publication of ``gens`` at each of ``seeds`` (``None``: the generator's own) scored."""
    rows: list[Row] = []
    misses: list[str] = []
    for gen in gens:
        for seed in seeds:
            for code, pages in publications(gen, seed):
                label = code if seed is None else f"{code} s{seed}"
                for row in score_publication(gen.name, label, pages, systems, misses):
                    rows.append(row)
                    on_row(row)
    return rows, misses


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generators", default=",".join(g.name for g in GENERATORS),
                        help="comma-separated, from: " + ", ".join(g.name for g in GENERATORS))
    parser.add_argument("--seeds", default="",
                        help="comma-separated first seeds, each run in place of the generators' own")
    parser.add_argument("--systems", default="clippings,trafilatura", help="comma-separated, from benchmarks/systems.py")
    parser.add_argument("--misses", action="store_true", help="print every extra line and lost paragraph")
    args = parser.parse_args(argv)
    known = {g.name for g in GENERATORS}
    wrong = [g for g in args.generators.split(",") if g not in known] + [
        s for s in args.systems.split(",") if s not in SYSTEMS]
    if wrong:
        parser.error(f"unknown: {', '.join(wrong)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    names = args.systems.split(",")
    wanted = args.generators.split(",")
    gens = [g for g in GENERATORS if g.name in wanted]
    seeds: list[int | None] = [int(s) for s in args.seeds.split(",") if s.strip()] or [None]
    systems = extractors(names)
    print(table([], names), flush=True)
    rows, misses = run(gens, seeds, systems, lambda row: print(table([row], names).splitlines()[-1], flush=True))
    print(table([total(rows, names)], names).splitlines()[-1])
    if args.misses:
        print("\n" + "\n".join(misses))
    else:
        print(f"\n{len(misses)} misses (--misses lists them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
