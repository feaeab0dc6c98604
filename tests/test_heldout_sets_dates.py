"""Date misses read on the tuning half of another project's test pages (Postlight's
parser fixtures, ``benchmarks/README.md``); small hand-written pages."""

from __future__ import annotations

from crawler.parsers import parse_article

FETCHED = "2026-12-06T00:00:00Z"
PROSE = "<p>" + "The council met on Tuesday to debate the new budget and left many questions open. " * 6 + "</p>"


def _page(header: str, aside: str = "") -> str:
    return ('<!doctype html><html lang="en"><head><title>Ferry service approved</title></head><body>'
            f'<article class="post hentry"><h1 class="entry-title">Ferry service approved for island</h1>'
            f'{header}{PROSE}{PROSE}</article>{aside}</body></html>')


def test_the_header_s_only_time_marked_updated_dates_the_page_by_its_datetime() -> None:
    """A blog theme's one stamp is an hAtom "updated" <time> whose printed text is
    relative ("Today 12:34pm"): its ``datetime`` is the post's date where the header
    prints no other. It was passed over as an update's, and the page was dated by a
    related post's "10/02/16" read day first."""
    stamp = ('<time class="meta__time updated" datetime="2016-10-13T12:34:00-04:00">'
             '<a href="https://example.org/ferry">Today 12:34pm</a></time>')
    header = f'<div class="meta"><div class="byline author"><a href="/u/jd">Jane Doe</a></div>{stamp}</div>'
    aside = ('<div class="rail"><a href="/other"><h4 class="headline">Other post</h4>'
             '<div class="meta meta--time"><time>10/02/16 11:21am</time></div></a></div>')
    record = parse_article(_page(header, aside), "https://example.org/ferry", fetched_at=FETCHED)
    assert record is not None and record.published is not None
    assert record.published[:10] == "2016-10-13"


def test_an_updated_time_after_the_publication_s_still_does_not_date_the_page() -> None:
    """With a publication <time> in the header, the "updated" one stays an update's."""
    header = ('<p class="byline">By Jane Doe <time class="entry-date published" datetime="2016-10-12T09:00:00-04:00">'
              'Oct 12</time> <time class="updated" datetime="2016-10-13T12:34:00-04:00">Today 12:34pm</time></p>')
    record = parse_article(_page(header), "https://example.org/ferry", fetched_at=FETCHED)
    assert record is not None and record.published is not None
    assert record.published[:10] == "2016-10-12"


def test_an_updated_time_does_not_date_a_page_marking_its_publication_elsewhere() -> None:
    """An hAtom entry marking its publication stamp after the "updated" one or at the
    story's foot (``<abbr class="published" title=...>``) is dated by that stamp; the
    "updated" <time>'s ``datetime`` is an update's."""
    updated = '<time class="updated" datetime="2016-10-13T12:34:00-04:00">Today 12:34pm</time>'
    published = '<abbr class="published" title="2016-10-12T09:00:00-04:00">October 12</abbr>'
    for header in (f'<p class="byline">By Jane Doe {updated} {published}</p>',
                   f'<p class="byline">By Jane Doe {updated}</p><p class="entry-meta">Posted {published}</p>'):
        record = parse_article(_page(header), "https://example.org/ferry", fetched_at=FETCHED)
        assert record is not None and record.published is not None
        assert record.published[:10] == "2016-10-12"
