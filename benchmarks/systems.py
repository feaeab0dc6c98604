"""The extractors under test, each behind one uniform call.

``SYSTEMS[name]()`` imports and configures a system (outside the timed region) and
returns an ``Extractor``: ``(html: str, url: str) -> Prediction``. The call is what
gets timed, so each adapter does the system's full work for the fields it offers
and only light conversion of its output (dates to ISO 8601 text, author strings to
lists). Imports are local so a broken or missing system fails only its own run.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DEFAULT_SYSTEMS",
    "SPEED_ONLY",
    "SYSTEMS",
    "Extractor",
    "Prediction",
    "author_names",
    "fields_of",
    "iso_date",
    "sanitize",
]


@dataclass(slots=True)
class Prediction:
    """What one system extracted from one page (empty when it found nothing)."""

    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    note: str | None = None
    """Why the output is empty when that is not an error (e.g. "not an article")."""


Extractor = Callable[[str, str], Prediction]


def author_names(value: Any) -> list[str]:
    """Author output of any shape as a flat list of non-empty name strings.

    Some systems pass structured data through (goose3 can return JSON-LD
    ``{"@type": "Person", "name": ...}`` objects, nested in lists).

    >>> author_names(["A B", [{"@type": "Person", "name": "C D"}], None, " "])
    ['A B', 'C D']
    """
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        return author_names(value.get("name"))
    if isinstance(value, (list, tuple, set)):
        return [name for item in value for name in author_names(item)]
    return author_names(str(value))


def sanitize(prediction: Any) -> Prediction:
    """Coerce whatever an adapter returned into a well-typed :class:`Prediction`."""
    if not isinstance(prediction, Prediction):
        return Prediction()
    body = prediction.body if isinstance(prediction.body, str) else str(prediction.body or "")
    title = prediction.title
    if title is not None and not isinstance(title, str):
        title = str(title)
    published = prediction.published
    if isinstance(published, dt.date):
        published = published.isoformat()
    elif not isinstance(published, str):
        published = None  # strings are kept as they are: no lenient re-parsing here
    note = prediction.note if isinstance(prediction.note, str) else None
    return Prediction(body=body, title=title, authors=author_names(prediction.authors),
                      published=published, note=note)

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def iso_date(value: Any) -> str | None:
    """A system's date output as ISO 8601 text, keeping its own day and zone.

    ``datetime``/``date`` objects are formatted; strings already starting with
    ``YYYY-MM-DD`` are kept; other strings are parsed with ``dateutil`` (no zone
    conversion); anything unparseable gives ``None``.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if _ISO_DAY.match(text):
        return text
    try:
        from dateutil import parser as date_parser

        return date_parser.parse(text).isoformat()
    except (ValueError, OverflowError, TypeError):
        return None


def _clippings() -> Extractor:
    from crawler.parsers import parse_article

    def extract(html: str, url: str) -> Prediction:
        article = parse_article(html, url)
        if article is None:
            return Prediction(note="parse_article returned None (no main text)")
        note = (None if article.page_kind == "article" else
                f"page_kind {article.page_kind}: {article.provenance.get('page_kind', '')}")
        return Prediction(body=article.body or "", title=article.title or None,
                          authors=list(article.authors or []), published=article.published,
                          note=note)

    return extract


def _clippings_metadata() -> Extractor:
    """The metadata stage alone (its hand-written date finder included), no body."""
    from crawler.parsers.document import parse_html
    from crawler.parsers.metadata import extract_metadata

    def extract(html: str, url: str) -> Prediction:
        doc = parse_html(html, None)
        if doc is None:
            return Prediction()
        meta = extract_metadata(doc, url)
        return Prediction(title=meta.title or None, authors=list(meta.authors or []),
                          published=meta.published)

    return extract


def _htmldate(extensive: bool) -> Callable[[], Extractor]:
    """``htmldate.find_date`` for the original (not modified) publication date."""
    def setup() -> Extractor:
        from htmldate import find_date

        def extract(html: str, url: str) -> Prediction:
            found = find_date(html, url=url or None, original_date=True,
                              extensive_search=extensive)
            return Prediction(published=found)

        return extract

    return setup


def _trafilatura(**options: Any) -> Callable[[], Extractor]:
    def setup() -> Extractor:
        import trafilatura

        _quiet_dates()
        def extract(html: str, url: str) -> Prediction:
            raw = trafilatura.extract(html, url=url, output_format="json",
                                      with_metadata=True, **options)
            if not raw:
                return Prediction()
            data = json.loads(raw)
            authors = [a.strip() for a in (data.get("author") or "").split("; ") if a.strip()]
            return Prediction(body=data.get("text") or "", title=data.get("title"),
                              authors=authors, published=iso_date(data.get("date")))

        return extract

    return setup


def _trafilatura_body() -> Extractor:
    import trafilatura

    def extract(html: str, url: str) -> Prediction:
        return Prediction(body=trafilatura.extract(html, url=url) or "")

    return extract


_ARTICLE_BODY_MARK = re.compile(r'"articleBody"|itemprop\s*=\s*["\']?articleBody', re.I)


_NOT_WORD = re.compile(r"\W+")


def _holds(theirs: str, ours: str, share: float = 0.9) -> bool:
    """Whether ``share`` of our paragraphs' letters are in ``theirs`` (letters and digits only)."""
    keys = [_NOT_WORD.sub("", block).lower() for block in ours.split("\n\n")]
    keys = [key for key in keys if key]
    text = _NOT_WORD.sub("", theirs).lower()
    total = sum(len(key) for key in keys)
    return total > 0 and sum(len(key) for key in keys if key in text) >= share * total


def _clippings_hybrid(ratio: float = 2.0, short: int | None = 2000) -> Callable[[], Extractor]:
    """An experiment (#8, benchmark only): Clippings, with trafilatura's body in its place
    on a doubtful page when trafilatura's text is ``ratio`` times as long and holds
    nine tenths of ours (it adds to our text rather than finding another).

    Doubtful: no ``articleBody`` in the page (JSON-LD or microdata) and, when ``short``
    is set, Clippings' body shorter than ``short`` characters. trafilatura runs on
    doubtful pages only, body alone, no comments (its ``text`` in the ``trafilatura``
    system's JSON, without the metadata stage). ``note`` says when its body was taken.
    """
    def setup() -> Extractor:
        import trafilatura

        clippings = _clippings()

        def extract(html: str, url: str) -> Prediction:
            ours = clippings(html, url)
            if _ARTICLE_BODY_MARK.search(html) or (short is not None and len(ours.body) >= short):
                return ours
            theirs = trafilatura.extract(html, url=url, include_comments=False,
                                         with_metadata=False) or ""
            if len(theirs) >= ratio * max(len(ours.body), 1) and _holds(theirs, ours.body):
                ours.body, ours.note = theirs, "hybrid: trafilatura's body"
            return ours

        return extract

    return setup


_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
    "table", "tr", "section", "article", "header", "footer", "figure", "figcaption",
    "dd", "dt", "dl",
})
_BLANK_LINES = re.compile(r"\n\s*\n\s*")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, a blank line after each block element."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    return _BLANK_LINES.sub("\n\n", root.text_content()).strip()


def _readability() -> Extractor:
    import readability

    def extract(html: str, url: str) -> Prediction:
        document = readability.Document(html)
        body = html_to_text(document.summary())
        title = document.short_title() or document.title()
        return Prediction(body=body, title=title)

    return extract


def _quiet_dates() -> None:
    """Silence dateutil's unknown-time-zone warnings (one per page otherwise)."""
    import warnings

    warnings.filterwarnings("ignore", module="dateutil")


def _newspaper4k() -> Extractor:
    import warnings

    warnings.filterwarnings("ignore", module="newspaper")
    _quiet_dates()
    import newspaper

    def extract(html: str, url: str) -> Prediction:
        article = newspaper.Article(url, fetch_images=False)
        article.download(input_html=html)
        article.parse()
        return Prediction(body=article.text or "", title=article.title or None,
                          authors=list(article.authors or []),
                          published=iso_date(article.publish_date))

    return extract


def _goose3() -> Extractor:
    from goose3 import Goose

    _quiet_dates()
    goose = Goose()

    def extract(html: str, url: str) -> Prediction:
        result = goose.extract(raw_html=html, url=url)
        return Prediction(body=result.cleaned_text or "", title=result.title or None,
                          authors=list(result.authors or []),
                          published=iso_date(result.publish_date))

    return extract


def _lxml() -> Extractor:
    import lxml.html

    def extract(html: str, url: str) -> Prediction:
        lxml.html.document_fromstring(html)
        return Prediction()

    return extract


SYSTEMS: dict[str, Callable[[], Extractor]] = {
    "clippings": _clippings,
    "clippings_metadata": _clippings_metadata,
    "clippings_hybrid": _clippings_hybrid(),
    "clippings_hybrid_all": _clippings_hybrid(short=None),
    "htmldate": _htmldate(extensive=True),
    "htmldate_fast": _htmldate(extensive=False),
    "trafilatura": _trafilatura(),
    "trafilatura_precision": _trafilatura(favor_precision=True),
    "trafilatura_body": _trafilatura_body,
    "readability": _readability,
    "newspaper4k": _newspaper4k,
    "goose3": _goose3,
    "lxml": _lxml,
}
"""Every runnable system, by name."""

DEFAULT_SYSTEMS = ("clippings", "trafilatura", "trafilatura_precision", "readability",
                   "newspaper4k", "goose3", "lxml")
"""Run when ``--systems`` is not given (``trafilatura_body`` is added on Zyte)."""

SPEED_ONLY = frozenset({"lxml"})
"""Systems measured for speed only (no quality scores)."""

_ALL_FIELDS = frozenset({"body", "title", "authors", "published"})
_FIELDS: dict[str, frozenset[str]] = {
    "readability": frozenset({"body", "title"}),
    "trafilatura_body": frozenset({"body"}),
    "clippings_metadata": frozenset({"title", "authors", "published"}),
    "htmldate": frozenset({"published"}),
    "htmldate_fast": frozenset({"published"}),
    "lxml": frozenset(),
}


def fields_of(system: str) -> frozenset[str]:
    """The fields a system outputs at all; the others are not scored ("—")."""
    return _FIELDS.get(system, _ALL_FIELDS)
