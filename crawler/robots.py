"""Scrapy's RobotsTxtMiddleware, with every request that waits for robots.txt checked.

Since Scrapy 2.13 (``async def process_request``, scrapy/scrapy PR #6802) the
requests that arrive while a site's robots.txt is still downloading all await
the same Deferred through ``maybe_deferred_to_future``, whose callback returns
None: the first waiter gets the parser, every later one gets None and is let
through unchecked. One seed rarely shows it; several requests at once do (a
distributed worker taking four requests from the queue, a sitemap seed beside
the home page), and a disallowed page was fetched. Here each waiter gets its
own Deferred, fed without consuming the shared result.

A robots.txt answered with a server error (5xx, after Scrapy's retries) means
"complete disallow" (RFC 9309, 2.3.1.4): Scrapy parsed the error page as rules
(allow all). Here it is read as ``Disallow: /`` for the crawl, logged as an
error and counted (``clippings/robots/server_error``); each page of the site is
then refused as any robots.txt refusal. So does a 429 (Too Many Requests, after
the retries), as Google reads it: a rate limit says nothing of whether the site
has rules, and taking it for "none" would let a busy site's every page through.
Any other 4xx still means allow (RFC 9309, 2.3.1.3).
So does a robots.txt that could not be read at all (a timeout, a reset or refused
connection, a body over the download cap or a compression bomb, a redirect the
crawl may not follow): Scrapy left such a site with no rules, so every page was
fetched, a disallowed one too, and nothing said why. It is logged, counted
(``clippings/robots/unreadable``) and each refusal names the error. Not when no
connection was made (the host refused it, or its name does not resolve): the
site is down or unknown, its pages fail with that error, which says what happened.

A robots.txt request dropped because the crawl stops (a store failure's halt,
crawler/middlewares/halt.py; a graceful stop) was not read either way: no "could
not be read" error, no ``clippings/robots/unreadable``. The requests that waited
for it, and any later one to its site, fail with the same exception (no
``fetches`` row: they stay ``pending`` for the next crawl of the seeds). Before,
each halt logged a misleading "robots.txt could not be read … every page
disallowed" for every site whose robots.txt was waiting.

A robots.txt answered with a redirect is followed for up to
:data:`ROBOTS_MAX_REDIRECTS` (5) consecutive redirects, to any http(s) host and
port (RFC 9309, 2.3.1.2: at least five, even across authorities), and the rules
found at the end are the site's: a robots.txt moved to a CDN host, or to a
renamed paper's domain, was refused as off the crawl's sites, and the whole site
disallowed. Each hop is a ``redirect`` row, as any redirect's. A sixth redirect
(a loop) leaves robots.txt unread: RFC 9309 lets a crawler take it as
unavailable (allow all), but Clippings keeps the site disallowed, as for any
robots.txt it could not read ("it could not be read: max redirections reached").
A redirect to a URL that is not http(s) is not followed (the same). The reason of
a robots.txt redirected to another host names that host, and a robots.txt
redirected to a host that takes no connection is unreachable (disallow): it is
not the site that is down.

A robots.txt is read up to its first 500 KiB (RFC 9309, 2.5: the least a crawler
must parse; Google reads no more): Protego matches a URL against every rule, so a
4.6 MB file of 100,000 rules cost each request of the crawl 48 ms of CPU and the
crawl 180 MB. The cut is logged and counted (``clippings/robots/cut``).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.exceptions import CannotResolveHostError, DownloadConnectionRefusedError, IgnoreRequest
from scrapy.http import Request, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet import error as net_error
from twisted.internet.defer import Deferred

from crawler.download import error_text, machine_fault, machine_stat, machine_words

logger = logging.getLogger(__name__)
DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"
#: robots.txt errors where no connection was made: the site is down or unknown.
_NO_CONNECTION = (DownloadConnectionRefusedError, CannotResolveHostError, net_error.ConnectionRefusedError,
                  net_error.DNSLookupError)
ROBOTS_MAX_BYTES = 500 * 1024
#: Consecutive redirects a robots.txt request follows (RFC 9309, 2.3.1.2: at least five).
ROBOTS_MAX_REDIRECTS = 5
#: The attribute true on the exceptions that drop a request because the crawl stops
#: (``crawler.exceptions.StoppedBeforeFetch`` and its store-failure kin, which this
#: module may not import: the layer contract).
STOPPED_MARK = "crawl_stopping"


def is_robots_request(request: Request) -> bool:
    """The robots.txt request of Scrapy's robots.txt middleware, or one of the
    redirects it was answered with (they carry its meta, and the chain starts at
    its URL): neither refused as off the crawl's sites nor counted as a page."""
    if not request.meta.get("dont_obey_robotstxt"):
        return False
    first = (request.meta.get("redirect_urls") or [request.url])[0]
    return isinstance(first, str) and first.endswith("/robots.txt")


def first_lines(body: bytes, limit: int = ROBOTS_MAX_BYTES) -> bytes:
    """``body`` up to ``limit`` bytes, cut after a whole line (a rule cut in two
    could mean another path)."""
    if len(body) <= limit:
        return body
    return body[:body.rfind(b"\n", 0, limit) + 1]


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Obey robots.txt for every request, including those that waited for it."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        #: netloc -> why its robots.txt disallows everything ("it answered HTTP 503")
        self.disallowed_because: dict[str, str] = {}
        #: netloc -> the host and port its robots.txt request was last redirected to, when another
        self.moved_to: dict[str, str] = {}
        #: netloc -> the exception that dropped its robots.txt request as the crawl stops
        self.stopped_because: dict[str, IgnoreRequest] = {}

    async def process_request(self, request: Request, spider: Any = None) -> None:  # type: ignore[override]
        if is_robots_request(request):
            # Scrapy's RedirectMiddleware follows a request for its redirect_ttl more redirects.
            request.meta.setdefault("redirect_ttl", ROBOTS_MAX_REDIRECTS)
            origin = urlsplit(request.meta.get("redirect_urls", [request.url])[0]).netloc
            here = urlparse_cached(request).netloc
            if here != origin:
                self.moved_to[origin] = here
            else:
                self.moved_to.pop(origin, None)
        await super().process_request(request)

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        stopped = self.stopped_because.get(urlparse_cached(request).netloc)
        if rp is None and stopped is not None:  # its robots.txt dropped at the stop: so is this request
            raise stopped.with_traceback(None)
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            why = self.disallowed_because.get(urlparse_cached(request).netloc)
            if why is None:
                raise
            raise IgnoreRequest(f"Forbidden by robots.txt ({why})") from None

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        """robots.txt could not be read: complete disallow (RFC 9309, 2.3.1.4), where
        Scrapy's own leaves the site without rules (allow all); but for a host that
        took no connection (its pages then fail with the error). Not when that host
        is another one its robots.txt was redirected to: the site is up, its
        robots.txt unreachable. Nor when the request was dropped as the crawl stops
        (:data:`STOPPED_MARK`): the site's requests are dropped with it."""
        if isinstance(exc, IgnoreRequest) and getattr(exc, STOPPED_MARK, False):
            self.stopped_because[netloc] = exc  # not read, not unreadable: the crawl stops
            super()._robots_error(exc, netloc)
            return
        if isinstance(exc, _NO_CONNECTION) and netloc not in self.moved_to:
            super()._robots_error(exc, netloc)
            return
        if not isinstance(exc, IgnoreRequest):
            self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")  # as Scrapy counts it
        error = " ".join(error_text(exc).split())[:200] or type(exc).__name__
        local = machine_fault(exc)
        if local is not None:  # (still disallowed: no page of the site is fetched without its rules)
            error = f"failed on this machine, not the site ({machine_words(local)}): {error}"
            self._stats.inc_value(machine_stat(local))
        if netloc in self.moved_to:
            error += f" (at {self.moved_to[netloc]}, where it was redirected)"
        logger.error("the robots.txt of %s could not be read (%s): every page of %s is disallowed for this "
                     "crawl (RFC 9309: an unreachable robots.txt means complete disallow)", netloc, error, netloc)
        self._stats.inc_value("clippings/robots/unreadable")
        self.disallowed_because[netloc] = f"it could not be read: {error}"
        parser = build_from_crawler(self._parserimpl, self.crawler, DISALLOW_ALL)
        waiting = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(waiting, Deferred):
            waiting.callback(parser)

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

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if 500 <= response.status < 600 or response.status == HTTPStatus.TOO_MANY_REQUESTS:
            logger.error("%s answered HTTP %d: every page of %s is disallowed for this crawl "
                         "(RFC 9309: a robots.txt server error means complete disallow; a rate "
                         "limit is no sign that there is none)", response.url, response.status, netloc)
            self._stats.inc_value("clippings/robots/server_error")
            self.disallowed_because[netloc] = f"it answered HTTP {response.status}"
            response = response.replace(body=DISALLOW_ALL)
        elif len(response.body) > ROBOTS_MAX_BYTES:
            logger.warning("%s is %d bytes: read up to its first %d KiB (RFC 9309, 2.5)",
                           response.url, len(response.body), ROBOTS_MAX_BYTES // 1024)
            self._stats.inc_value("clippings/robots/cut")
            response = response.replace(body=first_lines(response.body))
        await super()._parse_robots(response, netloc, request)


# seconds: a longer robots.txt Crawl-delay is taken as a minute (one page a minute
# is as slow as a crawl that still gets somewhere can go).
MAX_CRAWL_DELAY = 60.0


def robots_parser(crawler: Crawler, netloc: str) -> RobotParser | None:
    """The parsed robots.txt of a host, once Scrapy's robots.txt middleware has it
    (it keeps parsers by netloc; no public accessor). None before, or without one."""
    engine = crawler._engine  # (``crawler.engine`` raises before the crawl has one)
    middlewares = engine.downloader.middleware.middlewares if engine is not None else ()
    for middleware in middlewares:
        if isinstance(middleware, ScrapyRobotsTxtMiddleware):
            parser = middleware._parsers.get(netloc)
            return parser if isinstance(parser, RobotParser) else None
    return None


def crawl_delay(parser: RobotParser, user_agent: str) -> float:
    """The robots.txt ``Crawl-delay`` for ``user_agent`` in seconds (capped); 0: none."""
    reader = getattr(parser, "crawl_delay", None)  # Protego's parser has it
    delay = reader(user_agent) if reader is not None else None
    return min(float(delay), MAX_CRAWL_DELAY) if delay else 0.0
