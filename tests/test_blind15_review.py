"""A review of the fifteenth blind site's rules (French, Greek) on shapes other sites print:
each test failed on the rules as merged."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.parsers.metadata.author_marks import author_link
from crawler.parsers.metadata.authors import clean_byline
from tests.test_blind15_rules import EL_TEXT, FR_TEXT, _old_story, _parsed

OLD_URL = "http://www.example.fr/web/article/0,1-0@2-3208,36-271829,0.html"


@pytest.mark.parametrize(("byline", "authors"), [
    ("Του Μπαράκ Ομπάμα", ["Μπαράκ Ομπάμα"]),  # a foreign name in Greek letters does not decline
    ("Του Φρανσίσκο Γκόγια", ["Φρανσίσκο Γκόγια"]),
    ("Του Ζαν-Πωλ Σαρτρ", ["Ζαν-Πωλ Σαρτρ"]),
    ("ΤΟΥ ΓΙΩΡΓΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ", ["ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"]),  # (these held: kept as they are)
    ("ΤΗΣ ΜΑΡΙΑΣ ΠΑΠΑΔΟΠΟΥΛΟΥ", ["ΜΑΡΙΑ ΠΑΠΑΔΟΠΟΥΛΟΥ"]),
])
def test_a_greek_byline_declines_greek_names_only(byline: str, authors: list[str]) -> None:
    assert clean_byline(byline) == authors


@pytest.mark.parametrize(("byline", "authors"), [
    ("Entretien avec Jean Dupont", []),  # an interview: the person after "avec" is its subject
    ("Rencontre avec Emmanuel Macron", []),
    ("Paul Durand en direct avec Marie Curie", ["Paul Durand"]),  # (as before "avec" was read)
    ("Ouest-France avec AFP", ["AFP"]),  # a paper's name, as "Le Monde avec AFP"
    ("France 24 avec AFP", ["AFP"]),
    ("Sud Ouest avec AFP", ["AFP"]),
    ("Jeanne Roussel avec AFP", ["Jeanne Roussel"]),
    # "in collaboration with": a co-writer, as the Greek "με τη συνεργασία" is
    ("Par Jeanne Roussel, avec la collaboration de Hugo Marchand", ["Jeanne Roussel", "Hugo Marchand"]),
    ("Par Jeanne Roussel, avec la collaboration de l'AFP", ["Jeanne Roussel"]),
])
def test_french_avec_after_no_writer(byline: str, authors: list[str]) -> None:
    assert clean_byline(byline) == authors


def _greek_story(credit: str, after: str) -> str:
    return ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>Σεισμός στην Κρήτη</title></head>'
            '<body><main><article><h1>Σεισμός 4,1 Ρίχτερ στην Κρήτη</h1><div class="meta">'
            f'{credit}<span class="date">14.03.2024 • 10:30</span></div>{EL_TEXT}{after}</article></main></body></html>')


GREEK_URL = "https://www.example.gr/ellada/1234567/seismos/"


@pytest.mark.parametrize("after", [
    "<blockquote><p>Πηγή: ΑΠΕ-ΜΠΕ</p></blockquote>",
    '<blockquote class="twitter-tweet"><p>Source: Reuters</p>&mdash; Jane (@jane)</blockquote>',
])
def test_a_desk_keeps_its_credit_over_a_wire_named_in_a_quote(after: str) -> None:
    """A source line inside a quoted text (an embedded post) is the quote's, not the story's."""
    assert _parsed(_greek_story('<span class="author">Newsroom</span>', after), GREEK_URL).authors == ["Newsroom"]


@pytest.mark.parametrize("after", [
    '<p><img src="/photo.jpg" alt=""></p><p>© AFP</p>',
    '<div class="photo"><img src="/photo.jpg" alt=""></div><p>© AFP</p>',
])
def test_a_photos_copyright_credits_no_wire(after: str) -> None:
    """"© AFP" under a picture is the photo's credit: the story's writer is unknown, not the wire."""
    assert _parsed(_greek_story("", after), GREEK_URL).authors == []


def test_a_photos_copyright_under_an_old_pages_picture_credits_no_wire() -> None:
    closing = '<br><img src="/photo.jpg"><br><font size="1">&copy; AFP</font>\n'
    assert _parsed(_old_story(closing), OLD_URL).authors == []


def test_a_wires_copyright_after_an_old_layouts_spacer_is_the_wires() -> None:
    """A spacer image ("pix.gif", one pixel wide) between the text and "© AFP" is no picture."""
    closing = '<br><img src="/pix.gif" width="1" height="10"><br><font size="1">&copy; AFP</font>\n'
    assert _parsed(_old_story(closing), OLD_URL).authors == ["AFP"]


def test_a_writer_linked_to_a_journaliste_page_alone_on_a_line() -> None:
    """"/journaliste/<name>/" (a French paper's writer's page) without ``rel=author`` or a byline
    class: the link is the writer's mark, as an "/auteur/" link is."""
    page = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Les loyers</title></head><body><main>'
            '<article><h1>Les loyers repartent à la hausse</h1><p><a href="/journaliste/jeanne-roussel/">Jeanne '
            f'Roussel</a></p>{FR_TEXT}</article></main></body></html>')
    assert _parsed(page, "https://www.example.fr/societe/2024/03/12/les-loyers_123.html").authors == ["Jeanne Roussel"]


@pytest.mark.parametrize(("href", "writer"), [
    ("/journaliste/jeanne-roussel/", True),
    ("/journalist/jane-doe", True),
    ("/journalist/2012-06/01/content_25335209.htm", False),  # a reporters' section's dated story
])
def test_a_journalist_link_is_a_writers_page_unless_a_dated_story(href: str, writer: bool) -> None:
    link = lxml.html.fragment_fromstring(f'<a href="{href}">Jeanne Roussel</a>')
    assert author_link(link) is writer


@pytest.mark.parametrize(("byline", "authors"), [
    ("Jeanne Roussel, de notre correspondante à Rome", ["Jeanne Roussel"]),  # the writer, then the post
    ("Par Jeanne Roussel, de notre rédaction", ["Jeanne Roussel"]),
    ("Rome, de notre correspondante Jeanne Roussel", ["Jeanne Roussel"]),  # (the dateline's town: held)
])
def test_a_writer_before_our_correspondent_is_no_dateline(byline: str, authors: list[str]) -> None:
    assert clean_byline(byline) == authors
