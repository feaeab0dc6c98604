"""Names read from an element's joined text, cut where the page ends them.

A byline box read as one text runs on into the next element's words: "Von
<b>Jule Radeck</b> <time>Vom 3. Februar</time>" reads "Von Jule Radeck Vom 3.
Februar", and the name finder keeps "Jule Radeck Vom"; "<a>Holger Zschäpitz</a>
<div>Leitender Wirtschaftsredakteur</div>" gives "Holger Zschäpitz Leitender";
"<a>Jane Doe</a> <a>View author archive</a>" gives "Jane Doe View". The element
boundary is where the page ends the name: a name that runs past the end of the
text node it starts in, after two or more words, is cut there. The names read
after the cut come after the byline's end (a place line, "Kakuma / Kenia") and
go too, unless the rest is a name printed whole in the next element, with no
separator: a co-author ("<a>Jane Doe</a><a>John Roe</a>"). A name split by markup inside its first two words ("<b>Jane</b> Doe")
is kept as read.
"""

from __future__ import annotations

from typing import Any

from crawler.parsers.metadata.authors import clean_byline

__all__ = ["cut_at_chunks"]

_MAX_CHUNKS = 40
_MAX_PIECES = 200
_MAX_SECOND_WORDS = 3
_MAX_CHUNK = 300
_EDGE = " \t\n,;:|·•–—-/()"


def cut_at_chunks(el: Any, names: list[str]) -> list[str]:
    """``names`` (read from ``el``'s joined text), each one that runs on past the
    end of its own text node cut there, and the names after it dropped."""
    chunks = _chunks(el)
    if len(chunks) < 2:
        return names
    kept: list[str] = []
    for name in names:
        cut = _cut(name, chunks)
        if cut is None:
            kept.append(name)
            continue
        head, rest, whole_chunk = cut
        kept.append(head)
        if not (whole_chunk and _second_name(rest)):
            break
        kept.append(rest)
    return kept


def _second_name(text: str) -> bool:
    """Two or three capitalised words that read as a name on their own: a
    co-author printed in the next element with no separator ("<a>Jane
    Doe</a><a>John Roe</a>"), not a job ("Mitglied der Redaktion")."""
    words = text.split()
    return (2 <= len(words) <= _MAX_SECOND_WORDS and all(w[:1].isupper() for w in words)
            and clean_byline(text) == [text])


def _chunks(el: Any) -> list[str]:
    """The element's first text nodes, whitespace collapsed, case folded (the
    names are read from the start of the text: the rest may stay unread)."""
    chunks: list[str] = []
    for n, piece in enumerate(el.itertext()):
        if n >= _MAX_PIECES or len(chunks) >= _MAX_CHUNKS:
            break
        text = " ".join(piece[:_MAX_CHUNK].split()).strip(_EDGE).casefold()
        if text:
            chunks.append(text)
    return chunks


def _cut(name: str, chunks: list[str]) -> tuple[str, str, bool] | None:
    """The part of ``name`` that ends a text node and the rest, which starts the
    next one (and whether the rest is that whole text node); None when the name
    sits in one text node or the markup says nothing."""
    words = name.split()
    if len(words) < 3:
        return None
    folded = [w.casefold() for w in words]
    whole = " ".join(folded)
    if any(whole in chunk for chunk in chunks):
        return None
    for i, chunk in enumerate(chunks[:-1]):
        nxt = chunks[i + 1].split(maxsplit=1)[0]
        for k in range(len(words) - 1, 1, -1):
            head = " ".join(folded[:k])
            if nxt == folded[k] and (chunk == head or chunk.endswith(" " + head)):
                return " ".join(words[:k]), " ".join(words[k:]), chunks[i + 1] == " ".join(folded[k:])
    return None
