"""Printed stamps of class-neutral pages (#8): two-digit years with dashes ("16-05-24"),
Roman-numeral months ("16.V.2024"), a stamp whose element keeps the full date in a
tooltip or a data attribute, and the day and month of a numeric date read by the
page's other dates and never after the fetch. Pages with neutral class names and no
structured data, as ``benchmarks/strip_metadata.py --neutral-names --plain-tags
--short-dates`` makes them."""

from __future__ import annotations

import pytest
from lxml import html

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.metadata.date_search import _short_stamp
from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.metadata.relative_dates import tooltip_published

_PROSE = {
    "de": "Der Rat hat am Dienstag lange über den neuen Haushalt beraten und vieles offen gelassen.",
    "en": "The council argued for hours over the new budget on Tuesday and left much of it open.",
    "pl": "Rada miasta długo debatowała we wtorek nad nowym budżetem i wiele spraw pozostawiła otwartych.",
    "it": "Il consiglio comunale ha discusso a lungo martedì del nuovo bilancio lasciando molte questioni aperte.",
    "ro": "Consiliul local a dezbătut marți ore întregi noul buget și a lăsat multe întrebări deschise.",
}
_URL = "https://example.org/news/council-budget-debate-runs-late"


def _page(stamp: str, lang: str, after: str = "") -> str:
    prose = "".join(f"<p>{_PROSE[lang]} ({n})</p>" for n in range(6))
    return (f'<html lang="{lang}"><head><title>Budget debate</title></head><body>'
            f'<div class="k1a2b3c"><a href="/">Home</a></div><div class="k4d5e6f"><h1>Budget debate</h1>'
            f'<div class="k7a8b9c">{stamp}</div>{prose}{after}</div></body></html>')


def _parse(html: str, fetched: str | None = None) -> Article:
    article = parse_article(html, _URL, fetched_at=fetched)
    assert article is not None
    return article


@pytest.mark.parametrize(("stamp", "lang", "day"), [
    ("16-05-24", "de", "2024-05-16"),            # PHP's "d-m-y"
    ("16-05-24 10:30", "de", "2024-05-16"),
    ("05-16-24", "en", "2024-05-16"),            # "m-d-y": no 16th month
    ("16.V.2024", "pl", "2024-05-16"),           # Roman-numeral months
    ("16 V 2024", "pl", "2024-05-16"),
    ("16. V. 2024, 10:30", "it", "2024-05-16"),
    ("3-XII-2023", "ro", "2023-12-03"),
])
def test_a_short_or_roman_stamp_dates_a_neutral_page(stamp: str, lang: str, day: str) -> None:
    assert (_parse(_page(stamp, lang)).published or "")[:10] == day


@pytest.mark.parametrize("text", ["Score 3-2-24", "Henry V 2024 edition", "2-16-05-24", "16-05-24-3", "16 v 2024"])
def test_no_date_in_a_score_a_name_or_a_code(text: str) -> None:
    """A dashed short date pads its day and month; a Roman month is a capital numeral between
    a day and a year; a run of dashed numbers is a code."""
    assert find_date_span(text, "en") is None


@pytest.mark.parametrize(("stamp", "lang"), [
    ('<span data-date="2024-05-16T10:30:00Z">vor 2 Stunden</span>', "de"),
    ('<span data-utime="1715855400">3 hours ago</span>', "en"),          # epoch seconds, Facebook's
    ('<span title="Thursday, May 16, 2024 10:30 AM">May 16</span>', "en"),  # a yearless stamp
    ('<abbr title="16.05.2024 10:30">10:30</abbr>', "de"),                 # a time alone
])
def test_the_full_date_a_stamp_keeps_in_its_attributes_is_taken(stamp: str, lang: str) -> None:
    assert (_parse(_page(stamp, lang)).published or "")[:10] == "2024-05-16"


def test_a_yearless_stamp_of_another_day_than_its_tooltip_is_no_stamp() -> None:
    assert _parse(_page('<span title="Thursday, May 16, 2024">May 18</span>', "en")).published is None


def test_the_pages_other_dates_say_it_writes_the_day_first() -> None:
    """"04/05/24" reads either way; on a page in English that also prints "23/04/24" (no
    23rd month) the page writes the day first: 4 May."""
    plain = _parse(_page("04/05/24", "en"))
    assert plain.published == "2024-04-05"
    told = _parse(_page("04/05/24", "en", '<div class="kfe12ab"><p>Reader, 23/04/24: thank you.</p></div>'))
    assert told.published == "2024-05-04"


def test_a_stamp_read_month_first_after_the_fetch_is_read_day_first() -> None:
    """"07/05/24" fetched on 8 May 2024 is not 5 July: the day first reading, 7 May."""
    assert _parse(_page("07/05/24", "en"), "2024-05-08T10:00:00Z").published == "2024-05-07"
    assert _parse(_page("07/05/24", "en"), "2024-08-08T10:00:00Z").published == "2024-07-05"


def _widget_page(stamp: str, lang: str = "de") -> str:
    """A page builder's story: the headline, its stamp and the text each in widgets of
    their own, neutral class names, no structured data."""
    prose = "".join(f'<div class="k5088fb"><p>{_PROSE[lang]} ({n})</p></div>' for n in range(6))
    return (f'<html lang="{lang}"><head><title>Budget debate</title></head><body><div class="k1a2b3c">'
            f'<a href="/">Home</a></div><div class="k9e1"><div class="k5088fb"><h3 class="kca1">Budget debate</h3></div>'
            f'<div class="k5088fb"><p class="k499">{stamp}</p></div>{prose}</div></body></html>')


@pytest.mark.parametrize(("stamp", "lang", "day"), [
    ("06.11.23 / 09:18 Uhr", "de", "2023-11-06"),
    ("28.01.22", "de", "2022-01-28"),
    ("Politik | 06.11.23", "de", "2023-11-06"),
    ("01/27/20", "en", "2020-01-27"),
])
def test_a_stamp_line_with_a_two_digit_year_dates_the_story(stamp: str, lang: str, day: str) -> None:
    assert (_parse(_widget_page(stamp, lang)).published or "")[:10] == day


@pytest.mark.parametrize("text", [
    "Die Stadt hat die Version 1.5.24 der App am Dienstag für alle Nutzer freigegeben, sagt sie heute.",
    "Ergebnis 3.1.24 nach Verlängerung",
    "Die Version 12.05.24 der App",
])
def test_a_two_digit_year_in_a_sentence_is_no_stamp(text: str) -> None:
    """In running text "1.5.24" is a version or a score: a two-digit year is a stamp's only on a
    line of its own, opening it or after a dateline's words or a separator."""
    assert _short_stamp(text, "de") is None
    assert _short_stamp("06.11.23 / 09:18 Uhr", "de") == ("2023-11-06", 0)


@pytest.mark.parametrize("stamp", [
    # a schedule's game times: the local time printed, the UTC one kept (another day's event, linked)
    '<ul><li><a href="/game/1"><span data-time="05/18/2024 6:00:00 PM">1:00 PM</span></a></li></ul>',
    '<span data-time="05/18/2024 6:00:00 PM">1:00 PM</span>',   # a time alone the tooltip does not print
    '<a href="/news/other-story"><span data-date="2024-05-18">May 18</span></a>',  # a linked card's
])
def test_a_schedules_time_or_a_linked_cards_date_is_no_stamp(stamp: str) -> None:
    assert _parse(_page(stamp, "en")).published is None


@pytest.mark.parametrize(("stamp", "day"), [
    ('<span data-time="2024-05-18T11:00:00Z">1:00 PM</span>', None),     # "1:00" is not the hour of "11:00"
    ('<span data-time="2024-05-18T13:00:00">1:00 PM</span>', "2024-05-18"),  # the same hour on the clock of 24
    ('<span data-time="2024-05-18T09:05:00">9:05</span>', "2024-05-18"),
    # an attribute named for an update, an edit or an end is no stamp's publication
    ('<span data-updated-time="1716026400">2 days ago</span>', None),
    ('<span data-modified-date="2024-05-18">2 days ago</span>', None),
    ('<span data-update="2024-05-18">vor 2 Tagen</span>', None),
    ('<span data-expires-time="2024-05-18">May 18</span>', None),
    ('<span data-publish-time="2024-05-18">2 days ago</span>', "2024-05-18"),
    ('<span data-edited-time="2024-05-18">2 days ago</span>', None),
    ('<span data-edition-date="2024-05-18">2 days ago</span>', "2024-05-18"),  # a print edition's day
])
def test_a_data_attributes_moment_and_hour(stamp: str, day: str | None) -> None:
    found = tooltip_published(html.fromstring(f"<div><h1>Budget debate</h1>{stamp}</div>"))
    assert (found[0] if found else None) == day


def test_a_results_tables_kick_off_time_does_not_date_the_page() -> None:
    """A table cell's time under its data attribute is a fixture's kick-off, not the story's
    stamp: the date the title prints stays the page's."""
    table = '<table><tr><td>Anstoß</td><td data-kickoff-time="2024-05-12T15:30:00">15:30</td></tr></table>'
    page = _page("", "de", after=table).replace("<title>Budget debate", "<title>Budget debate 16.05.2024")
    assert (_parse(page, "2024-05-20T10:00:00Z").published or "")[:10] == "2024-05-16"


@pytest.mark.parametrize("text", ["Tým vyhrál 3:1. V 2024 plánuje další sezónu.",  # Czech "V" (in) opening a sentence
                                  "Tržby klesly o 12. V 2024 firma čeká růst."])
def test_a_sentence_opening_with_czech_v_before_a_year_is_no_roman_month(text: str) -> None:
    """A Roman month has the same mark either side ("16.V.2024", "16 V 2024", "16. V. 2024")."""
    assert find_date_span(text, "cs") is None
