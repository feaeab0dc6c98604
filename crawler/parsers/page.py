"""One page, parsed once: what every field extractor reads.

:func:`read_page` decodes and parses the page a single time (:mod:`.document`);
the resulting :class:`ParsedPage` carries the tree, the URL and its host, and
the page's structured data (meta tags, JSON-LD, microdata: :mod:`.structured`),
read once on first use and shared by the metadata, body and related-links stages,
in the way Fundus's ``Precomputed`` is shared by its parsers.
"""

from __future__ import annotations

from itertools import islice
from urllib.parse import urlsplit

from crawler.parsers.document import Element, parse_document
from crawler.parsers.structured import Structured, read_structured

__all__ = ["ParsedPage", "read_page", "usable_url"]


def usable_url(url: str) -> str:
    """``url`` as the parsers can read it: ``urlsplit`` raises on an unbalanced
    IPv6 bracket ("http://[oops/") or a host that NFKC-normalises to a delimiter,
    which no fetched page has but a WARC record or ``extract --url`` may. Such a
    URL is read with its brackets escaped, or as no URL at all."""
    for candidate in (url, url.replace("[", "%5B").replace("]", "%5D")):
        try:
            urlsplit(candidate)
        except ValueError:
            continue
        return candidate
    return ""


class ParsedPage:
    """A parsed page and what is derived from it once.

    The body stage strips non-content elements from ``doc``, so it runs last.
    """

    __slots__ = ("_structured", "cut", "doc", "url")

    def __init__(self, doc: Element, url: str, cut: list[str] | None = None) -> None:
        self.doc = doc
        self.url = url
        #: The caps that cut the page before parsing or after (``page size``, ``elements``).
        self.cut = cut or []
        self._structured: Structured | None = None

    @property
    def host(self) -> str | None:
        """The URL's host name (lower case), if any."""
        return urlsplit(self.url).hostname if self.url else None

    @property
    def structured(self) -> Structured:
        """Meta tags, canonical link, ``<html lang>``, JSON-LD nodes, microdata:
        read from the tree on first use (before the body stage changes it)."""
        if self._structured is None:
            self._structured = read_structured(self.doc, self.url)
        return self._structured


def read_page(html: str | bytes, url: str, encoding: str | None = None) -> ParsedPage | None:
    """Decode (bytes) and parse a page; ``None`` when there is no HTML document."""
    doc, cut = parse_document(html, encoding)
    if doc is None:
        return None
    unwrap_page_form(doc)
    if url:  # the tree knows its page: a link's host is compared with it (author_marks)
        # (lxml stores it as UTF-8: a lone surrogate from a badly decoded address becomes "?")
        doc.getroottree().docinfo.URL = url.encode("utf-8", "replace").decode("utf-8")
    return ParsedPage(doc, url, cut)


_PAGE_FORM_SCAN = 20_000  # elements of the page counted for a form that wraps it


def unwrap_page_form(doc: Element) -> None:
    """A ``<form>`` that holds the page (a child of ``<body>`` with more than half of
    its elements: ASP.NET WebForms' one server form around every page, ``__VIEWSTATE``
    and all; JSF's and some portals' page forms) is made a ``<div>``: every stage
    reads what is inside a form as furniture (a search box, a comment form), which
    there was the whole story, its headline, byline and date. A form is not the page
    when an ``<h1>`` stands outside it, nor when it has a text box to write in and no
    page state (a comment form around a long thread under the story: its readers'
    names and dates are no story's)."""
    body = doc.find("body")
    if body is None:
        return
    forms = [child for child in islice(body, 12) if child.tag == "form"]
    if not forms:
        return
    total = sum(1 for _ in islice(body.iter(), _PAGE_FORM_SCAN))
    for form in forms:
        if 2 * sum(1 for _ in islice(form.iter(), _PAGE_FORM_SCAN)) > total and _holds_the_page(body, form):
            form.tag = "div"


# The hidden fields in which a page framework keeps the page's state (ASP.NET
# WebForms' "__VIEWSTATE", "__EVENTVALIDATION"; JSF's "javax.faces.ViewState")
_PAGE_STATE = ("__VIEWSTATE", "__EVENTVALIDATION", "javax.faces.ViewState", "jakarta.faces.ViewState")


def _holds_the_page(body: Element, form: Element) -> bool:
    """Whether ``form``, the most of the page, is the page's own form: no ``<h1>``
    outside it, and either a page state field or no ``<textarea>`` in it."""
    if any(not _inside(h1, form) for h1 in islice(body.iter("h1"), 20)):
        return False
    fields = list(islice(form.iter("input", "textarea"), 200))
    if any(f.tag == "input" and (f.get("name") or "") in _PAGE_STATE for f in fields):
        return True
    return not any(f.tag == "textarea" for f in fields)


def _inside(el: Element, box: Element) -> bool:
    return any(parent is box for parent in el.iterancestors())
