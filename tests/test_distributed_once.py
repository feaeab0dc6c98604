"""A ``--once`` worker and a crawl that began and ended between two of its looks
for one (crawler/distributed/worker.py, :func:`wait_for_crawl`): a small site
crawled whole by another worker within the half second between two looks. The
worker never saw the crawl, and waited ``--wait`` seconds for one (for ever by
default; tests/test_distributed.py's two ``--once`` workers failed now and then on
it). Real redis-server; the coordinator's part (announce, finish) is Frontier's own."""

from __future__ import annotations

import uuid

import pytest
import redis

from crawler import __version__
from crawler.distributed.frontier import PROTOCOL, Frontier


def crawl_between_looks(redis_url: str, looks: list[int]):  # type: ignore[no-untyped-def]
    """A ``stopped`` check (called before each look) that, before the second look,
    announces a crawl and finishes it: the look after finds none in progress."""
    client = redis.Redis.from_url(redis_url)

    def check() -> None:
        looks.append(1)
        if len(looks) == 2:
            frontier = Frontier(client, f"small-{uuid.uuid4().hex[:8]}")
            frontier.announce({"seeds": ["http://127.0.0.1:9/"], "settings": {}, "version": __version__,
                               "protocol": PROTOCOL})
            frontier.finish()
    return check


def test_a_once_worker_ends_when_its_crawl_came_and_went_between_two_looks(
        redis_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from crawler.distributed.worker import run_worker

    looks: list[int] = []
    assert run_worker(redis_url, once=True, wait=30, stopped=crawl_between_looks(redis_url, looks)) is True
    assert len(looks) == 3  # (the look after the crawl's end, and the check before the worker ends)
    assert "a crawl queued while this worker waited ended before it joined" in capsys.readouterr().err


def test_a_worker_serving_crawl_after_crawl_waits_on_after_one_it_missed(redis_url: str) -> None:
    """Without ``--once`` the worker waits for the next crawl: the one it missed is no
    reason to end (here: no crawl within its 1.5 s)."""
    from crawler.distributed.worker import wait_for_crawl

    looks: list[int] = []
    assert wait_for_crawl(redis_url, 1.5, crawl_between_looks(redis_url, looks)) is None
    assert len(looks) >= 3


def test_a_crawl_of_another_protocol_is_not_one_a_once_worker_missed(redis_url: str) -> None:
    """A crawl another version queued (a worker of this one skips it) does not count as
    the ``--once`` worker's crawl: it waits on for its own."""
    from crawler.distributed.worker import wait_for_crawl

    client = redis.Redis.from_url(redis_url)
    looks: list[int] = []

    def check() -> None:
        looks.append(1)
        if len(looks) == 2:
            frontier = Frontier(client, f"older-{uuid.uuid4().hex[:8]}")
            frontier.announce({"seeds": ["http://127.0.0.1:9/"], "settings": {}, "version": "0.0.9", "protocol": 1})
            frontier.finish()

    assert wait_for_crawl(redis_url, 1.5, check, once=True) is None
