"""What a site asks of a single-process crawl: robots.txt's ``Crawl-delay`` and
a ``Retry-After`` on 429 / 503, applied to the site's Scrapy download slot.

- ``Crawl-delay``: once the site's robots.txt is read, its slot's delay is at
  least the Crawl-delay (capped at :data:`crawler.robots.MAX_CRAWL_DELAY`), its
  jitter narrowed so no drawn delay is shorter, and AutoThrottle told not to
  adjust the delay after the site's answers (``autothrottle_dont_adjust_delay``).
- ``Retry-After``: the slot starts nothing until it has passed. The slot is
  held as Scrapy holds it for a delay (``slot.latercall``), from the
  ``response_downloaded`` signal, which the downloader sends before it takes
  the slot's next request.
- A ``Retry-After`` longer than ``CLIPPINGS_MAX_RETRY_AFTER`` (default
  :data:`DEFAULT_MAX_RETRY_AFTER`) is not waited out: the slot is not held, and
  :class:`RetryAfterLimitMiddleware` ends that URL with an ``error`` row naming
  the wait asked and the limit (not retried), logged and counted
  (``clippings/politeness/retry_after_refused``). Held, one page's
  ``Retry-After: 999999`` (or a date in 2100) kept every other page of its site
  waiting behind it: a 5-page site sat idle for an hour (the old cap), with no
  line to say why.

- A graceful stop (:data:`crawler.signals.stop_requested`) drops the page
  requests waiting in a held slot (:meth:`SitePoliteness.stop_requested`): Scrapy's
  close waits for every request it holds, so a hold of a minute outlasted the
  stop's grace period, and the crawl went down the forced path. So does a hold
  that begins during the stop (a request in flight at the stop answering 429 /
  503 + Retry-After): :meth:`SitePoliteness.hold`.

- ``CONCURRENT_REQUESTS_PER_DOMAIN``: :class:`SlotLimitDownloader` counts a
  request against its slot's concurrency from the moment the slot hands it
  over, not from when its download task first runs (on the next turn of the
  asyncio loop): with no delay between requests (``--delay 0`` and AutoThrottle
  off) Scrapy 2.19 handed over a slot's whole queue at once, 8 requests in
  flight to one site at a setting of 1.

Distributed workers share these limits over Redis instead
(:mod:`crawler.distributed.politeness`) and run without this extension; the
limit and :class:`RetryAfterLimitMiddleware` are the same for them.
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from time import monotonic
from typing import Any

from scrapy import signals
from scrapy.core.downloader import Downloader, Slot
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from scrapy.utils.asyncio import call_later
from scrapy.utils.httpobj import urlparse_cached
from twisted.python.failure import Failure

from crawler.exceptions import RETRY_AFTER_REFUSED, StoppedBeforeFetch
from crawler.robots import crawl_delay, robots_parser
from crawler.signals import stop_requested

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES = (429, 503)
#: Seconds: the longest ``Retry-After`` a crawl waits out (``CLIPPINGS_MAX_RETRY_AFTER``).
#: Twice the longest robots.txt Crawl-delay honoured (:data:`crawler.robots.MAX_CRAWL_DELAY`)
#: and four times AutoThrottle's longest delay: while a site's slot is held no page
#: of that site is fetched, so this is also how long one answer may stall a site.
#: Rate limiters ask for seconds to a minute or two; a longer wait (an hour of
#: maintenance, a ban, a date in 2100) says "come back another time", which the
#: next crawl does better than this one idling.
DEFAULT_MAX_RETRY_AFTER = 120.0


def retry_after_seconds(value: str) -> float | None:
    """``Retry-After``: seconds (ASCII digits: ``str.isdigit`` also takes "²", which
    ``float`` refuses), or an HTTP date; None when it is neither."""
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds()) if when.tzinfo else None


def asked_retry_after(response: Response) -> float | None:
    """The seconds a 429 / 503 answer asks the crawl to wait (``Retry-After``), or None."""
    if response.status not in RETRY_AFTER_STATUSES:
        return None
    value = response.headers.get("Retry-After")
    return retry_after_seconds(value.decode("latin-1")) if value else None


def max_retry_after(settings: BaseSettings) -> float:
    """The longest ``Retry-After`` the crawl waits out (``CLIPPINGS_MAX_RETRY_AFTER``)."""
    return settings.getfloat("CLIPPINGS_MAX_RETRY_AFTER", DEFAULT_MAX_RETRY_AFTER)


def waited_out(response: Response, limit: float) -> float | None:
    """The seconds to hold the site for after ``response``: its ``Retry-After``
    when it asks for one the crawl waits out (at most ``limit``), else None."""
    seconds = asked_retry_after(response)
    return seconds if seconds is not None and seconds <= limit else None


class RetryAfterLimitMiddleware:
    """A 429 / 503 whose ``Retry-After`` is past ``CLIPPINGS_MAX_RETRY_AFTER``:
    not retried (Scrapy's RetryMiddleware, at 550, would retry it at once, or
    after the hold), its URL an ``error`` row whose reason says why, logged at
    WARNING and counted (``clippings/politeness/retry_after_refused``). Sits at
    555: it sees the answer before RetryMiddleware does."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.limit = max_retry_after(crawler.settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterLimitMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        seconds = asked_retry_after(response)
        if seconds is None or seconds <= self.limit:
            return response
        asked = f"{seconds:.0f} s" if seconds < 1e12 else "for ever"
        reason = (f"HTTP {response.status}, Retry-After {asked} is past the crawl's limit of {self.limit:g} s "
                  "(CLIPPINGS_MAX_RETRY_AFTER): not retried")
        request.meta["dont_retry"] = True
        request.meta[RETRY_AFTER_REFUSED] = reason
        logger.warning("%s: %s", request.url, reason)
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/politeness/retry_after_refused")
        return response


class SlotLimitDownloader(Downloader):
    """Scrapy's downloader, its per-site concurrency kept for every request
    (the ``DOWNLOADER`` setting).

    ``Downloader._process_queue`` hands requests over while the slot has free
    transfer slots (``concurrency - len(slot.transferring)``), but the request
    joins ``slot.transferring`` only when its download task first runs, a turn
    of the loop later (``_schedule_coro`` makes an asyncio task). With a delay,
    one request is handed over per call and the next waits for the delay; with
    none, the loop emptied the slot's queue in one call, every request in
    flight at once whatever the setting. Here a request counts as transferring
    as it is handed over (the coroutine is made right then); Scrapy's
    ``_download`` adds it again (a set) and removes it when the download ends."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        if not hasattr(Downloader, "_wait_for_download"):  # (private to Scrapy: 2.19 has it)
            logger.warning("this Scrapy's downloader has no _wait_for_download: with no delay between "
                           "requests, CONCURRENT_REQUESTS_PER_DOMAIN may not hold")

    def _wait_for_download(self, slot: Slot, request: Request,
                           queue_dfd: Any) -> Coroutine[Any, Any, None]:
        slot.transferring.add(request)
        return super()._wait_for_download(slot, request, queue_dfd)


class SitePoliteness:
    """Crawl-delay and Retry-After on each site's download slot (an extension)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.user_agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT")
        self.obey_robots = settings.getbool("ROBOTSTXT_OBEY")
        self.max_retry_after = max_retry_after(settings)
        self.crawl_delays: dict[str, float] = {}  # netloc -> seconds (0: none)
        self.resume_at: dict[str, float] = {}  # slot key -> monotonic time of its next start
        self.stopping = False
        crawler.signals.connect(self.request_reached, signal=signals.request_reached_downloader)
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(self.stop_requested, signal=stop_requested)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SitePoliteness:
        return cls(crawler)

    def slot(self, request: Request) -> tuple[str, Slot] | None:
        key = request.meta.get(Downloader.DOWNLOAD_SLOT)
        engine = self.crawler._engine  # (Scrapy's way to read it early: ``crawler.engine`` raises then)
        if engine is None or not isinstance(key, str) or key not in engine.downloader.slots:
            return None
        return key, engine.downloader.slots[key]

    def request_reached(self, request: Request, spider: Any = None) -> None:
        """Before the request joins its slot's queue: the site's Crawl-delay, and a
        Retry-After pause still running (on a slot Scrapy made anew)."""
        found = self.slot(request)
        if found is None:
            return
        key, slot = found
        delay = self.site_crawl_delay(request)
        if delay:
            slot.delay = max(slot.delay, delay)
            slot.jitter = min(slot.jitter, 1 - delay / slot.delay)
            request.meta["autothrottle_dont_adjust_delay"] = True
        if self.resume_at.get(key, 0.0) > monotonic() and slot.latercall is None:
            self.hold(slot, self.resume_at[key] - monotonic())  # (drops what waits, when stopping)
        elif self.stopping and slot.latercall is not None:
            call_later(0, self.drop_waiting, slot)  # (it joins the slot's queue after this signal)

    def site_crawl_delay(self, request: Request) -> float:
        if not self.obey_robots or request.meta.get("dont_obey_robotstxt"):
            return 0.0
        netloc = urlparse_cached(request).netloc
        if netloc not in self.crawl_delays:
            parser = robots_parser(self.crawler, netloc)
            if parser is None:
                return 0.0  # not read yet (or none): asked again with the next request
            self.crawl_delays[netloc] = crawl_delay(parser, self.user_agent)
        return self.crawl_delays[netloc]

    def response_downloaded(self, response: Response, request: Request, spider: Any = None) -> None:
        """A 429 / 503 with Retry-After: the site's slot starts nothing before it
        passes; but for one past the limit (:class:`RetryAfterLimitMiddleware`)."""
        seconds = waited_out(response, self.max_retry_after)
        found = self.slot(request)
        if seconds is None or found is None:
            return
        key, slot = found
        self.resume_at[key] = max(self.resume_at.get(key, 0.0), monotonic() + seconds)
        self.hold(slot, self.resume_at[key] - monotonic())
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/politeness/retry_after")

    def stop_requested(self) -> None:
        """A graceful stop: the page requests waiting in a held slot are dropped
        unfetched (:class:`~crawler.exceptions.StoppedBeforeFetch`), so the crawl
        closes now rather than after the hold; so are those that reach one later."""
        self.stopping = True
        engine = self.crawler._engine  # (None: no engine made, or not yet; ``crawler.engine`` raises then)
        if engine is None:
            return
        for slot in list(engine.downloader.slots.values()):
            if slot.latercall is not None:
                self.drop_waiting(slot)

    def drop_waiting(self, slot: Slot) -> None:
        """Fail the page requests queued in ``slot`` with StoppedBeforeFetch: the
        spider's error callback writes no row for them (as for the pages left in the
        scheduler, the next crawl finds them from the seeds and the articles it revisits). A download some part of the crawl awaits
        itself (robots.txt, a canonical check: no error callback) is left to run."""
        if slot.latercall is None:
            return  # the hold ended meanwhile: the queue is on its way
        waiting = list(slot.queue)
        slot.queue.clear()
        dropped = 0
        for request, deferred in waiting:
            if request.errback is None:
                slot.queue.append((request, deferred))
                continue
            dropped += 1
            deferred.errback(Failure(StoppedBeforeFetch()))
        if dropped and self.crawler.stats:
            self.crawler.stats.inc_value("clippings/politeness/dropped_at_stop", dropped)

    def hold(self, slot: Slot, seconds: float) -> None:
        """Hold the slot's queue for ``seconds`` as the downloader holds it for a
        delay: while ``slot.latercall`` is set it starts nothing, and the call
        processes the queue again (``Downloader._latercall``).

        During a graceful stop the page requests waiting there are dropped, as
        :meth:`stop_requested` drops them: a request in flight at the stop (what
        the stop waits for) may answer 429 / 503 + Retry-After after it, and the
        close waited that hold out. (The answered request's own retry goes back to
        the scheduler, which starts nothing once the close began: no row.) Dropped
        on the next turn: a request reaching the slot joins its queue after the
        ``request_reached_downloader`` signal."""
        if slot.latercall is not None:
            slot.latercall.cancel()
        engine = self.crawler.engine
        assert engine is not None
        slot.latercall = call_later(max(0.0, seconds), engine.downloader._latercall, slot)
        if self.stopping:
            call_later(0, self.drop_waiting, slot)
