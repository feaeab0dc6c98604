"""Review of the wire credited where a story ends (``closing_credits.closing_wire``): on a page
whose author meta names only the site, a wire named in the text's middle, in a citation, under a
picture or in a region nested in the text's box is no credit; one signing the text's end is."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

TEXT = "".join(f"<p>The council said on Tuesday that the project would be finished by the end of next year, "
               f"paragraph {n}. Critics have complained for months that residents were brought into the planning "
               "too late and without a say.</p>" for n in range(5))
HEAD = '<meta property="og:site_name" content="Valley Times"><meta name="author" content="Valley Times">'
URL = "https://www.valleytimes.example.com/news/2024/04/19/council-delays-vote"
MIDDLE = TEXT.index("</p>", 300) + 4


def _authors(body: str) -> list[str]:
    page = (f'<html lang="en"><head><meta charset="utf-8"><title>Council delays vote - Valley Times</title>{HEAD}'
            f'</head><body><main><article><h1>Council delays vote</h1><div class="body">{body}</div></article>'
            "</main><footer>(c) Valley Times</footer></body></html>")
    article = parse_article(page, URL)
    assert article is not None
    return article.authors


@pytest.mark.parametrize("body", [
    # a citation ending a paragraph in the text's middle
    TEXT[:MIDDLE - 4] + " as oil rose 3% (Reuters).</p>" + TEXT[MIDDLE:],
    # a photo's credit on its own line under the picture, the text going on
    TEXT[:MIDDLE] + '<img src="a.jpg" alt=""><p>Reuters</p>' + TEXT[MIDDLE:],
    # the agency quoted at the end, the bracket inside the sentence
    TEXT[:-4] + ' "We will not give in," he told the agency (AFP).</p>',
    # a comment nested in the text's box
    TEXT + '<div class="comments"><p>Read it first on the wire (dpa)</p></div>',
    # a list of other stories nested in the text's box
    TEXT + '<ul class="related"><li><p>Oil rises again (Reuters)</p></li></ul>',
])
def test_a_wire_named_elsewhere_than_the_texts_end_is_no_credit(body: str) -> None:
    assert _authors(body) == ["Valley Times"]


@pytest.mark.parametrize(("body", "wire"), [
    (TEXT[:-4] + " (AP)</p>", "AP"),
    (TEXT[:-4] + " (AP)</p><p>Share this story</p>", "AP"),
    (TEXT + "<p><em>AFP</em></p>", "AFP"),
])
def test_the_wire_signing_the_texts_end_stays_the_credit(body: str, wire: str) -> None:
    assert _authors(body) == [wire]


def test_a_wire_under_a_paragraph_holding_only_a_picture_is_its_credit() -> None:
    body = TEXT + '<p><img src="a.jpg" alt=""></p><p>AFP</p>'
    assert _authors(body) == ["Valley Times"]


@pytest.mark.parametrize("opening", ["Jonas Gahr Støre (Ap) - ", "Lee Hsien Loong (PAP) - "])
def test_a_politicians_party_letters_opening_the_text_are_no_wires_dateline(opening: str) -> None:
    """A name and the party's letters (Norway's "Ap", Singapore's "PAP", a wire's letters too)
    open a sentence as a title-case dateline would ("Wien (APA) - "): no wire's credit."""
    page = ('<html lang="en"><head><title>Daily Record - World</title></head><body><table><tr><td>'
            '<font size="5"><b>Election campaign opens</b></font><br><font size="3">'
            f'{opening}The campaign opened on Monday with a rally in the capital. '
            + "Critics say the party has lost touch with voters in the regions. " * 8
            + "</font></td></tr></table></body></html>")
    article = parse_article(page, "https://www.dailyrecord.example.com/archive/2002/0114/world/a_123456.htm")
    assert article is not None and article.authors == []
