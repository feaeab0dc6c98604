"""The fifteenth blind template site (``benchmarks/template_sites_blind15.py``): served on
127.0.0.1, every story answers, the old paper is sent as an old paper was (no charset in the
header; French in ISO-8859-1, Greek in windows-1253 or ISO-8859-7, each named in a ``<meta>``),
the Greek portal's Greek-script paths answer percent-encoded, the truth holds ten stories per
template, each story is reached from the home page, and the site is the same for the same seed;
and both sites crawled with the real ``clippings crawl`` (one run): every story stored once,
title, authors, day and section right on every story (the scores the rules of
``tests/test_blind15_rules.py`` reached), no other page stored (the old papers' front and section
pages, the writers' pages, about and contact pages)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from urllib.parse import quote

import pytest

from benchmarks.template_sites_blind15 import EL, FR, PER_TEMPLATE, SAFE, TEMPLATES, Lang, Site
from tests.support.blind_crawl import assert_scores, crawl_sites
from tests.support.served_fetch import fetch


@pytest.fixture(scope="module")
def sites() -> Iterator[dict[str, Site]]:
    """Both sites of seed 15, made and served once for the module's tests, by code."""
    with Site(FR, 15) as fr, Site(EL, 15) as el:
        yield {"fr": fr, "el": el}


def old_text(lang: Lang, kind: str, data: bytes) -> str:
    """An old page's text as a reader sees it, in the charset its ``<meta>`` names (none in the header)."""
    assert kind == "text/html"
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    charset = re.search(rb"charset=([\w-]+)", data)
    assert charset is not None
    names = {"fr": {b"iso-8859-1"}, "el": {b"windows-1253", b"iso-8859-7"}}[lang.code]
    assert charset.group(1) in names
    return unescape(data.decode(charset.group(1).decode()))


@pytest.mark.parametrize("lang", [FR, EL], ids=lambda lang: lang.code)
def test_every_story_is_served_and_the_old_paper_as_it_was(sites: dict[str, Site], lang: Lang) -> None:
    site = sites[lang.code]
    truth = site.truth()
    assert sorted(t["template"] for t in truth.values()) == sorted(TEMPLATES * PER_TEMPLATE)
    for url, expected in truth.items():
        assert url.isascii()
        status, kind, data = fetch(url)
        assert status == 200
        text = old_text(lang, kind, data) if expected["template"] == "table" else unescape(data.decode("utf-8"))
        assert " ".join(expected["title"].split()) in " ".join(text.split())


def test_each_story_is_reached_from_home() -> None:
    with Site(EL, 16) as site:
        pages = {quote(path, safe=SAFE): html for path, html in {**site.pages, **site.old_pages}.items()}
        seen, todo = {"/"}, ["/"]
        while todo:
            html = unescape(pages[todo.pop()])
            for link in re.findall(r'href="(/[^"#]*)"', html):
                if link in pages and link not in seen:
                    seen.add(link)
                    todo.append(link)
        assert {quote(a.path, safe=SAFE) for a in site.articles} <= seen


def test_the_same_seed_gives_the_same_site(sites: dict[str, Site]) -> None:
    one = sites["el"]
    with Site(EL, one.seed) as two, Site(EL, one.seed + 1) as other:
        assert [a.title for a in one.articles] == [a.title for a in two.articles]
        assert [a.authors for a in one.articles] == [a.authors for a in two.articles]
        assert [a.title for a in one.articles] != [a.title for a in other.articles]


@pytest.fixture(scope="module")
def crawled(sites: dict[str, Site], tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Site, list[dict]]]:
    """Both sites crawled by one real ``clippings crawl``: each site's rows by its code."""
    return crawl_sites(sites, tmp_path_factory.mktemp("blind15") / "sites.db")


@pytest.mark.parametrize("lang", [FR, EL], ids=lambda lang: lang.code)
def test_the_site_crawled_stores_each_story_once_with_its_fields(
        crawled: dict[str, tuple[Site, list[dict]]], lang: Lang) -> None:
    site, rows = crawled[lang.code]
    assert_scores(site, rows, TEMPLATES, dict.fromkeys(("title", "authors", "day", "section"), 1.0))
