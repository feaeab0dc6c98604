"""The suite's own check that a test leaves nothing running (tests/conftest.py,
:func:`tests.conftest.nothing_left_running`): a thread or a process started and
left running is named; one that ends within the short wait is not."""

from __future__ import annotations

import subprocess
import sys
import threading

from tests.conftest import child_pids, left_running, named


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
