"""The shared bounded text reads (crawler/parsers/bounded_text.py): each stops at its
budget and gives what the stage's own copy gave before."""

from lxml import etree

from crawler.parsers.bounded_text import (
    leading_text,
    longer_than,
    short_text,
    stripped_size,
    text_head,
    text_of,
)


def _el(markup: str) -> etree._Element:
    return etree.fromstring(markup)


def test_leading_text_keeps_the_piece_that_reaches_the_budget_whole():
    el = _el("<div>abc<b>defgh</b>ij<i>kl</i></div>")
    assert leading_text(el, 4) == "abcdefgh"
    assert leading_text(el, 8) == "abcdefgh"
    assert leading_text(el, 9) == "abcdefghij"
    assert leading_text(el, 100) == "abcdefghijkl"
    assert text_head(el, 4) == "abcd"


def test_short_text_collapses_whitespace_and_cuts():
    el = _el("<div>  one\n\n two <b>three</b>   four</div>")
    assert short_text(el, 9) == "one two t"
    assert short_text(el, 100) == "one two three four"


def test_short_text_reads_no_further_than_twice_its_length_and_one():
    # pieces of 10 characters, mostly spaces: the budget of 11 ends in the second
    el = _el("<div>a         <b>b         </b><i>c</i></div>")
    assert short_text(el, 5) == "a b"
    assert short_text(el, 20) == "a b c"


def test_stripped_size_counts_stripped_pieces_up_to_the_limit():
    el = _el("<div> ab <b> cd </b> ef </div>")
    assert stripped_size(el, 100) == 6
    assert stripped_size(el, 3) == 4  # stops after the piece that reached the limit


def test_longer_than_is_strict():
    el = _el("<div> ab <b> cd </b></div>")
    assert longer_than(el, 3)
    assert not longer_than(el, 4)
    assert not longer_than(el, 5)


def test_text_of_gives_nothing_past_four_times_its_limit():
    el = _el("<div>one <b>two</b></div>")
    assert text_of(el, 10) == "one two"
    assert text_of(el, 1) == ""
    assert text_of(_el("<div>one<b>two</b></div>"), 10, " ") == "one two"


def test_a_leaf_reads_as_its_pieces_would():
    # (a leaf's text is read directly, not through itertext: the same answers)
    root = _el("<div><p>  one\n two  </p><b/><i>x</i><a>a b c d e f</a></div>")
    for el in root.iter():
        if len(el):
            continue
        whole = "".join(el.itertext())
        assert leading_text(el, 3) == whole
        assert text_of(el, 100) == " ".join(whole.split())
        assert text_of(el, 2) == ("" if len(whole) > 8 else " ".join(whole.split()))
        assert short_text(el, 100) == " ".join(whole.split())
