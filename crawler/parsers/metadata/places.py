"""Country names, to tell a place printed where a name could stand ("World ·
Santiago Chile", a dateline beside a tag chip) from a writer's name.

The names come from the Unicode CLDR through Babel (already installed with
htmldate's courlan): every country's name in the eight most common languages
of pages that write names in capitalised Latin words (about 1,400 spellings,
read once on first use, about 50 ms of CPU). A hand-written list would miss
spellings ("Tschechien", "Chequia", "Tchéquie").

Cities: the time-zone database's, a hand-kept list of every country's capital and
biggest cities in several spellings (``world_cities.txt``, which says where it came
from), and, for where a writer's seat stands, those of them that are given names too
(:func:`is_named_city`) and CLDR's names of the time-zone cities in the project's
languages (:func:`is_cldr_city`).
"""

from __future__ import annotations

import zoneinfo
from functools import cache
from importlib.resources import files

from babel import Locale

__all__ = ["ends_with_country", "is_cldr_city", "is_country", "is_named_city", "is_place"]

_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
_MAX_WORDS = 3
# Territory codes that are no country: the EU, the eurozone, the UN, CLDR's
# pseudo-locales and "unknown region".
_NOT_COUNTRIES = frozenset(["EU", "EZ", "UN", "XA", "XB", "QO", "ZZ"])
# Country names that are also common given or family names in these languages
# ("Dominique" is Dominica in French, "Maurice" Mauritius, "Kuba" Cuba in
# Polish, "Salvador", "Guadalupe", "Jordan", "Chad", "Georgia", "India",
# "Kenya", "Israel"): a person named so is no place.
_ALSO_NAMES = frozenset(["dominique", "dominica", "dominika", "maurice", "mauricio", "maurício", "kuba",
                         "salvador", "guadalupe", "jordan", "chad", "georgia", "india", "kenya", "kenia",
                         "israel", "iran", "oman", "jersey", "malta", "sark"])


@cache
def _countries() -> frozenset[str]:
    """Casefolded country names (two-letter CLDR territories, not the
    numbered regions "001" world or "419" Latin America, nor a name that is
    also a person's)."""
    names: set[str] = set()
    for code in _LOCALES:
        for key, name in Locale.parse(code).territories.items():
            if key.isalpha() and key not in _NOT_COUNTRIES:
                names.add(name.casefold())
    return frozenset(names - _ALSO_NAMES)


def ends_with_country(words: list[str], min_words: int = 1) -> bool:
    """Whether the last one, two or three words name a country ("Santiago
    Chile", "Wellington New Zealand"), punctuation aside; with ``min_words=2``
    only a country of several words counts ("Wellington New Zealand", not
    "Mary Anne Ireland": a one-word country is as often a surname).

    >>> ends_with_country(["Santiago", "Chile"]), ends_with_country(["Jane", "Doe"])
    (True, False)
    >>> ends_with_country(["Anna", "Maria", "Monaco"], 2), ends_with_country(["Auckland", "New", "Zealand"], 2)
    (False, True)
    """
    bare = [w.strip(".,;:()").casefold() for w in words[-_MAX_WORDS:]]
    countries = _countries()
    return any(" ".join(bare[i:]) in countries for i in range(len(bare) - min_words + 1))


def is_country(name: str) -> bool:
    """Whether ``name`` as a whole names a country ("Chile", "New Zealand").

    >>> is_country("New Zealand"), is_country("Michael Jordan")
    (True, False)
    """
    return " ".join(w.strip(".,;:()") for w in name.split()).casefold() in _countries()


# The states of the USA, whose names a bureau or a desk takes as a city's
# ("Washington Bureau", "Texas Desk"); the time-zone database names cities, not them.
_US_STATES = frozenset(["alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
                        "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
                        "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
                        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
                        "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
                        "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
                        "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin",
                        "wyoming"])
# India's metropolitan cities and the capitals of its states, as English and Hindi
# bylines print a writer's seat ("By Jane Doe, New Delhi", "रोहित चौहान, नई दिल्ली"):
# the time-zone database keys the whole country by one city (Kolkata), so none of its
# other datelines is a place to it. (Not "Shimla"/"Gandhinagar"-sized towns alone:
# the cities a national desk files from.)
_INDIAN_CITIES = frozenset([
    "new delhi", "delhi", "mumbai", "bengaluru", "bangalore", "chennai", "hyderabad", "ahmedabad", "pune",
    "jaipur", "lucknow", "patna", "bhopal", "chandigarh", "thiruvananthapuram", "bhubaneswar", "guwahati",
    "ranchi", "raipur", "dehradun", "srinagar", "gandhinagar", "shimla", "noida", "gurugram", "kochi",
    "नई दिल्ली", "दिल्ली", "मुंबई", "बेंगलुरु", "चेन्नई", "हैदराबाद", "अहमदाबाद", "पुणे", "जयपुर", "लखनऊ",
    "पटना", "भोपाल", "चंडीगढ़", "भुवनेश्वर", "गुवाहाटी", "रांची", "रायपुर", "देहरादून", "श्रीनगर",
    "गांधीनगर", "शिमला", "नोएडा", "गुरुग्राम", "कोलकाता"])
# Not "Antarctica/": its zones are research stations named after people ("Casey", "Davis",
# "Mawson"), which no newsroom keeps a bureau in and which are given names too.
_TZ_AREAS = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")


@cache
def _cities() -> frozenset[str]:
    """Casefolded names of the cities the time-zone database keys its zones by
    ("Europe/London", "America/Chicago", "Australia/Sydney")."""
    return frozenset(zone.rsplit("/", 1)[1].replace("_", " ").casefold()
                     for zone in zoneinfo.available_timezones() if zone.startswith(_TZ_AREAS))


def is_place(name: str) -> bool:
    """Whether ``name`` names a country, a city the time-zone database keys a zone
    by, a state of the USA, one of India's big cities (:data:`_INDIAN_CITIES`), or a
    capital or big city of ``world_cities.txt`` that is no given name ("Beijing",
    "Abuja"): a place a bureau is named after ("Washington Bureau", "London Bureau"),
    though the list of given names holds the word too.

    >>> is_place("Washington"), is_place("London"), is_place("Jean"), is_place("İstanbul")
    (True, True, False, True)
    >>> is_place("NEW DELHI"), is_place("नई दिल्ली"), is_place("Rohit")
    (True, True, False)
    """
    key = _key(name)
    return key in _US_STATES or key in _INDIAN_CITIES or key in _cities() or key in _world_cities()[0] \
        or is_country(name)


def is_named_city(name: str) -> bool:
    """Whether ``name`` is a big city of ``world_cities.txt`` whose name is also a given
    name ("Florence", "Austin", "Milan"): a place only where a writer's seat stands, alone
    after the writer's name and a comma (a person there would print a surname too).

    >>> is_named_city("Florence"), is_named_city("Beijing"), is_named_city("Florence Smith")
    (True, False, False)
    """
    return _key(name) in _world_cities()[1]


def is_cldr_city(name: str) -> bool:
    """Whether ``name`` is a time-zone city as Babel's CLDR names it in one of the
    languages of :data:`_CITY_LOCALES` ("Moskau", "Estambul", "Ciudad de México"); given
    names among them ("Salvador", "Sidney"): the caller tells.

    >>> is_cldr_city("Moskau"), is_cldr_city("Ciudad de México"), is_cldr_city("Jane")
    (True, True, False)
    """
    return _key(name) in _cldr_cities()


def _key(name: str) -> str:
    return _folded(" ".join(w.strip(".,;:()") for w in name.split()))


@cache
def _world_cities() -> tuple[frozenset[str], frozenset[str]]:
    """The casefolded cities of ``world_cities.txt`` (capitals and the biggest cities
    of every country, in several languages): those that are no given name, and those
    marked "~" that are one."""
    plain: set[str] = set()
    named: set[str] = set()
    for line in files(__package__).joinpath("world_cities.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            for city in line.split(":", 1)[1].split("|"):
                if city := city.strip():  # (a country whose cities other lists name: none)
                    (named if city.startswith("~") else plain).add(_key(city.lstrip("~")))  # ("St. Louis")
    return frozenset(plain), frozenset(named)


# The languages whose city names (CLDR's exemplar cities of the time zones) count as a
# writer's seat: the Latin-script ones of :data:`_LOCALES` and the others the project reads.
_CITY_LOCALES = (*_LOCALES, "tr", "sv", "cs", "ro", "ru", "uk", "ar", "he", "hi", "ja", "ko", "zh", "vi")


@cache
def _cldr_cities() -> frozenset[str]:
    """Casefolded city names of the time zones in :data:`_CITY_LOCALES`."""
    return frozenset(_folded(city) for code in _CITY_LOCALES for zone in Locale.parse(code).time_zones.values()
                     if (city := zone.get("city")))


def _folded(text: str) -> str:
    """``text`` case-folded, Turkish capital dotted I as a plain i ("İstanbul" ->
    "istanbul", not "i" and a combining dot).

    >>> _folded("İSTANBUL"), _folded("London")
    ('istanbul', 'london')
    """
    return text.casefold().replace("i\u0307", "i")
