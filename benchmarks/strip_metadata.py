"""Write a copy of a benchmark dataset with the pages' structured metadata removed.

Usage::

    .venv/bin/python benchmarks/strip_metadata.py ../shared/benchmarks/fundus-articles /tmp/fundus-visible
    .venv/bin/python benchmarks/extraction.py /tmp/fundus-visible --systems clippings,trafilatura

Why: the fields' rules are scored on pages that mostly carry JSON-LD, Open Graph and
microdata, so the finders that read the *visible* page (printed bylines, printed dates,
headlines without metadata) get little pressure from them; yet many pages in the wild
(old templates, small sites, trafilatura's evaluation set) have no structured data.
Stripping it from pages whose truth is known gives a second, larger check of those finders
that is not the held-out half of any set.

What goes: ``<script type="application/ld+json">``, every ``<meta>`` except the charset
and ``http-equiv`` ones, and the microdata and RDFa attributes (``itemprop``,
``itemscope``, ``itemtype``, ``property``, ``typeof``, ``vocab``). What stays: the
``<title>``, ``<time datetime>``, ``rel`` links and every visible element. The rest of
the page is left byte for byte (regular expressions, not a re-serialisation, so the
markup quirks a parser must cope with are kept).

``--short-dates`` asks the same of the printed dates: every date printed with its
four-digit year in the page's text ("May 16, 2024", "16. Mai 2024", "16.05.2024",
"2024-05-16") is rewritten as a stamp line with a two-digit year in the page's order
(``05/16/24`` on a page declared in English, ``16.05.24`` on other pages), and
the ``<time datetime>`` values go: the date finders then read such stamps alone, as many
small sites' templates print them (PHP's ``d.m.y``, ``m/d/y``).

Two more variations ask whether a body rule leans on what only some pages have
(the variation tests of #8): ``--neutral-names`` replaces every class and id word with a
neutral token (``k`` + six hex digits of its SHA-1: one word, one token, so boxes of one
class stay alike) and ``--plain-tags`` renames the sectioning tags (``article``, ``main``,
``section``, ``aside``, ``nav``, ``header``, ``footer``, ``figure``, ``figcaption``) to
``div``, as an old template has them. A rule that keeps the body on such copies reads
the page's shape, not its vocabulary.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.datasets import copy_parser, load_html, load_truth, start_copy, write_page  # noqa: E402
from crawler.parsers.vocabulary import MONTH_PATTERN, MONTHS  # noqa: E402

_JSON_LD = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>.*?</script\s*>", re.I | re.S)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_KEEP_META = re.compile(r"\b(?:charset|http-equiv)\s*=", re.I)
_ATTRIBUTE = re.compile(
    r"""\s(?:itemprop|itemtype|property|typeof|vocab)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)"""
    r"""|\sitemscope(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?(?=[\s/>])""",
    re.I,
)
_TAG = re.compile(r"<[a-zA-Z][^<>]*>")


def strip_metadata(html: str) -> str:
    """``html`` without JSON-LD, metadata ``<meta>`` tags, microdata and RDFa attributes."""
    html = _JSON_LD.sub("", html)
    html = _META.sub(lambda m: m.group(0) if _KEEP_META.search(m.group(0)) else "", html)
    return _TAG.sub(lambda m: _ATTRIBUTE.sub("", m.group(0)), html)


# One attribute of a start tag, its value quoted or bare: read attribute by attribute so
# that "class=" inside another attribute's value (escaped HTML in a data-* attribute) is
# left alone.
_ATTR = re.compile(r"""(\s([^\s"'<>/=]+)\s*=\s*)("[^"]*"|'[^']*'|[^\s>'"]+)""")
_SECTIONING = re.compile(r"<(/?)(?:article|main|section|aside|nav|header|footer|figure|figcaption)\b", re.I)


def _neutral(value: str) -> str:
    words = value.strip("\"'").split()
    return '"' + " ".join("k" + hashlib.sha1(w.encode()).hexdigest()[:6] for w in words) + '"'


def neutral_names(html: str) -> str:
    """``html`` with every class and id word replaced by a neutral token (same word, same token)."""
    def attribute(m: re.Match[str]) -> str:
        named = m.group(2).lower() in ("class", "id")
        return m.group(1) + _neutral(m.group(3)) if named else m.group(0)

    return _TAG.sub(lambda tag: _ATTR.sub(attribute, tag.group(0)), html)


def plain_tags(html: str) -> str:
    """``html`` with the sectioning tags (``article``, ``nav``, ``figure``...) renamed to ``div``."""
    return _SECTIONING.sub(lambda m: "<" + m.group(1) + "div", html)


_MONTH_NAMED = re.compile(r"\b(?:(" + MONTH_PATTERN + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)"
                          r"|(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?(" + MONTH_PATTERN
                          + r")\.?,?\s+(?:de\s+)?((?:19|20)\d\d))\b", re.I)
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)|(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_TEXT = re.compile(r"(>)([^<>]+)(?=<)")
_DATETIME = re.compile(r"""\sdatetime\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_LANG = re.compile(r"""<html\b[^>]*\blang\s*=\s*["']?([A-Za-z-]+)""", re.I)
# (an old template's conditional comments open other <html> tags for old browsers,
# "<!--[if IE 8]><html class="ie8" lang="en"><![endif]-->", before the page's own)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)


def short_dates(html: str) -> str:
    """``html`` with its printed dates rewritten with two-digit years in the page's order
    (month first on a page declared in English, else day first with dots) and no
    ``datetime`` attributes."""
    lang = _LANG.search(_COMMENT.sub("", html))
    month_first = lang is not None and lang.group(1).lower() in ("en", "en-us")  # (no language: the dots' day first)

    def stamp(year: str, month: int, day: int) -> str:
        first, second = (month, day) if month_first else (day, month)
        return f"{first:02d}{'/' if month_first else '.'}{second:02d}{'/' if month_first else '.'}{year[2:]}"

    def named(m: re.Match[str]) -> str:
        name, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        month = MONTHS.get(name.lower())
        return stamp(year, month, int(day)) if month else m.group(0)

    def numeric(m: re.Match[str]) -> str:
        if m.group(1):
            day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        else:
            year, month, day = m.group(4), int(m.group(5)), int(m.group(6))
        return stamp(year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else m.group(0)

    def text(m: re.Match[str]) -> str:
        return m.group(1) + _NUMERIC.sub(numeric, _MONTH_NAMED.sub(named, m.group(2)))

    kept = [m.group(0) for m in _SCRIPTS.finditer(html)]
    parts = _SCRIPTS.split(html)  # (text, tag name, text, ...): the scripts' bodies left alone
    out = []
    for k, part in enumerate(parts[::2]):
        out.append(_TEXT.sub(text, _TAG.sub(lambda tag: _DATETIME.sub("", tag.group(0)), part)))
        if k < len(kept):
            out.append(kept[k])
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    """Copy ``SOURCE`` to ``TARGET`` with every page stripped; the truth files are copied."""
    parser = copy_parser(__doc__)
    parser.add_argument("--neutral-names", action="store_true", help="class and id words made neutral tokens")
    parser.add_argument("--plain-tags", action="store_true", help="sectioning tags renamed to div")
    parser.add_argument("--short-dates", action="store_true",
                        help="printed dates rewritten with two-digit years (05/16/24, 16.05.24), no datetime values")
    args = parser.parse_args(argv)
    kind, truths = load_truth(args.source)
    if not start_copy(args.source, args.target):
        return 2
    removed = 0
    for truth in truths:
        html = load_html(args.source / truth.file)
        stripped = strip_metadata(html)
        removed += len(html) - len(stripped)
        if args.neutral_names:
            stripped = neutral_names(stripped)
        if args.plain_tags:
            stripped = plain_tags(stripped)
        if args.short_dates:
            stripped = short_dates(stripped)
        write_page(args.target, truth, stripped)
    print(f"{kind}: {len(truths)} pages stripped into {args.target} "
          f"({removed / 1e6:.1f} M characters of metadata removed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
