"""URL identity: canonical form of article URLs, shared by the spider and the parsers.

w3lib's ``safe_url_string`` does the standard part (IDNA hosts, percent-encoding of
unsafe characters, nothing already encoded decoded again) and the standard library's
``urljoin`` resolves dot segments. w3lib's ``canonicalize_url`` is not used as a whole:
it sorts query arguments, turns ``?flag`` into ``?flag=`` and decodes ``%7E``, and it
keeps tracking parameters. Here the query keeps its order and spelling, and only
known tracking and session-id parameters and the fragment are dropped.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import unicodedata
from collections.abc import Iterator
from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

from crawler.shown import shown

# Query parameters that only track where a click came from; they never change the page.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ref_src", "ref_url", "cmpid",
    "ocid", "spm", "share", "s_cid", "mkt_tok", "oly_anon_id", "oly_enc_id",
    "vero_id", "wt_mc", "wt.mc_id", "__twitter_impression", "rss", "ref", "sr_share",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "at_")


# Tracking names that are also a site's own parameter, tracking only as trackers write them, in
# lower case: "?ref=newsletter" names a referrer, Saxotech's "/apps/pbcs.dll/article?AID=...&Ref=AR"
# (the address of a story on hundreds of newspapers' sites since the 2000s) names the page's
# template, and the page is not served without it.
_LOWER_CASE_ONLY = frozenset({"ref"})


def is_tracking_param(name: str) -> bool:
    """True for click-tracking query parameters (``utm_source``, ``fbclid``, ...); ``Ref``,
    capitalised, is a site's own (:data:`_LOWER_CASE_ONLY`).

    >>> is_tracking_param("ref"), is_tracking_param("Ref"), is_tracking_param("UTM_Source")
    (True, False, True)
    """
    lowered = name.lower()
    if lowered in _LOWER_CASE_ONLY and name != lowered:
        return False
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


# Query parameters that carry a session id by convention of a server or shop
# system: a new id on every visit makes one page many URLs (a crawl trap), and the
# page is the same without it. Java servlets (``jsessionid``, also as a ``;``
# path parameter), PHP (``PHPSESSID``), ColdFusion (``CFID``/``CFTOKEN``),
# osCommerce (``osCsid``), Zen Cart (``zenid``) and the generic spellings.
SESSION_PARAMS = frozenset({
    "sessionid", "session_id", "jsessionid", "phpsessid", "cfid", "cftoken", "oscsid", "zenid",
})
# ``sid`` is also a section or story id on some sites: dropped only with the
# long hexadecimal value a session id has (phpBB's is 32 digits).
_HEX_SESSION_ID = re.compile(r"[0-9a-fA-F]{16,}")
_PATH_SESSION = re.compile(r";jsessionid=[^/?#]*", re.IGNORECASE)


def is_session_param(name: str, value: str) -> bool:
    """True for a query parameter that is a session id (``PHPSESSID=...``,
    ``sid=`` with a long hexadecimal value), never for one that selects content.

    >>> is_session_param("PHPSESSID", "x1"), is_session_param("sid", "0a1b2c3d4e5f60718293a4b5c6d7e8f9")
    (True, True)
    >>> is_session_param("sid", "12"), is_session_param("id", "0a1b2c3d4e5f60718293a4b5c6d7e8f9")
    (False, False)
    """
    lowered = name.lower()
    return lowered in SESSION_PARAMS or (lowered == "sid" and _HEX_SESSION_ID.fullmatch(value) is not None)


# Longest URL read from a page (servers refuse far shorter ones): a 2 MB href
# would otherwise go through IDNA and percent-encoding whole.
MAX_URL_CHARS = 16_384


def canonicalize_url(url: str, base: str | None = None) -> str:
    """Absolute URL with scheme and host lower-cased (IDNA), default port, dot
    segments, fragment, tracking and session-id parameters (``;jsessionid=`` path
    parameters too) dropped; the rest of the query kept as written, in its order.

    >>> canonicalize_url("HTTP://Example.com:80/a/./b/../c?utm_source=x&id=3&flag#top")
    'http://example.com/a/c?id=3&flag'
    >>> canonicalize_url("/story?fbclid=1", base="https://news.example/x")
    'https://news.example/story'
    >>> canonicalize_url("https://Bücher.example/%7Eann")
    'https://xn--bcher-kva.example/%7Eann'
    >>> canonicalize_url("http://[i[o/x", base="https://news.example/")  # not a host: kept as written
    'http://[i[o/x'
    >>> canonicalize_url("http://127.1:8000/a")  # an IPv4 address's short form, as a browser reads it
    'http://127.0.0.1:8000/a'
    """
    url = url.strip()[:MAX_URL_CHARS]
    try:
        if base:
            url = urljoin(base, url)
        parts = urlsplit(safe_url_string(url))
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = ipv4_host((parts.hostname or "").lower())
    if ":" in host:
        host = f"[{host}]"  # IPv6
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = _PATH_SESSION.sub("", parts.path) or "/"
    if "/." in path:
        path = urlsplit(urljoin("http://h/", path)).path  # RFC 3986 dot-segment removal
    return urlunsplit((scheme, host, path, spip_record(path, drop_tracking(parts.query)), ""))


# SPIP's long form of a story's or a brief's URL ("spip.php?page=article&id_article=12",
# what its forms and some templates print) of the short one its links print
# ("spip.php?article12"): SPIP reads "articleN" as page=article&id_article=N.
_SPIP_KINDS = frozenset({"article", "breve"})


def spip_record(path: str, query: str) -> str:
    """``query``, or SPIP's short form of it when it names one story or brief in
    SPIP's long form and nothing else, so both URLs of one story are one record.

    >>> spip_record("/spip.php", "page=article&id_article=12"), spip_record("/spip.php", "id_breve=4&page=breve")
    ('article12', 'breve4')
    >>> spip_record("/spip.php", "page=article&id_article=12&lang=fr"), spip_record("/x.php", "page=article&id_article=1")
    ('page=article&id_article=12&lang=fr', 'page=article&id_article=1')
    """
    if not path.endswith("/spip.php") or query.count("&") != 1:
        return query
    fields = dict(piece.partition("=")[::2] for piece in query.split("&"))
    kind = fields.get("page", "")
    number = fields.get(f"id_{kind}", "")
    return f"{kind}{number}" if kind in _SPIP_KINDS and number.isdigit() and len(fields) == 2 else query


def drop_tracking(query: str) -> str:
    """The query without tracking or session parameters or empty pieces, otherwise
    as written. (w3lib's ``url_query_cleaner`` matches names exactly, case and
    all, and cannot look at a value, which ``sid`` needs.)

    >>> drop_tracking("b=2&utm_medium=rss&&flag&a=%7E&PHPSESSID=f00")
    'b=2&flag&a=%7E'
    """
    kept = []
    for piece in query.split("&"):
        name, _, value = piece.partition("=")
        name = unquote_plus(name)
        if piece and not is_tracking_param(name) and not is_session_param(name, unquote_plus(value)):
            kept.append(piece)
    return "&".join(kept)


def site_of(url: str) -> str:
    """Host name of a URL, lower case, without ``www.``, with its port when it is
    not the scheme's default: two sites on one host (``127.0.0.1:8765`` and
    ``127.0.0.1:8766``) stay apart.

    >>> site_of("https://www.Example.com/a")
    'example.com'
    >>> site_of("http://127.0.0.1:8765/a")
    '127.0.0.1:8765'
    >>> site_of("https://example.com:443/a")
    'example.com'
    >>> site_of("https://bücher.example/")  # IDNA, as Scrapy sends it (w3lib's safe_url_string)
    'xn--bcher-kva.example'
    >>> site_of("http://0x7f.1:8765/a")  # an IPv4 address's short form (ipv4_host)
    '127.0.0.1:8765'
    """
    try:
        parts = urlsplit(url if url.isascii() else safe_url_string(url))
        host = ipv4_host((parts.hostname or "").lower())
        port = parts.port
    except ValueError:
        return ""
    host = host[4:] if host.startswith("www.") else host
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return f"{host}:{port}" if port and port != default else host


def site_key(url: str) -> str:
    """Host (``www.`` dropped) and non-default port: what "the same site" means for
    following links, redirects and canonical links (http <-> https and ``www.``
    moves stay on the site; another host or port is another site). The same
    string as :func:`site_of`, the article's ``site``.

    >>> site_key("https://www.example.com/a"), site_key("http://example.com:8080/b")
    ('example.com', 'example.com:8080')
    """
    return site_of(url)


def same_page(a: str, b: str) -> bool:
    """The same page once the scheme and a ``www.`` are set aside (both canonical).

    >>> same_page("http://www.example.com/a?x=1", "https://example.com/a?x=1")
    True
    """
    return site_key(a) == site_key(b) and urlsplit(a)[2:4] == urlsplit(b)[2:4]


#: The authority of a URL (``scheme://authority/...``): up to the first ``/``, ``?`` or ``#``.
_AUTHORITY = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)")


def _userinfo_span(url: str) -> tuple[int, int] | None:
    """Where the user info (``user:password``, before the ``@``) of ``url``'s authority is, or None."""
    found = _AUTHORITY.match(url)
    if found is None:
        return None
    at = found.group(1).rfind("@")
    return (found.start(1), found.start(1) + at) if at >= 0 else None


def has_userinfo(url: str) -> bool:
    """Whether ``url`` names a user (and maybe a password) before its host: no
    request of the crawl carries one (Twisted cannot send it either)."""
    return _userinfo_span(url) is not None


def masked(url: str) -> str:
    """``url`` with the password of its user info masked (``user:***@host``), as
    anything Clippings stores or prints shows it; other URLs unchanged."""
    span = _userinfo_span(url)
    if span is None:
        return url
    start, end = span
    user, colon, _password = url[start:end].partition(":")
    if not colon:  # a colon sent percent-encoded ("bob%3Apw"): the password after it
        encoded = re.search(r"%3a", user, re.IGNORECASE)
        if encoded is not None:
            user, colon = user[:encoded.start()], ":"
    return url[:start] + user + (":***" if colon else "") + url[end:]


def shown_url(url: str, *, bare: bool = False) -> str:
    """A URL the user gave as an error line shows it (:func:`crawler.shown.shown`),
    its password masked (:func:`masked`): a cron job's mail, a log, a crawl row's
    finish reason never carries it."""
    return shown(masked(url), bare=bare)


def on_local_network(url: str) -> bool:
    """Whether ``url``'s host is this machine or a private, link-local or reserved
    address written out (``localhost``, 127.0.0.1, 10.x, 192.168.x, 169.254.x: a
    cloud's metadata service, [::1], ...). A name is not resolved here: see
    :func:`name_to_resolve` and :func:`local_address_of`."""
    host = _host_of(url)
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return is_local_address(address)


def _host_of(url: str) -> str:
    """``url``'s host, lower case, without a final dot ("" when it has none or is malformed)."""
    try:
        return ipv4_host((urlsplit(url).hostname or "").lower()).rstrip(".")
    except ValueError:
        return ""


# The WHATWG URL standard's IPv4 parser (https://url.spec.whatwg.org/#concept-ipv4-parser):
# each dot-separated part a number, hexadecimal after "0x", octal after another
# leading "0", decimal otherwise (ASCII digits only: int() would take "+1" or "1_0").
_IPV4_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")
_IPV4_LAST = re.compile(r"[0-9]+|0[xX][0-9a-fA-F]*")
_IPV4_LAST_CHARS = frozenset("0123456789abcdefxABCDEFX.")


def ends_in_a_number(host: str) -> bool:
    """Whether ``host`` (lower case) ends in a number, so that the URL standard reads it
    as an IPv4 address, or fails the URL (https://url.spec.whatwg.org/#ends-in-a-number-checker).

    >>> ends_in_a_number("news.2024"), ends_in_a_number("127.1."), ends_in_a_number("2024.example")
    (True, True, False)
    """
    labels = host.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()  # a final dot
    return _IPV4_LAST.fullmatch(labels[-1]) is not None


def ipv4_problem(host: str) -> str | None:
    """Why ``host`` cannot be a URL's host as an IPv4 address, or None: it ends in a
    number (:func:`ends_in_a_number`) and is no IPv4 address ("256.1.1.1", "1.2.3.4.5",
    "news.2024"), which fails the URL in the URL standard (and in w3lib 2.6, which raises
    ValueError on it)."""
    lowered = host.lower()
    if lowered and ends_in_a_number(lowered) and ipv4_host(lowered) == lowered:
        try:
            ipaddress.IPv4Address(lowered)
        except ValueError:
            return "the host ends in a number and is no IPv4 address"
    return None


def ipv4_host(host: str) -> str:
    """``host`` (an http(s) URL's, lower case) written out as the IPv4 address it
    stands for when its last label is a number, as browsers, ``getaddrinfo`` and
    w3lib 2.6 (which rewrites every request's URL so) read it: ``127.1``,
    ``2130706433``, ``0x7f.0.0.1`` and ``0177.0.0.1`` are ``127.0.0.1``. A site given
    so is the site its requests go to, and a guard reads it as the address it is.
    Any other host as it is (a name; an IPv6 address; a number no IPv4 address
    reads as, "1.2.3.4.5", which w3lib 2.6 refuses: no request is made of it).

    >>> ipv4_host("127.1"), ipv4_host("0x7f.0.0.1."), ipv4_host("0177.0.0.1"), ipv4_host("2130706433")
    ('127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1')
    >>> ipv4_host("example.com"), ipv4_host("256.1.1.1"), ipv4_host("1.2.3.4.5"), ipv4_host("2024.example")
    ('example.com', '256.1.1.1', '1.2.3.4.5', '2024.example')
    """
    if host[-1:] not in _IPV4_LAST_CHARS:  # most hosts end in a letter no number ends in
        return host
    labels = host.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()  # a final dot
    if not _IPV4_LAST.fullmatch(labels[-1]) or len(labels) > 4 \
            or not all(_IPV4_PART.fullmatch(label) for label in labels):
        return host
    numbers = [int(label[2:] or "0", 16) if label[:2] in ("0x", "0X") else int(label, 8 if label[:1] == "0" else 10)
               for label in labels]
    if any(number > 255 for number in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        return host
    address = numbers[-1] + sum(number << (8 * (3 - n)) for n, number in enumerate(numbers[:-1]))
    return str(ipaddress.IPv4Address(address))


def is_local_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Not an address of the internet: private, loopback, link-local, reserved,
    shared (100.64/10, where a cloud may keep its metadata service), unspecified
    or multicast, or an IPv4 one of those written as IPv6 (``::ffff:127.0.0.1``, or
    6to4's ``2002:7f00:1::1``: 2002::/16 carries an IPv4 address; Teredo's 2001::/32
    and NAT64's 64:ff9b::/96 count as local whole, as Python's ipaddress tells)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            address = embedded
    return (not address.is_global or address.is_private or address.is_loopback or address.is_link_local
            or address.is_reserved or address.is_unspecified or address.is_multicast)


def name_to_resolve(url: str) -> str | None:
    """``url``'s host when it is a name :func:`on_local_network` cannot judge without
    a look-up (not an address written out, not ``localhost``), else None. An IPv4
    address's short form that reads as an internet address (``0x8.8.8.8``, ``1.0x``)
    is looked up as written too: with w3lib before 2.6 the request keeps it so, and the
    download looks it up (``getaddrinfo``, which reads "1.0x" as a name, to be answered
    by a search domain's server) to the addresses the guard then pins."""
    host = _host_of(url)
    if not host or on_local_network(url):
        return None
    written = (urlsplit(url).hostname or "").lower().rstrip(".")  # (read by _host_of already)
    try:
        ipaddress.ip_address(written)
    except ValueError:
        return written or None
    return None


def local_address_of(host: str) -> str | None:
    """The first address ``host`` resolves to that is not an internet address
    (:func:`is_local_address`), among all of them (``getaddrinfo``: every IPv4 and
    IPv6 answer, and the hosts file), else None. An old numeric form (``127.1``,
    ``2130706433``, ``0x7f.1``) resolves too. Blocking (a DNS query: run it off the
    reactor); raises :class:`OSError` when the name cannot be looked up."""
    for text, address in _addresses_of(host):
        if is_local_address(address):
            return text
    return None


def judged_addresses(host: str) -> tuple[str | None, tuple[str, ...]]:
    """One look-up of ``host``: its first local or private address (as
    :func:`local_address_of`, None when it has none) and every address it gave, so
    that a connection can be held to the addresses judged. Blocking; raises
    :class:`OSError` when the name cannot be looked up."""
    found = tuple(_addresses_of(host))
    local = next((text for text, address in found if is_local_address(address)), None)
    return local, tuple(text for text, _address in found)


def _addresses_of(host: str) -> Iterator[tuple[str, ipaddress.IPv4Address | ipaddress.IPv6Address]]:
    """Every address ``host`` resolves to, as the resolver wrote it and as read
    (``getaddrinfo``: each IPv4 and IPv6 answer, and the hosts file). Blocking;
    raises :class:`OSError` when it cannot be looked up."""
    for *_, sockaddr in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP):
        text = str(sockaddr[0])
        try:
            yield text, ipaddress.ip_address(text)
        except ValueError:  # (a family Python cannot read: not one a crawl connects to)
            continue


def local_site_address(host: str) -> str | None:
    """One of ``host``'s addresses when every one of them is local or private
    (:func:`is_local_address`): a site on this machine or a private network, whose
    crawl connects into that network already; else None (a site with an internet
    address among its own). Blocking, and raises :class:`OSError`, as
    :func:`local_address_of`."""
    found = None
    for _text, address in _addresses_of(host):
        if not is_local_address(address):
            return None
        found = found or str(address)
    return found


#: An http(s) URL's scheme, in any case (RFC 3986, 3.1: schemes are case-insensitive).
_HTTP_SCHEME = re.compile(r"https?://", re.IGNORECASE)


def is_http_url(seed: str) -> bool:
    """``seed`` is an http(s) URL with something after the scheme (``HTTP://`` too)."""
    scheme = _HTTP_SCHEME.match(seed)
    return scheme is not None and scheme.end() < len(seed)


def lower_scheme(url: str) -> str:
    """``url`` with its http(s) scheme in lower case, as it is stored and compared
    (``HTTP://example.com/`` is ``http://example.com/``); any other URL as it is."""
    scheme = _HTTP_SCHEME.match(url)
    return url[:scheme.end()].lower() + url[scheme.end():] if scheme else url


def url_problem(url: str) -> str | None:
    """Why an http(s) URL cannot be fetched, or None: a seed is refused with it
    before the archive or a crawl row is made; a WARC record's target URI too."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a port out of range or not a number
    except ValueError as exc:
        return str(exc)
    if any(c.isspace() for c in parts.netloc):
        return "a space in the host name"
    if any(unicodedata.category(c) == "Cc" for c in url):
        return "a control character in it"
    if not parts.hostname:
        return "no host name"
    if "@" in parts.netloc:
        return "a user name or password in it"
    return host_problem(parts.hostname)


def host_problem(host: str) -> str | None:
    """Why a host name (an IP literal, or a name IDNA-encoded) cannot be fetched, or None.
    Letters, digits, ``-``, ``.`` and ``_`` (found in real subdomains) only."""
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass  # not an IP address: a name
    if (problem := ipv4_problem(host)) is not None:
        return problem
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        return f"the host name is not valid ({exc})"
    if not re.fullmatch(r"[A-Za-z0-9._-]+", ascii_host):
        return "characters other than letters, digits, '-' and '.' in the host name"
    return None
