"""A body cut into components: the chosen text's cousins of the same make.

Content systems build an article of components: one wrapper per text block
(Drupal "paragraphs", page-builder modules, Gutenberg groups), with an image,
a quote box or an ad slot as a component between them. The scorer sees each text
component as a candidate of its own and chooses the largest; its siblings are
added by :func:`container.choose_container`, but the other text components are
often not siblings: each sits one or two wrappers down in its own component
(``div.paragraph--text > div.editor``). Those cousins are found by their make:
the same tag and class at every level from a shared ancestor down to the text.
Work is one walk of that ancestor's children per level: linear in its size.
"""

from __future__ import annotations

from crawler.parsers.body.container import Page
from crawler.parsers.document import Element

__all__ = ["with_cousins"]

_MAX_LEVELS = 5             # wrappers climbed above the chosen text
_MIN_SHARE = 0.1           # of the chosen text's weight: a cousin less is a note (licence, sources)
_ABOVE = frozenset({"body", "html"})
_SCOPES = frozenset({"article", "main"})  # an article's components stay inside it


def _make(el: Element) -> tuple[str, str]:
    return el.tag, " ".join((el.get("class") or "").split())


def with_cousins(page: Page, chosen: list[Element]) -> list[Element]:
    """``chosen`` (one element) with its cousins of the same make that hold prose,
    in document order; ``chosen`` itself when there are none."""
    if len(chosen) != 1:
        return chosen
    unit = chosen[0]
    path = [_make(unit)]
    parent = ancestor = unit.getparent()
    for _ in range(_MAX_LEVELS):
        if ancestor is None or ancestor.tag in _ABOVE:
            break
        found = _same_make(ancestor, path)
        least = _MIN_SHARE * page.subtree.get(unit, 0.0)
        # (siblings are the sibling rule's, which weighs them by their scores)
        cousins = [el for el in found if el.getparent() is not parent and _holds_prose(page, el, least)]
        if cousins and any(cls for _, cls in path):
            keep = set(cousins)
            return [el for el in found if el is unit or el in keep]
        if ancestor.tag in _SCOPES:
            break
        path.insert(0, _make(ancestor))
        ancestor = ancestor.getparent()
    return chosen


def _same_make(ancestor: Element, path: list[tuple[str, str]]) -> list[Element]:
    """The elements below ``ancestor`` reached by ``path``, one make per level."""
    frontier = [ancestor]
    for make in path:
        frontier = [child for el in frontier for child in el
                    if isinstance(child.tag, str) and _make(child) == make]
    return frontier


def _holds_prose(page: Page, el: Element, least: float) -> bool:
    """Scored text, outside furniture, and not another article (no headline)."""
    return (page.subtree.get(el, 0.0) >= least and not page.in_furniture(el)
            and next(el.iter("h1"), None) is None)

