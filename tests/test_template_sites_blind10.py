"""The tenth blind template site (``benchmarks/template_sites_blind10.py``) itself, not its
scores: served on 127.0.0.1, every story answers, the old daily is sent in its own codec
(ISO-8859-1, windows-1251; the Russian print copies in KOI8-R) with no charset in the
header, its stories are reached through the frames' ``src`` only, the truth holds ten
stories per template and the site is the same for the same seed."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from benchmarks.template_sites_blind10 import PER_TEMPLATE, PT, RU, TEMPLATES, Lang, Site
from tests.support.served_fetch import served_story_text


@pytest.mark.parametrize("lang", [PT, RU], ids=lambda lang: lang.code)
def test_every_story_is_served_and_the_old_daily_in_its_codec(lang: Lang) -> None:
    with Site(lang, 17) as site:
        truth = site.truth()
        assert sorted(t["template"] for t in truth.values()) == sorted(TEMPLATES * PER_TEMPLATE)
        for url, expected in truth.items():
            text = served_story_text(quote(url, safe=":/?=&"), expected["template"], lang)
            assert " ".join(expected["title"].split()) in " ".join(text.split())
        koi = [p for p, codec in site.codecs.items() if codec == "koi8-r"]
        assert bool(koi) == (lang is RU)


@pytest.mark.parametrize("lang", [PT, RU], ids=lambda lang: lang.code)
def test_each_story_is_reached_from_home_and_the_old_ones_only_through_frames(lang: Lang) -> None:
    def reached(attributes: str) -> set[str]:
        seen, todo = {"/"}, ["/"]
        while todo:
            html = site.pages[todo.pop()].replace(site.base_url + "/", "/")  # (a canonical link is absolute)
            for href in re.findall(rf'(?:{attributes})="(/[^"#]*)"', html):
                path = href.replace("&amp;", "&")
                if path in site.pages and path not in seen:
                    seen.add(path)
                    todo.append(path)
        return seen

    with Site(lang, 29) as site:
        old = {a.path for a in site.articles if a.template == "table"}
        assert {a.path for a in site.articles} <= reached("href|src")
        assert not old & reached("href")


def test_the_same_seed_gives_the_same_site() -> None:
    with Site(RU, 5) as one, Site(RU, 5) as two, Site(RU, 6) as other:
        assert [a.title for a in one.articles] == [a.title for a in two.articles]
        assert [a.title for a in one.articles] != [a.title for a in other.articles]
