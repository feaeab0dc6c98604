"""Country names, to tell a place printed where a name could stand ("World ·
Santiago Chile", a dateline beside a tag chip) from a writer's name.

The names come from the Unicode CLDR through Babel (already installed with
htmldate's courlan): every country's name in the eight most common languages
of pages that write names in capitalised Latin words (about 1,400 spellings,
read once on first use, about 50 ms of CPU). A hand-written list would miss
spellings ("Tschechien", "Chequia", "Tchéquie").
"""

from __future__ import annotations

import zoneinfo
from functools import cache

from babel import Locale

__all__ = ["ends_with_country", "is_country", "is_place"]

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
    by, a state of the USA, or one of India's big cities (:data:`_INDIAN_CITIES`): a place a bureau is named after ("Washington
    Bureau", "London Bureau"), though the list of given names holds the word too.

    >>> is_place("Washington"), is_place("London"), is_place("Jean"), is_place("İstanbul")
    (True, True, False, True)
    >>> is_place("NEW DELHI"), is_place("नई दिल्ली"), is_place("Rohit")
    (True, True, False)
    """
    key = _folded(" ".join(w.strip(".,;:()") for w in name.split()))
    return key in _US_STATES or key in _INDIAN_CITIES or key in _cities() or is_country(name)


def _folded(text: str) -> str:
    """``text`` case-folded, Turkish capital dotted I as a plain i ("İstanbul" ->
    "istanbul", not "i" and a combining dot).

    >>> _folded("İSTANBUL"), _folded("London")
    ('istanbul', 'london')
    """
    return text.casefold().replace("i\u0307", "i")
