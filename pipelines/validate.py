"""ValidatePipeline (200): refuse records the archive must not hold, saying why.

Setting: ``CLIPPINGS_MIN_WORDS`` (default 40): the fewest words a stored body may have,
counted in any script (a Chinese or Japanese text, written without spaces, counts one word
per two Han or kana characters besides its punctuated runs, as ``count_words`` does).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from scrapy.crawler import Crawler

from crawler.items import Article, ArticlePage
from crawler.parsers.vocabulary import han_kana_words
from pipelines.exceptions import InvalidRecord

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_iso_date(value: str) -> bool:
    """``YYYY-MM-DD`` or a full ISO 8601 timestamp.

    >>> is_iso_date("2025-07-16"), is_iso_date("2025-07-16T08:00:00+02:00"), is_iso_date("July 16")
    (True, True, False)
    """
    try:
        if _ISO_DAY.match(value):
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def problems(article: Article, min_words: int) -> list[str]:
    """Everything wrong with a record, in words; empty when it may be stored."""
    found = []
    if not article.canonical_url.startswith(("http://", "https://")):
        found.append(f"canonical URL is not http(s): {article.canonical_url!r}")
    if not article.title:
        found.append("missing title")
    words = article.word_count
    if words < min_words:  # (a text in a script without spaces: its characters count too)
        words += han_kana_words(article.body)
    if words < min_words:
        found.append(f"body too short ({words} words, minimum {min_words})")
    for name in ("published", "modified"):
        value = getattr(article, name)
        if value is not None and not is_iso_date(value):
            found.append(f"{name} is not ISO 8601: {value!r}")
    return found


class ValidatePipeline:
    """Drop ArticlePage items whose record breaks the contract."""

    def __init__(self, min_words: int = 40) -> None:
        self.min_words = min_words

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(min_words=crawler.settings.getint("CLIPPINGS_MIN_WORDS", 40))

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticlePage):
            found = problems(item.article, self.min_words)
            if found:
                raise InvalidRecord("invalid record: " + "; ".join(found), log_level="INFO")
        return item
