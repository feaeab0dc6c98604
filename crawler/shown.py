"""A value the user gave (a query, a URL, a file name, a setting), as an error
message shows it: on one line and of bounded length, whatever it holds.

An error line is read on a terminal and kept in logs: a 30,000-character query
or a file name with a newline in it must neither flood it nor split it in two.
"""

from __future__ import annotations

import os
import re

#: Characters of a value an error shows; a longer one is cut and ends in "…".
SHOWN_CHARS = 100

# A lone surrogate as repr() writes it (an undecodable byte of an argument or a
# file name, kept by Python as U+DC80..U+DCFF), not preceded by an escaped "\".
_SURROGATE = re.compile(r"(?<!\\)((?:\\\\)*)\\udc([89a-f][0-9a-f])")


def shown(value: str | bytes, *, bare: bool = False, limit: int = SHOWN_CHARS) -> str:
    """``value`` quoted as Python's ``repr`` does (control characters escaped, so
    it is one line; ``''`` for an empty one), its undecodable bytes as ``\\xNN``,
    and cut after ``limit`` characters with "…" after the closing quote.

    With ``bare`` (a name: a file, a URL), a value that needs no quotes (printable,
    not empty, no spaces at its ends) is shown as it is, and a long one keeps its
    start and its end (a path's file name) around "…".
    """
    if isinstance(value, bytes):
        value = value.decode("utf-8", "surrogateescape")
    if not bare:
        return _quoted(value[:limit]) + ("…" if len(value) > limit else "")
    if len(value) > limit:
        tail = limit // 3
        value = f"{value[:limit - tail]}…{value[-tail:]}"
    plain = bool(value) and value.isprintable() and value == value.strip()
    return value if plain else _quoted(value)


def _quoted(value: str) -> str:
    return _SURROGATE.sub(r"\1\\x\2", repr(value))


def shown_path(path: str | os.PathLike[str]) -> str:
    """A file or folder name as an error shows it: bare when it can be, and with
    room for a few folders before its name."""
    return shown(os.fspath(path), bare=True, limit=2 * SHOWN_CHARS)


def shown_value(value: object) -> str:
    """Any value a user gave (a TOML site list's, a ``-s`` JSON table's) as an error
    shows it: text quoted (:func:`shown`), anything else as its ``repr``, bounded."""
    return shown(value) if isinstance(value, str) else shown(repr(value), bare=True)
