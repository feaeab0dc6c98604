"""Run one extraction system in its own process, pinned to one CPU core.

Each system gets a fresh ``spawn``-ed process, so imports, caches and memory of
one system never affect another, and ``ru_maxrss`` is that system's own peak. The
worker loads every page into memory first, sets the system up, warms it up with one
untimed call on the first page, then times only the extraction calls, by the process's CPU time (``time.process_time``): on a shared
machine wall-clock time also counts other processes' turns on the core, CPU time
does not (wall time is kept too). A page that raises, or runs past the per-page time limit
(``SIGALRM``), is recorded as empty output with its error; the run carries on.
"""

from __future__ import annotations

import cProfile
import gc
import io
import logging
import multiprocessing
import os
import pstats
import resource
import signal
import statistics
import sys
import time
import traceback
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

from benchmarks.datasets import load_html
from benchmarks.systems import SYSTEMS, Extractor, Prediction, sanitize

__all__ = ["PageOutput", "RunResult", "RunSpec", "free_cores", "run_many"]


@dataclass(slots=True)
class RunSpec:
    """What a worker process must do."""

    system: str
    dataset: str
    """Dataset directory (page paths are relative to it)."""
    files: list[str]
    urls: list[str]
    passes: int = 1
    timeout: float = 30.0
    """Per-page time limit, seconds."""
    core: int | None = None
    """CPU core to pin the worker to (``None``: leave affinity alone)."""
    profile: bool = False
    """Profile mode: time the ``lxml`` floor, then run ``system`` under cProfile."""


@dataclass(slots=True)
class PageOutput:
    """One page's output from one system (from the first pass)."""

    prediction: Prediction
    error: str | None = None
    seconds: float = 0.0
    """Median extraction CPU time of this page over the passes."""


@dataclass(slots=True)
class RunResult:
    """Everything a worker reports back."""

    system: str
    outputs: list[PageOutput] = field(default_factory=list)
    pass_seconds: list[float] = field(default_factory=list)
    """Total extraction CPU time of each pass."""
    pass_wall_seconds: list[float] = field(default_factory=list)
    """Total extraction wall-clock time of each pass."""
    base_mb: float = 0.0
    """Peak RSS after loading pages and setting up, before any extraction (MB)."""
    peak_mb: float = 0.0
    """Peak RSS of the worker at the end (MB)."""
    setup_error: str | None = None
    profile_text: str | None = None
    floor_seconds: float | None = None
    """Profile mode: CPU time of ``lxml.html.document_fromstring`` over the same pages."""

    @property
    def seconds(self) -> float:
        """Median pass time."""
        return statistics.median(self.pass_seconds) if self.pass_seconds else 0.0

    @property
    def docs_per_second(self) -> float:
        """Pages per CPU second, median pass."""
        return len(self.outputs) / self.seconds if self.seconds > 0 else 0.0

    @property
    def wall_docs_per_second(self) -> float:
        """Pages per wall-clock second, median pass."""
        wall = statistics.median(self.pass_wall_seconds) if self.pass_wall_seconds else 0.0
        return len(self.outputs) / wall if wall > 0 else 0.0


class PageTimeout(Exception):
    """A page exceeded the per-page time limit."""


def _on_alarm(signum: int, frame: object) -> None:
    raise PageTimeout("page exceeded the time limit")


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`PageTimeout` in this (main) thread after ``seconds``."""
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _describe(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}".strip()
    return text if len(text) <= 300 else text[:299] + "…"


def _call(extract: Extractor, html: str, url: str,
          timeout: float) -> tuple[Prediction, str | None, float, float]:
    """One timed extraction call: (prediction, error, CPU seconds, wall seconds)."""
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        with _time_limit(timeout):
            raw = extract(html, url)
        error = None
    except Exception as exc:  # any page failure is data, not a crash
        raw, error = Prediction(), _describe(exc)
    cpu, wall = time.process_time() - cpu_start, time.perf_counter() - start
    return sanitize(raw), error, cpu, wall


def _warm_up(extract: Extractor, pages: list[str], spec: RunSpec) -> None:
    """One untimed call on the first page, so that neither system's one-off work (a
    lazy import, a compiled pattern, a locale table loaded on first use) lands in the
    timed passes: trafilatura imports everything when it is set up, Clippings' date
    and URL helpers on their first page."""
    if pages:
        _call(extract, pages[0], spec.urls[0], spec.timeout)


def _timed_passes(extract: Extractor, pages: list[str], urls: list[str], spec: RunSpec,
                  result: RunResult) -> None:
    """Run all passes; keep first-pass outputs and per-page median times."""
    per_page: list[list[float]] = [[] for _ in pages]
    first_wall: list[float] = []
    timed_out: set[int] = set()
    for pass_number in range(max(1, spec.passes)):
        gc.collect()
        total = total_wall = 0.0
        for i, (html, url) in enumerate(zip(pages, urls, strict=True)):
            if i in timed_out:  # do not wait for the limit again; count it once more
                seconds, wall = per_page[i][0], first_wall[i]
            else:
                prediction, error, seconds, wall = _call(extract, html, url, spec.timeout)
            if pass_number == 0:
                result.outputs.append(PageOutput(prediction, error))
                first_wall.append(wall)
                if error and error.startswith("PageTimeout"):
                    timed_out.add(i)
            per_page[i].append(seconds)
            total += seconds
            total_wall += wall
        result.pass_seconds.append(total)
        result.pass_wall_seconds.append(total_wall)
    for output, times in zip(result.outputs, per_page, strict=True):
        output.seconds = statistics.median(times)


def _profile(extract: Extractor, pages: list[str], urls: list[str], spec: RunSpec,
             result: RunResult) -> None:
    """Time the lxml floor and ``extract`` plainly, then profile ``extract``."""
    floor = SYSTEMS["lxml"]()
    result.floor_seconds = sum(_call(floor, h, u, spec.timeout)[2]
                               for h, u in zip(pages, urls, strict=True))
    gc.collect()
    _timed_passes(extract, pages, urls, spec, result)
    profiler = cProfile.Profile()
    for html, url in zip(pages, urls, strict=True):
        profiler.enable()
        _call(extract, html, url, spec.timeout)
        profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(25)
    result.profile_text = _short_paths(buffer.getvalue())


def _short_paths(text: str) -> str:
    """Module paths relative to their ``sys.path`` entry (``lxml/html/__init__.py``)."""
    for prefix in sorted({p for p in sys.path if p}, key=len, reverse=True):
        text = text.replace(prefix.rstrip(os.sep) + os.sep, "")
    return text


def worker(spec: RunSpec, conn: Connection) -> None:
    """Process entry point: run ``spec`` and send a :class:`RunResult` on ``conn``."""
    result = RunResult(system=spec.system)
    logging.disable(logging.CRITICAL)  # systems' own log lines would flood the report
    warnings.simplefilter("ignore")
    try:
        if spec.core is not None:
            os.sched_setaffinity(0, {spec.core})
        pages = [load_html(Path(spec.dataset) / f) for f in spec.files]
        try:
            extract = SYSTEMS[spec.system]()
        except BaseException as exc:  # a broken system is a result, not a crash
            result.setup_error = _describe(exc) + "\n" + traceback.format_exc(limit=5)
            result.outputs = [PageOutput(Prediction(), f"setup failed: {_describe(exc)}")
                              for _ in pages]
        else:
            gc.collect()
            result.base_mb = _max_rss_mb()
            _warm_up(extract, pages, spec)
            run: Callable[..., None] = _profile if spec.profile else _timed_passes
            run(extract, pages, spec.urls, spec, result)
    except BaseException as exc:  # report instead of dying silently
        result.setup_error = _describe(exc) + "\n" + traceback.format_exc(limit=5)
        missing = len(spec.files) - len(result.outputs)
        result.outputs += [PageOutput(Prediction(), f"worker error: {_describe(exc)}")
                           for _ in range(missing)]
    result.peak_mb = _max_rss_mb()
    conn.send(result)
    conn.close()


def free_cores() -> list[int]:
    """The cores this process may run on, highest first."""
    return sorted(os.sched_getaffinity(0), reverse=True)


def _failed(spec: RunSpec, reason: str) -> RunResult:
    outputs = [PageOutput(Prediction(), reason) for _ in spec.files]
    return RunResult(system=spec.system, outputs=outputs, setup_error=reason)


@dataclass(slots=True)
class _Job:
    """A running worker."""

    spec: RunSpec
    process: multiprocessing.process.BaseProcess
    conn: Connection
    started: float


def _start(context: multiprocessing.context.SpawnContext, spec: RunSpec) -> _Job:
    parent_end, child_end = context.Pipe(duplex=False)
    process = context.Process(target=worker, args=(spec, child_end), name=f"bench-{spec.system}")
    process.start()
    child_end.close()
    return _Job(spec, process, parent_end, time.monotonic())


def _collect(job: _Job) -> RunResult:
    """The result a finished (or dead) worker sent."""
    try:
        result: RunResult = job.conn.recv()
    except (EOFError, OSError):
        job.process.join(timeout=30)
        result = _failed(job.spec, f"worker died (exit code {job.process.exitcode})")
    job.process.join(timeout=30)
    job.conn.close()
    return result


def run_many(specs: list[RunSpec], jobs: int = 1, wall_limit: float = 3600.0,
             on_done: Callable[[RunResult], None] | None = None) -> dict[str, RunResult]:
    """Run specs in fresh spawned processes, at most ``jobs`` at once, one core each.

    A worker that dies or exceeds ``wall_limit`` seconds is killed and its system
    recorded as failed on every page.
    """
    context = multiprocessing.get_context("spawn")
    cores = free_cores()
    jobs = max(1, min(jobs, len(cores)))
    pending = list(specs)
    running: list[_Job] = []
    results: dict[str, RunResult] = {}

    def finish(job: _Job, result: RunResult) -> None:
        running.remove(job)
        results[job.spec.system] = result
        if on_done:
            on_done(result)

    while pending or running:
        while pending and len(running) < jobs:
            spec = pending.pop(0)
            busy = {job.spec.core for job in running}
            spec.core = next(c for c in cores if c not in busy)
            running.append(_start(context, spec))
        ready = wait([job.conn for job in running], timeout=5.0)
        for job in [j for j in running if j.conn in ready]:
            finish(job, _collect(job))
        for job in [j for j in running if time.monotonic() - j.started > wall_limit]:
            job.process.kill()
            job.process.join()
            job.conn.close()
            finish(job, _failed(job.spec, f"worker exceeded {wall_limit:.0f}s, killed"))
    return results
