"""Listings the address or the page's shape names (#8): a writer's page under other words
than "/author/" ("/staff/", "/redaktion/", "/equipe/", "/autoren/", "/journalist/") when it
lists teasers, and a blog's front page of whole posts under unlinked titles; a story filed
under such a folder, or one post's own page, stays an article."""

from __future__ import annotations

import pytest

from crawler.items import Article
from crawler.parsers import parse_article

_FETCHED = "2026-12-07T00:10:00Z"
_BIO = ("Jane Doe is a reporter covering the city council and the harbour since 2015. "
        "She previously worked at another paper for many years.")


def _parse(html: str, url: str) -> Article:
    article = parse_article(html, url, fetched_at=_FETCHED)
    assert article is not None
    return article


def _writer_page(teasers: int) -> str:
    cards = "".join(f'<div class="k5"><h2><a href="/news/harbour-vote-story-number-{n}">Story number {n} about the '
                    f'harbour vote and its fallout</a></h2><div class="k6">16.05.2024</div><p>The council met again on '
                    f'the question of the ferry and this excerpt tells a little of what was said.</p></div>'
                    for n in range(teasers))
    return (f'<html lang="en"><head><title>Jane Doe - Example News</title></head><body><div class="k1">'
            f'<a href="/">Home</a> <a href="/news/">News</a></div><div class="k3"><h1>Jane Doe</h1><p>{_BIO}</p>'
            f'<p>{_BIO.replace("Jane Doe", "She")}</p>{cards}</div></body></html>')


@pytest.mark.parametrize("path", ["/staff/jane-doe/", "/redaktion/jane-doe", "/equipe/jane-doe/", "/autoren/jane-doe",
                                  "/journalist/jane-doe/", "/de/autoren/"])
def test_a_writers_page_under_another_word_is_a_listing(path: str) -> None:
    article = _parse(_writer_page(3), "https://example.org" + path)
    assert article.page_kind == "listing"
    assert "writer's page" in (article.provenance or {})["page_kind"]


def test_a_story_filed_under_such_a_folder_stays_an_article() -> None:
    prose = "".join(f"<p>Paragraph {n}: the council of the harbour town voted on the ferry question tonight, and "
                    f"members said the matter of the fares was far from settled yet, with more meetings ahead.</p>"
                    for n in range(6))
    related = "".join(f'<div class="k5"><h3><a href="/news/other-story-{n}">Other story {n} about the town</a></h3></div>'
                      for n in range(3))
    html = (f'<html lang="de"><head><title>Kommentar zur Wahl</title></head><body><div class="k3">'
            f'<h1>Kommentar zur Wahl</h1><div class="k6">16.05.2024</div>{prose}{related}</div></body></html>')
    assert _parse(html, "https://example.org/redaktion/kommentar-zur-wahl").page_kind == "article"
    assert _parse(html, "https://example.org/staff/").page_kind == "article"  # (no teasers listed but its related box)


def _blog(posts: int) -> str:
    body = "".join(f'<div class="k5"><h2>Post number {n} on gardening in spring</h2><div class="k6">May {10 + n}, 2024</div>'
                   + "".join(f"<p>Paragraph {k} of post {n}: the tomatoes grew tall this week and the beans began to "
                             f"climb the poles we put up in April.</p>" for k in range(4)) + "</div>" for n in range(posts))
    return (f'<html lang="en"><head><title>My Garden Blog</title></head><body><div class="k1"><a href="/">Home</a></div>'
            f'<div class="k3"><h1>My Garden Blog</h1>{body}</div></body></html>')


@pytest.mark.parametrize("url", ["https://garden.example/", "https://garden.example/diary/", "https://garden.example/2024/05/"])
def test_a_blogs_front_page_of_whole_posts_is_a_listing(url: str) -> None:
    article = _parse(_blog(4), url)
    assert article.page_kind == "listing"
    assert "whole posts" in (article.provenance or {})["page_kind"]


@pytest.mark.parametrize("url", ["https://garden.example/2024/05/16/spring-diary/",
                                 "https://garden.example/diary/my-spring-planting-notes-and-harvest"])
def test_one_posts_own_page_stays_an_article(url: str) -> None:
    assert _parse(_blog(4), url).page_kind == "article"


def test_a_story_with_dated_subheadings_of_one_day_stays_an_article() -> None:
    """A report's entries dated alike ("May 16, 2024" under each heading) are one story's."""
    html = _blog(4)
    for n in range(4):
        html = html.replace(f"May {10 + n}, 2024", "May 16, 2024")
    assert _parse(html, "https://garden.example/diary/").page_kind == "article"


def test_cards_of_one_snippet_each_are_no_whole_posts() -> None:
    """Cards printing a dated title and one snippet each, as a section's list does: the body
    holds one sentence block under each title, a whole post several."""
    html = _blog(4)
    for n in range(4):
        for k in range(1, 4):
            html = html.replace(f"<p>Paragraph {k} of post {n}: the tomatoes grew tall this week and the beans began to "
                                f"climb the poles we put up in April.</p>", "")
    article = _parse(html, "https://garden.example/diary/")
    assert "whole posts" not in (article.provenance or {})["page_kind"]


_ENTRY = ("Paragraph {k} of the entry: the council of the harbour town voted on the ferry question, and members "
          "said the matter of the fares was far from settled.")


def _entries(stamps: list[str], top: str = "", title: str = "Ferry vote") -> str:
    body = "".join(f'<div class="k5"><h3>Entry heading number {n} on the vote</h3><div class="k6">{stamp}</div>'
                   + "".join(f"<p>{_ENTRY.format(k=k)} ({n})</p>" for k in range(3)) + "</div>"
                   for n, stamp in enumerate(stamps))
    return (f'<html lang="en"><head><title>{title}</title></head><body><div class="k1"><a href="/">Home</a></div>'
            f'<div class="k3"><h1>{title}</h1>{top}{body}</div></body></html>')


@pytest.mark.parametrize("stamps", [
    [f"May 16, 2024, {10 + n}:05" for n in range(5)],                     # a live report's times of one day
    ["May 16, 2024 by Ann Lee", "May 16, 2024 by Bob Roe", "May 16, 2024 by Ann Lee"],  # one day, two writers
    [f"May {15 + n // 3}, 2024, {10 + n}:05" for n in range(5)],          # a live report over two days, each timed
])
def test_a_live_reports_entries_are_no_whole_posts(stamps: list[str]) -> None:
    """A live blog's entries under unlinked headings, each stamped, are one story's: their
    date lines differ by the time or the writer only, or each prints its time."""
    assert _parse(_entries(stamps), "https://news.example/live/").page_kind == "article"


def test_a_posts_dated_comments_under_headings_are_no_whole_posts() -> None:
    """One post's page (at no story's address: WordPress's "?p=123") of its own text, then
    three comments under their writers' names, each dated another day: the post's own text
    stands above the first entry."""
    own = "<div>May 16, 2024</div>" + "".join(f"<p>{_ENTRY.format(k=k)} (own)</p>" for k in range(5))
    html = _entries([f"May {17 + n}, 2024" for n in range(3)], top=own, title="Spring planting")
    article = _parse(html.replace("Entry heading number", "Comment by reader"), "https://garden.example/?p=123")
    assert article.page_kind == "article"


def test_a_chronicles_year_lines_are_no_posts_dates() -> None:
    """A chronicle's sections dated by a year or a month ("1990", "March 1995") print no
    post's day."""
    html = _entries(["1990", "March 1995", "2001", "2010"])
    assert "whole posts" not in (_parse(html, "https://news.example/chronik/").provenance or {})["page_kind"]


@pytest.mark.parametrize("path", ["/redaktion/kommentar-zur-wahl", "/staff/ferry-vote-passes", "/journalist/jane-doe/"])
def test_a_dated_brief_filed_under_a_writers_folder_stays_an_article(path: str) -> None:
    """A brief of three paragraphs (under a brief's 150 words) dated by its own line, over a
    box of three related teasers with snippets: its headline names no one and its date is
    none of the cards'."""
    prose = "".join(f"<p>The council of the harbour town voted on the ferry question tonight, and members said the "
                    f"matter of the fares was far from settled yet. ({k})</p>" for k in range(3))
    related = "".join(f'<div class="k5"><h3><a href="/news/other-story-{n}">Other story {n} about the town and the '
                      f'harbour</a></h3><p>A short excerpt of the other story {n} telling what happened at the '
                      f'harbour.</p></div>' for n in range(3))
    html = (f'<html lang="en"><head><title>Ferry vote passes</title></head><body><div class="k3"><h1>Ferry vote '
            f'passes</h1><div class="k6">16.05.2024</div>{prose}</div><div class="k8">{related}</div></body></html>')
    assert _parse(html, "https://example.org" + path).page_kind == "article"


@pytest.mark.parametrize("title", ["Articles by Jane Doe", "Jane Doe, Harbour Reporter", "Anna-Lena von der Heide"])
def test_a_writers_page_under_any_title_dated_by_its_cards_is_a_listing(title: str) -> None:
    html = _writer_page(3).replace("<h1>Jane Doe</h1>", f"<h1>{title}</h1>").replace(
        "<title>Jane Doe", f"<title>{title}")
    assert _parse(html, "https://example.org/staff/jane-doe/").page_kind == "listing"
