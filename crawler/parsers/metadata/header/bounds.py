"""The bounded element window after the headline: the boxes that end it (the
story's own ``<article>``, a card, another story's module) or that it skips
(related stories, widgets, comment sections, an aside's author box)."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from crawler.parsers.bounded_text import stripped_size
from crawler.parsers.caseless import Caseless
from crawler.parsers.metadata.walk import AUTHOR_HINT, MAX_ATTR_CHARS, attrs_of, in_furniture
from crawler.parsers.vocabulary import OTHER_STORIES_MARKS, PROMO_MARKS, SIDE_BOX_MARKS

# (not "promoted": Drupal's class for the story's own node shown on the front page;
# an ad slot in the languages' own words: Spanish and Portuguese "publicidad(e)",
# French "publicité", Italian "pubblicità", German "Werbung", Danish "reklame")
SKIP_HINT = Caseless(f"comment|{OTHER_STORIES_MARKS}|{PROMO_MARKS}|share|social|newsletter|advert|sidebar|footer|"
                      r"publicidad|publicit[eé]|pubblicit|werbung|reklame")
TEXT_TAGS = frozenset({"p", "div", "span", "time", "a", "address", "li", "small", "strong", "b",
                        "em", "i", "header", "section", "footer", "ul", "dd", "dt", "h2", "h3",
                        "h4", "h5", "h6", "font", "td", "label", "cite"})
COMMENT = re.compile(r"comment", re.I)
# Regions holding other people's bylines: not "sidebar" or "teaser", which some
# templates use for the story's own author column or author box.
_OTHER_STORIES = Caseless(f"comment|{OTHER_STORIES_MARKS}")
_WIDGET = Caseless(f"{SIDE_BOX_MARKS}|{PROMO_MARKS}|newsletter")
_FURNITURE_TAGS = frozenset({"figure", "figcaption", "nav", "form", "button", "blockquote"})


WINDOW_AFTER = 160


_ASIDE_DEPTH = 4


def byline_in_aside(el: Any) -> bool:
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


def within(el: Any, box: Any, memo: dict[Any, bool]) -> bool:
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


def in_skipped_region(el: Any, stop: set[Any], region: Caseless = _OTHER_STORIES) -> bool:
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


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


_CARD_CHARS = 200  # characters: an <article> holding less is a card, not a story
_CARD_BLOCKS = 64  # blocks of a headline's <article> looked at (bounded work)


def headline_box(box: Any, headline: Any) -> bool:
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


def story_module(box: Any) -> bool:
    """Whether a nested <article> is a part of the story itself, not another
    story: a media module (a video or audio player, a picture: by its elements or
    its player's marks) that links nowhere and holds no heading ("<article
    class=video-module>...<span>von Jane Doe</span>"), as a card, a teaser or a
    comment has a link or a heading, or no media of its own."""
    media = False
    for n, node in enumerate(box.iter()):
        if n >= _MAX_MODULE_NODES or node.tag in HEADINGS or (node.tag == "a" and node.get("href")):
            return False
        if not isinstance(node.tag, str):
            continue
        media = media or node.tag in _MEDIA_TAGS or any(
            _PLAYER.search(key) or (key == "class" and _PLAYER.search(value)) for key, value in node.attrib.items())
    return media


def short_box(box: Any) -> bool:
    """``box`` holds under 200 characters of text: a card, not a story."""
    return stripped_size(box, _CARD_CHARS) < _CARD_CHARS
