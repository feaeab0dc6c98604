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
