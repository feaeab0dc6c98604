"""A review of the eighth blind check's rules (``tests/test_blind8_rules.py``) on pages
they were not written from: each rule kept to the kind of page it was meant for (a
page framework's form, a trail that says where the reader is, a wire's initials, a
person's name over a city), not the lookalikes other sites print."""

from __future__ import annotations

import pytest

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.classify import article_like_url
from crawler.parsers.metadata.authors import clean_byline
from tests.test_blind8_rules import _FETCHED, _PROSE, _ZH_PROSE

_STORY_URL = "http://town.example/2024/05/16/ferry-plan-approved"


def _parse(html: str, url: str = _STORY_URL) -> Article:
    article = parse_article(html, url, fetched_at=_FETCHED)
    assert article is not None
    return article


def _thread() -> str:
    """Thirty readers' comments, each with its name and day, no class naming them."""
    return "".join(f'<div class="c"><b>Reader {n}</b> <span>May {n + 1}, 2024</span><p>I think this is a good plan '
                   f'for the town and the harbour, reader {n} said in a long comment.</p></div>' for n in range(30))


@pytest.mark.parametrize("story", [
    f"<div><h1>Ferry plan approved</h1><p>By Jane Doe</p><p>{_PROSE}</p><p>{_PROSE}</p></div>",
    f'<table><tr><td><font size="5"><b>Ferry plan approved</b></font><br><font size="2">By Jane Doe</font><br>'
    f"{_PROSE}<br><br>{_PROSE}</td></tr></table>",
])
def test_a_comment_form_around_a_long_thread_is_no_page_form(story: str) -> None:
    """A comment form holding most of the page's elements (a long thread of comments
    under the story, the box to write in) is no page framework's form: its readers'
    days are not the story's (the first comment's day was read as the story's)."""
    page = (f"<html><head><title>Ferry plan approved - Town News</title></head><body>{story}"
            f'<form action="/comment" method="post"><b>Leave a comment</b>{_thread()}<textarea name="c"></textarea>'
            '<input type="submit"></form></body></html>')
    article = _parse(page)
    assert article.authors == ["Jane Doe"]
    assert article.published is not None and article.published.startswith("2024-05-16")


def test_a_cjk_headline_printing_a_title_with_no_site_mark_is_the_headline() -> None:
    """A CJK headline set big that prints the whole <title>, a title of one part (no
    site's name after a mark), is the headline (not a share box's copy): the credit
    line under it names the writer and the time."""
    page = ('<html><head><meta charset="utf-8"><title>三峡库区启动生态修复工程</title></head><body><table>'
            '<tr><td align="center"><font size="5"><b>三峡库区启动生态修复工程</b></font></td></tr>'
            '<tr><td align="center"><font size="2">2005-03-08 10:21:33　来源：南方日报　作者：王小明</font></td></tr>'
            f'<tr><td>{_ZH_PROSE}<br><br>{_ZH_PROSE}<br><br>{_ZH_PROSE}</td></tr></table></body></html>')
    article = _parse(page, "http://south.example/shehui/2005-03/08/content_1234567.htm")
    assert article.authors == ["王小明"]
    assert article.published == "2005-03-08T10:21:33"


@pytest.mark.parametrize("headline", ["<b>Mill fire</b>", '<font size="4"><b>Mill fire</b></font>'])
def test_a_short_headline_printing_the_titles_label_stays_over_a_crosshead(headline: str) -> None:
    """"Harbor Herald Online - Mill fire": a short headline the title's label prints is
    the headline when the next big line is a crosshead inside its story's text (prose
    between them), not a headline under a section's banner."""
    page = ('<html><head><title>Harbor Herald Online - Mill fire</title></head><body><table width="760"><tr><td>'
            '<a href="/archive/index.html"><img src="/i/logo.gif" alt="Harbor Herald"></a></td></tr>'
            f'<tr><td>{headline}<br><br><font size="2">By Jane Doe</font><br><br><font size="2">{_PROSE * 3}</font>'
            '<br><font size="4"><b>Firefighters battled the blaze for hours overnight</b></font><br>'
            f'<font size="2">{_PROSE * 2}</font></td></tr></table></body></html>')
    article = _parse(page, "http://herald.example/2004/05/16/local/loc03.html")
    assert article.title == "Mill fire"
    assert article.authors == ["Jane Doe"]


def _over_headline(top: str) -> str:
    return (f'<html><head><title>Mill fire destroys old warehouse - Harbor Herald</title></head><body><table>'
            f'<tr><td>{top}</td></tr><tr><td><h1>Mill fire destroys old warehouse</h1><p>By Jane Doe</p>'
            f'<p>{_PROSE}</p><p>{_PROSE}</p><p>{_PROSE}</p></td></tr></table></body></html>')


_HERALD_URL = "http://herald.example/local/2004/05/16/mill-fire-destroys-old-warehouse.html"


@pytest.mark.parametrize("menu", [
    '<a href="/">Home</a> / <a href="/news/">News</a> / <a href="/sport/">Sport</a> / <a href="/contact.html">Contact</a>',
    '<font size="1"><a href="/">Harbor Herald</a> / <a href="/login">Log in</a> / <a href="/subscribe">Subscribe</a></font>',
])
def test_a_menu_parted_by_slashes_is_no_trail(menu: str) -> None:
    """A menu or an account bar printed as links parted by "/", the first to the front
    page, is no "you are here" trail: its last link ("Contact", "Subscribe") is no section."""
    assert _parse(_over_headline(menu), _HERALD_URL).section is None


@pytest.mark.parametrize("trail", ['<a href="/">Home</a> &gt; <a href="/local/">Local</a>',
                                   'You are here: <a href="/">Home</a> / <a href="/news/">Local</a>',
                                   '<a href="/">Home</a> » <a href="/news/">Local</a> » Mill fire'])
def test_a_trail_says_where_the_reader_is(trail: str) -> None:
    """A trail is told from a menu by its label, the page's own step at its end, or a
    step whose folder holds the story's address."""
    assert _parse(_over_headline(trail), _HERALD_URL).section == "Local"


@pytest.mark.parametrize("opening", ["BREAKING (VIDEO) — ", "UPDATED (PHOTOS) - ", "EXCLUSIVE (WATCH) — "])
def test_a_kicker_and_a_bracketed_word_are_no_wires_dateline(opening: str) -> None:
    """A kicker in capitals and a word in brackets opening the text ("BREAKING (VIDEO) —")
    is shaped as a wire's dateline, but a word of five letters or more is no wire's
    initials: the story has no credit."""
    page = (f"<html><head><title>Harbour budget approved - Town News</title></head><body><div><h1>Harbour budget "
            f"approved</h1><p>{opening}{_PROSE}</p><p>{_PROSE}</p><p>{_PROSE}</p></div></body></html>")
    assert _parse(page).authors == []


@pytest.mark.parametrize("line", ["<b>Son Dakika</b> / ANKARA", "<b>Premier League</b> / ENGLAND",
                                  "<b>New York</b> / USA", "<b>Breaking News</b> / UPDATE",
                                  "<b>Dünya Kupası</b> / KATAR"])
def test_a_bold_label_over_a_place_in_capitals_is_no_byline(line: str) -> None:
    """A bold kicker, league, place or cup over a word in capitals under the headline is
    shaped as "<b>Names</b> / CITY", but names no person ("Son Dakika" is Turkish for
    breaking news, "Dünya Kupası" the World Cup)."""
    page = (f"<html><head><title>Harbour budget approved - Town News</title></head><body><div><h1>Harbour budget "
            f"approved</h1><p>{line}</p><p>{_PROSE}</p><p>{_PROSE}</p><p>{_PROSE}</p></div></body></html>")
    assert _parse(page).authors == []


@pytest.mark.parametrize("url", ["http://a.example/archive.php?id=709", "http://a.example/Page.aspx?pageid=12",
                                 "http://a.example/arsiv.asp?HaberID=12345"])
def test_a_script_showing_one_record_is_no_listing(url: str) -> None:
    """A script named as a listing word that shows one record ("archive.php?id=709": one
    archived story) or a page ("Page.aspx?pageid=12") is no listing: an undated story's
    long prose there is an article."""
    page = (f"<html><head><title>Harbour budget approved</title></head><body><h1>Harbour budget approved</h1>"
            f"<p>{_PROSE * 3}</p><p>{_PROSE * 3}</p><p>{_PROSE * 3}</p></body></html>")
    assert _parse(page, url).page_kind == "article"


@pytest.mark.parametrize("url", ["http://a.example/2004/05/16/spor.html", "http://a.example/2004/05/16/ekonomi/page2.html",
                                 "http://a.example/2004/05/16/ekonomi/index2.html", "http://a.example/2004/05/16/rss.xml"])
def test_a_days_section_page_index_or_feed_is_no_story(url: str) -> None:
    """Under a day's folders, a file named with no figure (that day's section page) or a
    paging, index or feed name is no story's."""
    assert not article_like_url(url)
    assert article_like_url("http://a.example/2004/05/16/ekonomi/eko03.html")


@pytest.mark.parametrize("line", ["文/图 王小明", "文·图/王小明"])
def test_text_and_pictures_by_one_writer(line: str) -> None:
    """"文/图 王小明" (text and pictures by one writer) credits the writer, not "文" and
    "图 王小明" as two names; "文图并茂" (rich in text and pictures) in a line is no credit."""
    assert clean_byline(line) == ["王小明"]
    assert clean_byline("该书 文图并茂") != ["并茂"]
