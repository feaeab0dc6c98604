"""The article's tag list: links in a box marked as tags or keywords, or ``rel=tag``."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from crawler.parsers.metadata.authors import dedupe
from crawler.parsers.metadata.walk import LETTERS, has_ancestor, story_scope, text_of

_TAG_CLASS = re.compile(r"(?:^|[\s_-])(?:tags|tag-?list|keywords|topics|schlagworte|themen)(?:$|[\s_-])",
                        re.I)


# The children of a box whose class may name a tag list (narrowed by ``_TAG_CLASS``);
# through the attribute axis, as ``selectors.ITEMPROP_HOLDERS`` (``./*[contains(@class,
# ..) or ..]`` reads the class once per test).
_TAG_BOXES = etree.XPath("*/@class[contains(., 'tag') or contains(., 'Tag') or contains(., 'keyword')"
                         " or contains(., 'topic') or contains(., 'Topic')"
                         " or contains(., 'schlagw') or contains(., 'themen')]/..")


def _is_tag_rel(rel: str | None) -> bool:
    """``rel=tag``, but not WordPress's ``rel="category tag"`` (a category link)."""
    words = (rel or "").lower().split()
    return "tag" in words and "category" not in words


def find_tags(doc: Any, headline: Any = None) -> list[str]:
    """A visible tag list: ``rel=tag`` links (not ``rel="category tag"``), else links
    in a "tags" / "keywords" / "topics" box inside the headline's story (its
    <article> / <main>, else the element holding its text; not a tag cloud or
    sidebar)."""
    links = [a for a in doc.xpath("/descendant::a[@rel]") if _is_tag_rel(a.get("rel"))]
    if not links and headline is not None:
        scope = story_scope(headline)
        found = _TAG_BOXES(scope) if scope is not None else []
        boxes = [el for el in found[:50]
                 if _TAG_CLASS.search(el.get("class") or "")
                 and "cloud" not in (el.get("class") or "").lower()]
        links = [a for box in boxes[:2] if not has_ancestor(box, ("aside", "nav", "footer"))
                 for a in box.iter("a")]
    tags: list[str] = []
    for link in links[:40]:
        text = text_of(link, 60).lstrip("#").strip()
        if text and len(text) <= 40 and LETTERS.search(text):
            tags.append(text)
    return dedupe(tags)
