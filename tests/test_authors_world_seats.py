"""A writer's seat after a byline's comma is no second writer, wherever the seat is:
every country's capital and big cities (``world_cities.txt``) and the time-zone cities
as each language names them (CLDR), the cities that are also given names only there."""

from __future__ import annotations

import pytest

from crawler.parsers.metadata.authors import clean_byline
from crawler.parsers.metadata.places import is_cldr_city, is_named_city, is_place


@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Doe, Beijing", ["Jane Doe"]),
    ("By Jane Doe, Ottawa", ["Jane Doe"]),
    ("By Jane Doe, Abuja", ["Jane Doe"]),
    ("By Jane Doe, Islamabad", ["Jane Doe"]),
    ("By Jane Doe, Brasília", ["Jane Doe"]),
    ("By Jane Doe, Rio de Janeiro", ["Jane Doe"]),
    ("By Jane Doe, São Paulo", ["Jane Doe"]),
    ("Por María López, Ciudad de México", ["María López"]),
    ("Por María López y Juan Pérez, Pekín", ["María López", "Juan Pérez"]),
    ("By Jane Doe and John Roe, Kharkiv", ["Jane Doe", "John Roe"]),
    ("By Jane Doe in Beijing and John Roe", ["Jane Doe", "John Roe"]),
    # a city that is a given name too: alone after the name it is the seat
    ("By Jane Doe, Florence", ["Jane Doe"]),
    ("By Jane Doe, Austin", ["Jane Doe"]),
])
def test_a_capital_or_big_city_after_the_comma_is_the_seat(line: str, names: list[str]) -> None:
    assert clean_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Doe, Sydney Smith", ["Jane Doe", "Sydney Smith"]),
    ("By Jane Doe, Florence Smith", ["Jane Doe", "Florence Smith"]),
    ("By Jane Doe and Florence Smith", ["Jane Doe", "Florence Smith"]),
    ("By Jane Doe, Milan Kundera", ["Jane Doe", "Milan Kundera"]),
    ("By Jane Doe, Reuters", ["Jane Doe", "Reuters"]),
])
def test_a_second_writer_named_like_a_city_stays(line: str, names: list[str]) -> None:
    assert clean_byline(line) == names


def test_a_city_that_is_a_given_name_is_a_place_only_as_a_seat() -> None:
    """"Florence", "Austin", "Milan": a seat after a name, but no place where a given name
    opens a name ("Florence Smith | 14.03.2023")."""
    assert all(is_named_city(city) and not is_place(city) for city in ("Florence", "Austin", "Milan"))
    assert is_place("Beijing") and is_place("Abuja") and not is_place("Jane")


@pytest.mark.parametrize(("line", "names"), [
    ("Von Anna Müller und Jan Berg, Moskau", ["Anna Müller", "Jan Berg"]),
    ("Por Ana Gil, Estambul", ["Ana Gil"]),
    # a CLDR city that is a given name is a person's first
    ("Por Ana Gil, Salvador", ["Ana Gil", "Salvador"]),
])
def test_cldr_city_names_in_other_languages_are_seats(line: str, names: list[str]) -> None:
    assert is_cldr_city("Moskau") and is_cldr_city("Estambul")
    assert clean_byline(line) == names
