"""Hand-made pages on which the rules added with the CMS-theme fixtures
(tests/test_cms_themes.py) misfired: each rule still serves its fixture there,
and leaves these pages as they were before it."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

_DIRECTIONS = ("Take the regional train from the central station to Seaside and walk ten minutes along "
               "the harbour; trains run every half hour on weekdays and every hour on Sundays. ")


@pytest.mark.parametrize("heading", ["By train", "By Public Transport"])
def test_a_by_heading_over_a_page_with_no_headline_is_no_byline(heading: str) -> None:
    html = f"""<html><head><title>Getting here - Seaside Museum</title></head><body>
<div class=content><p><b>{heading}</b></p><p>{_DIRECTIONS}</p><p><b>By car</b></p><p>{_DIRECTIONS}</p>
</div></body></html>"""
    art = parse_article(html, "https://seaside-museum.example/visit/getting-here")
    assert art is not None
    if heading == "By train":  # one word: no name at all
        assert art.authors == []
    assert art.page_kind == "page", art.provenance.get("page_kind")


def test_a_byline_line_over_a_page_with_no_headline_names_the_writer() -> None:
    html = f"""<html><head><title>Reading old photographs - Oakhill History Society</title></head><body>
<div class=page><p class=meta>Article by Rupert Fane</p><p>{_DIRECTIONS * 2}</p></div></body></html>"""
    art = parse_article(html, "https://www.oakhillhistory.example/articles/photographs.html")
    assert art is not None and art.authors == ["Rupert Fane"]


_COUNCIL = ("Der Gemeinderat hat am Dienstagabend im Rathaus lange über den Vorschlag beraten, und Bürgerinnen "
            "und Bürger konnten jeweils drei Minuten lang sprechen, bevor abgestimmt wurde. ")


@pytest.mark.parametrize("lang, dek, byline", [
    ("de", "Der Beschluss des Gemeinderats vom 12. März 2023 ist nichtig.", "Von Jane Doe, 5. März 2024"),
    ("fr", "La délibération du conseil municipal du 12 mars 2023 est annulée.", "Par Jane Doe, le 5 mars 2024"),
])
def test_a_date_after_vom_or_du_in_a_standfirst_does_not_date_the_story(lang: str, dek: str, byline: str) -> None:
    html = f"""<html lang="{lang}"><head><title>Gericht kippt Beschluss - Kurier</title></head><body><article>
<h1>Gericht kippt Beschluss zur Fährlinie</h1><p class="dek">{dek}</p><p class="byline">{byline}</p>
<p>{_COUNCIL * 3}</p></article></body></html>"""
    art = parse_article(html, "https://kurier.example/lokales/urteil")
    assert art is not None and art.published == "2024-03-05"


def test_a_press_release_s_number_line_dates_it() -> None:
    html = f"""<html lang="de"><head><title>Radweg freigegeben - Stadt Lindenau</title></head><body><main>
<p class="dachzeile">Gemeinsame Pressemitteilung Nr. 45/2024 vom 05.03.2024</p>
<h1>Radweg zum Gewerbegebiet freigegeben</h1><p>{_COUNCIL * 3}</p></main></body></html>"""
    art = parse_article(html, "https://www.lindenau.example/DE/Rathaus/Presse/2024/pm-045.html")
    assert art is not None and art.published == "2024-03-05"


_MEETING = ("The council met on Tuesday evening in the town hall to discuss the proposal at length, "
            "and members of the public were invited to speak for three minutes each before the vote was taken. ")
_SUBHEADING = "What the new timetable means for commuters"


@pytest.mark.parametrize("title", ["Ferry Timetable Approved - Herald", "Herald - Lokales"])
def test_a_subheading_after_the_story_s_first_paragraph_is_no_headline(title: str) -> None:
    html = f"""<html><head><title>{title}</title></head><body>
<div class=content><p>{_MEETING * 2}</p>
<h2>{_SUBHEADING}</h2>
<p>{_MEETING * 2}</p></div></body></html>"""
    art = parse_article(html, "https://example.com/news/story")
    assert art is not None and art.title != _SUBHEADING


def test_a_site_page_s_title_is_kept_over_its_first_heading() -> None:
    html = f"""<html><head><title>Contact - Acme</title></head><body>
<div class=content><h2>Send us a message about your order</h2>
<p>{_MEETING * 2}</p></div></body></html>"""
    art = parse_article(html, "https://acme.example/contact")
    assert art is not None and art.title == "Contact"


def test_a_quoted_remark_on_editorial_standards_stays_in_the_body() -> None:
    quote = ('"The column did not meet our editorial standards and should never have been published," '
             "the editor said on Monday.")
    html = f"""<html><head><title>Paper withdraws column after complaints - Daily Bugle</title></head><body>
<article><h1>Paper withdraws column after complaints</h1><p class=byline>By Jane Doe</p>
<p>{_MEETING * 2}</p><p>{quote}</p><p>{_MEETING * 2}</p></article></body></html>"""
    art = parse_article(html, "https://example.com/news/story")
    assert art is not None and quote in art.body


def test_a_poem_s_first_line_opening_with_by_stays_in_the_body() -> None:
    html = f"""<html><head><title>Songs of exile - Poetry Weekly</title></head><body>
<article><h1>Songs of exile</h1><p class=byline>By Jane Doe</p><p>{_MEETING}</p>
<p>By the rivers of Babylon<br>there we sat down, yea, we wept, when we remembered Zion.<br>We hanged our
harps upon the willows in the midst thereof, for there they that carried us away captive required of us a song.</p>
<p>{_MEETING}</p></article></body></html>"""
    art = parse_article(html, "https://example.com/news/story")
    assert art is not None and "By the rivers of Babylon" in art.body


def test_a_date_line_with_a_word_holding_stand_is_no_updated_line() -> None:
    """"Stand:" labels a modified date; "Standort" (or a class "standfirst") does not."""
    html = f"""<html lang="de"><head><title>Fährplan beschlossen - Kurier</title></head><body><article>
<h1>Fährplan beschlossen</h1><p class="meta">Standort Lindau · 5. März 2024</p><p>{_COUNCIL * 3}</p>
<p>Zuletzt hatte der Rat am 12. Januar 2023 beraten.</p></article></body></html>"""
    art = parse_article(html, "https://kurier.example/lokales/faehre")
    assert art is not None and art.published == "2024-03-05"


_TRAMS = ("The new tram line opened on Monday, and the first trains ran almost empty until the morning rush, when "
          "commuters filled every carriage between the station and the hospital. ")


def test_writers_cards_with_the_given_and_family_name_apart_keep_both_names() -> None:
    """The row of writers' cards read from inside the first card (docusaurus-blog-en) cuts a card's
    reading at its profile link's full name only: a given name and a family name printed in elements
    of their own are one name, not a name and a job."""
    cards = "".join(f'<div class="byline column"><span class=first>{g}</span> <span class=last>{f}</span></div>'
                    for g, f in (("Ingrid", "Treborg"), ("Marlene", "Lundberg Holm")))
    html = f"""<html><head><title>Trams at last</title></head><body><article><h1>Trams at last</h1>
<div class=bylines>{cards}</div><p class=date>04.08.2024</p><div class=body><p>{_TRAMS * 3}</p><p>{_TRAMS * 2}</p></div>
</article></body></html>"""
    art = parse_article(html, "https://avis.example/nyheter/trams-at-last/123")
    assert art is not None and art.authors == ["Ingrid Treborg", "Marlene Lundberg Holm"]


def test_writers_cards_each_with_a_profile_link_and_a_job() -> None:
    """Two cards in a row, each a profile link and the writer's job under it: both writers, no job."""
    card = ('<div class="col author-col"><div class=avatar><div class=avatar__intro><div class=avatar__name>'
            '<a href="https://github.example/{h}"><span>{n}</span></a></div><small class=avatar__subtitle>{j}</small>'
            '</div></div></div>')
    cards = card.format(h="pvenkat", n="Priya Venkataraman", j="Maintainer of Burrow") + \
        card.format(h="oskarh", n="Oskar Holm", j="Storage engine developer")
    html = f"""<html><head><title>Trams at last</title></head><body><main><article><header><h1>Trams at last</h1>
<div><time datetime="2024-03-19">March 19, 2024</time> · 5 min read</div><div class=row>{cards}</div></header>
<div class=markdown><p>{_TRAMS * 3}</p><p>{_TRAMS * 2}</p></div></article></main></body></html>"""
    art = parse_article(html, "https://docs.burrow.example/blog/2024/03/19/trams")
    assert art is not None and art.authors == ["Priya Venkataraman", "Oskar Holm"]


@pytest.mark.parametrize("meta", [
    '<p>Posted on <time datetime="2024-05-16T09:12:40Z">May 16</time> • Edited on <time datetime="2024-05-20T17:00:02Z">May 20</time></p>',
    '<p>Posted on <time datetime="2024-05-16T09:12:40Z">May 16</time><span class="published-at"> • Edited on '
    '<time datetime="2024-05-20T17:00:02Z">May 20</time></span></p>',
])
def test_an_edited_time_above_the_headline_is_not_the_publication(meta: str) -> None:
    """Original over modified: the <time> after "Edited on" (forum and community engines) is the edit's,
    however its box is classed; the one after "Posted on" dates the page."""
    html = f"""<html><head><title>Trams at last</title></head><body><main><article><header><div>
<a href="/lena">Lena Kowalczyk</a>{meta}</div><h1>Trams at last</h1></header>
<div class=body><p>{_TRAMS * 3}</p><p>{_TRAMS * 2}</p></div></article></main></body></html>"""
    art = parse_article(html, "https://community.example/lena/trams-at-last-4k2m")
    assert art is not None and (art.published or "")[:10] == "2024-05-16"


def test_a_credited_photo_line_is_no_update_label() -> None:
    """"edited" is read as a whole word: "credited" before a date labels no update."""
    html = f"""<html><head><title>Trams at last</title></head><body><main><article><header><div>
<p>Photo credited <time datetime="2024-05-16T09:12:40Z">May 16, 2024</time></p></div><h1>Trams at last</h1></header>
<div class=body><p>{_TRAMS * 3}</p><p>{_TRAMS * 2}</p></div></article></main></body></html>"""
    art = parse_article(html, "https://community.example/lena/trams-at-last-4k2m")
    assert art is not None and (art.published or "")[:10] == "2024-05-16"


def test_a_sentence_opening_with_last_edited_by_stays_in_the_text() -> None:
    """The forum edit notice is a "Last edited by X on <date>" line; prose opening so, with no date, is text."""
    line = "Last edited by the club committee, the rulebook now allows juniors to cox on the river."
    html = f"""<html><head><title>Trams at last</title></head><body><main><article><h1>Trams at last</h1>
<div class=body><p>{_TRAMS * 3}</p><p>{line}</p><p>{_TRAMS * 2}</p></div></article></main></body></html>"""
    art = parse_article(html, "https://community.example/news/trams-at-last")
    assert art is not None and line in art.body


def test_a_sentence_opening_with_last_edited_by_and_a_date_stays_in_the_text() -> None:
    """review38: prose that opens like the notice and goes on past its date is text."""
    line = ("Last edited by the director on 3 March 2024, the film lost twenty minutes "
            "and gained a new ending that audiences loved.")
    html = f"""<html><head><title>Trams at last</title></head><body><main><article><h1>Trams at last</h1>
<div class=body><p>{_TRAMS * 3}</p><p>{line}</p><p>{_TRAMS * 2}</p></div></article></main></body></html>"""
    art = parse_article(html, "https://community.example/news/trams-at-last")
    assert art is not None and line in art.body
