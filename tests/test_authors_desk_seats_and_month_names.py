"""Author rules of 2026-12-06 (s27): a desk label with its seat ("Redacción:
Madrid") and a by-word's one given name that reads as a month ("Door Jan Volgen
Twitter"); on small hand-written pages."""

from __future__ import annotations

from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import authors_of


def test_a_desk_label_with_its_seat_credits_the_desk() -> None:
    """"Redacción: Madrid" gave "Madrid", a place as the writer: a desk label, its
    colon and one word is the desk and its seat; a full name after the label is
    still the writer."""
    assert authors_of("es", top='<p class="byline">Redacción: Madrid</p>') == ["Redacción"]
    assert clean_byline("Redação: Lisboa") == ["Redação"]
    assert clean_byline("Redaktion: Berlin") == ["Redaktion"]
    assert clean_byline("Redacción: Juan Pérez") == ["Juan Pérez"]


def test_a_by_words_given_name_that_reads_as_a_month_is_a_person() -> None:
    """"Door Jan Volgen Twitter" (a Dutch byline, then its follow button) gave no
    writer: "Jan" was read as January. A month's word alone after a by-word is no
    date (a date has its day or year), so it is the writer's given name."""
    assert authors_of("nl", top='<p class="byline">Door Jan Volgen Twitter</p>') == ["Jan"]
    assert clean_byline("Door Jan") == ["Jan"]
    assert clean_byline("By May") == ["May"]
    # a date after the by-word is still none
    assert clean_byline("Door Jan 2024") == []
    assert clean_byline("By Jan 5, 2024") == []
    assert clean_byline("Door Jan Jansen Volgen Twitter") == ["Jan Jansen"]
