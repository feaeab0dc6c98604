"""Scrapy downloader and spider middlewares.

- :mod:`.recrawl`: re-crawls against the archive (skip archived URLs in only-new runs,
  conditional requests, revisit the archive's live articles so deleted ones are marked gone);
- :mod:`.redirects`: a ``fetches`` row for every redirect answered;
- :mod:`.guards`: stay on the crawl's sites (redirects included) and out of crawler traps;
- :mod:`.pagelimit`: a hard ``--max-pages``;
- :mod:`.halt`: no request sent once a page could not be stored.

Their order is set in ``crawler/settings.py`` (``DOWNLOADER_MIDDLEWARES``,
``SPIDER_MIDDLEWARES``). See https://docs.scrapy.org/en/latest/topics/downloader-middleware.html
"""
