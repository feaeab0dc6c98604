"""The ``articles`` spider: from seeds to article pages, politely.

Seeds are site URLs, sitemap (index) URLs, robots.txt URLs or RSS/Atom feed URLs,
told apart by what they answer. Links are followed within the seeds' sites; every
HTML page goes through :func:`crawler.parsers.parse_article`, and every URL
requested ends as an item: an :class:`ArticlePage` for an article, a
:class:`FetchRecord` for everything else, so the archive accounts for each one.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.log import failure_to_exc_info
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from crawler.download import download_errors, error_text, machine_fault, machine_stat, machine_words
from crawler.exceptions import (
    RETRY_AFTER_REFUSED,
    AlreadyArchived,
    PastMaxPages,
    PastSiteBudget,
    RefusedRequest,
    SeedFetchedAlready,
    StoppedBeforeFetch,
    StoryPageTaken,
    UnfollowedRedirect,
)
from crawler.frontier import TakenRow, frontier_of, requested_urls, row_requests
from crawler.items import (
    GONE_STATUSES,
    Article,
    ArticlePage,
    ErrorPage,
    FetchRecord,
    RawResponse,
    utc_now_iso,
)
from crawler.parsers.binary import no_record_reason
from crawler.parsers.story_pages import same_story
from crawler.scaling import extracted_article, link_extractor, page_links
from crawler.spiders.discovery import Discovered, UndecodableBody, discover, parse_index_date
from crawler.spiders.stories import StoryPagesMixin
from crawler.urls import canonicalize_url, site_key

_SPLIT = str.maketrans({",": " ", "\n": " ", "\t": " "})
# Request meta: how many sitemaps, sitemap indexes, feeds and robots.txt files
# in a row led to this request (a page's links start again at none).
INDEX_HOPS = "index_hops"


def describe_parse_error(exc: BaseException) -> str:
    """``Type: message (in stage_function, module.py)``: the exception and the deepest
    parser function it came from, for the ``fetches.reason`` column."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/parsers/" in f.filename]
    where = f" (in {frames[-1].name}, {Path(frames[-1].filename).name})" if frames else ""
    text = f"{type(exc).__name__}: {exc}"
    return (text if len(text) <= 300 else text[:299] + "…") + where


def split_seeds(seeds: str | list[str] | tuple[str, ...]) -> list[str]:
    """Seeds from ``-a seeds=URL,URL`` or a list, blanks dropped, order kept."""
    items = seeds.translate(_SPLIT).split() if isinstance(seeds, str) else list(seeds)
    return list(dict.fromkeys(s.strip() for s in items if s and s.strip()))


# What "the same site" means for following links (kept under its old name).
netloc_key = site_key


def header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class ArticleSpider(StoryPagesMixin, scrapy.Spider):
    """Crawl the seeds' sites; yield an ArticlePage per article, a FetchRecord per other URL."""

    name = "articles"
    #: The archive keeps this crawl's frontier until it ends (crawler/frontier.py).
    keeps_frontier = True

    def __init__(self, seeds: str | list[str] = "", since: str | None = None,
                 *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seeds = split_seeds(seeds)
        if not self.seeds:
            raise ValueError("the articles spider needs seeds: -a seeds=URL[,URL...]")
        self.since = parse_index_date(since) if since else None
        if since and self.since is None:
            raise ValueError(f"since={since!r} is not a date (use YYYY-MM-DD)")
        self.sites = {netloc_key(seed) for seed in self.seeds}
        self.seed_urls = {canonicalize_url(seed) for seed in self.seeds}
        """The seeds as links are compared to them: a link to a seed is not followed."""
        self.seed_errors: dict[str, str] = {}
        self.sitemaps_asked: dict[str, set[str]] = {}
        """The sitemaps (and indexes) each site's robots.txt files and indexes had
        the crawl request, at most ``CLIPPINGS_SITE_MAX_SITEMAPS`` a site."""
        self.link_extractor = link_extractor()

    async def start(self) -> AsyncIterator[Request]:
        # Around the duplicate filter (so a seed whose redirects lead back to itself,
        # a cookie check, is still fetched or fails the crawl, never dropped); its
        # links are not followed (follow), so a seed is fetched once all the same.
        # A crawl that resumes an unfinished one (crawler/frontier.py) requests the
        # seeds it had not done, then the URLs it had found and not done (those
        # whose fetch failed in a way that may pass among them), read from the
        # archive a page at a time (_resumed_requests).
        frontier = frontier_of(self.crawler)
        resumed = frontier.resumed
        done = resumed.done if resumed is not None else frozenset()
        # Opened before the seeds are asked: the frontier as taken over.
        rows = resumed.rows() if resumed is not None and resumed.rows is not None else iter(())
        try:
            asked: set[str] = set()
            asked_seeds: set[str] = set()
            for seed in self.seeds:
                request = Request(seed, callback=self.parse, errback=self.on_error, meta={"seed": seed},
                                  dont_filter=True)
                if request.url in done:
                    continue
                asked.add(request.url)
                asked_seeds.add(seed)
                yield request
            async for request in self._resumed_requests(rows, asked, asked_seeds):
                yield request
        finally:
            close = getattr(rows, "close", None)
            if close is not None and frontier.unread is None:  # (handed over: closed with the spider)
                close()

    async def _resumed_requests(self, rows: Iterator[TakenRow], asked: set[str],
                                asked_seeds: set[str]) -> AsyncIterator[Request]:
        """The requests of the rows a resumed crawl took over, each yielded once the
        scheduler has room for it (:class:`crawler.frontier.StartRoom` says why).
        ``asked`` and ``asked_seeds``: the seeds' URLs and the seeds ``start()``
        requested. Once ``--max-pages`` is reached, the requests of the rows not read
        go to the crawl's frontier, for the slots given back after it
        (:meth:`crawler.frontier.Frontier.take_unread`); the others wait for the next crawl."""
        frontier = frontier_of(self.crawler)
        requests = self._row_requests(rows, asked, asked_seeds)
        for request in requests:
            if not await frontier.room.wait():  # the page limit reached
                frontier.unread = itertools.chain([request], requests)
                return
            yield request

    def _row_requests(self, rows: Iterator[TakenRow], asked: set[str],
                      asked_seeds: set[str]) -> Iterator[Request]:
        """The requests of the rows taken over, as they are read (:meth:`_resumed_requests`)."""
        return row_requests(rows, asked, asked_seeds, callback=self.parse, errback=self.on_error)

    # -- responses -----------------------------------------------------------

    def not_modified(self, response: Response) -> Any:
        """The fetch row of a 304: ``unchanged`` when our conditional request asked
        (the archived article has not changed); else an error, for there is nothing
        archived to keep (a site answering 304 to a first visit)."""
        asked = response.request is not None and any(
            response.request.headers.get(name) for name in ("If-None-Match", "If-Modified-Since"))
        if asked:
            return self.fetch_record(response, outcome="unchanged")
        fetch = self.fetch_record(response, outcome="error")
        fetch.reason = "HTTP 304 (not modified) to a request that asked for no cache check: nothing to keep"
        self.crawler.stats.inc_value("clippings/unasked_not_modified")
        if response.meta.get("seed"):
            self.seed_errors[response.meta["seed"]] = fetch.reason
        return fetch

    def parse(self, response: Response) -> Iterator[Any]:  # type: ignore[override]
        waiting = self.waiting_story(response.request)  # (a story's later page: stories.py)
        if waiting is not None:
            yield from self.story_page_in_flight(response, *waiting)
            return
        if response.status == 304:
            yield self.not_modified(response)
            return
        if response.meta.get("seed"):  # where a seed's redirects led is a seed too (fetched already)
            self.seed_urls.update(canonicalize_url(url) for url in (*response.meta.get("redirect_urls", ()),
                                                                    response.url))
        fetch = self.fetch_record(response, outcome="not-article")
        try:
            found = discover(response.body, response.url, header(response, "Content-Type") or "",
                             max_entries=self.crawler.settings.getint("CLIPPINGS_INDEX_MAX_URLS"))
        except UndecodableBody as exc:  # an error row, and a failed seed fails the crawl
            self.crawler.stats.inc_value("clippings/undecodable_bodies")
            fetch.outcome, fetch.reason = "error", str(exc)
            if response.meta.get("seed"):
                self.seed_errors[response.meta["seed"]] = fetch.reason
            yield fetch
            return
        if found is not None:
            yield from self.index_document(response, fetch, found)
            return
        if not isinstance(response, TextResponse):
            fetch.reason = f"not HTML ({fetch.content_type or 'no content type'})"
            yield fetch
            return
        record = self.parse_page(response, fetch)
        place = self.story_place(record, response)
        # The links before the page's record: the archive keeps them as the crawl's
        # frontier no later than the page (crawler/frontier.py). A later page's links
        # are followed as its story's (stories.py); a story's pager is its own to follow.
        if self.crawler.settings.getbool("CLIPPINGS_FOLLOW_LINKS", True) and place.page == 1:
            yield from self.page_requests(response, story=place.next_url)
        # A multi-page story's first page is held until its later pages are joined (stories.py).
        yield from self.story_record(record, response, place)

    def page_requests(self, response: TextResponse, story: str | None = None) -> Iterator[Request]:
        """Requests for a page's links on the crawl's sites: those of its first
        ``CLIPPINGS_PAGE_MAX_LINKS`` link tags (a page of endless links would queue
        them all, each refused at last by the site's budget, and reading them all
        cost a minute and a gigabyte); a cut is logged and counted
        (``clippings/page_links_cut``). On a page of a multi-page story (``story``: its
        next page), not the links to the story's other pages: the story fetches them
        itself (stories.py)."""
        cap = self.crawler.settings.getint("CLIPPINGS_PAGE_MAX_LINKS")
        # read in the pool when there is one, canonical
        links, cut = page_links(response, self.link_extractor, max_links=cap)
        if cut:
            self.logger.warning("%s has more than %d links: those of its first %d link tags are followed "
                                "(CLIPPINGS_PAGE_MAX_LINKS)", response.url, cap, cap)
            self.crawler.stats.inc_value("clippings/page_links_cut")
        if story:
            links = [url for url in links if not same_story(url, response.url) and not same_story(url, story)]
        # No INDEX_HOPS: a page's links start a new chain (a blog's every page links
        # its category feeds; counting on through them trapped ordinary feeds).
        yield from self.follow(links, response, canonical=True)

    def index_document(self, response: Response, fetch: FetchRecord, found: Discovered) -> Iterator[Any]:
        """The fetch row of a sitemap, feed or robots.txt, then requests for the
        links it lists on the crawl's sites. Its reason counts the links (those
        dated before ``since``, those off the sites, those past the cap, bare
        ``&`` repaired); a document otherwise not well-formed XML is an ``error`` row (its links read
        around the fault are still followed; a seed it leaves with none fails the
        crawl), and one nested past ``CLIPPINGS_SITEMAP_NESTING`` a ``trap`` row."""
        stats, settings = self.crawler.stats, self.crawler.settings
        hops = response.meta.get(INDEX_HOPS, 0)
        urls = found.since(self.since)
        fetch.reason = f"{found.kind}: {len(found.urls)} links"
        if len(urls) < len(found.urls):
            fetch.reason += f", {len(urls)} since {self.since:%Y-%m-%d}"
        onsite = self.on_sites(urls, response.url)
        if len(onsite) < len(urls):
            fetch.reason += f", {len(urls) - len(onsite)} off the crawl's sites (not followed)"
        if found.repaired:
            stats.inc_value("clippings/repaired_indexes")
            fetch.reason += f", {found.repaired} bare '&' read as '&amp;' (not well-formed XML, repaired)"
        if found.cut:
            stats.inc_value("clippings/index_links_cut")
            fetch.reason += f", more not read (CLIPPINGS_INDEX_MAX_URLS={settings.getint('CLIPPINGS_INDEX_MAX_URLS')})"
        if found.problem:
            stats.inc_value("clippings/malformed_indexes")
            fetch.outcome = "error"
            fetch.reason = f"{found.kind} is not well-formed XML ({found.problem}); {fetch.reason}"
            if response.meta.get("seed") and not found.urls:
                self.seed_errors[response.meta["seed"]] = fetch.reason
        nesting = settings.getint("CLIPPINGS_SITEMAP_NESTING")
        if hops > nesting and onsite:  # robots.txt -> index -> index -> sitemap: 3 deep
            stats.inc_value("clippings/traps")
            fetch.outcome = "trap"
            fetch.reason = (f"{found.kind} {hops} documents deep in sitemaps and feeds: its links not "
                            f"followed (CLIPPINGS_SITEMAP_NESTING={nesting}); {fetch.reason}")
            onsite = []
        onsite = self.capped_sitemaps(found, onsite, response.url, fetch)
        # Entries of a sitemap or feed count as seeds: --depth counts link hops
        # between pages, not index documents (those are counted apart, as hops).
        # Scheduled before the document's record, as a page's links are.
        yield from self.follow(onsite, response, canonical=True, meta={"depth_reset": True, INDEX_HOPS: hops + 1})
        yield fetch

    def capped_sitemaps(self, found: Discovered, onsite: list[str], base: str, fetch: FetchRecord) -> list[str]:
        """``onsite``, the links of a robots.txt or sitemap index (sitemaps), less
        those past ``CLIPPINGS_SITE_MAX_SITEMAPS`` requested for their site in the
        crawl (0: no cap), the newest by lastmod kept (the undated after, in their
        order): an index of 100,000 sitemaps spent the site's page budget on
        sitemaps. A cut is counted (``clippings/sitemaps_cut``) and named in the
        document's row. Other documents' links, seeds and sitemaps requested
        already (the duplicate filter drops them) pass."""
        cap = self.crawler.settings.getint("CLIPPINGS_SITE_MAX_SITEMAPS")
        if found.kind not in ("robots", "sitemapindex") or cap <= 0:
            return onsite
        dates = {canonicalize_url(url, base=base): date for url, date in found.dates.items()}
        candidates = [url for url in dict.fromkeys(onsite) if url not in self.seed_urls]
        # Newest first; sorted() keeps the document's order among equals (the undated last).
        ranked = sorted(candidates,
                        key=lambda url: (url not in dates, -dates[url].timestamp() if url in dates else 0.0))
        new, cut = self.admit_sitemaps(ranked, cap)
        if cut:
            self.crawler.stats.inc_value("clippings/sitemaps_cut", len(cut))
            fetch.reason = (f"{fetch.reason}, {len(cut)} sitemaps not fetched (CLIPPINGS_SITE_MAX_SITEMAPS={cap} "
                            f"per site; the newest {len(new) - len(cut)} fetched)")
            self.logger.warning("%s lists more sitemaps than CLIPPINGS_SITE_MAX_SITEMAPS=%d a site: %d not fetched",
                                fetch.url, cap, len(cut))
        return [url for url in onsite if url not in cut]

    def admit_sitemaps(self, ranked: list[str], cap: int) -> tuple[list[str], set[str]]:
        """(new, cut): of ``ranked`` (best first), the sitemaps not requested for their
        site yet in this crawl, and those of them past the site's ``cap``, which are
        not; the others count as requested from now on. A worker counts in Redis,
        for all the crawl's workers together (:class:`crawler.distributed.worker.WorkerSpider`)."""
        new = [url for url in ranked if url not in self.sitemaps_asked.get(netloc_key(url), ())]
        cut: set[str] = set()
        for url in new:
            asked = self.sitemaps_asked.setdefault(netloc_key(url), set())
            if len(asked) < cap:
                asked.add(url)
            else:
                cut.add(url)
        return new, cut

    def on_sites(self, urls: list[str], base: str) -> list[str]:
        """``urls`` made canonical, those that are http(s) on the crawl's sites."""
        canonical = (canonicalize_url(url, base=base) for url in urls)
        return [url for url in canonical if self.on_crawl_sites(url)]

    def on_crawl_sites(self, url: str) -> bool:
        """A canonical ``url`` that is http(s) on one of the seeds' sites."""
        return url.startswith(("http://", "https://")) and netloc_key(url) in self.sites

    def extract_page(self, response: Response, fetch: FetchRecord, cut: list[str] | None = None) -> Article | None:
        """The parser's record of the page (any kind; ``None``: no main text). A parser
        bug gives ``None`` too, logged, counted and recorded on ``fetch`` (outcome
        ``parse-error``): it must not lose the page, nor a story's other pages."""
        self.crawler.stats.inc_value("clippings/pages_parsed")
        try:
            # Parsed in the extraction pool when there is one (crawler.scaling).
            return extracted_article(response, fetch.fetched_at, cut)
        except Exception as exc:  # a parser bug must not lose the page: log, count, record it
            self.logger.error("parse error on %s", response.url, exc_info=True)
            self.crawler.stats.inc_value("clippings/parse_errors")
            fetch.outcome, fetch.reason = "parse-error", describe_parse_error(exc)
            return None

    def parse_page(self, response: TextResponse, fetch: FetchRecord) -> ArticlePage | FetchRecord:
        """The page's record when it is an article, else its fetch row with the kind
        (``listing``, ``page``) or the parser's exception (outcome ``parse-error``)."""
        cut: list[str] = []
        article = self.extract_page(response, fetch, cut)
        if fetch.outcome == "parse-error":
            return fetch
        if article is None:
            # "no main text" (in the part read, when the parser's caps cut the page), "empty body", binary data
            fetch.reason = no_record_reason(response.body, "body", cut)
            if cut:
                self.crawler.stats.inc_value("clippings/no_record_cut")
            return fetch
        fetch.page_kind = article.page_kind
        if article.page_kind != "article":
            fetch.reason = f"{article.page_kind} page"
            self.crawler.stats.inc_value(f"clippings/page_kind/{article.page_kind}")
            return fetch
        if self.too_old(article, fetch):
            return fetch
        fetch.canonical_url = article.canonical_url
        return ArticlePage(article=article, fetch=fetch, raw=self.raw_response(response, fetch.fetched_at))

    def too_old(self, article: Any, fetch: FetchRecord) -> bool:
        """An article published before ``since`` is not stored (whether a sitemap,
        a feed or a link led to it); its fetch says so."""
        published = parse_index_date(article.published) if self.since else None
        if self.since is None or published is None or published >= self.since:
            return False
        fetch.outcome, fetch.canonical_url = "too-old", article.canonical_url
        fetch.reason = f"published {article.published}, before since {self.since:%Y-%m-%d}"
        return True

    def follow(self, urls: Any, response: Response, meta: dict[str, Any] | None = None,
               canonical: bool = False) -> Iterator[Request]:
        """Requests for the links that stay on the seeds' sites, tracking parameters
        dropped; not for links to a seed (fetched already)."""
        for url in urls:
            url = url if canonical else canonicalize_url(url, base=response.url)
            if not self.on_crawl_sites(url) or url in self.seed_urls:
                continue
            yield response.follow(url, callback=self.parse, errback=self.on_error, meta=meta)

    @cached_property
    def retried_failures(self) -> tuple[set[int], tuple[type[BaseException], ...]]:
        """The statuses and exceptions Scrapy's RetryMiddleware retries: failures
        that may pass, fetched again by a crawl that continues this one."""
        settings = self.crawler.settings
        errors = tuple(load_object(name) if isinstance(name, str) else name
                       for name in settings.getlist("RETRY_EXCEPTIONS"))
        return {int(code) for code in settings.getlist("RETRY_HTTP_CODES")}, errors

    def on_error(self, failure: Failure) -> Iterator[FetchRecord | ErrorPage]:
        """Every failed request becomes a FetchRecord with its reason (a 404 / 410
        an :class:`ErrorPage`, which carries the answer for the WARC file too). A
        failure that may pass (:attr:`FetchRecord.retry`) is fetched again by the
        crawl that continues this one."""
        request = failure.request  # type: ignore[attr-defined]
        waiting = self.waiting_story(request)  # (a story's later page: stories.py)
        if waiting is not None:
            yield from self.story_request_failed(failure, *waiting)
            return
        record = FetchRecord(url=request.url, outcome="error", fetched_at=utc_now_iso(),
                             requested=requested_urls(request))
        if failure.check(HttpError):
            response = failure.value.response
            record = self.fetch_record(response, outcome="error")
            record.requested = requested_urls(request)
            # A Retry-After past the crawl's limit: the middleware that gave up says why.
            record.reason = response.meta.get(RETRY_AFTER_REFUSED) or f"HTTP {response.status}"
            record.retry = response.status in self.retried_failures[0]
            if response.status in GONE_STATUSES and not request.meta.get("seed"):
                yield ErrorPage(fetch=record, raw=self.raw_response(response, record.fetched_at))
                return
        elif failure.check(AlreadyArchived):
            self.crawler.stats.inc_value("clippings/skipped_archived")
            return
        elif failure.check(SeedFetchedAlready):  # a redirect to a seed: its chain was answered
            frontier_of(self.crawler).answered(request)
            return
        elif failure.check(PastMaxPages, PastSiteBudget, StoppedBeforeFetch, StoryPageTaken):
            # never fetched: counted by the page limit, the site budget, dropped at a
            # stop, or a story's later page its story fetches; no fetch row
            return
        elif failure.check(UnfollowedRedirect):  # its redirect row names the target: answered
            frontier_of(self.crawler).answered(request, itself=True)
            if request.meta.get("seed"):
                self.seed_errors[request.meta["seed"]] = str(failure.value)
            return
        elif failure.check(RefusedRequest):
            record.outcome, record.reason = failure.value.outcome, str(failure.value)
        elif failure.check(IgnoreRequest) and "robots" in str(failure.value).lower():
            # Scrapy's RobotsTxtMiddleware says so only in its message ("Forbidden by
            # robots.txt", with the status when robots.txt answered 5xx: crawler/robots.py).
            message = str(failure.value)
            record.outcome, record.reason = "robots", message[:1].lower() + message[1:]
        else:
            self.download_failed(failure, record)
        if request.meta.get("seed"):
            self.seed_errors[request.meta["seed"]] = record.reason or "error"
        yield record

    def download_failed(self, failure: Failure, record: FetchRecord) -> None:
        """``record`` of a request whose download failed: the network's or the site's
        failure, this machine's (:meth:`machine_error`), or a bug's (:meth:`unexpected_error`)."""
        record.reason = f"{failure.type.__name__}: {error_text(failure.value)}"
        record.retry = bool(failure.check(*self.retried_failures[1]))
        local = machine_fault(failure.value)
        if local is not None:
            self.machine_error(failure, record, local)
        elif not record.retry and not failure.check(IgnoreRequest, *download_errors()):
            self.unexpected_error(failure, record.url)

    def machine_error(self, failure: Failure, record: FetchRecord, number: int) -> None:
        """A download this machine failed (no file descriptor left, no memory, a
        full disk, a local firewall: :func:`~crawler.download.machine_fault`), not the
        network nor the site: logged as an error and counted
        (``clippings/machine_errors/<EMFILE>``), its row saying so; fetched again by
        the crawl that continues this one. (It was a row among the network's errors.)"""
        self.crawler.stats.inc_value(machine_stat(number))
        words = machine_words(number)
        record.reason = f"failed on this machine, not the site ({words}): {record.reason}"
        record.retry = True
        self.logger.error("the download of %s failed on this machine, not the site (%s): %s", record.url, words,
                          error_text(failure.value))

    def unexpected_error(self, failure: Failure, url: str) -> None:
        """A request failed with an exception that is no failure of the network, the
        server or a refusal of the crawl's (a bug: a middleware's, Clippings' own):
        logged as an error with its traceback and counted
        (``clippings/unexpected_errors/<type>``); its row says it too. (It was a row
        among the network errors, nothing logged.)"""
        name = failure.type.__name__ if failure.type is not None else "Exception"
        self.crawler.stats.inc_value(f"clippings/unexpected_errors/{name}")
        self.logger.error("unexpected %s on %s (a bug in a middleware or in Clippings, not a network failure; "
                          "the page has an error row): %s", name, url, error_text(failure.value),
                          exc_info=failure_to_exc_info(failure))

    # -- records -------------------------------------------------------------

    def fetch_record(self, response: Response, outcome: str) -> FetchRecord:
        latency = response.meta.get("download_latency")
        return FetchRecord(
            url=response.url,
            outcome=outcome,
            status=response.status,
            bytes=len(response.body),
            elapsed_ms=round(latency * 1000, 1) if latency is not None else None,
            fetched_at=utc_now_iso(),
            etag=header(response, "ETag"),
            last_modified=header(response, "Last-Modified"),
            content_type=header(response, "Content-Type"),
            requested=requested_urls(response.request) if response.request is not None else (),
        )

    @staticmethod
    def raw_response(response: Response, fetched_at: str) -> RawResponse:
        headers = [
            (key.decode("latin-1"), value.decode("latin-1"))
            for key, values in response.headers.items()
            for value in values
        ]
        request_headers = [
            (key.decode("latin-1"), value.decode("latin-1"))
            for key, values in response.request.headers.items()
            for value in values
        ] if response.request is not None else []
        return RawResponse(url=response.url, status=response.status, headers=headers,
                           body=response.body, request_headers=request_headers,
                           fetched_at=fetched_at)
