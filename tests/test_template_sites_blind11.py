"""The eleventh blind template site (``benchmarks/template_sites_blind11.py``) itself, not
its scores: served on 127.0.0.1, every story answers, the old paper is sent in its own codec
(GBK declared gb2312, windows-1256) with no charset in the header, the Arabic WordPress
slugs are percent-encoded in lower case, the truth holds ten stories per template, the
Hijri day printed beside the Gregorian one is the tabular calendar's, and the site is the
same for the same seed."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from benchmarks.template_sites_blind11 import AR, PER_TEMPLATE, TEMPLATES, ZH, Lang, Site, hijri
from tests.support.served_fetch import served_story_text


@pytest.mark.parametrize("lang", [ZH, AR], ids=lambda lang: lang.code)
def test_every_story_is_served_and_the_old_paper_in_its_codec(lang: Lang) -> None:
    with Site(lang, 17) as site:
        truth = site.truth()
        assert sorted(t["template"] for t in truth.values()) == sorted(TEMPLATES * PER_TEMPLATE)
        for url, expected in truth.items():
            text = served_story_text(url, expected["template"], lang)
            assert expected["title"] in text
        slugs = [a.path for a in site.articles if a.template == "portal"]
        assert all(re.fullmatch(r"/\d{4}/\d\d/\d\d/(%[0-9a-f]{2}|-)+/", p) for p in slugs) == (lang is AR)


def test_each_story_is_reached_from_home() -> None:
    with Site(ZH, 29) as site:
        seen, todo = {"/"}, ["/"]
        while todo:
            html = site.pages[todo.pop()].replace(site.base_url + "/", "/")
            for href in re.findall(r'href="(/[^"#]*)"', html):
                if href in site.pages and href not in seen:
                    seen.add(href)
                    todo.append(href)
        assert {a.path for a in site.articles} <= {h.split("?from=")[0] for h in seen}


def test_the_hijri_day_is_the_tabular_calendars() -> None:
    assert hijri(datetime(2002, 5, 16)) == (1423, 3, 4)  # 4 Rabi' al-Awwal 1423 (tabular)
    assert hijri(datetime(2024, 5, 16)) == (1445, 11, 8)  # 8 Dhu al-Qa'dah 1445


def test_the_same_seed_gives_the_same_site() -> None:
    with Site(AR, 5) as one, Site(AR, 5) as two, Site(AR, 6) as other:
        assert [a.title for a in one.articles] == [a.title for a in two.articles]
        assert [a.title for a in one.articles] != [a.title for a in other.articles]
