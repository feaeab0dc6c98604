"""The fields corpus builders ask for, around the body stage: figures and access
signals read from the whole page before the body stage strips it; detected
language and access status decided from the extracted body after it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crawler.items import Image
from crawler.parsers.access import AccessSignals, classify_access, read_access_signals
from crawler.parsers.images import extract_images
from crawler.parsers.language import detect_language
from crawler.parsers.page import ParsedPage

__all__ = ["PageSignals", "read_signals"]


@dataclass(frozen=True, slots=True)
class PageSignals:
    """What the page shows before its tree is stripped."""

    images: list[Image]
    access: AccessSignals

    def fields(self, body: str, words: int, provenance: dict[str, str]) -> dict[str, Any]:
        """The record's corpus fields, and ``provenance`` with the access evidence."""
        detected = detect_language(body)
        access, evidence = classify_access(self.access, words)
        return {
            "detected_language": detected[0] if detected else None,
            "language_confidence": detected[1] if detected else None,
            "images": self.images,
            "access": access,
            "provenance": provenance | {"access": evidence},
        }


def read_signals(page: ParsedPage) -> PageSignals:
    """Figures and access evidence of a page (call before the body stage)."""
    return PageSignals(images=extract_images(page.doc, page.url, page.structured), access=read_access_signals(page))
