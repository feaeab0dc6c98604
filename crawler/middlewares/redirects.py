"""RedirectLogMiddleware: a ``fetches`` row for every redirect answered.

Scrapy's RedirectMiddleware follows a redirect by scheduling its target, and the
duplicate filter may drop that target when it was already crawled, so the
spider never hears of the redirect. This downloader middleware sits just
outside RedirectMiddleware (priority 650 > 600: it sees responses first) and
announces each 3xx answer with the ``fetch_observed`` signal (the archive
pipeline records it), so no fetched URL goes unrecorded. A redirect to a URL
that is not http(s), to one longer than ``URLLENGTH_LIMIT`` (dropped, as a link
that long is, and counted with them: ``clippings/links_too_long``), or to one
with a user name or password in it (``http://user:secret@host/``), is not
followed: its row says so (the password masked: ``user:***@host``), and the
request ends there. A page whose
``<meta http-equiv="refresh">`` Scrapy's MetaRefreshMiddleware follows (it hands
on the target instead of the page) is announced the same way.

:class:`SeedRedirectMiddleware` drops a redirect's target that is one of the
crawl's seeds: seeds are requested around the duplicate filter (``dont_filter``,
which their redirects inherit), so the filter has not seen them, and a page
redirected to the home page fetched the seed again.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.etree
import lxml.html
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.response import get_base_url, get_meta_refresh
from w3lib.url import safe_url_string

from crawler.exceptions import SeedFetchedAlready, UnfollowedRedirect
from crawler.items import FetchRecord, utc_now_iso
from crawler.middlewares.guards import is_crawl_request
from crawler.signals import fetch_observed, page_unfetched
from crawler.urls import canonicalize_url, has_userinfo, ipv4_problem, masked

logger = logging.getLogger(__name__)

#: The answers Scrapy's RedirectMiddleware follows, given a Location header. Another
#: (a 300 Multiple Choices, a 3xx with no Location) is handed on to the spider, an
#: ``error`` row "HTTP 300": it is no redirect the crawl followed.
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
NOT_FOLLOWED = "not followed: not an http(s) URL"
WITH_CREDENTIALS = "not followed: a URL with a user name or password"
#: The start of the reason of a redirect not followed for its target's length.
TOO_LONG = "not followed: longer than URLLENGTH_LIMIT"


def unfollowed(target: str, max_length: int = 0) -> str | None:
    """Why the crawl does not follow a redirect to ``target``, or None: a URL that
    is not http(s), one with user info (``http://user:secret@host/``: the crawl
    sends no credentials, and Twisted failed on it with "invalid hostname"), one
    ``urlsplit`` cannot read (a port past 65535 or not a number, an unclosed
    ``[``: Scrapy's redirect failed on it, an ``error`` row "ValueError: Port out
    of range 0-65535" beside the redirect's own), or one longer than
    ``max_length`` (``URLLENGTH_LIMIT``; 0: no limit) once escaped as Scrapy's
    request would have it: a link that long is dropped (Scrapy's
    UrlLengthMiddleware), and its target was fetched."""
    if not target.lower().startswith(("http://", "https://")):
        return NOT_FOLLOWED
    try:
        parts = urlsplit(target)
        parts.port  # noqa: B018 (read for the ValueError it raises)
    except ValueError as exc:
        return f"not followed: not a valid URL ({exc})"
    if (problem := ipv4_problem(parts.hostname or "")) is not None:
        return f"not followed: not a valid URL ({problem})"
    if has_userinfo(target):
        return WITH_CREDENTIALS
    if max_length and len(safe_url_string(target)) > max_length:
        return f"{TOO_LONG}, {max_length} characters"
    return None


@dataclass(frozen=True, slots=True)
class SeenRedirect:
    """A redirect answered: its ``redirect`` fetch row, and whether the crawl
    follows it (a target that is not http(s) is not followed)."""

    fetch: FetchRecord
    followed: bool = True
    why: str | None = None
    """Why it is not followed (:func:`unfollowed`)."""


def redirect_record(request: Request, response: Response, max_length: int = 0) -> SeenRedirect | None:
    """The ``redirect`` fetch row for a 3xx answer Scrapy follows (:data:`REDIRECT_STATUSES`
    with a Location header; its target in ``reason``), else None. ``max_length``:
    ``URLLENGTH_LIMIT`` (:func:`unfollowed`)."""
    if response.status not in REDIRECT_STATUSES or "Location" not in response.headers:
        return None
    location = response.headers.get("Location") or b""  # empty: the page itself, as Scrapy joins it
    target = _joined(request.url, location.decode("latin-1"))
    why = unfollowed(target, max_length)
    # The target as stored: a password in it is masked (user:***@host).
    reason = f"redirected to {masked(target)}" + (f" ({why})" if why else "")
    followed = why is None
    return SeenRedirect(FetchRecord(
        url=request.url, outcome="redirect", status=response.status,
        reason=reason, fetched_at=utc_now_iso(), bytes=len(response.body),
    ), followed, why)


def _joined(url: str, location: str) -> str:
    """``location`` read against ``url``; as it is when it is no URL (``urljoin`` raised
    "Invalid IPv6 URL" out of the middleware: an ``error`` row, and no redirect row)."""
    try:
        return urljoin(url, location)
    except ValueError:
        return location


def meta_refresh_record(request: Request, response: Response, settings: Any) -> SeenRedirect | None:
    """The ``redirect`` fetch row for a page MetaRefreshMiddleware will follow (same
    conditions: enabled, not HEAD nor ``dont_redirect``, an http(s) target within
    METAREFRESH_MAXDELAY), else None."""
    if not settings.getbool("METAREFRESH_ENABLED") or request.meta.get("dont_redirect") \
            or request.method == "HEAD" or not isinstance(response, HtmlResponse):
        return None
    interval, target = readable_meta_refresh(response, settings.getlist("METAREFRESH_IGNORE_TAGS"))
    if not target or not target.startswith(("http://", "https://")) \
            or (interval or 0) >= settings.getint("METAREFRESH_MAXDELAY") or is_reload(request.url, target):
        return None
    why = unfollowed(target, settings.getint("URLLENGTH_LIMIT"))  # Scrapy would follow one with user info
    return SeenRedirect(FetchRecord(
        url=request.url, outcome="redirect", status=response.status,
        reason=f"meta refresh to {masked(target)}" + (f" ({why})" if why else ""), fetched_at=utc_now_iso(),
        bytes=len(response.body),
    ), followed=why is None, why=why)


def readable_meta_refresh(response: HtmlResponse, ignore_tags: list[str]) -> tuple[float | None, str | None]:
    """The page's ``<meta http-equiv="refresh">`` (delay, target); ``(None, None)``
    when it has none, or one whose target no URL can be made of (``url=http://[::1``,
    a port past 65535: :func:`meta_refresh` raises ValueError on it, and
    :class:`ReloadKeepingMetaRefreshMiddleware` logs and counts it)."""
    try:
        return meta_refresh(response, ignore_tags)
    except ValueError:
        return None, None


# A refresh's content (HTML, "shared declarative refresh steps"): the delay, a ";", ","
# or spaces, then "url=" and the target, quoted or not.
_REFRESH_CONTENT = re.compile(r"\s*[0-9.]+(?:\s*[;,]\s*|\s+)url\s*=\s*(?P<url>.*)", re.IGNORECASE | re.DOTALL)


def meta_refresh(response: HtmlResponse, ignore_tags: list[str]) -> tuple[float | None, str | None]:
    """Scrapy's ``get_meta_refresh``, which raises ValueError on a refresh whose
    target no URL can be made of (``url=http://[::1``, a port past 65535) with any
    w3lib: w3lib 2.6 reads such a refresh as none, as a browser does (``(None, None)``),
    where w3lib 2.5 raised, and the crawl counts those pages either way; so is one to a
    host that ends in a number and is no IPv4 address (``url=http://256.1.1.1/``: no
    refresh to 2.6, a URL to 2.5)."""
    found = get_meta_refresh(response, ignore_tags=ignore_tags)
    if found[0] is None and "refresh" in response.text[:4096].lower() \
            and (why := _unreadable_refresh(response, ignore_tags)) is not None:
        raise ValueError(why)
    if found[1] is not None and (why := ipv4_problem(urlsplit(found[1]).hostname or "")) is not None:
        raise ValueError(why)  # (w3lib 2.5 made a URL of it: 2.6 reads it as no refresh)
    return found


def _unreadable_refresh(response: HtmlResponse, ignore_tags: list[str]) -> str | None:
    """Why the target of the first ``<meta http-equiv="refresh">`` in the page's
    first 4096 characters (what Scrapy reads) cannot be read as a URL, or None."""
    try:
        head = lxml.html.document_fromstring(response.text[:4096])
    except (lxml.etree.ParserError, ValueError):
        return None
    for meta in head.iter("meta"):
        if (meta.get("http-equiv") or "").strip().lower() != "refresh" \
                or any(parent.tag in ignore_tags for parent in meta.iterancestors()):
            continue
        content = _REFRESH_CONTENT.match(meta.get("content") or "")
        if content is None:
            return None
        target = content.group("url").strip().strip("'\"")
        try:
            parts = urlsplit(urljoin(get_base_url(response), target))
            parts.port  # noqa: B018 (read for the ValueError)
        except ValueError as exc:
            return str(exc)
        return ipv4_problem(parts.hostname or "")
    return None


def is_reload(url: str, target: str) -> bool:
    """Whether a meta refresh from ``url`` to ``target`` reloads the same page (a
    news front page's auto-refresh), which is no redirect: the fragment aside,
    the same URL."""
    return urldefrag(url)[0] == urldefrag(target)[0]


class ReloadKeepingMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's MetaRefreshMiddleware, but a refresh to the page's own URL is a
    reload, not a redirect: the page is handed on as the page it is (Scrapy would
    fetch it again and again until REDIRECT_MAX_TIMES, then drop it; its settings
    have no switch for that). So is a page whose refresh names no URL that can be
    read (``url=http://[::1``, a port past 65535): w3lib raised ValueError on it,
    and the page, however good, was an ``error`` row "ValueError: Invalid IPv6 URL";
    logged and counted (``clippings/meta_refresh_unreadable``)."""

    def process_response(self, request: Request, response: Response,  # type: ignore[override]
                         spider: Any = None) -> Request | Response:
        if isinstance(response, HtmlResponse):
            try:
                target = meta_refresh(response, self._ignore_tags)[1]
            except ValueError as exc:
                logger.warning("%s: its meta refresh names no URL (%s): read as a page", request.url, exc)
                if self.crawler.stats:
                    self.crawler.stats.inc_value("clippings/meta_refresh_unreadable")
                return response
            if target and is_reload(request.url, target):
                return response
        with told_when_unfetched(self.crawler, request):
            return super().process_response(request, response)


class RedirectLimitMiddleware(RedirectMiddleware):
    """Scrapy's RedirectMiddleware, telling ``page_unfetched`` when a chain of
    redirects ends past ``REDIRECT_MAX_TIMES`` (Scrapy raises IgnoreRequest in
    its ``process_response``, heard by no other middleware)."""

    def process_response(self, request: Request, response: Response,  # type: ignore[override]
                         spider: Any = None) -> Request | Response:
        with told_when_unfetched(self.crawler, request):
            return super().process_response(request, response)


@contextmanager
def told_when_unfetched(crawler: Crawler, request: Request) -> Iterator[None]:
    """Send ``page_unfetched`` for ``request`` when the block raises IgnoreRequest
    (its chain ends there with no page), then let the exception go on."""
    try:
        yield
    except IgnoreRequest:
        crawler.signals.send_catch_log(signal=page_unfetched, request=request)
        raise


class RedirectLogMiddleware:
    """Record each redirect response (3xx, or a followed meta refresh) with its
    target as a ``redirect`` fetch."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectLogMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        seen = seen_redirect(request, response, self.crawler)
        if seen is not None:
            self.crawler.signals.send_catch_log(signal=fetch_observed, fetch=seen.fetch)
            if not seen.followed:
                # Scrapy would hand on the 3xx (an "HTTP 302" error row) or fail
                # to build the request (javascript:): the redirect row says it all.
                with told_when_unfetched(self.crawler, request):
                    raise UnfollowedRedirect(seen.fetch.reason or NOT_FOLLOWED)
        return response


def seen_redirect(request: Request, response: Response, crawler: Crawler) -> SeenRedirect | None:
    """The redirect a response answers (a 3xx, a meta refresh followed), else None;
    one not followed for its target's length is counted as a link too long
    (``clippings/links_too_long``, the summary's "refused" line)."""
    settings = crawler.settings
    seen = redirect_record(request, response, settings.getint("URLLENGTH_LIMIT")) or \
        meta_refresh_record(request, response, settings)
    if seen is not None and (seen.why or "").startswith(TOO_LONG) and crawler.stats:
        crawler.stats.inc_value("clippings/links_too_long")
    return seen


class SeedRedirectMiddleware:
    """Drop a redirect's target that is a seed (the spider's ``seed_urls``, which
    holds where the seeds' redirects led too), unless the chain started at that
    very seed (a cookie check redirecting back to it: followed, or it fails).
    Only the crawl's own page requests: a canonical check whose URL redirects to a
    seed reads the seed's page as its answer (dropped, it was an ``error`` row)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeedRedirectMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("redirect_urls") or not is_crawl_request(request):
            return
        seeds: set[str] = getattr(self.crawler.spider, "seed_urls", None) or set()
        url = canonicalize_url(request.url)
        own = request.meta.get("seed")
        if url in seeds and (own is None or url != canonicalize_url(own)):
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/redirects_to_seeds")
            raise SeedFetchedAlready(request.url)
