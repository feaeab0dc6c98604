"""The eighteenth blind template site (``benchmarks/template_sites_blind18.py``): served on
127.0.0.1, every story answers, the old paper is sent as an old paper was (Danish in ISO-8859-1,
Romanian in windows-1250 with the cedilla ş and ţ, each declared only in a ``<meta>``), the truth
holds ten stories per template, each story is reached from the home page, and the site is the
same for the same seed; and both sites crawled with the real ``clippings crawl`` (one run): every
story stored once, no other page (front, section, tag, author, about, contact, subscription pages),
title, authors, day and section right on every story."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from benchmarks.template_sites_blind18 import DA, PER_TEMPLATE, RO, TEMPLATES, Lang, Site
from tests.support.blind_crawl import assert_scores, crawl_sites, reached_from_home
from tests.support.served_fetch import fetch


@pytest.fixture(scope="module")
def sites() -> Iterator[dict[str, Site]]:
    """Both sites of seed 83, made and served once for the module's tests, by code."""
    with Site(DA, 83) as da, Site(RO, 84) as ro:
        yield {"da": da, "ro": ro}


@pytest.mark.parametrize("lang", [DA, RO], ids=lambda lang: lang.code)
def test_every_story_is_served_and_the_old_paper_as_it_was(sites: dict[str, Site], lang: Lang) -> None:
    site = sites[lang.code]
    truth = site.truth()
    assert sorted(t["template"] for t in truth.values()) == sorted(TEMPLATES * PER_TEMPLATE)
    for url, expected in truth.items():
        status, kind, data = fetch(url)
        assert status == 200
        if expected["template"] != "table":
            assert expected["title"] in data.decode("utf-8")
            continue
        assert kind == "text/html"
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        text = data.decode("iso-8859-1" if lang is DA else "cp1250")
        assert expected["title"] in text
        assert ("charset=iso-8859-1" if lang is DA else "charset=windows-1250") in text
        if lang is RO:
            assert "ș" not in text and "ț" not in text  # (the old code page's cedilla forms only)


@pytest.mark.parametrize("lang", [DA, RO], ids=lambda lang: lang.code)
def test_each_story_is_reached_from_home(lang: Lang) -> None:
    with Site(lang, 90) as site:
        assert {a.path for a in site.articles} <= reached_from_home({**site.pages, **site.old_pages}, site.base_url)


def test_the_same_seed_gives_the_same_site(sites: dict[str, Site]) -> None:
    one = sites["da"]
    with Site(DA, one.seed) as two, Site(DA, one.seed + 1) as other:
        assert [a.title for a in one.articles] == [a.title for a in two.articles]
        assert [a.title for a in one.articles] != [a.title for a in other.articles]


@pytest.fixture(scope="module")
def crawled(sites: dict[str, Site], tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Site, list[dict]]]:
    """Both sites crawled by one real ``clippings crawl``: each site's rows by its code."""
    return crawl_sites(sites, tmp_path_factory.mktemp("blind18") / "sites.db")


@pytest.mark.parametrize("lang", [DA, RO], ids=lambda lang: lang.code)
def test_the_site_crawled_stores_each_story_once_with_its_fields(
        crawled: dict[str, tuple[Site, list[dict]]], lang: Lang) -> None:
    site, rows = crawled[lang.code]
    assert_scores(site, rows, TEMPLATES, dict.fromkeys(("title", "authors", "day", "section"), 1.0))
