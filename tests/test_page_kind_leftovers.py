"""Page kinds left by the tenth blind check (``benchmarks/template_sites_blind10.py``, issue 8),
each for a kind of page, in other words, names and languages than the generator's: a
listing named by its file ("arquivo.htm"), a section front whose card titles are classed
on their box, a Ghost blog's static page, and a short story above related cards whose
snippets the body takes in."""

from __future__ import annotations

import pytest

from crawler.items import Article
from crawler.parsers import parse_article

_FETCHED = "2026-12-07T00:10:00Z"
_SENTENCES = {
    "pt": ("A secretaria informou que as obras da ponte seguem dentro do prazo e devem terminar no fim do ano.",
           "Moradores da região reclamam do trânsito desde o início das obras, mas apoiam o projeto."),
    "de": ("Die Stadtverwaltung teilte mit, dass die Arbeiten an der Brücke im Zeitplan liegen und bald enden.",
           "Anwohner klagen seit Beginn der Bauarbeiten über Staus, unterstützen das Vorhaben aber im Grunde."),
    "en": ("The council said the work on the bridge is on schedule and should be finished by the end of the year.",
           "Residents have complained about traffic since the work began but broadly support the project."),
    "ru": ("Как сообщили в администрации, ремонт моста идет по графику и должен завершиться к концу года.",
           "Жители района жалуются на пробки с начала работ, но в целом поддерживают проект мэрии."),
}


def _parse(html: str, url: str) -> Article:
    article = parse_article(html, url, fetched_at=_FETCHED)
    assert article is not None
    return article


def _archive_file(lang: str) -> str:
    """An old paper's archive page: every headline with its day, no date line of its own."""
    rows = "".join(f'<tr><td><font size="2"><b><a href="/paper/200{n}/{n}{n}/city{n}.htm">Headline number {n} of the '
                   f'old paper here</a></b><br><font size="1">1{n}.0{n}.200{n}</font></font></td></tr>' for n in range(1, 8))
    return (f'<html lang="{lang}"><head><title>The Old Paper - Archive</title></head><body><table>'
            f'<tr><td><b>Archive</b></td></tr>{rows}</table></body></html>')


@pytest.mark.parametrize(("lang", "name"), [("pt", "arquivo.htm"), ("en", "archive.html"), ("de", "archiv.php"),
                                            ("ru", "index-news.html"), ("es", "archivo.html")])
def test_an_archive_page_named_by_its_file_is_a_listing(lang: str, name: str) -> None:
    """A listing word read on a file's name as on a folder's ("arquivo.htm" as "/arquivo/"):
    an old paper's list of every headline with its day was stored as a dated story."""
    article = _parse(_archive_file(lang), f"http://paper.example/paper/{name}")
    assert article.page_kind == "listing", article.provenance


def test_a_storys_file_is_no_listing_by_its_name() -> None:
    """"index.html" and "news.html" alone name a story's file as often as an index; a
    script showing one record under a listing's name shows a story."""
    text = "".join(f"<p>{sentence}</p>" for sentence in _SENTENCES["en"] * 3)
    page = (f'<html lang="en"><head><title>Bridge works on schedule</title>'
            f'<meta property="article:published_time" content="2004-05-16"></head><body><h1>Bridge works on schedule</h1>'
            f'<p>By Jane Doe</p>{text}</body></html>')
    for url in ("http://paper.example/2004/05/16/bridge/index.html", "http://paper.example/archive.php?id=709"):
        assert _parse(page, url).page_kind == "article", url


@pytest.mark.parametrize("lang", ["pt", "de", "en"])
def test_a_section_front_whose_card_titles_are_classed_on_their_box_is_a_listing(lang: str) -> None:
    """Two cards, each a link alone in a box classed as the card's title ("<div
    class=feed-post-body-title><a>"), its snippet and date after the box: the cards hold the
    text of a section front (was a dated story of two paragraphs)."""
    one, two = _SENTENCES[lang]
    cards = "".join(f'<div class="post-item"><div class="post-item-title"><a class="post-link" '
                    f'href="/city/news/2024/05/0{n}/bridge-story-number-{n}.html">Bridge story number {n} of the week</a></div>'
                    f'<div class="post-item-summary">{text}</div><div class="post-item-meta"><span>0{n}/05/2024</span></div></div>'
                    for n, text in ((1, one), (2, two)))
    page = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>City | Portal</title></head><body>'
            f'<header><a href="/">Portal</a><nav><a href="/city/">City</a></nav></header><h1>City</h1>'
            f'<div class="feed">{cards}</div></body></html>')
    article = _parse(page, "http://portal.example/city/")
    assert article.page_kind == "listing", article.provenance


def test_a_storys_sidebar_of_boxes_classed_as_titles_makes_no_listing() -> None:
    """Ten links in boxes classed as titles, their snippets not in the text (a sidebar of
    other stories beside an undated guide): no listing by their count alone."""
    one, two = _SENTENCES["de"]
    boxes = "".join(f'<div class="one"><div class="one-title"><a href="/pflanze-nummer-{n}-richtig-pflegen">Pflanze Nummer '
                    f'{n} richtig pflegen</a></div><div class="one-text">{one}</div></div>' for n in range(10))
    text = "".join(f"<p>{one} {two}</p>" for _ in range(6))
    page = (f'<html lang="de"><head><title>Geldbaum pflegen: so geht es</title></head><body><div class="main">'
            f'<h1>Geldbaum pflegen: so geht es</h1><div class="entry">{text}</div></div><div class="side">{boxes}</div>'
            f'</body></html>')
    article = _parse(page, "https://garten.example/geldbaum-pflegen-so-geht-es")
    assert article.page_kind == "article", article.provenance


def _ghost(lang: str, body_class: str, slug: str) -> str:
    text = "".join(f"<p>{sentence}</p>" for sentence in _SENTENCES[lang] * 4)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{slug}</title>'
            f'<meta name="generator" content="Ghost 5.80"></head><body class="{body_class} is-head-left-logo">'
            f'<header class="gh-head"><a class="gh-head-logo" href="/blog/">Blog</a></header><main class="site-main">'
            f'<article class="article"><header class="article-header"><h1 class="article-title">{slug}</h1></header>'
            f'<section class="gh-content">{text}</section></article></main></body></html>')


@pytest.mark.parametrize(("lang", "slug"), [("pt", "sobre-o-nosso-caderno"), ("de", "ueber-diesen-blog-hier"),
                                            ("en", "how-this-newsletter-works")])
def test_a_ghost_static_page_is_a_page(lang: str, slug: str) -> None:
    """Ghost's static pages (body class "page-template"; its posts' is "post-template"), no
    date and no byline: an about or colophon page, however story-like its slug (was an
    article by its slug of three words)."""
    article = _parse(_ghost(lang, "page-template", slug), f"https://site.example/blog/{slug}/")
    assert article.page_kind == "page", article.provenance


def test_a_ghost_post_and_a_wordpress_page_stay_articles() -> None:
    """A Ghost post ("post-template") and a WordPress page ("page-template page-id-12": a
    site's evergreen guide is often one) keep the kind their prose gives them."""
    for body_class in ("post-template tag-city", "page-template page-template-guide page-id-12"):
        article = _parse(_ghost("en", body_class, "how-to-cross-the-bridge"), "https://site.example/how-to-cross-the-bridge/")
        assert article.page_kind == "article", body_class


@pytest.mark.parametrize("lang", ["pt", "en", "ru"])
def test_a_one_paragraph_story_above_related_cards_with_snippets_is_an_article(lang: str) -> None:
    """A dated, bylined story of one paragraph above eight related cards whose snippets the
    body takes in: its text opens with its own paragraph, so the cards do not hold the text
    (was a listing, "cards hold the text")."""
    one, two = _SENTENCES[lang]
    cards = "".join(f'<article class="card"><h3><a href="/news/2024/05/0{n}/another-bridge-story-{n}">Another bridge '
                    f'story {n} this week</a></h3><p>{two} ({n})</p></article>' for n in range(1, 9))
    page = (f'<html lang="{lang}"><head><title>Bridge works on schedule</title>'
            f'<meta property="article:published_time" content="2024-05-05T10:00:00+02:00"></head><body><main><article>'
            f'<h1>Bridge works on schedule</h1><p class="byline">By Jane Doe</p><div class="content"><p>{one} {one}</p></div>'
            f'<h2>More</h2><div class="more">{cards}</div></article></main></body></html>')
    article = _parse(page, "https://news.example/news/2024/05/05/bridge-works-on-schedule")
    assert article.page_kind == "article", article.provenance
