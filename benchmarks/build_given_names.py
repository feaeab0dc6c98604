"""Build ``crawler/parsers/metadata/given_names.txt`` from Faker's person providers.

Usage::

    .venv/bin/python -m pip download --no-deps faker==40.63.0 -d /tmp/faker-wheel
    unzip -q /tmp/faker-wheel/faker-40.63.0-py3-none-any.whl -d /tmp/faker-wheel/unpacked
    .venv/bin/python benchmarks/build_given_names.py /tmp/faker-wheel/unpacked \
        --mimesis /tmp/mimesis-wheel/unpacked --faker-js /tmp/faker-js/package

Faker's Turkish table is short (no "Tolga", "Oğuz", "Çağla", "Kerem"), so the Turkish given
names of two more fake-data libraries under the MIT licence join it as two more tables:
Mimesis 22.2.0 (the PyPI wheel, ``mimesis/datasets/tr/person.json``: ``names``) and
@faker-js/faker 10.6.0 (the npm package, ``dist/tr-*.js``: ``first_name`` ``male`` and
``female``; not its ``generic`` list of old Turkic names, rare today). Fetch them with
``pip download --no-deps mimesis==22.2.0`` (unzip the wheel) and ``npm pack
@faker-js/faker@10.6.0`` (untar it).

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
import json
import pkgutil
import re
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


# The Turkish tables' names that are first of all common words: they open the section labels,
# tags and headings printed beside a date as often as a writer's name does ("Kuzey Kıbrıs |
# 05.04.2025", "Özel Haber", "Güneş Enerjisi", "Barış Süreci", "Can Kaybı" loss of life), and
# read with no by-word a name is taken on its given name alone. Dropped from every table (the
# Swiss one lists Turkish names too: "Deniz", "Umut", "Can").
_TURKISH_WORDS = frozenset([
    # months ("Nisan Ayı" April, "Eylül Sayısı" the September issue)
    "mart", "nisan", "haziran", "eylül", "kasım",
    # directions, seas, waters and land ("Kuzey Kore", "Doğu Akdeniz", "Ege Bölgesi", "Deniz
    # Kuvvetleri" navy, "Sahil Güvenlik" coast guard, "Toprak Reformu", "Hazar Denizi" the Caspian)
    "kuzey", "doğu", "batı", "hazar", "deniz", "derya", "ege", "akdeniz", "nehir", "irmak", "kumsal", "sahil",
    "toprak",
    # sky, weather, the day and the seasons ("Güneş Enerjisi" solar power, "Kar Yağışı" snowfall, "Yaz
    # Saati" summer time, "Gece Hayatı", "Bahar Bayramı", "Dünya Kupası", "Doğa Sporları" outdoor
    # sports; "Kâr" profit; "Sabah" is also a paper's name)
    "güneş", "yıldız", "bulut", "yağmur", "kar", "kâr", "şimşek", "gün", "gece", "sabah", "bahar", "yaz", "güz",
    "mevsim", "evren", "uzay", "dünya", "doğa", "su", "sel",
    # plants and materials ("Kiraz Festivali", "Demir Yolu" railway, "Çelik Sektörü", "Altın Fiyatları")
    "gül", "çiçek", "kiraz", "yaprak", "papatya", "limon", "başak", "ekin", "demir", "çelik", "altın",
    "elmas", "mercan", "susam",
    # nouns and adjectives of the news ("Barış Süreci" peace process, "Savaş Gündemi", "Zafer
    # Bayramı", "Özel Haber" exclusive, "Yargı Paketi" judicial reform, "Can Kaybı" loss of life,
    # "Nur Camii", "Umut Kervanı", "Gerçek Hayat", "Güzel Sanatlar", "Refah Partisi", "Ses Sanatçısı")
    "barış", "savaş", "zafer", "umut", "sevgi", "hayat", "hayal", "devrim", "destan", "ödül", "refah", "can",
    "nur", "ses", "şans", "şan", "şiir", "ulus", "ülke", "yargı", "değer", "kader", "özel", "özgür", "gerçek",
    "güzel", "mutlu", "kutsal", "derin", "temel", "yeşil", "pembe", "ortak", "uygun", "varlık", "kayıt",
    "hazine", "yönetmen", "gazi", "reis", "hakem", "kartal", "kaplan",
    # plain, other languages' words ("şen" cheerful and "şir" read as "Sen." and "Sir"; "Pekin"
    # Beijing, French "Pékin"; English "Mine", "Siren", "Ant", "Hare", Persian "Pars")
    "şen", "sen", "şir", "pekin", "mine", "siren", "ant", "hare", "pars",
])


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
        tables.append(table - _TURKISH_WORDS)
    return tables


def _listed(entries: list[str]) -> set[str]:
    """Lowercased first words of ``entries`` in the cased scripts (as :func:`_tables` keeps), for
    the Turkish tables: no common Turkish word (``_TURKISH_WORDS``)."""
    words = (entry.split()[0].lower() for entry in entries if entry.split())
    return {word for word in words if len(word) >= 2 and _cased_script(word)} - _TURKISH_WORDS


def _mimesis_turkish(mimesis_root: Path) -> set[str]:
    """Mimesis's Turkish given names (``datasets/tr/person.json``, male and female)."""
    data = json.loads((mimesis_root / "mimesis" / "datasets" / "tr" / "person.json").read_text(encoding="utf-8"))
    return _listed([name for names in data["names"].values() for name in names])


_FIRST_NAME_LISTS = re.compile(r"first_name:\{(.*?)\}", re.S)
_JS_LIST = re.compile(r"(\w+):`([^`]*)`\.split\(`\.`\)")


def _faker_js_turkish(package_root: Path) -> set[str]:
    """@faker-js/faker's Turkish ``first_name`` lists, male and female (not ``generic``)."""
    (module,) = (package_root / "dist").glob("tr-*.js")
    lists = _FIRST_NAME_LISTS.search(module.read_text(encoding="utf-8"))
    if lists is None:
        raise ValueError(f"{module}: no first_name lists")
    return _listed([name for key, value in _JS_LIST.findall(lists.group(1)) if key in ("male", "female")
                    for name in value.split(".")])


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
    parser.add_argument("--mimesis", type=Path, help="an unpacked Mimesis 22.2.0 wheel (holds mimesis/)")
    parser.add_argument("--faker-js", type=Path, help="an unpacked @faker-js/faker 10.6.0 package (holds dist/)")
    parser.add_argument("--out", type=Path, default=_OUT)
    parser.add_argument("--plain-out", type=Path, default=_PLAIN_OUT)
    args = parser.parse_args()
    tables = _tables(args.faker_root)
    if args.mimesis:
        tables.append(_mimesis_turkish(args.mimesis))
    if args.faker_js:
        tables.append(_faker_js_turkish(args.faker_js))
    for out, names in ((args.out, sorted(given_names(tables))), (args.plain_out, sorted(plain_names(tables)))):
        out.write_text("".join(n + "\n" for n in names), encoding="utf-8")
        print(f"{len(names)} names written to {out}")


if __name__ == "__main__":
    main()
