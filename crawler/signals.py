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
