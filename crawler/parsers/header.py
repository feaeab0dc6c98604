"""The visible article header: headline element, byline, dateline, reading time,
section label and tag list, read from the elements around the headline.

Only a bounded window of elements is looked at (a few before the headline, a
hundred or so after), so comment sections and footers never feed the byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from crawler.parsers.authors import clean_byline, dedupe, looks_like_byline
from crawler.parsers.dates import find_date_in_text, normalise_date, parse_reading_time
from crawler.parsers.structured import Structured, as_text
from crawler.parsers.titles import similar

__all__ = ["HeaderScan", "find_headline", "scan_header"]

_SPACE = re.compile(r"\s+")
_AUTHOR_HINT = re.compile(r"author|byline|byl\b|writer|autor|auteur|verfasser|creator", re.I)
_DATE_HINT = re.compile(r"date|time|publish|posted|datum|fecha|meta|byline|info|dateline", re.I)
_SECTION_HINT = re.compile(r"section|categor|kicker|eyebrow|rubri|ressort|breadcrumb|overline|"
                           r"topic|channel|label|tag", re.I)
_SKIP_HINT = re.compile(r"comment|related|share|social|newsletter|promo|advert|sidebar|footer|"
                        r"recommend|teaser|most-?read|popular", re.I)
_TEXT_TAGS = frozenset({"p", "div", "span", "time", "a", "address", "li", "small", "strong", "b",
                        "em", "i", "header", "section", "footer", "ul", "dd", "dt", "h2", "h3",
                        "h4", "h5", "h6", "font", "td", "label", "cite"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "svg", "button", "form", "nav", "aside",
                        "iframe", "select", "option", "template", "figure", "figcaption",
                        "picture", "img", "video", "audio", "input", "textarea"})
_DEK_HINT = re.compile(r"dek|standfirst|sub-?title|subhead|summary|lead|intro|teaser|excerpt|"
                       r"description|strapline|deck|abstract", re.I)
_WINDOW_AFTER = 160
_WINDOW_BEFORE = 40
_PUBLISHED_WORDS = re.compile(r"publi|posted|veröffentlicht|erschienen|publicado|pubblicato|"
                              r"gepubliceerd|opublikowano|^on\b|^am\b|^le\b", re.I)
_UPDATED_WORDS = re.compile(r"updated|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt|"
                            r"stand|modified|geändert", re.I)


@dataclass(slots=True)
class HeaderScan:
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    byline_raw: str | None = None
    date_text: str | None = None
    date_raw: str | None = None
    time_datetime: str | None = None
    reading_minutes: int | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    dek: str | None = None


def _text(el: Any, limit: int = 400, sep: str = "") -> str:
    try:
        text = sep.join(el.itertext()) if sep else el.text_content()
    except Exception:  # noqa: BLE001
        return ""
    if len(text) > limit * 4:
        return ""
    return _SPACE.sub(" ", text).strip()


def _in(el: Any, tags: tuple[str, ...]) -> bool:
    for anc in el.iterancestors():
        if anc.tag in tags:
            return True
    return False


def find_headline(doc: Any, data: Structured) -> tuple[Any, bool]:
    """The visible headline element (the h1 that best matches the declared titles)
    and whether it matches them; else an anchor h1 and False."""
    refs = [t for t in (
        as_text(data.article.get("headline")) if data.article is not None else None,
        data.first("og:title"), data.first("twitter:title"), data.title_tag) if t]
    best, best_score = None, 0.0
    count = 0
    for el in doc.iter("h1"):
        count += 1
        if count > 15:
            break
        text = _text(el, 300)
        if not text or len(text) > 400:
            continue
        if refs:
            score = max(similar(text, r) for r in refs)
        else:
            score = 0.6
        if _in(el, ("article", "main")):
            score += 0.05
        if score > best_score:
            best, best_score = el, score
    if best is not None and best_score >= 0.5:
        return best, True
    for el in doc.xpath('//*[@itemprop="headline"][not(self::meta)]')[:3]:
        text = _text(el, 300)
        if text and (not refs or max(similar(text, r) for r in refs) >= 0.5):
            return el, True
    # No h1 agrees with the declared titles: still anchor the byline search on the
    # article's h1 (its text is not used as the title).
    first_in_article = None
    for el in doc.iter("h1"):
        if _text(el, 300) and _in(el, ("article", "main")):
            first_in_article = el
            break
    if first_in_article is not None:
        return first_in_article, False
    return (best, False) if count == 1 and best is not None else (None, False)


def _following(start: Any, limit: int) -> Iterator[Any]:
    """Elements after ``start`` in document order (its descendants first)."""
    n = 0
    for el in start.iterdescendants():
        yield el
        n += 1
        if n >= limit:
            return
    node = start
    while node is not None:
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            yield sib
            n += 1
            if n >= limit:
                return
            for el in sib.iterdescendants():
                yield el
                n += 1
                if n >= limit:
                    return
        node = node.getparent()


def _preceding(start: Any, limit: int, levels: int = 4) -> Iterator[Any]:
    """Elements before ``start`` within a few ancestor levels, closest first."""
    n = 0
    node = start
    for _ in range(levels):
        if node is None:
            return
        for sib in node.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            for el in reversed(list(sib.iter())):
                yield el
                n += 1
                if n >= limit:
                    return
        node = node.getparent()


def _attrs(el: Any) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"),
                                  el.get("rel"), el.get("data-testid"))))


def _skipped(el: Any) -> bool:
    if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
        return True
    for anc in el.iterancestors():
        if anc.tag in _SKIP_TAGS:
            return True
    return False


def scan_header(doc: Any, found: tuple[Any, bool], language: str | None) -> HeaderScan:
    """Read byline, date, reading time, section and tags near the headline."""
    scan = HeaderScan()
    headline, is_title = found
    if headline is None:
        return scan
    if is_title:
        scan.headline = _text(headline, 400) or None
    long_paragraphs = 0
    for el in _following(headline, _WINDOW_AFTER):
        tag = el.tag
        if not isinstance(tag, str) or tag not in _TEXT_TAGS:
            if tag == "h1" or tag == "article":
                break
            continue
        attrs = _attrs(el)
        if attrs and _SKIP_HINT.search(attrs) and not _AUTHOR_HINT.search(attrs):
            continue
        if len(el) > 12 and tag != "time":
            continue  # a container: its children are read one by one
        if tag == "time" and scan.time_datetime is None:
            value = normalise_date(el.get("datetime") or "")
            if value and not _UPDATED_WORDS.search(attrs):
                scan.time_datetime = value
                scan.date_raw = scan.date_raw or _text(el, 100) or el.get("datetime")
        text = _text(el, 300, " ")
        if not text:
            continue
        if tag == "p" and len(text) > 200:
            long_paragraphs += 1
            if long_paragraphs >= 2:
                break
            continue
        if len(text) > 250 or _skipped(el):
            continue
        if not scan.authors:
            _byline(scan, text, attrs, el)
        if scan.date_text is None and len(text) < 160 and (tag == "time" or _DATE_HINT.search(attrs)
                                                            or len(el) <= 3):
            if not _UPDATED_WORDS.search(text) or _PUBLISHED_WORDS.search(text):
                value = find_date_in_text(text, language)
                if value:
                    scan.date_text = value
                    scan.date_raw = text
        if scan.reading_minutes is None and len(text) < 160:
            scan.reading_minutes = parse_reading_time(text)
    _scan_section(headline, scan)
    scan.dek = _find_dek(headline, scan)
    return scan


_SEGMENTS = re.compile(r"\s+[|·•]\s+")


def _byline(scan: HeaderScan, text: str, attrs: str, el: Any) -> None:
    hinted = bool(attrs and _AUTHOR_HINT.search(attrs) and len(text) < 120)
    parts = [text]
    if not hinted and not looks_like_byline(text):
        parts = [p for p in _SEGMENTS.split(text)[1:] if looks_like_byline(p)][:1]
    for part in parts:
        names = clean_byline(part)
        if names:
            if part is text and max(len(n.split()) for n in names) >= 4:
                names = _names_by_chunk(el) or names
            scan.authors, scan.byline_raw = names, text
            return


def _names_by_chunk(el: Any) -> list[str]:
    """Names printed in separate elements with no separator between them
    ("<a>Jane Doe</a><a>John Roe</a>"): each text chunk read on its own."""
    names: list[str] = []
    for n, chunk in enumerate(el.itertext()):
        if n > 30:
            return []
        chunk = chunk.strip()
        if not chunk:
            continue
        found = clean_byline(chunk)
        if any(len(name.split()) < 2 for name in found):
            return []
        names.extend(found)
    names = dedupe(names)
    return names if len(names) >= 2 else []


def _find_dek(headline: Any, scan: HeaderScan) -> str | None:
    """The standfirst: the headline's next sibling (or a hinted element right after)."""
    for n, el in enumerate(headline.itersiblings()):
        if n >= 3 or not isinstance(el.tag, str):
            break
        if el.tag not in ("p", "h2", "div", "span"):
            continue
        text = _text(el, 500)
        if not text:
            continue
        hinted = bool(_DEK_HINT.search(_attrs(el)))
        if (30 <= len(text) <= 500 and (hinted or el.tag in ("p", "h2"))
                and text != scan.byline_raw and text != scan.date_raw
                and not looks_like_byline(text)):
            return text
        if not hinted:
            break
    return None


def _scan_section(headline: Any, scan: HeaderScan) -> None:
    fallback: str | None = None
    for el in _preceding(headline, _WINDOW_BEFORE):
        if el.tag != "a" or _skipped(el):
            continue
        text = _text(el, 60)
        if not text or len(text) > 50 or len(text.split()) > 5:
            continue
        hinted = _SECTION_HINT.search(_attrs(el)) or any(
            _SECTION_HINT.search(_attrs(anc)) for anc in list(el.iterancestors())[:2])
        if hinted:
            scan.section = text
            return
        if fallback is None:
            fallback = text
    if fallback is not None:
        scan.section = fallback
