"""The Article record: the contract between parsers, pipelines, archive and exports.

Plain dataclasses with no Scrapy import, so parsers, the archive and tests can use
them freely (Scrapy handles dataclass items through itemadapter). Field names are
stable and documented in README.md; ``tests/test_items.py`` checks that the README
table, this module and the archive's ``articles`` columns agree.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

BLOCK_TYPES = ("p", "h", "li", "quote", "pre")


@dataclass(kw_only=True, slots=True)
class Block:
    """One block of the structured body."""

    type: str
    """One of ``p`` (paragraph), ``h`` (subheading), ``li`` (list item),
    ``quote`` (block quotation) or ``pre`` (preformatted text)."""

    text: str
    """The block's plain text, whitespace collapsed (``pre`` keeps its line breaks)."""


@dataclass(kw_only=True, slots=True)
class RelatedLink:
    """One entry of a "Related articles" / "You may also like" block."""

    url: str
    """Absolute URL of the linked article, tracking parameters and fragment dropped."""

    title: str | None = None
    """The link's headline (or its one-line summary when the card shows no headline)."""

    section: str | None = None
    """The section / category printed on the card, null when none is shown."""

    published: str | None = None
    """Date printed on the card, ISO 8601 (``YYYY-MM-DD``), null when none is shown."""

    summary: str | None = None
    """One-line teaser printed on the card, null when none is shown."""


@dataclass(kw_only=True, slots=True)
class Article:
    """One article version, as extracted from one fetched page."""

    url: str
    """The URL fetched, after redirects."""

    canonical_url: str
    """``<link rel=canonical>`` / ``og:url`` (else ``url``), normalised: fragment and
    tracking parameters (``utm_*``, ``fbclid``, ...) dropped. The article's identity."""

    site: str
    """Host name of ``canonical_url``, lower case, without a leading ``www.``."""

    title: str
    """Headline, without " | Site Name" suffixes."""

    description: str | None = None
    """Standfirst / dek / summary sentence; null when the page has none."""

    section: str | None = None
    """Section or category name as shown on the page; null when none."""

    tags: list[str] = field(default_factory=list)
    """Keywords / tags, in page order, deduplicated."""

    authors: list[str] = field(default_factory=list)
    """People (or agencies) credited, without "By", dates, roles or commenters."""

    published: str | None = None
    """Publication date, ISO 8601: ``YYYY-MM-DD``, or ``YYYY-MM-DDThh:mm:ss`` with
    the UTC offset (``+02:00``) when the page gives a time and zone. Null when unknown."""

    modified: str | None = None
    """Last modification date, same format as ``published``; null when not given."""

    language: str | None = None
    """BCP 47 language tag (``en``, ``de-AT``); null when the page does not say."""

    body: str = ""
    """The article text: blocks' texts joined by a blank line (``\\n\\n``)."""

    body_blocks: list[Block] = field(default_factory=list)
    """Structured body, in reading order: ``[{type: p|h|li|quote|pre, text}]``."""

    word_count: int = 0
    """Number of words (``\\w+`` tokens) in ``body``."""

    reading_time_minutes: int | None = None
    """Reading time stated by the page ("3 min Read"); null when the page states none."""

    image: str | None = None
    """Absolute URL of the lead image; null when none."""

    related: list[RelatedLink] = field(default_factory=list)
    """Links from "Related articles" / "Read more" / "You may also like" blocks."""

    fetched_at: str = ""
    """When the page was fetched, ISO 8601 UTC (``2025-07-16T08:00:00Z``)."""

    content_hash: str = ""
    """SHA-256 (hex) of the normalised title + body: the version's identity.
    Filled by :func:`content_hash` when the record is built."""

    provenance: dict[str, str] = field(default_factory=dict)
    """Where each field came from: ``json-ld``, ``opengraph``, ``meta``, ``microdata``,
    ``html`` (a semantic element such as ``<time>`` or ``<h1>``) or ``heuristic``;
    raw strings as printed (``published_raw``, ``byline_raw``) are kept here too."""

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, fields in contract order."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build a record from :meth:`to_dict` output (unknown keys are ignored)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["body_blocks"] = [
            b if isinstance(b, Block) else Block(**b) for b in values.get("body_blocks") or []
        ]
        values["related"] = [
            r if isinstance(r, RelatedLink) else RelatedLink(**r) for r in values.get("related") or []
        ]
        return cls(**values)


ARTICLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Article))

_SPACE = re.compile(r"\s+")


def normalise_for_hash(text: str) -> str:
    """Unicode NFC, whitespace collapsed, case folded.

    >>> normalise_for_hash("  Hello\\n  World ")
    'hello world'
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def content_hash(title: str, body: str) -> str:
    """The version identity: SHA-256 of the normalised title and body.

    Layout-only changes (sidebars, related lists, whitespace) leave it unchanged.
    """
    payload = normalise_for_hash(title) + "\n" + normalise_for_hash(body)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
