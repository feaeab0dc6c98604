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

from typing import TypeAlias

from crawler.parsers.document import Element

#: A piece of text as ``strip`` sees it: ``(size, lead, trail)``, its length and its
#: leading and trailing whitespace (both equal to the length when it is all whitespace).
#: Plain tuples, added up inline below: this pass runs over every element the body
#: stage asks about, and a class with ``__add__`` cost a third of the body stage's time.
_Run: TypeAlias = tuple[int, int, int]
_EMPTY: _Run = (0, 0, 0)
_NONE = (0, 0, 0, 0, 0, 0)      # an element's text and link-text runs, both empty


class TextLengths:
    """``(text, link text)`` lengths, stripped, of the elements asked about.

    >>> from lxml import etree
    >>> root = etree.fromstring("<div> a <a>link</a> <div><a> b </a>c</div> </div>")
    >>> lengths = TextLengths()
    >>> lengths.of(root), lengths.of(root[1])
    ((11, 6), (3, 1))
    """

    def __init__(self) -> None:
        #: Each element's text run and link-text run, as one tuple: one dict lookup a
        #: child in the pass below instead of two.
        self._runs: dict[Element, tuple[int, int, int, int, int, int]] = {}

    def of(self, el: Element) -> tuple[int, int]:
        runs = self._runs.get(el)
        if runs is None:
            self._read(el)
            runs = self._runs[el]
        size, lead, trail, l_size, l_lead, l_trail = runs
        return (size - lead - trail if lead < size else 0,
                l_size - l_lead - l_trail if l_lead < l_size else 0)

    def size(self, el: Element) -> int:
        """``len(string(el))``, unstripped: the sum of the text sizes the runs add up."""
        if el not in self._runs:
            self._read(el)
        return self._runs[el][0]

    def _read(self, top: Element) -> None:
        """Children before parents (reverse document order): each element's runs
        from its children's, already known. Two runs join as ``a + b`` would, read
        as one text: ``(a.size + b.size, a.lead if a.lead < a.size else a.size + b.lead,
        b.trail if b.trail < b.size else b.size + a.trail)``."""
        known = self._runs
        for el in reversed(list(top.iter())):
            if el in known:
                continue
            if not isinstance(el.tag, str):  # a comment: no text of its own, for string()
                known[el] = _NONE
                continue
            text = el.text
            size, lead, trail = _run(text) if text else _EMPTY
            l_size = l_lead = l_trail = 0
            for child in el:
                c_size, c_lead, c_trail, c_l_size, c_l_lead, c_l_trail = known[child]
                lead = lead if lead < size else size + c_lead
                trail = c_trail if c_trail < c_size else c_size + trail
                size += c_size
                tail = child.tail
                if tail:
                    t_size, t_lead, t_trail = _run(tail)
                    lead = lead if lead < size else size + t_lead
                    trail = t_trail if t_trail < t_size else t_size + trail
                    size += t_size
                if child.tag != "a":
                    c_size, c_lead, c_trail = c_l_size, c_l_lead, c_l_trail
                l_lead = l_lead if l_lead < l_size else l_size + c_lead
                l_trail = c_trail if c_trail < c_size else c_size + l_trail
                l_size += c_size
            known[el] = (size, lead, trail, l_size, l_lead, l_trail)


def _run(text: str | None) -> _Run:
    """``(size, lead, trail)`` of a text; ``lstrip`` / ``rstrip`` (each a copy of the
    text) only when it starts / ends with whitespace."""
    if not text:
        return _EMPTY
    size = len(text)
    lead = size - len(text.lstrip()) if text[0].isspace() else 0
    if lead == size:
        return size, size, size
    return size, lead, (size - len(text.rstrip()) if text[-1].isspace() else 0)
