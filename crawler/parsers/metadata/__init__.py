"""Stage one of a page: what the article says about itself.

Structured data first (JSON-LD, OpenGraph, meta, microdata, read once for the
page by :mod:`crawler.parsers.structured`, typed values by :mod:`.values`), then the visible headline area
(:mod:`.header`, walking the elements around the headline with :mod:`.walk`).
Field rules live in :mod:`.titles`, :mod:`.authors` and :mod:`.dates`;
:mod:`.extract` chooses each field's value and records its source.
"""

from crawler.parsers.metadata.extract import Metadata, extract_metadata

__all__ = ["Metadata", "extract_metadata"]
