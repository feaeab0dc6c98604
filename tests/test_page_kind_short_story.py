"""A short story (dated, bylined, two or three sentences) above a box of nine or more
related headlines is an article: the box's headlines outnumber its words, but none
of them is in its text, and the story's own evidence (its date, its writer, its
address) stands. A page whose text is its teasers' cards, or at no story's address,
stays a listing."""

from __future__ import annotations

import pytest

from crawler.parsers.article import parse_article

_STORY_URL = "https://ledger.example/news/2024/05/16/ferry-timetable-approved"


def _page(paragraphs: int, related: int, byline: str = "<p class='byline'>By Ann Lee · May 16, 2024</p>") -> str:
    story = "".join(f"<p>The island's ferry will run on a new timetable from June, the harbour board said on"
                    f" Tuesday after a long meeting with residents, part {i}.</p>" for i in range(paragraphs))
    links = "".join(f"<li><h3><a href='/news/2024/05/other-story-number-{i}-about-the-town'>Other story number {i}"
                    " about the town and its harbour</a></h3></li>" for i in range(related))
    return (f"<html><head><title>Ferry timetable approved</title></head><body><main><h1>Ferry timetable approved</h1>"
            f"{byline}<div class='story'>{story}</div><section><h2>Related</h2><ul>{links}</ul></section>"
            "</main></body></html>")


@pytest.mark.parametrize("related", [9, 12, 20])
@pytest.mark.parametrize("url", [_STORY_URL, "https://ledger.example/node/12345"])
def test_a_short_story_above_many_related_headlines_is_an_article(related: int, url: str) -> None:
    record = parse_article(_page(2, related), url)
    assert record is not None
    assert record.page_kind == "article", record.provenance.get("page_kind")


@pytest.mark.parametrize(("paragraphs", "byline", "url"), [
    (1, "<p class='byline'>By Ann Lee · May 16, 2024</p>", _STORY_URL),  # one sentence: a list's introduction
    (2, "<p class='date'>May 16, 2024</p>", _STORY_URL),                # no writer
    (2, "<p class='byline'>By Ann Lee · May 16, 2024</p>", "https://ledger.example/harbour/"),  # a section's address
])
def test_a_short_text_above_many_headlines_without_a_story_s_evidence_is_a_listing(
        paragraphs: int, byline: str, url: str) -> None:
    record = parse_article(_page(paragraphs, 12, byline), url)
    assert record is not None
    assert record.page_kind == "listing", record.provenance.get("page_kind")


_CARD_TITLES = ("Ten spring asparagus recipes to try this week", "The best new bakeries in the old town",
                "How to cook rice so it comes out right every time", "A guide to the markets open on Sunday",
                "Why the price of olive oil keeps going up", "Five cheap dinners that take twenty minutes",
                "The harbour cafe that reinvented fish soup", "What to drink with a summer barbecue",
                "Our critic on the new tasting menu at the quay", "Street food stalls return to the square",
                "The secret to a crisp roast potato", "Local brewers brace for the hop shortage")


def _section_front(meta_line: bool) -> str:
    """A section front: a two-sentence introduction over a grid of twelve cards, each
    printing its own writer and day (on one line or two), no snippet."""
    cards = []
    for i, title in enumerate(_CARD_TITLES):
        slug = "-".join(title.lower().split())
        writer, day = ("Ann Lee", "Tom Hart", "Mia Wong")[i % 3], 16 - i % 5
        meta = (f"<p class='meta'>By {writer} · May {day}, 2024</p>" if meta_line else
                f"<p class='byline'>By {writer}</p><time datetime='2024-05-{day:02d}'>May {day}, 2024</time>")
        cards.append(f"<article class='card'><h3><a href='/lifestyle/food-and-drink/2024/05/{day:02d}/{slug}'>"
                     f"{title}</a></h3>{meta}</article>")
    return ("<html><head><title>Food and drink | The Ledger</title></head><body>"
            "<header><a href='/'>The Ledger</a><nav><a href='/news'>News</a> <a href='/lifestyle'>Lifestyle</a></nav>"
            "</header><main><h1>Food and drink</h1><div class='section-intro'>"
            "<p>Recipes, restaurant reviews and the stories behind what we eat, from our critics and cooks"
            " across the region.</p><p>New recipes every Tuesday and Friday, and a weekly guide to the best"
            " places to eat out this weekend.</p></div>"
            f"<div class='grid'>{''.join(cards)}</div></main><footer><p>© 2024 The Ledger</p></footer></body></html>")


@pytest.mark.parametrize("meta_line", [False, True])
@pytest.mark.parametrize("url", ["https://ledger.example/lifestyle/food-and-drink",
                                 "https://ledger.example/news/science_and_environment"])
def test_a_section_front_whose_writer_is_its_first_card_s_is_a_listing(meta_line: bool, url: str) -> None:
    # A section's address of three words ("food-and-drink", BBC's "science_and_environment")
    # is shaped as a story's, and the page's writer and day are read off its first card:
    # that byline is a card's line, no story's own evidence.
    record = parse_article(_section_front(meta_line), url)
    assert record is not None
    assert record.page_kind == "listing", record.provenance.get("page_kind")


def test_a_short_story_above_its_writer_s_other_stories_is_an_article() -> None:
    # The related box's cards print the writer too ("More from Ann Lee"): the story's own
    # byline, date and all, is none of their lines.
    related = "".join(f"<li><h3><a href='/news/2024/05/other-story-number-{i}-about-the-town'>Other story number {i}"
                      " about the town and its harbour</a></h3><p>By Ann Lee</p></li>" for i in range(12))
    page = _page(2, 0).replace("<ul></ul>", f"<ul>{related}</ul>")
    record = parse_article(page, _STORY_URL)
    assert record is not None
    assert record.page_kind == "article", record.provenance.get("page_kind")


@pytest.mark.parametrize("url", ["https://ledger.example/2024/05/16/ferry-vote/",   # WordPress's day permalink
                                 "https://ledger.example/news/2024/05/ferry/"])      # a month's, a one-word slug
def test_a_short_story_at_a_dated_permalink_with_a_short_slug_is_an_article(url: str) -> None:
    # A slug of one or two words under the year and month folders is a post's address
    # (WordPress's default "/%year%/%monthnum%/%day%/%postname%/"), as a three-word slug is.
    record = parse_article(_page(2, 12), url)
    assert record is not None
    assert record.page_kind == "article", record.provenance.get("page_kind")


@pytest.mark.parametrize("url", ["https://ledger.example/2024/elections/",   # a year's section, no month folder
                                 "https://ledger.example/2024/05/16/",        # a day's archive
                                 "https://ledger.example/2024/05/page/2/"])   # a month archive's later page
def test_a_short_text_at_a_year_s_folder_that_is_no_post_s_stays_a_listing(url: str) -> None:
    record = parse_article(_page(2, 12), url)
    assert record is not None
    assert record.page_kind == "listing", record.provenance.get("page_kind")


def test_a_section_front_whose_cards_print_the_writer_over_the_headline_is_a_listing() -> None:
    # The same front in a theme printing each card's writer above its headline.
    page = _section_front(False)
    for writer in ("Ann Lee", "Tom Hart", "Mia Wong"):
        page = page.replace(f"</a></h3><p class='byline'>By {writer}</p>", "</a></h3>")
    page = page.replace("<article class='card'><h3>", "<article class='card'><p class='byline'>By Ann Lee</p><h3>")
    record = parse_article(page, "https://ledger.example/lifestyle/food-and-drink")
    assert record is not None
    assert record.page_kind == "listing", record.provenance.get("page_kind")


def test_a_short_story_run_into_its_related_headlines_is_an_article() -> None:
    # No box around the related headlines: the first follows the story's box, whose text
    # (byline and all) is no line over a card's headline.
    page = _page(2, 12).replace("<section><h2>Related</h2><ul>", "").replace("</ul></section>", "")
    page = page.replace("<li>", "").replace("</li>", "").replace("<main><h1>Ferry timetable approved</h1>"
                                                                "<p class='byline'>By Ann Lee · May 16, 2024</p><div class='story'>",
                                                                "<main><h1>Ferry timetable approved</h1><div class='story'>"
                                                                "<p class='byline'>By Ann Lee · May 16, 2024</p>")
    assert "<div class='story'><p class='byline'>" in page and "</div><h3>" in page
    record = parse_article(page, _STORY_URL)
    assert record is not None
    assert record.page_kind == "article", record.provenance.get("page_kind")
