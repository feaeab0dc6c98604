"""Clippings: crawl news and magazine sites, extract clean article records, archive them."""

__version__ = "0.1.0"
