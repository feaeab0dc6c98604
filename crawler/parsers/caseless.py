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

    __slots__ = ("_found", "_lower", "_test", "exact")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        #: The pattern with ``re.IGNORECASE``: for a match's groups.
        self.exact = re.compile(pattern, flags | re.I)
        # The yes-or-no tests use the alternation grouped by first letter (:func:`factored`):
        # the same texts match, found several times faster.
        grouped = pattern if flags & re.VERBOSE else factored(pattern)
        self._test = re.compile(grouped, flags | re.I)  # (text that is not ASCII)
        safe = not _UNSAFE.search(_ESCAPE.sub("", pattern))
        self._lower = re.compile(grouped, flags) if safe else None
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
        return self._test.search(text) is not None

    def match(self, text: str) -> bool:
        if self._lower is not None and text.isascii():
            return self._lower.match(text.lower()) is not None
        return self._test.match(text) is not None


# Characters that stand for themselves in a pattern (not an operator, not a space,
# which a verbose pattern would drop).
_SPECIAL = frozenset("\\.^$*+?{}[]()|#")
_QUANTIFIERS = ("*", "+", "?", "{")
# Inline flags, a back-reference or a condition on a group (whose numbers the grouping
# would change): such a pattern is not regrouped.
_KEEP_AS_IS = re.compile(r"\(\?[a-zA-Z-]+[:)]|\\[1-9]|\(\?P=|\(\?\(")


def _top_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (outside groups and character sets)."""
    parts: list[str] = []
    depth, in_set, start, i = 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"  # a "]" first in a set is the character
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def factored(pattern: str) -> str:
    """``pattern`` with the top-level alternatives that open with the same literal
    character grouped under it: "cat|car|dog" is "ca(?:t|r)|dog" as "c(?:at|ar)|dog".
    Python's ``re`` tries an alternation's branches one by one at each place of the
    text, a case-insensitive branch at full cost; grouped, a place tries one branch a
    first letter. The grouped pattern matches the same strings at each place (each
    branch is still tried, after its first character), so whether it is found is the
    same; which branch matches first may differ (only :meth:`Caseless.search` and
    :meth:`Caseless.match`, which answer yes or no, use it). A pattern with inline
    flags, or a verbose one, is left as it is.

    >>> factored("cat|car|dog|(?:x|y)z|c+")
    'c(?:at|ar)|dog|(?:x|y)z|c+'
    >>> factored("[|a]b|ac|ad"), factored(r"(a)\\1|ab")
    ('a(?:c|d)|[|a]b', '(a)\\\\1|ab')
    """
    if _KEEP_AS_IS.search(pattern):
        return pattern
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for part in _top_alternatives(pattern):
        first = part[:1]
        if first and first not in _SPECIAL and not first.isspace() and not part.startswith(_QUANTIFIERS, 1):
            groups.setdefault(first, []).append(part[1:])
        else:
            rest.append(part)
    if all(len(tails) == 1 for tails in groups.values()):
        return pattern
    grouped = [first + (f"(?:{'|'.join(tails)})" if len(tails) > 1 else tails[0]) for first, tails in groups.items()]
    return "|".join(grouped + rest)
