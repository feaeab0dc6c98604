"""The ninth blind template site (``benchmarks/template_sites_blind9.py``) itself, not its
scores: served on 127.0.0.1, every story answers, the old archive is sent in its own
codec (windows-1256, ISO-8859-1) as old servers sent it, the truth holds ten stories per
template and the site is the same for the same seed."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from benchmarks.template_sites_blind9 import AR, ES, PER_TEMPLATE, TEMPLATES, Lang, Site, hijri
from tests.support.served_fetch import served_story_text


@pytest.mark.parametrize("lang", [AR, ES], ids=lambda lang: lang.code)
def test_every_story_is_served_and_the_archive_in_its_codec(lang: Lang) -> None:
    with Site(lang, 17) as site:
        truth = site.truth()
        assert sorted(t["template"] for t in truth.values()) == sorted(TEMPLATES * PER_TEMPLATE)
        for url, expected in truth.items():
            text = served_story_text(url, expected["template"], lang)
            assert " ".join(expected["title"].split()) in " ".join(text.split())


@pytest.mark.parametrize("lang", [AR, ES], ids=lambda lang: lang.code)
def test_each_story_is_linked_from_a_listing_reached_from_home(lang: Lang) -> None:
    with Site(lang, 29) as site:
        seen, todo = {"/"}, ["/"]
        while todo:
            html = site.pages[todo.pop()]
            for href in re.findall(r'href="(/[^"#]*)"', html):
                path = href.replace("&amp;", "&")
                if path in site.pages and path not in seen:
                    seen.add(path)
                    todo.append(path)
        assert {a.path for a in site.articles} <= seen


def test_the_same_seed_gives_the_same_site() -> None:
    with Site(AR, 5) as one, Site(AR, 5) as two, Site(AR, 6) as other:
        assert [a.title for a in one.articles] == [a.title for a in two.articles]
        assert [a.title for a in one.articles] != [a.title for a in other.articles]


def test_the_hijri_date_printed_beside_the_gregorian_one() -> None:
    """The tabular Islamic calendar: 5 May 2024 is 26 Shawwal 1445, 23 March 2023 is 1 Ramadan 1444."""
    assert hijri(datetime(2024, 5, 5)) == (1445, 10, 26)
    assert hijri(datetime(2023, 3, 23)) == (1444, 9, 1)
