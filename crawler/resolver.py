"""The crawl's host name resolver: Scrapy's caching getaddrinfo resolver (IPv4
and IPv6), given up on after ``DNS_TIMEOUT``.

Scrapy's ``CachingHostnameResolver`` reads no ``DNS_TIMEOUT`` ("does not support
setting a timeout value"): a name server that never answered held each request
for the system resolver's own timeouts (``/etc/resolv.conf``'s ``timeout`` times
``attempts`` and servers, up to minutes), however low ``DNS_TIMEOUT`` was set. This
one ends the look-up at ``DNS_TIMEOUT`` with no address, which Twisted reports as
a failed look-up ("no results for hostname lookup"), and logs why (a warning
naming the host and ``DNS_TIMEOUT``). The look-up's
thread runs on to the system's timeout (getaddrinfo cannot be stopped); only the
request stops waiting for it.

A name the local-network guard judged (a robots.txt hop's, :func:`pin`) is
answered with the addresses the guard's own look-up gave, not looked up again: a
name rebinding between the two (an internet address for the guard, then
127.0.0.1 for the download) would otherwise send the request into this
machine's network. A pin lasts as long as a request judged by it (a weak
reference to each: the hop's own request, whose download looks the name up): it
lasted for the process, so a long-running worker sent every later request to that
name (another crawl's hop, a site's page) to the addresses judged once, however
long ago, when the site had moved since. A pin in use is never dropped to make
room (a cache of 10,000 names dropped its oldest, live or not: a hop's download
then looked its name up again, open to rebinding); the pins are as many as the
requests judged that live, which the crawl's concurrency bounds.
See https://docs.scrapy.org/en/latest/topics/settings.html#dns-timeout
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Sequence
from typing import Any

from scrapy.crawler import Crawler
from scrapy.resolver import CachingHostnameResolver, HostResolution, dnscache
from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.interfaces import IAddress, IHostResolution, IResolutionReceiver
from zope.interface import implementer

__all__ = ["TimedHostnameResolver", "pin", "pinned"]

logger = logging.getLogger(__name__)

class _Pin:
    """The addresses a name was judged by, and the requests whose downloads connect
    to them (weakly held: the pin goes with the last of them)."""

    __slots__ = ("addresses", "holders")

    def __init__(self, addresses: tuple[str, ...]) -> None:
        self.addresses = addresses
        self.holders: weakref.WeakSet[Any] = weakref.WeakSet()


#: Host name -> the addresses the local-network guard judged it by, which its
#: download connects to (one process: the guard and the downloader share it, as
#: Scrapy's own ``dnscache``, which ``DNSCACHE_ENABLED=False`` empties, does).
#: No size bound: a pin goes only once its requests are gone (:func:`pin`).
_PINNED: dict[str, _Pin] = {}
_FIRST_SWEEP = 64
_SWEEP_AT = _FIRST_SWEEP
"""The table's size at which :func:`pin` next drops the pins no request holds."""


def _pin_key(host: str) -> str:
    """``host`` as pinned: lower case, without a final dot. The guard judges a name
    without it (:func:`crawler.urls.name_to_resolve`), the download looks up the
    URL's host as written: ``hop.example.`` missed the pin of ``hop.example``, was
    looked up again, and a rebinding name reached this machine."""
    return host.rstrip(".").lower()


def pin(host: str, addresses: Sequence[str], holder: Any) -> None:
    """Answer look-ups of ``host`` with ``addresses`` (what the guard judged) while
    ``holder`` (the request judged) lives, or another request pinned to the name
    since. Pins whose requests are all gone are dropped here, once the pins have
    doubled since the last sweep (each pin looked at the whole table: quadratic)."""
    global _SWEEP_AT
    if len(_PINNED) >= _SWEEP_AT:
        for name in [name for name, found in _PINNED.items() if not found.holders]:
            del _PINNED[name]
        _SWEEP_AT = max(_FIRST_SWEEP, 2 * len(_PINNED))
    key = _pin_key(host)
    found = _PINNED.get(key)
    if found is None:
        found = _PINNED[key] = _Pin(tuple(addresses))
    found.addresses = tuple(addresses)  # (any judged: each was found on no local network)
    found.holders.add(holder)


def pinned(host: str) -> tuple[str, ...] | None:
    """The addresses ``host`` is pinned to, or None (never pinned, or its requests are gone)."""
    found = _PINNED.get(_pin_key(host))
    if found is None:
        return None
    if not found.holders:
        del _PINNED[_pin_key(host)]
        return None
    return found.addresses


@implementer(IResolutionReceiver)
class _TimedReceiver:
    """Passes a look-up's answer on, unless ``give_up`` came first (then the
    receiver has been told the look-up is complete, with no address)."""

    def __init__(self, receiver: Any, host: str, timeout: float) -> None:
        self.receiver, self.host, self.timeout = receiver, host, timeout
        self.over = False
        self.timer: Any = None

    def resolutionBegan(self, resolution: IHostResolution) -> None:
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address: IAddress) -> None:
        if not self.over:
            self.receiver.addressResolved(address)

    def resolutionComplete(self) -> None:
        if self.over:
            return
        self.over = True
        if self.timer is not None and self.timer.active():
            self.timer.cancel()
        self.receiver.resolutionComplete()

    def give_up(self) -> None:
        if self.over:
            return
        logger.warning("DNS look-up of %s: no answer in %g s (DNS_TIMEOUT)", self.host, self.timeout)
        self.over = True
        self.receiver.resolutionComplete()


class TimedHostnameResolver(CachingHostnameResolver):
    """``CachingHostnameResolver`` that answers "no address" once a look-up has
    taken ``DNS_TIMEOUT`` seconds (0 or less: no limit, as Scrapy's)."""

    def __init__(self, reactor: Any, cache_size: int, timeout: float) -> None:
        super().__init__(reactor, cache_size)
        self.timeout = timeout

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> TimedHostnameResolver:
        """Built by Scrapy once per process (``crawler`` is the process: its settings
        are the crawl's, it has no stats)."""
        cache_size = crawler.settings.getint("DNSCACHE_SIZE") if crawler.settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, crawler.settings.getfloat("DNS_TIMEOUT"))

    def resolveHostName(
        self,
        resolutionReceiver: IResolutionReceiver,
        hostName: str,
        portNumber: int = 0,
        addressTypes: Sequence[type[IAddress]] | None = None,
        transportSemantics: str = "TCP",
    ) -> IHostResolution:
        addresses = pinned(hostName)
        if addresses is not None:
            receiver: Any = resolutionReceiver  # (zope interfaces: no self in their signatures)
            receiver.resolutionBegan(HostResolution(hostName))
            for text in addresses:
                receiver.addressResolved((IPv6Address if ":" in text else IPv4Address)("TCP", text, portNumber))
            receiver.resolutionComplete()
            return resolutionReceiver  # type: ignore[return-value]  # (as Scrapy's cached answer does)
        if self.timeout <= 0 or hostName in dnscache:  # (a cached answer comes at once)
            return super().resolveHostName(resolutionReceiver, hostName, portNumber, addressTypes,
                                           transportSemantics)
        timed: Any = _TimedReceiver(resolutionReceiver, hostName, self.timeout)
        timed.timer = self.reactor.callLater(self.timeout, timed.give_up)
        super().resolveHostName(timed, hostName, portNumber, addressTypes, transportSemantics)
        return resolutionReceiver  # type: ignore[return-value]  # (as Twisted's GAIResolver returns)
