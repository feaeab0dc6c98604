"""HTML -> Article: pure functions of (html, url), no Scrapy and no SQLite.

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
"""

from __future__ import annotations

from crawler.items import Article, content_hash, utc_now_iso
from crawler.parsers.body import extract_body
from crawler.parsers.body.furniture import Dropped
from crawler.parsers.classify import count_teaser_headlines, is_article_page
from crawler.parsers.corpus import read_signals
from crawler.parsers.limits import bounded_fields
from crawler.parsers.metadata import extract_metadata
from crawler.parsers.page import read_page
from crawler.parsers.related import extract_related
from crawler.parsers.vocabulary import word_count
from crawler.urls import site_of

__all__ = ["Dropped", "parse_article", "utc_now_iso"]


def parse_article(
    html: str | bytes,
    url: str,
    *,
    fetched_at: str | None = None,
    encoding: str | None = None,
    explain: list[Dropped] | None = None,
) -> Article | None:
    """Extract one Article record from a page, or ``None`` when it is not an article.

    ``html`` may be bytes (decoded by BOM, ``encoding``, the declared charset, then
    UTF-8) or text. Never raises on bad input: undecodable, empty or binary input
    gives ``None``. ``explain``, when given, receives what the body left out and
    the rule that did (``clippings extract --explain``).
    """
    page = read_page(html, url, encoding)
    if page is None:
        return None
    meta = extract_metadata(page)
    related = extract_related(page)
    teasers = count_teaser_headlines(page.doc)
    signals = read_signals(page)  # figures and paywall evidence, before the body stage
    blocks = extract_body(page, title=meta.title, explain=explain)  # last: it strips the tree
    if not is_article_page(
        url=url,
        title=meta.title,
        page_types=meta.page_types,
        has_date=meta.published is not None,
        has_byline=meta.has_byline or bool(meta.authors),
        blocks=blocks,
        teaser_headlines=teasers,
    ):
        return None
    body = "\n\n".join(block.text for block in blocks)
    fields = bounded_fields(meta, related, url)
    title = fields.texts["title"] or ""
    words = word_count(body)
    return Article(
        url=url,
        canonical_url=fields.canonical_url,
        site=site_of(fields.canonical_url),
        title=title,
        description=fields.texts["description"],
        section=fields.texts["section"],
        tags=fields.tags,
        authors=fields.authors,
        published=meta.published,
        modified=meta.modified,
        language=fields.texts["language"],
        body=body,
        body_blocks=blocks,
        word_count=words,
        reading_time_minutes=meta.reading_time_minutes,
        image=fields.texts["image"],
        related=fields.related,
        fetched_at=fetched_at or utc_now_iso(),
        content_hash=content_hash(title, body),
        **signals.fields(body, words, fields.provenance),
    )
