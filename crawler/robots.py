"""Scrapy's RobotsTxtMiddleware, with every request that waits for robots.txt checked.

Since Scrapy 2.13 (``async def process_request``, scrapy/scrapy PR #6802) the
requests that arrive while a site's robots.txt is still downloading all await
the same Deferred through ``maybe_deferred_to_future``, whose callback returns
None: the first waiter gets the parser, every later one gets None and is let
through unchecked. One seed rarely shows it; several requests at once do (a
distributed worker taking four requests from the queue, a sitemap seed beside
the home page), and a disallowed page was fetched. Here each waiter gets its
own Deferred, fed without consuming the shared result.
"""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.http import Request
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Obey robots.txt for every request, including those that waited for it."""

    async def robot_parser(self, request: Request) -> RobotParser | None:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        mine: Deferred[RobotParser | None] = Deferred()

        def hand_on(result: Any) -> Any:
            mine.callback(result)
            return result  # the next waiter gets it too

        pending.addCallback(hand_on)
        return await maybe_deferred_to_future(mine)
