"""Words every stage of the parsers shares, defined once: the schema.org types of
an article, month names, how words are counted, and how names are told apart
(:func:`dedupe`: here, not in :mod:`.metadata.authors`, so the clean pipeline of a
crawl's process does not import every byline rule to use it).

The class and id words of the boxes beside a story (:data:`OTHER_STORIES_MARKS`,
:data:`SIDE_BOX_MARKS`, :data:`PROMO_MARKS`): every reader that skips such a box
builds its pattern from these, so a theme's name for one is added once. (The body's
page-furniture phrases and class tokens live in :mod:`.body.boilerplate`, the
headings of other stories' and comments' boxes in :mod:`.box_headings`.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from crawler.parsers.caseless import factored

__all__ = ["ARTICLE_TYPES", "MONTHS", "MONTH_PATTERN", "OTHER_STORIES_MARKS", "PROMO_MARKS", "SENTENCE_END",
           "SIDE_BOX_MARKS", "UPDATED_PATTERN", "UPDATED_STEMS", "UPDATED_WORDS", "WEEKDAYS", "WEEKDAY_PATTERN",
           "any_of", "any_of_pattern", "count_words", "dedupe", "han_kana_words", "has_words", "word_count"]

# schema.org / OpenGraph types that mark one article (lower case).
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
    "liveblogposting", "techarticle", "scholarlyarticle", "socialmediaposting",
    "report", "satiricalarticle", "advertisercontentarticle", "askpublicnewsarticle",
    "medicalscholarlyarticle", "discussionforumposting", "posting", "review",
})

# Month names and their common abbreviations (lower case) -> month number.
MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12, "okt": 10, "dez": 12, "mär": 3,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish, Italian, Portuguese, Dutch
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12, "janeiro": 1,
    "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12, "januari": 1, "februari": 2, "maart": 3, "mei": 5,
    "augustus": 8,
    # Swedish, Danish, Norwegian (the names the lists above lack)
    "maj": 5, "augusti": 8, "marts": 3, "desember": 12,
    # Polish, Czech, Russian: the genitive a date prints ("4 lutego 2022", "28. října 2023",
    # "31 октября 2023"); Finnish: the partitive ("5. marraskuuta 2021"). The date
    # patterns read a month's name beside a day number, so "marca" (es/it: a brand) in
    # a sentence is no date; a byline of the given name "Maja" alone reads as a month
    # as "May" and "June" do (authors.py), a full name does not.
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
    "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    # Hungarian, printed after the year ("2020. április 20.", "2020. ápr. 20."), with the
    # abbreviations its style guides give (the others are the English and German ones)
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
    "febr": 2, "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "szept": 9,
    # Lithuanian: the genitive printed after the year ("2021 m. balandžio 22 d.")
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6,
    "liepos": 7, "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
    # Turkish ("22 Nisan 2021", "3 Mart 2021"); Ukrainian, the genitive
    # a date prints ("22 квітня 2021")
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Latvian: the nominative and the locative a date prints ("2021. gada 22. aprīlī")
    "janvāris": 1, "janvārī": 1, "februāris": 2, "februārī": 2, "martā": 3, "aprīlis": 4,
    "aprīlī": 4, "maijs": 5, "maijā": 5, "jūnijs": 6, "jūnijā": 6, "jūlijs": 7, "jūlijā": 7,
    "augusts": 8, "augustā": 8, "septembris": 9, "septembrī": 9, "oktobris": 10, "oktobrī": 10,
    "novembris": 11, "novembrī": 11, "decembris": 12, "decembrī": 12,
    # Arabic: the Gregorian months as Egypt and the Gulf print them ("5 مايو 2024", with the
    # spellings of their hamza), as the Levant and Iraq do (the Syriac names: "5 أيار 2024",
    # "كانون الثاني"), and as the Maghreb does (Morocco "يوليوز", "غشت", "شتنبر", "نونبر",
    # "دجنبر"; Algeria and Tunisia the French ones: "جانفي", "فيفري", "أفريل", "جوان", "جويلية",
    # "أوت"). Read beside a day and a year only, as every name above.
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونية": 6, "يوليو": 7, "يولية": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10, "تشرين الثاني": 11,
    "كانون الأول": 12, "كانون الاول": 12,
    # (the Syriac names of the autumn and winter months printed without the article too:
    # "1 تشرين أول 2019", "5 كانون ثاني 2024")
    "كانون ثاني": 1, "تشرين أول": 10, "تشرين اول": 10, "تشرين ثاني": 11, "كانون أول": 12, "كانون اول": 12,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
    # May as Morocco, Algeria and Tunisia print it ("12 ماي 2021"), beside their other months above
    "ماي": 5,
    # Hindi, as the papers print them ("16 मई 2024", "१६ मई २००४"), in the older spellings
    # too ("सितम्बर", "अक्तूबर") and with or without the nukta of "फ़रवरी" (one code point or two)
    "जनवरी": 1, "\u092b\u093c\u0930\u0935\u0930\u0940": 2, "\u095e\u0930\u0935\u0930\u0940": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5,
    "जून": 6, "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
    "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    # Hebrew, alone and with the preposition a date prints glued to it ("16 במאי 2024")
    "ינואר": 1, "בינואר": 1, "פברואר": 2, "בפברואר": 2, "מרץ": 3, "במרץ": 3, "מרס": 3, "במרס": 3,
    "אפריל": 4, "באפריל": 4, "מאי": 5, "במאי": 5, "יוני": 6, "ביוני": 6, "יולי": 7, "ביולי": 7,
    "אוגוסט": 8, "באוגוסט": 8, "ספטמבר": 9, "בספטמבר": 9, "אוקטובר": 10, "באוקטובר": 10,
    "נובמבר": 11, "בנובמבר": 11, "דצמבר": 12, "בדצמבר": 12,
}
# A letter of a word, as a regex: a ``\w`` letter, or a vowel sign or other mark of the scripts
# of South and Southeast Asia (Devanagari to Sinhala, Thai, Lao, U+0900-0EFF: Python's ``\w``
# holds no marks, so ``[^\W\d_]+`` stops at the "े" of "अपडेट" or the "ो" of "फोटो"). Not their digits
# nor their full stops ("।").
INDIC_MARKS = "[" + "".join(chr(c) for c in range(0x0900, 0x0F00)
                            if unicodedata.category(chr(c)) in ("Mn", "Mc")) + "]"
LETTER = r"(?:[^\W\d_]|" + INDIC_MARKS + ")"
# A regex alternation of every month name, longest first (so "sept" wins over "sep").
MONTH_PATTERN = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))

# Weekday names and abbreviations (lower case), as datelines print them before a
# date ("Thursday, May 5", "Fr, 18. Oktober 2019", "am Samstag, 19. Oktober").
WEEKDAYS = frozenset({
    # English
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    # German
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
    "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so",
    # French, Spanish, Italian, Dutch
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    # Hindi ("रविवार, १६ मई २००४")
    "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार",
    # Ukrainian ("Середа, 27 березня 2024, 10:32"; Friday with either apostrophe) and Russian
    # ("Среда, 27 марта 2024"), as their news sites print the day before the date
    "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "п’ятниця", "субота", "неділя",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
})
# A regex alternation of every weekday name, longest first.
WEEKDAY_PATTERN = "|".join(sorted((re.escape(d) for d in WEEKDAYS), key=len, reverse=True))

# The words a page prints before the day it last changed, not the day it went up
# ("Updated 2:25 PM", "Zuletzt aktualisiert am 17.01.2021", "Stand: 08.07.2026",
# "Last modified: ..."), lower case; the one list the date finders read: the label
# search (``date_labels``), the header's "Updated" line and the header's <time>
# and date boxes (by class or id) all use it. "Stand" (German: "as of") dates
# the version shown.
UPDATED_WORDS = (
    "last updated", "updated", "last modified", "modified",          # en
    "zuletzt aktualisiert", "aktualisiert", "letzte änderung", "geändert", "stand",  # de
    "mis à jour", "actualizado", "aggiornato", "bijgewerkt",         # fr, es, it, nl
    "atualizado", "atualizada", "atualização", "aktualizacja", "aktualizacji",  # pt, pl (Data aktualizacji)
    "zaktualizowano",                                                # pl
    # "modificato il", "ultima modifica" (it), "modifié le" (fr), "modificado el/em"
    # (es, pt): the word for a change in the languages whose "updated" word above is
    # not the one every CMS prints; the Italian noun "modifica" only so ("la modifica
    # del codice", an edit link's "Modifica" date nothing)
    "modificato", "modificata", "ultima modifica", "modifica il", "modifié", "modifiée", "modificado", "modificada",
    # the other languages UPDATED_STEMS reads (sv, da, nb, fi, ru, nl, cs/sk, hr, tr):
    # the word their sites print before a change's date ("Uppdaterad 2024-05-04 11.00")
    "uppdaterad", "uppdaterat", "opdateret", "oppdatert", "päivitetty", "обновлено",
    "gewijzigd", "aktualizováno", "aktualizované", "ažurirano", "güncellendi", "güncelleme",
    # "Edited on May 20" (community and forum engines: Forem, Discourse, phpBB's "Last
    # edited by X on ..."), "This page was last edited on ..." (MediaWiki): the edit's day
    "last edited", "edited",
    # Hindi "updated" (the English word as Hindi sites print it: "अपडेट: 17 मई 2024"), Hebrew "updated"
    "अपडेटेड", "अपडेट", "עודכן",
    # Greek "last update" and "was updated" ("Τελευταία ενημέρωση: 17.05.2024 08:12",
    # "Ενημερώθηκε: 17 Μαΐου 2024"); not "ενημέρωση" alone, "news" too ("Η Ενημέρωση", a site's name)
    "τελευταία ενημέρωση", "ενημερώθηκε",
)
# A regex alternation of UPDATED_WORDS, longest first, any run of spaces inside.
UPDATED_PATTERN = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in UPDATED_WORDS),
                                  key=len, reverse=True))
# The stems of those words at a word's start, in every language the parsers read
# dates in, for telling a label word by word ("Zuletzt aktualisiert:" is a change,
# "Veröffentlicht:" is not); "stand" only as a whole word ("Standort" is a place).
UPDATED_STEMS = re.compile(r"updat|modif|revis|edited|changed|stand\Z|aktualis|aktualiz|geänd|änderung|actualiz|"
                           r"atualiz|aggiorn|bijgewerkt|gewijzig|wijzig|обновл|изменен|güncel|ažurir|päivit|"
                           r"oppdat|opdat|uppdat|अपडेट|עודכן|ενημερώθ|.*(?:更新|修改|編集|수정|업데이트)")

# Class and id words (regex alternatives, matched ignoring case anywhere in the
# name) of the boxes beside a story, as themes name them. A box of other stories: a
# related or recommended list, a most-read ("most-read", "mostread") or popular
# box; the dates, names and links in it are those stories', not the page's (the
# listing detector, the header window, the date search, the relative-date reader and
# the author reader skip it).
OTHER_STORIES_MARKS = r"related|recommend|popular|most-?read"
# A side column's box: a widget or the sidebar (the same readers skip it, except where
# a template prints the story's own author column there).
SIDE_BOX_MARKS = r"widget|sidebar"
# A box promoting other pages: a promo or a teaser; not "promoted" (Drupal's class
# for the story's own node, promoted to the front page).
PROMO_MARKS = r"promo(?!ted)|teaser"

# The end of a sentence (a line ending so is prose, not a label or a credit).
SENTENCE_END = re.compile(r"[.!?…:\"”’»)]\s*$")

_WORD = re.compile(r"\w+")
# Han, kana: scripts written without spaces, where one \w+ run is a whole phrase.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def any_of(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern that finds any of ``phrases`` in a text: ``pattern.search(text)``
    answers ``any(p in text for p in phrases)`` (and its ``start()`` is the first
    place one occurs) in one call, not a Python step per phrase.

    >>> any_of(["sign up", "subscribe"]).search("please subscribe now").start()
    7
    """
    return re.compile(factored(any_of_pattern(phrases)))


def any_of_pattern(phrases: Iterable[str]) -> str:
    """:func:`any_of`'s alternation as written: the phrases escaped, longest first.
    :func:`any_of` groups it by first character (:func:`.caseless.factored`): case
    sensitive, a place of the text can open only the phrases of its own character,
    tried in this order, so the same phrase matches at the same place (the same
    ``start()`` and ``end()``), found in half the time on the long alternations (the
    body's paywall and appeal lines)."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


def word_count(text: str) -> int:
    """Number of ``\\w+`` tokens (the record's ``word_count``).

    >>> word_count("It's 3 o'clock")
    5
    """
    return len(_WORD.findall(text))


def count_words(text: str) -> int:
    """Words of any script: ``\\w+`` runs, plus one per two Han/kana characters
    (how much text a page holds, for deciding whether it is an article).

    >>> count_words("Ferry timetable approved"), count_words("南海トラフ、一時調査")
    (3, 6)
    """
    return word_count(text) + han_kana_words(text)


def has_words(text: str, least: int) -> bool:
    """Whether :func:`count_words` of ``text`` is ``least`` or more, read no further than
    its first ``least`` ``\\w+`` runs when it holds them (a paragraph of prose does);
    else counted as :func:`count_words` counts (Han/kana text, a short line).

    >>> has_words("Ferry timetable approved", 3), has_words("Ferry timetable approved", 4)
    (True, False)
    >>> has_words("南海トラフ、一時調査", 6), has_words("南海トラフ、一時調査", 7)
    (True, False)
    """
    if least <= 0:
        return True
    runs = _RUNS.get(least)
    if runs is None:
        runs = _RUNS.setdefault(least, re.compile(rf"(?<!\w)\w++(?:\W++\w++){{{least - 1}}}"))
    return runs.search(text) is not None or count_words(text) >= least


# (per threshold: ``least`` \w+ runs in a row)
_RUNS: dict[int, re.Pattern[str]] = {}


def han_kana_words(text: str) -> int:
    """What :func:`count_words` adds to :func:`word_count`: one word per two Han or kana
    characters (a caller that has the ``word_count`` already adds only this)."""
    return len(_CJK.findall(text)) // 2


def dedupe(names: Iterable[str]) -> list[str]:
    """Drop case-insensitive duplicates, keep first spelling and order."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
