"""Guards on a story's own evidence against a listing (#8, no non-article stored): a dated,
bylined long text does not outvote a listing's later page, a search's path or a blog page of
whole posts whose date lines print above their titles; a site's FAQ that opens with its
questions is a page however long, dated and signed; and a topic's hub is named at no
headline's address (a one-word headline's brief at a dated or numbered address is a story)."""

from __future__ import annotations

import pytest

from tests.test_page_kind_story_evidence import (
    _BYLINE,
    _FAQ,
    _HEADLINE,
    _RELATED,
    _cards,
    _kind,
    _page,
    _paragraphs,
)


def _posts(count: int, *, date_above: bool) -> str:
    """A blog's listing page printing its posts whole, each with its byline and date line,
    printed above its linked title or under it."""
    out = []
    for i, title in enumerate(_RELATED[:count]):
        slug = "-".join(title.lower().split())
        text = "".join(f"<p>Post {i}, paragraph {k}: " + _paragraphs(1, 120)[3:] for k in range(5))
        line = f"<p class='byline'>By Ann Lee · May {16 - i}, 2024</p>"
        head = f"<h2 class='entry-title'><a href='/2024/05/{i + 1:02d}/{slug}/'>{title}</a></h2>"
        out.append(f"<article class='post'>{line + head if date_above else head + line}"
                   f"<div class='entry-content'>{text}</div></article>")
    return ("<html><head><title>Harbour | The Ledger</title></head><body><header><a href='/'>The Ledger</a></header>"
            f"<main><h1>Harbour</h1>{''.join(out)}<nav><a href='/page/3/'>Older posts</a></nav></main></body></html>")


@pytest.mark.parametrize("url", ["https://blog.example/category/harbour/", "https://blog.example/tag/harbour-news/"])
def test_whole_posts_with_their_date_lines_above_their_titles_are_a_listing(url: str) -> None:
    kind, why = _kind(_posts(3, date_above=True), url)
    assert kind == "listing", why


@pytest.mark.parametrize("url", ["https://ledger.example/section/harbour-history/?page=2",
                                 "https://ledger.example/category/harbour/?pg=3&sort=new",
                                 "https://ledger.example/search/ferry-timetable/"])
def test_a_long_signed_text_does_not_outvote_a_later_page_or_a_search(url: str) -> None:
    # a listing's later page or a search's results: the path's word and its page number
    # outvote whatever dated, signed text the extractor took as the main one
    kind, why = _kind(_page("Harbour history", _BYLINE, _paragraphs(10)), url)
    assert kind == "listing", why


def _questions(count: int) -> str:
    return "".join(f"<h2>How do I book crossing number {i}?</h2>" + _paragraphs(1, 70) for i in range(count))


def test_a_site_s_faq_dated_and_signed_by_its_company_is_a_page() -> None:
    # a support page of questions, "By Acme Ltd · Updated May 16, 2024": its answers are
    # long, but it opens with its questions; no story precedes them
    kind, why = _kind(_page("Frequently asked questions", "<p class='byline'>By Acme Ltd · Updated May 16, 2024</p>",
                            _questions(10), meta=_FAQ), "https://ledger.example/support/booking-questions")
    assert kind == "page", why


def test_a_long_post_with_a_questions_box_at_its_foot_stays_an_article() -> None:
    kind, why = _kind(_page("Ferry timetable approved after a long night of talks", _BYLINE,
                            _paragraphs(10) + _questions(3), meta=_FAQ),
                      "https://ledger.example/guides/ferry-timetable-questions")
    assert kind == "article", why


@pytest.mark.parametrize("url", ["https://ledger.example/news/2024/05/16/brexit-deal/",
                                 "https://ledger.example/news/brexit-123456",
                                 "https://ledger.example/news/brexit-deal-signed-after-long-talks"])
def test_a_one_word_headline_s_brief_above_related_headlines_at_a_story_s_address_is_an_article(url: str) -> None:
    # "Brexit": a byline, a date, 130 words of its own, ten related headlines; its address
    # is a day's, a record's number or a headline's slug, which no topic's hub has
    kind, why = _kind(_page("Brexit", _BYLINE, _paragraphs(2, 60), _cards(10)), url)
    assert kind == "article", why


def _introduction(paragraphs: int) -> str:
    sentence = "Summer is the best time to cross to the islands, and these guides help you plan every trip with care. "
    return "".join(f"<p>{sentence * 4}Part {i}.</p>" for i in range(paragraphs))


@pytest.mark.parametrize(("title", "head", "url"), [
    ("Summer reading list", "<p class='date'>May 16, 2024</p>", "https://ledger.example/collections/summer-reading-list"),
    ("Garden tools", "<p class='date'>Updated May 16, 2024</p>", "https://shop.example/garden-tools-and-supplies"),
    ("Island ferry series", "<p class='byline'>By Ledger Team</p>", "https://ledger.example/series/island-ferry-series"),
])
def test_a_named_collection_with_one_sign_over_its_introduction_is_a_listing(title: str, head: str, url: str) -> None:
    # a collection's or a category's page: its name, an update's date or its team, 160
    # words of introduction in two paragraphs, twelve headlines; at an address of a slug
    # of three words, which a story may have too: with one sign, its title or its address
    # must be a headline's
    kind, why = _kind(_page(title, head, _introduction(2), _cards(12)), url)
    assert kind == "listing", why


@pytest.mark.parametrize("title", ["Ferry", "Ferry timetable approved after talks"])
def test_a_brief_with_one_sign_under_a_headline_or_at_a_headline_s_address_is_an_article(title: str) -> None:
    # a short headline at a day's address, or a headline of a story's length at a slug of three words
    url = "https://ledger.example/news/2024/05/16/ferry/" if title == "Ferry" else "https://ledger.example/news/ferry-timetable-approved"
    kind, why = _kind(_page(title, "<p class='date'>May 16, 2024</p>", _paragraphs(3), _cards(12)), url)
    assert kind == "article", why


@pytest.mark.parametrize("url", ["https://shop.example/category/widgets/", "https://ledger.example/tag/harbour/",
                                 "https://ledger.example/thema/hafen/", "https://wiki.example/topics/ferries"])
def test_a_term_s_page_with_a_long_signed_description_is_a_listing(url: str) -> None:
    # a category's or a tag's page: an SEO plugin's description of 600 words, the site's
    # account as its writer and a date, then its cards; a term's address files no post
    kind, why = _kind(_page("Widgets", _BYLINE, _introduction(8), _cards(10, snippets=True)), url)
    assert kind == "listing", why


@pytest.mark.parametrize("url", ["https://blog.example/category/harbour/", "https://blog.example/tag/harbour-news/"])
def test_whole_posts_under_unlinked_titles_at_a_term_s_address_are_a_listing(url: str) -> None:
    # a theme printing its posts whole under titles that link nowhere: no teaser to count
    html = _posts(3, date_above=False)
    for i, title in enumerate(_RELATED[:3]):
        slug = "-".join(title.lower().split())
        html = html.replace(f"<a href='/2024/05/{i + 1:02d}/{slug}/'>{title}</a>", title)
    kind, why = _kind(html, url)
    assert kind == "listing", why


def test_the_reason_names_the_listing_path_or_the_type_a_long_signed_story_outvoted() -> None:
    kind, why = _kind(_page(_HEADLINE, _BYLINE, _paragraphs(10)), "https://blog.example/section/harbour-history/")
    assert kind == "article" and "over listing path /section/" in why, why
    kind, why = _kind(_page(_HEADLINE, _BYLINE, _paragraphs(10) + _questions(3), meta=_FAQ),
                      "https://ledger.example/guides/ferry-timetable-questions")
    assert kind == "article" and "over type faqpage" in why, why
