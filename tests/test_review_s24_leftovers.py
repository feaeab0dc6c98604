"""Leftovers reviewers found in session 24: a writer's seat printed after the
name with no job ("By John Doe, New Delhi"), a party's abbreviation after a name
in capitals read as a wire, a story's slug holding a site page's word, a
Vietnamese source line naming a person, a tags label read as the section; on
small hand-written pages."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import byline_authors


def test_an_indian_citys_seat_after_the_writer_is_no_second_writer() -> None:
    """"By John Doe, New Delhi" and "लेखक: रोहित चौहान, नई दिल्ली" (the writer's seat
    after the name, no job between) gave the city as a second writer: the time-zone
    database names no Indian city but Kolkata. Two writers stay two."""
    assert byline_authors("By John Doe, New Delhi") == ["John Doe"]
    assert clean_byline("लेखक: रोहित चौहान, नई दिल्ली") == ["रोहित चौहान"]
    assert clean_byline("By John Doe, MUMBAI") == ["John Doe"]
    assert clean_byline("By Jane Doe, John Roe") == ["Jane Doe", "John Roe"]
    assert clean_byline("लेखक: रोहित चौहान, अनीता सिंह") == ["रोहित चौहान", "अनीता सिंह"]


_SWEDISH_PROSE = "<p>" + ("Regeringen lägger i dag fram sin budget för nästa år, och oppositionen "
                          "kritiserar satsningarna på skolan. ") * 4 + "</p>"


def _swedish_story(opening: str) -> list[str]:
    page = (f'<html lang="sv"><head><title>Budgeten läggs fram</title></head><body><article>'
            f'<h1>Budgeten läggs fram</h1><p>3 maj 2024</p><p>{opening}</p>{_SWEDISH_PROSE}'
            f'</article></body></html>')
    record = parse_article(page, "https://example.se/nyheter/budgeten", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    return record.authors


def test_a_partys_letters_after_a_name_in_capitals_are_no_wire() -> None:
    """"JIMMIE ÅKESSON (SD) kräver ..." (a party's letters after a name in capitals, the
    sentence going on) gave "SD" as the wire: without a dash only a known wire's
    dateline counts; with the dash any short initials still do."""
    assert _swedish_story("JIMMIE ÅKESSON (SD) kräver att budgeten rivs upp.") == []
    assert _swedish_story("STOCKHOLM (TT) Regeringen lägger fram budgeten.") == ["TT"]
    assert _swedish_story("STOCKHOLM (XYZ) - Regeringen lägger fram budgeten.") == ["XYZ"]


_DUTCH_PROSE = "<p>" + ("De vader van het jaar werd gisteren in het stadhuis gehuldigd door de burgemeester "
                        "en zijn kinderen. ") * 5 + "</p>"


def _dutch_kind(url: str) -> str:
    page = (f'<html lang="nl"><head><title>Vader van het jaar gehuldigd</title></head><body><article>'
            f'<h1>Vader van het jaar gehuldigd</h1>{_DUTCH_PROSE * 3}</article></body></html>')
    record = parse_article(page, url, fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    return record.page_kind


def test_a_site_pages_word_as_a_posts_slug_under_a_year_is_a_story() -> None:
    """"/2024/vader" (Dutch "father", Swedish "weather"; a post's slug under its year's
    folder, no date printed) was read as a weather page by its last word: under a
    year's folder the one word is the post's slug. "/vader" alone and a slug holding
    the word stay as they were."""
    assert _dutch_kind("https://ex.nl/2024/vader") == "article"
    assert _dutch_kind("https://ex.nl/nieuws/2024/vader.html") == "article"
    assert _dutch_kind("https://ex.nl/nieuws/vader-van-het-jaar-gehuldigd") == "article"
    assert _dutch_kind("https://ex.se/vader") == "page"
    assert _dutch_kind("https://ex.se/om-oss/") == "page"


def test_a_vietnamese_source_line_names_an_agency_in_capitals_only() -> None:
    """"Theo Lan" (after a given name, a signature's "by way of" a person) set flush right
    under a Vietnamese story was read as the agency "Lan": the source's agency is in
    capitals ("Theo TTXVN"); only "theo" goes in either case."""
    from tests.test_blind14_rules import VI_URL, _vi_page

    def authors(line: str) -> list[str]:
        record = parse_article(_vi_page(f'<p align="right"><em>{line}</em></p>'), VI_URL)
        assert record is not None
        return record.authors

    assert authors("Theo Lan") == []
    assert authors("theo TTXVN") == ["TTXVN"]
    assert authors("Theo VNA.") == ["VNA"]


_COUNCIL_PROSE = "<p>" + ("The council met on Tuesday to discuss the new budget for the coming year, and members "
                          "argued at length about the schools. ") * 4 + "</p>"


def _section_under(above: str) -> str | None:
    page = (f'<html lang="en"><head><title>Council argues over school budget</title></head><body><article>'
            f'{above}<h1>Council argues over school budget</h1><p>May 3, 2024</p>{_COUNCIL_PROSE * 3}'
            f'</article></body></html>')
    record = parse_article(page, "https://example.com/news/council-argues-over-school-budget")
    assert record is not None
    return record.section


def test_a_tags_label_above_the_headline_names_no_section() -> None:
    """"Tags: <a href=/tag/budget>Budget</a>" just above the headline gave the tag as the
    story's section (a labelled link before the headline): a tags label names subjects;
    a category's label and a bare link still name the section."""
    assert _section_under('<p>Tags: <a href="/tag/budget">Budget</a></p>') is None
    assert _section_under('<p>Schlagwörter: <a href="/thema/haushalt">Haushalt</a></p>') is None
    assert _section_under('<p>Category: <a href="/category/politics">Politics</a></p>') == "Politics"
    assert _section_under('<p><a href="/politics/">Politics</a></p>') == "Politics"


_HINDI_PROSE = "<p>" + ("नगर परिषद की बैठक मंगलवार को हुई जिसमें नए बजट पर लंबी चर्चा की गई और कई सवाल "
                        "खुले छोड़ दिए गए। ") * 5 + "</p>"


def _hindi_authors(top: str) -> list[str]:
    title = "नगर परिषद ने बजट पर चर्चा की"
    page = (f'<html lang="hi"><head><meta charset="utf-8"><title>{title}</title></head><body><article>'
            f'<h1>{title}</h1><p>16 मई 2024</p>{top}{_HINDI_PROSE * 3}</article></body></html>')
    record = parse_article(page, "https://example.in/news/nagar-parishad-budget-charcha")
    assert record is not None
    return record.authors


def test_a_hindi_bodys_by_fragment_is_no_byline() -> None:
    """"पुलिस द्वारा" ("by the police", a passive sentence's agent in bold before its link)
    gave the police as the writer: the words before the postposed "by" must read as
    names, none a body's noun; a writer's "सुनील शर्मा द्वारा" stays a byline."""
    assert _hindi_authors('<p><strong>पुलिस द्वारा</strong> <a href="/tag/x">गिरफ्तार</a> किए गए आरोपी को '
                          'अदालत में पेश किया गया।</p>') == []
    assert _hindi_authors("<p>राज्य सरकार द्वारा</p>") == []
    assert _hindi_authors('<p class="byline">सुनील शर्मा द्वारा</p>') == ["सुनील शर्मा"]
    assert clean_byline("अनीता सिंह और सुनील शर्मा के द्वारा") == ["अनीता सिंह", "सुनील शर्मा"]
