"""A TCP proxy on 127.0.0.1 in front of a real Redis that, once armed, holds the
next command naming ``word`` (as ``SET``) on its way to Redis until released: a
beat in flight for as long as a test needs, while other commands pass. Redis's
answer to the held command, once released, sets :attr:`HeldProxy.answered` (the
command has run, whether its client still waits for it or gave up)."""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class HeldProxy:
    def __init__(self, host: str, port: int, word: bytes) -> None:
        self.target = (host, port)
        self.word = word
        self.armed = threading.Event()
        self.held = threading.Event()
        self.release = threading.Event()
        self.answered = threading.Event()
        self.held_upstream: socket.socket | None = None
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = [self.listener]
        self.threads = [threading.Thread(target=self.accept, daemon=True)]
        self.threads[0].start()

    def accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:  # (closed)
                return
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            for pump in (threading.Thread(target=self.pump, args=(client, upstream, True), daemon=True),
                         threading.Thread(target=self.pump, args=(upstream, client, False), daemon=True)):
                self.threads.append(pump)
                pump.start()

    def pump(self, source: socket.socket, sink: socket.socket, outgoing: bool) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            if outgoing and self.armed.is_set() and self.word in data.upper():
                self.armed.clear()
                self.held_upstream = sink
                self.held.set()
                self.release.wait()
            elif not outgoing and source is self.held_upstream:
                self.answered.set()
            try:
                sink.sendall(data)
            except OSError:
                return

    def __enter__(self) -> HeldProxy:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        """Closed: its sockets shut (which wakes a thread waiting in ``accept`` or
        ``recv``: closing alone does not) and its threads joined, none left running
        into the tests after this one."""
        self.release.set()
        for sock in self.sockets:
            with contextlib.suppress(OSError):  # (not connected, or already shut)
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        for thread in list(self.threads):
            thread.join(10)
