"""Datasette in the test process as ``clippings serve`` runs it for users: its SQL on
Datasette's threads (``num_sql_threads`` left at Datasette's default: a pool of
executor threads for reads, one write thread per database), and those threads
ended when the test is done with it.

Datasette gives neither kind of thread a stop: the executor is a
:class:`concurrent.futures.ThreadPoolExecutor` (shut down here), and a database's
write thread loops for good on its queue of write functions, keeping the
exceptions a function raises (``except Exception``) for the caller. A function
that raises :class:`SystemExit` (no Exception) ends that loop, and so the thread,
which Python ends quietly (:func:`stop_sql_threads` keeps pytest from reporting it); it is handed to each database through Datasette's
public :meth:`Database.execute_write_fn`. The tests ran Datasette without threads
(``num_sql_threads: 0``) because these threads ran on after the tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from datasette.app import Datasette

from archive.serve import datasette_kwargs

#: How long the write threads are given to take their end (they run one write at a time).
END_SECONDS = 30


def end_this_thread(conn: Any) -> None:
    """A write function that ends the write thread it runs on (see the module)."""
    raise SystemExit


def stop_sql_threads(ds: Datasette) -> None:
    """End ``ds``'s SQL threads: each mutable database's write thread, then the
    executor's (waited for). While the write threads end, the threads' exception
    hook passes over their :class:`SystemExit` as Python's own does (pytest's hook,
    in place during a test, reports every exception a thread ends with)."""
    if ds.executor is None:
        return
    writers = [database for database in ds.databases.values() if database.is_mutable]
    ended = threading.Semaphore(0)
    previous = threading.excepthook

    def hook(args: Any) -> None:
        if args.exc_type is SystemExit:
            ended.release()
        else:
            previous(args)

    async def end_writers() -> None:
        for database in writers:
            await database.execute_write_fn(end_this_thread, block=False)

    threading.excepthook = hook
    try:
        asyncio.run(end_writers())
        deadline = time.monotonic() + END_SECONDS
        for _ in writers:
            if not ended.acquire(timeout=max(0.0, deadline - time.monotonic())):
                raise AssertionError(f"a Datasette write thread did not end in {END_SECONDS} s")
    finally:
        threading.excepthook = previous
    ds.executor.shutdown(wait=True)


@contextlib.contextmanager
def threaded_datasette(paths: Iterable[Path], **kwargs: Any) -> Iterator[Datasette]:
    """``Datasette(paths, **datasette_kwargs(paths))`` (``kwargs`` replace those), its
    threads stopped at the end."""
    paths = list(paths)
    ds = Datasette([str(path) for path in paths], **(datasette_kwargs(paths) | kwargs))
    try:
        yield ds
    finally:
        stop_sql_threads(ds)
