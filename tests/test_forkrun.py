"""The tests' fork server (tests/support/zygote.py, tests/support/forkrun.py):
a ``clippings`` run forked from it is the process ``python -m crawler.cli`` would
be, as far as a test can see (exit status, death by a signal, stdout and stderr,
descriptors, environment, cwd), and a crawl made either way archives the same
records."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ENV, ROOT, CrawlRun, clippings
from tests.support import forkrun
from tests.support.zygote import PRELOAD

CLI = [sys.executable, "-m", "crawler.cli"]


@pytest.fixture(autouse=True)
def _forking() -> None:
    """The fork server's tests run only where runs are forked: CLIPPINGS_TEST_FORK=0
    (the way round a zygote that fails) starts none."""
    if os.environ.get(forkrun.SWITCH, "1") == "0":
        pytest.skip(f"{forkrun.SWITCH}=0")


def forked(args: list[str], **kwargs: Any) -> subprocess.Popen[Any]:
    """``clippings ARGS`` forked by the zygote."""
    process = forkrun.ForkedPopen([*CLI, *args], **{"env": ENV, "cwd": ROOT, **kwargs})
    assert parent_of(process.pid) == forkrun.zygote().process.pid
    return process


def parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def both(args: list[str], **kwargs: Any) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """``clippings ARGS`` run as a new interpreter and forked: their results."""
    cold = subprocess.run([*CLI, *args], capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=120, **kwargs)
    with forked(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs) as process:
        stdout, stderr = process.communicate(timeout=120)
    return cold, subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


@pytest.mark.parametrize("args", [["--version"], ["frobnicate"], ["stats", "/nonexistent/news.db"], []])
def test_a_forked_run_exits_and_writes_as_a_new_interpreter_does(args: list[str]) -> None:
    cold, fork = both(args)
    assert (fork.returncode, fork.stdout, fork.stderr) == (cold.returncode, cold.stdout, cold.stderr)


WAITING_CRAWL = ["crawl", "-i", "-", "--db", "news.db"]


def waiting_crawl(folder: Path, **kwargs: Any) -> subprocess.Popen[Any]:
    """``clippings crawl -i -`` forked, once it is reading its seeds from stdin (a pipe)."""
    process = forked(WAITING_CRAWL, cwd=folder, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, **kwargs)
    return started(process)


def started(process: subprocess.Popen[Any]) -> subprocess.Popen[Any]:
    """``process`` once the CLI has put its SIGHUP handler in place (its command runs;
    the zygote catches SIGTERM, never SIGHUP)."""
    deadline = time.monotonic() + 120
    while not caught(process.pid) & (1 << (signal.SIGHUP - 1)):
        assert time.monotonic() < deadline and process.poll() is None, process.communicate()
        time.sleep(0.02)
    return process


def caught(pid: int) -> int:
    """The mask of the signals ``pid`` has handlers for (/proc/PID/status)."""
    return int(dict(line.split(":\t", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())["SigCgt"], 16)


def test_a_forked_run_killed_by_a_signal_has_minus_the_signal_as_its_code(tmp_path: Path) -> None:
    process = waiting_crawl(tmp_path)
    process.kill()
    assert process.wait(timeout=60) == -signal.SIGKILL
    process.communicate()


def reading_stdin(process: subprocess.Popen[Any]) -> None:
    """Wait until ``process`` is blocked reading its standard input (its seeds): the
    system call it waits in (/proc/PID/syscall: ``read`` of descriptor 0), else what it
    sleeps on (/proc/PID/wchan: a pipe's read, for up to 20 s), else half a second.
    (Half a second only, always, was no proof: under load the SIGTERM landed while
    the cold run still imported its modules.)"""
    wchan_until = time.monotonic() + 20
    while process.poll() is None and time.monotonic() < wchan_until + 100:  # (only against a hang)
        try:
            if Path(f"/proc/{process.pid}/syscall").read_text().split()[:2] == ["0", "0x0"]:
                return
        except OSError:  # (not readable here: ptrace rules, a kernel without it)
            if time.monotonic() > wchan_until or "pipe_read" in Path(f"/proc/{process.pid}/wchan").read_text():
                break
        time.sleep(0.01)
    with pytest.raises(subprocess.TimeoutExpired):
        process.wait(timeout=0.5)


def test_a_forked_run_stopped_by_sigterm_says_so_and_exits_143_as_a_new_one(tmp_path: Path) -> None:
    cold = subprocess.Popen([*CLI, *WAITING_CRAWL], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV, cwd=tmp_path)
    ends = []
    for process in (started(cold), waiting_crawl(tmp_path)):
        reading_stdin(process)
        process.send_signal(signal.SIGTERM)
        ends.append((*process.communicate(timeout=120), process.returncode))
    assert ends[0] == ends[1]
    assert ends[0][1].endswith(b"clippings: terminated\n") and ends[0][2] == 143


def served_then_terminated(process: subprocess.Popen[str], port: int) -> tuple[int, list[str]]:
    """Wait for ``clippings serve`` to answer on ``port``, SIGTERM it: its exit code and
    stderr lines (its pid and port left out)."""
    deadline = time.monotonic() + 120  # (only against a hang)
    while True:
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5):
                break
        except OSError:
            time.sleep(0.1)
    process.terminate()
    _, stderr = process.communicate(timeout=120)
    return process.returncode, [line.replace(str(process.pid), "PID").replace(str(port), "PORT")
                                for line in stderr.splitlines()]


def test_a_forked_serve_stopped_by_sigterm_shuts_down_as_a_new_one(tmp_path: Path) -> None:
    """``clippings serve`` SIGTERM'd: forked, Uvicorn's shutdown raised "Timeout should
    be used inside a task" (``asyncio.current_task()`` was None in every task: the
    zygote imported ``_asyncio`` before ``asyncio``, see :func:`tests.support.zygote.preload`),
    exit 1 and a traceback, where a new interpreter shut down cleanly, exit 0."""
    from tests.support.redis_crawls import free_port
    from tests.support.sample_archive import seed_archive

    db = tmp_path / "news.db"
    seed_archive(db).close()
    ends = []
    for start in (subprocess.Popen, forked):
        port = free_port()
        args = [*CLI, "serve", str(db), "--port", str(port)] if start is subprocess.Popen else \
            ["serve", str(db), "--port", str(port)]
        process = start(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                        **({"env": ENV, "cwd": ROOT} if start is subprocess.Popen else {}))
        ends.append(served_then_terminated(process, port))
    (cold, cold_said), (fork, fork_said) = ends
    assert (fork, cold) == (0, 0), fork_said
    assert fork_said == cold_said
    assert cold_said[-1] == "INFO:     Finished server process [PID]", cold_said


def test_a_forked_run_has_only_its_three_descriptors(tmp_path: Path) -> None:
    process = waiting_crawl(tmp_path)
    try:
        assert sorted(int(fd) for fd in os.listdir(f"/proc/{process.pid}/fd")) == [0, 1, 2]
    finally:
        process.kill()
        process.communicate()


def test_a_forked_run_has_the_signal_dispositions_of_a_new_one_and_a_session_when_asked(tmp_path: Path) -> None:
    """The signals caught, ignored and blocked (/proc/PID/status) of a forked crawl
    waiting for its seeds are a new interpreter's: none of the zygote's (it catches
    SIGCHLD and SIGTERM) is left."""
    cold = subprocess.Popen([*CLI, *WAITING_CRAWL], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV, cwd=tmp_path, start_new_session=True,
                            preexec_fn=as_from_a_shell)
    processes = [started(cold), waiting_crawl(tmp_path, start_new_session=True)]
    try:
        masks = [signal_masks(process) for process in processes]
        assert masks[0] == masks[1]
        assert [os.getsid(process.pid) for process in processes] == [process.pid for process in processes]
    finally:
        for process in processes:
            process.kill()
            process.communicate()


#: The signals Python may handle: not glibc's own (32 and 33, whose handlers glibc
#: sets at a process's first thread: the new interpreter's numpy starts OpenBLAS
#: threads at import, the zygote's child none, OPENBLAS_NUM_THREADS=1).
PYTHONS_SIGNALS = sum(1 << (signum - 1) for signum in signal.valid_signals())


def as_from_a_shell() -> None:
    """The new interpreter's signals not ignored (an xdist worker ignores SIGINT and
    SIGQUIT, and a child inherits an ignored signal): a forked child never inherits
    them (the one difference, tests/support/forkrun.default_signals)."""
    for signum in (signal.SIGINT, signal.SIGQUIT, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


def proc_status(process: subprocess.Popen[Any]) -> dict[str, str]:
    return dict(line.split(":\t", 1) for line in Path(f"/proc/{process.pid}/status").read_text().splitlines())


def signal_masks(process: subprocess.Popen[Any]) -> dict[str, int]:
    """The signals ``process`` blocks, ignores and catches (of :data:`PYTHONS_SIGNALS`),
    read again while it starts a thread: glibc blocks every signal in the caller for the
    moment of ``pthread_create`` (the crawl's thread pool starts as it waits for its seeds),
    and a read then says all are blocked. A mask that stays so is returned as read."""
    every = PYTHONS_SIGNALS & ~(1 << (signal.SIGKILL - 1)) & ~(1 << (signal.SIGSTOP - 1))
    for _ in range(200):
        status = proc_status(process)
        masks = {key: int(status[key], 16) & PYTHONS_SIGNALS for key in ("SigBlk", "SigIgn", "SigCgt")}
        if masks["SigBlk"] & every != every:
            break
        time.sleep(0.01)
    return masks


def test_a_forked_run_has_its_own_cwd_environment_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<html><title>A harbour</title><p>The tide came in.</p></html>")
    env = {**ENV, "CLIPPINGS_PROCESSES": "many"}
    with forked(["extract", "page.html"], cwd=tmp_path, stdout=subprocess.PIPE, text=True) as process:
        assert json.loads(process.communicate(timeout=120)[0])["title"] == "A harbour"
    with forked(["crawl", "http://127.0.0.1:9/", "--db", "a.db"], cwd=tmp_path, env=env,
                stderr=subprocess.PIPE, text=True) as process:
        assert "CLIPPINGS_PROCESSES='many'" in process.communicate(timeout=120)[1]
    with forked(WAITING_CRAWL, cwd=tmp_path, stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        said = process.communicate("ftp://example.com/\n", timeout=120)[1]
    assert said == "clippings: error: -:1: seed 'ftp://example.com/' is not an http(s) URL\n"


def test_a_run_the_zygote_cannot_make_as_python_would_is_a_real_subprocess(monkeypatch: pytest.MonkeyPatch) -> None:
    assert forkrun.forkable([*CLI, "stats", "x.db"], {"env": ENV})
    assert not forkrun.forkable([*CLI, "stats", "x.db"], {"env": {**ENV, "PYTHONIOENCODING": "latin-1"}})
    assert not forkrun.forkable([*CLI, "stats", "x.db"], {"env": {**ENV, "TZ": "Asia/Tokyo"}})
    assert not forkrun.forkable([*CLI, "stats", "x.db"], {})  # (the test process's own environment)
    assert not forkrun.forkable([sys.executable, "-m", "archive.serve", "x.db"], {"env": ENV})
    assert not forkrun.forkable([sys.executable, "-c", "pass"], {"env": ENV})
    assert not forkrun.forkable([*CLI, "stats", "x.db"], {"env": ENV, "preexec_fn": os.setpgrp})
    monkeypatch.setenv(forkrun.SWITCH, "0")
    assert not forkrun.forkable([*CLI, "stats", "x.db"], {"env": ENV})
    assert type(forkrun.popen([*CLI, "--version"], env=ENV, stdout=subprocess.DEVNULL)).__name__ == "Popen"


def test_a_timeout_ends_a_forked_run_as_subprocess_run_does(tmp_path: Path) -> None:
    """A crawl of a port that takes the connection and never answers, given 1 s."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        args = [*CLI, "crawl", f"http://127.0.0.1:{silent.getsockname()[1]}/", "--db", str(tmp_path / "a.db")]
        assert forkrun.forkable(args, {"env": ENV})
        with pytest.raises(subprocess.TimeoutExpired) as raised:
            forkrun.run(args, env=ENV, capture_output=True, timeout=1)
        assert raised.value.stderr is not None  # (read to the end: the killed crawl's)


def test_the_zygote_imports_what_a_run_does_without_installing_a_reactor() -> None:
    code = ("import sys, threading\n"
            "from tests.support.zygote import PRELOAD, check_forkable, preload\n"
            "skipped = preload(PRELOAD.read_text().split())\n"
            "check_forkable()\n"
            "print(skipped, len(sys.modules), 'twisted.internet.reactor' in sys.modules, threading.active_count())\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env={**ENV, **forkrun.ZYGOTE_ONLY})
    assert run.returncode == 0, run.stderr
    skipped, *_rest = run.stdout.rsplit("]", 1)
    assert skipped == "['twisted.internet.reactor'"
    assert run.stdout.split()[-2:] == ["False", "1"]
    assert {"scrapy.core.engine", "crawler.run", "crawler.parsers", "archive.db", "pipelines.store"} <= set(PRELOAD.read_text().split())


def records(db: Path) -> list[dict[str, Any]]:
    """The archive's articles as exported, without what differs from run to run."""
    done = clippings("export", str(db), "--format", "jsonl", cold=True)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    varying = ("fetched", "crawl", "seen", "_at", "elapsed", "run")
    return sorted(({key: value for key, value in row.items() if not any(word in key for word in varying)}
                   for row in rows), key=lambda row: json.dumps(row, sort_keys=True))


def test_a_crawl_forked_and_a_crawl_by_a_new_interpreter_archive_the_same_records(
        demo_server: Any, demo_crawl: CrawlRun, tmp_path: Path) -> None:
    """The forked crawl is the session's ``demo_crawl`` (``crawl`` of tests/conftest.py,
    forked by the zygote, with these arguments), shared with the read-only tests; the
    cold one crawls the same sample site, whose state does not change in the session."""
    assert forkrun.forkable([*CLI, "crawl"], {"env": ENV, "cwd": ROOT}), "demo_crawl was not forked"
    cold_run = subprocess.run([*CLI, "crawl", demo_server.base_url + "/", "--db", str(tmp_path / "cold.db"),
                               "--delay", "0"], capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=300)
    assert demo_crawl.returncode == cold_run.returncode == 0, (demo_crawl.stderr, cold_run.stderr)
    assert records(demo_crawl.db) == records(tmp_path / "cold.db")
    assert len(records(tmp_path / "cold.db")) > 10


def test_a_client_gone_before_its_pid_leaves_the_zygote_serving() -> None:
    """A test stopped between sending its request and reading the pid (an interrupt)
    does not end the zygote: the next run is forked as before."""
    request = {"argv": [*CLI, "--version"], "cwd": str(ROOT), "env": ENV, "start_new_session": False}
    zygote = forkrun.zygote()
    with open(os.devnull, "wb") as null, zygote.connect() as sock:
        socket.send_fds(sock, [json.dumps(request).encode()], [null.fileno()] * 3)
    cold, fork = both(["--version"])
    assert (fork.returncode, fork.stdout) == (cold.returncode, cold.stdout)
    assert forkrun.zygote() is zygote and zygote.process.poll() is None


def test_a_zygote_that_ended_is_said_to_its_waiting_runs_and_replaced_for_the_next(tmp_path: Path) -> None:
    process = waiting_crawl(tmp_path)
    ended = forkrun.zygote()
    ended.process.kill()
    ended.process.wait(60)
    try:
        with pytest.raises(forkrun.ZygoteGone, match=f"before process {process.pid} did"):
            process.wait(timeout=60)
    finally:
        os.kill(process.pid, signal.SIGKILL)  # (its orphan, blocked on its stdin)
        for pipe in (process.stdin, process.stdout, process.stderr):
            assert pipe is not None
            pipe.close()
    cold, fork = both(["--version"])
    assert (fork.returncode, fork.stdout) == (cold.returncode, cold.stdout)
    assert forkrun.zygote() is not ended


def test_the_switch_off_starts_no_zygote(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(forkrun.SWITCH, "0")
    with pytest.raises(RuntimeError, match="CLIPPINGS_TEST_FORK=0: no run is forked"):
        forkrun.zygote()
    with pytest.raises(RuntimeError, match="no run is forked"):
        forkrun.ForkedPopen([*CLI, "--version"], env=ENV, stdout=subprocess.DEVNULL)


def test_a_zygote_whose_test_process_was_killed_ends_and_takes_its_folder() -> None:
    """A pytest worker killed (no atexit): its zygote sees it gone and removes its
    socket's temporary folder."""
    code = ("import os\nfrom tests.support import forkrun\n"
            "zygote = forkrun.zygote()\nzygote.connect().close()\n"
            "print(zygote.process.pid, zygote.folder.name, flush=True)\nos._exit(0)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)
    pid, folder = run.stdout.split()
    deadline = time.monotonic() + 60
    while Path(folder).exists() or state(int(pid)) not in ("Z", None):
        assert time.monotonic() < deadline, (state(int(pid)), list(Path(folder).iterdir()))
        time.sleep(0.05)


def state(pid: int) -> str | None:
    """The process's state letter (Z: ended, not yet reaped), None if none is left."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return None


def test_a_python_whose_popen_hooks_changed_fails_each_forked_run_naming_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """ForkedPopen overrides private parts of subprocess.Popen (no public way makes a
    Popen of a process another one forked: see tests/support/forkrun.py). A Python
    that changed them fails the run at once, naming what changed and the switch that
    runs the tests without forks, not with an error from deep in subprocess."""
    assert forkrun.changed_hooks() == []

    def execute_child(self: Any, args: Any, executable: Any) -> None:
        raise AssertionError("not called")

    monkeypatch.setattr(subprocess.Popen, "_execute_child", execute_child)
    monkeypatch.delattr(subprocess.Popen, "_wait")
    with pytest.raises(RuntimeError) as raised:
        forkrun.ForkedPopen([*CLI, "--version"], env=ENV, cwd=ROOT, stdout=subprocess.PIPE)
    said = str(raised.value)
    assert "_execute_child('self', 'args', 'executable') is not _execute_child('self', 'args'," in said, said
    assert "_wait is gone" in said and f"{forkrun.SWITCH}=0" in said, said
