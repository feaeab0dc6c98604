"""An ``article:author`` meta naming the writer by the address of their page on the
site ("http://www.slate.fr/source/titiou-lecoq"; #8: author sets on pages no rule was
written for): the writer is the name of the page's link to that address when the name
spells the address's last part. Failed on the code before the rule."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

_TEXT = "".join(f"<p>Paragraphe {i} : le conseil municipal s'est réuni mardi pour débattre du nouveau budget et a "
                "laissé de nombreuses questions ouvertes sur les écoles et les routes.</p>" for i in range(5))


def _authors(meta: str, box: str) -> list[str]:
    page = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le budget en débat</title>'
            f'<meta property="article:author" content="{meta}"></head><body><div id="article"><div id="content">'
            f'<h1>Le budget en débat</h1>{_TEXT}</div><div id="sidebar"><div class="bloc">{box}</div></div></div>'
            '</body></html>')
    article = parse_article(page, "http://www.journal.example/story/64063/le-budget-en-debat")
    assert article is not None
    return article.authors


def test_the_writer_linked_at_the_article_author_address() -> None:
    """The writer's card in the sidebar, its link to the address the meta names: no
    writer was read (the meta's address skipped, the sidebar's link no byline)."""
    box = ('<a href="/source/jeanne-dupont"><img src="/jeanne.jpg" alt=""></a>'
           '<a href="/source/jeanne-dupont">Jeanne Dupont</a><a href="/source/jeanne-dupont">Ses articles</a>')
    assert _authors("http://www.journal.example/source/jeanne-dupont", box) == ["Jeanne Dupont"]


@pytest.mark.parametrize(("meta", "box"), [
    # the link's text does not spell the address
    ("http://www.journal.example/source/jeanne-dupont", '<a href="/source/jeanne-dupont">Ses articles</a>'),
    # no link to the address (a social profile)
    ("https://www.facebook.com/jeannedupont", '<a href="/source/jeanne-dupont">Jeanne Dupont</a>'),
])
def test_no_writer_without_a_link_spelling_the_address(meta: str, box: str) -> None:
    assert _authors(meta, box) == []
