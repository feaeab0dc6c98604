"""Run one crawl in this process: settings in, a summary of what happened out.

``clippings crawl`` and ``clippings demo`` call :func:`run_crawl`; ``scrapy crawl
articles`` takes the same settings from ``scrapy.cfg``. Twisted's reactor runs once
per process, so one process runs one crawl.
"""

from __future__ import annotations

import contextvars
import json
import logging
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from archive.db import BUSY_TIMEOUT_ENV, ArchiveError, close_stale_crawls, file_fault, open_readonly
from archive.frontier import named
from archive.queries import crawl_report
from crawler.download import MACHINE_ERRORS
from crawler.items import ARCHIVE_FAULT_REASON, LOST_REDIS_REASON, MAX_PAGES_REASON, NORMAL_FINISH_REASONS
from crawler.shown import shown
from crawler.signals import stop_requested
from crawler.spiders.articles import ArticleSpider

logger = logging.getLogger(__name__)
#: The stats counting the requests a bug failed, by exception type (crawler/spiders/articles.py).
UNEXPECTED = "clippings/unexpected_errors/"

#: Seconds a crawl may take to stop after Ctrl-C or SIGTERM (requests in flight
#: finish, records are written) before it is stopped without waiting.
GRACE_SECONDS = 5.0

SIGNAL_WORDS: dict[int, str] = {signal.SIGINT: "interrupted (Ctrl-C)", signal.SIGTERM: "stopped by SIGTERM",
                                 signal.SIGHUP: "stopped by SIGHUP"}


@dataclass(slots=True)
class CrawlSummary:
    """What a crawl did, for the command line."""

    crawl_id: int | None
    seconds: float
    pages_fetched: int
    outcomes: dict[str, int] = field(default_factory=dict)
    seed_errors: dict[str, str] = field(default_factory=dict)
    finish_reason: str | None = None
    pages_parsed: int = 0
    new_articles: int = 0
    new_versions: int = 0
    stopped_by: int | None = None
    """The signal (SIGINT, SIGTERM) that stopped the crawl, if one did."""
    max_pages: int = 0
    budget_refused: int = 0
    """Requests refused because their site's page budget was spent."""
    links_too_long: int = 0
    """Links dropped as longer than ``URLLENGTH_LIMIT`` (never fetched)."""
    in_archive: bool = True
    """False when the archive holds no row for ``crawl_id``."""
    resumed_from: int | None = None
    """The unfinished crawl of the same seeds this one continued (crawler/frontier.py)."""
    resumed_pending: int = 0
    """``clippings/resumed_pending``: the pending rows taken over, the URLs that crawl
    had found and not fetched. Not all are requested: a row left out as damaged
    (``resumed_left_out``), or whose URL or seed is a seed asked again, is counted
    here all the same."""
    resumed_retried: int = 0
    """The URLs whose fetch had failed there (or before), fetched again."""
    resumed_given_up: int = 0
    """The URLs whose fetch had failed in ``CLIPPINGS_RESUME_ATTEMPTS`` crawls: not fetched again."""
    give_up_crawls: int = 3
    """``CLIPPINGS_RESUME_ATTEMPTS``."""
    resumed_damaged: int = 0
    """That crawl's frontier rows found damaged (archive/frontier.py: named in the log)."""
    resumed_left_out: int = 0
    """The damaged rows not fetched (their URL the damage)."""
    resumed_damage: str | None = None
    """The first damaged row and what is wrong with it."""
    unrecorded: int = 0
    """Records a pipeline raised on and responses whose parse raised (Scrapy's
    ``item_error``, ``spider_exceptions/count``): pages with no record, or with
    part of what they led to missing."""
    unexpected: dict[str, int] = field(default_factory=dict)
    """Requests failed with an exception of a bug, not of the network or the site
    (``clippings/unexpected_errors/<type>``), by type: each logged with its traceback."""
    machine: dict[str, int] = field(default_factory=dict)
    """Downloads this machine failed, not the network nor a site (no file descriptor
    left, a full disk: ``clippings/machine_errors/<EMFILE>``), by errno: each logged."""
    continues: list[int] = field(default_factory=list)
    """Every crawl of the snapshot this one continued, oldest first."""
    continued_pages: int = 0
    """The pages those crawls fetched."""
    waiting: int = 0
    """The URLs this crawl found and did not fetch: the next crawl of its seeds fetches them."""
    waiting_failed: int = 0
    """The URLs whose fetch failed in a way that may pass: the next crawl of its seeds fetches them again."""

    @property
    def ok(self) -> bool:
        """Every seed answered and the crawl ended normally."""
        return (self.crawl_id is not None and self.in_archive and self.stopped_by is None and not self.seed_errors
                and self.finish_reason in NORMAL_FINISH_REASONS)

    @property
    def articles_stored(self) -> int:
        return self.outcomes.get("stored", 0)

    @property
    def why_stopped(self) -> str:
        """Why the crawl ended, in the user's words."""
        if self.stopped_by is not None:
            return SIGNAL_WORDS.get(self.stopped_by, f"stopped by signal {self.stopped_by}")
        if self.crawl_id is None:  # the store never started: its error is in the log
            return "failed: no crawl was recorded in the archive (the crawl has no id)"
        if not self.in_archive:
            return f"failed: crawl {self.crawl_id} is not in the archive"
        if self.finish_reason and self.finish_reason.startswith(ARCHIVE_FAULT_REASON):
            return "failed: " + self.finish_reason.removeprefix(ARCHIVE_FAULT_REASON)
        if self.finish_reason and self.finish_reason.startswith(LOST_REDIS_REASON):
            return "failed: " + self.finish_reason
        if self.seed_errors:
            return "failed: " + "; ".join(f"could not crawl seed {shown(u, bare=True)}: {why}" for u, why in self.seed_errors.items())
        if self.finish_reason in (MAX_PAGES_REASON, "closespider_pagecount"):
            # --max-pages counts each run's pages: a continued crawl fetched that many more.
            more = " more" if self.resumed_from is not None else ""
            return f"reached --max-pages ({self.max_pages}{more} pages)" if self.max_pages else "reached --max-pages"
        if self.finish_reason == "finished":
            return "finished"
        return "stopped early"

    def lines(self) -> list[str]:
        """Human-readable summary lines."""
        count = self.outcomes.get
        crawl, why, seconds = self.crawl_id if self.crawl_id is not None else "-", self.why_stopped, self.seconds
        if why == "finished":
            head = f"crawl {crawl} finished in {seconds:.1f}s"
        elif why.startswith("failed: "):
            head = f"crawl {crawl} failed after {seconds:.1f}s: {why.removeprefix('failed: ')}"
        else:
            head = f"crawl {crawl} {why} after {seconds:.1f}s"
        refused = self.refused_line()
        return [
            head,
            *([self.continued_line()] if self.resumed_from is not None else []),
            f"pages fetched: {self.pages_fetched} (parsed: {self.pages_parsed})" + (
                f"; {self.pages_fetched + self.continued_pages} with {named(self.continues)} it continued"
                if self.continues else ""),
            f"new articles: {self.new_articles}, new versions: {self.new_versions}, "
            f"unchanged: {count('unchanged', 0)}, gone: {count('gone', 0)}",
            f"other pages: {count('not-article', 0)}, duplicates: {count('duplicate', 0)}, "
            f"refused by robots.txt: {count('robots', 0)}, errors: {count('error', 0)}",
            *([f"later pages of multi-page stories: {count('later-page', 0)} (their text in their first "
               "page's record)"] if count("later-page", 0) else []),
            *([refused] if refused else []),
            *([f"lost to errors: {self.unrecorded} (a page's parse or store raised; -v shows each)"]
              if self.unrecorded else []),
            *([self.unexpected_line()] if self.unexpected else []),
            *([self.machine_line()] if self.machine else []),
            *([self.left_line()] if self.waiting or self.waiting_failed else []),
        ]

    def unexpected_line(self) -> str:
        """The requests a bug failed (a middleware's, Clippings' own), by exception type."""
        kinds = ", ".join(f"{name}: {count}" for name, count in sorted(self.unexpected.items()))
        return (f"unexpected errors: {sum(self.unexpected.values())} ({kinds}): a bug in a middleware or in "
                "Clippings, not the sites; their error rows name the pages, -v shows each traceback")

    def machine_line(self) -> str:
        """The downloads this machine failed, by errno."""
        kinds = ", ".join(f"{name}: {count}" for name, count in sorted(self.machine.items()))
        return (f"failed on this machine: {sum(self.machine.values())} ({kinds}): not the sites' fault (its limits, "
                "its disk, its firewall); their error rows name the pages, fetched again by the next crawl of these seeds")

    def continued_line(self) -> str:
        """What this crawl took over from the unfinished crawl of its seeds."""
        line = f"continued crawl {self.resumed_from}: {pages(self.resumed_pending)} it had found and not fetched"
        if self.resumed_retried:
            line += f", {pages(self.resumed_retried)} whose fetch had failed (fetched again)"
        if self.resumed_given_up:
            line += (f", {pages(self.resumed_given_up)} given up (failed in {self.give_up_crawls} crawls: "
                     "not fetched again)")
        if self.resumed_damaged:
            rows = "row" if self.resumed_damaged == 1 else "rows"
            line += (f"; {self.resumed_damaged} damaged {rows} ({self.resumed_left_out} left out, the others "
                     f"fetched with the damage set aside; -v names each), the first: {self.resumed_damage}")
        return line

    def left_line(self) -> str:
        """What this crawl leaves for the next crawl of its seeds."""
        failed = (f", {pages(self.waiting_failed)} whose fetch failed (fetched again)"
                  if self.waiting_failed else "")
        return (f"left for the next crawl of these seeds: {pages(self.waiting)} found and not fetched{failed} "
                "(--fresh starts anew instead)")

    def refused_line(self) -> str | None:
        """What the crawl's own limits kept out (traps, other sites, spent page
        budgets), when they kept anything out: why a crawl ended sooner than the site."""
        parts = [f"{label} {number}" for label, number in (
            ("traps", self.outcomes.get("trap", 0)),
            ("off the crawl's sites", self.outcomes.get("offsite", 0)),
            ("past a site's page budget", self.budget_refused),
            ("links longer than URLLENGTH_LIMIT", self.links_too_long),
        ) if number]
        return "refused: " + ", ".join(parts) if parts else None


def pages(count: int) -> str:
    return f"{count} page" if count == 1 else f"{count} pages"


def crawl_settings(
    db: str | Path,
    *,
    max_pages: int | None = None,
    depth: int | None = None,
    overrides: dict[str, Any] | None = None,
) -> Settings:
    """The project settings with this run's archive, limits and overrides applied."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    waits = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if waits:  # the variable every command honours; -s CLIPPINGS_BUSY_TIMEOUT wins
        settings.set("CLIPPINGS_BUSY_TIMEOUT", float(waits), priority="project")
    settings.set("CLIPPINGS_DB", str(db), priority="cmdline")
    if max_pages:
        settings.set("CLIPPINGS_MAX_PAGES", max_pages, priority="cmdline")
    if depth is not None:
        # Scrapy reads DEPTH_LIMIT = 0 as "no limit"; depth 0 here means "the
        # seeds (and the entries of their sitemaps and feeds) only": the spider
        # then follows no links from HTML pages.
        settings.set("DEPTH_LIMIT", depth, priority="cmdline")
        settings.set("CLIPPINGS_FOLLOW_LINKS", depth > 0, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


@dataclass(slots=True)
class CrawlJob:
    """One site's crawl: its seeds, its settings, and spider arguments."""

    name: str
    seeds: list[str]
    settings: Settings
    since: str | None = None


class StoppableProcess(CrawlerProcess):
    """A CrawlerProcess that remembers which signal stopped it and never hangs.

    Scrapy stops gracefully on the first SIGINT / SIGTERM (requests in flight
    finish) and stops the reactor on the second; but a stalled download or a
    busy parser can hold either for minutes. (A site's download slot held by a
    long delay or a Retry-After would too, as Scrapy's close waits for every
    request queued there: the first signal also sends
    :data:`crawler.signals.stop_requested`, and the page requests waiting there
    are dropped unfetched.) So the first signal also starts a timer, and the second signal
    or the timer's end closes the crawl rows as ``interrupted``, with the stats
    counted so far, prints the summaries (:attr:`report`) and ends the process
    with 128 + the signal's number, the shell's convention. Overrides Scrapy's
    (private) signal handlers: no public hook tells which signal arrived.
    """

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.started_crawlers: list[Crawler] = []
        #: Called by :meth:`force_stop` before the process ends (the distributed
        #: coordinator tells its workers the crawl is over).
        self.before_exit: list[Callable[[], None]] = []
        #: Prints the crawls' summaries, as the command does after a crawl that
        #: ended: called by :meth:`force_stop`, which ends the process itself.
        self.report: Callable[[], None] | None = None
        self.stopped_by: int | None = None
        self.timer: threading.Timer | None = None
        self.killer: threading.Thread | None = None
        self.stops: list[int] = []
        """The signals handed to :meth:`_signal_shutdown`, in the order their handlers ran."""
        self.stops_handled = 0
        self.unhandled: Counter[int] = Counter()
        """The stop signals read from :attr:`arrivals` whose handlers have not run yet."""
        self.handler_ahead: Counter[int] = Counter()
        """The stop signals noted by their handler whose numbers :attr:`arrivals` has not given yet."""
        self.arrivals: SignalArrivals | None = None
        """The wakeup file the order the signals came in is read from (a crawl's:
        :func:`run_to_the_end`); none, each signal counts as its handler runs."""
        self.stopping = False
        """A :meth:`_signal_shutdown` hands the signals: one whose handler runs meanwhile leaves its own to it."""
        self.forcing = threading.Lock()
        """Held by the forced stop that runs, till the process ends: another one (the
        timer's beside a second signal's, a third signal: SIGHUP's handler is still
        the forced stop's) waits for that end, never closing the rows and printing
        the summaries again."""
        self.forced = threading.Lock()
        """Taken, never given back, by the first forced stop begun (:meth:`_signal_kill`
        or the grace timer's end: :meth:`grace_over`); one begun after it does
        nothing. (Given back by a :meth:`_signal_kill` whose killer thread could not
        start: no forced stop began, and the next signal or the timer's end begins it.) Taken in one step (``acquire`` does not let a signal's handler run
        halfway): a handler runs between any two steps of another. Without it two
        began: a worker's stop signal landing as :class:`EarlySignals
        <crawler.distributed.worker.EarlySignals>` handed the first (the process's
        handlers in place by then) ran the forced stop's handler and was then handed
        to it again from the wakeup file; one landing in :meth:`_graceful_stop` after
        Scrapy put the forced stop's handlers in place ran it, and the SIGHUP handler
        put back after it ran it again on a third signal. Each began another killer
        thread (it waited on :attr:`forcing`), logged "forcing unclean shutdown" and
        stopped the reactor again."""

    def _signal_shutdown(self, signum: int, frame: Any) -> None:
        """The first stop signal's handler (Scrapy's for SIGINT and SIGTERM, ours for
        SIGHUP): the graceful stop; one more before the forced stop's handlers are in
        place is the forced stop. Python runs a handler between any two steps of
        another: one landing in this one's steps was a second graceful stop (a
        second timer started over the first, which no one then cancelled, or the same
        Timer started twice, an error), never the forced stop. So each signal is noted
        in one step, and handed in the order noted, by one handler at a time. A stop
        that raises (a thread it cannot start) leaves the next signal its turn."""
        self.note_arrivals(signum)
        if self.stopping:
            return
        while True:
            self.stopping = True
            try:
                while self.stops_handled < len(self.stops):
                    signum, turn = self.stops[self.stops_handled], self.stops_handled
                    self.stops_handled += 1
                    if turn == 0:
                        self._graceful_stop(signum)
                    else:
                        self._signal_kill(signum, None)
            finally:  # (raised: the crawl was deaf to every later signal, each noted, never handed)
                self.stopping = False
            if self.stops_handled == len(self.stops):
                return

    def note_arrivals(self, signum: int) -> None:
        """Note the stop signals that came, in the order they came, then this one's if
        it is not among them. Python runs the handlers of the signals pending at one
        moment by number: a SIGTERM and a SIGHUP that came before either's handler ran
        (the main thread in C code: a parse, an SQLite write) were taken in the order
        SIGHUP, SIGTERM, and the crawl ended "stopped by SIGHUP", exit 129. Python's
        C-level handler writes each signal's number to the wakeup file as it lands:
        read from there, the SIGTERM comes first. (Signals that land together, both
        held by the kernel (the process stopped, or not yet scheduled), reach
        Python in the kernel's order, by number, with no trace of the order they
        were sent in: nothing can tell it then.) A signal landing on another thread
        runs Python's C-level handler there, which asks for the Python handler before
        it writes the number: the handler may run first, find the file empty and note
        its signal itself; the number read later is that signal, not another (it was
        noted again: the next stop signal's handler took it for a second signal, and
        the forced stop was handed the first signal again)."""
        for number in self.arrivals.take() if self.arrivals else []:
            if self.handler_ahead[number]:
                self.handler_ahead[number] -= 1  # (noted by its handler, written late)
                continue
            self.stops.append(number)
            self.unhandled[number] += 1
        if self.unhandled[signum]:
            self.unhandled[signum] -= 1  # (noted from the file)
        else:
            self.stops.append(signum)  # (written late, or the file is not ours, or was full)
            if self.arrivals is not None:
                self.handler_ahead[signum] += 1

    def _graceful_stop(self, signum: int) -> None:
        self.stopped_by = signum
        # (the forced stop's threads in the command's context: its archive's path as
        # resolved once, the crawl rows it closes those of the file the crawl writes)
        self.timer = threading.Timer(GRACE_SECONDS, contextvars.copy_context().run, [self.grace_over])
        self.timer.daemon = True
        self.timer.start()
        super()._signal_shutdown(signum, None)
        from twisted.internet import reactor

        reactor.callFromThread(self.tell_stop_requested)  # type: ignore[attr-defined]
        if signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:
            signal.signal(signal.SIGHUP, self._signal_kill)  # Scrapy's second-signal handler leaves SIGHUP out

    def tell_stop_requested(self) -> None:
        """On the reactor thread: :data:`crawler.signals.stop_requested` to each
        crawl (the requests waiting in a held site's slot are dropped, so the
        graceful stop need not wait out the hold)."""
        for crawler in self.started_crawlers:
            crawler.signals.send_catch_log(signal=stop_requested)

    def grace_over(self) -> None:
        """The grace timer's end (its thread): the forced stop, unless one has begun."""
        if self.forced.acquire(blocking=False):
            self.force_stop()

    def _signal_kill(self, signum: int, frame: Any) -> None:
        if not self.forced.acquire(blocking=False):
            return  # (a forced stop has begun: it ends the process)
        # A forced stop that comes first (handed before the graceful one it follows
        # has run) is still this signal's, not Ctrl-C's: its words and exit status.
        if self.stopped_by is None:
            self.stopped_by = signum
        # Off the signal handler: the main thread may hold a write transaction.
        killer = threading.Thread(target=contextvars.copy_context().run, args=[self.force_stop], daemon=True)
        started = False
        try:
            killer.start()
            started = True
        finally:
            if not started:  # (a thread it cannot start: no forced stop began)
                self.forced.release()  # the next signal's, or the grace timer's end's, then
        self.killer = killer
        # Scrapy's own sets SIGINT and SIGTERM to SIG_IGN here: a stop signal still
        # pending then (two came at once) reached Python with no handler, and it
        # printed "OSError: Signal 15 ignored due to race condition" with a traceback.
        # One that comes from now on is noted and dropped: the forced stop runs once.
        for stop in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            if signal.getsignal(stop) not in (signal.SIG_IGN, None):
                signal.signal(stop, self._after_forced_stop)
        from twisted.internet import reactor

        reactor.callFromThread(self._log_kill, signum)  # type: ignore[attr-defined]
        reactor.callFromThread(self._stop_reactor)  # type: ignore[attr-defined]

    def _after_forced_stop(self, signum: int, frame: Any) -> None:
        """A stop signal's handler once the forced stop runs (it ends the process
        already): nothing more to do. Not SIG_IGN: see :meth:`_signal_kill`."""

    def no_forced_stop(self) -> None:
        """After the reactor stopped: cancel the grace timer, and wait for a forced
        stop already under way (it ends the process, having printed the summaries):
        the second signal stops the reactor too, and the summaries came twice, or
        the row was closed without its stats as the process ended under it."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer.join()  # at once, unless its force_stop runs
        if self.killer is not None:
            self.killer.join()

    def force_stop(self) -> None:
        """Close this process's crawl rows with the stats counted so far, stop its
        worker processes (the extraction pool's), print the summaries, and end it now."""
        why = SIGNAL_WORDS.get(self.stopped_by or signal.SIGINT, "interrupted")
        self.forcing.acquire()  # (never released: this one ends the process)
        try:
            for child in multiprocessing.active_children():
                child.kill()
            for crawler in self.started_crawlers:
                mark_forced_stop(crawler)
            try:
                closed = ", ".join(map(str, close_crawl_rows(self.started_crawlers, "interrupted"))) or "-"
            except sqlite3.DatabaseError as exc:
                # The main thread may hold the write lock past the busy timeout (a long
                # close): the row stays ``running`` and the next writer closes it as stale.
                closed = f"- (its row left running: {exc})"
            print(f"clippings: crawl {closed} {why}: stopped without waiting for the requests in flight",
                  file=sys.stderr, flush=True)
            self.print_summaries()
            for hook in self.before_exit:
                hook()
        finally:
            sys.stdout.flush()
            os._exit(128 + (self.stopped_by or signal.SIGINT))

    def print_summaries(self) -> None:
        """:attr:`report`, read from the archive as after any crawl: readers do not
        wait for the main thread's write (WAL), and an error is one line."""
        if self.report is None:
            return
        try:
            self.report()
        except (sqlite3.DatabaseError, OSError) as exc:
            print(f"clippings: could not print the crawl's summary: {' '.join(str(exc).split())[:300]}",
                  file=sys.stderr, flush=True)


def mark_forced_stop(crawler: Crawler) -> None:
    """The stats a forced stop leaves (Scrapy sets them when a crawl closes):
    when it ended and why, and that it did not wait (``clippings/forced_stop``)."""
    stats = crawler.stats
    if stats is None:
        return
    stats.set_value("clippings/forced_stop", 1)
    if stats.get_value("finish_time") is None:
        stats.set_value("finish_time", datetime.now(UTC))
    if stats.get_value("finish_reason") is None:
        stats.set_value("finish_reason", "shutdown")


def stats_so_far(crawler: Crawler) -> str | None:
    """The crawl's stats as JSON text, as its row keeps them. Called off the
    reactor thread (a forced stop): copying a dict holds the GIL, so the copy is
    one moment's stats."""
    if crawler.stats is None:
        return None
    return json.dumps(dict(crawler.stats.get_stats()), ensure_ascii=False, default=str)


def close_crawl_rows(crawlers: list[Crawler], status: str) -> list[int]:
    """Close the crawl rows of ``crawlers`` still marked ``running``, with the
    stats counted so far where a row has none (its pipeline never closed it); their ids."""
    ids = []
    for crawler in crawlers:
        crawl_id = crawler.stats.get_value("clippings/crawl_id") if crawler.stats else None
        if crawl_id is not None:
            close_stale_crawls(crawler.settings.get("CLIPPINGS_DB"), [crawl_id], status, stats_so_far(crawler))
            ids.append(crawl_id)
    return ids


#: Prints the summaries of a process's crawls (a forced stop prints them itself).
Report = Callable[[list[CrawlSummary]], None]


def run_crawl(seeds: list[str], settings: Settings, *, since: str | None = None,
              report: Report | None = None) -> CrawlSummary:
    """Crawl ``seeds`` with ``settings``; blocks until the crawl ends."""
    return run_crawls([CrawlJob(name="crawl", seeds=seeds, settings=settings, since=since)], report=report)[0]


def run_crawls(jobs: list[CrawlJob], *, report: Report | None = None) -> list[CrawlSummary]:
    """Run several crawls side by side in one reactor, each with its own settings
    (politeness, limits) and its own ``crawls`` row; blocks until all end. A
    stop that cannot wait (:meth:`StoppableProcess.force_stop`) ends the process
    after it has passed the summaries to ``report``."""
    if not jobs:
        return []
    # Scrapy merges the process's settings into every crawler it runs, over
    # any setting the crawler holds at a lower priority: were the process given
    # the first site's settings, its limits and politeness (--max-pages, delay,
    # depth) would leak into every other site. It gets only what all jobs share.
    process = StoppableProcess(shared_settings([job.settings for job in jobs]))
    started = time.monotonic()
    for index, job in enumerate(jobs):
        # The first crawler installs the reactor; the others use the same one.
        crawler = Crawler(ArticleSpider, job.settings, init_reactor=index == 0)
        process.crawl(crawler, seeds=job.seeds, since=job.since)
        process.started_crawlers.append(crawler)

    def summaries() -> list[CrawlSummary]:
        elapsed = time.monotonic() - started
        return [summarise(crawler, elapsed, process.stopped_by) for crawler in process.started_crawlers]

    if report is not None:
        process.report = lambda: report(summaries())
    run_to_the_end(process)
    return summaries()


class SignalArrivals:
    """Python's wakeup file, a pipe of its own for a crawl's life: the numbers of
    the signals in the order they landed (:meth:`StoppableProcess.note_arrivals`).
    It replaces Twisted's (whose reader emptied it, and which only reaps the
    children Twisted started: a crawl starts none) once the reactor runs, and is
    read by the reactor as Twisted's was: a signal landing on another thread
    wakes the reactor, whose thread runs the handler."""

    def __init__(self) -> None:
        self.read_end, self.write_end = os.pipe()
        os.set_blocking(self.read_end, False)
        os.set_blocking(self.write_end, False)  # (a flood of signals drops numbers, never blocks a handler)
        self.read: list[int] = []
        signal.set_wakeup_fd(self.write_end, warn_on_full_buffer=False)

    def fileno(self) -> int:
        return self.read_end

    def doRead(self) -> None:  # (Twisted's IReadDescriptor)
        self.read.extend(self.take())

    def take(self) -> list[int]:
        """The stop signals that landed since the last call, in order."""
        taken, self.read = self.read, []
        with suppress(BlockingIOError):  # (none)
            while data := os.read(self.read_end, 4096):
                taken.extend(number for number in data if number in STOP_SIGNALS)
        return taken

    def logPrefix(self) -> str:
        return "SignalArrivals"

    def connectionLost(self, reason: Any) -> None:
        pass

    def close(self) -> None:
        """The reactor stopped: the wakeup file is none again (as Twisted leaves it),
        or another's put in place meanwhile; this pipe closed."""
        current = signal.set_wakeup_fd(-1)
        if current not in (-1, self.write_end):
            signal.set_wakeup_fd(current, warn_on_full_buffer=False)
        os.close(self.read_end)
        os.close(self.write_end)


#: The signals that stop a crawl.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def run_to_the_end(process: StoppableProcess) -> None:
    """Run the process's crawls until they end or a signal stops them (blocks),
    then close every crawl row still ``running``. SIGHUP (the terminal closed)
    stops a crawl as SIGTERM does, unless it is ignored (``nohup``). The order
    the stop signals came in is read from the crawl's own wakeup file."""
    from twisted.internet import reactor

    main = threading.current_thread() is threading.main_thread()
    if main and signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:
        signal.signal(signal.SIGHUP, process._signal_shutdown)
    if main:
        reactor.callWhenRunning(own_wakeup_file, process)  # type: ignore[attr-defined]
    try:
        process.start()
        process.no_forced_stop()
    finally:
        if process.arrivals is not None:
            process.arrivals.close()
    # A crawl whose pipeline never closed its row (an error while closing) failed.
    try:
        close_crawl_rows(process.started_crawlers, "interrupted" if process.stopped_by else "failed")
    except sqlite3.DatabaseError as exc:  # still locked, disk still full: the next writer closes it
        logger.error("could not close the crawl rows: %s", exc)


def own_wakeup_file(process: StoppableProcess) -> None:
    """On the running reactor (Twisted puts its wakeup file in place as it starts):
    the process's own, read by the reactor."""
    from twisted.internet import reactor

    process.arrivals = SignalArrivals()
    reactor.addReader(process.arrivals)  # type: ignore[misc, call-arg]


def shared_settings(all_settings: list[Settings]) -> Settings:
    """The settings every one of ``all_settings`` holds with the same value and priority."""
    first, others = all_settings[0], all_settings[1:]
    shared = Settings()
    for name in first:
        value, priority = first[name], first.getpriority(name)
        if all(name in other and other[name] == value and other.getpriority(name) == priority
               for other in others):
            shared.set(name, value, priority=priority or 0)
    return shared


def summarise(crawler: Any, elapsed: float, stopped_by: int | None = None) -> CrawlSummary:
    stats = crawler.stats.get_stats() if crawler.stats else {}
    prefix = "clippings/outcome/"
    started, finished = stats.get("start_time"), stats.get("finish_time")
    summary = CrawlSummary(
        crawl_id=stats.get("clippings/crawl_id"),
        seconds=(finished - started).total_seconds() if started and finished else elapsed,
        # robots.txt files are not pages (--max-pages does not count them either).
        pages_fetched=int(stats.get("response_received_count", 0)) - int(stats.get("robotstxt/response_count", 0)),
        outcomes={k[len(prefix):]: int(v) for k, v in stats.items() if k.startswith(prefix)},
        seed_errors=dict(getattr(crawler.spider, "seed_errors", {}) or {}),
        finish_reason=stats.get("finish_reason"),
        pages_parsed=int(stats.get("clippings/pages_parsed", 0)),
        stopped_by=stopped_by,
        max_pages=crawler.settings.getint("CLIPPINGS_MAX_PAGES", 0),
        budget_refused=int(stats.get("clippings/site_budget_refused", 0)),
        links_too_long=int(stats.get("clippings/links_too_long", 0)),
        resumed_from=stats.get("clippings/resumed_from"),
        resumed_pending=int(stats.get("clippings/resumed_pending", 0)),
        resumed_retried=int(stats.get("clippings/resumed_retried", 0)),
        resumed_given_up=int(stats.get("clippings/resumed_given_up", 0)),
        resumed_damaged=int(stats.get("clippings/resumed_damaged", 0)),
        resumed_left_out=int(stats.get("clippings/resumed_left_out", 0)),
        resumed_damage=stats.get("clippings/resumed_damage"),
        give_up_crawls=crawler.settings.getint("CLIPPINGS_RESUME_ATTEMPTS", 3),
        unrecorded=int(stats.get("clippings/item_errors", 0)) + int(stats.get("spider_exceptions/count", 0)),
        unexpected={key.removeprefix(UNEXPECTED): int(value) for key, value in stats.items()
                    if key.startswith(UNEXPECTED)},
        machine={key.removeprefix(MACHINE_ERRORS): int(value) for key, value in stats.items()
                 if key.startswith(MACHINE_ERRORS)},
    )
    if summary.crawl_id is not None:
        db = crawler.settings.get("CLIPPINGS_DB")
        try:
            archive = open_readonly(db)
        except ArchiveError:
            return summary
        try:
            report = crawl_report(archive, summary.crawl_id)
        except sqlite3.DatabaseError as exc:  # locked, or its disk failing: the counts stay the crawl's own
            fault = file_fault(db, exc)
            if fault is None:
                raise
            if not (summary.finish_reason or "").startswith(ARCHIVE_FAULT_REASON):  # the first fault is the reason
                summary.finish_reason = ARCHIVE_FAULT_REASON + str(fault)
            return summary
        finally:
            archive.close()
        summary.in_archive = report["status"] is not None
        summary.outcomes = report["outcomes"]
        summary.new_articles = report["new_articles"]
        summary.new_versions = report["new_versions"]
        summary.waiting = report["waiting"]
        summary.waiting_failed = report["waiting_failed"]
        summary.continues = report["continues"]
        summary.continued_pages = report["continued_pages"]
    return summary
