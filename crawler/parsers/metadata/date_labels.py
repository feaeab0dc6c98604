"""Dates a page labels as its own anywhere in its text: "Erschienen am: 01.11.2023",
"Posted on May 16, 2024", "Aktualisiert am 17.01.2021", "Last modified: ...".

For pages whose structured data and headline area name no date (a footer line,
an old layout without a dateline by the headline): a labelled date is the page's,
where an unlabelled one may be a cited paper's, an event's or a comment's.
Comment threads, widgets and related-story lists are skipped: their
"Posted on" lines date the comments and other pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from crawler.parsers.document import Element
from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.metadata.walk import OTHER_REGION, marks_of

__all__ = ["Labelled", "labelled_dates", "other_label", "text_pieces"]

MAX_TEXT_NODES = 20_000  # elements read
_MAX_LABELS = 200        # labels looked at per page
_MAX_CHARS = 300_000     # characters of text searched for labels
_SKIP = frozenset({"script", "style", "noscript", "head", "template", "svg", "select", "option",
                   "textarea", "form"})
_LABEL = re.compile(
    # the words sites print before the day a page went up (the header scan's list)
    r"\b(?:(?P<published>published|posted|veröffentlicht|erschienen|erstellt|publié|publicado|pubblicato|"
    r"gepubliceerd|opublikowano)(?:\s+(?:on|am|le|el|il|op|at))?"
    # ... before the day it last changed
    r"|(?P<updated>(?:last\s+)?updated|(?:zuletzt\s+)?aktualisiert|letzte\s+änderung|mis\s+à\s+jour|"
    r"actualizado|aggiornato|bijgewerkt|stand|(?:last\s+)?modified|geändert)(?:\s+(?:on|am|le|el|il|op|at))?"
    # ... or a bare "Date:" field
    r"|(?P<field>date|datum|fecha)(?=\s*:))\b\s*:?\s*",
    re.IGNORECASE,
)
_DATE_WITHIN = 12  # characters between a label and its date (a weekday, "the")


@dataclass(slots=True)
class Labelled:
    """The first date labelled as the publication and as the last change."""

    published: str | None = None
    updated: str | None = None


def text_pieces(doc: Element) -> Iterator[str]:
    """Stripped text pieces (``text`` and ``tail``) in document order, outside
    scripts, forms, comment threads, widgets and related lists; at most :data:`MAX_TEXT_NODES` elements."""
    stack: list[Element | str] = [doc]
    count = 0
    while stack and count < MAX_TEXT_NODES:
        item = stack.pop()
        if isinstance(item, str):
            yield item
            continue
        count += 1
        if item.tail and not item.tail.isspace():
            stack.append(item.tail.strip())
        if not isinstance(item.tag, str) or item.tag in _SKIP:
            continue
        marks = marks_of(item)
        if marks and item.tag not in ("html", "body") and OTHER_REGION.search(marks):
            continue
        stack.extend(reversed(item))
        if item.text and not item.text.isspace():
            yield item.text.strip()


# Words of the labels naming the page's own date, inside compounds as well
# ("Erscheinungsdatum", "Veröffentlichungsdatum", "Publication date", "Online seit").
_OWN_LABEL = re.compile(r"publi|post(?:ed|ad|é)|gepost|geplaatst|udgivet|julkaistu|veröff|erschien|erstellt|creat|"
                        r"datum|date|dato|fecha|data|tarih|online|geschrieben|written", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*:\s*$")


def other_label(before: str) -> bool:
    """Whether the text just before a date ends in a label that is neither the
    publication's nor a bare "Date:" ("Release: 14.11.2019", "Termin: ...",
    "Last updated: ..."): the date is an event's, a product's or a change's.

    >>> other_label("Release: "), other_label("Veröffentlicht am: "), other_label("By Ann Lee | ")
    (True, False, False)
    >>> other_label("Erscheinungsdatum: "), other_label("Geplaatst op: "), other_label("Zuletzt aktualisiert: ")
    (False, False, True)
    """
    m = _LABEL_BEFORE.search(before[-40:])
    if m is None:
        return False
    label = _LABEL.search(m.group(0))
    if label is not None:
        return label.group("updated") is not None
    return not _OWN_LABEL.search(m.group(1))


def labelled_dates(pieces: list[str], language: str | None, latest: str) -> Labelled:
    """The first published-labelled and updated-labelled days in the page's text
    pieces (:func:`text_pieces`; "Date:" counts as published), none after
    ``latest``. The pieces are read as one text, so a label that ends one piece
    ("<b>Aktualisiert am</b> 17.01.2021") is read with the next."""
    found = Labelled()
    text = "\n".join(pieces)[:_MAX_CHARS]
    for count, m in enumerate(_LABEL.finditer(text)):
        if count >= _MAX_LABELS or found.published is not None:
            break
        kind = "updated" if m.group("updated") else "published"
        if getattr(found, kind) is not None:
            continue
        span = find_date_span(text[m.end():m.end() + 80].replace("\n", " "), language)
        if span and span[1] <= _DATE_WITHIN and span[0][:10] <= latest:
            setattr(found, kind, span[0][:10])
    return found
