"""The tests' fork server ("zygote"): one Python process that has imported what a
``clippings`` run imports, and forks a child per ``python -m crawler.cli ...`` run a
test asks for (:mod:`tests.support.forkrun` is the test side). A child skips the
interpreter's start and about 0.8 CPU-s of imports (Scrapy, the parsers' ~540
regular expressions, the archive, the pipelines) and is otherwise the process
``python -m crawler.cli`` would be: its own stdio descriptors (sent over the
socket), no other descriptor open, the default signal handlers, the request's
cwd, environment and argv, the CLI run as ``-m`` runs a module (:func:`run_module_as_main`,
with public calls), and the interpreter's own exit (the run's end is raised to the top
of the zygote's stack: see :func:`run_cli`).

The zygote stays single-threaded with no Twisted reactor (a crawl installs its
own in the child): ``twisted.internet.reactor`` is refused while it imports, and
both are checked before every fork. Every child shares the zygote's hash seed
(as if PYTHONHASHSEED were fixed for the session); :mod:`random` is reseeded by
CPython in each child.

Protocol (one SOCK_SEQPACKET connection per run): the client sends one JSON
request (argv, cwd, env, start_new_session) with the child's fds 0, 1, 2; the
zygote answers ``{"pid": N}``, and ``{"status": S}`` (the raw wait status) when
the child has ended.

Run as ``python -m tests.support.zygote SOCKET_PATH PARENT_PID``: the socket in a
folder of its own, which the zygote removes if the parent ends without stopping it.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import faulthandler
import gc
import importlib
import importlib.abc
import importlib.util
import io
import json
import os
import selectors
import shutil
import signal
import socket
import sys
import threading
import types
from pathlib import Path
from typing import Any, NoReturn

#: What the zygote imports first: the modules a real ``clippings`` run had
#: imported when it ended (written by :mod:`tests.support.zygote_record`).
PRELOAD = Path(__file__).with_name("zygote_modules.txt")
#: Modules the zygote must not import: importing the reactor installs it.
REFUSED = frozenset({"twisted.internet.reactor"})
MAX_REQUEST = 1 << 20


class RefuseReactor(importlib.abc.MetaPathFinder):
    """A finder that makes importing any of :data:`REFUSED` an ImportError."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> None:
        if fullname in REFUSED:
            raise ImportError(f"{fullname} is not imported by the zygote")
        return


def preload(names: list[str]) -> list[str]:
    """Import ``names`` (those that import without the reactor); the ones skipped.
    A name with a leading underscore (a C accelerator: ``_asyncio``, ``_json``) comes
    after the others, as in a real run, where its package imports it: imported first
    (the list is sorted), ``_asyncio``'s init imported asyncio, whose tasks module
    imported ``_asyncio`` again, a second copy, and bound that copy's current tasks
    while the tasks registered themselves in the first's. ``asyncio.current_task()``
    was None in every task of every forked run: Uvicorn's shutdown (``asyncio.timeout``)
    raised "Timeout should be used inside a task", and a forked ``clippings serve``
    ended on SIGTERM with a traceback, exit 1, its lifespan task destroyed pending."""
    skipped = []
    finder = RefuseReactor()
    sys.meta_path.insert(0, finder)
    try:
        for name in sorted(names, key=lambda name: name.startswith("_")):  # (stable: sorted otherwise)
            try:
                importlib.import_module(name)
            except ImportError:
                skipped.append(name)
    finally:
        sys.meta_path.remove(finder)
    return skipped


def check_forkable() -> None:
    """The state a fork needs: one thread (Python's and the kernel's count), no reactor."""
    assert "twisted.internet.reactor" not in sys.modules, "the zygote has a Twisted reactor"
    assert threading.active_count() == 1, threading.enumerate()
    assert len(os.listdir("/proc/self/task")) == 1, "the zygote has a thread Python did not start"


def reset_signals() -> None:
    """The handlers a new interpreter has: SIGINT raises KeyboardInterrupt, SIGPIPE
    and SIGXFSZ ignored, every other one the default; none blocked."""
    signal.set_wakeup_fd(-1)
    for signum in signal.valid_signals():
        if signum in (signal.SIGKILL, signal.SIGSTOP):
            continue
        signal.signal(signum, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_SETMASK, [])


def close_other_fds() -> None:
    """Close every descriptor from 3 up (the zygote's sockets, pipes, epoll)."""
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd >= 3:
            try:
                os.close(fd)
            except OSError as exc:  # the listing's own descriptor, closed already
                if exc.errno != errno.EBADF:
                    raise


def new_stdio(unbuffered: bool) -> None:
    """sys.stdin/stdout/stderr made afresh on fds 0-2 as the interpreter makes them
    at start-up (create_stdio: ``unbuffered`` for PYTHONUNBUFFERED, line-buffered
    on a terminal or for stderr, "\\n" newlines, the zygote's encoding and errors),
    so their buffering and seekability are those of the new descriptors."""
    made = []
    for fd, old, mode, name in ((0, sys.__stdin__, "r", "<stdin>"), (1, sys.__stdout__, "w", "<stdout>"),
                                (2, sys.__stderr__, "w", "<stderr>")):
        assert old is not None
        raw_only = unbuffered and mode == "w"
        buffer: Any = open(fd, mode + "b", buffering=0 if raw_only else -1, closefd=False)
        raw = buffer if raw_only else buffer.raw
        raw.name = name
        line_buffering = not unbuffered and (os.isatty(fd) or fd == 2)
        text = io.TextIOWrapper(buffer, encoding=old.encoding, errors=old.errors, newline="\n",
                                line_buffering=line_buffering, write_through=unbuffered)
        text.mode = mode
        made.append(text)
    sys.stdin, sys.stdout, sys.stderr = made
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = made


def run_cli(argv: list[str]) -> NoReturn:
    """``python -m crawler.cli ARGS``: the module run as ``__main__`` in a fresh
    ``__main__`` module; its end is raised to the top of the zygote's stack, where
    the interpreter ends the child as it ends any Python process: SystemExit's code
    (its text printed), death by SIGINT after an uncaught KeyboardInterrupt (whose
    traceback shows the zygote's frames too), each after the interpreter's
    finalization (threads joined, atexit handlers, objects finalized: an archive's
    connection closed, its WAL checkpointed; stdout flushed, 120 if that fails). An
    uncaught exception ends it as any does: its traceback (the zygote's frames first)
    and exit status 1. So does one raised as the child is made (:func:`child`)."""
    main = types.ModuleType("__main__")
    sys.modules["__main__"] = main
    sys.argv = ["-m", *argv[3:]]
    sys.orig_argv = list(argv)
    run_module_as_main(argv[2], main)
    raise SystemExit(0)


def run_module_as_main(name: str, main: types.ModuleType) -> None:
    """Run module ``name``'s code in ``main`` (``sys.modules["__main__"]``) as ``python
    -m NAME`` does (CPython's private ``runpy._run_module_as_main``), with public calls:
    its spec found (its package imported first), its code from the spec's loader, the
    module's attributes ``-m`` sets, its path as ``sys.argv[0]``. Not
    :func:`runpy.run_module` (``alter_sys``): that runs the code in a module of its own
    and puts the old ``__main__`` and ``sys.argv[0]`` back when it ends, so the
    interpreter's finalization (atexit handlers, which close archives) would see another
    ``__main__`` than a real run's. A module that cannot be found or has no code ends the
    run as ``-m`` does: ``python: No module named ...``, exit status 1."""
    spec = importlib.util.find_spec(name)
    loader = spec.loader if spec is not None else None
    code = loader.get_code(name) if isinstance(loader, importlib.abc.InspectLoader) else None
    if spec is None or code is None:
        raise SystemExit(f"{sys.executable}: No module named {name}")
    main.__dict__.update(__name__="__main__", __file__=spec.origin, __cached__=spec.cached, __doc__=None,
                         __loader__=loader, __package__=spec.parent, __spec__=spec, __builtins__=builtins)
    sys.argv[0] = spec.origin or sys.argv[0]
    exec(code, main.__dict__)


def child(request: dict[str, Any], fds: list[int]) -> NoReturn:
    """In the forked child: become the requested process and run the CLI."""
    if request["start_new_session"]:
        os.setsid()
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
    close_other_fds()
    reset_signals()
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.path[0] = request["cwd"]
    new_stdio(bool(os.environ.get("PYTHONUNBUFFERED")))
    if os.environ.get("PYTHONFAULTHANDLER"):  # (as the interpreter does at start-up)
        faulthandler.enable()
    else:
        faulthandler.disable()
    run_cli(request["argv"])


def start_child(conn: socket.socket, others: list[Any]) -> int | None:
    """Read one request from ``conn``, fork its child; the child's pid (None when
    the client went away before asking)."""
    data, fds, _flags, _addr = socket.recv_fds(conn, MAX_REQUEST, 3)
    if not data:
        return None
    request = json.loads(data)
    assert len(fds) == 3, fds
    check_forkable()
    # Signals wait until the child has the default handlers (reset_signals): one sent
    # at once (a test's SIGTERM) must not meet the zygote's own.
    before = signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
    pid = os.fork()
    if pid:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
    else:
        for thing in others:  # closed by their owners (the rest by number in the child)
            thing.close()
        conn.close()
        child(request, fds)
    for fd in fds:
        os.close(fd)
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # (the test went away: reaped all the same)
        conn.send(json.dumps({"pid": pid}).encode())
    return pid


def reap(waiting: dict[int, socket.socket]) -> None:
    """Each ended child's raw wait status to the connection that asked for it."""
    while waiting:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = waiting.pop(pid, None)
        if conn is None:
            continue
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # (the test let go of the process)
            conn.send(json.dumps({"status": status}).encode())
        conn.close()


def serve(path: str, parent: int) -> None:
    """Accept runs on ``path`` until the parent (the pytest process) is gone."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    listener.bind(path)
    listener.listen(64)
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    wake = os.fdopen(wake_read, "rb", buffering=0)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda signum, frame: None)  # (the wake-up byte is what counts)
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    selector.register(wake, selectors.EVENT_READ)
    waiting: dict[int, socket.socket] = {}
    while os.getppid() == parent:
        for key, _events in selector.select(timeout=1.0):
            if key.fileobj is wake:
                wake.read(4096)
                continue
            conn, _ = listener.accept()
            conn.settimeout(30)
            pid = start_child(conn, [selector, listener, wake])
            if pid is None:
                conn.close()
            else:
                waiting[pid] = conn
        reap(waiting)


def main() -> None:
    path, parent = sys.argv[1], int(sys.argv[2])
    skipped = preload(PRELOAD.read_text().split())
    signal.signal(signal.SIGINT, signal.default_int_handler)  # (crawler.cli set its own at import)
    check_forkable()
    gc.collect()
    gc.freeze()  # the preloaded objects stay out of the children's collections: fewer pages copied
    if os.environ.get("CLIPPINGS_ZYGOTE_VERBOSE"):
        print(f"zygote: {len(sys.modules)} modules; skipped {skipped}", file=sys.stderr)
    signal.signal(signal.SIGTERM, stopped)  # (the session's end: the zygote's atexit handlers run)
    serve(path, parent)
    shutil.rmtree(os.path.dirname(path))  # (the parent ended without stopping it: its folder goes too)


def stopped(signum: int, frame: object) -> NoReturn:
    raise SystemExit(0)


if __name__ == "__main__":
    main()
