"""HTML -> Article: pure functions of (html, url, explicit arguments: the fetch
time among them), no Scrapy, no SQLite and no clock.

``parse_article`` is the one entry point; the same call serves live responses,
saved files, WARC records and tests. The data takes two stages, one package each:

- :mod:`.page`: bytes or text decoded and parsed once (:mod:`.document`) into a
  :class:`~crawler.parsers.page.ParsedPage` that every stage reads, with the
  page's structured data (:mod:`.structured`: meta tags, JSON-LD, microdata);
- :mod:`.metadata`: what the page says about itself (structured data, then the
  headline area: title, authors, dates, section, tags);
- :mod:`.body`: the article's text (container chosen, blocks walked, furniture dropped);

then :mod:`.related` (related-article links), :mod:`.classify` (is it an
article at all?), and the corpus fields: :mod:`.images` (figures with captions
and credits), :mod:`.access` (free / paywalled / truncated) and :mod:`.language`
(the body's language, detected), gathered around the body stage by
:mod:`.corpus`. :mod:`.selectors` holds the XPaths they share.

The package's own import is light: :mod:`.article` (every stage, its phrase
lists and patterns, dateparser, htmldate) is imported on the first use of
``parse_article``. A crawl's reactor process hands pages to its extraction pool
and only needs :mod:`.binary`; it no longer pays a second import of the parsers
its pool already made, and a command that stops at bad input stops at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crawler.parsers.article import Dropped, parse_article

__all__ = ["Dropped", "parse_article"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from crawler.parsers import article

        return getattr(article, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
