"""COinS (ContextObjects in Spans, OpenURL 1.0 / Z39.88-2004): a blog's or a
library's citation of the page as ``<span class="Z3988" title="ctx_ver=Z39.88-2004&
rft.atitle=...&rft.au=...&rft.date=...">``, printed by WordPress's and Drupal's
citation plugins and by catalogues for Zotero. Its title, authors and date are the
page's own, but weak evidence: read after JSON-LD, the <meta> tags and microdata."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from lxml import etree

__all__ = ["Coins", "read_coins"]

_SPANS = etree.XPath("//span[@title][contains(@class, 'Z3988')]")
_MAX_SPANS = 5            # COinS spans read (a listing prints one a story)
_MAX_TITLE = 8_000        # characters of a span's ``title`` read
_MAX_VALUE = 500          # characters of one field's value kept
_MAX_AUTHORS = 20
_VERSION = "Z39.88-2004"  # the ``ctx_ver`` every ContextObject names


@dataclass(slots=True)
class Coins:
    """What a page's one COinS span says of the page."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None


def read_coins(doc: Any) -> Coins | None:
    """The page's COinS citation: its one ``Z3988`` span's (several naming other
    titles are a listing's stories, and say nothing of the page), or None.

    >>> from lxml import html as h
    >>> page = h.fromstring('<p><span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft.atitle=Ferry+%26%238230%3B'
    ...                     '&amp;rft.aulast=Doe&amp;rft.aufirst=Jane&amp;rft.au=Roe%2C+John&amp;rft.date=2024-03-05"></span></p>')
    >>> read_coins(page)
    Coins(title='Ferry …', authors=['Jane Doe', 'John Roe'], date='2024-03-05')
    """
    found = [c for span in _SPANS(doc)[:_MAX_SPANS] if (c := _parse(span.get("title") or "")) is not None]
    if not found or any(c.title != found[0].title for c in found[1:]):
        return None
    return found[0]


def _parse(title: str) -> Coins | None:
    """One span's ContextObject (its ``title``, an OpenURL query string: the values
    percent-encoded, some HTML-escaped again, "&#8230;"), or None when it names no
    Z39.88-2004 version or nothing of the page."""
    fields: dict[str, list[str]] = {}
    for key, value in parse_qsl(title[:_MAX_TITLE], keep_blank_values=False):
        text = " ".join(html.unescape(value[:_MAX_VALUE]).split())
        if text:
            fields.setdefault(key.strip().lower(), []).append(text)
    if _VERSION not in fields.get("ctx_ver", []):
        return None
    title_value = next((fields[k][0] for k in ("rft.atitle", "rft.title", "rft.btitle") if k in fields), None)
    authors = _authors(fields)
    date = fields.get("rft.date", [None])[0]
    if title_value is None and not authors and date is None:
        return None
    return Coins(title_value, authors, date)


def _authors(fields: dict[str, list[str]]) -> list[str]:
    """The first author by parts ("rft.aufirst" "rft.aulast"), then each "rft.au"
    (and Dublin Core's "rft.creator"; "Doe, Jane" as "Jane Doe"), in order, once each."""
    names: list[str] = []
    last, first = fields.get("rft.aulast", [""])[0], fields.get("rft.aufirst", [""])[0]
    if last:
        names.append(f"{first} {last}".strip())
    for name in [*fields.get("rft.au", []), *fields.get("rft.creator", [])]:
        surname, comma, given = name.partition(",")
        if comma and surname.strip() and given.strip() and "," not in given:
            name = f"{given.strip()} {surname.strip()}"  # "Doe, Jane": the catalogue's order
        if name not in names:
            names.append(name)
    return names[:_MAX_AUTHORS]
