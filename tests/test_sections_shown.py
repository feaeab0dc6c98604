"""The section a page shows only through its furniture (``metadata.sections``): a
link to a category's listing in the story (Hugo's meta row or taxonomy list), the
section bar's ``aria-current="page"`` tab, an old table layout's current menu item
printed as plain text among links. Small pages, parsed as ``(html, url)``."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

_TEXT = "".join(f"<p>{s} The council met on Tuesday to discuss the budget and the new bridge for next year.</p>"
                for s in ("First.", "Second.", "Third.", "Fourth.", "Fifth."))
_URL = "https://lago.example/blog/2024/05/la-giunta-approva-il-bilancio/"


def _hugo(meta_tail: str, footer: str) -> str:
    return (f"<html lang=it><head><title>La giunta approva il bilancio | Blog</title></head><body>"
            f"<header><nav><a href='/categories/'>Categorie</a><a href='/tags/'>Tag</a></nav></header>"
            f"<main><article class=post-single><header class=post-header><h1>La giunta approva il bilancio</h1>"
            f"<div class=post-meta><span>16 maggio 2024</span>&nbsp;·&nbsp;4 min{meta_tail}</div></header>"
            f"<div class=post-content>{_TEXT}</div><footer class=post-footer>{footer}"
            f"<ul class=post-tags><li><a href='/tags/bilancio/'>bilancio</a></li></ul></footer></article></main>"
            f"</body></html>")


@pytest.mark.parametrize("meta_tail, footer", [
    ("&nbsp;·&nbsp;in <a href='/categories/cronaca/'>Cronaca</a>", ""),
    ("", "<div class=post-taxonomies><span>Categorie:</span> <a href='/categories/cronaca/'>Cronaca</a></div>"),
    ("", "<div class=cats>Kategorie: <a href='https://lago.example/kategoria/cronaca/'>Cronaca</a></div>"),
])
def test_a_link_to_a_category_listing_in_the_story_names_its_section(meta_tail, footer):
    assert parse_article(_hugo(meta_tail, footer), _URL).section == "Cronaca"


def test_a_category_link_in_the_text_or_to_another_site_names_no_section():
    cited = _TEXT.replace("First.", "See <a href='/categories/cronaca/'>Cronaca</a>.")
    page = _hugo("", "<a href='https://other.example/categories/sport/'>Sport</a>").replace(_TEXT, cited)
    assert parse_article(page, _URL).section is None


def _newsletter(current: str) -> str:
    tabs = "".join(f"<a class=nav-tab{' ' + current if s == 'Politica' else ''} href='/s/{s.lower()}'>{s}</a>"
                   for s in ("Cronaca", "Politica", "Cultura"))
    return (f"<html lang=it><head><title>La giunta approva il bilancio</title></head><body>"
            f"<div class=pub-header><a href='/'>La Lettera</a></div><nav><a href='/'>Home</a>{tabs}</nav>"
            f"<article><h1>La giunta approva il bilancio</h1><div class=meta>16 mag 2024</div>{_TEXT}</article>"
            f"</body></html>")


def test_the_section_bars_current_tab_names_the_section():
    page = _newsletter("aria-current=page")
    assert parse_article(page, "https://lettera.example/p/la-giunta-approva-il-bilancio").section == "Politica"


def test_a_current_mark_on_the_page_itself_or_home_names_no_section():
    url = "https://lettera.example/s/politica"  # the tab opens this very page
    assert parse_article(_newsletter("aria-current=page"), url).section is None
    home = _newsletter("").replace("<a href='/'>Home</a>", "<a aria-current=page href='/it/'>Home</a>")
    assert parse_article(home, "https://lettera.example/p/x").section is None


def _old_paper(current: str, extra_row: str = "") -> str:
    rows = "".join(f"<tr><td bgcolor=#1d3f6e><b>&raquo; {s}</b></td></tr>" if s == current else
                   f"<tr><td><a href='/archiwum/{s.lower()}/'>{s}</a></td></tr>"
                   for s in ("Kraj", "Swiat", "Gospodarka", "Kultura", "Sport"))
    text = "<br><br>".join("Radni spotkali się we wtorek, aby omówić budżet i nowy most na przyszły rok. " * 3
                           for _ in range(5))
    return (f"<html><head><title>Rada przyjmuje budżet - Gazeta</title></head><body><table><tr>"
            f"<td width=140><table><tr><td><b>DZIAŁY</b></td></tr>{rows}{extra_row}"
            f"<tr><td><a href='/'>Strona główna</a><br><a href='/archiwum/'>Archiwum</a></td></tr></table></td>"
            f"<td><font size=5><b>Rada przyjmuje budżet</b></font><br><font size=1>Data publikacji: 16.05.2004"
            f"</font><br><br><font size=3>{text}</font></td></tr></table></body></html>")


def test_an_old_tables_menu_item_shown_as_text_among_links_names_the_section():
    assert parse_article(_old_paper("Gospodarka"), "https://gazeta.example/archiwum/artykul.asp?id=8").section \
        == "Gospodarka"


def test_a_menu_with_a_control_or_no_plain_item_names_no_section():
    url = "https://gazeta.example/archiwum/artykul.asp?id=8"
    assert parse_article(_old_paper(""), url).section is None
    button = "<tr><td><button>Zaloguj</button></td></tr>"
    assert parse_article(_old_paper("", button), url).section is None


def _story(furniture: str, after: str = "") -> str:
    return (f"<html><head><title>Council approves the budget</title></head><body><nav>{furniture}"
            f"<a href='/world'>World</a><a href='/sport'>Sport</a></nav><article><h1>Council approves the budget</h1>"
            f"<time datetime=2024-05-05>May 5</time>{_TEXT}{after}</article></body></html>")


@pytest.mark.parametrize("tab", [
    "<a aria-current=page href='/index.html'>Home</a>",   # the home page under a file's name
    "<a aria-current=page href='/latest'>Latest</a>",     # every section's newest stories
    "<a aria-current=page href='/login'>Sign in</a>",     # an account's page
])
def test_a_current_tab_of_the_home_page_the_newest_stories_or_an_account_names_no_section(tab):
    assert parse_article(_story(tab), "https://x.example/2024/05/council-approves-budget").section is None


def test_a_related_storys_category_link_names_no_section():
    card = ("<div class=related-posts><h3>Related</h3><div class=card><a href='/category/sport/'>Sport</a>"
            "<a href='/2024/05/team-wins-the-cup'>Team wins the cup final</a></div></div>")
    assert parse_article(_story("", card), "https://x.example/2024/05/council-approves-budget").section is None


def test_a_data_table_in_the_story_is_no_menu():
    rows = "".join(f"<tr><td><a href='/teams/{t.lower()}'>{t}</a></td><td>3</td></tr>"
                   for t in ("Lions", "Tigers", "Bears", "Wolves"))
    table = f"<table><tr><th>Team</th><th>Points</th></tr>{rows}<tr><td>Total</td><td>12</td></tr></table>"
    assert parse_article(_story("", table), "https://x.example/2024/05/council-approves-budget").section is None


def test_a_table_of_a_storys_parts_with_the_current_part_plain_is_no_menu():
    rows = "".join(f"<tr><td><a href='/archiwum/artykul.asp?id={8000 + n}'>Część {n}</a></td></tr>" if n != 2 else
                   "<tr><td><b>Część 2</b></td></tr>" for n in range(1, 6))
    parts = f"<table><tr><td><b>SPIS</b></td></tr>{rows}</table>"
    page = _old_paper("").replace("<td width=140>", "<td width=140>" + parts, 1)  # the menu shows no current item
    assert parse_article(page, "https://gazeta.example/archiwum/artykul.asp?id=8002").section is None
