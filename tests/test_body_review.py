"""Review findings on the body rules (#8): news kept, furniture dropped, bounded work."""

from __future__ import annotations

import pytest

from crawler.parsers.body.furniture import furniture_rule
from tests.test_body import P1, P2, P3, P4, article, blocks

STORY = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))


def _texts(html: str) -> list[str]:
    return [text for _, text in blocks(html)]


# --- disclosures and reader pronouns ------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Critics say the video was a sponsored post.",
    "Bloggers who use affiliate links must say so, the court ruled.",
    "Der Beitrag enthält Werbung für ein Medikament, sagte sie vor dem Landgericht in München am Dienstag.",
    "Die Firma sagte, ihr Newsletter habe 3000 Leser, die sich per Signup-Formular angemeldet hätten, erklärte sie.",
])
def test_news_about_a_disclosure_or_a_newsletter_is_kept(sentence):
    assert sentence in _texts(article(STORY + f"<p>{sentence}</p>"))


@pytest.mark.parametrize("line, rule", [
    ("*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke.", "disclosure"),
    ("This post contains affiliate links, and we may earn a commission.", "disclosure"),
    ("If you buy something through the links on this page, we may earn a commission.", "disclosure"),
    ("Den Telegram-Kanal der Redaktion können Sie jetzt abonnieren.", "channel-promo"),
])
def test_site_disclosures_and_formal_address_are_still_notices(line, rule):
    found = furniture_rule(line)
    assert found is not None and found.name == rule


# --- inline teasers -------------------------------------------------------------------------

TEASER_LINK = "<a href='/other'>Mayor resigns after long dispute over the harbour bridge</a>"


@pytest.mark.parametrize("lead", ["Related", "Watch", "Don't miss", "Most read"])
def test_a_link_after_a_one_or_two_word_label_is_a_teaser(lead):
    texts = _texts(article(f"<p>{P1}</p><p>{P2}</p><p>{lead} {TEASER_LINK}</p><p>{P3}</p><p>{P4}</p>"))
    assert texts == [P1, P2, P3, P4]


@pytest.mark.parametrize("line", [
    "Under the new rules <a href='/r'>member countries can veto any budget that raises their payments sharply</a>, officials said.",
    "The ministry said that <a href='/r'>rents in the capital rose by a fifth in the last two years</a>.",
])
def test_a_sentence_that_runs_into_its_link_is_text(line):
    texts = _texts(article(f"<p>{P1}</p><p>{P2}</p><p>{line}</p><p>{P3}</p><p>{P4}</p>"))
    assert len(texts) == 5


# --- bounded work ---------------------------------------------------------------------------


def test_one_long_link_in_deep_wrappers_is_a_link_box_read_in_bounded_steps():
    # boxes nested 250 deep around one link: each box used to read the whole link's text
    # again (depth x text); the box check reads a few elements and the words before the link
    from lxml import html as lxml_html

    from crawler.parsers.body.blocks import _cites_link, _text_before
    wrapped = "<div>" * 250 + "intro words <a href='/z'>" + "l " * 5000 + "</a>" + "</div>" * 250
    texts = _texts(article(STORY + wrapped))
    assert texts == [P1, P2, P3, P4]
    box = lxml_html.fromstring("<div><p>" + "word " * 2000 + "and then <a href='/z'>a link</a>.</p></div>")
    link = next(box.iter("a"))
    assert _text_before(box, link).endswith("word and then ") and len(_text_before(box, link)) == 200
    assert _cites_link(box)


# --- the story beside <main> ----------------------------------------------------------------

STANDFIRST = ("The city council voted on Tuesday to close the old harbour bridge for two years of "
              "repairs, a decision that will reroute traffic for thousands of commuters and worry "
              "shop owners along the quay, who fear that they will lose much of their trade.")
P5 = ("Survivors describe the first sessions as the hardest: naming what happened, in a room with "
      "a stranger, takes a trust that the trauma itself has broken, and therapists move slowly.")
P6 = ("Follow-up studies suggest that the gains hold: a year after the end of the programme most "
      "clients report fewer symptoms and closer relationships than they had before it began.")


def test_a_story_body_beside_a_main_of_headline_and_standfirst_is_the_text():
    from tests.test_body import TITLE, page
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4, P5, P6))
    html = page(f"<main><h1>{TITLE}</h1><p>{STANDFIRST}</p></main><div class='story-body'>{body}</div>")
    assert _texts(html) == [STANDFIRST, P1, P2, P3, P4, P5, P6]


# --- hidden boxes ---------------------------------------------------------------------------

COOKIE_BOX = ("<div hidden><p>This website stores cookies on your computer. These cookies are used to "
              "improve your website experience and provide more personalized services to you.</p>"
              "<p>If you decline, your information will not be tracked when you visit this website. A "
              "single cookie will be used in your browser to remember your preference.</p></div>")
GERMAN = ("<p>Integrative Ansätze zur Heilung nach sexuellen Übergriffen erkennen an, dass Trauma und "
          "Sexualität eng miteinander verwoben sind. Fachleute verbinden deshalb beide Bereiche.</p>"
          "<p>In der Praxis beginnt ein integratives Programm mit einer gründlichen Einschätzung, die "
          "die Ziele, Werte und den kulturellen Hintergrund der Betroffenen achtet.</p>")


@pytest.mark.parametrize("hidden, where", [
    (COOKIE_BOX, "end"),
    (f"<div style='display:none'>{GERMAN}</div>", "end"),
    (f"<div class='translation' lang='de' style='display:none'>{GERMAN}</div>", "middle"),
    (COOKIE_BOX, "middle"),
])
def test_a_hidden_notice_or_another_language_copy_is_not_text(hidden, where):
    body = STORY + hidden if where == "end" else f"<p>{P1}</p><p>{P2}</p>{hidden}<p>{P3}</p><p>{P4}</p>"
    assert _texts(article(body)) == [P1, P2, P3, P4]


def test_a_hidden_copy_of_lines_already_walked_adds_nothing():
    body = f"<p>{P1}</p><p>{P2}</p><div class='mobile' hidden><p>{P1}</p><p>{P2}</p></div><p>{P3}</p><p>{P4}</p>"
    assert _texts(article(body)) == [P1, P2, P3, P4]


def test_the_collapsed_rest_of_the_story_is_text():
    body = f"<p>{P1}</p><p>{P2}</p><div class='article-rest collapsed' hidden><p>{P3}</p><p>{P4}</p></div>"
    assert _texts(article(body)) == [P1, P2, P3, P4]


def test_hidden_slides_of_a_series_at_the_end_are_text():
    slides = "".join(f"<div class='gallery-part' style='display:none'><h2>Idea {i}</h2><p>{p}</p><p>{q}</p></div>"
                     for i, (p, q) in enumerate(((P3, P4), (P5, P6)), 1))
    texts = _texts(article(f"<p>{P1}</p><p>{P2}</p>{slides}"))
    assert texts == [P1, P2, "Idea 1", P3, P4, "Idea 2", P5, P6]


def test_a_short_text_in_main_wins_over_a_larger_aside_beside_it():
    # an aside is furniture however many words it holds: the page's own box, not the story
    from tests.test_body import TITLE, page
    posts = "".join(f"<div class='post'><p>{p}</p></div>" for p in (P1, P2, P3, P4, P5, P6))
    html = page(f"<main><h1>{TITLE}</h1><div class='text'><p>{STANDFIRST}</p></div></main>"
                f"<aside>{posts}</aside>")
    assert _texts(html) == [STANDFIRST]
