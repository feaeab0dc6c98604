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


def main(argv: list[str] | None = None) -> int:
    """Copy ``SOURCE`` to ``TARGET`` with every page stripped; the truth files are copied."""
    parser = copy_parser(__doc__)
    parser.add_argument("--neutral-names", action="store_true", help="class and id words made neutral tokens")
    parser.add_argument("--plain-tags", action="store_true", help="sectioning tags renamed to div")
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
        write_page(args.target, truth, stripped)
    print(f"{kind}: {len(truths)} pages stripped into {args.target} "
          f"({removed / 1e6:.1f} M characters of metadata removed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
