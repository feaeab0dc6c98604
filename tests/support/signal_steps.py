"""Two stop signals, SIGTERM then SIGHUP, the second landing at each step of
:class:`crawler.distributed.worker.EarlySignals`' code in turn (a signal from
outside lands there only by chance), each case in a forked child of this process
whose crawl idles until stopped (:mod:`tests.support.early_signals`):

- ``early``: the SIGTERM noted before the reactor runs, the SIGHUP raised at the
  STEP-th line :meth:`EarlySignals.hand_over` and what it calls run;
- ``late``: none noted before; once the reactor runs, the SIGTERM raised (its
  handler, :meth:`EarlySignals.note`, the object's still), the SIGHUP at the
  STEP-th line that handler runs;
- ``crawl``: no EarlySignals, the process's own handlers in place as a crawl's
  are (:func:`crawler.run.run_to_the_end`); once the reactor runs, the SIGTERM
  raised, the SIGHUP at the STEP-th line of the process's stops
  (:meth:`StoppableProcess._signal_shutdown` and what it calls);
- ``third``: as ``crawl``, with a second SIGTERM at the STEP-th line, and a third
  signal, SIGHUP, once both handlers returned.

A step is a line event of the tracer (:func:`sys.settrace`) in that code;
the SIGHUP is raised in the tracer with :func:`signal.raise_signal`, whose handler
runs before it returns: between that line and the one before (untraced itself).
Each forced stop that begins (:meth:`StoppableProcess._signal_kill` past its
check that none has) says :data:`BEGUN` in the case's output: a stop signal landing
at some steps began two.

``python -m tests.support.signal_steps MODE...`` prints a JSON line a case, for each
mode in turn, steps 0, 1, ... until one never came: ``{"mode", "step", "status"
(the child's exit status), "said" (its output), "sent" (whether the SIGHUP was
raised)}``. What a case's crawl imports is imported once, before the first case
(:func:`warm`): each forked child imported it again (Scrapy's extensions and
middlewares, aiohttp, SSL contexts: 0.2 CPU-s a case, most of its cost)."""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from types import CodeType, FrameType
from typing import Any, NoReturn

from scrapy.settings import Settings

from crawler.distributed.worker import EarlySignals
from crawler.run import StoppableProcess
from tests.support.early_signals import IdleSpider
from tests.support.zygote import preload

#: The lines counted, by mode: EarlySignals' own code; the process's stops (``crawl``).
CODES: dict[str, frozenset[CodeType]] = {
    "early": frozenset(value.__code__ for value in vars(EarlySignals).values() if hasattr(value, "__code__")),
    "crawl": frozenset(value.__code__ for name, value in vars(StoppableProcess).items()
                       if name in ("_signal_shutdown", "_graceful_stop", "_signal_kill")),
}
CODES["late"] = CODES["early"]
CODES["third"] = CODES["crawl"]
#: The second signal, by mode: ``third``'s is a second SIGTERM, a SIGHUP following it.
SECOND = {"third": signal.SIGTERM}


#: What a case's output says each time a forced stop begins.
BEGUN = "forced stop begun"


class CountedProcess(StoppableProcess):
    """The process, saying :data:`BEGUN` each time its forced stop's handler begins
    a forced stop (a killer thread: each one set as :attr:`killer` is told). The
    forced stop waits for :attr:`settled`, set once the case's signals are handled:
    the first one's thread would end the process before a second began."""

    def __init__(self, settings: Settings) -> None:
        self.settled = threading.Event()
        super().__init__(settings)

    @property  # type: ignore[override]
    def killer(self) -> threading.Thread | None:
        return self.__dict__.get("_killer")

    @killer.setter
    def killer(self, thread: threading.Thread | None) -> None:
        self.__dict__["_killer"] = thread
        if thread is not None:
            os.write(1, f"{BEGUN}\n".encode())

    def force_stop(self) -> None:
        self.settled.wait(30)
        super().force_stop()


class SecondAt:
    """The tracer raising SIGHUP at the ``step``-th line of EarlySignals' code; it
    writes "sent" to ``told`` first (the process may end in the handler's forced stop)."""

    def __init__(self, step: int, told: int, codes: frozenset[CodeType], signum: int = signal.SIGHUP) -> None:
        self.step = step
        self.told = told
        self.codes = codes
        self.signum = signum
        self.seen = 0

    def trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "call":
            return self.trace if frame.f_code in self.codes else None
        if event == "line":
            if self.seen == self.step:
                os.write(self.told, b"sent")
                signal.raise_signal(self.signum)  # (its handler runs here: the tracer's own call, untraced)
            self.seen += 1
        return self.trace

    def traced(self, process: CountedProcess, call: Callable[..., Any], *args: Any) -> None:
        """``call(*args)`` traced; then ``process``'s signals are handled."""
        sys.settrace(self.trace)
        try:
            call(*args)
        finally:
            sys.settrace(None)
            process.settled.set()


def stop_signals(mode: str) -> None:
    """A crawl's SIGTERM; in mode ``third``, a SIGHUP once its handler (and the second
    signal's, raised in it) returned."""
    signal.raise_signal(signal.SIGTERM)
    if mode == "third":
        signal.raise_signal(signal.SIGHUP)


def case(mode: str, second: SecondAt) -> NoReturn:
    """One case, in the forked child: ends the process (its exit status the case's)."""
    early = EarlySignals() if mode in ("early", "late") else None
    if mode == "early":
        os.kill(os.getpid(), signal.SIGTERM)
    process = CountedProcess(Settings({"LOG_ENABLED": False, "TELNETCONSOLE_ENABLED": False}))
    crawler = process.create_crawler(IdleSpider)
    process.started_crawlers.append(crawler)
    process.crawl(crawler)
    from twisted.internet import reactor

    if mode in ("crawl", "third"):  # (the process's handlers, as a crawl's: SIGHUP's as run_to_the_end puts it)
        signal.signal(signal.SIGHUP, process._signal_shutdown)
        reactor.callLater(0, second.traced, process, stop_signals, mode)  # type: ignore[attr-defined]
        process.start()
        process.no_forced_stop()
        print("ended", flush=True)
        os._exit(0)
    assert early is not None
    if mode == "early":
        reactor.callWhenRunning(second.traced, process, early.hand_over, process)  # type: ignore[attr-defined]
    else:
        reactor.callWhenRunning(early.hand_over, process)  # type: ignore[attr-defined]
        reactor.callLater(0, second.traced, process, signal.raise_signal, signal.SIGTERM)  # type: ignore[attr-defined]
    process.start(install_signal_handlers=False)
    process.no_forced_stop()
    print("ended", flush=True)
    os._exit(0)


def forked(mode: str, step: int) -> dict[str, Any]:
    """Run one case in a forked child; its exit status and what it printed."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as told:
        child = os.fork()
        if child == 0:
            try:
                os.dup2(out.fileno(), 1)
                os.dup2(out.fileno(), 2)
                case(mode, SecondAt(step, told.fileno(), CODES[mode], SECOND.get(mode, signal.SIGHUP)))
            finally:
                os._exit(70)
        _, status = os.waitpid(child, 0)
        out.seek(0)
        told.seek(0)
        return {"step": step, "status": os.waitstatus_to_exitcode(status),
                "said": out.read().decode(errors="replace"), "sent": told.read() == b"sent"}


def warm() -> None:
    """Import here what a case's crawl imports (found by building one in a forked
    child, its reactor never run), so that each case's child has it already."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:
        try:
            os.close(read)
            before = set(sys.modules)
            process = StoppableProcess(Settings({"LOG_ENABLED": False, "TELNETCONSOLE_ENABLED": False}))
            process.crawl(process.create_crawler(IdleSpider))
            with os.fdopen(write, "w") as out:
                out.write("\n".join(sorted(set(sys.modules) - before)))
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as names:
        imported = names.read().split()
    os.waitpid(child, 0)
    preload(imported)


def sweep(mode: str) -> None:
    """Print each case of ``mode``, steps 0, 1, ... until the SIGHUP never came."""
    for step in range(100):
        result = forked(mode, step)
        print(json.dumps({"mode": mode, **result}), flush=True)
        if not result["sent"]:
            break


if __name__ == "__main__":
    warm()
    for mode in sys.argv[1:]:
        sweep(mode)
