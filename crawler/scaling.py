"""Every core on one machine: article extraction in worker processes.

``parse_article`` is pure CPU work (lxml, scoring, dates): run on the reactor
thread it bounds a crawl to one core. :class:`ExtractionPoolMiddleware` is a
downloader middleware that hands each HTML answer to a
``concurrent.futures.ProcessPoolExecutor`` and awaits the result (an asyncio
future on Scrapy's asyncio reactor), so the reactor keeps downloading while the
pool parses. The spider then takes the finished record from the request's meta
(:func:`extracted_article`) instead of parsing itself, and the page's links
(:func:`page_links`) instead of extracting them; both are what the same
functions give in process.

Back-pressure: a response waiting for the pool stays in the downloader's active
set, so at most ``CONCURRENT_REQUESTS`` pages (and their bodies) wait at once.

Setting ``CLIPPINGS_PROCESSES``: number of pool processes (``clippings crawl
--processes N``; default: the machine's cores; 0 parses on the reactor thread).
"""

from __future__ import annotations

import asyncio
import codecs
import itertools
import logging
import multiprocessing
import os
import re
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from charset_normalizer import from_bytes
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawler import parsers
from crawler.items import Article, utc_now_iso
from crawler.parsers.story_pages import StoryPages, story_pages
from crawler.urls import canonicalize_url

logger = logging.getLogger(__name__)

EXTRACTED = "clippings_extracted"
"""Request meta key: ``(article or None, exception or None, the parser's caps that cut the page)`` from the pool."""
EXTRACTED_LINKS = "clippings_extracted_links"
"""Request meta key: the page's canonical links and whether the page was cut for them, from the pool."""
EXTRACTED_PAGES = "clippings_extracted_pages"
"""Request meta key: an article's place in its multi-page story (a StoryPages), from the pool."""
HTML_TYPES = (b"text/html", b"application/xhtml")


def default_processes() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def link_extractor() -> LinkExtractor:
    """Scrapy's LinkExtractor as the crawl reads a page's links: ``<a>`` and ``<area>``
    ``href``, and a ``<frameset>``'s ``<frame src>`` (an early-2000s site's every page is
    reached through its frames; an ``<iframe>``'s widget or ad is not followed)."""
    return LinkExtractor(tags=("a", "area", "frame"), attrs=("href", "src"), unique=True, canonicalize=False)


_LINKS = link_extractor()


def watch_parent(parent: int) -> None:
    """Pool process initializer: end this process when the crawl's process is gone.

    A pool process is a child of the fork server, not of the crawl, and waits on
    its task queue, whose pipe it holds both ends of: killed with ``kill -9``,
    the crawl would leave its pool (and the fork server) behind for ever.
    """

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:  # the PID was reused by another user's process
                os._exit(0)

    threading.Thread(target=watch, name="watch-crawl-process", daemon=True).start()


def extract(body: bytes, url: str, fetched_at: str, encoding: str | None,
            max_links: int = 0) -> tuple[Article | None, list[str], tuple[list[str], bool], StoryPages | None]:
    """What a pool process runs (picklable, top level): ``parse_article`` (and the
    caps that cut the page), the page's links as the spider follows them
    (:func:`page_links`: Scrapy's LinkExtractor, then
    :func:`crawler.urls.canonicalize_url`) and an article's place in its story
    (:func:`story_place`), so none of these parses happens on the reactor."""
    cut: list[str] = []
    article = parsers.parse_article(body, url, fetched_at=fetched_at, encoding=encoding, cut=cut)
    response = HtmlResponse(url=url, body=body, encoding=encoding or "utf-8")
    links = page_links(response, max_links=max_links)
    pages = story_pages(response.text, url) if article is not None and article.page_kind == "article" else None
    _release_selector(response)
    return article, cut, links, pages


# The single-byte codecs of Latin alphabets a guess from the bytes alone may name for an
# undeclared page: Central European, Baltic, Turkish and the ISO forms of Western (Python's names)
_LATIN_GUESSES = re.compile(r"^(?:cp125[0247]|iso8859_(?:[1-4]|9|1[03-6])|mac_(?:latin2|roman|iceland)|hp_roman8)$")
# Western guesses the parser's own Windows-1252 replaces whatever the measures say: itself and
# its subset, and the old Mac and HP Roman code pages no web page is written in, which
# charset-normalizer may name for an undeclared Finnish page's Latin-1 ("Äänestys" read as "ƒ‰nestys")
_WESTERN = frozenset({"cp1252", "iso8859_1", "mac_roman", "mac_iceland", "hp_roman8"})


def page_encoding(response: TextResponse) -> str | None:
    """The encoding the parser is told a page is in: the one the page or its server declares
    (Content-Type, ``<meta>``, BOM), else Scrapy's guess from the bytes unless that guess is
    a Latin alphabet's code page that reads the page no better than Windows-1252 does
    (:func:`_western_reads_as_well`): for an undeclared Western page (an old Swedish paper's
    Latin-1 with no charset anywhere) charset-normalizer may guess Central European cp1250,
    which reads "Åkesson" as "Ĺkesson", where the parser's own fallback after UTF-8 is
    Windows-1252, a browser's default for such pages. An undeclared Polish or Turkish page
    keeps its guess ("Rząd", not "Rz¹d"), and so does a guess of another script (Cyrillic,
    Greek, CJK): the Western fallback would garble the whole page."""
    declared = getattr(response, "_declared_encoding", None)  # (Scrapy's own test of a declaration)
    guessed = response.encoding
    if declared is None or declared() or guessed is None:
        return guessed
    codec = codecs.lookup(guessed).name.replace("-", "_")
    if not _LATIN_GUESSES.match(codec):
        return guessed
    return None if _western_reads_as_well(response.body, codec) else guessed


def _western_reads_as_well(body: bytes, codec: str) -> bool:
    """Whether Windows-1252 reads ``body`` as well as the Latin code page ``codec`` guessed
    for it, by charset-normalizer's own measures (Scrapy's guesser: no more mess, no less
    coherence), and the text so read is in a language Windows-1252 writes
    (:data:`_WESTERN_LANGUAGES`). A Swedish page's Latin-1 measures the same as cp1250
    (the guesser took the first of the tie); Polish in cp1250 read as Windows-1252 has
    symbols inside its words ("Rz¹d"), Turkish in cp1254 reads less like Turkish, and a
    Hungarian page's cp1250 ties but reads as Hungarian ("ő", not "õ")."""
    if codec in _WESTERN:
        return True
    try:
        body.decode("cp1252")
    except UnicodeDecodeError:
        return False  # (bytes Windows-1252 has no letter for)
    matches = from_bytes(body, cp_isolation=[codec, "cp1252"])
    best = matches.best()
    western = next((m for m in matches if "cp1252" in m.could_be_from_charset), None)
    return best is None or (western is not None and western.chaos <= best.chaos
                            and western.coherence >= best.coherence
                            and best.language.rstrip("—") in _WESTERN_LANGUAGES)


# The languages of charset-normalizer's that Windows-1252 writes (the others of its Latin
# alphabets, Polish, Czech, Hungarian, Romanian, Turkish, Lithuanian ..., have code pages of their own)
_WESTERN_LANGUAGES = frozenset({"Danish", "Dutch", "English", "Finnish", "French", "German", "Indonesian",
                                "Italian", "Norwegian", "Portuguese", "Spanish", "Swedish"})


def story_place(response: TextResponse) -> StoryPages:
    """The page's place in its multi-page story: the pool's when it read this response
    (an article's), else read here."""
    done = response.meta.pop(EXTRACTED_PAGES, None) if response.request is not None else None
    return done if done is not None else story_pages(response.text, response.url)


def _release_selector(response: TextResponse) -> None:
    """Drop the Selector a response made here caches: it refers back to the response,
    a reference cycle holding the page's lxml tree (the link extractor's parse) until
    the cyclic garbage collector's next scan; without it, reference counting frees
    both when the response is dropped."""
    response._cached_selector = None


# The start of a link tag, as the LinkExtractor reads links from (``<a>``, ``<area>``,
# ``<frame>``). Counted in the page's text as it is: a tag in a comment or a script counts too.
_LINK_TAG = re.compile(r"<(?:a|area|frame)[\s/>]", re.IGNORECASE)


def page_links(response: TextResponse, extractor: LinkExtractor = _LINKS,
               max_links: int = 0) -> tuple[list[str], bool]:
    """The page's links, canonical, and whether the page was cut for them: the pool's
    when it read this response, else read here.

    Only the links of its first ``max_links`` link tags are read (0: all): Scrapy's
    LinkExtractor costs about 90 µs a link, so the million links of a 23 MB page took
    98 s and 1.1 GB in a pool process, only for the spider to follow the first
    ``CLIPPINGS_PAGE_MAX_LINKS`` of them. The page is read as if its download had
    stopped at its ``max_links + 1``-th link tag."""
    done = response.meta.pop(EXTRACTED_LINKS, None) if response.request is not None else None
    if done is not None:
        return done
    cut = _cut_at_link_tag(response, max_links) if max_links else None
    links = [canonicalize_url(link.url, base=response.url) for link in extractor.extract_links(response if cut is None else cut)]
    if cut is not None:
        _release_selector(cut)
    return links, cut is not None


def _cut_at_link_tag(response: TextResponse, max_links: int) -> TextResponse | None:
    """``response`` up to its ``max_links + 1``-th link tag, in its own encoding (a
    character it cannot hold, a replacement character, as a character reference);
    None when it has no more link tags than that."""
    text = response.text
    past = next(itertools.islice(_LINK_TAG.finditer(text), max_links, None), None)
    if past is None:
        return None
    body = text[:past.start()].encode(response.encoding, errors="xmlcharrefreplace")
    cut = response.replace(body=body, encoding=response.encoding)
    assert isinstance(cut, TextResponse)
    return cut


def extracted_article(response: Response, fetched_at: str, cut: list[str] | None = None) -> Article | None:
    """The page's record: the pool's when it parsed this response, else parsed here;
    ``cut`` receives the parser's caps that cut the page.

    An exception the parser raised in the pool is raised again here, so the
    spider records it the same way as one raised in process.
    """
    done = response.meta.pop(EXTRACTED, None) if response.request is not None else None
    if done is None:
        encoding = page_encoding(response) if isinstance(response, TextResponse) else None
        return parsers.parse_article(response.body, response.url, fetched_at=fetched_at, encoding=encoding,
                                     cut=cut)
    article, error, page_cut = done
    if error is not None:
        raise error
    if cut is not None:
        cut.extend(page_cut)
    if article is not None:
        article.fetched_at = fetched_at  # the spider's fetch time, as when parsed in process
    return article


def is_html(response: Response) -> bool:
    content_type = (response.headers.get("Content-Type") or b"").lower()
    return response.status == 200 and isinstance(response, TextResponse) and content_type.startswith(HTML_TYPES)


class ExtractionPoolMiddleware:
    """Parse HTML answers in a process pool before they reach the spider."""

    def __init__(self, crawler: Crawler, processes: int) -> None:
        self.crawler = crawler
        self.processes = processes
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPoolMiddleware:
        processes = crawler.settings.getint("CLIPPINGS_PROCESSES", -1)
        if processes < 0:
            processes = default_processes()
        if processes == 0:
            raise NotConfigured("CLIPPINGS_PROCESSES is 0: parsing on the reactor thread")
        middleware = cls(crawler, processes)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def start_pool(self) -> ProcessPoolExecutor:
        # forkserver: the pool's processes are not forks of this threaded reactor
        # process; they import the parsers, and this module with Scrapy (the task,
        # :func:`extract`, is this module's), once, in the fork server: each pool
        # process imported Scrapy again (0.3 CPU-s each).
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["crawler.parsers.article", "crawler.scaling"])
        self.pool = ProcessPoolExecutor(self.processes, mp_context=context,
                                        initializer=watch_parent, initargs=(os.getpid(),))
        if self.crawler.stats:
            self.crawler.stats.set_value("clippings/extraction_processes", self.processes)
        return self.pool

    async def process_response(self, request: Request, response: Response) -> Response:
        if not is_html(response):
            return response
        pool = self.pool or self.start_pool()
        encoding = page_encoding(response) if isinstance(response, TextResponse) else None
        max_links = self.crawler.settings.getint("CLIPPINGS_PAGE_MAX_LINKS")
        try:
            future = pool.submit(extract, response.body, response.url, utc_now_iso(), encoding, max_links)
            article, cut, links, pages = await asyncio.wrap_future(future)
        except BrokenProcessPool as exc:
            # A pool process died (killed, out of memory): parse this page in
            # process, start a new pool for the next ones; counted and logged.
            # (``submit`` raises it too, when the pool broke between two pages:
            # it was outside, and every page after failed, the pool never started again.)
            logger.error("extraction pool broken (%s): parsing %s in process", exc, response.url)
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/extraction_pool_broken")
            if self.pool is pool:  # (not a new one, started by a page that failed first)
                self.pool = None
            pool.shutdown(wait=False, cancel_futures=True)
            return response
        except Exception as exc:  # the parser's own error: the spider records it
            request.meta[EXTRACTED] = (None, exc, [])
        else:
            request.meta[EXTRACTED] = (article, None, cut)
            request.meta[EXTRACTED_LINKS] = links
            if pages is not None:
                request.meta[EXTRACTED_PAGES] = pages
        return response

    def spider_closed(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
