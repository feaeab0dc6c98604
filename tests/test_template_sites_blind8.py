"""The eighth blind template site (``benchmarks/template_sites_blind8.py``) itself, not its
scores: served on 127.0.0.1, every story answers, the old archive is sent in its own
codec as old servers sent it, the truth holds ten stories per template and the site is
the same for the same seed."""

from __future__ import annotations

import re

import pytest

from benchmarks.template_sites_blind8 import PER_TEMPLATE, TEMPLATES, TR, ZH, Lang, Site
from tests.support.served_fetch import served_story_text


@pytest.mark.parametrize("lang", [ZH, TR], ids=lambda lang: lang.code)
def test_every_story_is_served_and_the_archive_in_its_codec(lang: Lang) -> None:
    with Site(lang, 17) as site:
        truth = site.truth()
        assert sorted(t["template"] for t in truth.values()) == sorted(TEMPLATES * PER_TEMPLATE)
        for url, expected in truth.items():
            text = served_story_text(url, expected["template"], lang)
            assert " ".join(expected["title"].split()) in " ".join(text.replace("&#x27;", "'").split())


@pytest.mark.parametrize("lang", [ZH, TR], ids=lambda lang: lang.code)
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
    with Site(ZH, 5) as one, Site(ZH, 5) as two, Site(ZH, 6) as other:
        assert [a.title for a in one.articles] == [a.title for a in two.articles]
        assert [a.title for a in one.articles] != [a.title for a in other.articles]
