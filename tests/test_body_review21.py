"""Pages from review 21 of the s21-body rules: each one a misfire of the first cut
(a story section named "Comments" over a form or two pictures, everyday words taken
for share-bar words, a bio beside the story kept, hidden boxes of a grid's class, a
story sentence that opens like a consent placeholder)."""

from __future__ import annotations

import pytest

from crawler.parsers.body.furniture import furniture_rule
from tests.test_body import P1, P2, P3, P4, TITLE, blocks, page

STORY = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))
P5 = ("The survey of 4,000 readers found that most of them never scroll down to read the remarks under "
      "a story, the researchers said in their report on Tuesday.")
P6 = ("Moderators at the paper now remove about a tenth of all posts, up from a twentieth two years ago, "
      "according to figures the newsroom released this week.")


def _texts(html: str) -> list[str]:
    return [text for _, text in blocks(html)]


def _wrap(inner: str) -> str:
    return page(f"<div><h1>{TITLE}</h1><div>{inner}</div></div>")


# --- F2: share labels are whole lines; their words stay words -------------------------------

@pytest.mark.parametrize("line", ["Like this:", "Or like this:", "Like", "Like this.", "Loading",
                                  "This, like this.", "Like, this.", "Diesen Beitrag", "Flattr"])
def test_the_words_of_a_share_label_are_not_share_words(line):
    assert furniture_rule(line) is None


def test_a_tutorials_lead_in_lines_stay():
    html = _wrap(f"<p>{P1}</p><p>{P2}</p><p>Like this:</p><pre>pip install clippings</pre>"
                 f"<p>{P3}</p><p>Or like this:</p><pre>uv add clippings</pre><p>{P4}</p>")
    texts = _texts(html)
    assert "Like this:" in texts and "Or like this:" in texts


# --- F5: a consent placeholder is the whole line ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Click the button below to load the content — that is all the banner says, critics complained.",
    "Click on the button below to load the content of any site, the regulator said, and users learn nothing.",
])
def test_a_story_sentence_that_opens_like_a_consent_placeholder_stays(sentence):
    assert furniture_rule(sentence) is None
    assert sentence in _texts(_wrap(f"<p>{P1}</p><p>{P2}</p><p>{sentence}</p><p>{P3}</p>"))
