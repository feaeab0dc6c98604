"""Shared fixtures: the sample site on 127.0.0.1, and crawls of it through the real CLI."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

#: The fixtures' generator scripts (``fixtures/*/build.py``) are run by the tests that
#: check their output, not collected: ``--doctest-modules`` would import each as a
#: top-level module ``build``, and two of them clash ("import file mismatch").
collect_ignore_glob = ["fixtures/*"]

ROOT = Path(__file__).resolve().parent.parent

# The tests send SIGHUP and SIGINT to the commands they start and check the stop each
# makes. A session started under `nohup`, or in the background by a shell without job
# control, hands its children those signals ignored, and a command keeps a signal its
# user chose to ignore (as Scrapy does): those checks would see no stop. The
# session's processes, and so the commands they start, take the defaults back.
if signal.getsignal(signal.SIGHUP) is signal.SIG_IGN:
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

#: The test files that take longest (they start crawls, coordinators and workers),
#: the longest first, measured on a full run (``--durations``). ``make test`` hands
#: whole files to the pytest-xdist workers in collection order
#: (``--dist loadfile --no-loadscope-reorder``): these go out first, so no worker is
#: left running one of them alone while the others have finished. Left to itself
#: xdist sends the files with the most tests first, which puts these last.
LONGEST_FIRST = (
    "test_distributed.py", "test_cli_runs.py", "test_distributed_stops.py", "test_cli_faults.py",
    "test_distributed_resume.py", "test_warc_durable.py", "test_cli_probe32.py", "test_distributed_probe39.py",
    "test_snapshots.py", "test_hostile_probe36.py", "test_crawl_slots.py", "test_politeness.py",
    "test_resume_redirects.py", "test_crawl.py", "test_dns.py", "test_resume.py", "test_cli_probe35.py",
    "test_corpus_clusters.py", "test_hostile_sites.py", "test_warc.py", "test_corpus.py", "test_robots.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files of :data:`LONGEST_FIRST` to the front, in its order; every other
    test after them as collected (each file's tests stay together, in their order)."""
    rank = {name: n for n, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)) if item.path.parent.name == "tests"
               else len(rank))


#: Every ``clippings`` the tests start parses on its reactor thread unless a test
#: asks for the extraction pool (``--processes N``, or :data:`POOL_ENV`): the pool's
#: start-up (a fork server and a process per core) costs about 1 CPU-second per crawl,
#: and the suite starts hundreds of crawls and workers on CI's 2 cores. The pool has
#: tests of its own (tests/test_parse_errors.py, the pool tests of test_cli_runs.py,
#: test_distributed.py, test_cli_faults.py...), which run it explicitly. Set here, at
#: import, before any subprocess starts: every child inherits it.
os.environ["CLIPPINGS_PROCESSES"] = "0"
#: This checkout's code first on the path: a subprocess started from a temporary
#: folder would otherwise import whichever checkout an editable install points at.
ENV = {**os.environ, "PYTHONUNBUFFERED": "1",
       "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
#: :data:`ENV` with the extraction pool as users get it by default (one process per core).
POOL_ENV = {key: value for key, value in ENV.items() if key != "CLIPPINGS_PROCESSES"}


@pytest.fixture(scope="session")
def demo_server() -> Iterator[Any]:
    """The bundled sample site on a free port (state 1), for the whole test session."""
    from crawler.demo.server import serve_demo

    with serve_demo(port=0) as server:
        yield server


@dataclass
class CrawlRun:
    """A finished ``clippings crawl`` run."""

    db: Path
    returncode: int
    stdout: str
    stderr: str


def clippings(*args: str, cwd: Path | None = None, timeout: float = 300,
              env: dict[str, str] | None = None, cold: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the real ``clippings`` command in a process of its own (one Twisted reactor
    per crawl): forked from the zygote (:mod:`tests.support.forkrun`), or with
    ``cold`` a new interpreter (``python -m crawler.cli``), which a few tests of each
    command keep doing so that the real start stays tested."""
    from tests.support import forkrun

    runner = subprocess.run if cold else forkrun.run
    return runner([sys.executable, "-m", "crawler.cli", *args], capture_output=True,
                  text=True, cwd=cwd or ROOT, timeout=timeout, env=env or ENV)


def clippings_here(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real ``clippings`` command run in this process by click's runner, returned
    as :func:`clippings` returns a subprocess's run. For one check fed many inputs that
    differ only in what a check before any work reads (a cut WARC, a bad ``-s``): a
    real subprocess among them keeps the process itself tested (exit status, stderr,
    nothing written), the others skip an interpreter start with Scrapy's imports (about
    0.5 CPU-s each). Signal handlers the command sets are put back; an exception the
    command did not turn into its exit status is raised here, not read as an exit."""
    import signal

    from click.testing import CliRunner

    from crawler.cli import cli

    handlers = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    before = Path.cwd()
    try:
        os.chdir(cwd or ROOT)  # where :func:`clippings` starts its subprocess
        result = CliRunner().invoke(cli, list(args), prog_name="clippings")
    finally:
        os.chdir(before)
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(["clippings", *args], result.exit_code, result.stdout, result.stderr)


def crawl(db: Path, *seeds: str, extra: tuple[str, ...] = (), env: dict[str, str] | None = None,
          cold: bool = False) -> CrawlRun:
    """Crawl ``seeds`` into ``db`` with no politeness delay (the sample site is ours)."""
    result = clippings("crawl", *seeds, "--db", str(db), "--delay", "0", *extra, env=env, cold=cold)
    return CrawlRun(db=db, returncode=result.returncode, stdout=result.stdout, stderr=result.stderr)


@pytest.fixture(scope="session")
def demo_crawl(demo_server: Any, tmp_path_factory: pytest.TempPathFactory) -> CrawlRun:
    """One full crawl of the sample site's home page, shared by the read-only tests."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    run = crawl(db, demo_server.base_url + "/")
    assert run.returncode == 0, run.stderr
    return run


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server of the module's own on a free port of 127.0.0.1, and its URL
    (the distributed crawl tests)."""
    from tests.support.redis_crawls import start_redis  # (it reads ROOT from here)

    server, url = start_redis(tmp_path_factory.mktemp("redis"))
    yield url
    server.terminate()
    server.wait(10)


# --- What a test leaves running ------------------------------------------------------
#
# A thread a test started and left running (a server's request thread stalled on a
# killed client, a proxy's threads blocked on sockets closed under them) runs on in the
# xdist worker through the tests after it: tests/test_parse_no_cycles.py failed in CI
# on the cyclic garbage one such thread made. So each test's threads, and the
# processes it started (this process's children, and the zygote's: the ``clippings``
# runs it forked), must be gone once the test and its fixtures have ended, given
# :data:`LEFT_JOIN_SECONDS` to end: the test errors naming what is left. What a
# fixture broader than a function's started at its setup (a session's demo site, a
# module's redis-server) is that fixture's, not the test's; nor is the zygote. A
# thread left by a test that uses such a fixture may be that fixture's object's,
# started on demand (a browser's event loop's executor threads): it must have ended
# by the end of the test's module instead, once the module's fixtures are torn down.

#: How long the threads and processes a test started are given to end after it.
LEFT_JOIN_SECONDS = 3.0
#: Threads and processes started by the setup of a fixture broader than a function's.
_FIXTURES_OWN: tuple[set[threading.Thread], set[int]] = (set(), set())
#: The names of the fixtures broader than a function's that have been set up.
_BROAD_FIXTURES: set[str] = set()
#: Threads left by a test that used a broader fixture, and the test: checked at its module's end.
_LEFT_TILL_THE_MODULE_ENDS: list[tuple[threading.Thread, str]] = []


#: At most this many processes are looked at under this process (a walk of a tree
#: that kept growing as it was read, or of pids reused into a cycle, ends there).
MOST_DESCENDANTS = 10_000


def child_pids(not_into: set[int] | frozenset[int] = frozenset()) -> set[int]:
    """The running processes under this one, at any depth: its children (the zygote,
    servers, commands), theirs (the ``clippings`` runs the zygote forked, the pool
    workers multiprocessing's fork server started, a server's own children), and so
    on down; the walk does not go under the processes of ``not_into`` (what a broader
    fixture started: its children are that fixture's object's). The zygotes this
    process started (:func:`tests.support.forkrun.is_zygote_of_this_process`: by
    their command line and parent, as a run a zygote forked has its command line
    too) and multiprocessing's process-wide helpers (:data:`PROCESS_WIDE`, known as
    this process's children by their command line, which the fork server's children
    share) are not counted themselves; their children are. Read from ``/proc/PID/task/TID/children``, from
    this process down (bounded by :data:`MOST_DESCENDANTS`), not by a scan of every
    process of the machine (about 14 ms a scan, twice a test). A process whose parent
    has ended is the init process's, out of reach: the check sees a left grandchild
    while the process between is alive (a fixture's, the zygote, a fork server). (Making
    this process a child subreaper was tried: the orphans it adopted stayed zombies,
    unreaped lest a Popen's status be stolen, and the suite stalled near its end.)"""
    from tests.support import forkrun

    found: set[int] = set()
    todo = [os.getpid()]
    while todo and len(found) < MOST_DESCENDANTS:
        parent = todo.pop()
        for pid in children_of(parent) - found - {os.getpid()}:
            found.add(pid)
            if pid not in not_into:
                todo.append(pid)
    helpers = {pid for pid in children_of(os.getpid()) if process_wide(pid) or forkrun.is_zygote_of_this_process(pid)}
    if forkrun._zygote is not None:
        helpers.add(forkrun._zygote.process.pid)
    return {pid for pid in found - helpers if running(pid)}


def children_of(parent: int) -> set[int]:
    """The children of process ``parent`` (of each of its threads); none once it has ended."""
    pids: set[int] = set()
    with contextlib.suppress(FileNotFoundError, ProcessLookupError):
        for task in os.listdir(f"/proc/{parent}/task"):
            with contextlib.suppress(FileNotFoundError, ProcessLookupError), \
                    open(f"/proc/{parent}/task/{task}/children") as children:
                pids.update(int(pid) for pid in children.read().split())
    return pids


#: The ``-c`` code of multiprocessing's helpers, one each for the process's life
#: (started by the first pool that needs them, as the zygote is by the first run).
#: Their command lines have the interpreter's flags before it (``-B`` under
#: PYTHONDONTWRITEBYTECODE, ``-W`` and ``-X`` options; none without): the check
#: matched ``python -B -c ...`` alone, and counted a helper as left running elsewhere.
PROCESS_WIDE = tuple(f"from multiprocessing.{name} import main" for name in ("forkserver", "resource_tracker"))


def process_wide(pid: int) -> bool:
    """Whether process ``pid`` is one of multiprocessing's helpers (:data:`PROCESS_WIDE`)
    run by this interpreter."""
    # A process caught inside its exec shows an empty command line: the kernel closes the
    # exec's close-on-exec pipe, which lets Popen return, before it sets the new program's
    # arguments. Read again a while (bounded) rather than take it for another process.
    for _ in range(200):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                raw = cmdline.read()
        except (FileNotFoundError, ProcessLookupError):
            return False
        if raw or not running(pid):
            break
        time.sleep(0.01)
    argv = raw.decode(errors="replace").split("\0")
    code = argv.index("-c") + 1 if "-c" in argv else len(argv)
    return argv[0] == sys.executable and code < len(argv) and argv[code].startswith(PROCESS_WIDE)


def running(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef[Any], request: pytest.FixtureRequest) -> Any:
    """Note what a fixture broader than a function's starts at its setup: its own."""
    if fixturedef.scope == "function":
        return (yield)
    if fixturedef.argname != "nothing_left_running_at_the_modules_end" and ours(fixturedef):  # (every test's)
        _BROAD_FIXTURES.add(fixturedef.argname)
    threads, children = set(threading.enumerate()), child_pids(_FIXTURES_OWN[1])
    try:
        return (yield)
    finally:
        _FIXTURES_OWN[0].update(set(threading.enumerate()) - threads)
        _FIXTURES_OWN[1].update(child_pids(_FIXTURES_OWN[1]) - children)


def ours(fixturedef: pytest.FixtureDef[Any]) -> bool:
    """Whether a fixture is the suite's own (its objects may start threads on demand),
    not pytest's or a plugin's: ``tmp_path_factory`` (a session fixture behind every
    ``tmp_path``) counted, and a thread left by any test with a ``tmp_path`` was let
    run on through the module's later tests."""
    return getattr(fixturedef.func, "__module__", "").partition(".")[0] == __name__.partition(".")[0]


@pytest.fixture(autouse=True)
def nothing_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    """The threads and processes the test started have ended by its end (its own
    fixtures' teardowns included: this fixture is set up first, torn down last)."""
    threads, children = set(threading.enumerate()), child_pids(_FIXTURES_OWN[1])
    yield
    threads_left, children_left = left_running(threads, children)
    if threads_left and _BROAD_FIXTURES.intersection(request.fixturenames):
        _LEFT_TILL_THE_MODULE_ENDS.extend((thread, request.node.nodeid) for thread in threads_left)
        threads_left = []
    assert not threads_left and not children_left, \
        f"the test left running: {named(threads_left, children_left)}"


@pytest.fixture(scope="module", autouse=True)
def nothing_left_running_at_the_modules_end() -> Iterator[None]:
    """The threads left by the module's tests that used a broader fixture have ended
    once the module's fixtures are torn down (this one is torn down after them)."""
    yield
    left = list(_LEFT_TILL_THE_MODULE_ENDS)
    _LEFT_TILL_THE_MODULE_ENDS.clear()
    deadline = time.monotonic() + LEFT_JOIN_SECONDS
    for thread, _ in left:
        thread.join(max(0.0, deadline - time.monotonic()))
    running_on = [f"{test}: {named([thread], set())}" for thread, test in left if thread.is_alive()]
    assert not running_on, f"left running after the module's end: {'; '.join(running_on)}"


def left_running(threads: set[threading.Thread], children: set[int]) -> tuple[list[threading.Thread], set[int]]:
    """The threads and processes that run now and did not before (``threads``,
    ``children``), that no broader fixture started, once given
    :data:`LEFT_JOIN_SECONDS` to end."""
    deadline = time.monotonic() + LEFT_JOIN_SECONDS
    new_threads = [thread for thread in threading.enumerate()
                   if thread not in threads and thread not in _FIXTURES_OWN[0]]
    for thread in new_threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    new_children = child_pids(_FIXTURES_OWN[1]) - children - _FIXTURES_OWN[1]
    while new_children and time.monotonic() < deadline:
        time.sleep(0.05)
        new_children = {pid for pid in new_children if running(pid)}
    return [thread for thread in new_threads if thread.is_alive()], new_children


def named(threads: list[threading.Thread], children: set[int]) -> str:
    """Threads and processes, in words: their names, targets, command lines."""
    return "; ".join([f"thread {thread.name!r} ({getattr(thread, '_target', None)!r})" for thread in threads]
                     + [f"process {pid} ({command_line(pid)})" for pid in sorted(children)])


def command_line(pid: int) -> str:
    """Process ``pid``'s command line; for a ``clippings`` run the zygote forked (whose
    command line is the zygote's: it never executed), the run's, said as forked."""
    from tests.support import forkrun

    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            argv = cmdline.read().decode(errors="replace").split("\0")
    except (FileNotFoundError, ProcessLookupError):
        return "ended"
    forked = forkrun.FORKED_RUNS.get(pid)
    if forked is not None and argv[:3] == forkrun.ZYGOTE_COMMAND:  # (not a pid reused since)
        return f"forked by the zygote: {' '.join(forked)}"[:200]
    return " ".join(argv).strip()[:200]
