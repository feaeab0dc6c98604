"""A review of the fifteenth blind site's rules (French, Greek) on shapes other sites print:
each test failed on the rules as merged."""

from __future__ import annotations

import pytest

from crawler.parsers.metadata.authors import clean_byline

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


@pytest.mark.parametrize(("byline", "authors"), [
    ("Jeanne Roussel, de notre correspondante à Rome", ["Jeanne Roussel"]),  # the writer, then the post
    ("Par Jeanne Roussel, de notre rédaction", ["Jeanne Roussel"]),
    ("Rome, de notre correspondante Jeanne Roussel", ["Jeanne Roussel"]),  # (the dateline's town: held)
])
def test_a_writer_before_our_correspondent_is_no_dateline(byline: str, authors: list[str]) -> None:
    assert clean_byline(byline) == authors
