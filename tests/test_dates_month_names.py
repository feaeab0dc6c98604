"""Month names of Polish, Czech, Russian, Finnish and the Scandinavian languages in a
printed date, on a page whose language is not declared (or declared as another):
small hand-written pages (found with benchmarks/perturb_dates.py)."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.vocabulary import MONTHS

PROSE = "<p>" + "Der Rat hat am Dienstag lange über den neuen Haushalt beraten und vieles offen gelassen. " * 6 + "</p>"


def _page(dateline: str, lang: str = "") -> str:
    attribute = f' lang="{lang}"' if lang else ""
    return (f"<!doctype html><html{attribute}><head><title>Haushalt beschlossen</title></head><body>"
            f"<article><h1>Haushalt beschlossen</h1><p>{dateline}</p>{PROSE}{PROSE}</article></body></html>")


@pytest.mark.parametrize(("dateline", "lang", "day"), [
    ("4 lutego 2022", "", "2022-02-04"),                       # pl
    ("Opublikowano: 5 maja 2021, 10:15", "", "2021-05-05"),    # pl
    ("28. října 2023", "", "2023-10-28"),                      # cs
    ("31 октября 2023", "", "2023-10-31"),                     # ru
    ("5. marraskuuta 2021", "de", "2021-11-05"),               # fi, on a page declared German
    ("14:32 | 12. maj 2020", "", "2020-05-12"),                # da/sv
    ("Tirsdag, 3. marts 2020", "", "2020-03-03"),              # da
    ("3. desember 2019", "", "2019-12-03"),                    # no
    ("7 augusti 2018", "", "2018-08-07"),                      # sv
    ("4 de novembro de 2021, 03:27", "", "2021-11-04"),        # pt: the one Portuguese name missing
])
def test_a_printed_date_with_these_month_names_dates_the_page(dateline: str, lang: str, day: str) -> None:
    record = parse_article(_page(dateline, lang), "https://example.org/politik/haushalt",
                           fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and (record.published or "")[:10] == day


def test_the_names_are_lower_case_and_each_gives_its_month() -> None:
    assert all(name == name.lower() and 1 <= month <= 12 for name, month in MONTHS.items())
    assert (MONTHS["lutego"], MONTHS["října"], MONTHS["октября"], MONTHS["marraskuuta"]) == (2, 10, 10, 11)


def test_a_byline_with_such_a_given_name_and_a_surname_is_still_a_name() -> None:
    html = _page("Von Maja Nowak · 4 lutego 2022")
    record = parse_article(html, "https://example.org/politik/haushalt", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.authors == ["Maja Nowak"]


def test_a_polish_creation_label_names_the_publication() -> None:
    """"Data utworzenia: 12 maja 2023" (Polish: date of creation) is the page's own
    date, as "Erstellt" and "Created" are: with the Polish month names read, the
    label before the date was taken for another event's."""
    html = _page("Data utworzenia: 12 maja 2023, 10:00 · Aktualizacja: 14 maja 2023, 09:00", "pl")
    record = parse_article(html, "https://example.org/politik/haushalt", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and (record.published or "")[:10] == "2023-05-12"


@pytest.mark.parametrize(("dateline", "lang", "published"), [
    ("2020. április 20.", "", "2020-04-20"),                          # hu, page language undeclared
    ("2020. ápr. 20. 14:35", "hu", "2020-04-20T14:35:00"),            # hu abbreviation, with its time
    ("Közzétéve: 2020. május 1-jén 9:05", "", "2020-05-01T09:05:00"),  # hu day suffix
    ("2021 m. balandžio 22 d. 14:35", "", "2021-04-22T14:35:00"),     # lt
    ("2021. gada 22. aprīlī", "", "2021-04-22"),                      # lv
])
def test_a_year_first_date_with_a_month_name_dates_the_page(dateline: str, lang: str, published: str) -> None:
    """Hungarian, Lithuanian and Latvian print the year first, then the month's
    name (Latvian: the day, then the month); none was read, or only by dateparser
    on a page that declared its language, without the time."""
    record = parse_article(_page(dateline, lang), "https://example.org/politik/haushalt",
                           fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published == published


def test_a_capital_month_after_a_year_opens_a_sentence() -> None:
    from crawler.parsers.metadata.dates import find_date_span
    assert find_date_span("Back in 2020. April 20 people came", "en") is None
    assert MONTHS["ápr"] == 4 and MONTHS["balandžio"] == 4 and MONTHS["aprīlī"] == 4


@pytest.mark.parametrize("text", [
    "2020. május 3 hete alatt nőtt a forgalom",   # hu: "in the 3 weeks of May 2020", a count, no date
    "In 2020. may 5 people came",                 # a sentence's end, then "may"
])
def test_a_year_first_month_with_an_open_number_is_no_date(text: str) -> None:
    """A Hungarian date closes its day ("2020. május 3.", "3-án"); a number left
    open after "2020. május" is a count the sentence goes on with (review)."""
    from crawler.parsers.metadata.dates import find_date_span
    assert find_date_span(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("2021. 4. 22. 오전 12:30", "2021-04-22T00:30:00"),   # ko: the morning's twelve is midnight's hour
    ("2021. 4. 22. 오후 12:30", "2021-04-22T12:30:00"),
    ("2021年4月22日 午前12時30分", "2021-04-22T00:30:00"),
])
def test_an_east_asian_morning_twelve_is_midnight(text: str, value: str) -> None:
    from crawler.parsers.metadata.dates import find_date_span
    assert find_date_span(text) == (value, 0)
