"""The date label pattern with each group's words grouped by first letter
(``date_labels._LABEL``, :func:`crawler.parsers.caseless.factored`) finds the
same labels as the pattern as written: the same places, groups and ends, on
generated texts of label words in every case, run together and apart."""

import random
import re

from crawler.parsers.caseless import _top_alternatives
from crawler.parsers.metadata import date_labels
from crawler.parsers.vocabulary import UPDATED_PATTERN

_WRITTEN = re.compile(date_labels._label_pattern(lambda words: words), re.I)
_GROUPS = ("published", "updated", "field", "line")


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), *(m.span(group) for group in _GROUPS)) for m in pattern.finditer(text)]


def _words() -> list[str]:
    """Every label word (a pattern's ``\\s+`` as a space, optional parts both ways)."""
    words = []
    for alternation in (date_labels._PUBLISHED_WORDS, UPDATED_PATTERN, "date|datum|fecha"):
        for word in _top_alternatives(alternation):
            plain = word.replace(r"\s+", " ")
            words += [re.sub(r"\(\?:(.*?)\)\?", "", plain), re.sub(r"\(\?:(.*?)\)\?", r"\1", plain)]
    return words


_JOINS = [" ", "  ", "\n", ": ", " on ", " am ", " le ", "", "-", "x", " :\n", "\t", " 12.03.2024 ", "\n\n"]
_ODD = ["ı", "İ", "ſ", "\u212a", "ß", "é", "É", "Ö", "ü", "Я"]


def _case(word: str, rng: random.Random) -> str:
    return rng.choice([word, word.upper(), word.title(), "".join(
        c.upper() if rng.random() < 0.5 else c for c in word)])


def test_grouped_label_words_find_what_the_written_pattern_finds():
    assert date_labels._LABEL.pattern != _WRITTEN.pattern  # (grouped: the test compares two patterns)
    rng = random.Random(8)
    words = _words()
    texts = [_case(word, rng) + join for word in words for join in ("", " 2024", ":", "\n")]
    for _ in range(3000):
        parts = [rng.choice(words + _ODD + ["Posted", "updated", "last", "on", "the"]) for _ in range(rng.randint(1, 8))]
        texts.append("".join(_case(part, rng) + rng.choice(_JOINS) for part in parts))
    for text in texts:
        assert _found(date_labels._LABEL, text) == _found(_WRITTEN, text), text


def test_no_two_first_letters_of_a_group_are_one_letter_in_another_case():
    """What keeps the grouped alternation's matches the written one's: at a place of
    the text, only words opening with letters of one case-insensitive class match."""
    for alternation in (date_labels._PUBLISHED_WORDS, UPDATED_PATTERN):
        firsts = {word[0] for word in _top_alternatives(alternation)}
        for a in firsts:
            for b in firsts - {a}:
                assert not re.fullmatch(re.escape(a), b, re.I), (a, b)
