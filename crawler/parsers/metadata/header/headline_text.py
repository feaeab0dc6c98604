"""The headline's shown text: its lines (script and style left out), its core
after a kicker printed as a label box, and a header line's shown text."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from lxml import etree

from crawler.parsers.metadata.walk import LETTERS, text_of


def headline_core(el: Any) -> str | None:
    """The headline proper when the element is a label block followed by the
    headline block ("<span>Kicker</span><span>Headline</span>"); hidden
    separators (": ", " - ") between them are skipped. None otherwise."""
    if (el.text or "").strip() or len(el) > 4:
        return None
    if len(el) < 2 or LETTERS.search(el[0].tail or ""):
        return label_and_text(el)
    blocks = []
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if LETTERS.search(child.tail or ""):
            # loose text after a box: "<small>Kicker</small><br>Headline" is a label
            # box before the headline's text, other inline markup is no label
            return label_and_text(el)
        text = text_of(child, 300)
        if LETTERS.search(text):
            blocks.append(text)
    if len(blocks) < 2 or len(blocks[0]) > 60 or len(" ".join(blocks[1:]).split()) < 3:
        return None
    return " ".join(blocks[1:])


_UNSHOWN = frozenset({"script", "style", "template", "noscript"})
_MAX_HEADLINE_EVENTS = 4_000
_BREAKS = frozenset({"br", "div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6"})


def line_text(el: Any, whole: str, limit: int = 300) -> str:
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


# A class token naming the site's logo: its text (the site's name, "Home") is the
# site's mark, not the headline's ("<span class=headline><a class=logo>Home</a>The ...").
_LOGO = re.compile(r"(?<![^\s_-])logo(?![^\s_-])", re.I)


def headline_text(el: Any, limit: int = 400) -> str:
    """The headline as shown: a line break or block inside it is a space ("Kicker<br>
    Headline"), CSS or script text in it is left out (CSS-in-JS puts ``<style>``
    inside the heading), and so is a logo's text opening it (a sticky bar's logo link
    before the story's headline; a logo after the headline's first words is one of
    them, "Why we switched to <span class=logo>Linear</span>"); "" when it holds more than ``4 * limit`` characters."""
    pieces: list[str] = []
    size = 0
    skip = 0
    shown = False  # (a logo opening the headline is the site's mark; one after its words is a word of it)
    dropped: set[Any] = set()
    for n, (event, node) in enumerate(etree.iterwalk(el, events=("start", "end"))):
        if n > _MAX_HEADLINE_EVENTS:
            return ""  # thousands of (empty) elements: no headline
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            unshown = tag in _UNSHOWN or (node is not el and bool(tag) and not shown and _LOGO.search(node.get("class") or "") is not None)
            if unshown:
                dropped.add(node)
            skip += unshown
            text = " " if tag in _BREAKS else ""
            text += (node.text or "") if not skip and tag else ""
        else:
            skip -= node in dropped
            text = " " if tag in _BREAKS else ""
            text += (node.tail or "") if node is not el and not skip else ""
        size += len(text)
        if size > limit * 4:
            return ""
        pieces.append(text)
        shown = shown or bool(text.strip())
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


def label_and_text(el: Any) -> str | None:
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
