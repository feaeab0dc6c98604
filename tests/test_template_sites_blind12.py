"""The twelfth blind template site (``benchmarks/template_sites_blind12.py``): served on
127.0.0.1, every story answers, the old paper is sent in its own codec (Shift_JIS, EUC-KR),
declared in a ``<meta>`` with no charset in the header or (every third story) in the header
alone, the truth holds ten stories per template, each story is reached from the home page,
and the site is the same for the same seed; and the Japanese site crawled with the real
``clippings crawl``: every story stored once, no other page, title, day and section right on
95% of the stories and authors on 90% (the site's own JSON-LD Organization is kept where a
story names nobody: the project's convention, not this generator's truth)."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
import sqlite_utils

from benchmarks.template_harness import loosely, score_rows
from benchmarks.template_sites_blind12 import JA, KO, PER_TEMPLATE, TEMPLATES, Lang, Site
from tests.conftest import crawl
from tests.support.served_fetch import fetch


@pytest.mark.parametrize("lang", [JA, KO], ids=lambda lang: lang.code)
def test_every_story_is_served_and_the_old_paper_in_its_codec(lang: Lang) -> None:
    with Site(lang, 23) as site:
        truth = site.truth()
        assert sorted(t["template"] for t in truth.values()) == sorted(TEMPLATES * PER_TEMPLATE)
        header_only = 0
        for url, expected in truth.items():
            status, kind, data = fetch(url)
            assert status == 200
            if expected["template"] != "table":
                assert expected["title"] in data.decode("utf-8")
                continue
            text = data.decode(lang.old_codec)
            assert expected["title"] in text
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
            in_meta = f"charset={lang.old_declared}" in text
            assert in_meta != (kind == f"text/html; charset={lang.old_declared}")
            header_only += not in_meta
        assert header_only == len(range(0, PER_TEMPLATE, 3))


def test_each_story_is_reached_from_home() -> None:
    with Site(KO, 31) as site:
        seen, todo = {"/"}, ["/"]
        while todo:
            html = site.pages[todo.pop()].replace(site.base_url + "/", "/")
            for href in re.findall(r'href="?(/[^"#> ]*)', html):
                for path in (href, href.replace("%20", " ")):
                    if path in site.pages and path not in seen:
                        seen.add(path)
                        todo.append(path)
        reached = seen | {unquote(p) for p in seen}
        assert {a.path for a in site.articles if a.template != "mobile"} <= reached
        assert {unquote(a.path) for a in site.articles if a.template == "mobile"} <= {unquote(p) for p in reached}


def test_the_same_seed_gives_the_same_site() -> None:
    with Site(JA, 5) as one, Site(JA, 5) as two, Site(JA, 6) as other:
        assert [a.title for a in one.articles] == [a.title for a in two.articles]
        assert [a.title for a in one.articles] != [a.title for a in other.articles]


def test_the_japanese_site_crawled_stores_each_story_once_with_its_fields(tmp_path) -> None:
    with Site(JA, 23) as site:
        run = crawl(tmp_path / "ja.db", site.base_url + "/", extra=("--no-warc",))
        assert run.returncode == 0, run.stderr
        rows = list(sqlite_utils.Database(tmp_path / "ja.db")["articles"].rows)
        table, misses = score_rows(site, rows, TEMPLATES, loosely)
    overall = dict(zip(("found", "title", "authors", "day", "section"), map(float, table[-1][3:8]), strict=True))
    assert table[-1][8] == "0 twice, 0 non-articles", misses[:8]
    assert overall["found"] == 1.0, misses[:8]
    assert min(overall["title"], overall["day"], overall["section"]) >= 0.95, misses[:8]
    assert overall["authors"] >= 0.90, misses[:8]
