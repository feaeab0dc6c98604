"""A syndicating station's byline field that names a wire's account ("By: CNN Wire")
over the wire story's own by-line opening the text ("<div>By Jane Doe</div>"; #8: author
sets on pages no rule was written for): the writer is the person. Each case failed on
the code before the rule."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

_TEXT = "".join(f"<p>Paragraph {i} of the story tells how the new laws of the year change life for people in "
                "the state, from health insurance to drones and guns, as lawmakers return.</p>" for i in range(5))


def _authors(field: str, opening: str) -> list[str]:
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>New Year, new laws</title></head>'
            '<body><main><article><h1>New Year, new laws</h1>'
            f'<div class="byline" itemprop="author"><span>By:</span> {field}</div>'
            '<div class="published">Posted 4:42 PM, December 30, 2013</div>'
            f'<div class="body">{opening}{_TEXT}</div></article></main></body></html>')
    article = parse_article(page, "https://www.station.example/2013/12/30/new-year-new-laws")
    assert article is not None
    return article.authors


@pytest.mark.parametrize("field", ["CNN Wire", "AP", "Reuters"])
def test_the_wire_storys_writer_over_the_wires_account(field: str) -> None:
    assert _authors(field, "<div>By Leigh Ann Caldwell</div><div><p>CNN</p></div>") == ["Leigh Ann Caldwell"]


@pytest.mark.parametrize(("field", "opening", "expected"), [
    ("CNN Wire", "", ["CNN Wire"]),  # no by-line opens the text: the field's credit stays
    ("CNN Wire", "<div>By the numbers</div>", ["CNN Wire"]),  # no names after the by-word
    ("Jane Doe", "<div>By John Roe</div>", ["Jane Doe"]),  # a person in the field stays
])
def test_the_field_stays_otherwise(field: str, opening: str, expected: list[str]) -> None:
    assert _authors(field, opening) == expected


_CAPTION = ('<div class="large-image-caption">In a Monday, Oct. 3, 2011 photo, a worker sorts tomatoes in a '
            'packing shed on a farm in the north of the state, where the harvest is short of hands this year.</div>')


@pytest.mark.parametrize("opening", [
    # the by-line in a span of its own before the date on its line
    '<p><span class="bold">By JANE DOE</span> 10/ 5/11 09:19 PM ET</p>',
    # ... in a box whose class names the comment counter beside the date
    '<div class="comments_datetime"><p><span class="bold">By JANE DOE</span> 10/ 5/11 09:19 PM ET</p></div>',
    # ... under a picture's long caption
    _CAPTION + '<p><span class="bold">By JANE DOE</span> 10/ 5/11 09:19 PM ET</p>',
])
def test_the_wire_storys_writer_on_a_dated_line_under_a_caption(opening: str) -> None:
    """"By PHILLIP RAWLS 10/ 5/11 09:19 PM ET" in a "comments_datetime" box under a
    photo's caption, the author meta "AP": the wire's account stayed (the date after the
    name, the box's class read as a comment thread's, the caption read as the text's start)."""
    assert [a.casefold() for a in _authors("AP", opening)] == ["jane doe"]
