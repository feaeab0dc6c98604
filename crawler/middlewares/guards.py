"""Downloader middlewares that keep a crawl on its sites and out of traps.

- :class:`SiteBoundMiddleware` refuses every request off the crawl's sites:
  links are filtered by the spider already, so what it catches are redirects
  (to another host or port) and the requests a redirect chain makes. Scrapy's
  own OffsiteMiddleware knows host names only (no ports) and lets ``dont_filter``
  requests (the seeds, and every redirect they answer) through, so it cannot do
  this job. A robots.txt request and its redirects go anywhere http(s) (RFC
  9309, 2.3.1.2: :func:`crawler.robots.is_robots_request`): what they bring back
  is the rules of a crawl's site, and nothing of it is stored; but not from a site
  on the internet to this machine or a private address (:func:`crawler.urls.on_local_network`:
  a site must not make the crawler probe its own network), nor to a host name with
  any such address (looked up in a thread first: :meth:`SiteBoundMiddleware.resolved_hop`).
  A site counts as on such a network when it was reached at such an address
  (the address its robots.txt answer came from: :class:`ConnectedAddressMiddleware`),
  or, when that is not known, as its host name stands for such addresses only
  (an intranet site given by name), as one given by address does.
- :class:`CountedUrlLengthMiddleware` (a spider middleware, in place of Scrapy's
  UrlLengthMiddleware) counts the links it drops as longer than ``URLLENGTH_LIMIT``.
- :class:`TrapGuardMiddleware` (``CLIPPINGS_TRAP_DEFENCE``, default on) refuses
  requests that look like a crawler trap (:mod:`crawler.traps`), a site's
  requests past its page budget, and date pages past a per-calendar count.

Both raise an IgnoreRequest subclass (:class:`crawler.exceptions.OffsiteRequest`,
:class:`~crawler.exceptions.TrapRequest`) that names the outcome: the spider's error
callback turns it into a ``fetches`` row with that outcome and the reason. Both sit before robots.txt
(priority 55 and 60), so a refused URL's site is not even asked for robots.txt.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import itertools
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Coroutine
from datetime import datetime, timezone
from typing import Any, Protocol, TypeVar

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.urllength import UrlLengthMiddleware

from crawler.exceptions import OffsiteRequest, PastSiteBudget, TrapRequest
from crawler.resolver import pin
from crawler.robots import is_robots_request
from crawler.traps import TrapRules, date_template, trap_reason
from crawler.urls import (
    is_local_address,
    judged_addresses,
    local_site_address,
    name_to_resolve,
    on_local_network,
    site_key,
)

_Found = TypeVar("_Found")

#: Request meta: the address a robots.txt redirect chain's first answer came from
#: (the site's, as the crawler connected to it), as ``ipaddress`` reads it.
SITE_ADDRESS = "clippings_site_address"


class ConnectedAddressMiddleware:
    """Keep the address the crawler reached a site's robots.txt at (Scrapy's
    ``response.ip_address``) in the request's meta, which the redirect's request
    inherits: :class:`SiteBoundMiddleware` judges the site by it, not by a second
    look-up of its name, whose answer may have changed meanwhile (DNS rebinding).
    Outside Scrapy's RedirectMiddleware (it sees the answer first). Not through a
    proxy (the address is the proxy's), nor when the download handler gives none."""

    def process_response(self, request: Request, response: Response) -> Response:
        if is_robots_request(request) and response.ip_address is not None and not request.meta.get("proxy"):
            request.meta.setdefault(SITE_ADDRESS, str(response.ip_address))
        return response


class SiteBoundMiddleware:
    """Refuse requests whose host and port are not one of the spider's ``sites``."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.local_sites: dict[str, bool] = {}  # a site's host name -> every address of it local

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteBoundMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> Coroutine[Any, Any, None] | None:
        sites: set[str] = getattr(self.crawler.spider, "sites", None) or set()
        if not sites or site_key(request.url) in sites:
            return None
        if is_robots_request(request):
            return self.robots_hop(request)
        origin = (request.meta.get("redirect_urls") or [None])[0]
        how = f" (redirected from {origin})" if origin else ""
        raise self.refused(f"{request.url} is not on the crawl's sites{how}")

    def robots_hop(self, request: Request) -> Coroutine[Any, Any, None] | None:
        """A robots.txt redirected off the crawl's sites: followed (None), refused, or
        a coroutine that looks host names up first (Scrapy awaits it)."""
        origin = (request.meta.get("redirect_urls") or [request.url])[0]
        reached = self.site_reached_locally(request)
        if on_local_network(origin) or reached:
            return None  # a site on this machine or a private network may redirect within it
        # The site's name is looked up only when the address it was reached at is not
        # known (None: an internet address written out, or the site reached at one).
        origin_host = name_to_resolve(origin) if reached is None else None
        if on_local_network(request.url):
            if origin_host is None:
                raise self.refused(self.into_network(request.url, "a local or private address"))
            return self.resolved_hop(request, None, origin_host)
        host = name_to_resolve(request.url)
        return None if host is None else self.resolved_hop(request, host, origin_host)

    @staticmethod
    def site_reached_locally(request: Request) -> bool | None:
        """Whether the site was reached at a local or private address (the robots.txt
        answer's own: :class:`ConnectedAddressMiddleware`), or None when not known."""
        address = request.meta.get(SITE_ADDRESS)
        if address is None:
            return None
        try:
            return is_local_address(ipaddress.ip_address(address))
        except ValueError:
            return None

    def into_network(self, url: str, what: str) -> str:
        # A site would make the crawler send a request into its own network
        # (a router, a database, a cloud's metadata service): not followed,
        # so robots.txt is unread and the site disallowed.
        return f"robots.txt redirected to {url}, {what} while the site is not on one: not followed"

    async def resolved_hop(self, request: Request, host: str | None, origin_host: str | None) -> None:
        """Refuse a robots.txt hop to a name with any local or private address
        (:func:`crawler.urls.judged_addresses`, in a thread: a DNS query blocks;
        a name found on the internet is pinned to the addresses judged,
        :func:`crawler.resolver.pin`, against DNS rebinding, for as long as
        ``request`` lives),
        or one that cannot be looked up within ``DNS_TIMEOUT``; ``host`` None: the
        hop's target is such an address written out. Unless the site's own host name
        ``origin_host`` stands for local or private addresses only
        (:meth:`site_is_local`): an intranet site given by name, whose crawl
        connects into its network already, may redirect within it."""
        url = request.url
        local = url if host is None else None
        if host is not None:
            try:
                local, addresses = await self.look_up(judged_addresses, host)
                if local is None:  # the download connects to these, not to a second look-up's answer
                    pin(host, addresses, request)
            except (OSError, TimeoutError, UnicodeError) as exc:
                raise self.refused(f"robots.txt redirected to {url}, whose address could not be looked up "
                                   f"({self.why(exc)}) to tell it is not a local or private one: not followed"
                                   ) from None
        if local is None or (origin_host is not None and await self.site_is_local(origin_host)):
            return
        raise self.refused(self.into_network(url, "a local or private address" if host is None
                                             else f"a name for the local or private address {local}"))

    async def site_is_local(self, host: str) -> bool:
        """Whether every address of the crawl's site ``host`` is local or private
        (:func:`crawler.urls.local_site_address`), looked up as a hop's target is,
        once per host for the crawl (a name that cannot be looked up is not cached,
        and counts as not local)."""
        if host not in self.local_sites:
            try:
                self.local_sites[host] = await self.look_up(local_site_address, host) is not None
            except (OSError, TimeoutError, UnicodeError):
                return False
        return self.local_sites[host]

    def dns_timeout(self) -> float:
        return self.crawler.settings.getfloat("DNS_TIMEOUT", 60) if self.crawler.settings else 60.0

    def why(self, exc: BaseException) -> str:
        return f"no answer in {self.dns_timeout():g} s" if isinstance(exc, TimeoutError) \
            else (str(exc) or type(exc).__name__)

    async def look_up(self, find: Callable[[str], _Found], host: str) -> _Found:
        """``find(host)`` in a thread (a DNS query blocks), within ``DNS_TIMEOUT``:
        raises TimeoutError past it (and OSError, UnicodeError as ``find`` does).
        A daemon thread of its own: a look-up that hangs past the timeout cannot be
        stopped, and the default executor's threads (``asyncio.to_thread``) are
        joined when the interpreter exits, so a crawl ending meanwhile waited for it."""
        answer: concurrent.futures.Future[_Found] = concurrent.futures.Future()

        def run() -> None:
            answer.set_running_or_notify_cancel()
            try:
                answer.set_result(find(host))
            except (OSError, UnicodeError) as exc:
                answer.set_exception(exc)

        threading.Thread(target=run, name=f"look-up {host}", daemon=True).start()
        return await asyncio.wait_for(asyncio.wrap_future(answer), self.dns_timeout())

    def refused(self, reason: str) -> OffsiteRequest:
        if self.crawler.stats:
            self.crawler.stats.inc_value("clippings/offsite")
        return OffsiteRequest(reason)


class Tally(Protocol):
    """Counts kept against limits: one process's own, or a whole distributed crawl's."""

    def take(self, key: str, limit: int) -> bool:
        """Count one more ``key`` and say True, unless ``limit`` are counted already."""
        ...

    def claim(self, key: str, owner: str) -> str:
        """Who holds ``key``: ``owner`` if no one did (it holds it now), else the
        first owner to claim it ("" once a distributed crawl has ended)."""
        ...

    def holder(self, key: str) -> str | None:
        """Who holds ``key``, claiming nothing: None if no one does."""
        ...


class LocalTally:
    """A :class:`Tally` in this process's memory."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.claims: dict[str, str] = {}

    def take(self, key: str, limit: int) -> bool:
        if self.counts[key] >= limit:
            return False
        self.counts[key] += 1
        return True

    def claim(self, key: str, owner: str) -> str:
        return self.claims.setdefault(key, owner)

    def holder(self, key: str) -> str | None:
        return self.claims.get(key)


def is_canonical_check(request: Request) -> bool:
    """The identity pipeline's download of an article's canonical URL. It is not
    counted in its site's page budget, nor refused by it: there is at most one per
    article stored, whose own page was within the budget, so the site's requests
    stay bounded; refused, it took the site's one ``trap`` row with it (its
    refusal is an ``error`` row of the check), and the article stored lost its check."""
    return bool(request.meta.get("canonical_check"))


def is_crawl_request(request: Request) -> bool:
    """A request the crawl scheduled to fetch a page (or a seed's index): not
    robots.txt, nor a canonical check (downloads with a caller of their own)."""
    return not is_robots_request(request) and not is_canonical_check(request)


class TrapGuardMiddleware:
    """Refuse trap URLs, and requests past a site's page budget.

    Settings: ``CLIPPINGS_SITE_PAGE_BUDGET`` (requests per site per crawl, default
    10,000), ``CLIPPINGS_TRAP_MAX_PAGE`` (highest ``?page=N``, default 500),
    ``CLIPPINGS_TRAP_DATE_PAGES`` (pages per calendar, default 3,660: ten years of
    days), ``CLIPPINGS_TRAP_FUTURE_DAYS`` (how far ahead a date in a URL may be,
    default 366). Seeds (and the redirects they answer) and retries are never
    refused; seeds count in their site's budget, robots.txt files do not. Past a site's budget only the
    first refusal of the crawl is a ``trap`` row: a site of endless links (a
    100,000-link page, a sitemap of 50,000) would otherwise have the crawl write
    a row for each of them; the later ones are counted in
    ``clippings/site_budget_refused``. The first refusal's request holds the
    site's claim to that row (:meth:`claimant`): in a distributed crawl a request
    whose worker was taken for dead is refused again by another worker, which
    writes the row in its place.
    """

    def __init__(self, crawler: Crawler, rules: TrapRules, budget: int, date_pages: int) -> None:
        self.crawler = crawler
        self.rules = rules
        self.budget = budget
        self.date_pages = date_pages
        self._tally: Tally = LocalTally()
        self.spent: dict[str, str] = {}
        """The sites whose budget this process knows is spent, and the request
        holding the site's ``trap`` row (:meth:`claimant`)."""
        self.refusals = itertools.count()
        self.process = uuid.uuid4().hex[:12]  # refusals of distinct processes never match

    def tally(self) -> Tally:
        """Where the budgets are counted (the distributed worker shares them in Redis)."""
        return self._tally

    def claimant(self, request: Request) -> str:
        """Who claims a site's ``trap`` row when ``request`` is refused past its
        budget: here each refusal is one of its own (the distributed worker's is
        the request's lease, the same whichever worker holds it)."""
        return f"refusal {self.process}-{next(self.refusals)}"

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrapGuardMiddleware:
        settings = crawler.settings
        if not settings.getbool("CLIPPINGS_TRAP_DEFENCE", True):
            raise NotConfigured
        rules = TrapRules(max_page_number=settings.getint("CLIPPINGS_TRAP_MAX_PAGE", 500),
                          today=datetime.now(timezone.utc).date(),
                          future_days=settings.getint("CLIPPINGS_TRAP_FUTURE_DAYS", 366))
        return cls(crawler, rules, budget=settings.getint("CLIPPINGS_SITE_PAGE_BUDGET", 10_000),
                   date_pages=settings.getint("CLIPPINGS_TRAP_DATE_PAGES", 3_660))

    def process_request(self, request: Request) -> None:
        if request.meta.get("trap_checked") == request.url:
            return  # a retry (a redirect's target has another URL, and is checked)
        if is_robots_request(request):
            # Neither counted nor refused: refused, it took the site's one budget
            # row with it (a robots.txt failure makes no row), and the rules went unread.
            return
        request.meta["trap_checked"] = request.url
        seed = bool(request.meta.get("seed"))
        why = None if seed else self.reason(request)
        site = site_key(request.url)
        if why is not None and self.budget and self.holds_budget_row(site, request):
            # Counted again in its calendar when its lease lapsed: the budget row it holds comes first.
            why = self.past_budget(site, self.claimant(request))
        # A seed is counted in its site's budget but never refused: the user named it.
        # A canonical check is neither (see is_canonical_check).
        if why is None and self.budget and not is_canonical_check(request) \
                and not self.take(request, f"site {site}", self.budget) and not seed:
            why = self.past_budget(site, self.claimant(request))
        if why is not None:
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/traps")
            raise TrapRequest(why)

    def holds_budget_row(self, site: str, request: Request) -> bool:
        """Whether ``request`` (its :meth:`claimant`) holds ``site``'s budget row:
        only a request passing the guard again (a distributed one whose worker was
        taken for dead) can. Asked only of requests refused by a rule (a rare read)."""
        return self.tally().holder(f"spent {site}") == self.claimant(request)

    def past_budget(self, site: str, claimant: str) -> str:
        """The ``trap`` reason for the first request past ``site``'s budget (the
        first of the whole crawl, ``claimant``: the tally is shared by distributed
        workers); raises :class:`PastSiteBudget` (no row, counted) for the others."""
        holder = self.spent.get(site)
        if holder is None or holder == claimant:
            holder = self.spent[site] = self.tally().claim(f"spent {site}", claimant)
        if holder != claimant:
            if self.crawler.stats:
                self.crawler.stats.inc_value("clippings/site_budget_refused")
            raise PastSiteBudget(site)
        return (f"page budget of {self.budget} requests for {site} spent (CLIPPINGS_SITE_PAGE_BUDGET); "
                "the site's later requests are not sent (counted in clippings/site_budget_refused)")

    def take(self, request: Request, key: str, limit: int) -> bool:
        """``request``'s turn of the count ``key`` (:meth:`Tally.take`): here each pass
        is a turn of its own (a retry passes once, ``trap_checked``); a distributed
        worker counts a request once however many workers pass it on."""
        return self.tally().take(key, limit)

    def reason(self, request: Request) -> str | None:
        url = request.url
        why = trap_reason(url, self.rules)
        if why is not None:
            return why
        template = date_template(url)
        if template is not None and self.date_pages and not self.take(request, f"calendar {template}",
                                                                       self.date_pages):
            return f"more than {self.date_pages} date pages like {url} (CLIPPINGS_TRAP_DATE_PAGES)"
        return None


class CountedUrlLengthMiddleware(UrlLengthMiddleware):
    """Scrapy's spider middleware that drops a link longer than ``URLLENGTH_LIMIT``
    (2,083 by default), the drop counted as the crawl's own
    (``clippings/links_too_long``, in the summary's "refused" line) and not only in
    Scrapy's ``urllength/request_ignored_count``. Like a request past a spent page
    budget it is never fetched, so no ``fetches`` row (a page of endless long links
    would otherwise have the crawl write a row for each)."""

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        kept = super().get_processed_request(request, response)
        if kept is None and self.crawler.stats:
            self.crawler.stats.inc_value("clippings/links_too_long")
        return kept
