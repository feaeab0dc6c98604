"""The distributed crawl's LOW findings of note 31, each checked in-process: the
coordinator's and workers' own objects, against a real ``redis-server`` (the
``redis_url`` fixture) and real SQLite archives, without a crawl around them (the
multi-process crawl tests are the suite's heaviest)."""

from __future__ import annotations

import gc

from scrapy import Request

from crawler.resolver import pin, pinned


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
