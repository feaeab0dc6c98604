"""Write a copy of a benchmark dataset's tuning pages with each printed date reformatted.

Usage::

    .venv/bin/python benchmarks/strip_metadata.py ../shared/benchmarks/trafilatura-eval-dev /tmp/dev-visible
    .venv/bin/python benchmarks/perturb_dates.py /tmp/dev-visible /tmp/dev-datefmt
    .venv/bin/python benchmarks/extraction.py /tmp/dev-datefmt --systems clippings,trafilatura

Why: the visible-page date rules were written from the tuning pages, whose printed dates
come in the few formats their sites use; pages in the wild print the same day in many
more ("Montag, 5. April 2025", "05/04/2025", "5 de abril de 2025", "14:32 | 5.4.25").
Rewriting the printed day of each tuning page into another common real-world format
(run it on a metadata-stripped copy, so the printed date is what counts) is a
generalisation test that does not read the held-out half: only the tuning pages are
written (and kept in the copy's ``truth.jsonl``).

For each page whose truth has a published day, every text run (never a tag, a script, a
style or a comment) that prints that day in a common format (day-first and ISO numbers,
US order on an ``en-US`` page, month names and abbreviations of the languages in
:data:`MONTHS`, "5th", "de") is replaced by one new text for the page, chosen by the page
id's SHA-1 (:func:`new_date`): a numeric order of the page's own language convention
(never "04/05" for 5 April on a German page), or the month name in the page's language or
another, some with a weekday and some with a time. ``datetime`` attributes are removed,
and the day is taken out of link addresses and of the truth's URL; the truth files are
otherwise copied as they are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.datasets import copy_parser, load_html, load_truth, start_copy, write_page  # noqa: E402

# Month names (the form printed after a day number) and the written form of a date.
MONTHS: dict[str, tuple[str, str]] = {
    "en": ("January February March April May June July August September October November December",
           "{d} {m} {y}"),
    "de": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
           "{d}. {m} {y}"),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
           "{d} {m} {y}"),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
           "{d} de {m} de {y}"),
    "it": ("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
           "{d} {m} {y}"),
    "pt": ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
           "{d} de {m} de {y}"),
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december",
           "{d} {m} {y}"),
    "pl": ("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
           "listopada grudnia", "{d} {m} {y}"),
    "sv": ("januari februari mars april maj juni juli augusti september oktober november december",
           "{d} {m} {y}"),
    "da": ("januar februar marts april maj juni juli august september oktober november december",
           "{d}. {m} {y}"),
    "no": ("januar februar mars april mai juni juli august september oktober november desember",
           "{d}. {m} {y}"),
    "fi": ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
           "syyskuuta lokakuuta marraskuuta joulukuuta", "{d}. {m} {y}"),
    "cs": ("ledna února března dubna května června července srpna září října listopadu prosince",
           "{d}. {m} {y}"),
    "hu": ("január február március április május június július augusztus szeptember október "
           "november december", "{y}. {m} {d}."),
    "tr": ("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
           "{d} {m} {y}"),
    "ru": ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
           "{d} {m} {y}"),
}
# Weekdays (Monday first) for the languages whose pages often print one before the date.
WEEKDAYS: dict[str, str] = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
}
# Numeric orders by the page language's convention; every language may also print ISO.
_DAY_FIRST = ("{dd}.{mm}.{y}", "{dd}/{mm}/{y}", "{d}.{m}.{yy}")
NUMERIC: dict[str, tuple[str, ...]] = {
    "en-us": ("{m}/{d}/{y}", "{mm}/{dd}/{y}"),
    "en": ("{dd}/{mm}/{y}", "{d}/{m}/{y}"),
    "de": ("{dd}.{mm}.{y}", "{d}.{m}.{yy}", "{d}.{m}.{y}"),
    "nl": ("{dd}-{mm}-{y}", "{d}-{m}-{y}"),
    "hu": ("{y}. {mm}. {dd}.",),
    "sv": ("{y}-{mm}-{dd}",),
}
_ISO = ("{y}/{mm}/{dd}", "{y}-{mm}-{dd}")
_TEXT_RUNS = re.compile(r"(<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>)",
                        re.IGNORECASE | re.DOTALL)
_DATETIME = re.compile(r"""\sdatetime\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
_HREF = re.compile(r"""(\shref\s*=\s*)("[^"]*"|'[^']*')""", re.IGNORECASE)
_LANG = re.compile(r"""<html\b[^>]*?\slang\s*=\s*["']?([a-zA-Z-]+)""", re.IGNORECASE)
_ABBREVIATIONS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"


def page_language(html: str) -> str:
    """The ``<html lang>`` of the page, lower case ("en" where none is given)."""
    found = _LANG.search(html[:20000])
    return found.group(1).lower() if found else "en"


def published_day(value: str | None) -> dt.date | None:
    """The day of a truth's ``published`` value, when it has one."""
    found = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not found:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def day_pattern(day: dt.date, language: str) -> re.Pattern[str]:
    """The printed forms of ``day`` that :func:`perturb_dates` replaces."""
    d, m, y = rf"0?{day.day}", rf"0?{day.month}", str(day.year)
    names = {MONTHS[lang][0].split()[day.month - 1] for lang in MONTHS}
    names |= {name[:3] for name in names if len(name) > 4}
    names.add(_ABBREVIATIONS.split()[day.month - 1])
    month = "(?:" + "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True)) + r")\.?"
    numeric = [rf"{d}[./-]\s?{m}[./-]\s?(?:{y}|{y[2:]})", rf"{y}[-/.]\s?{m}[-/.]\s?{d}\.?"]
    if language.startswith("en-us"):
        numeric.insert(0, rf"{m}/{d}/(?:{y}|{y[2:]})")
    named = [rf"{d}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{month},?\s+(?:de\s+)?{y}",
             rf"{month}\s+{d}(?:st|nd|rd|th)?,?\s+{y}"]
    return re.compile(r"(?<![\w/.-])(?:" + "|".join(numeric + named) + r")(?![\w/-]|\.\d)",
                      re.IGNORECASE)


def new_date(day: dt.date, language: str, seed: str) -> str:
    """The text that stands for ``day`` on the page ``seed`` (deterministic)."""
    digest = hashlib.sha1(seed.encode("utf-8")).digest()
    own = language if language in NUMERIC else language.split("-")[0]
    fields = {"d": day.day, "dd": f"{day.day:02d}", "m": day.month, "mm": f"{day.month:02d}",
              "y": day.year, "yy": f"{day.year % 100:02d}"}
    if digest[0] % 3 == 0:
        formats = NUMERIC.get(own, _DAY_FIRST) + _ISO
        text = formats[digest[1] % len(formats)].format(**fields)
    else:
        langs = sorted(MONTHS)
        lang = own if digest[1] % 2 and own in MONTHS else langs[digest[2] % len(langs)]
        names, pattern = MONTHS[lang]
        fields["m"] = names.split()[day.month - 1]
        text = ("{m} {d}, {y}" if lang == "en" and digest[3] % 2 else pattern).format(**fields)
        if lang in WEEKDAYS and digest[4] % 3 == 0:
            text = f"{WEEKDAYS[lang].split()[day.weekday()]}, {text}"
    clock = f"{digest[5] % 24:02d}:{digest[6] % 60:02d}"
    if digest[7] % 4 == 0:
        return f"{text}, {clock}" + (" Uhr" if own == "de" else "")
    return f"{clock} | {text}" if digest[7] % 4 == 1 else text


def _undated_url(url: str, day: dt.date) -> str:
    """``url`` with the day's path or stamp forms taken out."""
    forms = (f"/{day:%Y}/{day:%m}/{day:%d}", f"/{day:%Y}/{day.month}/{day.day}",
             f"{day:%Y-%m-%d}", f"{day:%Y%m%d}", f"/{day:%Y}/{day:%m}/")
    for form in forms:
        url = url.replace(form, "/" if form.startswith("/") else "")
    return url


def perturb_dates(html: str, day: dt.date, seed: str) -> tuple[str, int]:
    """``html`` with each printed form of ``day`` replaced (:func:`new_date`), its
    ``datetime`` attributes removed and the day taken out of its links; and the
    number of printed dates replaced."""
    language = page_language(html)
    pattern, text = day_pattern(day, language), new_date(day, language, seed)
    count = 0
    pieces = _TEXT_RUNS.split(html)
    for i, piece in enumerate(pieces):
        if i % 2:  # a tag, a script, a style or a comment
            if piece.startswith("<") and not piece.startswith(("<!--", "<script", "<style")):
                piece = _DATETIME.sub("", piece)
                piece = _HREF.sub(lambda m: m.group(1) + _undated_url(m.group(2), day), piece)
            pieces[i] = piece
            continue
        pieces[i], n = pattern.subn(text, piece)
        count += n
    return "".join(pieces), count


def _tuning_truth(target: Path, days: dict[str, dt.date], kept: set[str]) -> None:
    """Keep only the ``kept`` (tuning) rows of the ``truth.jsonl`` copy, the day taken
    out of each ``url``."""
    path = target / "truth.jsonl"
    if not path.exists():
        return
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip() else None
        if not item or item["id"] not in kept:
            continue
        if item.get("url") and item["id"] in days:
            item["url"] = _undated_url(item["url"], days[item["id"]])
        lines.append(json.dumps(item, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Copy ``SOURCE``'s tuning pages to ``TARGET`` with their printed days reformatted."""
    parser = copy_parser(__doc__, "a benchmark dataset directory (stripped)")
    args = parser.parse_args(argv)
    kind, truths = load_truth(args.source)
    truths = [t for t in truths if t.split in (None, "tuning")]
    if not start_copy(args.source, args.target):
        return 2
    days: dict[str, dt.date] = {}
    dated = rewritten = 0
    for truth in truths:
        html = load_html(args.source / truth.file)
        day = published_day(truth.published)
        if day is not None:
            days[truth.id] = day
            dated += 1
            html, count = perturb_dates(html, day, truth.id)
            rewritten += count > 0
        write_page(args.target, truth, html)
    _tuning_truth(args.target, days, {t.id for t in truths})
    print(f"{kind}: {len(truths)} tuning pages copied into {args.target}; "
          f"{dated} with a published day, {rewritten} of them with a printed date rewritten")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
