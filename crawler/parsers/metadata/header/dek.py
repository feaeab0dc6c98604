"""The standfirst (dek) printed under the headline."""

from __future__ import annotations

import re
from typing import Any

from crawler.parsers.metadata.authors import looks_like_byline
from crawler.parsers.metadata.header.scan_state import HeaderScan
from crawler.parsers.metadata.walk import attrs_of, text_of
from crawler.parsers.page_notes import names_the_article

DEK_HINT = re.compile(r"dek|standfirst|sub-?title|subhead|summary|lead|intro|teaser|excerpt|"
                       r"description|strapline|deck|abstract", re.I)


def find_dek(headline: Any, scan: HeaderScan) -> str | None:
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
        hinted = bool(DEK_HINT.search(attrs_of(el)))
        if (30 <= len(text) <= 500 and (hinted or el.tag in ("p", "h2"))
                and text != scan.byline_raw and text != scan.date_raw
                and not looks_like_byline(text)):
            return text
        if not hinted:
            break
    return None
