"""Host name look-ups of a real crawl against a real (silent) name server: the crawl
runs in a mount namespace of its own whose ``/etc/resolv.conf`` names a server
this test holds on a loopback address, which never answers."""

from __future__ import annotations

import json
import random
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import ENV, ROOT


def _namespaces_work() -> bool:
    try:
        return subprocess.run(["unshare", "-m", "true"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


needs_namespace = pytest.mark.skipif(not _namespaces_work(), reason="unshare -m (a private mount namespace) fails here")


@pytest.fixture
def silent_name_server() -> Iterator[str]:
    """A loopback address whose port 53 takes DNS queries (UDP and TCP) and never answers."""
    for _ in range(20):
        address = f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(1, 254)}"
        udp, tcp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM), socket.socket()
        try:
            udp.bind((address, 53))
            tcp.bind((address, 53))
            tcp.listen()
        except OSError as exc:
            udp.close()
            tcp.close()
            if exc.errno == 13:  # EACCES: port 53 needs root
                pytest.skip("binding port 53 needs root")
            continue
        try:
            yield address
        finally:
            udp.close()
            tcp.close()
        return
    pytest.skip("no free loopback address for a name server")


def crawl_with_name_server(server: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``clippings crawl ARGS`` whose look-ups go to ``server`` only (``/etc/resolv.conf``
    bound over in a mount namespace of the crawl's own): the system gives a look-up
    up after 4 s, past the crawl's ``DNS_TIMEOUT`` (the system's default, 2 x 5 s, held
    the crawl's process that much longer at its end: the look-up's thread runs on)."""
    resolv = tmp_path / "resolv.conf"
    resolv.write_text(f"nameserver {server}\noptions timeout:4 attempts:1\n", encoding="utf-8")
    script = 'mount --bind "$0" /etc/resolv.conf && exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, str(resolv), sys.executable, "-m", "crawler.cli",
                           "crawl", *args], capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=600)


@needs_namespace
def test_a_look_up_no_server_answers_is_given_up_after_dns_timeout(silent_name_server: str, tmp_path: Path) -> None:
    """Scrapy's getaddrinfo resolver (``CachingHostnameResolver``) keeps no
    ``DNS_TIMEOUT``: each request to a name whose server never answers waited out
    the system's own timeouts (here 2 x 5 s; minutes with several servers). Each
    look-up now ends at ``DNS_TIMEOUT``, with a warning that says so."""
    db = tmp_path / "stall.db"
    run = crawl_with_name_server(silent_name_server, tmp_path, "http://stall.test:8080/news/front", "--db", str(db),
                                 "--delay", "0", "--no-warc", "--processes", "0", "-s", "RETRY_ENABLED=False",
                                 "-s", "DNS_TIMEOUT=1", "--verbose")
    assert run.returncode == 1, run.stderr[-3000:]
    with closing(sqlite3.connect(db)) as conn:
        ((outcome, reason),) = conn.execute("SELECT outcome, reason FROM fetches").fetchall()
    assert outcome == "error" and "DNS lookup failed" in reason, reason
    assert "[crawler.resolver] WARNING: DNS look-up of stall.test: no answer in 1 s (DNS_TIMEOUT)" in run.stderr, \
        run.stderr[-3000:]


def _network_namespaces_work() -> bool:
    try:
        return subprocess.run(["unshare", "-n", "-m", "ip", "link", "set", "lo", "up"], capture_output=True,
                              timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.mark.skipif(not _network_namespaces_work(), reason="unshare -n -m with ip(8) fails here")
@pytest.mark.parametrize("hop", ["hop.test", "hop.test.", "HOP.test"])
def test_a_robots_txt_hop_whose_name_rebinds_to_this_machine_is_not_sent_here(tmp_path: Path, hop: str) -> None:
    """A site on the internet redirects its robots.txt to a name that the guard's
    look-up finds on the internet and the download's, a moment later, on 127.0.0.1
    (DNS rebinding, TTL 0): the request went to this machine (README: "is not
    caught"). The download now connects to the addresses the guard judged, however
    the name is written (a final dot, capitals: ``hop.test.`` missed the pin of
    ``hop.test`` and was looked up again, into this machine)."""
    from tests.support import rebinding_world as world

    resolv = tmp_path / "resolv.conf"
    resolv.write_text(f"nameserver {world.NAME_SERVER}\n", encoding="utf-8")
    setup = " && ".join(["ip link set lo up",
                         *(f"ip addr add {a}/32 dev lo" for a in (world.SITE, world.HOP_SERVER, world.NAME_SERVER)),
                         'mount --bind "$0" /etc/resolv.conf', 'exec "$@"'])
    run = subprocess.run(["unshare", "-n", "-m", "sh", "-c", setup, str(resolv), sys.executable, "-m",
                          "tests.support.rebinding_world", str(tmp_path / "hop.db"), hop],
                         capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["inside"] == {}, found
    assert found["public"] == {"/robots.txt": 1}, found
    assert found["given"][0] == world.HOP_SERVER, found
    assert found["returncode"] == 0 and "/private" not in str(found["site"]), found
