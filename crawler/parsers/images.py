"""Figures inside the article: ``[{url, alt, caption, credit}]``.

The body extractor drops figures and captions as furniture (so captions never
reach ``body``); this module keeps what they say. Scope: the article's own
element (``itemprop=articleBody``, else the ``<article>`` holding the most
paragraphs, else ``<main>``, else the page body); inside it, every ``<figure>``
(and every ``<picture>``/``<img>`` in a box whose class says caption / media /
figure) that is not in navigation, an aside, a footer or a related / promo card.

Caption and credit: the ``<figcaption>`` text, with the credit split off when it
sits in its own element (class or itemprop naming credit / copyright / source /
author, or ``<small>`` / ``<cite>``) or trails the caption as "Photo: Name",
"Foto: Name", "(Image: Name)" or "© Name".
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from crawler.items import Image
from crawler.parsers.metadata.walk import text_of
from crawler.parsers.selectors import ARTICLE_BODY, first_body
from crawler.parsers.structured import Structured

__all__ = ["MAX_IMAGES", "extract_images"]

MAX_IMAGES = 50
_SKIP_ANCESTORS = ("nav", "aside", "footer", "header", "form")
_CARD_ATTR = re.compile(r"related|promo|teaser|recommend|more-?from|most-?read|sponsor|advert|"
                        r"card|newsletter|share|social|author-?(?:bio|box|avatar)|avatar", re.I)
_CREDIT_ATTR = re.compile(r"credit|copyright|source|photographer|byline|author", re.I)
_CREDIT_TRAIL = re.compile(
    r"\s*[(\[]?\s*(?:(?:photo(?:graph)?|image|picture|foto|bild|illustration|credit|"
    r"photo credit|quelle)\s*:\s*|©\s*|\(c\)\s*)([^()\[\]]{2,120}?)\s*[)\]]?\s*$", re.I)
_SPACE = re.compile(r"\s+")
_CREDIT_PREFIX = re.compile(r"^\s*(?:(?:photo(?:graph)?|image|picture|foto|bild|illustration|credit|"
                            r"photo credit|quelle)\s*:\s*|©\s*|\(c\)\s*)+", re.I)
_BOX_ATTR = re.compile(r"caption|figure|media|image|photo", re.I)


def _scope(doc: Any, data: Structured | None) -> Any:
    """The element that holds the article (see the module docstring); ``data``: the
    page's structured data, whose list of itemprop holders saves a walk."""
    found = data.with_itemprop("articleBody") if data is not None else ARTICLE_BODY(doc)
    if found:
        return found[0]
    # (tag walks of the whole document, not "//article" and ".//p": no node set built
    # and sorted; a fifth less)
    root = doc.getroottree().getroot()
    articles = list(root.iter("article"))
    if articles:
        return max(articles, key=lambda el: sum(1 for _ in el.iter("p")))
    main = next(root.iter("main"), None)
    if main is not None:
        return main
    body = first_body(doc)
    return body if body is not None else doc


def _excluded(el: Any, scope: Any, known: dict[Any, bool]) -> bool:
    """True when an ancestor of ``el`` below ``scope`` is a card or furniture. The
    ancestors' verdicts are kept in ``known``, so that boxes nested a hundred deep
    do not each climb the same ancestors again."""
    climbed: list[Any] = []
    verdict = False
    for anc in el.iterancestors():
        if anc is scope:
            break
        if anc in known:
            verdict = known[anc]
            break
        climbed.append(anc)
        attrs = " ".join(filter(None, (anc.get("class"), anc.get("id"))))
        if anc.tag in _SKIP_ANCESTORS or (attrs and _CARD_ATTR.search(attrs)):
            verdict = True
            break
    for anc in climbed:
        known[anc] = verdict
    return verdict


def _image_url(img: Any, base: str) -> str | None:
    for name in ("src", "data-src", "data-lazy-src", "data-original"):
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return urljoin(base, value)
    srcset = (img.get("srcset") or img.get("data-srcset") or "").strip()
    if srcset:
        first = srcset.split(",")[0].strip().split(" ")[0]
        if first and not first.startswith("data:"):
            return urljoin(base, first)
    return None


def _credit_text(text: str) -> str | None:
    return _CREDIT_PREFIX.sub("", text).strip(" ()[]") or None


def _caption_and_credit(caption_el: Any) -> tuple[str | None, str | None]:
    """The caption's text and its credit, split apart (see the module docstring)."""
    text = _SPACE.sub(" ", " ".join(caption_el.itertext())).strip()
    own = " ".join(filter(None, (caption_el.get("class"), caption_el.get("itemprop"))))
    if own and _CREDIT_ATTR.search(own):
        return None, _credit_text(text)  # the whole caption is a credit line
    credit = None
    for el in caption_el.iter():
        attrs = " ".join(filter(None, (el.get("class"), el.get("itemprop"))))
        if el is not caption_el and (el.tag in ("small", "cite") or (attrs and _CREDIT_ATTR.search(attrs))):
            raw = text_of(el)
            credit = _credit_text(raw) if raw else None
            if raw and text.endswith(raw):
                text = text[: -len(raw)].strip()
            break
    if credit is None:
        match = _CREDIT_TRAIL.search(text)
        if match and match.start() > 0:
            credit = _credit_text(match.group(1))
            text = text[: match.start()].strip()
    return text.rstrip(" |-–—") or None, credit


def _figure_boxes(scope: Any) -> list[Any]:
    """``<figure>`` elements and captioned image boxes, in page order, none nested."""
    boxes: list[Any] = []
    inside: set[Any] = set()
    for el in scope.iter("figure", "img"):
        if el in inside or any(anc in inside for anc in el.iterancestors()):
            continue
        box = el
        if el.tag == "img":
            parent = el.getparent()
            box = parent.getparent() if parent is not None and parent.tag in ("picture", "a") else parent
            attrs = " ".join(filter(None, (box.get("class"), box.get("id")))) if box is not None else ""
            if box is None or not _BOX_ATTR.search(attrs):
                continue
        boxes.append(box)
        inside.add(box)
    return boxes


def extract_images(doc: Any, url: str, data: Structured | None = None) -> list[Image]:
    """The figures inside the article, in page order, without duplicates (``data``:
    the structured data read from ``doc``, if at hand)."""
    scope = _scope(doc, data)
    images: list[Image] = []
    seen: set[str] = set()
    known: dict[Any, bool] = {}
    for box in _figure_boxes(scope):
        if _excluded(box, scope, known):
            continue
        img = next(box.iter("img"), None)
        if img is None:
            continue
        src = _image_url(img, url)
        if src is None or src in seen:
            continue
        seen.add(src)
        caption_el = next(box.iter("figcaption"), None)
        if caption_el is None:
            caption_el = next((el for el in box.iter() if el is not box and re.search(
                r"caption", el.get("class") or "", re.I)), None)
        caption, credit = _caption_and_credit(caption_el) if caption_el is not None else (None, None)
        alt = _SPACE.sub(" ", img.get("alt") or "").strip() or None
        images.append(Image(url=src, alt=alt, caption=caption, credit=credit))
        if len(images) >= MAX_IMAGES:
            break
    return images
