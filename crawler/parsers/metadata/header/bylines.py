"""Bylines in the header: the names a byline line credits (by-word, dated row,
bold names, names in their own elements, a wire agency over a dateline)."""

from __future__ import annotations

import re
from itertools import chain, islice
from typing import Any

from crawler.parsers.metadata.author_marks import author_link, credited_rest, holds_categories, in_quote
from crawler.parsers.metadata.authors import (
    PLACE_OPENERS,
    catalan_by,
    clean_byline,
    dated_name,
    dedupe,
    desk_alone,
    italian_by,
    leads_with_date,
    looks_like_byline,
    names_with_own_handles,
    other_credit_label,
    plain_name,
)
from crawler.parsers.metadata.closing_credits import surname_in_title_case, surnames_in_capitals
from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.metadata.given_names import names_a_body, opens_with_given_name
from crawler.parsers.metadata.header.scan_state import HeaderScan
from crawler.parsers.metadata.japanese_credits import japanese_credit, japanese_names
from crawler.parsers.metadata.name_chunks import (
    cut_at_chunks,
    marked_writers,
    name_elements,
    peer_writers,
    without_unlinked_place,
)
from crawler.parsers.metadata.sections import SECTION_HINT
from crawler.parsers.metadata.walk import AUTHOR_HINT, attrs_of, text_of
from crawler.parsers.metadata.wires import WIRES

_GLUE = re.compile(r"^(?:by|von|par|por|door|di|de|and|und|et|y|e|og|och|en|&|mit|with|"
                   r"published by|written by)\s*:?$", re.I)
SEGMENTS = re.compile(r"\s+[|·•]\s+")


def byline(scan: HeaderScan, text: str, attrs: str, el: Any, language: str | None = None) -> None:
    # a quote's attribution names the person quoted; a list of handles, people to follow
    if in_quote(el) or _listed_handle(el, text):
        return
    if not scan.authors and (names := _japanese_byline(text, attrs)):
        scan.authors, scan.byline_raw, scan.byline_dated = names, text, False
        return
    if not scan.authors and not scan.story_begun and (names := _bold_names_over_office(el)):
        scan.authors, scan.byline_raw, scan.byline_dated, scan.name_alone = names, text, False, True
        return
    if holds_categories(el):  # a "byline" row's categories or tag chip name nobody
        text = credited_rest(el)
    hinted = bool(attrs and AUTHOR_HINT.search(attrs) and len(text) < 120)
    # "Di Luigi Di Maio" on an Italian page: "By Luigi Di Maio" ("Di Stefano Rossi" only when the
    # markup prints "Stefano Rossi" apart)
    read = italian_by(text, language, hinted, _texts_apart(el) if text.lstrip().startswith("Di ") else ())
    read = catalan_by(read, language)  # "Per Jordi Puig i Marta Soler" on a Catalan page
    parts = [read]
    if not hinted and not looks_like_byline(read):
        parts = [p for p in SEGMENTS.split(text)[1:] if looks_like_byline(p)][:1]
        if not parts:  # "11.12.2019 - Jane Doe"
            names = dated_name(text) if not scan.authors else []
            if names:
                scan.authors, scan.byline_raw, scan.byline_dated = names, text, True
                scan.name_alone = len(names) == 1 and name_in_own_element(el, names[0])
            elif not scan.authors and (names := _name_beside_date(el, text, language)
                                       or _name_in_dated_row(el, text, language)
                                       or _name_under_headline(el, text)):
                scan.authors, scan.byline_raw, scan.byline_dated, scan.name_alone = names, text, True, True
            elif not scan.authors and not scan.story_begun and (names := _bold_names_line(el) or _desk_line(el, text)
                                                                 or _wire_line(el, text)):
                scan.authors, scan.byline_raw, scan.byline_dated, scan.name_alone = names, text, False, True
            elif not scan.authors:
                names = _credit_over_date(scan, el, text, language)
            if names:
                scan.name_marked = scan.name_alone and _name_marked(el, names[0])
            return
    for part in parts:
        names = without_unlinked_place(el, cut_at_chunks(el, clean_byline(part)))
        if names and part is read and len(names) >= 2:  # an author box listing each writer's name element
            names = name_elements(el) or names
        elif len(names) == 1 and part is read:  # a card per writer ("<div class=author>")
            marked = marked_writers(el, names)  # or an element per writer marked rel=author
            names = marked if marked is not names else peer_writers(el, names)
        elif not names and hinted and part is read:  # writers run together past a name's length
            names = _names_by_chunk(el)  # ("<div class=byline><span>Jane Doe</span><span>John Roe</span>")
        if names:
            if part is read and max(len(n.split()) for n in names) >= 4:
                names = _names_by_chunk(el) or names
            scan.authors, scan.byline_raw, scan.byline_dated = names, text, False
            return
    if not scan.authors:  # ("Jane Doe<br>Especial para a Gazeta<br>24/01/2004": read whole, no names)
        _credit_over_date(scan, el, text, language)


def _japanese_byline(text: str, attrs: str) -> list[str]:
    """A Japanese credit line's writers ("【記者：山田太郎】", "文＝鈴木花子", "編集委員 山田太郎"), or
    an author box's list of Japanese names ("佐藤和也、小林裕子")."""
    listed = bool(attrs and AUTHOR_HINT.search(attrs))
    return japanese_credit(text) or (japanese_names(text) if listed else [])


def _credit_over_date(scan: HeaderScan, el: Any, text: str, language: str | None) -> list[str]:
    """The names of a credit box over its date's line (:func:`_names_over_date`), set
    as the header's byline, and its date as the header's when none was read yet."""
    over = _names_over_date(el, language)
    if over is None:
        return []
    names, dated, wire = over  # (a wire's credit is marked by its brackets or its word)
    scan.authors, scan.byline_raw, scan.byline_dated, scan.name_alone = names, text, not wire, True
    if scan.date_text is None:
        scan.date_text, scan.date_raw, scan.date_element = dated[0], text, el
    return names


# A filing place after a byline's names: " / ANKARA", " / SÃO PAULO" (a city in capitals)
_FILED_FROM = re.compile(r"\s*/\s*(\S+(?:\s+\S+)?)\s*$")


def _bold_names_line(el: Any) -> list[str]:
    """The writers of an old template's credit line with no by-word: the line's bold
    part (``<b>``, ``<strong>``) is only people's names, and the city the story was
    filed from follows it in capitals ("<b>Ayşe Kaya ve Tolga Demir</b> / ANKARA",
    "<b>Juan Pérez</b> / MADRID"), each name opening with a known given name or of two
    or three capitalised words. A bold name alone is no credit (the story's subject,
    an about box's "<b>Jane Doe</b> is the author of ..."), nor a bold kicker or desk."""
    bold = el[0] if len(el) == 1 and el[0].tag in ("b", "strong") else None
    if bold is None or len(bold) or (el.text or "").strip():
        return []
    line, tail = (bold.text or "").strip(), (bold.tail or "").strip()
    filed = _FILED_FROM.fullmatch(tail)
    if filed is None or not filed.group(1).isupper():
        if tail or not surnames_in_capitals(line):
            return []
        # the signature of a Ukrainian, Russian or Polish paper: each surname in capitals ("<b>Юлія
        # РУДЕНКО</b>"), the typography of a credit alone, never of a subject's name in the text
        titled = [surname_in_title_case(n) for n in clean_byline(line)]
        return [n for n in titled if _bold_name(n)]
    names = clean_byline(line) if 0 < len(line) <= 120 else []
    if not names or not all(_bold_name(name) for name in names):
        return []
    return names


_OFFICE_LINE = 60  # characters of the office's line under a bold byline
# The first word of that office line: where the writers wrote from, in Portuguese and
# Spanish ("da Sucursal de Brasília", "do Rio", "de Nova York", "em Brasília", "desde
# Lima"), as whom ("enviada especial a Manaus", "correspondente em Paris", "corresponsal
# en Roma", "colaboração para a Folha", "free-lance para ...", "especial para ...") or,
# in English, "staff writer", "special to ...", "correspondent". Any other italic
# line in lower case under a bold line is no office ("sábado, 12 de maio", "outras
# notícias", "more on the vote": a place's, a box title's, a kicker's).
_OFFICE_WORDS = frozenset({
    "da", "do", "das", "dos", "de", "del", "em", "desde", "enviado", "enviada", "enviados", "enviadas",
    "correspondente", "corresponsal", "colaboração", "colaboracao", "colaboración", "colaborador", "colaboradora",
    "free-lance", "freelance", "especial", "staff", "special", "correspondent",
})
# The first word of a desk's bold credit ("Da Redação", "Do Enviado", "De la Redacción"):
# no person's name opens so.
_DESK_OPENING = frozenset({"da", "do", "das", "dos", "de", "del"})


def _bold_names_over_office(el: Any) -> list[str]:
    """The writers of an old template's credit with no by-word: a bold line of people's
    names (:func:`_bold_name`, capitals and all), then, after a line break, an italic
    line opening in lower case that says where they wrote from ("<b>JOÃO DA SILVA</b><br>
    <i>da Sucursal de Brasília</i>", "<b>ANA LIMA</b><br><i>enviada especial a Lima</i>",
    as Brazilian papers print it: its first word one of :data:`_OFFICE_WORDS`). Not that
    line's words (a desk's, a place's), nor a desk's bold credit ("Da Redação")."""
    bold = el if el.tag in ("b", "strong") else (el[0] if len(el) and not (el.text or "").strip() else None)
    if bold is None or bold.tag not in ("b", "strong") or len(bold) or (bold.tail or "").strip():
        return []
    br = bold.getnext()
    office = br.getnext() if br is not None and br.tag == "br" and not (br.tail or "").strip() else None
    after = office.getnext() if office is not None else None
    if office is None or office.tag not in ("i", "em") or len(office) or (after is not None and after.tag != "br"):
        return []
    where = (office.text or "").strip()
    if (not 0 < len(where) <= _OFFICE_LINE or not where[0].isalpha() or not where[0].islower()
            or where.split()[0].rstrip(",:") not in _OFFICE_WORDS):
        return []
    line = (bold.text or "").strip()
    if not line or line.split()[0].casefold() in _DESK_OPENING:
        return []
    names = clean_byline(line) if 0 < len(line) <= 120 else []
    return names if names and all(_bold_name(name) or _long_given_name(name) for name in names) else []


def _long_given_name(name: str) -> bool:
    """A name of four words opening with a known given name, a read name alone
    (:func:`plain_name`), no body's: "LUIZ CARLOS DA SILVA", "Maria Fernanda dos Santos"."""
    return len(name.split()) == 4 and plain_name(name) == [name] and not names_a_body(name) \
        and opens_with_given_name(name)


def _desk_line(el: Any, text: str) -> list[str]:
    """The desk of a line under the headline printing its word alone, outside links
    ("<i>Redacción</i>" where a writer's "Por Juan Pérez" stands on other stories: an
    old template's credit of a story no person signed). A menu's link to the desk's
    page ("<a>Redaktion</a>") is none."""
    if not desk_alone(text) or next(el.iter("a"), None) is not None or next(el.iterancestors("a"), None) is not None:
        return []
    return [text.strip(" \t\n.:-–—|")]


def _wire_line(el: Any, text: str) -> list[str]:
    """The wire of a line under the headline that credits it alone, outside links, with the
    place it filed from after a comma ("DA AGÊNCIA BRASIL, EM SALVADOR", "Da Folhapress, em
    Brasília", "From The Canadian Press": :data:`_WIRE_NAME`; "DA REUTERS, EM LONDRES": a
    known wire after its "Da"), as Brazilian papers credit a wire's story no reporter signed."""
    if next(el.iter("a"), None) is not None or next(el.iterancestors("a"), None) is not None:
        return []
    line = " ".join(text.split()).strip(" .:-–—|")
    bare = _WIRE_FILED_FROM.sub("", line)
    wire = _WIRE_NAME.match(bare)
    if wire is None:  # a wire known by its name ("DA REUTERS, EM LONDRES", "Da EFE"), after its "Da"
        known = _FROM_WIRE.match(bare)
        return [known.group(1)] if known and known.group(1).casefold() in WIRES else []
    # a "... Press" alone (no "Da" / "From" before it, no place after it) may be a paper's own
    # name printed under the headline ("Detroit Free Press", "Die Presse"): an agency's word only
    alone = bare == line and wire.group(1) == bare
    return [wire.group(1)] if not alone or wire.group(1).split()[0].casefold() in _AGENCY_WORDS else []


_FROM_WIRE = re.compile(r"^(?:Da|Do|Dalla|From)\s+(\S.*)$", re.IGNORECASE)
_AGENCY_WORDS = frozenset(["agência", "agencia", "agence", "agenzia", "agencja", "agentur"])
# The place a wire's credit line says it filed from, after a comma ("..., EM SALVADOR", "...,
# de Brasília", "..., in Ottawa"): a preposition and one to three capitalised words.
_WIRE_FILED_FROM = re.compile(r",\s*(?:em|de|do|da|desde|en|in|à|a)\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}$",
                              re.IGNORECASE)


def _bold_name(name: str) -> bool:
    """Whether a bold name over the city filed from reads as a person's: a name alone
    (:func:`plain_name`: not a place's "New York", a kind of story's "Breaking News",
    "Son Dakika"), no body's ("Premier League", "Dünya Kupası"), of two or three words,
    each a capital then lower-case letters ("Tolga Kurt"), or opening with a known given name."""
    words = name.split()
    if plain_name(name) != [name] or names_a_body(name) or not 2 <= len(words) <= 3:
        return False
    return opens_with_given_name(name) or all(w[:1].isupper() and w[1:].islower() for w in words)


def _listed_handle(el: Any, text: str) -> bool:
    """Whether a line that is only a name and its handle ("Jane Doe (@janedoe)",
    :func:`names_with_own_handles`) is one of a list of such lines (its list item's
    or its own siblings print one too): people to follow, a panel's speakers, no
    writer's credit."""
    if not names_with_own_handles(text):
        return False
    item = next((node for node in islice(chain((el,), el.iterancestors()), _ITEM_LEVELS) if node.tag == "li"), el)
    siblings = chain(islice(item.itersiblings(), _LISTED_SIBLINGS), islice(item.itersiblings(preceding=True), _LISTED_SIBLINGS))
    return any(isinstance(sib.tag, str) and names_with_own_handles(text_of(sib, 120, " ")) for sib in siblings)


_ITEM_LEVELS = 3       # the line and its ancestors looked at for its list item
_LISTED_SIBLINGS = 4   # items read each side of it


def _texts_apart(el: Any) -> set[str]:
    """The texts ``el``'s markup prints in elements of their own (a byline's name
    link: "Di <a>Stefano Rossi</a>"), separators aside."""
    return {(node.text or "").strip(_SEPARATORS) for node in islice(el.iter(), _NAME_SCAN + 1)
            if node is not el and isinstance(node.tag, str) and not len(node)}


_PLACE_HINT = re.compile(r"locat|place|city|dateline|region|geo|(?:^|[\s_-])ort(?:$|[\s_-])", re.I)


# What stands between a name and a date on a byline line ("Jane Doe | 05.04.2025").
_SEPARATORS = " \t\n\xa0|·•–-,"
_NAME_SCAN = 30         # elements of a byline line looked at for the name's own


def _name_leaf(el: Any, name: str) -> Any:
    """The element inside ``el`` (not ``el`` itself) whose whole text is ``name``,
    separators aside, and that holds no element: the name's own field (or None)."""
    for node in islice(el.iter(), _NAME_SCAN + 1):
        if node is not el and isinstance(node.tag, str) and not len(node) \
                and (node.text or "").strip(_SEPARATORS) == name:
            return node
    return None


def name_in_own_element(el: Any, name: str) -> bool:
    """Whether ``name`` is the whole text of an element inside ``el`` (separators
    aside) that holds no date and has no location class."""
    node = _name_leaf(el, name)
    if node is None:
        return False
    near = (node, *islice(node.iterancestors(), 3))
    # a place's field ("location") near it, a section's ("kicker") on it or its
    # parent, or a link to a section's page (a link to the writer's page is theirs)
    return not any((a.tag == "a" and not author_link(a)) or _PLACE_HINT.search(attrs := attrs_of(a))
                   or (depth <= 1 and SECTION_HINT.search(attrs)) for depth, a in enumerate(near))


# An author mark on a name's field: an author class, itemprop or rel, or a
# template's "name" field (a place's field is "location", a section's "kicker").
_NAME_MARK = re.compile(AUTHOR_HINT.pattern + r"|(?:^|[\s_-])(?:name|person)(?:$|[\s_-])", re.I)


def _name_marked(el: Any, name: str) -> bool:
    """Whether the element printing ``name`` alone inside ``el``, its parent or
    its grandparent carries an author mark: a place or a section label printed
    before the date ("<span>Bad Homburg</span> | <span>05.04.2025</span>") has none."""
    node = _name_leaf(el, name)
    return node is not None and any(_NAME_MARK.search(attrs_of(a)) for a in (node, *islice(node.iterancestors(), 2)))


def _name_beside_date(el: Any, text: str, language: str | None) -> list[str]:
    """The name of a line that prints a person's name in an element of its own
    and the date right after it with no separator ("<span>Jane Doe</span>
    <time>17.05.2026, 19:06 Uhr</time>")."""
    first = next((t for t in islice(el.itertext(), 10) if t.strip()), "").strip()
    name = first.strip(_SEPARATORS)
    if not name or len(name) > 60 or not text.startswith(name):
        return []
    rest = text[len(name):].lstrip(_SEPARATORS)
    if not rest or plain_name(name) != [name] or not name_in_own_element(el, name):  # (no rest: no date)
        return []
    # a date in this page's language ("20 Nisan 2026") right after the name
    if leads_with_date(rest):
        return [name]
    dated = find_date_span(rest[:60], language)
    return [name] if dated is not None and dated[1] == 0 else []


def _names_over_date(el: Any, language: str | None) -> tuple[list[str], tuple[str, int], bool] | None:
    """The writers of a box that prints their names on a line of their own over the
    date's line, the lines broken by <br> ("Jan Nowak, Anna Kowalska<br>10.07.2004",
    "Ana Souza e João Lima<br>Especial para a Gazeta<br>15/06/2002": an old
    template's small-type credit under the headline): the break parts them as " | "
    does on one line. Each name opens with a known given name (a place over the date,
    "BRASÍLIA<br>10.07.2004", is none); an agency's capitals alone in brackets
    ("(PAP)<br>16.06.2002", how Polish papers credit a wire) are its credit. At most
    one line between, with no digits (a credit line's "Especial para ..."). The
    names, the date line's date and whether the credit is a wire's; None for any other box."""
    lines = _broken_lines(el)
    if not 2 <= len(lines) <= 3 or any(c.isdigit() for line in lines[:-1] for c in line):
        return None
    dated = _date_line(lines[-1], language)
    if dated is None:
        return None
    agency = _BRACKETED_AGENCY.match(lines[0]) or _WIRE_NAME.match(lines[0])
    if agency is not None:
        return [agency.group(1)], dated, True
    names = clean_byline(lines[0])
    if names and all(opens_with_given_name(name) and not _place_opening(name) for name in names):
        return names, dated, False
    return None


# First words of a city's name in the languages of such old templates ("Rio de
# Janeiro", "Nova Iguaçu", "Santo André", "Porto Velho", "Nowy Sącz", "Puerto Montt"),
# with those of :func:`plain_name` ("San", "Santa", "São", "New", "Fort"): a dateline
# over the date, shaped as a given name and a surname, is none of the writers.
_DATELINE_OPENERS = PLACE_OPENERS | frozenset({
    "rio", "río", "nova", "novo", "santo", "porto", "vila", "villa", "ciudad", "puerto", "nowy", "nowa",
    "nowe", "stary", "stara", "stare", "sankt"})


def _place_opening(name: str) -> bool:
    """Whether ``name`` opens as a city's name does (:data:`_DATELINE_OPENERS`)."""
    return name.split(maxsplit=1)[0].casefold() in _DATELINE_OPENERS


# A weekday before a date: "piątek, 7 czerwca 2002 r.", "Sábado, 15 de junho de 2002".
_WEEKDAY_FIRST = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?,\s*")


def _date_line(text: str, language: str | None) -> tuple[str, int] | None:
    """The date of a line that prints a date and little else (a weekday may open it)."""
    dated = find_date_span(text[:80], language)
    if dated is None or len(text.split()) > _DATE_ROW_WORDS + 2:
        return None
    return dated if dated[1] == 0 or _WEEKDAY_FIRST.fullmatch(text[:dated[1]]) else None


# An agency's initials alone in brackets: "(PAP)", "(AFP)", "(dpa)".
_BRACKETED_AGENCY = re.compile(r"^\(([A-Za-z]{2,6})\)$")
# A wire's name alone, by the word that makes it one: "Folhapress", "Europa Press",
# "The Canadian Press", "Agência Brasil", "Agencia EFE", "Agence France-Presse", "Agenzia
# Nova", "Agencja Informacyjna"; "Da Agência Brasil" ("from the ...", Portuguese) too.
# "Press" a word of its own after a name, or closing a compound of four letters or more
# before it: not "Express" (a paper's name, no wire's), nor a place over the date
# ("Cypress") or a word ("Empress", "Impress").
_WIRE_NAME = re.compile(r"^(?:(?:Da|Do|De|Dalla|Von|From)\s+)?((?:[^\W\d_][\w-]*\s+){1,2}(?:press|presse)"
                        r"|(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_]{4,}(?:press|presse)"
                        r"|(?:Agência|Agencia|Agence|Agenzia|Agencja|Agentur)\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)$",
                        re.IGNORECASE)
_MAX_LINE_PIECES = 24  # text pieces and breaks of a credit box read


def _broken_lines(el: Any) -> list[str]:
    """``el``'s lines as its <br> elements break them (only when it has one), blank
    lines left out; none for a box of more than a few pieces."""
    if next(el.iter("br"), None) is None:
        return []
    lines, current = [], ""
    for n, piece in enumerate(el.xpath("descendant::text()|descendant::br")):
        if n >= _MAX_LINE_PIECES:
            return []
        if isinstance(piece, str):
            current += piece
            continue
        lines.append(current)
        current = ""
    lines.append(current)
    return [" ".join(line.split()) for line in lines if line.strip()]


_ROW_CHARS = 160     # a byline row's text at most
_ROW_GAP_WORDS = 3   # words between the name and the date in its row (a place: "Córdoba")


def _name_in_dated_row(el: Any, text: str, language: str | None) -> list[str]:
    """The name of an element that prints a person's name alone (a known given
    name first), in a row (its parent or grandparent) that prints a date after
    it with a place at most between ("<p>Jane Doe</p><p>Córdoba</p>
    <time>25/04/2026</time>"), or the date alone before it ("<span>28. Jan.
    2022</span> <span>Jane Doe</span>"): a template's writer field with no author
    class."""
    parent = el.getparent()
    if (len(el) or len(text) > 60 or parent is None or plain_name(text) != [text]
            or not opens_with_given_name(text) or not name_in_own_element(parent, text)):
        return []
    for box in (parent, *islice(parent.iterancestors(), 1)):
        row = text_of(box, _ROW_CHARS, " ")
        if row == text:
            continue
        if row and len(row) <= _ROW_CHARS and row.endswith(text) and not row.startswith(text):
            return [text] if _date_alone(row[:-len(text)].rstrip(_SEPARATORS), language) else []
        if not row or len(row) > _ROW_CHARS or not row.startswith(text):
            return []
        rest = row[len(text):].lstrip(_SEPARATORS)
        dated = find_date_span(rest[:80], language)
        if dated is not None:  # a place between has no digits (a score's row: "Liverpool 2-1 Chelsea")
            gap = rest[:dated[1]]
            peers = _linked_peers(box, text, gap)
            for peer in peers:
                gap = gap.replace(peer, " ", 1)
            words = [word for word in gap.split() if word.strip(_SEPARATORS)]
            return [text, *peers] if len(words) <= _ROW_GAP_WORDS and not any(c.isdigit() for c in gap) else []
    return []


def _linked_peers(box: Any, name: str, gap: str) -> list[str]:
    """The co-writers a dated row prints between ``name`` and the date, each in a link
    to their writer's page ("<a href=/author/a>Aisha Rahman</a>, <a href=/author/b>Rebecca
    de Vries</a> 16 May 2024"): writers, not the place such a row may print there."""
    peers: list[str] = []
    for link in islice(box.iter("a"), _NAME_SCAN):
        peer = text_of(link, 120, " ").strip(_SEPARATORS)
        if peer and peer != name and peer in gap and peer not in peers and author_link(link) \
                and plain_name(peer) == [peer]:
            peers.append(peer)
    return peers


_UNDER_HEADLINE = frozenset({"p", "div", "span"})


def _name_under_headline(el: Any, text: str) -> list[str]:
    """The name of a paragraph right after the <h1> that prints a person's name
    alone, a known given name first ("<h1>...</h1><p>Jane Doe</p><p>The story
    ..."): a template's writer field with no author class and no date beside it,
    as small sites and blogs print it. Read as a dated name is
    (:func:`.extract._head_authors`): not the page's label nor its subject."""
    prev = el.getprevious()
    if el.tag not in _UNDER_HEADLINE or len(el) or prev is None or prev.tag != "h1" or len(text) > 60:
        return []
    return [text] if plain_name(text) == [text] and opens_with_given_name(text) else []


_DATE_ROW_WORDS = 6  # a date and its time at most ("Mi, 28. Jan. 2022, 14:35 Uhr")


def _date_alone(text: str, language: str | None) -> bool:
    """Whether ``text`` is a printed date and little else: it opens with the date."""
    dated = find_date_span(text[:80], language)
    return dated is not None and dated[1] == 0 and len(text.split()) <= _DATE_ROW_WORDS


def _names_by_chunk(el: Any) -> list[str]:
    """Names printed in separate elements with no separator between them
    ("<a>Jane Doe</a><a>John Roe</a>"): each text chunk read on its own."""
    names: list[str] = []
    # a button's words name nobody (a card's "Follow" in any language: "फॉलो करें", "עקבו")
    buttons = {" ".join(b.itertext()).strip() for b in islice(el.iter("button"), 8)}
    for n, chunk in enumerate(el.itertext()):
        if n > 30:
            return []
        chunk = chunk.strip(" \t\n,;|·•–-")
        if not chunk or _GLUE.match(chunk) or chunk in buttons:
            continue
        if other_credit_label(chunk):  # "Übersetzt von: <a>John Roe</a>": the translator's
            break
        found = clean_byline(chunk)
        if any(len(name.split()) < 2 for name in found):
            return []
        names.extend(found)
    names = dedupe(names)
    return names if len(names) >= 2 else []
