"""Numbers written like dates that are none, and a comment's timestamp, are no
publication date (review of the date rules):

- an outline's number opening a heading or a line ("1.1.01 Allgemeines");
- a version's number ("Version: 10.05.20") and a telephone's or fax's ("Tel.: 16-05-24");
- a comment thread's ``data-timestamp`` on a page that prints no date of its own
  (htmldate read it from the page's source).

Each was the page's day both where the header scan reads it and, further down the
page, where htmldate did. A "Stand:" date, a dateline's short date and a date in the
story's own box stay read. The pages here are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.dates import find_date_span
from tests.support.byline_page import PROSE

_URL = "https://example.org/news/story"  # (no day in it)


def _page(top: str = "", lang: str = "de", inside: str = "", after: str = "") -> str:
    body = "".join(f"<p>{PROSE.get(lang, PROSE['en']) * 3}</p>" for _ in range(3))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Council budget - Stadtblatt'
            f'</title></head><body><main><article><h1>Council budget</h1>{top}{body}{inside}</article>{after}'
            '</main></body></html>')


def _published(html: str) -> str | None:
    record = parse_article(html, _URL, fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    return record.published


@pytest.mark.parametrize("html", [
    _page("<p>1.1.01 Einleitung</p>"),
    _page(inside="<h2>1.1.01 Allgemeines</h2><p>Der Abschnitt regelt das Verfahren.</p>"),
    _page(inside="<ol><li>1.1.01 Geltungsbereich</li><li>1.1.02 Begriffe</li></ol>"),
], ids=["line", "heading", "list"])
def test_an_outline_number_is_no_date(html: str) -> None:
    assert _published(html) is None


@pytest.mark.parametrize("html", [
    _page("<p>Version: 10.05.20</p>"),
    _page(inside="<p>Version: 10.05.20</p>"),
    _page("<p>Tel.: 16-05-24</p>"),
    _page(after="<footer><p><b>Tel.:</b> 16-05-24</p></footer>"),
    _page("<p>Phone: 16-05-24</p>", lang="en"),
    _page(after="<footer><p>Fax 10.05.20</p></footer>", lang="en"),
], ids=["version-top", "version-text", "tel-top", "tel-footer", "phone", "fax"])
def test_a_version_or_telephone_number_is_no_date(html: str) -> None:
    assert _published(html) is None


@pytest.mark.parametrize("stamp", ["2020-05-10T10:00:00Z", "2020-05-10 10:00"])
def test_a_comments_timestamp_is_no_publication_date(stamp: str) -> None:
    """htmldate read the page's source for a timestamp and found the comment's."""
    thread = (f'<section id="comments"><div class="comment" data-timestamp="{stamp}"><p>Great article, thanks.</p>'
              '</div></section>')
    assert _published(_page(after=thread, lang="en")) is None
    # the story's own date still wins over the thread's
    own = _page('<p class="date">12.03.2019</p>', after=thread)
    assert _published(own) == "2019-03-12"


def test_dates_beside_such_numbers_are_still_read() -> None:
    assert _published(_page("<p>Stand: 10.05.20</p>")) == "2020-05-10"
    assert find_date_span("16-05-24 | Berlin", "de") == ("2024-05-16", 0)
    assert find_date_span("1.1.01, 10:30 Uhr", "de") == ("2001-01-01T10:30:00", 0)
    assert find_date_span("Urteil v. 10.05.20", "de") == ("2020-05-10", 10)  # "vom": a date's word
    assert find_date_span("Tel.: 030 1234 | 16.05.2024", "de") == ("2024-05-16", 17)
    assert find_date_span("Version 1.1.01 vom 16.05.2024", "de") == ("2024-05-16", 19)


def test_the_source_htmldate_reads_leaves_the_page_as_it_was() -> None:
    """The comment thread stands aside and the labelled number is blanked only while
    the page is written for htmldate; the text after the thread stays."""
    import lxml.html
    from lxml import etree

    from crawler.parsers.metadata.date_labels import text_pieces
    from crawler.parsers.metadata.date_search import _htmldate_source

    doc = lxml.html.document_fromstring(
        '<html><body><p>Call <b>Tel.:</b> 16-05-24 today</p><div id="comments"><div class="comment" '
        'data-timestamp="2020-05-10T10:00:00Z">Nice</div></div>after the thread<p>12.03.2019</p></body></html>')
    before = etree.tostring(doc)
    source = _htmldate_source(doc, list(text_pieces(doc)))
    assert "16-05-24" not in source and "data-timestamp" not in source, source
    assert "after the thread" in source and "12.03.2019" in source, source
    assert etree.tostring(doc) == before


@pytest.mark.parametrize("text, found", [
    ("Veröffentlicht am 5.3.24 von Hans Müller", ("2024-03-05", 18)),
    ("Berlin, 1.1.01 Der Stadtrat tagte", ("2001-01-01", 8)),
    ("Erschienen 2.3.10 in Politik", ("2010-03-02", 11)),
])
def test_a_short_date_inside_a_line_before_words_is_a_date(text: str, found: tuple[str, int]) -> None:
    """An outline's number opens its heading or line ("1.1.01 Allgemeines"); the same
    shape after a label or a place in the line ("am 5.3.24 von Hans Müller", a byline)
    is the date it reads as."""
    assert find_date_span(text, "de") == found
    assert find_date_span("1.1.01 Allgemeines", "de") is None
    assert find_date_span("Inhalt\n  2.3.10 Begriffe", "de") is None


def test_a_blanked_number_is_blanked_whole_never_inside_a_longer_one() -> None:
    """"Version: 10.05.20" is blanked for htmldate; the date "10.05.2024" elsewhere on
    the page, which begins with the same characters, stays whole (it was written
    "########24"). Each text is read once, whatever the count of such numbers."""
    import lxml.html

    from crawler.parsers.metadata.date_labels import text_pieces
    from crawler.parsers.metadata.date_search import _htmldate_source

    doc = lxml.html.document_fromstring(
        '<html><body><p>Erschienen am 10.05.2024</p><p>10.05.20</p><footer>Version: 10.05.20</footer></body></html>')
    source = _htmldate_source(doc, list(text_pieces(doc)))
    assert "Erschienen am 10.05.2024" in source and "Version: ########" in source, source
    assert "<p>########</p>" in source, source
