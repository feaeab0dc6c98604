"""A parse leaves no reference cycles: its objects (the page's lxml tree among
them) are freed by reference counting when ``parse_article`` returns, not by the
cyclic garbage collector's next full scan."""

from __future__ import annotations

import gc
import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from crawler.parsers import parse_article
from crawler.scaling import extract

URL = "https://news.example/world/ship-seizure"
# A related card with screen-reader-only text: read by a recursive walk.
PAGE = """<html><head><title>Ship seizure</title></head><body><article><h1>Ship seizure</h1>
<p>The port authority said on Monday that the vessel had been held for inspection after
its papers were found to be incomplete, and that the crew would be allowed to leave.</p>
<p>Officials gave no date for the ship's release; its owner said it would appeal the
decision and asked the ministry to review the inspection's findings within the week.</p>
</article><ul class="related-items-list"><li class="related-items-list__item">
<a class="article-teaser" href="/news/iran-ship"><span class="h-offscreen">Note: a related article</span>
<p class="article-teaser__kicker">War in the Middle East</p>
<p class="article-teaser__title">Iran explains ship seizure with alleged violations</p>
<span class="teaser-info">15.04.2024</span></a></li></ul></body></html>"""
FIXTURES = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.html.gz"))


def cyclic_garbage_of_work(work: Callable[[], object]) -> list[str]:
    """Type names of the objects only the cyclic collector frees after one ``work()``."""
    work()  # first-call caches (lazy imports, lru_caches) out of the count
    # Collected until a pass finds nothing: the garbage an earlier test left (an
    # in-process Scrapy crawler's signal receivers) runs weakref callbacks as it is
    # collected, which make new cycles that pass does not collect; the next pass,
    # the count's, found them (18 objects, BoundMethodWeakref first: CI, and after
    # tests/test_distributed_review.py in one process).
    for _ in range(10):
        if not gc.collect():
            break
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # the collector keeps what it finds, to name it
    try:
        work()
        gc.collect()
        return sorted(type(found).__name__ for found in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def cyclic_garbage_of(html: str | bytes, url: str) -> list[str]:
    """Type names of the objects only the cyclic collector frees after one parse of ``html``."""
    return cyclic_garbage_of_work(lambda: parse_article(html, url))


def test_a_parse_that_reads_screen_reader_text_in_a_related_card_leaves_no_cycles():
    article = parse_article(PAGE, URL)
    assert article is not None
    assert [r.title for r in article.related] == ["Iran explains ship seizure with alleged violations"]
    assert cyclic_garbage_of(PAGE, URL) == []


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name[:12])
def test_a_parse_of_a_real_page_leaves_no_cycles(path: Path):
    assert cyclic_garbage_of(gzip.decompress(path.read_bytes()), "https://news.example/a/story") == []


@pytest.mark.parametrize("max_links", [0, 5])
def test_a_pool_task_leaves_no_cycles(max_links: int):
    """The pool's task also reads the page's links with Scrapy (its own lxml tree):
    the response it makes caches a Selector that refers back to it."""
    body = gzip.decompress(FIXTURES[0].read_bytes())
    args = (body, "https://news.example/a/story", "2026-01-01T00:00:00+00:00", "utf-8", max_links)
    _, _, (links, was_cut), _ = extract(*args)
    assert links and was_cut == bool(max_links)
    assert cyclic_garbage_of_work(lambda: extract(*args)) == []
