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
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

_OUT = Path(__file__).resolve().parent.parent / "crawler" / "parsers" / "metadata" / "given_names.txt"
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


def given_names(faker_root: Path) -> set[str]:
    sys.path.insert(0, str(faker_root))
    person = importlib.import_module("faker.providers.person")
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in _ATTRS:
            value = getattr(provider, attr, None)
            if value is None or isinstance(value, property):
                continue
            for entry in value:
                word = entry.split()[0].lower() if entry.split() else ""
                if len(word) >= 2 and _cased_script(word):
                    names.update({word, _unaccented(word)})
    return names - _PARTICLES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("faker_root", type=Path, help="an unpacked Faker wheel (holds faker/)")
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args()
    names = sorted(given_names(args.faker_root))
    args.out.write_text("".join(n + "\n" for n in names), encoding="utf-8")
    print(f"{len(names)} names written to {args.out}")


if __name__ == "__main__":
    main()
