"""Fast paths that must answer exactly as the slower forms they replace (speed work only:
no record may change)."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

import lxml.html
import pytest

from crawler.parsers.body import blocks
from crawler.parsers.body.text import collapse
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


def _old_closing_wire(headline: Any) -> list[str]:
    """:func:`.closing_credits.closing_wire` as it was: every paragraph's place read, a credit found or not."""
    cc = closing_credits
    scope, around = cc.story_of(headline), frozenset(headline.iterancestors())
    stories: dict[Any, bool] = {}
    memo: dict[Any, Any] = {"headline": headline}
    found: list[str] = []
    for el in islice(cc.following(headline, cc._MAX_SCAN), cc._MAX_SCAN):
        if el.tag not in cc._CLOSING_TAGS or (scope is not None and not cc.within(el, scope)) or cc._holds_blocks(el):
            continue
        line = cc.text_of(el, 2_000, " ")
        wire = cc._closing_wire_of(el, line)
        if (wire is None and len(line) < cc.LONG_PARAGRAPH) or cc._elsewhere(el, around) or cc._in_caption(el) \
                or cc._other_story(el, around, stories) or cc.in_other_stories(el, headline, memo):
            continue
        found = [wire] if wire is not None else []
    return found


_PARAGRAPH = "<p>" + "The council said on Tuesday that the project would be finished by the end of next year. " * 4 + "</p>"
_TAILS = ["<p>(AP)</p>", "<p>Text (dpa/AFP)</p>", "<figure><p>(Reuters)</p></figure>", "<p><em>AFP</em></p>",
          '<div class="comments">' + _PARAGRAPH + "</div>", '<ul class="related"><li>' + _PARAGRAPH + "</li></ul>",
          '<figcaption>' + _PARAGRAPH + "</figcaption>", '<article><h1>Other</h1>' + _PARAGRAPH + "</article>",
          '<img src="a.jpg"><p>Reuters</p>', "<p>he told the agency (AFP).</p>"]


@pytest.mark.parametrize("tails", [(a, b, c) for a in _TAILS for b in _TAILS[:5] for c in ("", _PARAGRAPH)])
def test_closing_wire_answers_as_before(tails: tuple[str, str, str]) -> None:
    page = ("<html><body><main><article><h1>Council delays vote</h1><div class='body'>"
            + _PARAGRAPH * 2 + "".join(tails) + "</div></article><aside>" + _PARAGRAPH + "<p>(AP)</p></aside></main></body></html>")
    headline = lxml.html.fromstring(page).find(".//h1")
    assert closing_credits.closing_wire(headline) == _old_closing_wire(headline)


@pytest.mark.parametrize("part", [" ", "\n\t ", "\u00a0", "\u2003 \u3000", "\r\n"])
def test_a_part_of_space_alone_is_no_line(part: str) -> None:
    """``blocks._Walker.add_parts`` skips a part of space alone: it collapses to nothing."""
    assert part.isspace() and collapse(part.replace(blocks._BR, " ")) == ""
