"""Where no heading shows the declared title: a line set big or bold over the story
(older table layouts print the headline in ``<font size>``, ``<b>`` or a styled
span), and a label banner's headline under it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, islice
from typing import Any

from lxml import etree

from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.metadata.header.scan_state import SiteKeys
from crawler.parsers.metadata.titles import is_site_name, loose_key, title_parts
from crawler.parsers.metadata.walk import following, has_ancestor, in_furniture, text_of
from crawler.parsers.selectors import big_style
from crawler.parsers.vocabulary import han_kana_words


def past_label_banner(doc: Any, shown: Any, title: str, site_keys: SiteKeys) -> Any:
    """Under a title of the site's name and a label, a bold line printing the label is
    the section's banner ("Site Online - Culture Arts" over "<b>CULTURE ARTS</b>") when a
    big line the story follows comes after it, no prose between them: that line is the
    headline. Else the line stays ("Long Site Name :: Mill fire": a short headline set
    big, a crosshead of its story's text set big further down)."""
    if loose_key(text_of(shown, 300)) not in map(loose_key, title_parts(title)):
        return shown
    other = big_line_over_text(doc, site_keys)
    if other is None or loose_key(text_of(other, 300)) == loose_key(text_of(shown, 300)):
        return shown
    return other if _next_with_no_prose(shown, other) else shown


_BANNER_SCAN = 400  # elements after a banner looked at for the headline it heads


def _next_with_no_prose(first: Any, second: Any) -> bool:
    """Whether ``second`` comes after ``first`` in the page with less than a paragraph
    of text outside links between them (a menu's links, a picture: no story's text)."""
    holders = set(second.iterancestors())
    chars, seen = len((first.tail or "").strip()), 0
    for el in following(first, _BANNER_SCAN):
        if first in el.iterancestors():
            continue  # (the banner's own words)
        for node in el.iter():
            if node is second:
                return True
            seen += 1
            parent = node.getparent()
            if isinstance(node.tag, str) and node.tag != "a" and (parent is None or parent.tag != "a"):
                chars += len((node.text or "").strip())
            if node not in holders:
                chars += len((node.tail or "").strip())
            if chars >= _LEAD_PROSE or seen >= _BANNER_SCAN:
                return False
    return False


def big_line_over_text(doc: Any, site_keys: SiteKeys) -> Any:
    """On a page with no <h1> whose <title> names only the site (an old CMS printing
    its name as every page's title): the first big line (``<font size>=4``) of 3 to
    25 words, outside links and furniture, not the site's name, that the story's
    text follows: a run of prose among its next siblings (or its box's, when it is
    alone in it), before any other big line. A sidebar's or a listing's big line is followed by links."""
    for el in islice(doc.xpath("/descendant::font[@size]"), 200):
        if not _BIG_FONT.match(el.get("size") or ""):
            continue
        text = text_of(el, 300)
        words = len(text.split()) + han_kana_words(text)  # (a CJK headline is one run: its characters count)
        if (not 3 <= words <= 25 or loose_key(text) in site_keys
                or in_furniture(el) or has_ancestor(el, ("a",)) or 2 * _unlinked_chars(el) < len(text)):
            continue  # (a line mostly of links is a menu: "Política | Esportes | Cultura")
        if any(_prose_follows(node) for node in _line_boxes(el, len(text))):
            return el
    return None


_BOX_CLIMB = 3  # boxes around a big line read for the story's text after them


def _line_boxes(el: Any, chars: int) -> Iterator[Any]:
    """``el`` and the boxes around it whose story's text may follow: its box when it is
    alone in it ("<p><font size=4>..</font></p>"), and up to ``_BOX_CLIMB`` boxes that
    hold besides it its dateline and no link nor paragraph of text: an old layout's
    headline cell, the story in the table's next row ("<tr><td><font size=4>..</font><br>
    date</td></tr><tr><td>text.."). Not a box of the line alone further up: a section's
    banner set big in its own row, the story's headline smaller in the next row's cell
    over its text, is no headline (nor a masthead's or an advertisement's row); nor a
    sidebar's box of a big line and links, whatever column follows it."""
    yield el
    node = el
    for _ in range(_BOX_CLIMB):
        parent = node.getparent()
        # (the link test first: it stops at a big box's first link, before its text is read)
        if parent is None or parent.tag in ("body", "html") or next(parent.iter("a"), None) is not None \
                or _unlinked_chars(parent) - chars > _LEAD_PROSE:
            return
        rest = parent.xpath("string()").replace(el.xpath("string()"), "", 1)
        if not (node is el and not rest.strip()) and find_date_span(rest) is None:
            return  # (beyond the line's own box, only a box holding its dateline besides it)
        yield parent
        node = parent


def _prose_follows(el: Any) -> bool:
    """Whether a story's text follows ``el`` before another big line: a paragraph of
    prose, and ``_STORY_PROSE`` characters in all (an advertisement's big line and
    its blurb, "Assine a Gazeta ..." over a few lines of offer, are no story's)."""
    total, paragraph, n = 0, False, 0
    for after in islice(el.itersiblings(), _SIBLINGS_READ):
        if after.tag == "br":
            continue  # (a line break is no sibling of the count: an old layout sets each line apart with two)
        n += 1
        if n > 8 or (after.tag == "font" and _BIG_FONT.match(after.get("size") or "")):
            return False
        if isinstance(after.tag, str) and after.tag != "a":
            chars = _unlinked_chars(after)
            total, paragraph = total + chars, paragraph or chars > _LEAD_PROSE
            if paragraph and total >= _STORY_PROSE:
                return True
    return False


_STORY_PROSE = 400  # characters of text after a big line that make it a story's headline
_SIBLINGS_READ = 40  # siblings read after it, line breaks and all (a run of <br> is skipped no further)


def _unlinked_chars(el: Any) -> int:
    """Characters of ``el``'s text outside its links (its first 50)."""
    linked = sum(len(link.xpath("string()")) for link in islice(el.iter("a"), 50))
    return len(el.xpath("string()")) - linked


_LEAD_PROSE = 150   # characters of the paragraph that shows the story has begun


def heading_over_text(doc: Any) -> Any:
    """On a page with no <h1> whose <title> names only the site and a section
    ("Wochenblatt Oberland - Lokales", an old CMS's page title): the first h2 or h3
    of a sentence's length that the story's first paragraph follows, no other
    heading between (a sidebar box's heading is followed by a list), and no
    paragraph of prose before it (then the story began untitled, and the heading
    is one of its subheadings)."""
    headings = 0
    for n, el in enumerate(doc.iter("h2", "h3", "p")):
        if n >= _MAX_HEADING_SCAN or headings >= 30:
            return None
        if el.tag == "p":
            if _lead_prose(el) and not in_furniture(el) and not has_ancestor(el, ("aside", "footer", "nav")):
                return None
            continue
        headings += 1
        text = text_of(el, 300)
        if not 3 <= len(text.split()) <= 25 or in_furniture(el) or has_ancestor(el, ("a", "aside", "footer", "nav")):
            continue
        for m, after in enumerate(following(el, 40)):
            if m >= 40 or after.tag in ("h1", "h2", "h3", "li", "table"):
                break
            if after.tag == "p" and _lead_prose(after):
                return el
    return None


_MAX_HEADING_SCAN = 2_000   # headings and paragraphs looked at


def _lead_prose(el: Any) -> bool:
    return len(text_of(el, _LEAD_PROSE + 1, " ")) > _LEAD_PROSE


# Older templates set the headline in big or bold type, not in a heading element:
# <font size>, <b>, a "headline" class, or an inline style a page builder or a
# WYSIWYG editor writes ("<div style="font-size:2em">", "<span style="font-size: 24px">").
_EMPHASIS = ("/descendant::font[@size]|/descendant::b|/descendant::strong"
             "|/descendant::*/@class[contains(., 'headline') or contains(., 'title')]/..")
_STYLED = etree.XPath("/descendant::*[contains(@style, 'font-size')]")
_BIG_FONT = re.compile(r"^\s*(?:\+\s*[1-4]|[4-7])\s*$")


def big_styled(doc: Any, limit: int) -> Iterator[Any]:
    """The first ``limit`` elements of two words or more set in a heading's size by
    their inline style (:func:`big_style`), in page order: a headline written
    without a heading element. Not a link nor in one (a tag cloud's words)."""
    found = (el for el in islice(_STYLED(doc), 2_000)
             if big_style(el) and el.tag != "a" and len(text_of(el, 40).split()) >= 2
             and not has_ancestor(el, ("a",)))
    return islice(found, limit)


def emphasised_headline(doc: Any, title_tag: str, site_first: bool = False, site_keys: SiteKeys = frozenset()) -> Any:
    """On a page with no <h1>: the first big (``<font size>=4``), bold or
    "headline"-classed line that the <title> starts or ends with, the rest of the
    <title> being a separator and a short site name ("Headline | Site Name"; with
    ``site_first``, on a page with no <h1>, "Site Name :: Headline" too, a short headline
    under a long site name where that name is the site's (``site_keys``): over an h1
    that matches a part of the title, a bold line ending it is another story's); else the first
    such line set big by its inline style (:func:`big_styled`)."""
    key = loose_key(title_tag)
    for el in chain(doc.xpath(_EMPHASIS)[:200], big_styled(doc, 200)):
        if el.tag == "font" and not _BIG_FONT.match(el.get("size") or ""):
            continue
        text = text_of(el, 300)
        # (a CJK headline is one run of characters: its length counts, not its spaces; such a
        # run printing the whole <title>, site and all, is a share box's copy of it; a title of
        # one part, no site's name in it, is the headline's own)
        one_run = len(text.split()) < 2
        if (one_run and han_kana_words(text) < 2) or in_furniture(el) or has_ancestor(el, ("a",)):
            continue
        line = loose_key(text)
        if not line:
            continue
        whole = title_tag.strip()
        if (line == key and (not one_run or len(title_parts(whole)) == 1)) \
                or (2 * len(line) >= len(key) and key.startswith(line) and _site_tail(text, whole[len(text):])):
            return el
        if site_first and key.endswith(line) and _site_head(whole[:len(whole) - len(text)], len(text), site_keys):
            return el
    return None


_SITE_TAIL = re.compile(r"\s+(?:[|\-–—»·•]|::)\s+\S.{0,60}$")
# A CJK title's site name after a mark with no spaces ("标题_新华网", "标题-人民网新闻中心")
_CJK_SITE_TAIL = re.compile(r"[-_－|｜丨]\s*[\u3400-\u9fff]\S{0,30}$")


def _site_tail(line: str, tail: str) -> bool:
    """Whether ``tail``, the rest of the <title> after a line that opens it, is a
    separator and a short site name; after a CJK line, the mark needs no spaces."""
    return bool(_SITE_TAIL.match(tail)) or (han_kana_words(line[-2:]) == 1 and bool(_CJK_SITE_TAIL.match(tail)))


# ... or the site's name first: "Site Name :: Headline", "Site Name | Headline", "Site: Headline";
_SITE_HEAD = re.compile(r"^(\S.{0,60}?)(?:\s+(?:[|\-–—»·•]|::)|:)\s+$")
# a CJK site's name before a full-width colon or bar with no spaces ("毎朝新聞：見出し", "사이트｜제목")
_CJK_SITE_HEAD = re.compile(r"^(\S.{0,60}?)(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])\s*[：｜|]\s*$")


def _site_head(head: str, chars: int, site_keys: SiteKeys) -> bool:
    """Whether ``head``, the <title> before a line of ``chars`` characters that ends it, is a
    site's name and its mark. A bold line ending the title may be the site's name, "Headline ::
    Site Name" with the name set bold: a line shorter than the rest only where the rest names
    the site, "Long Site Name :: Short Headline". Before a CJK full-width colon the name must be
    the site's whatever the line's length: there a label ("速報：", "訃報：") or a speaker
    ("習近平：", "岸田首相：") opens a headline as often, no site's name."""
    if (spaced := _SITE_HEAD.match(head)) is not None:
        return 2 * chars > len(head) + chars or is_site_name(spaced.group(1), set(site_keys), title_part=True)
    cjk = _CJK_SITE_HEAD.match(head)
    return cjk is not None and is_site_name(cjk.group(1), set(site_keys), title_part=True)
