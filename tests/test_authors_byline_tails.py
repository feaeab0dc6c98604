"""Author rules of 2026-12-06 (s26): a Spanish or Portuguese date after the name
("el 3 de marzo de 2024", "em 3 de março de 2024") ends the byline's names; on small
hand-written pages; "written by" in Polish, Finnish, Danish, Norwegian, Swedish and
Turkish; "Special to The Times" after the name."""

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


def test_written_by_in_polish_finnish_scandinavian_and_turkish() -> None:
    """"Napisał Jan Kowalski", "Kirjoittanut Matti Virtanen" (Polish, Finnish: "wrote",
    "written by") kept the verb on the name, "Skrevet af Lars Hansen" (Danish,
    Norwegian "skrevet av", Swedish "skrivet av") gave nobody, "Yazan: Ahmet Yılmaz"
    (Turkish, "the one who wrote") kept the label. The Polish and Finnish verbs count
    only before a line of names, like French "Écrit par": in a sentence ("Napisał w
    liście do premiera, że ...") they credit nobody."""
    assert clean_byline("Napisał Jan Kowalski") == ["Jan Kowalski"]
    assert clean_byline("Napisała Anna Nowak, Jan Kowalski") == ["Anna Nowak", "Jan Kowalski"]
    assert clean_byline("Kirjoittanut Matti Virtanen") == ["Matti Virtanen"]
    assert clean_byline("Skrevet af Lars Hansen og Mette Frederiksen") == ["Lars Hansen", "Mette Frederiksen"]
    assert clean_byline("Skrevet av Ola Nordmann") == ["Ola Nordmann"]
    assert clean_byline("Skrivet av Anna Svensson") == ["Anna Svensson"]
    assert clean_byline("Napisał w liście do premiera, że") == []
    assert authors_of("de", top="<p>Yazan: Ahmet Yılmaz</p>") == ["Ahmet Yılmaz"]


def test_special_to_a_paper_is_no_part_of_the_name() -> None:
    """"By Jane Doe Special to The Times" (a US paper's byline for a writer who is not
    on its staff) gave "Jane Doe Special": "special" was a role word in French only."""
    assert authors_of("en", top='<p class="byline">By Jane Doe Special to The Times</p>') == ["Jane Doe"]
    assert clean_byline("By Jane Doe Special to The Times") == ["Jane Doe"]
    assert clean_byline("By John Special Roe") == ["John Special Roe"]  # a middle name stays
