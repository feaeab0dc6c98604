"""Author rules of 2026-12-06 (s30): a columnist's name printed beside the date
stays the writer when the headline credits the column to the same name ("Anna
Berg: Why I left the council"), and a name in a sentence ("the Anna Berg I knew")
is no byline, nor a time of day after "by" ("Updated by noon")."""

from __future__ import annotations

import pytest

from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import authors_of, byline_authors

HEADLINE_CREDIT_ROWS = ("<p><strong>Anna Berg</strong> | May 3, 2024</p>", "<p>May 3, 2024 · Anna Berg</p>",
         "<div class='meta'><span>Anna Berg</span><time datetime='2024-05-03'>May 3, 2024</time></div>")


@pytest.mark.parametrize("row", HEADLINE_CREDIT_ROWS)
@pytest.mark.parametrize("headline", ["Anna Berg: Why I left the council", "Anna Berg – Mein Jahr im Rat",
                                      "Why I left the council | Anna Berg", "Eine Kolumne von Anna Berg"])
def test_a_headline_crediting_the_column_to_the_name_keeps_the_writer(row: str, headline: str) -> None:
    """The unmarked name beside the date was dropped as the story's subject whenever
    the headline printed it: a column's headline credits its writer so."""
    assert authors_of("en", top=row, title=headline) == ["Anna Berg"]


@pytest.mark.parametrize("row", HEADLINE_CREDIT_ROWS)
@pytest.mark.parametrize("headline", ["Why Anna Berg left the council", "Anna Berg resigns from the council"])
def test_a_headline_about_the_name_still_drops_it(row: str, headline: str) -> None:
    """The name as the headline's subject: the unmarked name by the date is what the
    story is about (the franchise guard's case: "Mercedes Benz recalls ...")."""
    assert authors_of("en", top=row, title=headline) == []


def test_a_name_in_a_sentence_with_i_is_no_byline() -> None:
    """"The Anna Berg I knew was kind" in a byline box gave "The Anna Berg I" (the
    pronoun read as a regnal number); a numeral ending the name stays."""
    assert clean_byline("The Anna Berg I knew was kind") == []
    assert clean_byline("Anna Berg I met in 1990") == []
    assert byline_authors("The Anna Berg I knew") == []
    assert clean_byline("By Louis Philippe I") == ["Louis Philippe I"]
    assert clean_byline("By Anna Berg, I think") == ["Anna Berg"]


def test_a_time_of_day_after_by_is_no_writer() -> None:
    """"Updated by noon" (a deadline in a live page's update line) gave the writer
    "noon"; a surname that is such a word stays."""
    assert clean_byline("Updated by noon") == []
    assert byline_authors("Updated by noon") == []
    assert clean_byline("Aktualisiert von Mittag") == []
    assert clean_byline("By Jane Doe and Tom Noon") == ["Jane Doe", "Tom Noon"]


@pytest.mark.parametrize("closing", [
    "<p>{prose}<br><em>Claudia Duwe, Korrespondentin</em></p>",
    "<p><em>Claudia Duwe, Korrespondentin</em></p>",
    "<p><i>Claudia Duwe, Redakteurin</i></p>",
])
def test_a_name_and_newsroom_job_closing_the_story_is_its_writer(closing: str) -> None:
    """A German magazine signs a story under its last paragraph with the writer's
    name and job and no "Von" ("<em>Claudia Duwe, Korrespondentin</em>"): it was
    read only with a by-word or above the text."""
    from tests.support.byline_page import PROSE
    assert authors_of("de", bottom=closing.format(prose=PROSE["de"])) == ["Claudia Duwe"]


def test_a_closing_name_with_an_office_or_in_a_quote_is_no_writer() -> None:
    """An office is no newsroom job, and a quote's attribution is the speaker's."""
    assert authors_of("de", bottom="<p><em>Angela Merkel, Bundeskanzlerin</em></p>") == []
    assert authors_of("de", bottom="<blockquote><p>Wir schaffen das.</p>"
                                   "<p><em>Claudia Duwe, Korrespondentin</em></p></blockquote>") == []


@pytest.mark.parametrize("link", [
    '<a href="/suche?author=Julia%20Lauter">Julia Lauter</a>',        # a search for the writer's stories
    '<a href="/search?author=julia-lauter">Julia Lauter</a>',
    '<a href="/user/julia-lauter">Julia Lauter</a>',                  # Drupal's default author link
    '<a href="/de/users/julia-lauter">Julia Lauter</a>',
])
def test_a_link_to_the_writers_stories_or_account_marks_the_writer(link: str) -> None:
    """Only "?author=12" (a number) and "/author/..."-like paths marked a writer's link:
    a site whose class names say nothing had no writer."""
    assert authors_of("de", top=f"<p>{link}</p>") == ["Julia Lauter"]


@pytest.mark.parametrize("link", [
    '<a href="https://www.youtube.com/user/julialauter">Julia Lauter</a>',  # a video channel
    '<a href="/user/login">Anmelden</a>',
    '<a href="/user/12">Julia Lauter</a>',
])
def test_a_channel_or_an_account_action_is_no_writers_link(link: str) -> None:
    assert authors_of("de", top=f"<p>{link}</p>") == []
