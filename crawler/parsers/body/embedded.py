"""The article's HTML as a JavaScript framework ships it: a JSON string in an inline script.

Pages rendered by Next.js (``__NEXT_DATA__``, the app router's pushed chunks),
React Query or Apollo (dehydrated state pushed by inline scripts), Nuxt
(``__NUXT__``, ``__NUXT_DATA__``) or a plain ``window.__INITIAL_STATE__ = {...}``
often serve the text only inside that state, so the served markup holds no main
text. When (and only when) the body stage found no words in the markup,
:func:`embedded_body` reads the page's inline scripts (and ``<script
type="application/json">``) for double-quoted string literals that decode
(``json.loads``) to HTML, not to more JSON, with paragraph markup (two ``<p`` or ``<br`` at least),
tied to this page (its title a string of the same object shortly before, no key on
the path naming comments, the next or related stories, consent or i18n messages)
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
    EMBEDDED_DECODED_CHARS,
    EMBEDDED_LITERAL_CHARS,
    EMBEDDED_PARSED,
    EMBEDDED_SCRIPT_CHARS,
    EMBEDDED_TITLE_WINDOW,
    EMBEDDED_TOKENS,
)
from crawler.parsers.page import ParsedPage, read_page
from crawler.parsers.vocabulary import has_words

__all__ = ["PROVENANCE", "embedded_body", "html_literals"]

#: ``provenance["body"]`` of a record whose body came from the embedded state.
PROVENANCE = "embedded state"

# A double-quoted literal: a run of plain characters or escapes, possessive, ended by
# its quote or by the end of the text (an unclosed literal takes the rest, so no
# start is scanned twice).
# A bracket is a token too: it opens or closes the object a literal sits in.
_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)|[{}\[\]]', re.DOTALL)
_KEY_END = re.compile(r"\s*+:")   # the literal was a key
# A key naming content that is not this page's article (``nextArticle``,
# ``comments``, ``consent.html``, i18n ``messages``, ``related[].excerptHtml``).
_OTHER_CONTENT = re.compile(
    r"comment|related|next|recommend|consent|cookie|message|i18n|translation|teaser|excerpt|preview",
    re.IGNORECASE)
_TITLE_PREFIX = 24          # characters of the title looked for (a site or section suffix differs)
_MIN_TITLE = 8              # a shorter title ties no string to the page
_TITLE_HOLDER = 600         # characters: a longer literal is not the title's string
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


def html_literals(scripts: list[str], title: str | None) -> list[str]:
    """The decoded string literals of ``scripts`` that are HTML with paragraph
    markup and belong to this page, in page order, within the caps of :mod:`..limits`.

    A string belongs to the page when the page's ``title`` (its first characters) is a
    string of the same object, or of an enclosing one, at most
    ``EMBEDDED_TITLE_WINDOW`` characters before it, and no key on its path names
    other content (comments, the next or related stories, consent, i18n messages,
    teasers): a framework's state carries those too, often longer than the article.

    >>> html_literals(['x = {"title": "One and two", "body": "\\u003cp\\u003eOne.\\u003c/p\\u003e<p>Two.</p>'
    ...                + ' ' * 80 + '"}'], "One and two")[0][:22]
    '<p>One.</p><p>Two.</p>'
    """
    forms = _title_forms(title)
    found: list[str] = []
    if not forms:
        return found
    scan, budget = _Scan(forms), EMBEDDED_SCRIPT_CHARS
    for script in scripts:
        text = script[:budget]
        budget -= len(text)
        if not scan.read(text, found) or budget <= 0:
            break
    return found


def _title_forms(title: str | None) -> tuple[tuple[str, str], ...]:
    """The title's first characters as a JSON string may spell them (raw, escaped,
    ``/`` escaped), each with its first word for a quick test; none for a short title."""
    prefix = " ".join((title or "").split())[:_TITLE_PREFIX].strip()
    if len(prefix) < _MIN_TITLE:
        return ()
    spelt = {json.dumps(prefix, ensure_ascii=ascii)[1:-1] for ascii in (False, True)}
    spelt |= {form.replace("/", "\\/") for form in spelt}
    return tuple((form.split()[0], form) for form in spelt)


class _Scan:
    """One pass over the scripts' literals and brackets: which object each literal
    is in (whether it or an enclosing one held the title, and where; whether a key
    on the path names other content), under the token and decoding caps."""

    def __init__(self, forms: tuple[tuple[str, str], ...]) -> None:
        self.forms, self.tokens, self.decoded = forms, 0, 0

    def read(self, text: str, found: list[str]) -> bool:
        """Add ``text``'s HTML literals of this page to ``found``; ``False`` at a cap."""
        frames: list[tuple[bool, int]] = [(False, -EMBEDDED_TITLE_WINDOW - 1)]  # (other, title at)
        key: str | None = None
        for match in _TOKEN.finditer(text):
            self.tokens += 1
            if self.tokens > EMBEDDED_TOKENS:
                return False
            raw = match.group(0)
            if raw[0] in "{[":
                frames.append((frames[-1][0] or _other_content(key), frames[-1][1]))
            elif raw[0] in "}]":
                if len(frames) > 1:
                    frames.pop()
            elif _KEY_END.match(text, match.end()):
                key = raw
                continue
            else:
                if len(raw) <= _TITLE_HOLDER and self._holds_title(raw):
                    frames[-1] = (frames[-1][0], match.start())
                other, title_at = frames[-1]
                if (not other and not _other_content(key)
                        and match.start() - title_at <= EMBEDDED_TITLE_WINDOW
                        and not self._take(raw, found)):
                    return False
            key = None
        return True

    def _holds_title(self, raw: str) -> bool:
        if not any(head in raw for head, _ in self.forms):
            return False
        text = " ".join(raw.split())
        return any(form in text for _, form in self.forms)

    def _take(self, raw: str, found: list[str]) -> bool:
        """Decode ``raw`` into ``found`` when it is HTML; ``False`` past the decoding cap."""
        if not _MIN_LITERAL <= len(raw) <= EMBEDDED_LITERAL_CHARS or not _marked(_RAW_MARK, raw):
            return True
        self.decoded += len(raw)
        if self.decoded > EMBEDDED_DECODED_CHARS:
            return False
        value = _decoded(raw)
        if value is not None and _marked(_MARK, value) and not _JSON_TEXT.search(value):
            found.append(value)
        return True


def _other_content(key: str | None) -> bool:
    return key is not None and _OTHER_CONTENT.search(key) is not None


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
    return (has_words(text, _MIN_WORDS)
            and len(list(islice(_SENTENCE.finditer(text), _MIN_SENTENCES))) == _MIN_SENTENCES)


def _mostly_own_text(page: ParsedPage) -> bool:
    """Prose outside links: a teaser list of linked headlines is not an article."""
    root = page.doc
    total = len(sel.TEXT(root))
    links = sum(len(sel.TEXT(a)) for a in root.iter("a"))
    return has_words(sel.TEXT(root), _MIN_WORDS) and links * 2 < total


def embedded_body(page: ParsedPage, *, title: str | None = None,
                  description: str | None = None) -> list[Block]:
    """The body read from the page's embedded framework state (empty when none):
    the HTML literal with the most text that reads as prose, extracted as a page."""
    scripts = [el.text for el in page.structured.inline_scripts if el.text]
    texts = [(html, _TAG.sub(" ", html)) for html in html_literals(scripts, title)]
    candidates = [(html, sum(map(len, text.split()))) for html, text in texts if _prose(text)]
    candidates.sort(key=lambda candidate: -candidate[1])  # stable: the first of equals
    for html, _ in candidates[:EMBEDDED_PARSED]:
        inner = read_page("<html><body>" + html + "</body></html>", page.url)
        if inner is None or not _mostly_own_text(inner):
            continue
        blocks = extract_body(inner, title=title, description=description)
        if any(has_words(block.text, 1) for block in blocks):
            return blocks
    return []
