"""The visible article header: headline element, byline, dateline, reading time,
section label (read by :mod:`.sections`) and tag list, read from the elements around
the headline.

Only a bounded window of elements is looked at (a few before the headline, a
hundred or so after), so comment sections and footers never feed the byline.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from crawler.parsers.bounded_text import stripped_size
from crawler.parsers.caseless import Caseless
from crawler.parsers.classify import NON_ARTICLE_PATH_WORDS
from crawler.parsers.metadata.author_marks import author_link, credited_rest, holds_categories, in_quote
from crawler.parsers.metadata.authors import (
    PLACE_OPENERS,
    clean_byline,
    dated_name,
    dedupe,
    italian_by,
    leads_with_date,
    looks_like_byline,
    names_with_own_handles,
    other_credit_label,
    plain_name,
)
from crawler.parsers.metadata.date_labels import names_publication, other_label
from crawler.parsers.metadata.dates import CURRENCY_CODES, find_date_span, normalise_date, parse_reading_time
from crawler.parsers.metadata.given_names import names_a_body, opens_with_given_name
from crawler.parsers.metadata.name_chunks import (
    cut_at_chunks,
    name_elements,
    peer_writers,
    without_unlinked_place,
)
from crawler.parsers.metadata.sections import SECTION_HINT, MenuLinks, header_section
from crawler.parsers.metadata.titles import is_site_name, loose_key, similar, site_part, title_parts
from crawler.parsers.metadata.walk import (
    AUTHOR_HINT,
    CAPTION_HINT,
    LETTERS,
    LONG_PARAGRAPH,
    MAX_ATTR_CHARS,
    OTHER_REGION,
    attr,
    attrs_of,
    following,
    has_ancestor,
    in_furniture,
    preceding,
    story_scope,
    text_of,
)
from crawler.parsers.page_notes import names_the_article
from crawler.parsers.selectors import ALL_HEADING_TAGS, big_style, style_px
from crawler.parsers.structured import Structured, as_text
from crawler.parsers.vocabulary import UPDATED_PATTERN, han_kana_words

__all__ = ["HeaderScan", "find_headline", "find_tags", "marked_title", "scan_header"]

_DATE_HINT = Caseless(r"date|time|publish|posted|datum|fecha|meta|byline|info|dateline")
# (not "promoted": Drupal's class for the story's own node shown on the front page;
# an ad slot in the languages' own words: Spanish and Portuguese "publicidad(e)",
# French "publicité", Italian "pubblicità", German "Werbung", Danish "reklame")
_SKIP_HINT = Caseless(r"comment|related|share|social|newsletter|promo(?!ted)|advert|sidebar|footer|"
                      r"recommend|teaser|most-?read|popular|publicidad|publicit[eé]|pubblicit|werbung|reklame")
_TEXT_TAGS = frozenset({"p", "div", "span", "time", "a", "address", "li", "small", "strong", "b",
                        "em", "i", "header", "section", "footer", "ul", "dd", "dt", "h2", "h3",
                        "h4", "h5", "h6", "font", "td", "label", "cite"})
_COMMENT = re.compile(r"comment", re.I)
# Regions holding other people's bylines: not "sidebar" or "teaser", which some
# templates use for the story's own author column or author box.
_OTHER_STORIES = Caseless(r"comment|related|recommend|most-?read|popular")
_WIDGET = Caseless(r"widget|sidebar|promo(?!ted)|newsletter|teaser")
_FURNITURE_TAGS = frozenset({"figure", "figcaption", "nav", "form", "button", "blockquote"})
_DEK_HINT = re.compile(r"dek|standfirst|sub-?title|subhead|summary|lead|intro|teaser|excerpt|"
                       r"description|strapline|deck|abstract", re.I)
_WINDOW_AFTER = 160
# ("publi" not of "publicidad", "publicité", "publicity": an ad's label)
_PUBLISHED_WORDS = re.compile(r"publi(?!cid|cit)|posted|veröffentlich(?:t|ung)|erschienen|publicado|pubblicato|"
                              r"gepubliceerd|opublikowano|julkaistu|опубликовано|udgivet|yayınlan|objavljeno|"
                              r"^on\b|^am\b|^le\b", re.I)
# "stand" as a word of its own ("Stand: 05.03.2024", class "stand"), not inside
# "standfirst", "standard" or "Standort": a standfirst in the date line is no
# modified date to cut from it.
# The words the other languages print ("modifié", "güncelleme") likewise only as whole
# words: not inside "Car Modifications" or "Güncellemeler" (a category's name).
_WHOLE_WORDS_ONLY = frozenset(["stand", "modificato", "modificata", "modifica\\s+il", "modifié", "modifiée",
                               "modificado", "modificada", "uppdaterad", "uppdaterat", "opdateret", "oppdatert",
                               "päivitetty", "обновлено", "gewijzigd", "aktualizováno", "aktualizované", "ažurirano",
                               "güncellendi", "güncelleme", "edited", "last\\s+edited"])  # (not "credited")


def _whole_word(word: str) -> str:
    r"""``word`` (a pattern that opens with a letter) matched only as a whole word: no
    letter before or after it. The test of the letter before follows the first letter,
    the same test (``m(?<![^\W\d_]m)odifié``: no letter before the ``m`` just read), so
    that every word of an alternation still opens with a letter: ``re`` then skips the
    words a position cannot start, where a look-behind first had it try every word at
    every position (the "updated" words: 7x faster on a class value, 2.5x on a line of
    text that is not ASCII).

    >>> pattern = re.compile(_whole_word("stand"), re.I)
    >>> [bool(pattern.search(t)) for t in ("Stand: 5.3.", "standfirst", "Aufstand", "x-stand")]
    [True, False, False, True]
    """
    return rf"{word[0]}(?<![^\W\d_]{word[0]}){word[1:]}(?![^\W\d_])"


_UPDATED_WORDS = re.compile("|".join(_whole_word(w) if w in _WHOLE_WORDS_ONLY else w
                                     for w in UPDATED_PATTERN.split("|")), re.I)
# The same two questions asked as yes or no (of a line, of an element's marks), the cheap
# way: :mod:`..caseless`. (The patterns above give the positions where one is needed.)
_UPDATED_HINT = Caseless(_UPDATED_WORDS.pattern)
_PUBLISHED_HINT = Caseless(_PUBLISHED_WORDS.pattern)
# The label of a printed "last updated" date ("Updated 2:25 PM EDT, Tue June 24, 2025").
_UPDATED_LABEL = re.compile(rf"\b(?:{UPDATED_PATTERN})\b\s*(?:on|am|le|el|il|op|at)?\s*:?\s*", re.I)


SiteKeys = set[str] | frozenset[str]


@dataclass(slots=True)
class HeaderScan:
    headline: str | None = None
    headline_core: str | None = None
    headline_labelled: bool = False
    """``headline_core`` follows a kicker the page sets apart as a label box."""
    headline_marked: bool = False
    """The headline is marked up as the post's own title (``entry-title``)."""
    authors: list[str] = field(default_factory=list)
    byline_raw: str | None = None
    date_text: str | None = None
    date_raw: str | None = None
    date_shown: str | None = None
    """The text of the element printing ``date_text`` alone when ``date_raw``, its
    line, holds more (:func:`_own_date_text`); the provenance's ``published_raw``."""
    time_datetime: str | None = None
    time_element: Any = None
    """The ``<time>`` element ``time_datetime`` was read from."""
    date_element: Any = None
    """The element ``date_text`` was read from."""
    update_marked: tuple[str, str, Any] | None = None
    """The first date printed in a box marked as an update's (:func:`_marked_update`):
    its date, its line and its element; the page's date when the header names no
    other (hAtom's "updated" is as often the only date a theme prints)."""
    reading_minutes: int | None = None
    section: str | None = None
    dek: str | None = None
    updated_text: str | None = None
    """A printed "Updated ..." date (normalised), kept apart from the dateline."""
    as_of_text: str | None = None
    """``updated_text`` when printed as "Stand:" ("as of") in the header row by the
    headline (:func:`_header_row`): German public broadcasters print it as a
    story's only date; an "Updated" line says the page went up before."""
    first_line: str | None = None
    """The text of the first line after the headline: its header row, marked or not."""
    story_begun: bool = False
    """A long paragraph followed a "Stand:" header row: no later line is the dateline."""
    byline_dated: bool = False
    """``authors`` were read from a dateline with no by-word and no author class
    ("Jane Doe | 05.04.2025"): a place or a section prints so too."""
    name_alone: bool = False
    """With ``byline_dated``: the name is printed in an element of its own, apart
    from the date ("<span>Jane Doe</span> | <span>05.04.2025</span>"), with no
    location class: a template's writer field, not a dateline's place."""
    name_marked: bool = False
    """With ``name_alone``: the name's element, its parent or grandparent carries
    an author mark (an author / byline / name class, itemprop or rel=author)."""
    byline_aside: bool = False
    """The byline was read from an author box in an <aside> beside the text: it
    fills in where the page gives no author, but overrules no structured one."""


def find_headline(doc: Any, data: Structured, site_keys: SiteKeys = frozenset()) -> tuple[Any, bool]:
    """The visible headline element (the h1 that best matches the declared titles)
    and whether it matches them; else an anchor h1 and False (see :func:`_site_h1`)."""
    refs = _declared_titles(data, site_keys)
    h1s = _shown_h1s(doc, refs, site_keys)
    best, best_score, count, crumbs, part = _scan_h1s(h1s, refs, site_keys)
    if best is None and count == 1:  # one h1 with nothing in common with the <title>
        best = _usable_lone_h1(h1s[0], data, refs, site_keys)
    if best is not None and (best_score >= 0.5 or (count == 1 and _lone_h1(best, data, refs, site_keys))):
        if part and data.title_tag:
            # the h1 matches one part of a title only: it may be the site's name set
            # big ("Headline | Site" under a plain <h1>Site</h1>) over a bold headline
            shown = _emphasised_headline(doc, data.title_tag)
            if shown is not None and loose_key(text_of(shown, 300)) != loose_key(text_of(best, 300)):
                return shown, True
        return best, True
    if crumbs and refs:  # the h1 is a breadcrumb: the shown headline is an h2
        shown = _crumb_h2(doc, refs, site_keys)
        if shown is not None:
            return shown, True
    for el in [el for el in data.with_itemprop("headline") if el.tag != "meta"][:3]:
        text = text_of(el, 300)
        if text and (not refs or max(similar(text, r) for r in refs) >= 0.5):
            return el, True
    if refs:  # older templates: the headline in an h2 / "entry-title" element, or set big by its style
        title_like = [el for el in doc.xpath(_TITLE_LIKE)
                      if el.tag in ("h2", "h3") or _TITLE_CLASS.search(el.get("class") or "")]
        for el in chain(title_like[:30], big_styled(doc, 30)):
            text = text_of(el, 300)
            if text and len(text) <= 400 and max(similar(text, r) for r in refs) >= 0.8:
                return el, True
    # No h1 agrees with the declared titles: still anchor the byline search on the
    # article's h1 (its text is the title only when no share title is declared).
    first_in_article = next((el for el in h1s
                             if text_of(el, 300) and has_ancestor(el, ("article", "main"))), None)
    if first_in_article is not None:
        return first_in_article, _story_h1(first_in_article, data, refs, site_keys)
    labels = count == 0 and bool(refs) and all(_label_title(r, site_keys) for r in refs)
    if count == 0 and data.title_tag:
        shown = _emphasised_headline(doc, data.title_tag, site_first=True, site_keys=site_keys)
        if shown is not None:
            return _past_label_banner(doc, shown, data.title_tag, site_keys) if labels else shown, True
    if labels:
        shown = _heading_over_text(doc)
        if shown is not None:
            return shown, True
    if count == 0 and (labels or not refs) and data.title_tag:
        shown = _big_line_over_text(doc, site_keys)
        if shown is not None:
            return shown, True
    return (best, False) if count == 1 and best is not None else (None, False)


def _past_label_banner(doc: Any, shown: Any, title: str, site_keys: SiteKeys) -> Any:
    """Under a title of the site's name and a label, a bold line printing the label is
    the section's banner ("Site Online - Culture Arts" over "<b>CULTURE ARTS</b>") when a
    big line the story follows comes after it, no prose between them: that line is the
    headline. Else the line stays ("Long Site Name :: Mill fire": a short headline set
    big, a crosshead of its story's text set big further down)."""
    if loose_key(text_of(shown, 300)) not in map(loose_key, title_parts(title)):
        return shown
    other = _big_line_over_text(doc, site_keys)
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


def _big_line_over_text(doc: Any, site_keys: SiteKeys) -> Any:
    """On a page with no <h1> whose <title> names only the site (an old CMS printing
    its name as every page's title): the first big line (``<font size>=4``) of 3 to
    25 words, outside links and furniture, not the site's name, that the story's
    text follows: a run of prose among its next siblings (or its box's, when it is
    alone in it), before any other big line. A sidebar's or a listing's big line is followed by links."""
    for el in islice(doc.xpath("/descendant::font[@size]"), 200):
        if not _BIG_FONT.match(el.get("size") or ""):
            continue
        text = text_of(el, 300)
        if (not 3 <= len(text.split()) <= 25 or loose_key(text) in site_keys
                or in_furniture(el) or has_ancestor(el, ("a",)) or 2 * _unlinked_chars(el) < len(text)):
            continue  # (a line mostly of links is a menu: "Política | Esportes | Cultura")
        parent = el.getparent()  # (a line alone in its box: "<p><font size=4>..</font></p>")
        for node in (el, parent if parent is not None and len(parent) == 1 else None):
            if node is not None and _prose_follows(node):
                return el
    return None


def _prose_follows(el: Any) -> bool:
    """Whether a story's text follows ``el`` before another big line: a paragraph of
    prose, and ``_STORY_PROSE`` characters in all (an advertisement's big line and
    its blurb, "Assine a Gazeta ..." over a few lines of offer, are no story's)."""
    total, paragraph = 0, False
    for n, after in enumerate(el.itersiblings()):
        if n >= 8 or (after.tag == "font" and _BIG_FONT.match(after.get("size") or "")):
            return False
        if isinstance(after.tag, str) and after.tag != "a":
            chars = _unlinked_chars(after)
            total, paragraph = total + chars, paragraph or chars > _LEAD_PROSE
            if paragraph and total >= _STORY_PROSE:
                return True
    return False


_STORY_PROSE = 400  # characters of text after a big line that make it a story's headline


def _unlinked_chars(el: Any) -> int:
    """Characters of ``el``'s text outside its links (its first 50)."""
    linked = sum(len(link.xpath("string()")) for link in islice(el.iter("a"), 50))
    return len(el.xpath("string()")) - linked


def _label_title(title: str, site_keys: SiteKeys) -> bool:
    """A title that names the site and a section only: its longest part not naming
    the site has one or two words ("Wochenblatt Oberland - Lokales"; "Ferry
    Timetable Approved - Herald" is a headline), and that part is not a page about
    the site ("Contact - Acme": that page's own title)."""
    parts = title_parts(title)[:_MAX_REF_PARTS]
    story = [p for n, p in enumerate(parts) if not site_part(p, site_keys, n in (0, len(parts) - 1))]
    label = max(story or parts, key=len)
    return (len(parts) >= 2 and len(label.split()) <= 2 and han_kana_words(label) <= 2  # (a CJK label: 4 characters)
            and "-".join(label.casefold().split()) not in NON_ARTICLE_PATH_WORDS)


_LEAD_PROSE = 150   # characters of the paragraph that shows the story has begun


def _heading_over_text(doc: Any) -> Any:
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


# hAtom's "entry-title" (the microformat WordPress and most blog themes print on the
# post's own title) and the themes' "post-title": the post's title as its author
# wrote it, where og:title / <title> may carry an SEO plugin's rewording.
_POST_TITLE = re.compile(r"(?:^|\s)(?:entry-title|post-title)(?:$|\s)")


def marked_title(el: Any) -> bool:
    """Whether the element is marked up as the post's own title (see ``_POST_TITLE``)."""
    return bool(_POST_TITLE.search(el.get("class") or ""))


def _scan_h1s(h1s: list[Any], refs: list[str], site_keys: SiteKeys) -> tuple[Any, float, int, bool, bool]:
    """The h1 that best matches the declared titles: (element, score, h1s seen,
    whether one sat in a breadcrumb, whether it matched one title part only)."""
    best, best_score, count, crumbs, best_part = None, 0.0, 0, False, False
    for el in h1s:
        count += 1
        text = text_of(el, 300)
        unusable = _unusable_h1(el, text, refs, site_keys)
        if unusable:
            crumbs = crumbs or unusable == "breadcrumb"
            continue
        score = _match_score(text, refs) if refs else 0.6
        part = score == _PART_SCORE
        if marked_title(el):
            score, part = max(score, 0.95), False
        if has_ancestor(el, ("article", "main")):
            score += 0.05
        if score > best_score:
            best, best_score, best_part = el, score, part
    return best, best_score, count, crumbs, best_part


# Utility classes hiding an element from sight but not from screen readers (no
# responsive "sm:not-sr-only" override): such an h1 is mostly an outline label for
# assistive technology ("Navigation", the site's name), at times the headline itself
# when a hero box shows it (see :func:`_reader_headline`).
_READER_ONLY = frozenset({"sr-only", "visually-hidden", "visuallyhidden", "hide-accessible",
                          "screen-reader-text", "element-invisible", "offscreen", "a11y-hidden"})
# Boxes over or beside the page whose heading is no headline (a cookie banner, a
# newsletter sign-up, a "save this article" dialog). A whole class or id token names
# the box ("cookie-banner", "js-modal", "newsletter-signup"); a token where the word
# is a state or feature flag ("modal-enabled", "has-popup-gallery") names none.
# Matched against each run of word characters and hyphens ("lg:cookie-banner" holds
# "cookie-banner") of at most ``_MAX_TOKEN`` characters, in attributes cut at
# MAX_ATTR_CHARS: a 100,000-character class costs no more than a short one.
_BOX = re.compile(
    r"(?:[a-z0-9]+[-_]{1,2})*(?:cookie|consent|gdpr|modal|popup|newsletter)s?"
    r"(?:[-_]{1,2}(?:box|banner|bar|dialog|container|wrapper|wrap|content|inner|overlay|window"
    r"|signup|form|body|header|title|block|module|widget|modal|popup|teaser|promo|cta))*", re.I)
_TOKEN_EDGE = re.compile(r"[^\w-]+")
_MAX_TOKEN = 100
_BOX_ATTRS = ("class", "id", "itemprop", "rel", "data-testid")


def _names_box(attrs: str) -> bool:
    """A whole class / id token names a box (see ``_BOX``)."""
    return any(len(token) <= _MAX_TOKEN and _BOX.fullmatch(token) for token in _TOKEN_EDGE.split(attrs))


def _names_overlay(attrs: str) -> bool:
    return bool(_OVERLAY.search(attrs))


def _shown_h1s(doc: Any, refs: list[str], site_keys: SiteKeys) -> list[Any]:
    """The page's first 15 h1s, less those heading a box (see ``_BOX``) and those
    only screen readers get, unless no usable h1 is shown (an outline label such
    as a nav bar's "Menu" is none) and the hidden one is the headline (see
    :func:`_reader_headline`): when one h1 is left it is a lone h1. A shown h1 is
    also the better anchor for the byline: a hidden one may sit anywhere."""
    if next(doc.iter("h1"), None) is None:
        return _styled_h1(doc, refs, site_keys)
    h1s = [el for el in islice(doc.iter("h1"), 15) if not _in_box(el, _names_box)]
    shown = [el for el in h1s if not _reader_only(el)]
    if len(shown) == len(h1s) or any(
            not _unusable_h1(el, text, refs, site_keys) and not _OUTLINE_LABEL.match(text)
            for el, text in ((el, text_of(el, 300)) for el in shown)):
        return shown
    kept = {el for el in h1s if _reader_only(el) and _reader_headline(el, refs, site_keys)}
    return [el for el in h1s if el in kept or not _reader_only(el)]


def _styled_h1(doc: Any, refs: list[str], site_keys: SiteKeys) -> list[Any]:
    """On a page with no <h1>, its stand-in: of the first five lines set big by their
    inline style (:func:`big_styled`; a page builder's or a WYSIWYG editor's headline,
    ``<div style="font-size:2em">``) that an h1 there could be (of a sentence's
    length, shown, out of the page's furniture and of a box, not the site's name or a
    link home, not an outline label such as "Top menu"), the first set biggest. With a
    declared title of two parts or more ("Headline | Site"), only a line sharing a word
    with its story part: a big promo line ("Subscribe now for 1 euro") or the site's
    banner above an unstyled headline is none. (A title of one part may be the site's
    name or a label, "Blog": it says nothing of the headline.)"""
    usable = []
    stories = [_content_words(_story_part(ref, site_keys)) for ref in refs if len(title_parts(ref)) >= 2]
    for el in big_styled(doc, 5):
        text = text_of(el, 400)
        if len(text.split()) > 40 or _reader_only(el) or in_furniture(el) or _in_box(el, _names_box):
            continue
        if any(stories) and not any(_content_words(text) & words for words in stories):
            continue
        if not _unusable_h1(el, text, refs, site_keys) and not _OUTLINE_LABEL.search(text):
            usable.append(el)
    biggest = max((style_px(el) for el in usable), default=0.0)
    return [el for el in usable if style_px(el) == biggest][:1]


def _reader_only(el: Any) -> bool:
    classes = (el.get("class") or "").split()
    return bool(_READER_ONLY.intersection(classes)) and not any("not-sr-only" in c for c in classes)


# Outline labels a theme gives screen readers ("Navigation", "Main menu", "Search").
_OUTLINE_LABEL = re.compile(r"^(?:(?:main|primary|site|post|top|mobile)\s+)?(?:navigation|nav|menu|search|"
                            r"footer|header|sidebar|content|main content)(?:\s+menu)?$", re.I)


def _reader_headline(el: Any, refs: list[str], site_keys: SiteKeys) -> bool:
    """Whether an h1 only screen readers get is the headline: not a nav bar's, not
    the site's name or an outline label ("Navigation"); one whose words the page
    shows right after it (a hero box), else one of three words or more (a shorter
    one is a label in any language: "Hauptmenü", "Inhalt", "detail") that words
    the story otherwise than the declared titles. A copy of a declared title
    adds no title, and hidden at the top of the page it is a poor byline anchor."""
    text = text_of(el, 300)
    if not text or _OUTLINE_LABEL.match(text) or has_ancestor(el, ("nav",)) \
            or _unusable_h1(el, text, refs, site_keys):
        return False
    if _shown_again(el, text):
        return True
    return len(text.split()) >= 3 and not (refs and max(similar(text, r) for r in refs) >= 0.8)


def _shown_again(el: Any, text: str) -> bool:
    """The h1's words printed again in one of the few elements after it (not
    inside it)."""
    key, inside = loose_key(text), set(el.iterdescendants())
    return any(isinstance(after.tag, str) and after not in inside and loose_key(text_of(after, 300)) == key
               for after in following(el, 40 + len(inside)))


def _in_box(el: Any, names: Callable[[str], bool]) -> bool:
    """Inside a box (``names`` says whether attributes name one) below the story's
    <article> / <main>: a post's own classes ("category-newsletter") and the page's
    ("<body class=modal>") do not count. Attributes are cut at MAX_ATTR_CHARS."""
    for node in islice((el, *el.iterancestors()), 9):
        if node.tag in ("article", "main", "body", "html"):
            return False
        if names(" ".join(filter(None, (attr(node, name) for name in _BOX_ATTRS)))):
            return True
    return False


def _crumb_h2(doc: Any, refs: list[str], site_keys: SiteKeys) -> Any:
    """The headline under an h1 that is a breadcrumb's or nav bar's copy of the
    <title>: the h2 that matches a declared title, else the story's headline h2
    reworded from the <title> (see :func:`_reworded_h2`) standing before the
    story's first paragraph: an h2 after it is a subheading or another story's."""
    story, prose = None, False
    for n, el in enumerate(doc.iter("h2", "p")):
        if n >= _MAX_CRUMB_SCAN:
            break
        if el.tag == "p":
            prose = prose or _prose(el)
            continue
        text = text_of(el, 300)
        if not text:
            continue
        if max(similar(text, r) for r in refs) >= 0.8:
            return el
        if story is None and not prose and _reworded_h2(el, text, refs, site_keys):
            story = el
    return story


_MAX_CRUMB_SCAN = 400


def _prose(el: Any) -> bool:
    """A paragraph of the story: 150 characters or more, not a caption's, a form's
    or a cookie / newsletter box's."""
    size = 0
    for piece in el.itertext():
        size += len(piece.strip())
        if size >= LONG_PARAGRAPH:
            return not in_furniture(el) and not _in_box(el, _names_overlay)
    return False


def _reworded_h2(el: Any, text: str, refs: list[str], site_keys: SiteKeys) -> bool:
    """An h2 that is the shown headline of a CMS whose <title> is an SEO wording of
    it: three words or more, in the story's header (inside an <article> or an
    <hgroup>, or classed or boxed as a title; not in a related-stories box or a
    card's <article> holding no story text), sharing two or more word stems, a
    third of either side's, with one declared title (less the parts naming the site)."""
    if len(text.split()) < 3 or len(text) > 400 or not _story_heading(el) or in_furniture(el):
        return False
    if _in_skipped_region(el, set()) or not _in_story_article(el):
        return False
    stems = _stems(text)
    for ref in refs:
        story = _stems(" ".join(p for p in title_parts(ref) if loose_key(p) not in site_keys))
        shared = len(stems & story)
        if shared >= 2 and 3 * shared >= min(len(stems), len(story)):
            return True
    return False


def _in_story_article(el: Any) -> bool:
    """Not inside an <article> that holds no story paragraph (a teaser card) or
    that sits inside another <article>."""
    art = next((a for a in el.iterancestors() if a.tag == "article"), None)
    if art is None:
        return True
    if has_ancestor(art, ("article",)):
        return False
    return any(_prose(p) for p in islice(art.iter("p"), 300))


def _stems(text: str) -> set[str]:
    """The words of five letters or more, cut to their first five ("praise" and
    "praises" meet; "the", "from", "und" never count)."""
    return {w[:5] for w in (loose_key(w) for w in text.split()) if len(w) >= 5}


_TITLE_BOX = re.compile(r"title|headline", re.I)


def _story_heading(el: Any) -> bool:
    """An h2 inside the story (<article>, <hgroup>) or classed, or boxed, as a title."""
    parent = el.getparent()
    return has_ancestor(el, ("article", "hgroup")) or bool(_TITLE_BOX.search(el.get("class") or "")) \
        or (parent is not None and bool(_TITLE_BOX.search(parent.get("class") or "")))


def _story_h1(el: Any, data: Structured, refs: list[str], site_keys: SiteKeys) -> bool:
    """Whether the story's first h1 (inside <article> / <main>) is the headline
    although the <title> says something else: the <title> is then an SEO wording
    (no og:title or JSON-LD headline declares the share title the h1 would lose to).
    Not the site's name or logo, not a box's heading (cookie, newsletter), not a
    one-word label, not one part of the <title> ("Blog Name | Headline"). Inside
    the <article> itself two words are enough (a section's label stands above the
    story, a short headline inside it) and the h1 may word the story otherwise
    unless it names the site; in a <main> only, three, sharing a word with the
    <title>'s story part and not naming the site ("Town Times local news archive")."""
    if data.first("og:title") or (data.article is not None and as_text(data.article.get("headline"))):
        return False
    text = text_of(el, 300)
    size = len(text.split())
    if size < (2 if has_ancestor(el, ("article",)) else 3):
        return False
    key = loose_key(text)
    if any(loose_key(part) == key for ref in refs for part in title_parts(ref)[:_MAX_REF_PARTS]):
        return False
    if _unusable_h1(el, text, refs, site_keys) or in_furniture(el) or _in_box(el, _names_overlay):
        return False
    shares = any(_content_words(text) & _content_words(_story_part(ref, site_keys)) for ref in refs)
    if has_ancestor(el, ("article",)):
        return shares or not _names_site(text, site_keys)
    return shares and not _names_site(text, site_keys)


def _story_part(title: str, site_keys: SiteKeys) -> str:
    """A declared title less the parts naming the site; when none does, less its
    last part ("Headline | Site" is the usual order)."""
    parts = title_parts(title)[:_MAX_REF_PARTS]
    kept = [p for p in parts if loose_key(p) not in site_keys and loose_key(p, translit=True) not in site_keys]
    if len(kept) == len(parts) and len(parts) >= 2:
        kept = parts[:-1]
    return " ".join(kept)


def _content_words(text: str) -> set[str]:
    """Words of four letters or more, cut to their first five ("printing" and
    "printers" meet); numbers do not count."""
    return {w[:5] for w in (loose_key(w) for w in text.split()) if len(w) >= 4 and not w.isdigit()}


def _names_site(text: str, site_keys: SiteKeys) -> bool:
    """Whether one to four consecutive words of ``text`` spell a site key
    ("Town Times local news archive" on towntimes.example)."""
    words = [w for w in (loose_key(w) for w in text.split()[:40]) if w]
    for i in range(len(words)):
        joined = ""
        for word in words[i:i + 4]:
            joined += word
            if len(joined) >= 4 and joined in site_keys:
                return True
    return False


def _unusable_h1(el: Any, text: str, refs: list[str], site_keys: SiteKeys) -> str | None:
    """Why an h1 cannot be the headline ("empty", "breadcrumb", "site"; None when it
    can): no text or too much, a breadcrumb's, the site's name or logo."""
    if not text or len(text) > 400:
        return "empty"
    if _in_breadcrumb(el):
        return "breadcrumb"
    if _site_h1(text, refs, site_keys) or _home_h1(el, text, refs):
        return "site"
    return None


def _usable_lone_h1(el: Any, data: Structured, refs: list[str], site_keys: SiteKeys) -> Any:
    """The page's one h1 ``el`` when :func:`_lone_h1` takes it (else None)."""
    if _unusable_h1(el, text_of(el, 300), refs, site_keys) or not _lone_h1(el, data, refs, site_keys):
        return None
    return el


def _lone_h1(el: Any, data: Structured, refs: list[str], site_keys: SiteKeys) -> bool:
    """The page's one h1 is its headline when no og:title or JSON-LD headline is
    declared: a bare <title> is often the site's or section's label (trafilatura
    reads a lone h1 first too). Not when the h1 is one part of the <title>
    ("Blog Name | Headline" with h1 "Blog Name"), nor a short label ("Blog",
    "Press releases") or words of the <title>'s site part standing over a <title>
    that says what the page is (see :func:`_says_more_than_title`)."""
    if data.first("og:title") or (data.article is not None and as_text(data.article.get("headline"))):
        return False
    if in_furniture(el) or _in_box(el, _names_overlay):
        return False  # a form's, a figure's or a cookie / newsletter box's heading
    text = text_of(el, 300)
    key = loose_key(text)
    if any(loose_key(part) == key for ref in refs for part in title_parts(ref)[:_MAX_REF_PARTS]):
        return False
    if refs and _title_shown_in_h2(el, refs):
        return False  # the <title> is shown as the story's h2: the h1 is its section's name
    return not refs or _says_more_than_title(text, refs, site_keys)


_SHOWN_TITLE_SCAN = 30   # h2s read for one that shows the <title>


def _title_shown_in_h2(el: Any, refs: list[str]) -> bool:
    """An h2 of the page says what a declared title says ("<h1>Allergies Health
    Center</h1> ... <h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>" under
    that <title>): the <title> is the story's headline, shown, not a label."""
    for h2 in islice(el.getroottree().iter("h2"), _SHOWN_TITLE_SCAN):
        text = text_of(h2, 300)
        if text and max(similar(text, r) for r in refs) >= 0.8:
            return True
    return False


def _says_more_than_title(text: str, refs: list[str], site_keys: SiteKeys) -> bool:
    """An h1 that does not resemble the <title> is a headline when it shares no
    word with the <title>'s site part (the parts naming the site, else all but
    the longest part): an h1 of the site part's words is the site's name set big.
    A short h1 (one or two words) is a section's or a page kind's label ("Blog",
    "Welcome") only when the <title>'s story part says more than it ("How I
    rebuilt my kitchen - Jane's Blog" over "Blog"); over a <title> whose story
    part is a label itself ("Sports - Example News" over "Messi retires") it is
    the headline."""
    words = _words(text)
    size = len(text.split())
    for ref in refs:
        parts = title_parts(ref)[:_MAX_REF_PARTS]
        if not parts:
            continue
        named = [p for p in parts if loose_key(p) in site_keys or loose_key(p, translit=True) in site_keys]
        story = max([p for p in parts if p not in named] or parts, key=len)
        if size < 3 and len(story.split()) > max(2, size):
            return False
        if len(parts) < 2:
            continue
        longest = max(parts, key=len)
        for part in named or [p for p in parts if p is not longest]:
            if words & _words(part):
                return False
    return True


def _words(text: str) -> set[str]:
    return {w for w in (loose_key(w) for w in text.split()) if len(w) >= 3}


def _declared_titles(data: Structured, site_keys: SiteKeys) -> list[str]:
    """JSON-LD headline, og:title, twitter:title, <title>; not one that is only
    the site's name (it says nothing about the headline)."""
    return [t for t in (as_text(data.article.get("headline")) if data.article is not None else None,
                        data.first("og:title"), data.first("twitter:title"), data.title_tag)
            if t and loose_key(t) not in site_keys]


def _match_score(text: str, refs: list[str]) -> float:
    """How well an h1 matches the declared titles: as a whole, or as one separated
    part of one ("Headline" in "Headline – SEO words" or "Blog : Headline"; a
    lower score, so an h1 equal to a whole title goes first)."""
    score = max(similar(text, r) for r in refs)
    if score < 0.9 and len(text.split()) >= 2:
        for ref in refs:
            if any(similar(text, part) >= 0.9 for part in title_parts(ref)[:_MAX_REF_PARTS]):
                return _PART_SCORE
    return score


_MAX_REF_PARTS = 6
_OVERLAY = re.compile(r"cookie|consent|gdpr|modal|popup|overlay|newsletter|paywall|dialog", re.I)
_PART_SCORE = 0.9
_LOGO_H1 = re.compile(r"logo|site-?(?:title|name)|brand|masthead", re.I)


def _front_page(href: str) -> bool:
    """A link to a site's front page ("/", "https://example.com/"; not "/?p=12")."""
    if not href or href.startswith("#"):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query


def _home_h1(el: Any, text: str, refs: list[str]) -> bool:
    """A theme's site title while a declared title says something else: an h1
    classed as the logo or site title ("<h1 class=logo>"), or whose text is a link
    to a site's front page ("<h1><a href="/" rel="home">Blog Name</a></h1>")."""
    if _LOGO_H1.search(attrs_of(el)):
        return any(loose_key(r) != loose_key(text) for r in refs)
    links = list(islice(el.iter("a"), 3))
    if len(links) != 1 or text_of(links[0], 300) != text:
        return False
    link = links[0]
    href = (link.get("href") or "").strip()
    if "home" not in (link.get("rel") or "").lower().split() and not _front_page(href):
        return False
    return any(loose_key(r) != loose_key(text) for r in refs)


def _site_h1(text: str, refs: list[str], site_keys: SiteKeys) -> bool:
    """An h1 that is only the site's name (a theme's site title, "Blog Name") while
    a declared title says something else: it would match the "Title | Blog Name"
    <title> as well as the story's own h1 does."""
    if not site_keys or loose_key(text) not in site_keys:
        return False
    return any(loose_key(r) not in site_keys for r in refs)


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


def _emphasised_headline(doc: Any, title_tag: str, site_first: bool = False, site_keys: SiteKeys = frozenset()) -> Any:
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
        head = _SITE_HEAD.match(whole[:len(whole) - len(text)]) if site_first and key.endswith(line) else None
        if head is not None and (2 * len(text) > len(whole) or is_site_name(head.group(1), set(site_keys), title_part=True)):
            # (a bold line ending the title may be the site's name, "Headline :: Site Name" with the
            # name set bold: a line shorter than the rest only where the rest names the site,
            # "Long Site Name :: Short Headline")
            return el
    return None


_SITE_TAIL = re.compile(r"\s+(?:[|\-–—»·•]|::)\s+\S.{0,60}$")
# A CJK title's site name after a mark with no spaces ("标题_新华网", "标题-人民网新闻中心")
_CJK_SITE_TAIL = re.compile(r"[-_－|｜丨]\s*[\u3400-\u9fff]\S{0,30}$")


def _site_tail(line: str, tail: str) -> bool:
    """Whether ``tail``, the rest of the <title> after a line that opens it, is a
    separator and a short site name; after a CJK line, the mark needs no spaces."""
    return bool(_SITE_TAIL.match(tail)) or (han_kana_words(line[-2:]) == 1 and bool(_CJK_SITE_TAIL.match(tail)))
# ... or the site's name first: "Site Name :: Headline", "Site Name | Headline", "Site: Headline"
_SITE_HEAD = re.compile(r"^(\S.{0,60}?)(?:\s+(?:[|\-–—»·•]|::)|:)\s+$")


_CRUMB = re.compile(r"breadcrumb", re.I)


def _in_breadcrumb(el: Any) -> bool:
    """An h1 inside a nav bar or breadcrumb trail: an SEO copy of a declared
    title, not the headline shown above the story."""
    for depth, node in enumerate((el, *el.iterancestors()), 0):
        if depth > 5 or node.tag in ("article", "main", "body"):
            return False  # a trail never wraps the story
        if node.tag == "nav" or _CRUMB.search(node.get("class") or ""):
            return True
    return False


def _headline_core(el: Any) -> str | None:
    """The headline proper when the element is a label block followed by the
    headline block ("<span>Kicker</span><span>Headline</span>"); hidden
    separators (": ", " - ") between them are skipped. None otherwise."""
    if (el.text or "").strip() or len(el) > 4:
        return None
    if len(el) < 2 or LETTERS.search(el[0].tail or ""):
        return _label_and_text(el)
    blocks = []
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if LETTERS.search(child.tail or ""):
            # loose text after a box: "<small>Kicker</small><br>Headline" is a label
            # box before the headline's text, other inline markup is no label
            return _label_and_text(el)
        text = text_of(child, 300)
        if LETTERS.search(text):
            blocks.append(text)
    if len(blocks) < 2 or len(blocks[0]) > 60 or len(" ".join(blocks[1:]).split()) < 3:
        return None
    return " ".join(blocks[1:])


_UNSHOWN = frozenset({"script", "style", "template", "noscript"})
_MAX_HEADLINE_EVENTS = 4_000
_BREAKS = frozenset({"br", "div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6"})


def _line_text(el: Any, whole: str, limit: int = 300) -> str:
    """A header line's text (``whole``, as read) for its byline, without the text
    of a script or style inside it (an old template's byline box writes its byline
    again for its scripts: "By <b>Ed Hornick</b>, CNN<script>cnnAuthor = "By Ed
    Hornick, CNN";</script>", read as the writers "Ed Hornick", 'CNN"' and "if").
    Within :data:`_LINE_NODES` nodes: every header line, each box around the byline
    too, is read so (a page nesting thousands of empty nodes in its header walked
    them once per box); ``whole`` when no script opens in them, "" when the text
    around a script runs past them."""
    if not any(node.tag in _UNSHOWN for node in islice(el.iter(), _LINE_NODES)):
        return whole
    pieces: list[str] = []
    size = skip = 0
    for n, (event, node) in enumerate(etree.iterwalk(el, events=("start", "end"))):
        if n >= 2 * _LINE_NODES:
            return ""
        unshown = node.tag in _UNSHOWN
        if event == "start":
            skip += unshown
            piece = node.text if not skip and isinstance(node.tag, str) else None
        else:
            skip -= unshown
            piece = node.tail if not skip and node is not el else None
        if piece:
            pieces.append(piece)
            size += len(piece) + 1
            if size > limit * 4:
                return ""
    return " ".join(" ".join(pieces).split())


_LINE_NODES = 500  # nodes of a header line read for its script's text


def headline_text(el: Any, limit: int = 400) -> str:
    """The headline as shown: a line break or block inside it is a space ("Kicker<br>
    Headline"), CSS or script text in it is left out (CSS-in-JS puts ``<style>``
    inside the heading); "" when it holds more than ``4 * limit`` characters."""
    pieces: list[str] = []
    size = 0
    skip = 0
    for n, (event, node) in enumerate(etree.iterwalk(el, events=("start", "end"))):
        if n > _MAX_HEADLINE_EVENTS:
            return ""  # thousands of (empty) elements: no headline
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            skip += tag in _UNSHOWN
            text = " " if tag in _BREAKS else ""
            text += (node.text or "") if not skip and tag else ""
        else:
            skip -= tag in _UNSHOWN
            text = " " if tag in _BREAKS else ""
            text += (node.tail or "") if node is not el and not skip else ""
        size += len(text)
        if size > limit * 4:
            return ""
        pieces.append(text)
    return " ".join("".join(pieces).split())


# Class words naming a kicker box ("h1small": a part of the heading set small).
_KICKER_CLASS = re.compile(r"kicker|label|overline|eyebrow|topline|dachzeile|roofline|"
                           r"sub-?title|subline|pre-?title|super-?title|h1-?small", re.I)
# Section and tag names set as a box at the head of the heading ("<span class=category>
# Politics</span> Mayor quits ..."): a class token ending in the word ("category",
# "article-rubric", "post_section"), so "topic-link" or "channel-link" (a link opening
# the sentence: "<a class=topic-link>Brexit</a> deal passes") is none, nor are
# "stage", "tagline", "sections".
_SECTION_CLASSES = frozenset({"category", "categorie", "kategorie", "tag", "rubric", "rubrik",
                              "rubrique", "topic", "section", "ressort", "channel"})
_CLASS_PART_SEPARATORS = re.compile(r"[-_]")


def _kicker_class(classes: str) -> bool:
    return bool(_KICKER_CLASS.search(classes)) or any(
        _CLASS_PART_SEPARATORS.split(token)[-1].lower() in _SECTION_CLASSES for token in classes.split())


def _label_and_text(el: Any) -> str | None:
    """The headline after a label set apart in its own box: "<small>Kicker</small>
    <br>Headline", "<span class=subtitle>Kicker</span> Headline" (also inside one
    wrapping span). A box is set apart by a line break or block after it, or by a
    class naming it a kicker; other inline markup opening the heading ("<span
    class=brand>Apple</span> unveils ...", "<em>The Crown</em> season seven")
    runs on into the sentence and is no label."""
    for _ in range(2):  # <h1><span class=title><small>..</small><br>..</span></h1>
        if len(el) != 1 or (el.text or "").strip() or LETTERS.search(el[0].tail or ""):
            break
        el = el[0]
    if (el.text or "").strip() or not len(el) or not isinstance(el[0].tag, str):
        return None
    label = el[0]
    after = label.getnext()
    set_apart = not LETTERS.search(label.tail or "") and (
        label.tag in _BREAKS or (after is not None and after.tag in _BREAKS))
    boxed = set_apart or _kicker_class(label.get("class") or "")
    kicker, full = text_of(label, 300), text_of(el, 300)
    if not boxed or not LETTERS.search(kicker) or len(kicker) > 60 or not full.startswith(kicker):
        return None
    rest = full[len(kicker):].strip()
    if not set_apart and rest[:1].islower():  # boxed by class alone, the sentence runs on
        return None
    return rest if len(rest.split()) >= 3 else None


# two cheap contains() tests, narrowed in Python (four in XPath cost ~3 ms on a big page)
# (and an <h3> in the article's own header: some React templates set the headline so,
# "<article><header><h3>Headline</h3><div>28. Jan. 2022 Jane Doe</div>")
_TITLE_LIKE = ("/descendant::h2|/descendant::*/@class[contains(., 'title') or contains(., 'headline')]/..|"
               "/descendant::article/descendant::header/descendant::h3")
_TITLE_CLASS = re.compile(r"entry-title|post-title|article-title|headline")
_MINUTES = re.compile(r"\d\s*-?\s*min|min[^\W\d]*\s*\d|\d\s*минут|PT\d", re.I)


def scan_header(doc: Any, found: tuple[Any, bool], language: str | None, host: str | None = None,
                menus: MenuLinks | None = None) -> HeaderScan:
    """Read byline, date, reading time, section and tags near the headline (``host``:
    the page's, whose links may open its section listings; ``menus``: its menus' links)."""
    scan = HeaderScan()
    headline, is_title = found
    if headline is None:
        return scan
    if is_title:
        scan.headline = headline_text(headline) or None
        scan.headline_core = _headline_core(headline)
        scan.headline_labelled = scan.headline_core is not None and scan.headline_core == _label_and_text(headline)
        scan.headline_marked = headline.tag == "h1" and marked_title(headline)
    _scan_after(headline, scan, language)
    if not scan.authors:
        _byline_above(headline, scan, language)
    scan.section = header_section(headline, host, menus) or scan.section
    if scan.time_datetime is None and scan.date_text is None:
        _scan_date_before(headline, scan, language)
    elif scan.time_element is not None and not _publication_box(scan.time_element):
        _marked_time_before(headline, scan)
    elif (scan.time_datetime is None and scan.date_element is not None
          and not _publication_box(scan.date_element)):
        _marked_time_before(headline, scan, language, printed=True)
    if scan.time_datetime is None and scan.update_marked is not None and (
            scan.date_text is None or (scan.date_element is not None
                                       and not _dateline_mark(scan.date_element, scan.update_marked[2]))):
        scan.date_text, scan.date_raw, scan.date_element = scan.update_marked  # the header's one dateline
    scan.dek = _find_dek(headline, scan)
    return scan


def _scan_after(headline: Any, scan: HeaderScan, language: str | None) -> None:
    """The lines after the headline, up to the story text, the next headline or
    a nested <article>: byline, dateline, "Updated" line, reading time."""
    long_paragraphs = 0
    memo: dict[Any, bool] = {anc: False for anc in headline.iterancestors()}
    around = set(memo)
    memo[headline] = False
    after_done = 0
    # A headline outside any <article> (a CMS page-title block above the node) may
    # read on into the first <article> after it, unless that one has its own h1;
    # any other <article> (a nested card, a comment, a teaser) ends the header.
    # The story's <article> ends the header too: short paragraphs never end the
    # scan, and a "more stories" box after </article> holds other stories' lines.
    story = next(headline.iterancestors("article"), None)
    entered = story is not None
    if story is not None and _headline_box(story, headline):
        story = None  # an <article> round the headline alone: the byline may follow it
    inside: dict[Any, bool] = {}
    for el in following(headline, _WINDOW_AFTER):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "h1" or (story is not None and not _within(el, story, inside)):
            break
        # a teaser card in a sidebar between the headline and the byline is
        # furniture, not the next story: it neither ends the header nor dates it
        furniture = in_furniture(el, memo)
        if furniture and not scan.authors and _byline_in_aside(el):
            _aside_byline(scan, el)
        if tag == "article" and not furniture and not _story_module(el):
            if entered or next(el.iter("h1"), None) is not None:
                break
            entered, story = True, (None if _short_box(el) else el)  # a card: no story to end at
        if tag == "time" and scan.time_datetime is None and not furniture:
            _read_time_element(scan, el)
            if scan.time_datetime is not None and _in_skipped_region(el, around, OTHER_REGION):
                scan.time_datetime = scan.date_raw = None  # another page's date
        if furniture or tag not in _TEXT_TAGS:
            continue
        if scan.authors and (scan.date_text or scan.time_datetime):
            after_done += 1
            if after_done > 12:
                break
        attrs = attrs_of(el)
        if attrs and _SKIP_HINT.search(attrs) and (not AUTHOR_HINT.search(attrs) or _COMMENT.search(attrs)):
            continue  # ("comment-author": a commenter, not the story's author)
        if len(el) > 12 and tag != "time":
            continue  # a container: its children are read one by one
        text = text_of(el, 300, " ")
        if not text:
            continue
        scan.first_line = scan.first_line or text
        if tag == "p" and len(text) > 200:
            long_paragraphs += 1
            if long_paragraphs >= 2:
                break
            scan.story_begun = scan.as_of_text is not None  # (a "Stand:" row was the date row)
            continue
        _read_header_line(scan, el, (text, attrs), language, around, long_paragraphs)


def _read_header_line(scan: HeaderScan, el: Any, line: tuple[str, str], language: str | None,
                      around: set[Any], long_paragraphs: int) -> None:
    """A short line of the header (``line``: its text and attributes), then a
    bare-text byline after it while no long paragraph has begun the story."""
    text, attrs = line
    if len(text) <= 250:
        _read_own_line(scan, el, text, attrs, language, around)
    if not scan.authors and not long_paragraphs:
        _tail_byline(scan, el, language, around)


# A bare text's by-word opening: "by Jane Doe / January 19, 2017 /".
_TAIL_BY = re.compile(r"(?:by|von|par|por)\s+\S", re.IGNORECASE)
_TAIL_AFTER = frozenset({"h2", "h3", "h4", "h5", "h6", "p"})
_MAX_TAIL_NAMES = 3


def _tail_byline(scan: HeaderScan, el: Any, language: str | None, around: set[Any]) -> None:
    """A byline printed as bare text right after the headline's standfirst, in no
    element of its own ("<h3 class=subtitle>..</h3> by Jane Doe / January 19, 2017 /"
    in a WordPress theme's post-info box): read only as a by-word line opening the
    text after a heading or paragraph, naming up to three people, outside related
    lists and comments."""
    if el.tag not in _TAIL_AFTER or (parent := el.getparent()) is None:
        return
    tail = " ".join((el.tail or "").split())
    if not tail or len(tail) > 120 or not _TAIL_BY.match(tail) or not looks_like_byline(tail):
        return
    _read_own_line(scan, parent, tail, "", language, around)
    if len(scan.authors) > _MAX_TAIL_NAMES or any(len(n.split()) < 2 for n in scan.authors):
        scan.authors, scan.byline_raw = [], None
    elif scan.authors and scan.date_text is None and not scan.story_begun:
        _tail_date(scan, parent, tail, language)


def _tail_date(scan: HeaderScan, box: Any, tail: str, language: str | None) -> None:
    """The date of a bare-text byline (:func:`_tail_byline`: "by Jane Doe / January
    19, 2017 /"): its box's text opens with the standfirst, so the box's line puts
    the date too deep to be a dateline's; the byline's own text prints it."""
    dated = find_date_span(tail, language)
    if dated is None or other_label(tail[:dated[1]]) or _labels_update(tail):
        return
    parts = [part.strip(_RUN_EDGES) for part in _with_their_times(_RUN_SEPARATORS.split(tail))]
    shown = [part for part in parts if (found := find_date_span(part, language)) and found[0][:10] == dated[0][:10]]
    scan.date_text, scan.date_raw, scan.date_element = dated[0], tail, box
    scan.date_shown = min(shown, key=len) if shown else None


_ASIDE_DEPTH = 4


def _byline_in_aside(el: Any) -> bool:
    """An author-marked box in an <aside> beside the story's text ("<aside
    class=article__aside><div class=article__byline>05.06.2025 von X"): news
    templates set the byline in the text's margin so. Not a widget's, a related
    list's or a comment's aside, nor one inside other furniture (a figure)."""
    if not isinstance(el.tag, str) or not AUTHOR_HINT.search(attrs_of(el, MAX_ATTR_CHARS)):
        return False
    for anc in islice(el.iterancestors(), _ASIDE_DEPTH):
        if anc.tag == "aside":
            attrs = attrs_of(anc, MAX_ATTR_CHARS)
            parent = anc.getparent()  # (the aside's own tag is furniture: its ancestors are asked)
            return not (_OTHER_STORIES.search(attrs) or _WIDGET.search(attrs) or parent is None
                        or in_furniture(parent))
        if anc.tag in _FURNITURE_TAGS:
            return False
    return False


# An author class of someone else's role in a box beside the text: a reviewed book's
# author, an expert's or an interviewee's card, a pull quote's source (review 20).
_OTHER_ROLE = Caseless(r"book|buch|expert|quote|zitat|person|interview")


def _aside_byline(scan: HeaderScan, el: Any) -> None:
    """The byline of an author box in the story's <aside> (:func:`_byline_in_aside`);
    its dates are left to the header's other lines. The box must say it names the
    writer: a by-word or an author label ("von X", "Autor: X") or a link to an author
    page; a class alone is a book's, an expert's or a quote's author as often. Never
    one word alone ("Zur Person: Lena Vogt" read as "Zur")."""
    text = text_of(el, 300, " ")
    if not text or len(text) > 250 or len(el) > 12 or _OTHER_ROLE.search(attrs_of(el, MAX_ATTR_CHARS)):
        return
    if not (looks_like_byline(text) or any(author_link(a) for a in islice(el.iter("a"), 12))):
        return
    _byline(scan, text, attrs_of(el), el)
    if any(len(name.split()) < 2 for name in scan.authors):
        scan.authors, scan.byline_raw = [], None
    scan.byline_aside = bool(scan.authors)


def _read_own_line(scan: HeaderScan, el: Any, text: str, attrs: str, language: str | None,
                   around: set[Any]) -> None:
    """:func:`_read_line`, but a byline or date found in (or as) a related list, a
    widget or a comment thread not holding the headline (``around``) is dropped."""
    dated = scan.date_text is not None
    _read_line(scan, el, text, attrs, language)
    if scan.authors and scan.byline_raw == text and _in_skipped_region(el, around):
        scan.authors, scan.byline_raw = [], None  # a related story's or a comment's byline
    if scan.date_text and (not dated or scan.date_raw == text) and (
            _in_skipped_region(el, around, OTHER_REGION) or _teaser_date(el)):
        scan.date_text = scan.date_raw = scan.date_shown = scan.date_element = None  # a widget's, a related story's or a comment's date


_TEASER_WORDS = 3  # words of a link's text that make it another story's headline


def _teaser_date(el: Any) -> bool:
    """A date printed right after a link to another story, nothing but spaces between
    ("<a href=/2024/05/x.html>Council approves the budget</a> <font>(13.10.2024)</font>",
    an old site's list of other stories in its section, with no class naming it):
    that story's date. Not a link of one or two words (a writer's name, a place)."""
    prev = el.getprevious()
    if prev is None or prev.tag != "a" or (prev.tail or "").strip() or not (prev.get("href") or "").strip():
        return False
    return len(text_of(prev, 200).split()) >= _TEASER_WORDS and not AUTHOR_HINT.search(attrs_of(prev))


def _within(el: Any, box: Any, memo: dict[Any, bool]) -> bool:
    """``el`` lies inside ``box`` (``memo``: answers so far, so that a walk in
    document order climbs each ancestor chain once)."""
    memo.setdefault(box, True)
    path = []
    node = el
    while node is not None and node not in memo:
        path.append(node)
        node = node.getparent()
    found = node is not None and memo[node]
    for seen in path:
        memo[seen] = found
    return found


def _in_skipped_region(el: Any, stop: set[Any], region: Caseless = _OTHER_STORIES) -> bool:
    """Inside (or itself) a related-stories list, a teaser or a comment thread
    (``region``: the class or id words naming one) that does not hold the headline
    (``stop``: the headline's ancestors)."""
    for node in (el, *islice(el.iterancestors(), 10)):
        if node in stop:
            return False
        attrs = " ".join(filter(None, (node.get("class"), node.get("id"))))
        if attrs and region.search(attrs):
            return True
    return False


# The sentence broadcasters print by a story to name the programme that covered its
# topic and when it aired: "Über dieses Thema berichtete die tagesschau am <date>"
# (the ARD's sites: tagesschau.de, br.de, ndr.de, mdr.de, swr.de, wdr.de, hr.de),
# "Dieses Thema im Programm: MDR AKTUELL | <date>", "Sendung vom", "aired on",
# "broadcast on": the airing's day, which may be before or after the page's.
# The note's words run up to the <time>: a by-word's "am" / "on" ends them ("berichtete X
# am", "aired on BBC One on"), and no separator of a byline's parts ("·", "|") stands
# between ("Anna Müller berichtet aus Kiew · <time>", "By Jane Doe, broadcast
# journalist · <time>": a correspondent's dateline, the page's own date).
_BROADCAST_NOTE = re.compile(r"(?:\b(?:berichtet(?:e|en)?|gesendet|ausgestrahlt)\b[^.!?·|•]{0,80}\bam"
                             r"|\b(?:aired|broadcast)\b[^.!?·|•]{0,80}\b(?:on|at)"
                             r"|\bsendung\s+vom)\s*:?\s*$"
                             r"|\bim\s+programm\b[^.!?]{0,80}$", re.I)
_BEFORE_CHARS = 200  # characters of the line before a <time> read for its label
_BEFORE_SIBLINGS = 12  # elements before it in its parent read for them (a line holds few)


def _airing(before: str) -> bool:
    """Whether a line's words before its date are a broadcast note's ("Aired on BBC
    One on 1 January 2024" printed in one element: the airing's day, as in a <time>
    after the words, :func:`_in_broadcast_note`)."""
    before = before[-_BEFORE_CHARS:]
    return bool(before.strip()) and _BROADCAST_NOTE.search(" ".join(before.split())) is not None


def _in_broadcast_note(el: Any) -> bool:
    """Whether the words before ``el`` in its parent's line (its parent's text and
    its preceding siblings', at most :data:`_BEFORE_CHARS` characters and
    :data:`_BEFORE_SIBLINGS` elements) end in a broadcast note's
    (:data:`_BROADCAST_NOTE`): ``el`` dates an airing."""
    parent = el.getparent()
    if parent is None:
        return False
    parts: list[str] = []
    size, whole = 0, True
    for count, sib in enumerate(el.itersiblings(preceding=True)):
        if count >= _BEFORE_SIBLINGS or size >= _BEFORE_CHARS:
            whole = False  # the line's start is further back: its words there are not read
            break
        shown = text_of(sib, _BEFORE_CHARS, " ") if isinstance(sib.tag, str) else ""
        piece = " ".join(filter(None, (shown, (sib.tail or "")[-_BEFORE_CHARS:])))
        parts.append(piece)
        size += len(piece)
    if whole:
        parts.append((parent.text or "")[-_BEFORE_CHARS:])
    return _airing(" ".join(reversed(parts)))


def _read_time_element(scan: HeaderScan, el: Any) -> None:
    """A <time datetime> that is not an "updated" stamp (by its markup or its
    printed label, "Updated Nov 19, 9:41 AM") nor an airing's in a broadcast note
    (:func:`_in_broadcast_note`): the publication time."""
    value = normalise_date(el.get("datetime") or "")
    shown = text_of(el, 100)
    if value and not _UPDATED_HINT.search(attrs_of(el)) and not _in_broadcast_note(el) and not (
            _UPDATED_LABEL.match(shown) and not _PUBLISHED_HINT.search(shown)) and not _in_update_box(el):
        scan.time_datetime, scan.time_element = value, el
        scan.date_raw = scan.date_raw or shown or el.get("datetime")


_LABEL_CHARS = 40  # characters of the box's text before a <time> read for its label


def _in_update_box(el: Any) -> bool:
    """Whether the <time> ``el`` is an update's by its box: the box holding it is
    marked as an update's and not also as the publication's (WordPress's block
    theme: "<div class='wp-block-post-date__modified-date wp-block-post-date'>"),
    or the box's text right before it is an "updated" label ("<div>Last updated
    <time datetime=...>"; Dutch "Laatst gewijzigd"). Themes print such a box before
    the post's own date as often as after it."""
    parent = el.getparent()
    if parent is None:
        return False
    marks = attrs_of(parent)
    if marks and _UPDATED_HINT.search(marks) and not _PUBLISHED_HINT.search(marks):
        return True
    before = el.getprevious()
    label = ((before.tail if before is not None else parent.text) or "")[-_LABEL_CHARS:]
    found = _UPDATED_LABEL.search(label)
    return found is not None and not label[found.end():].strip() and not _PUBLISHED_HINT.search(label)


def _read_line(scan: HeaderScan, el: Any, text: str, attrs: str, language: str | None) -> None:
    """One short line of the header: each field not found yet is looked for in it."""
    tag = el.tag
    if not scan.authors or scan.byline_dated:  # a by-word byline after a bare dateline's name wins
        _byline(scan, _line_text(el, text), attrs, el, language)
    date_like = len(text) < 160 and (tag == "time" or _DATE_HINT.search(attrs) or len(el) <= 3)
    update_box = _marked_update(el, attrs)
    other_stamp = update_box or (tag == "time" and _in_broadcast_note(el))
    if update_box and scan.update_marked is None and date_like and not scan.story_begun:
        dated = find_date_span(text, language)
        if dated is not None and dated[1] == 0:
            scan.update_marked = (dated[0], text, el)
    unlabelled = scan.date_text is None and date_like and not scan.story_begun and not other_stamp and (
        not _labels_update(text) or _PUBLISHED_HINT.search(text))  # (asked only of a line to date)
    if (scan.date_text is None and date_like and not scan.story_begun and not other_stamp
            and (unlabelled or ((tag != "time" or el.get("datetime") is None)
                                and _own_date_before_update(el, text, language)))):
        inner = _marked_inside(el)
        line = _without_captions(inner, _without_update_stamps(inner, text))
        line = _past_update(_without_other_stories(inner, line, language), language)
        if not unlabelled:
            line = _before_update(line, language) or line
        dated = find_date_span(line, language)
        # a dateline starts with its date, or with a short label or a
        # byline; a date deep inside a sentence is a caption or a story
        if dated and (dated[1] <= 30 or looks_like_byline(line) or _DATE_HINT.search(attrs) or tag == "time"
                      or _document_dateline(line, dated)) and not other_label(line[:dated[1]]) \
                and not _date_in_sentence(line, dated[1], tag, attrs) and not _airing(line[:dated[1]]):
            scan.date_text, scan.date_raw, scan.date_element = dated[0], line, el
            scan.date_shown = _own_date_text(el, line, dated, language)
    if scan.updated_text is None and date_like:
        scan.updated_text = _updated_date(text, language) or scan.updated_text
        if scan.updated_text is not None and _AS_OF.match(text) and (
                _header_row(el) or (scan.first_line or "").startswith(text)):
            scan.as_of_text = scan.updated_text
    if scan.reading_minutes is None and len(text) < 160 and _MINUTES.search(text):
        scan.reading_minutes = parse_reading_time(text)
    if scan.section is None and len(text) < 200:
        section = printed_section(text)
        scan.section = None if section and _joins_links(el, section) else section


def _joins_links(el: Any, section: str) -> bool:
    """Whether the ``section`` a line printed joins the texts of two or more of its
    links: a list of every category ("Categories Sport World Arts", a sidebar's
    ``widget_categories``), no single section."""
    words = section.split()
    found = 0
    for link in islice(el.iter("a"), 20):
        name = text_of(link, 40).split()
        if name and any(words[i:i + len(name)] == name for i in range(len(words))):
            found += 1
    return found >= 2


_OWN_DATE_DEPTH = 40  # elements of a dateline's line searched for the one holding its date alone


def _own_date_text(el: Any, line: str, dated: tuple[str, int], language: str | None) -> str:
    """The text of the element inside the dateline ``el`` that prints its date
    ``value`` alone (the shortest that gives the same value: "22 kwietnia 2021" in
    "#Topic <span>22 kwietnia 2021</span> 4 min read"; ``dated``: the line's date and
    where it starts), else ``line``: the
    provenance's raw date is the date as printed, not the row around it. The line
    stays when it names the date's publication or update or another event ("Posted",
    "Updated", "Release:"), which the settling of the day reads."""
    value = dated[0]
    if names_publication(line) or _labels_update(line) or other_label(line[:dated[1]]):
        return line
    best = line
    for own in _own_texts(el):
        if len(own) < len(best) and (found := find_date_span(own, language)) is not None and found[0] == value:
            best = own
    return best


def _own_texts(el: Any) -> Iterator[str]:
    """The texts of the elements inside ``el`` and the parts of its plain text runs
    between them ("22 kwietnia 2021" in "<a>#Topic</a> 22 kwietnia 2021 <span>4
    min</span>", "March 3, 2024" between two ``<br>``, "3. August 2015" of "3. August
    2015 · Filed under <a>...</a>"), each with its spaces collapsed."""
    runs = [el.text] if el.text else []
    for child in islice(el.iterdescendants(), _OWN_DATE_DEPTH):
        if isinstance(child.tag, str):
            yield text_of(child, 100)
        if child.tail:
            runs.append(child.tail)
    for run in runs:
        for part in _with_their_times(_RUN_SEPARATORS.split(" ".join(run[:200].split()))):
            part = _RUN_BY_END.sub("", part.strip(_RUN_EDGES))
            if part:
                yield part


def _with_their_times(parts: list[str]) -> list[str]:
    """A text run's parts (split with their separators kept), each joined to the bare
    time printed after it, or else before it: "June 3, 2024 · 10:30 AM" and "21:54 |
    19 January 2017" are one date each, not a day and a time apart. A part that prints
    its own time keeps it alone ("13:15 Uhr - 19:00 Uhr" is an event's hours).

    >>> _with_their_times(_RUN_SEPARATORS.split("Jane Doe · June 3, 2024 · 10:30 AM · 3 min read"))
    ['Jane Doe', 'June 3, 2024 · 10:30 AM', '3 min read']
    >>> _with_their_times(_RUN_SEPARATORS.split("30. März 2020, 13:15 Uhr - 19:00 Uhr"))
    ['30. März 2020, 13:15 Uhr', '19:00 Uhr']
    >>> _with_their_times(_RUN_SEPARATORS.split("by Jane Doe / 21:54 | 19 January 2017 /"))
    ['by Jane Doe', '21:54 | 19 January 2017 /']
    """
    joined: list[str] = []
    waiting = ""  # a bare time and its separator, before the date it goes with
    for i in range(0, len(parts), 2):
        part = parts[i]
        if _BARE_TIME.match(part.strip()):
            if joined and _timeless_date(joined[-1]) and not waiting:
                joined[-1] += parts[i - 1] + part
                continue
            if i + 2 < len(parts) and _timeless_date(parts[i + 2]):
                waiting = part + parts[i + 1]
                continue
        joined.append(waiting + part)
        waiting = ""
    return joined


def _timeless_date(part: str) -> bool:
    """Whether a text run's part holds a number (a date's) and no time of its own."""
    return _DIGIT.search(part) is not None and _HAS_TIME.search(part) is None


# A text run's parts: separated by a bar, a dot or a spaced slash or dash ("· Filed
# under", "/ Keine Kommentare"; not the dashes and slashes of "2018-09-16", "03/05/2024").
_RUN_SEPARATORS = re.compile(r"(\s*[|·•]\s*|\s+[/–—-]\s+)")  # (kept: a time's part joins its date's)
# A part that is a time alone ("10:30 AM", "14:35 Uhr", "9.05 pm EDT").
_BARE_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?\s*(?:\(?[A-Z]{2,5}\)?)?$",
                        re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_HAS_TIME = re.compile(r"\d{1,2}[:h]\d{2}(?!\d)|\buhr\b|\b[ap]\.?m\b", re.IGNORECASE)
_RUN_EDGES = " ,;:/|·•–—-"
_RUN_BY_END = re.compile(r"\s+(?:by|von|par|por|door)$", re.IGNORECASE)  # "... 7:45 am PST by <a>Joe</a>"


def _dateline_mark(el: Any, update: Any) -> bool:
    """Whether ``el``, a date's line read after a box marked as an update's
    (``update``), may be a dateline: anything but a plain paragraph of running text
    (a ``<p>`` with no class or id, longer than a date line: the story's "On 1
    April 2024 the council ..."), or printed right after the update's box ("<time
    class=updated>May 3</time><span>May 4</span>"). Where the header prints no
    other dateline, the update box's date is the page's (hAtom's "updated" is as
    often a theme's only date)."""
    return (el.tag != "p" or bool(attrs_of(el)) or len(text_of(el, 100, " ")) <= _BARE_DATE_LINE
            or any(sib is el for sib in islice(update.itersiblings(), 3)))


def _marked_update(el: Any, attrs: str) -> bool:
    """A ``<time>`` or a box with no elements inside marked as an update's by its
    class or id ("updated", "date-modified"), not also as the publication's
    (WordPress marks an unrevised post's one date "entry-date published
    updated"): its printed date is a revision's, which :func:`_read_time_element`
    already passes over in its ``datetime`` ("<time class=updated>29. Dezember
    2022</time><time class='entry-date published'>30. Dezember 2022</time>": a
    post scheduled the day before it went up, the update's stamp printed first)."""
    return ((el.tag == "time" or len(el) == 0) and bool(attrs) and bool(_UPDATED_HINT.search(attrs))
            and not _PUBLISHED_HINT.search(attrs))


_MACHINE_STAMP = re.compile(r"\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _past_update(line: str, language: str | None) -> str:
    """The line from its publication label on when it opens with a labelled
    "Updated" date and names the publication after it ("Mis à jour le 14/05/2023 |
    Publié le 12/05/2023", "Last updated on May 14, 2023 | Posted on May 12,
    2023"): themes print the latest change first; its date is no dateline.

    >>> _past_update("Aktualisiert: 14.05.2023, 09:12 Publiziert: 12.05.2023", "de")
    'Publiziert: 12.05.2023'
    >>> _past_update("Publié le 12/05/2023, mis à jour le 14/05/2023", "fr")
    'Publié le 12/05/2023, mis à jour le 14/05/2023'
    >>> _past_update("Stand: 14.05.2023 (Erstveröffentlichung: 12.05.2023)", "de")
    'Erstveröffentlichung: 12.05.2023'
    >>> _past_update("Last updated on May 14, 2023 | Posted by Margaret Roberts-Smith on May 12, 2023", "en")
    'Posted by Margaret Roberts-Smith on May 12, 2023'
    """
    update = _UPDATED_LABEL.search(line) if _UPDATED_HINT.search(line) else None  # (see _updated_date)
    if update is None or _PUBLISHED_WORDS.search(line[:update.start()]):
        return line
    first = find_date_span(line, language)
    if first is None or not 0 <= first[1] - update.end() <= _LABEL_TO_DATE:
        return line  # the first date is not the update's
    published = _PUBLISHED_WORDS.search(line, update.end())
    start = published.start() if published is not None else len(line)
    while start > update.end() and line[start - 1].isalpha():  # the label's whole word ("Erstveröffentlichung")
        start -= 1
    rest = _without_open_bracket_end(line[start:]) if published is not None else ""
    own = find_date_span(rest, language) if rest else None
    near = own is not None and (own[1] <= _LABEL_TO_DATE + 12 or _BYLINE_GAP.fullmatch(rest[:own[1]]) is not None)
    return rest if near else line


# A byline or a category between the publication label and its date: "Posted by
# Margaret Roberts-Smith on", "Published by X and Y on", "Posted in World News on"
# (WordPress themes), "Veröffentlicht von X am", "Publié par X le", "Publicado por X el".
# The name part is at most 60 characters and neither starts nor ends with a space,
# so no run of spaces can be split between quantifiers in more than one
# way: linear (a page's run of 5,000 spaces takes well under a millisecond).
_BYLINE_GAP = re.compile(r"[^\W\d_]+\s+(?:by|in|under|von|par|por|door|przez)\s+"
                         r"[^|•·\n\d\s](?:[^|•·\n\d]{0,58}[^|•·\n\d\s])??,?\s+"
                         r"(?:(?:on|am|le|el|em|il|op|at)\s*)?", re.IGNORECASE)


def _without_open_bracket_end(text: str) -> str:
    """``text`` without the closing brackets at its end that close nothing in it: the
    part of a line after a label the bracket opened before ("Stand: ...
    (Erstveröffentlichung: 12.05.2023)")."""
    text = text.rstrip()
    unclosed = {")": text.count(")") - text.count("("), "]": text.count("]") - text.count("[")}
    while text[-1:] in unclosed and unclosed[text[-1]] > 0:
        unclosed[text[-1]] -= 1
        text = text[:-1].rstrip()
    return text


def _own_date_before_update(el: Any, text: str, language: str | None) -> bool:
    """Whether the line prints its publication date before its "Updated" label, in
    the element's own text (a box whose dates sit in child elements has them read
    one by one)."""
    own = (el.text or "")[:300]
    return _before_update(text, language) is not None and find_date_span(own, language) is not None


def _before_update(line: str, language: str | None) -> str | None:
    """The line up to its "Updated" label when a date comes before it, the
    publication printed first ("12/05/2023 10h00 Atualizado em 14/05/2023",
    "May 12, 2023 Updated: May 14, 2023"); ``None`` when no date does.

    >>> _before_update("12 maja 2023, 10:00 Aktualizacja: 14 maja 2023, 09:00", "pl")
    '12 maja 2023, 10:00'
    >>> _before_update("Updated: May 14, 2023", "en") is None
    True
    >>> _before_update("May 14, 2023 10:00 AM ET (Updated)", "en") is None
    True
    >>> _before_update("12/05/2023 10h00 Atualizado há 2 dias", "pt")
    '12/05/2023 10h00'

    An update printed as a time alone ("Actualizado a las 15:10h", "Updated at 3:10
    PM", "aktualisiert um 15:10 Uhr") is a later hour of a day, the date before the
    label the publication's:

    >>> _before_update("sábado, 25 de abril de 2026 Actualizado a las 15:10h.", "es")
    'sábado, 25 de abril de 2026'
    """
    update = _UPDATED_WORDS.search(line)
    if update is None:
        return None
    rest = line[update.end():update.end() + 80]
    dated = find_date_span(rest, language)
    if ((dated is None or dated[1] > _LABEL_TO_DATE + 12) and not _RELATIVE_AFTER_LABEL.match(rest)
            and not _TIME_AFTER_LABEL.match(rest)):
        return None  # a bare trailing label ("May 14, 2023 (Updated)"): the date before it is the update's
    head = line[:update.start()].rstrip(" ,;:|·-–—(")
    return head if head and find_date_span(head, language) is not None else None


_LABEL_TO_DATE = 12  # characters between an "Updated" label and its date (a weekday may come first)
# A time alone after an "Updated" label: "a las 15:10h", "at 3:10 PM", "um 15:10 Uhr", ": 15.10",
# with its zone's capitals ("at 3:10 PM EDT", "um 15:10 Uhr MESZ"; a currency's code is none).
_TIME_AFTER_LABEL = re.compile(r"[\s:]*(?:(?:at|a\s+las|a\s+la|à|às|um|alle|om|o|kl\.?)\s+)?"
                               r"\d{1,2}[:.h]\d{2}(?!\d|[.,]\d)(?:\s*(?:[ap]\.?m\.?|uhr|h)(?![^\W\d_]))?"
                               r"(?:\s*(?-i:(?!" + CURRENCY_CODES + r")[A-Z]{2,5})\b)?"
                               r"\s*(?:[.,;|)]|$)", re.IGNORECASE)
# A relative stamp right after an "Updated" label: "Atualizado há 2 dias", "aktualisiert
# vor 2 Tagen", "Updated 2 hours ago", "Aktualizacja 2 godziny temu".
_RELATIVE_AFTER_LABEL = re.compile(
    r"[\s:]*(?:(?:em|am|on|le|el|il|op)\s+)?"
    r"(?:(?:há|ha|vor|il\s+y\s+a|hace|sprzed)\s+(?:\d+|un|une|uma?|einem|einer)\s+[^\W\d_]+"
    r"|(?:\d+|an?|one)\s*[^\W\d_]+\s+(?:ago|temu|fa|geleden))(?![^\W\d_])", re.I)


_INSIDE_READ = 40  # elements inside a line looked at for captions, other stories, update stamps


def _marked_inside(el: Any) -> list[tuple[Any, str]]:
    """The elements among the first :data:`_INSIDE_READ` nodes inside ``el``, each with
    its marking attributes (:func:`attrs_of`): read once for the three filters of a
    line (:func:`_without_update_stamps`, :func:`_without_captions`,
    :func:`_without_other_stories`), which each walked them."""
    if len(el) == 0:
        return []
    return [(d, attrs_of(d)) for d in islice(el.iterdescendants(), _INSIDE_READ) if isinstance(d.tag, str)]


def _without_captions(inner: list[tuple[Any, str]], text: str) -> str:
    """The line's text less the captions inside it (a picture's box read as one
    line: "Lego <span class=caption>Lego feiert von 1. bis 8. Mai 2022 …</span>"):
    a caption's dates are the pictured event's. ``inner``: :func:`_marked_inside`."""
    for d, _ in inner:
        if CAPTION_HINT.search(attr(d, "class")):  # (not <figcaption> alone:
            # some templates set the byline and date in one)
            shown = text_of(d, 300, " ")
            if shown and shown in text:
                text = " ".join(text.replace(shown, " ", 1).split())
    return text


def _without_other_stories(inner: list[tuple[Any, str]], text: str, language: str | None) -> str:
    """The line's text less the boxes inside it that hold other pages (a related
    list, a recent-posts widget, a comment: ``OTHER_REGION``): a box read as one
    line ("<section><div class=related>Old story 2. April 2023</div><ul
    class=post-info>12. Mai 2023</ul></section>") holds their dates too. Only a
    box printing a date and holding a link or a heading is cut (a comment count's
    "0" is no story of its own; a page builder's field widget, JetEngine's
    "jet-listing-dynamic-field", prints the post's own date alone). ``inner``:
    :func:`_marked_inside`."""
    for d, attrs in inner:
        if OTHER_REGION.search(attrs) and _teaser(d):
            shown = text_of(d, 300, " ")
            if shown and shown in text and find_date_span(shown, language) is not None:
                text = " ".join(text.replace(shown, " ", 1).split())
    return text


def _teaser(box: Any) -> bool:
    """Whether a box holds a link or a heading, as another story's teaser does (a link
    to a day's archive, "/2023/05/12/", is the post's own date in a page builder's field)."""
    return any(isinstance(d.tag, str) and ((d.tag == "a" and not _DAY_ARCHIVE.search(d.get("href") or ""))
                                           or d.tag in ALL_HEADING_TAGS) for d in islice(box.iter(), 100))


_DAY_ARCHIVE = re.compile(r"/\d{4}/\d{2}/(?:\d{2}/?)?$")  # a date linked to its day's archive: the post's own



def _without_update_stamps(marked: list[tuple[Any, str]], text: str) -> str:
    """The line's text less its modified-date elements: themes print the "updated"
    time beside the published one and hide it with CSS (GeneratePress puts
    ``<time class="updated">`` first) or print it as a raw timestamp for search
    engines (Avada's ``<span class="updated rich-snippet-hidden">2025-02-11T16:20``).
    An element is one when its markup says updated but not published, and the line
    also marks a published date or the element's text is a machine timestamp.
    ``marked``: :func:`_marked_inside`."""
    updated = [d for d, a in marked if a and _UPDATED_HINT.search(a) and not _PUBLISHED_HINT.search(a)]
    if not updated:  # (most lines: no "updated" element, no need to know of a published one)
        return text
    published = any(_PUBLISHED_HINT.search(a) for _, a in marked if a)
    for d in updated:
        shown = text_of(d, 100, " ")
        if shown and (published or _MACHINE_STAMP.match(shown)) and shown in text:
            text = " ".join(text.replace(shown, " ", 1).split())
    return text


# "Filed under World", "Posted in Sports", "Labels: Science, Millbrook" (the first),
# "by A · Posted on 05/16/2024 in World" (a category after the date). Blogger prints
# its labels line in the blog's language: "Etiquetas:" (es), "Etichette:" (it),
# "Libellés :" (fr), "Marcadores:" (pt), "Labels:" / "Schlagwörter:" (de).
_SECTION_LABEL = re.compile(r"\b(?:filed under|posted in|labels|etiquetas|etichette|libellés|marcadores|"
                            r"schlagwörter|categor(?:y|ies)|rubrik|kategorie|"
                            r"catégorie|categoría|ressort|rubrique)\s*:?\s+", re.I)
# "World » by Tom Delaney", "Kultur » von X": a section and a trail's arrow before the by-word
_SECTION_BEFORE_BY = re.compile(r"(?:^|\s)([^\W\d_]+(?:[ -][^\W\d_]+){0,2})\s*[»›]\s*(?:by|von|par|por|door)\s", re.I)
_SECTION_AFTER_DATE = re.compile(r"(?:\b(?:19|20)\d{2}|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)\s+(?:in|im|dans|en)\s+"
                                 r"(?=[^\W\d_])", re.I)
_SECTION_VALUE = re.compile(r"[^\W\d_][^|·•,;:\n]{0,38}")


@functools.lru_cache(maxsize=512)  # (asked of each header line and its boxes' lines: the same texts)
def printed_section(text: str) -> str | None:
    """The section a byline or dateline names in words, if any.

    >>> printed_section("by Ann Lee · Posted on 05/16/2024 in World")
    'World'
    >>> printed_section("Posted by Ann Lee on May 16, 2024 | Filed under Local News")
    'Local News'
    >>> printed_section("Labels: Science, Millbrook")
    'Science'
    >>> printed_section("Published on May 16, 2024 in a small village") is None
    True
    >>> printed_section("Friday, May 17, 2024 World » by Ann Lee"), printed_section("Par A — 16/05/2024 — Rubrique : Économie")
    ('World', 'Économie')
    >>> printed_section("Par A - 04/05/2005 - Rubrique : Faits divers"), printed_section("Rubrique : la mairie a dit que")
    ('Faits divers', None)
    """
    for label in (_SECTION_LABEL, _SECTION_AFTER_DATE):
        m = label.search(text)
        value = _SECTION_VALUE.match(text, m.end()) if m else None
        if value:
            words = value.group().strip().split()
            # a section is a short name in capitals, not the start of a sentence; after a
            # label's colon, a name in sentence case ending the line ("Rubrique : Faits
            # divers", "Sección: Vida y estilo": French and Spanish write sections so)
            named = m is not None and label is _SECTION_LABEL and ":" in m.group() and words[0][0].isupper() and (
                value.end() == len(text) or text[value.end()] in "|·•,;\n")
            if 1 <= len(words) <= 4 and (named or all(w[0].isupper() or w in ("&", "and", "und") for w in words)):
                return " ".join(words)
    m = _SECTION_BEFORE_BY.search(text)
    if m and all(w[0].isupper() for w in m.group(1).split()):
        return m.group(1)
    return None


def _updated_date(text: str, language: str | None) -> str | None:
    """The date right after an "Updated" label in a dateline, normalised."""
    if not _UPDATED_HINT.search(text):  # (a label is one of the words, whole: the cached test first)
        return None
    for m in _UPDATED_LABEL.finditer(text):
        rest = text[m.end():]
        dated = find_date_span(rest, language) if rest else None
        if dated and dated[1] <= 12 and not credit_only(rest[:dated[1]]):  # (a weekday may come first)
            return dated[0]
    return None


# "Stand: 08.07.2026 05:00 Uhr" opening a line: the version shown ("as of").
_AS_OF = re.compile(r"\s*stand\b", re.I)
# The marks of a header row's box: a dateline's, a byline's, a header's.
_ROW_HINT = re.compile(r"date|time|publish|posted|datum|meta|byline|info|dateline|changed|updated|stand|"
                       r"head", re.I)


def _header_row(el: Any) -> bool:
    """Whether a line after the headline is printed in the header's date row: a
    ``<time>``, or a box (the line or one of its three nearest ancestors below the
    story's <article>/<main>) that is a <header> or is marked as a date, byline or
    header box. Not any line by the headline: a table's note ("Stand: 01.01.2024")
    dates the table (the first line after the headline is the header row, marked
    or not: :attr:`HeaderScan.first_line`)."""
    for depth, node in enumerate((el, *el.iterancestors())):
        if depth > 3 or node.tag in ("article", "main", "body"):
            return False
        if node.tag in ("time", "header") or _ROW_HINT.search(attrs_of(node)):
            return True
    return False


_YEAR = re.compile(r"(?:19|20)\d{2}\b")
_SENTENCE_WORDS = 12
_SET_APART = tuple("–—-|:(")


def _date_in_sentence(line: str, start: int, tag: str, attrs: str) -> bool:
    """A paragraph of the story that opens with a date as part of its sentence
    ("Am 25. Mai 2024 feiert der Chor sein Jubiläum mit einem Konzert."): the
    day of an event, not the page's. A dateline opening a press release's first
    paragraph ("Hamburg, 05.03.2024 – Die Firma ...") sets the date apart with a
    dash, a bar or a colon; a listing's "Sa., 22.01.2022, 9:00 – 17:00 Uhr: ..." does not.
    A standfirst cut short with an ellipsis ("... avant la fin…") is such a paragraph too."""
    if tag != "p" or _DATE_HINT.search(attrs) or len(line.split()) <= _SENTENCE_WORDS \
            or not line.rstrip().endswith((".", "!", "?", "…")):
        return False
    year = _YEAR.search(line, start, start + 40)
    return year is not None and line[year.end():].lstrip()[:1] not in _SET_APART


# A document's dateline names its date after "of": "Pressemitteilung Nr. 45/2024
# vom 05.03.2024", "Communiqué du 5 mars 2024", "Comunicato stampa del 5 marzo
# 2024" (press releases and notices of public bodies, which print no byline).
# The line opens with the document's noun (a word before it at most: "Gemeinsame
# Pressemitteilung"), its number after it: "vom" / "du" / "del" alone also date
# what a standfirst tells of ("Der Beschluss des Gemeinderats vom 12. März 2023").
_DOCUMENT_OF = re.compile(r"\b(?:vom|du|del)\s+(?:[^\W\d_]{2,12}\.?,?\s+)?\d", re.I)  # (a cheap test before the date search; a weekday may come between)
_DOCUMENT_OF_END = re.compile(
    r"^\W*(?:\w+\s+)?(?:pressemitteilung|pressemeldung|presseinformation|medienmitteilung|mitteilung|"
    r"bekanntmachung|communiqué(?:\s+de\s+presse)?|comunicato(?:\s+stampa)?|nota\s+stampa|"
    r"comunicado(?:\s+de\s+prensa)?|nota\s+de\s+prensa)"
    r"(?:\s+(?:nr\.?|no\.?|n°|n\.|núm\.?)\s*[\w/.-]+)?\s+(?:vom|du|del)\s*$", re.I)


def _document_dateline(text: str, dated: tuple[str, int]) -> bool:
    """A short line opening with a document's noun, its date after "vom" / "du" /
    "del" ("Pressemitteilung Nr. 45/2024 vom 05.03.2024")."""
    return len(text) < 80 and _DOCUMENT_OF_END.match(text[:dated[1]]) is not None


# A line right above the headline that is a date and nothing else: at most this many
# characters ("Freitag, 26. April 2024, 14:36 Uhr", "6 May 2022 - 2:00 a. m.").
_BARE_DATE_LINE = 40


_ABOVE_LINE = 160  # a meta row above the headline at most


def _byline_above(headline: Any, scan: HeaderScan, language: str | None) -> None:
    """A by-word byline in the row right above the headline ("Accueil | Par Jane
    Doe | 30 septembre 2018" over the title), where some templates print the
    post's meta row: read when no line after the headline names a writer, from a
    segment opening with a by-word or a writer's label only (a breadcrumb, a
    section label or a kicker prints a name alone there), with the date that
    follows it in the row when the header has none."""
    above = _above_of(headline)
    if above is None or above.holds_heading or in_quote(above.el):
        return
    text = text_of(above.el, _ABOVE_LINE + 1, " ")
    if not text or len(text) > _ABOVE_LINE:
        return
    segments = _SEGMENTS.split(text)
    n = next((i for i, part in enumerate(segments) if looks_like_byline(part)), None)
    names = without_unlinked_place(above.el, cut_at_chunks(above.el, clean_byline(segments[n]))) if n is not None else []
    if not names or n is None:
        return
    scan.authors, scan.byline_raw, scan.byline_dated = names, text, False
    rest = " | ".join(segments[n + 1:])
    dated = find_date_span(rest, language) if rest and scan.date_text is None and scan.time_datetime is None else None
    if dated is not None and dated[1] == 0:
        scan.date_text, scan.date_raw, scan.date_element = dated[0], text, above.el
        scan.date_shown = _own_date_text(above.el, rest, dated, language)


def _scan_date_before(headline: Any, scan: HeaderScan, language: str | None) -> None:
    """A dateline printed above the headline (next to the section label): in a
    box marked as a date's, or, unmarked, a line that opens with a date and holds
    little else in the element right above the headline (or inside it: a kicker's
    "Section - <span>15. Februar 2022</span>"), where templates set the date row
    whatever their class names (:func:`_bare_date_above`)."""
    above = _above_of(headline)
    for el in preceding(headline, 25, levels=2):
        if el.tag == "time":
            value = normalise_date(el.get("datetime") or "")
            if value and not _UPDATED_HINT.search(attrs_of(el)) and not _update_labelled(el):
                scan.time_datetime, scan.date_raw = value, text_of(el, 100) or el.get("datetime")
                return
            if _update_labelled(el):  # "· Edited on <time>": its printed date is the edit's too
                continue
        if _marked_update(el, attrs_of(el)):  # "<time class=updated>" without a datetime: a revision's
            continue
        if el.tag in _TEXT_TAGS and len(el) <= 3 and above is not None \
                and (bare := _bare_date_above(el, above, language)) is not None:
            scan.date_text, scan.date_raw, scan.date_element = bare[0], bare[1], el
            return
        if el.tag in _TEXT_TAGS and len(el) <= 3:
            hinted = bool(_DATE_HINT.search(attrs_of(el)))
            text = text_of(el, 100, " ")
            if not hinted and not (text and _DOCUMENT_OF.search(text)):
                continue
            dated = find_date_span(text, language) if text and len(text) < 80 else None
            if dated and ((hinted and dated[1] <= 30) or _document_dateline(text, dated)) \
                    and not other_label(text[:dated[1]]):
                scan.date_text, scan.date_raw = dated[0], text
                scan.date_shown = _own_date_text(el, text, dated, language)
                return
            if dated and hinted and scan.updated_text is None:  # "Stand: 03.05.2024" above the headline
                scan.updated_text = _updated_date(text, language)
                scan.as_of_text = scan.updated_text if _AS_OF.match(text) else None


class _Above(NamedTuple):
    """The element right before the headline in its box, with what the scan of the
    lines above the headline reads of it once (not once a line)."""

    el: Any
    holds_heading: bool     # (:func:`_holds_heading`)
    around: frozenset[Any]  # its ancestors

    def holds(self, el: Any) -> bool:
        """Whether ``el`` lies inside this element: its ancestors climbed up to this
        element or, where it is not inside, to the first box around both."""
        for ancestor in el.iterancestors():
            if ancestor is self.el:
                return True
            if ancestor in self.around:
                return False
        return False


def _above_of(headline: Any) -> _Above | None:
    """The element right before the headline in its box (comments skipped), if any."""
    for sib in headline.itersiblings(preceding=True):
        if isinstance(sib.tag, str):
            return _Above(sib, _holds_heading(sib), frozenset(sib.iterancestors()))
    return None


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LINE_BLOCKS = frozenset(["p", "div", "li", "ul", "ol", "dl", "dd", "dt", "section", "table", "tr",
                          *_HEADINGS])
_HEADING_SCAN = 60  # elements of the box above the headline looked through for a heading


def _holds_heading(box: Any) -> bool:
    """Whether ``box`` holds a heading among its first :data:`_HEADING_SCAN` elements."""
    return any(n.tag in _HEADINGS for n in islice(box.iter(), 1, _HEADING_SCAN))


def _bare_date_above(el: Any, above: _Above, language: str | None) -> tuple[str, str] | None:
    """The date ``el`` prints and its text, where ``el`` is, or lies inside, the
    element right above the headline (``above``) and prints a date and little else:
    its text opens with a whole date and runs to at most :data:`_BARE_DATE_LINE`
    characters, marked as an update by neither its words nor its class, inside no
    link (another story's); else ``None``."""
    if el is not above.el and (above.holds_heading or not above.holds(el)):
        return None  # (a teaser list right above the headline: its dates are its stories')
    if sum(1 for child in islice(el, 4) if child.tag in _LINE_BLOCKS) > 1:
        return None  # lines, not a line: a box of a date and a weather report ("6 May 2022", "Berlin 4°C")
    text = text_of(el, 100, " ")
    if el is not above.el and text and not text_of(above.el, 2 * _BARE_DATE_LINE + 40, " ").endswith(text):
        return None  # a kicker's date ends its line; a box whose date a weather report or the like follows
    if not text or len(text) > _BARE_DATE_LINE or _UPDATED_HINT.search(text) or _UPDATED_HINT.search(attrs_of(el)):
        return None
    if next(el.iter("a"), None) is not None or next(el.iterancestors("a"), None) is not None:
        return None
    dated = find_date_span(text, language)
    return (dated[0], text) if dated is not None and dated[1] == 0 else None


# The class words of a publication date's box ("publicationDate", "pubdate",
# "post-published", "entry-date published", "publish-time"): where the page says
# which date is its own ("publi" alone would take "public", "republic").
_PUBLICATION_BOX = re.compile(r"publish|publication|pub[-_]?date", re.I)
# An update's box ("updated", "date-modified", "last-changed"); not "notUpdated",
# the mark of a date that has not been updated.
_UPDATE_BOX = re.compile(r"(?<!not)(?<!not[-_])(?:updat|modif|chang|revis)", re.I)


def _publication_box(el: Any) -> bool:
    """Whether ``el`` or one of its two nearest boxes is marked as the publication
    date's, and none of them as an update's (:data:`_UPDATE_BOX`)."""
    marks = " ".join(attrs_of(box) for box in (el, *islice(el.iterancestors(), 2)))
    return bool(_PUBLICATION_BOX.search(marks)) and not _UPDATE_BOX.search(marks)


def _marked_time_before(headline: Any, scan: HeaderScan, language: str | None = None,
                        printed: bool = False) -> None:
    """A ``<time>`` above the headline in a box marked as the publication date's
    (:func:`_publication_box`) over the first one after it, which is not: the one
    after may date something the header mentions ("Broadcast on <time>", a
    source's or an event's date), the marked one is the page's by its markup;
    not one in a related list or a widget, nor in another story's card, ticker
    or prev-next link (:func:`_in_story_card`).

    ``printed``: the date after the headline was read from its printed text (no
    ``datetime``; ``scan.date_text``), and so is the marked one's when it has no
    ``datetime`` either: a ``<time>`` whose text opens with a whole date
    ("15.04.2026, 14:36 Uhr"). Templates that leave out ``datetime`` leave it out
    of both, and the markup tells the page's own date from the other as well."""
    around = set(headline.iterancestors())
    for el in preceding(headline, 25, levels=2):
        if (el.tag == "time" and _publication_box(el) and not _in_skipped_region(el, around, OTHER_REGION)
                and not _in_story_card(el, around) and not _in_running_text(el)):
            value = normalise_date(el.get("datetime") or "")
            if value:
                scan.time_datetime, scan.time_element = value, el
                scan.date_raw = text_of(el, 100) or el.get("datetime")
            elif printed:
                shown = text_of(el, 100, " ")
                dated = find_date_span(shown, language) if shown else None
                if dated is not None and dated[1] == 0:
                    scan.date_text, scan.date_raw, scan.date_element = dated[0], shown, el
            return


def _update_labelled(el: Any) -> bool:
    """Whether the words printed right before ``el`` (after the element before it)
    label an update ("Posted on <time>May 16</time> • Edited on <time>May
    20</time>", the second in a box classed "published-at": the label wins)."""
    prev = el.getprevious()
    box = el.getparent()
    label = ((prev.tail if prev is not None else box.text if box is not None else None) or "")[-_LABEL_TAIL:]
    ends = [m.end() for m in _UPDATED_WORDS.finditer(label)]
    return bool(ends) and not _PUBLISHED_HINT.search(label) and not credit_only(label[ends[-1]:])


_LABEL_TAIL = 40  # characters before a <time> read as its label
# "Edited by Jane Doe", "Updated by the news desk": an update word with the person after
# it, the credit ending where the date's element begins. The word labels the person; a
# date after it labels nothing unless a connector says so ("Edited by Jane Doe on",
# "Last edited by admin at", "Aktualisiert von Anna Muster am").
_CREDIT_BY = re.compile(r"\s*(?:by|von|par|por|door|przez|av|af|da)\s+[^\W\d_]", re.I)
_DATE_CONNECTOR = re.compile(r"(?:\b(?:on|at|am|um|le|el|il|op|em|den|dne)|[:：])\s*$", re.I)


_CREDIT_END = re.compile(r"[\d|·•]")  # where a credit after an update word ends at the latest


def _labels_update(text: str) -> bool:
    """Whether an update word in ``text`` labels a date ("Updated: May 5",
    "Last edited by admin on May 5"), not only a person ("Edited by Jane Doe ·
    May 3, 2024": the date after the credit is the page's)."""
    if not _UPDATED_HINT.search(text):
        return False
    for m in _UPDATED_WORDS.finditer(text):
        end = _CREDIT_END.search(text, m.end())
        if not credit_only(text[m.end():end.start() if end else len(text)]):
            return True
    return False


def credit_only(after: str) -> bool:
    """Whether the words after an update word (``after``) credit a person and end
    there ("Edited by Jane Doe"), so the word labels the person, not a date that
    follows in the next element.

    >>> credit_only(" by Jane Doe "), credit_only(" by Jane Doe on "), credit_only(" on ")
    (True, False, False)
    """
    return _CREDIT_BY.match(after) is not None and _DATE_CONNECTOR.search(after) is None


_CARD_MARKS = ("a", "h1", "h2", "h3", "h4", "h5", "h6")


def _in_story_card(el: Any, around: set[Any]) -> bool:
    """Whether a link or a heading with words of its own (not only dates) sits in
    ``el``'s boxes (``el`` and its two nearest, those :func:`_publication_box`
    reads; not the header that holds the headline, ``around``): another story's
    card, a ticker or a prev-next link, whose date WordPress themes also mark
    "entry-date published". A permalink around the page's own date holds no words."""
    for box in (el, *islice(el.iterancestors(), 2)):
        if box in around:
            return False
        for mark in islice(box.iter(_CARD_MARKS), 20):
            if _words_beside_times(mark):
                return True
    return False


def _in_running_text(el: Any) -> bool:
    """Whether ``el``'s box says more than a label around it ("Published on",
    "Veröffentlicht am": three words at most): a note that mentions a date ("Part 2
    of the series, first published <time>") rather than the page's date box."""
    box = el.getparent()
    if box is None:
        return False
    pieces = [box.text or "", *(child.tail or "" for child in islice(box, 20))]
    return sum(len(piece.split()) for piece in pieces) > 3


def _words_beside_times(el: Any) -> bool:
    """Whether ``el``'s text holds a letter outside its ``<time>`` elements."""
    shown = text_of(el, 200)
    if not shown:  # no text, or too much of it to be a date's (a story's teaser)
        return any(piece.strip() for piece in islice(el.itertext(), 50))
    for time in islice(el.iter("time"), 5):
        shown = shown.replace(text_of(time, 100), "", 1)
    return any(ch.isalpha() for ch in shown)


_GLUE = re.compile(r"^(?:by|von|par|por|door|di|de|and|und|et|y|e|og|och|en|&|mit|with|"
                   r"published by|written by)\s*:?$", re.I)
_SEGMENTS = re.compile(r"\s+[|·•]\s+")


def _byline(scan: HeaderScan, text: str, attrs: str, el: Any, language: str | None = None) -> None:
    # a quote's attribution names the person quoted; a list of handles, people to follow
    if in_quote(el) or _listed_handle(el, text):
        return
    if holds_categories(el):  # a "byline" row's categories or tag chip name nobody
        text = credited_rest(el)
    hinted = bool(attrs and AUTHOR_HINT.search(attrs) and len(text) < 120)
    # "Di Luigi Di Maio" on an Italian page: "By Luigi Di Maio" ("Di Stefano Rossi" only when the
    # markup prints "Stefano Rossi" apart)
    read = italian_by(text, language, hinted, _texts_apart(el) if text.lstrip().startswith("Di ") else ())
    parts = [read]
    if not hinted and not looks_like_byline(read):
        parts = [p for p in _SEGMENTS.split(text)[1:] if looks_like_byline(p)][:1]
        if not parts:  # "11.12.2019 - Jane Doe"
            names = dated_name(text) if not scan.authors else []
            if names:
                scan.authors, scan.byline_raw, scan.byline_dated = names, text, True
                scan.name_alone = len(names) == 1 and name_in_own_element(el, names[0])
            elif not scan.authors and (names := _name_beside_date(el, text, language)
                                       or _name_in_dated_row(el, text, language)
                                       or _name_under_headline(el, text)):
                scan.authors, scan.byline_raw, scan.byline_dated, scan.name_alone = names, text, True, True
            elif not scan.authors and not scan.story_begun and (names := _bold_names_line(el)):
                scan.authors, scan.byline_raw, scan.byline_dated, scan.name_alone = names, text, False, True
            elif not scan.authors:
                names = _credit_over_date(scan, el, text, language)
            if names:
                scan.name_marked = scan.name_alone and _name_marked(el, names[0])
            return
    for part in parts:
        names = without_unlinked_place(el, cut_at_chunks(el, clean_byline(part)))
        if names and part is read and len(names) >= 2:  # an author box listing each writer's name element
            names = name_elements(el) or names
        elif len(names) == 1 and part is read:  # a card per writer ("<div class=author>")
            names = peer_writers(el, names)
        elif not names and hinted and part is read:  # writers run together past a name's length
            names = _names_by_chunk(el)  # ("<div class=byline><span>Jane Doe</span><span>John Roe</span>")
        if names:
            if part is read and max(len(n.split()) for n in names) >= 4:
                names = _names_by_chunk(el) or names
            scan.authors, scan.byline_raw, scan.byline_dated = names, text, False
            return
    if not scan.authors:  # ("Jane Doe<br>Especial para a Gazeta<br>24/01/2004": read whole, no names)
        _credit_over_date(scan, el, text, language)


def _credit_over_date(scan: HeaderScan, el: Any, text: str, language: str | None) -> list[str]:
    """The names of a credit box over its date's line (:func:`_names_over_date`), set
    as the header's byline, and its date as the header's when none was read yet."""
    over = _names_over_date(el, language)
    if over is None:
        return []
    names, dated, wire = over  # (a wire's credit is marked by its brackets or its word)
    scan.authors, scan.byline_raw, scan.byline_dated, scan.name_alone = names, text, not wire, True
    if scan.date_text is None:
        scan.date_text, scan.date_raw, scan.date_element = dated[0], text, el
    return names


# A filing place after a byline's names: " / ANKARA", " / SÃO PAULO" (a city in capitals)
_FILED_FROM = re.compile(r"\s*/\s*(\S+(?:\s+\S+)?)\s*$")


def _bold_names_line(el: Any) -> list[str]:
    """The writers of an old template's credit line with no by-word: the line's bold
    part (``<b>``, ``<strong>``) is only people's names, and the city the story was
    filed from follows it in capitals ("<b>Ayşe Kaya ve Tolga Demir</b> / ANKARA",
    "<b>Juan Pérez</b> / MADRID"), each name opening with a known given name or of two
    or three capitalised words. A bold name alone is no credit (the story's subject,
    an about box's "<b>Jane Doe</b> is the author of ..."), nor a bold kicker or desk."""
    bold = el[0] if len(el) == 1 and el[0].tag in ("b", "strong") else None
    if bold is None or len(bold) or (el.text or "").strip():
        return []
    filed = _FILED_FROM.fullmatch((bold.tail or "").strip())
    if filed is None or not filed.group(1).isupper():
        return []
    line = (bold.text or "").strip()
    names = clean_byline(line) if 0 < len(line) <= 120 else []
    if not names or not all(_bold_name(name) for name in names):
        return []
    return names


def _bold_name(name: str) -> bool:
    """Whether a bold name over the city filed from reads as a person's: a name alone
    (:func:`plain_name`: not a place's "New York", a kind of story's "Breaking News",
    "Son Dakika"), no body's ("Premier League", "Dünya Kupası"), of two or three words,
    each a capital then lower-case letters ("Tolga Kurt"), or opening with a known given name."""
    words = name.split()
    if plain_name(name) != [name] or names_a_body(name) or not 2 <= len(words) <= 3:
        return False
    return opens_with_given_name(name) or all(w[:1].isupper() and w[1:].islower() for w in words)


def _listed_handle(el: Any, text: str) -> bool:
    """Whether a line that is only a name and its handle ("Jane Doe (@janedoe)",
    :func:`names_with_own_handles`) is one of a list of such lines (its list item's
    or its own siblings print one too): people to follow, a panel's speakers, no
    writer's credit."""
    if not names_with_own_handles(text):
        return False
    item = next((node for node in islice(chain((el,), el.iterancestors()), _ITEM_LEVELS) if node.tag == "li"), el)
    siblings = chain(islice(item.itersiblings(), _LISTED_SIBLINGS), islice(item.itersiblings(preceding=True), _LISTED_SIBLINGS))
    return any(isinstance(sib.tag, str) and names_with_own_handles(text_of(sib, 120, " ")) for sib in siblings)


_ITEM_LEVELS = 3       # the line and its ancestors looked at for its list item
_LISTED_SIBLINGS = 4   # items read each side of it


def _texts_apart(el: Any) -> set[str]:
    """The texts ``el``'s markup prints in elements of their own (a byline's name
    link: "Di <a>Stefano Rossi</a>"), separators aside."""
    return {(node.text or "").strip(_SEPARATORS) for node in islice(el.iter(), _NAME_SCAN + 1)
            if node is not el and isinstance(node.tag, str) and not len(node)}


_PLACE_HINT = re.compile(r"locat|place|city|dateline|region|geo|(?:^|[\s_-])ort(?:$|[\s_-])", re.I)


# What stands between a name and a date on a byline line ("Jane Doe | 05.04.2025").
_SEPARATORS = " \t\n\xa0|·•–-,"
_NAME_SCAN = 30         # elements of a byline line looked at for the name's own


def _name_leaf(el: Any, name: str) -> Any:
    """The element inside ``el`` (not ``el`` itself) whose whole text is ``name``,
    separators aside, and that holds no element: the name's own field (or None)."""
    for node in islice(el.iter(), _NAME_SCAN + 1):
        if node is not el and isinstance(node.tag, str) and not len(node) \
                and (node.text or "").strip(_SEPARATORS) == name:
            return node
    return None


def name_in_own_element(el: Any, name: str) -> bool:
    """Whether ``name`` is the whole text of an element inside ``el`` (separators
    aside) that holds no date and has no location class."""
    node = _name_leaf(el, name)
    if node is None:
        return False
    near = (node, *islice(node.iterancestors(), 3))
    # a place's field ("location") near it, a section's ("kicker") on it or its
    # parent, or a link to a section's page
    return not any(a.tag == "a" or _PLACE_HINT.search(attrs := attrs_of(a))
                   or (depth <= 1 and SECTION_HINT.search(attrs)) for depth, a in enumerate(near))


# An author mark on a name's field: an author class, itemprop or rel, or a
# template's "name" field (a place's field is "location", a section's "kicker").
_NAME_MARK = re.compile(AUTHOR_HINT.pattern + r"|(?:^|[\s_-])(?:name|person)(?:$|[\s_-])", re.I)


def _name_marked(el: Any, name: str) -> bool:
    """Whether the element printing ``name`` alone inside ``el``, its parent or
    its grandparent carries an author mark: a place or a section label printed
    before the date ("<span>Bad Homburg</span> | <span>05.04.2025</span>") has none."""
    node = _name_leaf(el, name)
    return node is not None and any(_NAME_MARK.search(attrs_of(a)) for a in (node, *islice(node.iterancestors(), 2)))


def _name_beside_date(el: Any, text: str, language: str | None) -> list[str]:
    """The name of a line that prints a person's name in an element of its own
    and the date right after it with no separator ("<span>Jane Doe</span>
    <time>17.05.2026, 19:06 Uhr</time>")."""
    first = next((t for t in islice(el.itertext(), 10) if t.strip()), "").strip()
    name = first.strip(_SEPARATORS)
    if not name or len(name) > 60 or not text.startswith(name):
        return []
    rest = text[len(name):].lstrip(_SEPARATORS)
    if not rest or plain_name(name) != [name] or not name_in_own_element(el, name):  # (no rest: no date)
        return []
    # a date in this page's language ("20 Nisan 2026") right after the name
    if leads_with_date(rest):
        return [name]
    dated = find_date_span(rest[:60], language)
    return [name] if dated is not None and dated[1] == 0 else []


def _names_over_date(el: Any, language: str | None) -> tuple[list[str], tuple[str, int], bool] | None:
    """The writers of a box that prints their names on a line of their own over the
    date's line, the lines broken by <br> ("Jan Nowak, Anna Kowalska<br>10.07.2004",
    "Ana Souza e João Lima<br>Especial para a Gazeta<br>15/06/2002": an old
    template's small-type credit under the headline): the break parts them as " | "
    does on one line. Each name opens with a known given name (a place over the date,
    "BRASÍLIA<br>10.07.2004", is none); an agency's capitals alone in brackets
    ("(PAP)<br>16.06.2002", how Polish papers credit a wire) are its credit. At most
    one line between, with no digits (a credit line's "Especial para ..."). The
    names, the date line's date and whether the credit is a wire's; None for any other box."""
    lines = _broken_lines(el)
    if not 2 <= len(lines) <= 3 or any(c.isdigit() for line in lines[:-1] for c in line):
        return None
    dated = _date_line(lines[-1], language)
    if dated is None:
        return None
    agency = _BRACKETED_AGENCY.match(lines[0]) or _WIRE_NAME.match(lines[0])
    if agency is not None:
        return [agency.group(1)], dated, True
    names = clean_byline(lines[0])
    if names and all(opens_with_given_name(name) and not _place_opening(name) for name in names):
        return names, dated, False
    return None


# First words of a city's name in the languages of such old templates ("Rio de
# Janeiro", "Nova Iguaçu", "Santo André", "Porto Velho", "Nowy Sącz", "Puerto Montt"),
# with those of :func:`plain_name` ("San", "Santa", "São", "New", "Fort"): a dateline
# over the date, shaped as a given name and a surname, is none of the writers.
_DATELINE_OPENERS = PLACE_OPENERS | frozenset({
    "rio", "río", "nova", "novo", "santo", "porto", "vila", "villa", "ciudad", "puerto", "nowy", "nowa",
    "nowe", "stary", "stara", "stare", "sankt"})


def _place_opening(name: str) -> bool:
    """Whether ``name`` opens as a city's name does (:data:`_DATELINE_OPENERS`)."""
    return name.split(maxsplit=1)[0].casefold() in _DATELINE_OPENERS


# A weekday before a date: "piątek, 7 czerwca 2002 r.", "Sábado, 15 de junho de 2002".
_WEEKDAY_FIRST = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?,\s*")


def _date_line(text: str, language: str | None) -> tuple[str, int] | None:
    """The date of a line that prints a date and little else (a weekday may open it)."""
    dated = find_date_span(text[:80], language)
    if dated is None or len(text.split()) > _DATE_ROW_WORDS + 2:
        return None
    return dated if dated[1] == 0 or _WEEKDAY_FIRST.fullmatch(text[:dated[1]]) else None


# An agency's initials alone in brackets: "(PAP)", "(AFP)", "(dpa)".
_BRACKETED_AGENCY = re.compile(r"^\(([A-Za-z]{2,6})\)$")
# A wire's name alone, by the word that makes it one: "Folhapress", "Europa Press",
# "The Canadian Press", "Agência Brasil", "Agencia EFE", "Agence France-Presse", "Agenzia
# Nova", "Agencja Informacyjna"; "Da Agência Brasil" ("from the ...", Portuguese) too.
# "Press" a word of its own after a name, or closing a compound of four letters or more
# before it: not "Express" (a paper's name, no wire's), nor a place over the date
# ("Cypress") or a word ("Empress", "Impress").
_WIRE_NAME = re.compile(r"^(?:(?:Da|Do|De|Dalla|Von|From)\s+)?((?:[^\W\d_][\w-]*\s+){1,2}(?:press|presse)"
                        r"|(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_]{4,}(?:press|presse)"
                        r"|(?:Agência|Agencia|Agence|Agenzia|Agencja|Agentur)\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)$",
                        re.IGNORECASE)
_MAX_LINE_PIECES = 24  # text pieces and breaks of a credit box read


def _broken_lines(el: Any) -> list[str]:
    """``el``'s lines as its <br> elements break them (only when it has one), blank
    lines left out; none for a box of more than a few pieces."""
    if next(el.iter("br"), None) is None:
        return []
    lines, current = [], ""
    for n, piece in enumerate(el.xpath("descendant::text()|descendant::br")):
        if n >= _MAX_LINE_PIECES:
            return []
        if isinstance(piece, str):
            current += piece
            continue
        lines.append(current)
        current = ""
    lines.append(current)
    return [" ".join(line.split()) for line in lines if line.strip()]


_ROW_CHARS = 160     # a byline row's text at most
_ROW_GAP_WORDS = 3   # words between the name and the date in its row (a place: "Córdoba")


def _name_in_dated_row(el: Any, text: str, language: str | None) -> list[str]:
    """The name of an element that prints a person's name alone (a known given
    name first), in a row (its parent or grandparent) that prints a date after
    it with a place at most between ("<p>Jane Doe</p><p>Córdoba</p>
    <time>25/04/2026</time>"), or the date alone before it ("<span>28. Jan.
    2022</span> <span>Jane Doe</span>"): a template's writer field with no author
    class."""
    parent = el.getparent()
    if (len(el) or len(text) > 60 or parent is None or plain_name(text) != [text]
            or not opens_with_given_name(text) or not name_in_own_element(parent, text)):
        return []
    for box in (parent, *islice(parent.iterancestors(), 1)):
        row = text_of(box, _ROW_CHARS, " ")
        if row == text:
            continue
        if row and len(row) <= _ROW_CHARS and row.endswith(text) and not row.startswith(text):
            return [text] if _date_alone(row[:-len(text)].rstrip(_SEPARATORS), language) else []
        if not row or len(row) > _ROW_CHARS or not row.startswith(text):
            return []
        rest = row[len(text):].lstrip(_SEPARATORS)
        dated = find_date_span(rest[:80], language)
        if dated is not None:  # a place between has no digits (a score's row: "Liverpool 2-1 Chelsea")
            gap = rest[:dated[1]]
            return [text] if len(gap.split()) <= _ROW_GAP_WORDS and not any(c.isdigit() for c in gap) else []
    return []


_UNDER_HEADLINE = frozenset({"p", "div", "span"})


def _name_under_headline(el: Any, text: str) -> list[str]:
    """The name of a paragraph right after the <h1> that prints a person's name
    alone, a known given name first ("<h1>...</h1><p>Jane Doe</p><p>The story
    ..."): a template's writer field with no author class and no date beside it,
    as small sites and blogs print it. Read as a dated name is
    (:func:`.extract._head_authors`): not the page's label nor its subject."""
    prev = el.getprevious()
    if el.tag not in _UNDER_HEADLINE or len(el) or prev is None or prev.tag != "h1" or len(text) > 60:
        return []
    return [text] if plain_name(text) == [text] and opens_with_given_name(text) else []


_DATE_ROW_WORDS = 6  # a date and its time at most ("Mi, 28. Jan. 2022, 14:35 Uhr")


def _date_alone(text: str, language: str | None) -> bool:
    """Whether ``text`` is a printed date and little else: it opens with the date."""
    dated = find_date_span(text[:80], language)
    return dated is not None and dated[1] == 0 and len(text.split()) <= _DATE_ROW_WORDS


def _names_by_chunk(el: Any) -> list[str]:
    """Names printed in separate elements with no separator between them
    ("<a>Jane Doe</a><a>John Roe</a>"): each text chunk read on its own."""
    names: list[str] = []
    for n, chunk in enumerate(el.itertext()):
        if n > 30:
            return []
        chunk = chunk.strip(" \t\n,;|·•–-")
        if not chunk or _GLUE.match(chunk):
            continue
        if other_credit_label(chunk):  # "Übersetzt von: <a>John Roe</a>": the translator's
            break
        found = clean_byline(chunk)
        if any(len(name.split()) < 2 for name in found):
            return []
        names.extend(found)
    names = dedupe(names)
    return names if len(names) >= 2 else []


def _find_dek(headline: Any, scan: HeaderScan) -> str | None:
    """The standfirst: the headline's next sibling (or a hinted element right after).
    A note about the page where the standfirst would stand ("Listen to this article,
    read aloud by ...", "This article is more than five years old") names the article
    itself, as no standfirst does (:func:`crawler.parsers.page_notes.names_the_article`): it is passed
    over, and the element after it may be the standfirst."""
    for n, el in enumerate(headline.itersiblings()):
        if n >= 3 or not isinstance(el.tag, str):
            break
        if el.tag not in ("p", "h2", "div", "span"):
            continue
        text = text_of(el, 500)
        if not text:
            continue
        if names_the_article(text.lower()):  # text_of collapsed its white space
            continue
        hinted = bool(_DEK_HINT.search(attrs_of(el)))
        if (30 <= len(text) <= 500 and (hinted or el.tag in ("p", "h2"))
                and text != scan.byline_raw and text != scan.date_raw
                and not looks_like_byline(text)):
            return text
        if not hinted:
            break
    return None


_TAG_CLASS = re.compile(r"(?:^|[\s_-])(?:tags|tag-?list|keywords|topics|schlagworte|themen)(?:$|[\s_-])",
                        re.I)


# The children of a box whose class may name a tag list (narrowed by ``_TAG_CLASS``);
# through the attribute axis, as ``selectors.ITEMPROP_HOLDERS`` (``./*[contains(@class,
# ..) or ..]`` reads the class once per test).
_TAG_BOXES = etree.XPath("*/@class[contains(., 'tag') or contains(., 'Tag') or contains(., 'keyword')"
                         " or contains(., 'topic') or contains(., 'Topic')"
                         " or contains(., 'schlagw') or contains(., 'themen')]/..")


def _is_tag_rel(rel: str | None) -> bool:
    """``rel=tag``, but not WordPress's ``rel="category tag"`` (a category link)."""
    words = (rel or "").lower().split()
    return "tag" in words and "category" not in words


def find_tags(doc: Any, headline: Any = None) -> list[str]:
    """A visible tag list: ``rel=tag`` links (not ``rel="category tag"``), else links
    in a "tags" / "keywords" / "topics" box inside the headline's story (its
    <article> / <main>, else the element holding its text; not a tag cloud or
    sidebar)."""
    links = [a for a in doc.xpath("/descendant::a[@rel]") if _is_tag_rel(a.get("rel"))]
    if not links and headline is not None:
        scope = story_scope(headline)
        found = _TAG_BOXES(scope) if scope is not None else []
        boxes = [el for el in found[:50]
                 if _TAG_CLASS.search(el.get("class") or "")
                 and "cloud" not in (el.get("class") or "").lower()]
        links = [a for box in boxes[:2] if not has_ancestor(box, ("aside", "nav", "footer"))
                 for a in box.iter("a")]
    tags: list[str] = []
    for link in links[:40]:
        text = text_of(link, 60).lstrip("#").strip()
        if text and len(text) <= 40 and LETTERS.search(text):
            tags.append(text)
    return dedupe(tags)


_CARD_CHARS = 200  # characters: an <article> holding less is a card, not a story
_CARD_BLOCKS = 64  # blocks of a headline's <article> looked at (bounded work)


def _headline_box(box: Any, headline: Any) -> bool:
    """``box`` holds the headline and at most one short line (a dek) beside it:
    no story to end at (the byline may follow it)."""
    own = len("".join(headline.itertext()).strip())
    if stripped_size(box, own + _CARD_CHARS) - own >= _CARD_CHARS:
        return False
    above = set(headline.iterancestors())
    blocks = islice(box.iter("p", "li", "div", "h2", "h3"), _CARD_BLOCKS)
    others = [el for el in blocks if el is not headline and el not in above
              and headline not in el.iterancestors()]
    return len(others) <= 1


_MAX_MODULE_NODES = 200
_MEDIA_TAGS = frozenset({"video", "audio", "iframe", "figure", "picture", "img"})
# A player's marks in an attribute's name or a class ("data-videoplayer", "video-module", "audio-player")
_PLAYER = re.compile(r"video|audio|player|podcast", re.I)


def _story_module(box: Any) -> bool:
    """Whether a nested <article> is a part of the story itself, not another
    story: a media module (a video or audio player, a picture: by its elements or
    its player's marks) that links nowhere and holds no heading ("<article
    class=video-module>...<span>von Jane Doe</span>"), as a card, a teaser or a
    comment has a link or a heading, or no media of its own."""
    media = False
    for n, node in enumerate(box.iter()):
        if n >= _MAX_MODULE_NODES or node.tag in _HEADINGS or (node.tag == "a" and node.get("href")):
            return False
        if not isinstance(node.tag, str):
            continue
        media = media or node.tag in _MEDIA_TAGS or any(
            _PLAYER.search(key) or (key == "class" and _PLAYER.search(value)) for key, value in node.attrib.items())
    return media


def _short_box(box: Any) -> bool:
    """``box`` holds under 200 characters of text: a card, not a story."""
    return stripped_size(box, _CARD_CHARS) < _CARD_CHARS
