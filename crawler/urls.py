"""URL identity: canonical form of article URLs, shared by the spider and the parsers.

Written by hand (not w3lib's ``canonicalize_url``) because that one sorts query
arguments and keeps tracking parameters; here the query order is kept and only
known tracking parameters and the fragment are dropped.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track where a click came from; they never change the page.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ref_src", "ref_url", "cmpid",
    "ocid", "spm", "share", "s_cid", "mkt_tok", "oly_anon_id", "oly_enc_id",
    "vero_id", "wt_mc", "wt.mc_id", "__twitter_impression", "rss", "ref", "sr_share",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "at_")


def is_tracking_param(name: str) -> bool:
    """True for click-tracking query parameters (``utm_source``, ``fbclid``, ...)."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonicalize_url(url: str, base: str | None = None) -> str:
    """Absolute URL with scheme and host lower-cased, default port, fragment and
    tracking parameters dropped.

    >>> canonicalize_url("HTTP://Example.com:80/a/b?utm_source=x&id=3#top")
    'http://example.com/a/b?id=3'
    >>> canonicalize_url("/story?fbclid=1", base="https://news.example/x")
    'https://news.example/story'
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    )
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, query, ""))


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
    """
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return ""
    host = host[4:] if host.startswith("www.") else host
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return f"{host}:{port}" if port and port != default else host
