"""Credits printed away from the header, read when nothing else names a writer:
a by-line closing the story ("<p><em>Von Jane Doe</em></p>" under the last
paragraph, as German regional papers and blogs print it), the story's
``<address>`` (HTML's element for the contact of the article's author), and a
bold credit above the text where the byline names only the site.

Each reads a name as a whole (:func:`plain_name`: two to four capitalised
words, no desk, place or kind word), so a sentence that opens with "Von" ("Von
Berlin aus ...") is no credit. (A personal site's footer copyright holder, "©
2009-2012 Jane Doe", was tried and left out: it named someone on pages whose
truth has no author, a photo credit or a public body, far more often than the
writer.)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container
from itertools import islice
from typing import Any

from lxml import etree

from crawler.parsers.bounded_text import longer_than, text_head
from crawler.parsers.metadata.author_marks import author_link, in_other_stories, in_quote
from crawler.parsers.metadata.authors import (
    arabic_source,
    clean_byline,
    is_role_word,
    korean_reporters,
    looks_like_byline,
    name_then_job,
    plain_name,
    without_stamp,
)
from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.metadata.given_names import opens_with_given_name
from crawler.parsers.metadata.japanese_credits import japanese_credit
from crawler.parsers.metadata.name_chunks import TITLE_CASE_AGENCIES
from crawler.parsers.metadata.walk import (
    CAPTION_HINT,
    LONG_PARAGRAPH,
    OTHER_REGION,
    SKIP_TAGS,
    following,
    marks_of,
    story_of,
    text_of,
    within,
)
from crawler.parsers.metadata.wires import (
    ARABIC_WIRE_INITIALS,
    ARABIC_WIRE_NAMES,
    HINDI_WIRES,
    KOREAN_WIRES,
    WIRES,
)

__all__ = ["address_names", "closing_byline", "closing_line_credit", "closing_wire", "lead_credit", "opening_byline",
           "report_line_credit", "set_off_credit", "source_agency", "surname_in_title_case", "surnames_in_capitals",
           "wire_opening_credit"]

_MAX_SCAN = 3_000
_MAX_LINE = 120
_ANCESTORS = 12
# The by-word of a byline ("Von Jane Doe", "Ein Beitrag von Jane Doe"), in the
# languages of the header scan's bylines; the names follow it.
_BY_WORD = re.compile(r"(?:^|\s)(?:von|by|par|por|door|di)\s+(?=[^\W\d_])", re.IGNORECASE)
# The interviewer's credit closing an interview: "Das Gespräch führte Jane Doe."
# (German papers), "Propos recueillis par Jane Doe" (French), "Interview by Jane
# Doe": the writer of the piece, printed after the text instead of a byline.
# Ukrainian and Russian papers close a story so too: "Матеріал підготувала Jane Doe" / "Материал
# подготовил Jane Doe" (the piece prepared by), "Розмовляла Jane Doe" / "Беседовал Jane Doe"
# (the interview held by), the verb's ending the writer's gender (m., f., plural).
_INTERVIEWER = re.compile(r"^\s*(?:(?:das\s+)?(?:gespräch|interview)\s+führten?|propos\s+recueillis\s+par|"
                          r"interview(?:ed)?\s+by|(?:матеріал\s+)?підготува(?:в|ла|ли)|розмовля(?:в|ла|ли)|"
                          r"(?:материал\s+)?подготови(?:л|ла|ли)|беседова(?:л|ла|ли))\s+(?=[^\W\d_])", re.IGNORECASE)
# The words joining two names of one by-line (Polish, Croatian, Serbian and Slovene
# "i" as the header's follow-button joiners read it), and every joiner between them.
_JOINER_WORDS = frozenset(["und", "and", "et", "y", "e", "en", "i"])
_JOINERS = re.compile(r"\s*(?:,|&|\+|/|\b(?:" + "|".join(sorted(_JOINER_WORDS)) + r")\b)\s*", re.IGNORECASE)
_LINE_TAGS = frozenset(["p", "div", "span", "em", "i", "strong", "b", "small"])
# "– Jane Doe" in the post's meta line (WordPress's "entry-meta", "post-meta")
# under the text: the writer's signature. Elsewhere a dash and a name as often
# attribute a quote.
_DASH = re.compile(r"^\s*[-–—]\s*(?=[^\W\d_])")
_META_CLASS = re.compile(r"(?:^|[\s_-])meta(?:$|[\s_-])", re.I)
# Korean papers close a story with the reporter's line, the name then the title
# "기자" (reporter) or "특파원" (correspondent) and the e-mail ("구현모 기자
# ninek@…"), with no by-word: read by :func:`.authors.korean_reporters`.
_KO_TITLES = re.compile(r"기자|특파원")
# The line opens with the reporter, or the place the story was filed from before
# the name ("순천, 광양 구현모 기자"); a caption ends with its photographer's
# ("... 큰절을 올리고 있다. 고영권 기자") after a sentence.
_KO_PLACE = 15
# A caption's or a photo credit's box: "고영권 기자" there is the photographer.
_CAPTION = re.compile(r"caption|credit|photo|img|image|figure", re.I)


def _in_caption(el: Any) -> bool:
    """``el`` or one of its three nearest ancestors has a caption's or photo's class."""
    return any(_CAPTION.search(marks_of(node)) for node in islice(itertools.chain((el,), el.iterancestors()), 4))


# A caption's marks before the name: a sentence's end ("... 걷고 있다. 고영권 기자"), a
# copyright sign or a picture's pointer ("▲ 행사 모습 ⓒ 고영권 기자").
_KO_CAPTION_MARKS = (".", "ⓒ", "©", "▲", "△", "▶", "◀")
_PICTURES = frozenset(["img", "figure", "picture"])
_AFTER_LINE = 40  # elements read after a Korean line for the story's prose going on


def _not_closing(el: Any, line: str, name_at: int) -> bool:
    """Whether a Korean reporter's line ``el`` (the name at ``name_at``) is no line
    closing the story: a caption (a caption's marks before the name; a picture in it
    or just before it), a teaser (in a list item, or a link), or, without an e-mail,
    a line the story's prose goes on after (a caption printed as a plain paragraph)."""
    if any(mark in line[:name_at] for mark in _KO_CAPTION_MARKS):
        return True
    if any(node.tag in _PICTURES for node in islice(el.iter(), _AFTER_LINE)):
        return True
    before = el.getprevious() if el.getprevious() is not None or el.getparent() is None \
        else el.getparent().getprevious()
    if before is not None and any(node.tag in _PICTURES for node in islice(before.iter(), _AFTER_LINE)):
        return True
    if any(node.tag == "li" for node in islice(el.iterancestors(), 4)) \
            or any(node.tag == "a" and not (node.get("href") or "").startswith("mailto:")
                   for node in islice(el.iter(), _AFTER_LINE)):
        return True
    return "@" not in line and any(node.tag == "p" and longer_than(node, _PROSE_CHARS)
                                   for node in islice(following(el, _AFTER_LINE), _AFTER_LINE))


def closing_byline(headline: Any) -> list[str]:
    """Names of a line after the headline that is a byline and names alone
    ("Von Jane Doe", "Ein Beitrag von Jane Doe"), in an element of its own
    (not in a comment, teaser, sidebar, caption, quote or the page's footer)."""
    if headline is None:
        return []
    scope, around = story_of(headline), frozenset(headline.iterancestors())
    stories: dict[Any, bool] = {}
    memo: dict[Any, Any] = {"headline": headline}
    flush = _sets_flush_right(headline)  # (no box set flush right on the page: no line is a signature)
    vietnamese = _vietnamese_text(text_of(headline, _MAX_LINE, " "))
    for el in islice(following(headline, _MAX_SCAN), _MAX_SCAN):
        if el.tag not in _LINE_TAGS or not el.text:
            continue
        # (or "<i>Jane Doe is a freelance journalist based in Galway.</i>" closing an opinion piece)
        if ((vietnamese and flush and (named := _vietnamese_signature(el))) or (named := _signature_under_text(el))
                or (named := _italic_bio(el))) \
                and (scope is None or within(el, scope)) \
                and not _elsewhere(el, around) and not _in_caption(el) and not _prose_after(el, scope) \
                and not in_other_stories(el, headline, memo):
            return named  # "<p style="text-align:right"><strong>Nguyễn Thu Hà</strong></p>" closing the story
        if len(el) == 0 and (named := japanese_credit(el.text.strip(), alone=True)) \
                and (scope is None or within(el, scope)) and not _elsewhere(el, around) \
                and not _prose_after(el, scope) and not in_other_stories(el, headline, memo):
            return named  # "<p>【山田太郎】</p>", "<p>文＝鈴木花子</p>" closing a Japanese story
        signed = bool(_DASH.match(el.text)) and (bool(_META_CLASS.search(el.get("class") or ""))
                                                  or _dash_then_job(text_of(el, _MAX_LINE + 1, " ")))
        asked = _INTERVIEWER.match(el.text) is not None
        korean = _KO_TITLES.search(el.text, 0, _MAX_LINE) is not None or (
            len(el) and _KO_TITLES.match((el[0].tail or "").lstrip()) is not None)
        # "<em>Claudia Duwe, Korrespondentin</em>": a name and a newsroom job, the element's whole text;
        # or the name in bold, the job after it ("<p><b>Jane Doe</b>, кореспондентка «Вісника»</p>")
        jobbed_name = name_then_job(el.text) if len(el) == 0 else ""
        jobbed = bool(jobbed_name := jobbed_name or _bold_name_then_job(el))
        right = (flush and (_signature(el) or _dated_signature(el) or bool(_seat_signature(el)))) or bool(_REPORT_LABEL.match(el.text))
        wire = arabic_source(el.text) if len(el) == 0 and len(el.text) < _MAX_LINE else None  # "المصدر: رويترز"
        if not (signed or asked or korean or jobbed or right or wire) and not _BY_WORD.search(el.text, 0, _MAX_LINE):
            continue
        if (scope is not None and not within(el, scope)) \
                or _other_story(el, around, stories) or in_other_stories(el, headline, memo):
            continue
        if wire:
            return wire  # an Arabic story's closing "source: <wire>" line, the wire its only credit
        line = text_of(el, _MAX_LINE + 1, " ")
        if korean and len(line) <= _MAX_LINE and not _elsewhere(el, around) and not in_quote(el) \
                and (reporters := korean_reporters(line)) and line.find(reporters[0]) <= _KO_PLACE \
                and not _in_caption(el) and not _not_closing(el, line, line.find(reporters[0])):
            return reporters  # "순천, 광양 <strong>구현모</strong> 기자 ninek@…" closing a Korean story
        if len(line) > _MAX_LINE or not (signed or asked or jobbed or right or looks_like_byline(line)) \
                or _elsewhere(el, around) or in_quote(el):
            continue
        if jobbed and not _BY_WORD.search(line):
            return [jobbed_name]
        if right and (names := _right_names(el, line, scope)):
            return names
        by = _DASH.match(line) if signed else _INTERVIEWER.match(line) if asked else _BY_WORD.search(line)
        names = _names_alone(without_stamp(line[by.end():]), vouched=True) if by else []
        if names:
            return names
    return []



# A writer's note in italics closing the piece, as English-language papers sign an opinion
# piece or a column ("Jane Doe is a freelance journalist based in Galway.", "John Roe is an
# economist", "Ann Lee lectures in law at ..."): the name, then "is a", "is an" or "is the" (not
# "the author of", a book's), or what the writer does ("lectures", "teaches", "writes", "works").
_ITALIC_BIO = re.compile(r"^\s*([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s+"
                         r"(?:is\s+(?:a|an|the)\s+(?!author\s+of\b)|(?:lectures|teaches|writes|works)\s+)")
_MAX_BIO = 240


def _italic_bio(el: Any) -> list[str]:
    """The writer of a short note wholly in italics that opens with a person's name (a known given
    name or an Irish surname's particle: :func:`.given_names.opens_with_given_name`) and "is a"."""
    if el.tag not in ("i", "em") or len(el) or len(el.text) > _MAX_BIO or (el.tail or "").strip():
        return []
    m = _ITALIC_BIO.match(el.text)
    return [m.group(1)] if m is not None and opens_with_given_name(m.group(1)) else []


def _bold_name_then_job(el: Any) -> str:
    """The name of a bold run opening its line, the line a name and a newsroom job alone
    (:func:`.authors.name_then_job`): "<p><b>Jane Doe</b>, Health Correspondent</p>"."""
    line = el.getparent()
    if el.tag not in ("b", "strong") or line is None or line.tag not in ("p", "div") \
            or (line.text or "").strip() or line[0] is not el or not (el.tail or "").lstrip().startswith(","):
        return ""
    name = name_then_job(text_of(line, _MAX_LINE + 1, " "))
    return name if name and name == " ".join(el.text.split()) else ""


def closing_line_credit(headline: Any) -> list[str]:
    """The writers an old layout's story names on its last lines, its text one box of
    lines set apart by ``<br>`` ("...<br><br>文＝鈴木花子", "...<br><br>홍길동 기자
    (hong@example.co.kr)", "...<br><br>이지은·박서준 기자"): of the first such box
    after the headline (eight line breaks or more), its last two lines, a Japanese
    credit (:func:`.japanese_credits.japanese_credit`) or a Korean reporter's line; or the last line
    alone, a byline (:func:`.authors.looks_like_byline`: "लेखक: राम गुप्ता", "כתב: יוסי כהן")."""
    if headline is None:
        return []
    scope, around = story_of(headline), frozenset(headline.iterancestors())
    for el in islice(following(headline, _MAX_SCAN), _MAX_SCAN):
        breaks = list(islice(el.iterchildren("br"), _MAX_BREAKS))
        if len(breaks) < _MIN_BREAKS or (scope is not None and not within(el, scope)) or _elsewhere(el, around):
            continue
        lines = [(b.tail or "").strip() for b in breaks if b.getnext() is None or b.getnext().tag == "br"]
        lines_read = [t for t in lines if t][-2:][::-1]
        for line in lines_read:
            if len(line) > _MAX_LINE:
                break  # (the story's prose: no credit after it is read)
            names = japanese_credit(line, alone=True)
            if not names and _KO_TITLES.search(line):  # (not a caption's: its marks before the name)
                names = [n for n in korean_reporters(line) if line.find(n) <= _KO_PLACE
                         and not any(mark in line[:line.find(n)] for mark in _KO_CAPTION_MARKS)]
            if not names and line is lines_read[0] and looks_like_byline(line):
                names = clean_byline(line)  # "...<br><br>लेखक: राम गुप्ता", "...<br><br>כתב: יוסי כהן"
            if names:
                return names
        return []
    return []


_MIN_BREAKS = 8     # line breaks of a box that sets a story's text apart in lines (two per paragraph)
_MAX_BREAKS = 400


def _right_names(el: Any, line: str, scope: Any) -> list[str]:
    """The names of a signature under the story (:func:`_signature`,
    :func:`_dated_signature`) or of a report's "Bericht: Jane Doe" line. A signature in
    title case, or with only the surnames in capitals, must close the story: a letter's
    or a statement's sign-off quoted in the middle of it, a quoted person's name set flush
    right, has more of the story's prose after it (:func:`_prose_after`). A line that only
    opens in capitals ("ANNA KARENINA <em>Lew Tołstoj</em>") is no signature of either kind."""
    if _in_capitals(line) and (names := _signed_names(line)):
        return names
    if surnames_in_capitals(line) and (names := _signed_names(line)) and not _prose_after(el, scope):
        # (the capitals are the surname's typography: "Иван ПЕТРОВ" is Иван Петров)
        return [surname_in_title_case(n) for n in names]
    if _REPORT_LABEL.match(line):
        # a report's "Bericht: Jane Doe", its photographer's credit cut off ("…, Fotos: Jan Roth")
        return _signed_names(_PHOTO_CREDIT.split(_REPORT_LABEL.sub("", line, count=1), maxsplit=1)[0])
    if _dated_signature(el) and not _prose_after(el, scope):
        return _signed_names(line)  # a name set flush right under the place and the day
    if (seat := _seat_signature(el)) and not _prose_after(el, scope):
        return [seat]  # a correspondent's name and town set flush right under the text
    return []


# A correspondent's signature: a name, a comma and the town the story was filed from
# ("Ion Popescu, Cluj-Napoca", "Anna Nowak, Kraków")
_SEAT_SIGNATURE = re.compile(r"^\s*([^\W\d_][^\d,:()]{2,40}?)\s*,\s*([^\W\d_](?:[^\W\d_]|[ .'’-]){1,30}?)\s*\.?\s*$")


def _seat_signature(el: Any) -> str | None:
    """The name of a correspondent's signature set flush right under the story, as old
    papers' pages sign a story filed from another town, the town after the name ("<div
    align=right><b><i>Ion Popescu, Cluj-Napoca</i></b></div>", Romanian and Polish papers of
    the early 2000s): ``el``'s whole line (:data:`_SEAT_SIGNATURE`), the name one person's (a
    known given name first, two to four words) and the town no name of one; else ``None``."""
    if len(el) or not el.text or len(el.text) > _PLACE_DATE_LINE or (el.tail or "").strip() \
            or (m := _SEAT_SIGNATURE.match(el.text)) is None or not _flush_right(el):
        return None
    box = next((node for node in islice(el.iterancestors(), 3) if node.tag in ("p", "div")), None)
    if box is not None and text_of(box, _PLACE_DATE_LINE + 1, " ").strip() != el.text.strip():
        return None  # (the line holds more than the signature)
    name, town = m.group(1).strip(), m.group(2).strip()
    if len(name.split()) not in _SIGNATURE_WORDS or not opens_with_given_name(name) \
            or opens_with_given_name(town) or _names_alone(name) != [name]:
        return None
    return name


def _prose_after(el: Any, scope: Any) -> bool:
    """Whether a paragraph of prose follows ``el`` in the story's box (``scope``; the
    next :data:`_AFTER_LINE` elements): the story goes on after the line."""
    return any(node.tag == "p" and longer_than(node, _PROSE_CHARS) and (scope is None or within(node, scope))
               for node in islice(following(el, _AFTER_LINE), _AFTER_LINE))


# German "Bericht:" (report) over the writer's name in a line of its own after the text, as
# club, school and parish sites credit a report ("Bericht: Eva Kramer"): read only in the
# closing scan and only before a person's name (a known given name first), since "Bericht: X"
# also heads teasers and headlines ("Bericht: Stadtrat tagt", "Bericht: Süddeutsche Zeitung").
# The report's photos may share the label ("Bericht und Fotos: Eva Kramer") or follow the
# name on the line ("Bericht: Eva Kramer, Fotos: Jan Roth"), as such sites credit both.
_REPORT_LABEL = re.compile(r"^\s*(?:text\s+und\s+)?bericht(?:\s*(?:und|&|/)\s*(?:fotos?|bilder))?\s*:\s*(?=[^\W\d_])",
                           re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"\s*[,;/|·•–]\s*(?:fotos?|bilder|bild)\s*:", re.IGNORECASE)


def _dash_then_job(line: str) -> bool:
    """A signature closing the story with the writers' job after their names, "— Ann
    Lee and Tom Roe, Staff Writers" ("— Jan de Vries en Joost van Dijk, redacteuren"):
    a dash alone attributes a quote as often, a newsroom job after the names does not."""
    head, comma, job = line.rpartition(",")
    words = job.split()
    return (bool(comma) and bool(words) and all(is_role_word(w) for w in words)
            and any(w.lower() not in _JOINER_WORDS for w in words)
            and bool(_names_alone(_DASH.sub("", head), vouched=True)))


_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)


def _signature(el: Any) -> bool:
    """A line set flush right, by itself or its box (``align=right``, ``text-align:
    right``), printed in capitals: the writers' signature under a paper's story
    ("EWA MAZUR, JAN KRAWCZYK" after the last paragraph, as Polish, Italian and
    Spanish papers sign their stories), or with each surname in capitals ("Иван
    ПЕТРОВ, Анна СМИРНОВА", as Russian and Ukrainian papers sign them)."""
    if not (_in_capitals(el.text) or surnames_in_capitals(el.text)):
        return False
    # (three boxes up: an old layout nests the line's type in its paragraph, "<p align=right><font><b><i>")
    return any((node.get("align") or "").lower() == "right" or _RIGHT.search(node.get("style") or "")
               for node in (el, *islice(el.iterancestors(), 3)))


# A letter's sign-off over the signature: the place, a comma and the day ("Warszawa, 5 marca
# 2024", "Hà Nội, 5/3/2024"), a short line with no label ("Stand: März 2025" is a notice).
_PLACE_DATE_LINE = 60
_SIGN_OFF_PLACE = re.compile(r"^\s*[^\W\d_][^\d,:]{1,40},\s*$")


def _dated_signature(el: Any) -> bool:
    """A name set flush right under a flush-right line of the place and the day the story
    was signed ("<p align=right>Warszawa, 5 marca 2024</p><p align=right><b>Marta
    Zielińska</b></p>", as Polish, Vietnamese and other papers and blogs sign): the
    writer's signature in title case too (alone, a name set flush right is as often a
    book's, a quoted person's or a place's; the names must still open with a known given
    name, :func:`_signed_names`)."""
    line = next((node for node in islice(itertools.chain((el,), el.iterancestors()), 3)
                 if node.tag in ("p", "div")), None)
    before = line.getprevious() if line is not None else None
    # (the cheap tests first: most lines are no signature; each box's attributes read last)
    if before is None or (before.tail or "").strip() or not _flush_right(el) or not _flush_right(before):
        return False
    text = text_of(before, _PLACE_DATE_LINE + 1, " ")
    if len(text) > _PLACE_DATE_LINE or (found := find_date_span(text)) is None:
        return False
    return bool(_SIGN_OFF_PLACE.match(text[:found[1]]))


def _flush_right(el: Any) -> bool:
    """``el``, one of its two nearest ancestors or (a line's own box) its only child is set
    flush right (``align=right``, ``text-align: right``)."""
    if _set_right(el) or any(_set_right(node) for node in islice(el.iterancestors(), 2)):
        return True
    return len(el) == 1 and _set_right(el[0])


_ALIGNS = etree.XPath("/descendant::*/@align", smart_strings=False)
_STYLES = etree.XPath("/descendant::*/@style", smart_strings=False)


def _sets_flush_right(el: Any) -> bool:
    """Whether any element of ``el``'s page is set flush right (:func:`_set_right`): when
    none is, neither :func:`_signature` nor :func:`_dated_signature` holds of any line
    (two walks of the page's attributes in libxml2, not each line's boxes read; 50 of the
    886 benchmark pages set one). The styles are joined by "|", which the pattern cannot
    match, so a match lies in one value."""
    return any(v.lower() == "right" for v in _ALIGNS(el)) or _RIGHT.search("|".join(_STYLES(el))) is not None


def _set_right(node: Any) -> bool:
    """``node`` itself is set flush right (``align=right``, ``text-align: right``)."""
    return (node.get("align") or "").lower() == "right" or _RIGHT.search(node.get("style") or "") is not None


def _signed_names(line: str) -> list[str]:
    """The names of a signature in capitals (:func:`_signature`): no by-word vouches
    for them, so each must read as a person's (:func:`.given_names.opens_with_given_name`),
    and a label ("ŹRÓDŁO: PAP", a source's line) makes none: a shouted closing line or a
    slogan ("GOD BLESS AMERICA") is set flush right in capitals as well."""
    if ":" in line:
        return []
    names = _names_alone(line)
    return names if all(opens_with_given_name(n) or _vietnamese_name(n) for n in names) else []


# The commonest Vietnamese family names (about nine in ten Vietnamese), which open a
# Vietnamese name as printed ("Nguyễn Thu Hà"): no given name opens it.
_VIETNAMESE_FAMILIES = frozenset(["nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ",
                                  "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "trương", "lương"])


def _vietnamese_name(name: str) -> bool:
    """A Vietnamese name: a common family name, then two or three capitalised words."""
    words = name.split()
    return 3 <= len(words) <= 4 and words[0].lower() in _VIETNAMESE_FAMILIES and all(w[0].isupper() for w in words)


# The letters only Vietnamese writes among the Latin scripts (its horned, breved and barred
# letters, its dot-below and hook-above tones): a headline with one is a Vietnamese story's.
_VIETNAMESE_LETTERS = re.compile("[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
# A Vietnamese story's closing credit of a news agency: "Theo TTXVN" ("according to" the
# Vietnam News Agency), the agency's capitals after it ("Theo Lan", after a given name, is no
# agency: only the word "theo" goes in either case).
_VIETNAMESE_SOURCE = re.compile(r"^\s*(?i:theo)\s+([A-ZĐ]{2,8})\s*\.?\s*$")
# Names joined in a Vietnamese signature: "Minh Anh - Hoàng Long", "Nguyễn An, Trần Bình".
_VIETNAMESE_JOINERS = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+và\s+")
_MAX_SYLLABLE = 7  # letters of a Vietnamese syllable ("nguyễn", "trường")


def _vietnamese_text(text: str) -> bool:
    return _VIETNAMESE_LETTERS.search(text) is not None


def _vietnamese_signature(el: Any) -> list[str]:
    """The writers of a Vietnamese story as its papers sign it: the names in bold
    (``<strong>``, ``<b>``), the whole of a line of their own set flush right under the
    text ("<p style="text-align:right"><strong>Minh Anh - Hoàng Long</strong></p>",
    "<strong>Nguyễn An</strong> (theo AFP)", the source of a translated story after
    them), or the agency a wire story names there ("Theo TTXVN"). Each name is a
    Vietnamese one (:func:`_vietnamese_name`) or a pen name of two or three syllables,
    capitalised ("Minh Anh"), as the papers sign; the caller checks that the story's
    headline is Vietnamese and that no prose follows the line."""
    if el.tag not in ("strong", "b", "em", "i") or len(el) or not _flush_right(el):
        return []
    line = el.getparent()
    if line is None or line.tag not in ("p", "div") or (line.text or "").strip() or line[0] is not el:
        return []
    text = el.text.strip()
    if (source := _VIETNAMESE_SOURCE.match(text)) and not (el.tail or "").strip():
        return [source.group(1)]
    if el.tag not in ("strong", "b") or len(text) > _MAX_LINE or not _tail_is_source(el.tail or ""):
        return []
    names = [n.strip() for n in _VIETNAMESE_JOINERS.split(text.rstrip("."))]
    if not 1 <= len(names) <= _MAX_SIGNED or not all(_vietnamese_name(n) or _pen_name(n) for n in names):
        return []
    return names


_SIGNED_TEXT = 600  # characters of the text block a signature closes, at least
_SIGNATURE_WORDS = (2, 3, 4)  # words of a signing name


def _signature_under_text(el: Any) -> list[str]:
    """The writers an old layout signs under the story's text, as French, German and Czech
    papers of the early 2000s did (the name in bold or in italics at the end, Le Monde's
    "...<br><br><b>Jean Dupont</b>", an Austrian paper's "...<br><br><i>Eva Hofer, Florian
    Brandstätter</i>"): names alone on their line (line breaks before it and after it or the
    box's end, no text of their own around), right after the text's block (:data:`_SIGNED_TEXT`
    characters or more, in an element or in the box's own lines, only line breaks between),
    each a person's name (a known given name first, two to four words), up to three of them."""
    if el.tag not in ("b", "strong", "i", "em") or len(el) or (el.tail or "").strip() or not el.text:
        return []
    after = el.getnext()
    if after is not None and after.tag != "br":
        return []
    before = el.getprevious()
    while before is not None and before.tag == "br" and not (before.tail or "").strip():
        before = before.getprevious()
    if before is None or not (_lines_before(el, before) if before.tag == "br"
                              else not (before.tail or "").strip() and longer_than(before, _SIGNED_TEXT)):
        return []
    text = el.text.strip()
    names = clean_byline(text)
    if not 0 < len(names) <= _SIGNATURE_NAMES or not _names_only(text, names) \
            or not all(len(n.split()) in _SIGNATURE_WORDS and opens_with_given_name(n) for n in names):
        return []
    return names


_SIGNATURE_NAMES = 3
_LINES_BACK = 200  # the box's elements read back from a signature for the text it closes


# The words that join a signature's names ("Eva Hofer und Florian Brandstätter", "Jana Nová a Petr Malý")
_SIGNATURE_JOINERS = frozenset(["and", "und", "et", "y", "e", "en", "a", "i", "og", "och", "&"])


def _names_only(text: str, names: list[str]) -> bool:
    """Whether ``text`` holds ``names`` and nothing but their commas and "and"s."""
    rest = text
    for name in names:
        if name not in rest:
            return False
        rest = rest.replace(name, " ", 1)
    return all(w.casefold() in _SIGNATURE_JOINERS for w in rest.replace(",", " ").split())


def _lines_before(el: Any, last: Any) -> bool:
    """Whether the box's own lines before ``el`` (the texts between its ``<br>``, the last line
    ``last``'s tail) hold the story's text: :data:`_SIGNED_TEXT` characters or more, with no
    element between them but line breaks and inline marks (an old paper's "<font>text<br><br>
    text<br><br><i>Name</i></font>")."""
    size, node = 0, last
    for _ in range(_LINES_BACK):
        if node is None:
            return size + len((el.getparent().text or "").strip()) >= _SIGNED_TEXT
        if node.tag not in ("br", "b", "i", "em", "strong", "a", "span"):
            return False
        size += len((node.tail or "").strip()) + len(text_head(node, _SIGNED_TEXT))
        if size >= _SIGNED_TEXT:
            return True
        node = node.getprevious()
    return False


def _tail_is_source(tail: str) -> bool:
    """The text after a signature's names: nothing, its source in brackets ("(theo AFP)")
    or the photographer's credit ("- Ảnh: Lê Minh", "photo: ...")."""
    tail = tail.strip()
    if len(tail) > _PLACE_DATE_LINE:
        return False
    return not tail or (tail.startswith("(") and tail.endswith(")")) or _PHOTO_TAIL.match(tail) is not None


_PHOTO_TAIL = re.compile(r"^[-–|,]\s*(?:ảnh|photo)\s*:", re.IGNORECASE)


def _pen_name(name: str) -> bool:
    """A Vietnamese pen name: two or three capitalised syllables of letters ("Minh Anh", "Hoàng Long")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w.isalpha() and w[0].isupper() and w[1:].islower()
                                        and len(w) <= _MAX_SYLLABLE for w in words)


_WORD = re.compile(r"\S+")
_MAX_SIGNED = 4  # names of a signature


def surname_in_title_case(name: str) -> str:
    """``name`` with its last word, a surname set in capitals (:func:`surnames_in_capitals`), in
    title case: "Иван ПЕТРОВ" is Иван Петров."""
    words = name.split()
    return " ".join((*words[:-1], words[-1].title()))


def surnames_in_capitals(text: str) -> bool:
    """Whether ``text`` is one to four names, joined by commas or joiners, each of two or
    three words: given names in title case, the last word (the surname) in capitals
    ("Иван ПЕТРОВ", "Jan KOWALSKI i Ewa MAZUR")."""
    if len(text) > _MAX_LINE:
        return False
    parts = [p for p in _JOINERS.split(text.strip().rstrip(".")) if p.strip()]
    if not 1 <= len(parts) <= _MAX_SIGNED:
        return False
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 3:
            return False
        *given, surname = words
        if not (len(surname) > 1 and surname.isupper() and surname.replace("-", "").isalpha()):
            return False
        if not all(w.istitle() and w.isalpha() for w in given):
            return False
    return True


def _in_capitals(text: str) -> bool:
    """Every word of ``text`` in capitals but the joiners ("JAN KOWALSKI i EWA MAZUR")."""
    # (word by word, stopping at the first one in lower case: an element's text may be a
    # whole page's, and splitting it all cost each element of the closing scan its length)
    found = False
    for m in _WORD.finditer(text):
        word = m.group()
        if word.lower() in _JOINER_WORDS:
            continue
        if any(c.isalpha() for c in word) and not word.isupper():
            return False
        found = True
    return found


_PROSE_CHARS = 150
_MAX_LEAD_PARAGRAPHS = 4
# The by-word of a bold credit, with the English credit's noun before it ("Story by",
# "Words by", "Reporting by"), and the time of day a paper prints after the names
# ("Story by Jane Doe - 08:21").
_LEAD_BY = re.compile(r"^\s*(?:(?:story|words|written|reporting|report|text)\s+)?(?:von|by|par|por|door|di)\s+"
                      r"(?=[^\W\d_])", re.IGNORECASE)
_TIME_TAIL = re.compile(r"\s*[-–—|·,]\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|uhr|h))?\s*$", re.IGNORECASE)


def lead_credit(headline: Any, credit_form: bool = False) -> list[str]:
    """The names of a paragraph printed wholly in bold before the story's first
    paragraph of prose ("<p><strong>Jane Doe/John Roe</strong></p>"): papers
    whose template has no byline field credit their writers so above the text.
    ``credit_form``: only a line printed as a credit, after a by-word ("By Jane
    Doe") or in capitals ("MTHOBISI SITHOLE"), not a title-cased subheading ("Key
    Takeaways", "Cape Town")."""
    if headline is None:
        return []
    seen, around = 0, frozenset(headline.iterancestors())
    for el in islice(following(headline, _MAX_SCAN), _MAX_SCAN):
        if el.tag != "p" or _elsewhere(el, around):
            continue
        if longer_than(el, _PROSE_CHARS) or seen >= _MAX_LEAD_PARAGRAPHS:
            return []  # the story's text has begun
        line = text_of(el, _PROSE_CHARS, " ")
        if not line:
            continue
        seen += 1
        bold = [c for c in el if c.tag in ("strong", "b")]
        if len(bold) == 1 and not (el.text or "").strip() and not (bold[0].tail or "").strip() \
                and text_of(bold[0], _PROSE_CHARS + 1, " ") == line:
            m = _LEAD_BY.match(line)
            if credit_form and not (m or line.isupper()):
                continue
            names = _names_alone(_TIME_TAIL.sub("", line[m.end():]) if m else line)
            if names:
                return names
    return []


# The by-word of a credit set off above a story a desk's account posted: English "By", "Words
# by", "Words:" / "Text:" (a feature's credit line, "Words: Jane Doe | Pictures: John Roe"); on
# an Irish-language page Irish "Le" ("with", "by": "Le Máire Ní Chonghaile", the Irish byline),
# never elsewhere (French "Le" opens names and titles: "Le Pen", "Le Monde").
_SET_OFF_BY = re.compile(r"^\s*(?:(?:(?:story|words|written|reporting|report|text)\s+)?by\s+|(?:words|text)\s*:\s*)"
                         r"(?=[^\W\d_])", re.IGNORECASE)
_IRISH_BY = re.compile(r"^\s*Le\s+(?=[^\W\d_a-z])")


def set_off_credit(headline: Any, irish: bool = False) -> list[str]:
    """The people of a credit set off before the story's prose, a short paragraph wholly in one
    bold or italic run that opens with a by-word ("<p><strong>By JANE DOE</strong></p>", "<p><em>Words:
    Jane Doe | Pictures: John Roe</em></p>"; ``irish``: "<p><b>Le Máire Ní Chonghaile</b></p>"): a
    paper's own writer where the page's byline field names only the desk's account ("by Newsroom")."""
    if headline is None:
        return []
    seen, around = 0, frozenset(headline.iterancestors())
    for el in islice(following(headline, _MAX_SCAN), _MAX_SCAN):
        if el.tag != "p" or _elsewhere(el, around):
            continue
        if longer_than(el, _PROSE_CHARS) or seen >= _MAX_LEAD_PARAGRAPHS:
            return []  # the story's text has begun
        line = text_of(el, _PROSE_CHARS, " ")
        if not line:
            continue
        seen += 1
        runs = [c for c in el if c.tag in ("strong", "b", "em", "i")]
        if len(runs) != 1 or (el.text or "").strip() or (runs[0].tail or "").strip():
            continue
        m = _SET_OFF_BY.match(line) or (_IRISH_BY.match(line) if irish else None)
        names = clean_byline(line[m.end():] if m is not None and m.group().strip() == "Le" else line) if m else []
        if names and all(len(n.split()) >= 2 for n in names):
            return names
    return []


_LEAD_BOLD_RUNS = 8  # text runs after the headline read for an old layout's bold line of names


def lead_bold_names(headline: Any) -> list[str]:
    """The writers an old table layout prints in bold on a line of their own between the
    headline and the text, with no by-word ("<font size=2><b>Ion Popescu, Maria Ionescu</b>
    </font><br>", as Romanian and other papers of the early 2000s credit them): a bold
    element alone on its line (a ``<br>`` or nothing after it, no text beside it) before the
    story's first run of prose, its text names alone, each opening with a known given name."""
    if headline is None:
        return []
    runs, around = 0, frozenset(headline.iterancestors())
    for el in islice(following(headline, _MAX_SCAN), _MAX_SCAN):
        if not isinstance(el.tag, str):
            continue
        for run in (el.text, el.tail):
            if run and run.strip():
                runs += 1
                if len(run.strip()) > _PROSE_CHARS or runs > _LEAD_BOLD_RUNS:
                    return []  # the story's text has begun
        if el.tag not in ("b", "strong") or len(el) or not (el.text or "").strip() or (el.tail or "").strip() \
                or _elsewhere(el, around):
            continue
        after, parent = el.getnext(), el.getparent()
        # (a line of a table's cell or its <font>: a bold paragraph of a modern page, "<p><b>Jane
        # Doe</b></p>", may name the story's subject as well)
        if (after is not None and after.tag != "br") or parent is None or parent.tag not in ("font", "td") \
                or text_of(parent, _PROSE_CHARS + 1, " ").strip() != el.text.strip():
            continue
        names = _names_alone(el.text.strip())
        if names and all(opens_with_given_name(name) for name in names):
            return names
    return []


def _other_story(el: Any, around: frozenset[Any], memo: dict[Any, bool]) -> bool:
    """Inside an <article> that does not hold the headline (``around``: its
    ancestors): nested in the headline's own <article> (a card, a video
    module), or with an h1 of its own (another story after this one). On a page
    whose headline stands above the <article> (a Drupal theme's page title),
    that <article> is the story. ``memo``: the answer per <article>."""
    for anc in el.iterancestors():
        if anc.tag == "article" and anc not in around:
            if anc not in memo:
                nested = any(a.tag == "article" for a in around)
                memo[anc] = nested or any(node.tag == "h1" for node in islice(anc.iter(), _MAX_SCAN))
            return memo[anc]
    return False


# A wire agency's code after the writers, in brackets ("Von Jane Doe (dpa)": as the
# header's byline reads it, the agency in brackets is dropped) or as a last part
# ("Von Jane Doe, dpa", "By Jane Doe, AP": a co-credit, as the header reads it).
_AGENCY_BRACKETS = re.compile(r"\s*\(\s*(?:[A-Z]{2,5}|[a-z]{2,4})(?:\s*[/,]\s*(?:[A-Z]{2,5}|[a-z]{2,4}))*\s*\)\s*$")
_AGENCY_CODE = re.compile(r"^(?:[A-Z]{2,5}|[a-z]{2,4})$")


def _names_alone(text: str, vouched: bool = False) -> list[str]:
    """The names of ``text`` when it is names and joiners and nothing else; after a
    name, an agency's code ("dpa", "AP") counts as one and a job ("Staff Writer")
    is the name's. ``vouched``: a by-word, or a dash and the writers' job, vouch for
    the names (:func:`.authors.plain_name`: "Ruud ter Horst" is one).

    >>> _names_alone("Ruud ter Horst en Sanne Bakker"), _names_alone("Ruud ter Horst en Sanne Bakker", True)
    ([], ['Ruud ter Horst', 'Sanne Bakker'])
    """
    parts = [p for p in _JOINERS.split(_AGENCY_BRACKETS.sub("", text.strip().rstrip("."))) if p]
    if not 1 <= len(parts) <= 4:
        return []
    names: list[str] = []
    for part in parts:
        found = plain_name(part, vouched)
        if len(found) == 1:
            names.extend(found)
        elif names and _AGENCY_CODE.match(part.strip()) and part.strip().lower() not in _JOINER_WORDS:
            names.append(part.strip())
        elif not (names and all(is_role_word(w) for w in part.split())):
            return []
    return names


def address_names(headline: Any, named: Callable[[list[str]], bool]) -> list[str]:
    """The names of an ``<address>`` after the headline inside the story's
    <article> / <main>: HTML's element for the contact of the article's
    author. A postal address (digits, a street) is not a name alone; and as
    "Customer Service" or "Harbour Street" read as names too, the address
    counts only with a by-word, a rel=author or author-page link inside it, or
    when ``named`` (the page names them as authors elsewhere)."""
    scope = story_of(headline)
    if scope is None:
        return []
    for el in islice(scope.iter("address"), 5):
        line = text_of(el, _MAX_LINE + 1, " ")
        if len(line) > _MAX_LINE or _elsewhere(el, frozenset(headline.iterancestors())):
            continue
        by = _BY_WORD.match(line)
        names = _names_alone(line[by.end():] if by else line)
        if names and (by or _author_link(el) or named(names)):
            return names
    return []


def _author_link(el: Any) -> bool:
    """A link inside ``el`` that leads to a writer (:func:`.author_marks.author_link`)."""
    return any(author_link(a) for a in islice(el.iter("a"), 10))


_SIDEBAR = re.compile(r"(?<!no-)(?<!has-)(?<!with-)(?<!without-)(?<!content-)sidebar", re.I)




def _elsewhere(el: Any, around: frozenset[Any] = frozenset()) -> bool:
    """In a comment, a list of other stories, a sidebar or a figure, in a link
    (a teaser card's "von Jane Doe"), or in the page's footer; not above a box
    holding the headline (``around``: its ancestors), whatever its class says
    (a sticky-sidebar plugin's wrapper round the story and the sidebar)."""
    for depth, node in enumerate(itertools.chain((el,), el.iterancestors())):
        if depth > _ANCESTORS or node.tag in ("body", "html") or node in around:
            return False
        attrs = marks_of(node)
        if node.tag in SKIP_TAGS or node.tag in ("footer", "a") or OTHER_REGION.search(attrs) \
                or _SIDEBAR.search(attrs):
            return True
    return False


# A Chinese story's opening dateline naming its reporters in brackets: the wire's or
# paper's name, the place and day, "电" (wired) or "讯" (reports), then "（记者 王小明
# 李华）" ("新华社北京5月16日电（记者 王小明）", "本报讯（记者 王小明）", "中新网上海5月16日电
# （记者 王小明 实习生 李华）"): how Xinhua, China News Service and the papers credit them.
_WIRE_OPENING = re.compile(r"\s*[\u4e00-\u9fff]{1,12}(?:\d{1,2}月\d{1,2}日)?(?:电|讯)\s*"
                           r"[（(]\s*((?:记者|記者)[^）)]{2,40})[）)]")
# The same dateline naming no reporter ("新华社北京5月16日电 ...", "中新社上海5月16日电"): the
# wire's own story, credited to the wire; only the two national wires and China News
# Service's site, whose datelines these are (a paper's "本报讯" names no writer).
_HAN_WIRE_OPENING = re.compile(r"\s*(新华社|中新社|中国新闻社|中新网)[\u4e00-\u9fff]{1,8}\d{1,2}月\d{1,2}日电"
                               r"(?!\s*[（(])")
# Any other sender's dispatch dateline ("央视新闻上海7月26日电 ...": a broadcaster's, a paper's news
# service's) credits its sender where the page's source line over the text names the same sender
# ("来源：央视新闻"): both say whose story it is, whatever the sender (the dateline alone cannot tell
# the sender's name from the place's after it).
_HAN_SOURCE_LINE = re.compile(r"(?:^|[\s\u3000])(?:来源|來源)\s*[:：]\s*([\u4e00-\u9fff]{2,8})\s*$")
_HAN_DISPATCH = re.compile(r"[\u4e00-\u9fff]{1,8}\d{1,2}月\d{1,2}日电(?!\s*[（(])")
_OPENING_TEXTS = 30  # text runs after the headline looked at for the story's opening
# A wire's dateline opening the story, the place in capitals, the wire in brackets, a dash:
# "ANKARA (AA) - ", "WASHINGTON (AP) — ", "WARSZAWA (PAP) - ", "BERLIN (dpa) - ", or the text
# right after the brackets, as the Nordic wires' stories open ("STOCKHOLM (TT) Regeringen ...").
# Without the dash the wire must be a known one (:data:`.wires.WIRES`): a name in capitals
# and a party's letters open a sentence so too ("JIMMIE ÅKESSON (SD) kräver ...").
_AGENCY_OPENING = re.compile(r"\s*([^\W\d_][^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*){0,2})\s*,?\s*"
                             r"\(([^\W\d_]{2,10})\)\s*(?:([-–—])|(?=[^\W\d_]))")
# A wire's dateline with the day between the place and the wire, or the wire after a comma:
# "LONDON, May 6 (Reuters) - " (Reuters), "SYDNEY, May 6 AAP - " (AAP's copy), "Jakarta,
# Antara - " (the Indonesian papers' "JAKARTA, KOMPAS -" form, a wire's name in it). The wire
# must be a known one (:data:`.wires.WIRES`): a name there is a place's or a paper's too.
_DATED_AGENCY_OPENING = re.compile(r"\s*[^\W\d_][^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*){0,2}\s*,\s*"
                                   r"(?:[^\W\d_]{3,9}\.?\s+\d{1,2}\s+)?\(?([^\W\d_]{2,10})\)?\s*[-–—]\s")
# The same dateline in Arabic ("القاهرة (رويترز) -"): no capitals tell the place, so the
# wire must be one of :data:`.wires.ARABIC_WIRE_INITIALS`.
_ARABIC_AGENCY_OPENING = re.compile(r"\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*[(（]\s*"
                                    r"([\u0621-\u064a. ]{2,12}?)\s*[)）]\s*[-–—:]")
# ... and in Hindi ("नई दिल्ली (भाषा) -", "नई दिल्ली, 16 मई (भाषा)। "): the place, the day perhaps, the wire
# one of :data:`.wires.HINDI_WIRES`.
_HINDI_AGENCY_OPENING = re.compile(r"\s*[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+){0,2}\s*(?:,\s*[^()]{1,24}?)?\s*"
                                   r"[(（]\s*([\u0900-\u097f]{2,12})\s*[)）]")


# An Arabic paper's credit set in bold as the text's first line, the place, a colon or a
# dash, then the writers or the wire ("بيروت: نادر حداد", "القاهرة: أحمد علي وسارة حسن",
# "لندن - رويترز", "واشنطن - فرانس برس"): how Asharq Al-Awsat and the papers of its school
# credit a story (the place is where it was filed). Not a label naming no writer: a photo's
# ("تصوير:", "صورة:", "عدسة:"), a translation's, a source's or a date's ("تاريخ النشر:").
_ARABIC_LEAD = re.compile(r"\s*([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)\s*(?::|\s[-–—])\s*"
                          r"([\u0621-\u064a][\u0621-\u064a .]{2,60}?)\s*")
_ARABIC_NO_WRITER_LABELS = frozenset(["تصوير", "صورة", "الصورة", "صور", "الصور", "عدسة", "فيديو", "رسم", "ترجمة",
                                      "تحرير", "المحرر", "مراجعة", "تدقيق", "إخراج", "المصدر", "مصدر", "تاريخ النشر",
                                      "التاريخ", "آخر تحديث", "تحديث"])


def _arabic_lead_credit(el: Any, run: str) -> list[str] | None:
    """The writers or the wire of an Arabic bold lead credit (:data:`_ARABIC_LEAD`) in
    ``run``, a text of ``el``; None when it is no such credit."""
    if el.tag not in ("b", "strong") or len(run) > 90:
        return None
    m = _ARABIC_LEAD.fullmatch(run)
    if m is None or m.group(1) in _ARABIC_NO_WRITER_LABELS:
        return None
    rest = m.group(2).strip()
    if rest in ARABIC_WIRE_NAMES:
        return [rest]
    names = clean_byline(rest)
    return names if names and all(len(n.split()) >= 2 and _arabic_name(n) for n in names) \
        and not any(anc.tag in _HEADINGS for anc in islice(el.iterancestors(), 4)) else None


# Words no Arabic name holds: prepositions, negations, conjunctions, pronouns and
# demonstratives ("في", "لا", "لن", "أن", "هذا"), which a statement after a place or a
# speaker has ("واشنطن: لا تغيير في السياسة", "Washington: no change in policy").
_ARABIC_PARTICLES = frozenset(["في", "من", "على", "إلى", "الى", "عن", "مع", "لا", "لن", "لم", "ما", "قد", "أن", "إن",
                               "ان", "أو", "او", "ثم", "بل", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "نحن",
                               "التي", "الذي", "الذين", "كل", "بعد", "قبل", "حول", "ضد", "منذ", "حتى", "عند", "بين"])
# Name words after which a word with the article opens the name's next part ("عبد الله",
# "أبو الفضل", "بن الخطاب"), not its end.
_ARABIC_NAME_LINKS = frozenset(["عبد", "أبو", "ابو", "أبي", "بن", "ابن", "بنت", "أم"])
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


def _arabic_name(name: str) -> bool:
    """Whether ``name`` can be an Arabic person's name: no particle (:data:`_ARABIC_PARTICLES`),
    and a word with the article "ال" only as its last (a family or a place name: "خالد العمري")
    or after a linking word ("محمد عبد الرحمن"); a given name opens it, never such a word. A
    sentence has one in the middle ("أعلنت الحكومة المصرية": the government announced) or opens
    with it ("المفاوضات مستمرة": talks go on).

    >>> _arabic_name("نادر حداد"), _arabic_name("محمد عبد الرحمن"), _arabic_name("أعلنت الحكومة المصرية")
    (True, True, False)
    """
    words = name.split()
    if any(w in _ARABIC_PARTICLES for w in words):
        return False
    return all(not w.startswith("ال") or (i == len(words) - 1 and i > 0) or (i > 0 and words[i - 1] in _ARABIC_NAME_LINKS)
               for i, w in enumerate(words))


def wire_opening_credit(headline: Any) -> list[str]:
    """The reporters a Chinese story's opening dateline names (``_WIRE_OPENING``), or
    the wire a dateline names in brackets after its place in capitals ("ANKARA (AA) -",
    ``_AGENCY_OPENING``): the first text run after the headline that opens so, before
    a run of prose that does not (the story's text begun). The headline's own text and
    tail are not read."""
    if headline is None:
        return []
    runs, source = 0, ""
    for el in islice(following(headline, _MAX_SCAN), _MAX_SCAN):
        for run in (el.text, el.tail):
            if not run or not run.strip() or not isinstance(el.tag, str):
                continue
            opening = run[:40].lstrip("\u3000 ")
            if source and opening.startswith(source) and _HAN_DISPATCH.match(opening, len(source)):
                return [source]
            source = (m.group(1) if (m := _HAN_SOURCE_LINE.search(run[:80])) else "") or source
            match = _WIRE_OPENING.match(run[:80].lstrip("\u3000 "))
            if match is not None:
                return clean_byline(match.group(1))
            korean = _KO_WIRE_OPENING.match(run[:80])
            if korean is not None and (named := _korean_opening(korean)):
                return named
            han_wire = _HAN_WIRE_OPENING.match(run[:40].lstrip("\u3000 "))
            if han_wire is not None:
                return [han_wire.group(1)]
            # (the place or the wire in bold, the rest after it: "<b>BUCUREŞTI</b> (Mediafax) - ",
            # "<b>Jakarta, Antara</b> - ")
            bold = el.tag in ("b", "strong") and not len(el) and run == el.text
            wire = _AGENCY_OPENING.match((run + (el.tail or "") if bold else run)[:60])
            if wire is not None and _wire_dateline(wire):
                return [wire.group(2)]
            dated = _DATED_AGENCY_OPENING.match((run + (el.tail or "") if bold else run)[:60])
            if dated is not None and dated.group(1).casefold() in WIRES:
                return [dated.group(1)]
            arabic = _ARABIC_AGENCY_OPENING.match(run[:60])
            if arabic is not None and arabic.group(1) in ARABIC_WIRE_INITIALS:
                return [arabic.group(1)]
            hindi = _HINDI_AGENCY_OPENING.match(run[:60])
            if hindi is not None and hindi.group(1) in HINDI_WIRES:
                return [hindi.group(1)]
            if (lead := _arabic_lead_credit(el, run)) is not None:
                return lead
            runs += 1
            if len(run) > _PROSE_CHARS or runs >= _OPENING_TEXTS:
                return []
    return []


# The Indonesian papers' opening credit line, the reporters after their outlet: "Laporan
# Wartawan Tribunnews.com, Jane Doe dan John Roe" (the report of the outlet's journalist),
# "Laporan Reporter ...", "Laporan Kontributor ...", "Laporan Jurnalis ...": the Tribun
# network's and many regional portals' credit of the story's reporters, over its dateline.
_REPORT_LINE = re.compile(r"\s*Laporan\s+(?i:wartawan|reporter|kontributor|jurnalis|koresponden)\s+"
                          r"[^,\n]{2,40},\s*(\S[^\n]{1,120})$")


# The story's dateline run on after the names in one text ("Reza Deni TRIBUNNEWS.COM, JAKARTA -
# Polisi ..."): a word, a comma, a place in capitals and a dash
_RUN_ON_DATELINE = re.compile(r"\s+[^\s,]+,\s+[^\W\d_a-z][^\W\d_a-z ]{2,30}\s[-–—]\s.*$")


def report_line_credit(headline: Any) -> list[str]:
    """The reporters an Indonesian opening credit line names (:data:`_REPORT_LINE`): the
    first text runs after the headline, before the story's prose."""
    if headline is None:
        return []
    runs = 0
    for el in islice(following(headline, _MAX_SCAN), _MAX_SCAN):
        for run in (el.text, el.tail):
            if not run or not run.strip() or not isinstance(el.tag, str):
                continue
            match = _REPORT_LINE.match(run[:200])
            if match is not None:
                return clean_byline(_RUN_ON_DATELINE.sub("", match.group(1)))
            runs += 1
            if len(run) > _PROSE_CHARS or runs >= _OPENING_TEXTS:
                return []
    return []


# A Korean story's opening dateline: the place and the wire in brackets, the reporters and
# "=" ("(서울=연합뉴스) 홍길동 기자 = ...", "[서울=뉴시스] 김민수·이지은 기자 = ..."), or the
# wire alone when no reporter is named ("(서울=뉴시스) = ...").
_KO_WIRE_OPENING = re.compile(r"\s*[\[(（]\s*[\uac00-\ud7a3]{1,8}\s*=\s*([\uac00-\ud7a3\w]{2,8})\s*[\])）]"
                              r"\s*([^=\[\](){}]{0,40}?)\s*=")


def _korean_opening(match: re.Match[str]) -> list[str]:
    """The reporters a Korean wire dateline names, else its wire when it is one."""
    credit = match.group(2).strip()
    if credit:
        return korean_reporters(credit)
    return [match.group(1)] if match.group(1) in KOREAN_WIRES else []


# Words set in brackets after a kicker in capitals as a wire's initials are ("BREAKING
# (LIVE) -", "UPDATED (PICS) -"): what the story carries, no wire.
_NOT_WIRES = frozenset(["live", "foto", "pics", "pic", "map", "maps", "upd", "pdf", "ad", "ads", "vid", "tv"])


def _wire_dateline(wire: re.Match[str]) -> bool:
    """Whether an opening that reads as a wire's dateline (:data:`_AGENCY_OPENING`) is one:
    the place in capitals and a wire's initials, with the dash or a known wire; or the place
    in title case, a known wire and the dash, as dpa and APA write their own datelines
    ("Berlin (dpa) - ", "Wien (APA) - "): a name and a party's letters open a sentence so,
    the party's letters a wire's at times ("Jonas Gahr Støre (Ap) - ", Norway's Labour; "Lee
    Hsien Loong (PAP) - "), so not a place opening with a given name nor letters in mixed case.

    >>> [_wire_dateline(_AGENCY_OPENING.match(t)) for t in ("Wien (APA) - Die", "WIEN (APA) Die",
    ...                                                      "Jimmie Åkesson (SD) - Die", "Wien (APA) Die")]
    [True, True, False, False]
    """
    place, initials, dash = wire.group(1), wire.group(2), wire.group(3)
    if not _wire_name(initials):
        return False
    if place.isupper():
        return bool(dash) or initials.casefold() in WIRES
    return (bool(dash) and initials.casefold() in WIRES and (initials.isupper() or initials.islower())
            and all(w[:1].isupper() for w in place.split()) and not opens_with_given_name(place))


def _wire_name(word: str) -> bool:
    """Whether the word a dateline brackets names a wire: initials of two to four letters
    ("AP", "AFP", "dpa", "ANSA"), or a wire known by its name ("XINHUA", "KYODO"); not a
    word of five letters or more ("BREAKING (VIDEO) -", "UPDATED (PHOTOS) -").

    >>> _wire_name("AP"), _wire_name("dpa"), _wire_name("KYODO"), _wire_name("VIDEO"), _wire_name("LIVE")
    (True, True, True, False, False)
    """
    folded = word.casefold()
    return folded in TITLE_CASE_AGENCIES or (len(word) <= 4 and folded not in _NOT_WIRES)


# WordPress marks a comment by the post's own author with the class "bypostauthor"
# (comment_class()), and its themes print the commenter's display name in "fn": on a
# post that credits nobody else, the author replying under it is the post's writer.
_POST_AUTHOR_REPLY = ("//*[contains(concat(' ', normalize-space(@class), ' '), ' bypostauthor ')]"
                      "/descendant::*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')][1]")
_MAX_REPLIES = 5


def post_author_reply(doc: Any) -> list[str]:
    """The display name of the post author's own comment (WordPress's "bypostauthor"),
    when it reads as a person's full name (a known given name first: a blog's or a team's
    display name, "Kreativ Küche", "Team Stadtanzeiger", is no writer)."""
    for fn in islice(doc.xpath(_POST_AUTHOR_REPLY), _MAX_REPLIES):
        name = text_of(fn, _MAX_LINE + 1, " ").strip()
        if len(name) <= _MAX_LINE and opens_with_given_name(name) and not _in_capitals(name):
            return [name]
    return []



# A line crediting the story's source with its label and a news agency's name, nothing
# else ("Quelle: dpa", "Fonte: Agência Brasil", "Источник: ТАСС", Russian "По материалам
# Интерфакс" (from the materials of), "Kaynak: AA", Romanian "Sursa: Agerpres", Danish and
# Norwegian "Kilde: Ritzau", Swedish "Källa: TT", Greek "Πηγή: ΑΠΕ-ΜΠΕ" and "Με πληροφορίες
# από ΑΠΕ-ΜΠΕ" (with information from); in brackets too, "(Quelle: dpa)"; a wire's copyright
# closing its copy, "© AFP", as papers print it under a wire's story): a wire's story; its credit is the agency's
# name alone (the label names no one). A source naming anything else ("Quelle: Stadt Kassel",
# "Source: CDC", "Quelle: ntv.de, ino/dpa") names no writer: on the tuning halves such lines
# name a body, a study or a site as often as a wire. (The bracket's space is read as
# "\s*(?:\(\s*)?", not "\s*\(?\s*": two runs of space side by side split a run of
# indentation every way, quadratic time on an element's text of space alone.)
_SOURCE_LINE = re.compile(r"^\s*(?:\(\s*)?(?:quelle|fonte|fuente|source|kaynak|sursa|sursă|kilde|källa|źródło|bron|источник|по\s+материалам|πηγή|με\s+πληροφορίες\s+από|©)\s*[:：]?"
                          r"\s*(.{2,40}?)\s*\)?\s*\.?\s*$", re.I)
_SOURCE_OPENING = re.compile(r"^\s*(?:\(\s*)?(?:(?:quelle|fonte|fuente|source|kaynak|sursa|sursă|kilde|källa|źródło|bron|источник|по\s+материалам|"
                             r"πηγή|με\s+πληροφορίες\s+από)\b|©)", re.I)


# A wire credited where the story's text ends: its name in brackets closing the last paragraph,
# perhaps with the desk's code or the day after it, as Austrian and Swiss papers sign a wire
# story ("... bekannt. (APA, 14.1.2024)", "(sda/red)", "(dpa/AFP)"), or its name alone on the
# last line ("<p><em>ČTK</em></p>", as Czech papers sign one).
_CLOSING_WIRE = re.compile(r"(?:^|[\s.!?\"“”»])\(\s*([^\W\d_][^\W\d_-]{1,14})((?:\s*[/,]\s*[^\W\d_][^\W\d_-]{0,14})*)"
                           r"(?:\s*,\s*\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4})?\s*\)\s*\.?\s*$")
_LONE_WIRE = re.compile(r"^\s*\(?\s*([^\W\d_][^\W\d_-]{1,14})\s*\)?\s*\.?\s*$")
# A wire's name between slashes alone on the text's last line, as Ritzau signs its copy and Danish
# papers print it ("/ritzau/", "/ritzau/AFP" for its rewrite of a foreign wire's): the wire's own
# mark, a credit without a declared desk's name too (:func:`closing_wire`'s ``slashed``)
_SLASHED_WIRE = re.compile(r"^\s*/\s*([^\W\d_][^\W\d_-]{1,14})\s*/\s*(?:[^\W\d_][^\W\d_-]{1,14}\s*)?$")
_CLOSING_TAGS = frozenset(["p", "em", "i", "font", "small", "div"])


def closing_wire(headline: Any, slashed: bool = False) -> list[str]:
    """The news agency credited where the story's text ends (:data:`_CLOSING_WIRE`), alone:
    every part of the brackets a known wire (:data:`.wires.WIRES`) or a desk's code of two or
    three lower-case letters ("red", "ag"), the first a wire; or a line of the story's box
    naming a known wire alone ("<p><em>ČTK</em></p>"). In the story's box, not in a teaser, a
    caption or another story, and with no paragraph of the text after it (a wire cited in the
    text's middle, a photo's credit under a picture, is none); the last such credit.
    Read only over a declared site's or desk's name (:func:`.extract._authors`): alone, "(dpa)"
    under a text may be no writer's credit (review 20); ``slashed``, only a wire's own mark
    (:data:`_SLASHED_WIRE`, "/ritzau/"), read where nothing is declared."""
    if headline is None:
        return []
    scope, around = story_of(headline), frozenset(headline.iterancestors())
    stories: dict[Any, bool] = {}
    memo: dict[Any, Any] = {"headline": headline}
    found: list[str] = []
    for el in islice(following(headline, _MAX_SCAN), _MAX_SCAN):
        if el.tag not in _CLOSING_TAGS or (scope is not None and not within(el, scope)) or _holds_blocks(el):
            continue
        line = text_of(el, 2_000, " ")
        wire = _closing_wire_of(el, line, slashed)
        if wire is None and (len(line) < LONG_PARAGRAPH or not found):
            continue  # (no credit found yet: a paragraph after none leaves none, whatever its place)
        if _elsewhere(el, around) or _in_caption(el) \
                or _other_story(el, around, stories) or in_other_stories(el, headline, memo):
            continue
        found = [wire] if wire is not None else []  # (a paragraph of the text after a credit: it was none)
    return found


_BOX_BLOCKS = frozenset(["p", "div", "ul", "ol", "section", "table", "article", "aside", "blockquote", "figure"])


def _holds_blocks(el: Any) -> bool:
    """Whether ``el`` is a box of blocks (a <div> round paragraphs), whose text is its parts'."""
    return el.tag == "div" and any(child.tag in _BOX_BLOCKS for child in el)


def _closing_wire_of(el: Any, line: str, slashed: bool = False) -> str | None:
    """The known wire closing ``el``'s text (``line``) in brackets, or alone on its line (between
    slashes: :data:`_SLASHED_WIRE`; only so where ``slashed``); None for brackets inside the
    sentence ("he told the agency (AFP).") or a line under a picture (a photo's credit)."""
    tail = line[-80:]
    alone = len(el) == 0 and len(line) < 20
    # (an old layout's text is one <font> of lines between <br>s: its last line, the wire's mark)
    last = (el[-1].tail or "") if len(el) and el[-1].tag == "br" else (line if alone else "")
    marked = _SLASHED_WIRE.match(last) if len(last) < 20 else None
    m = marked if slashed else (_CLOSING_WIRE.search(tail) or (_LONE_WIRE.match(line) if alone else None) or marked)
    if m is None or m.group(1).casefold() not in WIRES or not _wire_parts(m.groups()[1:2]):
        return None
    opening = tail.rfind("(", 0, m.start(1))
    if opening > 0 and tail[:opening].rstrip()[-1:].isalnum() and tail.rstrip().endswith("."):
        return None
    previous = el.getprevious()
    if previous is not None and (previous.tag in _PICTURES or (
            not text_of(previous, 200, " ").strip() and any(node.tag in _PICTURES for node in previous.iter()))):
        return None
    name = str(m.group(1))
    return name.capitalize() if m is marked and name.islower() else name  # ("/ritzau/": Ritzau)


def _wire_parts(rest: tuple[str | None, ...]) -> bool:
    """Whether the parts after a closing credit's wire are wires or desks' codes ("red")."""
    parts = [p.strip() for p in re.split(r"[/,]", rest[0] or "") if p.strip()] if rest else []
    return all(p.casefold() in WIRES or (p.islower() and len(p) <= 3) for p in parts)


# The elements a source line is printed in: a line's, and an old page's ``<font>`` ("<font
# size=1>Πηγή: ΑΠΕ-ΜΠΕ</font>" closing a story of the early 2000s' table layouts).
_SOURCE_TAGS = _LINE_TAGS | {"font"}


def source_agency(headline: Any) -> list[str]:
    """The news agency a source line after the headline credits alone (:data:`_SOURCE_LINE`),
    in the story (not in a comment, teaser, sidebar, caption, quote or the page's footer)."""
    if headline is None:
        return []
    scope, around = story_of(headline), frozenset(headline.iterancestors())
    stories: dict[Any, bool] = {}
    memo: dict[Any, Any] = {"headline": headline}
    for el in islice(following(headline, _MAX_SCAN), _MAX_SCAN):
        if el.tag not in _SOURCE_TAGS or not el.text or not _SOURCE_OPENING.match(el.text):
            continue
        m = _SOURCE_LINE.match(text_of(el, _MAX_LINE + 1, " "))
        line = el.getparent()
        if m is None and line is not None and line.tag in _LINE_TAGS and not (line.text or "").strip():
            m = _SOURCE_LINE.match(text_of(line, _MAX_LINE + 1, " "))  # "<p><b>Quelle:</b> dpa</p>"
        agency = m.group(1) if m else ""
        if agency.casefold().replace("i\u0307", "i") not in WIRES or _graphic_source(el, around) or in_quote(el):
            continue  # (a quoted text's source, an embedded post's, is the quote's)
        if (scope is None or within(el, scope)) and not _other_story(el, around, stories) \
                and not in_other_stories(el, headline, memo):
            return [agency]
    return []


# A chart's, a table's or a picture's box: a source line there ("Quelle: dpa" under a
# dpa-infografik) credits the graphic, not the story.
_GRAPHIC_TAGS = frozenset(["figure", "figcaption", "table", "picture"])
_GRAPHIC_MARK = re.compile(r"chart|grafik|graphic|infogra|diagram", re.I)
_BLOCKS = frozenset(["p", "div"])
_GRAPHIC_BEFORE = frozenset(["table", "img", "figure", "picture", "iframe", "svg", "canvas"])


def _graphic_source(el: Any, layout: Container[Any] = ()) -> bool:
    """Whether the source line ``el`` is a graphic's: in a figure, a caption, a table or a
    chart's box (four nearest ancestors), or just after a table, a picture or a frame. A
    table among ``layout`` (the headline's boxes) is the page's layout, as the early 2000s
    set a whole page in a table's cells, no graphic."""
    for node in islice(itertools.chain((el,), el.iterancestors()), 5):
        if node in layout:
            continue
        if node.tag in _GRAPHIC_TAGS or _CAPTION.search(marks_of(node)) or _GRAPHIC_MARK.search(marks_of(node)):
            return True
    parent = el.getparent()
    line = parent if el.tag not in _BLOCKS and parent is not None and parent.tag in _LINE_TAGS else el  # ("<p><b>Quelle:</b>")
    before = line.getprevious()
    for _ in range(_BREAKS_BEFORE):  # (line breaks alone between: "<img><br><font>© AFP</font>")
        if before is None or (isinstance(before.tag, str) and (before.tag != "br" or (before.tail or "").strip())):
            break
        before = before.getprevious()
    return before is not None and isinstance(before.tag, str) and not _spacer(before) and (
        before.tag in _GRAPHIC_BEFORE or (before.tag in _BLOCKS and _picture_alone(before)))


_BREAKS_BEFORE = 4


def _picture_alone(block: Any) -> bool:
    """Whether ``block`` holds a picture and no text ("<p><img></p>", "<div class=photo><img></div>"
    before "© AFP": the photo's credit, no story's)."""
    return not "".join(islice(block.itertext(), 3)).strip() and (img := block.find(".//img")) is not None \
        and not _spacer(img)


_SPACER_PX = 20  # an image this narrow or low is a layout's spacer, no picture


def _spacer(el: Any) -> bool:
    """Whether ``el`` is an old layout's spacer image ("<img src=pix.gif width=1 height=10>"
    between a story's text and its "© AFP"), by its printed width or height."""
    return el.tag == "img" and any(
        (size := (el.get(side) or "").strip()).isdigit() and int(size) <= _SPACER_PX for side in ("width", "height"))


# The blocks of a line of its own: a by-line opening the story's text is one of them.
_LINE_BLOCKS = frozenset(["p", "div"])
_MAX_OPENING_BLOCKS = 8


def opening_byline(headline: Any, skip: Callable[[str], bool]) -> list[str]:
    """The people a by-line opening the story's text credits ("<div>By Jane Doe</div>"
    as the text's first line, where the page's byline field names a wire's account,
    "By: CNN Wire"): a short block of its own (no block inside) that is a by-word and
    names alone, before the text's first long paragraph, in the story (not in a
    comment, teaser, sidebar, caption or the page's footer); names ``skip`` says are
    the field's own credit (the wire again) are no person."""
    if headline is None:
        return []
    seen, around = 0, frozenset(headline.iterancestors())
    for el in islice(following(headline, _MAX_SCAN), _MAX_SCAN):
        if el.tag not in _LINE_BLOCKS or any(c.tag in _LINE_BLOCKS for c in el):
            continue
        line = text_of(el, _PROSE_CHARS, " ")
        if not line or _captioned(el):
            continue  # (a picture's caption over the by-line is no text of the story)
        if longer_than(el, _PROSE_CHARS) or seen >= _MAX_OPENING_BLOCKS:
            return []  # the story's text has begun
        seen += 1
        m = _LEAD_BY.match(line)
        if m is None or _elsewhere(el, around):
            continue
        names = _names_alone(line[m.end():]) or _names_alone(_first_inline(el, line)[m.end():])
        if names and not any(skip(n) for n in names) and all(len(n.split()) >= 2 for n in names):
            return names
    return []


def _captioned(el: Any) -> bool:
    """``el`` or one of its three nearest ancestors is marked a caption (:data:`.walk.CAPTION_HINT`)."""
    return any(CAPTION_HINT.search(marks_of(node)) for node in islice(itertools.chain((el,), el.iterancestors()), 4))


def _first_inline(el: Any, line: str) -> str:
    """The text of ``el``'s first child when the line opens with it: the by-line set in
    a span of its own before the date ("<p><span class=bold>By JANE DOE</span> 10/ 5/11
    09:19 PM ET</p>"), else ""."""
    first = next(iter(el), None)
    if first is None or not isinstance(first.tag, str) or (el.text or "").strip():
        return ""
    text = text_of(first, _PROSE_CHARS, " ")
    return text if text and line.startswith(text) else ""
