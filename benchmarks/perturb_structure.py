"""Write a copy of a benchmark dataset whose pages have another structure, same text.

Usage::

    .venv/bin/python benchmarks/perturb_structure.py ../shared/benchmarks/trafilatura-eval-dev /tmp/dev-flat --variant tags
    .venv/bin/python benchmarks/extraction.py /tmp/dev-flat --systems clippings,trafilatura --split tuning

Why: the finders were tuned on pages whose markup is mostly modern (``<article>``,
``<h1>``, ``<time>``, a run of ``<p>`` in one box). The class and id names can be made
meaningless (``perturb_names.py``) and the metadata stripped (``strip_metadata.py``), but
pages in the wild also differ in shape: an old template has a table layout and
``<font>`` tags, a small CMS writes paragraphs as ``<br><br>`` in one box, a page
builder nests the story in many wrappers, an ad network cuts it into sibling blocks.
Rewriting the tuning pages' structure while keeping their visible text (so the truth
stays valid) tests the rules that lean on the structure without reading the held-out
half. Each variant is one kind of rewrite (``--variant``):

``reparse``
    the page parsed by lxml and written again, nothing else: the control, since every
    other variant is written the same way (markup quirks are normalised by libxml2);
``tags``
    the semantic tags become plain ones: ``article``, ``main``, ``section``, ``header``,
    ``footer``, ``nav``, ``aside``, ``figure``, ``figcaption`` become ``div``, ``time``
    becomes ``span`` (its ``datetime`` dropped), ``h1``-``h6`` become a ``div`` whose
    inline style still prints it large and bold (a reader still sees the headline);
``paragraphs``
    each run of two or more sibling ``<p>`` becomes one ``<div>`` whose paragraphs are
    separated by ``<br><br>``;
``wrappers``
    the body box (the element with the most text of its own and of its ``<p>``
    children) gets its content nested in 3 to 6 more ``<div>``;
``table``
    the page's body laid out in a one-cell ``<table>`` and the body box's content in a
    ``<table><tr><td><font>``, each paragraph's content in a ``<font>``;
``ads``
    the body box's children cut into 2 to 4 sibling ``<div>`` blocks with an ad slot
    (no text: a ``div`` holding an ad script) between each two;
``all``
    all of the above on one page.

Choices that vary (the depth, the number of blocks) are drawn from a generator seeded
by the page id, so a copy is the same every time. The truth files and the split (by
page id) are copied as they are. After rewriting, each page's visible text (outside
``script`` and ``style``, whitespace aside) is compared with the original's; a page
whose text would change (libxml2 re-reads some broken markup in another order) is
copied unperturbed and named, so every copy's truth stays valid.
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
from lxml import etree  # noqa: E402

from benchmarks.datasets import copy_parser, load_html, load_truth, start_copy, write_page  # noqa: E402

_PLAIN = {name: "div" for name in ("article", "main", "section", "header", "footer", "nav",
                                   "aside", "figure", "figcaption")} | {"time": "span"}
_HEADING_SIZE = {"h1": "2em", "h2": "1.5em", "h3": "1.17em", "h4": "1em", "h5": ".83em", "h6": ".67em"}
_HIDDEN = ("script", "style", "noscript", "template")
_PARSER = lxml.html.HTMLParser(encoding="utf-8")
Box: TypeAlias = "lxml.html.HtmlElement | None"


def parse(html: str) -> lxml.html.HtmlElement | None:
    """The page's root element, or ``None`` when lxml finds no document in it."""
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def serialise(root: lxml.html.HtmlElement) -> str:
    """The page written again, with its doctype when it had one."""
    doctype = root.getroottree().docinfo.doctype
    return lxml.html.tostring(root, encoding="unicode", doctype=doctype or None)


def visible_text(root: lxml.html.HtmlElement) -> str:
    """The page's text outside ``script``, ``style``..., every whitespace removed.

    >>> visible_text(parse("<p>A <b>b</b><script>x()</script> c</p>"))
    'Abc'
    """
    parts = []
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag not in _HIDDEN and element.text:
            parts.append(element.text)
        if element is not root and element.tail:
            parts.append(element.tail)
    return "".join("".join(parts).split())


def _own_text(element: lxml.html.HtmlElement) -> int:
    """Characters of ``element``'s own text, its tails and its direct ``<p>`` children."""
    size = len((element.text or "").strip())
    for child in element:
        size += len((child.tail or "").strip())
        if child.tag == "p":
            size += len(child.text_content().strip())
    return size


def body_box(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element holding the most text of its own and of its ``<p>`` children: where
    the story is on most pages (``None`` when the page has no such text)."""
    body = root.find("body")
    if body is None:
        return None
    best, best_size = None, 0
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _HIDDEN or element.tag == "p":
            continue
        size = _own_text(element)
        if size > best_size:
            best, best_size = element, size
    return best


def _append_text(element: lxml.html.HtmlElement, text: str | None) -> None:
    """Add ``text`` at the end of ``element``'s content."""
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _move_content(source: lxml.html.HtmlElement, target: lxml.html.HtmlElement) -> None:
    """Move ``source``'s text and children to the end of ``target``."""
    _append_text(target, source.text)
    source.text = None
    for child in list(source):
        target.append(child)  # moves the child, its tail with it


def plain_tags(root: lxml.html.HtmlElement, box: Box, rng: random.Random) -> int:
    """Semantic tags made plain (:data:`_PLAIN`, headings as styled ``div``); the count."""
    changed = 0
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if element.tag in _PLAIN:
            element.tag = _PLAIN[element.tag]
            for name in ("datetime", "pubdate"):
                element.attrib.pop(name, None)
            changed += 1
        elif element.tag in _HEADING_SIZE:
            size = _HEADING_SIZE[element.tag]
            element.tag = "div"
            element.set("style", f"font-size:{size};font-weight:bold;margin:.5em 0")
            changed += 1
    return changed


def _paragraph_runs(parent: lxml.html.HtmlElement) -> list[list[lxml.html.HtmlElement]]:
    """The runs of two or more ``<p>`` children of ``parent`` with only space between."""
    runs: list[list[lxml.html.HtmlElement]] = []
    run: list[lxml.html.HtmlElement] = []
    for child in parent:
        if child.tag == "p":
            run.append(child)
            if (child.tail or "").strip():
                runs.append(run)
                run = []
            continue
        runs.append(run)
        run = []
    runs.append(run)
    return [run for run in runs if len(run) >= 2]


def br_paragraphs(root: lxml.html.HtmlElement, box: Box, rng: random.Random) -> int:
    """Each run of sibling ``<p>`` made one ``<div>`` split by ``<br><br>``; the count."""
    parents = {p.getparent() for p in root.iter("p") if p.getparent() is not None}
    changed = 0
    for parent in parents:
        for run in _paragraph_runs(parent):
            div = lxml.html.Element("div")
            run[0].addprevious(div)
            for number, paragraph in enumerate(run):
                if number:
                    div.append(lxml.html.Element("br"))
                    div.append(lxml.html.Element("br"))
                _move_content(paragraph, div)
                div.tail = paragraph.tail
                parent.remove(paragraph)
            changed += 1
    return changed


def _wrap_content(box: lxml.html.HtmlElement, wrapper: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """``box``'s whole content moved into ``wrapper``, which becomes its only child."""
    _move_content(box, wrapper)
    box.append(wrapper)
    return wrapper


def wrappers(root: lxml.html.HtmlElement, box: Box, rng: random.Random) -> int:
    """The body box's content nested 3 to 6 ``<div>`` deeper; the depth added."""
    if box is None:
        return 0
    depth = rng.randint(3, 6)
    inner = box
    for _ in range(depth):
        inner = _wrap_content(inner, lxml.html.Element("div"))
    return depth


def _cell(attributes: dict[str, str]) -> tuple[lxml.html.HtmlElement, lxml.html.HtmlElement]:
    """A one-cell layout table and its cell."""
    table = lxml.html.Element("table", width="100%", border="0", cellpadding="0", cellspacing="0")
    row = etree.SubElement(etree.SubElement(table, "tbody"), "tr")
    return table, etree.SubElement(row, "td", attributes)


def table_layout(root: lxml.html.HtmlElement, box: Box, rng: random.Random) -> int:
    """The page and its body box laid out in tables, ``<font>`` around the text; 1 when done."""
    body = root.find("body")
    if box is None or body is None:
        return 0
    for paragraph in box.iter("p"):
        font = lxml.html.Element("font", size="2")
        _move_content(paragraph, font)
        paragraph.append(font)
    table, cell = _cell({"valign": "top"})
    font = etree.SubElement(cell, "font", face="Verdana, Arial, Helvetica", size="2")
    _move_content(box, font)
    box.append(table)
    if box is not body:
        table, cell = _cell({"align": "center", "valign": "top"})
        _move_content(body, cell)
        body.append(table)
    return 1


def _ad_slot(number: int) -> lxml.html.HtmlElement:
    """An ad slot as an ad network writes it: a box holding a script, no text."""
    slot = lxml.html.Element("div", id=f"div-gpt-ad-{number}", style="min-height:250px")
    script = etree.SubElement(slot, "script")
    script.text = f"googletag.cmd.push(function(){{googletag.display('div-gpt-ad-{number}');}});"
    return slot


def ad_blocks(root: lxml.html.HtmlElement, box: Box, rng: random.Random) -> int:
    """The body box's children cut into 2 to 4 sibling blocks with an ad slot between
    each two; the number of blocks (0 when the box has fewer than 4 children)."""
    if box is None or len(box) < 4:
        return 0
    children = list(box)
    count = min(rng.randint(2, 4), len(children) // 2)
    cuts = sorted(rng.sample(range(1, len(children)), count - 1))
    blocks = [lxml.html.Element("div") for _ in range(count)]
    blocks[0].text, box.text = box.text, None
    for block, (start, end) in zip(blocks, zip([0, *cuts], [*cuts, len(children)], strict=True), strict=True):
        for child in children[start:end]:
            block.append(child)
    for number, block in enumerate(blocks):
        if number:
            box.append(_ad_slot(number))
        box.append(block)
    return count


Perturbation = Callable[[lxml.html.HtmlElement, Box, random.Random], int]
# In the order ``all`` applies them, to the body box found once before any (the box keeps
# its place while its content is cut into blocks, laid out in a table and wrapped).
VARIANTS: dict[str, tuple[Perturbation, ...]] = {
    "reparse": (),
    "tags": (plain_tags,),
    "paragraphs": (br_paragraphs,),
    "wrappers": (wrappers,),
    "table": (table_layout,),
    "ads": (ad_blocks,),
}
VARIANTS["all"] = (ad_blocks, table_layout, wrappers, br_paragraphs, plain_tags)


def seeded(page_id: str) -> random.Random:
    """The page's own random generator: the same copy every time."""
    return random.Random(hashlib.sha1(page_id.encode("utf-8")).hexdigest())


def perturb_structure(html: str, variant: str, page_id: str) -> tuple[str, Counter[str]]:
    """``html`` rewritten by ``variant`` and the count of changes by perturbation
    (``html`` itself when lxml finds no document in it or cannot join its text)."""
    root = parse(html)
    counts: Counter[str] = Counter()
    if root is None:
        return html, counts
    rng, box = seeded(page_id), body_box(root)
    try:
        for perturbation in VARIANTS[variant]:
            counts[perturbation.__name__] += perturbation(root, box, rng)
    except ValueError:  # lxml refuses to join a text holding a control character
        return html, Counter()
    return serialise(root), counts


def main(argv: list[str] | None = None) -> int:
    """Copy ``SOURCE`` to ``TARGET`` with every page's structure perturbed; the truth files are copied."""
    parser = copy_parser(__doc__)
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="all", help="the rewrite (default: all)")
    args = parser.parse_args(argv)
    kind, truths = load_truth(args.source)
    if not start_copy(args.source, args.target):
        return 2
    changed: Counter[str] = Counter()
    text_changed = 0
    for truth in truths:
        html = load_html(args.source / truth.file)
        perturbed, counts = perturb_structure(html, args.variant, truth.id)
        changed.update({name: 1 for name, count in counts.items() if count})
        before, after = parse(html), parse(perturbed)
        if before is not None and (after is None or visible_text(before) != visible_text(after)):
            text_changed += 1
            print(f"{truth.id}: copied unperturbed (its visible text would change)", file=sys.stderr)
            perturbed = html
        write_page(args.target, truth, perturbed)
    pages = ", ".join(f"{name} {count}" for name, count in sorted(changed.items()))
    print(f"{kind}: {len(truths)} pages perturbed ({args.variant}) into {args.target}"
          + (f"; pages changed: {pages}" if pages else "")
          + (f"; {text_changed} copied unperturbed, their text would change" if text_changed else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
