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
