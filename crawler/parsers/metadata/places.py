"""Country names, to tell a place printed where a name could stand ("World ·
Santiago Chile", a dateline beside a tag chip) from a writer's name.

The names come from the Unicode CLDR through Babel (already installed with
htmldate's courlan): every country's name in the eight most common languages
of pages that write names in capitalised Latin words (about 1,400 spellings,
read once on first use, about 50 ms of CPU). A hand-written list would miss
spellings ("Tschechien", "Chequia", "Tchéquie").
"""

from __future__ import annotations

from functools import cache

from babel import Locale

__all__ = ["ends_with_country"]

_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
_MAX_WORDS = 3


@cache
def _countries() -> frozenset[str]:
    """Casefolded country names (two-letter CLDR territories, not the
    numbered regions "001" world or "419" Latin America)."""
    names: set[str] = set()
    for code in _LOCALES:
        for key, name in Locale.parse(code).territories.items():
            if key.isalpha():
                names.add(name.casefold())
    return frozenset(names)


def ends_with_country(words: list[str]) -> bool:
    """Whether the last one, two or three words name a country ("Santiago
    Chile", "Wellington New Zealand"), punctuation aside.

    >>> ends_with_country(["Santiago", "Chile"]), ends_with_country(["Jane", "Doe"])
    (True, False)
    """
    bare = [w.strip(".,;:()").casefold() for w in words[-_MAX_WORDS:]]
    countries = _countries()
    return any(" ".join(bare[i:]) in countries for i in range(len(bare)))
