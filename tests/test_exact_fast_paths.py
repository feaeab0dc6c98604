"""Fast paths that must answer exactly as the slower forms they replace (speed work only:
no record may change)."""

from __future__ import annotations

import re

import pytest

from crawler.parsers.metadata import closing_credits

# The source-line patterns as they were, with "\s*\(?\s*" (quadratic on a text of space alone).
_KEYS = r"quelle|fonte|fuente|source|kaynak|źródło|bron|источник|по\s+материалам|πηγή|με\s+πληροφορίες\s+από"
_OLD_LINE = re.compile(rf"^\s*\(?\s*(?:{_KEYS}|©)\s*[:：]?\s*(.{{2,40}}?)\s*\)?\s*\.?\s*$", re.I)
_OLD_OPENING = re.compile(rf"^\s*\(?\s*(?:(?:{_KEYS})\b|©)", re.I)

TEXTS = ["Quelle: dpa", "(Quelle: dpa)", " ( Quelle : dpa ) .", "\n\t  (\n  Source: AFP)", "© AFP", " (© Reuters)",
         "Πηγή: ΑΠΕ-ΜΠΕ", "По  материалам Интерфакс", "Με πληροφορίες από ΑΠΕ-ΜΠΕ", "Quellen: dpa", "Sources say",
         "((Quelle: dpa))", "( ( Quelle", "   ", "\n\t\t\t\t", " ( ", "(", "", "Hello world", "Source:", "Fonte:ab",
         "  (  \n  ", "sourced from AP", "Quelle: " + "x" * 45, "KAYNAK: AA", " \u00a0(\u00a0Źródło: PAP\u00a0)"]


@pytest.mark.parametrize("text", TEXTS)
def test_source_patterns_answer_as_before(text: str) -> None:
    old, new = _OLD_LINE.match(text), closing_credits._SOURCE_LINE.match(text)
    assert (old and (old.span(), old.groups())) == (new and (new.span(), new.groups()))
    old, new = _OLD_OPENING.match(text), closing_credits._SOURCE_OPENING.match(text)
    assert (old and old.span()) == (new and new.span())


def test_source_opening_on_long_indentation() -> None:
    """An element's text of indentation alone (a template's) is read once, not split every way."""
    assert closing_credits._SOURCE_OPENING.match(" \n" * 20_000) is None
    assert closing_credits._SOURCE_OPENING.match(" \n" * 20_000 + "(  Quelle: dpa)") is not None
