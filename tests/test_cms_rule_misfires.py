"""Hand-made pages on which the rules added with the CMS-theme fixtures
(tests/test_cms_themes.py) misfired: each rule still serves its fixture there,
and leaves these pages as they were before it."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

_DIRECTIONS = ("Take the regional train from the central station to Seaside and walk ten minutes along "
               "the harbour; trains run every half hour on weekdays and every hour on Sundays. ")


@pytest.mark.parametrize("heading", ["By train", "By Public Transport"])
def test_a_by_heading_over_a_page_with_no_headline_is_no_byline(heading: str) -> None:
    html = f"""<html><head><title>Getting here - Seaside Museum</title></head><body>
<div class=content><p><b>{heading}</b></p><p>{_DIRECTIONS}</p><p><b>By car</b></p><p>{_DIRECTIONS}</p>
</div></body></html>"""
    art = parse_article(html, "https://seaside-museum.example/visit/getting-here")
    assert art is not None
    if heading == "By train":  # one word: no name at all
        assert art.authors == []
    assert art.page_kind == "page", art.provenance.get("page_kind")


def test_a_byline_line_over_a_page_with_no_headline_names_the_writer() -> None:
    html = f"""<html><head><title>Reading old photographs - Oakhill History Society</title></head><body>
<div class=page><p class=meta>Article by Rupert Fane</p><p>{_DIRECTIONS * 2}</p></div></body></html>"""
    art = parse_article(html, "https://www.oakhillhistory.example/articles/photographs.html")
    assert art is not None and art.authors == ["Rupert Fane"]
