"""HTML -> Article: pure functions of (html, url), no Scrapy and no SQLite.

``parse_article`` is the one entry point; the same call serves live responses,
saved files, WARC records and tests. The data takes two stages, one package each:

- :mod:`.document`: bytes or text decoded and parsed into one lxml tree;
- :mod:`.metadata`: what the page says about itself (structured data, then the
  headline area: title, authors, dates, section, tags);
- :mod:`.body`: the article's text (container chosen, blocks walked, furniture dropped);

then :mod:`.related` (related-article links) and :mod:`.classify` (is it an
article at all?). :mod:`.selectors` holds the XPaths they share.
"""

from __future__ import annotations

from crawler.items import Article, content_hash, utc_now_iso
from crawler.parsers.body import extract_body
from crawler.parsers.classify import count_teaser_headlines, page_kind
from crawler.parsers.document import parse_html
from crawler.parsers.metadata import extract_metadata
from crawler.parsers.metadata.date_search import local_day, search_date
from crawler.parsers.related import extract_related
from crawler.parsers.vocabulary import count_words, word_count
from crawler.urls import canonicalize_url, site_of

__all__ = ["parse_article", "utc_now_iso"]


def parse_article(
    html: str | bytes,
    url: str,
    *,
    fetched_at: str | None = None,
    encoding: str | None = None,
) -> Article | None:
    """Extract the record of a page, or ``None`` when the page has no main text.

    Every page with a main text gets a record; its ``page_kind`` says whether it is
    an article, a listing or a site page (``provenance["page_kind"]`` says why).

    ``html`` may be bytes (decoded by BOM, ``encoding``, the declared charset, then
    UTF-8) or text. Never raises on bad input: undecodable, empty or binary input
    gives ``None``.
    """
    doc = parse_html(html, encoding)
    if doc is None:
        return None
    fetched_at = fetched_at or utc_now_iso()
    meta = extract_metadata(doc, url)
    meta.published = local_day(meta.published, meta.provenance.get("published_raw"), meta.language)
    if meta.published is None:
        meta.published, source = search_date(doc, url, fetched_at, meta.language)
        if meta.published is not None:
            meta.provenance["published"] = source
    related = extract_related(doc, url)
    teasers = count_teaser_headlines(doc)
    blocks = extract_body(doc, url, title=meta.title, description=meta.description)
    if not any(count_words(block.text) for block in blocks):
        return None
    kind, why = page_kind(
        url=url,
        page_types=meta.page_types,
        has_date=meta.published is not None,
        has_byline=meta.has_byline or bool(meta.authors),
        blocks=blocks,
        teaser_headlines=teasers,
    )
    meta.provenance["page_kind"] = why
    body = "\n\n".join(block.text for block in blocks)
    canonical = canonicalize_url(meta.canonical_url or url, base=url)
    title = meta.title or ""
    return Article(
        url=url,
        canonical_url=canonical,
        site=site_of(canonical),
        title=title,
        description=meta.description,
        section=meta.section,
        tags=meta.tags,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        language=meta.language,
        body=body,
        body_blocks=blocks,
        page_kind=kind,
        word_count=word_count(body),
        reading_time_minutes=meta.reading_time_minutes,
        image=meta.image,
        related=related,
        fetched_at=fetched_at,
        content_hash=content_hash(title, body),
        provenance=meta.provenance,
    )

