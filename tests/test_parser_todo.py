"""Fixes from the parser to-do list of the last review: each a general behaviour
(a page's menus read once, a language's link no section, ...)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.parsers import parse_article
from crawler.parsers.metadata import sections
from crawler.parsers.metadata.dates import LATEST_DAY
from crawler.parsers.metadata.header_clock import HeaderClock
from tests.support.byline_page import PROSE


def _old_table_page(banner: str, extra_menu: str = "", title: str = "Tourism board reviews desalination plant - The Southern Meridian") -> str:
    """An early-2000s story page: a left column of section links, a cell over the
    headline, no metadata."""
    menu = "".join(f'<a href="/archives/{s.lower()}.htm"><font color="#003366">{s}</font></a><br>'
                   for s in ("National", "Sport", "Opinion"))
    paragraphs = "<br><br>".join(PROSE["en"] * 2 for _ in range(5))
    return (f'<HTML><HEAD><TITLE>{title}</TITLE></HEAD><BODY>'
            '<TABLE width="760"><TR><TD width="150" valign="top"><font face="Verdana" size="1">'
            f'<a href="/archives/index.htm">Archive home</a><br>{menu}{extra_menu}'
            '<a href="/archives/about.htm">About</a></font></TD>'
            f'<TD width="610" valign="top">{banner}<br><font size="+2" face="Georgia"><b>Tourism board reviews'
            ' desalination plant</b></font><br><font face="Arial" size="2"><b>By Rohan Kapoor / 29/03/2006</b></font>'
            f'<br><br><font face="Georgia" size="3">{paragraphs}</font></TD></TR></TABLE></BODY></HTML>')


_OLD_URL = "https://meridian.example/archives/2006/03/29/stories/2006032902190100.htm"


def test_the_pages_menus_are_read_once_per_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """The header's badge, the <title>'s section ("Weather:", no menu's), its middle
    part's and the banner's each asked for the page's menu links, and each read
    every link of the page again. Now each link is looked at once per parse."""
    seen: list[object] = []
    in_menu = sections._in_menu

    def counting(link: object) -> bool:
        seen.append(link)
        return in_menu(link)

    monkeypatch.setattr(sections, "_in_menu", counting)
    cell = '<TABLE><TR><TD bgcolor="#CC0000"><font color="#FFFFFF" size="2"><b>NATIONAL</b></font></TD></TR></TABLE>'
    html = _old_table_page(cell, title="Weather: Tourism board reviews desalination plant")
    article = parse_article(html, _OLD_URL)
    assert article is not None and article.section == "National"
    assert seen and len(seen) == len({id(link) for link in seen})


_BANNER = '<TABLE><TR><TD bgcolor="#CC0000"><font color="#FFFFFF" size="2"><b>{}</b></font></TD></TR></TABLE>'


@pytest.mark.parametrize(("path", "name"), [("/en/", "English"), ("/fr-ca", "FR")])
def test_a_banner_naming_the_menus_language_link_names_no_section(path: str, name: str) -> None:
    """A menu's language switch ("/en/" "English") is no section: a banner over the
    headline printing the language's name named it the story's section."""
    extra = f'<a href="{path}">{name}</a><br>'
    assert _section(_old_table_page(_BANNER.format(name.upper()), extra)) is None
    assert _section(_old_table_page(_BANNER.format("NATIONAL"), extra)) == "National"


@pytest.mark.parametrize(("path", "name"), [("/tv/", "TV"), ("/us", "US"), ("/uk/", "UK")])
def test_a_banner_naming_a_two_letter_section_is_its_section(path: str, name: str) -> None:
    """Two letters alone are a section's path as often as a language's ("/tv" "TV"):
    a language's home names the language ("/en/" "English") or a region ("/fr-ca")."""
    extra = f'<a href="{path}">{name}</a><br>'
    assert _section(_old_table_page(_BANNER.format(name), extra)) == name


def _section(html: str) -> str | None:
    article = parse_article(html, _OLD_URL)
    assert article is not None
    return article.section


def _us_story(prose: str, byline: str = "By Dana Whitfield | 02/11/2003") -> str:
    """An English page of no region on a .com: the byline's date is ambiguous
    ("02/11/2003"), a paragraph of the story names another day."""
    body = "".join(f"<p>{PROSE['en'] * 2}</p>" for _ in range(3))
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port authority weighs new dredging'
            ' contract</title></head><body><main><article><h1>Port authority weighs new dredging contract</h1>'
            f'<div class="byline">{byline}</div>{body}<p>{prose}</p>{body}</article></main></body></html>')


@pytest.mark.parametrize("prose", [
    "The contract follows the tribunal's ruling of 22/11/2003 in London, which the authority's lawyers said"
    " left the harbour's older agreements open to challenge for another decade at least.",
    "Officials first raised the matter on 5 March 2006, when the harbour master wrote to the board that the"
    " channel had silted faster than any survey since the port opened had forecast.",
])
def test_a_date_in_the_storys_prose_does_not_make_the_pages_dates_day_first(prose: str) -> None:
    """A US story telling of a day written day first ("22/11/2003", "5 March 2006": a
    British ruling, a quoted letter) made its own byline's "02/11/2003" 2 November:
    the page's order is read where it dates itself (bylines, datelines, <time>, date
    <meta>), not in the paragraphs of the story."""
    article = parse_article(_us_story(prose), "https://harborledger.example.com/news/port-authority-dredging")
    assert article is not None and article.published is not None
    assert article.published[:10] == "2003-02-11"


def test_a_day_first_date_where_the_page_dates_itself_still_reads_day_first() -> None:
    """The same page whose dateline shows a day-first date (a comment's count aside)
    reads its byline's "02/11/2003" as 2 November."""
    html = _us_story(PROSE["en"], "By Dana Whitfield | 02/11/2003 <span class='updated'>Updated 22/11/2003</span>")
    article = parse_article(html, "https://harborledger.example.com/news/port-authority-dredging")
    assert article is not None and article.published is not None
    assert article.published[:10] == "2003-11-02"


def _bylined(byline: str) -> list[str]:
    body = "".join(f"<p>{PROSE['en'] * 2}</p>" for _ in range(4))
    html = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port authority weighs new dredging'
            ' contract</title></head><body><main><article><h1>Port authority weighs new dredging contract</h1>'
            f'<div class="byline">{byline}</div><p>March 3, 2024</p>{body}</article></main></body></html>')
    article = parse_article(html, "https://harborledger.example.com/news/port-authority-dredging")
    assert article is not None
    return article.authors


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Jean Bureau and Dana Whitfield", ["Jean Bureau", "Dana Whitfield"]),
    ("By Dana Whitfield and Jean Bureau", ["Dana Whitfield", "Jean Bureau"]),
    # a desk after the writer, or a desk's name joined by "and": still the writer's
    ("By Dana Whitfield, Washington Bureau", ["Dana Whitfield"]),
    ("By Dana Whitfield - Paris Bureau", ["Dana Whitfield"]),
    ("By Dana Whitfield and Metro Desk", ["Dana Whitfield"]),
])
def test_a_co_author_surnamed_like_a_desk_is_a_person(byline: str, authors: list[str]) -> None:
    """"Jean Bureau", a given name and a family name that is a desk's word, joined to
    a writer by "and", was dropped as the writer's bureau."""
    assert _bylined(byline) == authors


_CLOCKS = [
    '<header class="site-header"><div class="date">Monday, December 7, 2026</div><a href="/">Harbor Ledger</a></header>',
    '<div class="header"><time datetime="2026-12-07">Monday, 7 December 2026</time> <a href="/">Harbor Ledger</a></div>',
    '<div class="top-bar"><span class="date">7 December 2026 14:03</span></div>',
]


def _clocked(clock: str, foot: str, fetched_at: str | None) -> str | None:
    """A story under a site header whose clock prints today's date, its own date
    printed in an unmarked line at its foot."""
    body = "".join(f"<p>{PROSE['en'] * 2}</p>" for _ in range(4))
    html = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port authority weighs new dredging'
            f' contract</title></head><body>{clock}<main><article><h1>Port authority weighs new dredging contract</h1>'
            f'<div class="byline">By Dana Whitfield</div>{body}{foot}</article></main></body></html>')
    article = parse_article(html, "https://harborledger.example.com/news/port-authority-dredging", fetched_at=fetched_at)
    assert article is not None
    return article.published and article.published[:10]


@pytest.mark.parametrize("clock", _CLOCKS, ids=["header", "time", "top-bar"])
@pytest.mark.parametrize("fetched_at", [None, "2026-12-07T14:05:00Z"])
def test_a_header_clock_does_not_date_a_story_with_its_own_date(clock: str, fetched_at: str | None) -> None:
    """The site header's clock (today's date, marked as a date or a <time>) was
    taken for the publication over the story's own "March 3, 2024" at its foot."""
    assert _clocked(clock, "<p>March 3, 2024</p>", fetched_at) == "2024-03-03"


def test_a_header_clock_still_dates_a_story_of_that_day_or_of_no_date() -> None:
    """A story of the clock's day keeps it, and so does one that prints no date."""
    assert _clocked(_CLOCKS[0], "<p>December 7, 2026</p>", None) == "2026-12-07"
    assert _clocked(_CLOCKS[0], "", None) == "2026-12-07"


@pytest.mark.parametrize("query", ["article2168", "breve311", "article2168&lang=fr"])
def test_spip_2s_one_record_query_under_a_listing_folder_is_an_article(query: str) -> None:
    """SPIP 2 names a story "spip.php?article2168" (SPIP 1's "article.php3?id_article=2168"):
    the query, the record's kind and number as one key, names one record, so the
    story under "/archives/" was a listing by its folder's name."""
    record = parse_article(_old_table_page(""), f"https://courier.example/archives/spip.php?{query}")
    assert record is not None and record.page_kind == "article", record and record.provenance.get("page_kind")


@pytest.mark.parametrize("query", ["rubrique3", "auteur12", "page=backend"])
def test_spip_2s_section_or_author_query_under_a_listing_folder_is_still_a_listing(query: str) -> None:
    record = parse_article(_old_table_page(""), f"https://courier.example/archives/spip.php?{query}")
    assert record is not None and record.page_kind == "listing", record and record.provenance.get("page_kind")


_COINS = ('<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal'
          '&amp;rft.atitle=Port+authority+weighs+new+dredging+contract&amp;rft.aulast=Whitfield&amp;rft.aufirst=Dana'
          '&amp;rft.au=Hale%2C+Marcus&amp;rft.date=2024-03-05"></span>')


def _cited(extra_head: str = "", spans: str = _COINS) -> tuple[list[str], str | None, dict[str, str]]:
    """A blog post with no byline and no printed date, its citation plugin's COinS span under the text."""
    body = "".join(f"<p>{PROSE['en'] * 2}</p>" for _ in range(4))
    html = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port authority weighs new dredging'
            f' contract</title>{extra_head}</head><body><main><article><h1>Port authority weighs new dredging'
            f' contract</h1>{body}{spans}</article></main></body></html>')
    article = parse_article(html, "https://harborledger.example.com/news/port-authority-dredging")
    assert article is not None
    return article.authors, article.published and article.published[:10], article.provenance


def test_a_coins_citation_gives_the_authors_and_date_no_other_source_gives() -> None:
    """A COinS span (Z39.88-2004) names the post's writers and day: read as weak
    structured evidence when the page names them nowhere else."""
    authors, published, provenance = _cited()
    assert authors == ["Dana Whitfield", "Marcus Hale"] and published == "2024-03-05"
    assert provenance["authors"] == provenance["published"] == "coins"


def test_a_coins_citation_yields_to_json_ld_and_says_nothing_on_a_listing() -> None:
    """JSON-LD's author and date win over the citation's; several citations naming
    different titles are a listing's stories, and name no one."""
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
          '"headline":"Port authority weighs new dredging contract","author":{"@type":"Person","name":"Priya Raman"},'
          '"datePublished":"2024-03-07T09:00:00Z"}</script>')
    authors, published, _ = _cited(ld)
    assert authors == ["Priya Raman"] and published == "2024-03-07"
    other = _COINS.replace("Port+authority+weighs", "Harbour+board+approves")
    authors, _, provenance = _cited(spans=_COINS + other)
    assert authors == [] and provenance.get("published") != "coins"


def test_a_coins_citation_of_the_paper_a_post_discusses_names_not_the_post() -> None:
    """A science blog's post cites the paper it writes of in a COinS span (another
    title, a journal's): the paper's authors and day are not the post's."""
    paper = (_COINS.replace("Port+authority+weighs+new+dredging+contract", "Sediment+transport+in+tidal+estuaries")
             .replace("&amp;rft.atitle", "&amp;rft.jtitle=Coastal+Engineering&amp;rft.atitle"))
    authors, published, provenance = _cited(spans=paper)
    assert "Dana Whitfield" not in authors and published != "2024-03-05"
    assert "coins" not in (provenance.get("authors"), provenance.get("published"))


@pytest.mark.parametrize(("long", "short"), [("page=article&id_article=2168", "article2168"),
                                             ("id_breve=311&page=breve&utm_source=rss", "breve311")])
def test_spips_long_and_short_url_of_one_story_are_one_record(long: str, short: str) -> None:
    """SPIP reads "spip.php?article2168" as "spip.php?page=article&id_article=2168": a
    site linking both had the story stored twice, under two identities."""
    records = [parse_article(_old_table_page(""), f"https://courier.example/spip.php?{query}") for query in (long, short)]
    assert records[0] is not None and records[1] is not None
    assert records[0].canonical_url == records[1].canonical_url == f"https://courier.example/spip.php?{short}"


def test_spips_long_url_with_more_in_its_query_keeps_it() -> None:
    """Another key (a language, a page of the forum) may change the page: kept."""
    url = "https://courier.example/spip.php?page=article&id_article=2168&lang=fr"
    record = parse_article(_old_table_page(""), url)
    assert record is not None and record.canonical_url == url


@pytest.mark.parametrize(("box", "days"), [
    ('<header class="site-header"><span class="today">Tuesday, March 5, 2024</span></header>', {"2024-03-05"}),
    ('<div class="entry-header"><span class="date">Tuesday, March 5, 2024</span></div>', set()),
    ('<header class="post-header"><span>Tuesday, March 5, 2024</span></header>', set()),
])
def test_a_stories_own_header_before_its_headline_is_no_clock(box: str, days: set[str]) -> None:
    """A theme's entry header printing the story's date before its title (no
    <article>, the title an <h2>) is the story's, not the site header's clock."""
    doc = lxml_html.fromstring(f'<html><body>{box}<div class="post"><h2>Port authority weighs new dredging'
                               f' contract</h2><p>{PROSE["en"]}</p></div></body></html>')
    assert HeaderClock(doc, "en", LATEST_DAY).days == days
