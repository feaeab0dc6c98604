"""The "updated" words' whole-word test is written after each word's first letter
(``header.updates._whole_word``), for speed: it must find what the look-behind written first
found, at the same places, in every case and spelling ``re.IGNORECASE`` folds."""

from __future__ import annotations

import itertools
import re

from crawler.parsers.caseless import Caseless
from crawler.parsers.metadata.header.updates import (
    _UPDATED_WORDS,
    _WHOLE_WORDS_ONLY,
    UPDATED_HINT,
    UPDATED_LABEL,
)
from crawler.parsers.vocabulary import UPDATED_PATTERN

_LOOK_BEHIND_FIRST = re.compile("|".join(rf"(?<![^\W\d_]){w}(?![^\W\d_])" if w in _WHOLE_WORDS_ONLY else w
                                         for w in UPDATED_PATTERN.split("|")), re.I)
# What may stand before or after a word: nothing, a space, a letter (ASCII or not), a
# digit, punctuation, and the letters whose case folds to an ASCII one.
_BESIDE = ("", " ", "x", "É", "é", "1", "_", "-", "\n", "ſ", "ı", "İ", "\u212a")


def _spellings(word: str) -> list[str]:
    """``word`` as printed: lower case, capitalised, upper case, its "s", "i" and "k"
    as the long s, the dotless i and the Kelvin sign, its first letter cut."""
    return [word, word.capitalize(), word.upper(), word.replace("s", "ſ").replace("i", "ı"),
            word.replace("k", "\u212a"), word[1:]]


def _texts() -> list[str]:
    words = [w.replace(r"\s+", " ").replace("\\", "") for w in UPDATED_PATTERN.split("|")]
    return [before + spelling + after for word in words for spelling in _spellings(word)
            for before, after in itertools.product(_BESIDE, repeat=2)]


def test_the_words_are_found_where_the_look_behind_first_found_them() -> None:
    texts = _texts()
    assert len(texts) > 10_000
    assert [[m.span() for m in _UPDATED_WORDS.finditer(t)] for t in texts] == \
        [[m.span() for m in _LOOK_BEHIND_FIRST.finditer(t)] for t in texts]


def test_the_yes_or_no_form_answers_as_the_look_behind_first() -> None:
    before = Caseless(_LOOK_BEHIND_FIRST.pattern)
    texts = _texts()
    assert [UPDATED_HINT.search(t) for t in texts] == [before.search(t) for t in texts]
    assert UPDATED_HINT.search("entry-date updated") and not UPDATED_HINT.search("standfirst")


def test_a_text_with_an_updated_label_holds_an_updated_word() -> None:
    # ``past_update`` and ``updated_date`` ask the cached yes-or-no test before the label's
    # search: every label the search finds must be a word the test finds.
    texts = _texts() + [t + " on: 3 May 2024" for t in _texts()[:5_000]]
    labelled = [t for t in texts if UPDATED_LABEL.search(t)]
    assert len(labelled) > 1_000
    assert all(UPDATED_HINT.search(t) for t in labelled)
