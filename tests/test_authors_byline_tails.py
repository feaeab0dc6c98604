"""Author rule of 2026-12-06 (s26): a Spanish or Portuguese date after the name
("el 3 de marzo de 2024", "em 3 de março de 2024") ends the byline's names; on small
hand-written pages."""

from __future__ import annotations

from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import authors_of


def test_a_spanish_or_portuguese_date_after_the_name_is_cut() -> None:
    """"Escrito por Juan Pérez el 3 de marzo de 2024" gave "Juan Pérez el": the date
    cut after a byline's names knew "3 marzo 2024" and "el 3 ...", not the "de" the
    two languages write between day, month and year, nor Portuguese "em" ("on")."""
    assert authors_of("es", top='<p class="byline">Escrito por Juan Pérez el 3 de marzo de 2024</p>') == [
        "Juan Pérez"]
    assert clean_byline("Por María López el 12 de enero de 2023") == ["María López"]
    assert clean_byline("Publicado por João Silva em 3 de março de 2024") == ["João Silva"]
    # a surname that reads as a month, with no day or year, stays
    assert clean_byline("Por Juan de Marzo") == ["Juan de Marzo"]
