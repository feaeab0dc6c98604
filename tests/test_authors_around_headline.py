"""Bylines printed where the header scan did not look, by templates that mark them
with no author class: a name alone right under the <h1>, a by-word line in the
meta row right above it, and a byline inside a nested <article> that is a part of
the story (a video module's caption), not another story's card."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

_TEXT = "".join(f"<p>{s} The council met on Tuesday to discuss the budget, the new bridge over the river and "
                f"the plans for the old station, which the town has argued about for more than ten years.</p>"
                for s in ("First.", "Second.", "Third.", "Fourth.", "Fifth."))
_URL = "https://town.example/news/2022/02/council-approves-the-budget"


def _page(header: str, title: str = "Council approves the budget") -> str:
    return (f"<html lang=en><head><title>{title}</title></head><body><div class=c1><div class=c2>"
            f"{header}{_TEXT}</div></div></body></html>")


@pytest.mark.parametrize("tag", ["p", "div", "span"])
def test_a_name_alone_under_the_headline_is_the_writer(tag):
    header = f"<h1>Council approves the budget</h1><{tag} class=c3>Sandra Miller</{tag}>"
    assert parse_article(_page(header), _URL).authors == ["Sandra Miller"]


@pytest.mark.parametrize("line, headline", [
    ("Bad Homburg", "Council approves the budget"),            # a place, no given name
    ("Premier League", "Council approves the budget"),         # a league
    ("Sandra Miller", "Sandra Miller wins the mayoral race"),  # the page's subject
    ("Sandra Miller and the council", "Council approves the budget"),  # no name alone
])
def test_no_writer_from_a_line_under_the_headline_that_names_none(line, headline):
    header = f"<h1>{headline}</h1><p class=c3>{line}</p>"
    assert parse_article(_page(header, headline), _URL).authors == []


def test_a_byword_row_above_the_headline_gives_the_writer_and_the_day():
    header = ("<span class=c3><a href='/'>Home</a> | By <a href='/people/sandra-miller'>Sandra Miller</a> | "
              "11 February 2022</span><h1>Council approves the budget</h1>")
    page = parse_article(_page(header), "https://town.example/news/council-approves-the-budget")
    assert page.authors == ["Sandra Miller"]
    assert page.published is not None and page.published.startswith("2022-02-11")
    assert page.provenance["published_raw"] == "11 February 2022"


@pytest.mark.parametrize("above", [
    "<div class=c3><a href='/'>Home</a> | <a href='/people/'>People</a> | Sandra Miller</div>",  # a breadcrumb
    "<div class=c3><h3><a href='/news/other'>Bridge plans stall</a></h3><p>By Sandra Miller</p></div>",  # a card
])
def test_no_writer_from_a_row_above_the_headline_without_a_byline(above):
    page = parse_article(_page(above + "<h1>Council approves the budget</h1>"), _URL)
    assert page.authors == []


def test_a_byline_in_a_nested_media_article_is_read():
    header = ("<main><article class=c4><h1>Council approves the budget</h1>"
              "<article class=c5><div class=c6><div data-player='{}'></div></div>"
              "<div class=c7><span class=c8>By Sandra Miller</span><p>The vote in pictures.</p></div></article>"
              f"<div class=c9>{_TEXT}</div></article></main>")
    assert parse_article(_page(header), _URL).authors == ["Sandra Miller"]


def test_a_byline_in_a_nested_card_for_another_story_is_not():
    header = ("<main><article class=c4><h1>Council approves the budget</h1>"
              "<article class=c5><h3><a href='/news/bridge'>Bridge plans stall</a></h3>"
              "<span class=c8>By Sandra Miller</span></article>"
              f"<div class=c9>{_TEXT}</div></article></main>")
    assert parse_article(_page(header), _URL).authors == []


def test_a_nested_article_without_media_still_ends_the_header():
    header = ("<main><article class=c4><h1>Council approves the budget</h1>"
              "<article class=c5><!-- card --><p>By Sandra Miller</p></article>"
              f"<div class=c9>{_TEXT}</div></article></main>")
    assert parse_article(_page(header), _URL).authors == []
