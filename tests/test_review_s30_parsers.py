"""Review of the s30 parser rules (2026-12-06) on pages they were not written
for: a relative stamp in a readers' thread or after an "Updated" label, a
headline quoting the person it names, a site member's account link in a
discussion. Small hand-written pages."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from tests.support.byline_page import authors_of
from tests.test_authors_headline_credit_and_pronoun import HEADLINE_CREDIT_ROWS

FETCHED = "2026-12-06T10:00:00Z"
PROSE = "<p>" + "The council met on Tuesday to discuss the new budget for the coming year, and members " \
                "argued at length about the schools. " * 4 + "</p>"


def _record(top: str = "", after: str = "", fetched_at: str | None = FETCHED):
    page = (f'<html lang="en"><head><title>Council argues over school budget</title></head><body><article>'
            f'<h1>Council argues over school budget</h1>{top}{PROSE}{PROSE}</article>{after}</body></html>')
    record = parse_article(page, "https://example.com/news/story", fetched_at=fetched_at)
    assert record is not None
    return record


_THREAD_POST = "<div class='post'><span class='date'>5 days ago</span><p>I disagree with the council.</p></div>"


@pytest.mark.parametrize("after", [
    f"<div id='discussion'>{_THREAD_POST}</div>",
    f"<ul class='replies'><li>{_THREAD_POST}</li></ul>",
    f"<div class='responses'>{_THREAD_POST}</div>",
    # a thread nested deeper than the eight ancestors read before
    "<section class='comments'><ol><li><div><ol><li><div><ol><li><article><div><footer><div class='meta'>"
    "<time>2 days ago</time></div></footer></div></article></li></ol></div></li></ol></div></li></ol></section>",
])
def test_a_readers_relative_stamp_dates_no_story(after: str) -> None:
    """An undated story took its date from a reader's "5 days ago" in a thread
    named "discussion", "replies" or "responses", or nested past eight levels."""
    assert _record(after=after).published is None
    assert _record(top="<p class='date'>3 hours ago</p>", after=after).published == "2026-12-06"


@pytest.mark.parametrize("top", ["<div class='meta'><span>Updated</span> <time>2 days ago</time></div>",
                                 "<div class='meta'>Aktualisiert: <time>vor 2 Tagen</time></div>"])
def test_an_update_label_before_a_relative_stamp_is_no_publication(top: str) -> None:
    """"<span>Updated</span> <time>2 days ago</time>": the label sits outside the
    <time>, whose own text was read as the publication's day."""
    assert _record(top=top).published is None
    assert _record(top=top.replace("Updated", "Posted").replace("Aktualisiert", "Veröffentlicht")).published \
        == "2026-12-04"


def test_no_relative_stamp_without_a_fetch_time() -> None:
    assert _record(top="<p class='date'>3 hours ago</p>", fetched_at=None).published is None


@pytest.mark.parametrize("row", HEADLINE_CREDIT_ROWS)
@pytest.mark.parametrize("headline", ['Anna Berg: "Why I left the council"', "Anna Berg: „Ich gehe“",
                                      "Anna Berg – « Je pars »", "„Ich gehe“ – Anna Berg"])
def test_a_headline_quoting_the_name_is_no_column_credit(row: str, headline: str) -> None:
    """'Olaf Scholz: "We will manage"' is news quoting the person it is about, not a
    column credited to its writer: the name by the date is the story's subject."""
    assert authors_of("en", top=row, title=headline) == []
    assert authors_of("en", top=row, title="Anna Berg: Why I left the council") == ["Anna Berg"]


_MEMBER = "<a href='/user/jane-doe'>Jane Doe</a>"


@pytest.mark.parametrize("after", [
    f"<div class='discussion'><div class='post'>{_MEMBER} wrote: I agree</div></div>",
    f"<div class='forum-thread'><div class='post'>{_MEMBER} wrote: I agree</div></div>",
    f"<div><p>{_MEMBER} wrote: I agree</p></div>",
])
def test_a_members_account_link_after_the_story_is_no_writer(after: str) -> None:
    """Every member of a Drupal site has a "/user/<name>" page, the readers who post
    under the story too: such a link after the story's prose named its writer."""
    assert _record(after=after).authors == []
    assert _record(top=f"<p>Submitted by {_MEMBER} on 3 May 2024</p>").authors == ["Jane Doe"]
    dek = "<p class='dek'>" + "The council argued for hours over the budget, and the schools may lose out. " * 3 + "</p>"
    assert _record(top=f"{dek}<div class='submitted'>Submitted by {_MEMBER}</div>").authors == ["Jane Doe"]


_SURNAMES = ("Gillman", "Berger", "Hoffmann", "Schuster", "Keller", "Vogel", "Krause", "Seidel", "Jansen", "Ziegler",
             "Kuhn", "Pohl", "Engel", "Busch", "Thiel", "Gillmann", "Bergers", "Hoffmanns", "Schusters", "Kellers",
             "Kramer")


def test_dublin_core_creators_turned_round_are_bounded() -> None:
    """Each "Surname, Given" creator joined the whole page's text anew to check the
    page prints "Given Surname": a thousand creator metas on a 1 MB page took 9 s
    of CPU. The text is joined once and twenty creators at most are turned round
    (a catalogue record credits a handful); the rest stay as written."""
    metas = "".join(f'<meta name="DC.creator" content="{name}, Steve">' for name in _SURNAMES)
    shown = ", ".join(f"Steve {name}" for name in _SURNAMES)
    page = (f"<html lang='en'><head><title>Budget</title>{metas}</head><body><article><h1>Budget</h1>"
            f"<p>{shown}</p>{PROSE}{PROSE}</article></body></html>")
    record = parse_article(page, "https://example.com/news/story", fetched_at=FETCHED)
    assert record is not None
    assert record.authors[0] == "Steve Gillman" and "Steve Kellers" in record.authors
    assert "Steve Kramer" not in record.authors  # the 21st: as written


@pytest.mark.parametrize("row", HEADLINE_CREDIT_ROWS)
@pytest.mark.parametrize("headline", ["Rücktritt von Anna Berg: Was jetzt passiert", "Die Rede von Anna Berg im Wortlaut",
                                      "Der Rücktritt von Anna Berg", "Meeting disrupted by Anna Berg protest"])
def test_a_by_word_that_is_the_headlines_of_is_no_column_credit(row: str, headline: str) -> None:
    """German "von" is a sentence's "of" ("the resignation of Anna Berg"), English
    "by" a passive's: a by-word before the name credits a column only when it opens
    the headline or follows a genre's word ("Eine Kolumne von", "A column by")."""
    assert authors_of("de", top=row, title=headline) == []
    assert authors_of("de", top=row, title="Die neue Kolumne von Anna Berg: Mein Jahr") == ["Anna Berg"]
    assert authors_of("de", top=row, title="Von Anna Berg: Mein Jahr im Rat") == ["Anna Berg"]


@pytest.mark.parametrize("fetched_at", ["0001-01-01T00:00:00Z", "0001-01-02T00:00:00+00:00", "1989-12-31T00:00:00Z"])
def test_a_fetch_time_before_the_web_reads_no_relative_stamp(fetched_at: str) -> None:
    """A capture's zeroed date ("0001-01-01T00:00:00Z", as a damaged WARC record gives
    it) and "3 days ago": counting back from it raised OverflowError out of
    ``parse_article``, which never raises on bad input."""
    assert _record(top="<p class='date'>3 days ago</p>", fetched_at=fetched_at).published is None


@pytest.mark.parametrize("fetched_at", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"])
@pytest.mark.parametrize("top", ["<p class='date'>3 days ago</p>", "<p>May 3, 2024</p>", ""])
def test_a_fetch_time_outside_utcs_years_is_no_error(fetched_at: str, top: str) -> None:
    """A fetch time whose UTC moment falls outside years 1 to 9999 raised
    OverflowError out of ``parse_article`` (the relative-stamp reader turns it into
    UTC first, on every page without a date)."""
    _record(top=top, fetched_at=fetched_at)
