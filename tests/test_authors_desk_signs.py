"""A newsroom's or an agency's credit with an editor's sign after a slash ("srf/hosb",
"MDR THÜRINGEN/ls"; #8: author sets on pages no rule was written for): one credit as
printed, the sign no co-author. Each case failed on the code before the rule."""

from __future__ import annotations

import pytest

from crawler.parsers.metadata.authors import clean_author_list, clean_byline
from tests.support.byline_page import authors_of


@pytest.mark.parametrize(("line", "expected"), [
    ("srf/hosb", ["srf/hosb"]),
    ("srf/hosb; kesm", ["srf/hosb", "kesm"]),
    ("MDR THÜRINGEN/ls", ["MDR THÜRINGEN/ls"]),
    ("dpa/lno", ["dpa/lno"]),
])
def test_an_editors_sign_after_a_slash_stays_with_the_credit(line: str, expected: list[str]) -> None:
    """"srf/hosb" gave "srf" and "hosb": the slash split the desk's sign off as a second
    writer."""
    assert clean_byline(line) == expected
    assert clean_author_list([line]) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("sda/dpa", ["sda", "dpa"]),  # two wires: two credits
    ("Jane Doe/John Roe", ["Jane Doe", "John Roe"]),  # two writers
    ("APA/AP", ["APA", "AP"]),
])
def test_a_slash_between_two_credits_still_splits(line: str, expected: list[str]) -> None:
    assert clean_byline(line) == expected


def test_a_microdata_credit_with_signs_on_a_page() -> None:
    top = '<p class="article-reference">SRF 4 News, 15.4.2024; <span itemprop="author">srf/hosb;kesm</span></p>'
    assert authors_of("de", bottom=top) == ["srf/hosb", "kesm"]


@pytest.mark.parametrize(("line", "expected"), [
    ("dpa/rtr", ["dpa", "rtr"]),  # Reuters' short sign: a second wire's credit
    ("dpa/sid", ["dpa", "sid"]),  # the Sport-Informations-Dienst's
    ("Staff/wires", []),  # a desk's words, no newsroom's credit with a sign
])
def test_a_wires_short_sign_or_a_desks_word_is_no_editors_sign(line: str, expected: list[str]) -> None:
    """"dpa/rtr" gave one credit "dpa/rtr" and "Staff/wires" a credit "Staff/wires" (it
    gave none before the desk-sign rule): the sign rule glued a second wire's lower-case
    short sign, and a desk's word, as an editor's sign."""
    assert clean_byline(line) == expected


@pytest.mark.parametrize("line", ["By Jane Doe w/ John Roe", "Jane Doe w/John Roe"])
def test_with_written_w_slash_joins_two_writers(line: str) -> None:
    """An author meta "Jane Doe w/ John Roe" gave "Jane Doe w" and "John Roe": the slash
    split off the "w" of "with" as a last name's letter."""
    assert clean_author_list([line]) == ["Jane Doe", "John Roe"]
    assert clean_byline(line) == ["Jane Doe", "John Roe"]
