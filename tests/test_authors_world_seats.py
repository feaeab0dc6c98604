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
    # a city's name with a full stop, read as a byline's words are
    ("By Jane Doe, St. Louis", ["Jane Doe"]),
    ("By Jane Doe, St. Gallen", ["Jane Doe"]),
    ("By Jane Doe, Washington D.C.", ["Jane Doe"]),
    ("By Jane Doe and John Roe, St. Petersburg", ["Jane Doe", "John Roe"]),
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


# The capitals of the UN's member and observer states (and a seat of government or a
# former name where a dateline prints it), as English bylines print them.
_CAPITALS = """Kabul Tirana Algiers Andorra_la_Vella Luanda St._John's Buenos_Aires Yerevan Canberra Vienna Baku Nassau
Manama Dhaka Bridgetown Minsk Brussels Belmopan Porto-Novo Thimphu Sucre La_Paz Sarajevo Gaborone Brasília
Bandar_Seri_Begawan Sofia Ouagadougou Gitega Bujumbura Praia Phnom_Penh Yaoundé Ottawa Bangui N'Djamena Santiago
Beijing Bogotá Moroni Brazzaville Kinshasa San_José Yamoussoukro Abidjan Zagreb Havana Nicosia Prague Copenhagen
Djibouti Roseau Santo_Domingo Quito Cairo San_Salvador Malabo Asmara Tallinn Mbabane Lobamba Addis_Ababa Suva
Helsinki Paris Libreville Banjul Tbilisi Berlin Accra Athens St._George's Guatemala_City Conakry Bissau Georgetown
Port-au-Prince Tegucigalpa Budapest Reykjavik New_Delhi Jakarta Tehran Baghdad Dublin Jerusalem Rome Kingston Tokyo
Amman Astana Nur-Sultan Nairobi South_Tarawa Tarawa Pyongyang Seoul Kuwait_City Bishkek Vientiane Riga Beirut Maseru
Monrovia Tripoli Vaduz Vilnius Luxembourg Antananarivo Lilongwe Kuala_Lumpur Putrajaya Malé Bamako Valletta Majuro
Nouakchott Port_Louis Mexico_City Palikir Chișinău Monaco Ulaanbaatar Podgorica Rabat Maputo Naypyidaw Windhoek Yaren
Kathmandu Amsterdam The_Hague Wellington Managua Niamey Abuja Skopje Oslo Muscat Islamabad Ngerulmud Panama_City
Port_Moresby Asunción Lima Manila Warsaw Lisbon Doha Bucharest Moscow Kigali Basseterre Castries Kingstown Apia
San_Marino São_Tomé Riyadh Dakar Belgrade Victoria Freetown Singapore Bratislava Ljubljana Honiara Mogadishu Pretoria
Cape_Town Bloemfontein Juba Madrid Sri_Jayawardenepura_Kotte Colombo Khartoum Paramaribo Stockholm Bern Damascus
Dushanbe Dodoma Bangkok Dili Lomé Nuku'alofa Port_of_Spain Tunis Ankara Ashgabat Funafuti Kampala Kyiv Kiev Abu_Dhabi
London Washington Montevideo Tashkent Port_Vila Vatican_City Caracas Hanoi Sanaa Lusaka Harare Ramallah"""


@pytest.mark.parametrize("capital", [c.replace("_", " ") for c in _CAPITALS.split()])
def test_every_capital_is_a_seat(capital: str) -> None:
    """The list's header says it holds every country's capital the time-zone database
    and CLDR miss ("Valletta", "Port Louis", "Suva", "Nur-Sultan")."""
    assert clean_byline(f"By Jane Doe, {capital}") == ["Jane Doe"]


def test_kingston_is_a_seat_and_a_given_name() -> None:
    assert clean_byline("By Jane Doe, Kingston") == ["Jane Doe"]
    assert clean_byline("By Jane Doe, Kingston Clarke") == ["Jane Doe", "Kingston Clarke"]
    assert not is_place("Kingston")


def test_no_demonym_in_the_city_list() -> None:
    """German "Pariser" is the adjective of Paris ("Pariser Platz") and a surname, no city;
    a country's empty line names none."""
    assert not is_place("Pariser") and not is_place("") and not is_place(".")


@pytest.mark.parametrize(("line", "names"), [
    # each writer's seat after their name, the "and" after a comma as Spanish, Portuguese,
    # Italian, Catalan and Polish print it there
    ("Por Ana Gil, San José, y Juan Pérez, Madrid", ["Ana Gil", "Juan Pérez"]),
    ("Por Ana Gil, Bogotá, y Juan Pérez, Lima", ["Ana Gil", "Juan Pérez"]),
    ("Por Ana Souza, Brasília, e João Lima, São Paulo", ["Ana Souza", "João Lima"]),
    ("Mario Rossi, Milano, e Anna Bianchi, Roma", ["Mario Rossi", "Anna Bianchi"]),
    ("POR ANA GIL, MADRID, Y JUAN PÉREZ, SEVILLA", ["ANA GIL", "JUAN PÉREZ"]),
    ("Por Ana Gil, y Juan Pérez", ["Ana Gil", "Juan Pérez"]),
    # "a" after a comma is "to" as often: no writer after it
    ("Mario Rossi, inviato a Roma", ["Mario Rossi"]),
])
def test_each_writers_seat_and_the_and_after_a_comma(line: str, names: list[str]) -> None:
    assert clean_byline(line) == names
