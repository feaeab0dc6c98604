"""Feed exporters for ``scrapy crawl articles -O out.jsonl``: one Article record
per article, the same records ``clippings export`` writes.

The spider's items carry the raw response (``bytes``, for the WARC file) and
fetch bookkeeping that the archive keeps in its ``fetches`` table; Scrapy's
stock exporters would try to serialise all of it. These export an
:class:`~crawler.items.ArticlePage` as ``article.to_dict()`` and skip the other
items. In CSV, lists and dicts are JSON text, as in ``clippings export``.
"""

from __future__ import annotations

import json
from typing import Any

from scrapy.exporters import (
    CsvItemExporter,
    JsonItemExporter,
    JsonLinesItemExporter,
    XmlItemExporter,
)

from crawler.items import ARTICLE_FIELDS, ArticlePage


class ArticleRecords:
    """Mixin for a Scrapy item exporter: articles as records, nothing else."""

    def export_item(self, item: Any) -> None:
        if isinstance(item, ArticlePage):
            super().export_item(item.article.to_dict())  # type: ignore[misc]


class JsonLinesExporter(ArticleRecords, JsonLinesItemExporter):
    """JSON Lines: one record per line."""


class JsonExporter(ArticleRecords, JsonItemExporter):
    """One JSON array of records."""


class XmlExporter(ArticleRecords, XmlItemExporter):
    """XML, one ``<item>`` per record."""


class CsvExporter(ArticleRecords, CsvItemExporter):
    """CSV with the record's fields as columns, lists and dicts as JSON text."""

    def __init__(self, file: Any, **kwargs: Any) -> None:
        kwargs.setdefault("fields_to_export", list(ARTICLE_FIELDS))
        super().__init__(file, **kwargs)

    def serialize_field(self, field: Any, name: str, value: Any) -> Any:
        if isinstance(value, list | dict):
            return json.dumps(value, ensure_ascii=False)
        return super().serialize_field(field, name, value)
