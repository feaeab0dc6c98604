"""Multi-page stories in the crawl: one record per story, its pages joined in order.

:func:`crawler.parsers.story_pages.story_pages` tells a page's place in its story.
The spider (:class:`StoryPagesMixin`, a part of
:class:`~crawler.spiders.articles.ArticleSpider`) then:

- on a story's first page that links a next page: holds the page's record and
  requests the next page (a Scrapy request like any other: robots.txt, the site's
  throttle, the page limit and the site's budget apply), page after page, until a
  page links none, one seen already (a loop), or ``CLIPPINGS_STORY_MAX_PAGES``
  pages; then sends ONE record whose body is the pages' bodies in order (title,
  authors, dates from the first page), ``provenance["pages"]`` the number of
  pages joined and ``provenance["page_urls"]`` their URLs. Each later page has its
  ``fetches`` row (outcome ``later-page``) and its raw answer goes to the crawl's
  WARC file with the first page's;
- a later page that fails (an HTTP error, a network error, robots.txt, no text,
  a redirect off the story, past ``--max-pages``: the request is
  :data:`~crawler.frontier.AWAITED`, so the page limit refuses it to its errback
  instead of the scheduler setting it aside) ends the story there: it is stored
  with the pages it has, ``provenance["pages_missing"]`` names the page and why,
  the page's row says why, and ``clippings/story_pages_failed`` counts it (the
  archive keeps a version with all its pages as the latest: archive/writer.py);
- a first page whose later pages this crawl does not join (``CLIPPINGS_STORY_MAX_PAGES=1``,
  ``CLIPPINGS_STORY_MAX_HELD`` stories held already: logged and counted as
  ``clippings/stories_not_held``) is stored alone, ``pages_missing`` saying so;
- a distributed worker (whose requests go through the crawl's shared queue, which
  keeps no story being joined) fetches a story's later pages itself, in the first
  page's callback (:meth:`StoryPagesMixin.story_here`: Scrapy's
  ``engine.download_async``, through the downloader middlewares: robots.txt, the
  site's throttle and budget and ``--max-pages`` shared by all workers), and hands
  the joined record over with the first page's lease: a worker that dies mid-story
  hands over nothing, and the worker that takes the lease next fetches the story again;
- at a stop, a later page's request still in the scheduler is dropped with the
  others: its first page, held, has no row yet and stays ``pending`` in the
  crawl's frontier, so the crawl that continues this one fetches the story again;
- a later page reached on its own (a listing links page 2): no record of its own;
  its row (outcome ``later-page``) names its story's first page, which is
  requested (the duplicate filter drops it when it was already);
- each later page is fetched once when a listing links it too: the story takes the
  page read on its own already (:attr:`StoryPagesMixin.later_pages_read`), or waits
  for the listing's request in flight (:attr:`StoryPagesMixin.stories_waiting`; one
  that never comes back to the spider is asked for again when the crawl is idle), and
  once the story asked for a page, the listing's request for it is not sent
  (:class:`~crawler.middlewares.stories.StoryPageTakenMiddleware`); each counted as
  ``clippings/story_pages_read_once``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.exceptions import StoppedBeforeFetch
from crawler.frontier import AWAITED, requested_urls
from crawler.items import Article, ArticlePage, ErrorPage, FetchRecord, RawResponse, content_hash
from crawler.parsers.story_pages import StoryPages
from crawler.scaling import story_place
from crawler.urls import canonicalize_url

STORY = "clippings_story"
"""Request meta key: the :class:`StoryChain` a request fetches the next page of."""


@dataclass(kw_only=True)
class StoryChain:
    """A story being fetched: its first page's record and the later pages so far."""

    first: ArticlePage
    later: list[Article] = field(default_factory=list)
    raws: list[RawResponse] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    """Every page's URL requested so far, the first page's first (loop detection)."""
    depth: int = 0
    """The first page's link depth: its later pages' (``--depth`` counts a story as one page)."""
    lease: str | None = None
    """(A distributed worker's) the first page's lease: what its later pages' fetches
    owe (a redirect's row) goes with the story, in that lease's commit."""

    @property
    def next_number(self) -> int:
        return len(self.later) + 2


def joined_story(chain: StoryChain, missing: str | None = None) -> ArticlePage:
    """The first page's record with the later pages' text appended in order."""
    first = chain.first
    if not chain.later and missing is None:
        return first
    article = first.article
    blocks = [*article.body_blocks, *(b for page in chain.later for b in page.body_blocks)]
    body = "\n\n".join(text for text in (article.body, *(page.body for page in chain.later)) if text)
    seen = {image.url for image in article.images}
    images = list(article.images)
    for image in (image for page in chain.later for image in page.images):
        if image.url not in seen:
            seen.add(image.url)
            images.append(image)
    pages = 1 + len(chain.later)
    provenance = dict(article.provenance, pages=str(pages),
                      page_urls=" ".join([article.url, *(page.url for page in chain.later)]))
    if missing:
        provenance["pages_missing"] = missing
    joined = replace(article, body=body, body_blocks=blocks, images=images, provenance=provenance,
                     word_count=sum(page.word_count for page in (article, *chain.later)),
                     content_hash=content_hash(article.title, body))
    note = "; ".join(filter(None, (f"{pages} pages joined" if pages > 1 else None,
                                    f"{missing}, not joined" if missing else None)))
    fetch = replace(first.fetch, reason="; ".join(filter(None, (first.fetch.reason, note))))
    return ArticlePage(article=joined, fetch=fetch, raw=first.raw, later_raw=list(chain.raws),
                       first_page_blocks=len(article.body_blocks))


def kept_size(record: ArticlePage) -> int:
    """What a page kept for its story holds, about: its raw answer's bytes and its text."""
    return (len(record.raw.body) if record.raw is not None else 0) + len(record.article.body)


class StoryPagesMixin:
    """The spider's part for multi-page stories (module docstring)."""

    crawler: Any
    logger: Any

    # ArticleSpider's: fetch_record, extract_page, on_error, page_requests, follow, raw_response.
    fetch_record: Any
    extract_page: Any
    on_error: Any
    page_requests: Any
    follow: Any
    raw_response: Any

    #: Stories whose first page is held while their later pages are fetched (at most
    #: :attr:`story_max_held`; past it a story is stored from its first page at once).
    stories_held = 0

    @cached_property
    def story_pages_taken(self) -> dict[str, None]:
        """The later pages (canonical URLs) a story has requested or taken from
        :attr:`later_pages_read`: the crawl's own request for one (a listing's link to
        page 2) is not sent (:class:`~crawler.middlewares.stories.StoryPageTakenMiddleware`).
        Bounded (:meth:`take_story_page`): a page leaves it when such a request is
        refused (the duplicate filter has that request's URL from then on), and past
        ``CLIPPINGS_STORY_TAKEN_MAX`` pages the oldest are let go (it grew by every
        later page of the crawl, for good)."""
        return {}

    def take_story_page(self, key: str) -> None:
        """A story asks for (or takes) the later page ``key``: the crawl's own request
        for it is not sent from now on (:attr:`story_pages_taken`); the oldest page
        past ``CLIPPINGS_STORY_TAKEN_MAX`` is let go (a listing linking it later, and
        none before, has it fetched again)."""
        taken = self.story_pages_taken
        taken.pop(key, None)
        taken[key] = None
        most = max(self.crawler.settings.getint("CLIPPINGS_STORY_TAKEN_MAX", 100_000), 1)
        while len(taken) > most:
            taken.pop(next(iter(taken)))

    #: Whether a story waits for a request of the crawl's own for its next page that
    #: is in flight (a listing's) instead of fetching the page again: a distributed
    #: worker fetches its stories' pages in one callback (:meth:`story_here`) and does not.
    waits_for_pages_in_flight = True

    @cached_property
    def pages_in_flight(self) -> set[str]:
        """The crawl's page requests (canonical URLs) sent and not yet answered to the
        spider: :class:`~crawler.middlewares.stories.StoryPageTakenMiddleware` adds,
        :meth:`waiting_story` takes out."""
        return set()

    @cached_property
    def stories_waiting(self) -> dict[str, tuple[StoryChain, str]]:
        """The stories waiting for their next page from a request in flight (by its
        canonical URL): the chain and the page's URL as the story links it."""
        return {}

    def waiting_story(self, request: Request | None) -> tuple[StoryChain, str] | None:
        """The story waiting for ``request``'s page, taken (none: None); the request is
        no longer in flight."""
        flying = self.pages_in_flight
        if request is None or not flying:
            return None
        keys = {canonicalize_url(url) for url in requested_urls(request)}
        flying.difference_update(keys)
        waiting = self.stories_waiting
        return next((waiting.pop(key) for key in keys if key in waiting), None)

    def story_page_in_flight(self, response: Response, chain: StoryChain, url: str) -> Iterator[Any]:
        """The answer to a request in flight (a listing's) that a story waited for: its
        page, joined as the story's own request's answer would be."""
        if response.status == 304:  # asked with validators: the story asks for the page whole
            yield self.fetch_record(response, outcome="unchanged")
            yield self.next_page_request(chain, url)
            return
        chain.urls.append(url)
        response.meta[STORY] = chain
        yield from self.parse_story_page(response)

    def story_request_failed(self, failure: Failure, chain: StoryChain, url: str) -> Iterator[Any]:
        """A request in flight that a story waited for failed: as the story's own would."""
        chain.urls.append(url)
        failure.request.meta[STORY] = chain  # type: ignore[attr-defined]
        yield from self.story_page_failed(failure)

    def stories_unanswered(self) -> list[Request]:
        """(The crawl idle) the stories still waiting for a request in flight, which
        never came back to the spider: their own requests for the page."""
        waiting = list(self.stories_waiting.values())
        self.stories_waiting.clear()
        self.pages_in_flight.clear()
        return [self.next_page_request(chain, url) for chain, url in waiting]

    @cached_property
    def later_pages_read(self) -> dict[str, tuple[ArticlePage, StoryPages]]:
        """Later pages reached on their own (a listing linked page 2), read, by canonical
        URL, for their story to take instead of fetching them again (at most
        :attr:`story_max_held` and ``CLIPPINGS_STORY_KEPT_BYTES``, the oldest let go
        first: :meth:`keep_later_page`)."""
        return {}

    @property
    def story_max_held(self) -> int:
        return self.crawler.settings.getint("CLIPPINGS_STORY_MAX_HELD", 64)

    @property
    def allowed_statuses(self) -> list[int]:
        """The statuses besides 2xx that reach a callback (``HTTPERROR_ALLOWED_CODES``)."""
        return [int(code) for code in self.crawler.settings.getlist("HTTPERROR_ALLOWED_CODES")]

    @property
    def story_max_pages(self) -> int:
        return self.crawler.settings.getint("CLIPPINGS_STORY_MAX_PAGES", 20)

    def story_place(self, record: ArticlePage | FetchRecord, response: Response) -> StoryPages:
        """An article's place in its story (none for other pages)."""
        if not isinstance(record, ArticlePage) or not isinstance(response, TextResponse):
            return StoryPages()
        return story_place(response)  # read in the pool when there is one

    def story_record(self, record: ArticlePage | FetchRecord, response: TextResponse,
                     pages: StoryPages) -> Iterator[Any]:
        """A page's record as a story's page (``pages``: its place): the record itself (a
        story of one page), a ``later-page`` row and a request for the first page (a
        later page reached on its own), or the request for the next page (a first
        page, held until its story ends)."""
        if not isinstance(record, ArticlePage):
            yield record
        elif pages.page > 1 and pages.first_url:
            yield from self.later_page_alone(record, pages, response)
        elif pages.next_url and self.story_max_pages > 1 and self.stories_held < self.story_max_held:
            chain = StoryChain(first=record, urls=[response.url], depth=response.meta.get("depth", 0))
            self.stories_held += 1
            yield from self.next_page(chain, pages.next_url)
        else:
            if pages.next_url:  # not joined here: it says so, and the archive keeps a version
                # with all its pages (before, page 1 alone was a new version)
                record.article.provenance["pages_missing"] = f"page 2 ({pages.next_url}): not joined " + (
                    self.not_joined_why(record.article.url))
            yield record

    def not_joined_why(self, url: str) -> str:
        """Why a first page's later pages are not joined here (``CLIPPINGS_STORY_MAX_PAGES=1``,
        or ``CLIPPINGS_STORY_MAX_HELD`` stories held already)."""
        if self.story_max_pages <= 1:
            return "(CLIPPINGS_STORY_MAX_PAGES=1)"
        self.crawler.stats.inc_value("clippings/stories_not_held")
        self.logger.warning("story %s: CLIPPINGS_STORY_MAX_HELD=%d stories held already; stored from its "
                            "first page alone", url, self.story_max_held)
        return f"({self.story_max_held} stories held already: CLIPPINGS_STORY_MAX_HELD)"

    def later_page_alone(self, record: ArticlePage, pages: StoryPages, response: TextResponse) -> Iterator[Any]:
        """A later page reached on its own: its ``later-page`` row, requests for its
        links (but its story's pages) and its story's first page, and the page kept for
        the story (:attr:`later_pages_read`)."""
        self.crawler.stats.inc_value("clippings/later_pages_alone")
        assert pages.first_url is not None
        fetch = record.fetch
        if self.story_max_pages > 1:
            self.keep_later_page(canonicalize_url(response.url), record, pages)
        if self.crawler.settings.getbool("CLIPPINGS_FOLLOW_LINKS", True):
            # its links as a story's later page's (the story takes the page without fetching it)
            yield from self.page_requests(response, story=response.url)
            yield from self.follow([pages.first_url], response)
        fetch.outcome, fetch.canonical_url = "later-page", pages.first_url
        fetch.reason = f"page {pages.page} of the story at {pages.first_url}: stored in its first page's record"
        yield fetch

    def keep_later_page(self, key: str, record: ArticlePage, pages: StoryPages) -> None:
        """A later page read on its own kept for its story (:attr:`later_pages_read`):
        at most :attr:`story_max_held` pages and ``CLIPPINGS_STORY_KEPT_BYTES`` of their
        raw answers and texts, the oldest let go first (the story fetches one let go
        again); a page larger than the whole is not kept. (By count alone, 64 pages of
        up to ``DOWNLOAD_MAXSIZE`` were gigabytes.)"""
        budget = self.crawler.settings.getint("CLIPPINGS_STORY_KEPT_BYTES", 64 * 1024 * 1024)
        read = self.later_pages_read
        if kept_size(record) > budget:
            return
        read[key] = (record, pages)
        while len(read) > max(self.story_max_held, 1) or sum(kept_size(kept) for kept, _ in read.values()) > budget:
            read.pop(next(iter(read)))

    def next_page(self, chain: StoryChain, url: str) -> Iterator[Any]:
        """The story's next page at ``url``: taken from :attr:`later_pages_read` when it
        was read already (a listing linked it: its row is written; not fetched again),
        waited for when a request of the crawl's own for it is in flight
        (:attr:`stories_waiting`), else requested (:meth:`next_page_request`); no
        request of the crawl's own for it is sent from now on (:attr:`story_pages_taken`)."""
        key = canonicalize_url(url)
        self.take_story_page(key)
        read = self.later_pages_read.pop(key, None)
        if read is None or read[1].page != chain.next_number:
            if self.waits_for_pages_in_flight and key in self.pages_in_flight and key not in self.stories_waiting:
                self.stories_waiting[key] = (chain, url)  # (story_page_in_flight, story_request_failed)
                self.crawler.stats.inc_value("clippings/story_pages_read_once")
            else:
                yield self.next_page_request(chain, url)
            return
        chain.urls.append(url)
        record, pages = read
        self.crawler.stats.inc_value("clippings/story_pages_read_once")
        yield from self.story_continues(chain, record.article, pages, record.raw)

    def next_page_request(self, chain: StoryChain, url: str) -> Request:
        chain.urls.append(url)
        # Around the duplicate filter (a listing may have linked the page first); the
        # chain's own URLs stop a loop. Ahead of other pages: the story is held meanwhile.
        # Depth reset: Scrapy's DepthMiddleware dropped a later page one link past
        # ``--depth`` unanswered, and the held first page was lost; parse_story_page
        # gives its links the first page's depth again.
        # Awaited: past the page limit it is refused to story_page_failed, which stores
        # the story with the pages it has (the scheduler set it aside unanswered, and the
        # held first page was lost).
        return Request(url, callback=self.parse_story_page, errback=self.story_page_failed,
                       meta={STORY: chain, AWAITED: True, "depth_reset": True}, dont_filter=True, priority=10)

    async def story_here(self, request: Request) -> AsyncIterator[Any]:
        """What a story's later pages give (their rows and links, then the joined
        record), fetched here from ``request`` (:meth:`next_page_request`'s for page 2)
        on: a distributed worker's, whose requests otherwise go through the crawl's
        shared queue, which keeps no story. Each page is fetched with Scrapy's
        ``engine.download_async`` (its downloader middlewares apply: robots.txt, the
        site's throttle, budget and ``--max-pages``, retries and redirects), then read
        as :meth:`parse_story_page` reads it, or its failure as
        :meth:`story_page_failed` reads one. :class:`StoppedBeforeFetch` (a stop, the
        page waiting for its site) is raised: the caller gives the first page back."""
        page: Request | None = request
        while page is not None:
            self.story_page_asked(page)
            try:
                response = await self.crawler.engine.download_async(page)
                if not (200 <= response.status < 300 or response.status in self.allowed_statuses):
                    # (what Scrapy's HttpErrorMiddleware, a spider middleware, raises on the way to a callback)
                    raise HttpError(response, "Ignoring non-200 response")
            except StoppedBeforeFetch:
                raise
            except Exception:  # (the page's row, the story stored; a bug's logged with its traceback: on_error)
                # Any failure is the page's row and ends the story, as an errback's: on_error
                # logs an exception that is no network failure (a bug) as an error with its
                # traceback, and counts it. Not narrowed to the network's failures: a bug's
                # exception would leave this callback, and the story's held first page and
                # this page's row were lost with it.
                failure = Failure()  # (with the traceback)
                failure.request = page  # type: ignore[attr-defined]  # (as Scrapy gives an errback)
                outputs = self.story_page_failed(failure)
            else:
                outputs = self.parse_story_page(response)
            page = None
            for output in outputs:
                if isinstance(output, Request) and STORY in output.meta:
                    page = output  # the next page
                else:
                    yield output

    def story_page_taken(self, key: str) -> bool:
        """Whether a story has asked for the later page ``key`` (a canonical URL):
        the crawl's own request for it is not sent
        (:class:`~crawler.middlewares.stories.StoryPageTakenMiddleware`). Asked once
        per such request, which came through the duplicate filter: that filter drops
        any other for the page, so the page leaves :attr:`story_pages_taken`."""
        taken = self.story_pages_taken
        if key not in taken:
            return False
        del taken[key]
        return True

    def story_page_asked(self, request: Request) -> None:
        """(:meth:`story_here`) a story's later page about to be fetched: a distributed
        worker marks it seen in the crawl's shared queue."""

    def parse_story_page(self, response: Response) -> Iterator[Any]:
        """A later page of a story being fetched: joined, then the next page or the story."""
        chain: StoryChain = response.meta[STORY]
        response.meta["depth"] = chain.depth  # (its links: one deeper than the story, as page 1's)
        fetch = self.fetch_record(response, outcome="later-page")
        fetch.canonical_url = chain.first.article.canonical_url
        number = chain.next_number
        article, pages, why = self.story_page_article(response, fetch, number)
        if article is None or pages is None:
            fetch.outcome = "parse-error" if fetch.outcome == "parse-error" else "error"
            fetch.reason = f"page {number} of {chain.first.article.url}: {why}"
            yield from self.story_ended(chain, [fetch], f"page {number} ({response.url}): {why}")
            return
        assert isinstance(response, TextResponse)
        if self.crawler.settings.getbool("CLIPPINGS_FOLLOW_LINKS", True):
            yield from self.page_requests(response, story=response.url)
        fetch.page_kind = article.page_kind
        fetch.reason = f"page {number} of the story at {chain.first.article.url}: joined into its record"
        yield fetch
        yield from self.story_continues(chain, article, pages, self.raw_response(response, fetch.fetched_at))

    def story_continues(self, chain: StoryChain, article: Article, pages: StoryPages,
                        raw: RawResponse | None) -> Iterator[Any]:
        """A later page read (``pages``: its place) joined: then the next page, or the story."""
        chain.later.append(article)
        if raw is not None:
            chain.raws.append(raw)
        self.crawler.stats.inc_value("clippings/story_pages_joined")
        next_url = pages.next_url
        if next_url and next_url not in chain.urls and len(chain.urls) < self.story_max_pages:
            yield from self.next_page(chain, next_url)
            return
        if next_url and len(chain.urls) >= self.story_max_pages:
            self.crawler.stats.inc_value("clippings/story_pages_cut")
            self.logger.warning("%s: more than CLIPPINGS_STORY_MAX_PAGES=%d pages; the first %d joined",
                                chain.first.article.url, self.story_max_pages, len(chain.urls))
        yield self.story_done(chain)

    def story_page_article(self, response: Response, fetch: FetchRecord,
                           number: int) -> tuple[Article | None, StoryPages | None, str]:
        """(the page's record, its place, "") for a later page whose text was read; else why not."""
        if response.status != 200 or not isinstance(response, TextResponse):
            return None, None, f"HTTP {response.status} ({fetch.content_type or 'no content type'}), no page to join"
        pages = story_place(response)
        if response.meta.get("redirect_urls") and pages.page != number:
            return None, None, f"redirected to {response.url}, no page {number} of the story"
        # Any kind of page: a story's last page may be too short to read as an article on its own.
        article = self.extract_page(response, fetch)
        if fetch.outcome == "parse-error":
            return None, None, f"parse error: {fetch.reason}"
        if article is None or not article.body:
            return None, None, "no text"
        return article, pages, ""

    def story_page_failed(self, failure: Failure) -> Iterator[Any]:
        """A later page that failed: its row says why; the story is stored with the pages it has."""
        chain: StoryChain = failure.request.meta[STORY]  # type: ignore[attr-defined]
        rows = list(self.on_error(failure))
        fetches = [row.fetch if isinstance(row, ErrorPage) else row for row in rows]
        why = next((row.reason for row in fetches if row.reason), None) or failure.getErrorMessage()
        number = chain.next_number
        for row in fetches:
            row.reason = f"{row.reason or 'error'}; page {number} of the story at {chain.first.article.url}"
        yield from self.story_ended(chain, rows, f"page {number} ({failure.request.url}): {why}")  # type: ignore[attr-defined]

    def story_ended(self, chain: StoryChain, rows: list[Any], missing: str) -> Iterator[Any]:
        self.crawler.stats.inc_value("clippings/story_pages_failed")
        self.logger.warning("story %s: %s; stored with %d page(s)", chain.first.article.url, missing,
                            1 + len(chain.later))
        yield from rows
        yield self.story_done(chain, missing)

    def story_done(self, chain: StoryChain, missing: str | None = None) -> ArticlePage:
        self.stories_held -= 1
        if chain.later:
            self.crawler.stats.inc_value("clippings/stories_joined")
        return joined_story(chain, missing)
