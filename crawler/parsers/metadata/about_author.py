"""The writer named by an "about the author" box under a story ("Über die
Autorin", "About the author", "À propos de l'auteur"): its heading, then a short
biography that opens with the writer's name ("<strong>Jane Doe</strong> ist
Journalistin in Berlin", "Jane Doe (37) is a reporter ..."). Read only when the
page marks its writer in no other way.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from crawler.parsers.metadata.authors import plain_name
from crawler.parsers.metadata.walk import SKIP_TAGS, following, text_of

__all__ = ["about_author_names"]

_ABOUT = re.compile(r"^\s*(?:über\s+(?:den|die)\s+autor(?:in|:in|\*in|innen)?|zum\s+autor|zur\s+autorin|"
                    r"about\s+the\s+authors?|à\s+propos\s+de\s+l['’]auteur(?:e)?|sobre\s+(?:el|la)\s+autora?|"
                    r"over\s+de\s+auteur)\s*:?\s*$", re.I)
# The biography's opening: the name, an age in brackets, then a verb of being
# or working ("ist", "is", "war", "schreibt", "works").
_OPENING = re.compile(r"^([^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3})\s*(?:\(\d{1,3}\)\s*)?,?\s+"
                      r"(?:ist|is|war|was|arbeitet|works|schreibt|writes|lebt|lives|est|es|studierte|studied)\b")
_MAX_SCAN = 3_000
_MAX_LABEL = 40
_MAX_AFTER = 12
_MAX_BIO = 2_000


def about_author_names(doc: Any, headline: Any = None) -> list[str]:
    """The writer named at the start of the biography after an "about the
    author" heading below the headline (from the top with none)."""
    start = following(headline, _MAX_SCAN) if headline is not None else doc.iter()
    for el in islice(start, _MAX_SCAN):
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or not el.text or not _ABOUT.match(el.text):
            continue
        if len(text_of(el, _MAX_LABEL)) > _MAX_LABEL or not _ABOUT.match(text_of(el, _MAX_LABEL, " ")):
            continue
        return _bio_opening(el)
    return []


def _bio_opening(label: Any) -> list[str]:
    """The name that opens the first text after ``label``: its bold or
    emphasised first words when they are a name, else the words before "ist" /
    "is" (two to four capitalised words, no job or place: :func:`plain_name`;
    "Die Autorin ist ..." names nobody)."""
    inside = set(label.iter())
    for el in islice(following(label, _MAX_AFTER * 4), _MAX_AFTER * 4):
        if el in inside or not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        text = text_of(el, _MAX_BIO // 4, " ")
        if not text:
            continue
        first = next((c for c in el if isinstance(c.tag, str)), None)
        if first is not None and first.tag in ("strong", "b", "em", "i", "a") and not (el.text or "").strip():
            names = plain_name(text_of(first, 80, " ").strip(" :,"))
            if names:
                return names
        m = _OPENING.match(text)
        return plain_name(m.group(1)) if m else []
    return []
