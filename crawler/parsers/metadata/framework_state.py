"""The story's own fields in a JavaScript framework's state: the JSON a server-rendered
page ships for the client (Next.js's ``<script id="__NEXT_DATA__" type="application/json">``,
Nuxt's ``__NUXT_DATA__``, any ``<script type="application/json">``, an object assigned in a
script: "var GLOBALS = {...}", "window.__INITIAL_STATE__ = {...}"), where a news site
keeps what its markup leaves for the client to render: the publication time (an ISO
string or epoch seconds or milliseconds), the writers, the section.

The story's object is the first one (depth first, in document order) whose title key
("headline", "title") holds the page's title, outside keys naming other stories
("related", "next", "recommended", "trending", ...): the same state lists those stories
with their own dates and writers. Bounded: a few scripts that print the title, a capped size,
a capped number of nodes walked.

A UTC instant (``Z`` or an epoch) is read in the page's own zone (:func:`reading_zone`):
its domain's country's zone, else its language tag's region's, else the zone of its
language where that language is spoken in one zone only (:data:`ONE_ZONE_LANGUAGES`),
unless its other timestamps are written at an offset that zone never takes (then that
offset; a summer's "+02:00" on a German page is Berlin's): a story put up at 00:30 in
Jerusalem is the previous day in UTC, and its reader names the local day; a Dutch page
on Suriname's domain is read in Paramaribo, not Amsterdam.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

from babel.core import get_global

from crawler.parsers.metadata.dates import normalise_date

__all__ = ["ONE_ZONE_LANGUAGES", "StateMemo", "StateStory", "reading_zone", "state_story"]

_SCRIPTS = 6            # JSON scripts looked at
_SCRIPT_CHARS = 400_000  # a longer one is not read
_NODES = 4_000          # objects and lists walked in one state
_TITLE_PREFIX = 24      # characters of the title a script must print to be parsed
_TITLE_KEYS = ("headline", "title")
_PUBLISHED_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publishedDate", "pubDate",
                   "publicationDate", "firstPublished", "firstPublishedAt")
_AUTHOR_KEYS = ("authors", "author", "writers", "byline", "bylines")
# (not "channel": a video's channel, a TV station's name, a delivery channel, "web")
_SECTION_KEYS = ("section", "category", "categoryName", "sectionName")
_NAME_KEYS = ("name", "title", "displayName")
# Keys holding other stories (or other pages' furniture), not the page's own.
_OTHER = re.compile(r"related|next|prev|recommend|trending|popular|more|latest|list|teaser|comment|menu|nav|"
                    r"footer|header|sidebar|widget|feed", re.IGNORECASE)
# Languages spoken in one time zone: a UTC instant in the state is read in it.
ONE_ZONE_LANGUAGES = {"he": "Asia/Jerusalem", "hi": "Asia/Kolkata", "ja": "Asia/Tokyo", "ko": "Asia/Seoul",
                      "th": "Asia/Bangkok", "vi": "Asia/Ho_Chi_Minh", "el": "Europe/Athens", "pl": "Europe/Warsaw",
                      "it": "Europe/Rome", "nl": "Europe/Amsterdam", "cs": "Europe/Prague", "hu": "Europe/Budapest",
                      "tr": "Europe/Istanbul", "uk": "Europe/Kyiv", "fi": "Europe/Helsinki",
                      # Europe's languages whose countries keep one clock alike: German (Germany,
                      # Austria, Switzerland, Luxembourg, South Tyrol), the Nordic, the Balkan and
                      # Baltic ones, Catalan, Basque and Galician (Spain, Andorra, France's south),
                      # Romanian (Romania, Moldova), Georgian, Armenian
                      "de": "Europe/Berlin", "da": "Europe/Copenhagen", "sv": "Europe/Stockholm",
                      "nb": "Europe/Oslo", "nn": "Europe/Oslo", "no": "Europe/Oslo", "is": "Atlantic/Reykjavik",
                      "sk": "Europe/Bratislava", "sl": "Europe/Ljubljana", "hr": "Europe/Zagreb",
                      "bs": "Europe/Sarajevo", "sr": "Europe/Belgrade", "mk": "Europe/Skopje", "sq": "Europe/Tirane",
                      "bg": "Europe/Sofia", "ro": "Europe/Bucharest", "lt": "Europe/Vilnius", "lv": "Europe/Riga",
                      "et": "Europe/Tallinn", "lb": "Europe/Luxembourg", "ca": "Europe/Madrid",
                      "eu": "Europe/Madrid", "gl": "Europe/Madrid", "ka": "Asia/Tbilisi", "hy": "Asia/Yerevan"}
_UTC = re.compile(r"(?:Z|[+-]00:?00)$")
# Countries of several zones whose national press (and most of their people) keep the
# capital's: Spain's Canaries, Portugal's islands, Mexico's and Brazil's west, Chile's
# Easter Island, Russia east of the Volga, Indonesia's east print the capital's day; China
# keeps Beijing's (Xinjiang's own clock is unofficial), Ukraine Kyiv's (occupied Crimea's
# Moscow clock aside), New Zealand Auckland's (the Chathams aside), Mongolia Ulaanbaatar's,
# Papua New Guinea Port Moresby's (Bougainville aside); Kazakhstan's zones are one offset
# since March 2024, Almaty's and Astana's (UTC+6, the west's +5) before. Australia and
# Canada: their capital's zone (Canberra's is Sydney's and Melbourne's, Ottawa's Toronto's
# and Montréal's, where most of their people and their national press are) is nearer every
# one of their zones than UTC is, so it misdates fewer of any city's stories. (Not the
# USA: its "en-US" is a CMS's default tag, printed by sites of any country.)
_PRESS_ZONES = {"ES": "Europe/Madrid", "PT": "Europe/Lisbon", "MX": "America/Mexico_City",
                "BR": "America/Sao_Paulo", "CL": "America/Santiago", "RU": "Europe/Moscow",
                "ID": "Asia/Jakarta", "EC": "America/Guayaquil", "CN": "Asia/Shanghai", "UA": "Europe/Kyiv",
                "NZ": "Pacific/Auckland", "MN": "Asia/Ulaanbaatar", "PG": "Pacific/Port_Moresby",
                "KZ": "Asia/Almaty", "AU": "Australia/Sydney", "CA": "America/Toronto"}
# Country-code domains used as generic ones (".tv", ".io", ".ai", ".co", ".me", ".fm",
# ".ly", ".to", ".cc", ".ws"): no evidence of a country.
_GENERIC_CCTLDS = frozenset({"tv", "io", "ai", "co", "me", "fm", "ly", "to", "cc", "ws", "gg", "so", "nu", "tk"})
# The second levels a country keeps for its own people under its domain ("caracol.com.co",
# "vijesti.co.me", "x.com.ly"): a generic-looking domain under one of them is the country's.
_OWN_SECOND_LEVELS = frozenset({"com", "co", "net", "org", "gov", "gob", "edu", "ac", "nom", "mil", "info"})
_OFFSET = re.compile(r"^([+-])(\d\d):?(\d\d)$")


def reading_zone(language: str | None, host: str, offsets: Sequence[str] = ()) -> str | None:
    """The zone a page's UTC instants are read in: the zone of its domain's country or of
    its language tag's region ("es-MX") where that country keeps one (:func:`_country_zone`),
    else its language's where that language is spoken in one zone only
    (:data:`ONE_ZONE_LANGUAGES`); but the first of the page's own non-zero offsets
    ("+02:00", its other timestamps') where that zone never takes it or there is none
    (a summer's "+02:00" on a German page is Berlin's, whose winter is "+01:00");
    ``None``: read as UTC.

    >>> reading_zone("nl", "www.starnieuws.sr"), reading_zone("nl", "www.nu.nl"), reading_zone("es", "www.eluniversal.com.mx")
    ('America/Paramaribo', 'Europe/Amsterdam', 'America/Mexico_City')
    >>> reading_zone("es-AR", "www.example.com"), reading_zone("de", "www.example.de", ["+02:00"]), reading_zone("en", "x.com")
    ('America/Argentina/Buenos_Aires', 'Europe/Berlin', None)
    >>> reading_zone("de", "www.example.de", ["-05:00"]), reading_zone("en", "x.com", ["-05:00"])
    ('-05:00', '-05:00')
    """
    zone = _named_zone(language, host)
    for offset in offsets:
        if _OFFSET.match(offset) and not _UTC.search(offset):
            return zone if zone is not None and _takes(zone, offset) else offset
    return zone


def _named_zone(language: str | None, host: str) -> str | None:
    """The zone of a page's domain's country, else of its tag's region, else of its
    language (:func:`reading_zone`)."""
    labels = host.lower().rstrip(".").split(".")
    tld = labels[-1]
    generic = tld in _GENERIC_CCTLDS and (len(labels) < 3 or labels[-2] not in _OWN_SECOND_LEVELS)
    parts = (language or "").split("-")
    region = parts[-1] if len(parts) > 1 and len(parts[-1]) == 2 else ""
    for country in (tld.upper() if len(tld) == 2 and not generic else "", region.upper()):
        if country and (zone := _country_zone(country)) is not None:
            return zone
    return ONE_ZONE_LANGUAGES.get(parts[0].lower())


_SEASONS = (datetime(2025, 1, 15, 12, tzinfo=timezone.utc), datetime(2025, 7, 15, 12, tzinfo=timezone.utc))


def _takes(zone: str, offset: str) -> bool:
    """Whether ``zone`` is at ``offset`` ("+02:00") in winter or in summer."""
    return _tz(offset).utcoffset(None) in {m.astimezone(ZoneInfo(zone)).utcoffset() for m in _SEASONS}


@cache
def _country_zone(country: str) -> str | None:
    """The zone of a country (an ISO code; "UK" is GB) whose zones are one, or that keep
    one UTC offset all year alike ("DE": Berlin and Büsingen; "AR"), or whose press keeps
    its capital's (:data:`_PRESS_ZONES`); ``None`` for the others ("US", "GL").

    >>> _country_zone("DE"), _country_zone("UK"), _country_zone("US"), _country_zone("ES"), _country_zone("EU")
    ('Europe/Berlin', 'Europe/London', None, 'Europe/Madrid', None)
    """
    country = "GB" if country == "UK" else country
    if country in _PRESS_ZONES:
        return _PRESS_ZONES[country]
    zones = get_global("territory_zones").get(country) or []
    if not zones or len({tuple(m.astimezone(ZoneInfo(z)).utcoffset() for m in _SEASONS) for z in zones}) != 1:
        return None
    return str(zones[0])  # (any of them: they keep one offset)


def _local(iso: str, zone: str | None) -> str:
    """A UTC time (ISO 8601) in ``zone``."""
    if zone is None or len(iso) < 19:
        return iso
    try:
        moment = datetime.fromisoformat(iso[:19]).replace(tzinfo=timezone.utc)
    except ValueError:
        return iso
    return moment.astimezone(_tz(zone)).isoformat(timespec="seconds")


def _tz(zone: str) -> tzinfo:
    """A zone's name or a fixed offset ("+02:00") as a ``tzinfo``."""
    m = _OFFSET.match(zone)
    if m is None:
        return ZoneInfo(zone)
    sign = -1 if m.group(1) == "-" else 1
    return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))


class StateStory:
    """The story's object in the page's framework state (:func:`state_story`)."""

    def __init__(self, node: dict[str, Any]) -> None:
        self.node = node

    def published(self, zone: str | None) -> str | None:
        """The publication time, ISO 8601; a UTC one read in ``zone`` (:func:`reading_zone`;
        ``None``: left in UTC)."""
        for key in _PUBLISHED_KEYS:
            value = self.node.get(key)
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                continue
            text = str(int(value)) if isinstance(value, (int, float)) else value.strip()
            found = normalise_date(text)
            if found is None:
                continue
            return _local(found, zone) if isinstance(value, (int, float)) or _UTC.search(text) else found
        return None

    def authors(self) -> list[str]:
        """The writers' names: a list of objects with a name, or of strings."""
        for key in _AUTHOR_KEYS:
            value = self.node.get(key)
            items = value if isinstance(value, list) else [value]
            names = [name for item in islice(items, 12) if (name := _name(item)) and not _key_like(name)]
            if names:
                return names
        return []

    def section(self) -> str | None:
        """The section's name: a string, or an object's name."""
        for key in _SECTION_KEYS:
            name = _name(self.node.get(key))
            if name and len(name) <= 50 and not _key_like(name) and name.casefold() not in _NO_SECTIONS:
                return name
        return None


def _name(item: Any) -> str | None:
    if isinstance(item, str):
        return item.strip() or None
    if isinstance(item, dict):
        for key in _NAME_KEYS:
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


# A value that is a key, not a name: a login or a slug ("jdoe", "local-news"), an id ("5f2a5474f1c2"),
# an address or a path ("https://.../author/jane-doe", "news/local").
# (not a figure alone: "Euro 2024", "Covid-19" are sections)
_KEY_LIKE = re.compile(r"[/@_:]|^[a-z\d.-]+$")
# Section values of a state naming no section: a delivery channel, the CMS's default category.
_NO_SECTIONS = frozenset({"web", "app", "desktop", "mobile", "amp", "default", "article", "story",
                          "uncategorized", "uncategorised", "none", "null"})


def _key_like(name: str) -> bool:
    """Whether a state's writer or section value is a key, not a name (:data:`_KEY_LIKE`).

    >>> _key_like("jdoe"), _key_like("news/local"), _key_like("Jane Doe"), _key_like("राजनीति")
    (True, True, False, False)
    >>> _key_like("5f2a5474f1c2"), _key_like("user123"), _key_like("Euro 2024")
    (True, True, False)
    """
    return _KEY_LIKE.search(name) is not None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


_FIELD_KEYS = frozenset((*_PUBLISHED_KEYS, *_AUTHOR_KEYS, *_SECTION_KEYS))


def _find(data: Any, title: str) -> dict[str, Any] | None:
    """The first object (depth first) whose title key is ``title`` and that holds a date, a
    writer or a section, outside :data:`_OTHER` keys; else the first whose title key is ``title``
    (a page's SEO object, ``{"seo": {"title": ...}}``, may come before the story's own)."""
    todo: list[Any] = [data]
    walked = 0
    first = None
    while todo and walked < _NODES:
        node = todo.pop()
        walked += 1
        if isinstance(node, dict):
            if any(isinstance(node.get(k), str) and _same(node[k], title) for k in _TITLE_KEYS):
                if not _FIELD_KEYS.isdisjoint(node):
                    return node
                first = first or node
            todo.extend(v for k, v in reversed(list(node.items()))
                        if isinstance(v, (dict, list)) and not _OTHER.search(str(k)))
        elif isinstance(node, list):
            todo.extend(v for v in reversed(node[:200]) if isinstance(v, (dict, list)))
    return first


#: A page's lookups of :func:`state_story` so far, by title.
StateMemo = dict[str | None, StateStory | None]


def state_story(doc: Any, title: str | None, memo: StateMemo | None = None) -> StateStory | None:
    """The story titled ``title`` in the page's JSON scripts, or ``None``.

    ``memo``: the page's earlier lookups (``Metadata.state_stories``): the metadata and the
    date settling both ask, and the page's scripts are parsed once."""
    if memo is None:
        return _state_story(doc, title)
    if title not in memo:
        memo[title] = _state_story(doc, title)
    return memo[title]


def _state_story(doc: Any, title: str | None) -> StateStory | None:
    if doc is None or not title or len(title) < 8:
        return None
    # (a script that does not print the title's start, as is or escaped, holds no such object:
    # it is not parsed)
    start = title.strip()[:_TITLE_PREFIX]
    forms = {start, json.dumps(start)[1:-1]}
    printing = (text for text in _state_texts(doc)
                if len(text) <= _SCRIPT_CHARS and any(form in text for form in forms))
    for text in islice(printing, _SCRIPTS):
        data = _state_data(text)
        node = _find(data, title) if data is not None else None
        if node is not None:
            return StateStory(node)
    return None


# A script that assigns the state to a variable, the older frameworks' and templates' way
# ("var GLOBALS = {...}", "window.__INITIAL_STATE__ = {...};", "window['__APOLLO_STATE__'] = {...}"),
# inside a CDATA comment or not: the object literal is read as JSON from its brace.
_ASSIGNED = re.compile(r"\s*(?://\s*<!\[CDATA\[\s*)?(?:(?:var|let|const)\s+|window\s*(?:\.|\[\s*[\"']))?"
                       r"[A-Za-z_$][\w$]*(?:[\"']\s*\])?\s*=\s*(?=\{)")


def _state_texts(doc: Any) -> Iterator[str]:
    """The texts of the page's state scripts: JSON ones, and scripts that assign an object
    literal (:data:`_ASSIGNED`), in document order."""
    for script in doc.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        text = script.text or ""
        if (kind == "application/json" and text) or (
                kind in ("", "text/javascript") and not script.get("src") and _ASSIGNED.match(text)):
            yield text


def _state_data(text: str) -> Any:
    """The JSON of a state script's text: the whole of a JSON one, the object assigned in
    another (read to its closing brace); ``None`` when it does not parse."""
    assigned = _ASSIGNED.match(text)
    try:
        if assigned is None:
            return json.loads(text)
        return json.JSONDecoder().raw_decode(text, assigned.end())[0]
    except ValueError:
        return None
