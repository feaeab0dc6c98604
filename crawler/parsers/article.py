"""``parse_article``: a page's bytes or text to its record, the stages in order
(the package's docstring says what each stage does).

Pure: the record depends on the arguments only, never on the day it is parsed
(no clock is read). ``fetched_at`` (ISO 8601 UTC), when the caller has one, is the
record's and bounds its dates: none more than two days after it; a relative stamp
("2 hours ago") is read against it. Without it the record's ``fetched_at`` is ``""``,
relative stamps are not read and dates are taken up to the end of
:data:`~crawler.parsers.metadata.dates.MAX_YEAR`: a caller that wants "not after
today" passes today's time (``crawler.items.utc_now_iso()``), as the crawl does.
"""

from __future__ import annotations

from crawler.items import Article, Block, content_hash
from crawler.parsers.binary import signature
from crawler.parsers.body import extract_body
from crawler.parsers.body.embedded import PROVENANCE, embedded_body
from crawler.parsers.body.furniture import Dropped
from crawler.parsers.classify import Teaser, article_like_url, dated_posts, page_kind, teaser_headlines
from crawler.parsers.classify.site_pages import static_page
from crawler.parsers.corpus import read_signals
from crawler.parsers.limits import bounded_fields, printable_blocks
from crawler.parsers.metadata import Metadata, extract_metadata
from crawler.parsers.metadata.date_search import settle_published
from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.page import ParsedPage, read_page, usable_url
from crawler.parsers.related import extract_related
from crawler.parsers.vocabulary import has_words, word_count
from crawler.urls import site_of

__all__ = ["Dropped", "parse_article"]


def _body(page: ParsedPage, meta: Metadata, explain: list[Dropped] | None) -> list[Block]:
    """The body's blocks: the markup's, else (no words in them) those of the framework
    state a script-rendered page ships (named in the provenance); empty when neither has words."""
    blocks = extract_body(page, title=meta.title, description=meta.description, explain=explain)
    if any(has_words(block.text, 1) for block in blocks):
        return blocks
    blocks = embedded_body(page, title=meta.title, description=meta.description)
    if blocks:
        meta.provenance["body"] = PROVENANCE
    return blocks


def _kind(url: str, meta: Metadata, blocks: list[Block], teasers: list[Teaser], tokens: list[int],
          static: str | None = None, posts: tuple[str, ...] = ()) -> str:
    """The page's kind (:func:`page_kind`), its reason put in ``meta.provenance``."""
    credited = bool(meta.authors) and not meta.authors_over_text
    kind, why = page_kind(url=url, page_types=meta.page_types, has_date=meta.published is not None,
                          has_byline=meta.has_byline or credited, blocks=blocks,
                          teaser_headlines=teasers, has_writer=credited, block_tokens=tokens,
                          canonical=meta.canonical_url, static=static,
                          byline=meta.provenance.get("byline_raw"), title=meta.title, posts=posts,
                          dateline=meta.provenance.get("published_raw"))
    meta.provenance["page_kind"] = why
    return kind


def _posts(page: ParsedPage, url: str) -> tuple[str, ...]:
    """The whole posts the page prints under unlinked titles (:func:`.classify.dated_posts`: a blog's
    front page), at no story's address; read before the body stage strips the tree."""
    return () if article_like_url(url) else dated_posts(page.doc, _stamp_of)


def _stamp_of(text: str) -> str | None:
    """A post's date line read (:func:`.metadata.dates.find_date_span`): its day, and time."""
    found = find_date_span(text)
    return found[0] if found is not None else None


def parse_article(
    html: str | bytes, url: str, *,
    fetched_at: str | None = None, encoding: str | None = None,
    explain: list[Dropped] | None = None, cut: list[str] | None = None,
) -> Article | None:
    """Extract the record of a page, or ``None`` when the page has no main text.

    Every page with a main text gets a record; its ``page_kind`` says whether it is
    an article, a listing or a site page (``provenance["page_kind"]`` says why).
    ``html`` may be bytes (decoded by BOM, ``encoding``, the declared charset, then UTF-8)
    or text. Never raises on bad input: undecodable, empty or binary input gives ``None``.
    ``explain`` receives what the body left out and why (``clippings extract --explain``);
    ``cut``, the parser's caps that cut the page (``elements``, ...), record or not.
    ``fetched_at``: the fetch time, if the caller has one (the module's docstring: no clock is read).
    """
    if isinstance(html, bytes) and signature(html) is not None:  # a PDF, an image, an archive
        return None
    given_url, url = url, usable_url(url)
    page = read_page(html, url, encoding)
    if page is None:
        return None
    if cut is not None:
        cut.extend(page.cut)
    # (no clock: a fetch time the caller names bounds the dates and dates "2 hours ago")
    meta = settle_published(extract_metadata(page), page.doc, url, fetched_at or "", fetched_at)
    related = extract_related(page)
    teasers, static, posts = teaser_headlines(page.doc, url), static_page(page.doc), _posts(page, url)  # (before the body stage)
    signals = read_signals(page)  # figures, paywall evidence: before the body stage strips the tree
    blocks = printable_blocks(_body(page, meta, explain))
    if not blocks:
        return None
    tokens = [word_count(block.text) for block in blocks]  # (no word runs across the blocks' "\n\n")
    kind = _kind(url, meta, blocks, teasers, tokens, static, posts)
    body = "\n\n".join(block.text for block in blocks)
    fields = bounded_fields(meta, related, url, page.cut)
    title = fields.texts["title"] or ""
    words = sum(tokens)
    return Article(
        url=given_url,
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
        page_kind=kind,
        word_count=words,
        reading_time_minutes=meta.reading_time_minutes,
        image=fields.texts["image"],
        related=fields.related,
        fetched_at=fetched_at or "",
        content_hash=content_hash(title, body),
        **signals.fields(body, words, fields.provenance),
    )
