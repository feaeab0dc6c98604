"""A heartbeat sent from a thread of its own, watched by the reactor.

Both kinds of process in a distributed crawl tell the others they live by a Redis
key that expires: a worker (``clippings:worker:WORKER``, :class:`~.worker.Heartbeat`)
and the coordinator (``clippings:{id}:alive``, :class:`~.coordinator.CoordinatorHeartbeat`).
Sent on the reactor thread, a beat waited while the reactor was busy (the parsing
pool starting on a loaded machine, records stored in a locked archive), and a
live process was taken for dead: a worker's requests queued again, a coordinator's
whole crawl reaped. So the beat has a thread of its own; it asks the reactor to
answer each time, and lets the key lapse on purpose only when the reactor has not
answered for :data:`REACTOR_STALL_MAX` seconds (a wedged process is dead to the others).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)

#: Seconds the reactor may not answer before the heartbeat lapses: a busy reactor
#: (seconds) is alive; a wedged one is not.
REACTOR_STALL_MAX = 60


class ThreadedBeat(ABC):
    """Calls :meth:`beat` every ``every`` seconds from its own thread while the
    reactor answers; subclasses say what a beat is."""

    thread_name = "clippings-heartbeat"
    lapsing = "the reactor has not answered for %d s: the heartbeat lapses"

    def __init__(self, every: float) -> None:
        self.every = every
        self.stopping = threading.Event()
        self.thread: threading.Thread | None = None
        self.reactor: Any = None
        self.ticked = time.monotonic()
        """When the reactor last ran :meth:`tick`."""
        self.wedged = False
        self.ending = threading.Lock()
        self.ended = False
        """The process's heartbeat was taken away (:meth:`end`): a beat that lands
        after it is taken back (:meth:`take_back`)."""

    @abstractmethod
    def beat(self) -> bool:
        """One beat; False ends the beating (Redis gone)."""

    def take_back(self) -> None:
        """Undo a beat that landed after :meth:`end` (none to undo by default)."""
        return

    def end(self, remove: Callable[[], object]) -> None:
        """Take the heartbeat away (``remove``, after :meth:`halt`) for good: a beat
        still in flight past the halt's wait (a Redis slow to answer) lands after
        ``remove``, and the thread then takes it back (:meth:`take_back`), where it
        said a stopped process lived for the key's time more."""
        with self.ending:
            try:
                remove()
            finally:
                self.ended = True

    def _taken_back_if_ended(self) -> None:
        with self.ending:
            if self.ended:
                self.take_back()

    def beating(self) -> None:
        try:
            while not self.stopping.wait(self.every):
                if self.reactor is not None:
                    self.reactor.callFromThread(self.tick)
                if time.monotonic() - self.ticked > REACTOR_STALL_MAX:
                    if not self.wedged:
                        self.wedged = True
                        logger.error(self.lapsing, REACTOR_STALL_MAX)
                    continue
                if self.stopping.is_set() or not self.beat():
                    return
                self._taken_back_if_ended()
        finally:
            self.beating_ended()

    def beating_ended(self) -> None:
        """(On the beat's thread, as it ends) close what the beats use and no other
        thread may close while the thread runs (nothing by default): see :meth:`halt`."""
        return

    def tick(self) -> None:
        """The reactor runs (called on it): a busy one is alive, a wedged one is not."""
        self.ticked = time.monotonic()

    def start_beating(self) -> None:
        """One beat now, then the thread (called on the running reactor)."""
        self.reactor = sys.modules.get("twisted.internet.reactor")
        self.ticked = time.monotonic()
        self.beat()
        self.thread = threading.Thread(target=self.beating, name=self.thread_name, daemon=True)
        self.thread.start()

    def halt(self, timeout: float) -> bool:
        """No beat from now on (a beat under way ends first, ``timeout`` seconds at
        most). True when the thread has ended (or never ran, or this is it): what it
        used is free to close. False, said as a warning, when a beat is still under
        way past the wait (a Redis slow to answer): the thread closes what it uses
        itself as it ends (:meth:`beating_ended`)."""
        self.stopping.set()
        thread = self.thread
        if thread is None or thread is threading.current_thread():
            return True
        thread.join(timeout)
        if thread.is_alive():
            logger.warning("%s: a beat still under way %.0f s after the stop (Redis slow to answer); "
                           "the thread ends once it is done", self.thread_name, timeout)
            return False
        return True
