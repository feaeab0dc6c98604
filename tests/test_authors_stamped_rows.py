"""Bylines whose row prints the post's stamp as two fields, a time of day and a
date ("14:32 | 05.04.2025 - Jane Doe", "Jane Doe | 23:55 | 6.11.23"), and a closing
by-line with the stamp after the names ("Von Jane Doe - 11:29"): found where the
date copies (`benchmarks/perturb_dates.py`) and the byline copies
(`benchmarks/perturb_bylines.py`) of tuning pages printed the same names beside
a stamp in another form. On small hand-written pages."""

from __future__ import annotations

from crawler.parsers.metadata.authors import (
    clean_author_list,
    clean_byline,
    dated_name,
    leads_with_date,
    without_stamp,
)
from tests.support.byline_page import authors_of, byline_authors


def test_a_time_before_the_date_of_a_dateline() -> None:
    """"13:20 | 11.12.2019 - Jane Doe": the time field before the date kept the
    line from reading as a date then a name."""
    assert dated_name("13:20 | 11.12.2019 - Amelie Loevenich") == ["Amelie Loevenich"]
    assert dated_name("13:20 | 11 декабря 2019 - Amelie Loevenich") == ["Amelie Loevenich"]
    assert dated_name("11.12.2019 | 13:20 - Amelie Loevenich") == ["Amelie Loevenich"]
    assert leads_with_date("14:32 | 05.04.2025")
    top = '<p class="text-muted">13:20 | 11.12.2019 - Amelie Loevenich</p>'
    assert authors_of("de", top=top) == ["Amelie Loevenich"]


def test_a_time_between_the_name_and_the_date() -> None:
    """"Jane Doe | 23:55 | 6.11.23": the name-first form with the time field first."""
    assert dated_name("Swantje Schemmerling | 23:55 | 6.11.23") == ["Swantje Schemmerling"]
    assert dated_name("Jane Doe | 05.04.2025 | 14:32") == ["Jane Doe"]


def test_a_time_alone_or_a_place_is_still_no_dateline() -> None:
    assert dated_name("13:20 | Amelie Loevenich") == []
    assert dated_name("13:20 | 11.12.2019 - Breaking News") == []
    assert not leads_with_date("13:20 Uhr Politik")


def test_a_closing_by_line_with_the_stamp_after_the_names() -> None:
    """"<p>Von Jane Doe - 11:29</p>" under the last paragraph: the stamp after the
    names kept the line from reading as names alone."""
    assert without_stamp("Nadja Podbregar - 11:29") == "Nadja Podbregar"
    assert without_stamp("Nadja Podbregar | 28.11.2022") == "Nadja Podbregar"
    assert authors_of("de", bottom="<p>Von Nadja Podbregar - 11:29</p>") == ["Nadja Podbregar"]
    assert authors_of("de", bottom="<p>Von Nadja Podbregar | 28.11.2022</p>") == ["Nadja Podbregar"]
    assert authors_of("en", bottom="<p>By Jane Doe and John Roe, May 3, 2024, 2:35 pm</p>") == ["Jane Doe", "John Roe"]


def test_a_closing_sentence_with_a_time_is_no_by_line() -> None:
    assert authors_of("de", bottom="<p>Von Berlin aus geht es weiter - 11:29</p>") == []


def test_a_structured_author_with_a_job_or_a_second_name_after_a_dash() -> None:
    """A CMS author field filled by hand: "Jane Doe - Staff Writer" was kept whole,
    "Matthias Hille - Lukas Balbach" as one name."""
    assert clean_author_list(["Jane Doe - Staff Writer"]) == ["Jane Doe"]
    assert clean_author_list("Anna Berg – Redaktion") == ["Anna Berg"]
    assert clean_author_list("Matthias Hille - Lukas Balbach") == ["Matthias Hille", "Lukas Balbach"]
    head = '<meta name="author" content="Matthias Hille - Lukas Balbach">'
    assert authors_of("de", head=head) == ["Matthias Hille", "Lukas Balbach"]


def test_a_structured_author_with_another_part_after_a_dash_stays() -> None:
    assert clean_author_list("Jane Doe | Reuters") == ["Jane Doe", "Reuters"]
    assert clean_author_list("Jane Doe") == ["Jane Doe"]


def test_a_weekday_in_the_next_element_is_no_last_name() -> None:
    """"Von <a>Lisa Petrich</a></p><p><a>Mi, 18. Okt.</a>" read "Lisa Petrich Mi"
    when the date after the weekday took a form the date pattern does not know:
    the next element's first word ends in a comma, so it is not the name's."""
    top = ('<div class="info"><p>Von <a href="/lisa-petrich">Lisa Petrich</a></p>'
           '<p><a href="/archiv/">Mi, mercoledì, 18 ottobre 2023</a></p></div>')
    assert authors_of("de", top=top) == ["Lisa Petrich"]


def test_a_desk_named_after_its_beat_or_city_beside_a_writer() -> None:
    """"By Jane Doe, Metro Desk" read the desk as a co-author (a desk's own word
    first, "News Desk", "Redaktion Politik", was read as the writer's)."""
    assert clean_byline("By Jane Doe, Metro Desk") == ["Jane Doe"]
    assert clean_byline("By Jane Doe, Washington Bureau") == ["Jane Doe"]
    assert clean_byline("Von Jane Doe, Lokalredaktion") == ["Jane Doe"]
    assert byline_authors("By Jane Doe, Metro Desk") == ["Jane Doe"]


def test_a_desk_alone_is_still_the_credit() -> None:
    assert clean_byline("By Metro Desk") == ["Metro Desk"]
    assert clean_byline("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]


def test_a_date_then_a_name_in_elements_of_their_own() -> None:
    """"<span>28. Jan. 2022</span> <span>Paula Balov</span>" under the headline:
    the name-first row ("<span>Jane Doe</span> <time>") was read, the date-first
    one not (its writer's class made neutral, `benchmarks/perturb_names.py`)."""
    top = '<div class="c4360664872"><span>28. Jan. 2022</span> <span><span>Paula Balov </span></span></div>'
    assert authors_of("de", top=top) == ["Paula Balov"]


def test_a_label_then_a_name_is_no_dated_row() -> None:
    assert authors_of("de", top="<div><span>Politik</span> <span>Paula Balov</span></div>") == []
    assert authors_of("de", top="<div><span>28. Jan. 2022</span> <span>Austin FC</span></div>") == []


def test_a_paper_or_a_desk_after_a_dash_is_no_second_writer() -> None:
    """A paper or a desk whose name opens with a given name ("Charlotte Observer",
    "Austin American-Statesman", "Washington Bureau") was read as a second writer:
    it is the writer's, as a job after the dash is. A surname that is also a paper's
    word ("Sun") still names a second writer."""
    for value in ("Jane Doe - Charlotte Observer", "Jane Doe - Austin American-Statesman",
                  "Jane Doe - Washington Bureau", "Jane Doe | Daily News"):
        assert clean_author_list(value) == ["Jane Doe"]
    assert clean_author_list("Matthias Hille - Lukas Balbach") == ["Matthias Hille", "Lukas Balbach"]
    assert clean_author_list("Jane Doe - Lisa Sun") == ["Jane Doe", "Lisa Sun"]
