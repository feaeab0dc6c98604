"""The fourteenth blind template site (``benchmarks/template_sites_blind14.py``): served on
127.0.0.1, every story answers, the old paper is sent as an old paper was (Swedish in
ISO-8859-1, declared in a ``<meta>`` or nowhere at all; Vietnamese in windows-1258 with
combining tone marks, or in ASCII with every diacritic an entity), the truth holds ten stories
per template, each story is reached from the home page, and the site is the same for the same
seed; and both sites crawled with the real ``clippings crawl`` (one run): every story stored once, no
other page (about, contact, subscription, weather pages, the story appended below another),
title, authors, day and section right on 95% of the stories."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from html import unescape

import pytest

from benchmarks.template_sites_blind14 import PER_TEMPLATE, SV, TEMPLATES, VI, Lang, Site
from tests.support.blind_crawl import assert_scores, crawl_sites, reached_from_home
from tests.support.served_fetch import fetch


def old_text(lang: Lang, kind: str, data: bytes) -> str:
    """An old page's text as a reader sees it, checked as served: no UTF-8, no charset in the header."""
    assert kind == "text/html"
    if lang is SV:
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        return data.decode("iso-8859-1")
    if b"charset=windows-1258" in data:
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    return unescape(data.decode("ascii"))


@pytest.fixture(scope="module")
def sites() -> Iterator[dict[str, Site]]:
    """Both sites of seed 41, made and served once for the module's tests, by code."""
    with Site(SV, 41) as sv, Site(VI, 41) as vi:
        yield {"sv": sv, "vi": vi}


@pytest.mark.parametrize("lang", [SV, VI], ids=lambda lang: lang.code)
def test_every_story_is_served_and_the_old_paper_as_it_was(sites: dict[str, Site], lang: Lang) -> None:
    site = sites[lang.code]
    truth = site.truth()
    assert sorted(t["template"] for t in truth.values()) == sorted(TEMPLATES * PER_TEMPLATE)
    undeclared = combining = 0
    for url, expected in truth.items():
        status, kind, data = fetch(url)
        assert status == 200
        if expected["template"] != "table":
            assert expected["title"] in data.decode("utf-8")
            continue
        text = old_text(lang, kind, data)
        assert expected["title"] in text
        undeclared += "charset=" not in text
        combining += any(unicodedata.combining(c) for c in data.decode("cp1258", "replace")) and lang is VI
    if lang is SV:
        assert undeclared == len(range(0, PER_TEMPLATE, 3))
    else:
        assert combining == PER_TEMPLATE // 2



def test_each_story_is_reached_from_home() -> None:
    with Site(VI, 42) as site:
        assert {a.path for a in site.articles} <= reached_from_home({**site.pages, **site.old_pages}, site.base_url)


def test_the_same_seed_gives_the_same_site(sites: dict[str, Site]) -> None:
    one = sites["sv"]
    with Site(SV, one.seed) as two, Site(SV, one.seed + 1) as other:
        assert [a.title for a in one.articles] == [a.title for a in two.articles]
        assert [a.title for a in one.articles] != [a.title for a in other.articles]


@pytest.fixture(scope="module")
def crawled(sites: dict[str, Site], tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Site, list[dict]]]:
    """Both sites crawled by one real ``clippings crawl``: each site's rows by its code."""
    return crawl_sites(sites, tmp_path_factory.mktemp("blind14") / "sites.db")


@pytest.mark.parametrize("lang", [SV, VI], ids=lambda lang: lang.code)
def test_the_site_crawled_stores_each_story_once_with_its_fields(
        crawled: dict[str, tuple[Site, list[dict]]], lang: Lang) -> None:
    site, rows = crawled[lang.code]
    assert_scores(site, rows, TEMPLATES, dict.fromkeys(("title", "authors", "day", "section"), 0.95))
