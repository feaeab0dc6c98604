"""``<meta name=author>`` names the first writer only (Substack) while the header's
author card lists them all, each linking to their author page: the fuller byline
that holds the meta's name wins."""

from __future__ import annotations

from crawler.parsers import parse_article

_TEXT = "".join(f"<p>{s} The council met on Tuesday to discuss the budget and the new bridge for next year.</p>"
                for s in ("First.", "Second.", "Third.", "Fourth.", "Fifth."))


def _page(base: str, people: list[str], joiner: str) -> str:
    cards = [f"<div class=profile><img src='/a.jpg' alt=''><a href='{base}{p.lower().replace(' ', '-')}/'>{p}</a>"
             f"</div>" for p in people]
    byline = "<span>, </span>".join(cards[:-1]) + f"<span>{joiner}</span>" + cards[-1]
    return (f"<html lang=it><head><title>La giunta approva il bilancio</title>"
            f"<meta name=author content='{people[0]}'></head><body><article><div class=post-header>"
            f"<h1>La giunta approva il bilancio</h1><div class=post-meta><div class=byline-wrapper>{byline}</div>"
            f"<div class=date>16 mag 2024</div></div></div>{_TEXT}</article></body></html>")


def test_a_fuller_linked_byline_beats_the_meta_authors_first_name():
    people = ["Giulia Ferrante", "Marco De Santis", "Valentina Greco"]
    page = parse_article(_page("/autore/", people, " e "), "https://lettera.example/p/la-giunta")
    assert page.authors == people


def test_names_not_linked_to_author_pages_do_not_join_the_meta_author():
    html = _page("/autore/", ["Giulia Ferrante", "Marco De Santis"], " e ").replace(
        "<a href='/autore/marco-de-santis/'>Marco De Santis</a>", "Marco De Santis")
    assert parse_article(html, "https://lettera.example/p/la-giunta").authors == ["Giulia Ferrante"]
