"""Build ``crawler/parsers/metadata/given_names.txt`` from Faker's person providers.

Usage::

    .venv/bin/python -m pip download --no-deps faker==40.63.0 -d /tmp/faker-wheel
    unzip -q /tmp/faker-wheel/faker-40.63.0-py3-none-any.whl -d /tmp/faker-wheel/unpacked
    .venv/bin/python benchmarks/build_given_names.py /tmp/faker-wheel/unpacked

Faker (MIT licence) is read, never installed nor imported by Clippings: its locales'
``first_names*`` tuples are written out lowercased, one a line, sorted. Kept: names in
the Latin, Greek and Cyrillic scripts (the ones with capitals, which is what the byline
check reads: a capitalised first word). A name of several words ("Mary Ann") gives its
first word. An accented name is kept as printed and also without its accents ("josé",
"jose"), since bylines are printed both ways. See ``given_names.md`` beside the list.

Beside it, ``given_names_plain.txt``: the plain-letter names (no letter outside ASCII) of
the tables that print some name with a letter outside ASCII (a German or Swedish table's
"malgorzata"): such a table prints a foreign name without the letters its own alphabet
lacks, so a page's "Małgorzata" is that name. A plain name only plain-alphabet tables
(English) list is another word when printed with a diacritic ("Esta" is no "Está").
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

_DIR = Path(__file__).resolve().parent.parent / "crawler" / "parsers" / "metadata"
_OUT = _DIR / "given_names.txt"
_PLAIN_OUT = _DIR / "given_names_plain.txt"
_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
# Articles and name particles that some locales list as a first word ("Al", "El", "Van",
# Vietnamese "Văn"): they open a paper's or an agency's name too ("El Mundo", "Al Jazeera").
_PARTICLES = frozenset(["al", "el", "le", "la", "les", "los", "las", "de", "da", "di", "du", "del", "der",
                        "den", "des", "van", "von", "ten", "ter"])


def _cased_script(word: str) -> bool:
    """Letters (and ' or -) of the Latin, Greek or Cyrillic script only."""
    for ch in word:
        if ch in "'-’":
            continue
        if not ch.isalpha():
            return False
        name = unicodedata.name(ch, "")
        if not name.startswith(("LATIN", "GREEK", "CYRILLIC")):
            return False
    return True


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _tables(faker_root: Path) -> list[set[str]]:
    """Each locale's given names as listed (lowercased first words, cased scripts)."""
    sys.path.insert(0, str(faker_root))
    person = importlib.import_module("faker.providers.person")
    tables: list[set[str]] = []
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        table: set[str] = set()
        for attr in _ATTRS:
            value = getattr(provider, attr, None)
            if value is None or isinstance(value, property):
                continue
            for entry in value:
                word = entry.split()[0].lower() if entry.split() else ""
                if len(word) >= 2 and _cased_script(word):
                    table.add(word)
        tables.append(table)
    return tables


def given_names(tables: list[set[str]]) -> set[str]:
    """Every table's names, each accented one also without its accents."""
    names = {form for table in tables for word in table for form in (word, _unaccented(word))}
    return names - _PARTICLES


def plain_names(tables: list[set[str]]) -> set[str]:
    """The plain-letter names of the tables that print some name with a letter
    outside ASCII (see the module's docstring)."""
    own_letters = [table for table in tables if any(not word.isascii() for word in table)]
    return {word for table in own_letters for word in table if word.isascii()} - _PARTICLES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("faker_root", type=Path, help="an unpacked Faker wheel (holds faker/)")
    parser.add_argument("--out", type=Path, default=_OUT)
    parser.add_argument("--plain-out", type=Path, default=_PLAIN_OUT)
    args = parser.parse_args()
    tables = _tables(args.faker_root)
    for out, names in ((args.out, sorted(given_names(tables))), (args.plain_out, sorted(plain_names(tables)))):
        out.write_text("".join(n + "\n" for n in names), encoding="utf-8")
        print(f"{len(names)} names written to {out}")


if __name__ == "__main__":
    main()
