"""Scrapy downloader and spider middlewares of the crawl."""
