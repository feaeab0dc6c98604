"""``python -m crawler.cli ...`` runs of the tests forked from a zygote
(:mod:`tests.support.zygote`) in place of a new interpreter: about 0.8 CPU-s
fewer a run. :func:`popen` and :func:`run` take what :class:`subprocess.Popen` and
:func:`subprocess.run` take and hand back the same kinds of objects; a run the
zygote cannot make as the real process would be is a real subprocess (see
:func:`forkable`). ``CLIPPINGS_TEST_FORK=0`` makes every run a real subprocess.

:class:`ForkedPopen` is :class:`subprocess.Popen` with only the start and the
wait written here: subprocess's own code makes the pipes and file objects
(PIPE, DEVNULL, a file, text=...), communicates with timeouts, signals, and
closes; the start sends the child's three descriptors to the zygote instead of
executing, and the wait reads the raw wait status the zygote sends when it has
reaped the child. :func:`run` is :func:`subprocess.run`'s few lines over it
(subprocess.run names its own Popen).

A forked child has a new interpreter's signal dispositions as if started from a
shell: it does not inherit a signal the test process ignores (an xdist worker
ignores SIGINT and SIGQUIT), as a real subprocess does.

One zygote per pytest process, started on first use with the tests' environment
(:data:`tests.conftest.ENV`) and stopped at exit.

Why private hooks of :class:`subprocess.Popen` (:data:`POPEN_HOOKS`): the tests want
the Popen a new interpreter gives (pipes, files and DEVNULL as stdio, text mode,
communicate with timeouts, send_signal, kill, wait, the returncode of a death by a
signal) for a process this process did not start, and subprocess has no public way
to make a Popen of one (it starts its child itself, in ``_posixsubprocess``). The
public ways to fork from a pre-imported process do not make the process ``python -m
crawler.cli`` is: :func:`os.register_at_fork` only adds callbacks to a fork of this
process (which has imported pytest, not the CLI's modules, and has threads); a
:mod:`multiprocessing` fork server's child (``set_forkserver_preload``) has the
server's stdio, not the run's pipes, is a multiprocessing child
(``current_process()`` not the main one, its own pool's start differs) and ends by
``os._exit`` after its target: no interpreter finalization (atexit handlers, which
close and checkpoint the archive; stdout flushed, 120 when that fails) and an
uncaught KeyboardInterrupt is exit status 1, not the death by SIGINT the tests check;
a thin real subprocess that hands its descriptors to the zygote and relays signals
would have the relay's pid, not the crawl's (tests signal the crawl and read its
/proc entries), could not relay SIGKILL, and costs an interpreter start. So
:class:`ForkedPopen` overrides the start and the wait, and :func:`require_hooks`
fails every forked run with a message naming what changed when a Python changes
those hooks (checked against CPython 3.11 to 3.13); ``CLIPPINGS_TEST_FORK=0`` runs
the tests without them. The zygote side runs the module with public calls
(:func:`tests.support.zygote.run_module_as_main`).
"""

from __future__ import annotations

import atexit
import contextlib
import inspect
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

#: The environment switch: "0" makes every run a real subprocess.
SWITCH = "CLIPPINGS_TEST_FORK"
#: The zygote's command line, less the socket and the parent's pid after it.
ZYGOTE_COMMAND = [sys.executable, "-m", "tests.support.zygote"]
#: Variables read when the interpreter or a module starts (the zygote read them
#: once, for every child): a run that wants other values is a real subprocess.
STARTUP_VARIABLES = ("LANG", "LANGUAGE", "TZ", "TMPDIR")
STARTUP_PREFIXES = ("PYTHON", "LC_", "OPENBLAS", "OMP_", "MKL_")


def default_signals() -> None:
    """A ``preexec_fn`` that puts SIGINT and SIGHUP back to their defaults, as in a
    process started from a terminal (pytest's may ignore them, and an ignored
    signal is inherited): a forked child has them so already, and is forked."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


#: Set in the zygote only: numpy (which sqlite-utils imports) starts no BLAS threads.
ZYGOTE_ONLY = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
#: The Popen arguments a fork does not do, with their defaults: a run that gives
#: one another value is a real subprocess.
UNFORKABLE: dict[str, Any] = {
    "executable": None, "preexec_fn": None, "pass_fds": (), "shell": False, "user": None, "group": None,
    "extra_groups": None, "umask": -1, "process_group": None, "close_fds": True, "startupinfo": None,
    "creationflags": 0, "restore_signals": True, "pipesize": -1}


#: Start-up variables the zygote's child applies itself (its stdio, faulthandler).
APPLIED_IN_CHILD = ("PYTHONUNBUFFERED", "PYTHONFAULTHANDLER")


def startup_env(env: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in env.items() if key not in APPLIED_IN_CHILD and
            (key in STARTUP_VARIABLES or key.startswith(STARTUP_PREFIXES))}


def forkable(args: Any, kwargs: dict[str, Any]) -> bool:
    """Whether the zygote can make this run as ``subprocess`` would: ``python -m
    crawler.cli`` of this interpreter, an environment that agrees with the
    zygote's in what is read at start-up, an existing cwd, no terminal as its
    stdio (the zygote's stdio was made for none) and no Popen option of
    :data:`UNFORKABLE`."""
    from tests.conftest import ENV

    if os.environ.get(SWITCH, "1") == "0" or not isinstance(args, (list, tuple)):
        return False
    if list(args[:3]) != [sys.executable, "-m", "crawler.cli"] or not all(isinstance(a, str) for a in args):
        return False
    if kwargs.get("preexec_fn") is default_signals:
        kwargs = {**kwargs, "preexec_fn": None}
    if any(kwargs.get(name, default) != default for name, default in UNFORKABLE.items()):
        return False
    env = kwargs.get("env")
    if env is None or startup_env(dict(env)) != startup_env(ENV):
        return False
    cwd = kwargs.get("cwd")
    if cwd is not None and not Path(cwd).is_dir():
        return False
    return not any(isinstance(value, int) and value >= 0 and os.isatty(value)
                   for value in (kwargs.get(name) for name in ("stdin", "stdout", "stderr")))


class Zygote:
    """The zygote process of this pytest process and its socket."""

    def __init__(self) -> None:
        from tests.conftest import ENV, ROOT

        self.folder = tempfile.TemporaryDirectory(prefix="zygote-")
        self.path = str(Path(self.folder.name) / "socket")
        self.log = Path(self.folder.name) / "stderr"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen([*ZYGOTE_COMMAND, self.path, str(os.getpid())],
                                            env={**ENV, **ZYGOTE_ONLY}, cwd=ROOT, stdin=subprocess.DEVNULL,
                                            stdout=subprocess.DEVNULL, stderr=log)

    def connect(self) -> socket.socket:
        """A connection to the zygote, once it has imported everything (at most 5 minutes)."""
        deadline = time.monotonic() + 300
        while True:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
            try:
                sock.connect(self.path)
                return sock
            except (FileNotFoundError, ConnectionRefusedError):
                sock.close()
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the zygote did not start ({self.process.returncode}): {self.said}")
            time.sleep(0.02)

    @property
    def said(self) -> str:
        """What the zygote wrote on its stderr (its own failures)."""
        return self.log.read_text(errors="replace") if self.log.exists() else "(stopped)"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)
        self.folder.cleanup()


_zygote: Zygote | None = None
#: Held while :func:`zygote` looks at and starts the zygote: two threads starting runs
#: at once (a test's workers started on threads) would each start one, and one be lost.
_zygote_lock = threading.Lock()

#: The argv of each run the zygote forked for this process, by its pid, until its
#: end is read: a forked child never executes, so its command line (``/proc/PID/cmdline``)
#: is the zygote's, and a run left running read as a zygote left running.
FORKED_RUNS: dict[int, list[str]] = {}


def is_zygote_of_this_process(pid: int) -> bool:
    """Whether process ``pid`` is a zygote this process started (the current one, or
    one it replaced): the zygote's command line naming this process as its parent,
    and this process its parent. A child the zygote forked has that command line too,
    but the zygote as its parent."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            argv = cmdline.read().decode(errors="replace").split("\0")
        with open(f"/proc/{pid}/stat") as stat:
            parent = int(stat.read().rsplit(")", 1)[1].split()[1])
    except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
        return False
    return argv[:3] == ZYGOTE_COMMAND and argv[4:5] == [str(os.getpid())] and parent == os.getpid()


def zygote() -> Zygote:
    """This process's zygote, started on first use and again once it has ended (its
    runs still waited for are told: :class:`ZygoteGone`)."""
    global _zygote
    if os.environ.get(SWITCH, "1") == "0":
        raise RuntimeError(f"{SWITCH}=0: no run is forked")
    with _zygote_lock:
        if _zygote is None or _zygote.process.poll() is not None:
            _zygote = Zygote()
            atexit.register(_zygote.stop)
        return _zygote


class ZygoteGone(RuntimeError):
    """The zygote ended while one of its children was still being waited for."""


#: The private methods of :class:`subprocess.Popen` that :class:`ForkedPopen`
#: overrides or calls, and the leading parameters it passes or reads (CPython 3.11-3.13);
#: it also sets the private attribute ``_child_created`` as ``_execute_child`` does.
POPEN_HOOKS: dict[str, tuple[str, ...]] = {
    "_execute_child": ("self", "args", "executable", "preexec_fn", "close_fds", "pass_fds", "cwd", "env",
                       "startupinfo", "creationflags", "shell", "p2cread", "p2cwrite", "c2pread", "c2pwrite",
                       "errread", "errwrite", "restore_signals", "gid", "gids", "uid", "umask",
                       "start_new_session", "process_group"),
    "_close_pipe_fds": ("self", "p2cread", "p2cwrite", "c2pread", "c2pwrite", "errread", "errwrite"),
    "_handle_exitstatus": ("self", "sts"),
    "_internal_poll": ("self", "_deadstate"),
    "_wait": ("self", "timeout"),
}


def changed_hooks(popen_class: type = subprocess.Popen) -> list[str]:
    """What differs in ``popen_class`` from :data:`POPEN_HOOKS`, in words (none: as expected)."""
    changed = []
    for name, expected in POPEN_HOOKS.items():
        method = getattr(popen_class, name, None)
        if not callable(method):
            changed.append(f"{name} is gone")
            continue
        try:
            found = tuple(inspect.signature(method).parameters)
        except (TypeError, ValueError):
            found = ()
        if found[:len(expected)] != expected or (name == "_execute_child" and found != expected):
            changed.append(f"{name}{found} is not {name}{expected}")
    return changed


def require_hooks() -> None:
    """Fail a forked run, naming what changed, when this Python's subprocess.Popen
    does not have the private hooks :class:`ForkedPopen` relies on (see the module)."""
    changed = changed_hooks()
    if changed:
        raise RuntimeError(
            f"tests/support/forkrun.py forks the tests' clippings runs through private parts of "
            f"subprocess.Popen, which Python {sys.version.split()[0]} has changed: {'; '.join(changed)}. "
            f"Run the tests with {SWITCH}=0 (every run a new interpreter: slower) or bring ForkedPopen "
            f"up to date with this Python's subprocess.")


class ForkedPopen(subprocess.Popen):  # type: ignore[type-arg]
    """A run forked by the zygote, as :class:`subprocess.Popen` (see the module)."""

    _conn: socket.socket
    _zygote: Zygote

    def __new__(cls, *args: Any, **kwargs: Any) -> ForkedPopen:
        require_hooks()  # (before there is an object: Popen's __del__ reads what its __init__ sets)
        return super().__new__(cls)

    def _execute_child(self, args: Any, executable: Any, preexec_fn: Any, close_fds: Any, pass_fds: Any,
                       cwd: Any, env: Any, startupinfo: Any, creationflags: Any, shell: Any,
                       p2cread: int, p2cwrite: int, c2pread: int, c2pwrite: int, errread: int, errwrite: int,
                       *rest: Any) -> None:
        start_new_session = rest[-2] if len(rest) >= 2 else False  # (..., start_new_session, process_group)
        request = {"argv": list(args), "cwd": os.path.abspath(cwd if cwd is not None else os.getcwd()),
                   "env": dict(env), "start_new_session": bool(start_new_session)}
        fds = [p2cread if p2cread != -1 else 0, c2pwrite if c2pwrite != -1 else 1,
               errwrite if errwrite != -1 else 2]
        self._zygote = zygote()
        self._conn = self._zygote.connect()
        try:
            socket.send_fds(self._conn, [json.dumps(request).encode()], fds)
            self.pid = json.loads(self._said())["pid"]
            self._child_created = True
            FORKED_RUNS[self.pid] = list(args)
        finally:
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _status(self, timeout: float | None) -> int | None:
        """The child's raw wait status once the zygote has reaped it; None if not
        within ``timeout`` (0: now)."""
        self._conn.settimeout(timeout)
        try:
            data = self._said()
        except (TimeoutError, BlockingIOError):
            return None
        self._conn.close()
        FORKED_RUNS.pop(self.pid, None)
        return int(json.loads(data)["status"])

    def _said(self) -> bytes:
        """The zygote's next message on this run's connection."""
        data = self._conn.recv(4096)
        if not data:
            raise ZygoteGone(f"the zygote ended before process {self.pid} did: {self._zygote.said}")
        return data

    def _internal_poll(self, _deadstate: Any = None, *args: Any, **kwargs: Any) -> int | None:
        if self.returncode is None:
            try:
                status = self._status(0)
            except ZygoteGone:
                if _deadstate is None:
                    raise
                self.returncode = _deadstate  # (what subprocess's poll from __del__ asks for)
                return self.returncode
            if status is not None:
                self._handle_exitstatus(status)
        return self.returncode

    def _wait(self, timeout: float | None) -> int:
        if self.returncode is None:
            status = self._status(timeout)
            if status is None:
                raise subprocess.TimeoutExpired(self.args, timeout)  # type: ignore[arg-type]
            self._handle_exitstatus(status)
        assert self.returncode is not None
        return self.returncode


def popen(args: Any, **kwargs: Any) -> subprocess.Popen[Any]:
    """:class:`subprocess.Popen`, forked by the zygote when :func:`forkable`."""
    if forkable(args, kwargs):
        return ForkedPopen(args, **kwargs)
    return subprocess.Popen(args, **kwargs)


def run(args: Any, *, input: Any = None, capture_output: bool = False, timeout: float | None = None,
        check: bool = False, **kwargs: Any) -> subprocess.CompletedProcess[Any]:
    """:func:`subprocess.run`, its child made by :func:`popen`."""
    if input is not None:
        kwargs["stdin"] = subprocess.PIPE
    if capture_output:
        kwargs["stdout"] = kwargs["stderr"] = subprocess.PIPE
    with popen(args, **kwargs) as process, contextlib.ExitStack() as on_failure:
        on_failure.callback(process.kill)  # (a test's timeout or interrupt: no child left running)
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        on_failure.pop_all()
        code = process.poll()
    assert code is not None
    if check and code:
        raise subprocess.CalledProcessError(code, process.args, output=stdout, stderr=stderr)
    return subprocess.CompletedProcess(process.args, code, stdout, stderr)
