"""The politeness extension told of a stop (or asked for a request's slot) before
its crawl's engine exists: a crawl whose engine failed to build (a component's
error at the start) among others in the same process, which a SIGTERM then stops.
Scrapy 2.19's ``crawler.engine`` raises before the crawl has one (``_engine`` is
None): the extension's "no engine" checks were dead, and the stop's signal failed
in its handler with a RuntimeError logged as "Error caught on signal handler". A
real Scrapy crawler, its engine not made."""

from __future__ import annotations

from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.http import Request

from crawler.politeness import SitePoliteness
from crawler.run import crawl_settings
from crawler.signals import stop_requested
from crawler.spiders.articles import ArticleSpider


def test_a_stop_before_the_engine_exists_is_no_error(tmp_path: Path) -> None:
    crawler = Crawler(ArticleSpider, crawl_settings(tmp_path / "news.db"))
    assert crawler._engine is None
    politeness = SitePoliteness.from_crawler(crawler)
    results = crawler.signals.send_catch_log(signal=stop_requested)
    failures = [result for receiver, result in results if receiver == politeness.stop_requested]
    assert failures == [None], failures
    assert politeness.stopping
    request = Request("http://127.0.0.1:9/", meta={"download_slot": "127.0.0.1"})
    assert politeness.slot(request) is None
