"""Pages from review 20 (notes/review20-meta.md; tests/fixtures/review20/): ordinary
pages on which the author rules of 2026-12-05 named a false writer. A false author
is worse than none, so each page pins the authors it must give (most: none).

Written by the reviewer, not taken from a benchmark set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsers import parse_article

PAGES = Path(__file__).parent / "fixtures" / "review20"
URL = "https://example.org/2025/story"

EXPECTED: dict[str, list[str]] = {
    # a name-like last line under the text is no signature: calls to action,
    # greetings, book titles, places, organisations, a quoted person, links
    "sig-b-org": [], "sig-em-booktitle-de": [], "sig-em-booktitle-en": [], "sig-em-dpa": [],
    "sig-em-hashtag-en": [], "sig-em-photo": [], "sig-em-place": [], "sig-em-quoted": [],
    "sig-em-series-de": [], "sig-frohe": [], "sig-guten-appetit": [], "sig-happy-reading": [],
    "sig-product": [], "sig-quelle": [], "sig-read-more-link": [], "sig-strong-city-en": [],
    "sig-strong-cta-de": [], "sig-strong-cta-en": [], "sig-strong-cta2-en": [], "sig-strong-event-de": [],
    # nor is a paragraph set flush right
    "right-book": [], "right-cta": [], "right-dpa": [], "right-fortsetzung": [], "right-next": [],
    "right-org": [], "right-place": [], "right-place-en": [], "right-quote": [], "right-updated": [],
    # "Bericht: X" is a headline's, teaser's or list item's form
    "bericht-kicker": [], "bericht-lastp": [], "bericht-listing-body": [], "bericht-source": [],
    "bericht-teaser-header": [],
    # "View profile for X" / "Profile of X" on reactions, in prose, on related links
    "profile-comment-en": [], "profile-in-article-en": [], "profile-ofs-en": [], "profile-quoted-en": [],
    # a comment marked "bypostauthor": a blog's or team's display name is no writer
    "bpa-lowbyline": ["jana"], "bpa-nickname": [], "bpa-team": [], "bpa-withtextbyline": ["Jana Roth"],
    # Korean bylines: the name before a ranked title ("선임기자" senior, "수습기자" trainee,
    # "객원기자" guest, "전문기자" specialist), not the rank; a photo reporter is no writer;
    # "기자" in a sentence ("이날 기자 간담회에서", "취재 기자 여러 명이") names nobody
    "ko-senior": ["김민수"], "ko-trainee": ["박지훈"], "ko-guest": ["홍길동"], "ko-specialist": ["이정훈"],
    "ko-photo": ["김민수"], "ko-text-press": [], "ko-first-p": [], "ko-title-text": [],
    "ko-desk": ["정치부"], "ko-yonhap": ["김민수"],
    # "Alle Inhalte von X" / "Tous les articles de X" titles topic, section and tag links too
    "alle-inhalte-topic-de": [], "alle-inhalte-topic2-de": [], "tous-les-articles-fr": [],
    "tutti-articoli-it": [], "todos-es": [],
    # an author-classed box in an <aside> with no by-word, label or author link: a book's
    # author, an expert's or an interviewee's card, a pull quote's source
    "aside-bookbox": [], "aside-expert": [], "aside-interviewee": [], "aside-mid-body": [],
    "aside-pullquote": [], "aside-pullquote-en": [],
    # one card per writer: a fact-checker's, a reviewer's or a photographer's card is no writer's
    "peer-factcheck-en": ["Jane Doe"], "peer-photo-de": ["Jana Roth"], "peer-reviewed-en": ["Jane Doe"],
}


def test_every_page_is_pinned() -> None:
    assert sorted(p.stem for p in PAGES.glob("*.html")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_authors(name: str) -> None:
    article = parse_article((PAGES / f"{name}.html").read_text(encoding="utf-8"), URL,
                            fetched_at="2026-01-20T00:00:00Z")
    assert article is not None
    assert article.authors == EXPECTED[name]


@pytest.mark.parametrize("box,href", [("byline", "/thema/hanna-lorenz"), ("kicker", "/autor/hanna-lorenz"),
                                      ("article-author", "/thema/hanna-lorenz")])
def test_a_writers_list_label_counts_in_an_author_box_or_on_an_author_page(box: str, href: str) -> None:
    """The same "Alle Inhalte von X" link names its writer in an author-marked box or with an
    author page's address."""
    page = (PAGES / "alle-inhalte-topic-de.html").read_text(encoding="utf-8")
    topic = '<div class="kicker"><a href="/thema/fc-bayern" title="Alle Inhalte von FC Bayern">FC Bayern</a></div>'
    assert topic in page
    writer = f'<div class="{box}"><a href="{href}" title="Alle Inhalte von Hanna Lorenz">Hanna Lorenz</a></div>'
    article = parse_article(page.replace(topic, writer), URL, fetched_at="2026-01-20T00:00:00Z")
    assert article is not None and article.authors == ["Hanna Lorenz"]


ASIDE = Path(__file__).parent / "fixtures" / "cms" / "byline-aside-de.html"
ASIDE_URL = "https://www.tagespresse-ost.example/meinung/gastkommentar/chor-jubilaeum/19765800"
ASIDE_OPEN = '<aside class="article__aside">'


@pytest.mark.parametrize("cls", ["widget", "related-posts", "comments", "sidebar-teaser", "most-read"])
def test_an_author_box_in_a_widgets_related_lists_or_comments_aside_names_nobody(cls: str) -> None:
    page = ASIDE.read_text(encoding="utf-8")
    assert ASIDE_OPEN in page and parse_article(page, ASIDE_URL).authors == ["Theresa Kogler"]
    assert parse_article(page.replace(ASIDE_OPEN, f'<aside class="{cls}">'), ASIDE_URL).authors == []


def test_an_author_box_in_an_aside_needs_a_by_word_or_an_author_link_and_two_words() -> None:
    page = ASIDE.read_text(encoding="utf-8")
    named = '<span>von<br> <span class="author__name">Theresa Kogler</span></span>'
    assert named in page
    assert parse_article(page.replace(named, '<span class="author__name">Theresa Kogler</span>'), ASIDE_URL).authors == []
    linked = page.replace(named, '<a href="/autoren/theresa-kogler">Theresa Kogler</a>')
    assert parse_article(linked, ASIDE_URL).authors == ["Theresa Kogler"]
    assert parse_article(page.replace("Theresa Kogler", "Theresa"), ASIDE_URL).authors == []


def test_a_fact_checkers_role_never_glues_onto_the_name() -> None:
    from crawler.parsers.metadata.authors import clean_byline

    assert clean_byline("John Roe Fact checker") == ["John Roe"]
    assert clean_byline("John Roe, Fact-checker") == ["John Roe"]
    assert clean_byline("Tim Berg Faktencheck") == ["Tim Berg"]
