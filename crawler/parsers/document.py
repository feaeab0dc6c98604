"""Bytes or text in, one parsed lxml document out: decoding and parsing only.

Real pages lie about their encoding, carry NUL bytes, or are not HTML at all; this
module turns any of that into a tree (or ``None``) without raising, so the field
extractors never see a decoding problem.

Decoding is written here, not taken whole from a library, because on the 886
benchmark pages (zyte, fundus, trafilatura) it beat both candidates: w3lib's
``html_to_unicode`` and bs4's ``UnicodeDammit`` (or its ``EncodingDetector``) trust a
single-byte declaration over bytes that are valid UTF-8 (mojibake on 2 pages, 83 and
412 markers) and w3lib loses a GB18030 page to 138 replacement characters; on pages
declared UTF-8 that carry stray Latin-1 bytes, UnicodeDammit guesses a wrong code page
and its ``detwingle`` still leaves replacement characters (a Latin-1 letter before
ASCII looks like a UTF-8 lead byte). Speed decides nothing: each decodes the 886
pages in 0.1-0.5 s of CPU, a small part of parsing them. The stdlib's codec
error handlers do that last case exactly (``_stray_bytes_as_cp1252``), so
beautifulsoup4 has no job here and is not a dependency.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from typing import TypeAlias

from lxml import etree

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Declared charsets that browsers treat as another one (WHATWG encoding standard).
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252", "x-sjis": "shift_jis"}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Plain etree elements, not lxml.html's HtmlElement: the html module looks up a
# Python class for every element it hands out, which cost a tenth of the time.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
# The same parser for the text encoded as UTF-8: libxml2 reads UTF-8 natively, while
# a ``str`` of non-Latin-1 text is handed over as UTF-16 or UCS-4 and converted
# (the 886 benchmark pages: the same trees, 10-20% less parse time with the encoding).
_UTF8_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                encoding="utf-8")
# libxml2 stops parsing at a text node of over 10,000,000 bytes (an inline script
# holding a site's data) unless the document is declared huge, and a page then loses
# everything after that node. "Huge" also raises the nesting limit from 256 to 2,048
# levels, so these parsers are used only for pages that big (at most ``MAX_CHARS``).
_HUGE_BYTES = 10_000_000
_HUGE_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                huge_tree=True)
_HUGE_UTF8_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                     encoding="utf-8", huge_tree=True)

#: The element type the parsers work on.
Element: TypeAlias = etree._Element
# Text with too few printable characters is binary data, not a page.
_BINARY_SAMPLE = 4096
# Real article pages have a few thousand elements (at most 4,100 among the 439
# benchmark pages, median 870); a page with more than this is
# cut after this many, as if its download had stopped there, so that no page
# takes more than a moment whatever it holds.
MAX_ELEMENTS = 25_000
# lxml's parse time grows with the number of tags, not of bytes (10 MB of text
# parses in 0.01 s, 10 MB of ``<p>x</p>`` in 0.4 s). Real article pages open at
# most 19,600 tags (the 886 benchmark pages: median 1,600, 99th percentile 5,500),
# so a page is parsed up to its ``MAX_TAGS``-th tag (about twice the element cap's
# worth of open and close tags) and at most ``MAX_CHARS`` characters (the largest
# benchmark page has 2.2 MB), cut at a tag start as if its download had stopped there.
MAX_TAGS = 100_000
MAX_CHARS = 16_000_000
# A page declared UTF-8 with stray non-UTF-8 bytes has each run of them read as
# Windows-1252 by a codec error handler, a Python call per run (about 1 µs): a page
# with more runs than this is not UTF-8 at all (13 MB of noise would take 4 s), and
# is read as Windows-1252 whole, as an undeclared page that is not UTF-8 is.
MAX_STRAY_BYTES = 20_000
_STRAY_STEP = 1 << 16
# libxml2's HTML parser compares each attribute of a start tag with every earlier
# one: 20,000 distinct attributes take 0.7 s, 40,000 take 5-12 s. Real tags carry
# a few dozen at most; a tag with more than this many keeps its name only. (A tag
# left open by a stray ``<`` before a JSON blob reads every word of it as an attribute.)
MAX_ATTRIBUTES = 1_000
# A comment, or a start tag as HTML5 tokenizes it: a quote opens a value only
# after ``=``; an unclosed comment or value runs to the end. Possessive, so each
# character is scanned once.
_MARKUP = re.compile(r"""<!--.*?(?:-->|\Z)|<([A-Za-z][^\s/>]*)(?:[^>"'=]++|=\s*+(?:"[^"]*+"?|'[^']*+'?)|[="'])*+(>?)""",
                     re.DOTALL)
_RAW_TEXT = {"script": re.compile(r"</script", re.I), "style": re.compile(r"</style", re.I)}
# The pre-pass reads the same tokens in one possessive run: text, comments, script
# and style text, and each start tag of at most ``units`` attributes (a separator
# run, a name or lone character, a quoted value; the first branch is the common
# `` name="value"``). ``_attributes`` counts no more than those runs and values,
# at most two per attribute and a last separator run, so no such tag is cut. The
# run stops at any other start tag, which the exact loop then reads; so does a
# name holding ``=`` (``_attributes`` would find a quoted value inside the name).
# Script and style names are spelled in both cases, not ``(?i)``, which also takes
# ``ſ`` and ``ı`` (``str.lower`` does not fold them); their end tags, as in the loop, do.
_VALUE = r"""=\s*+(?:"[^"]*+"?|'[^']*+'?)"""
_ATTRIBUTE = rf"""(?:[ ][\w:-]++="[^"]*+"|[\s/]*+(?:[^>"'=\s/]++(?:{_VALUE})?|{_VALUE}|=|["']))"""
_TAG_BODY = rf"(?:{_ATTRIBUTE}){{{{0,{{units}}}}}}+[\s/]*+"
_PLAIN = r"""(?:[^<]++|<!--.*?(?:-->|\Z)|{raw}|<[A-Za-z][^\s/>=]*+(?!=){body}(?:>|\Z)|<(?![A-Za-z]))*+"""
_RAW = r"""<{name}(?=[\s/>]){body}>(?:[^<]++|<(?!/(?i:{end})))*+"""
_QUOTED_VALUE = re.compile(r"""=\s*(?:"[^"]*"?|'[^']*'?)""")
_ATTRIBUTE_SEPARATOR = re.compile(r"[\s/]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _stray_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 in a page declared UTF-8 are
    the Windows code page that old CMS templates and pasted text mix in."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


_STRAY_BYTES = "clippings-stray-cp1252"
codecs.register_error(_STRAY_BYTES, _stray_bytes_as_cp1252)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_WIDE_PROBE = 4096  # bytes looked at for the NULs of UTF-16 / UTF-32 text


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """Decode page bytes: BOM; valid multibyte UTF-8 over a single-byte
    declaration; then the transport or declared charset if the bytes agree with it, then UTF-8, then cp1252, then the first candidate with
    replacement characters.

    >>> decode_html("café".encode("utf-8"))
    'café'
    >>> decode_html('<meta charset="utf-8">caf\\xe9'.encode("latin-1"))[-4:]
    'café'
    >>> decode_html('<meta charset="utf-8">Mäscot – '.encode("utf-8") + b"M\\xe4scot")[-15:]
    'Mäscot – Mäscot'
    """
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return _composed(bom_codec, data[len(bom):].decode(bom_codec, errors="replace"))
    candidates: list[str] = []
    for declared in (encoding, _declared(data)):
        codec = _codec(declared)
        if codec and codec not in candidates and not _wide_without_nul(codec, data):
            candidates.append(codec)
    # Bytes that are valid UTF-8 with multibyte sequences are UTF-8, whatever a
    # single-byte declaration says (real Latin-1 text almost never parses as
    # UTF-8; mislabelled UTF-8 pages are common).
    if candidates and candidates[0] != "utf-8" and _is_single_byte(candidates[0]):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if not text.isascii():
                return _composed("utf-8", text)
    # A declaration the bytes contradict is a lie: UTF-8 next, then the Windows
    # code page that most mislabelled Western pages really use.
    for codec in dict.fromkeys([*candidates, "utf-8", "cp1252"]):
        try:
            return _composed(codec, data.decode(codec))
        except (UnicodeDecodeError, LookupError):
            if codec == "utf-8" and codec in candidates and _few_strays(data):
                return _composed(codec, data.decode(codec, errors=_STRAY_BYTES))
            continue
    fallback = candidates[0] if candidates and candidates[0] != "utf-8" else "cp1252"
    return _composed(fallback, data.decode(fallback, errors="replace"))


# The code pages that write a letter's marks as combining characters after it: windows-1258
# (Vietnamese) has no byte for most toned letters and writes the tone mark apart ("a" + U+0301).
_DECOMPOSING = frozenset({"cp1258"})
# A Vietnamese tone written apart in a page of any codec (UTF-8 text typed with Unikey's
# "Unicode tổ hợp", the decomposed form, or converted from windows-1258): the hook above
# (U+0309, the "hỏi" tone of "của", "bảo"), which only Vietnamese writes, so a page holding
# it apart writes its Vietnamese decomposed. (Not the dot below: Yoruba and Igbo pages write
# it apart too, with tone marks no composed letter holds.)
_APART_TONES = ("\u0309",)


def _composed(codec: str, text: str) -> str:
    """``text`` decoded from ``codec``, in Unicode's composed form (NFC) when the code page writes
    marks apart (:data:`_DECOMPOSING`) or the text writes Vietnamese tones apart
    (:data:`_APART_TONES`): the words a reader sees ("Hà Nội"), as the site's other pages
    and every search of the archive spell them. (Other pages are kept as sent.)

    >>> _composed("cp1258", "Ha\\u0300 N\\u00f4\\u0323i") == "H\\u00e0 N\\u1ed9i"
    True
    >>> _composed("utf-8", "cu\\u0309a Ha\\u0300 N\\u00f4\\u0323i") == "c\\u1ee7a H\\u00e0 N\\u1ed9i"
    True
    >>> _composed("utf-8", "Jose\\u0301") == "Jose\\u0301"  # (a Western page's marks apart: as sent)
    True
    """
    if codec in _DECOMPOSING or any(tone in text for tone in _APART_TONES):
        return unicodedata.normalize("NFC", text)
    return text


def _wide_without_nul(codec: str, data: bytes) -> bool:
    """A UTF-16 or UTF-32 label on bytes with no NUL in their first
    ``_WIDE_PROBE`` bytes: markup in those encodings is mostly ASCII, one NUL
    byte or more to a character, so such a label is a lie (a server that says
    "utf-16" of a UTF-8 page)."""
    return codec.replace("_", "-").startswith(("utf-16", "utf-32")) and b"\0" not in data[:_WIDE_PROBE]


def _few_strays(data: bytes) -> bool:
    """True when at most :data:`MAX_STRAY_BYTES` byte runs of ``data`` are not UTF-8:
    a UTF-8 page with some stray bytes, rather than a page in another encoding
    (or binary noise) that only claims to be UTF-8. Read in steps, so that noise
    is told after its first :data:`MAX_STRAY_BYTES` runs, not all of them."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    strays = 0
    for start in range(0, len(data), _STRAY_STEP):
        step = data[start:start + _STRAY_STEP]  # less the replacement characters the page holds:
        strays += decoder.decode(step).count("\ufffd") - step.count("\ufffd".encode())
        if strays > MAX_STRAY_BYTES:
            return False
    return True


def _is_single_byte(codec: str) -> bool:
    """cp1252, latin-*, iso-8859-*, koi8-*, windows-125x: one byte per character."""
    return codec.startswith(("cp125", "iso8859", "latin", "koi8", "mac-", "cp437", "cp850"))


def _declared(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    raw = match.group(1) or match.group(2)
    return raw.decode("ascii", errors="ignore")


def looks_binary(text: str) -> bool:
    """True when the start of the text is mostly control characters (an image, a PDF)."""
    sample = text[:_BINARY_SAMPLE]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) / len(sample) > 0.1


def parse_html(html: str | bytes, encoding: str | None = None) -> Element | None:
    """Parse a page into an lxml HTML tree; ``None`` when there is no document."""
    return parse_document(html, encoding)[0]


def parse_document(html: str | bytes, encoding: str | None = None) -> tuple[Element | None, list[str]]:
    """Parse a page into an lxml HTML tree (``None`` when there is no document) and
    the names of the caps that cut it (``page size``, ``elements``)."""
    root, cut, _ = parse_counted(html, encoding)
    return root, cut


def parse_counted(html: str | bytes, encoding: str | None = None) -> tuple[Element | None, list[str], int]:
    """:func:`parse_document`, and at least the number of tags ("<") the parsed text
    held: a bound on the tree's size that saves a count (:func:`max_nodes`)."""
    text = decode_html(html, encoding) if isinstance(html, bytes) else html
    if looks_binary(text):
        return None, [], 0
    cut: list[str] = []
    # The UTF-8 form first: its "<" are counted at memchr speed (``str.count`` on text
    # that is not Latin-1 cost as much as the encoding), and it is re-encoded only when
    # a cap cuts the text. (Not a text over the size cap: only its head is parsed.)
    data = _utf8(text) if len(text) <= MAX_CHARS else None
    capped, tags = _cap_page(text, MAX_TAGS, MAX_CHARS, data)
    if len(capped) < len(text):
        text = capped
        cut.append("page size")
        data = _utf8(text)
    capped = cap_attributes(text)
    if len(capped) < len(text):
        text = capped
        cut.append("attributes")
        data = _utf8(text)
    declaration = _XML_DECLARATION.match(text)
    if declaration is not None:
        text = text[declaration.end():]
        data = _utf8(text)
    # (a NUL is looked for in the UTF-8 bytes: a fifth of the time of ``str.find``)
    if (data.find(b"\x00") if data is not None else text.find("\x00")) >= 0:
        text = text.replace("\x00", "")
        data = _utf8(text)
    if not text or text.isspace():  # (``strip`` copied a page that starts with a space)
        return None, cut, tags
    try:
        root = _parse(text, data)
    except (etree.ParserError, ValueError):
        return None, cut, tags
    if root is None or not isinstance(root.tag, str):
        return None, cut, tags
    if _heading_holds_box(root) and (closed := close_headings(text)) is not None:
        root = _parse(closed, _utf8(closed)) if data is not None else _parse(closed, None)
        if root is None or not isinstance(root.tag, str):
            return None, cut, tags
    if max_elements(tags) > MAX_ELEMENTS and truncate_tree(root, MAX_ELEMENTS):
        cut.append("elements")
    return root, cut, tags


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BOXES = ("div", "p", "section", "article", "table", "ul", "ol")
_HEADING_TAG = re.compile(r"<(/?)[hH]([1-6])(?=[\s/>])")


def _heading_holds_box(root: Element) -> bool:
    """A heading of the tree holds a box (a ``<div>``, a paragraph): the sign of a
    heading libxml2 left open (:func:`close_headings`). Headings are small: the walk
    stops at the first box of each."""
    return any(next(h.iterdescendants(*_BOXES), None) is not None for h in root.iter(*_HEADINGS))


def close_headings(text: str) -> str | None:
    """``text`` with each heading's end tag of another level made its open heading's
    (``<h2 class="excerpt">...</h3>`` ends at ``</h2>``), or None when none is. HTML5
    ends the open heading at the end tag of any heading and browsers print it so;
    libxml2 ignores the stray end tag, and the heading then holds the rest of the page
    (the story under it). One pass over the tags."""
    parts: list[str] = []
    last = 0
    level: str | None = None
    for match in _HEADING_TAG.finditer(text):
        if not match.group(1):
            level = match.group(2)
            continue
        if level is not None and match.group(2) != level:
            parts += (text[last:match.start(2)], level)
            last = match.end(2)
        level = None
    if not parts:
        return None
    parts.append(text[last:])
    return "".join(parts)


def _parse(text: str, data: bytes | None) -> Element | None:
    """The tree of ``data`` (``text`` as UTF-8) or, when it has none, of ``text``; a
    page that may hold a text node over libxml2's limit goes to the huge parser, and
    its tree is cut to the usual depth."""
    huge = 4 * len(text) > _HUGE_BYTES if data is None else len(data) > _HUGE_BYTES
    if not huge:
        return etree.fromstring(text, _PARSER) if data is None else etree.fromstring(data, _UTF8_PARSER)
    # (libxml2 holds text as UTF-8: up to 4 bytes a character)
    root = etree.fromstring(text, _HUGE_PARSER) if data is None else etree.fromstring(data, _HUGE_UTF8_PARSER)
    if root is not None:
        _cut_below(root, _MAX_DEPTH)
    return root


# The nesting libxml2 allows a page that is not huge: the stages were built for it
# (some walk up an element's ancestors recursively).
_MAX_DEPTH = 255


def _cut_below(root: Element, depth: int) -> None:
    """Drop the elements nested deeper than ``depth`` levels (with their text), as the
    parser of a page that is not huge stops there."""
    level = 0
    deep: list[Element] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            level += 1
            if level == depth + 1:
                deep.append(el)
        else:
            level -= 1
    for el in deep:
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)


def _utf8(text: str) -> bytes | None:
    """``text`` as UTF-8, parsed by ``_UTF8_PARSER``; ``None`` for text that has no
    UTF-8 form (a lone surrogate), parsed as the ``str`` itself."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def cap_page(text: str, max_tags: int = MAX_TAGS, max_chars: int = MAX_CHARS) -> str:
    """The page's first ``max_tags`` tags within its first ``max_chars`` characters,
    cut at a tag start (the whole text when under both caps).

    >>> cap_page("<p>one</p><p>two</p>", max_tags=2)
    '<p>one</p>'
    >>> cap_page("<p>one</p><p>two</p>", max_chars=15)
    '<p>one</p>'
    """
    return _cap_page(text, max_tags, max_chars)[0]


def _cap_page(text: str, max_tags: int, max_chars: int, data: bytes | None = None) -> tuple[str, int]:
    """:func:`cap_page`'s text and at least the number of "<" in it (its length,
    when it is too short to be counted; the cap when it was cut); ``data``: the
    text as UTF-8, if known, where they are counted (the same number: "<" is one
    byte, and no other character's bytes hold it)."""
    if len(text) <= max_chars:
        if len(text) <= max_tags:  # no more "<" than characters: no count
            return text, len(text)
        tags = data.count(b"<") if data is not None else text.count("<")
        if tags <= max_tags:
            return text, tags
    head = text[:max_chars]
    parts = head.split("<", max_tags + 1)
    if len(parts) > max_tags + 1:  # stop before the first tag over the cap
        return head[:len(head) - len(parts[-1]) - 1], max_tags
    if len(head) == len(text):
        return head, max_tags
    start = head.rfind("<")  # cut by size: before the tag the cut fell in
    return (head[:start] if start > 0 else head), max_tags


def max_elements(tags: int) -> int:
    """The most elements a text of at most ``tags`` "<" parses into: each start tag
    makes one, and libxml2 adds at most the implied ``<html>``, ``<head>``,
    ``<body>`` and a ``<p>`` per tag (2.14 adds none of the last; random tag soup
    measured at most two over the count). Under the element cap, the walk of
    :func:`truncate_tree` over every element (a tenth of the parse) is skipped."""
    return 2 * tags + 4


def max_nodes(tags: int) -> int:
    """The most nodes (elements and text nodes) such a text parses into: each
    element holds at most one text node before its first child and is followed by
    at most one (its tail); libxml2 joins adjacent text."""
    return 3 * max_elements(tags) + 1


def cap_attributes(text: str, limit: int = MAX_ATTRIBUTES) -> str:
    """The page with every start tag of over ``limit`` attributes cut to its name
    (comments and script or style text are not tags, as for the parser).

    >>> cap_attributes('<p a b c d>x</p><i a b>y</i><script>a<b c d e f</script>', limit=3)
    '<p>x</p><i a b>y</i><script>a<b c d e f</script>'
    """
    plain = _plain_markup(limit)
    kept: list[str] = []
    done = 0
    pos = _plain_end(plain, text, 0)
    while pos < len(text):  # a start tag the pre-pass could not clear: read it exactly
        match = _MARKUP.match(text, pos)
        assert match is not None and match.group(1) is not None
        pos, name = match.end(), match.group(1)
        if match.end() - match.start() > 2 * limit and _attributes(match.group(0)) > limit:
            kept += [text[done:match.start()], f"<{name}>"]  # an attribute: a character and a separator
            done = match.end()
        raw = _RAW_TEXT.get(name.lower())
        if raw is not None and match.group(2):
            end = raw.search(text, pos)
            pos = end.start() if end else len(text)
        pos = _plain_end(plain, text, pos)
    return "".join([*kept, text[done:]]) if kept else text


def _plain_end(plain: re.Pattern[str], text: str, pos: int) -> int:
    """Where the pre-pass from ``pos`` stops: the end of the text, or a start tag."""
    match = plain.match(text, pos)  # it always matches, if only the empty string
    assert match is not None
    return match.end()


@functools.lru_cache(maxsize=4)
def _plain_markup(limit: int) -> re.Pattern[str]:
    """The pre-pass pattern for ``limit`` (see ``_PLAIN``); under a limit of 1 it
    clears no start tag."""
    if limit < 1:
        return re.compile(_PLAIN.format(raw="(?!)", body="(?!)"), re.DOTALL)
    body = _TAG_BODY.format(units=(limit - 1) // 2)
    raw = "|".join(_RAW.format(name="".join(f"[{c.upper()}{c}]" for c in name), body=body, end=name)
                   for name in _RAW_TEXT)
    return re.compile(_PLAIN.format(raw=raw, body=body), re.DOTALL)


def _attributes(tag: str) -> int:
    """Attributes in a start tag, at most: its separators outside quoted values, a
    quoted value's end among them (``a="1"b="2"`` is two attributes)."""
    return len(_ATTRIBUTE_SEPARATOR.findall(_QUOTED_VALUE.sub("= ", tag)))


def truncate_tree(root: Element, limit: int) -> bool:
    """Drop every element after the first ``limit`` (in document order); True if cut.

    >>> doc = etree.fromstring("<html><body>" + "<p>x</p>" * 10 + "</body></html>", _PARSER)
    >>> truncate_tree(doc, 5), len(doc.findall(".//p"))
    (True, 3)
    """
    last = None
    for count, element in enumerate(root.iter()):
        if count >= limit:
            last = element
            break
    if last is None:
        return False
    node = last
    while (parent := node.getparent()) is not None:
        index = parent.index(node)
        del parent[index + 1:]  # the following siblings, in one slice
        node = parent
    parent = last.getparent()
    if parent is not None:
        parent.remove(last)
    return True


# Removed children under one parent from which their tails are joined before the
# removal (fewer leave a few text nodes side by side: cheap to read).
_JOIN_TAILS_AT = 16


def strip_keeping_tails(root: Element, tags: tuple[str, ...]) -> None:
    """``etree.strip_elements(root, *tags, with_tail=False)``, each run of text the
    removal brings together left as one text node.

    libxml2 keeps the tails of removed siblings as separate, adjacent text nodes,
    and lxml reads such a run (``.text``, ``.tail``, ``itertext()``) by adding the
    nodes one by one to a growing string: quadratic (fuzz: 25,000 scripts under one
    parent, 7.9 s). Under a parent with many removed children the tails are joined
    first, in Python, onto the text before them, so the removal has none to leave."""
    tagset = frozenset(tags)
    parents: dict[Element, int] = {}
    for el in root.iter(*tags):
        parent = el.getparent()
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + 1
    for parent, removed in parents.items():
        if removed >= _JOIN_TAILS_AT:
            _join_tails(parent, tagset)
    etree.strip_elements(root, *tags, with_tail=False)


def _join_tails(parent: Element, tags: frozenset[str]) -> None:
    """Move the tails of ``parent``'s children named in ``tags`` onto the text before
    them (the parent's text, or the tail of the last child kept)."""
    owner: Element | None = None    # None: the parent's own text
    run = [parent.text or ""]
    moved: list[Element] = []
    for child in parent:
        if child.tag in tags:
            if child.tail:
                run.append(child.tail)
                moved.append(child)
            continue
        _set_run(parent, owner, run, moved)
        owner, run, moved = child, [child.tail or ""], []
    _set_run(parent, owner, run, moved)


# Characters lxml refuses to set as text (a broken page's parse keeps some): such a
# run is left as the strip leaves it.
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _set_run(parent: Element, owner: Element | None, run: list[str], moved: list[Element]) -> None:
    if not moved:
        return  # no tail to join: left as it is
    text = "".join(run)
    if _NOT_XML_TEXT.search(text):
        return
    if owner is None:
        parent.text = text or None
    else:
        owner.tail = text or None
    for child in moved:
        child.tail = None
