"""Date bugs found by the review of 2026-12-06 (s30), fixed in s31:

- the "day after UTC" rule (a day-only structured date one day after an evening
  time printed by the headline is that moment's UTC day) uses the offset the page
  states (a printed zone, its other timestamps') and applies only when that offset
  takes the printed moment to the structured day;
- "gestern"/"heute"/"yesterday"/"today" stamps name the page's local day where the
  page states its offset (else the fetch's UTC day);
- "Today 10.30 percent" is a figure, not a time;
- the text-run ``published_raw`` keeps a time printed after "·";
- a Buddhist-era numeric date ("15/03/2567") is read only on a Thai page.

The pages here are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.dates import find_date_span
from tests.support.byline_page import PROSE

_URL = "https://tech.example.com/5855710/company-explains"
_TEXT = "<p>" + ("The company said the experiment ran for one week and affected a small share of users, "
                 "and that it had reviewed its internal processes since. ") * 4 + "</p>"


def _evening_story(stamp_meta: str, shown: str, head: str = "") -> str:
    return ('<html lang="en"><head><title>Company explains its experiment</title>'
            f'<meta name="sailthru.date" content="{stamp_meta}">{head}</head><body><article>'
            '<h1>Company explains its experiment</h1>'
            f'<p class="byline">By Jane Doe <span class="publish-date">on <time class="updated">{shown}</time>'
            f'</span></p>{_TEXT}{_TEXT}</article></body></html>')


def _day(html: str, fetched_at: str | None = "2026-12-06T00:00:00Z", url: str = _URL) -> str | None:
    record = parse_article(html, url, fetched_at=fetched_at)
    assert record is not None
    return record.published[:10] if record.published else None


_PLUS_TWO = '<meta property="article:modified_time" content="2014-07-01T09:00:00+02:00">'
_MINUS_FIVE = '<meta property="article:modified_time" content="2014-07-01T09:00:00-05:00">'


def test_the_day_after_utc_rule_uses_the_offset_the_page_states() -> None:
    """A +02:00 page's "8:08 pm" is 18:08 UTC the same day: a day-only meta of the
    next day is no UTC day of it, so the rule does not apply (before: the printed
    day won on the hour alone). A -05:00 page's is 01:08 UTC the next day: it does."""
    assert _day(_evening_story("2014-06-30", "June 29, 2014 08:08 pm", _PLUS_TWO)) == "2014-06-30"
    assert _day(_evening_story("2014-06-30", "June 29, 2014 08:08 pm", _MINUS_FIVE)) == "2014-06-29"
    # the zone printed with the time is the page's offset too
    assert _day(_evening_story("2014-06-30", "June 29, 2014 08:08 pm CEST")) == "2014-06-30"
    assert _day(_evening_story("2014-06-30", "June 29, 2014 08:08 pm EDT")) == "2014-06-29"
    # a +02:00 page's 01:30 is 23:30 UTC the day before: the day-only meta's day
    assert _day(_evening_story("2014-06-29", "June 30, 2014 01:30 am", _PLUS_TWO)) == "2014-06-30"
    # no offset stated: the hour alone, as before
    assert _day(_evening_story("2014-06-30", "June 29, 2014 08:08 pm")) == "2014-06-29"


def _page(top: str, lang: str = "de", head: str = "") -> str:
    body = "".join(f"<p>{PROSE.get(lang, PROSE['en']) * 3}</p>" for _ in range(3))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Council budget - Stadtblatt'
            f'</title>{head}</head><body><main><article><h1>Council budget</h1>{top}{body}</article></main>'
            '</body></html>')


_URL_NO_DAY = "https://example.org/news/story"
_BERLIN = '<meta property="article:modified_time" content="2026-01-20T08:00:00+01:00">'
_NEW_YORK = '<meta property="article:modified_time" content="2026-01-19T20:00:00-05:00">'


def test_yesterday_and_today_are_the_pages_local_day() -> None:
    """Fetched 23:30 UTC on 19 January, a +01:00 page's "heute" is 20 January (its
    local day; before: the 19th, UTC's), "gestern" the 19th; a -05:00 page fetched
    03:00 UTC on the 20th is still on the 19th. Without a stated offset, UTC's day."""
    late = "2026-01-19T23:30:00Z"
    assert _day(_page('<p class="date">heute, 00:12 Uhr</p>', head=_BERLIN), late, _URL_NO_DAY) == "2026-01-20"
    assert _day(_page('<p class="date">gestern, 14:30 Uhr</p>', head=_BERLIN), late, _URL_NO_DAY) == "2026-01-19"
    early = "2026-01-20T03:00:00Z"
    assert _day(_page('<p class="date">Today at 9:05 PM</p>', "en", _NEW_YORK), early, _URL_NO_DAY) == "2026-01-19"
    assert _day(_page('<p class="date">Yesterday at 9:05 PM</p>', "en", _NEW_YORK), early,
                _URL_NO_DAY) == "2026-01-18"
    assert _day(_page('<p class="date">heute, 00:12 Uhr</p>'), late, _URL_NO_DAY) == "2026-01-19"


def test_today_before_a_figure_is_no_time() -> None:
    """"Today 10.30 percent" (a figure after "Today") in an element marked as meta
    dated the page by the fetch's day; "heute, 14.30 Uhr" and "Today 10:30" still do."""
    fetched = "2026-01-20T12:00:00Z"
    assert _day(_page('<p class="meta">Today 10.30 percent</p>', "en"), fetched, _URL_NO_DAY) != "2026-01-20"
    assert _day(_page('<p class="meta">Heute 10,5 Prozent, morgen 10.30 %</p>'), fetched, _URL_NO_DAY) is None
    assert _day(_page('<p class="date">heute, 14.30 Uhr</p>'), fetched, _URL_NO_DAY) == "2026-01-20"
    assert _day(_page('<p class="date">Today 10:30</p>', "en"), fetched, _URL_NO_DAY) == "2026-01-20"
    assert _day(_page('<p class="date">Today 10.30</p>', "en"), fetched, _URL_NO_DAY) == "2026-01-20"


def test_published_raw_keeps_a_time_after_a_dot() -> None:
    """"June 3, 2024 · 10:30 AM" in a row's text run: the raw date kept only
    "June 3, 2024"."""
    top = '<div class="meta"><a href="/author/jane-doe">Jane Doe</a> · June 3, 2024 · 10:30 AM</div>'
    record = parse_article(_page(top, "en"), _URL_NO_DAY, fetched_at="2026-01-20T12:00:00Z")
    assert record is not None and record.published is not None
    assert record.published[:10] == "2024-06-03"
    assert record.provenance["published_raw"] == "June 3, 2024 · 10:30 AM"
    # hours from and to after a date ("13:15 Uhr - 19:00 Uhr") are an event's opening
    # hours: the header's row dates the event, not the page (test_dates_event_hours.py)
    top = '<div class="meta"><a href="/author/jane-doe">Jane Doe</a> · 30. März 2020, 13:15 Uhr - 19:00 Uhr</div>'
    record = parse_article(_page(top), _URL_NO_DAY, fetched_at="2026-01-20T12:00:00Z")
    assert record is not None
    assert "published_raw" not in record.provenance


def test_a_buddhist_era_numeric_date_is_read_on_thai_pages_only() -> None:
    """"15/03/2567" is 15 March 2024 on a Thai page; elsewhere the number is not
    read as a date (a reference number on a German page dated it 2024)."""
    assert find_date_span("15/03/2567", "th") == ("2024-03-15", 0)
    assert find_date_span("วันที่ 15/03/2567") == ("2024-03-15", 7)  # Thai script: a Thai page's text
    assert find_date_span("15/03/2567") is None
    assert find_date_span("Az. 15/03/2567", "de") is None
    assert find_date_span("22 เมษายน 2566") == ("2023-04-22", 0)  # a Thai month's name says it all
    assert _day(_page('<p class="date">15/03/2567</p>', "th"), None, _URL_NO_DAY) == "2024-03-15"
    assert _day(_page('<p class="date">Aktenzeichen 15/03/2567</p>'), None, _URL_NO_DAY) != "2024-03-15"


def test_an_undeclared_page_titled_in_thai_script_reads_buddhist_era_numbers() -> None:
    """A page that declares no language, titled in Thai script, is Thai: its
    "15/03/2567" is 15 March 2024 (the language is recorded as read from the script)."""
    prose = "กรุงเทพมหานครประกาศมาตรการใหม่เพื่อลดปัญหาฝุ่นละอองในพื้นที่ชั้นในของเมือง โดยจะเริ่มใช้ตั้งแต่สัปดาห์หน้า "
    html = ('<html><head><title>ข่าวกรุงเทพ</title></head><body><article><h1>ข่าวกรุงเทพ</h1>'
            f'<p class="date">15/03/2567</p>{("<p>" + prose * 6 + "</p>") * 3}</article></body></html>')
    record = parse_article(html, _URL_NO_DAY, fetched_at="2026-01-01T00:00:00Z")
    assert record is not None and record.published is not None
    assert record.published[:10] == "2024-03-15"
    assert record.provenance["language"] == "script"


@pytest.mark.parametrize(("title", "prose", "language"), [
    ("ปี ๒๕๖๗", "กรุงเทพมหานครประกาศมาตรการใหม่เพื่อลดปัญหาฝุ่นละอองในพื้นที่ชั้นในของเมือง ", "th"),
    ("ປີ ໒໕໖໗", "ນະຄອນຫຼວງວຽງຈັນປະກາດມາດຕະການໃໝ່ເພື່ອຫຼຸດຜ່ອນບັນຫາຝຸ່ນລະອອງໃນເຂດຕົວເມືອງ ", "lo"),
], ids=["thai-digits", "lao-digits"])
def test_a_title_in_a_scripts_digits_says_its_language(title: str, prose: str, language: str) -> None:
    """The characters that say a page's language by its title's script are its
    Unicode block's, the dates' (``dates.ONE_LANGUAGE_SCRIPTS``): a year in Thai or
    Lao digits ("ปี ๒๕๖๗", "Year 2567") counts as the script's as its letters do. The
    title's reading counted the letters and marks alone (two here: no language)."""
    html = (f'<html><head><title>{title}</title></head><body><article><h1>{title}</h1>'
            f'<p class="date">15/03/2567</p>{("<p>" + prose * 6 + "</p>") * 3}</article></body></html>')
    record = parse_article(html, _URL_NO_DAY, fetched_at="2026-01-01T00:00:00Z")
    assert record is not None
    assert (record.language, record.provenance["language"]) == (language, "script")


# Rules from the tuning halves' date copies (perturb_dates.py, strip_metadata.py) and the
# Mercury tuning half, s31.

def test_a_box_named_the_publications_date_beats_htmldates_guess() -> None:
    """A template's box named "publication-date" above the headline, in elements the
    header scan does not read (a web component's), printing "Frankfurt, December 16,
    2024, 12:30 Uhr": htmldate's guess from the page's source (a day in 2047 on the
    stripped copy) dated the page over it."""
    story = "".join(f"<p>{PROSE['de'] * 3}</p>" for _ in range(3))
    html = ('<html lang="de"><head><title>Wero besteht Praxistest</title></head><body>'
            '<app-section class="meta-data"><app-html id="publication-date"><div>Frankfurt,  December 16, 2024, '
            '12:30 Uhr</div></app-html></app-section><figure><img src="a.jpg"><figcaption>Ein Bild</figcaption>'
            f'</figure><h1 class="entry-title">Wero besteht Praxistest</h1>{story}'
            '<script>var build = {"buildDate": "Mon Dec 16 2047 09:38:59 GMT+0000"};</script>'
            '<footer><p>Stand 17.04.2047</p></footer></body></html>')
    assert _day(html, None, _URL_NO_DAY) == "2024-12-16"


def test_a_date_before_an_update_label_with_a_time_alone_is_the_publication() -> None:
    """"sábado, 25 de abril de 2026 <span>Actualizado a las 15:10h.</span>" in a
    <time> without datetime: the update names an hour alone, so the date before it
    is the publication's; the line was passed over as an update's."""
    top = ('<p>Daniel Aragón</p><time class="x">21:41 | sábado, 25 de abril de 2026 '
           '<span> Actualizado a las 15:10h. </span></time>')
    related = ('<div class="more"><a href="/deportes/otro"><time datetime="2026-04-23T10:00:00+02:00">23/04/2026'
               '</time> El equipo cae ante el líder</a></div>')
    assert _day(_page(top, "es").replace("</article>", "</article>" + related), None, _URL_NO_DAY) == "2026-04-25"
    # a date after the label is still the update's
    top = '<p class="date">25/04/2026 Actualizado: 27/04/2026</p>'
    assert _day(_page(top, "es"), None, _URL_NO_DAY) == "2026-04-25"


def test_a_bare_text_bylines_date_dates_the_page() -> None:
    """"<h3>standfirst</h3> by Jane Doe / 19 de janeiro de 2017 /": the byline in bare
    text after the standfirst was read for its writer only; its date went to htmldate
    (a later day in the page's source)."""
    story = "".join(f"<p>{PROSE['en'] * 3}</p>" for _ in range(3))
    html = ('<html lang="en"><head><title>An old dream</title></head><body><article class="post">'
            '<h1>An old dream</h1><div class="post-info"><h3 class="page-subtitle">Having cut Britain adrift, '
            'Brexiters are indulging in an old fantasy about a new national role in the world</h3> by Duncan Bell'
            ' / 21:54 | 19 de janeiro de 2017 / <a href="/issue/february-2017">February 2017</a></div>'
            f'{story}<p class="comment-date">20 January 2017</p></article></body></html>')
    record = parse_article(html, _URL_NO_DAY)
    assert record is not None and record.published is not None
    assert record.published[:10] == "2017-01-19"
    assert record.provenance["published_raw"] == "21:54 | 19 de janeiro de 2017"


def test_an_english_page_of_a_day_first_country_reads_numbers_day_first() -> None:
    """"6/1/2026" on a page declared "en" (no region) under a British domain is 6
    January (it was read as a US date, 1 June); on a .com the US order stays."""
    top = '<p class="byline">By Jane Doe</p><p class="date">08:39, 6/1/2026</p>'
    assert _day(_page(top, "en"), None, "https://www.example.co.uk/news/story") == "2026-01-06"
    assert _day(_page(top, "en"), None, "https://www.example.com/news/story") == "2026-06-01"
    assert _day(_page(top, "en-US"), None, "https://www.example.co.uk/news/story") == "2026-06-01"
