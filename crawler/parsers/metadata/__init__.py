"""Stage one of a page: what the article says about itself.

Structured data first (JSON-LD, OpenGraph, meta, microdata, read once for the
page by :mod:`crawler.parsers.structured`, typed values by :mod:`.values`), then the visible headline area
(:mod:`.header`, walking the elements around the headline with :mod:`.walk`).
Field rules live in :mod:`.titles`, :mod:`.authors` and :mod:`.dates`;
:mod:`.extract` chooses each field's value and records its source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crawler.parsers.metadata.extract import Metadata, extract_metadata

__all__ = ["Metadata", "extract_metadata"]


def __getattr__(name: str) -> Any:
    """:mod:`.extract` (every field's rules) on first use: a module that needs one
    rule (``authors.dedupe_names``) does not import them all."""
    if name in __all__:
        from crawler.parsers.metadata import extract

        return getattr(extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
