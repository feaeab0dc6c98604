"""A redis-server of the tests' own and ``clippings worker`` processes, for the
distributed crawl tests (:mod:`tests.test_distributed`, :mod:`tests.test_distributed_stops`)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
import sqlite_utils

from tests.conftest import ENV, ROOT
from tests.support import forkrun


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_redis(folder: Path, password: str | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """A redis-server of our own on a free port (asking for ``password`` if given),
    and its URL (skipped where it is not installed)."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed (Debian package redis-server; .ci/run installs it)")
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    port = free_port()
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(folder),
                               *(("--requirepass", password) if password else ())],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(host="127.0.0.1", port=port, password=password)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    else:
        server.kill()
        pytest.fail("redis-server did not start")
    return server, f"redis://{f':{password}@' if password else ''}127.0.0.1:{port}/0"


def start_worker(redis_url: str, log: Path, *extra: str) -> subprocess.Popen[str]:
    """``clippings worker`` in a subprocess, its messages in ``log``: without the
    extraction pool, as the suite runs (CLIPPINGS_PROCESSES=0, tests/conftest.py),
    unless ``extra`` asks for one (``--processes N``)."""
    command = [sys.executable, "-m", "crawler.cli", "worker", "--redis", redis_url, "--wait", "300", *extra]
    with log.open("w") as stderr:
        worker = forkrun.popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr, text=True,
                               env={**ENV, "PYTHONFAULTHANDLER": "1"})
    WORKER_LOGS[worker.pid] = log
    return worker


def start_waiting_workers(redis_url: str, logs: list[Path], *extra: str) -> list[subprocess.Popen[str]]:
    """:func:`start_worker` for each of ``logs``, returned once each is in its wait
    loop, looking for a crawl (its Redis connection's last command the loop's
    ``SMEMBERS`` of the active crawls): a crawl queued then is seen by every one of
    them. A ``--once`` worker still starting when its crawl was queued and ended (one
    crawl of a small site, the other worker fast enough, a loaded machine) had never
    seen it, and waited ``--wait`` (300 s) for one. (A worker in its wait loop may still
    miss a crawl begun and ended between two of its looks: it ends then too,
    :class:`crawler.distributed.worker.CrawlEnded`.)"""
    client = redis.Redis.from_url(redis_url)
    before = {entry["id"] for entry in client.client_list()}
    workers = [start_worker(redis_url, log, *extra) for log in logs]
    deadline = time.monotonic() + 120  # only against a hang
    waiting = False
    try:
        while sum(entry["id"] not in before and entry.get("cmd") == "smembers"
                  for entry in client.client_list()) < len(workers):
            assert all(worker.poll() is None for worker in workers) and time.monotonic() < deadline, \
                f"the workers did not all look for a crawl: {[worker_log(worker) for worker in workers]}"
            time.sleep(0.05)
        waiting = True
    finally:
        client.close()
        if not waiting:  # (a failure, or an interrupt: no worker is left running)
            stop(workers)
    return workers


def ended_after_their_crawl(workers: list[subprocess.Popen[str]], seconds: float = 60) -> None:
    """Each ``--once`` worker ended within ``seconds`` of its crawl's end; one that
    did not dumps its threads' stacks into its log (SIGABRT, caught by faulthandler)
    and the test fails with them (they said where it hung)."""
    for worker in workers:
        try:
            worker.wait(seconds)
        except subprocess.TimeoutExpired:
            worker.send_signal(signal.SIGABRT)
            worker.wait(30)
            pytest.fail(f"a --once worker did not end within {seconds:g} s of its crawl's end: "
                        f"{' '.join(map(str, worker.args))}: {worker_log(worker)}")


#: Each worker's log, by its pid (:func:`start_worker`).
WORKER_LOGS: dict[int, Path] = {}


def worker_log(worker: subprocess.Popen[str]) -> str:
    """The end of the worker's messages (its stacks, dumped before a kill: :func:`stop`)."""
    return WORKER_LOGS[worker.pid].read_text(errors="replace")[-6000:]


def stop(workers: list[subprocess.Popen[str]]) -> None:
    """SIGTERM to each worker, then 30 s each to end: one that outlasts them dumps
    its threads' stacks into its log (SIGABRT, caught by faulthandler: PYTHONFAULTHANDLER)
    and the test fails with them."""
    for worker in workers:
        if worker.poll() is None:
            worker.terminate()
    stuck = []
    for worker in workers:
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            worker.send_signal(signal.SIGABRT)
            worker.wait(30)
            stuck.append(worker)
    if stuck:
        pytest.fail("workers outlasted SIGTERM by 30 s: " + "; ".join(
            f"{' '.join(map(str, worker.args))}: {worker_log(worker)}" for worker in stuck))


def rows(db: Path, sql: str, params: list | None = None) -> list[dict]:
    return list(sqlite_utils.Database(db).query(sql, params or []))


def crawl_stats(db: Path, crawl_id: int) -> dict:
    (row,) = rows(db, "select stats from crawls where id = ?", [crawl_id])
    return json.loads(row["stats"])
