"""Scaling out: one crawl, any number of worker processes on any machines, one archive writer.

The engine is Scrapy with Redis holding the crawl's shared state, through
scrapy-redis (its request serialisation, duplicate-filter fingerprints and
connection settings) with the pieces it lacks for snapshots that stay right
(checked against scrapy-redis 0.9.1 on Scrapy 2.13+):

- its queue pops a request outright (``ZRANGE`` + ``ZREMRANGEBYRANK``): a worker
  killed mid-page loses it. Here a pop moves the request into the worker's
  processing hash, and the request leaves it only in the same atomic step that
  queues its links and hands its records back (a reliable queue); the
  coordinator returns the entries of workers whose heartbeat stopped;
- its scheduler flushes the shared queue and seen-URL set when any worker
  closes (``SCHEDULER_PERSIST=False``) or keeps the seen set across crawls
  (``True``), which drops every re-request of a snapshot crawl. Here every key
  belongs to one crawl id and the coordinator deletes them when the crawl ends;
- a worker's local politeness (AutoThrottle, ``CONCURRENT_REQUESTS_PER_DOMAIN``)
  knows nothing of the other workers. Here a per-site token set in Redis holds
  the site's concurrency over all workers together, with its delay, robots.txt
  Crawl-delay and Retry-After (:mod:`crawler.distributed.politeness`);
- its ``RedisSpider`` reads start URLs through ``start_requests()`` (no async
  ``start()``, scrapy-redis issues #305 / PR #316) and calls
  ``engine.crawl(request, spider)`` removed from Scrapy (#285); the worker spider
  here is the crawl's own ``ArticleSpider`` with an async ``start()`` that takes
  requests from the shared queue while the engine has room (``needs_backout``).

Modules: :mod:`.frontier` (the Redis keys of one crawl and the atomic
operations on them), :mod:`.worker` (``clippings worker``), :mod:`.coordinator`
(``clippings crawl --redis``: seeds, revisits with validators, the archive's
single writer), :mod:`.resume` (continuing a killed crawl from the archive's
frontier), :mod:`.politeness`.
"""
