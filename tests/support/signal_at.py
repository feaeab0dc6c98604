"""``clippings worker`` that sends itself SIGTERM at a moment a test names, where
a signal from outside lands only by chance (a loaded machine widens the moments):

- ``spider``: as Scrapy builds the worker's spider (the crawl being built, before
  the reactor runs);
- ``startup``: as the worker's reactor starts (a "during startup" trigger: after
  Twisted would have put its own handlers in place, before Scrapy puts its own);
- ``execv``: as the worker starts afresh for the next crawl, its crawl ended;
- ``execv-swallowed``: as the worker starts afresh, in ``os.execve``, its
  handler's exception swallowed (where a signal landing in ``os.execve``'s own
  code, its handler never run, is lost with the image);
- ``swallowed``: as the worker starts, its handler's exception swallowed by the
  code it lands in (as lxml.etree's module init, imported with Scrapy, swallowed
  it: a worker SIGTERM'd as it started afresh waited on for the next crawl).

``python -m tests.support.signal_at MOMENT ARGS...``: ARGS are ``clippings``'."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from typing import Any

from crawler import run
from crawler.cli import main
from crawler.distributed import worker


def signal_self() -> None:
    os.kill(os.getpid(), signal.SIGTERM)


def at_spider() -> None:
    built = worker.WorkerSpider.from_crawler.__func__  # type: ignore[attr-defined]

    def from_crawler(cls: type, crawler: Any, *args: Any, **kwargs: Any) -> Any:
        signal_self()
        return built(cls, crawler, *args, **kwargs)

    worker.WorkerSpider.from_crawler = classmethod(from_crawler)  # type: ignore[method-assign, assignment]


def at_startup() -> None:
    start = run.StoppableProcess.start

    def start_signalled(self: run.StoppableProcess, *args: Any, **kwargs: Any) -> None:
        from twisted.internet import reactor

        reactor.addSystemEventTrigger("during", "startup", signal_self)  # type: ignore[attr-defined]
        start(self, *args, **kwargs)

    run.StoppableProcess.start = start_signalled  # type: ignore[method-assign]


def at_execv() -> None:
    execve = os.execve

    def signalled_execve(path: Any, args: Any, env: Any) -> None:
        signal_self()
        execve(path, args, env)

    os.execve = signalled_execve  # the next image is the plain worker (python -m crawler.cli)


def at_execv_swallowed() -> None:
    from crawler import cli

    execve = os.execve

    def swallowing_execve(path: Any, args: Any, env: Any) -> None:
        with contextlib.suppress(cli.Terminated):
            signal_self()
        execve(path, args, env)

    os.execve = swallowing_execve  # the next image is the plain worker (python -m crawler.cli)


def at_swallowed() -> None:
    from crawler import cli

    check_redis = cli.check_redis

    def swallowing(redis_url: str) -> None:
        with contextlib.suppress(cli.Terminated):  # (the handler raises it as os.kill returns)
            signal_self()
        check_redis(redis_url)

    cli.check_redis = swallowing


if __name__ == "__main__":
    {"spider": at_spider, "startup": at_startup, "execv": at_execv, "swallowed": at_swallowed,
     "execv-swallowed": at_execv_swallowed}[sys.argv[1]]()
    sys.argv = ["clippings", *sys.argv[2:]]
    main()
