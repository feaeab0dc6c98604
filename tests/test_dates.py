"""Date normalisation and printed-date parsing."""

from __future__ import annotations

import doctest
from datetime import datetime, timezone

import pytest

from crawler.parsers.metadata import dates
from crawler.parsers.metadata.dates import find_date_in_text, is_plausible, normalise_date, parse_reading_time


@pytest.mark.parametrize("raw,expected", [
    ("2025-07-16", "2025-07-16"),
    ("2025-07-16T08:30:00Z", "2025-07-16T08:30:00+00:00"),
    ("2025-07-16T08:30:00.123456+02:00", "2025-07-16T08:30:00+02:00"),
    ("2025-07-16T08:30:00-0400", "2025-07-16T08:30:00-04:00"),
    ("2025-07-16T08:30+05:30", "2025-07-16T08:30:00+05:30"),
    ("2025-07-16 08:30:00", "2025-07-16T08:30:00"),
    ("2025-07-16T08:30:00 UTC", "2025-07-16T08:30:00+00:00"),
    ("20250716", "2025-07-16"),
    ("2025/07/16", "2025-07-16"),
    ("Wed, 16 Jul 2025 08:30:00 +0000", "2025-07-16T08:30:00+00:00"),
    ("1752654600", "2025-07-16T08:30:00+00:00"),
    ("July 16, 2025", "2025-07-16"),
    ("16.07.2025", "2025-07-16"),
])
def test_normalise_date(raw, expected):
    assert normalise_date(raw) == expected


@pytest.mark.parametrize("raw", ["", "garbage", "2025-13-40", "1985-01-01", "2999-01-01", None, "0"])
def test_normalise_date_rejects(raw):
    assert normalise_date(raw) is None


@pytest.mark.parametrize("text,lang,expected", [
    ("July 16, 2025 - 3 min Read", "en", "2025-07-16"),
    ("Posted on 07/16/2025", "en", "2025-07-16"),
    ("Posted on 07/06/2025", "en-US", "2025-07-06"),
    ("Posted on 07/06/2025", "en-GB", "2025-06-07"),
    ("Published 16 July 2025, 3:05pm", "en", "2025-07-16T15:05:00"),
    ("Jul. 16th, 2025 at 9:05 AM", "en", "2025-07-16T09:05:00"),
    ("16. Juli 2025, 14:20 Uhr", "de", "2025-07-16T14:20:00"),
    ("Mis à jour le 16 juillet 2025", "fr", "2025-07-16"),
    ("16 de julio de 2025", "es", "2025-07-16"),
    ("2025-07-16", None, "2025-07-16"),
])
def test_find_date_in_text(text, lang, expected):
    assert find_date_in_text(text, lang) == expected


def test_find_date_in_text_uses_dateparser_for_other_languages():
    assert find_date_in_text("16 lipca 2025", "pl") == "2025-07-16"


@pytest.mark.parametrize("text", ["no date here", "3 min read", "Call 555-1234", ""])
def test_find_date_in_text_none(text):
    assert find_date_in_text(text, "en") is None


def test_plausible_relative_to_now():
    now = datetime(2025, 7, 16, tzinfo=timezone.utc)
    assert is_plausible("2025-07-17", now)
    assert not is_plausible("2025-07-20", now)
    assert not is_plausible("1989-12-31", now)


@pytest.mark.parametrize("text,minutes", [
    ("July 16, 2025 - 3 min Read", 3), ("5 minute read", 5), ("Lesezeit: 4 Minuten", 4),
    ("Reading time: 7 min", 7), ("PT3M", 3), ("PT1H5M", 65), ("2 mins read", 2),
    ("Updated 3 minutes ago", None), ("", None), ("PT0M", None),
])
def test_reading_time(text, minutes):
    assert parse_reading_time(text) == minutes


def test_doctests():
    assert doctest.testmod(dates).failed == 0


@pytest.mark.parametrize(("text", "expected"), [
    # US Eastern time changes at 2 a.m. local on the second Sunday of March (2007 on)
    ("March 9, 2025 1:30 a.m. ET", "2025-03-09T01:30:00-05:00"),
    ("March 9, 2025 3:30 a.m. ET", "2025-03-09T03:30:00-04:00"),
    # before 2007 summer time began on the first Sunday of April
    ("March 20, 2006 10:00 a.m. ET", "2006-03-20T10:00:00-05:00"),
    ("July 16, 2025 10:00 a.m. PT", "2025-07-16T10:00:00-07:00"),
    # an abbreviation names its offset whatever the date
    ("July 16, 2025 10:00 CET", "2025-07-16T10:00:00+01:00"),
    ("January 16, 2025 10:00 EDT", "2025-01-16T10:00:00-04:00"),
])
def test_us_zone_names_take_their_offset_from_the_tz_database(text, expected):
    assert find_date_in_text(text) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Veröffentlicht am 27.04.24 um 07:39 Uhr", "de", "2024-04-27T07:39:00"),
    ("am 27.04.24.", "de", "2024-04-27"),
    ("On 11/13/19 at 4:00 PM EST", "en", "2019-11-13T16:00:00-05:00"),
    ("Version 1.5.24.3", "en", None),   # a version number, not a date
    ("v1.5.24", "en", None),
])
def test_two_digit_years(text, lang, expected):
    assert find_date_in_text(text, lang) == expected


def test_two_digit_years_can_be_left_out():
    assert dates.find_date_span("Ratio 1.5.24", "en", short_years=False) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Posted 11/18/2019 8:19 PM", "2019-11-18T20:19:00"),       # "PM" in capitals
    ("2019-11-18 8:19 PM ET", "2019-11-18T20:19:00-05:00"),
])
def test_numeric_dates_read_their_am_pm_in_any_case(text, expected):
    assert find_date_in_text(text, "en") == expected


def test_yearless_dates_take_the_year_given():
    assert dates.find_yearless_date("Posted Nov 18, 8:19 PM", 2019) == "2019-11-18T20:19:00"
    assert dates.find_yearless_date("18. November, 20:19 Uhr", 2019, "de") == "2019-11-18T20:19:00"
    assert dates.find_yearless_date("November 18, 2019", 2019) is None  # has its year


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("2024/12/04 00:05", "ja", "2024-12-04T00:05:00"),      # Japanese, Chinese datelines
    ("Atnaujinta 2024.03.31 19:59", "lt", "2024-03-31T19:59:00"),
    ("입력 2026. 01. 29. 18:40", "ko", "2026-01-29T18:40:00"),
    ("2024年12月3日 10:00", None, "2024-12-03T10:00:00"),  # no language declared
    ("2026년 1월 29일", None, "2026-01-29"),
    ("PyCharm 2020.1.2", "en", None),                      # a version, not a date
    ("Build 2024.03.31.1", "en", None),
])
def test_year_first_dates_with_other_separators(text, lang, expected):
    assert find_date_in_text(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Lunes 3 de mayo del 2024, 10:30", "es", "2024-05-03T10:30:00"),  # Latin American Spanish
    ("3 de mayo del 2024", None, "2024-05-03"),
    ("Posted on the 16th of July, 2025", "en", "2025-07-16"),
])
def test_day_month_year_with_del_or_of(text, lang, expected):
    assert find_date_in_text(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "short_years", "expected"), [
    ("Install widget 2024.03.31 or later", "en", False, None),   # running text: a version
    ("Der Kurs lag bei 2023.10.15 Punkten", "de", False, None),
    ("2024.03.31. napján írták alá", "hu", False, "2024-03-31"),  # Hungarian writes dates so
    ("Atnaujinta 2024.03.31 19:59", "lt", True, "2024-03-31T19:59:00"),  # a dateline: any language
    ("Updated 2024.03.31", "en", True, "2024-03-31"),
    ("version 2024.03.31", "en", True, None),                     # a version, labelled or not
    ("pip install widget==2024.03.31", "en", True, None),
    ("Download v2024/03/31", "en", True, None),
])
def test_dotted_year_first_dates_by_context(text, lang, short_years, expected):
    found = dates.find_date_span(text, lang, short_years=short_years)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Install widget 2024.03.31 or later to get the new API", "en", None),  # a version, in a line
    ("Jane Doe | 2024.03.31", "en", "2024-03-31"),                          # a byline's date
    ("2024.03.31 10:00", "de", "2024-03-31T10:00:00"),
    ("Stand: 2024.03.31", "de", "2024-03-31"),
    ("Telepítve 2024.03.31. napján", "hu", "2024-03-31"),                  # written so in Hungarian
])
def test_a_dotted_year_first_date_in_a_line_opens_it_or_follows_a_label(text, lang, expected):
    assert find_date_in_text(text, lang) == expected


@pytest.mark.parametrize("text,expected", [
    ("Datum: 03.Mär.19", "2019-03-03"),
    ("03-Mar-19 10:15", "2019-03-03T10:15:00"),
    ("15.Jun.98", "1998-06-15"),  # last century after 40
    ("am 3. Mai 19:00 Uhr", None),  # a time, not a year
    ("On 3 May 19 people came", None),  # no dots or dashes around the month
])
def test_day_month_name_and_two_digit_year(text, expected):
    found = find_date_in_text(text, "de")
    assert found == expected
    # running text (no label, no header line) reads no two-digit year
    assert dates.find_date_span(text, "de", short_years=False) is None


@pytest.mark.parametrize("text,expected", [
    ("5 de març de 2024", "2024-03-05"),
    ("5 d'abril de 2024, 10:12", "2024-04-05"),
])
def test_catalan_dates_with_de_between_the_parts(text, expected):
    assert (find_date_in_text(text, "ca") or "")[:10] == expected


def test_hungarian_dates_with_the_year_first():
    assert (find_date_in_text("Szerző: Nagy Eszter | 2024. március 5. 10:12", "hu") or "")[:10] == "2024-03-05"


@pytest.mark.parametrize("text,expected", [
    ("06. 01. 2026, 14:59 Uhr", "2026-01-06T14:59:00"),
    ("Autor: Jan Dvořák | 5. 3. 2024 10:12", "2024-03-05T10:12:00"),
])
def test_numeric_dates_with_a_space_after_each_dot(text, expected):
    assert find_date_in_text(text, "cs") == expected


@pytest.mark.parametrize("text", [
    "Publikováno: 3. 5. 2024",   # after a label's colon
    "Jana Nová | 3. 5. 2024",    # after a separator
    "3. 5. 2024",                # a date line of its own
])
def test_an_unpadded_spaced_date_opening_its_line_or_after_a_label_is_a_date(text):
    """Czech and Slovak pages print "3. 5. 2024" in their datelines: without a time
    it is a date where a dateline puts one, not inside a sentence."""
    assert find_date_in_text(text, "cs") == "2024-05-03"


@pytest.mark.parametrize("text", [
    "Platz 1. 2. 2024 erreicht",  # ranks in a list
    "Das Ergebnis lautete in den Sätzen 6. 4. 2019 Punkte.",  # scores in a sentence
    "Kapitel 3. 12. 2020 Seiten",
])
def test_unpadded_spaced_numbers_without_a_time_are_no_date(text):
    assert find_date_in_text(text, "de") is None


@pytest.mark.parametrize("title,expected", [
    ("Post-Vac-Syndrom: Was wissen wir? – DW – 13.06.2023", "2023-06-13"),
    ("Pressemitteilung | 05.03.2024", "2024-03-05"),
    ("Rückblick auf 2023 – Stadtradio", None),  # a year alone, no day
    ("Sängerfest am 5. Mai 2024 in Oberau – Stadtradio", None),  # a date in the headline, not set apart
    ("Sommerfest – Programm ab 05.03.2024", None),  # the tail does not open with the date
    ("Stadtradio | 05.03.2024 Konzert im Park", None),  # more than a date in the tail
    ("Frühjahrsmesse | 12.–14.03.2025", None),  # a range's end: an event's days
    ("Frühjahrsmesse 12. - 14.03.2025", None),
    ("Folge 12 | 05.03.2024", "2024-03-05"),  # a number before a pipe is no range
])
def test_the_day_a_title_ends_with(title, expected):
    from lxml import html

    from crawler.parsers.metadata.date_search import title_date

    doc = html.fromstring(f"<html><head><title>{title}</title></head><body><p>x</p></body></html>")
    assert title_date(doc, "de", "2026-12-31") == expected
