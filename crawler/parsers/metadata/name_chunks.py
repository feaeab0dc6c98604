"""Names read from an element's joined text, cut where the page ends them.

A byline box read as one text runs on into the next element's words: "Von
<b>Jule Radeck</b> <time>Vom 3. Februar</time>" reads "Von Jule Radeck Vom 3.
Februar", and the name finder keeps "Jule Radeck Vom"; "<a>Holger Zschäpitz</a>
<div>Leitender Wirtschaftsredakteur</div>" gives "Holger Zschäpitz Leitender";
"<a>Jane Doe</a> <a>View author archive</a>" gives "Jane Doe View". The element
boundary is where the page ends the name: a name that runs past the end of the
text node it starts in, after two or more words, is cut there. The names read
after the cut come after the byline's end (a place line, "Kakuma / Kenia") and
go too, unless the rest is a name printed whole in the next element, with no
separator: a co-author ("<a>Jane Doe</a><a>John Roe</a>"). A name split by markup inside its first two words ("<b>Jane</b> Doe")
is kept as read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from itertools import islice
from typing import Any

from lxml import etree

from crawler.parsers.metadata.authors import (
    TITLE_CASE_AGENCIES,
    clean_byline,
    dedupe,
    is_role_word,
    letters_key,
)
from crawler.parsers.metadata.given_names import opens_with_given_name
from crawler.parsers.metadata.walk import AUTHOR_HINT, attrs_of, text_of

__all__ = ["TITLE_CASE_AGENCIES", "cut_at_chunks", "marked_writers", "name_elements", "peer_writers", "without_unlinked_place"]

_MAX_CHUNKS = 40
_MAX_PIECES = 200
_MAX_SECOND_WORDS = 3
_MAX_CHUNK = 300
_EDGE = " \t\n,;:|·•–—-/()"
# A social handle printed after the name in its text node ("Jane Doe (@janedoe)",
# "Jane Doe @janedoe"): the name's text ends before it. (No run of spaces in the
# pattern: quantified before the "@", it backtracked over every start in such a run.)
_HANDLE = re.compile(r"\(?(?<!\w)@\w+\)?")


def cut_at_chunks(el: Any, names: list[str]) -> list[str]:
    """``names`` (read from ``el``'s joined text), each one that runs on past the
    end of its own text node cut there, and the names after it dropped. A name
    printed in marked parts ("<span class=given-name>Mary Ann</span> <span
    class=family-name>Smith</span>") is not cut."""
    chunks = _chunks(el)
    if len(chunks) < 2 or _has_name_parts(el):
        return names
    kept: list[str] = []
    links = _link_texts(el)

    def alike(first: str, second: str) -> bool:
        return _pieces_alike(el, first, second)

    def apart(first: str, second: str) -> bool:
        return _blocks_apart(el, first, second)

    for name in names:
        cut = _cut(name, chunks, links, alike, apart)
        if cut is None:
            kept.append(_without_job(name, chunks, links, _job_texts(el)))
            continue
        head, rest, whole_chunk = cut
        kept.append(head)
        # three writers or more, each a text node of its own ("<a>Jane Doe</a><a>John
        # Roe</a><a>Max Mustermann</a>"): the rest is cut again, a whole name at a time
        while not whole_chunk and (more := _cut(rest, chunks, links, alike, apart)) is not None \
                and more[0].casefold() in chunks and _second_name(more[0]):
            kept.append(more[0])
            rest, whole_chunk = more[1], more[2]
        if not (whole_chunk and _second_name(rest)):
            break
        kept.append(rest)
    return kept


def _second_name(text: str) -> bool:
    """Two or three capitalised words that read as a name on their own: a
    co-author printed in the next element with no separator ("<a>Jane
    Doe</a><a>John Roe</a>"), not a job ("Mitglied der Redaktion")."""
    words = text.split()
    return (2 <= len(words) <= _MAX_SECOND_WORDS and all(w[:1].isupper() for w in words)
            and clean_byline(text) == [text])


def _without_handles(text: str) -> str:
    """``text`` without its social handles (:data:`_HANDLE`) and the spaces before each.

    >>> _without_handles("Jane Doe (@janedoe), x@y.com")
    'Jane Doe, x@y.com'
    """
    if "@" not in text:
        return text
    parts: list[str] = []
    last = 0
    for m in _HANDLE.finditer(text):
        parts.append(text[last:m.start()].rstrip())
        last = m.end()
    return "".join(parts) + text[last:]

def _chunks(el: Any) -> list[str]:
    """The element's first text nodes, whitespace collapsed, case folded (the
    names are read from the start of the text: the rest may stay unread)."""
    chunks: list[str] = []
    for n, piece in enumerate(el.itertext()):
        if n >= _MAX_PIECES or len(chunks) >= _MAX_CHUNKS:
            break
        text = " ".join(_without_handles(piece[:_MAX_CHUNK]).split()).strip(_EDGE).casefold()
        if text:
            chunks.append(text)
    return chunks


def _without_job(name: str, chunks: list[str], links: frozenset[str] = frozenset(),
                 jobs: frozenset[str] = frozenset()) -> str:
    """A one-word credit printed in its own element with the job in the next
    ("<a>SID</a><span>Nachrichtenagentur</span>"): the credit alone, when it is
    an agency's code (in capitals, "SID", or lower case, "dpa") or the next
    element is marked as a job. A given name and a surname that is also a role
    word ("<span>Amy</span> <span>Head</span>", "Natalie Leiter") stay whole, as
    does a name that is a link's whole text (the writer's page). (A job after a
    name of two words or more is cut by the name finder already.)"""
    first, _, rest = name.partition(" ")
    if not rest:
        return name
    folded_first, folded_rest = first.casefold(), rest.casefold()
    if name.casefold() in links or not (_code(first) or folded_rest in jobs):
        return name
    for i, chunk in enumerate(chunks[:-1]):
        if chunk == folded_first and chunks[i + 1] == folded_rest:
            return first if all(is_role_word(w) for w in rest.split()) else name
    return name


def _code(word: str) -> bool:
    """An agency's short code: "SID", "AFP", "dpa" (not a title-case given name)."""
    return len(word) >= 2 and (word.isupper() or word.islower())


# An element marked as a writer's job ("author-function", "byline__role",
# "job-title", "position", "funktion").
_JOB_CLASS = re.compile(r"role|job|position|title|funktion|function", re.I)


def _job_texts(el: Any) -> frozenset[str]:
    """The case-folded texts of the elements in ``el`` marked as a job."""
    found: set[str] = set()
    for n, node in enumerate(el.iter()):
        if n >= _MAX_PIECES:
            break
        if isinstance(node.tag, str) and _JOB_CLASS.search(node.get("class") or ""):
            found.add(" ".join(text_of(node, _MAX_CHUNK, " ").split()).strip(_EDGE).casefold())
    return frozenset(found)


def _cut(name: str, chunks: list[str], links: frozenset[str] = frozenset(),
         alike: Callable[[str, str], bool] = lambda first, second: False,
         apart: Callable[[str, str], bool] = lambda first, second: False) -> tuple[str, str, bool] | None:
    """The part of ``name`` that ends a text node and the rest, which starts the
    next one (and whether the rest is that whole text node); None when the name
    sits in one text node or the markup says nothing. A lone last name is read
    on unless the part before it is a whole link's text (``links``): the link
    to the writer's page holds the whole name; or unless it ends in a surname
    opened by a particle, where the two pieces are not printed ``alike``; or
    unless the two pieces stand in blocks ``apart`` (a hover card's "Close"
    button after "<div class=author>Jane Doe</div>")."""
    words = name.split()
    if len(words) < 3:
        return None
    folded = [w.casefold() for w in words]
    whole = " ".join(folded)
    if any(whole in chunk for chunk in chunks):
        return None
    for i, chunk in enumerate(chunks[:-1]):
        # (the next node's first word without the comma after it: "<a>Jane Doe</a> <a>Mi, 18. Okt.</a>")
        nxt = chunks[i + 1].split(maxsplit=1)[0].rstrip(",;:")
        for k in range(len(words) - 1, 1, -1):
            head = " ".join(folded[:k])
            if nxt == folded[k] and (chunk == head or chunk.endswith(" " + head)):
                if _SUFFIX.match(" ".join(folded[k:])) or (
                        chunk not in links and not (_particle_ended(words[:k]) and not alike(chunk, chunks[i + 1]))
                        and _last_name(words[k:], chunks[i + 1]) and not apart(chunk, chunks[i + 1])):
                    return None
                return " ".join(words[:k]), " ".join(words[k:]), chunks[i + 1] == " ".join(folded[k:])
    return None


# A name's suffix printed after the linked name ("<a>Martin Luther King</a> Jr."):
# part of the name.
_SUFFIX = re.compile(r"^(?:jr|sr|jun|sen)\.?$|^(?:ii|iii|iv)$")
# The parts of a name marked as such (hCard's "given-name" / "family-name",
# themes' "first-name" / "last-name", "surname").
_NAME_PART = re.compile(r"(?:^|\s)(?:given|family|additional|first|last|sur)[-_]?name(?:$|\s)", re.I)


def _particle_ended(head: list[str]) -> bool:
    """Whether the name read so far ends in a surname opened by a lower-case
    particle ("Emilio de Benito", "Anna van Dijk"): a whole name, so a lone
    capitalised word printed in the next element is no more of it (the place
    line, "<span>Madrid</span>")."""
    return len(head) >= 3 and head[-2] in _PARTICLES and head[-1][:1].isupper()


def _pieces_alike(el: Any, first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` (case-folded text nodes of ``el``) are the
    whole texts of two sibling elements of the same tag and class: one name
    printed in pieces ("<b>Juan de Dios</b> <b>Pérez</b>"), not a name and the
    next line ("<span class=autor>...</span> <span class=data>Madrid</span>")."""
    found: dict[str, Any] = {}
    for n, node in enumerate(el.iter()):
        if n >= _MAX_PIECES:
            break
        if isinstance(node.tag, str) and not len(node) and node is not el:
            text = " ".join(_without_handles((node.text or "")[:_MAX_CHUNK]).split()).strip(_EDGE).casefold()
            if text in (first, second) and text not in found:
                found[text] = node
    a, b = found.get(first), found.get(second)
    return (a is not None and b is not None and a is not b and a.getparent() is b.getparent()
            and a.tag == b.tag and a.get("class") == b.get("class"))


# The elements that make a block of their own: a name's pieces printed apart ("<b>Mary
# Ann</b> <b>Smith</b>") share one; a hover card's button after the name's element does not.
_BLOCK_TAGS = frozenset(["div", "p", "li", "ul", "ol", "dl", "dd", "dt", "section", "article", "aside", "header",
                         "footer", "nav", "figure", "figcaption", "td", "th", "tr", "table", "address", "form",
                         "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"])


def _blocks_apart(el: Any, first: str, second: str) -> bool:
    """Whether the text nodes ``first`` and then ``second`` (case folded, as
    :func:`_chunks` reads them) stand in different blocks inside ``el``: the
    nearest block element holding each differs, and the second's is no block
    holding the first."""
    found: list[Any] = []
    for n, node in enumerate(el.iter()):
        if n >= _MAX_PIECES or len(found) == 2:
            break
        if not isinstance(node.tag, str):
            continue
        for piece, holder in ((node.text, node), (node.tail, node.getparent() if node is not el else None)):
            text = " ".join(_without_handles((piece or "")[:_MAX_CHUNK]).split()).strip(_EDGE).casefold()
            if holder is not None and text == (second if found else first):
                found.append(holder)
    if len(found) < 2:
        return False
    a, b = _block_of(found[0], el), _block_of(found[1], el)
    return a is not b and b not in found[0].iterancestors()


def _block_of(node: Any, el: Any) -> Any:
    """The nearest block element holding ``node`` (itself or an ancestor), at most ``el``."""
    for anc in itertools.chain((node,), node.iterancestors()):
        if anc is el or anc.tag in _BLOCK_TAGS:
            return anc
    return el


_PARTICLES = frozenset(["de", "del", "della", "di", "da", "van", "von", "der", "den", "du", "des", "ter", "ten", "dos"])


def _last_name(rest: list[str], nxt: str) -> bool:
    """The rest is one capitalised word, the whole next text node, and no job or
    desk word: a last name printed apart ("<b>Mary Ann</b> <b>Smith</b>"), not
    the start of the next line ("Vom 3. Februar", "Leitender Redakteur")."""
    return (len(rest) == 1 and rest[0][:1].isupper() and nxt == rest[0].casefold()
            and not is_role_word(rest[0]) and nxt not in _TITLE_CASE_AGENCIES)


def _link_texts(el: Any) -> frozenset[str]:
    """The case-folded texts of the first links in ``el``."""
    return frozenset(" ".join(text_of(a, _MAX_CHUNK, " ").split()).strip(_EDGE).casefold()
                     for a in islice(el.iter("a"), _MAX_LINKS))


def _has_name_parts(el: Any) -> bool:
    """Whether ``el`` is or holds an element marked as a part of a name."""
    for n, node in enumerate(el.iter()):
        if n >= _MAX_PIECES:
            return False
        if isinstance(node.tag, str) and _NAME_PART.search(node.get("class") or ""):
            return True
    return False


# Wire agencies printed in title case (authors.TITLE_CASE_AGENCIES; a dateline's wire in
# brackets is read by them too).
_TITLE_CASE_AGENCIES = TITLE_CASE_AGENCIES
_MAX_LINKS = 10


def without_unlinked_place(el: Any, names: list[str]) -> list[str]:
    """``names`` without a place printed after the linked writers: in "Von <a
    href=/autor/x>Jane Doe</a>, Zürich" the writers are linked to their pages
    and the one title-case word after them, unlinked, is where the story was
    written. (Printed in one text, a German or French byline's seat goes too:
    :func:`.authors.clean_byline`.)"""
    if len(names) < 2:
        return names
    last = names[-1]
    if " " in last or not last.istitle() or last.casefold() in _TITLE_CASE_AGENCIES:
        return names
    linked = {text_of(a, 120, " ").casefold() for a in islice(el.iter("a"), _MAX_LINKS)}
    if last.casefold() in linked or not all(n.casefold() in linked for n in names[:-1]):
        return names
    return names[:-1]


# Each writer's own name element in an author box ("author__name",
# "author-name", "byline__name"): the box also prints each writer's job beside
# the name ("Journalist i Paris") and a screen reader's label inside it.
_NAME_CLASS = re.compile(r"(?:author|autor|byline)(?:__|[-_])?name", re.I)
_MAX_NAME_WALK = 200


def name_elements(el: Any) -> list[str]:
    """The writers of a box that lists two or more in their own name elements,
    each read from the first text printed in it ("Jane Doe" of "<a
    class=author__name>Jane Doe <span class=sr-only>– Journalist</span></a>");
    [] unless each gives a full name (two words or more)."""
    boxes: list[Any] = []
    for n, node in enumerate(el.iterdescendants()):
        if n >= _MAX_NAME_WALK:
            return []
        if (isinstance(node.tag, str) and _NAME_CLASS.search(node.get("class") or "")
                and not _inside(node, el, boxes)):
            boxes.append(node)
    if len(boxes) < 2:
        return []
    names: list[str] = []
    for box in boxes[:_MAX_LINKS]:
        first = next((c for c in _chunks(box)), "")
        found = clean_byline(_original_case(box, first)) if first else []
        if len(found) != 1 or len(found[0].split()) < 2:
            return []
        names.extend(found)
    return names


def _inside(node: Any, box: Any, found: list[Any]) -> bool:
    """Whether ``node`` sits in one of the name elements ``found`` (below ``box``)."""
    for anc in node.iterancestors():
        if anc is box:
            return False
        if anc in found:
            return True
    return False


def _original_case(box: Any, folded: str) -> str:
    """The text node of ``box`` that reads ``folded`` once case folded, as printed."""
    for piece in box.itertext():
        text = " ".join(piece.split()).strip(_EDGE)
        if text.casefold() == folded:
            return text
    return folded


_MAX_MARKED = 10


def marked_writers(el: Any, names: list[str]) -> list[str]:
    """The writers of a byline box whose elements are each marked as one writer's
    (``rel=author`` or ``itemprop=author`` on any element, the profile card's
    name: "<div rel=author>By Jane Doe</div><div class=overlay><a>Close</a><a>Follow
    on Twitter</a></div><div rel=author>John Roe</div>"), where the box read as one
    text ran the first name on into a hover card's buttons ("Jane Doe Close") or
    stopped at it. ``names`` unchanged unless each marked element reads as exactly
    one name and the first opens the box's reading (a marked element elsewhere in
    the box, a quoted author's, is not the byline's). Without such marks, two or more
    elements of one tag sharing an author class word ("<div class='author
    has-bio'>") are the writers' elements, when each opens with the same words, none
    credits a fact-checker, a reviewer or a photographer (:data:`_NOT_WRITING`) and
    each after the first opens with a given name (a place's or a job's line in such
    an element, "<div class=byline-part>Fort Worth, Texas</div>", names no writer).
    The writers end at a marked element that another credit's words come before
    ("Medically reviewed by", "Edited by": :func:`_credited_apart`), and a mark inside
    another item of the box ("<div itemscope itemtype=Book>… <span itemprop=author>")
    is that item's author."""
    marked: list[Any] = []
    classed: list[Any] = []
    for n, node in enumerate(el.iterdescendants()):
        if n >= _MAX_PEER_WALK * 4 or len(marked) > _MAX_MARKED or len(classed) > 2 * _MAX_MARKED:
            return names
        if not isinstance(node.tag, str):
            continue
        if "author" in (node.get("rel"), node.get("itemprop")) and not _inside(node, el, marked):
            if not _in_other_item(node, el):
                marked.append(node)
        elif _same_author_class(node, None):
            classed.append(node)
    by_class = not marked
    marked = _credited_apart(el, marked or _classed_group(el, classed))
    if not marked or not names:
        return names
    found: list[str] = []
    leads: list[str] = []
    for node in marked:
        text = text_of(node, 200, " ")
        got = clean_byline(text)
        if len(got) != 1 or (by_class and (got[0] not in text or _NOT_WRITING.search(text))):
            return names
        leads.append(text[:text.index(got[0])].strip(_EDGE).casefold() if got[0] in text else "")
        found.append(got[0])
    if by_class and (not set(leads[1:]) <= {"", leads[0]}  # "Von: X" and "Übersetzt von: Y": another credit
                     or not all(opens_with_given_name(name) for name in found[1:])):
        return names
    found = dedupe(found)
    if letters_key(names[0]).startswith(letters_key(found[0])) and found != names:
        return found
    return names


def _in_other_item(node: Any, el: Any) -> bool:
    """Whether ``node`` sits in an item of its own below ``el`` (an ``itemscope``
    between them: a reviewed book's, a quoted post's), whose author it marks."""
    for anc in islice(node.iterancestors(), _MAX_PEER_WALK):
        if anc is el:
            return False
        if anc.get("itemscope") is not None:
            return True
    return False


# Another credit's words before a name in a byline box, leading into it with a by-word
# or a colon: an editor's, a translator's, a reviewer's as well as :data:`_NOT_WRITING`'s
# fact-checkers and photographers ("Edited by", "Updated by", "Translated by", "Übersetzt
# von:", "Medically reviewed by", "Her review of <i>It</i> by", "Photos:"); a bio's
# sentence before the next writer ("She is an editor.") leads into no name.
_OTHER_CREDIT = re.compile(r"\b(?:edit(?:ed|ing|or)|updated|translat\w*|übersetz\w*|bearbeitet|redigiert|"
                           r"traduc\w*|tradotto|review\w*|rezension\w*)\b", re.I)
_LEADS_IN = re.compile(r"(?:\b(?:by|von|par|por|door|av)\s*|:\s*)$", re.I)
_BY_WORD = re.compile(r"\b(?:by|von|par|por|door|av)\b|:", re.I)
_MAX_GAP = 60


def _credited_apart(el: Any, marked: list[Any]) -> list[Any]:
    """The elements of ``marked`` before the first that another credit's words
    (:data:`_OTHER_CREDIT`, :data:`_NOT_WRITING`) lead into: the box's text just
    before it, or its own text up to its last by-word."""
    buf: list[str] = []
    kept = 0
    for n, (event, node) in enumerate(etree.iterwalk(el, events=("start", "end"))):
        if n >= 4 * _MAX_PIECES or kept == len(marked):
            break
        if event == "start" and node is marked[kept]:
            own = text_of(node, 200, " ")
            bys = list(islice(_BY_WORD.finditer(own), 8))
            leads = [" ".join(" ".join(buf)[-_MAX_GAP:].split())] if _LEADS_IN.search(" ".join(buf)) else []
            leads += [own[:bys[-1].end()]] if bys else []
            if any(_OTHER_CREDIT.search(lead) or _NOT_WRITING.search(lead) for lead in leads):
                break
            kept, buf = kept + 1, []
        elif event == "start" and isinstance(node.tag, str) and node.text:
            buf.append(node.text)
        elif event == "end" and node is not el and node.tail:
            buf.append(node.tail)
    return marked[:kept]


def _classed_group(el: Any, classed: list[Any]) -> list[Any]:
    """The first two or more elements of ``classed`` (in document order) of one tag
    sharing an author class word, none inside another (:func:`_same_author_class`)."""
    for first in classed:
        group = [first]
        for node in classed:
            if node is not first and _same_author_class(node, first) and not _inside(node, el, group) \
                    and first not in node.iterancestors():
                group.append(node)
        if len(group) >= 2:
            return group
    return []


def _same_author_class(node: Any, first: Any) -> bool:
    """Whether ``node``'s class holds an author class word (:data:`AUTHOR_HINT`) that
    ``first``'s class holds too, on the same tag (any such word when ``first`` is None)."""
    words = {w for w in (node.get("class") or "").split() if AUTHOR_HINT.search(w)}
    if first is None:
        return bool(words)
    return node.tag == first.tag and bool(words & set((first.get("class") or "").split()))


_MAX_PEER_WALK = 60
_MAX_PEERS = 10


# The role on a card after the name that is not the writer's: a fact-checker, a
# reviewer, a photographer, an illustrator ("John Roe Fact checker", "Tim Berg
# Fotograf", "Fotos"), in English and German (review 20).
_NOT_WRITING = re.compile(r"\b(?:fact|checker|fact-checker|faktencheck\w*|fakten-check\w*|faktenprüf\w*|"
                          r"reviewed|reviewer|photo\w*|foto\w*|bilder|illustrat\w*)\b", re.I)


def peer_writers(el: Any, names: list[str]) -> list[str]:
    """The writers of a byline that prints each in an element of its own, the
    elements alike and marked as an author's ("<div class=author><a>Jane
    Doe</a><span>News Reporter</span></div><div class=author>..."; newsroom
    templates print a card per writer), where the byline read as one text gave
    the first name alone (a job after it ended the reading) or the names run
    together ("Ingrid Treborg Marlene Lundberg Holm"). ``names`` unchanged
    unless the first card's name opens them and every card gives a name after
    the same words (a translator's card, "Übersetzt von: X", is no writer's).
    The byline may be read inside the first card (a blog engine's author row:
    "<div class=row><div class=author-col><div class=avatar>..<div
    class=avatar__intro>Jane Doe <small>Maintainer</small></div></div></div><div
    class=author-col>.."): the cards are then an ancestor's peers, a few levels up."""
    got = _peer_writers_below(el, names)
    node = el
    for _ in range(_CARD_LEVELS):
        parent = node.getparent()
        if got is not names or parent is None or parent.tag in _CARD_STOPS:
            break
        key = (node.tag, node.get("class"))
        if node.get("class") and any((c.tag, c.get("class")) == key for c in islice(node.itersiblings(), _MAX_PEERS)):
            return _peer_writers_below(parent, names)
        node = parent
    return got


def _card_name(card: Any, got: list[str]) -> list[str]:
    """A card's reading with its first name cut at the card's first text when the
    reading ran on into the job printed after the name ("Jane Doe Maintainer of X"
    read as "Jane Doe Maintainer"): only a full name (two words or more) printed as
    a link of its own, the profile link; a given name and a family name printed
    apart ("<span>Ingrid</span> <span>Treborg</span>") are one name."""
    link = next((a for a in islice(card.iter("a"), _MAX_PEERS) if text_of(a, 200, " ")), None)
    first = text_of(link, 200, " ") if link is not None else ""
    if (got and len(first.split()) >= 2 and got[0] != first and got[0].startswith(first + " ")
            and clean_byline(first) == [first]):
        return [first, *got[1:]]
    return got


_CARD_LEVELS = 3  # how far above the byline the row of writers' cards is looked for
_CARD_STOPS = frozenset(["body", "html", "article", "main", "header"])


def _peer_writers_below(el: Any, names: list[str]) -> list[str]:
    """:func:`peer_writers` for the cards among ``el``'s descendants."""
    for node in islice(el.iterdescendants(), _MAX_PEER_WALK):
        parent = node.getparent()
        if not isinstance(node.tag, str) or not node.get("class") or parent is None:
            continue
        key = (node.tag, node.get("class"))
        peers = [c for c in islice(parent, 4 * _MAX_PEERS) if (c.tag, c.get("class")) == key]
        if len(peers) < 2 or peers[0] is not node:
            continue
        if not any(AUTHOR_HINT.search(attrs_of(x)) for x in islice(node.iter(), 10)):
            return names  # the first repeated element is no author card
        found: list[str] = []
        leads: set[str] = set()
        for peer in peers[:_MAX_PEERS]:
            text = text_of(peer, 200, " ")
            got = _card_name(peer, clean_byline(text))
            if not got or got[0] not in text:
                return names
            leads.add(text[:text.index(got[0])].strip(_EDGE).casefold())
            if not _NOT_WRITING.search(text[text.index(got[0]) + len(got[0]):]):
                found.append(got[0])  # (a fact-checker's or photographer's card is no writer's)
        if len(leads) > 1:  # "Von: Jane Doe" and "Übersetzt von: John Roe": another credit
            return names
        found = dedupe(found)
        if len(found) >= 2 and letters_key(names[0]).startswith(letters_key(found[0])):
            return found
        return names
    return names
