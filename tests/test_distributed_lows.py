"""The distributed crawl's LOW findings of note 31, each checked in-process: the
coordinator's and workers' own objects, against a real ``redis-server`` (the
``redis_url`` fixture) and real SQLite archives, without a crawl around them (the
multi-process crawl tests are the suite's heaviest)."""

from __future__ import annotations

import gc
import pickle
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import redis
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.project import get_project_settings

from archive import open_archive
from archive.writer import ArchiveWriter
from crawler.distributed.coordinator import CoordinatorHeartbeat, CoordinatorSpider, coordinator_settings
from crawler.distributed.frontier import ACTIVE, COORDINATOR_GONE, COORDINATOR_TTL, PROTOCOL, Frontier
from crawler.distributed.resume import FEED_PAGE, RowFeed
from crawler.distributed.worker import LEASE, RedirectRecordMiddleware, WorkerSpider
from crawler.exceptions import UnfollowedRedirect
from crawler.frontier import FrontierNotes, frontier_of
from crawler.items import FetchRecord
from crawler.resolver import pin, pinned
from pipelines.store import ArchivePipeline
from tests.conftest import ENV, ROOT
from tests.support.redis_crawls import free_port, rows
from tests.test_distributed import worker_guard
from tests.test_distributed_reaper import planted
from tests.test_distributed_review import coordinator


def interrupted_crawl(db: Path, seed: str) -> None:
    """An archive whose crawl of ``seed`` was interrupted with two URLs pending and one done."""
    open_archive(db).close()
    writer = ArchiveWriter(db)
    crawl = writer.start_crawl(seeds=[seed], settings={"since": None}, user_agent="")
    writer.frontier_found(crawl, [(f"{seed}pending-{n}", "{}", 0) for n in range(2)])
    writer.frontier_done(crawl, [f"{seed}done"])
    writer.finish_crawl(crawl, stats={}, status="interrupted")
    writer.db.close()


def started_coordinator(redis_url: str, db: Path, seed: str, *settings: tuple[str, object]
                        ) -> tuple[CoordinatorSpider, ArchivePipeline]:
    """A coordinator as ``clippings crawl SEED --redis`` starts one: its archive
    pipeline opened (the frontier taken over, or dropped), then its crawl announced."""
    project = coordinator_settings(get_project_settings(), redis_url)
    project.setdict({"CLIPPINGS_DB": str(db), "CLIPPINGS_WARC": False, **dict(settings)}, priority="cmdline")
    crawler = Crawler(CoordinatorSpider, project)
    crawler.stats = MemoryStatsCollector(crawler)
    spider = crawler._create_spider(seeds=seed, redis_url=redis_url)
    assert isinstance(spider, CoordinatorSpider)
    crawler.spider = spider
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    spider.announce()
    return spider, pipeline


def queued_urls(spider: CoordinatorSpider) -> list[str]:
    """The URLs of the requests queued in the coordinator's crawl (its queue in Redis)."""
    frontier = spider.frontier
    return sorted(pickle.loads(frontier.server.hget(frontier.keys.requests, lease))["url"]  # type: ignore[arg-type]
                  for lease in frontier.server.zrange(frontier.keys.queue, 0, -1))


@pytest.mark.parametrize("fresh", [False, True])
def test_a_coordinator_continues_or_with_fresh_drops_the_frontier_building_no_done_keys(
        redis_url: str, tmp_path: Path, fresh: bool) -> None:
    """``clippings crawl SEED --redis`` after an interrupted crawl of SEED queues its
    pending rows, and marks its done URL seen in Redis; its archive pipeline builds
    no keys of the done URLs (the coordinator schedules nothing they would drop: it
    built them for nothing), though the crawl's stats count them. With ``--fresh``
    (``CLIPPINGS_RESUME`` false) it queues the seed alone and the frontier is dropped."""
    seed = f"http://fresh.test:{free_port()}/"
    db = tmp_path / "news.db"
    interrupted_crawl(db, seed)
    spider, pipeline = started_coordinator(redis_url, db, seed, ("CLIPPINGS_RESUME", not fresh))
    try:
        resumed = frontier_of(spider.crawler).resumed
        stats = spider.crawler.stats
        assert stats is not None
        if fresh:
            assert resumed is None and spider.feed is None
            assert queued_urls(spider) == [seed]
            assert rows(db, "SELECT crawl_id, url FROM frontier") == []
        else:
            assert resumed is not None and len(resumed.done) == 0 and pipeline.done_check is None
            assert stats.get_value("clippings/resumed_done") == 1
            assert stats.get_value("clippings/resumed_pending") == 2
            assert queued_urls(spider) == sorted([seed, f"{seed}pending-0", f"{seed}pending-1"])
            server = redis.Redis.from_url(redis_url)
            assert server.sismember(spider.frontier.keys.seen,
                                    spider.frontier.fingerprints.request_fingerprint(Request(f"{seed}done")))
    finally:
        spider.frontier.finish()
        pipeline.spider_closed(spider, "shutdown")


def test_a_pin_in_use_is_never_dropped_to_make_room() -> None:
    """10,001 robots.txt hops judged, each request alive: the first hop's name is
    still pinned to the addresses judged. (A cache of 10,000 names dropped its
    oldest, live or not: the first hop's download looked its name up again, open
    to DNS rebinding.) A pin whose request is gone still goes."""
    hops = [Request(f"http://hop-{n}.pins.test/robots.txt") for n in range(10_001)]
    for n, hop in enumerate(hops):
        pin(f"hop-{n}.pins.test", [f"192.0.2.{n % 250 + 1}"], hop)
    assert pinned("hop-0.pins.test") == ("192.0.2.1",)
    assert pinned("hop-10000.pins.test") == ("192.0.2.1",)
    del hops
    gc.collect()
    assert pinned("hop-0.pins.test") is None


def test_a_row_feed_reads_a_page_of_rows_a_call_when_they_were_all_seen(redis_url: str) -> None:
    """A continued crawl's rows all seen already in the new crawl (each a revisit,
    or linked to by a page fetched first): each call of the feed, on the reactor,
    reads a page of them (FEED_PAGE, or the room ``ahead`` leaves when more) and
    queues none; the next call reads on. (One call read the whole frontier: a
    million such rows held the reactor for as long.)"""
    frontier = Frontier(redis.Redis.from_url(redis_url), f"feed-{free_port()}")
    urls = [f"http://feed.test/{n}" for n in range(2 * FEED_PAGE + 1)]
    frontier.mark_seen(urls)
    read: list[str] = []

    def rows() -> Iterator[Request]:
        for url in urls:
            read.append(url)
            yield Request(url)

    feed = RowFeed(frontier, rows(), ahead=4)
    calls = 0
    while not feed.exhausted:
        feed.feed()
        calls += 1
        assert len(read) <= calls * FEED_PAGE
    assert (calls, len(read), feed.queued) == (3, len(urls), 0)
    frontier.finish()


class ScanNoting(redis.Redis):
    """A client of the real Redis that notes the thread of each SCAN it sends."""

    def __init__(self, url: str) -> None:
        super().__init__(connection_pool=redis.ConnectionPool.from_url(url))
        self.scanned_on: list[threading.Thread] = []

    def scan(self, *args: Any, **kwargs: Any) -> Any:
        self.scanned_on.append(threading.current_thread())
        return super().scan(*args, **kwargs)


def test_a_coordinator_reaps_a_dead_foreign_crawl_off_the_reactor_thread(redis_url: str, tmp_path: Path) -> None:
    """A dead crawl of another protocol is reaped by a scan of Redis's keyspace
    (seconds on a big Redis); the coordinator scans in a thread of its own, not on
    the reactor (it stored nothing meanwhile), and the crawl's keys still go."""
    spider = coordinator(redis_url, tmp_path / "a.db", f"http://reap.test:{free_port()}/")
    client = ScanNoting(redis_url)
    spider.frontier = Frontier(client, spider.crawl)
    dead = f"foreign-{free_port()}"
    planted(client, dead, PROTOCOL + 1, alive=False)
    spider.reap()
    reaping = getattr(spider, "reaping", None)
    if reaping is not None:
        reaping.result(timeout=120)
    assert client.scanned_on and threading.current_thread() not in client.scanned_on
    assert not client.sismember(ACTIVE, dead)
    assert client.keys(f"clippings:{{{dead}}}:*") == [f"clippings:{{{dead}}}:done".encode()]
    spider.end()


def test_a_lease_taken_away_hands_over_no_note_marking_its_redirect_done(redis_url: str) -> None:
    """A worker's lease is taken away (the worker taken for dead, the request given
    to another) while its redirect is answered by a URL the crawl fetched already:
    its commit is refused, the redirect's row dropped with it. The worker's next
    commit, of another lease, hands over no note that marks that redirect done (it
    did: the continued crawl then had the redirect done and no row of it). A
    redirect's row marks the URLs it answers done itself, followed or not."""
    crawl = f"notes-{free_port()}"
    guard = worker_guard(redis_url, crawl, "http://notes.test/", budget=100)
    spider = guard.crawler.spider
    assert isinstance(spider, WorkerSpider)
    frontier = spider.frontier
    frontier.enlist()  # (a crawl in progress, its coordinator beating)
    frontier.beat()
    frontier.push([Request("http://notes.test/moved")])
    [(lease, moved)] = frontier.pop(spider.worker, 1)
    assert frontier.requeue_dead_workers() == {spider.worker: 1}  # (no heartbeat: taken for dead)
    assert frontier.pop("another-worker", 1)
    target = Request("http://notes.test/fetched", meta={LEASE: lease, "redirect_urls": [moved.url]})
    spider.request_dropped(target, spider)  # the redirect's target seen: its commit is refused
    frontier.push([Request("http://notes.test/next")])
    [(next_lease, page)] = frontier.pop(spider.worker, 1)
    page.meta[LEASE] = next_lease
    spider.outbox.commit(page, [], [FetchRecord(url=page.url, outcome="stored", status=200)])
    handed = frontier.take_results()
    answered = [url for item in handed if isinstance(item, FrontierNotes) for url in item.answered]
    assert moved.url not in answered, handed
    # A redirect not followed (not http): its row marks its URL done itself.
    middleware = RedirectRecordMiddleware.from_crawler(guard.crawler)
    request = Request("http://notes.test/to-ftp", meta={LEASE: next_lease})
    with pytest.raises(UnfollowedRedirect):
        middleware.process_response(request, Response(request.url, status=302, headers={"Location": "ftp://x/"}))
    [row] = spider.outbox.pending[next_lease]
    assert row.outcome == "redirect" and row.requested == (request.url,)
    frontier.finish()


def test_a_worker_keeps_no_answered_url_it_never_sends(redis_url: str) -> None:
    """A worker sends no "answered" notes (each URL is marked done by its redirect
    row): its frontier does not collect them either. (It collected every redirect
    chain dropped, not followed or answered by a seed, and threw them away at the
    next commit: memory held for nothing, and without a commit, kept.)"""
    guard = worker_guard(redis_url, f"answered-{free_port()}", "http://answers.test/", budget=100)
    spider = guard.crawler.spider
    assert isinstance(spider, WorkerSpider)
    frontier = frontier_of(guard.crawler)
    moved = Request("http://answers.test/fetched", meta={"redirect_urls": ["http://answers.test/old"]})
    frontier.dropped(moved)  # the duplicate filter's: the chain's end
    frontier.answered(Request("http://answers.test/to-ftp"), itself=True)  # a redirect not followed
    frontier.scheduled(Request("http://answers.test/next", meta={"depth": 1}))
    assert frontier.take() == ([("http://answers.test/next", '{"depth": 1}', 0)], [])


def test_the_results_bound_holds_exactly_however_many_records_a_page_hands_over(redis_url: str) -> None:
    """``CLIPPINGS_RESULTS_MAX`` 2: a worker holds two leases (the bound). One page
    hands over its frontier notes, a redirect row and its record, the other a
    record; the worker stops holding a third request with a robots.txt row owed
    without a lease. The entries waiting and the leases held never pass the bound,
    and no request is taken at it. (Each record and note was an entry of its own:
    a page with links or a redirect passed the bound by one, and every page of a
    crawl could, up to twice the bound waiting.) The coordinator takes each page's
    records together, in order."""
    crawl = f"bound-{free_port()}"
    guard = worker_guard(redis_url, crawl, "http://bound.test/", budget=100)
    spider = guard.crawler.spider
    assert isinstance(spider, WorkerSpider)
    frontier, worker = spider.frontier, spider.worker
    frontier.enlist()
    frontier.beat()
    frontier.push([Request(f"http://bound.test/{n}") for n in range(4)])

    def owed() -> int:
        return int(frontier.server.llen(frontier.keys.results)) + int(
            frontier.server.hlen(frontier.keys.processing(worker)))

    (first, one), (second, two) = frontier.pop(worker, 4, 2) or []
    assert frontier.pop(worker, 1, 2) is None
    one.meta[LEASE], two.meta[LEASE] = first, second
    redirect = FetchRecord(url=one.url, outcome="redirect", status=301, requested=(one.url,))
    spider.outbox.add(first, redirect)
    spider.outbox.commit(one, [Request("http://bound.test/linked")],
                         [FetchRecord(url=one.url + "/moved", outcome="stored", status=200)])
    assert owed() <= 2 and frontier.pop(worker, 1, 2) is None
    spider.outbox.commit(two, [], [FetchRecord(url=two.url, outcome="stored", status=200)])
    assert owed() <= 2 and frontier.pop(worker, 1, 2) is None
    [notes, row, record], [two_record] = frontier.take_results(1), frontier.take_results(1)
    assert isinstance(notes, FrontierNotes) and (row, record.url) == (redirect, one.url + "/moved")
    assert two_record.url == two.url
    assert len(frontier.pop(worker, 1, 2) or []) == 1  # (a third request, held)
    spider.outbox.add(None, FetchRecord(url="http://bound.test/robots.txt", outcome="robots", status=200))
    assert owed() == 1
    spider.outbox.give_back()  # (the worker stops)
    assert owed() == 1
    assert [item.url for item in frontier.take_results()] == ["http://bound.test/robots.txt"]
    frontier.finish()


BEATING = """
import sys, time
from crawler.distributed.coordinator import CoordinatorHeartbeat
CoordinatorHeartbeat(sys.argv[1], sys.argv[2], 30).start_beating()
print("beating", flush=True)
time.sleep(600)
"""


def test_a_killed_coordinator_is_found_dead_before_its_heartbeat_lapses(redis_url: str) -> None:
    """A coordinator's heartbeat lasts 30 s; killed with SIGKILL, its crawl was
    served until then (its workers' pages went nowhere). A coordinator whose beat
    is late past COORDINATOR_GONE (6 s: here the key aged by hand, as the beats
    stopped) is dead once it holds no subscription to its presence channel: a
    killed process's connection closes at once. Stopped with SIGSTOP (neither its
    reactor nor its beat's thread runs: a busy one at its worst), it lives on."""
    crawl = f"gone-{free_port()}"
    server = redis.Redis.from_url(redis_url)
    frontier = Frontier(server, crawl)
    frontier.enlist()
    presence = f"clippings:{{{crawl}}}:coordinator"
    beating = subprocess.Popen([sys.executable, "-c", BEATING, redis_url, crawl], cwd=ROOT, env=ENV,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert beating.stdout is not None and beating.stdout.readline().strip() == "beating"
        beating.send_signal(signal.SIGSTOP)
        aged = COORDINATOR_TTL * 1000 - int(COORDINATOR_GONE * 1000) - 1000
        assert server.pexpire(frontier.keys.alive, aged)  # (its last beat 7 s ago)
        assert frontier.is_alive() and not frontier.is_done()
        beating.kill()
        beating.wait(30)
        for _ in range(600):  # (Redis drops the subscription as it reads the closed connection)
            if server.pubsub_numsub(presence) == [(presence.encode(), 0)]:
                break
            time.sleep(0.05)
        assert server.pexpire(frontier.keys.alive, aged) and server.exists(frontier.keys.alive)
        assert not frontier.is_alive() and frontier.is_done()
    finally:
        if beating.poll() is None:
            beating.kill()
        frontier.finish()


def test_a_coordinator_that_may_not_subscribe_is_alive_until_its_heartbeat_lapses(
        redis_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """A Redis user without Pub/Sub: the coordinator beats without a subscription,
    and its crawl is not taken for dead however late its beat (its heartbeat's
    lapse tells a death, as before). The refusal is a warning, once (it was logged
    at debug level only: a kill told 30 s late, and nothing said why)."""
    crawl = f"acl-{free_port()}"
    server = redis.Redis.from_url(redis_url)
    user, password = f"nopubsub-{crawl}", f"pw-{crawl}"
    server.acl_setuser(user, enabled=True, passwords=[f"+{password}"], categories=["+@all", "-@pubsub"],
                       keys=["*"], channels=["*"])
    heartbeat = CoordinatorHeartbeat(redis_url.replace("redis://", f"redis://{user}:{password}@"), crawl, 30)
    frontier = Frontier(server, crawl)
    try:
        heartbeat.start_beating()
        heartbeat.halt(5)
        assert heartbeat.beat()  # (refused again: not said again)
        assert server.get(frontier.keys.alive) == b"1"
        warned = [r for r in caplog.records if r.levelname == "WARNING" and "presence channel" in r.getMessage()]
        assert len(warned) == 1, caplog.text
        assert server.pexpire(frontier.keys.alive, 1000)  # (its last beat 29 s ago)
        assert frontier.is_alive()
    finally:
        heartbeat.halt(5)
        server.delete(frontier.keys.alive)
        server.acl_deluser(user)


class CommandCounting(redis.Redis):
    """A client of the real Redis that counts the commands it sends."""

    def __init__(self, url: str) -> None:
        super().__init__(connection_pool=redis.ConnectionPool.from_url(url))
        self.commands: list[str] = []

    def execute_command(self, *args: Any, **options: Any) -> Any:
        self.commands.append(str(args[0]))
        return super().execute_command(*args, **options)


def test_a_coordinators_beat_is_one_round_trip_to_redis(redis_url: str) -> None:
    """A subscribed coordinator's beat sets its heartbeat, present, and counts the
    presence channel's subscribers in one command (it was a PUBSUB NUMSUB, then a
    SET: two round trips a beat); its value still says whether it is subscribed."""
    crawl = f"onetrip-{free_port()}"
    server = redis.Redis.from_url(redis_url)
    frontier = Frontier(server, crawl)
    heartbeat = CoordinatorHeartbeat(redis_url, crawl, COORDINATOR_TTL)
    counting = CommandCounting(redis_url)
    heartbeat.frontier = Frontier(counting, crawl)
    try:
        assert heartbeat.beat()  # (subscribes; its script loaded)
        counting.commands.clear()
        assert heartbeat.beat()
        assert len(counting.commands) == 1, counting.commands
        assert server.get(frontier.keys.alive) == str(COORDINATOR_TTL * 1000).encode()
        assert server.ttl(frontier.keys.alive) > 0
    finally:
        heartbeat.halt(5)
        server.delete(frontier.keys.alive)


def test_a_long_heartbeat_lifetime_is_written_as_a_whole_number(redis_url: str) -> None:
    """``CLIPPINGS_COORDINATOR_TTL`` of 10**11 s (no bound refuses it): the beat's
    value, its lifetime in ms, is the whole number a worker reads
    (:meth:`Frontier.is_alive`). The beat's script wrote Lua's own text of the
    number, "1e+14", which no worker reads as one: the coordinator's presence was
    never asked, and a kill of it was told only when its heartbeat lapsed."""
    crawl = f"longttl-{free_port()}"
    server = redis.Redis.from_url(redis_url)
    frontier = Frontier(server, crawl)
    heartbeat = CoordinatorHeartbeat(redis_url, crawl, 10**11)
    try:
        assert heartbeat.beat()
        assert server.get(frontier.keys.alive) == str(10**14).encode()
    finally:
        heartbeat.halt(5)
        server.delete(frontier.keys.alive)


def test_a_presence_lost_without_its_connection_closing_is_made_again(redis_url: str) -> None:
    """The coordinator's subscription is gone while its client sees its connection
    open (a NAT or firewall forgetting an idle connection: Redis's keepalive closes
    its end, and ``get_message(timeout=0)`` sends nothing to find out; here the
    channel unsubscribed under the client). Each beat then found no subscriber and
    beat without presence for the rest of the crawl (a kill told only by the
    heartbeat's lapse, 30 s); the beat subscribes again."""
    crawl = f"silent-{free_port()}"
    server = redis.Redis.from_url(redis_url)
    frontier = Frontier(server, crawl)
    heartbeat = CoordinatorHeartbeat(redis_url, crawl, COORDINATOR_TTL)
    try:
        assert heartbeat.beat()
        assert server.pubsub_numsub(frontier.presence) == [(frontier.presence.encode(), 1)]
        assert server.get(frontier.keys.alive) == str(COORDINATOR_TTL * 1000).encode()
        assert heartbeat.presence is not None and heartbeat.presence.connection is not None
        heartbeat.presence.connection.send_command("UNSUBSCRIBE", frontier.presence)  # (its reply unread)
        assert server.pubsub_numsub(frontier.presence) == [(frontier.presence.encode(), 0)]
        assert heartbeat.beat()
        assert server.pubsub_numsub(frontier.presence) == [(frontier.presence.encode(), 1)]
        assert server.get(frontier.keys.alive) == str(COORDINATOR_TTL * 1000).encode()
        # A connection Redis closes (a blip, CLIENT KILL): the next beat, without
        # presence, keeps the crawl alive until the heartbeat lapses; the one after is present.
        connection = heartbeat.presence.connection
        assert connection is not None and connection._sock is not None
        host, port = connection._sock.getsockname()[:2]
        assert server.client_kill(f"{host}:{port}")
        assert heartbeat.beat() and heartbeat.beat()
        assert server.pubsub_numsub(frontier.presence) == [(frontier.presence.encode(), 1)]
        assert server.get(frontier.keys.alive) == str(COORDINATOR_TTL * 1000).encode()
    finally:
        heartbeat.halt(5)
        server.delete(frontier.keys.alive)


@pytest.mark.parametrize("ending", ["end", "forced"])
def test_a_beat_in_flight_past_a_coordinators_end_leaves_no_heartbeat(redis_url: str, tmp_path: Path,
                                                                      ending: str) -> None:
    """The coordinator's crawl ends (its last record stored; or a forced stop,
    ``end_in_redis``) while its heartbeat's beat is in flight past the halt's wait (a
    Redis slow to answer): the end deleted the crawl's alive key, then the late beat
    set it again (and, finding its presence dropped, subscribed anew): the ended
    crawl's coordinator lived to workers and reapers for the key's time more. Now the
    beat's thread takes such a beat back. The beat is held by a proxy in front of
    the real Redis until the end has returned."""
    from crawler.distributed.coordinator import end_in_redis
    from tests.support.held_proxy import HeldProxy

    host, port = redis_url.removeprefix("redis://").split("/")[0].rsplit(":", 1)
    server = redis.Redis.from_url(redis_url)
    with HeldProxy(host, int(port), b"ALIVE") as proxy:
        spider = coordinator(f"redis://127.0.0.1:{proxy.port}/0", tmp_path / "news.db",
                             f"http://late.test:{free_port()}/")
        heartbeat, keys = spider.heartbeat, spider.frontier.keys
        heartbeat.start_beating()
        assert server.exists(keys.alive)
        proxy.armed.set()
        assert proxy.held.wait(60)  # the next beat, on its way
        if ending == "end":
            spider.end()
        else:
            end_in_redis(spider.crawler)
        assert not server.exists(keys.alive) and not server.sismember(ACTIVE, spider.crawl)
        proxy.release.set()
        assert proxy.answered.wait(60)  # the late beat has landed
        assert heartbeat.thread is not None
        heartbeat.thread.join(60)
        assert not heartbeat.thread.is_alive()
        assert not server.exists(keys.alive)
        assert heartbeat.presence is None  # (the subscription the late beat made anew closed)


def test_a_beat_in_flight_past_a_workers_stop_leaves_no_heartbeat(redis_url: str) -> None:
    """A worker's stop (spider closed) while its heartbeat's SET is in flight past
    the stop's wait (a Redis slow to answer): the stop deleted the heartbeat, then
    the late beat set it again, and the stopped worker was alive to the coordinator
    for HEARTBEAT_TTL s more (its leases not reaped). Now the beat's thread takes a
    beat landing after the stop back; nothing is raised. The SET is held by a proxy
    in front of the real Redis until the stop has returned."""
    from scrapy import Spider

    from crawler.distributed.worker import Heartbeat
    from tests.support.held_proxy import HeldProxy

    host, port = redis_url.removeprefix("redis://").split("/")[0].rsplit(":", 1)
    server = redis.Redis.from_url(redis_url)
    with HeldProxy(host, int(port), b"SET") as proxy:
        worker = f"late-{free_port()}"
        settings = get_project_settings()
        settings.setdict({"CLIPPINGS_REDIS_URL": f"redis://127.0.0.1:{proxy.port}/0", "CLIPPINGS_WORKER_ID": worker})
        beat = Heartbeat(Crawler(Spider, settings))
        beat.stop_wait = 0.0  # (the stop waits no longer for the held beat)
        beat.start_beating()
        assert server.exists(beat.key)
        proxy.armed.set()
        assert proxy.held.wait(60)  # the next beat's SET, on its way
        beat.stop()
        assert not server.exists(beat.key)
        proxy.release.set()
        assert proxy.answered.wait(60)  # the late beat has landed
        assert beat.thread is not None
        beat.thread.join(60)
        assert not beat.thread.is_alive()
        assert not server.exists(beat.key)


@contextmanager
def reaps_refused(spider: CoordinatorSpider, redis_url: str) -> Iterator[Frontier]:
    """For the block, ``spider``'s frontier speaks as a Redis user that may not ask a
    heartbeat's age (PTTL), with another crawl planted alive: its reaps fail in Redis.
    Yields the spider's own frontier; put back, and the user and crawl removed, after."""
    server = redis.Redis.from_url(redis_url)
    other = f"other-{free_port()}"
    user, password = f"nopttl-{other}", f"pw-{other}"
    server.acl_setuser(user, enabled=True, passwords=[f"+{password}"], categories=["+@all"], commands=["-pttl"],
                       keys=["*"], channels=["*"])
    own = spider.frontier
    planted(server, other, PROTOCOL, alive=True)
    try:
        spider.frontier = Frontier(redis.Redis.from_url(redis_url.replace("redis://", f"redis://{user}:{password}@")),
                                   spider.crawl)
        yield own
    finally:
        spider.frontier = own
        server.srem(ACTIVE, other)
        server.delete(*server.keys(f"clippings:{{{other}}}:*"))
        server.acl_deluser(user)


def test_the_last_reaps_failure_is_logged_and_counted_at_the_crawls_end(redis_url: str, tmp_path: Path,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    """A reap's error was seen by the next reap only: the crawl's last reap, failing
    in Redis (a user that may not ask a heartbeat's age), ended with the crawl
    unseen, in no log and no count. Its error is now logged and counted at the end."""
    spider = coordinator(redis_url, tmp_path / "a.db", f"http://lastreap.test:{free_port()}/")
    with reaps_refused(spider, redis_url) as own:
        spider.reap_crawls()
        assert spider.reaping is not None
        assert isinstance(spider.reaping.exception(timeout=120), redis.ResponseError)
        spider.frontier = own
        with caplog.at_level("WARNING", logger="crawler.distributed.coordinator"):
            spider.end()
        assert "could not reap the dead crawls" in caplog.text
        assert spider.crawler.stats.get_value("clippings/coordinator/reap_errors") == 1


def test_a_reap_failing_in_redis_is_logged_and_counted(redis_url: str, tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    """A reap of dead crawls, in the coordinator's thread, fails in Redis (here a
    Redis user that may not ask a heartbeat's age): the next look logs it and counts
    it in the crawl's stats (it was logged only: a reap failing every second left
    no trace in the crawl's row), and the crawl goes on."""
    spider = coordinator(redis_url, tmp_path / "a.db", f"http://reapfail.test:{free_port()}/")
    try:
        with reaps_refused(spider, redis_url):
            spider.reap_crawls()
            assert spider.reaping is not None
            assert isinstance(spider.reaping.exception(timeout=120), redis.ResponseError)
            with caplog.at_level("WARNING", logger="crawler.distributed.coordinator"):
                spider.reap_crawls()
            assert "could not reap the dead crawls" in caplog.text
            assert spider.crawler.stats.get_value("clippings/coordinator/reap_errors") == 1
            spider.reaping.exception(timeout=120)
    finally:
        spider.end()


def test_a_coordinators_halt_that_outwaits_a_beat_leaves_its_presence_to_the_beats_thread(
        redis_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """A beat still under way when the halt's wait ends (a Redis slow to answer;
    here the beat held on its thread till the halt returned): the halt closed the
    presence connection under the beat's thread, which found its subscription gone,
    subscribed anew and ended so: the halted coordinator stayed present for good
    (a kill of it then not told by its presence). Now the halt says it did not
    wait the beat out, and the thread closes the presence itself as it ends."""
    crawl = f"halted-{free_port()}"
    server = redis.Redis.from_url(redis_url)
    frontier = Frontier(server, crawl)
    heartbeat = CoordinatorHeartbeat(redis_url, crawl, 3)  # (a beat a second)
    in_beat, go_on = threading.Event(), threading.Event()
    counted = heartbeat.frontier.beat_counted

    def held(ttl: int) -> int:
        in_beat.set()
        go_on.wait(30)
        return counted(ttl)

    try:
        heartbeat.start_beating()  # (its first beat here, subscribed)
        assert server.pubsub_numsub(frontier.presence) == [(frontier.presence.encode(), 1)]
        heartbeat.frontier.beat_counted = held  # type: ignore[method-assign]
        assert in_beat.wait(30)
        assert not heartbeat.halt(0.1)
        assert "a beat still under way" in caplog.text
        go_on.set()
        assert heartbeat.thread is not None
        heartbeat.thread.join(30)
        assert not heartbeat.thread.is_alive()
        assert server.pubsub_numsub(frontier.presence) == [(frontier.presence.encode(), 0)]
    finally:
        go_on.set()
        heartbeat.halt(5)
        server.delete(frontier.keys.alive)
