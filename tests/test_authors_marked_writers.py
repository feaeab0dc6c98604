"""Byline forms read by their structure (#8: author sets on pages no rule was written
for): each writer's element marked ``rel=author`` or ``itemprop=author`` inside a byline
box whose hover cards print buttons after the names. Each case failed on the code
before the rule."""

from __future__ import annotations

import pytest

from tests.support.byline_page import authors_of

_CARD = ('<div class="author-overlay"><a class="close" href="#">Close</a><a href="https://x.example/u">Follow on '
         'Twitter</a><a href="/author/{slug}">More from {given}</a></div>')


def _box(*names: str, attr: str = 'rel="author"') -> str:
    items = []
    for n, name in enumerate(names):
        by = '<span class="by-text">By</span> ' if n == 0 else ""
        card = _CARD.format(slug=name.lower().replace(" ", "_"), given=name.split()[0])
        items.append(f'<li><div {attr} class="author has-bio">{by}{name}</div>{card}</li>')
    return f'<div class="article-meta"><ul class="authors">{"".join(items)}</ul><span>Dec 16, 2016</span></div>'


@pytest.mark.parametrize("attr", ['rel="author"', 'itemprop="author"'])
def test_each_marked_writer_past_the_hover_cards_buttons(attr: str) -> None:
    """"By Jane Doe Close Follow on Twitter More from Jane John Roe Close ..." gave
    "Jane Doe Close": the box read as one text ran the first name on into its hover
    card's close button, and the other writers were lost."""
    top = _box("Jane Doe", "John Roe", "Mary Major", attr=attr)
    assert authors_of("en", top=top, title="Council argues over budget") == ["Jane Doe", "John Roe", "Mary Major"]


def test_one_marked_writer_past_the_hover_cards_buttons() -> None:
    assert authors_of("en", top=_box("Jane Doe"), title="Council argues over budget") == ["Jane Doe"]


def test_a_byline_whose_marked_element_reads_as_no_name_is_read_as_before() -> None:
    """A marked element that holds no single name (a whole "by X and Y" line) leaves
    the reading of the box to the rules before."""
    top = ('<div class="byline"><span rel="author">By Jane Doe and John Roe</span> | '
           '<span>Dec 16, 2016</span></div>')
    assert authors_of("en", top=top, title="Council argues over budget") == ["Jane Doe", "John Roe"]


def test_a_writer_marked_by_an_author_class_past_the_hover_cards_buttons() -> None:
    """The same box with the writer's element marked by its class alone ("<div
    class='author has-bio'>") gave "Jane Doe Close": the card's close button, a word in
    a block of its own, was read as the name's last word printed apart."""
    top = _box("Jane Doe", attr='class="author has-bio"')
    assert authors_of("en", top=top, title="Council passes the new budget") == ["Jane Doe"]


def test_a_surname_printed_apart_in_the_same_line_is_still_read() -> None:
    """A name printed in two pieces inside one line ("<b>Mary Ann</b> <b>Smith</b>")
    stays whole: the pieces share their block."""
    top = '<p class="byline">By <b>Mary Ann</b> <b>Smith</b> | Dec 16, 2016</p>'
    assert authors_of("en", top=top, title="Council passes the new budget") == ["Mary Ann Smith"]


def test_writers_marked_by_an_author_class_past_the_hover_cards_buttons() -> None:
    """Two writers' elements marked by a shared author class word alone gave the first
    writer only (or "Jane Doe Close"): each is read as a writer now."""
    top = _box("Jane Doe", "John Roe", attr='class="author has-bio"')
    assert authors_of("en", top=top, title="Council passes the new budget") == ["Jane Doe", "John Roe"]


def test_a_fact_checkers_card_beside_the_writers_is_no_writer() -> None:
    top = ('<div class="byline"><div class="author">By <a href="/a/jane">Jane Doe</a></div>'
           '<div class="author">Fact-checked by <a href="/a/john">John Roe</a></div></div>')
    assert authors_of("en", top=top, title="Council passes the new budget") == ["Jane Doe"]


# Review of the marked-writer rules (s23): another credit's marked element in the byline
# box, a reviewed item's author, and a place's or a job's line in an author-classed element.
_CLOSE = '<div class="author-overlay"><a class="close" href="#">Close</a><a href="/x">Follow</a></div>'


@pytest.mark.parametrize("credit", ["Medically reviewed by", "Edited by", "Updated by", "Translated by"])
def test_another_credits_marked_element_is_no_writer(credit: str) -> None:
    """"By Jane Doe · Medically reviewed by <a rel=author>John Roe</a>" gave both: every
    marked element was read as a writer, whatever credit came before it."""
    top = (f'<div class="byline"><div>By <a rel="author" href="/a/jane">Jane Doe</a></div>{_CLOSE}'
           f'<div>{credit} <a rel="author" href="/a/roe">John Roe</a></div></div>')
    assert authors_of("en", top=top, title="Council passes the new budget") == ["Jane Doe"]


def test_a_reviewed_items_author_is_no_writer() -> None:
    """A book reviewed in the byline box's bio ("<div itemscope itemtype=Book>… <span
    itemprop=author>Stephen King</span>") gave "Stephen King" alone."""
    top = ('<div class="byline">By <a rel="author" href="/a/jane">Jane Doe</a>' + _CLOSE +
           '<div class="bio" itemscope itemtype="https://schema.org/Book">Her latest: <i itemprop="name">It</i>, '
           '<span itemprop="author">Stephen King</span></div></div>')
    assert authors_of("en", top=top, title="Council passes the new budget") == ["Jane Doe"]


def test_a_bios_last_sentence_does_not_end_the_writers() -> None:
    """A hover card's bio ending in a job ("She is an editor.") leads into no other credit."""
    top = ('<div class="byline"><div rel="author">By Jane Doe</div><div class="c"><a>Close</a> '
           '<p>She is an editor.</p></div><div rel="author">John Roe</div></div>')
    assert authors_of("en", top=top, title="Council passes the new budget") == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize("line", ["Fort Worth, Texas", "Washington", "Opinion Columnist"])
def test_a_place_or_a_job_in_an_author_classed_element_is_no_writer(line: str) -> None:
    """"<div class=byline-part>By Jane Doe</div>…<div class=byline-part>Fort Worth,
    Texas</div>" gave "Jane Doe" and "Fort Worth": two elements sharing an author class
    word were read as two writers though the second names a place."""
    top = (f'<div class="byline"><div class="byline-part">By Jane Doe</div>{_CLOSE}'
           f'<div class="byline-part">{line}</div></div>')
    assert authors_of("en", top=top, title="Council passes the new budget") == ["Jane Doe"]
