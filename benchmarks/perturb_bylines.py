"""Write a copy of a benchmark dataset whose printed bylines take other common forms.

Usage::

    .venv/bin/python benchmarks/strip_metadata.py ../shared/benchmarks/fundus-articles /tmp/fundus-visible
    .venv/bin/python benchmarks/perturb_bylines.py /tmp/fundus-visible /tmp/fundus-bylines
    .venv/bin/python benchmarks/extraction.py /tmp/fundus-bylines --systems clippings,trafilatura --split tuning

Why: the byline rules are written from the tuning pages' bylines, a few hundred forms
("By Anna Müller", "Von Anna Müller"); pages in the wild print the same names in many
other ways. Rewriting each tuning page's printed byline into another common form, with
the same names, asks whether the byline reading generalises, without reading the
held-out half. Run it on a metadata-stripped copy so the printed byline is what counts.

A page is rewritten when its split is ``tuning`` (or it has none, as the Zyte set), its
truth names people (each name two to four words, no digit, no "@") and one visible
element's text, outside readers' comments, holds every name and little else, no digit (a
date stays as it is; see
:func:`byline_element`). That element's
content is replaced (its attributes kept) by one form chosen from :data:`FORMS`, seeded by the page id (the same
page gets the same form on every run): a label of the page's language (``<html lang>``;
English ones when the list has none for it) or none, a role after
the name, "A und B" / "A, B and C" / "A & B", a date or time after, capitals by CSS, the
name as a link to ``/autor/slug``, the names in capitals in the text ("By JANE DOE"), each
name with its handle ("Jane Doe (@janedoe)"), a "Mehr von" box (a label, a link or a box only in an
element that opens its line outside any link: no "By More from X", no nested links). The names stay exactly as the truth
spells them. A rewritten page is re-serialised by lxml; every other page (and every
validation page) is copied byte for byte. The truth files are copied as they are.
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
from lxml import etree  # noqa: E402

from benchmarks.datasets import Truth, copy_parser, load_html, load_truth, start_copy, write_page  # noqa: E402

# (label, word for "and", languages): a label before the names, in the languages whose
# pages print it (an Italian "Di" on an English page reads as a surname's "Di"); "" for none.
LABELS = (("By", "and", "en"), ("Written by", "and", "en"), ("Words by", "and", "en"),
          ("Story by", "and", "en"), ("Reporting by", "and", "en"), ("Von", "und", "de"),
          ("Autor:", "und", "de es pt pl cs"), ("Text:", "und", "de"), ("Par", "et", "fr"),
          ("Por", "y", "es pt"), ("Di", "e", "it"), ("Door", "en", "nl"), ("Av", "och", "sv no nb nn"),
          ("Af", "og", "da"), ("", "and", ""))
ROLES = {"de": ("Redakteurin", "Redakteur", "Korrespondent"), "": ("Reporter", "Senior Correspondent", "Staff Writer")}
MORE_FROM = {"de": "Mehr von", "": "More from"}
# "capitals": the names in capitals in the text itself, as US papers' CMSs store a byline ("By JANE
# DOE"; "caps" is the same look by CSS); "handle": each name with its social handle in brackets
# ("Jane Doe (@janedoe)"), as blogs and newsletters print a writer's byline.
FORMS = ("label", "label_date", "label_time", "role", "caps", "link", "more_from", "capitals", "handle")
_SKIP = {"script", "style", "noscript", "head", "title", "template"}
_SLACK = 40  # characters a byline element may hold besides the names


def people(names: list[str]) -> bool:
    """Whether truth names read as people's names (two to four words, no digit or '@')."""
    return bool(names) and all(
        2 <= len(name.split()) <= 4 and not re.search(r"[\d@]", name) for name in names)


def byline_element(root: etree._Element, names: list[str]) -> etree._Element | None:
    """The first visible element whose text holds every name and at most :data:`_SLACK` more
    characters, the innermost such element (or, for a link, the line around it when it holds
    little more: "By <a>Jane Doe</a>"); ``None`` when there is none or it also holds a
    digit (a date beside the names, which the rewrite would lose)."""
    limit = sum(len(name) for name in names) + _SLACK

    def holds(element: etree._Element) -> bool:
        if not isinstance(element.tag, str) or element.tag in _SKIP or _in_comments(element):
            return False
        text = " ".join(element.text_content().split())
        return len(text) <= limit and all(name in text for name in names)

    body = root.find("body")
    found = next((el for el in (body if body is not None else root).iter() if holds(el)), None)
    while found is not None:  # the innermost element that still holds them all
        inner = next((child for child in found if holds(child)), None)
        if inner is None:
            break
        found = inner
    if found is None:
        return None
    # a name link ("By <a>Jane Doe</a>"): the line around it, when it holds little more, is the
    # byline (rewriting the link alone would nest a link in it or print "By By Jane Doe")
    while found.tag == "a" and (parent := found.getparent()) is not None and parent is not body and holds(parent):
        found = parent
    rest = " ".join(found.text_content().split())
    for name in names:
        rest = rest.replace(name, "")
    return None if re.search(r"\d", rest) else found  # a date beside the names is kept


_COMMENTS = re.compile(r"comment", re.IGNORECASE)


def _in_comments(element: etree._Element) -> bool:
    """Whether ``element`` is in readers' comments (a box whose class or id says
    "comment"): a commenter's name there is no byline to rewrite (the writer's own
    reply under the story printed as a "More from" box is a form no page prints)."""
    return any(_COMMENTS.search(f"{node.get('class') or ''} {node.get('id') or ''}")
               for node in (element, *element.iterancestors()))


def slug(name: str) -> str:
    """``"Anna Müller"`` -> ``"anna-muller"``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def joined(names: list[str], word: str, rng: random.Random) -> str:
    """Names as "A", "A und B", "A, B and C" or "A & B"."""
    if len(names) == 1:
        return names[0]
    if rng.random() < 0.3:
        return " & ".join(names)
    return ", ".join(names[:-1]) + f" {word} " + names[-1]


def labels(lang: str) -> list[tuple[str, str]]:
    """The (label, "and") pairs for a page in language ``lang`` (its ``<html lang>``, first
    part): the language's own and none; English ones when the language has none here."""
    own = [(label, word) for label, word, langs in LABELS if lang and lang in langs.split()]
    english = [(label, word) for label, word, langs in LABELS if langs == "en"]
    return (own or english) + [("", "and")]


_BLOCKS = frozenset(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "section",
                     "article", "aside", "main", "td", "dd", "address", "body"])


def lone(element: etree._Element) -> bool:
    """Whether ``element`` opens its line (its block prints nothing before it: no "By")
    and is not inside a link: a rewrite may put a label, a link or a box in it."""
    if element.tag == "a" or any(anc.tag == "a" for anc in element.iterancestors()):
        return False
    block = next((anc for anc in element.iterancestors() if anc.tag in _BLOCKS), None)
    if element.tag in _BLOCKS or block is None:
        return True
    return " ".join(block.text_content().split()).startswith(" ".join(element.text_content().split()))


def fill(element: etree._Element, form: str, names: list[str], published: str | None,
         rng: random.Random, lang: str = "en", labelled: bool = True) -> None:
    """Replace ``element``'s content (its tail kept) by ``names`` printed in ``form``
    (with no label when not ``labelled``)."""
    tail, attrib = element.tail, dict(element.attrib)
    element.clear()  # (the content only: the element keeps its attributes and tail)
    element.tail = tail
    element.attrib.update(attrib)
    label, word = rng.choice(labels(lang))
    prefix = f"{label} " if label and labelled else ""
    if form == "link":
        element.text = prefix
        for i, name in enumerate(names):
            link = etree.SubElement(element, "a", href=f"/autor/{slug(name)}")
            link.text = name
            link.tail = "" if i == len(names) - 1 else (f" {word} " if i == len(names) - 2 else ", ")
        return
    if form == "more_from":
        heading = etree.SubElement(element, "strong")
        heading.text = MORE_FROM.get(lang, MORE_FROM[""])
        heading.tail = " "
        link = etree.SubElement(element, "a", href=f"/autor/{slug(names[0])}")
        link.text = joined(names, word, rng)
        return
    text = prefix + joined(names, word, rng)
    if form == "role" and len(names) == 1:
        text = f"{names[0]}, {rng.choice(ROLES.get(lang, ROLES['']))}"
    elif form == "label_date" and published and re.match(r"\d{4}-\d\d-\d\d", published):
        year, month, day = published[:10].split("-")
        text += f" | {day}.{month}.{year}"
    elif form == "label_time":
        text += f" - {rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"
    elif form == "caps":
        element.set("style", "text-transform: uppercase")
    elif form == "capitals":
        text = prefix + joined([name.upper() for name in names], word, rng)
    elif form == "handle":
        text = prefix + joined([f"{name} (@{slug(name).replace('-', '')})" for name in names], word, rng)
    element.text = text


def perturb_byline(html: str, truth: Truth) -> str | None:
    """``html`` with its printed byline rewritten (see the module text), or ``None`` when
    the page is left as it is (not people, no byline element, not parsable)."""
    if not people(truth.authors) or not html.strip():
        return None
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    element = byline_element(root, truth.authors)
    if element is None:
        return None
    rng = random.Random(hashlib.sha1(truth.id.encode("utf-8")).hexdigest())
    lang = (root.get("lang") or "").strip().lower().replace("_", "-").split("-")[0]
    # an element inside a link or a longer line ("By <span>Jane Doe</span>", "<a>Jane Doe</a> | 5 May"):
    # no link or box in it, and no by-word of its own (the line prints its own)
    alone = lone(element)
    forms = FORMS if alone else tuple(f for f in FORMS if f not in ("link", "more_from"))
    fill(element, rng.choice(forms), truth.authors, truth.published, rng, lang, labelled=alone)
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def main(argv: list[str] | None = None) -> int:
    """Copy ``SOURCE`` to ``TARGET`` with the tuning pages' bylines rewritten."""
    parser = copy_parser(__doc__, "a benchmark dataset directory (metadata stripped)")
    args = parser.parse_args(argv)
    kind, truths = load_truth(args.source)
    if not start_copy(args.source, args.target):
        return 2
    rewritten = 0
    for truth in truths:
        perturbed = None
        if truth.split in (None, "tuning"):
            perturbed = perturb_byline(load_html(args.source / truth.file), truth)
        if perturbed is None:  # copied byte for byte (validation pages are never read)
            (args.target / truth.file).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(args.source / truth.file, args.target / truth.file)
        else:
            rewritten += 1
            write_page(args.target, truth, perturbed)
    print(f"{kind}: {rewritten} of {len(truths)} pages' bylines rewritten into {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
