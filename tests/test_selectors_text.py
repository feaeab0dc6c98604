"""``selectors.TEXT`` answers as XPath's ``string()`` on every node of varied trees:
an element's text and its descendants', the leaves' by their ``.text`` (the fast
path), and the same refusal (ValueError) for a comment, an instruction or an entity."""

import random

import lxml.html
import pytest
from lxml import etree

from crawler.parsers import selectors
from crawler.parsers.document import parse_document

_STRING = etree.XPath("string()", smart_strings=False)
_TAGS = ["p", "div", "a", "b", "span", "li", "h2", "br", "img", "script"]
_TEXTS = ["", " ", "word", "  two words \n", "é ü 中文", "&amp;", "\t", "x" * 30]


def _markup(rng: random.Random, depth: int) -> str:
    parts = []
    for _ in range(rng.randint(0, 4)):
        choice = rng.random()
        if choice < 0.5 and depth < 5:
            tag = rng.choice(_TAGS)
            parts.append(f"<{tag}>{_markup(rng, depth + 1)}</{tag}>")
        elif choice < 0.6:
            parts.append("<!-- a note -->")
        elif choice < 0.65:
            parts.append("<?pi data?>")
        else:
            parts.append(rng.choice(_TEXTS))
    return "".join(parts)


def _same(node: object) -> None:
    try:
        expected: object = _STRING(node)
    except ValueError:
        expected = ValueError
    if expected is ValueError:
        with pytest.raises(ValueError):
            selectors.TEXT(node)
    else:
        assert selectors.TEXT(node) == expected
        assert type(selectors.TEXT(node)) is str


def test_text_is_xpath_string_on_every_node_of_generated_trees():
    rng = random.Random(11)
    for _ in range(400):
        markup = f"<html><body>{_markup(rng, 0)}</body></html>"
        trees = [lxml.html.document_fromstring(markup), etree.fromstring(markup, etree.HTMLParser())]
        root = parse_document(markup)[0]
        if root is not None:
            trees.append(root)
        for tree in trees:
            for node in tree.iter():
                _same(node)
            _same(tree.getroottree())


def test_text_of_a_leaf_after_the_tree_is_changed():
    """Text nodes left side by side by a removal are joined as XPath joins them."""
    root = etree.fromstring("<div><p>one <b>two</b> three</p></div>", etree.HTMLParser())
    p = root.find(".//p")
    b = p.find("b")
    b.getparent().remove(b)       # (its tail goes with it)
    _same(p)
    p.text = "a"
    p.append(etree.Comment("c"))
    p[-1].tail = "b"
    _same(p)
    etree.strip_elements(p, etree.Comment, with_tail=False)
    _same(p)
    assert selectors.TEXT(p) == "ab"


def test_an_entity_is_refused_as_xpath_refuses_it():
    root = etree.Element("r")
    root.append(etree.Entity("amp"))
    _same(root[0])
    _same(root)
