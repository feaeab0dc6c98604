"""The printer-friendly copy of a story, by its address: a print script's or folder's name or a
query asking for print. Stored once, at the story's own address."""

from __future__ import annotations

import re

from crawler.parsers.classify.addresses import ONE_RECORD_QUERY, SLUG_WORD, YEAR, Address

# The printer-friendly copy of a story, by its script's or last segment's name or a
# query asking for print (old CMSes: "print.asp?id=12", "/druckversion/", "?print=1",
# "?view=print"): the story again, under another address, stored once at its own.
_PRINT_NAMES = frozenset({"print", "printer", "printable", "printversion", "print-version", "printfriendly",
                          "printer-friendly", "drucken", "druckversion", "druckansicht", "imprimer",
                          "imprimir", "stampa", "drukuj", "wydruk",
                          # Turkish "print!" ("yazdir.asp?id=12", "haber_yazdir.php?id=12")
                          "yazdir"})
# (the query's key in the languages of the names above: "?imprimir=1", Portuguese and
# Spanish; "?stampa=1", Italian; "?drucken=1", German; "?drukuj=1", Polish; "?yazdir=1", Turkish)
_PRINT_QUERY = re.compile(r"(?:^|&)(?:print|printable|printer|druck|drucken|imprimer|imprimir|stampa|drukuj|yazdir)"
                          r"=(?:1|true|yes|y|on|s|sim|si|tak)(?:&|$)"
                          r"|(?:^|&)(?:view|format|output|mode|layout)=(?:print|printer|printable)(?:&|$)",
                          re.IGNORECASE)


def printable_copy(address: Address) -> str | None:
    """Why the URL names a printer-friendly copy, else ``None``.

    >>> from crawler.parsers.classify.addresses import split_address
    >>> def copy(url): return printable_copy(split_address(url))
    >>> copy("https://a.example/cgi-bin/print.asp?id=4001"), copy("https://a.example/news/story?print=1")
    ('printer-friendly copy (print)', 'printer-friendly copy (query)')
    >>> copy("https://a.example/2024/05/blueprint-for-the-harbour") is None
    True
    """
    last = address.last
    if last in _PRINT_NAMES:
        return f"printer-friendly copy ({last})"
    if address.query and _PRINT_QUERY.search(address.query):
        return "printer-friendly copy (query)"
    return _print_script(address) or _print_folder(address)


def _print_folder(address: Address) -> str | None:
    """Why a print word as a folder before the record's number or numbered file names a
    printer-friendly copy: Drupal's print module ("/print/123", "/print/node/123"), an
    old archive's print folder ("/archive/2003/05/17/print/POLI4.HTM"). Not a print
    edition's stories ("/print/2024/05/harbour-budget-approved": a slug of words).

    >>> from crawler.parsers.classify.addresses import split_address
    >>> def copy(url): return printable_copy(split_address(url))
    >>> copy("https://a.example/print/123"), copy("https://a.example/print/2024/05/harbour-budget-approved") is None
    ('printer-friendly copy (/print/)', True)
    """
    segments = address.segments
    at = next((k for k, seg in enumerate(segments[:-1]) if seg in _PRINT_NAMES), None)
    if at is None:
        return None
    rest = [seg.rsplit(".", 1)[0] for seg in segments[at + 1:]]
    if all(seg.isdigit() or seg == "node" for seg in rest) or (
            len(rest) == 1 and "." in segments[-1] and any(c.isdigit() for c in rest[0])
            and len(SLUG_WORD.findall(rest[0])) <= 1):
        return f"printer-friendly copy (/{segments[at]}/)"
    return None


# The record words a print script's name joins to its print word ("PrintNews.aspx?id=12",
# "article_print.php?id=12", "content_1472033_print.shtml", "eko03_yazdir.html")
_RECORD_WORDS = frozenset({"news", "article", "story", "content", "detail", "details", "page", "view", "doc",
                           "item", "post", "entry", "text"})
_PRINT_JOINED = re.compile(r"(?:{r})?(?:{p})(?:{r})?".format(
    r="|".join(sorted(_RECORD_WORDS)), p="|".join(sorted(_PRINT_NAMES, key=len, reverse=True))))


def _print_script(address: Address) -> str | None:
    """Why a last segment joining a print word to the record's number or a record word
    names a printer-friendly copy: "content_1472033_print", "eko03_yazdir" (a part with
    digits beside the print word), "news_print" or "PrintNews" with a query naming one
    record ("?id=12"). Not a story's slug ("how-to-print-a-photo": other words in it)."""
    last = address.last
    parts = [p for p in re.split(r"[_-]", last) if p]
    if len(parts) >= 2 and (parts[0] in _PRINT_NAMES or parts[-1] in _PRINT_NAMES):
        rest = parts[1:] if parts[0] in _PRINT_NAMES else parts[:-1]
        numbered = [p for p in rest if any(c.isdigit() for c in p) and not YEAR.match(p)]
        if all(p in numbered or p in _RECORD_WORDS for p in rest) and (numbered or ONE_RECORD_QUERY.search(address.query)):
            return f"printer-friendly copy ({last})"
    if "".join(parts) != last.replace("_", "").replace("-", "") or not ONE_RECORD_QUERY.search(address.query):
        return None
    joined = "".join(parts)
    if joined not in _PRINT_NAMES and _PRINT_JOINED.fullmatch(joined):
        return f"printer-friendly copy ({last})"
    return None
