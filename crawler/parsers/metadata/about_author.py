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

from crawler.parsers.caseless import Caseless
from crawler.parsers.metadata.authors import plain_name
from crawler.parsers.metadata.walk import OTHER_REGION, SKIP_TAGS, following, marks_of, story_of, text_of

__all__ = ["about_author_names"]

_ABOUT = Caseless(r"^\s*(?:über\s+(?:den|die)\s+autor(?:in|:in|\*in|innen)?|zum\s+autor|zur\s+autorin|"
                  r"about\s+the\s+authors?|à\s+propos\s+de\s+l['’]auteur(?:e)?|sobre\s+(?:el|la)\s+autora?|"
                  r"over\s+de\s+auteur)\s*:?\s*$")
# "... is the author of fifty books": the author of a book under its review.
_BOOK_AUTHOR = r"\s+(?i:the\s+author|autor(?:in)?\s+(?:des|der|von)|l['’]auteur|el\s+autor|la\s+autora)\b"
_BOLD_BOOK_AUTHOR = re.compile(r"^\s*(?:\(\d{1,3}\)\s*)?,?\s*(?:ist|is|war|was|est|es)" + _BOOK_AUTHOR)
# The biography's opening: the name, an age in brackets, then a verb of being
# or working ("ist", "is", "war", "schreibt", "works").
_OPENING = re.compile(r"^([^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3})\s*(?:\(\d{1,3}\)\s*)?,?\s+"
                      r"(?:ist|is|war|was|arbeitet|works|schreibt|writes|lebt|lives|est|es|studierte|studied)\b"
                      # not a book's author under its review ("X is the author of fifty books")
                      r"(?!" + _BOOK_AUTHOR + ")")
# First words of a phrase, not of a name: a determiner or pronoun ("This Book
# is", "Our Guest is", "Este Libro es", "Die Autorin ist"), and words for the
# book or guest a box presents.
_NOT_NAME_WORDS = frozenset(["this", "that", "these", "our", "the", "my", "your", "his", "her", "their", "its",
                             "el", "la", "los", "las", "este", "esta", "ese", "esa", "nuestro", "nuestra",
                             "ce", "cet", "cette", "notre", "le", "les", "der", "die", "das", "dieser", "diese",
                             "dieses", "unser", "unsere", "ein", "eine", "de", "het", "dit", "deze", "onze",
                             "book", "books", "buch", "libro", "livre", "boek", "guest", "gast", "invitado",
                             "invitada", "invité", "invitée", "author", "autor", "autorin", "auteur", "auteure"])
# Boxes of other pages' or other people's words: a sidebar (no <aside>), plus
# walk's comment, widget and related regions.
_SIDEBAR = re.compile(r"(?<!no-)(?<!has-)(?<!with-)(?<!without-)(?<!content-)sidebar", re.I)
_MAX_SCAN = 3_000
_MAX_LABEL = 40
_MAX_AFTER = 12
_MAX_BIO = 2_000


def about_author_names(doc: Any, headline: Any = None) -> list[str]:
    """The writer named at the start of the biography after an "about the
    author" heading below the headline (from the top with none), inside the
    headline's <article> / <main> when it has one, and not in a comment
    thread, a related box, a sidebar, an aside or a quote (:func:`_elsewhere`)."""
    if _of_a_book(doc):
        return []
    start = following(headline, _MAX_SCAN) if headline is not None else doc.iter()
    scope = story_of(headline)
    for el in islice(start, _MAX_SCAN):
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or not el.text or not _ABOUT.match(el.text):
            continue
        if len(text_of(el, _MAX_LABEL)) > _MAX_LABEL or not _ABOUT.match(text_of(el, _MAX_LABEL, " ")):
            continue
        if _elsewhere(el, headline, scope):
            return []
        return [n for n in _bio_opening(el) if n.split()[0].casefold() not in _NOT_NAME_WORDS
                and not any(w.casefold() in ("book", "buch", "libro", "livre", "guest") for w in n.split())]
    return []


# A page whose structured data describes a book or a review of one: its "About
# the author" box presents the book's author, not the reviewer.
_BOOK_TYPE = re.compile(r'"@type"\s*:\s*(?:\[[^\]]{0,200}?)?"(?:Book|Review)"')
_MAX_LD = 4
_MAX_LD_CHARS = 100_000


def _of_a_book(doc: Any) -> bool:
    scripts = doc.xpath("/descendant::script[@type='application/ld+json']")
    return any(_BOOK_TYPE.search((el.text or "")[:_MAX_LD_CHARS]) for el in islice(scripts, _MAX_LD))


def _elsewhere(label: Any, headline: Any, scope: Any) -> bool:
    """Whether the box of ``label`` is outside the story ``scope`` or in a
    region of other people's words or other pages below the box that holds
    the headline (a Blogger page's "widget Blog" wrapper holds the story)."""
    inner: set[Any] = set()  # the headline's boxes inside the story
    outer: set[Any] = set()  # the story and the boxes round it
    if headline is not None:
        for anc in headline.iterancestors():
            if anc is scope or outer:
                outer.add(anc)
            else:
                inner.add(anc)
    for node in label.iterancestors():
        if node in inner or node is scope:
            return False
        if node in outer or node.tag in ("body", "html"):
            return scope is not None
        marks = marks_of(node)
        if node.tag in SKIP_TAGS or (marks and (OTHER_REGION.search(marks) or _SIDEBAR.search(marks))):
            return True
    return scope is not None


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
            if names and _BOLD_BOOK_AUTHOR.match(first.tail or ""):
                return []  # "<b>Margaret Atwood</b> is the author of fifty books"
            if names:
                return names
        m = _OPENING.match(text)
        return plain_name(m.group(1)) if m else []
    return []
