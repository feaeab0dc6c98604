"""What the ``clippings`` command writes to standard output, and how.

Standard output is guarded (:func:`guard_stdout`): its write errors (a full disk, a
closed pipe, an encoding that cannot hold the text) are :class:`StdoutFailed`, told
apart from the errors of the files a command reads or writes, and end in one line
or, for a closed pipe, a quiet exit (:func:`stdout_failed`). Text from pages is
printed with its terminal control characters escaped (:func:`say`), JSON as valid
JSON whatever the encoding (:func:`json_line`).
"""

from __future__ import annotations

import codecs
import errno
import io
import json
import os
import re
import resource
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TextIO

import click


class StdoutFailed(Exception):
    """Standard output could not take what a command printed (disk full, a closed
    pipe, an encoding that cannot hold the text); the cause is the error itself.
    Not an OSError: no handler for a file the command writes may take it for one."""


class GuardedBuffer(io.BufferedWriter):
    """Standard output's bytes, whose write errors are :class:`StdoutFailed`, so that
    they are told apart from errors of the files a command reads or writes (Click
    may wrap this buffer in a text stream of its own: the bytes still come here)."""

    def write(self, data: Any) -> int:
        try:
            return super().write(data)
        except OSError as exc:
            raise StdoutFailed(exc) from exc

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as exc:
            raise StdoutFailed(exc) from exc


class GuardedStdout(io.TextIOWrapper):
    """Standard output's text: a character its encoding cannot hold is :class:`StdoutFailed`."""

    def write(self, text: str) -> int:
        try:
            return super().write(text)
        except UnicodeEncodeError as exc:
            raise StdoutFailed(exc) from exc


#: Standard output was closed when the command started (``>&-``): it writes to
#: /dev/null instead, and a command whose output is its product refuses to run.
stdout_closed = False


def stand_in_for_closed_stdout() -> None:
    """A closed standard output (``>&-``: Python sets ``sys.stdout`` to None) is
    taken as /dev/null, opened on descriptor 1 so that no file the command opens
    later (the archive, a WARC file) gets that descriptor and what is printed."""
    global stdout_closed
    if sys.stdout is not None:
        return
    stdout_closed = True
    try:
        os.fstat(1)
    except OSError:  # descriptor 1 closed: /dev/null takes it (the lowest free one, or dup2)
        devnull = os.open(os.devnull, os.O_WRONLY)
        if devnull != 1:
            os.dup2(devnull, 1)
            os.close(devnull)
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", line_buffering=True)
        return
    sys.stdout = open(os.devnull, "w", encoding="utf-8")


def guard_stdout() -> None:
    """Put :class:`GuardedStdout` in place of a real standard output (a file
    descriptor: not a test's capture), keeping its encoding and buffering; a
    closed one is /dev/null (:func:`stand_in_for_closed_stdout`)."""
    stand_in_for_closed_stdout()
    out = sys.stdout
    if isinstance(out, GuardedStdout) or not isinstance(out, io.TextIOWrapper):
        return
    try:
        fd = out.fileno()
    except (OSError, ValueError):
        return
    out.flush()
    raw = io.FileIO(fd, "w", closefd=False)  # its own: closing it never closes the real one
    # An ASCII locale (C, POSIX) is taken as unset, as Click's echo takes it: UTF-8.
    encoding = "utf-8" if codecs.lookup(out.encoding).name == "ascii" else out.encoding
    # A character the encoding cannot hold (CJK in latin-1) is shown as \u4e2d: the results
    # still show (an export's data stays exact: see :func:`exact_stdout`).
    errors = "backslashreplace" if out.errors == "strict" else out.errors
    sys.stdout = GuardedStdout(GuardedBuffer(raw), encoding=encoding, errors=errors,
                               line_buffering=out.line_buffering, write_through=out.write_through)


@contextmanager
def exact_stdout() -> Iterator[TextIO]:
    """Standard output for data (an export): a character its encoding cannot hold
    is one line (:class:`StdoutFailed`), never a changed record."""
    out = sys.stdout
    if not isinstance(out, GuardedStdout):  # a test's capture, or not a real file
        yield out
        return
    out.flush()
    exact = GuardedStdout(out.buffer, encoding=out.encoding, errors="strict", write_through=True)
    try:
        yield exact
        exact.flush()
    finally:
        exact.detach()  # the buffer stays standard output's


def write_error(exc: OSError) -> str:
    """Why a write failed, in words: the OS's, and for "File too large" (EFBIG) the
    file size limit this process runs under (``ulimit -f``), which it nearly always is."""
    reason = exc.strerror or str(exc)
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if exc.errno == errno.EFBIG and limit != resource.RLIM_INFINITY:
        reason += f" (this process may write no file past {limit} bytes: ulimit -f)"
    return reason


def stdout_failed(exc: StdoutFailed) -> NoReturn:
    """A closed pipe (``| head``): a quiet exit, as Unix tools end on SIGPIPE; any
    other write error: one line. Standard output then goes to /dev/null, so the
    interpreter's last flush of it cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
    os.close(devnull)
    cause = exc.__cause__
    if isinstance(cause, BrokenPipeError):
        sys.exit(128 + signal.SIGPIPE)
    reason = write_error(cause) if isinstance(cause, OSError) else str(cause)
    click.echo(f"clippings: error: cannot write to standard output: {reason}", err=True)
    sys.exit(1)


#: C0 control characters but tab and newline, DEL, and C1: a terminal acts on them
#: (ESC starts sequences that set its title, clear it, recolour what follows).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def controls_escaped(text: str) -> str:
    """``text`` with every terminal control character shown as ``\\xNN``: a page's
    title or body, printed, cannot drive the reader's terminal."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def say(line: str) -> None:
    """Print a line of human-readable output that holds text from pages."""
    click.echo(controls_escaped(line))


def json_line(value: Any, **kwargs: Any) -> str:
    """JSON text with C1 control characters escaped as well (``json.dumps`` escapes
    C0 ones, but keeps C1 and DEL raw when ``ensure_ascii`` is off); same value. On a
    standard output that is not UTF-8 every other character is escaped too (``\\u6e21``,
    an emoji as its surrogate pair): still valid JSON, where backslash escapes of the
    encoding would not be."""
    if codecs.lookup(getattr(sys.stdout, "encoding", None) or "utf-8").name != "utf-8":
        return json.dumps(value, ensure_ascii=True, **kwargs)
    return re.sub("[\x7f-\x9f]", lambda match: f"\\u{ord(match.group()):04x}",
                  json.dumps(value, ensure_ascii=False, **kwargs))
