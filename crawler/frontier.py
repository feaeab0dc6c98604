"""A crawl's frontier, on the crawl's side: what it scheduled, and what it resumes.

The archive keeps the frontier of a crawl that has not reached its end
(``archive/frontier.py``): a ``pending`` row for each URL the crawl scheduled,
``done`` once the record of its fetch is stored. Here, on the reactor thread,
every request the engine schedules (Scrapy's ``request_scheduled`` signal) is
noted; the archive pipeline takes the notes on its writer thread and writes them
in the transaction of the next record it stores. A page's links are scheduled
before its record is sent to the pipelines (the spider yields them first), so
their rows are in the archive no later than the page's ``done``: a crash loses
neither a page nor what it linked to.

When a crawl resumes another, :attr:`Frontier.resumed` holds what it takes over:
the spider requests the seeds not done, then the pending URLs and those whose
fetch failed in a way that may pass, read from the archive a page at a time
(``archive.frontier.taken_rows``), and a request for a URL done already is
dropped here, before the scheduler (a link to it, a revisit of the archive's
articles). The spider yields the next row only while the scheduler has room
for it (:class:`StartRoom`: fewer than ``CLIPPINGS_RESUME_AHEAD`` start requests).
The rows come highest priority first and at least one resumed request waits in
the scheduler until the last row is read, so the scheduler's next request is
never of a lower priority than a row not yet read: the order is the one the
whole frontier in the scheduler gave.

Seeds, revisits of the archive's articles and the identity pipeline's checks of a
canonical link are not noted: the next crawl makes them again (minus the done).
"""

from __future__ import annotations

import json
import threading
import weakref
from collections import deque
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from scrapy.core.scheduler import Scheduler
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import Request
from scrapy.settings import BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

#: The request meta a pending URL keeps (JSON): what the crawl's depth limit,
#: breadth-first order, sitemap nesting and redirect limits read.
KEPT_META = ("depth", "index_hops", "depth_reset", "seed", "revisit", "redirect_urls", "redirect_times",
             "redirect_ttl", "redirect_reasons")


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _reasons(value: Any) -> bool:
    return isinstance(value, list) and all(
        item is None or (isinstance(item, (int, str)) and not isinstance(item, bool)) for item in value)


#: What each kept meta value must be: a count, a flag, a URL, a list of URLs, of reasons.
META_CHECKS = {"depth": _count, "index_hops": _count, "redirect_times": _count, "redirect_ttl": _count,
               "depth_reset": lambda value: isinstance(value, bool), "revisit": lambda value: isinstance(value, bool),
               "seed": lambda value: isinstance(value, str), "redirect_urls": _texts, "redirect_reasons": _reasons}

#: Scrapy's bounds of a SQLite INTEGER: a note's priority is kept within them.
PRIORITY_BOUND = 2**63 - 1


def kept_meta(meta: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A frontier row's meta as a resumed request may carry it: the keys of
    :data:`KEPT_META` whose values are of their kind, and what was set aside (a
    key no crawl writes, a value of another kind: an archive edited or damaged;
    a request's meta steers its fetch: proxy, redirects, timeouts)."""
    kept: dict[str, Any] = {}
    aside: list[str] = []
    for name, value in meta.items():
        check = META_CHECKS.get(name)
        if check is None:
            aside.append(f"meta key {name!r} (no crawl writes it)")
        elif not check(value):
            aside.append(f"meta {name}={json.dumps(value)[:60]} (not of its kind)")
        else:
            kept[name] = value
    return kept, aside


class AlreadyDone(IgnoreRequest):
    """A request for a URL whose record the crawl this one resumes stored already."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{url} was fetched by the crawl this one resumes")


#: (url, meta, priority) of a URL a crawl takes over, to request.
TakenRow = tuple[str, dict[str, Any], int]


def row_requests(rows: Iterable[TakenRow], asked: Container[str], asked_seeds: Container[str],
                 **request: Any) -> Iterator[Request]:
    """The requests of the rows a crawl took over, as they are read: ``request`` is
    the rest of each request (its callbacks). A row whose URL is a seed asked again,
    or where a seed's redirects led (a row noted, not fetched), is left out: the
    seed's request follows its redirects again, around the duplicate filter, so the
    row's request fetched the page twice. ``asked``: the seeds' URLs requested;
    ``asked_seeds``: the seeds requested."""
    for url, meta, priority in rows:
        if url in asked or meta.get("seed") in asked_seeds:
            continue
        yield Request(url, meta=meta, priority=priority, **request)


@dataclass(slots=True)
class FrontierNotes:
    """A distributed crawl's frontier notes, from a worker to the coordinator: handed
    over in a lease's commit, before its records (:mod:`crawler.distributed.worker`),
    and written by the archive pipeline in the transaction of the next record it
    stores, as one process's notes are (:meth:`Frontier.add_notes`)."""

    found: list[tuple[str, str, int]]
    """(url, kept meta as JSON, priority) of each request the worker's pages led to."""
    answered: list[str]
    """The URLs answered with no record of their own (:meth:`Frontier.answered`)."""


@dataclass(slots=True)
class Resume:
    """What a crawl takes over (see :class:`archive.frontier.Resumed`)."""

    crawl_id: int
    done: Container[str] = frozenset()
    """The URLs done (:class:`archive.frontier.DoneUrls`: a key found is checked in the archive)."""
    rows: Callable[[], Iterator[TakenRow]] | None = None
    """Opens the pending and failed rows taken over, in the order to request them,
    read a page at a time (call it on the reactor thread, before the crawl stores
    anything: what it reads is the frontier as taken over)."""


#: Start requests the scheduler holds ahead, at the least: more than the
#: downloader takes from it at once (``CONCURRENT_REQUESTS``), so it never runs out
#: of them between two reads of ``start()``.
MIN_AHEAD_PER_SLOT = 2


def start_ahead(settings: BaseSettings) -> int:
    """The start requests the spider keeps in the scheduler: ``CLIPPINGS_RESUME_AHEAD``,
    at least :data:`MIN_AHEAD_PER_SLOT` per ``CONCURRENT_REQUESTS``, at least one."""
    return max(settings.getint("CLIPPINGS_RESUME_AHEAD"),
               MIN_AHEAD_PER_SLOT * settings.getint("CONCURRENT_REQUESTS"), 1)


class StartRoom:
    """The room the scheduler has for start requests: the handshake between the
    spider's ``start()`` and :class:`StartCountingScheduler`.

    Scrapy reads a spider's ``start()`` as fast as it yields, whether the
    scheduler needs the requests or not: a resumed crawl's 20,000 pending URLs
    were 20,000 requests in memory before the first fetch. So the scheduler tells
    this room each start request it holds (:meth:`queued`) and each it hands to
    the engine (:meth:`taken`), and the spider awaits :meth:`wait` before each
    resumed request it yields: it returns once fewer than :attr:`ahead` start
    requests wait in the scheduler (Scrapy's lazy start pattern: ``start()``
    awaits a Deferred, fired here by the scheduler when a start request leaves
    it). Only this class changes the count and the wait."""

    def __init__(self, ahead: int = 0) -> None:
        self.ahead: Final = ahead
        """The start requests the spider keeps in the scheduler (0: no limit)."""
        self._held = 0
        """The start requests the scheduler holds."""
        self._waiter: Deferred[None] | None = None
        """Set while the spider's ``start()`` waits for room (:meth:`wait`)."""
        self._closed = False

    async def wait(self) -> bool:
        """Return once the scheduler holds fewer than :attr:`ahead` start requests
        (True), or once the crawl wants no more of them (False: :meth:`close`)."""
        while not self._closed and self.ahead and self._held >= self.ahead:
            self._waiter = Deferred()
            await maybe_deferred_to_future(self._waiter)
        return not self._closed

    def close(self) -> None:
        """No more start requests (the page limit reached): :meth:`wait` returns False."""
        self._closed = True
        self._wake()

    def queued(self) -> None:
        """The scheduler took a start request in."""
        self._held += 1

    def taken(self) -> None:
        """The scheduler gave a start request to the engine: room for the next,
        if the spider waits for it."""
        self._held -= 1
        if self._held < self.ahead:
            self._wake()

    def _wake(self) -> None:
        if self._waiter is not None:
            waiter, self._waiter = self._waiter, None
            waiter.callback(None)


#: Request meta: the page this request fetches was counted by ``--max-pages``
#: (:mod:`crawler.middlewares.pagelimit`): set on its first request, copied to its
#: retries and redirects; never kept in the frontier.
COUNTED = "clippings_page_counted"


#: Request meta: the scheduler handed this request out on a slot of ``--max-pages``
#: given back after the limit was reached (:meth:`Frontier.free_slot`).
FREE_SLOT = "clippings_free_slot"

#: Request meta: the spider awaits this request's answer or its refusal (a
#: multi-page story's later page: its first page's record is held until then).
#: Past the page limit it is refused through its errback (the page limit's
#: ``PastMaxPages``), never set aside unanswered by the scheduler nor kept for a
#: slot given back.
AWAITED = "clippings_answer_awaited"


def counted(request: Request) -> bool:
    """Whether ``request`` fetches a page the page limit counted already: a retry, a redirect's target."""
    return bool(request.meta.get(COUNTED) or request.meta.get("retry_times"))


def requested_urls(request: Request) -> tuple[str, ...]:
    """The URLs a request's answer finishes: those it was redirected from, and its own."""
    chain = request.meta.get("redirect_urls") or ()
    return (*(str(url) for url in chain), request.url)


class Frontier:
    """The frontier notes of one crawl (one per :class:`Crawler`)."""

    def __init__(self, ahead: int = 0) -> None:
        self.active = False
        """Set by the archive pipeline when the crawl keeps a frontier."""
        self.resumed: Resume | None = None
        self.room = StartRoom(ahead)
        """The start requests the scheduler holds, and the spider's wait for room."""
        self.counted_only = False
        """Set when ``--max-pages`` is reached (:meth:`finish_counted`)."""
        self.free_slots = 0
        """Slots of ``--max-pages`` given back once it was reached, for the next
        pages refused or waiting (:meth:`free_slot`)."""
        self.held: deque[Request] = deque()
        """Requests refused past ``--max-pages``, in the order they were refused,
        kept for the slots given back after it (:meth:`hold`)."""
        self.unread: Iterator[Request] | None = None
        """The requests of the rows a resumed crawl had not read when ``--max-pages``
        was reached, read one by one for the slots given back after it, once no
        request is kept or waiting for them (:meth:`take_unread`)."""
        self._keep = 0
        self.unfetched: Callable[[Request], None] | None = None
        """Told of each request dropped as :class:`AlreadyDone` (the page limit gives
        a redirect's slot back when its target is dropped so)."""
        self.notes_answered = True
        """Whether the URLs answered with no record are noted (:meth:`answered`). A
        distributed worker's frontier notes none: each is marked done by the
        ``redirect`` row that answers it (:meth:`crawler.distributed.worker.Outbox.notes`),
        so what it takes (:meth:`take`) holds only what it found."""
        self._found: list[tuple[str, str, int]] = []
        self._answered: list[str] = []
        self._lock = threading.Lock()

    def scheduled(self, request: Request, spider: Any = None) -> None:
        """``request_scheduled``: note the request, or drop it (:class:`AlreadyDone`)."""
        if not self.active:
            return
        meta = request.meta
        if meta.get("canonical_check"):
            return
        if self.resumed is not None and not request.dont_filter and request.url in self.resumed.done:
            stats = getattr(getattr(spider, "crawler", None), "stats", None)
            if stats is not None:
                stats.inc_value("clippings/resumed_done_dropped")
            self.answered(request)
            if self.unfetched is not None:
                self.unfetched(request)
            raise AlreadyDone(request.url)
        if (meta.get("seed") or meta.get("revisit")) and not meta.get("redirect_urls"):
            return  # made again by the next crawl (minus the done)
        kept = {name: meta[name] for name in KEPT_META if name in meta}
        try:
            text = json.dumps(kept)
        except (TypeError, ValueError):
            text = "{}"
        priority = max(-PRIORITY_BOUND, min(PRIORITY_BOUND, int(request.priority)))  # (else no note is written)
        with self._lock:
            self._found.append((request.url, text, priority))

    def dropped(self, request: Request, spider: Any = None) -> None:
        """``request_dropped`` (the duplicate filter): a redirect's target dropped is
        the end of its chain (:meth:`answered`)."""
        if self.active and not request.meta.get("canonical_check"):
            self.answered(request)

    def answered(self, request: Request, itself: bool = False) -> None:
        """A redirect's target dropped unfetched (the duplicate filter's: this crawl
        asked for it already; :class:`AlreadyDone`; a seed): the URLs redirected to it
        were answered (their ``redirect`` fetch rows say where to), so they are
        noted done, in order after every note made so far (the target's own, when
        this crawl asked for it). Else each crawl that continues this one fetched
        them again, and dropped their target again: a redirect loop, or a redirect
        to a page done, was pending for ever, and ``--max-pages 1`` run again and
        again fetched it each time and nothing else. ``itself``: the request's own
        URL too, answered with a redirect the crawl does not follow (its
        ``redirect`` row says where to, and why not)."""
        chain = [str(url) for url in (requested_urls(request) if itself else request.meta.get("redirect_urls") or ())]
        if chain and self.active and self.notes_answered:
            with self._lock:
                self._answered.extend(chain)

    def finish_counted(self, keep: int = 0) -> None:
        """The page limit is reached: the crawl fetches what is left of the pages it
        counted (their retries waiting in the scheduler, their redirects) and no
        other, but for a slot given back (:meth:`free_slot`). The spider's
        ``start()`` yields no more (:meth:`StartRoom.close`) and
        :class:`StartCountingScheduler` sets aside every request it holds that is
        not :func:`counted` (noted pending already: the next crawl of the seeds
        fetches it); the first ``keep`` refused (as many as slots may still be
        given back) are kept for such slots (:meth:`hold`). The crawl ends when
        it is idle."""
        self.counted_only = True
        self._keep = keep
        self.room.close()

    def hold(self, request: Request) -> None:
        """Keep a request refused past the page limit for a slot given back, if
        fewer than ``keep`` (:meth:`finish_counted`) are kept."""
        if len(self.held) < self._keep:
            self.held.append(request)

    def free_slot(self) -> None:
        """A slot of the page limit given back once the limit was reached: the
        scheduler hands out the next request kept (:meth:`hold`), else the next
        it holds, for it."""
        self.free_slots += 1

    def take_free_slot(self) -> Request | None:
        """The request kept for a free slot (:meth:`free_slot`), marked as sent on
        it (:data:`FREE_SLOT`); None when no slot is free or no request is kept."""
        if not self.free_slots or not self.held:
            return None
        self.free_slots -= 1
        request = self.held.popleft()
        request.meta[FREE_SLOT] = True
        return request

    def take_unread(self) -> Request | None:
        """The request of the next row not read (:attr:`unread`) when a slot is free,
        else None. (A slot given back once the scheduler had nothing left went
        unused while the resumed crawl's rows not read waited for the next crawl:
        ``--max-pages N`` gave fewer than N pages.) A fault reading the rows ends
        the reading (the rows stay for the next crawl; the archive pipeline logged
        and counted it)."""
        if not self.free_slots or self.unread is None:
            return None
        try:
            request = next(self.unread, None)
        except CloseSpider:
            request = None
        if request is None:
            self.unread = None
        return request

    def take(self) -> tuple[list[tuple[str, str, int]], list[str]]:
        """The notes made since the last take (any thread): the URLs scheduled, and
        the URLs answered with no record (:meth:`answered`), taken together."""
        with self._lock:
            found, self._found = self._found, []
            answered, self._answered = self._answered, []
        return found, answered

    def give_back(self, found: list[tuple[str, str, int]], answered: list[str]) -> None:
        """Notes taken whose transaction failed: written with the next record."""
        with self._lock:
            self._found[:0] = found
            self._answered[:0] = answered

    def add_notes(self, notes: FrontierNotes) -> None:
        """Notes made elsewhere (a distributed crawl's worker), after those made so far."""
        with self._lock:
            self._found.extend(notes.found)
            self._answered.extend(notes.answered)


_FRONTIERS: weakref.WeakKeyDictionary[Crawler, Frontier] = weakref.WeakKeyDictionary()


def frontier_of(crawler: Crawler) -> Frontier:
    """The crawl's :class:`Frontier` (made on first use, with the crawl's :func:`start_ahead`)."""
    found = _FRONTIERS.get(crawler)
    if found is None:
        found = _FRONTIERS[crawler] = Frontier(start_ahead(crawler.settings))
    return found


class StartCountingScheduler(Scheduler):
    """Scrapy's scheduler, telling the crawl's :class:`StartRoom` each start request
    it holds and each it hands to the engine (which gives the spider room for the
    next when it waits). Once the page limit is reached (:meth:`Frontier.finish_counted`)
    it hands out only the requests of pages counted, and sets the others aside
    (``clippings/max_pages_refused``, as the page limit counts those it refuses),
    but for a slot given back: the first request set aside goes out on it."""

    def enqueue_request(self, request: Request) -> bool:
        queued = super().enqueue_request(request)
        if queued and request.meta.get("is_start_request") and self.crawler is not None:
            frontier_of(self.crawler).room.queued()
        return queued

    def has_pending_requests(self) -> bool:
        """Scrapy's, and a request kept, or a row not read, for a slot given back
        (:meth:`Frontier.free_slot`)."""
        if super().has_pending_requests():
            return True
        frontier = frontier_of(self.crawler) if self.crawler is not None else None
        return frontier is not None and bool(frontier.free_slots and (frontier.held or frontier.unread is not None))

    def next_request(self) -> Request | None:
        frontier = frontier_of(self.crawler) if self.crawler is not None else None
        kept = frontier.take_free_slot() if frontier is not None else None
        if kept is not None:
            if self.stats is not None:  # refused, and now fetched after all
                self.stats.inc_value("clippings/max_pages_refused", -1)
            return kept
        while True:
            request = super().next_request()
            if request is None and frontier is not None:
                request = self._unread_row(frontier)
            if request is None or frontier is None:
                return request
            if request.meta.get("is_start_request"):
                frontier.room.taken()
            if not frontier.counted_only or counted(request) or request.meta.get(AWAITED):
                return request  # (an awaited request: the page limit refuses it to its errback)
            if frontier.free_slots:
                frontier.free_slots -= 1
                request.meta[FREE_SLOT] = True
                return request
            if self.stats is not None:
                self.stats.inc_value("clippings/max_pages_refused")
            frontier.hold(request)

    def _unread_row(self, frontier: Frontier) -> Request | None:
        """For a free slot, the next row not read (:meth:`Frontier.take_unread`) that
        the crawl schedules (a row done already or seen in this crawl is dropped on
        the way, as one read before the limit would have been), taken back out."""
        while (row := frontier.take_unread()) is not None:
            engine = self.crawler._engine if self.crawler is not None else None  # (``.engine`` raises before)
            if engine is None:
                return None
            engine.crawl(row)  # noted in the frontier, through the duplicate filter
            request = super().next_request()
            if request is not None:
                return request
        return None
