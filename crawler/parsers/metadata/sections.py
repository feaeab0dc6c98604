"""A story's section: a label near the headline (a kicker, a breadcrumb's last
link, a category badge, a "Section:" field, a ``rel=category`` link; read by the
header scan), the section an old portal's <title> names, and the section shown by
the page's furniture rather than a label above the headline: a link to a
category's listing in the story's meta row or footer, the section bar's current
tab, an old site's menu item shown as the current one, a plain banner over the
headline naming one of the menu's sections."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import chain, islice
from typing import Any
from urllib.parse import urlsplit

from babel import Locale, UnknownLocaleError
from lxml import etree

from crawler.parsers.bounded_text import longer_than, text_of
from crawler.parsers.caseless import Caseless
from crawler.parsers.classify import LISTING_PATH_WORDS, NON_ARTICLE_PATH_WORDS, article_like_url
from crawler.parsers.metadata.titles import similar, site_part, title_parts
from crawler.parsers.metadata.walk import (
    AUTHOR_HINT,
    LETTERS,
    OTHER_REGION,
    attrs_of,
    following,
    has_ancestor,
    in_furniture,
    preceding,
    story_scope,
)
from crawler.parsers.vocabulary import LETTER

# The path words of a category's listing ("/category/world/", "/categories/cronaca/",
# "/kategorie/kraj/", "/kategoria/kraj/", "/rubrik/kultur/"): a category link's
# (:func:`category_link_section`: the word right before the last segment) and a
# section badge's (:func:`badge_section`: any segment before the last).
CATEGORY_SEGMENTS = frozenset({"category", "categories", "categoria", "categorie", "categorias",
                               "kategorie", "kategoria", "rubrik", "rubrique"})
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
    text = _LEADING_MARKS.sub("", text.replace("\u00ad", "")).strip()  # (a soft hyphen: "In Ak&shy;ti&shy;on")
    if not text or len(text) > _NAME_CHARS or len(text.split()) > 4 or not _name_letters(text):
        return None
    return text


# One Han or Hangul syllable is a word: a Korean blog's or a Chinese site's section
# may be named by one ("책" books, "车" cars, "株" stocks).
_ONE_SYLLABLE = re.compile(r"[\u3400-\u9fff\uac00-\ud7a3]")
# ... but not the one-character words a page prints round a headline that name no
# section: a list's or a story's badge (热 hot, 新 new, 荐 recommended, 顶 pinned, 精
# featured, 图 with pictures, 急 / 速 urgent, 独 exclusive), a pager's step (上 / 下 and
# 前 / 次 previous and next, 全 all, 更 more) and a text-size switch (大 中 小).
_NO_SYLLABLE_NAMES = frozenset("热熱新荐薦顶頂精图圖急速独獨上下前次全更大中小")


def _name_letters(text: str) -> bool:
    """Whether ``text`` holds letters enough for a name: two, or one Han / Hangul syllable
    (not a badge's, a pager's or a size switch's: :data:`_NO_SYLLABLE_NAMES`)."""
    if LETTERS.search(text):
        return True
    syllable = _ONE_SYLLABLE.search(text)
    return syllable is not None and syllable.group() not in _NO_SYLLABLE_NAMES


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
        if not segments or len(segments) < 2 or segments[-2] not in CATEGORY_SEGMENTS:
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


def current_tab_section(doc: Any, url: str | None, host: str | None, headline: str, shown: Any = None) -> str | None:
    """The section bar's current tab: a link marked ``aria-current="page"`` (WAI-ARIA's
    mark for the menu item of the page being read, which Substack, WordPress menus
    and most accessible themes set on the section of a story), else the one link of a
    bar of links marked current by its class (:func:`_class_current`), when it opens
    another page of the site than this one and the home page (a language's too: "/de"),
    and is not the headline (``shown``, the headline's element: a tab marked
    ``aria-selected`` counts only over it)."""
    marked = [link for link in islice(doc.iterfind(".//a[@aria-current]"), 5)
              if (link.get("aria-current") or "").strip().lower() in _CURRENT]
    # (the mark on the tab's list item, which the standard allows on any element: "<li aria-current=page><a>")
    marked += [link for item in islice(doc.iterfind(".//li[@aria-current]"), 5)
               if (item.get("aria-current") or "").strip().lower() in _CURRENT
               for link in islice(item.iter("a"), 1)]
    return _tab_name(marked, url, host, headline) or _class_current(doc, url, host, headline, shown)


# A class word marking a bar's current tab as old and mobile sites write it, Chinese
# ones above all ("<a class=on>", "<li class=cur>"), without WAI-ARIA's mark. Not
# "active" / "current" / "selected", which themes set on the menu item of any page
# (a static page's own entry, a landing page's "Aktuell") as often as on a section.
_CURRENT_CLASS = re.compile(r"(?:^|\s)(?:on|cur)(?:$|\s)", re.I)
_TAB_LINKS = 400   # links of the page read for a current tab
_BAR_TABS = 3      # links beside the current one that make a bar


def _class_current(doc: Any, url: str | None, host: str | None, headline: str, shown: Any) -> str | None:
    """The name of the one link opening a section (:func:`_tab_name`) in a bar (a box
    or a list of four links or more; not a box of other stories, a comment thread or a
    widget) that its class or its list item's marks as current; none when several bars
    mark one (a widget's "active" tab beside the menu's: no sign which is the section's).
    A tab marked by ``aria-selected`` alone only over the headline ``shown``: a section bar
    is printed over the story, a widget's tabs after it ("많이 본 뉴스", a ranking box's
    first tab; a comment thread's sort order)."""
    found: list[str] = []
    over = shown is not None
    tags = ("a", shown.tag) if over and isinstance(shown.tag, str) and shown.tag != "a" else ("a",)
    for link in islice((el for el in doc.iter(*tags) if el.tag == "a" or el is shown), _TAB_LINKS):
        over = over and link is not shown
        parent = link.getparent()
        item = parent if parent is not None and parent.tag == "li" else None
        if link.tag != "a" or not (_marked_current(link, over) or (item is not None and _marked_current(item, over))):
            continue
        box = item.getparent() if item is not None else parent
        if box is None or sum(1 for _ in islice(box.iter("a"), _BAR_TABS + 1)) <= _BAR_TABS \
                or any(OTHER_REGION.search(attrs_of(anc)) for anc in islice(box.iterancestors(), _BOX_LEVELS)) \
                or OTHER_REGION.search(attrs_of(box)):
            continue
        name = _tab_name([link], url, host, headline)
        if name and name not in found:
            found.append(name)
        if len(found) > 1:
            return None
    return found[0] if found else None


def _marked_current(el: Any, over: bool) -> bool:
    """A bar's current tab by its class (:data:`_CURRENT_CLASS`) or, ``over`` the headline,
    by WAI-ARIA's mark of a selected tab (``aria-selected="true"``, a portal's section tabs:
    "<a class="menu_item is_active" aria-selected="true">")."""
    return bool(_CURRENT_CLASS.search(el.get("class") or "")) \
        or (over and (el.get("aria-selected") or "").strip() == "true")


def _tab_name(marked: list[Any], url: str | None, host: str | None, headline: str) -> str | None:
    """The name of the first of the ``marked`` links that opens a section (:func:`current_tab_section`)."""
    own = _own_host(url or "", urlsplit(url or "").netloc or None) or []
    for link in marked:
        segments = _own_host(link.get("href") or "", host)
        if not segments or segments == own or (len(segments) == 1 and _LANGUAGE_HOME.fullmatch(segments[0])):
            continue
        last = segments[-1].rsplit(".", 1)[0]
        if last in NON_ARTICLE_PATH_WORDS or last in _NO_SECTION_TABS:
            continue  # an account's, a legal page's, the home page's or the newest stories' tab
        name = _short_name(text_of(link, 60))
        if name and (name.casefold() not in headline.casefold() or 3 * len(name) < len(headline)):
            return name  # (not the headline's own words: a tab's short name inside a long headline is the tab's)
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


# A class or id naming a section's label ("category", "kicker", "eyebrow", "breadcrumb").
SECTION_HINT = re.compile(r"section|categor|kicker|eyebrow|rubri|ressort|crumb|overline|"
                          r"topic|channel|label|tag", re.I)
_WINDOW_BEFORE = 40


def header_section(headline: Any, host: str | None, menus: MenuLinks | None = None) -> str | None:
    """Section label above the headline: a hinted element (class / id such as
    "category", "kicker", "eyebrow", "breadcrumb") close before it, else a short
    link that is the headline's previous sibling, else the story's first
    ``rel~=category`` link (WordPress "Posted in" / entry-meta category)."""
    kicker = None  # an unlinked label over the headline: a topic, unless no trail names the section
    for el in preceding(headline, _WINDOW_BEFORE):
        if el.tag in _TRAIL_TAGS and (trail := _text_trail(el, headline)):
            return trail
        if el.tag not in _SECTION_TAGS and el.tag not in _LIST_TAGS and el.tag != "nav":
            continue
        attrs = attrs_of(el)
        if _CRUMB_HINT.search(attrs) or (el.tag == "nav" and _CRUMB_HINT.search(el.get("aria-label") or "")):
            # a trail (WAI-ARIA's <nav aria-label="Breadcrumb"> too, furniture as it
            # is): its last link above the story; a lone "Home" link names no section
            text = _crumb_section(list(islice(el.iter("a"), 12)), headline)
            if text:
                return text
            continue
        if kicker or el.tag == "nav" or not SECTION_HINT.search(attrs) or in_furniture(el):
            continue
        if el.tag in _LIST_TAGS:
            continue
        text = _section_text(_first_of_its_run(el))
        if text and (el.tag == "a" or el.find(".//a") is not None):
            return text
        kicker = text
    if kicker:
        return kicker
    prev = headline.getprevious()
    if prev is not None and isinstance(prev.tag, str) and _label_link(prev) is not None:  # (no "Foto von: <a>")
        link = prev if prev.tag == "a" else (prev[0] if len(prev) == 1 and prev[0].tag == "a" else None)
        if link is not None:
            found = _crumb_section([link], headline)  # (a link home names no section)
            if found:
                return found
    found = badge_section(headline, host, menus)
    if found:
        return found
    scope = story_scope(headline)
    if scope is not None:
        for n, link in enumerate(scope.iterfind(".//a[@rel]")):
            if n >= 40:
                break
            if "category" in (link.get("rel") or "").lower().split() and not in_furniture(link):
                return _section_text(link)
    return _labelled_section(headline)


# The path words of a section's or category's listing ("/section/sport/",
# "/category/world/", "/rubrik/kultur/"); a tag's ("/tag/x/") is no section.
_LISTING_SEGMENTS = CATEGORY_SEGMENTS | {"section", "sections", "ressort", "rubriques",
                                         "seccion", "secciones", "sezione"}
_TAG_SEGMENTS = frozenset({"tag", "tags", "label", "labels", "topic", "topics", "keyword", "keywords",
                           "schlagwort", "etiqueta", "etiquetas", "author", "authors", "autor", "auteur"})
# Flags set as a badge over a headline, not sections: "Live", "Exclusive", "Breaking".
_FLAGS = frozenset({"live", "exclusive", "breaking", "breaking news", "update", "updated", "new", "sponsored",
                    "advertisement", "en vivo", "en directo", "directo", "exclusiva", "exclusivo", "en direct",
                    "exclusif", "exklusiv", "eilmeldung", "última hora", "in diretta", "esclusiva"})
_MENU_LINKS = 3  # links under one box that make it a menu
_MENU_SCAN = 400  # links of the page looked at for its menus


def badge_section(headline: Any, host: str | None, menus: MenuLinks | None = None) -> str | None:
    """A category badge linked just above the headline or above the box it opens
    ("<a class='badge' href='/section/sport/'>Sport</a><div class=page-header><h2>"),
    or right after the headline ("<h1>...</h1><a class=badge href=/sport/>Sport</a>"),
    when its link opens a section's listing of the same site: a listing's path
    ("/category/sport/") or a link of the site's menu. Not a tag, a writer, the
    home page nor a flag ("Live", "Exclusive"), nor a link to another host."""
    found = _badge_section(before, headline, host, menus) if (before := _box_before(headline)) is not None else None
    after = next((s for s in headline.itersiblings() if isinstance(s.tag, str)), None)
    if not found and after is not None and not longer_than(after, _BADGE_LINE):
        # right after the headline, beside it in its box: a short line ("<p class=postmeta>3. August
        # 2015 · Filed under <a>Sport</a></p>"), not the story's first paragraph with its one link
        found = _badge_section(after, headline, host, menus)
    return found


_BADGE_LINE = 100  # characters of a badge's line after the headline


def _box_before(headline: Any) -> Any:
    """The element just before the headline, or before the box it opens (three levels up)."""
    el = headline
    for _ in range(3):
        prev = next((s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
        if prev is not None:
            return prev
        el = el.getparent()
        if el is None or el.tag in ("article", "main", "body"):
            return None
    return None


def _badge_section(badge: Any, headline: Any, host: str | None, menus: MenuLinks | None) -> str | None:
    """The section ``badge`` (a link, or a box of one link: an old page's bar, the link
    under a table's cell and its ``<font>`` and ``<b>``) names, by :func:`badge_section`'s care."""
    link = _lone_link(badge)
    if link is None or text_of(link, 60).casefold() in _FLAGS or not _crumb_section([link], headline):
        return None
    href = (link.get("href") or "").strip()
    segments = _own_host(href, host)
    if not segments or _TAG_SEGMENTS.intersection(segments) \
            or segments[-1].rsplit(".", 1)[0] in NON_ARTICLE_PATH_WORDS:  # (a menu's "About us" is no section)
        return None
    parts = urlsplit(href)
    path = parts.path.rstrip("/") + ("?" + parts.query if parts.query and _QUERY_MENU.search(parts.path) else "")
    if _LISTING_SEGMENTS.intersection(segments[:-1]) or path in menu_links(link, host, menus):
        return _menu_spelling(link, path, host, menus) or _section_text(link)
    return None


_LONE_LEVELS = 6  # boxes of one element each read down to a badge's link


def _lone_link(box: Any) -> Any:
    """``box`` if a link, or its one element if a link ("<p>Filed under <a>Sport</a></p>"), else
    the link it holds down a chain of boxes that each hold one element and no text of their
    own; None for any other box."""
    if box.tag != "a" and len(box) == 1 and box[0].tag == "a":
        return box[0]
    for _ in range(_LONE_LEVELS):
        if box.tag == "a":
            return box
        kids = [k for k in islice(box, 2) if isinstance(k.tag, str)]
        if len(kids) != 1 or len(box) != 1 or (box.text or "").strip():
            return None
        box = kids[0]
    return None


def _menu_spelling(link: Any, path: str, host: str | None, menus: MenuLinks | None) -> str | None:
    """The name the site's menu gives a badge's section where the badge prints it in
    capitals ("ECONOMIE", "ΟΙΚΟΝΟΜΙΑ": capitals drop the accents, French and Greek alike)
    and the menu in mixed case ("Économie", "Οικονομία"): the menu's link to the same path
    with the same letters, accents aside."""
    shown = text_of(link, 60)
    if not shown.isupper():
        return None
    key = _unaccented(shown)
    for other, other_path, _text, _menu, _box in (menus if menus is not None else MenuLinks(link, host))._read():
        name = text_of(other, 60)
        if other is not link and other_path == path and not name.isupper() and _unaccented(name) == key:
            return _section_text(other)
    return None


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def same_host(netloc: str, host: str | None) -> bool:
    """A link's host is the page's (a relative link's too; "www." aside)."""
    return not netloc or (host is not None and netloc.lower().removeprefix("www.") == host.lower().removeprefix("www."))


_MenuEntry = tuple[Any, str, str, bool, Any]  # a link, its path, its casefolded text, in a menu, its box


class MenuLinks:
    """The links of a page's menus (:meth:`links`), its links read once per parse
    however often they are asked about (the header's badge, the <title>'s section,
    its middle part's, the banner's)."""

    def __init__(self, page: Any, host: str | None) -> None:
        self._root = page.getroottree().getroot()
        self._host = host
        self._entries: list[_MenuEntry] | None = None

    def links(self, skip: Any) -> dict[str, str]:
        """The paths (no trailing slash) the links of the page's menus open, with their
        casefolded text: a menu's links (:func:`_in_menu`: a <nav>'s, a box's classed as a
        menu, the page's <header>'s), or three or more links in one box (a list's,
        or a box's own), of the page's host; not ``skip`` (the link asked about, or
        any element of the page), nor the home page."""
        paths: dict[str, str] = {}
        boxes: dict[Any, list[tuple[str, str]]] = {}
        for link, path, text, in_menu, box in self._read():
            if link is skip:
                continue
            if in_menu:
                paths[path] = text
            boxes.setdefault(box, []).append((path, text))
        for found in boxes.values():
            if len(found) >= _MENU_LINKS:
                paths.update(found)
        return paths

    def linked(self, name: str) -> bool:
        """Whether a link of the page's host (of the first read, three words at most) prints
        ``name``, case aside, outside the site's menus or in a breadcrumb trail: a section's
        name that opens its listing from the story's own header (a trail, a kicker, a label),
        not only a menu's item (which a walk back from the headline may meet first), nor a tag's."""
        wanted = " ".join(name.split()).casefold()
        return any(" ".join(text.split()) == wanted and (not menu or _in_trail(link))
                   and _TAG_SEGMENTS.isdisjoint(path.casefold().split("/"))  # (a tag's page: "/topic/games")
                   for link, path, text, menu, _box in self._read())

    def _read(self) -> list[_MenuEntry]:
        """The page's first ``_MENU_SCAN`` links that may be a menu's (a text of three
        words at most, a path on the page's host), with whether each is in a menu and
        the box it sits in (:func:`_link_box`); read on first use."""
        if self._entries is not None:
            return self._entries
        self._entries = []
        for link in islice(self._root.iter("a"), _MENU_SCAN):
            text = text_of(link, 60)
            if len(text.split()) > 3:
                continue
            try:
                parts = urlsplit((link.get("href") or "").strip())
            except ValueError:
                continue
            path = parts.path.rstrip("/")
            if not path or not same_host(parts.netloc, self._host):
                continue
            if parts.query and _QUERY_MENU.search(path):
                path += "?" + parts.query  # (an old script's menu: "secao.php?s=esportes", one path for all)
            self._entries.append((link, path, text.casefold(), _in_menu(link), _link_box(link)))
        return self._entries


def _in_trail(link: Any) -> bool:
    """Whether ``link`` is in a breadcrumb trail (its class, id or ``aria-label``, or its
    boxes' three levels up, name one: "<nav aria-label=breadcrumb>")."""
    return any(_CRUMB_HINT.search(f"{attrs_of(node)} {node.get('aria-label') or ''}")
               for node in islice(chain((link,), link.iterancestors()), 4))


def menu_links(skip: Any, host: str | None, menus: MenuLinks | None = None) -> dict[str, str]:
    """:meth:`MenuLinks.links` of ``skip``'s page: ``menus``' (the parse's, read once)
    when given."""
    return (menus if menus is not None else MenuLinks(skip, host)).links(skip)


# A script whose one path serves each section by its query: "secao.php?s=esportes",
# "index.php?cat=3", "section.asp?id=12" (the PHP and ASP sites of the early 2000s).
# (and the Java servers' pages of the time: ATG Dynamo's ".jhtml", "LiArt.jhtml?contrassID=2", Struts'
# ".do"; and IIS's ISAPI extensions, their path after the ".dll": Saxotech's
# "/apps/pbcs.dll/section?Category=SPORT", the newspapers' publishing system of the 2000s)
_QUERY_MENU = re.compile(r"\.(?:php3?|aspx?|jsp|jhtml|do|cfm|cgi|pl)\Z|\.dll(?:/|\Z)", re.I)


def _link_box(link: Any) -> Any:
    """The box a link is counted in for a menu: its parent (its list's, for a link in
    a list item); for a link alone in a table cell, the table (an old site's left
    column, one section a row: "<tr><td><font><a>Sport</a></font></td></tr>")."""
    parent = link.getparent()
    if parent is not None and parent.tag == "li":
        return parent.getparent()
    cell = next((el for el in islice(link.iterancestors(), 3) if el.tag == "td"), None)
    if cell is None or sum(1 for _ in islice(cell.iter("a"), 2)) > 1:
        return parent
    row = cell.getparent()
    table = row.getparent() if row is not None else None
    if table is not None and table.tag == "tbody":
        table = table.getparent()
    return table if table is not None else parent


# A box's class or id naming a menu ("menu", "main-menu", "navbar", "site-nav"): its
# links are the site's menu however few they are (a small site's two sections).
_MENU_HINT = Caseless(r"menu|navbar|navigation|(?<![a-z])nav(?![a-z])")
_MENU_LEVELS = 3  # a link's boxes read for a menu's class


def _in_menu(link: Any) -> bool:
    """Whether ``link`` is in a <nav>, in a box (three levels up) whose class or id
    names a menu, or in the page's own <header> (not an <article>'s)."""
    header = False
    for depth, anc in enumerate(link.iterancestors()):
        tag = anc.tag
        if tag == "nav" or (depth < _MENU_LEVELS and _MENU_HINT.search(attrs_of(anc))):
            return True
        if tag in ("article", "main"):
            return False
        header = header or tag == "header"
    return header


# "World: Headline" (an old portal's <title>): a short name in capitals, a colon, the rest
# (a caseless script's name too, its vowel signs letters of its words: "खेल: भारत ने श्रृंखला जीती")
_TITLE_PREFIX = re.compile(r"\s*([^\W\d_]" + LETTER + r"*(?:[ -]" + LETTER + r"+){0,2})\s*:\s+(\S.*)")


def title_section(doc: Any, title: str | None, url: str | None, host: str | None, headline: str | None,
                  menus: MenuLinks | None = None) -> str | None:
    """The section an old portal's <title> names before its headline ("World:
    Ferry service to resume"), when that name is one of the site's menu links
    (:func:`menu_links`) or the URL's first path segment, and the rest is the
    headline: "Biden: we will win" names no section of the site."""
    m = _TITLE_PREFIX.fullmatch(title or "")
    if m is None or doc is None:
        return None
    name, rest = m.group(1), m.group(2)
    if any(w[0].islower() for w in name.split()) or name.casefold() in _HOME or len(rest.split()) < 3:
        return None
    if headline and similar(rest, headline) < 0.8:
        return None
    if _first_segment(url) == _slug(name):
        return name
    return name if name.casefold() in menu_links(doc, host, menus).values() else None


def _first_segment(url: str | None) -> str | None:
    """The slug of the URL's first path segment when another follows it
    ("/sports/030325a.htm": "sports"), or None."""
    try:
        segments = [s for s in urlsplit(url or "").path.split("/") if s]
    except ValueError:
        return None
    return _slug(segments[0]) if len(segments) >= 2 else None


def title_middle_section(doc: Any, title: str | None, url: str | None, host: str | None,
                         headline: str | None, menus: MenuLinks | None = None, anchor: Any = None) -> str | None:
    """The section a <title> names between the site and the headline
    ("Harbor Ledger - Sports - Ferry service to resume", "Ferry service to resume |
    Sports | Harbor Ledger": an old site's or a CMS's page title), when that middle
    part is one of the site's menu links (:func:`menu_links`), the URL's first path
    segment or printed alone just above the headline element ``anchor`` of a page with
    no <h1> (an old daily's coloured cell "POLÍTICA" over the story, case aside: a
    topic's <h2> kicker over a modern <h1> is no section), and the parts on its other side are the headline (which may hold
    a separator of its own: "Ferry service to resume: what changes"). Read after the
    page's furniture (a weaker sign: a menu's "News" is often in the <title> too);
    a flag ("Breaking News") is no section."""
    parts = title_parts(title or "")
    if len(parts) < 3 or not headline or doc is None:
        return None
    if similar(" ".join(parts[2:]), headline) >= 0.8:
        name = parts[1]
    elif similar(" ".join(parts[:-2]), headline) >= 0.8:
        name = parts[-2]
    else:
        return None
    if (len(name.split()) > 3 or not all(w[0].isupper() or not w[0].isalpha() for w in name.split())
            or name.casefold() in _HOME or name.casefold() in _FLAGS or similar(name, headline) >= 0.5):
        return None
    if _first_segment(url) == _slug(name) or _banner_over(anchor, name):
        return name
    return name if name.casefold() in menu_links(doc, host, menus).values() else None


_HEADINGS = frozenset({"h1", "h2", "h3"})


def _folders(url: str | None) -> set[str]:
    """The slugs of the URL's folders (its path's segments but the last)."""
    try:
        segments = [s for s in urlsplit(url or "").path.split("/") if s]
    except ValueError:
        return set()
    return {_slug(s) for s in segments[:-1][:8]}


def _banner_over(anchor: Any, name: str) -> bool:
    """Whether ``name`` is printed alone (case aside) in one of the few elements with
    text just before the headline element ``anchor``, not in a link, on an old page
    whose headline is no heading (``<font size>``, ``<b>``)."""
    if anchor is None or anchor.tag in _HEADINGS:
        return False
    wanted = " ".join(name.split()).casefold()
    seen = 0
    for el in preceding(anchor, _BANNER_WINDOW):
        if not isinstance(el.tag, str) or not (el.text or "").strip():
            continue
        seen += 1
        if seen > 3:
            return False
        if " ".join(text_of(el, 60).split()).casefold() == wanted and not has_ancestor(el, ("a",)):
            return True
    return False


def title_label_section(doc: Any, title: str | None, url: str | None, host: str | None, headline: str | None,
                        site_keys: frozenset[str] | set[str], menus: MenuLinks | None = None,
                        anchor: Any = None) -> str | None:
    """The label of a <title> that names only the site and a label ("Milliyet İnternet -
    Ekonomi", "Harbor Ledger | Sports": an old site titling every story page with its
    section), when the label is one or two words, not the headline, and a folder of
    the story's URL ("/2004/05/16/ekonomi/eko03.html") or one of the site's menu links.
    Where neither part is known as the site's name: the one part that is both a folder
    of the URL or a menu link's name and printed alone just above the headline element
    ``anchor`` (an old paper's section bar, "INDLAND", over the story its menu files there)."""
    parts = title_parts(title or "")
    if len(parts) != 2 or not headline or doc is None:
        return None
    site = [n for n, part in enumerate(parts) if site_part(part, site_keys, True)]
    if not site:
        shown = [p for p in parts if len(p.split()) <= 2 and similar(p, headline) < 0.5
                 and _banner_over(anchor, p) and (_slug(p) in _folders(url)
                                                  or p.casefold() in menu_links(doc, host, menus).values())]
        return shown[0] if len(shown) == 1 else None
    if len(site) != 1:
        return None
    label = parts[1 - site[0]]
    if len(label.split()) > 2 or label.casefold() in _HOME or similar(label, headline) >= 0.5:
        return None
    try:
        folders = [_slug(s) for s in urlsplit(url or "").path.split("/")[:-1] if s]
    except ValueError:
        folders = []
    if _slug(label) in folders or label.casefold() in menu_links(doc, host, menus).values():
        return label
    return None


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "-".join("".join(c for c in plain if not unicodedata.combining(c)).replace("_", " ").replace("-", " ").split())


# A field labelled as the story's section or category, printed after the headline:
# Drupal's "Section: <a>World</a>" field, Joomla's "Category: <a>World</a>", German
# "Rubrik:" / "Ressort:" / "Kategorie:", French "Rubrique :" / "Catégorie :", Spanish
# "Sección:" / "Categoría:", Italian "Sezione:" / "Categoria:". The label alone in its
# element (or before the link in it). A tag list's "Tags:" is no section (decided in
# s32, kept): a reader names a page's section by where the site files it (its menu's,
# its breadcrumb's, its category's name: one place), while tags name the story's
# subjects, several at once, in an order of no weight (alphabetical, or as typed);
# the CMSs that print both (WordPress, Drupal, Joomla) file a story under a category
# and tag it apart, and fundus's truth keeps tags as ``topics``, beside no section.
# They go to ``tags``. (Blogger's "Labels:" is read as a section: Blogger has no
# categories, its labels are its only filing.)
_FIELD_LABEL = re.compile(r"^\s*(?:section|category|rubrik|ressort|kategorie|rubrique|catégorie|sección|"
                            r"categoría|categoria|sezione)\s*:\s*$", re.I)
_LABEL_WINDOW = 600   # elements after the headline looked at for the label
_LABEL_TO_LINK = 6    # elements from the label to its link


def _labelled_section(headline: Any) -> str | None:
    """The link after a section label (``_FIELD_LABEL``) following the headline,
    outside navigation, asides and footers."""
    for el in following(headline, _LABEL_WINDOW):
        text = el.text  # (a label ends with its colon: most texts hold none, and skip the regex)
        if not text or ":" not in text or not isinstance(el.tag, str) or not _FIELD_LABEL.match(text):
            continue
        if in_furniture(el) or has_ancestor(el, ("footer",)):
            continue
        for n, after in enumerate(following(el, _LABEL_TO_LINK)):
            if after.tag == "a":
                return _section_text(after)
            if n >= _LABEL_TO_LINK:
                break
        return None
    return None


_SECTION_TAGS = frozenset({"a", "span", "div", "p", "li", "strong", "em", "b"})
_LIST_TAGS = frozenset({"ol", "ul"})
_CRUMB_HINT = re.compile(r"crumb", re.I)
_HOME = frozenset({"home", "homepage", "home page", "start", "startseite", "accueil", "inicio",
                   "portada", "voorpagina", "forside", "etusivu", "αρχική"})


def _crumb_section(links: list[Any], headline: Any) -> str | None:
    """The section of a breadcrumb trail: its last link that is neither the home
    page nor the story itself."""
    title = text_of(headline, 300)
    for link in reversed(links):
        text = text_of(link, 60)
        href = (link.get("href") or "").strip()
        if not text or text.lower() in _HOME or href.startswith("#") or _home_href(href):
            continue
        if title and similar(text, title) >= 0.8:
            continue
        return _section_text(link)
    return None


def _home_href(href: str) -> bool:
    try:
        return urlsplit(href).path in ("", "/")
    except ValueError:
        return True


def _front_href(href: str) -> bool:
    """A link to a front page: the root, or a folder's index file ("/index.shtml",
    "/news/Default.aspx": an old site, or one part of a site, living in one folder)."""
    try:
        path = urlsplit(href).path
    except ValueError:
        return False
    return path in ("", "/") or _INDEX_FILE.search(path) is not None


_INDEX_FILE = re.compile(r"(?:^|/)(?:index|default)\.(?:php3?|s?html?|aspx?|jsp|cfm)\Z", re.I)
_TRAIL_TAGS = frozenset({*_SECTION_TAGS, "td", "font"})
# The marks between a trail's steps as text ("Home > World > Story", "首页 >> 国内新闻 >>
# 正文", "Anasayfa » Ekonomi"); not "|" nor "·", which part a menu's links.
_TRAIL_MARK = re.compile(r"\s*(?:>{1,2}|»|›|→|＞|/)\s*")
_TRAIL_STEPS = 8
_ANGLE_MARK = re.compile(r"\s*(?:>{1,2}|»|›|→|＞)\s*")


def _text_trail(el: Any, headline: Any) -> str | None:
    """The section of a breadcrumb trail that no class marks, printed as text before
    the headline ("您现在的位置：<a>首页</a> >> <a>国内新闻</a> >> 正文", "当前位置：首页 >
    综合新闻", "You are here: Home > World"): two links or more side by side in one
    element, the first to the front page, each followed by a trail's mark (the last
    may end the element). Its last link that is neither home nor the story. A menu
    printed so ("Home / News / Sport / Contact", an account bar's "Site / Log in /
    Subscribe") is told apart: a trail says where the reader is, by a label before it
    ("You are here:"), the page's own step after it ("> 正文", "> Mill fire"), or a
    step whose folder holds the story's address ("/local/" over "/local/2004/...")."""
    links = [child for child in islice(el, _TRAIL_STEPS + 1) if child.tag == "a"]
    if not 2 <= len(links) <= _TRAIL_STEPS or len(links) != len(el) or not (
            _front_href(links[0].get("href") or "") or text_of(links[0], 30).lower() in _HOME):
        return None  # (the first step home: by its address, or by its name, "Accueil" to "/web/accueil.html")
    if any(not _TRAIL_MARK.fullmatch(link.tail or "") for link in links[:-1]):
        return None
    tail = links[-1].tail or ""
    step = _TRAIL_MARK.match(tail)
    labelled = (el.text or "").strip().endswith((":", "："))
    # (steps joined by angle marks only, no "/": a trail's, which no menu prints, "ホーム ＞ 社会")
    angled = all(_ANGLE_MARK.fullmatch(link.tail or "") for link in links[:-1])
    if labelled or angled or (step is not None and tail[step.end():].strip()):
        return _crumb_section(links, headline)
    holding = _holding_the_story(links[1:], headline)
    return _crumb_section(holding, headline) if holding else None


def _holding_the_story(links: list[Any], headline: Any) -> list[Any]:
    """Those of ``links`` that lead to a folder (not the root) the page's address is in."""
    try:
        page = urlsplit(headline.getroottree().docinfo.URL or "").path
        folders = [urlsplit(link.get("href") or "").path.rsplit("/", 1)[0] for link in links]
    except ValueError:
        return []
    return [link for link, folder in zip(links, folders, strict=True) if folder and page.startswith(folder + "/")]



# A link back to the section's listing ("« Back to Sport", "← Zurück zu Sport",
# "Retour à Sport"): the section is the name after it; "Back to top" or "« Back"
# name none (no capital after the phrase).
_BACK_TO = re.compile(r"^[\s«‹←<]*(?:(?:back|return)\s+to|zurück\s+zu[rm]?|retour\s+(?:à|aux?)|volver\s+a|"
                      r"torna\s+a|terug\s+naar)\s+(?:the\s+|la\s+|le\s+|l'|den\s+|die\s+|das\s+)?"
                      r"|^[\s«‹←<]+", re.I)


def _first_of_its_run(link: Any) -> Any:
    """The first of the links of ``link``'s make (tag and class) its box lists with
    commas ("<a class=category>World</a>, <a class=category>Politics</a>": a story filed
    under two categories, the first its main one), else ``link``. Read backwards from
    the headline, the last of them came first. A trail's links ("Home > World") or a
    row of tags apart by spaces are not such a list."""
    box = link.getparent()
    if link.tag != "a" or box is None:
        return link
    run = [c for c in islice(box, 12) if c.tag == "a" and c.get("class") == link.get("class")]
    if len(run) < 2 or link not in run or any((c.tail or "").strip() != "," for c in run[:-1]):
        return link
    return run[0]


def _several_links(el: Any) -> bool:
    """Whether ``el`` holds two links or more: a list of categories (a sidebar's
    ``widget_categories``, "Sport World Arts"), no single section."""
    return next(islice(el.iter("a"), 1, None), None) is not None


# A trail's mark printed after (or before) a section's label in its own element ("<div
# class=channel><a>时政</a> &gt;</div>", "Politics ›", "» Sport"): the label is the name.
_EDGE_MARKS = re.compile(r"^(?:\s*(?:>{1,2}|»|›|→|＞)\s*)+|(?:\s*(?:>{1,2}|»|›|→|＞))+\s*$")


# A short label and its colon before a box's one link ("Category: <a>World</a>",
# "श्रेणी: <a>राजनीति</a>", "קטגוריה: <a>פוליטיקה</a>"): the link is the section.
_LEAD_LABEL = re.compile(r"^\s*[^\W\d_][^:：\d<>]{0,24}[:：]\s*$")


# The last word of a label crediting someone ("Sponsored by:", "Posted by:", "Foto von:", "Author:",
# "लेखक:", "כתב:"): its link is a person's or a sponsor's.
_CREDIT_LABEL = re.compile(r"(?:^|\s)(?:by|von|par|por|door|di|da|de|przez|מאת|द्वारा|authors?|autor(?:in)?|auteur|"
                           r"writer|reporter|लेखक|लेखिका|כתב|כתבת)\s*[:：]\s*$", re.I)


# A tag list's label ("Tags: <a>Budget</a>", German "Schlagwörter:" / "Stichwörter:", French
# "Mots-clés :", Spanish "Etiquetas:", Dutch "Trefwoorden:", Swedish "Taggar:", Polish "Tagi:",
# Turkish "Etiketler:", Vietnamese "Từ khóa:"): its link is a subject, no section (the tags
# rule of :data:`_FIELD_LABEL`; Blogger's "Labels:" stays a section).
_TAGS_LABEL = re.compile(r"^\s*(?:tags?|schlagw[öo]rter|stichw[öo]rter|mots[- ]cl[ée]s|etiquetas|trefwoorden|"
                         r"taggar|tagi|etiketler|từ khóa|keywords)\s*[:：]\s*$", re.I)


def _label_link(el: Any) -> Any:
    """The one link of ``el`` printed after a label of its own text (:data:`_LEAD_LABEL`),
    with nothing after it; else ``el``; ``None`` where the label credits someone (:data:`_CREDIT_LABEL`:
    "Sponsored by: <a>Acme</a>") or names tags (:data:`_TAGS_LABEL`: "Tags: <a>Budget</a>")."""
    if el.tag == "a" or len(el) != 1 or el[0].tag != "a" or (el[0].tail or "").strip():
        return el
    if not _LEAD_LABEL.match(el.text or ""):
        return el
    return None if _CREDIT_LABEL.search(el.text or "") or _TAGS_LABEL.match(el.text or "") else el[0]


def _section_text(el: Any) -> str | None:
    el = _label_link(el)
    if el is None:
        return None
    text = _EDGE_MARKS.sub("", text_of(el, 60))
    back = _BACK_TO.match(text)
    if back is not None:  # "« Back to Sport": "Sport"
        text = text[back.end():].strip(" »›→>")
        if not text[:1].isupper() or text.casefold() in _HOME:
            return None
    if not text or len(text) > 50 or len(text.split()) > 5 or not _name_letters(text):
        return None
    if len(el) > 3 or _several_links(el):
        return None
    href = (el.get("href") or "").lower()
    if el.get("rel") == "author" or AUTHOR_HINT.search(href) or AUTHOR_HINT.search(attrs_of(el)):
        return None
    return text


_BANNER_WINDOW = 12  # elements before the headline looked at for its banner


def banner_section(headline: Any, host: str | None, menus: MenuLinks | None = None) -> str | None:
    """The section a plain banner over the headline names: the closest text before
    it, short, that is the text of one of the site's menu links to a page of its own
    (:func:`menu_links`: "NATIONAL" in a coloured cell over the headline of
    an old site whose left column links "National"; a builder's or a magazine's
    unmarked label). Printed in the menu's own letters. Not a link to the home page
    (an index file's too) or to a page about the site, nor the headline's text, nor
    a link or text in a menu, header or aside (the menu itself, right before the
    story: its last link); a dateline or a byline closest to the headline is no
    banner, and nothing further up is read."""
    title = text_of(headline, 300).casefold()
    for el in preceding(headline, _BANNER_WINDOW):
        if isinstance(el.tag, str) and el.tag == "img" and (shown := _picture_banner(el, headline, host, menus)):
            return shown
        if not isinstance(el.tag, str) or not (el.text or "").strip():
            continue
        name = _short_name(text_of(el, 60))
        if (name is None or name.casefold() in _NO_SECTION_TABS or name.casefold() == title
                or el.tag == "a" or has_ancestor(el, ("a", "nav", "header", "aside", "footer"))):
            return None  # (a link, or a menu's: the menu itself, no banner of the story)
        wanted = name.casefold()
        if not any(text == wanted and _names_a_section(path, text)
                   for path, text in menu_links(headline, host, menus).items()):
            return None
        root = headline.getroottree().getroot()
        return next((text for link in islice(root.iter("a"), 400)
                     if (text := " ".join(text_of(link, 60).split())).casefold() == wanted), name)
    return None


def _picture_banner(img: Any, headline: Any, host: str | None, menus: MenuLinks | None) -> str | None:
    """An old paper's section banner drawn as a picture over the headline, linked to the
    section's page ("<a href=/shakai/><img alt=社会></a>"): its ``alt`` when a menu link of
    the site opens that same page under that same name."""
    link = img.getparent()
    name = _short_name(img.get("alt") or "")
    if link is None or link.tag != "a" or name is None or text_of(link, 60) or has_ancestor(link, ("nav", "header")):
        return None
    try:
        parts = urlsplit((link.get("href") or "").strip())
    except ValueError:
        return None
    path = parts.path.rstrip("/") if same_host(parts.netloc, host) else ""
    if path and parts.query and _QUERY_MENU.search(path):
        path += "?" + parts.query  # (a menu of one script's queries, as :meth:`MenuLinks.links` keys it)
    wanted = name.casefold()
    links = menu_links(headline, host, menus)
    return name if path and links.get(path) == wanted and _names_a_section(path, wanted) else None


def _language_switch(segment: str, text: str) -> bool:
    """Whether a link to "/``segment``" printing ``text`` is a language's home page:
    a language and a region ("/fr-ca", "/en_gb"), or a language's code whose text
    names that language ("/en" "English", "/de" "Deutsch"). Two letters alone are
    a section as often ("/tv" "TV", "/us" "US", "/ny" "NY")."""
    if not _LANGUAGE_HOME.fullmatch(segment):
        return False
    return len(segment) > 2 or text.casefold() in _language_names(segment)


@cache
def _language_names(code: str) -> frozenset[str]:
    """The casefolded names of the language ``code`` names, in English and in itself
    (CLDR's), none for a code that names no language."""
    try:
        own = Locale.parse(code).languages.get(code)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(name.casefold() for name in (own, Locale("en").languages.get(code)) if name)


def _names_a_section(path: str, text: str = "") -> bool:
    """Whether a menu link's path opens a section: not the site's index file, the newest
    stories' list or a page about the site ("/index.htm", "/archives/index.htm", "/about";
    a section folder's index file names its folder: "/GB/guoji/index.html"), nor a
    language's home page (a menu's language switch: :func:`_language_switch`), its
    index file's too ("/en/index.html" "English").

    >>> _names_a_section("/GB/guoji/index.html", "国际"), _names_a_section("/en/index.html", "English")
    (True, False)
    """
    segments = [seg for seg in path.lower().split("?")[0].split("/") if seg]
    last = segments[-1].rsplit(".", 1)[0] if segments else ""
    if len(segments) >= 2 and _INDEX_FILE.search(path) and segments[-2] not in LISTING_PATH_WORDS:
        last = segments[-2]  # a section folder's front ("/gb/guoji/index.html": "guoji"), not the site's
        # (nor an archive's: "/archives/index.htm" is the archive's home)
        segments = segments[:-1]  # (a language's folder's front, "/en/index.html" "English", is its home)
    if len(segments) == 1 and _language_switch(segments[0], text):
        return False
    return bool(last) and last not in _NO_SECTION_TABS and last not in NON_ARTICLE_PATH_WORDS


# The path words of a tag's listing ("/tag/culture/": Ghost's, WordPress's, Jekyll's
# and Hugo's). Not a topic's ("/topic/x", "/thema/x"): a news site's menu lists its
# trending topics ("Donald Trump", "Krieg in der Ukraine") beside its sections.
_TAG_LISTINGS = frozenset({"tag", "tags",
                           # Tumblr's tag listing ("/tagged/travel"), the categories a blog's menu opens
                           "tagged"})
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
    elements open, outside the story's ``scope``, on the page's ``host``; not a
    bar of the day's topics (:func:`_topics_bar`)."""
    paths: set[str] = set()
    bars: dict[Any, bool] = {}
    for link in islice(scope.getroottree().getroot().iter("a"), _NAV_LINKS):
        nav = next(link.iterancestors("nav"), None)
        if nav is None or any(anc is scope for anc in link.iterancestors()):
            continue
        if nav not in bars:
            bars[nav] = _topics_bar(nav)
        if bars[nav]:
            continue
        href = link.get("href") or ""
        if _own_host(href, host):
            paths.add(urlsplit(href.strip()).path.rstrip("/").lower())
    return paths


# A bar of the day's tags, not the site's sections: its class, id or label
# ("trending-tags", aria-label="Hot topics") or the word opening it ("Trending:").
_TOPICS_BAR = Caseless(r"trend|(?<![a-z])hot(?![a-z])|popular|topic|tags|breaking|in[ _-]the[ _-]news|themen|tendance")


_BAR_LABEL = 40  # characters before a bar's first link read for its label ("Trending:")


def _topics_bar(nav: Any) -> bool:
    """Whether a <nav> is a bar of trending tags ("Trending: <a href=/tag/x/>"),
    by its marks or the text before its first link (its first ``_BAR_LABEL``
    characters: a nav of a thousand elements before a link is read no further)."""
    marks = f"{attrs_of(nav)} {(nav.get('aria-label') or '')[:_BAR_LABEL]}"
    lead = nav.text or ""
    for el in nav.iterdescendants():
        if len(lead) >= _BAR_LABEL or el.tag == "a":
            break
        lead += f" {el.text or ''} {'' if len(el) else el.tail or ''}"  # (a list's tail follows its links)
    return bool(_TOPICS_BAR.search(marks) or _TOPICS_BAR.search(lead[:_BAR_LABEL]))
