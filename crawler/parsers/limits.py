"""Bounds on what a page can put into a record, and on whose identity it may claim.

A hostile or broken page may carry a 1 MB title, ten thousand tags or a canonical
link to another site. Real article pages stay far below these caps (the longest
headline of the benchmark pages is under 300 characters), so the caps only ever
cut what no reader would call a headline, a byline or a tag; what was cut is
named in ``provenance["truncated"]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawler.items import Block, RelatedLink
from crawler.parsers.metadata import Metadata
from crawler.urls import canonicalize_url, site_key

# Longest value kept for each text field, in characters.
TEXT_CAPS = {
    "title": 1_000,
    "description": 5_000,
    "section": 200,
    "language": 35,
    "image": 4_000,
}
ITEM_CAP = 200          # one author, one tag
LIST_CAP = 100          # authors, tags, related links
RELATED_TEXT_CAP = 2_000


# Control characters other than whitespace (C0, DEL, C1): no page shows them, and ESC
# or BEL sequences kept in a record would drive the terminal of whoever prints it (a
# site could set its title or clear the screen). Looked for in the record's text only,
# a small part of the page. A run of them reads as one space: some pages type a BEL
# where they mean a space ("Panel<BEL>on Climate").
_UNPRINTABLE_RUN = re.compile(" ?[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+ ?")
# One of them, looked for first: a search for a character class alone skips ahead
# by it (a sixth of the time of the run's, which tries the optional space everywhere).
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with each run of control characters other than whitespace as one space.

    >>> printable("Ferry\x1b]0;owned\x07 timetable")
    'Ferry ]0;owned timetable'
    >>> printable("    return 1 \x7f")
    '    return 1'
    """
    if not _UNPRINTABLE.search(text):
        return text
    end = len(text)
    # (a run at either end goes; the text's own indentation, in a ``pre`` block, stays)
    return _UNPRINTABLE_RUN.sub(lambda run: "" if run.start() == 0 or run.end() == end else " ", text)


def printable_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks with their text :func:`printable`; a block left empty is dropped."""
    for block in blocks:
        block.text = printable(block.text)
    return [block for block in blocks if block.text.strip()]


def _printable_or_none(text: str | None) -> str | None:
    return printable(text) if text else text


def cap_text(value: str | None, limit: int) -> str | None:
    return value[:limit].rstrip() if value is not None and len(value) > limit else value


def cap_list(values: list[str], cut: list[str], name: str) -> list[str]:
    """At most LIST_CAP items of at most ITEM_CAP characters each."""
    values = [clean for clean in map(printable, values) if clean.strip()]
    capped = [v[:ITEM_CAP].rstrip() for v in values[:LIST_CAP]]
    if len(values) > LIST_CAP or any(len(v) > ITEM_CAP for v in values[:LIST_CAP]):
        cut.append(name)
    return capped


@dataclass(slots=True)
class Identity:
    """The URL a record is stored under, and the page's own claim when it was refused."""

    canonical_url: str
    refused: str | None = None


def page_identity(declared: str | None, url: str) -> Identity:
    """The record's identity: the page's declared canonical URL when it is on the
    page's own site (same host and port; http <-> https and ``www.`` moves
    allowed), else the fetched URL, with the refused claim named.

    Pages read from files (``file://``) have no site to protect: their canonical
    link is taken as declared.

    >>> page_identity("https://other.example/x", "https://news.example/a").refused
    'https://other.example/x: another site'
    >>> page_identity("https://www.news.example/b", "http://news.example/a").canonical_url
    'https://www.news.example/b'
    """
    own = canonicalize_url(url)
    if not declared:
        return Identity(own)
    claimed = canonicalize_url(declared, base=url)
    if not claimed.startswith(("http://", "https://")):
        return Identity(own, refused=f"{claimed[:300]}: not an http(s) URL")
    if url.startswith(("http://", "https://")) and site_key(claimed) != site_key(own):
        return Identity(own, refused=f"{claimed[:300]}: another site")
    return Identity(claimed)


@dataclass(slots=True)
class BoundedFields:
    """The page's metadata within the caps, under an identity it may claim."""

    canonical_url: str
    texts: dict[str, str | None]
    authors: list[str]
    tags: list[str]
    related: list[RelatedLink]
    provenance: dict[str, str] = field(default_factory=dict)


def bounded_fields(meta: Metadata, related: list[RelatedLink], url: str,
                   page_cut: list[str] | None = None) -> BoundedFields:
    """Cap every metadata field and check the canonical link; what was cut or
    refused is named in the provenance, after the caps that cut the page itself
    (``page_cut``: ``page size``, ``elements``)."""
    identity = page_identity(meta.canonical_url, url)
    provenance = {name: printable(value) for name, value in meta.provenance.items()}
    if identity.refused:
        provenance["canonical_url"] = "refused: " + identity.refused
    cut: list[str] = list(page_cut or [])
    clean = {name: _printable_or_none(getattr(meta, name)) for name in TEXT_CAPS}
    texts = {name: cap_text(clean[name], limit) for name, limit in TEXT_CAPS.items()}
    cut += [name for name, value in texts.items() if value != clean[name]]
    authors, tags = cap_list(meta.authors, cut, "authors"), cap_list(meta.tags, cut, "tags")
    if len(related) > LIST_CAP:
        cut.append("related")
    related = related[:LIST_CAP]
    for link in related:
        link.title = cap_text(_printable_or_none(link.title), RELATED_TEXT_CAP)
        link.summary = cap_text(_printable_or_none(link.summary), RELATED_TEXT_CAP)
        link.section = _printable_or_none(link.section)
    if cut:
        provenance["truncated"] = ", ".join(cut)
    return BoundedFields(identity.canonical_url, texts, authors, tags, related, provenance)


# Embedded state (:mod:`.body.embedded`): how much of a script-rendered page's inline
# scripts is read for the article's HTML when the page's own markup holds no text.
# The biggest framework state of the benchmark pages is under 1 MB; an article's HTML
# is a few hundred kilobytes at most (the longest benchmark body: 53,383 characters).
EMBEDDED_SCRIPT_CHARS = 8_000_000   # script text scanned, all scripts together
EMBEDDED_TOKENS = 200_000           # string literals and brackets scanned
EMBEDDED_LITERAL_CHARS = 2_000_000  # a longer literal is not read
EMBEDDED_DECODED_CHARS = 4_000_000  # characters of literals that look like HTML, decoded
EMBEDDED_TITLE_WINDOW = 8_000       # the page's title this close before the HTML string
EMBEDDED_PARSED = 3                 # candidates, biggest first, parsed and extracted
