"""Review 27's low author findings, each on a small hand-written byline: a
placeholder split at its slash, a two-word label before the colon, "Special" read
as a job before a name, a follow button's word read inside a name."""

from __future__ import annotations

from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import byline_authors


def test_a_placeholder_with_a_slash_is_no_two_writers() -> None:
    """"By N/A" gave ["N", "A"]: the slash split the placeholder before it was
    recognised."""
    assert clean_byline("By N/A") == []
    assert clean_byline("Author: N/A") == []
    assert byline_authors("By N/A") == []
    assert clean_byline("By Jane Doe/John Roe") == ["Jane Doe", "John Roe"]


def test_text_and_photos_label_names_the_writer() -> None:
    """"Texte et photos : Jean Dupont" gave "Texte": only the German joint credit
    ("Text und Fotos: X") was a label; the French, Spanish, Portuguese, Italian and
    English ones were read as a name before the colon."""
    assert clean_byline("Texte et photos : Jean Dupont") == ["Jean Dupont"]
    assert clean_byline("Texto y fotos: Juan Pérez") == ["Juan Pérez"]
    assert clean_byline("Texto e fotos: João Silva") == ["João Silva"]
    assert clean_byline("Text and photos: Jane Doe") == ["Jane Doe"]
    assert byline_authors("Texte et photos : Jean Dupont", "fr") == ["Jean Dupont"]


def test_special_before_a_title_is_no_job_and_a_job_title_no_writer() -> None:
    """"Special" (a role word for "Special Correspondent", "Special to The Times")
    cut a leading title off ("Autor: Special Agent Dale Cooper" gave "Agent Dale
    Cooper"), and a job title after the writer's comma was read as a co-author
    ("By Jane Doe, Special Projects Editor" gave "Projects Editor")."""
    assert clean_byline("Autor: Special Agent Dale Cooper") == ["Special Agent Dale Cooper"]
    assert clean_byline("By Jane Doe, Special Projects Editor") == ["Jane Doe"]
    assert clean_byline("By Jane Doe, Deputy Foreign Editor") == ["Jane Doe"]
    assert byline_authors("By Jane Doe, Special Projects Editor") == ["Jane Doe"]
    # the cases the word was listed for, and a job after a co-author's name
    assert clean_byline("By Jane Doe Special to The Times") == ["Jane Doe"]
    assert clean_byline("By Special Correspondent Jane Doe") == ["Jane Doe"]
    assert clean_byline("By Jane Doe, John Roe Staff Writer") == ["Jane Doe", "John Roe"]


def test_a_follow_word_ends_the_names_only_where_a_button_stands() -> None:
    """The follow buttons' words ("Seguir", "Suivre", "Volgen", "Følg", "Följ",
    "Obserwuj") ended a byline's names anywhere: "Por María Seguir López" gave
    "María", "Door Jan Volgen" nobody. They are also surnames: a button ends the
    line, stands after a separator, before an @handle or a button's own words."""
    assert clean_byline("Por María Seguir López") == ["María Seguir López"]
    assert clean_byline("Door Jan Volgen") == ["Jan Volgen"]
    assert clean_byline("Av Anna Följ Svensson") == ["Anna Följ Svensson"]
    assert byline_authors("Por María Seguir López", "es") == ["María Seguir López"]
    assert byline_authors("Door Jan Volgen", "nl") == ["Jan Volgen"]
    # the buttons the words were listed for
    assert clean_byline("Luis Ávila / Seguir") == ["Luis Ávila"]
    assert clean_byline("Por Luis Ávila Seguir") == ["Luis Ávila"]
    assert clean_byline("Por Luis Ávila Seguir @luisavila") == ["Luis Ávila"]
    assert clean_byline("Par Jean Dupont Suivre cet auteur") == ["Jean Dupont"]
    assert clean_byline("Por Luis Ávila Seguir, Ana Ruiz Seguir") == ["Luis Ávila", "Ana Ruiz"]
    assert byline_authors("Por Luis Ávila Seguir", "es") == ["Luis Ávila"]
