"""Dates a page labels as its own anywhere in its text: "Erschienen am: 01.11.2023",
"Posted on May 16, 2024", "Aktualisiert am 17.01.2021", "Last modified: ...".

For pages whose structured data and headline area name no date (a footer line,
an old layout without a dateline by the headline): a labelled date is the page's,
where an unlabelled one may be a cited paper's, an event's or a comment's.
Comment threads, widgets and related-story lists are skipped: their
"Posted on" lines date the comments and other pages.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from crawler.parsers.caseless import factored
from crawler.parsers.document import Element
from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.metadata.walk import OTHER_REGION, marks_of
from crawler.parsers.vocabulary import LETTER, MONTH_PATTERN, MONTHS, UPDATED_PATTERN, UPDATED_STEMS, WEEKDAYS

__all__ = ["BESIDE", "Labelled", "event_hours", "labelled_dates", "other_label", "owned_text_pieces", "range_start",
           "text_pieces"]

MAX_TEXT_NODES = 20_000  # elements read
_MAX_LABELS = 200        # labels looked at per page
_MAX_CHARS = 300_000     # characters of text searched for labels
_SKIP = frozenset({"script", "style", "noscript", "head", "template", "svg", "select", "option",
                   "textarea", "form"})
# the words sites print before the day a page went up (the header scan's list; German
# "Erstveröffentlichung", first publication, after an "Aktualisiert" date: one word)
_PUBLISHED_WORDS = (
    r"published|posted|veröffentlicht|erstveröffentlichung|erschienen|erstellt|publié|"
    r"publicado|pubblicato|"
    r"gepubliceerd|opublikowano|geplaatst|postado|mis\s+en\s+ligne|publicerad|publisert|publiceret|udgivet|"
    r"julkaistu|опубликовано|objavljeno|yayınlanma(?:\s+tarihi)?|yayın\s+tarihi|"
    r"发布时间|发布日期|发表时间|发表日期|發布時間|發佈時間|公開日|投稿日|掲載日")


def _label_pattern(words: Callable[[str], str]) -> str:
    """The label pattern, each group's alternation of words as ``words`` gives it."""
    return (
        rf"\b(?:(?P<published>{words(_PUBLISHED_WORDS)})"
        r"(?:\s+(?:on|am|le|el|il|op|at|em|den))?"
        # ... before the day it last changed
        rf"|(?P<updated>{words(UPDATED_PATTERN)})(?:\s+(?:on|am|le|el|il|op|at))?"
        # ... or a bare "Date:" field, or the name of a field printed as its own element
        # with no colon, its value on the next line ("<dt>Datum</dt><dd>28.04.2023</dd>",
        # "<th>Date</th><td>...": definition lists, tables and info boxes name fields so)
        r"|(?P<field>date|datum|fecha)(?=\s*:)|(?<![^\n])(?P<line>date|datum|fecha)(?=[^\S\n]*\n))\b\s*:?\s*")


# Each group's words grouped by first letter (:func:`.caseless.factored`): the same
# matches, found in half the time (Python's ``re`` tried each of some seventy words,
# case folded, at every word's start of up to 300,000 characters). At a place of the
# text only the words opening with its letter can match, and they are tried in the
# order written: no two first letters here are one letter in another case (as "ı"
# and "i" are for ``re.IGNORECASE``).
_LABEL = re.compile(_label_pattern(factored), re.IGNORECASE)
_DATE_WITHIN = 12  # characters between a label and its date (a weekday, "the")


@dataclass(slots=True)
class Labelled:
    """The first date labelled as the publication and as the last change."""

    published: str | None = None
    updated: str | None = None
    # the day a header's date line prints before its update ("May 3, 2024 | Updated
    # May 4, 2024"): the publication when no label names one
    paired: str | None = None


# Boxes beside the story: outside its <article>, their dates are other pages' ("Old
# post 2019/04/01"); inside it, an aside may hold the story's own byline and date.
BESIDE = frozenset({"aside", "nav"})


def text_pieces(doc: Element, skip: frozenset[str] = frozenset(),
                keep: frozenset[Element] = frozenset()) -> Iterator[str]:
    """Stripped text pieces (``text`` and ``tail``) in document order, outside
    scripts, forms, comment threads, widgets and related lists, and elements named
    in ``skip`` outside any <article> (but those in ``keep``); at most
    :data:`MAX_TEXT_NODES` elements."""
    return (piece for _, piece in owned_text_pieces(doc, skip, keep))


def owned_text_pieces(doc: Element, skip: frozenset[str] = frozenset(),
                      keep: frozenset[Element] = frozenset()) -> Iterator[tuple[Element, str]]:
    """:func:`text_pieces`, each with the element it is printed in: an element's
    own text's, or the parent's of the element a tail follows."""
    stack: list[Element | tuple[Element, str]] = [doc]
    count = 0
    while stack and count < MAX_TEXT_NODES:
        item = stack.pop()
        if isinstance(item, tuple):
            yield item
            continue
        count += 1
        if item.tail and not item.tail.isspace():
            parent = item.getparent()
            stack.append((parent if parent is not None else item, item.tail.strip()))
        if not isinstance(item.tag, str) or item.tag in _SKIP or (
                item.tag in skip and item not in keep and next(item.iterancestors("article"), None) is None):
            continue
        marks = marks_of(item)
        if marks and item.tag not in ("html", "body") and OTHER_REGION.search(marks):
            continue
        stack.extend(reversed(item))
        if item.text and not item.text.isspace():
            yield item, item.text.strip()


# The words of a label before a date, read word by word (whole words, or the
# stems below at a word's start). Each list holds the standard words of the
# languages the parsers read dates in (en, de, fr, es, it, pt, nl, pl, the
# Scandinavian languages, fi, ru, hr/sr/bs, tr, zh, ja, ko).
# The page's own: "Published", "Le :" (French),
# "Opublikowano", "Опубликовано", "Objavljeno", "Yayınlanma", "发布时间", "公開日", "입력";
# the creation of the page ("Erstellt", "Created", "Criado", Polish "Data utworzenia").
# Not an ad's label: "Publicidad", "Publicidade", "Publicité", "Publicity", "Pubblicità".
_OWN = re.compile(r"publi(?!cid|cit)|pubbl(?!icit)|gepubl|opubl|опубл|публик|veröff|erschein|erschien|erstell|creat|cria|utworz|"
                  r"udgiv|julkai|yayın|yayım|objav|dodan|geplaatst|gepost|post(?:ed|ing|ado|ada|ée?|s)?\Z|"
                  r"written|geschrieben|escrit|scritt|écrit|online\Z|ligne\Z|issue[ds]?\Z|ausgabe|"
                  r"edici|edizion|édition|edition|article\Z|artikel\Z|story\Z|news\Z|print|"
                  r".*(?:发布|發布|发表|發表|刊登|出版|公開|公开|投稿|掲載|配信|입력|등록|게시|작성|발행)")
# Another event's day: a release, a deadline, a start or an end, a birth or a death
# (event, course and product pages print these by their headlines).
_OTHER = re.compile(r"releas|deadline|event|evento|événement|veranstalt|.*termin|start|beginn|begin|début|"
                    r"inicio|inizio|end(?:s|e)?\Z|fin\Z|expir|ablauf|born\Z|birth|geboren|died\Z|death|"
                    r"gestorben|naissance|nacimiento|nascita|nascimento|when\Z|wann\Z|quand\Z|cuándo|due\Z|"
                    r"clos|open|launch|valid|gültig|.*frist|.*schluss|premiere|première|ausstrahl|aired|"
                    r"kick-?off|anstoß|anpfiff|registr|anmeld|sortie|lanzamiento|uscita|scadenz|"
                    r"vencim|échéance|plazo|.*(?:截止|开始|開始|结束|結束|活动|活動|举办|發售|发售|発売|開催|締切|生日|出生)")
# The bare word for a date or time ("Date:", "Datum:", "发布时间" ends in one), and
# the word endings of compounds holding one ("Erscheinungsdatum", "Geburtsdatum").
_GENERIC = frozenset({"date", "datum", "dato", "data", "fecha", "tarih", "tarihi", "дата", "time", "zeit",
                      "uhrzeit", "hora", "heure", "ora", "czas", "время", "tid", "datetime", "päivämäärä"})
_GENERIC_ENDINGS = ("datum", "dato", "päivä", "päivämäärä", "日期", "时间", "時間", "日付", "日時", "日", "일")
# Words between a label's words ("Date of publication", "Fecha de publicación"),
# and after them ("Published on:", "Online seit:"): no meaning of their own.
_FILLER = frozenset({"of", "the", "de", "del", "della", "di", "du", "des", "la", "le", "el", "il", "et",
                     "and", "und", "y", "e", "i", "on", "at", "am", "um", "op", "em", "den", "dne", "der",
                     "die", "das", "van", "von", "в", "на", "seit", "since", "en", "à", "a"})
# The words that end a label dating a thing ("Concert on:", "Konzert am:"); after
# words of no known label, the thing is not the page ("Published on:" is).
_ON = frozenset({"on", "am", "op", "le", "el", "il", "em"})
_BY = frozenset({"by", "von", "par", "por", "door", "di", "av", "af", "przez", "od"})
# Words that tie an event word to what follows it ("Deadline for applications", "Valid
# until", "Gültig bis"): an event word before one names the label's day; an event-like
# word elsewhere ("Open Source Desk", "Start-ups desk") does not.
_CONNECTORS = frozenset({"for", "für", "until", "till", "bis", "of", "to", "pour", "para", "per", "voor",
                         "dla", "zur", "zum", "des", "de", "du", "del", "della", "di", "da"})
# A range's first day just before a date, the date its last day: "1. bis 8. Mai 2024",
# "1.–8. Mai", "1-8 May", "May 1 to May 8, 2024", "du 1er au 8 mai", "del 1 al 8 de
# mayo", "van 1 tot 8 mei": the days of an event (a sale, a
# festival), not a publication's. A dash only right after the day or its dot ("Heft
# 19 – 12. Mai 2024" is an issue's number and its date), never after a time's minutes.
# Across months a dash after the first day's month name or number ("30. April – 2. Mai
# 2024", "30 de abril - ", "May 30 - June 2, 2024", "30.04.–02.05.2024").
_RANGE_START = re.compile(r"(?<![\d:.,/])\d{1,2}(?:\.|st|nd|rd|th|er)?(?:\s+(?:de\s+)?[^\W\d_]{3,10}\.?)?"
                          r"(?:\s+(?:bis|to|till|until|through|thru|au|al|a|do|tot)\s+|(?<=\.)\s*[–-]\s*|(?<=\d)[–-])$"
                          rf"|(?<![\d:.,/])\d{{1,2}}(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?(?:{MONTH_PATTERN})\.?\s*[–-]\s*$"
                          rf"|(?<![^\W\d_])(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*[–-]\s*$"
                          r"|(?<![\d:.,/])\d{1,2}\.\d{1,2}\.\s*(?:[–-]|bis\s)\s*$",
                          re.I)
# The last words before a colon, on one line (the line before may be a headline).
# (a word's letters with the vowel signs of the Indic scripts: "अपडेट", "अंतिम अपडेट")
_LABEL_BEFORE = re.compile(r"((?:" + LETTER + r"+(?:[^\S\n]|['’-])+){0,4}" + LETTER + r"+)[^\S\n]*[:：]\s*$")
_LABEL_WORD = re.compile(LETTER + "+")
_UPDATED_PHRASE = re.compile(rf"\b(?:{UPDATED_PATTERN})\b", re.I)  # ("mis à jour": no one word says it)


# Hours from and to after a date ("Sa., 22.01.2022, 9:00 – 17:00 Uhr", "May 3, 2024,
# 10am-4pm", "3. Mai 2024, 14-16 Uhr"): an event's opening hours, a listing's, not a
# publication's (a publication prints one time: "3. Mai 2024 - 12:00 Uhr"). The first
# hour follows no digit or dot: the month and two-digit year of a stamp ("04.05.22 -
# 00:38") are the date's, not an hour "05.22" opening a range.
_TIME_RANGE = re.compile(r"(?<![\d.:/])(?:\b\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|am|pm)?\s*(?:[–-]|bis|to)\s*\d{1,2}(?:[:.]\d{2})?\s*"
                         r"(?:uhr|h|am|pm)\b|\b\d{1,2}[:.]\d{2}\s*(?:uhr|h|am|pm)?\s*(?:[–-]|bis|to)\s*\d{1,2}[:.]\d{2})", re.I)


# The words that may stand between a date and its hours ("Sa., 15.01.2022, von 9 bis 17
# Uhr", "Tuesday, May 3, 2024, from 10am to 4pm", "le 3 mai 2024 de 9h à 17h", "el 3 de
# mayo, de 9 a 14 h", "dalle 9"): connectors and the date's own words (month and weekday
# names, ordinal endings); any other word puts the hours in a sentence of their own.
_HOURS_GAP = frozenset({"von", "vom", "ab", "um", "from", "at", "de", "des", "dès", "desde", "dalle", "dal", "da",
                        "van", "od", "st", "nd", "rd", "th", "er", "e"})
_GAP_WORD = re.compile(r"[^\W\d_]+")


def event_hours(text: str, start: int) -> bool:
    """Whether the date at ``start`` in ``text`` is followed by hours from and to
    (:data:`_TIME_RANGE`): an event's, a listing's. Only the date's words and a
    connector (:data:`_HOURS_GAP`) between them: the hours a dateline's story names
    ("3. April 2024 – Markt von 9 bis 13 Uhr offen") are a market's, not the date's.

    >>> event_hours("Sa., 22.01.2022, 9:00 – 17:00 Uhr Workshop", 5), event_hours("3. Mai 2024 - 12:00 Uhr", 0)
    (True, False)
    >>> event_hours("May 3, 2024 — Market open 9am-1pm on Sundays", 0)
    False
    >>> event_hours("04.05.22 - 00:38", 0), event_hours("19.12.19 - 12:14 h", 0)
    (False, False)
    """
    hours = _TIME_RANGE.search(text, start, start + 45)
    return hours is not None and _date_words_only(text, start, hours.start())


# A year, then the word or dash that ends a range's first day ("Dec 30, 2023 – Jan 2, 2024",
# "30.12.2023 bis 02.01.2024", "du 30 décembre 2023 au 2 janvier 2024").
_YEAR_TO = re.compile(r"\b(?:19|20)\d{2}\b,?\s*(?:[–-]|(?:bis|to|till|until|through|au|al|do|tot)\s)\s*")


def range_start(text: str, start: int) -> bool:
    """Whether the date at ``start`` in ``text`` opens a range of days: a year, a dash or
    "to" and another date right after it ("Dec 30, 2023 – Jan 2, 2024"): an event's
    first day, as the range's last is (:data:`_RANGE_START`).

    >>> range_start("Dec 30, 2023 – Jan 2, 2024 in the park", 0), range_start("3. Mai 2024 - 12:00 Uhr", 0)
    (True, False)
    >>> range_start("30.12.2023 bis 02.01.2024", 0), range_start("2023-12-30 Berlin", 0)
    (True, False)
    """
    to = _YEAR_TO.search(text, start, start + 40)
    if to is None or not _date_words_only(text, start, to.start()):
        return False
    after = find_date_span(text[to.end():to.end() + 40], None, short_years=False)
    return after is not None and after[1] == 0


def _date_words_only(text: str, start: int, end: int) -> bool:
    """Whether the words in ``text[start:end]`` are a date's (month and weekday names,
    ordinal endings) or a connector (:data:`_HOURS_GAP`)."""
    return all(word.lower() in _HOURS_GAP or word.lower().rstrip(".") in MONTHS or word.lower() in WEEKDAYS
               for word in _GAP_WORD.findall(text, start, end))


def names_publication(text: str) -> bool:
    """Whether a printed date line says it is the page's own publication
    ("Posted January 12", "Veröffentlicht am 3. Mai").

    >>> names_publication("Posted January 12, 2024"), names_publication("January 12, 2024")
    (True, False)
    """
    return any(_OWN.match(w) for w in _LABEL_WORD.findall(text.casefold()[:200]))


def other_label(before: str) -> bool:
    """Whether the text just before a date ends in a label of another event
    ("Release: 14.11.2019", "Event date:", "Termin:") or of a change ("Last
    updated:"), not the publication's or a bare "Date:": the date is not the page's.
    An unknown word before a colon (a dateline's place, a name) is no such label.

    >>> other_label("Release: "), other_label("Veröffentlicht am: "), other_label("By Ann Lee | ")
    (True, False, False)
    >>> other_label("Erscheinungsdatum: "), other_label("Event date: "), other_label("Zuletzt aktualisiert: ")
    (False, True, True)
    >>> other_label("Washington: "), other_label("Le : "), other_label("发布时间: ")
    (False, False, False)
    >>> other_label("Deadline for applications: "), other_label("Gültig bis: "), other_label("Concert on: ")
    (True, True, True)
    >>> other_label("Ann Lee on: "), other_label("Jane Doe, Staff Writer on: "), other_label("Open Source Desk: ")
    (False, False, False)

    A range's first day before the date (:data:`_RANGE_START`) makes it an event's too:

    >>> other_label("Lego feiert von 1. bis "), other_label("vom 1.–"), other_label("from May 1 to ")
    (True, True, True)
    >>> other_label("du 1er au "), other_label("Heft 19 – "), other_label("Aktualisiert 10:30 - ")
    (True, False, False)
    """
    if _RANGE_START.search(before[-40:]):
        return True  # "von 1. bis 8. Mai 2024", "1–8 May 2024": a range's last day, an event's
    m = _LABEL_BEFORE.search(before[-60:])
    if m is None:
        return False
    raw = _LABEL_WORD.findall(m.group(1))
    dated_on = len(raw) == 2 and raw[-1].lower() in _ON  # "Concert on:", not "Ann Lee on:"
    while raw and raw[-1].lower() in _FILLER:
        raw.pop()
    words = [w.lower() for w in raw]
    if not words:
        return False  # "Le :", "Am:": the page's own
    if any(UPDATED_STEMS.match(w) for w in words) or _UPDATED_PHRASE.search(m.group(1)):
        return True
    generic = _generic_label(words, raw)
    if generic is not None:
        return generic
    if any(_OWN.match(w) for w in words):
        return _OTHER.match(words[-1]) is not None  # "Published event:", "Release published:"
    if words[0] in _BY:
        return False  # "By Ann Lee on:", "Von Hans Müller am:": a byline's date is the page's
    # no word of the page's own: a last word of another event ("Release:"), one tied to
    # what follows ("Deadline for applications", "Valid until"), or "<thing> on:"
    # ("Concert on:") names another day
    return dated_on or _OTHER.match(words[-1]) is not None or any(
        _OTHER.match(word) is not None and following in _CONNECTORS for word, following in itertools.pairwise(words))


def _generic_prefix(word: str) -> str | None:
    """``""`` for a bare date word, the rest of a compound ending in one
    ("geburts" of "Geburtsdatum"), else ``None``."""
    if word in _GENERIC:
        return ""
    for ending in _GENERIC_ENDINGS:
        if word.endswith(ending) and len(word) >= len(ending) + 2:
            return word[:-len(ending)]
    return None


def _generic_label(words: list[str], raw: list[str]) -> bool | None:
    """For a label naming a date ("Event date", "Fecha de publicación",
    "Geburtsdatum"): whether it is another event's (the word saying whose date it
    is, after the date word or in its compound, is not a publication's; a word
    before it when it is a known word or the date word is in lower case, "Sale
    date:": in "By Ann Lee Date:" the name is not part of the label); ``None``
    for other labels.
    ``raw``: ``words`` as printed."""
    for i in range(len(words) - 1, -1, -1):
        prefix = _generic_prefix(words[i])
        if prefix is None:
            continue
        after = [w for w in words[i + 1:] if w not in _FILLER and _generic_prefix(w) != ""]
        before = words[i - 1] if i > 0 else ""
        if after:
            qualifiers = after
        elif prefix:
            qualifiers = [prefix]
        elif before and before not in _FILLER and _generic_prefix(before) != "" and (
                _OWN.match(before) or _OTHER.match(before) or raw[i].islower()):
            qualifiers = [before]
        else:
            return False  # a bare "Date:" / "Datum:" field
        return not any(_OWN.match(q) for q in qualifiers)
    return None


def labelled_dates(pieces: list[str], language: str | None, latest: str) -> Labelled:
    """The first published-labelled and updated-labelled days in the page's text
    pieces (:func:`text_pieces`; "Date:" counts as published), none after
    ``latest``. The pieces are read as one text, so a label that ends one piece
    ("<b>Aktualisiert am</b> 17.01.2021") is read with the next. A field name on
    its own line counts only as the page's own field (:func:`_own_field`)."""
    found = Labelled()
    text = "\n".join(pieces)[:_MAX_CHARS]
    body_at = _body_start(pieces)
    for count, m in enumerate(_LABEL.finditer(text)):
        if count >= _MAX_LABELS or found.published is not None:
            break
        kind = "updated" if m.group("updated") else "published"
        if getattr(found, kind) is not None:
            continue
        if (m.group("field") or m.group("line")) and other_label(text[max(0, m.start() - 60):m.end()]):
            continue  # "Event date:", "Release date:": another event's
        if m.group("line") and not _own_field(text, m.start(), m.end(), body_at):
            continue
        span = find_date_span(text[m.end():m.end() + 80].replace("\n", " "), language)
        within = 0 if m.group("line") else _DATE_WITHIN  # a field's value starts the next line
        if span and span[1] <= within and span[0][:10] <= latest:
            setattr(found, kind, span[0][:10])
            if kind == "updated" and (m.start() < body_at or _closing_line(text, m.end())):
                found.paired = _dated_before_update(text[max(0, m.start() - _PAIR_BEFORE):m.start()],
                                                    language, span[0][:10], m.start() >= body_at)
    return found


_PAIR_BEFORE = 60  # characters read before an update's label for the date it revises
_PAIR_DATE = 40    # the longest date (with its time) standing alone before the label
_PAIR_SEPARATORS = "([|,;·•–—/-"


def _closing_line(text: str, end: int) -> bool:
    """Whether the line holding an update's label (ending past ``end``) is followed
    by no running text (the next piece is short: "© RIPRODUZIONE RISERVATA"): the
    line closing a story, not a document's line in a list among its paragraphs."""
    rest = text[end:end + _BODY_PIECE + 200].split("\n")
    return len(rest) < 2 or len(rest[1]) < _BODY_PIECE


def _dated_before_update(before: str, language: str | None, updated: str, in_body: bool = False) -> str | None:
    """The day a date line prints before its update ("5 gennaio 2025 (modifica il 6
    gennaio 2025)", "May 3, 2024 | Updated May 4, 2024", "03.05.2024, aktualisiert
    04.05.2024"): the date the update revises is the page's first version, its
    publication. Only a date standing alone at the start of its line (or of its
    text piece: ``before`` holds the pieces before the label, one a line), then a
    separator; not one after the update's (an update comes after what it revises),
    none for a sentence or a label before it (another event's date)."""
    lines = [line.strip() for line in before.split("\n")]
    separated, marks = False, ""
    while lines and not lines[-1].strip(_PAIR_SEPARATORS + " "):
        marks += lines[-1]
        if lines.pop():  # a separator printed as its own piece: "<span>(</span>"
            separated = True
    if not lines:
        return None
    head = lines[-1].rstrip(_PAIR_SEPARATORS + " ")
    if not head or len(head) > _PAIR_DATE:
        return None
    if in_body and "(" not in lines[-1][len(head):] + marks:
        return None  # after the story's text only a closing line's "date (modifica il date)"
    span = find_date_span(head, language)
    if span is None or span[1] != 0 or span[0][:10] > updated:
        return None
    # a separator after it, or (over the story) the date alone in its own box, the update's
    # label in the next ("<div>May 3, 2024</div><div>Updated May 4, 2024</div>")
    if not (separated or head != lines[-1] or (not in_body and _date_alone(head, language))):
        return None
    return span[0][:10]


_CLOCK_WORDS = frozenset({"am", "pm", "uhr", "h", "utc", "gmt"})


def _date_alone(text: str, language: str | None) -> bool:
    """``text`` is a date and nothing more: its words a date's (a weekday, a month, a
    time's "pm" or "Uhr")."""
    return (all(word.lower() in _CLOCK_WORDS for word in _GAP_WORD.findall(_date_words_left(text)))
            and find_date_span(text, language) is not None)


def _date_words_left(text: str) -> str:
    """``text`` without the words :func:`_date_words_only` counts as a date's."""
    return " ".join(word for word in _GAP_WORD.findall(text) if not _date_words_only(word, 0, len(word)))


_BODY_PIECE = 200  # characters of a text piece that is the story's running text
# The name of an author field next to a date field: "Autorin/Autor", "Author", "Verfasser".
_AUTHOR_FIELD = re.compile(r"(?:autor|author|auteur|verfasser|redakt|editor|written\s+by|text\Z)", re.I)


def _body_start(pieces: list[str]) -> int:
    """The offset in the joined pieces of the first one long enough to be the
    story's running text (the header and meta rows come before it)."""
    at = 0
    for piece in pieces:
        if len(piece) >= _BODY_PIECE or at >= _MAX_CHARS:
            return at
        at += len(piece) + 1
    return at


def _own_field(text: str, start: int, end: int, body_at: int) -> bool:
    """Whether a date field named on its own line ("<dt>Datum</dt><dd>...") at
    ``text[start:end]`` is the page's: in the header rows before the story's text
    (``body_at``), or, further down, in a meta box that names the author in the
    field next to it ("Datum / 28.04.2023 / Autorin/Autor"); and no field before
    it names another event ("Veranstaltung / Sommerfest / Datum": an event box; a
    table's column of dates, a fixture list, are no such box)."""
    before = text[max(0, start - 120):start].split("\n")[-3:-1]
    if any(line and len(line) <= 40 and other_label(line + ": ") for line in before):
        return False
    if start < body_at:
        return True
    after = text[end:end + 160].split("\n")[1:3]
    return any(line and len(line) <= 40 and _AUTHOR_FIELD.match(line) for line in [*before, *after])
