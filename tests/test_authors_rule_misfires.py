"""Review 26's misfires of the session-25 byline rules, each on a shortened copy of
the reviewer's page: op-ed bylines with a description, Czech "a" after a job word,
a lower-case phrase after "and"."""

from __future__ import annotations

from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import byline_authors


def test_an_op_ed_bylines_description_keeps_its_writers() -> None:
    """"By Jane Doe, a professor at Yale, and John Roe, a lawyer in Boston." gave
    nobody: the "and set in Dublin, the novel ..." rule read past "at Yale" and took
    "and John Roe" for a sentence's main clause. Only a clause opening with "and" or
    a participle reads past a place, and only a determiner opens a main clause."""
    assert byline_authors("By Jane Doe, a professor at Yale, and John Roe, a lawyer in Boston.") == [
        "Jane Doe", "John Roe"]
    assert byline_authors("By Jane Doe, the mayor of Springfield, and John Roe, the city manager.") == [
        "Jane Doe", "John Roe"]
    assert byline_authors("By Jane Doe, a nurse in Ohio, with Mary Poe.") == ["Jane Doe"]
    assert byline_authors("By Jane Doe, a fellow at Brookings, writes about trade, energy and the economy.") == [
        "Jane Doe"]
    assert byline_authors("By Jane Doe, based in Brussels, covers the European Union for the paper.") == ["Jane Doe"]
    # the review's sentence still names nobody
    assert byline_authors("Written by Sally Rooney, and set in Dublin, the novel follows two students.") == []


def test_czech_a_after_a_job_word_joins_two_names() -> None:
    """"Jana Nová, editor a Petr Novák" (Czech "a" = and; "editor" a Czech word too)
    lost Petr Novák to the Italian "inviato a Roma" rule: a preposition's place is
    one word, a name after "a" two."""
    assert byline_authors("Jana Nová, editor a Petr Novák", "cs") == ["Jana Nová", "Petr Novák"]
    assert byline_authors("Ján Kováč, fotograf a Peter Malý", "sk") == ["Ján Kováč", "Peter Malý"]
    assert clean_byline("di Mario Rossi, inviato a Roma") == ["Mario Rossi"]


def test_a_lower_case_phrase_after_and_adds_no_co_author() -> None:
    """"By Jane Doe and summer interns" added "summer interns" (the lower-case
    co-author rule, dropped)."""
    assert byline_authors("By Jane Doe and summer interns") == ["Jane Doe"]
    assert byline_authors("Por María López y enviados especiales", "es") == ["María López"]


def test_a_clauses_first_word_after_a_writer_is_no_co_author() -> None:
    """"By Jane Doe, writing from Kabul, with reporting by John Roe." gave "writing"
    as a second writer (and, on the code of the session, nobody at all): a single
    lower-case word after a capitalised name is a clause's word, not a name."""
    assert byline_authors("By Jane Doe, writing from Kabul, with reporting by John Roe.") == ["Jane Doe"]
    assert byline_authors("Von Anna Schmidt, zurzeit in Kiew unterwegs, für unsere Zeitung.", "de") == ["Anna Schmidt"]
    assert byline_authors("By Jane Doe, who reports from Kyiv, with additional reporting by John Roe.") == ["Jane Doe"]
