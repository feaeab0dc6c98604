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

:func:`with_opening` adds the text's opening part when the scorer chose the larger
part after it: prose blocks printed before the chosen text inside the same
``<article>`` (an intro field above a body of components), read off the siblings
of the chosen element and of its wrappers up to that ``<article>``; on a page set
in plain boxes, up to the box holding the headline, after the headline.
"""

from __future__ import annotations

import re
from itertools import islice

from crawler.parsers.body import boilerplate as bp
from crawler.parsers.body.container import Page, prose_part
from crawler.parsers.body.text import class_words
from crawler.parsers.document import Element

__all__ = ["with_cousins", "with_entries", "with_opening"]

_MAX_LEVELS = 6             # wrappers climbed above the chosen text
_MIN_SHARE = 0.1           # of the chosen text's weight: a cousin less is a note (licence, sources)
_ABOVE = frozenset({"body", "html"})
_SCOPES = frozenset({"article", "main"})  # an article's components stay inside it
_OPENING_LEVELS = 8        # wrappers between the chosen text and its <article>
_MAX_HEADINGS = 50         # headings looked at in a part before the text (teaser titles)
_OPENING_MIN = 150.0       # characters of prose in an opening part, at least...
_OPENING_PARAGRAPHS = 2    # ...in this many paragraphs (one is a standfirst's, see blocks)
_LEAD_WORDS = frozenset(bp.LEAD_TOKENS)


def _make(el: Element) -> tuple[str, str]:
    """``el``'s tag and classes, less the classes that name this one instance: its id
    as a class (Wix's "comp-lb3hx1qa") or a name ending in an instance's hash or number
    (:data:`_INSTANCE`: Elementor's "elementor-element-1b2c3d", Divi's "et_pb_text_0"): a
    page builder's components of one kind differ by them alone."""
    ident = el.get("id")
    return el.tag, " ".join(name for name in (el.get("class") or "").split()
                            if name != ident and _INSTANCE.search(name) is None)


# A class name's instance suffix: a hash or an id of four characters or more with a figure
# after "-" (Elementor's "elementor-element-1b2c3d", WordPress's "post-12345"), or a
# number after "_" (Divi's "et_pb_text_0"). A short number after "-" is a width, not an
# instance: "elementor-col-66" beside "elementor-col-33", "col-md-8" beside "col-md-4" are a
# main column and a sidebar, whose widgets are not one text's parts; so is a fraction
# after "_" (Divi's "et_pb_column_2_3" beside "et_pb_column_1_3").
_INSTANCE = re.compile(r"(?:-(?=[0-9a-f]*[0-9])[0-9a-f]{4,}|(?<![0-9])_[0-9]+)$", re.IGNORECASE)


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



def with_opening(page: Page, chosen: list[Element]) -> list[Element]:
    """``chosen`` with the prose blocks printed before it inside its ``<article>`` (or
    after the headline in the box holding it, :func:`_opening_scope`):
    siblings of the chosen element and of its wrappers, each with two paragraphs of
    prose or more (a tenth of the chosen text at least), outside furniture, a
    quarter links at most, no headline or ``<article>`` of its own, not a standfirst
    by its class (the standfirst is :func:`blocks._lead_before`'s)."""
    if not chosen:
        return chosen
    first = chosen[0]
    scope = _opening_scope(page, first)
    if scope is None:
        return chosen
    headline = page.headline
    least = max(_OPENING_MIN, _MIN_SHARE * sum(page.subtree.get(el, 0.0) for el in chosen))
    levels: list[list[Element]] = []
    el = first
    while el is not scope:
        parent = el.getparent()
        if parent is None:
            return chosen
        before = []
        for sib in parent:
            if sib is el:
                break
            if isinstance(sib.tag, str) and _opening_part(page, sib, least) \
                    and (scope.tag == "article" or _headed_part(headline, sib, scope)):
                before.append(sib)
        levels.append(before)
        el = parent
    extra = [sib for before in reversed(levels) for sib in before]
    return extra + chosen if extra else chosen


def _opening_scope(page: Page, first: Element) -> Element | None:
    """The ``<article>`` around ``first`` (up to :data:`_OPENING_LEVELS` wrappers), or,
    on a page whose story is set in plain boxes, the nearest of those wrappers that
    holds the page's headline: the story's own box, the headline and the text in it
    (only what follows the headline there is the text's opening)."""
    headline = page.headline
    headed = None
    for level, ancestor in enumerate(first.iterancestors()):
        if level >= _OPENING_LEVELS or ancestor.tag in _ABOVE:
            break
        if ancestor.tag == "article":
            return ancestor
        if headed is None and headline is not None and _holds(ancestor, headline):
            headed = ancestor
    return headed


def _headed_part(headline: Element | None, el: Element, scope: Element) -> bool:
    """An opening part of a story set in plain boxes: printed after the headline, and
    no list in it (the key points, a table of contents: a summary of the text, left
    out as the standfirst's rule leaves them out) nor a linked heading (a row of other
    stories' teaser cards between the headline and the text)."""
    return (next(el.iter("ul", "ol"), None) is None and not _linked_heading(el)
            and _after(headline, el, scope))


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _linked_heading(el: Element) -> bool:
    """A heading in ``el`` that is a link or holds one: another story's teaser title."""
    for heading in islice(el.iter(*_HEADINGS), _MAX_HEADINGS):
        if heading.find(".//a") is not None:
            return True
        node = heading.getparent()
        while node is not None and node is not el:
            if node.tag == "a":
                return True
            node = node.getparent()
    return False


def _after(headline: Element | None, el: Element, scope: Element) -> bool:
    """``el`` is printed after ``headline`` inside ``scope`` (in document order, not in it)."""
    node = headline
    while node is not None and node is not scope:
        if any(sib is el or _holds(sib, el) for sib in node.itersiblings()):
            return True
        node = node.getparent()
    return False


def _opening_part(page: Page, el: Element, least: float) -> bool:
    if page.in_furniture(el) or el in page.marked:
        return False
    if _LEAD_WORDS.intersection(class_words(f"{el.get('class') or ''} {el.get('id') or ''}"[:300])):
        return False
    return prose_part(page, el, least, _OPENING_PARAGRAPHS)


_ENTRY_LEVELS = 6           # wrappers climbed from the chosen text to a live blog's entry
_ENTRY_SIBLINGS = 500       # entries of a live blog read, at most
_ENTRY_HEAD = 300           # characters of an entry read for its time
_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)")
# A live blog's relative stamp ("12 min ago", "2 hours ago", "vor 3 Stunden", "il y a 5 minutes",
# "hace 2 horas"): minutes and hours, an entry's age on the day.
_AGO = re.compile(r"(?<!\d)\d+\s*(?:min|mins|minutes?|h|hrs?|hours?)\s+ago|vor\s+\d+\s+(?:minuten|stunden)"
                  r"|il y a\s+\d+\s+(?:minutes?|heures?)|hace\s+\d+\s+(?:minutos?|horas?)", re.IGNORECASE)


def with_entries(page: Page, chosen: list[Element], headline: Element | None) -> list[Element]:
    """On a live blog's page (the caller knows it: ``LiveBlogPosting``), ``chosen`` (one
    box, the scorer's pick: the longest entry) with the blog's other entries: the
    siblings of the entry holding it, of its make (:func:`_make`: tag and class less
    an instance's id), each stamped with its time (a ``<time>``, a clock time or an
    age in its first :data:`_ENTRY_HEAD` characters) and holding prose outside furniture, in
    document order. The entry is found climbing from the chosen box, up to
    :data:`_ENTRY_LEVELS` wrappers and never to a box holding the page's headline.
    ``chosen`` may be several siblings (the scorer's run of entries, which an ad or a
    teaser between them cut): the climb starts from the one with the most text, and
    those of them that are no entry stay, in document order."""
    parent = chosen[0].getparent() if chosen else None
    if parent is None or any(el.getparent() is not parent for el in chosen):
        return chosen
    node = max(chosen, key=lambda el: page.subtree.get(el, 0.0))
    for _ in range(_ENTRY_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in _ABOVE or (headline is not None and _holds(node, headline)):
            break
        make = _make(node)
        kept = set(chosen)
        entries = [el for el in parent[:_ENTRY_SIBLINGS] if isinstance(el.tag, str) and (el in kept or (
            _make(el) == make and _stamped(el) and (el is node or _holds_prose(page, el, 1.0))))]
        if len(entries) >= 2 and node in entries and len(entries) > len(chosen):
            return entries
        node = parent
    return chosen


def _holds(box: Element, el: Element) -> bool:
    return box is el or any(a is box for a in el.iterancestors())


def _stamped(el: Element) -> bool:
    """``el`` opens with a time: a ``<time>`` in it, or a clock time ("10:42", "9.05",
    "14h30") or an age ("2 hours ago", :data:`_AGO`) in its first :data:`_ENTRY_HEAD` characters."""
    if next(el.iter("time"), None) is not None:
        return True
    head = "".join(islice(el.itertext(), 40))[:_ENTRY_HEAD]
    return _CLOCK.search(head) is not None or _AGO.search(head) is not None
