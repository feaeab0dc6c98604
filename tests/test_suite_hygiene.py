"""The suite's own check that a test leaves nothing running (tests/conftest.py,
:func:`tests.conftest.nothing_left_running`): a thread or a process started and
left running is named; one that ends within the short wait is not."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT, child_pids, left_running, named


def test_a_thread_or_a_process_left_running_is_named_and_one_ending_soon_is_not() -> None:
    threads, children = set(threading.enumerate()), child_pids()
    release = threading.Event()
    stays = threading.Thread(target=release.wait, name="left-behind", daemon=True)
    ends = threading.Thread(target=threading.Event().wait, args=(0.2,), name="ends-soon", daemon=True)
    stays.start()
    ends.start()
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        left = left_running(threads, children)
        said = named(*left)
    finally:
        release.set()
        process.kill()
        process.wait()
        stays.join()
    assert left[0] == [stays] and left[1] == {process.pid}, left
    assert said.startswith("thread 'left-behind' (") and "time.sleep(120)" in said, said
    assert left_running(threads, children) == ([], set())


def test_a_grandchild_left_running_is_named() -> None:
    """A process a test left under a process that runs on is named: one that
    multiprocessing's fork server started (a pool's worker, a ``Process``: the
    server is the session's and not counted itself), and one a child started and
    left (the child named too). The check saw only this process's children: both
    grandchildren ran on unnamed."""
    import multiprocessing
    import time

    threads, children = set(threading.enumerate()), child_pids()
    served = multiprocessing.get_context("forkserver").Process(target=time.sleep, args=(120,))
    served.start()
    middle = subprocess.Popen([sys.executable, "-m", "tests.support.leaves_a_child"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    grandchild: int | None = None
    try:
        assert middle.stdout is not None
        grandchild = int(middle.stdout.readline())
        left = left_running(threads, children)
        said = named(*left)
    finally:
        served.kill()
        served.join()
        middle.kill()
        middle.wait()
        if grandchild is not None:  # (not when the middle process failed: no kill of pid 0, this group)
            os.kill(grandchild, 9)
    assert served.pid not in child_pids_of_this_process_only()  # (a grandchild indeed)
    assert left[0] == [] and left[1] == {served.pid, middle.pid, grandchild}, left
    assert "tests.support.leaves_a_child" in said and "time.sleep(120)" in said, said


@pytest.mark.parametrize("flags", [[], ["-B"], ["-X", "dev", "-W", "error"]], ids=["none", "B", "X-W"])
def test_multiprocessings_helpers_are_not_counted_whatever_the_interpreters_flags(flags: list[str]) -> None:
    """A fork server's or resource tracker's command line has this interpreter's
    flags before its ``-c`` (``-B`` only under PYTHONDONTWRITEBYTECODE): the check
    knew it only after ``-B``, and without that variable named the fork server a
    test's first pool started as left running (so the test above failed)."""
    threads, children = set(threading.enumerate()), child_pids()
    helper = subprocess.Popen([sys.executable, *flags, "-c", "from multiprocessing.forkserver import main; "
                               "import time; time.sleep(120)"])
    other = subprocess.Popen([sys.executable, *flags, "-c", "import time; time.sleep(120)"])
    try:
        left = left_running(threads, children)
    finally:
        for process in (helper, other):
            process.kill()
            process.wait()
    assert left == ([], {other.pid}), named(*left)


def test_a_forked_run_left_running_is_named_by_its_command_and_a_zygote_is_not_counted(tmp_path: Path) -> None:
    """A ``clippings`` run the zygote forked never executed: its command line is the
    zygote's. One left running (a ``worker --once`` that outlived its crawl) was
    named ``python -m tests.support.zygote SOCKET PID``, read as a zygote left
    running; it is named by its run's command. A zygote of this process is not
    counted whether or not ``forkrun._zygote`` is it (one replaced, or being
    replaced): the check knew only that one."""
    from tests.support import forkrun
    from tests.test_forkrun import waiting_crawl

    if os.environ.get(forkrun.SWITCH, "1") == "0":
        pytest.skip(f"{forkrun.SWITCH}=0")
    threads, children = set(threading.enumerate()), child_pids()
    other = forkrun.Zygote()
    run: subprocess.Popen[str] | None = None
    try:
        other.connect().close()
        run = waiting_crawl(tmp_path)
        left = left_running(threads, children)
        said = named(*left)
    finally:
        if run is not None:
            run.kill()
            run.communicate()
        other.stop()
    assert forkrun._zygote is not None and forkrun._zygote is not other
    assert forkrun.is_zygote_of_this_process(forkrun._zygote.process.pid)
    assert left == ([], {run.pid}), said
    assert said == f"process {run.pid} (forked by the zygote: {' '.join(map(str, run.args))})", said


def child_pids_of_this_process_only() -> set[int]:
    return {int(pid) for task in os.listdir("/proc/self/task")
            for pid in Path(f"/proc/self/task/{task}/children").read_text().split()}


_LEFT_BY_A_TEST_WITH_A_TMP_PATH = """
import threading

later = threading.Event()


def test_leaves_a_thread(tmp_path):
    threading.Thread(target=later.wait, name="left-behind", daemon=True).start()


def test_a_later_test():
    later.set()
"""


def test_a_thread_left_by_a_test_with_a_tmp_path_is_named_at_its_end(tmp_path: Path) -> None:
    """``tmp_path`` is pytest's session fixture ``tmp_path_factory``'s: it counted
    as a broader fixture whose object may start threads, and a thread left by any
    test with a ``tmp_path`` ran on unnamed through the module's later tests."""
    (tmp_path / "test_left.py").write_text(_LEFT_BY_A_TEST_WITH_A_TMP_PATH)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest",
                          "-c", "/dev/null", "--rootdir", str(tmp_path), "-n", "0", str(tmp_path / "test_left.py")],
                         cwd=tmp_path, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "the test left running: thread 'left-behind'" in run.stdout, run.stdout[-3000:] + run.stderr[-3000:]
    assert "1 error" in run.stdout, run.stdout[-3000:]
