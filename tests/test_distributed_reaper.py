"""Reaping dead crawls of another protocol (another Clippings version's coordinator,
killed): on a real ``redis-server`` of the module's own."""

from __future__ import annotations

import json
import uuid

import pytest
import redis

from crawler.distributed.frontier import ACTIVE, PROTOCOL, Frontier, active_crawls, reap_foreign


def planted(server: redis.Redis, crawl: str, protocol: int | None, *, alive: bool) -> None:
    """A crawl as a coordinator of ``protocol`` (None: an earlier version, none named)
    left it: its config, a queue, a key of its layout only, and its heartbeat if ``alive``."""
    config = {"seeds": ["http://127.0.0.1:9/"], "settings": {}, "version": "0.0.1"}
    if protocol is not None:
        config["protocol"] = protocol
    server.set(f"clippings:{{{crawl}}}:config", json.dumps(config))
    server.zadd(f"clippings:{{{crawl}}}:queue", {"1": 1})
    server.set(f"clippings:{{{crawl}}}:its-own-key", "x")
    if alive:
        server.set(f"clippings:{{{crawl}}}:alive", "1", ex=60)
    server.sadd(ACTIVE, crawl)


def test_a_dead_crawl_of_another_protocol_is_reaped_whole_by_its_hash_tag(redis_url: str) -> None:
    """Every key under the dead crawl's hash tag goes (its done flag stays, for its
    late workers), whatever its version named them: "finished" with this version's
    names, a key of its own layout stayed for good. A live crawl of another protocol
    stays, and so does a crawl whose id the dead one's would match as a glob
    pattern (``a*`` and ``ab``)."""
    server = redis.Redis.from_url(redis_url)
    tag = uuid.uuid4().hex[:6]
    dead_two, dead_none, dead_glob = f"two-{tag}", f"none-{tag}", f"glob-{tag}*"
    live_other, glob_match = f"live-{tag}", f"glob-{tag}b"
    planted(server, dead_two, 2, alive=False)
    planted(server, dead_none, None, alive=False)
    planted(server, dead_glob, PROTOCOL + 1, alive=False)
    planted(server, live_other, PROTOCOL + 1, alive=True)
    planted(server, glob_match, PROTOCOL + 1, alive=True)
    try:
        crawls = active_crawls(server)
        assert live_other in crawls and glob_match in crawls
        for dead in (dead_two, dead_none, dead_glob):
            assert dead not in crawls
            assert server.keys(f"clippings:{{{dead.replace('*', '[*]')}}}:*") == [
                f"clippings:{{{dead}}}:done".encode()], dead
        for live in (live_other, glob_match):
            assert server.exists(f"clippings:{{{live}}}:its-own-key", f"clippings:{{{live}}}:config") == 2
    finally:
        for crawl in (live_other, glob_match):
            server.srem(ACTIVE, crawl)
            server.delete(*server.keys(f"clippings:{{{crawl}}}:*"))


def test_a_reap_cut_short_is_finished_by_the_next_reaper(redis_url: str) -> None:
    """A reaper cut short before it deleted a dead crawl's keys (killed, Redis lost
    mid-reap; here a Redis user that may not SCAN or DEL, so the cut falls there
    every time) leaves the crawl among the crawls in progress: the next reaper
    deletes its keys. Before, the crawl left ``clippings:crawls`` first, and a reap
    cut short left its keys for good (a scan of a big Redis takes seconds)."""
    server = redis.Redis.from_url(redis_url)
    tag = uuid.uuid4().hex[:6]
    foreign, own = f"cut-{tag}", f"cut-own-{tag}"
    planted(server, foreign, PROTOCOL + 1, alive=False)
    planted(server, own, PROTOCOL, alive=False)
    server.delete(f"clippings:{{{own}}}:its-own-key")  # (this protocol's crawl: its keys are this version's)
    password = uuid.uuid4().hex
    server.acl_setuser(f"cut-{tag}", enabled=True, passwords=[f"+{password}"], categories=["+@all"],
                       commands=["-scan", "-del", "-unlink"], keys=["*"], channels=["*"])
    cut = redis.Redis.from_url(redis_url, username=f"cut-{tag}", password=password)
    try:
        with pytest.raises(redis.exceptions.NoPermissionError):
            reap_foreign(cut, foreign)
        with pytest.raises(redis.exceptions.NoPermissionError):
            Frontier(cut, own).finish()
        assert {foreign, own} <= {member.decode() for member in server.smembers(ACTIVE)}
        crawls = active_crawls(server)  # (the next reaper)
        for dead in (foreign, own):
            assert dead not in crawls
            assert server.keys(f"clippings:{{{dead}}}:*") == [f"clippings:{{{dead}}}:done".encode()], dead
    finally:
        cut.close()
        server.acl_deluser(f"cut-{tag}")
