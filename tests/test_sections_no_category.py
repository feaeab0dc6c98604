"""WordPress's default category ("Uncategorized" and its translations) names no
section, whichever source gives it; a sidebar list of all the blog's categories
names none either. Small pages, parsed as ``(html, url)``."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

_TEXT = "".join(f"<p>{s} The council met on Tuesday to discuss the budget and the new bridge for next year.</p>"
                for s in ("First.", "Second.", "Third.", "Fourth.", "Fifth."))
_URL = "https://blog.example/2024/05/the-council-approves-the-budget/"


def _page(head: str = "", meta: str = "", aside: str = "") -> str:
    return (f"<html lang=en><head><title>The council approves the budget | Blog</title>{head}</head><body>"
            f"<main><article><header><h1>The council approves the budget</h1>{meta}</header>"
            f"<div class=entry-content>{_TEXT}</div></article>{aside}</main></body></html>")


@pytest.mark.parametrize("name", ["Uncategorized", "Uncategorised", "Non classé", "Sin categoría",
                                  "Senza categoria", "Sem categoria", "Geen categorie", "Bez kategorii",
                                  "Okategoriserade", "Ukategoriseret", "Без рубрики", "未分類", "未分类"])
@pytest.mark.parametrize("where", ["meta", "json-ld", "link"])
def test_wordpress_default_category_names_no_section(name, where):
    if where == "meta":
        page = _page(head=f"<meta property='article:section' content='{name}'>")
    elif where == "json-ld":
        page = _page(head="<script type='application/ld+json'>{\"@type\": \"BlogPosting\", "
                          f"\"headline\": \"The council approves the budget\", \"articleSection\": \"{name}\"}}"
                          "</script>")
    else:
        page = _page(meta=f"<div class=post-meta>in <a href='/category/x/' rel='category tag'>{name}</a></div>")
    assert parse_article(page, _URL).section is None


def test_a_real_category_still_names_the_section():
    page = _page(head="<meta property='article:section' content='Politics'>")
    assert parse_article(page, _URL).section == "Politics"


_WIDGET = ("<div class='widget widget_categories'><h2>Categories</h2><ul>"
           + "".join(f"<li class='cat-item'><a href='/category/{c.lower()}/'>{c}</a></li>"
                     for c in ("Sport", "World", "Arts")) + "</ul></div>")
_H1 = "<h1>The council approves the budget</h1>"


@pytest.mark.parametrize("body", [f"<main>{_WIDGET}<article>{_H1}{_TEXT}</article></main>",
                                  f"<main><article>{_H1}{_WIDGET}{_TEXT}</article></main>",
                                  f"<main><article>{_H1}{_TEXT}{_WIDGET}</article></main>"])
def test_a_list_of_every_category_names_no_section(body):
    assert parse_article(f"<html><body>{body}</body></html>", _URL).section is None


def test_a_labelled_category_line_still_names_the_section():
    body = f"<main><article>{_H1}<p class=meta>May 16, 2024 · Filed under <a href='/category/world/'>World</a></p>"
    assert parse_article(f"<html><body>{body}{_TEXT}</article></main></body></html>", _URL).section == "World"
