"""Clippings' own Scrapy signals, sent through ``crawler.signals``.

Components tell each other what happened through signals rather than by looking one
another up (https://docs.scrapy.org/en/latest/topics/signals.html#custom-signals).
"""

fetch_observed = object()
"""A fetch that no item will report (a redirect answered by Scrapy's
RedirectMiddleware). Sent with ``fetch``, a :class:`crawler.items.FetchRecord`; the
archive pipeline writes its ``fetches`` row."""

stop_requested = object()
"""A graceful stop began (the first SIGINT / SIGTERM): sent by
:class:`crawler.run.StoppableProcess` on the reactor thread, before Scrapy's close
waits for the requests in progress; and by a distributed worker when its crawl
ended in Redis (:class:`crawler.distributed.worker.WorkerSpider`). No arguments."""

store_failing = object()
"""A page could not be stored: sent by :class:`pipelines.store.ArchivePipeline` at
once, on the thread whose store failed (the archive writer's), before the failure
is logged and before :data:`store_failed` reaches the reactor thread. Its handlers
only set a flag (they run off the reactor thread): the download handler sends no
request from then on (:class:`crawler.middlewares.halt.HaltingDownloadHandler`), which
closes the window in which a download ending on the reactor freed its slot and
Scrapy sent the next queued request before :data:`store_failed` dropped it. No
arguments."""

store_failed = object()
"""A page could not be stored (the archive damaged, locked past the busy timeout,
the disk full): sent by :class:`pipelines.store.ArchivePipeline` on the reactor
thread, with ``reason`` (the one-line error), just before it closes the crawl. No
request is sent after it (:class:`crawler.middlewares.halt.StoreFailureHaltMiddleware`)."""

page_unfetched = object()
"""A request's chain ended with no page, in a downloader middleware's
``process_response`` (where no other middleware hears of it): a redirect the
crawl does not follow (not http(s), a URL past ``URLLENGTH_LIMIT``, one with a
password) or a chain of redirects past ``REDIRECT_MAX_TIMES``. Sent with
``request``, the request that got the last answer; ``--max-pages`` gives the
slot of its page back (:class:`crawler.middlewares.pagelimit.PageLimitMiddleware`)."""
