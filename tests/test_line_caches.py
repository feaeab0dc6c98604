"""The header scan's line tests answer a line asked again from a bounded cache:
the same answers as the uncached reading, and no long text kept."""

from __future__ import annotations

from crawler.parsers.metadata import authors
from crawler.parsers.metadata.header import lines as header_lines

LINES = ["By Jane Doe", "Published by Daniel Cooper", "Bye bye", "di Mario Rossi", "Words: 2,400",
         "by Ann Lee · Posted on 05/16/2024 in World", "Labels: Science, Millbrook", "", "   "]


def test_looks_like_byline_cached_answers_as_uncached() -> None:
    for line in LINES * 2:
        assert authors.looks_like_byline(line) == authors._reads_as_byline(line)


def test_looks_like_byline_keeps_no_long_text() -> None:
    long_text = "By Jane Doe " + "word " * 200
    before = authors._byline_opening.cache_info().currsize
    authors._byline_opening.cache_clear()
    assert authors.looks_like_byline(long_text) is False
    assert authors._byline_opening.cache_info().currsize == 0
    assert before <= authors._byline_opening.cache_info().maxsize


def test_printed_section_cached_answers_as_uncached() -> None:
    for line in LINES * 2:
        assert header_lines.printed_section(line) == header_lines.printed_section.__wrapped__(line)
    assert header_lines.printed_section.cache_info().hits >= len(LINES)
