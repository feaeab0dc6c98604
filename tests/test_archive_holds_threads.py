"""This process's kept descriptors of archive files (``archive.holds._FILE_HOLDS``)
are shared by its threads: a crawl's, a server's. Two threads taking and giving
back holds of one file at once must leave no descriptor open and no hold counted."""

from __future__ import annotations

import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

from archive import holds
from tests.test_archive_descriptors import descriptors_on
from tests.test_cli_faults import imported_one_article

ROUNDS = 200


def test_two_threads_holding_one_archive_at_once_leave_no_descriptor_behind(tmp_path: Path) -> None:
    """Without a lock, two threads that found no kept descriptor each opened one and
    kept it under the same key (one lost, open for good, its flock a second one), or
    one closed the descriptor the other had just taken its hold on (the hold gone
    while it was counted). Each round both threads start together (a barrier), take
    a hold, see the file held (:func:`archive.holds.read_unchanging`) and let go;
    the interpreter switches threads as often as it can meanwhile."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    start = threading.Barrier(2)

    def work() -> None:
        with ExitStack() as on_failure:  # a failing thread breaks the barrier: the other one stops too
            on_failure.callback(start.abort)
            for _ in range(ROUNDS):
                start.wait()
                held = holds.hold_shared(db)
                assert held is not None
                assert holds.read_unchanging(db)
                assert holds.read_head(db, 16)[0].startswith(b"SQLite format 3")
                holds.let_go_unchanging(held)
            on_failure.pop_all()

    switching = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(2) as pool:  # (each thread's error comes back with its future)
            outcomes = [pool.submit(work) for _ in range(2)]
    finally:
        sys.setswitchinterval(switching)
    errors = [outcome.exception() for outcome in outcomes]
    assert [error for error in errors if error and not isinstance(error, threading.BrokenBarrierError)][:1] == []
    target = os.stat(db)  # (other tests of this worker process may keep holds of their own files)
    assert (target.st_dev, target.st_ino) not in holds._FILE_HOLDS
    assert descriptors_on(db) == 0
