"""A URL path ending with year, month's name and day and no slug after it
("/podcast/2024/sept/12/"): the page's day when the page itself dates nothing."""

from __future__ import annotations

from crawler.parsers import parse_article

_NOTES = "<p>" + ("In this episode our reporters talk through the week's council meeting, the new bus routes and "
                  "what the budget means for the town's schools and libraries. ") * 4 + "</p>"


def _episode(extra: str = "") -> str:
    return ('<html lang="en"><head><title>The Town Hall Podcast: buses and budgets</title></head><body>'
            '<nav><a href="/">Home</a> <a href="/podcast/">Podcast</a></nav><main><article>'
            f'<h1>Buses and budgets</h1>{_NOTES}{extra}{_NOTES}</article></main></body></html>')


def test_a_bare_month_name_url_day_dates_a_page_that_prints_none() -> None:
    """The episode page prints no date: the URL's day is its day (before: none)."""
    record = parse_article(_episode(), "https://radio.example.org/podcast/2024/sept/12/",
                           fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    assert record.published == "2024-09-12"
    assert record.provenance.get("published") == "url"


def test_the_bare_url_day_goes_before_an_older_date_in_the_text() -> None:
    """An unlabelled older date in the show notes (a hearing's) is not the page's
    day: the URL's is (before: the earliest printed date, 2020-03-03)."""
    notes = "<p>We also look back at the hearing of March 3, 2020, when the plan was first put forward.</p>"
    record = parse_article(_episode(notes), "https://radio.example.org/podcast/2024/sept/12/",
                           fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published is not None
    assert record.published[:10] == "2024-09-12"


def test_a_labelled_date_still_goes_before_the_bare_url_day() -> None:
    """The page's own "Posted on" line stays the date (the URL's day is a last resort)."""
    record = parse_article(_episode("<p>Posted on September 13, 2024</p>"),
                           "https://radio.example.org/podcast/2024/sept/12/", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published is not None
    assert record.published[:10] == "2024-09-13"


def test_no_day_from_a_month_or_a_day_that_is_none() -> None:
    for path in ("/podcast/2024/sept/", "/podcast/2024/march/64/"):
        record = parse_article(_episode(), f"https://radio.example.org{path}", fetched_at="2026-12-06T00:00:00Z")
        assert record is not None
        assert record.published is None, path
