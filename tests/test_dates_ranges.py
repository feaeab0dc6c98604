"""A date that ends a range of days ("von 1. bis 8. Mai 2022", "1–8 May 2022") is an
event's (a sale's, a festival's), never the page's dateline, in the header or in
the text searched for a page that names no date of its own."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.date_labels import other_label
from crawler.parsers.metadata.date_search import earliest_printed_date

URL = "https://www.magazin.example.de/kaufberatung/star-wars-tag-angebote_id_92942238.html"
FETCHED = "2026-01-10T12:00:00+00:00"
STORY = "<p>" + "Die Sets sind in diesem Jahr besonders gefragt, und die Händler haben vorgesorgt. " * 8 + "</p>"


def published(standfirst: str, dateline: str) -> str | None:
    html = ('<!doctype html><html lang="de"><head><title>Lego feiert Star-Wars-Tag</title></head><body>'
            '<div class="c1"><div class="c2"><h1>Lego feiert Star-Wars-Tag: Alle Angebote im Überblick</h1>'
            f'<div class="c3"><div class="c4"><span>{standfirst}</span></div></div></div>'
            f'<div class="c5"><div class="c6">{dateline}</div></div>'
            f'<div class="c7">{STORY}</div></div></body></html>')
    article = parse_article(html, URL, fetched_at=FETCHED)
    assert article is not None
    return article.published


def test_a_range_in_the_standfirst_is_not_the_dateline_under_it():
    standfirst = "Lego feiert von 1. bis 8. Mai 2022 den Star-Wars-Tag mit zahlreichen Angeboten für Groß und Klein."
    assert published(standfirst, "Freitag, 28.04.2023, 19:25")[:10] == "2023-04-28"


@pytest.mark.parametrize("before", ["Lego feiert von 1. bis ", "vom 1.–", "1-", "from May 1 to ", "du 1er au ",
                                    "del 1 al ", "van 1 tot ", "vom 1. Mai bis ", "30. April – ", "30 April - ",
                                    "del 30 de abril al ", "30 de abril - ", "May 30 - ", "30.04.–", "30.04. bis "])
def test_the_first_day_of_a_range_before_a_date_makes_it_an_event_s(before):
    assert other_label(before)


@pytest.mark.parametrize("before", ["Heft 19 – ", "Aktualisiert 10:30 - ", "Von Anna Müller | ", "Berlin, ",
                                    "Posted on ", "Ausgabe 3/2024 - ", "Stand 10.30 - ", "Nr. 30 - "])
def test_a_number_or_a_time_before_a_date_is_no_range(before):
    assert not other_label(before)



@pytest.mark.parametrize(("standfirst", "lang"), [
    ("Vom 30. April – 2. Mai 2024 feiert die Stadt ihr Fest.", "de"),
    ("Das Fest: 30.04.–02.05.2024 auf dem Marktplatz der Stadt.", "de"),
    ("The festival runs May 30 - June 2, 2024 in the park.", "en"),
    # Polish (and Czech, Croatian) "do", until, is no German Thursday ("Do") before the last day
    ("Festiwal trwa od 1 do 8 maja 2022 w całym mieście.", "pl"),
])
def test_a_range_across_months_or_to_a_polish_do_is_not_the_dateline_under_it(standfirst, lang):
    html = (f'<!doctype html><html lang="{lang}"><head><title>Stadtfest</title></head><body><main><article>'
            f'<h1>Stadtfest</h1><p>{standfirst}</p><p>05.04.2024, 10:20</p><div class="text">{STORY}</div>'
            '</article></main></body></html>')
    article = parse_article(html, "https://www.stadt.example.org/news/fest", fetched_at=FETCHED)
    assert article is not None
    assert (article.published or "")[:10] == "2024-04-05"


def test_a_range_s_first_day_with_its_year_is_an_event_s_too():
    # the first date of a range across years is found first: its year, a dash, the last day
    html = ('<!doctype html><html lang="en"><head><title>Winter festival</title></head><body><main><article>'
            '<h1>Winter festival</h1><p>The festival runs Dec 30, 2023 – Jan 2, 2024 in the park.</p>'
            f'<p>Friday, 12/01/2023, 10:20</p><div class="text">{STORY}</div></article></main></body></html>')
    article = parse_article(html, "https://www.city.example.org/news/winter-festival", fetched_at=FETCHED)
    assert article is not None
    assert (article.published or "")[:10] == "2023-12-01"
    assert earliest_printed_date(["30.12.2023 bis 02.01.2024: Winterzauber im Park", "1. Dezember 2023"], "de",
                                 "2026-01-01") == "2023-12-01"
    assert earliest_printed_date(["3. Mai 2024 - 12:00 Uhr", "1. Juni 2024"], "de", "2026-01-01") == "2024-05-03"
