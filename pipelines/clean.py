"""CleanPipeline (100): the last tidy-up of a record before it is judged and stored.

The parsers already return clean values; this pass guarantees the invariants the
archive relies on whatever parser produced the record: no stray whitespace, empty
strings as null, authors and tags deduplicated, word count and content hash
consistent with the final title and body.
"""

from __future__ import annotations

import re
from typing import Any

from crawler.items import Article, ArticlePage, content_hash
from crawler.parsers.vocabulary import dedupe, word_count

_SPACE = re.compile(r"\s+")
_OPTIONAL_TEXT = ("description", "section", "published", "modified", "language", "image")


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and strip.

    >>> squash("  Two\\n  words ")
    'Two words'
    """
    return _SPACE.sub(" ", text).strip()


def unique(values: list[str]) -> list[str]:
    """Non-empty values, whitespace squashed, first spelling kept, case-insensitive.

    >>> unique(["Ann Lee", "ann  lee", "", "Bo"])
    ['Ann Lee', 'Bo']
    """
    return dedupe(squashed for value in values if (squashed := squash(value)))


def clean_article(article: Article) -> Article:
    """Apply the record invariants in place and return the record."""
    article.title = squash(article.title)
    for name in _OPTIONAL_TEXT:
        value = getattr(article, name)
        setattr(article, name, squash(value) or None if isinstance(value, str) else value)
    article.authors = unique(article.authors)
    article.tags = unique(article.tags)
    blocks = [b for b in article.body_blocks if b.text.strip()]
    for block in blocks:
        if block.type != "pre":
            block.text = squash(block.text)
    article.body_blocks = blocks
    article.body = "\n\n".join(b.text for b in blocks) if blocks else article.body.strip()
    article.word_count = word_count(article.body)
    article.content_hash = content_hash(article.title, article.body)
    return article


class CleanPipeline:
    """Normalise every ArticlePage's record; other items pass through untouched."""

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticlePage):
            clean_article(item.article)
        return item
