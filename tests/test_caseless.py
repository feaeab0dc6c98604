"""Caseless patterns (crawler/parsers/caseless.py) answer as the case-insensitive
pattern does, on ASCII and other text; and the author label's first-letter
lookahead (author_marks._LABEL_START) matches what the label words match."""

import re

from crawler.parsers.caseless import Caseless
from crawler.parsers.metadata import author_marks

_TEXTS = ["", "Caption", "figure-CAPTION big", "photo_credit", "PHOTO-Credit", "gallery-item",
          "Größe Caption", "ſlideshow", "GALLERY", "story-body", "ImageCredit", "img-credit x",
          "elementor-widget-posts", "Elementor-Widget-Theme-Post-Title", "comments", "no-comments-here",
          "\u212aelvin", "İstanbul caption", "related-posts", "RELATED", "sidebar widget"]


def _agrees(pattern: str, texts: list[str]) -> None:
    fast, exact = Caseless(pattern), re.compile(pattern, re.I)
    for text in texts:
        assert fast.search(text) == (exact.search(text) is not None), (pattern, text)
        assert fast.match(text) == (exact.match(text) is not None), (pattern, text)


def test_caseless_answers_as_the_case_insensitive_pattern():
    for pattern in (r"caption|(?:photo|image|img|pic|media)[-_]?credit|gallery|slideshow",
                    r"(?:^|\s)(?:comments?|repl(?:y|ies))(?:$|[\s_-])|(?:^|[\s_-])(?:(?<!elementor-)widgets?|related)",
                    r"^\s*(?:über\s+(?:den|die)\s+autor|about\s+the\s+authors?)\s*:?\s*$",
                    r"[a-z]+-\d", r"\bkelvin\b", r"istanbul"):
        _agrees(pattern, [*_TEXTS, "Über den Autor", "ABOUT THE AUTHOR:", "Kelvin", "ISTANBUL", "Ab-3"])


def test_a_pattern_that_could_answer_otherwise_takes_the_exact_path():
    for pattern in (r"[A-Z]x", r"\x41b", r"(?-i:UTC)|gmt", "\u017flide", r"(?i:a)b"):
        assert Caseless(pattern)._lower is None, pattern
        _agrees(pattern, ["Ax", "ax", "AB", "ab", "UTC", "utc", "slide", "ſlide", "ab", "AB"])
    assert Caseless(r"\S+\W\d").search("A-1")  # escapes with capitals are no capitals


def test_the_label_lookahead_matches_what_the_label_words_match():
    plain = re.compile(r"\s*" + author_marks._LABEL_WORDS, re.I)
    words = set(re.findall(r"[^\W\d_]{2,}", author_marks._LABEL_WORDS)) | {"作者", "记者", "記者", "责任编辑", "責任編輯"}
    texts = [""]
    for word in words:
        for form in (word, word.upper(), word.title(), f"  {word}: Jane Doe", f"\n{word.upper()} / x"):
            texts += [form, "x" + form]
    texts += ["Text & Fotos: A", "Autor*in: B", "Texto: C", "Texto Ampliar", "Written by D", "İnterview"]
    for text in texts:
        assert (author_marks._LABEL_START.match(text) is None) == (plain.match(text) is None), text


def test_kept_answers_are_the_answers_asked_again_and_after_the_table_is_emptied(monkeypatch):
    monkeypatch.setattr("crawler.parsers.caseless._KEPT_ANSWERS", 3)
    hint = Caseless(r"caption|gallery")
    texts = ["Figure-Caption", "story", "", "GALLERY x", "caption " + "x" * 300, "story"]
    first = [hint.search(text) for text in texts]
    assert first == [True, False, False, True, True, False]
    assert [hint.search(text) for text in texts] == first  # (answered from the table, or afresh)
    assert len(hint._found) <= 3 and all(len(text) <= 200 for text in hint._found)


def test_grouped_alternation_answers_as_the_pattern_as_written():
    """The yes-or-no tests run the alternation grouped by first letter (``factored``);
    branches that share a first letter, lookbehinds after it, sets holding ``|`` and
    groups before it answer as the pattern written out does."""
    from crawler.parsers.caseless import factored

    patterns = (r"cat|car|[|c]ow|(?:c|d)og|c+at|ca\|t", r"m(?<![^\W\d_]m)odifica|mis\s+à\s+jour|m[ao]in",
                r"posts by|profile of|profil von|rofile for", r"ab|a|(a)b\1")
    texts = ["", "a cat", "CAR", "Cow", "|ow", "dog", "cccat", "ca|t", "modifica", "xmodifica",
             "Mis à jour", "MAIN", "moin", "Posts By", "PROFIL VON x", "ab", "A", "abab"]
    assert factored(patterns[0]) == r"c(?:at|ar|a\|t)|[|c]ow|(?:c|d)og|c+at"
    assert factored(patterns[3]) == patterns[3]  # a back-reference: left as written
    for pattern in patterns:
        _agrees(pattern, [*texts, *(t.upper() for t in texts), *_TEXTS])
