"""Pages from review 21 of the s21-body rules: each one a misfire of the first cut
(a story section named "Comments" over a form or two pictures, everyday words taken
for share-bar words, a bio beside the story kept, hidden boxes of a grid's class, a
story sentence that opens like a consent placeholder)."""

from __future__ import annotations

import pytest

from crawler.parsers.body.furniture import furniture_rule
from tests.test_body import P1, P2, P3, P4, TITLE, article, blocks, page

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


# --- F4: hidden boxes join a shown one's series only by a word of state ----------------------

ABOUT = ("The Example Times was founded in 1887 by a group of printers in the harbour district and has "
         "been owned by a charitable trust since 1961.",
         "Its newsroom of forty reporters and editors covers the city, the region and national politics, "
         "with a weekly supplement on science and health.")
ETHICS = ("Reporters at the paper do not accept gifts, travel or hospitality from the people and companies "
          "they write about, under rules adopted in 1998.",
          "Corrections are printed on page two of the next edition and added to the foot of the online "
          "article, with the date the change was made.")


def _hidden(cls: str, texts: tuple[str, str]) -> str:
    return f"<div class='{cls}' style='display:none'><p>{texts[0]}</p><p>{texts[1]}</p></div>"


@pytest.mark.parametrize(("shown", "hidden"), [
    ("col", "col k9"),                # a grid's class: unrelated boxes share it
    ("col-md-8", "col-md-8 d-none"),
    ("part", "part about-us"),        # a word that says what the box holds, not its state
    ("part", "part modal k9"),        # two words more
])
def test_hidden_boxes_whose_class_is_not_the_shown_ones_but_for_a_state_stay_out(shown, hidden):
    html = article(f"<div class='{shown}'>{STORY}</div>" + _hidden(hidden, ABOUT) + _hidden(hidden, ETHICS))
    assert _texts(html) == [P1, P2, P3, P4]


# --- F3: a <div> of text beside the story box is text only before a part of the story ----------

BIO = ("Jane Doe is a health reporter at The Example Times. She previously covered science for two "
       "regional papers and lives in Bristol.")
COPYRIGHT = ("Copyright 2025 The Example Times. All rights reserved. This material may not be published "
             "or redistributed.")
PITCH = ("Our journalism depends on readers like you. If you value this reporting, consider becoming a "
         "member today.")
_PARTS = [f"Part {i}: {p}" for i, p in enumerate((P3, P4, P5, P6) * 3, 1)]


def _sections(after: str) -> str:
    rest = "".join(f"<div class='k6'><p>{a}</p><p>{b}</p></div>"
                   for a, b in zip(_PARTS[::2], _PARTS[1::2], strict=True))
    return page(f"<div class='k1'><div class='kh'><h1>{TITLE}</h1></div><div class='k0'><div class='k2'>"
                f"<div class='k5'><div class='k8'>{rest}</div></div>{after}</div>"
                "<div class='k7'><p>Sidebar note.</p></div></div></div>")


@pytest.mark.parametrize("after", [
    "<h4>Topics</h4><ul><li><a href='/t/h'>Health</a></li><li><a href='/t/t'>Trauma care</a></li></ul>"
    f"<div class='k3'>{BIO}</div>",
    f"<div class='k3'>{COPYRIGHT}</div>",
    f"<div class='k3'>{PITCH}</div>",
    f"<ul><li>Print edition: page 4</li><li>Filed under health and science</li></ul><div class='k3'>{COPYRIGHT}</div>",
    f"<h3>About the author</h3><div class='k3'>{BIO}</div>",
])
def test_a_div_of_text_after_the_story_box_stays_out(after):
    assert _texts(_sections(after)) == _PARTS


# --- F1: a story's section named like a comments thread keeps the rest of the story -----------

NEWSLETTER = ("<div class='k8'><p>Get the morning briefing.</p><form action='/subscribe'><input name='email'>"
              "<button>Sign up</button></form></div>")
SEARCH = "<div class='k8'><form action='/search'><input name='q'><button>Go</button></form></div>"


def _chart(i: int) -> str:
    return f"<div class='k5'><img src='/a{i}.jpg' alt='Chart {i}'><p>Chart {i}: posts per day in 2024.</p></div>"


def _quote(text: str, who: str) -> str:
    return f"<div class='q'><blockquote><p>{text}</p><cite>{who}</cite></blockquote></div>"


@pytest.mark.parametrize("inner", [
    # 1a: a newsletter box in the section
    f"<p>{P1}</p><p>{P2}</p><h2>Comments</h2><p>{P5}</p><p>{P6}</p>{NEWSLETTER}<p>{P3}</p><p>{P4}</p>",
    # 1b: two charts in the section
    f"<p>{P1}</p><p>{P2}</p><h2>Comments</h2><p>{P5}</p>{_chart(1)}{_chart(2)}<p>{P6}</p><p>{P3}</p><p>{P4}</p>",
    f"<p>{P1}</p><p>{P2}</p><h3>Kommentare</h3>{_chart(1)}{_chart(2)}<p>{P5}</p><p>{P6}</p><p>{P3}</p><p>{P4}</p>",
    f"<p>{P1}</p><p>{P2}</p><h2>User comments</h2><div class='gallery'><div><img src='/1.jpg'></div>"
    f"<div><img src='/2.jpg'></div></div><p>{P5}</p><p>{P6}</p><p>{P3}</p><p>{P4}</p>",
    # 1c: two pull quotes with a <cite> under a counted heading
    f"<p>{P1}</p><p>{P2}</p><h2>5 comments on the new budget</h2>{_quote(P5, 'Jane Roe, economist')}"
    f"{_quote(P6, 'John Doe, mayor')}<p>{P3}</p><p>{P4}</p>",
    f"<p>{P1}</p><p>{P2}</p><h2>3 replies to my critics</h2><div class='poll'><form><p>Do you agree?</p>"
    f"<input type='radio' name='v'>Yes<input type='radio' name='v'>No</form></div><p>{P5}</p><p>{P6}</p>"
    f"<p>{P3}</p><p>{P4}</p>",
    # 1d: a comment count near the top, a search box under it
    f"<p>{P1}</p><h4>12 Comments</h4>{SEARCH}<p>{P2}</p><p>{P5}</p><p>{P6}</p><p>{P3}</p><p>{P4}</p>",
])
def test_a_section_named_like_a_thread_over_a_form_or_pictures_keeps_the_story(inner):
    texts = _texts(_wrap(inner))
    assert all(p in texts for p in (P1, P2, P3, P4, P5, P6))


def test_a_comment_count_over_a_reply_form_above_the_story_cuts_nothing():
    # a count and a reply box under the lead, the story's paragraphs after them
    html = _wrap(f"<p>{P1}</p><p>{P5}</p><h4>12 Comments</h4><div class='k8'><form><textarea name='c'></textarea>"
                 f"</form></div><p>{P2}</p><p>{P3}</p><p>{P4}</p>")
    assert all(p in _texts(html) for p in (P1, P2, P3, P4))


def test_a_section_named_like_a_thread_inside_the_story_box_keeps_the_rest():
    html = article(f"<p>{P1}</p><p>{P2}</p><h2>Comments</h2><p>{P5}</p><p>{P6}</p>{NEWSLETTER}"
                   f"<h2>Moderation</h2><p>{P3}</p><p>{P4}</p>")
    assert all(p in _texts(html) for p in (P1, P2, P3, P4, P5, P6))


# --- s22: a tab set's hidden panes are the panes' own texts, not the story's next parts ---------

def _pane(cls: str, pane_id: str, role: str, texts: tuple[str, str], hidden: bool = True) -> str:
    style = " style='display:none'" if hidden else ""
    return f"<div class='{cls}' id='{pane_id}'{role}{style}><p>{texts[0]}</p><p>{texts[1]}</p></div>"


def _tab_set(controls: str = "", box: str = "panes", shown: str = "pane is-active", hidden: str = "pane",
             role: str = "") -> str:
    return (f"<div class='box'><div class='strip'>{controls}</div><div class='{box}'>"
            + _pane(shown, "t1", role, (P1, P2), hidden=False) + _pane(hidden, "t2", role, ABOUT)
            + _pane(hidden, "t3", role, ETHICS) + "</div></div>")


@pytest.mark.parametrize("tabs", [
    # ARIA's pane role
    _tab_set(role=" role='tabpanel'"),
    # a strip of ARIA tab buttons naming the panes (buttons are stripped before the walk)
    _tab_set("".join(f"<button role='tab' aria-controls='t{i}'>{label}</button>"
                     for i, label in enumerate(("Story", "About us", "Ethics"), 1))),
    # Bootstrap's tab links
    _tab_set("".join(f"<a data-bs-toggle='tab' href='#t{i}'>{label}</a>"
                     for i, label in enumerate(("Story", "About us", "Ethics"), 1)), shown="part is-active", hidden="part"),
    # a tab set's class on the box of panes
    _tab_set(box="tab-content", shown="part k9", hidden="part"),
])
def test_the_hidden_panes_of_a_tab_set_after_the_story_stay_out(tabs):
    """A tab set's hidden panes (about us, ethics) are texts a reader picks, not the
    next parts of the story: kept out whatever their class, where the page marks the
    set as tabs (a tabpanel role, tabs naming the panes, a tab set's class)."""
    texts = _texts(article(STORY + tabs))
    assert ABOUT[0] not in texts and ETHICS[0] not in texts
    assert texts[:4] == [P1, P2, P3, P4]


def test_a_listicle_shown_one_part_at_a_time_or_a_carousel_with_tab_dots_stays_whole():
    """With no tabs naming them, hidden parts of the shown part's make are the
    story's next parts; a carousel's slides stay too when its dots are tabs."""
    parts = (_pane("part", "p1", "", (P1, P2), hidden=False) + _pane("part k9", "p2", "", (P3, P4))
             + _pane("part k9", "p3", "", (P5, P6)))
    assert _texts(article(parts)) == [P1, P2, P3, P4, P5, P6]
    slides = (f"<div class='slick-slide slick-active' id='s1' role='tabpanel'><p>{P1}</p><p>{P2}</p></div>"
              f"<div class='slick-slide' id='s2' role='tabpanel' style='display:none'><p>{P3}</p><p>{P4}</p></div>"
              "<ul class='slick-dots'><li><button role='tab' aria-controls='s1'>1</button></li>"
              "<li><button role='tab' aria-controls='s2'>2</button></li></ul>")
    assert _texts(article(slides)) == [P1, P2, P3, P4]
