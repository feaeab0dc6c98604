"""Publication and update labels: the "published" and "updated" words in the
languages read, and which printed date is an update's rather than the dateline."""

from __future__ import annotations

import re
from typing import Any

from crawler.parsers.caseless import Caseless
from crawler.parsers.metadata.dates import CURRENCY_CODES, find_date_span
from crawler.parsers.vocabulary import UPDATED_PATTERN

# ("publi" not of "publicidad", "publicité", "publicity": an ad's label)
_PUBLISHED_WORDS = re.compile(r"publi(?!cid|cit)|posted|veröffentlich(?:t|ung)|erschienen|publicado|pubblicato|"
                              r"gepubliceerd|opublikowano|julkaistu|опубликовано|udgivet|yayınlan|objavljeno|"
                              # Hindi "published" ("प्रकाशित: 16 मई 2024"), Hebrew "published" ("פורסם: 16.05.24")
                              r"प्रकाशित|פורסם|^on\b|^am\b|^le\b", re.I)
# "stand" as a word of its own ("Stand: 05.03.2024", class "stand"), not inside
# "standfirst", "standard" or "Standort": a standfirst in the date line is no
# modified date to cut from it.
# The words the other languages print ("modifié", "güncelleme") likewise only as whole
# words: not inside "Car Modifications" or "Güncellemeler" (a category's name).
_WHOLE_WORDS_ONLY = frozenset(["stand", "modificato", "modificata", "modifica\\s+il", "modifié", "modifiée",
                               "modificado", "modificada", "uppdaterad", "uppdaterat", "opdateret", "oppdatert",
                               "päivitetty", "обновлено", "gewijzigd", "aktualizováno", "aktualizované", "ažurirano",
                               "güncellendi", "güncelleme", "edited", "last\\s+edited"])  # (not "credited")


def _whole_word(word: str) -> str:
    r"""``word`` (a pattern that opens with a letter) matched only as a whole word: no
    letter before or after it. The test of the letter before follows the first letter,
    the same test (``m(?<![^\W\d_]m)odifié``: no letter before the ``m`` just read), so
    that every word of an alternation still opens with a letter: ``re`` then skips the
    words a position cannot start, where a look-behind first had it try every word at
    every position (the "updated" words: 7x faster on a class value, 2.5x on a line of
    text that is not ASCII).

    >>> pattern = re.compile(_whole_word("stand"), re.I)
    >>> [bool(pattern.search(t)) for t in ("Stand: 5.3.", "standfirst", "Aufstand", "x-stand")]
    [True, False, False, True]
    """
    return rf"{word[0]}(?<![^\W\d_]{word[0]}){word[1:]}(?![^\W\d_])"


_UPDATED_WORDS = re.compile("|".join(_whole_word(w) if w in _WHOLE_WORDS_ONLY else w
                                     for w in UPDATED_PATTERN.split("|")), re.I)
# The same two questions asked as yes or no (of a line, of an element's marks), the cheap
# way: :mod:`..caseless`. (The patterns above give the positions where one is needed.)
UPDATED_HINT = Caseless(_UPDATED_WORDS.pattern)
PUBLISHED_HINT = Caseless(_PUBLISHED_WORDS.pattern)
# The label of a printed "last updated" date ("Updated 2:25 PM EDT, Tue June 24, 2025").
UPDATED_LABEL = re.compile(rf"\b(?:{UPDATED_PATTERN})\b\s*(?:on|am|le|el|il|op|at)?\s*:?\s*", re.I)


def past_update(line: str, language: str | None) -> str:
    """The line from its publication label on when it opens with a labelled
    "Updated" date and names the publication after it ("Mis à jour le 14/05/2023 |
    Publié le 12/05/2023", "Last updated on May 14, 2023 | Posted on May 12,
    2023"): themes print the latest change first; its date is no dateline.

    >>> past_update("Aktualisiert: 14.05.2023, 09:12 Publiziert: 12.05.2023", "de")
    'Publiziert: 12.05.2023'
    >>> past_update("Publié le 12/05/2023, mis à jour le 14/05/2023", "fr")
    'Publié le 12/05/2023, mis à jour le 14/05/2023'
    >>> past_update("Stand: 14.05.2023 (Erstveröffentlichung: 12.05.2023)", "de")
    'Erstveröffentlichung: 12.05.2023'
    >>> past_update("Last updated on May 14, 2023 | Posted by Margaret Roberts-Smith on May 12, 2023", "en")
    'Posted by Margaret Roberts-Smith on May 12, 2023'
    """
    update = UPDATED_LABEL.search(line) if UPDATED_HINT.search(line) else None  # (see updated_date)
    if update is None or _PUBLISHED_WORDS.search(line[:update.start()]):
        return line
    first = find_date_span(line, language)
    if first is None or not 0 <= first[1] - update.end() <= _LABEL_TO_DATE:
        return line  # the first date is not the update's
    published = _PUBLISHED_WORDS.search(line, update.end())
    start = published.start() if published is not None else len(line)
    while start > update.end() and line[start - 1].isalpha():  # the label's whole word ("Erstveröffentlichung")
        start -= 1
    rest = _without_open_bracket_end(line[start:]) if published is not None else ""
    own = find_date_span(rest, language) if rest else None
    near = own is not None and (own[1] <= _LABEL_TO_DATE + 12 or _BYLINE_GAP.fullmatch(rest[:own[1]]) is not None)
    return rest if near else line


# A byline or a category between the publication label and its date: "Posted by
# Margaret Roberts-Smith on", "Published by X and Y on", "Posted in World News on"
# (WordPress themes), "Veröffentlicht von X am", "Publié par X le", "Publicado por X el".
# The name part is at most 60 characters and neither starts nor ends with a space,
# so no run of spaces can be split between quantifiers in more than one
# way: linear (a page's run of 5,000 spaces takes well under a millisecond).
_BYLINE_GAP = re.compile(r"[^\W\d_]+\s+(?:by|in|under|von|par|por|door|przez)\s+"
                         r"[^|•·\n\d\s](?:[^|•·\n\d]{0,58}[^|•·\n\d\s])??,?\s+"
                         r"(?:(?:on|am|le|el|em|il|op|at)\s*)?", re.IGNORECASE)


def _without_open_bracket_end(text: str) -> str:
    """``text`` without the closing brackets at its end that close nothing in it: the
    part of a line after a label the bracket opened before ("Stand: ...
    (Erstveröffentlichung: 12.05.2023)")."""
    text = text.rstrip()
    unclosed = {")": text.count(")") - text.count("("), "]": text.count("]") - text.count("[")}
    while text[-1:] in unclosed and unclosed[text[-1]] > 0:
        unclosed[text[-1]] -= 1
        text = text[:-1].rstrip()
    return text


def own_date_before_update(el: Any, text: str, language: str | None) -> bool:
    """Whether the line prints its publication date before its "Updated" label, in
    the element's own text (a box whose dates sit in child elements has them read
    one by one)."""
    own = (el.text or "")[:300]
    return before_update(text, language) is not None and find_date_span(own, language) is not None


def before_update(line: str, language: str | None) -> str | None:
    """The line up to its "Updated" label when a date comes before it, the
    publication printed first ("12/05/2023 10h00 Atualizado em 14/05/2023",
    "May 12, 2023 Updated: May 14, 2023"); ``None`` when no date does.

    >>> before_update("12 maja 2023, 10:00 Aktualizacja: 14 maja 2023, 09:00", "pl")
    '12 maja 2023, 10:00'
    >>> before_update("Updated: May 14, 2023", "en") is None
    True
    >>> before_update("May 14, 2023 10:00 AM ET (Updated)", "en") is None
    True
    >>> before_update("12/05/2023 10h00 Atualizado há 2 dias", "pt")
    '12/05/2023 10h00'

    An update printed as a time alone ("Actualizado a las 15:10h", "Updated at 3:10
    PM", "aktualisiert um 15:10 Uhr") is a later hour of a day, the date before the
    label the publication's:

    >>> before_update("sábado, 25 de abril de 2026 Actualizado a las 15:10h.", "es")
    'sábado, 25 de abril de 2026'
    """
    update = _UPDATED_WORDS.search(line)
    if update is None:
        return None
    rest = line[update.end():update.end() + 80]
    dated = find_date_span(rest, language)
    if ((dated is None or dated[1] > _LABEL_TO_DATE + 12) and not _RELATIVE_AFTER_LABEL.match(rest)
            and not _TIME_AFTER_LABEL.match(rest)):
        return None  # a bare trailing label ("May 14, 2023 (Updated)"): the date before it is the update's
    head = line[:update.start()].rstrip(" ,;:|·-–—(")
    return head if head and find_date_span(head, language) is not None else None


_LABEL_TO_DATE = 12  # characters between an "Updated" label and its date (a weekday may come first)
# A time alone after an "Updated" label: "a las 15:10h", "at 3:10 PM", "um 15:10 Uhr", ": 15.10",
# with its zone's capitals ("at 3:10 PM EDT", "um 15:10 Uhr MESZ"; a currency's code is none).
_TIME_AFTER_LABEL = re.compile(r"[\s:]*(?:(?:at|a\s+las|a\s+la|à|às|um|alle|om|o|kl\.?)\s+)?"
                               r"\d{1,2}[:.h]\d{2}(?!\d|[.,]\d)(?:\s*(?:[ap]\.?m\.?|uhr|h)(?![^\W\d_]))?"
                               r"(?:\s*(?-i:(?!" + CURRENCY_CODES + r")[A-Z]{2,5})\b)?"
                               r"\s*(?:[.,;|)]|$)", re.IGNORECASE)
# A relative stamp right after an "Updated" label: "Atualizado há 2 dias", "aktualisiert
# vor 2 Tagen", "Updated 2 hours ago", "Aktualizacja 2 godziny temu".
_RELATIVE_AFTER_LABEL = re.compile(
    r"[\s:]*(?:(?:em|am|on|le|el|il|op)\s+)?"
    r"(?:(?:há|ha|vor|il\s+y\s+a|hace|sprzed)\s+(?:\d+|un|une|uma?|einem|einer)\s+[^\W\d_]+"
    r"|(?:\d+|an?|one)\s*[^\W\d_]+\s+(?:ago|temu|fa|geleden))(?![^\W\d_])", re.I)


def updated_date(text: str, language: str | None) -> str | None:
    """The date right after an "Updated" label in a dateline, normalised."""
    if not UPDATED_HINT.search(text):  # (a label is one of the words, whole: the cached test first)
        return None
    for m in UPDATED_LABEL.finditer(text):
        rest = text[m.end():]
        dated = find_date_span(rest, language) if rest else None
        if dated and dated[1] <= 12 and not credit_only(rest[:dated[1]]):  # (a weekday may come first)
            return dated[0]
    return None


def update_labelled(el: Any) -> bool:
    """Whether the words printed right before ``el`` (after the element before it)
    label an update ("Posted on <time>May 16</time> • Edited on <time>May
    20</time>", the second in a box classed "published-at": the label wins)."""
    prev = el.getprevious()
    box = el.getparent()
    label = ((prev.tail if prev is not None else box.text if box is not None else None) or "")[-_LABEL_TAIL:]
    ends = [m.end() for m in _UPDATED_WORDS.finditer(label)]
    return bool(ends) and not PUBLISHED_HINT.search(label) and not credit_only(label[ends[-1]:])


_LABEL_TAIL = 40  # characters before a <time> read as its label
# "Edited by Jane Doe", "Updated by the news desk": an update word with the person after
# it, the credit ending where the date's element begins. The word labels the person; a
# date after it labels nothing unless a connector says so ("Edited by Jane Doe on",
# "Last edited by admin at", "Aktualisiert von Anna Muster am").
_CREDIT_BY = re.compile(r"\s*(?:by|von|par|por|door|przez|av|af|da)\s+[^\W\d_]", re.I)
_DATE_CONNECTOR = re.compile(r"(?:\b(?:on|at|am|um|le|el|il|op|em|den|dne)|[:：])\s*$", re.I)


_CREDIT_END = re.compile(r"[\d|·•]")  # where a credit after an update word ends at the latest


def labels_update(text: str) -> bool:
    """Whether an update word in ``text`` labels a date ("Updated: May 5",
    "Last edited by admin on May 5"), not only a person ("Edited by Jane Doe ·
    May 3, 2024": the date after the credit is the page's)."""
    if not UPDATED_HINT.search(text):
        return False
    for m in _UPDATED_WORDS.finditer(text):
        end = _CREDIT_END.search(text, m.end())
        if not credit_only(text[m.end():end.start() if end else len(text)]):
            return True
    return False


def credit_only(after: str) -> bool:
    """Whether the words after an update word (``after``) credit a person and end
    there ("Edited by Jane Doe"), so the word labels the person, not a date that
    follows in the next element.

    >>> credit_only(" by Jane Doe "), credit_only(" by Jane Doe on "), credit_only(" on ")
    (True, False, False)
    """
    return _CREDIT_BY.match(after) is not None and _DATE_CONNECTOR.search(after) is None
