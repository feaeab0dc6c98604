"""A recipe's ingredients and steps: the text of a page that declares a recipe.

A page whose structured data declares a schema.org ``Recipe`` prints its ingredient
list and its method as boxes of their own (a table of amounts, one wrapper per step)
beside the prose the scorer chooses (an introduction, a tip, a description written
for search engines): lines too short, or spread too thin, to score. Those boxes are
found by the words their class names share across recipe templates (WordPress
recipe plug-ins, publishers' own: ``ingredients``, ``instructions``, ``steps``) and
walked with the chosen text, in document order. A page whose class names say nothing
(generated names, none at all, or words in its own language) is read by its text instead:
the box that holds most of the ingredients its structured data lists, each printed as a
line of its own (a row, an entry: "125 g Mehl"), is the ingredient list. A few walks
of the page, each linear: one for the boxes named a part, and, where the structured
data lists them, one for the printed ingredients and one for the printed steps; the
boxes kept are put back in document order by their paths, not by another walk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from itertools import chain, islice
from typing import Any

from lxml import etree

from crawler.parsers.body.container import Page, contains, hidden_box
from crawler.parsers.body.text import class_words
from crawler.parsers.document import Element
from crawler.parsers.metadata.walk import in_marked_box

__all__ = ["Recipe", "recipe_of", "with_recipe"]

# Class words of a recipe's ingredient list and of its method: recipe plug-ins and
# publishers' templates name them in English whatever the page's language
# ("wprm-recipe-ingredients", "tasty-recipes-instructions", "recipe-method",
# "steps-list"); German templates also in German ("zutaten", "zubereitung").
_PART_WORDS = frozenset({"ingredients", "instructions", "directions", "steps", "method",
                         "zutaten", "zubereitung"})
_MAX_NODES = 200            # JSON-LD nodes read for a Recipe type
_MAX_INGREDIENTS = 100      # ingredients of the structured data read
_MIN_FOUND = 3              # ingredients printed as lines of their own that find the list
_FOUND_SHARE = 0.5          # ... and at least this share of those the structured data lists
_HELD_SHARE = 0.8           # of the ingredients found, those the list's box holds (groups: "for the dough", "for the filling")
_LINE_ELEMENTS = 8          # elements of a box read as one printed line at most ("<tr><td>125 g</td><td>Mehl</td></tr>")
_LINE_CHARS = 200           # characters of an ingredient read
_LABEL_LEVELS = 3           # boxes around the ingredient list read for its heading
_LABEL_CHARS = 120          # letters and digits those boxes may add
_LABEL_TEXTS = 2000         # texts of such a box read
_LABEL_LIMIT = 20000        # letters and digits of the ingredient list counted
_MAX_STEPS = 100            # steps of the structured data read
_STEP_CHARS = 2000          # letters and digits of a step kept
_STEPS_CHARS = 20000        # letters and digits of all steps kept (each a window of the lookup: a few ms)
_WINDOW = 24                # letters and digits of a text that find the step it opens or goes on with
_MIN_STEPS = 2              # steps found that find the method's box
_PIECE_CHARS = 2000         # characters of each text of a printed line read (its spaces too)


_NOT_ALNUM = re.compile(r"[\W_]+")
# A step's end in ``recipeInstructions`` given as one text: a line break, or the HTML
# some sites write into it ("<ol><li>Preheat...</li><li>Mix...</li></ol>"); the other
# tags of a step ("<b>20 minutes</b>") are read as spaces.
_STEP_BREAK = re.compile(r"</?(?:p|li|ol|ul|div|br|h[1-6])\b[^<>]{0,300}>|[\r\n]+", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")
# Elements an ingredient is printed in as a line of its own: a list's entry, a table's
# row or cell, a box, a label, a link to the ingredient's page.
_LINE_TAGS = ("li", "tr", "td", "th", "dd", "dt", "div", "p", "span", "label", "a", "strong", "b")


@dataclass(frozen=True, slots=True)
class Recipe:
    """A recipe the page declares: the ingredients its JSON-LD lists (keys: :func:`_key`)."""

    ingredients: frozenset[str] = frozenset()
    steps: tuple[str, ...] = ()
    """The keys of the method's steps (``recipeInstructions``), each cut to :data:`_STEP_CHARS`."""


def recipe_of(nodes: list[dict[str, Any]], doc: Element, text: Element | None = None) -> Recipe | None:
    """The recipe the page's JSON-LD or microdata declares (schema.org ``Recipe``), or
    the one printed around the chosen ``text`` (:func:`_printed_recipe`, in the box
    :data:`_PRINTED_LEVELS` levels above it: the recipe card beside the prose), or ``None``."""
    for node in nodes[:_MAX_NODES]:
        kind = node.get("@type")
        if kind == "Recipe" or (isinstance(kind, list) and "Recipe" in kind):
            listed = node.get("recipeIngredient")
            listed = listed if isinstance(listed, list) else []
            keys = (_key(unescape(item[:_LINE_CHARS])) for item in listed[:_MAX_INGREDIENTS] if isinstance(item, str))
            return Recipe(frozenset(key for key in keys if len(key) >= 2), _step_keys(node.get("recipeInstructions")))
    if doc.xpath("boolean(.//*/@itemtype[contains(., 'schema.org/Recipe')])"):
        return Recipe()
    if text is not None and _printed_recipe(_around(text, doc)):
        return Recipe()
    return None


_PRINTED_LEVELS = 4         # boxes above the chosen text searched for a recipe's parts


def _around(text: Element, doc: Element) -> Element:
    """The box :data:`_PRINTED_LEVELS` levels above ``text`` (``doc`` at most)."""
    box = text
    for _ in range(_PRINTED_LEVELS):
        parent = box.getparent()
        if box is doc or parent is None:
            break
        box = parent
    return box


# A recipe no structured data declares: the hRecipe microformat, or the two parts
# of one printed in boxes named so, the ingredient list a list of a few entries.
_MICROFORMAT_CLASSES = frozenset({"hrecipe", "h-recipe"})
_INGREDIENT_CLASSES = ".//@class[contains(., 'ngredient') or contains(., 'utaten')]"
_METHOD_BOXES = (".//*[contains(@class, 'nstruction') or contains(@class, 'irection') or contains(@class, 'ethod')"
                 " or contains(@class, 'teps') or contains(@class, 'ubereitung')]")
_INGREDIENT_WORDS = frozenset({"ingredient", "ingredients", "zutaten"})
_METHOD_WORDS = frozenset({"instructions", "directions", "method", "steps", "zubereitung"})
_MIN_ENTRIES = 3            # entries of a named ingredient list that make a recipe of it
_NAMED_BOXES = 50           # boxes named a part read


def _printed_recipe(box: Element) -> bool:
    """``box`` prints a recipe no structured data declares: an hRecipe (``class="h-recipe"``
    around or in it, its ingredients named), or a box named an ingredient list holding a
    list of :data:`_MIN_ENTRIES` entries or more and a box named a method ("instructions",
    "directions", "steps", "Zubereitung"). One named box alone is no recipe: a product's
    ingredients, a tutorial's steps. Bounded: :data:`_NAMED_BOXES` of each; most pages
    name no ingredient, and one attribute search says so."""
    named = box.xpath(_INGREDIENT_CLASSES)
    if not named:
        return False
    if any(_MICROFORMAT_CLASSES.intersection((el.get("class") or "").split())
           for el in chain((box,), box.iterancestors(), box.iterdescendants())):
        return True
    if not any(_INGREDIENT_WORDS.intersection(class_words(value[:300]))
               and len(list(islice(value.getparent().iter("li", "tr"), _MIN_ENTRIES))) == _MIN_ENTRIES
               for value in named[:_NAMED_BOXES]):
        return False
    return any(_METHOD_WORDS.intersection(class_words((el.get("class") or "")[:300]))
               for el in islice(box.xpath(_METHOD_BOXES), _NAMED_BOXES))


def _step_keys(instructions: Any) -> tuple[str, ...]:
    """The keys of a recipe's steps: ``recipeInstructions`` as one text (a step a
    line, an HTML paragraph or list entry), a list of texts, of ``HowToStep`` objects
    (their ``text``) or of ``HowToSection`` objects (their ``itemListElement``); HTML's
    entities read as their characters. Bounded: :data:`_MAX_STEPS` steps, the first
    :data:`_STEPS_CHARS` letters and digits of them (whole steps)."""
    texts: list[str] = []
    pending = [instructions]
    while pending and len(texts) < _MAX_STEPS:
        item = pending.pop()
        if isinstance(item, str):  # (split only as far as the steps kept)
            texts.extend(islice((line for line in _step_lines(item) if line.strip()), _MAX_STEPS - len(texts)))
        elif isinstance(item, list):
            pending.extend(reversed(item[:_MAX_STEPS]))
        elif isinstance(item, dict):
            pending.append(item.get("text") if item.get("text") else item.get("itemListElement"))
    keys = (_key(unescape(_TAG.sub(" ", text[:_STEP_CHARS * 2])))[:_STEP_CHARS] for text in texts[:_MAX_STEPS])
    kept: list[str] = []
    budget = _STEPS_CHARS
    for key in keys:
        if len(key) < _WINDOW:
            continue
        if len(key) > budget:
            break
        kept.append(key)
        budget -= len(key)
    return tuple(kept)


def _step_lines(text: str) -> Iterator[str]:
    """The pieces of ``text`` between its step ends (:data:`_STEP_BREAK`), as
    ``_STEP_BREAK.split`` gives them, one at a time: the caller stops at the cap."""
    start = 0
    for end in _STEP_BREAK.finditer(text):
        yield text[start:end.start()]
        start = end.end()
    yield text[start:]


def _key(text: str) -> str:
    """Letters and digits of ``text``, lower-cased: "125 g Mehl" and "125&nbsp;g Mehl" alike."""
    return _NOT_ALNUM.sub("", text.lower())


def _ingredient_list(page: Page, ingredients: frozenset[str]) -> Element | None:
    """The innermost box holding most of the ``ingredients`` found printed as lines of
    their own (an element of a few elements whose text is one ingredient), or ``None``
    when fewer than :data:`_MIN_FOUND` (or less than :data:`_FOUND_SHARE` of them) are.
    Linear: each element's text is read only when it has at most
    :data:`_LINE_ELEMENTS` elements; each found line counts once on each of its ancestors.
    Lines a reader does not see as the recipe's are not counted (:func:`_shown`)."""
    found: list[tuple[Element, str]] = []
    hidden: dict[Element, bool] = {}
    for el in page.root.iter(_LINE_TAGS):
        if len(list(islice(el.iter(), _LINE_ELEMENTS + 1))) > _LINE_ELEMENTS:
            continue
        # each piece cut, not the whole: a template's indentation would fill a cut of the joined text
        key = _key("".join([piece[:_PIECE_CHARS] for piece in islice(el.itertext(), 4 * _LINE_ELEMENTS)]))
        if key in ingredients and _shown(page, el, hidden):
            found.append((el, key))
    return _holder(page.root, found, max(_MIN_FOUND, _FOUND_SHARE * len(ingredients)))


def _steps_box(page: Page, steps: tuple[str, ...]) -> Element | None:
    """The innermost box holding most of the recipe's ``steps`` found printed (a text of
    the page whose first :data:`_WINDOW` letters and digits are a step's: a step's
    number, a picture or a progress bar may be printed between its sentences), or
    ``None`` when fewer than :data:`_MIN_STEPS` (or less than :data:`_FOUND_SHARE`
    of them) are. Linear: each text of the page is looked up once, by its opening.
    Texts a reader does not see as the recipe's (:func:`_shown`) and the text of a
    link (a table of contents' jump to a step, a teaser quoting one) are not counted."""
    windows: dict[str, str] = {}
    for key in steps:
        for start in range(len(key) - _WINDOW + 1):
            windows.setdefault(key[start:start + _WINDOW], key)
    found: list[tuple[Element, str]] = []
    hidden: dict[Element, bool] = {}
    for el in page.root.iter(etree.Element):
        if el.tag in ("script", "style", "title"):
            continue
        pieces = [el.text] + [child.tail for child in el]
        for at, piece in enumerate(pieces):
            if not piece or len(piece) < _WINDOW or (at == 0 and el.tag == "a"):
                continue
            step = windows.get(_key(piece[:_PIECE_CHARS])[:_WINDOW])
            if step is not None and _shown(page, el, hidden):
                found.append((el, step))
    return _holder(page.root, found, max(_MIN_STEPS, _FOUND_SHARE * len(steps)))


def _shown(page: Page, el: Element, hidden: dict[Element, bool]) -> bool:
    """``el`` is shown as the page's own text: not in a hidden box (a print copy styled
    ``display:none``, a shopping list's pop-up) and not in furniture (a sidebar, a
    widget named so). Linear: each box's hidden state is read once (``hidden``)."""
    return not in_marked_box(el, hidden_box, hidden) and not page.in_furniture(el)


def _holder(root: Element, found: list[tuple[Element, str]], least: float) -> Element | None:
    """The innermost box holding :data:`_HELD_SHARE` of the parts found (elements
    with the part each prints), with the few short lines around it (its heading);
    ``None`` when fewer than ``least`` parts are found."""
    named = {key for _, key in found}
    if len(named) < least:
        return None
    # each ancestor: the parts found below it (an ancestor that has one already
    # has it on all of its own); the deepest holding most of them
    below: dict[Element, set[str]] = {}
    depth: dict[Element, int] = {}
    for el, key in found:
        for ancestor in (el, *el.iterancestors()):
            held = below.setdefault(ancestor, set())
            if key in held:
                break
            held.add(key)
    need = max(least, _HELD_SHARE * len(named))
    best: Element | None = None
    for box, held in below.items():
        if len(held) < need:
            continue
        level = depth.setdefault(box, sum(1 for _ in box.iterancestors()))
        if best is None or level > depth[best]:
            best = box
    # the parts printed in full in two boxes apart (a listing's cards, a copy in a
    # widget): which is the recipe's the text does not say
    if best is not None:
        outer = set(best.iterancestors())
        if any(box is not best and box not in outer for box in depth):
            return None
    # with the list's heading and labels ("Ingredients", "for 12 pieces"): the boxes
    # around it that add a few short lines and no link or button (a rating, "Print")
    # (bounded: a few levels, text read once each)
    if best is None:
        return None
    size = _key_length(best, _LABEL_LIMIT)
    for _ in range(_LABEL_LEVELS):
        parent = best.getparent()
        if parent is None or parent is root:
            break
        around = _key_length(parent, size + _LABEL_CHARS)
        if around > size + _LABEL_CHARS or _controls_beside(parent, best):
            break
        best, size = parent, around
    return best


# Elements a box of controls is made of: a rating's stars, "Print" and "Pin it" buttons,
# a servings switch. A heading or a label ("Ingredients", "For the dough:") has none.
_CONTROL_TAGS = ("a", "button", "input", "select", "form")


def _controls_beside(parent: Element, inner: Element) -> bool:
    """``parent`` has a link or a control outside ``inner`` (its first
    :data:`_LABEL_TEXTS` such elements looked at, each by its ancestors: bounded)."""
    return any(not contains(inner, el) for el in islice(parent.iter(_CONTROL_TAGS), _LABEL_TEXTS))


def _beside(box: Element, chosen: list[Element]) -> bool:
    """``box`` is in the ``<main>`` (or ``role=main``) holding the chosen text (or
    being it), where the chosen text is in one: a box outside it (a sidebar, a shop's widget, a
    teaser under the page) is not the recipe's the text goes with."""
    mains = {ancestor for el in chosen for ancestor in (el, *el.iterancestors())
             if ancestor.tag == "main" or ancestor.get("role") == "main"}
    return not mains or any(ancestor in mains for ancestor in box.iterancestors()) or box in mains


def _key_length(el: Element, limit: int) -> int:
    """Letters and digits in ``el``'s text, counted until past ``limit`` (bounded)."""
    count = 0
    for piece in islice(el.itertext(), _LABEL_TEXTS):
        count += len(_key(piece[:_PIECE_CHARS]))
        if count > limit:
            break
    return count


def with_recipe(page: Page, chosen: list[Element], recipe: Recipe | None = None) -> list[Element]:
    """``chosen`` with the recipe's ingredient and step boxes outside it, in
    document order (the outermost box of each, outside furniture): boxes named so, and
    the boxes printing the ingredients and the steps the structured data lists where no
    box is named so (:func:`_ingredient_list`, :func:`_steps_box`)."""
    if not chosen:
        return chosen
    taken = set(chosen)
    around = {ancestor for el in chosen for ancestor in el.iterancestors()}
    named = [el for el in page.root.iter(etree.Element)
             if (value := el.get("class")) and _PART_WORDS.intersection(class_words(value[:300]))]
    # the boxes found by the structured data's text stand in for a part no class names:
    # one around or inside a box named a part is that part, read as named
    listed = {box for box in (
        _ingredient_list(page, recipe.ingredients) if recipe and recipe.ingredients else None,
        _steps_box(page, recipe.steps) if recipe and recipe.steps else None)
        if box is not None and not any(contains(box, el) or contains(el, box) for el in named)
        and _beside(box, chosen)}
    if listed:
        named = _in_order(page.root, listed.union(named))
    parts: list[Element] = []
    for el in named:
        if el in taken or el in around or (parts and contains(parts[-1], el)):
            continue            # the chosen text, around it, or inside the box just taken
        if any(ancestor in taken for ancestor in el.iterancestors()) or page.in_furniture(el):
            continue
        parts.append(el)
    if not parts:
        return chosen
    return _in_order(page.root, set(parts) | set(chosen))


def _in_order(root: Element, elements: set[Element]) -> list[Element]:
    """``elements`` (inside ``root``, or ``root``) in document order, sorted by each
    one's path from ``root`` (its place among its parent's children, level by level),
    not by a walk of the page: each box above them has its children numbered once
    (linear in those children); an element outside ``root`` is left out."""
    numbered: dict[Element, dict[Element, int]] = {}
    paths: dict[Element, list[int]] = {}
    for el in elements:
        path: list[int] = []
        node = el
        while node is not root:
            parent = node.getparent()
            if parent is None:
                break
            places = numbered.get(parent)
            if places is None:
                places = numbered[parent] = {child: at for at, child in enumerate(parent)}
            path.append(places[node])
            node = parent
        if node is root:
            paths[el] = path[::-1]
    return sorted(paths, key=paths.__getitem__)
