"""``vocabulary.any_of`` (its phrases grouped by first character) finds what the
alternation as written finds: the same places and ends, with ``search`` from any
position and ``finditer``, on generated texts of the phrases the parsers use and
of random phrases sharing prefixes and special characters."""

import random
import re

from crawler.parsers.body import boilerplate as bp
from crawler.parsers.body import furniture
from crawler.parsers.vocabulary import any_of, any_of_pattern

_REAL = [bp.PAYWALL_MARKERS, bp.APPEAL_OPENINGS, bp.APPEAL_WORDS, bp.COMMENT_NOUNS, bp.MODERATION_WORDS,
         furniture._PAYWALL, furniture._APPEAL_OPENINGS, furniture._NEWSLETTER_NOUNS, furniture._NEWSLETTER_VERBS]


def _random_phrases(rng: random.Random) -> list[str]:
    letters = "aab -.(é中|*?\\"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 12))]


def _agree(phrases: list[str], texts: list[str]) -> None:
    grouped, written = any_of(phrases), re.compile(any_of_pattern(phrases))
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in written.finditer(text)], (phrases, text)
        for pos in range(0, len(text) + 1, 3):
            one, two = grouped.search(text, pos), written.search(text, pos)
            assert (one and one.span()) == (two and two.span()), (phrases, text, pos)


def test_grouped_phrases_match_as_the_alternation_as_written():
    rng = random.Random(5)
    for phrases in _REAL:
        words = list(phrases)
        texts = [" ".join(rng.choice([*words, "the", "to", "sub", "free", "Subscribe"]) for _ in range(rng.randint(1, 6)))
                 for _ in range(150)]
        _agree(words, texts + [w[:-1] for w in words] + [w.upper() for w in words])
    for _ in range(400):
        phrases = _random_phrases(rng)
        texts = ["".join(rng.choice([*phrases, "a", " ", "b", "-"]) for _ in range(rng.randint(0, 8))) for _ in range(8)]
        _agree(phrases, texts)
