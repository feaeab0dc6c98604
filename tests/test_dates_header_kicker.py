"""The header's first line after a headline whose kicker and headline are spans of
the h1: a "Stand:" line there is the header's date row in any markup."""

from __future__ import annotations

from crawler.parsers import parse_article

FETCHED = "2026-01-10T12:00:00+00:00"
STORY = "<p>" + "Der Ausschuss hat die Beweisaufnahme beendet, viele Fragen bleiben offen. " * 8 + "</p>"



def test_a_stand_line_under_a_headline_with_a_kicker_span_dates_the_page():
    # an ARD-style header in unknown markup: the kicker and the headline as spans of
    # the h1, the "Stand:" line the first line after it; other stories' dates below
    teasers = "".join(f'<div class="c9"><a href="/inland/story-{n}.html"><p><time datetime="{day[6:]}-{day[3:5]}-{day[:2]}T10:00">{day}</time></p>'
                      f'<p>Eine andere Meldung über die Flut</p></a></div>'
                      for n, day in enumerate(("11.04.2022", "12.10.2022", "24.03.2023")))
    html = ('<!doctype html><html lang="de"><head><title>Zwei Rücktritte - und viele offene Fragen</title></head>'
            '<body><div class="c1"><div class="c2"><h1 class="c3"><span class="c4">Ausschuss zur Ahrtal-Flut</span> '
            '<span class="c5">Zwei Rücktritte - und viele offene Fragen</span></h1>'
            '<p class="c6">Stand: 28.04.2023 17:23 Uhr</p></div></div>'
            f'<div class="c7">{STORY}{STORY}</div><div class="c8">{teasers}</div></body></html>')
    article = parse_article(html, "https://www.sender.example.de/inland/ahrtal-flut-bilanz-100.html", fetched_at=FETCHED)
    assert article is not None
    assert (article.published or "")[:10] == "2023-04-28"
