"""author_marks.mark_elements: the author marks the former XPath union selected, in
the same order, read lazily."""

from itertools import islice

from lxml import etree

from crawler.parsers.metadata.author_marks import mark_elements

# The union mark_elements replaced (kept here as the reference it must agree with).
_WORDS = " or ".join(f"contains(., '{w}')" for w in ("osts by", "rticles by", "eiträge von", "rtikel von",
                                                    "rtiklar av"))
_HREFS = " or ".join(f"contains(., '{w}')" for w in ("/by/", "/aut", "author=", "/writer", "/contributor"))
_UNION = ("/descendant::*/@class[contains(., 'uthor') or contains(., 'yline') or contains(., 'utor') or "
          "contains(., 'uteur') or contains(., 'erfasser')]/.."
          f"|/descendant::a/@href[{_HREFS}]/.."
          "|/descendant::a[@href]/@rel[. = 'author']/.."
          f"|/descendant::a[@href]/@title[{_WORDS}]/.."
          f"|/descendant::a[@href]/@aria-label[{_WORDS}]/..")

_PAGE = """<html><body class="single">
<header><a href="/">Home</a><a href="/by/jane">Jane</a><span class="Byline">By <a rel="author">X</a></span></header>
<article><h1>Title</h1><div class="entry-author"><a href="/autoren/jane-doe" rel="author">Jane Doe</a></div>
<p>Text <a href="/x" title="Posts by Jane">Jane</a> and <a aria-label="Beiträge von Max" href="/m">Max</a>.</p>
<p class="autorin-box">Erika</p><a rel="author">no href</a><a href="/?author=3" class="authorlink">A</a>
<div class="verfasser">V</div><div class="AUTHOR">upper case: no mark</div><a href="/contributors/ann">Ann</a>
<a href="/writers/bob" rel="nofollow author">Bob</a><a href="/tag/x" rel="author">tag</a></article>
</body></html>"""


def test_mark_elements_selects_what_the_xpath_union_selected_in_order():
    doc = etree.fromstring(_PAGE, etree.HTMLParser())
    expected = doc.xpath(_UNION)
    assert len(expected) == 12
    assert list(mark_elements(doc)) == expected


def test_mark_elements_reads_no_further_than_asked():
    doc = etree.fromstring(_PAGE, etree.HTMLParser())
    first = list(islice(mark_elements(doc), 1))
    assert first == doc.xpath(_UNION)[:1]
