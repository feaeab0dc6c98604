"""Write a copy of a benchmark dataset whose class and id names say nothing.

Usage::

    .venv/bin/python benchmarks/perturb_names.py ../shared/benchmarks/trafilatura-eval-dev /tmp/dev-nameless
    .venv/bin/python benchmarks/extraction.py /tmp/dev-nameless --systems clippings,trafilatura --split tuning

Why: a body rule written from the tuning pages may lean on their class vocabulary
("article-body", "related", "sidebar"), which many pages in the wild do not have: CSS
modules and styled-components hashes (``css-1q2w3e``, ``sc-abc123``), utility classes,
or no class at all. Scoring a copy of the tuning pages with every class and id value
replaced by a meaningless token shows where the structural path (text and link density,
paragraph runs, sibling blocks) has to carry the page alone: a generalisation test that
does not read the held-out half.

Each class name (a word of a ``class`` list) and each ``id`` becomes one token, ``c``
plus ten decimal digits of its SHA-1: the same name gives the same token everywhere, so
repeated boxes stay alike and a box that adds a state class ("slide" / "slide hidden")
still shares its other token, as a styled-components page's boxes share their component
class; digits only, so no token reads as a word such as "ad" or "nav". Nothing else changes:
the metadata, ``role`` and ``aria-*`` attributes, tags and text are left byte for byte
(start tags are rewritten by regular expression, not re-serialised; the first pass also
reads a tag written in a script's string or a comment as a tag). The truth files and
the tuning/validation split (by page id) are copied as they are.

After writing, every page is parsed with lxml and any class or id left that is not a
token is counted and reported (exit status 1), so a tag the rewrite missed is not
silently scored as a nameless page.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
from lxml import etree  # noqa: E402

from benchmarks.datasets import copy_parser, load_html, load_truth, start_copy, write_page  # noqa: E402

# A start tag: its attribute values may hold ">" when quoted (a quoted value stops at a
# "<" so an unbalanced quote cannot swallow the page; such a tag is left as it is and the
# check below reports it).
_TAG = re.compile(r"""<[a-zA-Z](?:[^<>"']|"[^"<]*"|'[^'<]*')*>""")
# One attribute of a start tag, its value quoted or bare: read attribute by attribute so
# that "class=" inside another attribute's value (escaped HTML in a data-* attribute) is
# left alone.
_ATTR = re.compile(r"""((?:\s|(?<=["']))([^\s"'<>/=]+)\s*=\s*)("[^"]*"|'[^']*'|[^\s>'"]+)""")
# The leftover pass reads the page as an HTML parser does, from left to right: a start
# tag runs from "<" and a letter to the first ">" outside a quoted attribute value (a
# quote opens a value only after "="; a stray one is part of a name), and a comment or
# the contents of a script or a style (up to its end tag, where there is one) hold no
# tag. Possessive quantifiers: each character is read once, and a tag not closed ends
# the scan (the parser reads the rest of the page as that tag). Page text, a <pre>
# sample's escaped markup and a script's strings are never rewritten by this pass.
_OPENING = re.compile(r"<(?:[a-zA-Z]|!--)")
_START_TAG = re.compile(r"""<([a-zA-Z][^\s/>]*+)(?:[\s/]++|[^\s/>][^\s/>=]*+"""
                        r"""(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+)*+>""")
_RAW_TEXT = {name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in ("script", "style")}
# A class or id attribute in such a tag, its value quoted or bare.
_NAME_ATTR = re.compile(r"""(?<=\s)((?i:class|id)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>]+)(?=[\s/>]))""")
_TOKEN = re.compile(r"c\d{10}")
_NAMED = ("class", "id")


def token(name: str) -> str:
    """The meaningless token standing for one class name or id."""
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()
    return f"c{int(digest[:15], 16) % 10**10:010d}"


def tokens(value: str) -> str:
    """A class or id value with each of its words replaced by its :func:`token`."""
    return " ".join(token(word) for word in value.split())


def perturb_names(html: str) -> str:
    """``html`` with every class and id word replaced by its :func:`token`."""
    def attribute(m: re.Match[str]) -> str:
        if m.group(2).lower() not in _NAMED:
            return m.group(0)
        value = m.group(3)
        if value[:1] in "\"'":
            value = value[1:-1]
        return m.group(1) + '"' + tokens(value) + '"'

    html = _TAG.sub(lambda tag: _ATTR.sub(attribute, tag.group(0)), html)
    # A tag the pattern above cannot read (a raw "<" in a quoted value, a stray quote) keeps
    # its names: the parsed page says which, and each is replaced where it stands as a
    # class or id attribute inside a start tag (:data:`_LOOSE_TAG`), never in the text.
    left = set(leftover_names(html))
    if not left:
        return html

    def leftover(m: re.Match[str]) -> str:
        value = next(group for group in m.groups()[1:] if group is not None)
        return m.group(1) + '"' + tokens(value) + '"' if value in left else m.group(0)

    pieces = []
    at = 0
    for start, end in start_tags(html):
        pieces += [html[at:start], _NAME_ATTR.sub(leftover, html[start:end])]
        at = end
    return "".join(pieces) + html[at:]


def start_tags(html: str) -> Iterator[tuple[int, int]]:
    """The start and end of each start tag of ``html``, in order (see :data:`_START_TAG`).

    >>> [html[a:b] for html in ['<p>a class="x" <!-- <b id=y> --><i  id="z>">t</i>'] for a, b in start_tags(html)]
    ['<p>', '<i  id="z>">']
    """
    at = 0
    unclosed: set[str] = set()  # raw-text elements with no end tag after here (searched once)
    while (opening := _OPENING.search(html, at)) is not None:
        if html.startswith("<!--", opening.start()):
            close = html.find("-->", opening.end())
            if close < 0:
                return
            at = close + 3
            continue
        tag = _START_TAG.match(html, opening.start())
        if tag is None:
            return
        yield tag.start(), tag.end()
        at = tag.end()
        name = tag.group(1).lower()
        raw = _RAW_TEXT.get(name)
        if raw is not None and name not in unclosed:
            close_tag = raw.search(html, at)
            if close_tag is None:
                unclosed.add(name)
            else:
                at = close_tag.start()


def leftover_names(html: str) -> list[str]:
    """Class and id values of the parsed page that are not tokens (should be none)."""
    if not html.strip():
        return []
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    left = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in _NAMED:
            value = element.get(name)
            if value is not None and not all(_TOKEN.fullmatch(word) for word in value.split()):
                left.append(value)
    return left


def main(argv: list[str] | None = None) -> int:
    """Copy ``SOURCE`` to ``TARGET`` with every page's names perturbed; the truth files are copied."""
    parser = copy_parser(__doc__)
    args = parser.parse_args(argv)
    kind, truths = load_truth(args.source)
    if not start_copy(args.source, args.target):
        return 2
    left_pages = 0
    for truth in truths:
        perturbed = perturb_names(load_html(args.source / truth.file))
        left = leftover_names(perturbed)
        if left:
            left_pages += 1
            print(f"{truth.id}: {len(left)} names left, e.g. {left[0]!r}", file=sys.stderr)
        write_page(args.target, truth, perturbed)
    print(f"{kind}: {len(truths)} pages perturbed into {args.target}"
          + (f"; {left_pages} pages kept names" if left_pages else ""))
    return 1 if left_pages else 0


if __name__ == "__main__":
    raise SystemExit(main())
