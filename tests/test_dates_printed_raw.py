"""What the provenance keeps of a printed date (``published_raw``), and which
dates an edit credit marks as an edit's."""

from __future__ import annotations

from crawler.parsers import parse_article

PROSE = "<p>" + "The council debated the new budget for hours on Tuesday and left much of it open. " * 6 + "</p>"
URL = "https://example.org/politics/budget-passed"


def _page(above: str, lang: str = "en", below: str = "") -> str:
    return (f"<!doctype html><html lang=\"{lang}\"><head><title>Budget passed</title></head><body><article>"
            f"<header>{above}<h1>Budget passed</h1>{below}</header>{PROSE}{PROSE}</article></body></html>")


ROW = ('<span class="meta"><span class="topic">#Budżet w skrócie</span> '
       '<span class="data">22 kwietnia 2021</span> przeczytanie zajmie 4 min</span>')


def test_a_date_in_its_own_element_of_a_meta_row_is_the_raw_date() -> None:
    """A meta row of a topic tag, the date in its own span and a reading time,
    above the headline or below it: the raw date was the whole row ("#Budżet w
    skrócie 22 kwietnia 2021 przeczytanie zajmie 4 min")."""
    for page in (_page(ROW, "pl"), _page("", "pl", ROW)):
        record = parse_article(page, URL, fetched_at="2026-12-06T00:00:00Z")
        assert record is not None and record.published == "2021-04-22"
        assert record.provenance["published_raw"] == "22 kwietnia 2021"


def test_a_labelled_date_line_keeps_its_label_in_the_raw_date() -> None:
    """The label says whose date it is ("Posted", "Updated"), which settling the day
    reads: such a line stays whole."""
    row = '<p class="meta">Posted on <span>March 3, 2024</span> · 4 min read</p>'
    record = parse_article(_page("", "en", row), URL, fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published == "2024-03-03"
    assert record.provenance["published_raw"] == "Posted on March 3, 2024 · 4 min read"


TIME = '<time datetime="2024-03-03T10:15:00+01:00">March 3, 2024, 10:15</time>'


def test_an_edit_credit_above_the_headline_leaves_the_time_beside_it_the_pages() -> None:
    """"Edited by Jane Doe" credits a person: the ``<time>`` after it is the page's
    publication time, not an edit's (the day was right from the printed text, the
    time and its zone were lost)."""
    for row in (f'<div class="meta">Edited by Jane Doe {TIME}</div>',
                f'<div class="meta"><span class="credit">Edited by Jane Doe</span> · {TIME}</div>'):
        record = parse_article(_page(row), URL, fetched_at="2026-12-06T00:00:00Z")
        assert record is not None and record.published == "2024-03-03T10:15:00+01:00"
        assert record.provenance["published"] == "html"


def test_an_edit_credit_labels_no_date_unless_a_connector_says_so() -> None:
    """Below the headline, "Edited by Jane Doe · March 3, 2024" dates the page (it
    was left to htmldate, its time lost) and gives no modified time; "Last edited
    by Jane Doe on <date>" is still no publication date."""
    row = '<p class="meta">Edited by Jane Doe · March 3, 2024, 10:15</p>'
    record = parse_article(_page("", "en", row), URL, fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published == "2024-03-03T10:15:00" and record.modified is None
    row = '<p class="meta">Posted March 1, 2024 · Last edited by Jane Doe on March 3, 2024</p>'
    record = parse_article(_page("", "en", row), URL, fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published == "2024-03-01"


def test_an_edit_labelled_time_above_the_headline_is_not_read_from_its_text() -> None:
    """"Posted on <time>March 3</time> · Edited on <time>March 5</time>" above the
    headline: the edit's ``<time>``, passed over for its ``datetime``, was read as a
    bare printed date, and the page was dated by its edit."""
    row = ('<div class="meta">Posted on <time datetime="2024-03-03T10:15:00+01:00">March 3, 2024</time> · '
           'Edited on <time datetime="2024-03-05T10:15:00+01:00">March 5, 2024</time></div>')
    record = parse_article(_page(row), URL, fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published == "2024-03-03T10:15:00+01:00"
