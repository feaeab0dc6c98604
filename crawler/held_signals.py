"""Stop signals handed from a worker's image to the next (``os.execv``).

A signal landing in ``os.execv``'s own code goes to Python's C-level handler,
which notes it for the Python handler to run at the next step: there is none,
the image is gone, and the signal with it (a worker started afresh as it was
SIGTERM'd waited for its next crawl). Python's wakeup file takes each signal's
number from that C-level handler, in whichever thread it lands: here it is a
pipe whose reading end the next image inherits (named in :data:`ENV`), and the
next image reads the numbers written to it (:func:`take`)."""

from __future__ import annotations

import os
import signal
import stat
from collections.abc import Iterator
from contextlib import contextmanager

#: The environment variable naming the inherited reading end (set for the next image only).
ENV = "CLIPPINGS_HELD_SIGNALS_FD"


@contextmanager
def handed_over() -> Iterator[dict[str, str]]:
    """For the block (ending in ``os.execve``, on the main thread): the environment
    for the next image, every signal from now on written to the pipe it inherits.
    Should the block end here (``os.execve`` failed, a signal's exception), the
    wakeup file before is back and the pipe closed."""
    read, write = os.pipe()
    try:
        os.set_blocking(write, False)
        os.set_inheritable(read, True)
        previous = signal.set_wakeup_fd(write, warn_on_full_buffer=False)
        try:
            yield {**os.environ, ENV: str(read)}
        finally:
            signal.set_wakeup_fd(previous)
    finally:
        os.close(read)
        os.close(write)


def take() -> list[int]:
    """The signals the image before handed over (:func:`handed_over`), in the
    order they came; none where this image was not started so. The variable is
    removed (a process this one starts inherits no such pipe)."""
    value = os.environ.pop(ENV, "")
    if not value.isdigit():
        return []
    fd = int(value)
    try:
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            return []
        os.set_blocking(fd, False)
        try:
            data = os.read(fd, 4096)
        except BlockingIOError:  # (nothing came)
            data = b""
        os.close(fd)
    except OSError:  # (no such descriptor: the variable was not set by a worker)
        return []
    return list(data)
