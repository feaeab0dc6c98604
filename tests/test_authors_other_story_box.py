"""Author rule of 2026-12-06 (s26): an author box ("author-name" and a bio) in a box
named as the next or previous story's, after the story, names that story's writer,
not this one's; on small hand-written pages."""

from __future__ import annotations

from crawler.parsers import parse_article
from tests.support.byline_page import PROSE

_BOX = ('<div class="author-box"><div class="author-name">Tom Berger</div><div class="author-bio">Tom Berger '
        'schreibt seit 2010 über Stadtpolitik und Verkehr in der Region.</div></div>')


def _authors(after: str = "", inside: str = "", wrap: str = "") -> list[str]:
    body = "".join(f"<p>{PROSE['de'] * 3}</p>" for _ in range(3))
    main = f"<main><article><h1>Neuer Haushalt</h1>{inside}{body}</article>{after}</main>"
    if wrap:
        main = f'<div {wrap}>{main}</div>'
    page = ('<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neuer Haushalt - Stadtblatt'
            '</title></head><body><header><a href="/">Stadtblatt</a></header>'
            f'{main}<footer><p>© 2025 Stadtblatt</p></footer></body></html>')
    article = parse_article(page, "https://example.org/2025/03/story", fetched_at="2026-01-20T00:00:00Z")
    assert article is not None
    return article.authors


def test_an_author_box_in_the_next_storys_box_names_nobody_here() -> None:
    """A "next post" box after the story with that post's author box gave its writer
    (only a mark by its id alone was checked for such a box, review 26). A mark by
    its class now is too, in the boxes above it up to the one holding the headline."""
    nxt = ('<div class="next-post"><span>Nächster Artikel</span><h3><a href="/2025/03/other">Ein anderer Bericht '
           f'über die Stadt</a></h3>{_BOX}</div>')
    assert _authors(after=nxt) == []
    assert _authors(after=nxt.replace("next-post", "prev-post")) == []
    assert _authors(after=f'<div id="more-stories"><div class="card">{_BOX}</div></div>') == []


def test_the_storys_own_author_box_still_names_its_writer() -> None:
    """The story's own author box, inside or after it, still names the writer; so
    does one under a wrapper named "next" that holds the headline (Next.js's root
    ``<div id="__next">``) or with "next" in the author element's own class."""
    assert _authors(after=_BOX) == ["Tom Berger"]
    assert _authors(inside=_BOX) == ["Tom Berger"]
    assert _authors(inside=_BOX, wrap='id="__next"') == ["Tom Berger"]
    assert _authors(inside=_BOX.replace('class="author-name"', 'class="author-name next-gen"')) == ["Tom Berger"]


def test_the_storys_own_author_box_in_a_post_navigation_wrapper_names_its_writer() -> None:
    """A theme wraps the story's own author box and the links to the next and previous
    posts in one box named for them ("post-bottom next-prev-wrap"): the author box
    comes first, before any link to another story, and is this story's (review 27: no
    writer). A next-post box whose other story's link comes before its author box still
    names nobody here."""
    nav = ('<div class="nav-links"><a href="/2025/03/older">Vorheriger Artikel</a>'
           '<a href="/2025/03/newer">Nächster Artikel</a></div>')
    assert _authors(after=f'<div class="post-bottom next-prev-wrap">{_BOX}{nav}</div>') == ["Tom Berger"]
    assert _authors(after=f'<div class="post-bottom next-prev-wrap">{nav}{_BOX}</div>') == []
