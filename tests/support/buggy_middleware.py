"""A downloader middleware for the crawl tests with a bug: a request whose path
holds ``/buggy`` or ends in ``_2.html`` (a story's page 2) makes it raise
``KeyError`` (as a middleware's own mistake would),
one whose path holds ``/gone`` it fails with an ordinary network error (a refused
connection). Set with
``-s DOWNLOADER_MIDDLEWARES='{..., "tests.support.buggy_middleware.BuggyMiddleware": 560}'``."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.http import Request
from twisted.internet.error import ConnectionRefusedError


class BuggyMiddleware:
    def process_request(self, request: Request) -> None:
        path = urlsplit(request.url).path
        if "/buggy" in path or path.endswith("_2.html"):
            settings: dict[str, str] = {}
            settings["missing"]  # the bug
        if "/gone" in path:
            raise ConnectionRefusedError("refused by the test")
