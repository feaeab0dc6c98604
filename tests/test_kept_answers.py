"""Answers kept per text (``lru_cache``): a pure function of a line's text gives the
same answer from its cache as computed afresh, for every line of the fixture pages,
and a caller that changes the list it got changes no later answer (speed work only:
no record may change)."""

from __future__ import annotations

import gzip
import sys
from functools import cache
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import pytest

from crawler.parsers.body import furniture
from crawler.parsers.body.text import collapse, collapsed_key, norm_key
from crawler.parsers.joined import joined
from crawler.parsers.metadata import authors

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.html.gz"))
# Lines the caches hold across pages: some texts asked twice in a row, with other arguments between
BYLINES = ["By Jane Doe and John Roe", "Von Anna Müller und Jörg Weber, 03.05.2024, 14:20 Uhr",
           "Foto: REUTERS/Nathan Howard", "记者 王小明 摄", "By N/A", "", "  ", "Autor: Jane Doe Tags: Politik, Wahl"]


@cache
def _lines() -> list[str]:
    """Each element's own text and its whole text (collapsed, up to 300 characters) on the fixture pages."""
    lines: list[str] = []
    for path in PAGES:
        doc = lxml.html.fromstring(gzip.decompress(path.read_bytes()))
        for el in doc.iter():
            if isinstance(el.tag, str) and el.tag not in ("script", "style"):
                lines += [el.text or "", collapse(el.text_content())[:300]]
    return [*BYLINES, *lines]


def test_the_fixture_pages_give_lines() -> None:
    assert len(PAGES) >= 10 and len(_lines()) > 5_000


@pytest.mark.parametrize("strict", [True, False])
def test_clean_byline_answers_from_its_cache_as_afresh(strict: bool) -> None:
    for text in _lines():
        assert authors.clean_byline(text, strict) == (authors._byline_names(text, strict) if text else [])


def test_clean_byline_gives_each_caller_its_own_list() -> None:
    names = authors.clean_byline("By Jane Doe and John Roe")
    names.append("Someone Else")
    names[0] = "Changed"
    assert authors.clean_byline("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(("kind", "link_share", "in_sentence"), [("p", 0.0, False), ("li", 0.5, False),
                                                                  ("h", 0.0, True), ("p", 1.0, True)])
def test_furniture_rule_answers_from_its_cache_as_afresh(kind: str, link_share: float, in_sentence: bool) -> None:
    afresh = furniture._first_rule.__wrapped__
    for text in _lines():
        assert furniture.furniture_rule(text, kind=kind, link_share=link_share, in_sentence=in_sentence) \
            is afresh(text, kind, link_share, in_sentence, None)
        key = norm_key(text)
        assert furniture.furniture_rule(text, kind=kind, link_share=link_share, in_sentence=in_sentence, key=key) \
            is afresh(text, kind, link_share, in_sentence, key)


def test_norm_key_answers_from_its_cache_as_afresh() -> None:
    for text in _lines():
        assert norm_key(text) == collapsed_key(collapse(text))


def test_the_caches_keep_plain_strings() -> None:
    """An lxml "smart" string (an XPath's text) holds its whole tree: a cache keeps a plain copy, not it."""
    doc = lxml.html.fromstring("<div><p>By Jane Doe</p></div>")
    smart = doc.xpath("string(//p)")
    assert type(smart) is not str
    held = sys.getrefcount(smart)
    assert (norm_key(smart), authors.clean_byline(smart), furniture.furniture_rule(smart, key=smart)) \
        == ("by jane doe", ["Jane Doe"], None)
    assert sys.getrefcount(smart) == held


def test_joined_answers_from_its_cache_as_urljoin() -> None:
    bases = ["http://a.example/news/2024/story.html", "https://www.b.example/", "", "http://c.example/x?p=1#top"]
    hrefs = [a.get("href") or "" for path in PAGES
             for a in lxml.html.fromstring(gzip.decompress(path.read_bytes())).iter("a")]
    assert len(hrefs) > 500
    for base in bases:
        for href in [*hrefs, *hrefs[:50]]:  # (the second time from the cache)
            assert joined(base, href) == urljoin(base, href)


def test_joined_refuses_as_urljoin_refuses() -> None:
    for _ in range(2):  # (a refusal is not kept: asked again, it raises again)
        with pytest.raises(ValueError):
            urljoin("http://a.example/", "http://[bad/x")
        with pytest.raises(ValueError):
            joined("http://a.example/", "http://[bad/x")
