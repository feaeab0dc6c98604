"""Cheap pre-checks that let a stage skip its walk: each must say "maybe" wherever
the walk would find something (the records stay as they were)."""

from __future__ import annotations

import pytest
from lxml import html

from crawler.parsers.metadata.extract import day_first_english


@pytest.mark.parametrize(("page", "day_first"), [
    # the date in a tail after a script (a piece of the page's own text)
    ("<div><p>Filed</p><script>var a = '1/2/03';</script> 22/11/2003</div>", True),
    # the date in a date <meta> only
    ("<html><head><meta name='pubdate' content='22/11/2003'></head><body><p>5 Mar 2006</p></body></html>", True),
    # a script's own dates are not the page's
    ("<div><p>Filed 5 Mar 2006</p><script>var d = '22/11/2003';</script></div>", False),
    # no slash in the text at all
    ("<div><p>Filed 5 Mar 2006</p></div>", False),
])
def test_day_first_english_reads_every_piece_the_walk_reads(page: str, day_first: bool) -> None:
    assert day_first_english("en", html.fromstring(page)) is day_first
