"""Scrapy's cookies middleware, imported only by a crawl that turns cookies on.

Scrapy loads every class of its middlewares' table before asking any whether it
is enabled, and the module of :class:`~scrapy.downloadermiddlewares.cookies.CookiesMiddleware`
imports ``tldextract`` and with it ``requests`` (some 200 modules, about 0.07
CPU-s at the start of every crawl, worker and coordinator), though a crawl has
cookies off (``COOKIES_ENABLED = False``, crawler/settings.py). This class takes
its place in ``DOWNLOADER_MIDDLEWARES_BASE``: off, it is not configured, as
Scrapy's would not be; on (``-s COOKIES_ENABLED=True``), it builds Scrapy's.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

#: The class this one stands in for, by its path in Scrapy's table.
SCRAPY_COOKIES = "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"


class CookiesWhenEnabled:
    """Scrapy's ``CookiesMiddleware`` when ``COOKIES_ENABLED``, else nothing."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        if not crawler.settings.getbool("COOKIES_ENABLED"):
            raise NotConfigured
        from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
        from scrapy.utils.misc import build_from_crawler

        return build_from_crawler(CookiesMiddleware, crawler)
