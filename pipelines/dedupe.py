"""DedupePipeline (300): one record per article per crawl.

The same article reached under two URLs (a redirect, a tracking variant the site
did not canonicalise, a print view with a canonical link) is stored once, under its
canonical URL; the later copies are dropped as duplicates, naming the first.
Across crawls, the archive itself tells new versions from unchanged ones.
"""

from __future__ import annotations

from typing import Any

from crawler.items import ArticlePage
from pipelines.exceptions import DuplicateRecord


class DedupePipeline:
    """Drop an ArticlePage whose canonical URL was already seen in this crawl."""

    def __init__(self) -> None:
        self.first_url: dict[str, str] = {}

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticlePage):
            key = item.article.canonical_url
            if key in self.first_url:
                raise DuplicateRecord(f"duplicate of {self.first_url[key]}", log_level="INFO")
            self.first_url[key] = item.article.url
        return item
