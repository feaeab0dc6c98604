"""A story's section shown by the page's furniture rather than a label above the
headline: a link to a category's listing in the story's meta row or footer, the
section bar's current tab, an old site's menu item shown as the current one."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from crawler.parsers.bounded_text import text_of
from crawler.parsers.classify import NON_ARTICLE_PATH_WORDS, article_like_url
from crawler.parsers.metadata.header import CATEGORY_SEGMENTS, same_host
from crawler.parsers.metadata.walk import LETTERS, OTHER_REGION, attrs_of, has_ancestor

# A category's own listing: "/categories/cronaca/" (Hugo's taxonomy), "/category/world/"
# (WordPress), "/kategorie/kraj/", "/categoria/x/": the word right before the last segment.
_CATEGORY_SEGMENTS = CATEGORY_SEGMENTS | {"kategoria"}
_LINKS_IN_STORY = 200   # links of the story looked at for a category link
_CURRENT = ("page", "true")  # aria-current values naming the page a menu is on
_MENU_ROWS = 40         # rows of one menu looked at
_ROW_NODES = 12         # elements of a menu's row at most (its cell, a link, a bold or a break)
_BOX_LEVELS = 6         # a category link's boxes read for another story's card
# A tab that names no section: the home page under a file's name ("/index.html",
# "/home"), or a list of every section's stories (the newest, the most read) that
# many sites' bars open with, marked current on each story of theirs.
_NO_SECTION_TABS = frozenset({"index", "home", "default", "start", "startseite", "accueil", "inicio",
                              "latest", "latest-news", "newest", "new", "recent", "top", "popular",
                              "most-read", "trending", "all", "feed"})
_NAME_CHARS = 40        # characters: longer text names no section
# "/de", "/en-gb": a language's home page, no section
_LANGUAGE_HOME = re.compile(r"[a-z]{2}(?:[-_][a-z]{2})?")
_LEADING_MARKS = re.compile(r"^[\W_]+")
# What a plain menu cell must not hold: a nested table, a control, a picture.
_CONTROLS = etree.XPath("boolean(.//table | .//button | .//input | .//select | .//form | .//img | .//svg"
                        " | .//script)")


# WordPress's default category in its locales ("Uncategorized" in en_US, "Uncategorised"
# in en_GB, fr "Non classé", es "Sin categoría", it "Senza categoria", pt "Sem categoria",
# nl "Geen categorie", pl "Bez kategorii", sv "Okategoriserade", da "Ukategoriseret", nb
# "Ukategorisert", fi "Luokittelematon", cs "Nezařazené", ru "Без рубрики", ja / zh-TW
# "未分類", zh-CN "未分类"): every post its writer filed nowhere carries it, so it names
# no section. German "Allgemein" (general) is left: German sites name real sections so.
_NO_CATEGORY = frozenset({"uncategorized", "uncategorised", "non classé", "sin categoría", "senza categoria",
                          "sem categoria", "geen categorie", "bez kategorii", "okategoriserade", "ukategoriseret",
                          "ukategorisert", "luokittelematon", "nezařazené", "без рубрики", "未分類", "未分类"})


def names_no_category(name: str) -> bool:
    """Whether ``name`` is WordPress's default category (:data:`_NO_CATEGORY`).

    >>> names_no_category(" Non Classé "), names_no_category("Politik")
    (True, False)
    """
    return " ".join(name.split()).casefold() in _NO_CATEGORY


def _short_name(text: str) -> str | None:
    text = _LEADING_MARKS.sub("", text).strip()
    if not text or len(text) > _NAME_CHARS or len(text.split()) > 4 or not LETTERS.search(text):
        return None
    return text


def _has_text(cell: Any) -> bool:
    return any(piece.strip() for piece in cell.itertext())


def _own_host(href: str, host: str | None) -> list[str] | None:
    """The path segments of a link to the page's own host, or None."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None
    if not same_host(parts.netloc, host):
        return None
    return [s.lower() for s in parts.path.split("/") if s]


def category_link_section(scope: Any, host: str | None) -> str | None:
    """The story's first link to a category's listing of its own site
    ("/categories/cronaca/"): the URL form of WordPress's ``rel="category"``. Hugo
    themes print it in the meta row ("4 luglio 2023 · 1 min · in Cronaca") or in a
    "Categories:" list beside the tags under the post. Not a link in the text's
    paragraphs (a story citing another listing), nor in navigation."""
    for link in islice(scope.iter("a"), _LINKS_IN_STORY):
        segments = _own_host(link.get("href") or "", host)
        if not segments or len(segments) < 2 or segments[-2] not in _CATEGORY_SEGMENTS:
            continue
        if has_ancestor(link, ("p", "nav", "aside", "blockquote")) or _in_other_story(link, scope):
            continue
        name = _short_name(text_of(link, 60))
        if name:
            return name
    return None


def _in_other_story(link: Any, scope: Any) -> bool:
    """Whether ``link`` sits in a box (up to the story's ``scope``) whose class or id
    names other stories or a widget (:data:`.walk.OTHER_REGION`: "related", "widget",
    "comments"): a related story's card prints that story's category."""
    for box in islice(link.iterancestors(), _BOX_LEVELS):
        if box is scope:
            return False
        if OTHER_REGION.search(attrs_of(box)):
            return True
    return False


def current_tab_section(doc: Any, url: str | None, host: str | None, headline: str) -> str | None:
    """The section bar's current tab: a link marked ``aria-current="page"`` (WAI-ARIA's
    mark for the menu item of the page being read, which Substack, WordPress menus
    and most accessible themes set on the section of a story), when it opens another
    page of the site than this one and the home page (a language's too: "/de"), and
    is not the headline."""
    own = _own_host(url or "", urlsplit(url or "").netloc or None) or []
    for link in islice(doc.iterfind(".//a[@aria-current]"), 5):
        if (link.get("aria-current") or "").strip().lower() not in _CURRENT:
            continue
        segments = _own_host(link.get("href") or "", host)
        if not segments or segments == own or (len(segments) == 1 and _LANGUAGE_HOME.fullmatch(segments[0])):
            continue
        last = segments[-1].rsplit(".", 1)[0]
        if last in NON_ARTICLE_PATH_WORDS or last in _NO_SECTION_TABS:
            continue  # an account's, a legal page's, the home page's or the newest stories' tab
        name = _short_name(text_of(link, 60))
        if name and name.casefold() not in headline.casefold():
            return name
    return None


def current_item_section(doc: Any, headline: str) -> str | None:
    """An old site's menu of sections in a table, with the current one shown as
    plain text while the others are links ("» Cronaca" in a highlighted cell): a
    table whose rows after the first hold one link each, three or more, and exactly
    one row (not the first: a menu's title) holds short text and no link, control
    or picture. Each row names one item: a small row of one cell with text (not a
    data table's row of cells: a team's linked name, its points; a "Total" row). The
    links open sections, not stories (:func:`.classify.article_like_url`): a table of a
    story's parts, the current part plain among links to the others, names no section."""
    for box in islice(doc.iter("table"), 60):
        rows = list(islice(box.iterchildren("tr", "tbody"), _MENU_ROWS))
        rows = [r for row in rows for r in ([row] if row.tag == "tr" else islice(row.iterchildren("tr"), _MENU_ROWS))]
        if len(rows) < 5:
            continue
        nodes = [list(islice(r.iter(), _ROW_NODES + 1)) for r in rows[1:]]
        if any(len(n) > _ROW_NODES or sum(1 for c in n if c.tag in ("td", "th") and _has_text(c)) > 1
               for n in nodes):
            continue  # a row too big for a menu's item, or of several cells with text: a data table
        links = [[c for c in n if c.tag == "a"] for n in nodes]
        plain = [r for r, found in zip(rows[1:], links, strict=True) if not found]
        opened = [found[0].get("href") or "" for found in links if len(found) == 1]
        if len(plain) != 1 or len(opened) < 3 or _CONTROLS(plain[0]) \
                or 2 * sum(map(article_like_url, opened)) > len(opened):
            continue  # (links to stories: a list of a story's parts or of other stories, not sections)
        name = _short_name(text_of(plain[0], 60))
        if name and name.casefold() not in headline.casefold():
            return name
    return None


# The path words of a tag's listing ("/tag/culture/": Ghost's, WordPress's, Jekyll's
# and Hugo's). Not a topic's ("/topic/x", "/thema/x"): a news site's menu lists its
# trending topics ("Donald Trump", "Krieg in der Ukraine") beside its sections.
_TAG_LISTINGS = frozenset({"tag", "tags"})
_NAV_LINKS = 400        # links of the page read for its navigation's


def menu_tag_section(scope: Any, host: str | None) -> str | None:
    """The story's first link to a tag's listing that the site's navigation (a
    <nav> outside the story) opens too. A tag names no section ("/tag/bird-flu/"),
    but a platform that has tags only (Ghost, which calls a post's first tag its
    primary one; a Medium publication; many Jekyll and Hugo blogs) makes its
    sections tags and lists them in its menu ("/tag/culture/"): the story's link to
    one of those, in its meta row or its tag list under the text, names its
    section. Not a link in the text's paragraphs, nor another story's card."""
    menu: set[str] | None = None
    for link in islice(scope.iter("a"), _LINKS_IN_STORY):
        href = link.get("href") or ""
        segments = _own_host(href, host)
        if not segments or len(segments) < 2 or segments[-2] not in _TAG_LISTINGS:
            continue
        if has_ancestor(link, ("p", "nav", "aside", "blockquote")) or _in_other_story(link, scope):
            continue
        if menu is None:
            menu = _nav_paths(scope, host)
        if urlsplit(href.strip()).path.rstrip("/").lower() in menu:
            name = _short_name(text_of(link, 60))
            if name:
                return name
    return None


def _nav_paths(scope: Any, host: str | None) -> set[str]:
    """The paths (lower case, no trailing slash) the links of the page's <nav>
    elements open, outside the story's ``scope``, on the page's ``host``."""
    paths: set[str] = set()
    for link in islice(scope.getroottree().getroot().iter("a"), _NAV_LINKS):
        if not has_ancestor(link, ("nav",)) or any(anc is scope for anc in link.iterancestors()):
            continue
        href = link.get("href") or ""
        if _own_host(href, host):
            paths.add(urlsplit(href.strip()).path.rstrip("/").lower())
    return paths
