"""A page with no date over its story, no structured date and no date-named box
(an old template, or one whose class names say nothing) is dated by the stamp line
printed at the story's foot ("Freitag, 19. November 2021" under the text), not by a
date named in a sentence of the story ("seit 1. Januar 2020"), which is an event's."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.date_search import earliest_printed_date

FETCHED = "2026-01-10T12:00:00+00:00"
SENTENCE = ("Generalsekretär ist seit 1. Januar 2020 Marc Frings, der zuletzt das Auslandsbüro "
            "der Stiftung in Warschau geleitet hat, wie die Versammlung mitteilte.")
FILLER = "Die Vollversammlung wählte die neue Präsidentin mit großer Mehrheit im ersten Wahlgang. " * 4


def test_a_stamp_line_at_the_story_s_foot_dates_it_over_a_date_in_a_sentence():
    pieces = [FILLER, SENTENCE, "Freitag, 19. November 2021"]
    assert earliest_printed_date(pieces, "de", "2026-01-01") == "2021-11-19"


def test_a_later_stamp_line_a_comment_s_loses_to_the_earlier_foot_stamp():
    pieces = [FILLER, SENTENCE, "19.11.2021", "Kommentar von Anna", "22.11.2021"]
    assert earliest_printed_date(pieces, "de", "2026-01-01") == "2021-11-19"


def test_a_linked_stamp_line_a_related_story_s_does_not_count():
    pieces = [FILLER, SENTENCE, "18.11.2021"]
    assert earliest_printed_date(pieces, "de", "2026-01-01", linked=frozenset({2})) == "2020-01-01"


def test_a_page_without_names_is_dated_by_its_foot_stamp():
    html = ('<!doctype html><html lang="de"><head><title>Neue Präsidentin gewählt</title></head><body>'
            '<div class="k1"><div class="k2"><h1>Neue Präsidentin gewählt</h1>'
            f'<div class="k3"><p>{FILLER}</p><p>{SENTENCE}</p><p>{FILLER}</p></div>'
            '<div class="k4"><span>Freitag, 19. November 2021</span></div></div>'
            '<div class="k5"><a href="/andere-meldung"><span>Mehr zum Thema</span></a></div></div></body></html>')
    article = parse_article(html, "https://www.example.de/themen/neue-praesidentin", fetched_at=FETCHED)
    assert article is not None
    assert (article.published or "")[:10] == "2021-11-19"


def test_a_day_named_in_the_story_s_first_sentence_keeps_over_later_stamp_lines():
    opening = "Der Rat hat am Dienstag, 3. März 2024, den Haushalt nach langer Debatte beschlossen, mit knapper Mehrheit."
    pieces = [opening, FILLER, "10.03.2024", "Kommentar von Anna"]
    assert earliest_printed_date(pieces, "de", "2026-01-01") == "2024-03-03"
