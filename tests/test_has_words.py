"""``has_words``: the threshold form of ``count_words``, read no further than it needs, with
the same answer on every text (Latin words, digits, underscores, Han and kana runs, punctuation)."""

from __future__ import annotations

import doctest
import random

import pytest

from crawler.parsers import vocabulary
from crawler.parsers.vocabulary import count_words, has_words

_PIECES = ("a", "Ferry", "it's", "3", "_", "é", "Łódź", "南", "海", "トラフ", "ひ", "、", "。", " ", "  ", "\n",
           ".", "-", "—", "!", "«", "»", "\u00a0", "राज्य", "ש")


@pytest.mark.parametrize("seed", range(40))
def test_the_same_answer_as_counting(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(60):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 60)))
        for least in range(0, 16):
            assert has_words(text, least) == (count_words(text) >= least), (text, least)


@pytest.mark.parametrize(("text", "least", "expected"), [
    ("one two three four five six seven eight nine ten eleven twelve.", 12, True),
    ("one two three four five six seven eight nine ten eleven.", 12, False),
    ("南海トラフ地震の臨時情報を受けて、自治体が避難所を開設した", 12, True),  # 2 runs and 28 Han/kana characters: 16
    ("南海トラフ、一時調査", 12, False),
    ("", 1, False),
    ("", 0, True),
])
def test_thresholds(text: str, least: int, expected: bool) -> None:
    assert has_words(text, least) is expected


def test_doctests() -> None:
    assert doctest.testmod(vocabulary).failed == 0
