"""Author rules of 2026-12-06 (blindfix4): a signature closing the story with a
dash, the writers' names and their newsroom job ("— Ann Lee and Tom Roe, Staff
Writers"), and the credits that are no writer's: a public body named as a page's Dublin
Core creator."""

from __future__ import annotations

import pytest

from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import authors_of, byline_authors


@pytest.mark.parametrize(("lang", "closing", "names"), [
    ("en", "<p><i>— Marcus T. Bell, Priya Raman and Keisha Washington, Staff Writers</i></p>",
     ["Marcus T. Bell", "Priya Raman", "Keisha Washington"]),
    ("en", "<p><i>— Anthony DiMarco and Luis Garcia-Ramos, Staff Writers</i></p>",
     ["Anthony DiMarco", "Luis Garcia-Ramos"]),
    ("en", "<p>- Priya Raman, Staff Writer</p>", ["Priya Raman"]),
    ("nl", "<p><i>— Jan de Vries en Joost van Dijk, redacteuren</i></p>", ["Jan de Vries", "Joost van Dijk"]),
])
def test_a_dash_names_and_newsroom_job_closing_the_story_are_its_writers(
        lang: str, closing: str, names: list[str]) -> None:
    """An old site signs a story under its last paragraph with a dash, the writers and
    their job; a dash was read as a signature only in a post's meta line."""
    assert authors_of(lang, bottom=closing) == names


@pytest.mark.parametrize("closing", [
    "<p><i>— Jane Doe, Mayor</i></p>",          # a quote's speaker and her office
    "<p><i>— Jane Doe</i></p>",                 # a dash and a name alone attribute a quote as often
])
def test_a_dash_and_a_name_without_a_newsroom_job_is_no_writer(closing: str) -> None:
    assert authors_of("en", bottom=closing) == []


@pytest.mark.parametrize("creator", ["Gemeente Rijnstad", "Ministerie van Financiën", "Department for Transport",
                                     "Acme Widgets Ltd"])
@pytest.mark.parametrize("meta", ["DCTERMS.creator", "DC.creator"])
def test_a_dublin_core_creator_naming_a_public_body_or_a_company_is_no_writer(creator: str, meta: str) -> None:
    """Governments' metadata standards (the Dutch OWMS, the UK's e-GMS) fill the Dublin
    Core creator with the publishing body: it was stored as the writer of every
    press release."""
    assert authors_of("nl", head=f'<meta name="{meta}" content="{creator}">') == []


def test_a_dublin_core_creator_naming_a_person_is_the_writer() -> None:
    assert authors_of("nl", head='<meta name="DCTERMS.creator" content="Jan de Vries">') == ["Jan de Vries"]


@pytest.mark.parametrize(("lang", "line", "names"), [
    ("en", "By Priya Raman | Photography by Tyler Nguyen", ["Priya Raman"]),
    ("en", "By Priya Raman | Photos: Tyler Nguyen", ["Priya Raman"]),
    ("nl", "Door Marieke Smit-de Groot | Foto's: Bram Visser", ["Marieke Smit-de Groot"]),
    ("de", "Von Anna Berg, Fotos: Jan Roth", ["Anna Berg"]),
])
def test_a_photographers_credit_after_a_separator_ends_the_writers(lang: str, line: str, names: list[str]) -> None:
    """"Photography by" and a photo credit with a colon ("Foto's: X") were read as
    another writer, or as a name ("Foto's: Bram Visser")."""
    assert byline_authors(line, lang) == names
    assert clean_byline(line) == names


def test_a_photography_credit_beside_a_linked_byline_is_no_writer() -> None:
    """An Arc XP-style byline box: the writer's link, "| Photography by X", then the
    writers' cards; the photographer was stored as a second writer."""
    top = ("<div class='byline-block'><span class='byline'>By <a class='author-name' rel='author' "
           "href='/author/priya-raman/'>Priya Raman</a></span> | <span class='credit'>Photography by Tyler Nguyen"
           "</span><div class='author-strip'><div class='author-bio'><img src='/img/priya-raman.jpg' alt=''>"
           "<a href='/author/priya-raman/'>Priya Raman</a><span class='author-role'>Reporter</span></div></div></div>")
    assert authors_of("en", top=top) == ["Priya Raman"]


@pytest.mark.parametrize(("lang", "line"), [("nl", "Door onze redactie"), ("fr", "Par notre rédaction")])
def test_a_lower_case_desk_after_our_is_no_name(lang: str, line: str) -> None:
    """"Door onze redactie" ("by our newsroom") was stored as the name "onze redactie";
    a desk's signature ("Von unserer Redaktion", "Door Redactie") is still kept."""
    assert byline_authors(line, lang) == []
    assert byline_authors("Von unserer Redaktion", "de") == ["Redaktion"]
    assert byline_authors("Door Redactie", "nl") == ["Redactie"]
