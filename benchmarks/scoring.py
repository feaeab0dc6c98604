"""Scoring for article extraction: pure functions, no I/O.

Body text is scored with the metric of Zyte's article-extraction benchmark
(scrapinghub/article-extraction-benchmark, ``evaluate.py``), re-implemented here:

* tokens are ``\\w+`` runs (Python ``re``, Unicode, case kept, no normalisation);
* each text is a bag (multiset) of 4-token shingles; a text with 1-3 tokens is one
  shingle made of all its tokens, a text with no token has no shingle;
* per page, with the multiset intersection as true positives,
  precision = tp / |pred| (undefined when the prediction has no shingle) and
  recall = tp / |truth| (undefined when the truth has no shingle);
* over a set of pages, precision is the mean over pages where it is defined
  (non-empty prediction), recall the mean over pages where it is defined
  (non-empty truth; an empty prediction then scores 0), and F1 is the harmonic mean
  of those two means, not a mean of per-page F1s;
* accuracy is the share of pages whose token sequence equals the truth's exactly.

Segments (trafilatura's evaluation set, as its ``tests/comparison.py`` scores it):
each ``with`` segment found verbatim in the predicted body is a true positive, else
a false negative; each ``without`` segment found is a false positive, else a true
negative; precision, recall and F1 come from the counts summed over all pages (an
empty prediction: every ``with`` segment missed, every ``without`` segment avoided).

Metadata (Fundus and segments sets): title exact match after NFC + whitespace collapse + strip;
authors as a set of names (NFC, whitespace collapsed, case folded, empty names
dropped; two empty sets match); published date matches when the ``YYYY-MM-DD``
prefixes of the two ISO 8601 strings are equal (no prediction is a miss).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "SHINGLE_SIZE",
    "BodyScore",
    "BodySummary",
    "SegmentScore",
    "SegmentSummary",
    "authors_match",
    "date_match",
    "day_of",
    "normalise_name",
    "normalise_text",
    "rate",
    "score_body",
    "score_segments",
    "shingles",
    "summarize_body",
    "summarize_segments",
    "title_match",
    "tokenize",
    "unmatched_text",
]

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")

Shingle = tuple[str, ...]


def tokenize(text: str | None) -> list[str]:
    """The ``\\w+`` tokens of ``text``, case and accents kept (``None`` gives none).

    >>> tokenize("Hello, wörld! 3.5%")
    ['Hello', 'wörld', '3', '5']
    """
    return _TOKEN.findall(text or "")


def _shingle_list(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> list[Shingle]:
    """Shingles of ``tokens`` in document order (one short shingle for a short text)."""
    if not tokens:
        return []
    if len(tokens) < size:
        return [tuple(tokens)]
    return [tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]


def shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """The bag of ``size``-token shingles of a token sequence.

    >>> sorted(shingles(["a", "b", "c", "d", "e"]).items())
    [(('a', 'b', 'c', 'd'), 1), (('b', 'c', 'd', 'e'), 1)]
    >>> shingles(["a", "b"])
    Counter({('a', 'b'): 1})
    """
    return Counter(_shingle_list(tokens, size))


@dataclass(frozen=True, slots=True)
class BodyScore:
    """Shingle comparison of one predicted body with its truth."""

    tp: int
    """Shingles in both (multiset intersection)."""
    fp: int
    """Predicted shingles not in the truth (extra text)."""
    fn: int
    """Truth shingles not predicted (missing text)."""
    exact: bool
    """The two token sequences are identical."""

    @property
    def precision(self) -> float | None:
        """tp / predicted shingles; ``None`` when the prediction has no shingle."""
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else None

    @property
    def recall(self) -> float | None:
        """tp / truth shingles; ``None`` when the truth has no shingle."""
        expected = self.tp + self.fn
        return self.tp / expected if expected else None

    @property
    def f1(self) -> float:
        """Per-page harmonic mean of precision and recall, for ranking pages.

        1.0 when both texts are empty; 0.0 when only one of them is.
        """
        p, r = self.precision, self.recall
        if p is None and r is None:
            return 1.0
        if p is None or r is None or p + r == 0:
            return 0.0
        return 2 * p * r / (p + r)


def score_body(pred: str | None, truth: str | None) -> BodyScore:
    """Compare a predicted body with the true body by 4-token shingles.

    >>> s = score_body("a b c d e", "a b c d")
    >>> (s.tp, s.fp, s.fn, s.precision, s.recall)
    (1, 1, 0, 0.5, 1.0)
    """
    pred_tokens, truth_tokens = tokenize(pred), tokenize(truth)
    pred_bag, truth_bag = shingles(pred_tokens), shingles(truth_tokens)
    tp = sum((pred_bag & truth_bag).values())
    return BodyScore(
        tp=tp,
        fp=sum(pred_bag.values()) - tp,
        fn=sum(truth_bag.values()) - tp,
        exact=pred_tokens == truth_tokens,
    )


@dataclass(frozen=True, slots=True)
class BodySummary:
    """Body metrics over a set of pages."""

    precision: float
    """Mean per-page precision over pages with a non-empty prediction (0.0 if none)."""
    recall: float
    """Mean per-page recall over pages with a non-empty truth (0.0 if none)."""
    f1: float
    """Harmonic mean of :attr:`precision` and :attr:`recall`."""
    accuracy: float
    """Share of pages whose token sequence equals the truth exactly."""
    pages: int
    """Number of pages scored."""


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summarize_body(scores: Iterable[BodyScore]) -> BodySummary:
    """Aggregate per-page scores the way Zyte's benchmark does.

    >>> s = summarize_body([score_body("a b c d", "a b c d"), score_body("", "a b c d")])
    >>> (s.precision, s.recall, round(s.f1, 4), s.accuracy, s.pages)
    (1.0, 0.5, 0.6667, 0.5, 2)
    """
    items = list(scores)
    precision = _mean([s.precision for s in items if s.precision is not None])
    recall = _mean([s.recall for s in items if s.recall is not None])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = _mean([1.0 if s.exact else 0.0 for s in items])
    return BodySummary(precision, recall, f1, accuracy, len(items))


@dataclass(frozen=True, slots=True)
class SegmentScore:
    """Segment counts of one page (trafilatura's evaluation)."""

    tp: int
    """``with`` segments found in the body."""
    fn: int
    """``with`` segments missing."""
    fp: int
    """``without`` segments found in the body."""
    tn: int
    """``without`` segments absent."""

    @property
    def f1(self) -> float:
        """This page's F1 from its own counts (for ranking pages); 0.0 when tp is 0."""
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def score_segments(pred: str | None, with_segments: Iterable[str],
                   without_segments: Iterable[str]) -> SegmentScore:
    """Count verbatim (case- and space-sensitive) segment hits in ``pred``.

    >>> score_segments("Alpha beta. Gamma.", ["Alpha beta.", "Delta."], ["Gamma.", "Menu"])
    SegmentScore(tp=1, fn=1, fp=1, tn=1)
    """
    text = pred or ""
    found = [segment in text for segment in with_segments]
    leaked = [segment in text for segment in without_segments]
    return SegmentScore(tp=sum(found), fn=len(found) - sum(found),
                        fp=sum(leaked), tn=len(leaked) - sum(leaked))


@dataclass(frozen=True, slots=True)
class SegmentSummary:
    """Segment metrics over a set of pages, from summed counts."""

    precision: float
    recall: float
    f1: float
    pages: int


def summarize_segments(scores: Iterable[SegmentScore]) -> SegmentSummary:
    """P = tp / (tp + fp), R = tp / (tp + fn) over all pages' counts; F1 their harmonic mean.

    >>> s = summarize_segments([SegmentScore(3, 0, 1, 2), SegmentScore(1, 2, 0, 3)])
    >>> (s.precision, round(s.recall, 4), round(s.f1, 4), s.pages)
    (0.8, 0.6667, 0.7273, 2)
    """
    items = list(scores)
    tp, fn = sum(s.tp for s in items), sum(s.fn for s in items)
    fp = sum(s.fp for s in items)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return SegmentSummary(precision, recall, f1, len(items))


def unmatched_text(source: str | None, other: str | None, limit: int = 200) -> str:
    """Text of ``source`` whose shingles are not in ``other``, for error reports.

    Walks ``source``'s shingles in order, consuming matches from ``other``'s bag;
    tokens not covered by any matched shingle are kept, contiguous runs are joined
    by spaces and separated by `` … ``. When every token is covered but some
    shingles still do not match (text in another order, joins across paragraphs),
    those shingles are shown instead, separated by `` | ``. The result is cut to
    ``limit`` characters.
    With ``source`` = prediction this is the extra text; with ``source`` = truth,
    the missing text.

    >>> unmatched_text("x y a b c d", "a b c d")
    'x y'
    >>> unmatched_text("a b c d e f", "a b c d x c d e f")
    'b c d e'
    """
    tokens = tokenize(source)
    available = shingles(tokenize(other))
    keep = [True] * len(tokens)
    size = min(SHINGLE_SIZE, len(tokens))
    unmatched: list[str] = []
    for start, shingle in enumerate(_shingle_list(tokens)):
        if available[shingle] > 0:
            available[shingle] -= 1
            for i in range(start, start + size):
                keep[i] = False
        else:
            unmatched.append(" ".join(shingle))
    runs: list[str] = []
    current: list[str] = []
    for token, kept in zip(tokens, keep, strict=True):
        if kept:
            current.append(token)
        elif current:
            runs.append(" ".join(current))
            current = []
    if current:
        runs.append(" ".join(current))
    text = " … ".join(runs) or " | ".join(unmatched)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalise_text(text: str | None) -> str:
    """NFC, whitespace runs collapsed to one space, stripped (``None`` gives ``""``).

    >>> normalise_text("  Caf\\u0065\\u0301\\n news ")
    'Café news'
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def normalise_name(name: str | None) -> str:
    """An author name for set comparison: :func:`normalise_text`, then case folded."""
    return normalise_text(name).casefold()


def title_match(pred: str | None, truth: str | None) -> bool:
    """Titles equal after :func:`normalise_text` (case and punctuation kept)."""
    return normalise_text(pred) == normalise_text(truth)


def authors_match(pred: Iterable[str] | None, truth: Iterable[str] | None) -> bool:
    """Author name sets equal after :func:`normalise_name`; two empty sets match.

    >>> authors_match(["Jane  DOE", "john smith"], ["John Smith", "Jane Doe"])
    True
    """
    def names(values: Iterable[str] | None) -> set[str]:
        return {n for n in (normalise_name(v) for v in values or ()) if n}

    return names(pred) == names(truth)


def day_of(value: str | None) -> str | None:
    """The leading ``YYYY-MM-DD`` of an ISO 8601 string, else ``None``.

    >>> day_of("2024-04-22T13:39:00+02:00"), day_of("22 April 2024")
    ('2024-04-22', None)
    """
    match = _ISO_DAY.match(value or "")
    return match.group(1) if match else None


def date_match(pred: str | None, truth: str | None) -> bool:
    """Same calendar day as written (no time-zone shift); a missing prediction misses."""
    day = day_of(pred)
    return day is not None and day == day_of(truth)


def rate(flags: Iterable[bool]) -> float:
    """Share of true values (0.0 for no values)."""
    values = list(flags)
    return sum(values) / len(values) if values else 0.0
