"""Why Clippings refused a request before sending it: ``IgnoreRequest`` subclasses
that carry the ``fetches`` outcome, so the spider's error callback tells them apart
by type, never by their message."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest

#: ``request.meta`` key: why the crawl gave up on an answer's ``Retry-After``
#: (:class:`crawler.politeness.RetryAfterLimitMiddleware`); the spider's error
#: callback makes it the reason of that URL's ``error`` row, in place of "HTTP 429".
RETRY_AFTER_REFUSED = "clippings_retry_after_refused"


class RefusedRequest(IgnoreRequest):
    """A request a Clippings middleware will not send; ``outcome`` names its
    ``fetches`` row and the message says why."""

    outcome = "error"


class AlreadyArchived(RefusedRequest):
    """Only-new mode: the archive holds this article already. No fetch, no row."""

    def __init__(self) -> None:
        super().__init__("already archived (only-new mode)")


class OffsiteRequest(RefusedRequest):
    """A request (a redirect's target, mostly) off the crawl's sites."""

    outcome = "offsite"


class TrapRequest(RefusedRequest):
    """A URL that looks like a crawler trap, or past a site's page budget."""

    outcome = "trap"


class UnfollowedRedirect(IgnoreRequest):
    """A redirect to a URL that is not http(s) (``file:``, ``ftp:``, ``data:``,
    ``javascript:``): its ``redirect`` row names the target, so no other row."""


class PastMaxPages(IgnoreRequest):
    """A request past the crawl's ``--max-pages``: never fetched, so no ``fetches``
    row; counted in the stat ``clippings/max_pages_refused``."""

    def __init__(self) -> None:
        super().__init__("past --max-pages (not fetched)")


class PastSiteBudget(IgnoreRequest):
    """A request to a site whose page budget (``CLIPPINGS_SITE_PAGE_BUDGET``) is
    spent, after the first such one (a ``trap`` row says the budget is spent):
    never fetched, so no ``fetches`` row; counted in the stat
    ``clippings/site_budget_refused`` (the first is counted as a trap instead)."""

    def __init__(self, site: str) -> None:
        super().__init__(f"page budget for {site} spent (not fetched)")


class SeedFetchedAlready(IgnoreRequest):
    """A redirect (from a page that is not this seed's own chain) to one of the
    crawl's seeds: the seed is fetched as a seed, so not again. The redirect's row
    names the target; no other row; counted in ``clippings/redirects_to_seeds``."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{url} is a seed of the crawl (fetched as such)")


class StoryPageTaken(IgnoreRequest):
    """A request for a later page of a multi-page story that the story asked for
    itself already (a listing linked page 2 too): not sent, no row (the story's
    request writes the page's); counted in ``clippings/story_pages_read_once``."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{url} is a later page its story fetches (not fetched twice)")


class StoppedBeforeFetch(IgnoreRequest):
    """A page request waiting in a held download slot (a ``Retry-After``, a
    Crawl-delay) when the crawl was asked to stop: dropped unfetched, so the stop
    need not wait out the hold (:meth:`crawler.politeness.SitePoliteness.stop_requested`).
    No ``fetches`` row: like the pages still in the scheduler, it stays ``pending`` in
    the crawl's frontier (crawler/frontier.py), and the next crawl of the same seeds fetches it.
    In a distributed worker, a request waiting for its site's token in Redis
    (:class:`crawler.distributed.politeness.WorkerPolitenessMiddleware`): its lease
    goes back to the crawl's queue."""

    #: A robots.txt request dropped so was not read, and says nothing of the site
    #: (:data:`crawler.robots.STOPPED_MARK`: that module may not import this one).
    crawl_stopping = True

    def __init__(self, message: str = "the crawl stopped before its site's slot was free (not fetched)") -> None:
        super().__init__(message)


class StoppedByStoreFailure(StoppedBeforeFetch):
    """A request not yet sent when a page could not be stored (the archive damaged,
    locked, the disk full): dropped unfetched, as the page it would bring would be
    lost (:class:`crawler.middlewares.halt.StoreFailureHaltMiddleware`). No ``fetches``
    row: it stays ``pending`` in the crawl's frontier for the next crawl of its seeds."""

    def __init__(self) -> None:
        super().__init__("the crawl stopped: its archive cannot store pages (not fetched)")
