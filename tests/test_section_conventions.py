"""The section read from three common conventions of pages without metadata: a
blog's labels line in the site's language, a category badge linked above the
headline, an old portal's ``<title>`` prefix naming a section of its navigation."""

from __future__ import annotations

import pytest

from crawler.parsers.document import parse_html
from crawler.parsers.metadata.extract import Metadata, extract_metadata
from crawler.parsers.page import ParsedPage

BODY = "<p>" + "The council met on Tuesday to talk about the harbour works at length. " * 6 + "</p>"


def meta_of(html: str, url: str = "https://blog.example.org/2024/05/a-post.html") -> Metadata:
    doc = parse_html(html)
    assert doc is not None
    return extract_metadata(ParsedPage(doc, url))


def _blog_post(lang: str, label: str) -> str:
    return f"""<html lang="{lang}"><head><title>Valley Notes: Harbour works begin again</title></head><body>
    <div class="post hentry"><h3 class="post-title entry-title">Harbour works begin again</h3>
    <div class="post-body entry-content">{BODY}</div><div class="post-footer">
    <span class="post-author vcard">Posted by <span class="fn">Ann Lee</span></span>
    <span class="post-labels">{label} <a href="/search/label/Harbour" rel="tag">Harbour</a>,
    <a href="/search/label/Council" rel="tag">Council</a></span></div></div></body></html>"""


@pytest.mark.parametrize(("lang", "label"), [("en", "Labels:"), ("es", "Etiquetas:"), ("it", "Etichette:"),
                                             ("fr", "Libellés :"), ("de", "Labels:"), ("de", "Schlagwörter:"),
                                             ("pt", "Marcadores:")])
def test_a_blog_labels_line_in_the_sites_language_gives_the_first_label(lang: str, label: str) -> None:
    assert meta_of(_blog_post(lang, label)).section == "Harbour"


NAV = ("<nav class='navbar'><a class='brand' href='/'>Valley Herald</a><ul class='navbar-nav'>"
       "<li><a href='/section/world/'>World</a></li><li><a href='/section/sport/'>Sport</a></li>"
       "<li><a href='/section/culture/'>Culture</a></li></ul></nav>")


def _magazine(badge: str, nav: str = NAV) -> str:
    return f"""<html lang="en"><head><title>Harbour works begin again - Valley Herald</title></head><body>{nav}
    <main><div class="item-page">{badge}
    <div class="page-header"><h2>Harbour works begin again</h2></div>
    <div class="meta"><span><a href="/author/ann-lee/">Ann Lee</a></span> <span>16 May 2024</span></div>
    <div class="body">{BODY}</div></div></main></body></html>"""


def test_a_badge_linked_to_a_section_of_the_navigation_above_the_headline_is_the_section() -> None:
    page = _magazine("<a href='/section/sport/' class='badge bg-danger'>Sport</a>")
    assert meta_of(page, "https://herald.example.org/sport/3-harbour-works").section == "Sport"
    # a listing path names a section too, linked from the menu or not
    page = _magazine("<a href='/category/sport/' class='badge'>Sport</a>", nav="")
    assert meta_of(page, "https://herald.example.org/3-harbour-works").section == "Sport"


@pytest.mark.parametrize("badge", [
    "<a href='/tag/harbour/' class='badge'>Harbour</a>",          # a tag
    "<a href='/' class='badge'>Home</a>",                          # home
    "<a href='/author/ann-lee/' class='badge'>Ann Lee</a>",        # a writer
    "<a href='/live/' class='badge'>Live</a>",                     # a flag, not in the menu
    "<a href='/section/live/' class='badge'>Live</a>",             # a flag on a listing path
    "<a href='https://other.example.com/section/sport/' class='badge'>Sport</a>",  # another site
])
def test_a_link_above_the_headline_that_is_no_section_listing_is_no_section(badge: str) -> None:
    assert meta_of(_magazine(badge), "https://herald.example.org/3-harbour-works").section is None


def test_a_badge_with_the_sites_own_absolute_address_is_the_section() -> None:
    page = _magazine("<a href='https://www.herald.example.org/section/sport/' class='badge'>Sport</a>", nav="")
    assert meta_of(page, "https://herald.example.org/3-harbour-works").section == "Sport"


def _portal(title: str, left: str = "World Business Sport Culture Local") -> str:
    menu = "<br>".join(f"<a href='/section/{w.lower()}/'><font color='#ffffff'>{w}</font></a>" for w in left.split())
    return f"""<HTML><HEAD><TITLE>{title}</TITLE></HEAD><BODY><TABLE><TR><TD COLSPAN=3><A HREF="/">
    <IMG SRC="/masthead.gif" ALT="Valley Herald"></A></TD></TR><TR><TD WIDTH=120><B>{menu}</B></TD>
    <TD><FONT SIZE=+2><B>Ferry service to resume in spring</B></FONT><BR><I>By Ann Lee</I><BR>
    <FONT SIZE=-1>Thursday, May 16, 2002</FONT><P>{BODY}</TD></TR></TABLE></BODY></HTML>"""


def test_a_title_prefix_naming_a_section_of_the_menu_is_the_section() -> None:
    url = "https://herald.example.org/news/20020516/story3004.htm"
    assert meta_of(_portal("World: Ferry service to resume in spring"), url).section == "World"
    # the URL's first path segment names it too, with no menu
    assert meta_of(_portal("Sport: Ferry service to resume in spring", left=""),
                   "https://herald.example.org/sport/20020516/story3004.htm").section == "Sport"


@pytest.mark.parametrize("title", [
    "Biden: we will win the ferry vote",            # a headline with a colon
    "Valley Herald: Ferry service to resume in spring",  # the site's name
    "Home: Ferry service to resume in spring",
    "Weather: Ferry service to resume in spring",   # no section of the menu
])
def test_a_title_prefix_that_names_no_section_is_no_section(title: str) -> None:
    assert meta_of(_portal(title), "https://herald.example.org/news/20020516/story3004.htm").section is None


@pytest.mark.parametrize("title", [
    "Valley Herald - World - Ferry service to resume in spring",
    "Ferry service to resume in spring | World | Valley Herald",
    "Valley Herald - World - Ferry service to resume in spring: what changes",  # a colon in the headline
])
def test_a_title_middle_part_naming_a_section_of_the_menu_is_the_section(title: str) -> None:
    url = "https://herald.example.org/news/020516a.htm"
    assert meta_of(_portal(title), url).section == "World"
    # the URL's first path segment names it too, with no menu
    assert meta_of(_portal(title.replace("World", "Sport"), left=""),
                   "https://herald.example.org/sport/020516a.htm").section == "Sport"


@pytest.mark.parametrize("title", [
    "Valley Herald - Weather - Ferry service to resume in spring",   # no section of the menu
    "Valley Herald - Home - Ferry service to resume in spring",
])
def test_a_title_middle_part_that_names_no_section_is_no_section(title: str) -> None:
    assert meta_of(_portal(title), "https://herald.example.org/news/020516a.htm").section is None
