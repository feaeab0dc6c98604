"""The page's date as printed in a card that links to the page itself.

A news list beside or below a story ("Aktuell", "Neueste Beiträge") often shows
the story itself among the others, each card with its date; a template whose
story header prints no date (an association's or a government office's news page)
then prints the page's own date only there. A link to the page's own address (not
to a part of it, ``#comments``, ``#comment-12``: a comment's date; not with a query,
``?replytocom=12``) is the page's card; a WordPress theme's "Posted on" link to the
post's permalink around its ``<time>`` is one too. The date of a card that links
elsewhere is another story's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from urllib.parse import unquote, urljoin, urlsplit

from crawler.parsers.document import Element
from crawler.parsers.joined import joined
from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.metadata.walk import text_of
from crawler.parsers.vocabulary import UPDATED_PATTERN

__all__ = ["may_address", "own_card_date", "page_address"]

_LINKS = 3_000        # links looked at
_OWN_LINKS = 12       # links to the page itself read (a list's card, a permalink, a share box: a few)
_CARD_ELEMENTS = 300  # elements: a box holding more is a page's part, not one card (read no further)
_CARD_LEVELS = 3      # boxes above a link without a date read as its card
_CARD_TEXT = 1_000     # characters: a bigger box is a list, not one card
_DATE_TEXT = 48       # characters: an element holding more is not a date's alone
_DATE_AT = 12         # where its date may start ("Posted on", a weekday)
_STORY_TIMES = 50     # <time> elements looked at
# A card's date labelled as a change's ("Updated 7 May 2024", "Aktualisiert"): a list of the
# latest stories shows when each last changed, not when it went up.
_UPDATED = re.compile(rf"\b(?:{UPDATED_PATTERN})\b", re.I)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Boxes whose <time> elements date other pages or their parts, not the story.
_BESIDE = frozenset({"a", "aside", "nav", "li"})


def own_card_date(doc: Element, url: str, language: str | None, latest: str) -> str | None:
    """The day printed in the cards that link to ``url`` itself (relative links read
    against the page's ``<base href>``, as a browser does; the link, or the
    nearest box around it holding no link to another page), when they print one
    day: an element holding a date and little else ("10.11.2021", "<time>21.01.2022
    </time>", "Posted on March 3, 2024"), not the dates its teaser text names."""
    own = page_address(url.split("#", 1)[0], url)
    if own is None:
        return None
    base = next((urljoin(url, b.get("href") or "") for b in doc.iter("base") if b.get("href")), url)
    tail = own[1].rsplit("/", 1)[-1] or own[2]  # (a link to the page names its last part: a cheap test first)
    links = (link for link in islice(doc.iter("a"), _LINKS)
             if _names(link.get("href") or "", tail) and page_address(link.get("href") or "", base) == own)
    days = {day for link in islice(links, _OWN_LINKS)
            for day in islice(_card_days(link, own, base, language, latest), 1)}
    if len(days) != 1:
        return None
    day = days.pop()
    story = _story_days(doc)
    return day if not story or day in story else None  # (the story's own <time> says another day)


def _story_days(doc: Element) -> set[str]:
    """The days of the ``<time datetime>`` elements outside links, list items, asides
    and navigation (the story's own, as a template marks its date: htmldate reads them)."""
    days = set()
    for el in islice(doc.iter("time"), _STORY_TIMES):
        day = _ISO_DAY.match(el.get("datetime") or "")
        if day is not None and not any(a.tag in _BESIDE for a in el.iterancestors()):
            days.add(day.group(0))
    return days


def _names(href: str, tail: str) -> bool:
    """Whether ``href`` holds the page's last path part ``tail`` (decoded), as
    printed or percent-encoded ("über-uns", "%C3%BCber-uns", "%c3%bcber-uns")."""
    return tail in href or ("%" in href and tail in unquote(href))


def page_address(href: str, base: str) -> tuple[str, str, str] | None:
    """``(host without www., path without its final slash, percent-decoded, query
    without tracking parameters)`` of a link to a page; none for a link to a part of
    a page (a comment's anchor), an empty one or a front page's."""
    href = href.strip()
    if not href or "#" in href:
        return None
    try:
        parts = urlsplit(joined(base, href))
    except ValueError:  # ("http://[bad/": an IPv6 host left open)
        return None
    if parts.scheme not in ("http", "https"):
        return None
    path = unquote(parts.path).rstrip("/")  # ("/news/%C3%BCber-uns" is "/news/über-uns")
    query = "&".join(p for p in parts.query.split("&") if p and not p.startswith("utm_"))
    host = parts.netloc.lower().removeprefix("www.")
    return (host, path, query) if path or query else None


_C0_OR_SPACE = "".join(map(chr, range(0x21)))  # (what ``urlsplit`` strips from an address's start)


def may_address(href: str, tails: tuple[str, ...]) -> bool:
    """False only when :func:`page_address` of ``href`` (against any base) names none of
    the paths whose last parts are ``tails`` (each not empty): a test of substrings, much
    cheaper than the address. The last part of the address's path is printed
    in ``href`` as is unless ``href`` borrows its path from the base or has it changed
    by the join: no path of its own (``?p=2``, ``http:``, ``//host``, ``;x``), a ``.`` or ``..``
    part, a percent escape or a tab or line break (which ``urlsplit`` removes); those
    take the full test.

    >>> may_address("/2024/05/story/", ("story",)), may_address("/2024/05/other", ("story",))
    (True, False)
    >>> may_address(" \\x01?p=2", ("story",)), may_address("../..", ("story",)), may_address("st%6Fry", ("story",))
    (True, True, True)
    """
    if any(tail in href for tail in tails) or "%" in href or "\t" in href or "\r" in href or "\n" in href:
        return True
    path = href.strip().lstrip(_C0_OR_SPACE).split("?", 1)[0]  # (as the join reads it)
    scheme = path[:6].lower()
    path = path[5:] if scheme.startswith("http:") else path[6:] if scheme == "https:" else path
    if path.startswith("//"):  # (a host: the path starts at its first slash)
        path = path[path.find("/", 2):] if path.find("/", 2) >= 0 else ""
    elif ":" in path and scheme[:5] != "http:" and scheme != "https:":
        return True  # (maybe another scheme)
    # (";" in the last part starts its parameters, as ``urlparse`` reads them: ";x" is no path)
    params = path.find(";", path.rfind("/")) if "/" in path else path.find(";")
    path = path[:params] if params >= 0 else path
    return not path.strip("/") or any(part in (".", "..") for part in path.split("/"))


def _card_days(link: Element, own: tuple[str, str, str], url: str, language: str | None,
               latest: str) -> Iterator[str]:
    """The days printed alone in ``link``, else in the nearest box around it that
    links nowhere else (:data:`_CARD_LEVELS` up, :data:`_CARD_TEXT` characters)."""
    box: Element | None = link
    for _ in range(_CARD_LEVELS + 1):
        if box is None or sum(1 for _ in islice(box.iter(), _CARD_ELEMENTS + 1)) > _CARD_ELEMENTS:
            return
        if len(text_of(box, _CARD_TEXT)) >= _CARD_TEXT or not text_of(box, _CARD_TEXT):
            return
        if box is not link and any(page_address(a.get("href") or "", url) not in (own, None)
                                   for a in box.iter("a")):
            return
        found = [day for el in box.iter() if isinstance(el.tag, str)
                 if (day := _date_alone(el, language, latest)) is not None]
        if found:
            yield from found
            return
        box = box.getparent()


def _date_alone(el: Element, language: str | None, latest: str) -> str | None:
    text = text_of(el, _DATE_TEXT)
    if not text or len(text) > _DATE_TEXT or any(isinstance(c.tag, str) and text_of(c, _DATE_TEXT) == text
                                                 for c in el):
        return None  # (the innermost element holding the text)
    found = find_date_span(text, language, short_years=False)
    if language is None and found is not None and find_date_span(text, "de", short_years=False) != found:
        return None  # "2/11/2021" in a page of no known language: either day may be meant
    if found is None or found[1] > _DATE_AT or found[0][:10] > latest or _UPDATED.search(text[:found[1]]):
        return None
    return found[0][:10]
