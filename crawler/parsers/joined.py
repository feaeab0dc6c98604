"""A link's address joined to its page's, kept per pair: the stages join the same links
(the teaser finder, the home-link names, the own-card dates each join a page's links to
its address: four in ten joins on the dev pages repeat one already made), and
``urljoin`` is a pure function of the two addresses."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urljoin

__all__ = ["joined"]


def joined(base: str, href: str) -> str:
    """``urljoin(base, href)`` (raising as it raises: a refused address is not kept).

    >>> joined("http://a.example/news/x", "../y?p=2")
    'http://a.example/y?p=2'
    """
    # (plain str kept: lxml's "smart" string of an XPath holds its whole tree)
    return _joined(base if type(base) is str else str(base), href if type(href) is str else str(href))


@lru_cache(maxsize=4096)
def _joined(base: str, href: str) -> str:
    return urljoin(base, href)
