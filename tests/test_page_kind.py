"""``page_kind``: the record says what kind of page it comes from, and the archive
keeps it (articles, versions, and the fetch rows of pages that are not stored)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from archive import migrations
from archive.db import open_archive
from crawler.parsers import parse_article


def test_migration_adds_page_kind_to_an_archive_made_before_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_archive(path).close()
    old = sqlite_utils.Database(path)
    # make the archive as it was before m002: no page_kind anywhere, m002 not applied
    for table in ("articles", "versions", "fetches"):
        old.execute(f"ALTER TABLE {table} DROP COLUMN page_kind")
    old.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_page_kind'")
    old.execute("INSERT INTO crawls (started) VALUES ('2025-01-01T00:00:00Z')")
    old.execute("INSERT INTO articles (canonical_url, url, site, title, first_seen, last_seen) "
                "VALUES ('https://a.example/x', 'https://a.example/x', 'a.example', 'X', 'now', 'now')")
    old.conn.commit()
    old.close()

    db = open_archive(path)
    for table in ("articles", "versions", "fetches"):
        assert "page_kind" in db.table(table).columns_dict, table
    assert db.execute("SELECT page_kind FROM articles").fetchall() == [("article",)]
    assert "m006_page_kind" in {m.name for m in migrations.migrations.applied(db)}
    db.close()
    again = open_archive(path)  # applying again is a no-op
    assert again.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


# What kind of page a record comes from (crawler/parsers/classify/): a story
# with its own date, writer and prose at a story's address is an article though
# a long "more stories" column of linked headlines follows it.

_PROSE = "".join(f"<p>The council met on the {n}th and argued at length about the budget for the schools.</p>"
                 for n in range(4, 10))
_TEASERS = "".join(f"<div class='teaser'><h3><a href='/news/2024/05/other-story-number-{n}.html'>Other story"
                   f" number {n} about the town</a></h3></div>" for n in range(14))


def _page(byline: str, url_path: str) -> str:
    return (f"<html><head><title>Council argues over the budget</title></head><body><main>"
            f"<h1>Council argues over the budget</h1>{byline}<div class='text'>{_PROSE}</div>"
            f"<section class='more'>{_TEASERS}</section></main></body></html>")


def test_a_dated_bylined_story_with_a_column_of_teasers_is_an_article() -> None:
    url = "https://news.example.org/politik/2024/05/council-argues-over-the-budget.html"
    record = parse_article(_page("<p class='byline'>Von Jane Doe, 4. Mai 2024</p>", url), url)
    assert record is not None
    assert record.page_kind == "article", record.provenance.get("page_kind")


@pytest.mark.parametrize(("byline", "path"), [
    ("<p class='byline'>Von Jane Doe, 4. Mai 2024</p>", "/politik/"),  # a section's address
    ("", "/politik/2024/05/council-argues-over-the-budget.html"),      # no writer, no date
])
def test_a_column_of_teasers_without_a_story_s_own_evidence_is_a_listing(byline: str, path: str) -> None:
    url = "https://news.example.org" + path
    record = parse_article(_page(byline, url), url)
    assert record is not None
    assert record.page_kind == "listing", record.provenance.get("page_kind")


def _section_front(teaser_byline: bool, meta_author: bool) -> str:
    byline = "By <a href='/author/jane'>Jane Roe</a> | " if teaser_byline else ""
    teasers = "".join(
        f"<div class='post'><h2><a href='/arts-and-culture/story-number-{i}-about-things'>Story number {i}"
        f" about the festival season in town</a></h2><div class='byline'>{byline}<time datetime="
        f"'2024-05-{10 + i:02d}'>May {10 + i}, 2024</time></div><div><p>The city council voted on Tuesday to"
        f" extend the summer festival by another week, organisers said of number {i}. Tickets go on sale"
        f" next month.</p></div></div>" for i in range(10))
    author = "<meta name='author' content='Daily News Staff'>" if meta_author else ""
    return (f"<html><head><title>Arts and Culture - Daily News</title>{author}</head><body><div id='content'>"
            f"<h1>Arts and Culture</h1>{teasers}</div></body></html>")


@pytest.mark.parametrize("url", ["https://dailynews.example/arts-and-culture/",
                                 "https://dailynews.example/news/list.php?catid=1042",
                                 "https://dailynews.example/news/local/new-york-city/"])
@pytest.mark.parametrize(("teaser_byline", "meta_author"), [(True, False), (False, True), (True, True)])
def test_a_section_front_whose_first_teaser_has_a_date_and_writer_is_a_listing(
        url: str, teaser_byline: bool, meta_author: bool) -> None:
    # its text is its teasers' snippets: the date and writer are the first teaser's
    record = parse_article(_section_front(teaser_byline, meta_author), url)
    assert record is not None
    assert record.page_kind == "listing", record.provenance.get("page_kind")


def _old_story_page() -> str:
    paragraphs = "<br><br>".join(
        f"The harbour board said on Tuesday that the new ferry timetable, number {i}, would start in June after"
        " months of hearings with the residents of the island." for i in range(5))
    return ("<html><head><title>Harbour board approves ferry timetable</title></head><body><table><tr><td>"
            "<font size='5'><b>Harbour board approves ferry timetable</b></font><br>"
            "<font size='2'>by Ann Lee &middot; Posted on 05/16/2024 in Local</font><br><br>"
            f"<font size='3'>{paragraphs}</font></td></tr></table></body></html>")


@pytest.mark.parametrize("url", ["https://courier.example/archive/show.php?nr=709",
                                 "https://courier.example/archives/story.asp?ID=12",
                                 "https://courier.example/section/article.php?sid=88",
                                 # SPIP (French CMS): "id_" before the record's kind
                                 "https://courier.example/archives/article.php3?id_article=2168",
                                 "https://courier.example/archives/breve.php3?id_breve=311&lang=fr"])
def test_a_script_showing_one_record_under_a_listing_folder_is_an_article(url: str) -> None:
    # the folder's name ("archive") says where the script lives; its query names one story
    record = parse_article(_old_story_page(), url)
    assert record is not None and record.page_kind == "article", record and record.provenance.get("page_kind")


def test_a_script_under_a_listing_folder_paging_or_filtering_is_still_a_listing() -> None:
    for url in ("https://courier.example/archive/list.php?cat=7", "https://courier.example/archive/index.php?page=3",
                "https://courier.example/archives/rubrique.php3?id_rubrique=3",
                "https://courier.example/archives/auteur.php3?id_auteur=12"):
        record = parse_article(_old_story_page(), url)
        assert record is not None and record.page_kind == "listing", url


def _cards(n: int, level: str = "h2") -> str:
    return "".join(
        f"<div class='teaser'><{level}><a href='/node/{200 + i}'>Harbour board approves ferry timetable number {i}</a></{level}>"
        f"<p class='meta'>May {10 + i}, 2024 · Ann Lee</p><p>The harbour board said on Tuesday that the new ferry"
        f" timetable would start in June after months of hearings with the island's residents, part {i}.</p>"
        f"<a href='/node/{200 + i}'>Read more</a></div>" for i in range(n))


@pytest.mark.parametrize("url", ["https://ledger.example/user/ann-lee", "https://ledger.example/index.php/local"])
def test_a_short_listing_whose_text_is_its_cards_is_a_listing(url: str) -> None:
    # an author's page (a bio over her three stories) or a category of three stories
    html = (f"<html><head><title>Ann Lee | The Ledger</title></head><body><main><h1>Articles by Ann Lee</h1>"
            f"<p class='bio'>Ann Lee covers the harbour and the island ferries for the paper.</p>{_cards(3)}"
            "</main></body></html>")
    record = parse_article(html, url)
    assert record is not None and record.page_kind == "listing", record and record.provenance.get("page_kind")


def test_a_short_story_over_a_related_box_of_cards_is_an_article() -> None:
    story = "".join(f"<p>The island's ferry will run on a new timetable from June, the harbour board said on"
                    f" Tuesday after a long meeting with residents and the operator, part {i}.</p>" for i in range(4))
    html = (f"<html><head><title>Ferry timetable approved</title></head><body><main><h1>Ferry timetable approved</h1>"
            f"<p class='byline'>By Ann Lee · May 16, 2024</p>{story}<section><h2>Related</h2>{_cards(3, 'h3')}</section>"
            "</main></body></html>")
    record = parse_article(html, "https://ledger.example/node/123")
    assert record is not None and record.page_kind == "article", record.provenance.get("page_kind")


@pytest.mark.parametrize("url", ["https://courier.example/cgi-bin/print.asp?id=4001",
                                 "https://courier.example/archive/print.php?nr=709",
                                 "https://zeitung.example/politik/druckversion/",
                                 "https://ledger.example/news/ferry-timetable-approved?print=1",
                                 "https://ledger.example/index.php?option=article&id=12&view=print"])
def test_a_printer_friendly_copy_is_not_stored_as_an_article(url: str) -> None:
    # the story again under another address: the crawl stores it once, at its own
    record = parse_article(_old_story_page(), url)
    assert record is not None and record.page_kind == "page", record.provenance.get("page_kind")


def test_a_story_whose_slug_holds_print_is_an_article() -> None:
    record = parse_article(_old_story_page(), "https://courier.example/2024/05/blueprint-for-the-print-shop")
    assert record is not None and record.page_kind == "article"


def test_a_listing_s_last_page_of_one_card_is_a_listing() -> None:
    html = (f"<html><head><title>Local | The Ledger</title></head><body><main><h1>Local</h1>{_cards(1)}"
            "</main></body></html>")
    record = parse_article(html, "https://ledger.example/index.php/local?page=2")
    assert record is not None and record.page_kind == "listing", record.provenance.get("page_kind")


def test_a_printer_friendly_copy_naming_its_story_as_canonical_is_judged_as_the_story() -> None:
    # the crawl stores it under the story's address (a duplicate of the story, once)
    html = _old_story_page().replace(
        "</title>", "</title><link rel='canonical' href='https://ledger.example/news/ferry-timetable-approved'>")
    record = parse_article(html, "https://ledger.example/news/ferry-timetable-approved?view=print")
    assert record is not None and record.page_kind == "article"
