"""Review 30 of the s27 author rules: pages they were not written for (a
"Words:" glossary or word count, a staff credit with a place and no name, a
sentence opening "From our correspondent ...", a desk's hyphenated seat, an author
box opening with a link to the site's home, a section or a tag); small
hand-written pages."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import authors_of

FETCHED = "2026-12-06T00:00:00Z"
PROSE = "<p>" + "The council met on Tuesday to debate the new budget and left many questions open. " * 6 + "</p>"


def test_a_words_line_that_is_no_credit_names_nobody() -> None:
    """"Words:" (a magazine's writer credit) also heads a glossary or word list and
    a post's word count: "Words: library, council" gave "library" and "council",
    "Words: 1200 | Reading time: 5 min" gave "Reading"."""
    assert authors_of("en", top="<p>Words: library, council</p>") == []
    assert authors_of("en", top="<p>Words: 1200 | Reading time: 5 min</p>") == []
    assert clean_byline("Words: cat, dog, Mum") == []
    assert authors_of("en", top="<p>Words: Jane Doe</p>") == ["Jane Doe"]  # the credit, as before
    assert clean_byline("Words: Jane Doe and John Roe") == ["Jane Doe", "John Roe"]


def test_a_staff_credit_with_a_place_and_no_name_names_nobody() -> None:
    """"De nuestro corresponsal en Bruselas" gave "Bruselas", a place as the writer;
    "From our correspondent network, stories ..." (a sentence) gave "network"."""
    assert authors_of("es", top='<p class="byline">De nuestro corresponsal en Bruselas</p>') == []
    assert clean_byline("Do nosso correspondente em Lisboa") == []
    assert clean_byline("Van onze correspondent in Brussel") == []
    assert authors_of("en", top="<p>From our correspondent network, stories you may have missed.</p>") == []
    assert clean_byline("Par notre envoyé spécial à Kiev, Jean Dupont") == ["Jean Dupont"]  # as before
    assert clean_byline("Dal nostro inviato Mario Rossi a Kiev") == ["Mario Rossi"]


def test_a_desk_label_with_a_hyphenated_seat_or_more_after_the_seat_credits_the_desk() -> None:
    """"Redaktion: Berlin-Mitte" and "Redaktion: Berlin, 3. Mai 2025" gave the label and
    the seat as a name; "Redacción: Madrid | EFE" gave "Madrid" beside the agency."""
    assert clean_byline("Redaktion: Berlin-Mitte") == ["Redaktion"]
    assert clean_byline("Redaktion: Berlin, 3. Mai 2025") == ["Redaktion"]
    assert clean_byline("Redacción: Madrid | EFE") == ["Redacción", "EFE"]
    assert clean_byline("Redacción: Sevilla/EFE") == ["Redacción", "EFE"]
    assert clean_byline("Redaktion: Jan Berg") == ["Jan Berg"]


def _box_page(first: str) -> str:
    bio = "<p>" + "Jane has covered local politics for the paper since 2010 and worked in radio before. " * 3 + "</p>"
    box = (f'<div class="author-info"><h3>{first} <a href="/follow">Follow</a></h3>'
           f'<h4>Reporter covering city hall</h4>{bio}<button>Like</button></div>')
    return (f'<!doctype html><html lang="en"><head><title>Library plan approved</title></head><body><main><article>'
            f'<h1>Library plan approved</h1><p class="date">3 May 2025</p>{PROSE}{PROSE}{box}</article></main>'
            f'</body></html>')


def _box_authors(first: str) -> list[str]:
    record = parse_article(_box_page(first), "https://example.com/news/library-plan", fetched_at=FETCHED)
    assert record is not None
    return record.authors


def test_an_author_box_opening_with_no_profile_link_names_nobody() -> None:
    """An author box too long for a byline gave the name its opening link printed,
    whatever the link: the site's home ("Example Times"), a section ("City
    Hall"), a page of the site ("About Us"), a tag named after a person (the
    story's subject). Only a link whose address reads as the writer's profile does."""
    assert _box_authors('<a href="https://example.com/">Example Times</a>') == []
    assert _box_authors('<a href="/politics">City Hall</a>') == []
    assert _box_authors('<a href="/about-us">About Us</a>') == []
    assert _box_authors('<a href="/tag/john-smith">John Smith</a>') == []
    assert _box_authors('<a href="/profile/jane-doe">Jane Doe</a>') == ["Jane Doe"]
    assert _box_authors('<a href="/in/janedoe">Jane Doe</a>') == ["Jane Doe"]
    assert _box_authors('<a href="/team/jane">Jane Doe</a>') == ["Jane Doe"]  # a given name's slug
    assert _box_authors('<a href="https://social.example/@janedoe">Jane Doe</a>') == ["Jane Doe"]
