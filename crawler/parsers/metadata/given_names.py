"""Given names, to tell a person's name printed with no by-word ("Jane Doe |
05.04.2025") from a place or a label printed the same way ("Bad Homburg |
05.04.2025", "Premier League | May 3, 2024").

The list (``given_names.txt`` beside this module, about 29,500 lowercased names
in the Latin, Greek and Cyrillic scripts from some 80 locales) is built from
Faker's person providers and two Turkish tables (Mimesis, @faker-js/faker; MIT
licence) by ``benchmarks/build_given_names.py``;
``given_names.md`` says where it comes from. It is read once, on first use.
``given_names_plain.txt`` holds the names a page's spelling with diacritics may
stand for when the list has them in plain letters only (see :func:`is_given_name`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.resources import files

from crawler.parsers.metadata.places import ends_with_country

__all__ = ["is_given_name", "names_a_body", "opens_with_given_name", "place_word"]

_MAX_SURNAME_WORDS = 3
# Words after a given name that make the whole a club, a place, a building or a
# body, not a person: towns and teams named after people or with a given name's
# spelling ("Crystal Palace", "Aston Villa", "Paris Saint-Germain", "Victoria
# Station", "Charlotte County", "Jordan Valley"), institutes, foundations, prizes
# and firms named after their founder ("Max Planck Institut", "Konrad Adenauer
# Stiftung", "Henri Nannen Preis", "Hans Müller GmbH") print beside a date as a
# section's or a source's label does.
_NOT_SURNAMES = frozenset(["city", "town", "county", "valley", "park", "street", "road", "avenue", "square",
                           "station", "palace", "united", "league", "cup", "club", "fc", "sc",
                           "stadium", "stadion", "arena", "airport", "island", "islands", "bay", "beach",
                           "hills", "heights", "springs", "falls", "harbour", "harbor", "district", "region",
                           "institut", "institute", "university", "universität", "school", "schule",
                           "gymnasium", "college", "stiftung", "foundation", "fondation", "fundación",
                           "hospital", "klinik", "klinikum", "center", "centre", "zentrum", "museum",
                           "preis", "prize", "award", "gmbh", "ag", "inc", "inc.", "ltd", "ltd.", "llc",
                           "verlag", "group", "gruppe",
                           # papers and bodies named after a place that is also a given name
                           # ("Washington Post", "Jordan Times", "Victoria Police", "Georgia Senate")
                           "post", "times", "herald", "tribune", "journal", "gazette", "chronicle",
                           "zeitung", "police", "polizei", "senate", "council", "memorial",
                           # universities and their teams ("Florida State", "Georgia State")
                           "state",
                           # Turkish cups, clubs, leagues, teams and bodies ("Dünya Kupası", "Süper Lig",
                           # "Merkez Bankası", "İzmir Belediyesi", "Ege Üniversitesi")
                           "kupa", "kupası", "kulübü", "lig", "ligi", "takım", "takımı", "bankası",
                           "belediyesi", "üniversitesi", "bakanlığı", "valiliği", "meclisi", "derneği",
                           # Turkish places, as "street", "square", "island", "district" above ("Yeni
                           # Mahalle", "Bağdat Caddesi", "Taksim Meydanı", "Büyükada Limanı")
                           "mahalle", "mahallesi", "köy", "köyü", "ilçe", "ilçesi", "bölge", "bölgesi",
                           "cadde", "caddesi", "sokak", "sokağı", "meydan", "meydanı", "liman", "limanı",
                           "havalimanı", "ada", "adası", "körfez", "körfezi", "dağı", "gölü", "nehri",
                           "koyu", "vadisi", "parkı",
                           # bridges, boulevards, bazaars, castles, palaces, mosques, tunnels ("Fatih Sultan
                           # Mehmet Köprüsü", "Vatan Bulvarı", "Kemeraltı Çarşısı", "Rumeli Hisarı", "Topkapı
                           # Sarayı"), in the compound's form only: "Kale", "Saray", "Hisar" are also surnames
                           "köprüsü", "bulvarı", "çarşısı", "kalesi", "hisarı", "sarayı", "camii", "tüneli"])


@cache
def _given_names() -> frozenset[str]:
    # (with the spellings the built list's sources lack: :data:`_IRISH_FADA_NAMES`, :data:`_UKRAINIAN_NAMES`)
    return _read_list("given_names.txt") | _IRISH_FADA_NAMES | _UKRAINIAN_NAMES


@cache
def _plain_names() -> frozenset[str]:
    return _read_list("given_names_plain.txt")


def _read_list(name: str) -> frozenset[str]:
    return frozenset(files(__package__).joinpath(name).read_text(encoding="utf-8").split())


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a known given name (or, hyphenated, its first part is:
    "Hans-Peter", "Jean-Luc").

    >>> is_given_name("Jane"), is_given_name("Hans-Peter"), is_given_name("Premier")
    (True, True, False)

    A spelling with diacritics the list lacks is the plain name the list holds
    only when a table that writes letters of its own printed that name plain, as
    it prints a foreign name ("Małgorzata" for a German table's "Malgorzata"); a
    name only plain-alphabet tables list is another word with the diacritic
    (Portuguese "Está", "Mãe", Polish "Żona" are no "Esta", "Mae", "Zona").

    >>> is_given_name("Małgorzata"), is_given_name("Está"), is_given_name("Esta")
    (True, False, True)

    Turkish names a given name and "nur" (light) as one ("Sehernur", "Elifnur", "Ayşenur"):
    the list holds the commonest such compounds, a given name before "nur" makes any one.

    >>> is_given_name("Sehernur"), is_given_name("Elifnur"), is_given_name("Kanur")
    (True, True, False)
    """
    key = word.lower()
    names = _given_names()
    if key in names or ("-" in key and key.split("-", 1)[0] in names):
        return True
    if key.endswith("nur") and len(key) >= 6 and key[:-3] in names:
        return True  # a Turkish compound, a given name and "nur" (light): "Sehernur", "Elifnur"
    folded = _folded(key)
    return folded != key and folded in _plain_names()


# Letters NFKD does not take apart: Polish "ł", Danish / Norwegian "ø", Croatian "đ".
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss"})


def _folded(key: str) -> str:
    """``key`` without its diacritics: the list holds some names in their plain
    letters only ("malgorzata", not "małgorzata"), as the statistics tables Faker
    copied spell them; a page prints them in their own."""
    decomposed = unicodedata.normalize("NFKD", key.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Irish given names as Irish writes them, with the síneadh fada: the list's Irish names come from
# Faker's en_IE table, which writes them without it ("Padraig", "Grainne"), and a fada'd spelling
# is no plain name's (:func:`is_given_name`'s rule for other alphabets' tables). The commonest ones.
_IRISH_FADA_NAMES = frozenset([
    "pádraig", "pádraic", "ciarán", "siobhán", "gráinne", "róisín", "áine", "oisín", "éabha", "síle",
    "bríd", "ruairí", "dónal", "rónán", "séamus", "sinéad", "méabh", "órla", "aodhán", "éanna",
    "dáithí", "máirtín", "caitríona", "máiréad", "deirbhile", "eibhlín", "seán", "máire", "tomás",
    "úna", "cáit", "colmán", "fionán", "íde",
])


# Common Ukrainian given names Faker's uk_UA table lacks (it is short: some 70 names have a "і"),
# as Ukrainian spells them (the list holds the Russian "Юлия", "Юрий", "Николай"), with either
# apostrophe where the name has one ("В'ячеслав", "Мар'яна").
_UKRAINIAN_NAMES = frozenset([
    "олексій", "юрій", "микола", "матвій", "анатолій", "в'ячеслав", "в’ячеслав", "юлія", "дарія",
    "мирослава", "богдана", "зоряна", "уляна", "яна", "поліна", "вероніка", "інна", "лідія", "євгенія",
    "олександра", "ангеліна", "єлизавета", "злата", "мар'яна", "мар’яна", "ліна",
])


# The particles opening an Irish surname: "Ó" (grandson of), "Ní" / "Nic" (daughter of), "Uí" /
# "Mhic" (wife of): "Seán Ó Cuirreáin", "Áine Ní Churráin", "Siobhán Nic Eoin". Only people are named
# so, and their given names carry the fada the list lacks (Faker's en_IE table writes "Aine", "Sean").
_IRISH_PARTICLES = frozenset(["ó", "ní", "nic", "uí", "mhic"])


def _irish_patronymic(words: list[str]) -> bool:
    """A capitalised word, an Irish surname's particle, then capitalised words: a person's name.

    >>> _irish_patronymic("Áine Ní Churráin".split()), _irish_patronymic("Seán Ó".split()), _irish_patronymic("An Ó".split())
    (True, True, False)
    """
    first = words[0]
    return (words[1].casefold() in _IRISH_PARTICLES and first[:1].isupper() and first.isalpha()
            and len(first) > 2 and all(w[:1].isupper() for w in words[2:]))


def opens_with_given_name(name: str) -> bool:
    """Whether ``name`` reads as a person's: a known given name, then one to
    three capitalised words (the surname), none a club's, a place's or a
    building's word. A place or a league printed where a name could stand opens
    otherwise ("Bad Homburg", "Buenos Aires", "Premier League").

    >>> opens_with_given_name("Fatma Sevinç Çetin"), opens_with_given_name("Bad Homburg")
    (True, False)
    >>> opens_with_given_name("Jane"), opens_with_given_name("Jane doe")
    (False, False)
    >>> opens_with_given_name("Carlos de Almeida"), opens_with_given_name("Jane de")
    (True, False)
    >>> opens_with_given_name("Crystal Palace"), opens_with_given_name("Paris Saint-Germain")
    (False, False)
    >>> opens_with_given_name("Max Planck Institut"), opens_with_given_name("Max Planck")
    (False, True)

    A place then its country ("Florence Italy", "Sydney Australia", "Santiago
    Chile") is a dateline, not a person (a surname that is a country's name,
    "John Ireland", is lost here: this rule reads unmarked names only).

    >>> opens_with_given_name("Florence Italy"), opens_with_given_name("Victoria New Zealand")
    (False, False)
    """
    words = name.split()
    if 2 <= len(words) <= _MAX_SURNAME_WORDS + 1 and _irish_patronymic(words):
        return True
    if not 2 <= len(words) <= _MAX_SURNAME_WORDS + 1 or not is_given_name(words[0]):
        return False
    surname = [w for w in words[1:-1] if w not in _SURNAME_PARTICLES] + words[-1:]
    return all(w[0].isupper() for w in surname) and not names_a_body(name)


# A surname's lowercase particles, between capitalised words only ("Carlos de
# Almeida", "Maria dos Santos", "Jan van Dijk", "Luca di Pietro"; not "Jane doe").
_SURNAME_PARTICLES = frozenset({"de", "da", "do", "das", "dos", "del", "della", "di", "du", "van", "von",
                               "der", "den", "ter", "la", "le"})


_SAINT = ("saint-", "sainte-", "st.-", "san-")


# Clubs whose whole name reads as a given name and a surname: "Villa" is an Italian, Spanish
# and Filipino surname ("Alessandro Villa", "David Villa"), a body only after "Aston".
_CLUBS_LIKE_PERSONS = frozenset(["aston villa"])
# (its teams and its possessive too: "Aston Villa Women", "Aston Villa U21", "Aston Villa's")
_CLUB_LIKE_PERSON = re.compile(r"(?:" + "|".join(sorted(_CLUBS_LIKE_PERSONS)) + r")(?![^\W_])", re.IGNORECASE)


def names_a_body(name: str) -> bool:
    """Whether a word after the first makes ``name`` a club's, a place's, a
    building's or a body's ("Austin FC", "Victoria Station", "Florida State",
    "Saint-Germain", :data:`_CLUBS_LIKE_PERSONS`), or it ends with a country
    ("Sydney Australia"), whatever its first word.

    >>> names_a_body("Austin FC"), names_a_body("Bad Homburg"), names_a_body("Jane Doe")
    (True, False, False)
    >>> names_a_body("Aston Villa"), names_a_body("Aston Villa Women"), names_a_body("Alessandro Villa")
    (True, True, False)
    """
    words = name.split()[1:]
    return bool(_CLUB_LIKE_PERSON.match(" ".join(name.split()))) \
        or any(w.lower() in _NOT_SURNAMES or w.lower().startswith(_SAINT) for w in words) \
        or place_word(name.split()) or bool(words and ends_with_country(words))


# "Saint" before a name, unhyphenated, in the languages whose towns and feasts are named
# so and whose people are not ("Sant Jordi", "Sant Cugat", Catalan; "Sankt Pölten", German):
# a word after it makes a saint's name. Not English and French "Saint" / "St.": surnames
# open with them ("Warren St. John", "Kelly St. Clair").
_SAINT_WORDS = frozenset(["sant", "sankt"])
# The endings of German and Austrian settlement names ("Maria Enzersdorf", "Maria
# Lanzendorf", "Maria Ellend"): Austria's pilgrimage towns open with "Maria", so "Maria"
# and a word so ended is a town printed in a dateline ("Maria Enzersdorf, 05.03.2024").
# After any other given name the word is a surname as often ("Markus Feldenkirchen",
# "Julia Ostendorf", "Bettina Böttingen"): a person.
_TOWN_ENDINGS = ("dorf", "kirchen", "stetten", "ingen")
_TOWN_WORD = 7  # letters at least: "Ingen", "Dorf" alone are surnames
_PILGRIM_OPENER = "maria"


def place_word(words: list[str]) -> bool:
    """Whether a name's words (all of them, the first the given name) hold, after the
    first, a saint's word before another word, or are "Maria" and a capitalised word with
    a settlement's ending.

    >>> place_word(["Maria", "Enzersdorf"]), place_word(["Per", "Jordi"]), place_word(["Per", "Sant", "Jordi"])
    (True, False, True)
    >>> place_word(["Maria", "Dorf"]), place_word(["Warren", "St.", "John"]), place_word(["Markus", "Feldenkirchen"])
    (False, False, False)
    """
    if any(w.casefold() in _SAINT_WORDS for w in words[1:-1]):
        return True
    return len(words) == 2 and words[0].casefold() == _PILGRIM_OPENER and words[1][:1].isupper() \
        and len(words[1]) >= _TOWN_WORD and words[1].casefold().endswith(_TOWN_ENDINGS)
