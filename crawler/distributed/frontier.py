"""One crawl's shared state in Redis, and the atomic steps on it.

Keys (``{id}`` is a Redis Cluster hash tag, so one crawl's keys live together):

- ``clippings:crawls``: set of the crawls in progress (workers pick from it);
- ``clippings:{id}:config``: the crawl's seeds and settings, JSON;
- ``clippings:{id}:queue``: sorted set of request ids, by priority then age;
- ``clippings:{id}:requests``: hash id -> serialised request, until it is done;
- ``clippings:{id}:seen``: the crawl's seen-URL fingerprints (scrapy-redis's);
- ``clippings:{id}:processing:WORKER``: hash id -> score of the requests a
  worker holds; ``clippings:{id}:workers``: set of the workers that took some;
- ``clippings:{id}:results``: list of what workers hand back, one entry a commit
  (a page's records, its redirect rows and frontier notes together: a pickled list);
- ``clippings:{id}:stats``: hash worker -> its Scrapy stats, JSON;
- ``clippings:{id}:tally``: hash of the trap guard's counts (a site's requests,
  a calendar's pages), shared so that the budgets hold over all workers together,
  and its claims (the request whose refusal is a site's one budget ``trap`` row);
- ``clippings:{id}:turns``: hash lease -> the trap guard's counts its request
  took (a site's budget, a calendar's pages), until its request is done, so that
  a request passed on from worker to worker (one taken for dead, one stopped,
  held aside at ``--max-pages``) is counted once, as in one process;
- ``clippings:{id}:slots``: hash of the leases (request ids) holding a slot of
  ``--max-pages``, until their request is done: one taken for dead, or given back
  at a worker's stop, keeps its slot, so the worker that takes it next counts it
  neither again nor never;
- ``clippings:{id}:held``: sorted set of the requests dropped from the queue at
  ``--max-pages``, and of the request refused there (its lease moved out of its
  worker's processing hash, its score kept), their data kept in ``requests``, at
  most as many as slots may still be given back: a slot given back queues the
  first of them again (a held request is in no worker's hash: a worker's death
  or stop neither queues nor loses it);
- ``clippings:{id}:sitemaps``: hash of the sitemaps (and indexes) requested
  from robots.txt files and sitemap indexes (``SITE URL``) and each site's count
  of them (``SITE``), so that ``CLIPPINGS_SITE_MAX_SITEMAPS`` is one cap a site
  over all workers together;
- ``clippings:{id}:robots``: hash netloc -> the site's robots.txt as the worker
  that fetched it read it (``NETLOC why``: why it disallows everything, if so),
  so that a site's robots.txt is fetched once per crawl, not once per worker;
- ``clippings:{id}:done``: set when the crawl ended (workers stop);
- ``clippings:{id}:alive``: the coordinator's heartbeat, expiring: a crawl
  without it lost its coordinator (``kill -9``), and the next worker or
  coordinator to look deletes it; its value is the key's lifetime in ms when
  the coordinator is also subscribed to the Pub/Sub channel ``clippings:{id}:coordinator``
  (its presence: :meth:`Frontier.is_alive`), else ``1``;
- ``clippings:{id}:sites``: the sites whose politeness hash holds this crawl's
  limits (below), so that its end takes them out;
- ``clippings:worker:WORKER``: a worker's heartbeat, expiring.

A site's politeness keys (:mod:`crawler.distributed.politeness`) are shared by
every crawl of the site, as the site sees one crawler: its tokens in flight and
the time its next request may start (the delay, robots.txt's Crawl-delay and a
Retry-After, whichever crawl met it). Each crawl's own limits (concurrency,
delay, the Crawl-delay its workers read) are fields of its own in the site's
hash (``concurrency ID``, ``delay_ms ID``, ``crawl_delay_ms ID``), the strictest
of the running crawls holding for all of them, and go at the crawl's end: one
crawl's settings neither overwrite nor outlive another's. Counts are the
crawl's own (its tally, slots, sitemaps, robots.txt rules and claims): two crawls
of one site never share them.

A request is always either queued, held aside at ``--max-pages`` or in exactly one
worker's processing hash: :meth:`Frontier.pop` moves it, :meth:`Frontier.drop_past_limit`
holds it, :meth:`Frontier.commit` removes it together with
queueing its links and appending its records, in one Lua script, so a worker
killed at any moment loses nothing and nothing is recorded twice.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import redis
from scrapy import Request, Spider
from scrapy.utils.request import request_from_dict
from scrapy_redis.connection import get_redis
from scrapy_redis.dupefilter import RFPDupeFilter

from crawler.items import LOST_REDIS_REASON
from crawler.urls import shown_url

ACTIVE = "clippings:crawls"
# The form of a crawl in Redis (its keys, the config's settings, the pickled requests
# and records, the tally's keys): one more at each change. A worker serves only the
# crawls of its own protocol (a worker of another version joining would ignore what
# it does not know, such as the crawl's --max-pages, or fail on what it reads).
PROTOCOL = 6
#: How many crawls of this protocol were ever announced (their configs set): a ``--once``
#: worker waiting for a crawl tells by it that one came and ended between two of its
#: looks (a small site crawled whole by another worker), and ends too (it waited on).
ANNOUNCED = f"clippings:crawls:announced:{PROTOCOL}"
DONE_TTL = 3600  # seconds the done flag stays for late workers
HEARTBEAT_TTL = 6  # seconds without a heartbeat after which a worker is dead
# Seconds without the coordinator's heartbeat after which its crawl is dead (the
# setting CLIPPINGS_COORDINATOR_TTL). Its beats come from a thread of their own
# (:mod:`.beating`), not waiting on a reactor busy storing records.
COORDINATOR_TTL = 30
COORDINATOR_BEAT = 2.0  # seconds between the coordinator's heartbeats
# Seconds without the coordinator's beat after which its crawl is dead, before the
# heartbeat lapses, when the coordinator holds no connection to Redis any more: its
# process is gone (the kernel closes a killed process's sockets, and Redis drops its
# subscription at once). A live coordinator's subscription stays however busy or
# stalled it is; one cut off from Redis has lost its crawl already (its next call fails).
COORDINATOR_GONE = 3 * COORDINATOR_BEAT
# Tally keys of ``--max-pages`` over all workers: the pages sent so far, and the
# claim of the first page refused past the limit (the crawl ends as ``max_pages``).
MAX_PAGES_SENT = "max-pages sent"
MAX_PAGES_REFUSED = "max-pages refused"
MAX_PAGES_GIVEN_BACK = "max-pages given back"

# A crawl's fields ARGV[2..] in the site hash KEYS[1], noted in the crawl's sites
# (KEYS[2]: ARGV[1] the site), unless the crawl is done (KEYS[3]): a field written
# after the crawl's end would hold the site to a gone crawl's limits for good. The
# hash is kept while a crawl's fields are in it (without, it goes once its next
# start is past: :mod:`crawler.distributed.politeness`).
_SET_SITE_FIELDS = """
if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
redis.call('SADD', KEYS[2], ARGV[1])
for k = 2, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[k], ARGV[k + 1]) end
redis.call('PERSIST', KEYS[1])
return 1
"""
# Crawl fields ARGV[1..] out of the site hash KEYS[1] (their crawl ended); then, if
# no crawl's are left, the hash goes once its next start is past (1 if it will).
_DROP_CRAWL_FIELDS = """
redis.call('HDEL', KEYS[1], unpack(ARGV))
for _, name in ipairs(redis.call('HKEYS', KEYS[1])) do
  if name ~= 'next_at' then return 0 end
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local next_at = tonumber(redis.call('HGET', KEYS[1], 'next_at') or 0)
redis.call('PEXPIRE', KEYS[1], math.max(next_at - now, 0) + 1)
return 1
"""

# Scores: priority first (higher first), then the order requests were queued.
_PUSH_AND_ACK = """
if redis.call('EXISTS', KEYS[8]) == 1 then return -1 end
local lease = ARGV[1]
if lease ~= '' then
  if redis.call('HDEL', KEYS[6], lease) == 0 then return -1 end
  redis.call('HDEL', KEYS[2], lease)
  redis.call('HDEL', KEYS[9], lease)
  redis.call('HDEL', KEYS[10], lease)
end
local n = tonumber(ARGV[4])
local i = 5
local queued = 0
for r = 1, n do
  local fp, dont_filter, priority, data = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2]), ARGV[i + 3]
  i = i + 4
  if dont_filter == '1' or redis.call('SADD', KEYS[1], fp) == 1 then
    local id = redis.call('INCR', KEYS[4])
    redis.call('HSET', KEYS[2], id, data)
    redis.call('ZADD', KEYS[3], -priority * 4294967296 + id, id)
    queued = queued + 1
  end
end
for j = i, #ARGV do redis.call('RPUSH', KEYS[5], ARGV[j]) end
if ARGV[3] ~= '' then redis.call('HSET', KEYS[7], ARGV[2], ARGV[3]) end
return queued
"""
# Count one more of ARGV[1] unless ARGV[2] are counted already: 1 if counted, else 0
# (and 0, creating nothing, once the crawl is done and its keys are deleted).
_TAKE = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local count = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if count >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
return 1
"""
# A slot of ARGV[1] (at most ARGV[2]) for the request of lease ARGV[3]: 2 when the
# lease holds one already (taken before its worker stopped or was taken for dead),
# 1 when taken now (held by the lease in KEYS[2] until its request is done), 0 when
# none is left or the crawl is done.
_TAKE_SLOT = """
if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
local lease = ARGV[3]
if lease ~= '' and redis.call('HEXISTS', KEYS[2], lease) == 1 then return 2 end
local count = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if count >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
if lease ~= '' then redis.call('HSET', KEYS[2], lease, '1') end
return 1
"""
# A slot of ARGV[1] given back by a page that brought none (a redirect whose target
# is not fetched), at most ARGV[3] times in the crawl (counted in ARGV[2]); the
# lease ARGV[4] holds it no more. 1 if given back. The first request held aside at
# the limit (KEYS[4], :data:`_DROP_PAST_LIMIT`) goes back to the queue (KEYS[5]) to
# take the slot (then 2): without it the slot was lost (the queue was emptied at the limit).
_GIVE_SLOT_BACK = """
if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
if tonumber(redis.call('HGET', KEYS[1], ARGV[2]) or '0') >= tonumber(ARGV[3]) then return 0 end
if tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') <= 0 then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
if ARGV[4] ~= '' then redis.call('HDEL', KEYS[2], ARGV[4]) end
local held = redis.call('ZPOPMIN', KEYS[4])
if #held > 0 then
  redis.call('ZADD', KEYS[5], held[2], held[1])
  return 2
end
return 1
"""
# Count one more of ARGV[1] (at most ARGV[2]) for the request of lease ARGV[3], unless
# the lease took this turn ARGV[4] already (KEYS[3]: lease -> the turns it took, each
# ';TURN;'): 1 if counted now or before, else 0 (and 0 once the crawl is done, KEYS[2]).
_TAKE_TURN = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local turn = ';' .. ARGV[4] .. ';'
local taken = redis.call('HGET', KEYS[3], ARGV[3])
if taken and string.find(taken, turn, 1, true) then return 1 end
local count = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if count >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('HSET', KEYS[3], ARGV[3], (taken or ';') .. ARGV[4] .. ';')
return 1
"""
# One of ARGV[1] given back (a count taken for a request that was never sent); nothing
# once the crawl is done.
_UNTAKE = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
if tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') <= 0 then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
return 1
"""
# --max-pages reached (the tally's ARGV[1] at ARGV[2]): the requests queued (KEYS[2],
# their data in KEYS[3]) are dropped, how many returned; none once the crawl is
# done (KEYS[4]). Each is a page not counted yet, which every worker would refuse;
# those whose lease holds a slot (KEYS[5]: queued again from a worker that stopped
# or was taken for dead) are counted, and stay. The first of those dropped, as many
# as slots may still be given back (ARGV[2] less the given back's count ARGV[3],
# less those held already), are held aside (KEYS[6], their data kept) for those slots.
# The request refused, lease ARGV[4] in the worker's processing hash KEYS[7], is held
# first (moved out of the hash, its score kept): its lease ends here, not at a commit.
# A slot given back since the refusal (the count below ARGV[2]) queues it again
# instead: the slot is its. {dropped, 1 if the refused lease was held, 2 if queued}.
_DROP_PAST_LIMIT = """
if redis.call('EXISTS', KEYS[4]) == 1 then return {0, 0} end
if tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') < tonumber(ARGV[2]) then
  local score = ARGV[4] ~= '' and redis.call('HGET', KEYS[7], ARGV[4])
  if not score then return {0, 0} end
  redis.call('HDEL', KEYS[7], ARGV[4])
  redis.call('ZADD', KEYS[2], score, ARGV[4])
  return {0, 2}
end
local room = tonumber(ARGV[2]) - tonumber(redis.call('HGET', KEYS[1], ARGV[3]) or '0')
  - redis.call('ZCARD', KEYS[6])
local kept = 0
if room > 0 and ARGV[4] ~= '' then
  local score = redis.call('HGET', KEYS[7], ARGV[4])
  if score then
    redis.call('HDEL', KEYS[7], ARGV[4])
    redis.call('ZADD', KEYS[6], score, ARGV[4])
    room = room - 1
    kept = 1
  end
end
local ids = redis.call('ZRANGE', KEYS[2], 0, -1, 'WITHSCORES')
local dropped = 0
for k = 1, #ids, 2 do
  if redis.call('HEXISTS', KEYS[5], ids[k]) == 0 then
    redis.call('ZREM', KEYS[2], ids[k])
    if room > 0 then
      redis.call('ZADD', KEYS[6], ids[k + 1], ids[k])
      room = room - 1
    else
      redis.call('HDEL', KEYS[3], ids[k])
      redis.call('HDEL', KEYS[8], ids[k])
    end
    dropped = dropped + 1
  end
end
return {dropped, kept}
"""
# Who holds ARGV[1]: ARGV[2] if no one did (it holds it now), else the first to
# claim it; '' once the crawl is done (its keys are deleted).
_CLAIM = """
if redis.call('EXISTS', KEYS[2]) == 1 then return '' end
local holder = redis.call('HGET', KEYS[1], ARGV[1])
if holder then return holder end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return ARGV[2]
"""
# ARGV[1]'s claim handed from ARGV[2] (a worker that stopped) to ARGV[3]: the holder
# now ('' once the crawl is done: nothing is written into its deleted keys).
_TAKE_OVER = """
if redis.call('EXISTS', KEYS[2]) == 1 then return '' end
local holder = redis.call('HGET', KEYS[1], ARGV[1])
if holder and holder ~= ARGV[2] then return holder end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return ARGV[3]
"""
# Sitemaps ARGV[3..] of site ARGV[1], best first, admitted under its cap ARGV[2]
# (KEYS[1]: the crawl's sitemaps hash): per URL 0 when requested already, 1 when
# admitted (counted), 2 when past the cap; none admitted once the crawl is done.
_ADMIT_SITEMAPS = """
local out = {}
local done = redis.call('EXISTS', KEYS[2]) == 1
local site, cap = ARGV[1], tonumber(ARGV[2])
local count = tonumber(redis.call('HGET', KEYS[1], site) or '0')
for k = 3, #ARGV do
  local field = site .. ' ' .. ARGV[k]
  if not done and redis.call('HEXISTS', KEYS[1], field) == 1 then
    table.insert(out, 0)
  elseif not done and count < cap then
    redis.call('HSET', KEYS[1], field, '1')
    count = count + 1
    table.insert(out, 1)
  else
    table.insert(out, 2)
  end
end
if not done then redis.call('HSET', KEYS[1], site, count) end
return out
"""
# A site's robots.txt as read (KEYS[1]), unless the crawl is done (KEYS[2]): 1 if kept.
_SHARE_ROBOTS = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4])
return 1
"""

# ARGV[1] into the seen set KEYS[1]: 1 if it was there already or the crawl is done
# (KEYS[2]: nothing is made again in its deleted keys), else 0.
_SEEN = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 1 end
return 1 - redis.call('SADD', KEYS[1], ARGV[1])
"""

# Up to ARGV[2] requests from the queue KEYS[1] into worker ARGV[1]'s processing hash
# KEYS[2] (the worker into the crawl's set KEYS[3]); none once the crawl is done
# (KEYS[5]): :meth:`Frontier.finish` sets ``done``, reads the workers, then deletes
# their hashes, and a pop in between made a hash it never deleted. With a bound
# ARGV[3] > 0, no more than the bound less the records waiting in the results list
# (KEYS[6]) and the requests the workers hold (each hashes ARGV[4] .. WORKER), each
# to hand over a record: false when that leaves none (CLIPPINGS_RESULTS_MAX).
_POP = """
local out = {}
if redis.call('EXISTS', KEYS[5]) == 1 then return out end
local count = tonumber(ARGV[2])
local bound = tonumber(ARGV[3])
if bound > 0 then
  local owed = redis.call('LLEN', KEYS[6])
  for _, worker in ipairs(redis.call('SMEMBERS', KEYS[3])) do
    owed = owed + redis.call('HLEN', ARGV[4] .. worker)
  end
  if owed >= bound then return false end
  count = math.min(count, bound - owed)
end
local popped = redis.call('ZPOPMIN', KEYS[1], count)
for k = 1, #popped, 2 do
  redis.call('HSET', KEYS[2], popped[k], popped[k + 1])
  table.insert(out, popped[k])
  table.insert(out, redis.call('HGET', KEYS[4], popped[k]))
end
if #popped > 0 then redis.call('SADD', KEYS[3], ARGV[1]) end
return out
"""
# A worker's leases (KEYS[1]) back to the queue (KEYS[2]), the worker out of the crawl's set (KEYS[3]).
_MOVE_BACK = """
local entries = redis.call('HGETALL', KEYS[1])
for k = 1, #entries, 2 do redis.call('ZADD', KEYS[2], entries[k + 1], entries[k]) end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[3], ARGV[1])
"""
_REQUEUE = _MOVE_BACK + "return #entries / 2\n"
# A stopping worker gives back what it holds, with its last stats (KEYS[5]) and what it
# owes without a lease (ARGV[3], an entry of the results KEYS[6]); nothing once the crawl
# is done (KEYS[4]): its keys are deleted.
_GIVE_BACK = ("if redis.call('EXISTS', KEYS[4]) == 1 then return -1 end\n" + _MOVE_BACK
              + "if ARGV[2] ~= '' then redis.call('HSET', KEYS[5], ARGV[1], ARGV[2]) end\n"
              + "if ARGV[3] ~= '' then redis.call('RPUSH', KEYS[6], ARGV[3]) end\n"
              + "return #entries / 2\n")
_STATUS = """
if redis.call('EXISTS', KEYS[4]) == 0 then return false end
local processing = 0
for _, worker in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  processing = processing + redis.call('HLEN', ARGV[1] .. worker)
end
return {redis.call('ZCARD', KEYS[1]), processing, redis.call('LLEN', KEYS[3])}
"""
# The coordinator's beat (KEYS: alive; ARGV: presence channel, ttl in whole
# seconds): present (its lifetime in ms as the value, the ttl's digits and '000':
# Lua's tostring writes 1e+14 past 14 digits) when the channel has a subscriber,
# else "1"; the subscribers counted, -1 when this Redis user may not count them.
# One round trip.
_BEAT = """
local counted = redis.pcall('PUBSUB', 'NUMSUB', ARGV[1])
local subscribers = -1
if type(counted) == 'table' and counted[2] ~= nil then subscribers = tonumber(counted[2]) end
redis.call('SET', KEYS[1], subscribers > 0 and ARGV[2] .. '000' or '1', 'EX', ARGV[2])
return subscribers
"""


def connect(url: str) -> redis.Redis:
    """A client for ``redis://HOST:PORT/DB`` (scrapy-redis's connection defaults)."""
    return get_redis(url=url)


class CrawlKeysGone(redis.RedisError):
    """The running crawl's keys vanished from a Redis still answering (emptied under
    it): as good as a Redis that went away, and told the same way."""


#: Redis unreachable mid-crawl (stopped, restarted, the network gone), or emptied under the crawl.
LOST = (redis.ConnectionError, redis.TimeoutError, CrawlKeysGone)


def lost_redis(url: str, exc: BaseException) -> str:
    """The one line for a Redis that went away: 'lost Redis at URL: why' (a
    password in the URL masked: the line is the crawl row's finish reason)."""
    return f"{LOST_REDIS_REASON}{shown_url(url, bare=True)}: {exc}"


def text(value: Any) -> str:
    """A Redis reply (bytes) as text."""
    return value.decode() if isinstance(value, bytes) else str(value)


def heartbeat_key(worker: str) -> str:
    return f"clippings:worker:{worker}"


def site_limits_key(site: str) -> str:
    """A site's politeness hash, shared by every crawl of the site (its next start,
    each running crawl's limits): see :mod:`crawler.distributed.politeness`."""
    return f"clippings:site:{site}"


def crawl_fields(crawl: str) -> tuple[str, str, str]:
    """A crawl's own fields in a site's politeness hash: concurrency, delay, Crawl-delay."""
    return f"concurrency {crawl}", f"delay_ms {crawl}", f"crawl_delay_ms {crawl}"


@dataclass(frozen=True, slots=True)
class CrawlKeys:
    crawl: str

    def __getattr__(self, name: str) -> str:
        return f"clippings:{{{self.crawl}}}:{name}"

    def processing(self, worker: str) -> str:
        return f"clippings:{{{self.crawl}}}:processing:{worker}"


class Frontier:
    """The shared queue, seen set and results of one crawl."""

    def __init__(self, server: redis.Redis, crawl: str, spider: Spider | None = None) -> None:
        self.server = server
        self.crawl = crawl
        self.keys = CrawlKeys(crawl)
        self.spider = spider
        self.fingerprints = RFPDupeFilter(server, key=self.keys.seen)
        self._push_and_ack = server.register_script(_PUSH_AND_ACK)
        self._pop = server.register_script(_POP)
        self._seen = server.register_script(_SEEN)
        self._requeue = server.register_script(_REQUEUE)
        self._give_back = server.register_script(_GIVE_BACK)
        self._status = server.register_script(_STATUS)
        self._take = server.register_script(_TAKE)
        self._take_turn = server.register_script(_TAKE_TURN)
        self._claim = server.register_script(_CLAIM)
        self._take_over = server.register_script(_TAKE_OVER)
        self._untake = server.register_script(_UNTAKE)
        self._take_slot = server.register_script(_TAKE_SLOT)
        self._give_slot_back = server.register_script(_GIVE_SLOT_BACK)
        self._drop_past_limit = server.register_script(_DROP_PAST_LIMIT)
        self._share_robots = server.register_script(_SHARE_ROBOTS)
        self._admit_sitemaps = server.register_script(_ADMIT_SITEMAPS)
        self._set_site_fields = server.register_script(_SET_SITE_FIELDS)
        self._beat = server.register_script(_BEAT)
        self._drop_crawl_fields = server.register_script(_DROP_CRAWL_FIELDS)

    # -- requests ------------------------------------------------------------------

    def encode(self, request: Request) -> bytes:
        """Scrapy's request dict, pickled (scrapy-redis's format); callbacks by name."""
        data = request.to_dict(spider=self.spider) if self.spider is not None else request.to_dict()
        if self.spider is None:  # the coordinator: the workers' spider resolves the names
            data["callback"], data["errback"] = "parse", "on_error"
        return pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)

    def decode(self, data: bytes) -> Request:
        return request_from_dict(pickle.loads(data), spider=self.spider)

    def _request_args(self, requests: Iterable[Request]) -> list[Any]:
        args: list[Any] = []
        for request in requests:
            args += [self.fingerprints.request_fingerprint(request), "1" if request.dont_filter else "0",
                     request.priority, self.encode(request)]
        return args

    def push(self, requests: Iterable[Request]) -> int:
        """Queue the requests not seen yet in this crawl; how many were queued."""
        return self.commit("", "", requests, ())

    def mark_seen(self, urls: Iterable[str]) -> None:
        """Count these URLs as already requested (only-new runs skip them)."""
        fingerprints = [self.fingerprints.request_fingerprint(Request(url)) for url in urls]
        if fingerprints:
            self.server.sadd(self.keys.seen, *fingerprints)

    def pop(self, worker: str, count: int = 1, bound: int = 0) -> list[tuple[str, Request]] | None:
        """Take up to ``count`` requests into the worker's processing hash: (lease, request).
        With a ``bound``, the records waiting for the coordinator and the requests
        the crawl's workers hold stay within it: None when they are at it (nothing taken)."""
        flat = self._pop(keys=[self.keys.queue, self.keys.processing(worker), self.keys.workers,
                               self.keys.requests, self.keys.done, self.keys.results],
                         args=[worker, count, bound, self.keys.processing("")])
        if flat is None:
            return None
        return [(text(lease), self.decode(data)) for lease, data in zip(flat[::2], flat[1::2], strict=True)]

    def commit(self, lease: str, worker: str, requests: Iterable[Request], items: Iterable[Any],
               stats: dict[str, Any] | None = None) -> int:
        """In one step: the leased request is done, its new requests queued (the
        unseen ones), its records handed back, as one entry of the results list
        (so a lease ends as one entry at most: ``CLIPPINGS_RESULTS_MAX``, which
        counts the entries and the leases held, holds exactly; an entry a record,
        a page with a redirect row or frontier notes passed it). -1 when the lease
        was lost (the worker was taken for dead and the request given to another)
        or the crawl has ended."""
        request_args = self._request_args(requests)
        handed = list(items)
        args = [lease, worker, json.dumps(stats, default=str) if stats else "", len(request_args) // 4,
                *request_args, *([pickle.dumps(handed, protocol=pickle.HIGHEST_PROTOCOL)] if handed else [])]
        keys = [self.keys.seen, self.keys.requests, self.keys.queue, self.keys.seq, self.keys.results,
                self.keys.processing(worker), self.keys.stats, self.keys.done, self.keys.slots, self.keys.turns]
        return int(self._push_and_ack(keys=keys, args=args))

    def give_back(self, worker: str, stats: dict[str, Any] | None = None, items: Iterable[Any] = ()) -> int:
        """A stopping worker's leases back to the queue (their requests fetched by
        the next worker), its last stats and ``items`` (records owed without a
        lease, as one entry of the results) handed over, in one step: how many
        leases; -1 when the crawl has ended."""
        handed = list(items)
        return int(self._give_back(
            keys=[self.keys.processing(worker), self.keys.queue, self.keys.workers, self.keys.done, self.keys.stats,
                  self.keys.results],
            args=[worker, json.dumps(stats, default=str) if stats else "",
                  pickle.dumps(handed, protocol=pickle.HIGHEST_PROTOCOL) if handed else ""]))

    def seen(self, request: Request) -> bool:
        """Mark the request seen; True when it was already (a redirect's target),
        or when the crawl has ended (its keys are gone and stay gone). One Lua call:
        a look at ``done`` and then an ``SADD`` could straddle the crawl's end, and
        the ``SADD`` made a seen set again after :meth:`finish` deleted it, with no
        expiry (it stayed in Redis for good)."""
        return bool(self._seen(keys=[self.keys.seen, self.keys.done],
                               args=[self.fingerprints.request_fingerprint(request)]))

    def take_story_page(self, url: str) -> None:
        """A story's later page (its canonical URL) a worker fetches for its story:
        any worker's own request for it (a listing's, queued before) is not sent
        (:meth:`story_page_taken`). Nothing once the crawl has ended (one Lua call, as
        :meth:`seen`: the set is not made again after :meth:`finish` deleted it)."""
        self._seen(keys=[self.keys.story_pages, self.keys.done], args=[url])

    def story_page_taken(self, url: str) -> bool:
        return bool(self.server.sismember(self.keys.story_pages, url))

    # -- the coordinator's side ----------------------------------------------------------

    def enlist(self) -> None:
        """Among the crawls in progress (``clippings:crawls``), its config not yet
        set (workers wait for it): from now on a reaper finds the crawl once its
        heartbeat stops (call after the first beat), and deletes its keys."""
        self.server.sadd(ACTIVE, self.crawl)

    def announce(self, config: dict[str, Any]) -> None:
        """The crawl's config, for the workers; one of this protocol counted in
        :data:`ANNOUNCED` last (a worker that reads the count and then the crawls in
        progress finds the crawl there, or it has ended)."""
        self.beat()
        self.server.set(self.keys.config, json.dumps(config))
        self.server.sadd(ACTIVE, self.crawl)
        if config.get("protocol") == PROTOCOL:
            self.server.incr(ANNOUNCED)

    def config(self) -> dict[str, Any] | None:
        raw = self.server.get(self.keys.config)
        return json.loads(raw) if raw else None

    def take_results(self, count: int = 100) -> list[Any]:
        """What ``count`` commits handed back at most (each commit's records, in order)."""
        raw: list[bytes] = self.server.lpop(self.keys.results, count) or []  # type: ignore[assignment]
        return [item for data in raw for item in pickle.loads(data)]

    def requeue_dead_workers(self) -> dict[str, int]:
        """Put back the requests of workers whose heartbeat expired: {worker: count}."""
        returned = {}
        for raw in self.server.smembers(self.keys.workers):
            worker = text(raw)
            if not self.server.exists(heartbeat_key(worker)):
                returned[worker] = int(self._requeue(
                    keys=[self.keys.processing(worker), self.keys.queue, self.keys.workers], args=[worker]))
        return returned

    def status(self) -> tuple[int, int, int]:
        """(queued, being processed, results not taken yet), in one atomic read.
        Raises :class:`CrawlKeysGone` when the crawl's config is no longer in Redis
        (then neither are its queue and seen set: an empty queue means nothing)."""
        found = self._status(keys=[self.keys.queue, self.keys.workers, self.keys.results, self.keys.config],
                             args=[self.keys.processing("")])
        if found is None:
            raise CrawlKeysGone(f"the keys of crawl {self.crawl} are gone (FLUSHALL or FLUSHDB, a restart "
                                "without persistence, an eviction or another program deleted them); "
                                "its queue and seen URLs are lost")
        queued, processing, results = found
        return int(queued), int(processing), int(results)

    def queued(self) -> int:
        """How many requests are queued (taken by no worker yet)."""
        return int(self.server.zcard(self.keys.queue))

    def worker_stats(self) -> dict[str, dict[str, Any]]:
        return {text(worker): json.loads(raw) for worker, raw in self.server.hgetall(self.keys.stats).items()}

    def take(self, key: str, limit: int) -> bool:
        """The trap guard's :class:`~crawler.middlewares.guards.Tally`, kept for the whole crawl."""
        return bool(self._take(keys=[self.keys.tally, self.keys.done], args=[key, limit]))

    def take_turn(self, key: str, limit: int, lease: str, turn: str) -> bool:
        """:meth:`take`, once for the request of ``lease`` however many workers pass it
        on (``turn``: which of its counts, a short text without ";"): a request
        queued again from a worker taken for dead or stopped, or held aside at
        ``--max-pages`` and queued again, passes the trap guard again on the next
        worker, and took its site's budget turn again. Its turns go with its commit."""
        return bool(self._take_turn(keys=[self.keys.tally, self.keys.done, self.keys.turns],
                                    args=[key, limit, lease, turn]))

    def take_slot(self, key: str, limit: int, lease: str) -> int:
        """A slot of the count ``key`` (``--max-pages``) for the request of ``lease``,
        held by the lease until its request is done: 1 when taken now, 2 when the
        lease held one already (its worker stopped or was taken for dead before the
        page was done), 0 when none is left."""
        return int(self._take_slot(keys=[self.keys.tally, self.keys.slots, self.keys.done], args=[key, limit, lease]))

    def give_slot_back(self, limit: int, lease: str) -> int:
        """A ``--max-pages`` slot given back by a page that brought none, at most
        ``limit`` times in the crawl (as in one process); ``lease`` holds it no more:
        0 if not, 1 if given back, 2 if a request held aside at the limit was queued for it."""
        return int(self._give_slot_back(keys=[self.keys.tally, self.keys.slots, self.keys.done, self.keys.held,
                                               self.keys.queue],
                                         args=[MAX_PAGES_SENT, MAX_PAGES_GIVEN_BACK, limit, lease]))

    def untake(self, key: str) -> bool:
        """One of ``key`` given back (:meth:`take`): its request was not sent."""
        return bool(self._untake(keys=[self.keys.tally, self.keys.done], args=[key]))

    def drop_past_limit(self, key: str, limit: int, worker: str = "", lease: str = "") -> tuple[int, int]:
        """The requests queued, dropped when the count ``key`` is at ``limit``
        (``--max-pages`` reached: each would be leased only to be refused): how many,
        and what became of ``lease`` (the request refused, in ``worker``'s processing
        hash): 1 held aside with them, 2 queued again (a slot was given back since its
        refusal: the slot is its), either way its lease ended here (it commits
        nothing); 0 it was not moved."""
        dropped, kept = self._drop_past_limit(
            keys=[self.keys.tally, self.keys.queue, self.keys.requests, self.keys.done, self.keys.slots,
                  self.keys.held, self.keys.processing(worker), self.keys.turns],
            args=[key, limit, MAX_PAGES_GIVEN_BACK, lease])
        return int(dropped), int(kept)

    def admit_sitemaps(self, site: str, ranked: list[str], cap: int) -> tuple[list[str], set[str]]:
        """:meth:`crawler.spiders.articles.ArticleSpider.admit_sitemaps` counted for
        the whole crawl: (new, cut) of ``ranked`` (one site's sitemaps, best first)."""
        if not ranked:
            return [], set()
        flags = self._admit_sitemaps(keys=[self.keys.sitemaps, self.keys.done], args=[site, cap, *ranked])
        new = [url for url, flag in zip(ranked, flags, strict=True) if int(flag)]
        return new, {url for url, flag in zip(ranked, flags, strict=True) if int(flag) == 2}

    def claim(self, key: str, owner: str) -> str:
        """The :class:`~crawler.middlewares.guards.Tally`'s claim, held for the whole crawl."""
        return text(self._claim(keys=[self.keys.tally, self.keys.done], args=[key, owner]))

    def take_over(self, key: str, gone: str, owner: str) -> str:
        """The claim ``key`` of ``gone`` (a worker that stopped) now ``owner``'s, unless
        another took it over first: the holder now; '' once the crawl is done
        (written after :meth:`finish`, the tally outlived the crawl in Redis)."""
        return text(self._take_over(keys=[self.keys.tally, self.keys.done], args=[key, gone, owner]))

    def holder(self, key: str) -> str | None:
        """The :class:`~crawler.middlewares.guards.Tally`'s claim holder, claiming nothing."""
        found = self.server.hget(self.keys.tally, key)
        return None if found is None else text(found)

    def set_site_fields(self, site: str, fields: dict[str, int]) -> bool:
        """This crawl's ``fields`` (of :func:`crawl_fields`) in the site's politeness
        hash, taken out at its end; nothing once the crawl is done: False."""
        args: list[Any] = [site]
        for name, value in fields.items():
            args += [name, value]
        return bool(self._set_site_fields(keys=[site_limits_key(site), self.keys.sites, self.keys.done], args=args))

    def finish(self) -> None:
        """The crawl ended: tell the workers, delete its keys (its seen set with them),
        and take its limits out of its sites' politeness hashes. The crawl leaves
        the crawls in progress last: a finish cut short (the process killed, Redis
        lost) leaves it for the next reaper, which finishes it again; it left first,
        and its keys stayed for good."""
        self.server.set(self.keys.done, "1", ex=DONE_TTL)
        for site in self.server.smembers(self.keys.sites):
            self._drop_crawl_fields(keys=[site_limits_key(text(site))], args=list(crawl_fields(self.crawl)))
        workers = [text(w) for w in self.server.smembers(self.keys.workers)]
        self.server.delete(self.keys.alive, self.keys.config, self.keys.queue, self.keys.requests, self.keys.seen,
                           self.keys.seq, self.keys.results, self.keys.stats, self.keys.workers, self.keys.tally,
                           self.keys.robots, self.keys.sitemaps, self.keys.slots, self.keys.sites, self.keys.held,
                           self.keys.turns, self.keys.story_pages, *(self.keys.processing(w) for w in workers))
        self.server.srem(ACTIVE, self.crawl)

    # -- robots.txt, read once per site for all workers ------------------------------

    def robots(self, netloc: str) -> tuple[bytes, str] | None:
        """The robots.txt of ``netloc`` as a worker read it (its rules, and why it
        disallows everything when it does), or None when none has yet."""
        body, why = self.server.hmget(self.keys.robots, [netloc, f"{netloc} why"])
        if body is None:
            return None
        return (body if isinstance(body, bytes) else body.encode()), text(why or b"")

    def share_robots(self, netloc: str, body: bytes, why: str) -> None:
        """Keep ``netloc``'s robots.txt for the other workers; nothing once the crawl
        is done (written after :meth:`finish`, the hash outlived the crawl in Redis)."""
        self._share_robots(keys=[self.keys.robots, self.keys.done], args=[netloc, body, f"{netloc} why", why])

    def beat(self, ttl: int = COORDINATOR_TTL, present: bool = False) -> None:
        """The coordinator is alive for ``ttl`` seconds more (see ``COORDINATOR_TTL``);
        ``present``: and subscribed to :attr:`presence` (so a crawl whose coordinator
        has neither beaten for :data:`COORDINATOR_GONE` seconds nor a subscription
        is dead: :meth:`is_alive`)."""
        self.server.set(self.keys.alive, str(ttl * 1000) if present else "1", ex=ttl)

    def beat_counted(self, ttl: int = COORDINATOR_TTL) -> int:
        """:meth:`beat`, present if :attr:`presence` has a subscriber, in one round
        trip: the subscribers counted (-1: this Redis user may not count them, as an
        ACL without Pub/Sub; the beat is then not present)."""
        return int(self._beat(keys=[self.keys.alive], args=[self.presence, int(ttl)]))

    @property
    def presence(self) -> str:
        """The Pub/Sub channel the coordinator is subscribed to while its process lives."""
        return f"clippings:{{{self.crawl}}}:coordinator"

    def is_alive(self) -> bool:
        """Whether the coordinator lives: its heartbeat is there and, once it is
        :data:`COORDINATOR_GONE` seconds old, the coordinator still holds its
        subscription (:attr:`presence`). A coordinator killed (``kill -9``, a
        crash) is found dead within seconds, not once its heartbeat lapses
        (``COORDINATOR_TTL``, 30 s: its workers fetched for nothing meanwhile). A
        heartbeat of a coordinator that does not subscribe (value ``1``: another
        version's, or a Redis user that may not) counts until it lapses, as does
        any heartbeat when this Redis user may not ask for the subscribers."""
        pipe = self.server.pipeline(transaction=False)
        pipe.pttl(self.keys.alive)
        pipe.get(self.keys.alive)
        ttl_left, value = pipe.execute()
        if ttl_left == -2:
            return False
        try:
            lifetime = int(value)
        except (TypeError, ValueError):
            lifetime = 0
        if ttl_left < 0 or lifetime < 1000 or lifetime - ttl_left <= COORDINATOR_GONE * 1000:
            return True
        try:
            [(_, subscribers)] = self.server.pubsub_numsub(self.presence)
        except redis.ResponseError:  # (NoPermissionError among them: an ACL without PUBSUB)
            return True
        return int(subscribers) > 0

    def is_done(self) -> bool:
        """The crawl ended, or its coordinator is gone."""
        return (bool(self.server.exists(self.keys.done)) or not self.server.sismember(ACTIVE, self.crawl)
                or not self.is_alive())


def _crawl_ids(server: redis.Redis) -> set[str]:
    """The ids in the set of crawls in progress; one that is not UTF-8 text (another
    program's member: no coordinator makes one) is passed over (was a traceback)."""
    ids = set()
    for raw in server.smembers(ACTIVE):
        try:
            ids.add(text(raw))
        except UnicodeDecodeError:
            continue
    return ids


def reap_dead_crawls(server: redis.Redis, but: str | None = None) -> None:
    """Delete the crawls whose coordinator is gone (no heartbeat: killed with -9);
    never ``but`` (a coordinator's own crawl, its beat late on a busy reactor). A
    crawl of another protocol is reaped by its keys' hash tag (:func:`reap_foreign`)."""
    for crawl in _crawl_ids(server):
        if crawl == but:
            continue
        frontier = Frontier(server, crawl)
        if frontier.is_alive():
            continue
        if _keys_known(frontier):
            frontier.finish()
        else:
            reap_foreign(server, crawl)


#: The protocols whose crawls have this one's keys (protocol 5 added the lease turns'
#: key, which a protocol 3 crawl never has, and changed what the results list carries;
#: protocol 6 hands a commit's records over as one entry of it): reaped as this
#: protocol's are (:meth:`Frontier.finish`).
SAME_KEYS = frozenset({3, 5, PROTOCOL})


def _keys_known(frontier: Frontier) -> bool:
    """Whether the crawl's keys are this protocol's: its config names one of
    :data:`SAME_KEYS`, or is gone (nothing tells another layout)."""
    try:
        config = frontier.config()
    except ValueError:  # not JSON, not UTF-8: another program's, or another version's
        return False
    return config is None or (isinstance(config, dict) and config.get("protocol") in SAME_KEYS)


def _glob_escaped(text: str) -> str:
    return "".join(f"\\{c}" if c in "*?[]\\" else c for c in text)


def reap_foreign(server: redis.Redis, crawl: str) -> int:
    """A dead crawl of another protocol (or of an earlier version, none named, or a
    config this version cannot read): it leaves the crawls in progress, is marked
    done (its late workers stop), and every key of its own goes, found by the hash
    tag every version names a crawl's keys with (``clippings:{ID}:*``), not by this
    version's names: a crawl of another layout was "finished" with this one's, and
    its other keys stayed. (Before, a dead crawl whose coordinator's version no
    longer ran stayed until a reaper of its own version came, and every worker
    starting said it skipped it; its keys that this version does not name stayed
    for good.) Its limits in the sites' politeness hashes are fields named by its
    version, not known here: left as they are. How many keys were deleted. Its
    config goes last and the crawl leaves the crawls in progress after it: a reap
    cut short (killed in the scan, seconds on a big Redis) is done again by the
    next reaper, by the hash tag (its config still there) or, the config gone and
    every other key with it, by :meth:`Frontier.finish`."""
    names = CrawlKeys(crawl)
    server.set(names.done, "1", ex=DONE_TTL)
    keys = [key for key in server.scan_iter(match=f"clippings:{{{_glob_escaped(crawl)}}}:*", count=1000)
            if text(key) not in (names.done, names.config)]
    for start in range(0, len(keys), 1000):
        server.delete(*keys[start:start + 1000])
    deleted = len(keys) + int(server.delete(names.config))
    server.srem(ACTIVE, crawl)
    return deleted


def active_crawls(server: redis.Redis) -> list[str]:
    """Crawls in progress, oldest id first (the dead ones reaped first)."""
    reap_dead_crawls(server)
    return sorted(_crawl_ids(server))
