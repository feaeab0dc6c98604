"""Pin the benchmark scorer (benchmarks/scoring.py) on hand-computed cases.

Shingles are 4-token windows; a text of n >= 4 tokens has n - 3 of them, a text
of 1-3 tokens exactly one (all its tokens), a text with no token none. The numbers
in the comments are worked out by hand from that rule.
"""

from __future__ import annotations

import pytest

from benchmarks.scoring import (
    authors_match,
    date_match,
    day_of,
    normalise_name,
    normalise_text,
    rate,
    score_body,
    shingles,
    summarize_body,
    title_match,
    tokenize,
    unmatched_text,
)


def counts(pred: str, truth: str) -> tuple[int, int, int]:
    score = score_body(pred, truth)
    return score.tp, score.fp, score.fn


# --- tokens and shingles -------------------------------------------------------------


def test_tokens_are_word_runs_case_kept():
    assert tokenize("Hello, World! It's 3.5% e-mail snake_case") == [
        "Hello", "World", "It", "s", "3", "5", "e", "mail", "snake_case"]
    assert tokenize(None) == [] and tokenize(" -- !! ") == []


def test_unicode_words():
    assert tokenize("Ünïcödé Straße 東京タワー café") == ["Ünïcödé", "Straße", "東京タワー", "café"]
    # No normalisation (as upstream): a decomposed accent is not a word character.
    assert tokenize("cafe\u0301 au lait") == ["cafe", "au", "lait"]


def test_shingle_counts():
    assert sum(shingles(tokenize("a b c d e f")).values()) == 3
    assert shingles(tokenize("a b c")) == {("a", "b", "c"): 1}
    assert shingles([]) == {}


# --- body: one page ------------------------------------------------------------------


def test_perfect_match():
    score = score_body("The quick brown fox jumps.", "The  quick brown\n\nfox jumps")
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)
    assert (score.precision, score.recall, score.f1, score.exact) == (1.0, 1.0, 1.0, True)


def test_punctuation_and_layout_do_not_matter():
    assert score_body("Hello, world!\n\nFoo bar.", "Hello world Foo bar").exact


def test_empty_prediction():
    score = score_body("", "a b c d e")  # truth: 2 shingles
    assert (score.tp, score.fp, score.fn) == (0, 0, 2)
    assert score.precision is None  # undefined, left out of the precision mean
    assert score.recall == 0.0 and score.f1 == 0.0 and not score.exact
    assert score_body(None, "a b c d e").recall == 0.0


def test_both_empty():
    score = score_body("", "")
    assert score.precision is None and score.recall is None
    assert score.f1 == 1.0 and score.exact


def test_empty_truth():
    score = score_body("x y z w", "")
    assert score.precision == 0.0 and score.recall is None and score.f1 == 0.0


def test_extra_text():
    # pred shingles: xyab yabc abcd bcde cdef; truth: abcd bcde cdef
    assert counts("x y a b c d e f", "a b c d e f") == (3, 2, 0)
    score = score_body("x y a b c d e f", "a b c d e f")
    assert score.precision == pytest.approx(0.6) and score.recall == 1.0
    assert score.f1 == pytest.approx(0.75)  # 2 * 0.6 / 1.6


def test_missing_text():
    # truth: 5 shingles, pred: abcd bcde
    assert counts("a b c d e", "a b c d e f g h") == (2, 0, 3)
    score = score_body("a b c d e", "a b c d e f g h")
    assert score.precision == 1.0 and score.recall == pytest.approx(0.4)
    assert score.f1 == pytest.approx(4 / 7)  # 2 * 0.4 / 1.4


def test_short_texts_are_one_shingle():
    assert counts("Hello world", "Hello world") == (1, 0, 0)
    # ("Hello", "world") vs ("Hello", "world", "again", "now"): no shingle in common
    assert counts("Hello world", "Hello world again now") == (0, 1, 1)
    assert counts("one two three", "zero one two three") == (0, 1, 1)


def test_repeated_shingles_are_a_multiset():
    # truth "a b c d a b c d": abcd x2, bcda, cdab, dabc (5 shingles)
    assert counts("a b c d", "a b c d a b c d") == (1, 0, 4)
    # pred 12 tokens: abcd x3, bcda x2, cdab x2, dabc x2 (9); tp = 2 + 1 + 1 + 1
    assert counts("a b c d " * 3, "a b c d a b c d") == (5, 4, 0)
    assert score_body("a b c d " * 3, "a b c d a b c d").precision == pytest.approx(5 / 9)


def test_case_matters():
    assert counts("The Cat sat down", "the cat sat down") == (0, 1, 1)


# --- body: a set of pages ------------------------------------------------------------


def test_summary_means_then_f1():
    pages = [
        score_body("a b c d e", "a b c d e"),  # P 1, R 1, exact
        score_body("", "a b c d e"),  # P undefined, R 0
        score_body("x y a b c d e f", "a b c d e f"),  # P 0.6, R 1
        score_body("a b c d e", "a b c d e f g h"),  # P 1, R 0.4
    ]
    summary = summarize_body(pages)
    assert summary.precision == pytest.approx(2.6 / 3)  # over the 3 non-empty predictions
    assert summary.recall == pytest.approx(0.6)  # (1 + 0 + 1 + 0.4) / 4
    assert summary.f1 == pytest.approx(2 * (2.6 / 3) * 0.6 / (2.6 / 3 + 0.6))  # 0.709090...
    assert summary.f1 == pytest.approx(0.7090909)
    assert summary.accuracy == 0.25 and summary.pages == 4


def test_summary_leaves_out_empty_truth_from_recall():
    summary = summarize_body([score_body("x y z w", ""), score_body("a b c d", "a b c d")])
    assert summary.precision == 0.5  # (0 + 1) / 2
    assert summary.recall == 1.0  # only the page with a truth
    assert summary.f1 == pytest.approx(2 / 3)


def test_summary_of_nothing():
    summary = summarize_body([])
    assert (summary.precision, summary.recall, summary.f1, summary.accuracy) == (0, 0, 0, 0)
    assert summarize_body([score_body("", "a b c d")]).f1 == 0.0


def test_unmatched_text_shows_extra_and_missing():
    pred, truth = "Share this x a b c d e", "a b c d e f g h"
    assert unmatched_text(pred, truth) == "Share this x"
    assert unmatched_text(truth, pred) == "f g h"
    assert unmatched_text("a b c d", "a b c d") == ""
    assert unmatched_text("w " * 100, "", limit=10) == "w w w w w…"
    # Every token matched somewhere, one shingle not (a join the truth does not have):
    assert unmatched_text("a b c d e f", "a b c d x c d e f") == "b c d e"


# --- metadata ------------------------------------------------------------------------


def test_title_normalisation():
    assert normalise_text("  Breaking:\n\t news \u00a0 today ") == "Breaking: news today"
    assert title_match("Cafe\u0301 opens", "Café opens")  # NFD == NFC
    assert title_match(" A  title ", "A title")
    assert not title_match("a title", "A title")  # case kept
    assert not title_match("A title | Site", "A title")
    assert not title_match(None, "A title") and title_match(None, "")


def test_authors_set_match():
    assert normalise_name("  JANE\n Doe ") == "jane doe"
    assert authors_match(["Jane  DOE", "john smith"], ["John Smith", "Jane Doe"])
    assert authors_match(["Jane Doe", "Jane Doe", " "], ["jane doe"])  # duplicates, blanks
    assert authors_match(["Zoe\u0308"], ["ZOË"])  # NFC, then case folded
    assert authors_match([], []) and authors_match(None, [])
    assert not authors_match([], ["Jane Doe"])
    assert not authors_match(["Jane Doe"], ["Jane Doe", "AP"])
    assert not authors_match(["By Jane Doe"], ["Jane Doe"])


def test_published_day():
    assert day_of("2024-04-22T13:39:00+02:00") == "2024-04-22"
    assert day_of("2024-04-22") == "2024-04-22" and day_of("22.04.2024") is None
    assert date_match("2024-04-22T23:30:00-05:00", "2024-04-22")
    assert date_match("2024-04-22", "2024-04-22T00:00:00")
    # Days are compared as written: no conversion between time zones.
    assert not date_match("2024-04-22T23:30:00-05:00", "2024-04-23T04:30:00+00:00")
    assert not date_match(None, "2024-04-22") and not date_match("", "2024-04-22")
    assert not date_match("April 22, 2024", "2024-04-22")


def test_rate():
    assert rate([True, False, True, True]) == 0.75 and rate([]) == 0.0
