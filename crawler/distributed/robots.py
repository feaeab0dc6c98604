"""robots.txt fetched once per site for all the workers of a crawl.

Each worker's Scrapy fetched every site's robots.txt for itself: N workers asked
a site for it N times, each request taking a turn of the site's delay or
Crawl-delay held in Redis (with 50 workers and a Crawl-delay of 10 s, over eight
minutes of the site's turns went to robots.txt). Here the first worker to need a
site's rules claims its robots.txt in the crawl's tally and fetches it; the
rules it read (the body after the project's reading: a 5xx is ``Disallow: /``, a
long file cut) go to Redis, and the other workers build their parser from them,
waiting meanwhile. A claimer that dies (its heartbeat gone) is taken over; one
that found the host refusing connections lets the next worker try; a fetch
dropped at the worker's stop is shared with no one. The site's next request
waits its Crawl-delay after the robots.txt request, as in one process.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from crawler.distributed.frontier import Frontier, heartbeat_key
from crawler.distributed.politeness import pause_site
from crawler.exceptions import StoppedBeforeFetch
from crawler.robots import DISALLOW_ALL, RobotsTxtMiddleware, crawl_delay, first_lines
from crawler.signals import stop_requested
from crawler.urls import site_key

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

POLL = 0.1  # seconds between looks for the rules another worker is fetching


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """The project's robots.txt middleware, each site's robots.txt fetched by one worker of the crawl."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.stopping = False
        """The worker stops (``stop_requested``): a request waiting for another
        worker's robots.txt is dropped unfetched, its lease given back."""
        crawler.signals.connect(self.stop_requested, signal=stop_requested)

    def stop_requested(self) -> None:
        self.stopping = True

    def frontier(self) -> Frontier:
        frontier = getattr(self.crawler.spider, "frontier", None)
        if not isinstance(frontier, Frontier):
            raise RuntimeError("the shared robots.txt middleware runs with the worker spider only")
        return frontier

    def claim_key(self, netloc: str) -> str:
        return f"robots {netloc}"

    async def robot_parser(self, request: Request) -> RobotParser | None:
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            await self.from_other_workers(netloc)
        return await super().robot_parser(request)

    async def from_other_workers(self, netloc: str) -> None:
        """The site's rules as another worker read them; or, when this worker holds
        the claim, back to fetch them (Scrapy's own path)."""
        frontier = self.frontier()
        me = self.crawler.settings.get("CLIPPINGS_WORKER_ID")
        while netloc not in self._parsers:  # (another request of this worker may have begun meanwhile)
            shared = frontier.robots(netloc)
            if shared is not None:
                body, why = shared
                if why:
                    self.disallowed_because[netloc] = why
                self._parsers[netloc] = build_from_crawler(self._parserimpl, self.crawler, body)
                self._stats.inc_value("clippings/worker/robots_shared")
                return
            holder = frontier.claim(self.claim_key(netloc), me)
            if holder in (me, ""):  # this worker's to fetch; or the crawl ended (nothing shared)
                return
            if not frontier.server.exists(heartbeat_key(holder)):  # its claimer stopped
                frontier.take_over(self.claim_key(netloc), holder, me)
                continue
            if self.stopping:  # (it waited on, and the worker's graceful stop ran out into a forced one)
                raise StoppedBeforeFetch()
            await asyncio.sleep(POLL)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        await super()._parse_robots(response, netloc, request)
        body = DISALLOW_ALL if netloc in self.disallowed_because else first_lines(response.body)
        frontier = self.frontier()
        frontier.share_robots(netloc, body, self.disallowed_because.get(netloc, ""))
        # robots.txt was the site's request: the next one waits its Crawl-delay, as in
        # one process (the robots.txt request took its turn before the delay was known,
        # and the first page went out at once).
        parser = self._parsers.get(netloc)
        delay = crawl_delay(parser, self.crawler.settings.get("USER_AGENT")) if isinstance(parser, RobotParser) else 0
        if delay:
            pause_site(frontier.server, site_key(request.url), delay)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        super()._robots_error(exc, netloc)
        frontier = self.frontier()
        if netloc in self.disallowed_because and not isinstance(exc, StoppedBeforeFetch):
            frontier.share_robots(netloc, DISALLOW_ALL, self.disallowed_because[netloc])
        else:  # the host took no connection, or this worker stops: the next worker tries
            frontier.server.hdel(frontier.keys.tally, self.claim_key(netloc))
