"""The visible article header: headline element, byline, dateline, reading time,
section label (read by :mod:`..sections`) and tag list, read from the elements around
the headline.

Only a bounded window of elements is looked at (a few before the headline, a
hundred or so after), so comment sections and footers never feed the byline.

Its parts: :mod:`.headline` (with :mod:`.headline_fallbacks` and :mod:`.headline_text`)
finds the headline; :mod:`.scan` reads the window (:mod:`.bounds`) line by line
(:mod:`.lines`, :mod:`.bylines`, :mod:`.datelines`, :mod:`.updates`) and the lines
:mod:`.above` it into a :class:`.scan_state.HeaderScan`; :mod:`.dek` and :mod:`.tags`
read the standfirst and the tag list.
"""

from __future__ import annotations

from crawler.parsers.metadata.header.headline import find_headline, marked_title, reheadlined
from crawler.parsers.metadata.header.scan import scan_header
from crawler.parsers.metadata.header.scan_state import HeaderScan
from crawler.parsers.metadata.header.tags import find_tags

__all__ = ["HeaderScan", "find_headline", "find_tags", "marked_title", "reheadlined", "scan_header"]
