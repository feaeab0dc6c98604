"""ArchivePipeline (800): the crawl's single writer to the SQLite archive.

It opens the crawl's ``crawls`` row when the spider opens and closes it with Scrapy's
stats; it stores every ArticlePage (new version, or unchanged), writes a ``fetches``
row for every item (articles, other pages, errors), and, through the
``item_dropped`` signal, for every record an earlier pipeline refused.

Each article response is also written to the crawl's WARC file (raw evidence),
and the version records where. When the crawl closes, the archive's
near-duplicate clusters are rebuilt (:mod:`archive.clusters`).

Settings: ``CLIPPINGS_DB`` (path of the archive; created when missing),
``CLIPPINGS_WARC`` (write WARC files, default on), ``CLIPPINGS_WARC_DIR`` (their
folder; default ``<archive name>-warc`` beside the archive), ``CLIPPINGS_BUSY_TIMEOUT``
(seconds a store waits for another program's write transaction).

A page that cannot be stored (the archive damaged, locked past the busy timeout,
the disk full) stops the crawl: it ends ``failed``, the reason naming the archive,
rather than going on fetching pages that are lost.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Generator, Iterator
from contextlib import ExitStack
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NoReturn

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.utils.defer import deferred_from_coro

from archive import open_archive
from archive.archive_file import sqlite_file
from archive.clusters import update_clusters
from archive.db import (
    BUSY_TIMEOUT_MS,
    ArchiveError,
    NotSynced,
    acquire_writer_lock,
    close_archive,
    connect_readonly,
    file_fault,
    release_writer_lock,
)
from archive.frontier import DAMAGE_LINES, Damage, crawl_key, is_done, taken_rows
from archive.warc import WarcStore
from archive.writer import ArchiveWriter, store_outcome
from crawler import signals as clippings_signals
from crawler.frontier import Frontier, Resume, TakenRow, frontier_of, kept_meta
from crawler.items import (
    ARCHIVE_FAULT_REASON,
    GONE_STATUSES,
    NORMAL_FINISH_REASONS,
    ArticlePage,
    ErrorPage,
    FetchRecord,
    utc_now_iso,
)
from crawler.shown import shown_path
from pipelines.exceptions import RefusedRecord

logger = logging.getLogger(__name__)

# Settings worth keeping with each crawl, to know later how it was made.
RECORDED_SETTINGS = (
    "USER_AGENT", "ROBOTSTXT_OBEY", "DOWNLOAD_DELAY", "AUTOTHROTTLE_ENABLED",
    "CONCURRENT_REQUESTS_PER_DOMAIN", "DEPTH_LIMIT", "CLIPPINGS_MAX_PAGES",
    "CLIPPINGS_MIN_WORDS", "CLIPPINGS_CONDITIONAL", "CLIPPINGS_NEW_ONLY", "CLIPPINGS_REVISIT",
    "CLIPPINGS_WARC", "CLIPPINGS_FOLLOW_LINKS",
)


def default_warc_dir(db_path: str) -> Path:
    """``news.db`` -> ``news-warc/`` in the same folder."""
    path = Path(db_path)
    return path.with_name(f"{path.stem}-warc")


def warc_dir_for(settings: Any) -> Path | None:
    """Where a crawl with these settings keeps its WARC files (None: ``--no-warc``)."""
    if not settings.getbool("CLIPPINGS_WARC", True):
        return None
    return Path(settings.get("CLIPPINGS_WARC_DIR") or default_warc_dir(settings.get("CLIPPINGS_DB")))


def jsonable(value: Any) -> Any:
    """Scrapy stats hold datetimes; the archive keeps JSON."""
    return json.loads(json.dumps(value, default=str))


def stored_warc_path(path: str | Path, db_path: str | Path) -> str:
    """A WARC file's (or folder's) path as the archive keeps it: relative to the
    archive's folder when inside it, else absolute; links resolved (the archive's
    once per command: its folder is the one of the file the command opened)."""
    resolved = Path(os.path.realpath(path))     # (realpath: a symlink loop is named later, not raised here)
    beside = sqlite_file(db_path).parent
    return str(resolved.relative_to(beside) if resolved.is_relative_to(beside) else resolved)


def unread_frontier(db_path: str, held_by: int, exc: sqlite3.DatabaseError | ArchiveError) -> CloseSpider:
    """The frontier crawl ``held_by`` left in ``db_path`` could not be read: logged,
    and the :class:`CloseSpider` that closes the crawl with its one-line reason (the
    rows stay for the next crawl)."""
    fault = file_fault(db_path, exc) if isinstance(exc, sqlite3.DatabaseError) else exc
    message = (f"cannot read the frontier of crawl {held_by} from {shown_path(db_path)} "
               f"({fault or ' '.join(str(exc).split())[:200]}); its pages wait for the next crawl of these seeds")
    logger.error("%s", message, exc_info=fault is None)  # (not a fault of the file: its traceback too)
    return CloseSpider(ARCHIVE_FAULT_REASON + message)


def crawls(count: int) -> str:
    return f"{count} crawl" if count == 1 else f"{count} crawls"


class ArchivePipeline:
    """Write articles and fetch outcomes to the archive named by ``CLIPPINGS_DB``."""

    def __init__(self, db_path: str, crawler: Crawler | None = None, *,
                 warc_dir: str | Path | None = None) -> None:
        self.db_path = db_path
        self.crawler = crawler
        self.warc_dir = Path(warc_dir) if warc_dir else None
        self.writer: ArchiveWriter | None = None
        self.crawl_id: int | None = None
        self.warc: WarcStore | None = None
        self.locked = False
        self.fault: str | None = None
        """Set when a store failed mid-crawl (damage, lock, full disk): the one-line error."""
        self.frontier: Frontier | None = None
        """The crawl's frontier notes, when its spider keeps a frontier (crawler/frontier.py)."""
        self.give_up = 3
        """``CLIPPINGS_RESUME_ATTEMPTS``: the crawls of the same seeds that may fail to fetch a URL."""
        self.feed: TakenRows | None = None
        """The rows taken over (:meth:`taken_rows`), closed with the spider if ``start()`` left them open."""
        self.done_check: DoneCheck | None = None
        """Confirms a done URL's key found (:class:`archive.frontier.DoneUrls`); closed with the spider."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        settings = crawler.settings
        pipeline = cls(settings.get("CLIPPINGS_DB"), crawler, warc_dir=warc_dir_for(settings))
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.fetch_observed, signal=clippings_signals.fetch_observed)
        crawler.signals.connect(pipeline.item_error, signal=signals.item_error)
        if getattr(crawler.spidercls, "keeps_frontier", False):
            pipeline.frontier = frontier_of(crawler)
            crawler.signals.connect(pipeline.frontier.scheduled, signal=signals.request_scheduled)
            crawler.signals.connect(pipeline.frontier.dropped, signal=signals.request_dropped)
        return pipeline

    # -- crawl lifecycle -------------------------------------------------------

    def open_spider(self) -> None:
        # One writer per archive: a second crawl into it stops here, plainly.
        acquire_writer_lock(self.db_path)
        self.locked = True
        self.writer = ArchiveWriter(open_archive(self.db_path))
        settings = self.crawler.settings if self.crawler else None
        if settings is not None:
            timeout = settings.getfloat("CLIPPINGS_BUSY_TIMEOUT", BUSY_TIMEOUT_MS / 1000)
            self.writer.db.conn.execute(f"PRAGMA busy_timeout = {max(0, int(timeout * 1000))}")
        spider = self.crawler.spider if self.crawler else None
        recorded = {name: settings.get(name) for name in RECORDED_SETTINGS} if settings else {}
        if settings is not None and settings.get("CLIPPINGS_REVISIT") is None:
            recorded["CLIPPINGS_REVISIT"] = True  # the spider's default
        # --since is a spider argument, not a setting: keep it with the others.
        since = getattr(spider, "since", None)
        recorded["since"] = since.isoformat() if since is not None else None
        self.crawl_id = self.writer.start_crawl(
            seeds=list(getattr(spider, "seeds", [])),
            settings=recorded,
            user_agent=settings.get("USER_AGENT") if settings else "",
            started=utc_now_iso(),
        )
        if self.crawler and self.crawler.stats:
            self.crawler.stats.set_value("clippings/crawl_id", self.crawl_id)
        if self.frontier is not None and settings is not None:
            self.give_up = max(1, settings.getint("CLIPPINGS_RESUME_ATTEMPTS", 3))
            self.take_over_frontier(list(getattr(spider, "seeds", [])), recorded["since"],
                                    resume=settings.getbool("CLIPPINGS_RESUME", True))
        if self.warc_dir is not None:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            path = self.warc_dir / f"crawl-{self.crawl_id:04d}-{stamp}.warc.gz"
            try:
                self.warc = WarcStore(path, operator_info={"isPartOf": f"clippings crawl {self.crawl_id}"})
            except OSError as exc:  # the CLI checked the folder; a path too long, a folder changed since
                self.stop_for_fault(f"cannot write the WARC file {path} of {self.db_path}: {exc.strerror or exc}")

    def take_over_frontier(self, seeds: list[str], since: str | None, *, resume: bool) -> None:
        """Continue the frontier the last crawl of the same seeds (and ``since``)
        left, or (``resume`` false: ``--fresh``) drop it; notes from now on. Its
        pending and failed rows are read later, a page at a time (:meth:`taken_rows`).
        Stats: ``clippings/resumed_pending``, the pending rows taken over (rows the
        crawl then leaves out, damaged or asked as a seed, among them);
        ``clippings/resumed_retried``, the failed rows to fetch again;
        ``clippings/resumed_done``, the URLs done; ``clippings/resumed_given_up``."""
        assert self.frontier is not None
        key = crawl_key(seeds, since)
        # A spider that schedules no request of the frontier's (a distributed crawl's
        # coordinator) has no use for the done URLs' keys (checks_done_urls False).
        done_keys = bool(getattr(self.crawler.spidercls, "checks_done_urls", True)) if self.crawler else True
        resumed = self._writer.take_over_frontier(self._crawl_id, key, resume=resume, give_up=self.give_up,
                                                  done_keys=done_keys)
        self.frontier.active = True
        if resumed is None:
            return
        crawl_id = self._crawl_id
        if done_keys:
            self.done_check = DoneCheck(self.db_path, crawl_id, self.count)
            resumed.done.confirm = self.done_check
        self.frontier.resumed = Resume(resumed.crawl_id, resumed.done,
                                       lambda: self.taken_rows(crawl_id, key, resumed.crawl_id))
        if self.crawler and self.crawler.stats:
            self.crawler.stats.set_value("clippings/resumed_from", resumed.crawl_id)
            self.crawler.stats.set_value("clippings/resumed_pending", resumed.pending)
            self.crawler.stats.set_value("clippings/resumed_done", resumed.done_count)
            self.crawler.stats.set_value("clippings/resumed_retried", resumed.retry)
            if resumed.given_up:
                self.crawler.stats.set_value("clippings/resumed_given_up", resumed.given_up)

    def taken_rows(self, crawl_id: int, key: str, held_by: int) -> Iterator[TakenRow]:
        """The pending and failed rows this crawl took over, read from the archive
        a page at a time on a read-only connection of the caller's thread (the
        spider's ``start()``), damage named as it is found (:meth:`report_damage`).
        A fault reading them (no room for the temporary copy of the rows, an I/O
        error, the archive gone) closes the crawl with its one-line reason
        (:class:`CloseSpider` from ``start()``; the rows stay for the next crawl):
        else the crawl went on from its seeds alone, and reported only "stopped
        early", a start error counted as a page lost."""
        settings = self.crawler.settings if self.crawler else None
        conn = self._connect_readonly(held_by)
        damage = Damage(report=lambda found, line: self.report_damage(found, line, held_by))
        with ExitStack() as on_failure:  # the connection is closed if the rows cannot be had
            on_failure.callback(conn.close)
            try:
                rows = taken_rows(conn, crawl_id, key, damage,
                                  settings.getint("URLLENGTH_LIMIT", 2083) if settings is not None else 2083,
                                  kept_meta)
            except (sqlite3.DatabaseError, ArchiveError) as exc:
                self._unread(held_by, exc)
            on_failure.pop_all()
        self.feed = TakenRows(conn, rows, lambda exc: self._unread(held_by, exc),
                              lambda exc: self._undropped(held_by, exc))
        return self.feed

    def _undropped(self, held_by: int, exc: sqlite3.DatabaseError) -> None:
        """The snapshot of crawl ``held_by``'s rows could not be dropped as they were
        closed: logged, counted (``clippings/frontier_read_errors``); it goes with
        its connection, closed all the same."""
        logger.warning("could not drop the snapshot of the frontier of crawl %s in %s: %s", held_by,
                       shown_path(self.db_path), exc)
        self.count("clippings/frontier_read_errors")

    def _connect_readonly(self, held_by: int) -> sqlite3.Connection:
        """A read-only connection to the archive, or the crawl closed (:meth:`_unread`)."""
        try:
            return connect_readonly(self.db_path)
        except (sqlite3.DatabaseError, ArchiveError) as exc:
            self._unread(held_by, exc)

    def _unread(self, held_by: int, exc: sqlite3.DatabaseError | ArchiveError) -> NoReturn:
        """The rows of crawl ``held_by``'s frontier could not be read: logged,
        counted (``clippings/frontier_read_errors``), and the crawl closed."""
        self.count("clippings/frontier_read_errors")
        raise unread_frontier(self.db_path, held_by, exc)

    def report_damage(self, damage: Damage, line: str, held_by: int) -> None:
        """A damaged frontier row (:func:`archive.frontier.taken_rows`, the meta checked
        by :func:`crawler.frontier.kept_meta`): logged (the first lines), counted (``clippings/resumed_damaged``,
        ``clippings/resumed_left_out``), the first kept in the crawl's stats for its
        summary (``clippings/resumed_damage``)."""
        if damage.damage <= DAMAGE_LINES:
            logger.warning("damaged frontier row of crawl %s in %s: %s", held_by, shown_path(self.db_path), line)
        if damage.damage == DAMAGE_LINES + 1:
            logger.warning("more damaged rows in the frontier of crawl %s in %s: counted, not named", held_by,
                           shown_path(self.db_path))
        if self.crawler and self.crawler.stats:
            self.crawler.stats.set_value("clippings/resumed_damaged", damage.damage)
            self.crawler.stats.set_value("clippings/resumed_left_out", damage.left_out)
            if damage.damage == 1:
                self.crawler.stats.set_value("clippings/resumed_damage", line)

    def close_frontier(self, reason: str) -> None:
        """Write the last notes; a crawl that ran to its end drops its frontier (the
        next crawl is a new snapshot), any other keeps it for the next crawl of its
        seeds, and counts what it left (``clippings/frontier_left``: found and not
        fetched; ``clippings/frontier_failed_left``: failed, to fetch again)."""
        if self.frontier is None or self.crawl_id is None or self.writer is None:
            return
        found, answered = self.frontier.take()
        self.writer.frontier_found(self.crawl_id, found)
        self.writer.frontier_done(self.crawl_id, answered)
        if reason == "finished":
            self.writer.drop_frontier(self.crawl_id)
        elif self.crawler and self.crawler.stats:
            left = self.writer.frontier_waiting(self.crawl_id)
            self.crawler.stats.set_value("clippings/frontier_left", left.pending)
            self.crawler.stats.set_value("clippings/frontier_failed_left", left.failed)

    def close_readers(self) -> None:
        """Close the read-only connections the reactor thread opened (a SQLite
        connection is closed by the thread that opened it: :class:`ThreadedArchivePipeline`
        calls this on the reactor thread before it closes the rest on its own);
        again: nothing to do."""
        if self.feed is not None:  # start() abandoned (Scrapy does not close it): the rows' connection closed
            self.feed.close()
        if self.done_check is not None:
            self.done_check.close()

    def close_spider(self) -> None:
        self.closing_step("close the read connections", self.close_readers)
        if self.warc is not None:
            warc = self.warc
            self.closing_step(f"close the WARC file {shown_path(warc.path)}", warc.close)
        if self.writer is not None and self.fault is None:
            self.closing_step("sign and cluster the new versions", lambda: self.closing_guarded(self.cluster),
                              after="the next crawl into the archive signs and clusters them")
        self.closing_step("write the row", self.finish)  # failed: written again, as failed, when it closes

    def closing_step(self, step: str, close: Callable[[], Any], *, after: str = "") -> None:
        """Run one step of the crawl's close. Whatever it raises fails the crawl
        (review37 F2: Scrapy logs a pipeline's close error where the CLI shows no
        log, and the crawl ended ``finished``, exit 0): logged with its traceback,
        counted (``clippings/close_errors``) and kept as the crawl's fault (the first
        fault stays the reason), so its row is ``failed`` and the summary names the
        archive and the step. The steps after it still run. A failed sync of the
        -wal after the step's write (:class:`archive.db.NotSynced`) is said as
        itself: the write is committed and read, not "could not"."""
        try:
            close()
        except Exception as exc:  # broad on purpose: Scrapy would log it where the CLI shows nothing; logged, counted, the crawl failed
            if isinstance(exc, NotSynced):  # the step's write is committed and read: only the -wal's sync failed
                message = str(exc)  # (one line, says so)
            else:
                detail = " ".join(str(exc).split())[:300]  # one line, whatever the error quotes
                message = (f"could not {step} of crawl {self.crawl_id} in {shown_path(self.db_path)} "
                           f"({type(exc).__name__}: {detail})" + (f"; {after}" if after else ""))
            logger.error("the crawl's close failed: %s", message, exc_info=exc)
            self.count("clippings/close_errors")
            if self.fault is None:
                self.fault = message

    def cluster(self) -> None:
        """Near-duplicate clusters over the whole archive, new versions included."""
        clusters = update_clusters(self._writer.db)
        if self.crawler and self.crawler.stats:
            self.crawler.stats.set_value("clippings/clusters", clusters.clusters)
            self.crawler.stats.set_value("clippings/clustered_articles", clusters.clustered_articles)

    def closing_guarded(self, write: Any) -> bool:
        """Run a close-time write; a fault of the archive file (locked, disk full)
        fails the crawl with its one-line reason, as a page store's does. True when
        it was written."""
        try:
            write()
        except sqlite3.DatabaseError as exc:
            fault = file_fault(self.db_path, exc)
            if fault is None:
                raise
            self.fault = str(fault)
            logger.error("archive write failed while the crawl closed: %s", fault)
            self.count("clippings/archive_errors")
            return False
        return True

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Scrapy closes the item pipelines before it knows the crawl's
        ``finish_reason`` (set on this signal, after ``close_spider``): close the
        ``crawls`` row again, with the reason and the final stats. The archive is
        closed and the writer lock given back whatever happens."""
        try:
            if self.fault is None and self.writer is not None:
                self.closing_step("note the frontier", lambda: self.closing_guarded(lambda: self.close_frontier(reason)))
            reason = self.fault_reason(reason)
            self.closing_step("write the row", lambda: self.finish(reason))
            if self.fault is not None and not reason.startswith(ARCHIVE_FAULT_REASON):
                # The row refused (review37 F2): written again, as failed, and the summary says why.
                failed = self.fault_reason(reason)
                self.closing_step("write the row", lambda: self.finish(failed))
        finally:
            try:
                if self.writer is not None:
                    writer, self.writer = self.writer, None
                    self.closing_guarded(lambda: close_archive(writer.db))  # the crawl in the file, not its -wal
            finally:
                if self.locked:
                    self.locked = False
                    release_writer_lock(self.db_path)

    def fault_reason(self, reason: str) -> str:
        """``reason``, or the crawl's fault when it has one (a close-time fault: the
        summary says it), set as the crawl's ``finish_reason``."""
        if self.fault is not None and not reason.startswith(ARCHIVE_FAULT_REASON):
            reason = ARCHIVE_FAULT_REASON + self.fault
            if self.crawler and self.crawler.stats:
                self.crawler.stats.set_value("finish_reason", reason)
        return reason

    def finish(self, reason: str | None = None) -> None:
        if self.writer is None or self.crawl_id is None:
            return
        stats = dict(self.crawler.stats.get_stats()) if self.crawler and self.crawler.stats else {}
        if reason is not None:
            stats.setdefault("finish_reason", reason)
        reason = stats.get("finish_reason")
        status = ("finished" if reason is None or reason in NORMAL_FINISH_REASONS
                  else "interrupted" if reason == "shutdown" else "failed")
        if status == "finished" and getattr(getattr(self.crawler, "spider", None), "seed_errors", None):
            status = "failed"  # as the summary says: a seed that could not be crawled fails the crawl
        if self.fault is None and self.closing_guarded(lambda: self._writer.finish_crawl(
                self._crawl_id, stats=jsonable(stats), status=status, finished=utc_now_iso())):
            return
        if reason is None or not reason.startswith(ARCHIVE_FAULT_REASON):
            status, stats["finish_reason"] = "failed", ARCHIVE_FAULT_REASON + str(self.fault)
        # After a failed store: wait the full default for a lock to end, and leave a row
        # that cannot be written (disk still full) ``running``; the next writer closes it.
        try:
            self.writer.db.conn.rollback()  # whatever the failed store left open
            self.writer.db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.writer.finish_crawl(self.crawl_id, stats=jsonable(stats), status=status, finished=utc_now_iso())
        except sqlite3.DatabaseError as exc:
            logger.error("could not close crawl %s in %s: %s", self.crawl_id, self.db_path, exc)

    # -- items -----------------------------------------------------------------

    def process_item(self, item: Any) -> Any:
        self.guarded(self._store, item)
        return item

    def guarded(self, store: Any, *args: Any) -> None:
        """Run one store; a fault of the archive file or the WARC file stops the crawl.
        Once stopped, what is left to store is counted (``clippings/not_stored``)."""
        if self.fault is not None:  # the crawl is closing: nothing more can be stored
            self.count("clippings/not_stored")
            return
        try:
            store(*args)
        except sqlite3.DatabaseError as exc:
            fault = file_fault(self.db_path, exc)
            if fault is None:
                raise
            self.stop_for_fault(str(fault))
        except OSError as exc:  # the WARC file: disk full, I/O error
            where = self.warc.path if self.warc is not None else self.warc_dir
            self.stop_for_fault(f"cannot write the WARC file {where} of {self.db_path}: {exc.strerror or exc}")

    def count(self, stat: str) -> None:
        if self.crawler and self.crawler.stats:
            self.crawler.stats.inc_value(stat)

    def stop_for_fault(self, message: str) -> None:
        """A page could not be stored: stop fetching pages that would be lost at
        once (:meth:`halt`), the reason naming the archive (logged, counted, kept
        in the crawl's stats)."""
        self.fault = message
        if self.crawler is not None:  # first: no request leaves from now on, whatever thread this is
            self.crawler.signals.send_catch_log(signal=clippings_signals.store_failing)
        logger.error("archive write failed, stopping the crawl: %s", message)
        self.count("clippings/archive_errors")
        self.count("clippings/not_stored")
        from twisted.internet import (
            reactor,  # the one Scrapy installed (importing it earlier installs another)
        )

        if self.crawler is not None and self.crawler.engine is not None:
            # from the writer thread too (ThreadedArchivePipeline): on the reactor's
            reactor.callFromThread(self.halt, self.crawler, message)

    @staticmethod
    def halt(crawler: Crawler, message: str) -> None:
        """On the reactor thread: no request is sent from now on (the requests
        waiting in the downloader dropped: :data:`crawler.signals.store_failed`),
        and the crawl closes with the fault as its reason (Scrapy's close waits
        only for the downloads on the wire)."""
        crawler.signals.send_catch_log(signal=clippings_signals.store_failed, reason=message)
        if crawler.engine is not None:
            deferred_from_coro(crawler.engine.close_spider_async(reason=ARCHIVE_FAULT_REASON + message))

    def _store(self, item: Any) -> Any:
        # One transaction: the article, its fetch row and the frontier's notes
        # (the links the page led to, the page done), or none of them.
        return self.with_notes(self._store_item, item)

    def with_notes(self, write: Any, *args: Any) -> Any:
        """``write(*args)`` in one transaction with the frontier's notes so far: among
        them the links of the page whose record it writes (scheduled before the record
        came), so they are in the archive no later than the page is ``done``. The notes
        are given back when the transaction fails."""
        found, answered = self.frontier.take() if self.frontier is not None and self.frontier.active else ([], [])
        committed = False
        try:
            with self._writer.transaction():
                self._writer.frontier_found(self._crawl_id, found)
                self._writer.frontier_done(self._crawl_id, answered)  # after the notes: a target's own among them
                result = write(*args)
                if self.warc is not None and self.warc.unsynced:
                    self.warc.sync()  # the captures the rows point at, on disk before the rows commit
            committed = True
            return result
        finally:  # the error itself goes on to the caller, which logs and records it
            if not committed and (found or answered) and self.frontier is not None:
                self.frontier.give_back(found, answered)

    def _store_item(self, item: Any) -> Any:
        if isinstance(item, ArticlePage):
            capture = None
            if self.warc is not None and item.raw is not None:
                capture = self.warc.write(item.raw)
                capture = replace(capture, warc_file=self.warc_path(capture.warc_file))
                for later in item.later_raw:  # a multi-page story's later pages: evidence too
                    self.warc.write(later)
            result = self._writer.store_article(item.article, self._crawl_id, capture=capture)
            item.fetch.outcome, said = store_outcome(result)
            # An earlier pipeline's note (a refused canonical link) stays in the reason.
            item.fetch.reason = "; ".join(filter(None, (said, item.fetch.reason))) or None
            self.record(item.fetch)
        elif isinstance(item, ErrorPage):
            if self.mark_gone(item.fetch) and self.warc is not None:
                self.warc.write(item.raw)  # the article's last capture: its disappearance
            self.record(item.fetch)
        elif isinstance(item, FetchRecord):
            if item.status == 304 and item.outcome == "unchanged":
                item.canonical_url = self._writer.canonical_for(item.url)
                self._writer.touch_article(item.url, self._crawl_id, item.fetched_at or utc_now_iso())
                item.reason = "not modified (304)"
            else:
                self.mark_gone(item)
            self.record(item)
        return item

    def mark_gone(self, fetch: FetchRecord) -> bool:
        """A 404 / 410 for an archived article marks it gone (outcome ``gone``)."""
        if fetch.status in GONE_STATUSES and self._writer.mark_gone(
            fetch.url, self._crawl_id, fetch.fetched_at or utc_now_iso()
        ):
            fetch.outcome = "gone"
            return True
        return False

    def item_dropped(self, item: Any, response: Any, exception: BaseException, spider: Spider) -> None:
        """A record refused by an earlier pipeline still gets its fetch row, with the reason."""
        if isinstance(item, ArticlePage):
            item.fetch.outcome = exception.outcome if isinstance(exception, RefusedRecord) else "dropped"
            item.fetch.reason = str(exception)
            self.guarded(self.with_notes, self.record, item.fetch)

    def item_error(self, item: Any, response: Any, spider: Spider, failure: Any) -> None:
        """A record a pipeline (this one included) raised on: not stored. Scrapy logs
        it (shown with -v); counted here for the summary (``clippings/item_errors``)."""
        self.count("clippings/item_errors")

    def fetch_observed(self, fetch: FetchRecord) -> None:
        """A fetch that no item reports (a redirect): its ``fetches`` row."""
        if self.writer is not None:
            self.guarded(self.record, fetch)

    def record(self, fetch: FetchRecord) -> None:
        """The fetch row and, in its transaction, the URLs it answers marked done in
        the crawl's frontier, or failed (:meth:`failed`) (called inside
        :meth:`with_notes` for a page's record)."""
        with self._writer.transaction():
            if self.frontier is not None and self.frontier.active:
                if fetch.retry:
                    self.failed(fetch)
                else:
                    self._writer.frontier_done(self._crawl_id, fetch.requested)
            self._writer.record_fetch(
                self._crawl_id, url=fetch.url, outcome=fetch.outcome, status=fetch.status,
                reason=fetch.reason, bytes=fetch.bytes, elapsed_ms=fetch.elapsed_ms,
                canonical_url=fetch.canonical_url, fetched_at=fetch.fetched_at or utc_now_iso(),
                page_kind=fetch.page_kind, etag=fetch.etag, last_modified=fetch.last_modified,
                content_type=fetch.content_type,
            )
        if self.crawler and self.crawler.stats:
            self.crawler.stats.inc_value(f"clippings/outcome/{fetch.outcome}")

    def failed(self, fetch: FetchRecord) -> None:
        """A fetch that failed in a way that may pass: its URLs stay in the frontier,
        fetched again by the crawl that continues this one, until they failed in
        ``give_up`` crawls; the fetch row's reason says so from the second failure
        (``clippings/frontier_failed``, ``clippings/frontier_given_up``)."""
        attempts = self._writer.frontier_failed(self._crawl_id, fetch.requested, self.give_up)
        if attempts >= self.give_up:
            self.count("clippings/frontier_given_up")
            fetch.reason = (f"{fetch.reason or 'error'}; failed in {crawls(attempts)} of these seeds: given up "
                            f"(not fetched again when the crawl is continued; CLIPPINGS_RESUME_ATTEMPTS={self.give_up})")
        elif attempts:
            self.count("clippings/frontier_failed")
            if attempts > 1:
                fetch.reason = (f"{fetch.reason or 'error'}; failed in {crawls(attempts)} of these seeds "
                                f"(fetched again when the crawl is continued, {crawls(self.give_up)} at most)")

    def warc_path(self, name: str) -> str:
        """A WARC file's path as stored in ``versions``: relative to the archive's folder."""
        assert self.warc_dir is not None
        return stored_warc_path(self.warc_dir / name, self.db_path)

    @property
    def _writer(self) -> ArchiveWriter:
        if self.writer is None:
            raise RuntimeError("ArchivePipeline used before open_spider")
        return self.writer

    @property
    def _crawl_id(self) -> int:
        if self.crawl_id is None:
            raise RuntimeError("ArchivePipeline used before open_spider")
        return self.crawl_id


class DoneCheck:
    """Whether the archive holds a URL as done in crawl ``crawl_id``'s frontier,
    asked when the URL's key is among those of the done URLs taken over
    (:class:`archive.frontier.DoneUrls`), on a read-only connection of the asking
    thread's (the reactor's: the scheduler's signal, the spider's ``start()``),
    opened at the first question. A fault reading it answers no (the page is
    fetched again, never skipped), logged (the first) and counted
    (``clippings/done_check_errors``); the next question opens a new connection.
    ``clippings/done_key_collisions``: keys found whose URL was not done. Once
    closed (the crawl closing), a question (a request scheduled during the
    shutdown) opens no connection that nothing would close: it answers no."""

    def __init__(self, db_path: str, crawl_id: int, count: Callable[[str], None]) -> None:
        self.db_path = db_path
        self.crawl_id = crawl_id
        self._count = count
        self.conn: sqlite3.Connection | None = None
        self.faults = 0
        self.closed = False

    def __call__(self, url: str) -> bool:
        if self.closed:
            return False
        try:
            if self.conn is None:
                self.conn = connect_readonly(self.db_path)
            done = is_done(self.conn, self.crawl_id, url)
        except (sqlite3.DatabaseError, ArchiveError) as exc:
            self.faults += 1
            self._count("clippings/done_check_errors")
            if self.faults == 1:
                logger.warning("could not check in %s whether %s was fetched already (fetched again): %s",
                               shown_path(self.db_path), url, exc)
            self._drop()
            return False
        if not done:
            self._count("clippings/done_key_collisions")
        return done

    def close(self) -> None:
        """The connection closed, and none opened after; again: nothing to do."""
        self.closed = True
        self._drop()

    def _drop(self) -> None:
        if self.conn is not None:
            conn, self.conn = self.conn, None
            conn.close()


class TakenRows:
    """The pending and failed rows a continued crawl took over
    (:func:`archive.frontier.taken_rows`), read once, a page at a time, on a
    read-only connection of their own. :meth:`close` closes that connection
    whether they were read to their end, in part, or not at all (a crawl stopped
    while its seeds were still asked); their snapshot, a temporary table, goes with
    it. Read to their end, they close themselves. A fault reading them goes to
    ``fault``; one in the rows' own clean-up as they are closed, to ``undropped``."""

    def __init__(self, conn: sqlite3.Connection, rows: Generator[TakenRow, None, None],
                 fault: Callable[[sqlite3.DatabaseError], NoReturn],
                 undropped: Callable[[sqlite3.DatabaseError], None]) -> None:
        self.conn: sqlite3.Connection | None = conn
        self._rows = rows
        self._fault = fault
        self._undropped = undropped

    def __iter__(self) -> TakenRows:
        return self

    def __next__(self) -> TakenRow:
        if self.conn is None:
            raise StopIteration
        try:
            return next(self._rows)
        except StopIteration:
            self.close()
            raise
        except sqlite3.DatabaseError as exc:
            self.close()  # the archive at fault: the rows are done, their connection goes
            self._fault(exc)

    def close(self) -> None:
        """The rows' clean-up run and their connection closed; again: nothing to do."""
        if self.conn is None:
            return
        conn, self.conn = self.conn, None
        try:
            self._rows.close()  # read in part: its own clean-up drops the snapshot
        except sqlite3.DatabaseError as exc:  # the snapshot goes with its connection all the same
            self._undropped(exc)
        finally:
            conn.close()
