"""Text and link-text lengths of nested elements, each subtree read once.

The walk asks of every box it meets how much of its text is links. Read afresh
for each box (``string()`` and the links' text), boxes nested a hundred deep
re-read the same text a hundred times: a page of repeated unclosed ``<div>``s
took seconds (benchmarks/fuzz.py). :class:`TextLengths` gives the same two
numbers, ``len(string(el).strip())`` and :func:`~.container.link_length`, from
one bottom-up pass over the first subtree asked about, remembered for the
boxes below it.
"""

from __future__ import annotations

from typing import NamedTuple

from crawler.parsers.document import Element


class _Run(NamedTuple):
    """A piece of text as ``strip`` sees it: its length and its leading and
    trailing whitespace (both equal to the length when it is all whitespace)."""

    size: int
    lead: int
    trail: int

    def __add__(self, other: tuple[int, ...]) -> _Run:  # type: ignore[override]
        size, lead, trail = other
        return _Run(self.size + size,
                    self.lead if self.lead < self.size else self.size + lead,
                    trail if trail < size else size + self.trail)

    @property
    def stripped(self) -> int:
        return self.size - self.lead - self.trail if self.lead < self.size else 0


_EMPTY = _Run(0, 0, 0)


def _run(text: str | None) -> _Run:
    if not text:
        return _EMPTY
    return _Run(len(text), len(text) - len(text.lstrip()), len(text) - len(text.rstrip()))


class TextLengths:
    """``(text, link text)`` lengths, stripped, of the elements asked about.

    >>> from lxml import etree
    >>> root = etree.fromstring("<div> a <a>link</a> <div><a> b </a>c</div> </div>")
    >>> lengths = TextLengths()
    >>> lengths.of(root), lengths.of(root[1])
    ((11, 6), (3, 1))
    """

    def __init__(self) -> None:
        self._text: dict[Element, _Run] = {}
        self._links: dict[Element, _Run] = {}

    def of(self, el: Element) -> tuple[int, int]:
        if el not in self._text:
            self._read(el)
        return self._text[el].stripped, self._links[el].stripped

    def _read(self, top: Element) -> None:
        """Children before parents (reverse document order): each element's runs
        from its children's, already known."""
        text, links = self._text, self._links
        for el in reversed(list(top.iter())):
            if el in text:
                continue
            if not isinstance(el.tag, str):  # a comment: no text of its own, for string()
                text[el] = links[el] = _EMPTY
                continue
            own, inner = _run(el.text), _EMPTY
            for child in el:
                own = own + text[child] + _run(child.tail)
                inner = inner + (text[child] if child.tag == "a" else links[child])
            text[el], links[el] = own, inner
