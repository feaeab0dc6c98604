"""The date search reads the page's date boxes once for both its searches of them
(:func:`.date_search._marked_days`): the days found are those of a walk per search,
on every fixture page (speed work only: no record may change)."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from functools import cache
from itertools import islice
from pathlib import Path

import pytest

from crawler.parsers.document import Element, parse_html
from crawler.parsers.metadata import date_search as ds
from crawler.parsers.metadata.walk import attrs_of, text_of

FIXTURES = sorted(p for p in (Path(__file__).parent / "fixtures").rglob("*") if p.name.endswith((".html", ".html.gz")))
MARKED = """<html><body><div class="post-date">May 3, 2024</div><aside><span class="date">June 1, 2024</span></aside>
<p class="publish-date">Posted 4 May 2024</p><span class="pubdate">2024-05-05</span>
<div class="date updated">May 9, 2024</div><p class="datum">Di, 07.05.2024</p></body></html>"""


def _old_marked_days(doc: Element, language: str | None, latest: str,
                     mark: re.Pattern[str] | None = None) -> Iterator[str]:
    """:func:`.date_search._marked_days` as it was: a walk of the page per search."""
    for el in islice(doc.iter(), ds._MARKED_ELEMENTS):
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head", "script", "style", "title"):
            continue
        marks = attrs_of(el)
        if (not marks or (mark is not None and not mark.search(marks))
                or not ds._DATE_MARK.search(marks) or ds._NOT_OWN_DATE.search(marks)):
            continue
        text = " ".join(text_of(el, ds._MARKED_TEXT + 1).split())
        found = ds.find_date_span(text, language) if len(text) <= ds._MARKED_TEXT else None
        if found is None or found[1] > ds._MARKED_AT or found[0][:10] > latest or ds._beside_story(el):
            continue
        yield found[0][:10]


@cache
def _docs() -> list[Element]:
    pages = [gzip.decompress(p.read_bytes()) if p.name.endswith(".gz") else p.read_bytes() for p in FIXTURES]
    return [doc for doc in map(parse_html, [MARKED.encode(), *pages]) if doc is not None]


def test_the_fixtures_hold_date_boxes() -> None:
    assert len(_docs()) > 200
    assert sum(1 for doc in _docs() if next(_old_marked_days(doc, "en", "2099-01-01"), None)) > 20


@pytest.mark.parametrize("latest", ["2099-01-01", "2024-05-04"])
def test_both_searches_find_the_days_of_a_walk_each(latest: str) -> None:
    for doc in _docs():
        boxes = list(ds._date_boxes(doc))  # (read once, as :func:`.date_search.search_date` does)
        for mark in (ds._PUBLICATION_MARK, None, ds._PUBLICATION_MARK):
            assert list(ds._marked_days(doc, "en", latest, mark, boxes)) == list(_old_marked_days(doc, "en", latest, mark))
        assert list(ds._marked_days(doc, "en", latest)) == list(_old_marked_days(doc, "en", latest))


def test_the_searches_read_the_boxes_given_not_the_page() -> None:
    doc = parse_html(MARKED.encode())
    assert list(ds._marked_days(doc, "en", "2099-01-01"))  # (the page has date boxes)
    assert list(ds._marked_days(doc, "en", "2099-01-01", boxes=[])) == []  # (none given: no second walk)
    assert list(ds._date_boxes(parse_html(b"<html><body><p>No dates here.</p></body></html>"))) == []
