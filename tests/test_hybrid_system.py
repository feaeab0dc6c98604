"""The benchmark-only hybrid (``benchmarks/systems.py``: ``clippings_hybrid``), an
experiment of #8: Clippings' body, or trafilatura's on a doubtful page."""

from __future__ import annotations

import pytest

from benchmarks.systems import SYSTEMS, _holds

_PARAGRAPH = ("The council met on Tuesday evening to discuss the new budget for the town's "
              "libraries, which have been closed on Sundays since the spring. ")


def test_holds_reads_letters_and_digits_only():
    ours = "First part, with commas.\n\nSecond part!"
    assert _holds("first part with commas -- and more -- second part", ours)
    assert not _holds("first part with commas, and nothing else", ours)
    assert not _holds("anything", "")


def test_a_page_with_article_body_keeps_clippings_body():
    # trafilatura is a benchmark extra (`pip install -e '.[bench]'`), not installed by `make test`.
    pytest.importorskip("trafilatura")
    html = ("<html><head><title>Budget</title><script type='application/ld+json'>"
            '{"@type": "NewsArticle", "articleBody": "x"}</script></head><body><article>'
            f"<h1>Budget</h1><p>{_PARAGRAPH * 3}</p><p>{_PARAGRAPH * 2}</p></article></body></html>")
    ours = SYSTEMS["clippings"]()(html, "https://example.org/budget")
    hybrid = SYSTEMS["clippings_hybrid"]()(html, "https://example.org/budget")
    assert hybrid.body == ours.body and hybrid.note is None
