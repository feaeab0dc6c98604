"""Second review of the body rules (#8): news sentences that hold notice words are
kept, the headline stays out of the body, hidden notices stay out, teasers are dropped."""

from __future__ import annotations

import pytest

from crawler.parsers.body.furniture import furniture_rule
from tests.test_body import P1, P2, P3, article, blocks


def _texts(html: str) -> list[str]:
    return [text for _, text in blocks(html)]


# --- notices: paywall lines and channel promotions ----------------------------------------


@pytest.mark.parametrize("sentence", [
    "Readers who want to read the full story will now have to pay, the publisher said.",
    "The editor said the paper would ask readers to please subscribe to help fund local reporting.",
    "“Our YouTube channel was hacked,” the band said in a statement on Friday.",
    "The president announced on his Telegram channel that we would see talks resume in May.",
])
def test_news_sentences_with_paywall_or_channel_words_are_kept(sentence):
    assert furniture_rule(sentence) is None
    assert blocks(article(f"<p>{P1}</p><p>{sentence}</p><p>{P2}</p>")) == [
        ("p", P1), ("p", sentence), ("p", P2)]


@pytest.mark.parametrize("notice, rule", [
    ("To view the full story, please subscribe to The Example Times.", "paywall"),
    ("Please subscribe to keep reading this story.", "paywall"),
    ("Subscribe to read the full story.", "paywall"),
    ("Join our Telegram channel for the latest news.", "channel-promo"),
    ("¡Mira lo que tiene nuestro canal de YouTube!", "channel-promo"),
    ("¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.", "channel-promo"),
    ("Abonnieren Sie unseren YouTube-Kanal!", "channel-promo"),
    ("Folgen Sie unserem Telegram-Kanal für aktuelle Nachrichten.", "channel-promo"),
])
def test_paywall_lines_and_channel_promotions_still_meet_their_rule(notice, rule):
    found = furniture_rule(notice)
    assert found is not None and found.name in (rule, "call-to-action")


# --- the headline ---------------------------------------------------------------------------


@pytest.mark.parametrize("above", [
    "<p>Politics</p>",
    "<p>The council met until dawn to settle the city's spending for next year.</p>",
])
def test_the_documents_headline_h1_stays_out_whatever_is_above_it(above):
    # the <title>/og:title reads differently from the printed headline
    html = ("<html lang='en'><head><title>Spending plan approved after long night</title></head><body>"
            f"<article>{above}<h1>Council passes budget</h1><p>{P1}</p><p>{P2}</p></article></body></html>")
    texts = _texts_titled(html, "Spending plan approved after long night")
    assert "Council passes budget" not in texts
    assert texts[-2:] == [P1, P2]


def test_a_later_h1_subheading_is_compared_with_the_title_by_whole_words():
    html = ("<html lang='en'><body><article><h1>Council passes budget</h1><div class='entry'>"
            f"<p>{P1}</p><h1>Pass</h1><p>{P2}</p><h1>Council passes budget</h1><p>{P3}</p></div></article></body></html>")
    assert blocks(html, title="Council passes budget") == [("p", P1), ("h", "Pass"), ("p", P2), ("p", P3)]


def _texts_titled(html: str, title: str) -> list[str]:
    return [text for _, text in blocks(html, title=title)]
