"""Case-insensitive patterns, tested on ASCII text the cheap way.

Python's ``re`` tries a case-insensitive alternation ("caption|gallery|...")
word by word, folding the case of each character it compares; on ASCII text the
same question is the pattern without ``re.IGNORECASE`` over the text in lower
case, found about three times faster. Class and id values, the strings the
stages test most often (every ancestor of every line the header scan reads),
are nearly all ASCII; other text takes the case-insensitive pattern.

The answers are the same: for ASCII text, lower-casing maps exactly the letters
that case folding would match, and keeps every position. A pattern that names
a capital letter, a character by its code, or scoped flags could tell the two
apart; it gets no fast path (every text takes the exact pattern).

The same class and id values are asked about again and again (each element's by
every line of the header scan that holds it, the same template's classes on every
page of a site): four in five :meth:`Caseless.search` calls on the Zyte pages
repeat a question already answered, so the answers to short texts are kept (a
bounded table, emptied when full).
"""

from __future__ import annotations

import re

__all__ = ["Caseless"]

# What could make the lower-cased text answer differently: a capital letter outside
# an escape, a character given by its code (``\x41``, ``\u0041``, ``\N{...}``, octal),
# inline flags (``(?-i:...)``), or one of the letters whose case folds to an ASCII
# letter's (the long s, the Kelvin sign, the dotted and dotless i).
_UNSAFE = re.compile(r"\\[xuUN0-7]|\(\?[a-zA-Z-]+[:)]|[A-Z\u017f\u212a\u0130\u0131]")
_ESCAPE = re.compile(r"\\[^xuUN0-7]")
# The answers :meth:`Caseless.search` keeps: texts of at most this many characters
# (class and id values), at most this many of them a pattern.
_KEPT_CHARS = 200
_KEPT_ANSWERS = 4096


class Caseless:
    """A pattern matched ignoring case; :meth:`search` and :meth:`match` say whether
    it is found (a bool: the text searched may be the lower-cased copy).

    >>> hint = Caseless(r"caption|photo-?credit")
    >>> hint.search("Figure-Caption"), hint.search("Größe CAPTION"), hint.search("story")
    (True, True, False)
    """

    __slots__ = ("_found", "_lower", "exact")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        #: The pattern with ``re.IGNORECASE``: for text that is not ASCII, and for a match's groups.
        self.exact = re.compile(pattern, flags | re.I)
        safe = not _UNSAFE.search(_ESCAPE.sub("", pattern))
        self._lower = re.compile(pattern, flags) if safe else None
        #: :meth:`search`'s answers to texts of at most ``_KEPT_CHARS`` characters.
        self._found: dict[str, bool] = {}

    def search(self, text: str) -> bool:
        found = self._found.get(text)
        if found is None:
            found = self._search(text)
            if len(text) <= _KEPT_CHARS:
                if len(self._found) >= _KEPT_ANSWERS:
                    self._found.clear()
                self._found[str(text)] = found  # (a plain str: an lxml "smart" string holds its tree)
        return found

    def _search(self, text: str) -> bool:
        if self._lower is not None and text.isascii():
            return self._lower.search(text.lower()) is not None
        return self.exact.search(text) is not None

    def match(self, text: str) -> bool:
        if self._lower is not None and text.isascii():
            return self._lower.match(text.lower()) is not None
        return self.exact.match(text) is not None
