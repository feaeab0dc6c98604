"""``cap_attributes`` reads most of a page with one pre-pass pattern and only the
start tags that pattern cannot clear with the exact loop; on any text its output is
the exact loop's (the reference below, the function as it was before the pre-pass).
Generated hostile strings, from fixed seeds, mix tag pieces, quotes, ``=``, comments,
script and style text and tags with attribute counts around the limit."""

from __future__ import annotations

import random

import pytest

from crawler.parsers import document
from crawler.parsers.document import MAX_ATTRIBUTES, cap_attributes

# Pieces that change how the rest of a tag is read: quotes only open a value after
# ``=``, a tag name can hold ``=``, quotes and ``<``, comments and raw text may be
# unclosed, and characters that ``re.I`` folds to ASCII letters (ſ, ı, İ, K).
PIECES = [
    "<", ">", '"', "'", "=", "/", " ", "\n", "\t", "a", "x", "-", "!", "<a", "<p ", "<b\n",
    "<a/", "<p/>", "</p>", "<i>", "<script>", "<script ", "</script>", "</SCRIPT >", "<SCRIPT",
    "<Script/>", "<style>", "<style a=1>", "</style", "</ſcript>", "</scrıpt>", "<scrİpt>",
    "<ſcript>", "<!--", "-->", "<!-", "<!->", "a=\"1\"", "b='x y'", "c=d", "= \"", "=\n'",
    "<a=", "<a=\"", "<a='x ", "<a\"b", "<a<a", "<1", "<\u212a", "\u00e9", "\u3000", "\x0b",
]


def reference(text: str, limit: int = MAX_ATTRIBUTES) -> str:
    """The exact loop over every comment and start tag (no pre-pass)."""
    kept: list[str] = []
    done = pos = 0
    while match := document._MARKUP.search(text, pos):
        pos, name = match.end(), match.group(1)
        if name is None:
            continue
        if match.end() - match.start() > 2 * limit and document._attributes(match.group(0)) > limit:
            kept += [text[done:match.start()], f"<{name}>"]
            done = match.end()
        raw = document._RAW_TEXT.get(name.lower())
        if raw is not None and match.group(2):
            end = raw.search(text, pos)
            pos = end.start() if end else len(text)
    return "".join([*kept, text[done:]]) if kept else text


def attributes(rng: random.Random, count: int) -> str:
    """``count`` attributes in one of the shapes real and broken tags use."""
    shape = rng.choice([" a", " a=1", ' a="1"', "a='1'", " a = '1 2' ", "/a", ' a=">"', " w\n"])
    return shape * count


def hostile(rng: random.Random, limit: int) -> str:
    parts = []
    for _ in range(rng.randint(1, 40)):
        if rng.random() < 0.15:
            name = rng.choice(["p", "script", "STYLE", "a=", "a\"", "x<y"])
            close = rng.choice([">", "", "'", '"', "=\"", " "])
            parts.append(f"<{name}{attributes(rng, limit + rng.randint(-2, 2))}{close}")
        else:
            parts.append(rng.choice(PIECES))
    return "".join(parts)


@pytest.mark.parametrize("limit", [0, 1, 2, 3, 5, 8])
def test_the_pre_pass_changes_no_output_on_hostile_strings(limit: int) -> None:
    rng = random.Random(limit)
    cut = 0
    for _ in range(6_000):
        text = hostile(rng, limit)
        expected = reference(text, limit)
        assert cap_attributes(text, limit) == expected, text
        cut += expected != text
    assert cut > 500  # the strings reach the limit often, not only stay under it


def test_the_pre_pass_changes_no_output_at_the_real_limit() -> None:
    rng = random.Random(1000)
    cut = 0
    for _ in range(300):
        text = hostile(rng, MAX_ATTRIBUTES)
        expected = reference(text)
        assert cap_attributes(text) == expected
        cut += expected != text
    assert cut > 30


@pytest.mark.parametrize("text", [
    "<a" * 50_000,
    '<p a="' + "<a x=" * 50_000,
    "<a x=" * 50_000,
    "<p " + "a " * 5_000 + "><i " + "b=1 " * 999 + ">",
    "<script>" + "<p " + "a " * 5_000 + "</script><p " + "a " * 5_000,
    "<!--" + "<p " + "a " * 5_000,
    "<p a='" + ">" * 10 + " b" * 5_000 + "'>" + "<i " + "a=\">\" " * 1_001 + ">",
])
def test_the_pre_pass_changes_no_output_on_long_runs(text: str) -> None:
    assert cap_attributes(text) == reference(text)
