"""A site on an internet address whose robots.txt is redirected to a name that
rebinds: the name server gives ``hop.test`` an internet address at its first
look-up and 127.0.0.1 after. Run by tests/test_dns.py as ``python -m
tests.support.rebinding_world DB`` inside a network namespace of its own (its
loopback holding the addresses below) whose /etc/resolv.conf names
:data:`NAME_SERVER`; crawls the site into DB and prints, as JSON, the requests
each of the hop's two servers had and how many times the name was asked for."""

from __future__ import annotations

import json
import socket
import struct
import subprocess
import sys
import threading

from tests.fault_site import FaultHandler, article, serve

SITE, HOP_SERVER, NAME_SERVER = "1.2.3.4", "1.2.3.6", "1.2.3.53"
HOP = "hop.test"
ROBOTS = b"User-agent: *\nDisallow: /private\n"


def name_server(answers: list[str]) -> list[str]:
    """Answer ``A`` queries for :data:`HOP` with ``answers`` in turn (the last one
    from then on), TTL 0; no ``AAAA`` record; any other name does not exist.
    Returns the list of answers given, which grows."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((NAME_SERVER, 53))
    given: list[str] = []

    def run() -> None:
        while True:
            data, peer = sock.recvfrom(4096)
            end, labels = 12, []
            while data[end]:
                labels.append(data[end + 1:end + 1 + data[end]].decode("ascii").lower())
                end += 1 + data[end]
            (qtype,) = struct.unpack(">H", data[end + 1:end + 3])
            question, answer = data[12:end + 5], b""
            if ".".join(labels) == HOP and qtype == 1:
                given.append(answers[min(len(given), len(answers) - 1)])
                answer = struct.pack(">HHHLH", 0xC00C, 1, 1, 0, 4) + socket.inet_aton(given[-1])
            rcode = 0 if ".".join(labels) == HOP else 3
            header = struct.pack(">HHHHHH", data[0] << 8 | data[1], 0x8180 | rcode, 1, 1 if answer else 0, 0, 0)
            sock.sendto(header + question + answer, peer)

    threading.Thread(target=run, daemon=True).start()
    return given


def main(db: str, hop: str = HOP) -> None:
    def rules(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.send_bytes(200, ROBOTS, "text/plain")

    public = serve({"/robots.txt": rules}, host=HOP_SERVER)
    port = public.server_address[1]
    inside = serve({"/robots.txt": rules}, host="127.0.0.1", port=port)
    site = serve({"/robots.txt": lambda h, q: h.redirect(f"http://{hop}:{port}/robots.txt", status=301),
                  "/news/front": lambda h, q: h.html(article("Front story", "/news/front", base=f"http://{SITE}"))},
                 host=SITE, port=80)
    given = name_server([HOP_SERVER, "127.0.0.1"])
    run = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", f"http://{SITE}/news/front", "--db", db,
                          "--delay", "0", "--no-warc", "--processes", "0", "-s", "AUTOTHROTTLE_ENABLED=False"],
                         capture_output=True, text=True, timeout=300)
    print(json.dumps({"public": public.counts, "inside": inside.counts, "site": site.counts, "given": given,
                      "returncode": run.returncode, "stderr": run.stderr[-3000:]}))


if __name__ == "__main__":
    main(*sys.argv[1:])
