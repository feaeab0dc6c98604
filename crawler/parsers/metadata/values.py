"""Typed values read out of a page's structured data: JSON-LD / microdata authors,
Yoast-style twitter:label pairs, image URLs, keyword lists, the site's own names.

Helpers for :mod:`crawler.parsers.metadata`; pure functions, never raising on odd
shapes (lists where dicts are expected, numbers where strings are).
"""

from __future__ import annotations

import re
from typing import Any

from crawler.parsers.metadata.authors import clean_author_list
from crawler.parsers.metadata.given_names import opens_with_given_name
from crawler.parsers.metadata.titles import loose_key, site_name_keys
from crawler.parsers.structured import Structured, as_text, type_names

__all__ = ["first_node_value", "image_url", "jsonld_authors", "keywords",
           "microdata_authors", "microdata_text", "site_names", "twitter_labelled"]


def jsonld_authors(data: Structured, node: dict[str, Any] | None) -> tuple[list[str], bool]:
    """Author names of a JSON-LD node and whether all of them are organisations."""
    if not node:
        return [], False
    raw = node.get("author")
    if raw is None:
        raw = node.get("creator")
    items = [] if raw is None else raw if isinstance(raw, list) else [raw]
    items += _live_update_authors(data, node)
    if not items:
        return [], False
    names: list[str] = []
    all_orgs = True
    for item in items[:40]:
        item = data.resolve(item)
        if isinstance(item, str):
            if item.startswith(("http://", "https://")):
                continue
            names.append(item)
            all_orgs = False
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(str(x) for x in name if isinstance(x, str))
            if not name and (item.get("givenName") or item.get("familyName")):
                name = f"{as_text(item.get('givenName')) or ''} {as_text(item.get('familyName')) or ''}"
            text = as_text(name)
            if text:
                names.append(text)
                types = set(type_names(item))
                if not types & {"organization", "newsmediaorganization", "corporation"} or "person" in types:
                    all_orgs = False
    return clean_author_list(names), all_orgs and bool(names)


# A live blog's entries (``liveBlogUpdate``) each name their writer: every entry's writer is
# one of the page's, after the live blog's own authors; bounded (the first 100 entries, 12
# writers: a day-long blog has hundreds of entries by a dozen people).
_MAX_LIVE_UPDATES = 100
_MAX_LIVE_WRITERS = 12


def _live_update_authors(data: Structured, node: dict[str, Any]) -> list[Any]:
    """The author values of a ``LiveBlogPosting``'s entries, in order, each once."""
    if "liveblogposting" not in set(type_names(node)):
        return []
    updates = node.get("liveBlogUpdate")
    found: list[Any] = []
    for update in (updates if isinstance(updates, list) else [updates])[:_MAX_LIVE_UPDATES]:
        update = data.resolve(update)
        raw = update.get("author") if isinstance(update, dict) else None
        for item in (raw if isinstance(raw, list) else [raw] if raw is not None else []):
            if item not in found:
                found.append(item)
            if len(found) >= _MAX_LIVE_WRITERS:
                return found
    return found


def microdata_authors(elements: list[Any]) -> list[str]:
    """Authors from itemprop=author elements of the first item that has any."""
    names: list[str] = []
    scope = None
    for el in elements[:20]:
        owner = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        if scope is None:
            scope = owner
        elif owner is not scope:
            continue
        inner = el.xpath('.//*[@itemprop="name"]')
        target = inner[0] if inner else el
        name = target.get("content") or target.xpath('string()')
        names.append(_full_name_after_login(el, name) if inner else name)
    return clean_author_list(names)


# A forum's author element: the account's login as its name, then the person's full name
# in brackets ("ksolberg (Kari Solberg)", Discourse's crawler view; phpBB and vBulletin
# themes print so too): the full name is the writer's.
_LOGIN = re.compile(r"[\w.-]{2,40}")
_BRACKETED_NAME = re.compile(r"\s*\(\s*([^\W\d_][^()\d]{2,60}?)\s*\)\s*")


def _full_name_after_login(el: Any, name: str) -> str:
    """``name``, or the full name an author element prints in brackets after it when
    ``name`` is a login (one word, no capital letter) and the name in brackets is
    two to four capitalised words that read as a person's (a known given name first: a
    forum prints the user's rank or town so too, "ksolberg (Senior Member)", "(New York)")."""
    name = name.strip()
    if not _LOGIN.fullmatch(name) or name != name.lower():
        return name
    text = el.xpath("string()")[:200].strip()
    if not text.startswith(name) or not (m := _BRACKETED_NAME.fullmatch(text[len(name):])):
        return name
    words = m.group(1).split()
    full = 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and opens_with_given_name(" ".join(words))
    return m.group(1) if full else name


def twitter_labelled(data: Structured, labels: tuple[str, ...]) -> str | None:
    """Value of a Yoast-style twitter:label{n}/twitter:data{n} (or twitter:misc:*) pair."""
    for i in range(1, 6):
        label = (data.first(f"twitter:label{i}") or "").lower()
        if label and any(word in label for word in labels):
            return data.first(f"twitter:data{i}")
    for word in labels:
        value = data.first("twitter:misc:" + word)
        if value:
            return value
    return None


def microdata_text(data: Structured, prop: str) -> str | None:
    for el in data.itemprop(prop)[:3]:
        text = as_text(el.get("content") or el.xpath('string()'))
        if text and len(text) < 1000:
            return text
    return None


def first_node_value(data: Structured, key: str) -> Any:
    if data.article is not None and data.article.get(key) not in (None, "", []):
        return data.article.get(key)
    if data.webpage is not None and data.webpage.get(key) not in (None, "", []):
        return data.webpage.get(key)
    return None


def image_url(value: Any) -> str | None:
    if isinstance(value, list):
        for item in value:
            found = image_url(item)
            if found:
                return found
        return None
    if isinstance(value, dict):
        return image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        parts = re.split(r"\s*[,;]\s*", value)
    elif isinstance(value, list):
        parts = [as_text(v) or "" for v in value]
    else:
        return []
    return [p.strip() for p in parts if p and p.strip() and len(p.strip()) < 80]


_APP_NAMES = ("application-name", "al:android:app_name", "apple-mobile-web-app-title")


def site_names(data: Structured, host: str | None = None) -> list[str]:
    """The site's names its metadata declares: og:site_name, twitter:site, the app
    names (see :func:`_app_name_of_site`), JSON-LD WebSite / Organization names and
    the article's publisher."""
    # each of them: one may be wrong (an og:site_name set to the page's title) where another is right
    names: list[str | None] = [data.first("og:site_name"), data.first("twitter:site")]
    names += [name for name in map(data.first, _APP_NAMES) if name and _app_name_of_site(name, host)]
    for node in data.top_nodes:
        types = type_names(node)
        if "website" in types or "organization" in types or "newsmediaorganization" in types:
            names.append(as_text(node.get("name")))
            names.append(as_text(node.get("alternateName")))
    if data.article is not None:
        publisher = data.resolve(data.article.get("publisher"))
        if isinstance(publisher, list) and publisher:
            publisher = data.resolve(publisher[0])
        if isinstance(publisher, dict):
            names.append(as_text(publisher.get("name")))
    return [n.lstrip("@") for n in names if n]


def _app_name_of_site(name: str, host: str | None) -> bool:
    """An app-name meta names the site unless it is one word that is not the host's
    name: a home-screen label such as "News", "Blog" or "Home" would make those
    words site names (stripped from "News roundup: ..." titles)."""
    if len(name.split()) > 1:
        return True
    keys = site_name_keys((), host)
    return loose_key(name) in keys or loose_key(name, translit=True) in keys
