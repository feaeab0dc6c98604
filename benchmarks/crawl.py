"""Crawl speed and memory, same run: Clippings beside a bare Scrapy spider and Scrapy + trafilatura.

Usage: python benchmarks/crawl.py [--articles 2000] [--memory-articles 20000] [--processes N] [--memory-only]

A local news site of N articles (pages the size and shape of real ones: menus,
scripts, teasers, comments; listing pages of 25 teasers, articles linking to
their neighbours) is served by its own process on 127.0.0.1. Each crawler runs
in its own process with 16 requests in flight, no delay, following every link
of the site:

- ``bare``: a Scrapy spider that extracts links and nothing else (the floor);
- ``trafilatura``: the same spider calling ``trafilatura.extract`` on each page;
- ``clippings``: ``clippings crawl`` (extraction in a process pool, pipelines,
  SQLite archive, WARC files).

Prints pages/s of each (pages fetched / crawl time from Scrapy's stats), the
ratios the acceptance of issue #10 asks for, peak RSS of the Clippings crawl
at ``--articles`` and ``--memory-articles`` (main process; pool processes
beside it), and the machine's core count. Wall-clock figures: compare the
same run's numbers, not runs on differently loaded machines.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PER_LISTING = 25
WORDS = ["harbour", "council", "ferry", "timetable", "island", "residents", "approved", "debate", "months", "budget", "school", "library", "repairs", "weather", "season", "market", "fishermen", "report", "minister", "vote", "district", "road"]
SETTINGS = {
    "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False, "LOG_LEVEL": "ERROR",
    "TELNETCONSOLE_ENABLED": False, "COOKIES_ENABLED": False,
}


# -- the site ------------------------------------------------------------------------


SECTIONS = ("world", "politics", "business", "science", "health", "culture", "sport", "opinion",
            "technology", "travel", "food", "weather")
FOOTER = ("about", "contact", "careers", "advertise", "privacy", "terms", "cookies", "accessibility",
          "newsletters", "archive", "corrections", "ethics")
SCRIPT = "window.dataLayer=window.dataLayer||[];" + "".join(
    f"dataLayer.push({{'event':'slot{i}','size':[300,250],'targeting':{{'section':'news','pos':{i}}}}});"
    for i in range(120))
STYLE = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i:03x}}}" for i in range(150))


def paragraph(n: int, k: int) -> str:
    words = [WORDS[(n * 7 + k * 3 + i * i) % len(WORDS)] for i in range(60)]
    return " ".join(words).capitalize() + "."


def chrome_top(title: str) -> str:
    """What every page of a real news site carries before its content: head, scripts, menus."""
    menu = "".join(f'<li><a href="/section/{s}/">{s.title()}</a><ul>'
                   + "".join(f'<li><a href="/section/{s}/">{s.title()} {k}</a></li>' for k in range(5))
                   + "</ul></li>" for s in SECTIONS)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Harbour Times</title>'
            f'<meta name="viewport" content="width=device-width"><style>{STYLE}</style>'
            f"<script>{SCRIPT}</script></head><body>"
            f'<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>'
            f'<header><a class="logo" href="/">Harbour Times</a><form action="/search"><input name="q"></form>'
            f'<nav class="menu"><ul>{menu}</ul></nav></header>')


def chrome_bottom() -> str:
    links = "".join(f'<li><a href="/{name}/">{name.title()}</a></li>' for name in FOOTER)
    return (f'<footer><ul>{links}</ul><p>&copy; 2025 Harbour Times Ltd. All rights reserved. '
            f"Registered in the harbour district, company number 0001.</p></footer>"
            f"<script>{SCRIPT[:2000]}</script></body></html>")


def teaser(m: int) -> str:
    return (f'<li class="teaser"><a href="/news/{m}/"><img src="/img/{m}.jpg" alt="">'
            f"<h3>Story {m}: the council votes</h3></a><p>{paragraph(m, 1)[:140]}</p></li>")


def article_page(n: int, total: int) -> str:
    near = [m for m in (n - 1, n + 1, n + 2) if 0 <= m < total]
    more = [m for m in range(n + 3, n + 9) if m < total]
    body = []
    for k in range(14):
        words = paragraph(n, k).split()
        words[10] = f'<a href="/section/{SECTIONS[k % len(SECTIONS)]}/">{words[10]}</a>'
        body.append(f"<p>{' '.join(words)}</p>")
        if k == 5:
            body.append(f"<h2>What the vote means</h2><blockquote><p>{paragraph(n, 99)}</p></blockquote>")
        if k == 8:
            body.append(f'<div class="read-more"><h4>Read more</h4><ul>{"".join(teaser(m) for m in near)}</ul></div>')
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                         "headline": f"Story {n}: the council votes",
                         "datePublished": f"2025-07-{n % 28 + 1:02d}T09:00:00Z",
                         "author": {"@type": "Person", "name": "Ada Byline"}})
    comments = "".join(f'<li class="comment"><b>Reader {c}</b><p>{paragraph(n, 50 + c)[:200]}</p></li>'
                       for c in range(5))
    return (
        chrome_top(f"Story {n}: the council votes")
        + f'<script type="application/ld+json">{jsonld}</script>'
        + f'<main><nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/section/world/">World</a></nav>'
        f'<article><h1>Story {n}: the council votes</h1><p class="standfirst">{paragraph(n, 42)[:160]}</p>'
        f'<p class="byline">By <a href="/author/ada/">Ada Byline</a></p>'
        f'<time datetime="2025-07-{n % 28 + 1:02d}T09:00:00Z">July {n % 28 + 1}, 2025</time>'
        f'<figure><img src="/img/{n}.jpg" alt="The council chamber"><figcaption>The council chamber on Tuesday.'
        f'</figcaption></figure>{"".join(body)}'
        f'<div class="share"><button>Share</button> <button>Print</button></div></article>'
        f'<section class="related"><h2>Related</h2><ul>{"".join(teaser(m) for m in near + more)}</ul></section>'
        f'<section class="comments"><h2>Comments</h2><ul>{comments}</ul></section></main>'
        f'<aside><h2>Most read</h2><ol>{"".join(teaser(m) for m in near)}</ol>'
        f'<form class="newsletter"><label>Get the morning briefing</label><input name="email"></form></aside>'
        + chrome_bottom()
    )


def listing_page(page: int, total: int, link_more: bool = True) -> str:
    first = page * PER_LISTING
    teasers = "".join(teaser(n) for n in range(first, min(first + PER_LISTING, total)))
    more = f'<a href="/page/{page + 1}/">Older</a>' if link_more and first + PER_LISTING < total else ""
    return chrome_top("Latest") + f"<main><h1>Latest</h1><ul>{teasers}</ul>{more}</main>" + chrome_bottom()


def plain_page(name: str) -> str:
    return chrome_top(name.title()) + f"<main><h1>{name.title()}</h1><p>{paragraph(len(name), 0)}</p></main>" + chrome_bottom()


def route(path: str, total: int) -> str | None:
    parts = [p for p in path.split("?")[0].split("/") if p]
    if not parts:
        return listing_page(0, total)
    if len(parts) == 2 and parts[0] == "page" and parts[1].isdigit():
        return listing_page(int(parts[1]), total) if int(parts[1]) * PER_LISTING < total else None
    if len(parts) == 2 and parts[0] == "news" and parts[1].isdigit() and int(parts[1]) < total:
        return article_page(int(parts[1]), total)
    if len(parts) == 2 and parts[0] in ("section", "author"):
        return listing_page(0, total, link_more=False)
    if len(parts) == 1 and parts[0] in FOOTER:
        return plain_page(parts[0])
    return None


def serve(total: int, port_file: str) -> None:
    """Serve the site until killed; write the port to ``port_file``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            html = route(self.path, total)
            body = (html or "not found").encode()
            self.send_response(200 if html else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128

    httpd = Server(("127.0.0.1", 0), Handler)
    Path(port_file).write_text(str(httpd.server_address[1]))
    httpd.serve_forever()


class Site:
    """The site in its own process."""

    def __init__(self, total: int) -> None:
        self.port_file = tempfile.mktemp(suffix=".port")
        self.process = subprocess.Popen([sys.executable, __file__, "--serve", str(total), self.port_file])
        for _ in range(200):
            if Path(self.port_file).exists() and Path(self.port_file).read_text():
                break
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{Path(self.port_file).read_text()}/"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait()
        Path(self.port_file).unlink(missing_ok=True)


# -- the crawlers (each in its own process) ---------------------------------------------


def run_scrapy_peer(url: str, extract: bool) -> dict:
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import LinkExtractor

    if extract:
        import trafilatura

    class Peer(scrapy.Spider):
        name = "peer"
        start_urls = (url,)
        links = LinkExtractor()

        def parse(self, response):  # type: ignore[no-untyped-def]
            if extract:
                text = trafilatura.extract(response.text, url=response.url, with_metadata=True)
                if text:
                    yield {"url": response.url, "chars": len(text)}
            for link in self.links.extract_links(response):
                if link.url.startswith(url):
                    yield response.follow(link.url, callback=self.parse)

    process = CrawlerProcess(SETTINGS)
    crawler = process.create_crawler(Peer)
    process.crawl(crawler)
    process.start()
    return figures(crawler.stats.get_stats())


def run_clippings(url: str, processes: int | None) -> dict:
    from crawler.run import crawl_settings, run_crawl

    folder = tempfile.mkdtemp(prefix="clippings-bench-")
    # Every page of the site, however large (the default budget is 10,000 pages a site).
    overrides = {**SETTINGS, "CLIPPINGS_SITE_PAGE_BUDGET": 0}
    if processes is not None:
        overrides["CLIPPINGS_PROCESSES"] = processes
    summary = run_crawl([url], crawl_settings(Path(folder) / "bench.db", overrides=overrides))
    return {"pages": summary.pages_fetched, "seconds": summary.seconds,
            "stored": summary.articles_stored}


def figures(stats: dict) -> dict:
    seconds = (stats["finish_time"] - stats["start_time"]).total_seconds()
    return {"pages": int(stats.get("response_received_count", 0)), "seconds": seconds,
            "stored": int(stats.get("item_scraped_count", 0))}


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def child_main(which: str, url: str, processes: int | None) -> None:
    if which == "clippings":
        result = run_clippings(url, processes)
    else:
        result = run_scrapy_peer(url, extract=which == "trafilatura")
    own = resource.getrusage(resource.RUSAGE_SELF)
    result["cpu"] = own.ru_utime + own.ru_stime
    result["peak_rss_mb"] = own.ru_maxrss / 1024
    print(json.dumps(result))


def measure(which: str, total: int, processes: int | None) -> dict:
    site = Site(total)
    try:
        command = [sys.executable, __file__, "--child", which, site.url]
        if processes is not None:
            command += ["--processes", str(processes)]
        cpu_before = children_cpu()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        tree_cpu = children_cpu() - cpu_before
    finally:
        site.close()
    if done.returncode != 0:
        raise SystemExit(f"{which} crawl failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["pages_per_s"] = result["pages"] / result["seconds"]
    result["tree_cpu"] = tree_cpu  # the crawl process and the processes it waited for
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory-articles", type=int, default=20000,
                        help="second Clippings crawl for the memory figure (0: skip)")
    parser.add_argument("--processes", type=int, help="Clippings extraction processes (default: cores)")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the two Clippings crawls of the memory figure")
    parser.add_argument("--serve", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(int(args.serve[0]), args.serve[1])
        return
    if args.child:
        child_main(args.child[0], args.child[1], args.processes)
        return
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"cores: {cores}; site: {args.articles} articles; 16 requests in flight, no delay")
    crawlers = ("clippings",) if args.memory_only else ("bare", "trafilatura", "clippings")
    results = {which: measure(which, args.articles, args.processes) for which in crawlers}
    print(f"{'crawler':<12} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'CPU s':>7} {'tree CPU s':>10} {'peak RSS MB':>11}")
    for which, r in results.items():
        print(f"{which:<12} {r['pages']:>6} {r['seconds']:>8.1f} {r['pages_per_s']:>8.1f} "
              f"{r['cpu']:>7.1f} {r['tree_cpu']:>10.1f} {r['peak_rss_mb']:>11.0f}")
    clip = results["clippings"]["pages_per_s"]
    if not args.memory_only:
        print(f"clippings / bare scrapy:          {clip / results['bare']['pages_per_s']:.2f}x (target >= 0.7)")
        print(f"clippings / scrapy + trafilatura: {clip / results['trafilatura']['pages_per_s']:.2f}x (target >= 1.5)")
    if args.memory_articles:
        big = measure("clippings", args.memory_articles, args.processes)
        small = results["clippings"]["peak_rss_mb"]
        growth = big["peak_rss_mb"] / small - 1
        print(f"clippings peak RSS: {small:.0f} MB at {args.articles} articles, {big['peak_rss_mb']:.0f} MB "
              f"at {args.memory_articles} ({big['pages']} pages, {big['pages_per_s']:.1f} pages/s): "
              f"{growth:+.0%} (target < +25%)")


if __name__ == "__main__":
    main()
