"""A page without <article> or <main> whose h1s none agrees with the <title> (an SEO
title; a newsletter box's h1 after the story, its class saying nothing) still has its
header read under its first headline-sized h1: the date printed under the headline
dates the page, not a reader's comment's ``<time>`` found by the fallback search."""

from __future__ import annotations

from crawler.parsers import parse_article

FETCHED = "2026-01-10T12:00:00+00:00"
TEXT = "Die Vollversammlung wählte die neue Präsidentin mit großer Mehrheit im ersten Wahlgang. " * 4
NEWSLETTER = '<div class="k9"><h1>Das ist Liebe in deinem Posteingang: Unser Newsletter!</h1><p>E-Mail</p></div>'


def _page(h1s_after: str) -> str:
    return ('<!doctype html><html lang="de"><head><title>Christmas Gift Guide</title></head><body>'
            '<div class="k1"><div class="k2"><a href="/"><img src="/l.svg" alt=""></a><span>Magazin</span></div>'
            '<h1>Mein cosy Home Gift Guide bei Westwing</h1><div class="k3"><div class="k4">16.12.2022</div>'
            '<div class="k5"><a href="/category/wohnen/">Wohnen</a></div></div>'
            f'<div class="k7"><p>{TEXT}</p><p>{TEXT}</p></div>'
            '<div class="k8"><p>Anna sagt:</p><time datetime="2022-12-20T08:42:00+01:00">20.12.2022 um 08:42</time>'
            f'<p>Schön!</p></div>{h1s_after}</div></body></html>')


def test_the_first_headline_h1_anchors_the_date_when_a_box_s_h1s_follow():
    article = parse_article(_page(NEWSLETTER * 2), "https://www.example.de/gift-guide-22/", fetched_at=FETCHED)
    assert article is not None
    assert (article.published or "")[:10] == "2022-12-16"
    assert article.title != "Das ist Liebe in deinem Posteingang: Unser Newsletter!"


def test_a_lone_h1_page_is_read_as_before():
    article = parse_article(_page(""), "https://www.example.de/gift-guide-22/", fetched_at=FETCHED)
    assert article is not None
    assert (article.published or "")[:10] == "2022-12-16"


def test_a_slogan_h1_over_the_sites_clock_does_not_anchor_the_header() -> None:
    """An old template sets the site's slogan as an h1 over the header's clock
    ("Montag, 1. April 2024"), the story's headline as a later h1 before its text: the
    header is read under the last headline-sized h1 before the text, not the slogan."""
    text = "".join(f"<p>Absatz {i}: {TEXT}</p>" for i in range(3))
    page = ('<!doctype html><html lang="de"><head><title>Riverside Kurier</title></head><body>'
            '<div id="top"><h1>Ihre Zeitung für die ganze Region</h1><p>Montag, 1. April 2024</p></div>'
            f'<div id="content"><h1>Neue Präsidentin gewählt</h1><p>Von Tom Roe</p><p>5. März 2024</p>{text}</div>'
            f'{NEWSLETTER}</body></html>')
    record = parse_article(page, "https://www.riverside.example/lokal/praesidentin", fetched_at=FETCHED)
    assert record is not None and record.published is not None and record.published[:10] == "2024-03-05"
