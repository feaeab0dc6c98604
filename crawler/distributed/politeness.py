"""Per-site politeness over all workers together, held in Redis.

Each site (host and port) has a sorted set of tokens, one per request in flight
on any worker of any crawl, scored by its expiry, and a hash with its limits:

- ``concurrency ID``: crawl ID's ``CONCURRENT_REQUESTS_PER_DOMAIN``;
- ``delay_ms ID``: crawl ID's ``DOWNLOAD_DELAY`` between two request starts;
  ``crawl_delay_ms ID``: the site's robots.txt ``Crawl-delay`` as crawl ID's
  workers read it;
- ``next_at``: the earliest time (Redis's clock, ms) of the next request start,
  moved by each start and by a ``Retry-After`` answer (429 / 503) a crawl
  waits out (up to ``CLIPPINGS_MAX_RETRY_AFTER``, as in one process).

Politeness is the site's, shared by every crawl of it (the site sees one
crawler): the tokens and ``next_at`` are one for all crawls, and the strictest
limits of the crawls running on the site hold for each (the least concurrency,
the longest delay or Crawl-delay). Each crawl's fields go at its end
(:meth:`crawler.distributed.frontier.Frontier.finish`), so one crawl's settings
neither overwrite another's (a second crawl's ``--delay 0`` lifted the first's
delay, and cleared the Crawl-delay its workers had read) nor outlive it.
Counts are each crawl's own (:mod:`crawler.distributed.frontier`). A site's
keys do not outlive what they hold: the tokens expire with the last of them, and
a hash with no running crawl's fields in it once its ``next_at`` is past (every
site a crawl ever requested kept its hash in Redis for good).

:class:`GlobalPolitenessMiddleware` is the innermost downloader middleware of a
worker: it waits for a token before the request goes out and gives it back
when the answer (or the error) comes in. Tokens expire after the download
timeout, and the coordinator drops a dead worker's tokens at once, on every site
it took one on (``clippings:worker:WORKER:sites``, a sorted set of the sites by
when the worker's last token there expires, itself expiring with them), so a
killed worker holds no site's capacity. Scrapy's own per-worker slots and AutoThrottle
are set so they never wait on top of this (the worker's settings).

A worker's middleware drops the requests waiting for a token when the worker
is asked to stop (:data:`crawler.signals.stop_requested`: a signal, or the crawl
ended in Redis) with :class:`~crawler.exceptions.StoppedBeforeFetch`, and the
worker gives their leases back to the shared queue: a stop does not wait out a
site's Crawl-delay or Retry-After, held in Redis for every worker (before, the
worker sat in the wait until its grace period ran out and it was stopped
without waiting, its final stats never handed over).
"""

from __future__ import annotations

import asyncio
import math
import time
import uuid

import redis
from scrapy.crawler import Crawler
from scrapy.http import Request, Response

from crawler.distributed.frontier import Frontier, connect, crawl_fields, site_limits_key, text
from crawler.exceptions import StoppedBeforeFetch
from crawler.politeness import max_retry_after, waited_out
from crawler.robots import crawl_delay, robots_parser
from crawler.signals import stop_requested
from crawler.urls import site_key

TOKEN = "clippings_site_token"
POLL_MS = 50
CRAWL_DELAY_REFRESH = 30.0  # seconds between a worker's writes of a site's Crawl-delay

_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local concurrency, delay, next_at, held = tonumber(ARGV[3]), tonumber(ARGV[4]), 0, false
local fields = redis.call('HGETALL', KEYS[2])
for k = 1, #fields, 2 do
  local name, value = fields[k], tonumber(fields[k + 1])
  local kind = string.match(name, '^(%S+) ')
  if name == 'next_at' then next_at = value else held = true end
  if kind == 'concurrency' then concurrency = math.min(concurrency, value)
  elseif kind == 'delay_ms' or kind == 'crawl_delay_ms' then delay = math.max(delay, value)
  end
end
if now < next_at then return next_at - now end
if redis.call('ZCARD', KEYS[1]) >= concurrency then return -1 end
local lease = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
if redis.call('PTTL', KEYS[1]) < lease then redis.call('PEXPIRE', KEYS[1], lease) end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
redis.call('ZADD', KEYS[3], now + lease, ARGV[5])
if redis.call('PTTL', KEYS[3]) < lease then redis.call('PEXPIRE', KEYS[3], lease) end
redis.call('HSET', KEYS[2], 'next_at', now + delay)
if not held then redis.call('PEXPIRE', KEYS[2], delay + 1) end
return 0
"""
_PAUSE = """
local t = redis.call('TIME')
local until_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + tonumber(ARGV[1])
local next_at = tonumber(redis.call('HGET', KEYS[1], 'next_at') or 0)
if until_ms > next_at then
  redis.call('HSET', KEYS[1], 'next_at', until_ms)
  if redis.call('PTTL', KEYS[1]) >= 0 or redis.call('HLEN', KEYS[1]) == 1 then
    redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) + 1)
  end
end
return until_ms
"""


def site_keys(site: str) -> tuple[str, str]:
    """(tokens, limits) keys of a site."""
    return f"{site_limits_key(site)}:tokens", site_limits_key(site)


def set_site_limits(frontier: Frontier, site: str, *, concurrency: int, delay: float) -> None:
    """The crawl's limits for a site (the coordinator sets them for the seeds' sites),
    beside those of the other crawls running on it. A crawl starts without a
    Crawl-delay of its own: its workers write the one the site's robots.txt says now
    (a Crawl-delay read by an earlier crawl went with it: a site's dropped Crawl-delay
    was waited out by every later crawl)."""
    concurrency_field, delay_field, _ = crawl_fields(frontier.crawl)
    frontier.set_site_fields(site, {concurrency_field: max(1, concurrency), delay_field: int(delay * 1000)})


def worker_sites_key(worker: str) -> str:
    """The sites where ``worker`` took a token, each scored by when that token
    expires (the tokens' lease): a sorted set that lives no longer than they do."""
    return f"clippings:worker:{worker}:sites"


def drop_worker_tokens(server: redis.Redis, sites: list[str], worker: str) -> int:
    """Free the tokens a dead worker held on ``sites`` and on every site it took a
    token on (:func:`worker_sites_key`): a crawl's links lead to sites other than
    its seeds', whose tokens were left to lapse (``DOWNLOAD_TIMEOUT`` + 5 s, each
    holding one of the site's ``CONCURRENT_REQUESTS_PER_DOMAIN`` for every crawl)."""
    dropped = 0
    key = worker_sites_key(worker)
    taken = {text(site) for site in server.zrange(key, 0, -1)}
    for site in sorted(set(sites) | taken):
        tokens = site_keys(site)[0]
        mine = [text(t) for t in server.zrange(tokens, 0, -1) if text(t).startswith(f"{worker}/")]
        if mine:
            dropped += server.zrem(tokens, *mine)
    server.delete(key)
    return dropped


def try_acquire(server: redis.Redis, site: str, token: str, *, lease_ms: int,
                default_concurrency: int, default_delay_ms: int) -> int:
    """Take one of the site's tokens (``token``: ``WORKER/ID``): 0 when taken; else
    the milliseconds until the site's next start is due (> 0), or -1 when its
    concurrency is in use. The site is noted among the worker's
    (:func:`worker_sites_key`), so that its death frees the token at once."""
    worker = token.rpartition("/")[0]
    return int(server.register_script(_ACQUIRE)(keys=[*site_keys(site), worker_sites_key(worker)], args=[
        token, lease_ms, default_concurrency, default_delay_ms, site]))


def release(server: redis.Redis, site: str, token: str) -> None:
    server.zrem(site_keys(site)[0], token)


def pause_site(server: redis.Redis, site: str, seconds: float) -> None:
    """No worker starts a request to the site for ``seconds`` (a Retry-After)."""
    server.register_script(_PAUSE)(keys=[site_keys(site)[1]], args=[int(seconds * 1000)])


class GlobalPolitenessMiddleware:
    """Wait for one of the site's tokens before downloading; give it back after.

    With ``drop_at_stop`` (the workers'), a stop drops the requests waiting here.
    The coordinator's waits (a canonical check the identity pipeline awaits) are
    left to run, as one process leaves them."""

    drop_at_stop = False

    def __init__(self, crawler: Crawler, server: redis.Redis, worker: str) -> None:
        self.crawler = crawler
        self.server = server
        self.worker = worker
        settings = crawler.settings
        self.lease_ms = int((settings.getfloat("DOWNLOAD_TIMEOUT") + 5) * 1000)
        self.default_concurrency = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        self.default_delay_ms = int(settings.getfloat("CLIPPINGS_SITE_DELAY") * 1000)
        self.user_agent = settings.get("USER_AGENT")
        self.max_retry_after = max_retry_after(settings)
        self._crawl_delays: dict[str, float] = {}  # netloc -> when its Crawl-delay is written again
        self.stopping = False
        self._stop: asyncio.Event | None = None  # made in the loop that waits on it

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GlobalPolitenessMiddleware:
        settings = crawler.settings
        middleware = cls(crawler, connect(settings.get("CLIPPINGS_REDIS_URL")), settings.get("CLIPPINGS_WORKER_ID"))
        if cls.drop_at_stop:
            crawler.signals.connect(middleware.stop_requested, signal=stop_requested)
        return middleware

    def stop_requested(self) -> None:
        """The worker stops: what waits for a token, and what comes to wait later, is dropped."""
        self.stopping = True
        if self._stop is not None:
            self._stop.set()

    async def process_request(self, request: Request) -> None:
        site = site_key(request.url)
        self.note_crawl_delay(request, site)
        token = f"{self.worker}/{uuid.uuid4().hex}"
        while True:
            wait = try_acquire(self.server, site, token, lease_ms=self.lease_ms,
                               default_concurrency=self.default_concurrency,
                               default_delay_ms=self.default_delay_ms)
            if wait == 0:
                break
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/politeness/waits")
            await self.sleep((wait if wait > 0 else POLL_MS) / 1000)
            if self.stopping:
                self.drop()
        request.meta[TOKEN] = (site, token)

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds``, or less when the worker is told to stop."""
        if not self.drop_at_stop:
            await asyncio.sleep(seconds)
            return
        if self._stop is None:
            self._stop = asyncio.Event()
            if self.stopping:
                self._stop.set()
        try:
            await asyncio.wait_for(self._stop.wait(), seconds)
        except TimeoutError:
            return

    def drop(self) -> None:
        """A request that waited for its site's token when the stop came: not fetched."""
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/politeness/dropped_at_stop")
        raise StoppedBeforeFetch()

    def process_response(self, request: Request, response: Response) -> Response:
        self.release(request)
        # One past CLIPPINGS_MAX_RETRY_AFTER pauses no one: its URL is given up
        # (crawler.politeness.RetryAfterLimitMiddleware, in the workers' middlewares too).
        seconds = waited_out(response, self.max_retry_after)
        if seconds is not None:
            self.pause(request, seconds)
        return response

    def process_exception(self, request: Request, exception: BaseException) -> None:
        self.release(request)

    def release(self, request: Request) -> None:
        held = request.meta.pop(TOKEN, None)
        if held is not None:
            release(self.server, *held)

    def pause(self, request: Request, seconds: float) -> None:
        """A Retry-After answer: no worker starts a request to the site before it passes."""
        pause_site(self.server, site_key(request.url), seconds)
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/politeness/retry_after")

    def note_crawl_delay(self, request: Request, site: str) -> None:
        """The site's robots.txt Crawl-delay (0: none), as this crawl's field, once
        Scrapy's robots.txt middleware has read it, and again every
        :data:`CRAWL_DELAY_REFRESH` seconds (the site may change it mid-crawl)."""
        netloc = request.url.split("/")[2] if "://" in request.url else ""
        if time.monotonic() < self._crawl_delays.get(netloc, -math.inf):
            return
        parser = robots_parser(self.crawler, netloc)
        if parser is None:
            return
        frontier = getattr(self.crawler.spider, "frontier", None)
        if not isinstance(frontier, Frontier):  # (the worker's and the coordinator's spiders have one)
            return
        self._crawl_delays[netloc] = time.monotonic() + CRAWL_DELAY_REFRESH
        frontier.set_site_fields(site, {crawl_fields(frontier.crawl)[2]: int(crawl_delay(parser, self.user_agent) * 1000)})


class WorkerPolitenessMiddleware(GlobalPolitenessMiddleware):
    """A worker's: a stop drops the requests waiting for a token (the worker gives
    their leases back to the shared queue as it closes:
    :meth:`crawler.distributed.worker.Outbox.give_back`)."""

    drop_at_stop = True
