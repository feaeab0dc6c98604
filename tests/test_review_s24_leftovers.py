"""Leftovers reviewers found in session 24: a writer's seat printed after the
name with no job ("By John Doe, New Delhi"), a party's abbreviation after a name
in capitals read as a wire, a story's slug holding a site page's word, a
Vietnamese source line naming a person, a tags label read as the section; on
small hand-written pages."""

from __future__ import annotations

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
