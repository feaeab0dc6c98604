"""Printed date forms the finder missed or misread, found by rewriting the dates of
the tuning pages and the CMS fixtures into other forms (benchmarks/perturb_dates.py)."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.dates import find_date_span

PROSE = "<p>" + "Der Rat hat am Dienstag lange über den neuen Haushalt beraten und vieles offen gelassen. " * 6 + "</p>"
URL = "https://example.org/politik/haushalt"
FETCHED = "2026-12-06T00:00:00Z"


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("２０２１年４月２２日 １４：３５", None, "2021-04-22T14:35:00"),    # full-width digits and colon
    ("٢٢ أبريل ٢٠٢١", "ar", "2021-04-22"),                             # Arabic-Indic digits
    ("2021. 4. 22. 오후 2:35", "ko", "2021-04-22T14:35:00"),           # Korean, the afternoon's time
    ("2021. 4. 22.", None, "2021-04-22"),
    ("2021년 4월 22일 (목) 오후 2시 35분", None, "2021-04-22T14:35:00"),  # weekday in brackets, 시/분
    ("2021年4月22日（木）14時35分", None, "2021-04-22T14:35:00"),
    ("22 Nisan 2021", None, "2021-04-22"),                              # tr, language undeclared
    ("3 Mart 2021 14:35", None, "2021-03-03T14:35:00"),
    ("22 квітня 2021", None, "2021-04-22"),                             # uk
    ("22-Apr-2021", None, "2021-04-22"),
])
def test_these_printed_forms_are_read(text: str, lang: str | None, found: str) -> None:
    assert (find_date_span(text, lang) or ("",))[0] == found


def test_a_weekday_opens_the_date_it_names() -> None:
    """"dimanche, 30 septembre 2018": the date starts at the weekday, so a byline
    row's date is as near its start as without one."""
    assert find_date_span("Tue, 3 May 2024") == ("2024-05-03", 0)
    assert find_date_span("Par Loïc Le Clerc | dimanche, 30 septembre 2018, 21:50", "fr") == (
        "2018-09-30T21:50:00", 20)
    assert find_date_span("Demo 3 May 2024") == ("2024-05-03", 5)  # no weekday's name


def _page(above: str, below: str = "", title: str = "Haushalt beschlossen", lang: str = "de") -> str:
    return (f"<!doctype html><html lang=\"{lang}\"><head><title>{title}</title></head><body><article><header>"
            f"{above}<h1>Haushalt beschlossen</h1>{below}</header>{PROSE}{PROSE}</article></body></html>")


def test_a_byline_row_above_the_headline_with_a_weekday_dates_the_page() -> None:
    row = '<span class="-meta"><a href="/">Accueil</a> | Par <a href="/a/lc">Loïc Le Clerc</a> | dimanche, 30 septembre 2018, 21:50</span>'
    record = parse_article(_page(row, lang="fr"), URL, fetched_at=FETCHED)
    assert record is not None and record.published == "2018-09-30T21:50:00"


def test_an_update_marked_time_without_datetime_above_the_headline_is_passed_over() -> None:
    """WordPress's "<time class=entry-date published>…</time><time class=updated>…</time>"
    with no ``datetime``: the update's printed date, nearest the headline, was taken."""
    row = ('<div class="entry-meta"><span class="posted-on">Publié le <a href="/p"><time class="entry-date published">'
           '14.02.2024, 15:13</time><time class="updated">21 février 2024</time></a></span></div>')
    record = parse_article(_page(row, lang="fr"), URL, fetched_at=FETCHED)
    assert record is not None and (record.published or "")[:10] == "2024-02-14"


def test_a_box_marked_as_a_date_dates_a_page_htmldate_cannot_read() -> None:
    """A date box in the story's own footer, in a form htmldate does not read
    without its slow search (a Hungarian month), no dateline by the headline: the
    page was dated by the earliest date in its text (a date the story mentions)."""
    prose = "<p>" + "A kórus 2023. január 12. óta próbál az új műsorral a város kultúrházában. " * 6 + "</p>"
    html = ("<!doctype html><html lang=\"hu\"><head><title>Próbál a kórus</title></head><body><article>"
            f"<h1>Próbál a kórus a jubileumra</h1><figure><img src='/c.jpg' alt=''></figure>{prose}{prose}"
            "<footer class=\"entry-footer\"><div class=\"meta__date\">2024. március 5., 10:12</div></footer>"
            "</article><aside class=\"sidebar\"><div class=\"post-date\">2024. január 1.</div>"
            "</aside></body></html>")
    record = parse_article(html, URL, fetched_at=FETCHED)
    assert record is not None and record.published == "2024-03-05"


def test_a_title_ending_in_a_weekday_date_and_time_dates_the_page() -> None:
    html = _page("", title="Haushalt beschlossen – Stadtradio – Dienstag, 5. März 2024, 11:14 Uhr")
    record = parse_article(html, URL, fetched_at=FETCHED)
    assert record is not None and record.published == "2024-03-05"


def test_a_press_release_line_with_a_weekday_after_vom_dates_the_page() -> None:
    """The line was not read (a weekday between "vom" and the date), and the page was
    dated by the earliest date its text names."""
    row = '<p class="dachzeile">Pressemitteilung Nr. 45/2024 vom Dienstag, 5. März 2024</p>'
    html = _page(row).replace("</article>", "<p>Die Arbeiten begannen am 1. März 2024.</p></article>")
    record = parse_article(html, URL, fetched_at=FETCHED)
    assert record is not None and record.published == "2024-03-05"


def _undeclared(byline: str, text: str) -> str:
    """A table-layout page that declares no language: byline and text in it."""
    paragraphs = "<br><br>".join(f"{text} ({i})" for i in range(4))
    return ("<html><head><title>Le conseil adopte le budget</title></head><body><table><tr><td>"
            "<font size='5'><b>Le conseil adopte le budget</b></font><br>"
            f"<font size='2'>{byline}</font><br><br><font size='3'>{paragraphs}</font></td></tr></table></body></html>")


def test_a_numeric_date_on_a_page_of_no_declared_language_is_read_in_its_text_s_language() -> None:
    french = ("Le projet passe désormais devant une seconde commission, qui doit rendre ses conclusions"
              " avant l'hiver, selon la mairie et les habitants présents à la réunion de mardi soir.")
    record = parse_article(_undeclared("par Aïcha Traoré · Publié le 11/02/2023 dans Culture", french),
                           "https://courrier.example/cgi-bin/article.asp?id=4021")
    assert record is not None and (record.published or "")[:10] == "2023-02-11"
    assert record.language is None  # the record's language stays as declared
    english = ("The proposal now goes to a second committee, which is expected to report before the winter,"
               " officials said after the meeting with residents on Tuesday evening at the town hall.")
    record = parse_article(_undeclared("by Ann Lee · Posted on 11/02/2023 in World", english),
                           "https://ledger.example/cgi-bin/article.asp?id=4021")
    assert record is not None and (record.published or "")[:10] == "2023-11-02"  # US order, as before
