"""A recipe's ingredients and steps: the text of a page that declares a recipe.

A page whose structured data declares a schema.org ``Recipe`` prints its ingredient
list and its method as boxes of their own (a table of amounts, one wrapper per step)
beside the prose the scorer chooses (an introduction, a tip, a description written
for search engines): lines too short, or spread too thin, to score. Those boxes are
found by the words their class names share across recipe templates (WordPress
recipe plug-ins, publishers' own: ``ingredients``, ``instructions``, ``steps``) and
walked with the chosen text, in document order. One walk of the page: linear.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from crawler.parsers.body.container import Page, contains
from crawler.parsers.body.text import class_words
from crawler.parsers.document import Element

__all__ = ["is_recipe", "with_recipe"]

# Class words of a recipe's ingredient list and of its method: recipe plug-ins and
# publishers' templates name them in English whatever the page's language
# ("wprm-recipe-ingredients", "tasty-recipes-instructions", "recipe-method",
# "steps-list"); German templates also in German ("zutaten", "zubereitung").
_PART_WORDS = frozenset({"ingredients", "instructions", "directions", "steps", "method",
                         "zutaten", "zubereitung"})
_MAX_NODES = 200            # JSON-LD nodes read for a Recipe type


def is_recipe(nodes: list[dict[str, Any]], doc: Element) -> bool:
    """The page's JSON-LD or microdata declares a schema.org ``Recipe``."""
    for node in nodes[:_MAX_NODES]:
        kind = node.get("@type")
        if kind == "Recipe" or (isinstance(kind, list) and "Recipe" in kind):
            return True
    return bool(doc.xpath("boolean(.//*/@itemtype[contains(., 'schema.org/Recipe')])"))


def with_recipe(page: Page, chosen: list[Element]) -> list[Element]:
    """``chosen`` with the recipe's ingredient and step boxes outside it, in
    document order (the outermost box of each, outside furniture)."""
    if not chosen:
        return chosen
    taken = set(chosen)
    around = {ancestor for el in chosen for ancestor in el.iterancestors()}
    parts: list[Element] = []
    for el in page.root.iter(etree.Element):
        value = el.get("class")
        if not value or not _PART_WORDS.intersection(class_words(value[:300])):
            continue
        if el in taken or el in around or (parts and contains(parts[-1], el)):
            continue            # the chosen text, around it, or inside the box just taken
        if any(ancestor in taken for ancestor in el.iterancestors()) or page.in_furniture(el):
            continue
        parts.append(el)
    if not parts:
        return chosen
    keep = set(parts) | set(chosen)
    return [el for el in page.root.iter(etree.Element) if el in keep]
