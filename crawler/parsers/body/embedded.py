"""The article's HTML as a JavaScript framework ships it: a JSON string in an inline script.

Pages rendered by Next.js (``__NEXT_DATA__``, the app router's pushed chunks),
React Query or Apollo (dehydrated state pushed by inline scripts), Nuxt
(``__NUXT__``, ``__NUXT_DATA__``) or a plain ``window.__INITIAL_STATE__ = {...}``
often serve the text only inside that state, so the served markup holds no main
text. When (and only when) the body stage found no words in the markup,
:func:`embedded_body` reads the page's inline scripts (and ``<script
type="application/json">``) for double-quoted string literals that decode
(``json.loads``) to HTML, not to more JSON, with paragraph markup (two ``<p`` or ``<br`` at least)
and prose (sentences, mostly not link text), takes the one with the most text (the
first of equals), and runs the normal body extractor on it as a page of its own,
so captions, ad placeholders and other furniture go as they do on any page.

Written by hand, not with a JavaScript parser (none of the maintained Python ones
reads a 1 MB bundle in linear time): one possessive pattern finds each literal in
one pass, even in a script that is nothing but quotes and backslashes, and the
caps of :mod:`..limits` bound what is read.
"""

from __future__ import annotations

import json
import re
from itertools import islice

from crawler.items import Block
from crawler.parsers import selectors as sel
from crawler.parsers.body.blocks import extract_body
from crawler.parsers.limits import (
    EMBEDDED_DECODED,
    EMBEDDED_LITERAL_CHARS,
    EMBEDDED_LITERALS,
    EMBEDDED_PARSED,
    EMBEDDED_SCRIPT_CHARS,
)
from crawler.parsers.page import ParsedPage, read_page
from crawler.parsers.vocabulary import count_words

__all__ = ["PROVENANCE", "embedded_body", "html_literals"]

#: ``provenance["body"]`` of a record whose body came from the embedded state.
PROVENANCE = "embedded state"

# A double-quoted literal: a run of plain characters or escapes, possessive, ended by
# its quote or by the end of the text (an unclosed literal takes the rest, so no
# start is scanned twice).
_LITERAL = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)', re.DOTALL)
# A paragraph or line break as the literal spells it: ``<p>``, ``\u003cp class=``...
_RAW_MARK = re.compile(r"(?:<|\\u003[cC])(?:[pP]|[bB][rR])[\s/>\\]")
_MARK = re.compile(r"<(?:p|br)[\s/>]", re.IGNORECASE)
# Serialised data inside the string (a framework's payload of a payload): not HTML.
_JSON_TEXT = re.compile(r'\{"|":["\[{]')
_TAG = re.compile(r"<[^<>]*+>")
_SENTENCE = re.compile(r"[.!?。！？…](?=[\s<\"”’)]|\Z)")
_MIN_LITERAL = 80           # characters: shorter strings are labels, not an article
_MIN_WORDS = 25             # words of prose outside links
_MIN_SENTENCES = 2


def html_literals(scripts: list[str]) -> list[str]:
    """The decoded string literals of ``scripts`` that are HTML with paragraph
    markup, in page order, within the caps of :mod:`..limits`.

    >>> html_literals(['x = {"body": "\\\\u003cp\\\\u003eOne.\\\\u003c/p\\\\u003e<p>Two.</p>' + ' ' * 80 + '"}'])[0][:22]
    '<p>One.</p><p>Two.</p>'
    """
    found: list[str] = []
    budget, literals, decoded = EMBEDDED_SCRIPT_CHARS, 0, 0
    for script in scripts:
        text = script[:budget]
        budget -= len(text)
        for match in _LITERAL.finditer(text):
            literals += 1
            if literals > EMBEDDED_LITERALS or decoded >= EMBEDDED_DECODED:
                return found
            raw = match.group(0)
            if not _MIN_LITERAL <= len(raw) <= EMBEDDED_LITERAL_CHARS or not _marked(_RAW_MARK, raw):
                continue
            decoded += 1
            value = _decoded(raw)
            if value is not None and _marked(_MARK, value) and not _JSON_TEXT.search(value):
                found.append(value)
        if budget <= 0:
            break
    return found


def _marked(pattern: re.Pattern[str], text: str) -> bool:
    """Two paragraph or line-break tags at least."""
    return len(list(islice(pattern.finditer(text), 2))) == 2


def _decoded(raw: str) -> str | None:
    """The literal's string, or ``None`` when it is not a JSON string (JavaScript's
    own escapes, an unclosed literal): not HTML for us."""
    try:
        value = json.loads(raw, strict=False)
    except json.JSONDecodeError:
        return None
    if not isinstance(value, str):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\\ud800"): no page has one, lxml refuses it
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value


def _prose(text: str) -> bool:
    """Sentences and enough words (``text``: the HTML's, tags blanked): an article's
    text, not code, CSS or a label."""
    return (count_words(text) >= _MIN_WORDS
            and len(list(islice(_SENTENCE.finditer(text), _MIN_SENTENCES))) == _MIN_SENTENCES)


def _mostly_own_text(page: ParsedPage) -> bool:
    """Prose outside links: a teaser list of linked headlines is not an article."""
    root = page.doc
    total = len(sel.TEXT(root))
    links = sum(len(sel.TEXT(a)) for a in root.iter("a"))
    return count_words(sel.TEXT(root)) >= _MIN_WORDS and links * 2 < total


def embedded_body(page: ParsedPage, *, title: str | None = None,
                  description: str | None = None) -> list[Block]:
    """The body read from the page's embedded framework state (empty when none):
    the HTML literal with the most text that reads as prose, extracted as a page."""
    scripts = [el.text for el in page.structured.inline_scripts if el.text]
    texts = [(html, _TAG.sub(" ", html)) for html in html_literals(scripts)]
    candidates = [(html, sum(map(len, text.split()))) for html, text in texts if _prose(text)]
    candidates.sort(key=lambda candidate: -candidate[1])  # stable: the first of equals
    for html, _ in candidates[:EMBEDDED_PARSED]:
        inner = read_page("<html><body>" + html + "</body></html>", page.url)
        if inner is None or not _mostly_own_text(inner):
            continue
        blocks = extract_body(inner, title=title, description=description)
        if any(count_words(block.text) for block in blocks):
            return blocks
    return []
