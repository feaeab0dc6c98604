"""``clippings worker``: fetch and parse for the crawls a coordinator announces in Redis.

A worker waits for a crawl in ``clippings:crawls``, reads its seeds and
settings, and runs the crawl's own :class:`ArticleSpider` on it with:

- :class:`WorkerSpider`: its async ``start()`` takes requests from the shared
  queue while the engine has room, each under a lease (:mod:`.frontier`);
- :class:`LeasedOutputMiddleware` (spider middleware, outermost): collects what
  the spider makes of a response (records, requests for the links) and hands it
  all over in one atomic commit that also ends the lease; failures (errback),
  redirects and dropped requests end their lease the same way;
- :class:`WorkerScheduler`: the leased requests of this worker, in memory (a
  retry or a redirect stays under its lease);
- :class:`~crawler.distributed.politeness.WorkerPolitenessMiddleware`: at a
  stop, the requests waiting for a site's token (a Crawl-delay, a Retry-After)
  are dropped and their leases given back to the shared queue;
- a heartbeat: the coordinator gives a silent worker's requests to the others.

A worker writes nothing locally: records, WARC material (the raw answers) and
fetch outcomes go back through Redis to the coordinator, the archive's writer,
with the frontier's notes (the URLs its pages led to), which the coordinator
writes into the archive so that a crawl killed is continued (:mod:`.resume`).
Twisted's reactor runs once per process, so a worker serves one crawl and then
starts afresh (``os.execv``) for the next, unless ``--once``.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import select
import signal
import socket
import sys
import threading
import time
import uuid
import weakref
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable
from typing import Any

import redis
from scrapy import Spider, signals
from scrapy.core.scheduler import BaseScheduler
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.settings import Settings
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

from crawler import __version__, held_signals
from crawler.distributed.beating import ThreadedBeat
from crawler.distributed.frontier import (
    ANNOUNCED,
    HEARTBEAT_TTL,
    LOST,
    MAX_PAGES_REFUSED,
    MAX_PAGES_SENT,
    PROTOCOL,
    Frontier,
    active_crawls,
    connect,
    heartbeat_key,
    lost_redis,
)
from crawler.distributed.politeness import drop_worker_tokens
from crawler.exceptions import PastMaxPages, StoppedBeforeFetch, UnfollowedRedirect
from crawler.frontier import COUNTED, FrontierNotes, counted, frontier_of, requested_urls
from crawler.items import FetchRecord, utc_now_iso
from crawler.middlewares.guards import Tally, TrapGuardMiddleware
from crawler.middlewares.pagelimit import GIVEN_BACK
from crawler.middlewares.redirects import NOT_FOLLOWED, seen_redirect
from crawler.robots import is_robots_request
from crawler.run import SIGNAL_WORDS, StoppableProcess
from crawler.shown import shown
from crawler.signals import fetch_observed, page_unfetched, stop_requested
from crawler.spiders.articles import ArticleSpider
from crawler.spiders.stories import STORY
from crawler.urls import canonicalize_url, shown_url, site_key

logger = logging.getLogger(__name__)

LEASE = "clippings_lease"
QUEUED_URL = "clippings_queued_url"
WAIT_FOR_CRAWL = 0.5  # seconds between looks for a crawl to join
DONE_CHECK = 0.25  # seconds between looks at whether the crawl ended


class Outbox:
    """What this worker owes the crawl per lease, handed over on commit."""

    def __init__(self, frontier: Frontier, worker: str, crawler: Crawler) -> None:
        self.frontier = frontier
        self.worker = worker
        self.crawler = crawler
        self.pending: dict[str, list[Any]] = {}
        self.left = False
        """The worker left the crawl without waiting (:func:`leave_crawl`): its leases are given back."""

    def stats_now(self) -> dict[str, Any] | None:
        """A copy of the worker's stats (one moment's: a forced stop reads them off the
        reactor thread, and a dict the reactor adds to cannot be read as JSON)."""
        return dict(self.crawler.stats.get_stats()) if self.crawler.stats else None

    def add(self, lease: str | None, item: Any) -> None:
        self.pending.setdefault(lease or "", []).append(item)

    def keep(self, request: Request) -> None:
        """A request dropped unfetched at a stop (its lease stays held, to be given
        back: :meth:`give_back`) or held aside at ``--max-pages`` (its lease moved to
        the crawl's ``held``): its errback commits nothing, and what it led to so far
        is not handed over (the worker that takes it next fetches it from the start:
        a redirect's row again)."""
        lease = request.meta.pop(LEASE, None)
        if lease is not None:
            self.pending.pop(lease, None)

    def notes(self, requests: list[Request]) -> FrontierNotes | None:
        """The frontier's notes for a commit: a pending row for each request a page
        led to (noted as one process notes the requests it schedules), of any lease
        of this worker's so far. A continued crawl reads them from the archive: the
        coordinator writes them in the transaction of the next record it stores
        (:class:`~crawler.frontier.FrontierNotes`), or of an earlier one.

        The URLs answered with no record of their own (a redirect to a URL fetched
        already or to a seed, one not followed: :meth:`Frontier.answered`) are not
        noted (:attr:`Frontier.notes_answered`): each is marked done by the
        ``redirect`` row that answers it (:class:`RedirectRecordMiddleware`), in
        that row's own transaction. Sent as
        notes, they marked it done in whichever transaction came first, before the
        row (a kill between the two: done, with no row), and a commit refused (its
        lease taken away) gave them back to the next commit of another lease,
        which marked the URL done though its row was dropped with the lease."""
        frontier = frontier_of(self.crawler)
        for request in requests:
            frontier.scheduled(request)
        found, _none_answered = frontier.take()
        return FrontierNotes(found, []) if found else None

    def give_back(self) -> None:
        """The worker stops: every lease it still holds (requests dropped while they
        waited for their site, or not yet started) back to the crawl's queue, with its
        last stats, and what is owed without a lease (a robots.txt's row, frontier
        notes) as one entry of the results, in one step: a worker at
        ``CLIPPINGS_RESULTS_MAX`` holding a lease does not pass it (it handed that
        entry over first, passing it by one). Nothing when the crawl has ended (its
        queue is gone)."""
        stats = self.crawler.stats
        if stats:  # counted before the stats go with them (only this worker's close moves them)
            stats.inc_value("clippings/worker/requests_given_back",
                            self.frontier.server.hlen(self.frontier.keys.processing(self.worker)))
        notes = self.notes([])
        owed = [*([notes] if notes is not None else []), *self.pending.pop("", [])]
        given = self.frontier.give_back(self.worker, self.stats_now(), owed)
        if given > 0:
            logger.info("%d requests given back to the crawl's queue", given)

    def commit(self, request: Request | None, requests: list[Request], items: list[Any]) -> None:
        """Hand over what ``request`` led to and end its lease (taken out of its
        meta: an errback's output may pass the spider middlewares after it). The
        frontier's notes go first (:meth:`notes`): the coordinator writes them no
        later than the records after them, as one process does."""
        lease = request.meta.pop(LEASE, None) if request is not None else None
        notes = self.notes(requests)
        items = [*([notes] if notes is not None else []), *self.pending.pop(lease or "", []),
                 *self.pending.pop("", []), *items]
        if lease is None and not requests and not items:
            return
        result = self.frontier.commit(lease or "", self.worker, requests, items, self.stats_now())
        if result < 0 and notes is not None and not self.frontier.is_done():
            frontier_of(self.crawler).give_back(notes.found, [])  # (other leases' among them)
        if result < 0 and self.left:
            logger.info("lease %s: given back as the worker stopped without waiting; its record is not handed over",
                        lease)
        elif result < 0 and self.frontier.is_done():
            # The crawl ended (stopped, or at its page budget) while this request was
            # in flight: its record has no crawl to go to; not a lease taken away.
            logger.info("lease %s: the crawl ended before its record was handed over", lease)
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/worker/results_after_end")
        elif result < 0:
            # Taken for dead (no heartbeat for HEARTBEAT_TTL s) and given to another worker.
            logger.warning("lease %s lost: its request was handed to another worker", lease)
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/worker/leases_lost")


def outbox_of(crawler: Crawler) -> Outbox:
    spider = crawler.spider
    if not isinstance(spider, WorkerSpider):
        raise RuntimeError("the distributed middlewares run with the worker spider only")
    return spider.outbox


class WorkerSpider(ArticleSpider):
    """The articles spider, fed from the crawl's shared queue."""

    #: A story's later pages are fetched in its first page's callback (:meth:`parse`),
    #: which hands everything over with the page's lease: it cannot wait for another
    #: request's answer.
    waits_for_pages_in_flight = False
    worker: str
    frontier: Frontier
    outbox: Outbox

    def __init__(self, crawl: str, seeds: list[str], since: str | None = None, **kwargs: Any) -> None:
        super().__init__(seeds=seeds, since=since, **kwargs)
        self.crawl = crawl
        self.local_queue: deque[Request] = deque()
        self.lost: str | None = None
        self.leasing = threading.Lock()
        """Held while requests are taken from the queue, and by :func:`leave_crawl` as it
        ends the taking: no lease is taken after the worker gave its leases back."""
        self.left = False
        self.full_since: float | None = None
        """When the crawl's results last reached CLIPPINGS_RESULTS_MAX (:meth:`note_results_full`)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> WorkerSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.worker = settings.get("CLIPPINGS_WORKER_ID")
        spider.frontier = Frontier(connect(settings.get("CLIPPINGS_REDIS_URL")), spider.crawl, spider)
        spider.outbox = Outbox(spider.frontier, spider.worker, crawler)
        frontier = frontier_of(crawler)
        frontier.active = True  # notes for the coordinator's archive (Outbox.notes)
        frontier.notes_answered = False  # (each marked done by its redirect row: Outbox.notes)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(spider.fetch_observed, signal=fetch_observed)
        return spider

    def lose_redis(self, exc: BaseException) -> None:
        """Redis went away: the crawl ends here (the worker then exits in one line)."""
        logger.debug("Redis went away", exc_info=True)
        if self.lost is None:
            self.lost = lost_redis(self.crawler.settings.get("CLIPPINGS_REDIS_URL"), exc)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=self.lost))

    async def start(self) -> AsyncIterator[Request]:
        try:
            async for request in self.leased_requests():
                yield request
        except LOST as exc:
            self.lose_redis(exc)

    async def leased_requests(self) -> AsyncIterator[Request]:
        engine = self.crawler.engine
        capacity = self.crawler.settings.getint("CONCURRENT_REQUESTS")
        bound = self.crawler.settings.getint("CLIPPINGS_RESULTS_MAX", 0)
        next_check = 0.0
        while True:
            if time.monotonic() >= next_check:
                if self.frontier.is_done():
                    # What waits for a site's token is not fetched: its records would
                    # find the crawl gone (its leases "lost"), after the wait.
                    self.crawler.signals.send_catch_log(signal=stop_requested)
                    return
                next_check = time.monotonic() + DONE_CHECK
            room = capacity - len(engine.downloader.active) - len(self.local_queue)
            with self.leasing:
                if self.left:
                    return
                batch = self.frontier.pop(self.worker, min(room, 4), bound) if room > 0 else []
            if room > 0:
                self.note_results_full(batch is None)
            if not batch:
                await asyncio.sleep(0.02 if room <= 0 else 0.05)
                continue
            for lease, request in batch:
                request.meta[LEASE] = lease
                request.meta[QUEUED_URL] = request.url
                yield request

    def note_results_full(self, full: bool) -> None:
        """The crawl's records on their way to the coordinator are at
        ``CLIPPINGS_RESULTS_MAX`` (``full``: no request taken), or no longer: each
        pause counted (``clippings/worker/results_full_pauses``) with its seconds."""
        stats = self.crawler.stats
        if full and self.full_since is None:
            self.full_since = time.monotonic()
            logger.info("the crawl's results wait for the coordinator (CLIPPINGS_RESULTS_MAX): no new request "
                        "taken until it catches up")
            if stats:
                stats.inc_value("clippings/worker/results_full_pauses")
        elif not full and self.full_since is not None:
            if stats:
                stats.inc_value("clippings/worker/results_full_seconds", round(time.monotonic() - self.full_since))
            self.full_since = None

    def admit_sitemaps(self, ranked: list[str], cap: int) -> tuple[list[str], set[str]]:
        """The site's sitemap cap counted in Redis, one for all the crawl's workers
        (each worker counted its own: W workers fetched up to W times the cap)."""
        new: list[str] = []
        cut: set[str] = set()
        by_site: dict[str, list[str]] = {}
        for url in ranked:
            by_site.setdefault(site_key(url), []).append(url)
        for site, urls in by_site.items():
            site_new, site_cut = self.frontier.admit_sitemaps(site, urls, cap)
            new += site_new
            cut |= site_cut
        return new, cut

    async def parse(self, response: Response) -> AsyncIterator[Any]:  # type: ignore[override]
        """:meth:`ArticleSpider.parse`, a multi-page story's later pages fetched here
        (:meth:`~crawler.spiders.stories.StoryPagesMixin.story_here`), not through the
        shared queue, which keeps no story being joined: all the page's output (the
        joined record, the later pages' rows and links) is handed over with its lease
        in one commit. A worker that dies meanwhile hands over nothing, and the worker
        that takes the lease next fetches the story again; at a stop (a later page
        waiting for its site's token) the lease is given back, nothing handed over.
        (The workers stored a story's first page alone, ``pages_missing`` saying so.)"""
        outputs: list[Any] = []
        try:
            for output in super().parse(response):
                if isinstance(output, Request) and STORY in output.meta:
                    assert response.request is not None
                    self.own_story(output, response.request)
                    outputs += [joined async for joined in self.story_here(output)]
                else:
                    outputs.append(output)
        except StoppedBeforeFetch:
            self.stories_held -= 1
            assert response.request is not None
            self.outbox.keep(response.request)
            return
        for output in outputs:
            yield output

    def own_story(self, story: Request, page: Request) -> None:
        """``story`` (the request for a story's page 2) fetched in ``page``'s callback:
        what its later pages' fetches owe (a redirect's row:
        :class:`RedirectRecordMiddleware`) is owed to ``page``'s lease, handed over
        with the story in its commit, or with nothing when the lease is given back or
        lost. (It was owed to no lease, handed over with whichever commit came next:
        the worker that fetched the story again after a stop or a death wrote it twice.)"""
        story.meta[STORY].lease = page.meta.get(LEASE)

    def story_page_asked(self, request: Request) -> None:
        """A story's later page this worker fetches (:meth:`parse`) is seen in the crawl's
        shared queue: a link to it found from now on, by any worker (a listing's), is
        not queued; and taken in Redis: a listing's request for it queued before, leased
        by any worker, is not sent (:meth:`story_page_taken`). The page is fetched once
        (the request queued before was fetched too, by whichever worker took it)."""
        self.frontier.seen(request)
        self.frontier.take_story_page(canonicalize_url(request.url))

    def story_page_taken(self, key: str) -> bool:
        """Taken by a story here, or by any worker's (in Redis)."""
        return super().story_page_taken(key) or self.frontier.story_page_taken(key)

    def on_error(self, failure: Failure) -> list[Any]:  # type: ignore[override]
        """Errback outputs skip the spider middlewares: commit them here. A request
        dropped at a stop keeps its lease: the worker gives it back as it closes. A
        story's later page fetched here (:meth:`parse`): its rows go with its story's."""
        request = failure.request  # type: ignore[attr-defined]
        if STORY in request.meta and not failure.check(StoppedBeforeFetch):
            return list(super().on_error(failure))
        if failure.check(StoppedBeforeFetch):
            self.outbox.keep(request)
            return []
        items = list(super().on_error(failure))
        self.outbox.commit(request, [], items)
        return []

    def request_dropped(self, request: Request, spider: Spider) -> None:
        """A redirect to a URL this crawl already fetched: its ``--max-pages`` slot is
        given back (:meth:`SharedPageLimitMiddleware.no_page`, queueing a request held
        aside at the limit), then the lease ends (its redirect record is in the
        outbox, and marks the URLs redirected done: :meth:`Outbox.notes`). In the
        other order the coordinator could find the crawl empty in between, and end
        it with the slot unused."""
        if request.meta.get("redirect_urls"):
            self.crawler.signals.send_catch_log(signal=page_unfetched, request=request)
        if LEASE in request.meta:
            self.outbox.commit(request, [], [])

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        """A redirect's target is noted (:meth:`Outbox.notes`) before the lease's
        commit hands over the redirect row, which marks the URLs redirected done
        (:class:`RedirectRecordMiddleware`): a continued crawl fetches the target,
        not the redirect again (its row twice). A request as it was queued (its
        row written with the page that led to it) and a retry are not noted again."""
        if request.meta.get("redirect_urls") and request.url != request.meta.get(QUEUED_URL):
            frontier_of(self.crawler).scheduled(request)

    def fetch_observed(self, fetch: FetchRecord) -> None:
        """A fetch announced by a middleware (no lease known): handed over with
        the next commit."""
        self.outbox.add(None, fetch)


class LeasedOutputMiddleware:
    """Spider middleware (outermost): a response's records and new requests go
    to the shared queue and the coordinator in one commit that ends the lease."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeasedOutputMiddleware:
        return cls(crawler)

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        requests: list[Request] = []
        items: list[Any] = []
        try:
            async for output in result:
                (requests if isinstance(output, Request) else items).append(output)
        except Exception as exc:  # a spider bug: recorded as the page's outcome, logged, counted
            logger.exception("spider error on %s", response.url)
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/worker/spider_errors")
            items.append(FetchRecord(url=response.url, outcome="error", status=response.status,
                                     reason=f"spider error: {type(exc).__name__}: {exc}",
                                     fetched_at=utc_now_iso()))
        outbox_of(self.crawler).commit(response.request, requests, items)
        return
        yield  # an async generator that yields nothing to the engine


class RedirectRecordMiddleware:
    """The worker's RedirectLogMiddleware: each 3xx answer, and each page whose meta
    refresh the crawl follows, becomes a ``redirect`` record, handed over with the
    lease's commit; one the crawl does not follow (not http(s), a user name or
    password in it) ends the request there, as in one process. A redirect followed
    marks the URLs it answers done in the archive's frontier with its row (its
    target noted before it: :meth:`WorkerSpider.request_scheduled`), so a crawl
    that continues this one after a kill between the row and the target's record
    fetches the target, not the redirect again; so does one not followed (the
    worker sends no "answered" notes: :meth:`Outbox.notes`)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectRecordMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        seen = seen_redirect(request, response, self.crawler)
        if seen is not None:
            # Answered: done in the archive with its row (a target followed noted
            # before it; one not followed is the chain's end, as its row says).
            seen.fetch.requested = requested_urls(request)
            story = request.meta.get(STORY)  # (a story's later page: owed to its first page's lease)
            outbox_of(self.crawler).add(request.meta.get(LEASE) or (story.lease if story is not None else None),
                                        seen.fetch)
            if not seen.followed:  # Scrapy would hand on the 3xx: an "HTTP 302" error row
                raise UnfollowedRedirect(seen.fetch.reason or NOT_FOLLOWED)
        return response


class SharedTrapGuardMiddleware(TrapGuardMiddleware):
    """The trap guard with its budgets counted in Redis: a site's page budget and a
    calendar's pages hold for all the crawl's workers together, not per worker;
    a site's one budget ``trap`` row is claimed by a lease (:meth:`claimant`)."""

    def tally(self) -> Tally:
        return outbox_of(self.crawler).frontier

    def take(self, request: Request, key: str, limit: int) -> bool:
        """Counted once for the request's lease and URL (:meth:`Frontier.take_turn`):
        a request passed on from a worker taken for dead or stopped, or held aside at
        ``--max-pages`` and queued again, took its site's budget turn (and its
        calendar's) again on the next worker. A redirect's target, another URL under
        the same lease, takes a turn of its own, as in one process."""
        lease = request.meta.get(LEASE)
        if not lease:
            return super().take(request, key, limit)
        turn = hashlib.blake2b(f"{key} {request.url}".encode(), digest_size=8).hexdigest()
        return outbox_of(self.crawler).frontier.take_turn(key, limit, lease, turn)

    def claimant(self, request: Request) -> str:
        """The request's lease: when its worker is taken for dead (the ``trap`` row
        lost with it), the worker it goes to next holds the claim and writes the row."""
        lease = request.meta.get(LEASE)
        return f"lease {lease}" if lease else super().claimant(request)


#: Request meta: this worker's page limit took the request's slot of ``--max-pages`` in Redis.
SLOT_TAKEN = "clippings_max_pages_slot"


class SharedPageLimitMiddleware:
    """``--max-pages`` over all the crawl's workers together, where one process has
    :class:`~crawler.middlewares.pagelimit.PageLimitMiddleware`: a page takes a slot
    of the crawl's count in Redis as it leaves for the network (robots.txt files,
    retries and redirects of a page counted are not counted again); one past the
    limit is refused unfetched (no row; its lease ends), and the first refusal is
    claimed for the coordinator, which ends the crawl as ``max_pages`` once every
    request left has been refused so. (The coordinator ended the crawl when it had
    N records: every page in flight on every worker had been asked for on top, and
    those not handed over yet were thrown away.)

    A refusal drops the requests still queued at once, holding the first of them
    aside in Redis (as many as slots may still be given back): a slot given back
    after the limit (:meth:`no_page`) queues the first held again, in the same Lua
    call, so a redirect that brought no page does not cost the crawl a page. (The
    queue was emptied: the slot had no request to take it, and ``--max-pages N``
    gave fewer than N.) The request refused is held too, first: the drop's Lua call
    moves its lease out of the worker's processing hash into ``held``, its score
    kept, and the refusal takes the lease out of the request's meta, so its errback
    commits nothing (its data stays for the worker that takes it next). (It was not
    held, its lease ending with the refusal: a slot given back when the queue held
    nothing else was lost.) A slot given back between the refusal and the drop
    queues the refused request again instead, for that slot. A held request is in no worker's hash: the worker's
    death or stop neither queues it again nor loses it; ``held`` holds at most as
    many as slots may still be given back, and goes with the crawl's keys.

    A slot belongs to the request's lease until the request is done (its commit):
    a lease queued again from a worker taken for dead, or given back at a worker's
    stop, keeps its slot, and the worker that takes it next sends the page on it
    without counting it again; the queued requests dropped at the limit spare it.
    (A dead worker's counted pages kept their slots and were then refused by the
    next worker: lost, and ``--max-pages N`` gave fewer than N.)"""

    def __init__(self, crawler: Crawler, limit: int) -> None:
        self.crawler = crawler
        self.limit = limit
        self.refused = False
        self.passed: weakref.WeakSet[Request] = weakref.WeakSet()
        """The redirects' targets let through to the network (their failures are fetches)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPageLimitMiddleware:
        limit = crawler.settings.getint("CLIPPINGS_MAX_PAGES", 0)
        if limit <= 0:
            raise NotConfigured
        middleware = cls(crawler, limit)
        crawler.signals.connect(middleware.give_back, signal=signals.request_dropped)  # a target seen already
        crawler.signals.connect(middleware.no_page, signal=page_unfetched)  # a redirect not followed
        return middleware

    def give_back(self, request: Request, spider: Spider | None = None) -> None:
        """A counted page whose redirect's target is dropped unfetched brought no page:
        its slot is given back, as one process gives it back
        (:meth:`crawler.middlewares.pagelimit.PageLimitMiddleware.give_back`). (Each
        such redirect cost the crawl a page: ``--max-pages N`` gave fewer than N.)"""
        if request.meta.get("redirect_urls"):
            self.no_page(request)

    def no_page(self, request: Request, spider: Spider | None = None) -> None:
        """A page counted that brought no page (:meth:`give_back`; ``page_unfetched``):
        its slot is given back, at most ``--max-pages`` times in the crawl."""
        meta = request.meta
        if not meta.get(COUNTED) or meta.get(GIVEN_BACK):
            return
        given = outbox_of(self.crawler).frontier.give_slot_back(self.limit, meta.get(LEASE) or "")
        if given:
            meta[GIVEN_BACK] = True
            meta.pop(SLOT_TAKEN, None)
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/max_pages_given_back")
                if given == 2:  # refused, and now queued again (as one process counts it)
                    self.crawler.stats.inc_value("clippings/max_pages_refused", -1)

    def process_request(self, request: Request) -> None:
        if is_robots_request(request):
            return
        if counted(request):
            if request.meta.get("redirect_urls"):
                self.passed.add(request)
            return
        frontier = outbox_of(self.crawler).frontier
        lease = request.meta.get(LEASE)
        taken = (frontier.take_slot(MAX_PAGES_SENT, self.limit, lease) if lease
                 else int(frontier.take(MAX_PAGES_SENT, self.limit)))
        if taken:
            request.meta[COUNTED] = True
            if not lease:  # (a slot held by a lease goes back to the queue with it)
                request.meta[SLOT_TAKEN] = True
            if taken == 2 and self.crawler.stats:
                self.crawler.stats.inc_value("clippings/worker/max_pages_slots_kept")
            return
        # The requests still queued would each be leased, passed through the
        # middlewares (taking a turn of the site's budget) and refused: dropped at once,
        # as one process's scheduler drops them (a frontier of 50,000 links took minutes).
        outbox = outbox_of(self.crawler)
        dropped, held = frontier.drop_past_limit(MAX_PAGES_SENT, self.limit, outbox.worker, lease or "")
        if held:  # held aside or queued again (a slot given back meanwhile), its lease ended: no commit
            outbox.keep(request)
        requeued = held == 2  # for a slot given back since: not refused, only not sent from here
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/max_pages_refused", int(not requeued) + dropped)
        if not self.refused and not requeued:
            self.refused = True
            frontier.claim(MAX_PAGES_REFUSED, self.crawler.settings.get("CLIPPINGS_WORKER_ID"))
        raise PastMaxPages()

    def process_exception(self, request: Request, exception: BaseException) -> None:
        """A page that took its slot here and was dropped before the network as the
        worker stops (it waited for its site): its lease goes back to the queue
        holding its slot (:meth:`process_request`); a request without a lease (none
        should be) gives its slot back. (Each such page cost the crawl a slot:
        ``--max-pages N`` gave fewer than N.)"""
        if isinstance(exception, StoppedBeforeFetch):
            if request.meta.pop(SLOT_TAKEN, False):
                request.meta.pop(COUNTED, None)
                outbox_of(self.crawler).frontier.untake(MAX_PAGES_SENT)
        elif isinstance(exception, IgnoreRequest) and request not in self.passed:
            self.give_back(request)  # a redirect's target refused before the network


class WorkerScheduler(BaseScheduler):
    """This worker's leased requests, in memory; a request made here without a
    lease (none should be) goes to the shared queue."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.local: deque[Request] = deque()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerScheduler:
        return cls(crawler)

    def open(self, spider: Spider) -> None:
        spider.local_queue = self.local  # type: ignore[attr-defined]  # the start loop's back-pressure

    def has_pending_requests(self) -> bool:
        return bool(self.local)

    def __len__(self) -> int:
        return len(self.local)

    def enqueue_request(self, request: Request) -> bool:
        frontier = outbox_of(self.crawler).frontier
        if LEASE not in request.meta:
            frontier.push([request])
            return True
        moved = request.url != request.meta.get(QUEUED_URL)
        if moved and not request.dont_filter and frontier.seen(request):
            return False  # a redirect to a URL already fetched in this crawl
        self.local.append(request)
        return True

    def next_request(self) -> Request | None:
        return self.local.popleft() if self.local else None


class Heartbeat(ThreadedBeat):
    """Extension: tells the coordinator every second that this worker is alive,
    from a thread of its own (:mod:`.beating`). (It beat on the reactor thread: a
    reactor busy for HEARTBEAT_TTL seconds, as when the first HTML page starts the
    parsing pool on a loaded machine, had the coordinator take the live worker for
    dead and queue its requests again, the seed among them: fetched twice,
    "stopped answering".) A reactor wedged for REACTOR_STALL_MAX seconds lets the
    beat lapse: the coordinator gives its requests to the others."""

    lapsing = "the reactor has not answered for %d s: this worker lets its heartbeat lapse"
    #: Seconds a stop waits for a beat in flight before it deletes the heartbeat (a
    #: beat landing later is taken back: :meth:`ThreadedBeat.end`).
    stop_wait: float = HEARTBEAT_TTL

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(every=1.0)
        self.crawler = crawler
        settings = crawler.settings
        self.server = connect(settings.get("CLIPPINGS_REDIS_URL"))
        self.key = heartbeat_key(settings.get("CLIPPINGS_WORKER_ID"))
        crawler.signals.connect(self.start, signal=signals.spider_opened)
        crawler.signals.connect(self.stop, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Heartbeat:
        return cls(crawler)

    def beat(self) -> bool:
        """One beat; False when Redis is gone (the spider is told, on the reactor thread)."""
        try:
            self.server.set(self.key, "1", ex=HEARTBEAT_TTL)
        except LOST as exc:
            spider = self.crawler.spider
            if isinstance(spider, WorkerSpider):
                from twisted.internet import reactor

                reactor.callFromThread(spider.lose_redis, exc)  # type: ignore[attr-defined]
            return False
        return True

    def start(self) -> None:
        """(spider_opened: the crawl's reactor runs) alive before the first lease."""
        self.start_beating()

    def halt(self, timeout: float | None = None) -> bool:
        return super().halt(self.stop_wait if timeout is None else timeout)

    def take_back(self) -> None:
        """(On the beat's thread) a beat that landed after the stop deleted the heartbeat: deleted again."""
        try:
            self.server.delete(self.key)
        except LOST:
            logger.debug("late heartbeat not deleted: Redis is gone", exc_info=True)

    def stop(self) -> None:
        """The spider closed: a worker stopped before the crawl's end gives back the
        leases it holds, then its heartbeat goes (the thread ended first: a beat
        after the delete would say a stopped worker lives)."""
        self.halt()
        spider = self.crawler.spider
        try:
            if isinstance(spider, WorkerSpider) and not spider.lost:
                spider.outbox.give_back()
            self.end(lambda: self.server.delete(self.key))
        except LOST:  # nothing to delete it in
            logger.debug("heartbeat not deleted: Redis is gone", exc_info=True)


# The project's middlewares that read or write the archive: the coordinator does
# their work (revisits and validators, only-new runs, redirect rows).
COORDINATOR_ONLY = ("SkipArchivedMiddleware", "ConditionalRequestsMiddleware", "RedirectLogMiddleware",
                    "RevisitArchivedMiddleware", "PageLimitMiddleware")


def worker_middlewares(project: dict[str, Any], added: dict[str, int | None]) -> dict[str, Any]:
    """The project's middlewares less the coordinator's, plus the worker's own."""
    kept = {name: None if str(name).rsplit(".", 1)[-1] in COORDINATOR_ONLY else order
            for name, order in project.items()}
    return {**kept, **added}


def worker_settings(config: dict[str, Any], redis_url: str, worker: str,
                    processes: int | None = None, verbose: bool = False) -> Settings:
    """The crawl's settings (from the coordinator) with the worker's parts in place."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, value in config["settings"].items():
        settings.set(name, value, priority="cmdline")
    site_concurrency = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
    settings.setdict({
        "CLIPPINGS_REDIS_URL": redis_url, "CLIPPINGS_WORKER_ID": worker,
        "CLIPPINGS_SITE_DELAY": settings.getfloat("DOWNLOAD_DELAY"),
        # Politeness is global (GlobalPolitenessMiddleware): Scrapy's per-worker
        # slots must not add their own waits on top.
        "DOWNLOAD_DELAY": 0, "DOWNLOAD_DELAY_JITTER": 0, "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS_PER_DOMAIN": site_concurrency,
        "SCHEDULER": "crawler.distributed.worker.WorkerScheduler",
        "ITEM_PIPELINES": {}, "CLIPPINGS_PROGRESS_INTERVAL": 0,
        "DOWNLOADER_MIDDLEWARES": worker_middlewares(settings.getdict("DOWNLOADER_MIDDLEWARES"), {
            "crawler.distributed.worker.RedirectRecordMiddleware": 650,
            "crawler.middlewares.guards.TrapGuardMiddleware": None,
            "crawler.distributed.worker.SharedTrapGuardMiddleware": 60,
            "crawler.robots.RobotsTxtMiddleware": None,
            "crawler.distributed.robots.SharedRobotsTxtMiddleware": 100,
            "crawler.distributed.worker.SharedPageLimitMiddleware": 950,
            "crawler.distributed.politeness.WorkerPolitenessMiddleware": 990,
        }),
        "SPIDER_MIDDLEWARES": worker_middlewares(settings.getdict("SPIDER_MIDDLEWARES"), {
            "crawler.distributed.worker.LeasedOutputMiddleware": 10,
        }),
        "EXTENSIONS": {"crawler.distributed.worker.Heartbeat": 500},
        "LOG_LEVEL": "INFO" if verbose else "WARNING",
    }, priority="cmdline")
    if processes is not None:
        settings.set("CLIPPINGS_PROCESSES", processes, priority="cmdline")
    return settings


def no_stop() -> None:
    """No stop signal noted (:func:`run_worker` called with none to check)."""


class CrawlEnded(Exception):
    """(:func:`wait_for_crawl`, ``once``) a crawl announced while this worker waited
    ended before the worker looked: its one crawl is over."""


def wait_for_crawl(redis_url: str, timeout: float | None = None, stopped: Callable[[], None] = no_stop,
                   once: bool = False) -> tuple[str, dict[str, Any]] | None:
    """The oldest crawl in progress this worker can serve, and its config; None after
    ``timeout`` seconds. A crawl it cannot serve (queued by another version of
    Clippings, or with a config it cannot read) is skipped, said once on stderr:
    the worker waits on for one it can (it exited, leaving the crawls after it
    unserved). Raises :class:`LostRedis` when Redis goes away while the worker waits.
    ``stopped`` raises when a stop signal came (its exception swallowed where it
    landed), checked before each look. ``once``: raises :class:`CrawlEnded` when a
    crawl announced since the wait began (:data:`ANNOUNCED`) is not in progress at a
    look (it began and ended between two looks, crawled by other workers: the
    ``--once`` worker waited ``--wait`` seconds, for ever by default)."""
    server = connect(redis_url)
    deadline = None if timeout is None else time.monotonic() + timeout
    skipped: set[str] = set()
    try:
        announced = announced_crawls(server)
        while deadline is None or time.monotonic() < deadline:
            stopped()
            # (read before the crawls in progress: a crawl it counts is among them, or ended)
            came = announced_crawls(server) > announced
            for crawl in active_crawls(server):
                if crawl in skipped:
                    continue
                config, why_not = _servable(redis_url, server, crawl)
                if why_not is not None:
                    skipped.add(crawl)
                    print(f"worker {os.getpid()}: skipped {why_not}", file=sys.stderr, flush=True)
                    continue
                if config is not None:
                    return crawl, config
            if once and came:
                raise CrawlEnded
            time.sleep(WAIT_FOR_CRAWL)
    except LOST as exc:
        raise LostRedis(lost_redis(redis_url, exc)) from exc
    except redis.ResponseError as exc:  # another program's value under a key of Clippings' (was a traceback)
        raise LostRedis(f"Redis at {shown_url(redis_url, bare=True)} holds data Clippings cannot read under its "
                        f"keys (clippings:*): {' '.join(str(exc).split())[:200]}; give Clippings a Redis "
                        "database of its own (redis://HOST:PORT/N)") from exc
    return None


def announced_crawls(server: redis.Redis) -> int:
    """:data:`ANNOUNCED` (0 when another program's value is there: no count to go by)."""
    raw = server.get(ANNOUNCED)
    try:
        return int(raw or 0)
    except ValueError:
        return 0


def _servable(redis_url: str, server: redis.Redis, crawl: str) -> tuple[dict[str, Any] | None, str | None]:
    """(the crawl's config, None) when this worker can serve it; (None, why) when it
    cannot; (None, None) when its config is not there (yet, or any more)."""
    try:
        config = Frontier(server, crawl).config()
    except ValueError as exc:  # (JSONDecodeError, bytes not UTF-8)
        return None, _unreadable_config(redis_url, crawl, f"not JSON: {exc}")
    if config is None:
        return None, None
    seeds = config.get("seeds") if isinstance(config, dict) else None
    if not (isinstance(config, dict) and isinstance(config.get("settings"), dict) and seeds
            and isinstance(seeds, list) and all(isinstance(seed, str) for seed in seeds)):
        # was a KeyError/TypeError/ValueError traceback, after "serving crawl"
        return None, _unreadable_config(redis_url, crawl, "no settings and seeds")
    if config.get("protocol") != PROTOCOL:
        return None, _other_version(redis_url, crawl, config)
    return config, None


def _unreadable_config(redis_url: str, crawl: str, why: str) -> str:
    return (f"crawl {shown(crawl, bare=True, limit=80)} in Redis at {shown_url(redis_url, bare=True)} has a config "
            f"this worker cannot read ({why[:200]}): is its coordinator another version of Clippings?")


def _other_version(redis_url: str, crawl: str, config: dict[str, Any]) -> str:
    """The line for a crawl queued by a coordinator of another Clippings version."""
    version, protocol = config.get("version"), config.get("protocol")
    theirs = (f"Clippings {shown(str(version), bare=True, limit=40)} (protocol {shown(str(protocol), bare=True, limit=20)})"
              if version is not None else "an earlier Clippings (no protocol named)")
    return (f"crawl {shown(crawl, bare=True, limit=80)} in Redis at {shown_url(redis_url, bare=True)} was queued by "
            f"{theirs}; this worker is Clippings {__version__} (protocol {PROTOCOL}): run the same version "
            "on the coordinator and every worker")


class LostRedis(Exception):
    """Redis went away while this worker served or waited for a crawl (the message:
    'lost Redis at URL: why')."""


def quiet_redis_errors(record: logging.LogRecord) -> bool:
    """Log filter without -v: the errors Redis's going away causes all over the
    worker are told in one line at the end, their tracebacks only with -v."""
    return not (record.exc_info and isinstance(record.exc_info[1], LOST))


def quiet_log_handlers() -> None:
    for handler in logging.getLogger().handlers:
        handler.addFilter(quiet_redis_errors)


def leave_crawl(redis_url: str, worker: str, crawler: Crawler | None = None) -> None:
    """A forced stop (the grace period over, a second signal; off the reactor
    thread, the process ends next): the worker gives back the leases it holds, with
    its last stats, frees its sites' tokens, and deletes its heartbeat, as a
    graceful stop does (:meth:`Heartbeat.stop`). It only deleted its heartbeat:
    the coordinator took it for a worker that "stopped answering" (counted in
    ``clippings/workers_lost``), its stats lost, whenever the graceful stop
    outlasted the grace period, as the parse of one page does on a loaded machine.
    No lease is taken after the give-back (:attr:`WorkerSpider.leasing`); a page
    whose commit comes after it is not handed over (the next worker fetches it).
    The heartbeat thread ends first (a beat after the delete would say the worker
    lives, HEARTBEAT_TTL seconds more). Redis gone: nothing to give back to."""
    extensions = getattr(crawler, "extensions", None)
    beats = [extension for extension in getattr(extensions, "middlewares", ()) if isinstance(extension, Heartbeat)]
    for beat in beats:
        beat.halt()
    spider = getattr(crawler, "spider", None)
    server = connect(redis_url)
    try:
        if isinstance(spider, WorkerSpider) and not spider.lost:
            with spider.leasing:
                spider.left = spider.outbox.left = True
            if spider.crawler.stats:
                spider.crawler.stats.inc_value("clippings/worker/stopped_without_waiting")
            spider.outbox.give_back()
        drop_worker_tokens(server, [], worker)
        for beat in beats:  # (a beat landing after the delete is taken back: ThreadedBeat.end)
            beat.end(lambda: server.delete(heartbeat_key(worker)))
        if not beats:
            server.delete(heartbeat_key(worker))
    except LOST:
        logger.debug("leases not given back: Redis is gone", exc_info=True)


#: The signals that stop a worker (one ignored, as SIGHUP under nohup, stays ignored).
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class EarlySignals:
    """The stop signals that come while the worker's crawl is built, before its
    reactor runs and Scrapy's handlers are in place. The command's handler raised
    its exception wherever the signal landed: in Twisted's Deferred code (Scrapy
    building the spider, its middlewares) it was a Failure logged ("Unhandled
    error in Deferred"), the crawl ended as if done, and the worker started afresh
    for the next crawl, the signal forgotten: a worker SIGTERM'd as it started
    (seconds on a loaded machine) served on. Here they are noted, and once the
    reactor runs the first one stops the crawl as a signal then does (its leases
    given back); the process's stop is called from here (:meth:`hand_over`), its
    handlers not put in place by Twisted and Scrapy (``install_signal_handlers=False``): Twisted's own,
    put in place as the reactor starts and replaced by Scrapy's a moment later,
    stopped the reactor with no grace timer and no ``stop_requested``, and the
    worker's crawl never closed (its lease loop ran on): a worker SIGTERM'd at that
    moment ran until killed. Once the reactor stopped, the command's handlers are
    back (:meth:`restore`): a signal between the crawl's end and the next image
    (``os.execv``) went to the ended crawl's handler, and was lost with its image."""

    def __init__(self) -> None:
        self.caught: list[int] = []
        """Every stop signal noted, in the order it came (the handed ones too)."""
        self.handed = 0
        """How many of :attr:`caught` were handed to the process."""
        self.busy = False
        """A :meth:`take` runs: a handler running meanwhile leaves its signal to it."""
        self.file_ahead: Counter[int] = Counter()
        """Signals noted from the wakeup file whose handler has not run yet."""
        self.handler_ahead: Counter[int] = Counter()
        """Signals noted by their handler whose numbers the wakeup file has not given yet."""
        self.handler_ran: Counter[int] = Counter()
        """Signals whose handler ran, not noted yet: noted once the file is read (its
        numbers before them first), from the file if their numbers are there."""
        self.process: StoppableProcess | None = None
        self.arrivals, self.wakeup = os.pipe()
        os.set_blocking(self.arrivals, False)
        os.set_blocking(self.wakeup, False)
        self.previous_wakeup = signal.set_wakeup_fd(self.wakeup, warn_on_full_buffer=False)
        self.previous = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
        for signum, handler in self.previous.items():
            if handler is not signal.SIG_IGN:
                signal.signal(signum, self.note)

    def note(self, signum: int, frame: Any) -> None:
        """This signal noted, once: from the wakeup file, or here if its number is not
        there yet. A signal landing on another thread runs Python's C-level handler
        there, which asks for this handler before it writes the number: this one
        ran first, found the file empty, and the number written later lay unread
        until the crawl's end closed the file; the signal was lost (a worker
        SIGTERM'd as its crawl ended started afresh and waited for its next crawl,
        deaf to it: a loaded machine preempts the thread between the two steps)."""
        if self.file_ahead[signum]:
            self.file_ahead[signum] -= 1
        else:
            self.handler_ran[signum] += 1
        self.take()

    def hand_over(self, process: StoppableProcess) -> None:
        """On the running reactor: each stop signal noted so far, and each one from now
        on, is handed to the process, in turn: the first to its graceful stop, the
        next to its forced stop, as a second signal during the crawl is (a worker
        signalled twice as it started waited out its grace); the process's stop then
        puts its own handlers in place. The handlers stay this object's until then:
        Python runs a signal's handler between any two steps of this code, and one
        landing between the process's handlers put in place and the noted one handed
        went to the graceful stop first, the noted one then taken as the same stop
        again."""
        self.process = process
        self.take()

    def take(self) -> None:
        """Note the signals that came, in the order they came, and hand those not yet
        handed (once the reactor runs: :meth:`hand_over`), each once. The order is
        the wakeup file's (written by Python's C-level handler as each signal lands):
        Python runs the handlers of the signals pending at one moment by number
        (SIGHUP's before SIGTERM's, whichever came first), and runs a handler on this
        thread between any two steps of this code; one running while a take runs
        leaves its signal to it (the check after ``busy`` is cleared finds one that
        landed meanwhile). A handler that noted and handed on its own took the
        signal and its turn from under the one running: the second signal went to
        the graceful stop, reported as the one that stopped the worker (words and
        exit status), the first to the forced stop; or the forced stop came first,
        its words the second signal's."""
        if self.busy:
            return
        while True:
            self.busy = True
            try:
                self.read_arrivals()
                while self.process is not None and self.handed < len(self.caught):
                    signum, turn = self.caught[self.handed], self.handed
                    self.handed += 1
                    if turn == 0:
                        self.process._signal_shutdown(signum, None)
                    elif turn == 1:
                        self.process._signal_kill(signum, None)
            finally:  # (a stop that raised: the next signal is handed, the worker was deaf to it)
                self.busy = False
            unhanded = self.process is not None and self.handed < len(self.caught)  # (one noted meanwhile)
            if not unhanded and not +self.handler_ran and not select.select([self.arrivals], [], [], 0)[0]:
                return

    def read_arrivals(self) -> None:
        """Note the signals whose numbers the wakeup file gives, each once: one its
        handler noted already (:meth:`note`) is not noted again."""
        for signum in self.arrived():
            if signum not in self.previous:
                continue
            if self.handler_ahead[signum]:
                self.handler_ahead[signum] -= 1
            elif self.handler_ran[signum]:
                self.handler_ran[signum] -= 1
                self.caught.append(signum)
            else:
                self.caught.append(signum)
                self.file_ahead[signum] += 1
        for signum, runs in list(self.handler_ran.items()):  # (their numbers not written yet)
            self.caught.extend([signum] * runs)
            self.handler_ahead[signum] += runs
            del self.handler_ran[signum]

    def arrived(self) -> bytes:
        """The numbers of the signals that landed since the last call, in order."""
        try:
            return os.read(self.arrivals, 4096)
        except BlockingIOError:  # (none)
            return b""

    def restore(self) -> None:
        """The reactor stopped: the handlers in place before (the command's) are
        back, raising in plain code now, and the wakeup file before (the command's,
        set so too). Its own pipe is closed, whichever file was the wakeup file by
        then: it closed that one (another's, should one have been put in place
        meanwhile) and left its own open."""
        for signum, handler in self.previous.items():
            if handler is not signal.SIG_IGN and handler is not None:
                signal.signal(signum, handler)
        signal.set_wakeup_fd(self.previous_wakeup, warn_on_full_buffer=False)
        os.close(self.wakeup)
        os.close(self.arrivals)


def serve_crawl(redis_url: str, crawl: str, config: dict[str, Any], *,
                processes: int | None = None, verbose: bool = False) -> tuple[dict[str, Any], int | None]:
    """Work on one crawl until the coordinator ends it or a signal stops this
    worker: its Scrapy stats and the signal, if one did. Stopped, the worker gives
    its unfinished requests back to the crawl's queue and deletes its heartbeat (at
    spider close, or by a forced stop: :func:`leave_crawl`). Raises
    :class:`LostRedis` when Redis went away. Stop signals: :class:`EarlySignals`."""
    worker = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    early = EarlySignals()
    try:  # (the command's handlers back however this ends: a crawl that failed to build too)
        settings = worker_settings(config, redis_url, worker, processes, verbose)
        process = StoppableProcess(settings)
        crawler = process.create_crawler(WorkerSpider)
        process.started_crawlers.append(crawler)  # told of a stop (stop_requested)
        if not verbose:  # Scrapy's log handler is in place once the crawl starts
            crawler.signals.connect(quiet_log_handlers, signal=signals.engine_started)
        process.before_exit.append(lambda: leave_crawl(redis_url, worker, crawler))
        process.crawl(crawler, crawl=crawl, seeds=config["seeds"], since=config.get("since"))
        from twisted.internet import reactor

        reactor.callWhenRunning(early.hand_over, process)  # type: ignore[attr-defined]
        process.start(install_signal_handlers=False)  # (EarlySignals.hand_over puts the process's in place)
    finally:
        early.restore()
    process.no_forced_stop()
    if isinstance(crawler.spider, WorkerSpider) and crawler.spider.lost:
        raise LostRedis(crawler.spider.lost)
    stopped_by = process.stopped_by or next(iter(early.caught), None)  # (one the reactor never ran for)
    return (crawler.stats.get_stats() if crawler.stats else {}), stopped_by


def run_worker(redis_url: str, *, once: bool = False, processes: int | None = None,
               verbose: bool = False, wait: float | None = None, stopped: Callable[[], None] = no_stop) -> bool:
    """Serve the next crawl; then start afresh for the one after (unless ``once``).
    False when no crawl came within ``wait`` seconds. ``once``: a crawl queued while
    the worker waited that ended before it looked (:class:`CrawlEnded`) was its one.
    SIGINT / SIGTERM end the
    worker (exit 130 / 143) with no next crawl: ``stopped`` raises the command's
    exception for one noted whose own was swallowed where it landed."""
    try:
        found = wait_for_crawl(redis_url, wait, stopped, once=once)
    except CrawlEnded:
        stopped()
        print(f"worker {os.getpid()}: a crawl queued while this worker waited ended before it joined; "
              "pages fetched: 0", file=sys.stderr, flush=True)
        return True
    if found is None:
        stopped()
        return False
    crawl, config = found
    stopped()
    print(f"worker {os.getpid()}: serving crawl {crawl}", file=sys.stderr, flush=True)
    stats, stopped_by = serve_crawl(redis_url, crawl, config, processes=processes, verbose=verbose)
    pages = stats.get("response_received_count", 0)
    if stopped_by is not None:
        print(f"worker {os.getpid()}: {SIGNAL_WORDS.get(stopped_by, f'stopped by signal {stopped_by}')}; "
              f"pages fetched: {pages}; its unfinished requests go back to the crawl's queue",
              file=sys.stderr, flush=True)
        sys.exit(128 + stopped_by)
    print(f"worker {os.getpid()}: crawl {crawl} ended; pages fetched: {pages}", file=sys.stderr, flush=True)
    if not once:
        start_afresh(stopped)
    stopped()
    return True


def start_afresh(stopped: Callable[[], None]) -> None:
    """One Twisted reactor per process: the next crawl gets a fresh interpreter.
    A stop signal landing from the last check on (in ``os.execv``'s own code its
    handler never runs, and it was lost with the image) is handed to the next
    image (:mod:`crawler.held_signals`), which ends on it."""
    with held_signals.handed_over() as environment:
        stopped()
        os.execve(sys.executable, [sys.executable, "-m", "crawler.cli", *sys.argv[1:]], environment)
