"""The article's own text, in reading order, with page furniture dropped.

``extract_body(doc, url, title=...)`` returns ``Block`` objects (``p``, ``h``, ``li``,
``quote``, ``pre``). The method is the one readability and trafilatura share, kept
small and general (no site names, no site class names):

1. **Clean**: drop elements that never hold text (scripts, media, forms' controls).
2. **Score**: every paragraph-like element with enough non-link text gives its
   length to its parent, then 1/2, 1/6, 1/9 and 1/12 of it to the four ancestors
   above (readability.js); paragraphs inside furniture (class/id words such as
   ``share``, ``related``, ``comment`` from :mod:`boilerplate`) count for little.
   Several near-equal candidates under one ancestor (a body cut into one wrapper
   per paragraph) promote that ancestor.
3. **Choose** the best container; prefer an explicit ``itemprop=articleBody`` /
   ``article-body`` element that holds the same text; add sibling blocks that
   carry text of their own (bodies split by ad slots).
4. **Walk** the chosen elements once, in order, turning block elements into
   blocks and skipping furniture inside them (figures and captions, asides,
   link lists, share bars, hidden elements).
5. **Filter** lines that are furniture by their words
   (:func:`text.is_furniture_line`): "ADVERTISEMENT", bylines, date and
   reading-time lines, "Read more:" teasers, related-list headings and what
   follows them, the headline itself, and a one-paragraph dek above the byline.

Pages that ship their text only as JSON-LD ``articleBody`` (script-rendered) fall
back to it. Work is bounded: a time budget and a block cap keep a 10 MB page well
under a second. Never raises: any unexpected failure gives an empty list.
"""

from __future__ import annotations

import json
import re
import time
from functools import lru_cache
from itertools import islice

from lxml import etree
from lxml import html as lxml_html

from crawler.items import Block
from crawler.parsers import boilerplate as bp
from crawler.parsers import selectors as sel
from crawler.parsers.document import Element
from crawler.parsers.text import (
    class_name_part,
    class_words,
    collapse,
    is_furniture_line,
    is_meta_line,
    norm_key,
)

__all__ = ["extract_body"]

_FURNITURE_WORDS = frozenset(bp.FURNITURE_TOKENS)
_FURNITURE_NAMES = frozenset(bp.FURNITURE_NAMES)
_CONTENT_WORDS = frozenset(bp.CONTENT_TOKENS)
_POSITIVE_WORDS = frozenset(bp.POSITIVE_TOKENS)
_EMBED_WORDS = frozenset(bp.EMBED_TOKENS)
_STRONG_WORDS = frozenset(bp.STRONG_FURNITURE_TOKENS)
_STATE_WORDS = frozenset(bp.STATE_TOKENS)
_TEXT_WORDS = frozenset({"text", "body", "content", "copy", "editor", "paragraph", "prose", "richtext"})
# Furniture words inside run-together names ("relatedpoststitle", "socialshare").
_FURNITURE_INSIDE = re.compile("|".join(bp.FURNITURE_SUBSTRINGS))

_RELATED_HEADINGS = frozenset(bp.RELATED_HEADINGS + bp.UNRELATED_LIST_HEADINGS)
# Headings after which the rest of their section is links to other articles (the
# one-word generic ones, "Latest", "Popular", can head a part of the text too).
_RELATED_SECTION = _RELATED_HEADINGS - frozenset(bp.AMBIGUOUS_HEADINGS)
_RELATED_PREFIXES = bp.RELATED_SECTION_PREFIXES
_SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")

_DIVIDERS = (1, 2, 6, 9, 12)
_RIVAL_SHARE = 0.35           # near-equal candidates: the text is split in pieces
_MAX_BLOCKS = 5000           # no article has more; a page that does is cut there
_MAX_BLOCK_CHARS = 100_000   # raw text of one block; a longer one is cut at a word boundary
_ENOUGH_BLOCKS = 500         # past the time budget, stop once this many are in hand
_TIME_BUDGET = 0.3           # seconds; past it, the extractor works with what it has
_BOLD_HEADING_WORDS = 15     # longer bold paragraphs are emphasis, not headings
_BOLD_SENTENCE_WORDS = 10    # a bold sentence this short may be a subheading
_BOLD_SENTENCE = "p?h"       # walker kind of such a sentence, settled by _bold_sentences
_DEK_WORDS = 45              # a standfirst is a sentence or two
_MIN_BODY = 200              # characters under which JSON-LD articleBody is tried
_MIN_PARAGRAPH = 25          # characters of non-link text for a paragraph to score
_BR = "\x01"                 # marks a <br> in collected text
_BR_BREAK = re.compile(_BR + r"\s*" + _BR + "[" + _BR + r"\s]*")
_SENTENCE_END = re.compile(r"[.!?…:\"”’»)]\s*$")
_LIST_TAGS = frozenset({"ul", "ol", "dl"})
_BOXES = frozenset({"div", "section", "table", "ul", "ol", "dl", "center"})
_INLINE_BOXES = frozenset({"span", "font"})
_PHRASING = frozenset({
    "a", "em", "strong", "b", "i", "u", "abbr", "time", "cite", "code", "small", "sup", "sub",
    "mark", "q", "s", "dfn", "kbd", "var", "bdi", "bdo", "ins", "del",
})
_KIND_OF = {
    "p": "p", "li": "li", "dt": "p", "dd": "p", "blockquote": "quote", "pre": "pre",
    "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h", "h1": "h1", "td": "p", "th": "p",
}
_INHERITING = frozenset({"quote", "li"})
_DIRECT_TAGS = frozenset({
    "div", "section", "article", "td", "blockquote", "dd", "span", "font", "center", "main",
})
_TEXT = sel.TEXT
_ARTICLE_BODY_PROPS = frozenset({"articleBody", "articlebody", "ArticleBody"})


# --- class / id vocabulary -----------------------------------------------------------


@lru_cache(maxsize=8192)
def _verdict(value: str) -> int:
    """2: body container, 1: text-ish container, -1: furniture, -2: furniture whatever
    its size (consent boxes, comments), 0: nothing known."""
    furniture = False
    strong = False
    positive = False
    lowered_value = value.lower()
    text_widget = "widget" in lowered_value and any(w in lowered_value for w in _TEXT_WORDS)
    for name in value.split():
        lowered = name.lower()
        if lowered in _FURNITURE_NAMES:
            furniture = True
            continue
        # BEM: "sidebar-grid__content" is the content element of a sidebar grid,
        # "share--large" a variant of a share bar; the element name decides.
        words = class_words(class_name_part(name))
        if len(words) == 1 and words[0] in _CONTENT_WORDS:
            return 2
        if len(words) > 1 and _STATE_WORDS.intersection(words):
            continue
        if text_widget and "widget" in words:
            # "article-widget article-widget-text", "elementor-widget-text-editor"
            continue
        if _EMBED_WORDS.intersection(words):
            # A quoted post ("social-media-embed", "twitter-tweet") is quoted text.
            continue
        if any(len(w) > 9 and _FURNITURE_INSIDE.search(w) for w in words):
            furniture = True
            continue
        for i in range(len(words) - 1):
            if words[i] + words[i + 1] in _CONTENT_WORDS and not any(
                w in _FURNITURE_WORDS for w in words[i + 2:]
            ):
                return 2
        if any(w in _FURNITURE_WORDS for w in words):
            furniture = True
            strong = strong or any(w in _STRONG_WORDS for w in words)
        elif any(w in _POSITIVE_WORDS for w in words):
            positive = True
    if furniture:
        return -2 if strong else -1
    return 1 if positive else 0


def _class_verdict(el: Element) -> int:
    value = el.get("class")
    ident = el.get("id")
    if ident:
        value = f"{value} {ident}" if value else ident
    if not value:
        return 0
    return _verdict(value[:300])


# --- scoring ---------------------------------------------------------------------------


def _own_text_length(el: Element) -> int:
    """Length of the text directly inside ``el`` (its text and its children's tails)."""
    n = len(el.text.strip()) if el.text else 0
    for child in el:
        if child.tail:
            n += len(child.tail.strip())
    return n


def _link_length(el: Element) -> int:
    return len("".join(sel.LINK_TEXT(el)).strip())


class _Page:
    """Scores of one page's elements."""

    def __init__(self, root: Element, deadline: float = float("inf")) -> None:
        self.root = root
        self.deadline = deadline
        self.weight: dict[Element, float] = {}      # paragraph -> non-link text length
        self.subtree: dict[Element, float] = {}     # element -> text weight below it
        self.score: dict[Element, float] = {}       # candidate container -> score
        self.verdicts: dict[Element, int] = {}
        self.marked: set[Element] = set()            # related-links sections
        self.furniture: dict[Element, bool] = {}
        self.declared: list[Element] = []            # itemprop=articleBody
        self.media_boxes: set[Element] = set()       # an image and its caption, in divs
        self.total = 0.0

    def mark_related_sections(self) -> None:
        """A "Related articles" heading and what follows it are not the text."""
        for heading in self.root.iter(_SECTION_HEADINGS):
            text = sel.TEXT(heading)
            if len(text) > 80:
                continue
            key = norm_key(text)
            if key not in _RELATED_SECTION and not key.startswith(_RELATED_PREFIXES):
                continue
            el = heading
            while el.getnext() is None:
                parent = el.getparent()
                if parent is None or parent.tag in ("body", "html", "article", "main"):
                    break
                el = parent
            self.marked.add(el)
            self.marked.update(el.itersiblings())

    def verdict(self, el: Element) -> int:
        v = self.verdicts.get(el)
        if v is None:
            v = self.verdicts[el] = _class_verdict(el)
        return v

    def collect(self) -> None:
        """One pass over the tree: paragraphs, and containers with text of their own."""
        weight = self.weight
        direct: dict[Element, int] = {}
        deadline = self.deadline
        for count, el in enumerate(self.root.iter(etree.Element)):
            if not count & 4095 and time.perf_counter() > deadline:
                break
            tag = el.tag
            if el.get("itemprop") in _ARTICLE_BODY_PROPS:
                self.declared.append(el)
            if tag == "p" or tag == "pre":
                n = len(_TEXT(el).strip())
                if n >= _MIN_PARAGRAPH:
                    links = _link_length(el) if next(el.iter("a"), None) is not None else 0
                    if links * 2 <= n:
                        weight[el] = float(n - links)
                continue
            text = el.text
            if text and len(text) > 20 and tag in _DIRECT_TAGS:
                n = len(text.strip())
                if n > 20:
                    direct[el] = direct.get(el, 0) + n
            tail = el.tail
            if tail and len(tail) > 20:
                parent = el.getparent()
                if parent is not None and parent.tag in _DIRECT_TAGS:
                    n = len(tail.strip())
                    if n > 20:
                        direct[parent] = direct.get(parent, 0) + n
        # "Div soup": text written straight into a container, split by <br>.
        for el, n in direct.items():
            if n >= 200 or (n >= 80 and el.tag not in ("span", "font")):
                weight[el] = weight.get(el, 0.0) + n
        # Subtree weights: add up per parent first (siblings share their ancestors).
        subtree = self.subtree
        level: dict[Element, float] = {}
        for el, w in weight.items():
            subtree[el] = subtree.get(el, 0.0) + w
            parent = el.getparent()
            if parent is not None:
                level[parent] = level.get(parent, 0.0) + w
        while level:
            up: dict[Element, float] = {}
            for el, w in level.items():
                subtree[el] = subtree.get(el, 0.0) + w
                parent = el.getparent()
                if parent is not None:
                    up[parent] = up.get(parent, 0.0) + w
            level = up
        self.total = subtree.get(self.root, 0.0) or sum(weight.values())

    def in_furniture(self, el: Element) -> bool:
        """True when ``el`` or an ancestor is furniture by its class (and small)."""
        memo = self.furniture
        known = memo.get(el)
        if known is not None:
            return known
        tag = el.tag
        if tag in ("body", "html"):
            result = False
        else:
            v = self.verdict(el)
            if v == 2:
                result = False
            elif v == -2 or ((v == -1 or tag in ("aside", "nav", "footer") or el in self.marked) and (
                self.subtree.get(el, 0.0) < 0.5 * self.total
            )):
                result = True
            else:
                parent = el.getparent()
                result = parent is not None and self.in_furniture(parent)
        memo[el] = result
        return result

    def rank(self) -> None:
        score = self.score
        for el, w in self.weight.items():
            if self.in_furniture(el):
                w *= 0.1
            container = el.getparent() if el.tag in ("p", "pre", "span", "font") else el
            if container is None:
                continue
            # readability.js: the container gets it all, then 1/2, 1/6, 1/9, 1/12 upwards.
            for divider in _DIVIDERS:
                score[container] = score.get(container, 0.0) + w / divider
                container = container.getparent()
                if container is None or container.tag == "html":
                    break

    def best(self) -> Element | None:
        if not self.score:
            return None
        top = sorted(self.score.items(), key=lambda kv: kv[1], reverse=True)[:6]
        ranked: list[tuple[float, Element]] = []
        for el, s in top:
            if el.tag in ("html",):
                continue
            text_len = len(sel.TEXT(el)) or 1
            density = min(1.0, _link_length(el) / text_len)
            v = self.verdict(el)
            factor = 1.25 if v == 2 else 1.1 if v == 1 else 0.3 if v < 0 else 1.0
            ranked.append((s * (1 - density) * factor, el))
        if not ranked:
            return None
        ranked.sort(key=lambda kv: kv[0], reverse=True)
        best_score, best_el = ranked[0]
        # readability.js: when several near-equal candidates share an ancestor, the
        # text is split into pieces (one wrapper per paragraph): take that ancestor.
        rivals = [el for s, el in ranked[1:] if s >= _RIVAL_SHARE * best_score]
        if len(rivals) >= 2:
            ancestors = [set(el.iterancestors()) for el in rivals]
            for anc in best_el.iterancestors():
                if anc.tag in ("body", "html"):
                    break
                if sum(anc in a for a in ancestors) >= 2:
                    return anc
        return best_el


def _choose(page: _Page, top: Element) -> list[Element]:
    """The elements whose text is the body, in document order."""
    subtree = page.subtree
    top_weight = subtree.get(top, 0.0)
    # An explicit article-body element that holds the chosen text wins: it is tighter
    # (no headline, byline or furniture around it) or wider (a body split in parts).
    explicit = [el for el in page.declared if subtree.get(el, 0.0) > 0]
    if not explicit:
        # Named containers near the text: the top's ancestors, the paragraphs' parents.
        near: dict[Element, None] = dict.fromkeys(top.iterancestors())
        for el in page.weight:
            parent = el.getparent()
            if parent is not None:
                near[parent] = None
                grand = parent.getparent()
                if grand is not None:
                    near[grand] = None
        explicit = [el for el in near if el.tag not in ("body", "html") and page.verdict(el) == 2]
    best_explicit = None
    for el in explicit:
        if not (el is top or _contains(el, top) or _contains(top, el)):
            continue
        w = subtree.get(el, 0.0)
        if w >= 0.6 * top_weight and w <= 3 * top_weight + 500 and (
            best_explicit is None or w > subtree.get(best_explicit, 0.0) * 1.05
            or (w >= subtree.get(best_explicit, 0.0) * 0.95 and _contains(best_explicit, el))
        ):
            best_explicit = el
    if best_explicit is not None:
        top = best_explicit
        top_weight = subtree.get(top, 0.0)
    parent = top.getparent()
    if parent is None or top.tag in ("body", "article", "main") or best_explicit is not None:
        return [top]
    # Readability's sibling rule: keep siblings that score or read as paragraphs.
    threshold = max(10.0, 0.2 * page.score.get(top, 0.0))
    chosen: list[Element] = []
    keep: list[bool] = []
    siblings = [c for c in parent if isinstance(c.tag, str)]
    for sib in siblings:
        ok = sib is top
        if not ok and not page.in_furniture(sib):
            if page.score.get(sib, 0.0) >= threshold:
                ok = True
            elif sib.tag == "p":
                text = collapse(sel.TEXT(sib))
                links = _link_length(sib)
                if (len(text) > 80 and links < 0.25 * len(text)) or (text and links == 0 and _SENTENCE_END.search(text)):
                    ok = True
        keep.append(ok)
    # Headings and lists between kept siblings belong to the body too.
    first = keep.index(True)
    last = len(keep) - 1 - keep[::-1].index(True)
    for i in range(first, last + 1):
        sib = siblings[i]
        if keep[i] or ((
            sib.tag in sel.HEADING_TAGS or sib.tag in _LIST_TAGS or sib.tag == "blockquote"
        ) and not page.in_furniture(sib)):
            chosen.append(sib)
    return chosen


def _follow_headline(page: _Page, top: Element, title: str) -> Element:
    """On pages that show several articles (infinite scroll), keep the one whose
    ``<article>`` carries the page's headline."""
    key = norm_key(title)
    for h1 in page.root.iter("h1"):
        if norm_key(sel.TEXT(h1)) != key:
            continue
        article = next((a for a in h1.iterancestors("article")), None)
        if article is None or article is top or _contains(article, top):
            return top
        if _contains(top, article) and (
            page.subtree.get(top, 0.0) < 1.5 * page.subtree.get(article, 0.0)
        ):
            return top
        inside = [(s, el) for el, s in page.score.items() if el is article or _contains(article, el)]
        if inside and page.subtree.get(article, 0.0) >= _MIN_BODY:
            return max(inside, key=lambda kv: kv[0])[1]
        return top
    return top


def _all_bold(p: Element) -> bool:
    """A paragraph that is one run of bold text."""
    if len(p) != 1 or (p.text and p.text.strip()):
        return False
    bold = p[0]
    return bold.tag in ("strong", "b") and not (bold.tail and bold.tail.strip())


def _is_bold_line(p: Element) -> bool:
    """A paragraph that is one short run of bold text: a subheading in disguise."""
    words = sel.TEXT(p[0]).split()
    # A bold sentence ("This article first appeared in ...") stays a paragraph.
    return 0 < len(words) <= _BOLD_HEADING_WORDS and not words[-1].endswith((".", "!", "…"))


def _is_bold_sentence(p: Element) -> bool:
    """A short bold sentence with no link ("Reliability matters more at night.")."""
    words = sel.TEXT(p[0]).split()
    return 0 < len(words) <= _BOLD_SENTENCE_WORDS and next(p.iter("a"), None) is None


def _bold_sentences(blocks: list[Block]) -> list[Block]:
    """A bold sentence between two longer paragraphs is a subheading; anywhere else
    (first, last, next to a list or another heading) it is emphasis, a paragraph."""
    out = []
    for i, block in enumerate(blocks):
        if block.type == _BOLD_SENTENCE:
            prev = blocks[i - 1] if i else None
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            size = 2 * len(block.text)
            heading = (prev is not None and nxt is not None and prev.type == "p" and nxt.type == "p"
                       and len(prev.text) > size and len(nxt.text) > size)
            block = Block(type="h" if heading else "p", text=block.text)
        out.append(block)
    return out


def _hidden(el: Element) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style and ("none" in style or "hidden" in style):
        style = style.replace(" ", "").lower()
        return "display:none" in style or "visibility:hidden" in style
    return False


def _contains(outer: Element, inner: Element) -> bool:
    return any(anc is outer for anc in inner.iterancestors())


# --- walking the chosen elements ---------------------------------------------------------


class _Enough(Exception):
    """Raised inside the walk when a pathological page has given enough blocks."""


class _Walker:
    """Turns a subtree into blocks, skipping furniture."""

    def __init__(self, page: _Page) -> None:
        self.page = page
        self.visited = 0
        self.blocks: list[tuple[str, str, float]] = []   # kind, text, link share
        self.buf: list[str] = []
        self.link_chars = 0
        self.limit = 0.0

    def run(self, root: Element) -> None:
        self.limit = 0.5 * self.page.subtree.get(root, 0.0)
        kind = _KIND_OF.get(root.tag, "p")
        if root.text:
            self.add(root.text, False)
        self.visit_children(root, kind, False)
        self.flush(kind)

    def skip(self, el: Element) -> bool:
        tag = el.tag
        if tag == "h1" or tag == "br" or tag == "hr":
            return tag == "h1"
        page = self.page
        big = page.subtree.get(el, 0.0) >= self.limit and self.limit > 0
        if not big and (el in page.marked or _hidden(el) or el in page.media_boxes):
            return True
        if tag == "cite" and el.getparent().tag == "blockquote":
            return True         # the quote's attribution, set apart from its text
        if tag in sel.FURNITURE_TAGS and not big:
            return True
        if not big and tag not in _PHRASING and page.verdict(el) < 0:
            return True         # (a link "auto-tag_x" or "<em class=meta>" is still text)
        if tag in _INLINE_BOXES and len(el) and sum(1 for _ in islice(el.iter("a"), 3)) == 3:
            # A pop-up card of links hidden in a sentence ("Name<span>story, story</span>").
            text_len = len(sel.TEXT(el).strip())
            if text_len and _link_length(el) > 0.7 * text_len:
                return True
        if tag in _BOXES and len(el):
            own = page.subtree.get(el, 0.0)
            text_len = len(sel.TEXT(el).strip())
            if text_len:
                links = _link_length(el)
                if links > 0.5 * text_len and own < 0.3 * text_len:
                    return True
        return False

    def out_of_time(self) -> bool:
        """Past the budget with text in hand, or past twice the budget in any case
        (a slow machine must not turn a long article into an empty one)."""
        now = time.perf_counter()
        if now > self.page.deadline + _TIME_BUDGET:
            return True
        return now > self.page.deadline and len(self.blocks) >= _ENOUGH_BLOCKS

    def visit_children(self, el: Element, kind: str, in_link: bool) -> None:
        for child in el:
            self.visited += 1
            if not self.visited & 1023 and self.out_of_time():
                raise _Enough
            tag = child.tag
            if not isinstance(tag, str):          # comments, processing instructions
                if child.tail:
                    self.add(child.tail, in_link)
                continue
            if self.skip(child):
                if tag in sel.BLOCK_TAGS:
                    self.flush(kind)
            elif tag == "br":
                self.buf.append(_BR)
            elif tag in sel.BLOCK_TAGS:
                self.flush(kind)
                inner = _KIND_OF.get(tag, kind)
                if kind in _INHERITING and inner in ("p", "quote"):
                    inner = kind
                elif inner == "p" and tag == "p" and _all_bold(child):
                    if _is_bold_line(child):
                        inner = "h"         # <p><strong>A subheading</strong></p>
                    elif _is_bold_sentence(child):
                        inner = _BOLD_SENTENCE  # heading or emphasis: its neighbours decide
                if child.text:
                    self.add(child.text, in_link)
                self.visit_children(child, inner, in_link)
                self.flush(inner)
            else:
                link = in_link or tag == "a"
                if child.text:
                    self.add(child.text, link)
                if len(child):
                    self.visit_children(child, kind, link)
            if child.tail:
                self.add(child.tail, in_link)

    def add(self, text: str, in_link: bool) -> None:
        self.buf.append(text)
        if in_link:
            self.link_chars += len(text.strip())

    def flush(self, kind: str) -> None:
        if not self.buf:
            return
        if len(self.blocks) >= _MAX_BLOCKS or (not len(self.blocks) & 255 and self.out_of_time()):
            raise _Enough
        raw = _cap("".join(self.buf))
        self.buf = []
        links = self.link_chars
        self.link_chars = 0
        if kind == "pre":
            lines = [line.rstrip() for line in raw.replace(_BR, "\n").split("\n")]
            text = "\n".join(lines).strip("\n")
            if text.strip():
                self.blocks.append(("pre", text, 0.0))
            return
        parts = _BR_BREAK.split(raw) if _BR in raw else [raw]
        for part in parts:
            text = collapse(part.replace(_BR, " "))
            if text:
                share = min(1.0, links / len(text)) if len(parts) == 1 else 0.0
                self.blocks.append((kind, text, share))


def _cap(raw: str) -> str:
    """``raw`` cut to ``_MAX_BLOCK_CHARS`` at the last space before the limit (a
    single 10 MB paragraph would make collapsing and the line filters slow)."""
    if len(raw) <= _MAX_BLOCK_CHARS:
        return raw
    cut = raw.rfind(" ", _MAX_BLOCK_CHARS // 2, _MAX_BLOCK_CHARS)
    return raw[:cut if cut > 0 else _MAX_BLOCK_CHARS]


# --- line filters ------------------------------------------------------------------------


def _filter(blocks: list[tuple[str, str, float]], title: str | None) -> list[Block]:
    """The walked lines as Blocks, furniture lines, headline and dek dropped."""
    title_key = norm_key(title) if title else None
    out: list[Block] = []
    skipping_related = False
    # Text above the byline / date line is the dek (the record's description), not body.
    dek = 0
    for i, (kind, text, _) in enumerate(blocks[:5]):
        if kind in ("h1", "h") or (title_key and norm_key(text) == title_key):
            continue
        if is_meta_line(text):
            above = [t for k, t, _ in blocks[:i] if k == "p"]
            if i and len(above) == 1 and all(
                k in ("p", "h1", "h") for k, _, _ in blocks[:i]
            ) and all(len(t.split()) <= _DEK_WORDS for t in above):
                dek = i
            break
    for index, (kind, text, link_share) in enumerate(blocks):
        if kind == "h1" or index < dek:
            continue
        key = norm_key(text)
        if title_key and (key == title_key or (
            # "Kicker - Headline" above the text is the headline too.
            kind == "h" and index < 3 and len(title_key) > 20 and title_key in key
        )):
            continue
        if kind in ("h", "p") and len(key) < 60 and key in _RELATED_HEADINGS:
            skipping_related = True
            continue
        if skipping_related:
            if kind == "li" or link_share > 0.5 or len(text) < 120:
                continue
            skipping_related = False
        if is_furniture_line(text, kind=kind, link_share=link_share):
            continue
        out.append(Block(type=kind, text=text))
    if any(block.type == _BOLD_SENTENCE for block in out):
        out = _bold_sentences(out)
    # A heading with nothing after it closes nothing: drop trailing headings.
    while out and out[-1].type == "h":
        out.pop()
    return out


# --- entry point -----------------------------------------------------------------------------


def extract_body(doc: Element, url: str, *, title: str | None = None) -> list[Block]:
    """The article text of ``doc`` as blocks, in reading order (may mutate ``doc``)."""
    try:
        return _extract(doc, title)
    except Exception:
        return []


def _extract(doc: Element, title: str | None) -> list[Block]:
    if doc is None:
        return []
    root = doc.find("body")
    if root is None:
        root = doc
    declared = [
        s.text for s in doc.iter("script")
        if s.text and s.get("type") == "application/ld+json" and "articleBody" in s.text
    ]
    media = _media_holders(root)
    etree.strip_elements(root, *sel.NON_CONTENT_TAGS, with_tail=False)
    page = _Page(root, time.perf_counter() + _TIME_BUDGET)
    page.mark_related_sections()
    page.collect()
    page.rank()
    top = page.best()
    if top is None:
        top = root
    elif title:
        top = _follow_headline(page, top, title)
    chosen = _choose(page, top)
    if media:
        page.media_boxes = _media_boxes(media, chosen)
    walker = _Walker(page)
    try:
        for el in chosen:
            if el.tag != "h1":
                walker.run(el)
    except _Enough:
        pass
    except RecursionError:      # markup nested deeper than the parser usually allows
        walker.blocks = walker.blocks or [("p", collapse(_cap(sel.TEXT(top))), 0.0)]
    blocks = _filter(walker.blocks, title)
    if declared and sum(len(b.text) for b in blocks) < _MIN_BODY:
        # Script-rendered pages ship the text only as JSON-LD ``articleBody``.
        fallback = _json_ld_body(declared, title)
        if sum(len(b.text) for b in fallback) > sum(len(b.text) for b in blocks):
            return fallback
    return blocks


_MEDIA = ("img", "picture", "video")
_MEDIA_BOX_TAGS = frozenset({"div", "span", "section", "article"})
_MEDIA_WRAPPERS = frozenset({"a", "picture", "noscript"})
_MEDIA_BOX_CHARS = 250        # a caption and a credit, not a paragraph of text
_MEDIA_BOX_MAX_IMAGES = 200
_TEXT_BLOCK_TAGS = ("p", "li", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "table")


_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")


def _short_text(el: Element, limit: int) -> bool:
    """True when the text below ``el`` is at most ``limit`` characters."""
    return _TEXT_LENGTH(el) <= limit


def _media_holders(root: Element) -> list[Element]:
    """The element holding each image (above any <a>, <picture> or <noscript> around
    it), read before images are stripped."""
    holders: list[Element] = []
    for n, media in enumerate(root.iter(*_MEDIA)):
        if n >= _MEDIA_BOX_MAX_IMAGES:
            break
        el = media.getparent()
        while el is not None and el.tag in _MEDIA_WRAPPERS:
            el = el.getparent()     # <a><img></a>, <picture><img></picture>
        if el is not None and el.tag in _MEDIA_BOX_TAGS:
            holders.append(el)
    return holders


def _media_boxes(holders: list[Element], chosen: list[Element]) -> set[Element]:
    """Figures built of divs inside the chosen text: the largest box (up to four levels
    above an image) that holds only a short text, its caption or credit, and no
    paragraph, list or heading. An image inside a paragraph or a link never starts
    one; a byline or dateline beside an avatar is not a caption."""
    scope = set(chosen)
    boxes: set[Element] = set()
    small: dict[Element, bool] = {}      # element -> short text and no text blocks
    for holder in holders:
        if holder in boxes or (holder not in scope and not any(a in scope for a in holder.iterancestors())):
            continue
        box = None
        el = holder
        for _ in range(4):
            if el is None or el.tag not in _MEDIA_BOX_TAGS or el in scope:
                break
            ok = small.get(el)
            if ok is None:
                # (a container of paragraphs shows its first one soon: test that first)
                ok = small[el] = next(el.iter(*_TEXT_BLOCK_TAGS), None) is None and _short_text(
                    el, _MEDIA_BOX_CHARS)
            if not ok:
                break
            box = el
            el = el.getparent()
        if box is not None and not _short_text(box, 0) and not is_meta_line(collapse(_TEXT(box))):
            boxes.add(box)      # (an avatar beside a byline stays: the line filter reads it)
    return boxes


def _json_ld_body(scripts: list[str], title: str | None) -> list[Block]:
    best = ""
    for raw in scripts:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for value in _find_key(data, "articleBody", 0):
            if isinstance(value, str) and len(value) > len(best):
                best = value
    if "<" in best and ">" in best:
        try:
            frag = lxml_html.fragment_fromstring(best, create_parent="div")
            return _filter(_walk_all(frag), title)
        except (etree.ParserError, ValueError):
            pass
    parts = [collapse(_cap(p)) for p in re.split(r"\n\s*\n|\n", best)]
    return _filter([("p", p, 0.0) for p in parts if p], title)


def _walk_all(root: Element) -> list[tuple[str, str, float]]:
    page = _Page(root)
    walker = _Walker(page)
    walker.run(root)
    return walker.blocks


def _find_key(data: object, key: str, depth: int):
    if depth > 8:
        return
    if isinstance(data, dict):
        for k, v in data.items():
            if k == key:
                yield v
            elif isinstance(v, (dict, list)):
                yield from _find_key(v, key, depth + 1)
    elif isinstance(data, list):
        for v in data:
            yield from _find_key(v, key, depth + 1)
