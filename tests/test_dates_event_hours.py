"""A date followed by hours from and to ("Sa., 15.01.2022, 9:00 – 17:00 Uhr") is an
event's, never the publication day of a page that names no date of its own."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.date_search import earliest_printed_date

FETCHED = "2026-01-10T12:00:00+00:00"
STORY = "<p>" + "Nach dem Ende der Sperrfrist darf wieder gedüngt werden, wenn der Boden aufnahmefähig ist. " * 6 + "</p>"


def test_an_event_s_opening_hours_do_not_date_the_page():
    html = ('<!doctype html><html lang="de"><head><title>Sperrfristende 1. Februar</title></head><body>'
            '<div class="c1"><h1>Sperrfristende 1. Februar – Hinweise zur Düngung</h1>'
            f'<div class="c2">{STORY}</div><div class="c3"><p>Sa., 15.01.2022, 9:00 – 17:00 Uhr '
            'Ein Workshop für Betriebe, die Blühstreifen anlegen wollen.</p></div>'
            '<div class="c4"><p>28.01.2022</p></div></div></body></html>')
    article = parse_article(html, "https://www.behoerde.example.de/news/38853_Sperrfristende", fetched_at=FETCHED)
    assert article is not None
    assert (article.published or "")[:10] == "2022-01-28"


def test_hours_from_and_to_after_a_date_leave_it_out_a_single_time_does_not():
    assert earliest_printed_date(["May 3, 2024, 10am-4pm: open day", "June 1, 2024"], "en", "2026-01-01") == "2024-06-01"
    assert earliest_printed_date(["3. Mai 2024, 14-16 Uhr Sprechstunde", "1. Juni 2024"], "de", "2026-01-01") == "2024-06-01"
    assert earliest_printed_date(["3. Mai 2024 - 12:00 Uhr", "1. Juni 2024"], "de", "2026-01-01") == "2024-05-03"


def test_an_event_s_day_named_again_in_its_text_does_not_date_the_page():
    html = ('<!doctype html><html lang="de"><head><title>Sommerfest 2024</title></head><body>'
            '<div class="c1"><h1>Sommerfest 2024</h1><div class="c2"><p>Termin: Sa., 12. Mai 2024</p>'
            '<p>Das Sommerfest findet am 12. Mai 2024 im Park statt, alle Mitglieder sind herzlich eingeladen. '
            'Der Vorstand freut sich auf viele Gäste und ein schönes Fest.</p>' + STORY + '</div></div></body></html>')
    article = parse_article(html, "https://www.verein.example.de/termine/sommerfest-2024", fetched_at=FETCHED)
    assert article is not None
    assert article.published is None


def test_a_day_printed_as_an_event_s_leaves_the_earliest_other_day():
    pieces = ["30. März 2020, 13:15 Uhr - 19:00 Uhr", "Deadline: 15. März 2020", "Freitag, 30. März 2020", "2. April 2020"]
    assert earliest_printed_date(pieces, "de", "2026-01-01") == "2020-04-02"


def test_hours_a_dateline_s_story_names_leave_the_date_the_page_s():
    # the hours of the market the story is about, after words of its own: not the date's
    story = "Der Wochenmarkt kehrt nach dem Umbau zurück, die Händler freuen sich auf ihre Kunden. " * 6
    html = ('<!doctype html><html lang="de"><head><title>Wochenmarkt kehrt zurück</title></head><body><main><article>'
            '<h1>Wochenmarkt kehrt zurück</h1><p>3. April 2024 – Markt von 9 bis 13 Uhr offen</p>'
            f'<div class="text"><p>{story}</p></div></article></main></body></html>')
    article = parse_article(html, "https://www.stadt.example.de/news/wochenmarkt", fetched_at=FETCHED)
    assert article is not None
    assert (article.published or "")[:10] == "2024-04-03"
    assert earliest_printed_date(["May 3, 2024 — Market open 9am-1pm on Sundays"], "en", "2026-01-01") == "2024-05-03"
    assert earliest_printed_date(["Tuesday, May 3rd, 2024, from 10am to 4pm", "June 1, 2024"], "en",
                                 "2026-01-01") == "2024-06-01"


def test_a_stamp_s_two_digit_year_and_its_time_are_no_range_of_hours():
    # "04.05.22 - 00:38": the month and year "05.22" are the date's, not an hour opening
    # "05.22 - 00:38" (a template's "d.m.y - H:i" stamp under a byline, Spanish or German)
    assert earliest_printed_date(["04.05.22 - 00:38", "1. Juni 2024"], "es", "2026-01-01") == "2022-05-04"
    html = ('<!doctype html><html lang="es"><head><title>Gran titular</title></head><body><div class="k1">'
            '<h1>La Corte Suprema no imparte justicia</h1><div class="k2">Por Luciana Bertoia</div>'
            '<div class="k3"><span><span>04.05.22 - 00:38</span></span></div><div class="k4"><p>'
            + "Organismos de derechos humanos, sindicatos y partidos marcharon frente al edificio de la Corte. " * 6
            + '</p></div></div></body></html>')
    article = parse_article(html, "https://www.diario.example.com.ar/419327-la-corte-suprema", fetched_at=FETCHED)
    assert article is not None
    assert (article.published or "")[:10] == "2022-05-04"
