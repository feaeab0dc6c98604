"""Scrapy settings for Clippings.

Every setting the crawl uses is here, grouped and commented like Scrapy's project
template. Clippings' own settings are ``CLIPPINGS_*``; only ``from_crawler`` methods
read them. See https://docs.scrapy.org/en/latest/topics/settings.html
"""

from scrapy.settings import default_settings as _scrapy_defaults

from crawler import __version__

BOT_NAME = "clippings"

SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Identify the crawler honestly, with a URL where site owners can read what it is.
# https://docs.scrapy.org/en/latest/topics/settings.html#user-agent
PROJECT_URL = "https://github.com/clippings-archive/clippings"
USER_AGENT = f"Clippings/{__version__} (+{PROJECT_URL})"

# Obey robots.txt rules (Protego parser).
# https://docs.scrapy.org/en/latest/topics/downloader-middleware.html#robotstxt-obey
ROBOTSTXT_OBEY = True

# Politeness: a few requests at a time per site, with a delay that AutoThrottle
# adapts to the server's latency.
# https://docs.scrapy.org/en/latest/topics/autothrottle.html
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
# Each delay is drawn between 0.5 and 1.5 times DOWNLOAD_DELAY (Scrapy's default;
# it replaces the deprecated RANDOMIZE_DOWNLOAD_DELAY).
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
# Scrapy's downloader, with CONCURRENT_REQUESTS_PER_DOMAIN kept also when there is
# no delay between requests (crawler/politeness.py).
DOWNLOADER = "crawler.politeness.SlotLimitDownloader"
DOWNLOAD_TIMEOUT = 30
# Look host names up with getaddrinfo, IPv4 and IPv6: Scrapy's default resolver
# (gethostbyname, IPv4 only) cannot reach a seed given as an IPv6 address
# (http://[::1]:8080/) or a host with only AAAA records, and blamed "DNS lookup
# failed". Scrapy's getaddrinfo resolver (CachingHostnameResolver) keeps no
# DNS_TIMEOUT; ours (crawler/resolver.py) gives a look-up up after it, as the
# local-network guard's look-up does.
# (DNS_RESOLVER before Scrapy 2.19.) https://docs.scrapy.org/en/latest/topics/settings.html
TWISTED_DNS_RESOLVER = "crawler.resolver.TimedHostnameResolver"
# Pages larger than this are refused rather than parsed (a 10 MB page is the
# largest that real article sites send).
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
# Scrapy's HTTP/1.1 handler, with an answer's headers read up to 256 KiB, as a
# browser reads them: nothing bounded them, and a site that sends header lines for
# ever held a gigabyte per request until DOWNLOAD_TIMEOUT (crawler/download.py); and
# none sent once a page could not be stored (crawler/middlewares/halt.py).
DOWNLOAD_HANDLERS = {"http": "crawler.middlewares.halt.HaltingDownloadHandler",
                     "https": "crawler.middlewares.halt.HaltingDownloadHandler"}
RETRY_TIMES = 2

# Spider output handled at once per response (Scrapy's default: 100). Scrapy
# starts that many asyncio tasks for every callback, even one that yields
# nothing: 20,000 requests refused past a site's budget took 68 s (39 s of CPU)
# at 100, 11 s (12 s) at 10; a crawl of the sample site is the same either way
# (a page yields one record and its links; the archive has one writer thread).
CONCURRENT_ITEMS = 10

# Crawl breadth-first, so that --max-pages keeps the pages closest to the seeds.
# https://docs.scrapy.org/en/latest/faq.html#does-scrapy-crawl-in-breadth-first-or-depth-first-order
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
# Scrapy's scheduler, counting the start requests it holds, so that a continued
# crawl reads its frontier from the archive as the scheduler needs it (crawler/frontier.py).
SCHEDULER = "crawler.frontier.StartCountingScheduler"

# Cookies are not needed to read articles and would only track us.
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote control (on by default) listens on localhost and runs any
# Python it is sent with its token: as the telnet console, not for a crawler.
REMOTE_CONTROL_ENABLED = False

# Item pipelines: clean -> validate -> identity -> dedupe -> store, one job each.
# https://docs.scrapy.org/en/latest/topics/item-pipeline.html
ITEM_PIPELINES = {
    "pipelines.clean.CleanPipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.identity.IdentityPipeline": 250,
    "pipelines.dedupe.DedupePipeline": 300,
    "pipelines.store_thread.ThreadedArchivePipeline": 800,
}

# Re-crawls: conditional requests for archived articles, and only-new runs.
# A 304 reaches the spider (not the error callback): it means "unchanged".
# https://docs.scrapy.org/en/latest/topics/downloader-middleware.html
DOWNLOADER_MIDDLEWARES = {
    # Scrapy's, with the requests that wait for robots.txt checked too (crawler/robots.py).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.robots.RobotsTxtMiddleware": 100,
    "crawler.middlewares.recrawl.SkipArchivedMiddleware": 50,
    # A redirect to a seed is not followed: the seed is fetched as a seed.
    "crawler.middlewares.redirects.SeedRedirectMiddleware": 52,
    # Before robots.txt: stay on the seeds' sites (redirects included), out of traps.
    "crawler.middlewares.guards.SiteBoundMiddleware": 55,
    "crawler.middlewares.guards.TrapGuardMiddleware": 60,
    "crawler.middlewares.recrawl.ConditionalRequestsMiddleware": 560,
    # A 429 / 503 asking to wait past CLIPPINGS_MAX_RETRY_AFTER: an error, not retried
    # (sees the answer before Scrapy's RetryMiddleware at 550).
    "crawler.politeness.RetryAfterLimitMiddleware": 555,
    "crawler.middlewares.redirects.RedirectLogMiddleware": 650,
    # The address a robots.txt answer came from, kept for SiteBoundMiddleware
    # (outside Scrapy's RedirectMiddleware at 600: its redirects inherit it).
    "crawler.middlewares.guards.ConnectedAddressMiddleware": 620,
    # A meta refresh to the page's own URL is a reload, not a redirect (Scrapy's is at 580).
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.redirects.ReloadKeepingMetaRefreshMiddleware": 580,
    # Scrapy's, telling --max-pages when a chain of redirects ends past REDIRECT_MAX_TIMES.
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.redirects.RedirectLimitMiddleware": 600,
    # Scrapy's, its decoding failures said in words (crawler/middlewares/decoding.py).
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.middlewares.decoding.WordedHttpCompressionMiddleware": 590,
    # Parses HTML answers in worker processes (after decompression and redirects).
    "crawler.scaling.ExtractionPoolMiddleware": 80,
    # A story's later page that the story fetches itself is not fetched for a listing's link too.
    "crawler.middlewares.stories.StoryPageTakenMiddleware": 57,
    # After every middleware that waits (robots.txt, the site guard's look-up): a crawl
    # whose archive cannot store a page sends nothing more (crawler/middlewares/halt.py).
    "crawler.middlewares.halt.StoreFailureHaltMiddleware": 800,
    # Last before the network: a hard page limit (--max-pages) counts what is sent.
    "crawler.middlewares.pagelimit.PageLimitMiddleware": 950,
}
HTTPERROR_ALLOWED_CODES = [304]
SPIDER_MIDDLEWARES = {
    # Links longer than URLLENGTH_LIMIT dropped as by Scrapy's, and counted (clippings/links_too_long).
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
    "crawler.middlewares.guards.CountedUrlLengthMiddleware": 800,
    "crawler.middlewares.recrawl.RevisitArchivedMiddleware": 1000,
}

# Extensions: a progress line while crawling; each site's robots.txt Crawl-delay
# and Retry-After answers (429 / 503) applied to its download slot.
# https://docs.scrapy.org/en/latest/topics/extensions.html
EXTENSIONS = {
    "crawler.progress.ProgressReporter": 500,
    "crawler.politeness.SitePoliteness": 510,
}
# Scrapy's own extensions but its remote control (off above): Scrapy loads every
# class of the table, even one set to None, and that one's module imports aiohttp's
# web server, about 0.2 CPU-s at the start of every crawl, worker and coordinator.
EXTENSIONS_BASE = {path: order for path, order in _scrapy_defaults.EXTENSIONS_BASE.items()
                   if path != "scrapy.extensions.remote_control.RemoteControl"}
# Scrapy's cookies middleware, loaded only when cookies are on: its module imports
# tldextract and requests, about 0.07 CPU-s at the start of every crawl (crawler/middlewares/cookies.py).
DOWNLOADER_MIDDLEWARES_BASE = {
    ("crawler.middlewares.cookies.CookiesWhenEnabled"
     if path == "scrapy.downloadermiddlewares.cookies.CookiesMiddleware" else path): order
    for path, order in _scrapy_defaults.DOWNLOADER_MIDDLEWARES_BASE.items()}
LOGSTATS_INTERVAL = 60.0

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
# `scrapy crawl articles -O out.jsonl`: the Article records, not the raw responses.
# https://docs.scrapy.org/en/latest/topics/feed-exports.html#feed-exporters
FEED_EXPORTERS = {
    "json": "crawler.exporters.JsonExporter",
    "jsonlines": "crawler.exporters.JsonLinesExporter",
    "jsonl": "crawler.exporters.JsonLinesExporter",
    "jl": "crawler.exporters.JsonLinesExporter",
    "csv": "crawler.exporters.CsvExporter",
    "xml": "crawler.exporters.XmlExporter",
}

# --- Clippings --------------------------------------------------------------
# Path of the SQLite archive that records are written to.
CLIPPINGS_DB = "clippings.db"
# Fetch at most this many pages (robots.txt not counted); 0: no limit.
CLIPPINGS_MAX_PAGES = 0
# Seconds between progress lines on stderr; 0 turns them off.
CLIPPINGS_PROGRESS_INTERVAL = 0.0
# Minimum number of words in a stored article's body.
CLIPPINGS_MIN_WORDS = 40
# Send If-None-Match / If-Modified-Since for pages archived as articles.
CLIPPINGS_CONDITIONAL = True
# Only fetch article URLs the archive does not hold yet (seeds are always fetched).
CLIPPINGS_NEW_ONLY = False
# Re-request the archive's live articles on the seeds' sites after the seeds, so
# articles deleted from a site are marked gone (off in only-new runs).
CLIPPINGS_REVISIT = True
# Follow links from pages (``--depth 0`` turns it off: seeds and the entries of
# their sitemaps and feeds only).
CLIPPINGS_FOLLOW_LINKS = True
# Continue the frontier of the last crawl of the same seeds (and since) when it
# stopped before its end (a signal, --max-pages, a crash): its pending URLs are
# fetched, its done ones not again. False (``--fresh``): start anew from the seeds.
CLIPPINGS_RESUME = True
# A URL whose fetch failed in a way that may pass (a network error, a timeout, a
# 5xx or 429 after Scrapy's retries) is fetched again by the crawl that continues
# the one it failed in, until it has failed in this many crawls of the same seeds
# (then given up: its last fetches row says so).
CLIPPINGS_RESUME_ATTEMPTS = 3
# The requests of a continued crawl's frontier kept in the scheduler ahead of the
# downloader (at least twice CONCURRENT_REQUESTS); the rest wait in the archive,
# read a page at a time as these are fetched (crawler/frontier.py).
CLIPPINGS_RESUME_AHEAD = 1000
# Write every fetched article response to a gzip WARC file, one per crawl.
CLIPPINGS_WARC = True
# Folder for the WARC files; empty: "<archive name>-warc" beside the archive.
CLIPPINGS_WARC_DIR = ""
# Distributed crawls: the pages on their way to the coordinator, at most: those
# waiting in Redis (``clippings:{ID}:results``, one entry a page: its records, with
# its raw answers for the WARC file, its redirect rows and frontier notes) and the
# requests the workers hold (each to hand one over). A coordinator that stores
# slowly (a locked archive, a slow disk) takes no more records into its pipelines
# than this (100 at most), leaving the rest in Redis, and the workers stop taking
# requests at the bound and take them again as it catches up
# (``clippings/worker/results_full_pauses`` and ``_seconds``). It also caps the
# pages in flight over all workers: give it at least the workers times their
# CONCURRENT_REQUESTS (16 by default: 500 serves about 30 workers at full
# concurrency) plus the pages the coordinator may fall behind by. Only a worker
# stopped while it holds no request may pass it, by one. 0: no bound.
CLIPPINGS_RESULTS_MAX = 500
# Seconds a page's store waits for another program's write transaction on the
# archive before the crawl stops, failed (nothing is dropped silently); the
# environment variable of the same name sets it for every command (crawl_settings,
# archive.db.busy_timeout_ms), and -s wins over it.
CLIPPINGS_BUSY_TIMEOUT = 10.0
# Trap defence: refuse paths that repeat themselves, pagination past
# CLIPPINGS_TRAP_MAX_PAGE, dates in URLs more than CLIPPINGS_TRAP_FUTURE_DAYS
# ahead or past CLIPPINGS_TRAP_DATE_PAGES pages of one calendar, and a site's
# requests past CLIPPINGS_SITE_PAGE_BUDGET (0: no budget). Each refusal is a
# ``trap`` row in ``fetches`` with its reason.
CLIPPINGS_TRAP_DEFENCE = True
CLIPPINGS_SITE_PAGE_BUDGET = 10_000
CLIPPINGS_TRAP_MAX_PAGE = 500
CLIPPINGS_TRAP_DATE_PAGES = 3_660
CLIPPINGS_TRAP_FUTURE_DAYS = 366
# Links followed from one page at most: those of its first this many link tags
# (<a>, <area>); the rest of the page is not read for links. A page listing more
# than a site's whole page budget is a trap, not a front page. 0: no limit.
CLIPPINGS_PAGE_MAX_LINKS = 10_000
# Pages of one multi-page story fetched and joined into its record at most (the
# first page included); 1 joins none (a later page is still never a story of its own).
CLIPPINGS_STORY_MAX_PAGES = 20
# Multi-page stories held at most while their later pages are fetched (each holds its
# pages' records and raw answers); past it a story is stored from its first page at
# once, its pages_missing saying why (counted: clippings/stories_not_held).
CLIPPINGS_STORY_MAX_HELD = 64
# Later pages of stories read on their own (a listing linked page 2) are kept for their
# stories (fetched once): at most CLIPPINGS_STORY_MAX_HELD of them and this many bytes
# of their raw answers and texts, the oldest let go first (its story fetches it again).
CLIPPINGS_STORY_KEPT_BYTES = 64 * 1024 * 1024
# Later pages a story asked for itself, remembered so that the crawl's own request for
# one (a listing's link) is not sent, at most: a page is forgotten once such a request
# is refused (the duplicate filter drops the others), the oldest past this many (about
# 100 bytes each; a listing that links one forgotten, and linked none before, has it
# fetched again).
CLIPPINGS_STORY_TAKEN_MAX = 100_000
# Links read from one sitemap, feed or robots.txt at most (the sitemap protocol's
# limit per file); the fetch row says when a document lists more.
CLIPPINGS_INDEX_MAX_URLS = 50_000
# Sitemaps (and sitemap indexes) a site's robots.txt files and sitemap indexes have
# the crawl request at most, the newest by lastmod first (0: no cap): an index of
# 100,000 sitemaps would spend the site's page budget on sitemaps. 500 is 5% of
# the default CLIPPINGS_SITE_PAGE_BUDGET, and more links than it can fetch (a
# sitemap lists up to 50,000). Seeds are not counted.
CLIPPINGS_SITE_MAX_SITEMAPS = 500
# How deep a chain of sitemaps, sitemap indexes and feeds (robots.txt -> index ->
# index -> sitemap is 3; 0: only the first document's links) is followed; the one
# past it is a ``trap`` row.
CLIPPINGS_SITEMAP_NESTING = 5
# The longest Retry-After (429 / 503) waited out, in seconds: the site's pages all
# wait behind it. A longer one ends its URL as an ``error`` row (not retried).
CLIPPINGS_MAX_RETRY_AFTER = 120.0
# Seconds a distributed crawl's coordinator heartbeat (clippings:{ID}:alive) lives:
# a crawl not beating for that long is reaped as dead (crawler.distributed.frontier
# COORDINATOR_TTL; the beat comes every 2 s at most, a third of this).
CLIPPINGS_COORDINATOR_TTL = 30
# Processes that parse pages (crawler.scaling); -1: one per core; 0: on the reactor thread.
CLIPPINGS_PROCESSES = -1
