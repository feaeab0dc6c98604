"""The ``clippings`` command: crawl, extract, demo, serve, search, stats, export.

Errors a user can cause (a bad argument, a missing file, an unreachable seed) end
in one line on stderr and a non-zero exit, never a traceback. Read commands open
an archive read-only and refuse a file that is not one; write commands hold the
archive's one-writer lock. A crawl stopped by Ctrl-C exits 130, by SIGTERM 143.
"""

from __future__ import annotations

import signal
import sys
import threading


def _interrupted_while_starting(signum: int, frame: object) -> None:
    """Ctrl-C before the command runs (the imports take a moment): one line, 130."""
    sys.stderr.write("clippings: interrupted\n")
    raise SystemExit(128 + signum)


# First thing, before the imports below: a Ctrl-C during them would print a
# KeyboardInterrupt traceback. CleanGroup.main puts Python's handler back.
# (Only the main thread may set handlers; a test may import this module elsewhere.)
if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
    signal.signal(signal.SIGINT, _interrupted_while_starting)

import errno  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import sqlite3  # noqa: E402
import stat  # noqa: E402
import subprocess  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path, PurePath  # noqa: E402
from typing import Any, Literal, NoReturn  # noqa: E402

import click  # noqa: E402

from crawler import __version__, terminal  # noqa: E402
from crawler.limits import MAX_PROCESSES, processes_problem  # noqa: E402
from crawler.shown import SHOWN_CHARS, shown, shown_path  # noqa: E402
from crawler.terminal import (  # noqa: E402
    StdoutFailed,
    exact_stdout,
    guard_stdout,
    json_line,
    say,
    stdout_failed,
    write_error,
)
from crawler.urls import lower_scheme, shown_url  # noqa: E402

F = Callable[..., Any]


class Terminated(KeyboardInterrupt):
    """SIGTERM (``timeout``, systemd, ``docker stop``) or SIGHUP (the terminal or
    SSH session closed) raised where Ctrl-C would be, so the same clean-ups run (a
    half export removed, an import's crawl row closed) before the exit with 128 +
    the signal. A crawl puts Scrapy's own handler in place."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(signum)
        self.signum = signum


#: The stop signals :func:`_terminated` was run for in this command: an exception a
#: handler raises may be swallowed by the code it lands in (a C module's init imported
#: as the options are read, a ``__del__``), and the command went on (a crawl SIGTERM'd
#: as it started read its seeds: "holds no seeds"). :func:`stop_if_signalled` ends it.
_signalled: list[int] = []


def _terminated(signum: int, frame: object) -> None:
    _signalled.append(signum)
    raise Terminated(signum)


def stop_if_signalled() -> None:
    """Raise :class:`Terminated` for the first stop signal :func:`_terminated` was run
    for, if one was (its exception swallowed where it landed): called before a
    command blocks or starts its work."""
    if _signalled:
        raise Terminated(_signalled[0])


class StopSignals:
    """The stop signals (SIGINT, SIGTERM, SIGHUP) a long-running command is sent,
    noted as well as raised (KeyboardInterrupt for SIGINT, :class:`Terminated` for
    the others), from the moment it starts: an exception raised from a handler is
    swallowed by some code it lands in (lxml.etree's module init, imported with
    Scrapy, did so), and the command went on as if never signalled (a worker
    SIGTERM'd as it started waited for its next crawl). The command ends on a
    noted one at its next safe point (:meth:`check`). An ignored one stays ignored.
    Those the image before handed over (a worker started afresh:
    :mod:`crawler.held_signals`) are noted first. The first is the one that came
    first, as the wakeup file tells (:meth:`note`)."""

    STOPS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

    def __init__(self) -> None:
        from crawler import held_signals

        self.noted: list[int] = [signum for signum in held_signals.take() if signum in self.STOPS]
        self.arrivals: int | None = None
        """The reading end of Python's wakeup file (its own for the command's life; not
        inherited by the next image, which :mod:`crawler.held_signals` hands them to)."""
        if threading.current_thread() is not threading.main_thread():
            return
        self.arrivals, write = os.pipe()
        os.set_blocking(self.arrivals, False)
        os.set_blocking(write, False)  # (a flood of signals drops numbers, never blocks a handler)
        signal.set_wakeup_fd(write, warn_on_full_buffer=False)
        for signum in self.STOPS:
            if signal.getsignal(signum) not in (signal.SIG_IGN, None):
                signal.signal(signum, self.note)

    def note(self, signum: int, frame: object) -> None:
        """The signals that came, in the order they came, then this one: Python runs
        the handlers of the signals pending at one moment by number (a SIGTERM then a
        SIGHUP ended the command on the SIGHUP, "hung up", exit 129), and Python's
        C-level handler writes each signal's number to the wakeup file as it lands.
        This one is noted again, after them: its number may be in another file (the
        crawl's, :class:`crawler.distributed.worker.EarlySignals`, or one Twisted put in
        place) or written later, on another thread; only the first noted counts."""
        self.noted.extend(self.arrived())
        self.noted.append(signum)
        self.check()

    def arrived(self) -> list[int]:
        """The stop signals whose numbers were written to the wakeup file since the last call."""
        if self.arrivals is None:
            return []
        try:
            data = os.read(self.arrivals, 4096)
        except BlockingIOError:  # (none)
            return []
        return [signum for signum in data if signum in self.STOPS]

    def check(self) -> None:
        """Raise what the first stop signal noted raised, if one was."""
        if not self.noted:
            return
        if self.noted[0] == signal.SIGINT:
            raise KeyboardInterrupt
        raise Terminated(self.noted[0])


#: What ``clippings`` says when a signal other than Ctrl-C stops a command.
TERMINATED_WORDS: dict[int, str] = {signal.SIGTERM: "clippings: terminated", signal.SIGHUP: "clippings: hung up (SIGHUP)"}


class UserError(click.ClickException):
    """An error the user can fix; shown as one line."""

    def show(self, file: Any = None) -> None:
        click.echo(f"clippings: error: {one_line(self.format_message())}", err=True)


#: A quoted value in an error past SHOWN_CHARS characters (an escape counts as one):
#: Click quotes what it refuses ("'aaa…' is not a valid integer") but whole.
_LONG_QUOTED = re.compile(rf"'((?:[^'\\\n]|\\.){{{SHOWN_CHARS}}})(?:[^'\\\n]|\\.)+'")


def one_line(message: str) -> str:
    """An error message as one line, whatever a value in it holds (Clippings' own
    messages show values with :func:`crawler.shown.shown` already: a safety net)."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


def click_message(message: str) -> str:
    """Click's error for a bad argument or option, one line and bounded: the value
    it quotes whole is cut as :func:`crawler.shown.shown` cuts one."""
    return _LONG_QUOTED.sub(r"'\1'…", one_line(message))


class ArchiveCommand(click.Command):
    """A command whose archive turns out damaged only when a query reaches the bad
    page (the schema read fine), or locked by another program's write transaction,
    or refused past the command's checks (:class:`archive.db.ArchiveError`: a switch
    to WAL mode SQLite could not make), ends in one line naming the archive."""

    def invoke(self, ctx: click.Context) -> Any:
        from archive.archive_file import resolved_once
        from archive.db import ArchiveError, file_fault, temp_fault

        check_text_arguments(ctx)
        check_busy_timeout_env()
        if terminal.stdout_closed and prints_its_product(ctx):
            fail("standard output is closed")
        try:
            with resolved_once():  # (the archive's symbolic links followed once: every check names one file)
                return super().invoke(ctx)
        except sqlite3.DatabaseError as exc:
            if ctx.command.name in ("export", "search", "stats", "history") and (temp := temp_fault(exc)):
                fail(str(temp))  # a command that only reads: its write error is SQLite's temporary files'
            fault = file_fault(archive, exc) if (archive := archive_param(ctx.params)) else None
            if fault is None:
                raise
            fail(str(fault))
        except ArchiveError as exc:  # met once the command's checks passed (the switch to WAL mode refused)
            fail(str(exc))
        except OSError as exc:  # a name past the file system's limit, met by any path check
            if exc.errno != errno.ENAMETOOLONG:
                raise
            named = os.fsdecode(exc.filename) if exc.filename is not None else "a path given"
            fail(f"{shown_path(named)}: the file name is too long for the file system ({exc.strerror})")


def prints_its_product(ctx: click.Context) -> bool:
    """A command whose output is all it makes (search, stats, an export to standard
    output): a closed standard output is an error for it, where for a crawl or an
    import, whose product is the archive, it is taken as /dev/null."""
    if ctx.command.name == "export":
        return ctx.params.get("output") in (None, "-")
    return ctx.command.name in ("search", "stats", "history", "extract")


def check_text_arguments(ctx: click.Context) -> None:
    """A one-line error for an argument that is not valid UTF-8 (bytes from a file
    name, a mis-encoded paste: Python keeps them as lone surrogates, which no URL,
    query or site name can hold). File paths are left as given: any bytes name a file,
    those of ``-s`` settings too (names ending in _DIR, _FILE, _PATH)."""
    for param in ctx.command.params:
        if isinstance(param.type, click.Path | click.File):
            continue
        value = ctx.params.get(param.name or "")
        for text in value if isinstance(value, tuple | list) else [value]:
            if param.name == "scrapy_settings" and is_path_setting(str(text)):
                continue
            if isinstance(text, str) and not_utf8(text):
                label = max(param.opts, key=len) if isinstance(param, click.Option) else param.human_readable_name
                fail(f"{label} {shown(text)} is not valid UTF-8 text (check the terminal's or the file name's encoding)")


def not_utf8(text: str) -> str | None:
    """``text`` shown with its undecodable bytes as ``\\xNN`` when it came from bytes
    that are not UTF-8 (an argument or a file name: surrogate escapes), else None."""
    if not re.search("[\udc80-\udcff]", text):
        return None
    return os.fsencode(text).decode("utf-8", "backslashreplace")


#: ``-s`` settings whose value names a file or folder (CLIPPINGS_WARC_DIR, LOG_FILE, ...).
PATH_SETTING_SUFFIXES = ("_DIR", "_FILE", "_PATH")


def is_path_setting(assignment: str) -> bool:
    """``-s KEY=VALUE`` sets a path: its value may be any bytes."""
    return assignment.partition("=")[0].strip().upper().endswith(PATH_SETTING_SUFFIXES)


def archive_param(params: dict[str, Any]) -> str | None:
    """The one archive a command works on (``db``, or ``serve``'s single ``dbs``), or None."""
    if params.get("db"):
        return str(params["db"])
    dbs: tuple[str, ...] = params.get("dbs") or ()
    return str(dbs[0]) if len(dbs) == 1 else None


class CleanGroup(click.Group):
    """A click group whose usage errors are one line, not a usage screen."""

    command_class = ArchiveCommand

    def main(self, *args: Any, **kwargs: Any) -> Any:
        previous = sys.stdout
        guard_stdout()
        try:
            try:
                return self._main(*args, **kwargs)
            finally:
                sys.stdout.flush()  # what is still buffered, while its error can be told
        except StdoutFailed as exc:
            stdout_failed(exc)
        finally:
            sys.stdout = previous  # a caller in the same process (a test) gets its own back

    def _main(self, *args: Any, **kwargs: Any) -> Any:
        if signal.getsignal(signal.SIGINT) is _interrupted_while_starting and \
                threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C is KeyboardInterrupt again
        _signalled.clear()  # (a command before in this process: a test's)
        for signum in (signal.SIGTERM, signal.SIGHUP):  # an ignored one (nohup) stays ignored
            if signal.getsignal(signum) is signal.SIG_DFL and threading.current_thread() is threading.main_thread():
                signal.signal(signum, _terminated)
        # Click's standalone mode prints usage screens; handle its exceptions here.
        try:
            return super().main(*args, **{**kwargs, "standalone_mode": False})
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.exceptions.Abort as exc:
            # Click turns Ctrl-C outside a crawl (which handles its own) into Abort.
            if isinstance(exc.__cause__, Terminated):
                click.echo(TERMINATED_WORDS[exc.__cause__.signum], err=True)
                sys.exit(128 + exc.__cause__.signum)
            click.echo("clippings: interrupted", err=True)
            sys.exit(128 + signal.SIGINT)
        except click.exceptions.NoArgsIsHelpError as exc:  # `clippings` alone: its help, not an error
            click.echo(exc.format_message(), err=True)
            sys.exit(2)
        except click.UsageError as exc:
            hint = f" (see 'clippings {exc.ctx.info_name} --help')" if exc.ctx and exc.ctx.parent else ""
            click.echo(f"clippings: error: {click_message(exc.format_message())}{hint}", err=True)
            sys.exit(2)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)


#: The largest integer SQLite stores: a larger --limit means "every hit".
SQLITE_MAX_INT = 2**63 - 1


def fail(message: str) -> NoReturn:
    raise UserError(message)


#: The environment variable that sets the extraction pool's size when no
#: ``--processes`` is given (the Scrapy setting of the same name).
PROCESSES_ENV = "CLIPPINGS_PROCESSES"


def processes_or_env(processes: int | None) -> int | None:
    """``--processes`` when given, else :data:`PROCESSES_ENV` from the environment
    (an empty value counts as unset), else None (one per core); a one-line error
    naming the variable when its value is not a whole number from 0 to MAX_PROCESSES
    (:func:`.limits.processes_problem`, as for ``-s CLIPPINGS_PROCESSES``)."""
    raw = os.environ.get(PROCESSES_ENV, "").strip()
    if processes is not None or not raw:
        return processes
    problem = processes_problem(raw)
    if problem:
        fail(f"{PROCESSES_ENV}={shown(raw)}: {problem}")
    return int(raw)


def check_busy_timeout_env() -> None:
    """A one-line error naming :data:`archive.db.BUSY_TIMEOUT_ENV` when its value
    is not a wait SQLite can keep (as for ``-s CLIPPINGS_BUSY_TIMEOUT``), before
    any work; an empty value counts as unset."""
    from archive.db import BUSY_TIMEOUT_ENV
    from crawler.setting_values import setting_problem

    raw = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    problem = setting_problem(BUSY_TIMEOUT_ENV, raw) if raw else None
    if problem:
        fail(f"{BUSY_TIMEOUT_ENV}={shown(raw)}: {problem}")


def existing_db(path: str) -> str:
    """The archive path, or a one-line error when it is missing or not an archive."""
    from archive.db import ArchiveError, check_archive

    if not Path(path).exists() and not Path(path).is_symlink():  # a symlink loop: check_archive says so
        fail(f"no archive at {shown_path(path)} (crawl into it first: clippings crawl SEED --db {shown_path(path)})")
    try:
        check_archive(path)
    except ArchiveError as exc:
        fail(str(exc))
    return path


def read_archive(path: str) -> Any:
    """The archive opened read-only (nothing in the file can change), or a one-line
    error; closed when the command ends (its hold of a read-only archive given back
    then, not when the connection happens to be collected: a program running
    commands in one process, a writer of it after)."""
    from archive.db import ArchiveError, open_readonly

    checked = existing_db(path)
    try:
        database = open_readonly(checked)
    except ArchiveError as exc:  # one its schema peek could not see (a folder this user may not write)
        fail(str(exc))
    context = click.get_current_context(silent=True)
    if context is not None:
        context.call_on_close(database.close)
    return database


@contextmanager
def writing(path: str, *, create: bool = True) -> Iterator[None]:
    """Hold the archive's one-writer lock, after checking the file is (or can
    become) an archive; a one-line error otherwise."""
    from archive.db import ArchiveError, check_archive, check_not_busy, check_readable, writer_lock

    try:
        check_archive(path, create=create, write=True)
        check_not_busy(path)  # before the whole file is read; the lock file is not made yet
        if Path(path).exists() and Path(path).stat().st_size:
            try:
                check_readable(path)  # damage past the schema: refused before any work
            except ArchiveError:
                check_not_busy(path)  # a writer that started meanwhile: what was read was torn
                raise
        lock = writer_lock(path)
        lock.__enter__()
    except ArchiveError as exc:
        fail(str(exc))
    try:
        yield
    finally:
        lock.__exit__(None, None, None)


class SeedFile(click.File):
    """``-i FILE``; ``-i -`` with standard input closed (``<&-``) is one line (Click
    raised a RuntimeError: "Was not able to determine binary stream for sys.stdin")."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == "-" and sys.stdin is None:
            fail("-i -: standard input is closed (give the seeds in a file, or on the command line)")
        return super().convert(value, param, ctx)


class ArchivePath(click.Path):
    """An archive's path: a file, never ``-`` (``--db -`` made a file named "-", where
    a dash names standard input or output everywhere else; an archive is neither)."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        name = "--db" if isinstance(param, click.Option) else "DB"
        if value == "":  # (was read as '.': ". is a directory", naming no input given)
            fail(f"{name} '': the archive's name is empty (give its file, e.g. news.db)")
        if value == "-":
            fail(f"{name} '-': an archive is a file, not standard input or output; "
                 "give a file name (./- for a file named '-')")
        return super().convert(value, param, ctx)


def db_argument(fn: F) -> F:
    """The archive path argument shared by the read commands."""
    return click.argument("db", metavar="DB", type=ArchivePath())(fn)


def db_option(fn: F) -> F:
    """The ``--db`` option shared by the write commands."""
    return click.option("--db", "db", default="clippings.db", show_default=True,
                        type=ArchivePath(), help="SQLite archive to write to.")(fn)


@click.group(cls=CleanGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clippings")
def cli() -> None:
    """Crawl news and magazine sites into a SQLite archive of clean article records."""


@cli.command()
@click.argument("seeds", nargs=-1)
@click.option("-i", "--input", "seed_files", multiple=True, type=SeedFile("rb"),
              help="Read seed URLs from FILE, one per line ('-': standard input; '#' starts a comment).")
@db_option
@click.option("--sites", "sites_file", type=click.Path(dir_okay=False),
              help="A sites.toml list: each site with its own seeds, limits and politeness.")
@click.option("--max-pages", type=click.IntRange(min=1),
              help="Fetch at most this many pages in this run (robots.txt not counted), then stop; "
                   "a crawl that continues a stopped one fetches this many more.")
@click.option("--depth", type=click.IntRange(min=0), help="Follow links at most this deep from the seeds.")
@click.option("--delay", type=float, callback=lambda _ctx, _param, value: checked_delay(value),
              help="Seconds between requests to one site (default 0.5, adapted by AutoThrottle).")
@click.option("--since", metavar="DATE",
              help="Keep out articles published before DATE (YYYY-MM-DD); skip sitemap and feed entries dated before it.")
@click.option("--new-only", is_flag=True, help="Do not fetch article URLs the archive already holds.")
@click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (only for sites you own).")
@click.option("--user-agent", metavar="TEXT", help="The User-Agent header (default: Clippings/VERSION (+URL)).")
@click.option("--contact", metavar="EMAIL|URL",
              help="How site owners can reach you; added to the User-Agent.")
@click.option("--no-warc", is_flag=True, help="Do not keep the raw responses in WARC files.")
@click.option("--fresh", is_flag=True,
              help="Start anew from the seeds, not where the last crawl of the same seeds stopped.")
@click.option("-s", "--set", "scrapy_settings", metavar="KEY=VALUE", multiple=True,
              help="Set a Scrapy setting, e.g. -s DOWNLOAD_TIMEOUT=10 (may be repeated).")
@click.option("--processes", type=click.IntRange(0, MAX_PROCESSES),
              help="Processes that parse pages (default: $CLIPPINGS_PROCESSES, else one per core; "
                   "0: in the crawl's own).")
@click.option("--redis", "redis_url", metavar="URL",
              help="Distributed: queue the crawl in Redis (redis://HOST:PORT/N) for "
                   "'clippings worker' processes; this command writes the archive.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log.")
def crawl(seeds: tuple[str, ...], seed_files: tuple[Any, ...], db: str, sites_file: str | None,
          max_pages: int | None, depth: int | None, delay: float | None, since: str | None,
          new_only: bool, ignore_robots: bool, user_agent: str | None, contact: str | None,
          no_warc: bool, fresh: bool, scrapy_settings: tuple[str, ...], processes: int | None,
          redis_url: str | None, quiet: bool, verbose: bool) -> None:
    """Crawl SEEDS (site, sitemap, robots.txt or feed URLs) into the archive.

    Links are followed within the seeds' sites; every article is stored once
    per crawl, every URL fetched is accounted for in the fetches table. A page
    archived before is fetched with a conditional request (a 304 counts as
    unchanged). With --sites, every site of the list is crawled side by side and
    the exit code is 0 only when every site crawled. One crawl at a time writes
    to an archive; a second one stops with an error. Ctrl-C stops the crawl
    (exit 130; SIGTERM: 143) and keeps what it stored. A crawl that stopped before
    its end (Ctrl-C, --max-pages, killed) is continued by the next crawl of the
    same seeds: the pages it found and had not fetched, none twice, and those
    whose fetch failed (a network error, a 5xx) until they failed in 3 crawls
    (--fresh: start anew).

    Example:

    \b
        clippings crawl https://example.com/ https://example.com/sitemap.xml --db news.db --max-pages 200
        clippings crawl -i seeds.txt --db news.db --contact archive@example.org --quiet
        clippings crawl --sites sites.toml --db news.db
    """
    from archive.db import chosen_busy_timeout

    check_crawl_flags(seeds=bool(seeds or seed_files), sites_file=sites_file, redis_url=redis_url,
                      quiet=quiet, verbose=verbose)
    processes = processes_or_env(processes)
    overrides = crawl_overrides(delay=delay, ignore_robots=ignore_robots, new_only=new_only,
                                no_warc=no_warc, processes=processes,
                                user_agent=user_agent, contact=contact)
    if fresh:
        overrides["CLIPPINGS_RESUME"] = False
    settings = scrapy_setting_pairs(scrapy_settings)
    if redis_url is not None:  # (an empty one, an unset shell variable, crawled here alone, without a word)
        check_redis(redis_url)
    if since is not None:
        check_date(since, "--since")
    seeds = tuple(lower_scheme(seed) for seed in (*seeds, *(seed for file in seed_files for seed in read_seeds(file))))
    output = Output(quiet=quiet, verbose=verbose)
    stop_if_signalled()
    if sites_file:
        with chosen_busy_timeout(settings.get("CLIPPINGS_BUSY_TIMEOUT")):
            crawl_site_list(sites_file, db, overrides=overrides, settings=settings, output=output,
                            max_pages=max_pages, depth=depth, since=since)
        return
    if not seeds:
        fail("give at least one seed URL, -i FILE, or --sites FILE")
    with chosen_busy_timeout(settings.get("CLIPPINGS_BUSY_TIMEOUT")):  # the crawl's start waits as its store
        summary = crawl_and_report(list(seeds), db, max_pages=max_pages, depth=depth,
                                   overrides={**overrides, **settings}, output=output, since=since,
                                   redis_url=redis_url)
    exit_for(summary)


def check_crawl_flags(*, seeds: bool, sites_file: str | None, redis_url: str | None,
                      quiet: bool, verbose: bool) -> None:
    """A one-line error for options that contradict each other, before any of
    them is acted on (a seed file read, Redis reached)."""
    if quiet and verbose:
        fail("give -q (print nothing but errors) or -v (show Scrapy's log), not both")
    if sites_file and seeds:
        fail("give either SEEDS (or -i) or --sites, not both")
    if sites_file and redis_url:
        fail("--redis takes SEEDS, not --sites")


def not_a_file(name: str) -> str:
    """Why ``name`` (not a regular file) cannot be read as one: missing, or a
    device or pipe (read once, it could not be checked first and then read)."""
    if Path(name).exists():
        return f"{shown_path(name)}: not a regular file (save it to a file first)"
    if Path(name).is_symlink():  # (said "no such file", the link being there)
        return f"{shown_path(name)}: a symbolic link that leads to no file (a loop, or its target is gone)"
    if re.match(r"(?i)https?://", name):  # (said "no such file: https://…")
        return f"{shown_path(name)}: a URL, not a file: download it first (e.g. curl -O URL)"
    if name == "-":  # (said "no such file: -")
        return "-: standard input is not read (a file is checked before it is read): save it to a file and give that"
    return f"no such file: {shown_path(name)}"


def checked_delay(delay: float | None) -> float | None:
    """``--delay`` as given, or a one-line error when no crawl could keep it."""
    from crawler.sites import DELAY_RULE, delay_ok

    if delay is not None and not delay_ok(delay):
        fail(f"--delay {delay:g}: {DELAY_RULE}")
    return delay


def checked_wait(wait: float | None) -> float | None:
    """``worker --wait`` as given, or a one-line error when it names no time to
    wait (negative, NaN: every comparison with NaN is false, so a worker would
    never give up); ``inf`` is waiting for ever, as no ``--wait`` is."""
    if wait is not None and not wait >= 0:
        fail(f"--wait {wait:g}: the time to wait must be 0 seconds or more")
    return wait


def crawl_overrides(*, delay: float | None, ignore_robots: bool, new_only: bool, no_warc: bool,
                    processes: int | None, user_agent: str | None, contact: str | None) -> dict[str, Any]:
    """The Scrapy settings that ``crawl``'s options stand for."""
    from crawler.sites import delay_settings

    overrides: dict[str, Any] = {}
    if delay is not None:
        overrides.update(delay_settings(delay))
    if ignore_robots:
        overrides["ROBOTSTXT_OBEY"] = False
    if new_only:
        overrides["CLIPPINGS_NEW_ONLY"] = True
    if no_warc:
        overrides["CLIPPINGS_WARC"] = False
    if processes is not None:
        overrides["CLIPPINGS_PROCESSES"] = processes
    if user_agent is not None or contact is not None:
        overrides["USER_AGENT"] = user_agent_for(user_agent, contact)
    return overrides


def exit_for(summary: Any) -> None:
    """Exit as the crawl ended: 128 + the signal that stopped it, 1 on failure."""
    if summary.stopped_by is not None:
        sys.exit(128 + summary.stopped_by)
    if not summary.ok:
        fail(summary.why_stopped.removeprefix("failed: "))


def read_seeds(file: Any) -> list[str]:
    """The URLs of a seed list: one per line, blank lines and ``#`` comments skipped;
    a one-line error naming the file and line of a seed that is not a URL."""
    stop_if_signalled()  # (before blocking on a pipe or a terminal)
    name, seeds = getattr(file, "name", "-"), []
    if name in (0, "<stdin>"):
        name = "-"
    for number, raw in enumerate(_seed_lines(file, name), 1):
        try:  # line by line, so the error names the line (and a BOM is not part of a URL)
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            fail(f"{shown_path(name)}:{number}: not UTF-8 text (a seed list is one URL per line)")
        seed = line.split("#", 1)[0].strip()
        check_seeds([seed] if seed else [], where=f"{shown_path(name)}:{number}: ")
        seeds += [seed] if seed else []
    if not seeds:
        fail(f"{shown_path(name)} holds no seeds")
    return seeds


#: No URL is this long (Scrapy drops links past 2,083 characters): a longer line is no seed list's.
SEED_LINE_MAX = 65_536


def _seed_lines(file: Any, name: str) -> Iterator[bytes]:
    """The lines of a seed list read a MiB at a time: a NUL byte or a line past
    :data:`SEED_LINE_MAX` is one line naming the file, where ``-i /dev/zero`` (or a
    binary stream on standard input) was read into memory without end."""
    tail, number = b"", 0
    while chunk := file.read(1 << 20):
        if b"\0" in chunk:
            before = (tail + chunk).split(b"\0", 1)[0].splitlines(keepends=True)
            line = number + 1 + sum(1 for text in before if text.endswith((b"\n", b"\r")))
            if number == 0 and chunk.startswith((b"\xff\xfe", b"\xfe\xff")):  # (Notepad's "Unicode")
                fail(f"{shown_path(name)}:1: UTF-16 text, not UTF-8 (save the seed list as UTF-8, one URL per line)")
            fail(f"{shown_path(name)}:{line}: binary data (a NUL byte), not a seed list (one URL per line)")
        # bytes.splitlines: \n, \r\n and a lone \r (old Mac editors) all end a line
        lines = (tail + chunk).splitlines(keepends=True)
        tail = lines.pop() if lines and not lines[-1].endswith(b"\n") else b""  # (a \r\n may be cut in two)
        number += len(lines)
        yield from (line.rstrip(b"\r\n") for line in lines)
        if len(tail) > SEED_LINE_MAX:
            fail(f"{shown_path(name)}:{number + 1}: a line of more than {SEED_LINE_MAX} bytes, not a URL "
                 "(a seed list is one URL per line)")
    yield from (line.rstrip(b"\r\n") for line in tail.splitlines())


def user_agent_for(user_agent: str | None, contact: str | None) -> str:
    """The User-Agent header: the given one or Clippings', with the contact in it."""
    from crawler.setting_values import MAX_USER_AGENT_CHARS, user_agent_problem
    from crawler.settings import PROJECT_URL

    if contact is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+|https?://\S+", contact):
        fail(f"--contact {shown(contact)} is not an e-mail address or an http(s) URL")
    # It goes into the header (an IDN: its xn-- form); a control character too.
    if contact is not None and not (contact.isascii() and contact.isprintable()):
        fail(f"--contact {shown(contact)} must be printable ASCII text (it goes into the User-Agent header)")
    problem = user_agent_problem(user_agent) if user_agent is not None else None
    if problem is not None:
        fail(f"--user-agent {problem}")
    if user_agent is None:
        base = f"Clippings/{__version__} (+{PROJECT_URL}"
        header = f"{base}; {contact})" if contact else f"{base})"
    else:
        header = f"{user_agent} ({contact})" if contact else user_agent
    if len(header) > MAX_USER_AGENT_CHARS:  # (the user agent alone was checked: the contact made it long)
        fail(f"--contact {shown(contact or '')} makes the User-Agent {len(header):,} characters long: "
             f"at most {MAX_USER_AGENT_CHARS:,} (an HTTP header line)")
    return header


def scrapy_setting_pairs(items: tuple[str, ...]) -> dict[str, str]:
    """``-s KEY=VALUE`` options as Scrapy settings (values as text, as ``scrapy -s`` does)."""
    from crawler.setting_values import setting_problem

    pairs = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not re.fullmatch(r"[A-Z][A-Z0-9_]*", key):
            fail(f"-s {shown(item)}: expected KEY=VALUE with an upper-case Scrapy setting name, "
                 "e.g. -s DOWNLOAD_TIMEOUT=10")
        if key == "CLIPPINGS_DB":  # the checks and the one-writer lock are made on --db's file
            fail(f"-s {key}={shown(value)}: give the archive with --db {shown_path(value)}, not -s")
        problem = setting_problem(key, value)
        if problem:
            fail(f"-s {shown(key, bare=True)}={shown(value)}: {problem}")
        pairs[key] = value
    return pairs


def check_redis(url: str) -> None:
    """A one-line error when Redis is not there (before any crawl starts)."""
    import redis

    from crawler.distributed.frontier import ACTIVE, connect

    if not url.startswith(("redis://", "rediss://", "unix://")):
        fail(f"--redis {shown_url(url)} is not a redis:// URL")
    # redis-py reads the path's digits alone: /abc was database 0, /1/2 database 12.
    path = url.split("?", 1)[0].split("#", 1)[0].split("//", 1)[1].partition("/")[2]
    if url.startswith(("redis://", "rediss://")) and path and not path.isdigit():
        fail(f"--redis {shown_url(url, bare=True)}: the database after the host must be a number (redis://HOST:PORT/N)")
    try:
        server = connect(url)
        server.ping()
        kind = server.type(ACTIVE)
    except (redis.RedisError, ValueError) as exc:
        fail(f"cannot reach Redis at {shown_url(url, bare=True)}: {exc}")
    if kind not in (b"set", b"none", "set", "none"):  # another program's value: a traceback, or "stopped early"
        fail(f"Redis at {shown_url(url, bare=True)} holds another program's {shown(kind, bare=True)} under "
             f"Clippings' key {ACTIVE}; give Clippings a Redis database of its own (redis://HOST:PORT/N)")


@cli.command()
@click.option("--redis", "redis_url", metavar="URL", required=True,
              help="The Redis the coordinator queues crawls in (redis://HOST:PORT/N).")
@click.option("--processes", type=click.IntRange(0, MAX_PROCESSES),
              help="Processes that parse pages (default: $CLIPPINGS_PROCESSES, else one per core; "
                   "0: in the worker's own).")
@click.option("--once", is_flag=True, help="Stop after one crawl (default: serve crawl after crawl).")
@click.option("--wait", type=float, metavar="SECONDS", callback=lambda _ctx, _param, value: checked_wait(value),
              help="Give up when no crawl comes within this time (default: wait for ever).")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log.")
def worker(redis_url: str, processes: int | None, once: bool, wait: float | None, verbose: bool) -> None:
    """Fetch and parse pages for the crawls queued in Redis by 'clippings crawl --redis'.

    Run any number, on any machines that reach Redis and the sites. Workers
    share each site's politeness (concurrency, delay, Crawl-delay, Retry-After)
    and write nothing: records go back to the coordinator, the archive's writer.
    A worker that stops loses nothing: its requests go to the others.

    Example:

    \b
        clippings worker --redis redis://queue-host:6379/0
    """
    stops = StopSignals()  # (before the imports: Scrapy's takes a second)
    from crawler.distributed.worker import LostRedis, run_worker

    processes = processes_or_env(processes)
    check_redis(redis_url)
    try:
        served = run_worker(redis_url, once=once, processes=processes, verbose=verbose, wait=wait,
                            stopped=stops.check)
    except LostRedis as exc:
        fail(str(exc))
    if not served:
        fail(f"no crawl queued in {shown_url(redis_url, bare=True)} within {wait:g}s")


def check_date(value: str, option: str) -> None:
    from crawler.spiders.discovery import parse_index_date

    if parse_index_date(value) is None:
        fail(f"{option} {shown(value)} is not a date (use YYYY-MM-DD)")


def extracted(data: bytes, url: str, fetched_at: str | None, dropped: list[Any] | None,
              cut: list[str]) -> Any:
    """``extract``'s record of one file (an ``Article`` or None). Its ``fetched_at``:
    the ``--fetched-at`` given, else the time it was read, stamped here (the parser
    reads no clock, and without a fetch time bounds no date by it)."""
    from crawler.items import utc_now_iso
    from crawler.parsers import parse_article

    article = parse_article(data, url, fetched_at=fetched_at, explain=dropped, cut=cut)
    if article is not None and not article.fetched_at:
        article.fetched_at = utc_now_iso()
    return article


def with_story_place(article: Any, data: bytes, name: str) -> Any:
    """``extract``'s record of a later page of a multi-page story says so: its
    provenance's ``story_page`` (its number) and ``story_first_page`` (the first page's
    URL, whose record a crawl joins this page's text into), and a line on stderr
    (:func:`later_page_note`)."""
    from crawler.parsers.story_pages import story_pages

    place = story_pages(data, article.url)
    if place.page > 1 and place.first_url:
        article.provenance["story_page"] = str(place.page)
        article.provenance["story_first_page"] = place.first_url
        later_page_note(name, article.provenance)
    return article


def later_page_note(name: str, provenance: dict[str, str]) -> None:
    """``extract`` of a later page of a multi-page story: a line on stderr saying the
    record is that page's text only, and naming the story's first page (the record
    alone read as a whole story: a title with a quarter of its text, no byline)."""
    if "story_page" in provenance:
        click.echo(f"{shown_path(name)}: page {provenance['story_page']} of a multi-page story: the record is "
                   f"this page's text only; the story's first page is {shown_url(provenance['story_first_page'], bare=True)} "
                   "(a crawl stores the story there, its pages joined)", err=True)


def fetch_time(value: str) -> str:
    """``extract --fetched-at``: the time as the records write it (``2025-07-16T08:00:00Z``)."""
    from datetime import datetime, timezone

    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        fail(f"--fetched-at {shown(value)} is not a time (use ISO 8601: 2025-07-16T08:00:00Z or 2025-07-16)")
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    return when.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def check_page_url(url: str) -> None:
    """``extract --url``: the address the record's url, canonical_url and site come from."""
    from crawler.urls import is_http_url, url_problem

    if not (is_http_url(url) or url.startswith("file:/")):
        fail(f"--url {shown(url)} is not an http(s) or file URL")
    problem = url_problem(url) if is_http_url(url) else None
    if problem:
        fail(f"--url {shown(url)} is not a valid URL ({problem})")


def check_seeds(seeds: list[str], where: str = "") -> None:
    from crawler.urls import is_http_url, url_problem

    for seed in seeds:
        if not is_http_url(seed):
            fail(f"{where}seed {shown_url(seed)} is not an http(s) URL")
        problem = url_problem(seed)
        if problem:  # a password in it is not printed (a cron job's mail, a log)
            fail(f"{where}seed {shown_url(seed)} is not a valid http(s) URL ({problem})")


def check_seed_lengths(seeds: list[str], settings: Any, where: str = "") -> None:
    """A seed longer than Scrapy's ``URLLENGTH_LIMIT`` would be dropped unfetched,
    without a word: refused here in one line instead (0 turns the limit off)."""
    from w3lib.url import safe_url_string

    limit = settings.getint("URLLENGTH_LIMIT")
    for seed in seeds:
        length = len(safe_url_string(seed))  # as Scrapy's request holds it, percent-encoded
        if limit and length > limit:
            fail(f"{where}seed {shown(seed)} is {length} characters long, past the URL length limit of "
                 f"{limit} (Scrapy's URLLENGTH_LIMIT): it would not be fetched; raise the limit with "
                 "-s URLLENGTH_LIMIT=N")


class Output:
    """What a crawl prints: progress only on a terminal (redrawn in place, so cron
    logs and pipes get none), nothing but errors with --quiet."""

    def __init__(self, *, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose
        # Scrapy's log (--verbose) would scroll under a redrawn progress line.
        self.progress = not quiet and not verbose and sys.stderr.isatty()

    def info(self, line: str) -> None:
        if not self.quiet:
            click.echo(line, err=True)

    def result(self, line: str) -> None:
        if not self.quiet:
            click.echo(line)

    def settings(self, overrides: dict[str, Any], label: str = "") -> dict[str, Any]:
        settings = {"CLIPPINGS_PROGRESS_INTERVAL": 2.0 if self.progress else 0.0,
                    "CLIPPINGS_PROGRESS_LABEL": label, **overrides}
        if not self.verbose:
            # Failures are counted in the summary and kept in the fetches table;
            # Scrapy's own log (tracebacks of refused connections) is for --verbose.
            settings["LOG_LEVEL"] = "CRITICAL"
        return settings


def crawl_and_report(seeds: list[str], db: str, *, max_pages: int | None = None,
                     depth: int | None = None, overrides: dict[str, Any] | None = None,
                     output: Output | None = None, since: str | None = None,
                     redis_url: str | None = None) -> Any:
    """Run one crawl (holding the archive's writer lock), then print its summary."""
    from crawler.run import crawl_settings, run_crawl

    output = output or Output()
    check_seeds(seeds)
    settings = crawl_settings(db, max_pages=max_pages, depth=depth,
                              overrides=output.settings(overrides or {}))
    check_seed_lengths(seeds, settings)
    check_warc_dir(settings)

    def report(summaries: list[Any]) -> None:  # also called by a forced stop, which ends the process
        for line in summaries[0].lines():
            output.result(line)

    with writing(db):
        output.info(f"crawling {', '.join(shown(seed, bare=True) for seed in seeds)} into {shown_path(db)}")
        if redis_url:
            from crawler.distributed.coordinator import run_distributed_crawl

            summary = run_distributed_crawl(seeds, settings, redis_url, since=since, report=report)
        else:
            summary = run_crawl(seeds, settings, since=since, report=report)
    report([summary])
    return summary


def crawl_site_list(sites_file: str, db: str, *, overrides: dict[str, Any], settings: dict[str, str],
                    output: Output, max_pages: int | None, depth: int | None, since: str | None) -> None:
    """Crawl every site of a sites.toml side by side; a table of results; exit 1 if any failed."""
    from crawler.run import CrawlJob, crawl_settings, run_crawls
    from crawler.sites import SitesError, load_sites

    try:
        sites = load_sites(sites_file)
    except SitesError as exc:
        fail(str(exc))
    jobs = []
    for site in sites:
        where = f"{shown_path(sites_file)}: {shown(site.name, bare=True)}: "
        site.seeds = [lower_scheme(seed) for seed in site.seeds]
        check_seeds(site.seeds, where=where)
        if site.since:
            check_date(site.since, f"{where}since")
        job_settings = crawl_settings(
            db, max_pages=site.max_pages or max_pages, depth=site.depth if site.depth is not None else depth,
            overrides=output.settings({**overrides, **site.overrides(), **settings},
                                      label=shown(site.name, bare=True)))
        check_seed_lengths(site.seeds, job_settings, where=where)
        check_warc_dir(job_settings)
        jobs.append(CrawlJob(name=site.name, seeds=site.seeds, settings=job_settings,
                             since=site.since or since))
    with writing(db):
        output.info(f"crawling {len(jobs)} sites into {shown_path(db)}")
        summaries = run_crawls(jobs, report=lambda done: print_site_table(jobs, done, output))
    print_site_table(jobs, summaries, output)
    if summaries and summaries[0].stopped_by is not None:
        sys.exit(128 + summaries[0].stopped_by)
    failed = [job.name for job, summary in zip(jobs, summaries, strict=True) if not summary.ok]
    if failed:
        fail(f"{len(failed)} of {len(jobs)} sites failed: {', '.join(shown(name, bare=True) for name in failed)}")


def check_warc_dir(settings: Any) -> None:
    """A file where the crawl would make its WARC folder: one line, before any work."""
    from pipelines.store import stored_warc_path, warc_dir_for

    folder = warc_dir_for(settings)
    if folder is None:
        return
    if folder.exists() and not folder.is_dir():
        fail(f"{shown_path(folder)}: is a file, not a folder; the crawl keeps its WARC files there "
             "(move it, or add --no-warc)")
    if folder.is_symlink() and not folder.exists():  # the crawl recorded, then "File exists" (probe 32)
        fail(f"{shown_path(folder)}: a symbolic link that leads to no folder (a loop, or its target is gone); "
             "the crawl keeps its WARC files there (remove it, or add --no-warc)")
    if problem := warc_dir_unwritable(folder, settings.get("CLIPPINGS_DB")):
        fail(problem)
    if not_utf8(stored_warc_path(folder, settings.get("CLIPPINGS_DB"))):  # SQLite text cannot hold it
        fail(f"{shown_path(folder)}: the WARC folder's path is not valid UTF-8, and the archive keeps it as text; "
             "give another with -s CLIPPINGS_WARC_DIR=FOLDER, or add --no-warc")


def unwritable_part(folder: Path) -> Path | None:
    """What keeps a file from being made in ``folder``: the folder, or the nearest
    part of its path that exists when it does not, being a file or not writable."""
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if existing.is_dir() and os.access(existing, os.W_OK | os.X_OK, effective_ids=os.access in os.supports_effective_ids):
        return None
    return existing


def warc_dir_unwritable(folder: Path, db: str | None) -> str | None:
    """Why the crawl could not make its WARC files in ``folder`` (not writable, or
    under a file or a folder it may not write in), judged without making anything;
    None also when the archive's own folder has the fault (its check names it)."""
    existing = unwritable_part(folder)
    if existing is None or (db and unwritable_part(Path(db).absolute().parent) == existing.absolute()):
        return None
    if existing != folder and not existing.is_dir():
        return (f"cannot make the WARC folder {shown_path(folder)}: {shown_path(existing)} is a file "
                "(give another with -s CLIPPINGS_WARC_DIR=FOLDER, or add --no-warc)")
    if existing == folder:
        return f"cannot write WARC files in {shown_path(folder)}: permission denied (make it writable, or add --no-warc)"
    return (f"cannot make the WARC folder {shown_path(folder)}: {shown_path(existing)} is not writable "
            "(make it writable, give another with -s CLIPPINGS_WARC_DIR=FOLDER, or add --no-warc)")


def print_site_table(jobs: list[Any], summaries: list[Any], output: Output) -> None:
    names = [shown(job.name, bare=True) for job in jobs]  # a name's NUL or CR never reaches the terminal
    width = max(len(name) for name in names)
    output.result(f"{'site':<{width}}  {'crawl':>5}  {'pages':>5}  {'new':>5}  {'changed':>7}  "
                  f"{'unchanged':>9}  {'gone':>4}  {'errors':>6}  {'time':>6}  result")
    for name, summary in zip(names, summaries, strict=True):
        output.result(
            f"{name:<{width}}  {summary.crawl_id or '-':>5}  {summary.pages_fetched:>5}  "
            f"{summary.new_articles:>5}  {summary.new_versions:>7}  {summary.outcomes.get('unchanged', 0):>9}  "
            f"{summary.outcomes.get('gone', 0):>4}  {summary.outcomes.get('error', 0):>6}  "
            f"{summary.seconds:>5.1f}s  {summary.why_stopped}")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--url", help="The page's URL (default: the file's file:// URL).")
@click.option("--fetched-at", metavar="TIME",
              help="When the page was fetched (ISO 8601; UTC unless it names a zone): the "
                   "record's fetched_at; no date more than two days after it is taken, and "
                   "\"2 hours ago\" is read against it. Default: the record's fetched_at is the "
                   "time of extraction, and dates are not bounded by it (the same file gives the "
                   "same record on any day).")
@click.option("--explain", is_flag=True,
              help="After each record, one {\"file\", \"dropped\", \"rule\", \"reason\"} line per "
                   "block or line the body left out.")
def extract(files: tuple[str, ...], url: str | None, fetched_at: str | None, explain: bool) -> None:
    """Extract the record from saved pages (.html or .html.gz), as JSON Lines.

    Prints one JSON object per file: the record's fields for any page with a main
    text (its page_kind says article, listing or page), or {"file", "error"} when
    the page has no main text ("no main text"; "no main text in the part read
    (the page is past the parser's cap on elements)" for a page the parser's
    caps cut; "empty file", "not an HTML page (binary data: PDF)" for a file
    that is no page at all). A story's later page says so in provenance: story_page
    (its number), story_first_page (its first page's URL), and on stderr. A file that
    cannot be read (missing, or past the size limit once decompressed) gets a one-line error
    on stderr and the others are still extracted; the exit code is 1 when any
    file failed. With --explain, each text the body left out follows, with the
    name of the rule that dropped it and the rule's reason.

    Example:

    \b
        clippings extract saved/story.html.gz --url https://example.com/story
        clippings extract saved/story.html --explain
    """
    from crawler.limits import PageReadError, read_page
    from crawler.parsers import Dropped
    from crawler.parsers.binary import no_record_reason

    if url is not None:
        check_page_url(url)
    fetched = fetch_time(fetched_at) if fetched_at is not None else None
    failed = False
    for name in files:
        path = Path(name)
        try:
            if path.is_dir():
                raise PageReadError(f"{shown_path(name)}: is a directory, not a page file")
            if name == "-" and not path.exists():
                raise PageReadError("-: standard input is not read (a page is parsed from a file "
                                    "whose size is checked first): save it to a file and give that")
            if not path.is_file():
                raise PageReadError(not_a_file(name))
            data = read_page(path)  # bounded: a gzip bomb is refused, not inflated
            if data.startswith(b"WARC/"):  # (its first record's HTML was extracted as the page of file:///….warc.gz)
                raise PageReadError(f"{shown_path(name)}: is a WARC file, not a page file (import its pages: "
                                    f"clippings import-warc {shown_path(name)})")
        except PageReadError as exc:
            UserError(str(exc)).show()
            failed = True
            continue
        dropped: list[Dropped] | None = [] if explain else None
        cut: list[str] = []
        article = extracted(data, url or path.resolve().as_uri(), fetched, dropped, cut)
        if article is None:
            failed = True
            click.echo(json.dumps({"file": name, "error": no_record_reason(data, cut=cut)}))
        else:
            click.echo(json_line(with_story_place(article, data, name).to_dict()))
        for item in dropped or ():
            click.echo(json_line({"file": name, "dropped": item.text, "rule": item.rule,
                                  "reason": item.reason}))
    if failed:
        sys.exit(1)


#: Where ``clippings demo`` serves the sample site unless told otherwise.
DEMO_PORT = 8765


@cli.command()
@click.option("--db", default="demo.db", show_default=True, type=ArchivePath(),
              help="SQLite archive to write to.")
@click.option("--port", type=click.IntRange(0, 65535),
              help=f"Port for the sample site on 127.0.0.1 (default {DEMO_PORT}, or the port an "
                   "earlier demo run into DB used; 0: any free port).")
@click.option("--snapshot", is_flag=True,
              help="Crawl the site twice into a new archive: as first published, then after "
                   "its edits, so articles have versions to compare.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def demo(db: str, port: int | None, snapshot: bool, quiet: bool) -> None:
    """Serve the bundled sample site on 127.0.0.1 and crawl it into DB.

    No internet needed. Running it again into the same DB re-crawls the same
    site (same port): nothing is stored twice. Afterwards, browse the archive
    with `clippings serve`. Pages are parsed by one process per core, or as
    many as CLIPPINGS_PROCESSES says (0: in the crawl's own).

    Example:

    \b
        clippings demo --db demo.db
        clippings demo --snapshot --db snap.db
    """
    from archive.db import ArchiveError, check_archive
    from crawler.demo.server import serve_demo

    processes_or_env(None)  # checked here, before the site is served; the crawls read it themselves
    try:
        check_archive(db, create=True)  # refused before the sample site is served
    except ArchiveError as exc:
        fail(str(exc))
    earlier = demo_port(db)
    if snapshot and earlier is not None:
        fail(f"{shown_path(db)} already holds a crawl; --snapshot makes a new archive (remove it or give another --db)")
    if earlier is not None and port not in (None, 0, earlier):
        fail(f"{shown_path(db)} holds the sample site at port {earlier}: use --port {earlier} or another --db")
    wanted = earlier if earlier is not None else DEMO_PORT if port is None else port
    try:
        server = serve_demo(port=wanted)
    except OSError as exc:
        if port is not None or earlier is not None:
            fail(f"port {wanted} is busy ({exc.strerror}): stop what uses it, or give another "
                 + ("--db" if earlier is not None else "--port"))
        server = serve_demo(port=0)
        if not quiet:
            click.echo(f"port {wanted} is busy: serving the sample site on port {server.port} instead", err=True)
    with server:
        if not quiet:
            click.echo(f"sample site at {server.base_url}/ (port {server.port})", err=True)
        demo_crawl(server.base_url + "/", db, quiet)
        if snapshot:
            server.set_state(2)
            if not quiet:
                click.echo("the site some days later (edits, new and removed articles): crawling again", err=True)
            demo_crawl(server.base_url + "/", db, quiet)
    if not quiet:
        _corpus_line(db)
        click.echo(f"browse it: clippings serve {db}")


def demo_port(db: str) -> int | None:
    """The port of the sample site an earlier demo run crawled into ``db``, if any;
    a one-line error for an archive of other crawls."""
    from archive.db import ArchiveError, open_readonly

    if not Path(db).is_file() or Path(db).stat().st_size == 0:
        return None
    try:
        row = open_readonly(db).execute("SELECT seeds FROM crawls ORDER BY id LIMIT 1").fetchone()
    except ArchiveError as exc:
        fail(str(exc))
    if row is None:
        return None
    match = re.match(r'\["http://127\.0\.0\.1:(\d+)/"', row[0] or "")
    if match is None:  # the user's own archive: the sample site's made-up articles stay out of it
        fail(f"{shown_path(db)} holds crawls of other sites: the demo writes only into an archive of its own "
             "(give another --db)")
    return int(match.group(1))


def demo_crawl(seed: str, db: str, quiet: bool) -> None:
    """One crawl of the sample site, in a child process (a reactor runs once per
    process); Ctrl-C reaches the child, which closes its crawl and exits 130; a
    SIGTERM to this process is passed on to it (143)."""
    argv = [sys.executable, "-m", "crawler.cli", "crawl", seed, "--db", db, "--delay", "0",
            "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "DOWNLOAD_DELAY_JITTER=0", *(["-q"] if quiet else [])]
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        child = subprocess.Popen(argv, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        try:
            code = child.wait()
        except Terminated:
            child.terminate()  # the crawl closes its row as interrupted
            code = child.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    if code:
        sys.exit(code)


def _corpus_line(db: str) -> None:
    """The sample site's corpus cases, as the archive now holds them."""
    from archive.queries import stats as archive_stats

    figures = archive_stats(read_archive(db))
    if "languages" not in figures:
        return
    languages = ", ".join(f"{k} {v}" for k, v in figures["languages"].items())
    access = ", ".join(f"{k} {v}" for k, v in figures["access"].items())
    clusters = figures["clusters"]
    click.echo(f"languages detected: {languages}; access: {access}; near-duplicate clusters: "
               f"{clusters['total']} ({clusters['articles']} articles)")


@cli.command()
@click.argument("dbs", metavar="DB...", nargs=-1, required=True, type=ArchivePath())
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface; the archive becomes public).")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
@click.option("--open", "open_browser", is_flag=True, help="Open the archive in a web browser ($BROWSER).")
@click.option("--upgrade", is_flag=True,
              help="Bring an archive from an older Clippings up to date first (its schema; "
                   "serve writes nothing otherwise).")
def serve(dbs: tuple[str, ...], host: str, port: int, open_browser: bool, upgrade: bool) -> None:
    """Browse archives in Datasette: article pages with versions and diffs,
    facets, relevance-ranked full-text search, charts, SQL.

    Several archives are served side by side, each under its file name. Serve
    reads only: an archive from an older Clippings is refused until --upgrade
    brings its schema up to date (its records stay as they are).

    Example:

    \b
        clippings serve demo.db --port 8001 --open
        clippings serve news.db blogs.db --host 0.0.0.0
    """
    from archive.db import ArchiveError
    from archive.serve import CannotListen
    from archive.serve import serve as run_datasette

    if not host.strip():  # (an unset shell variable: Uvicorn listened on every interface, the archive public)
        fail(f"--host {shown(host)} is empty (leave it out for 127.0.0.1, this machine only; 0.0.0.0 for every interface)")
    paths = [existing_db(db) for db in dbs]
    try:
        run_datasette(paths, port, host, open_browser=open_browser, upgrade=upgrade)
    except (ArchiveError, CannotListen) as exc:
        fail(str(exc))


@cli.command()
@db_argument
@click.argument("query")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1))
@click.option("--quote", is_flag=True, help="Search the words as plain text, not FTS5 syntax.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
def search(db: str, query: str, limit: int, quote: bool, as_json: bool) -> None:
    """Full-text search over titles, descriptions and bodies, best match first.

    QUERY uses SQLite FTS5 syntax: words, "exact phrases", OR, NOT, prefix*.
    Put words with punctuation in double quotes ("covid-19"), or add --quote.

    Example:

    \b
        clippings search demo.db "heat pump" --limit 5
        clippings search demo.db covid-19 --quote
    """
    from archive.db import damaged, newer_schema
    from archive.queries import MAX_QUERY_TERMS, query_terms, valid_fts_query
    from archive.queries import search as run_search

    if not query.strip():  # said "no matches", as if the archive held nothing searched for
        fail(f"search {shown(query)}: the query is empty (give the words to search for)")
    if (terms := query_terms(query)) > MAX_QUERY_TERMS:  # each one slows every hit's snippet
        fail(f"search {shown(query)} holds {terms} words, more than the {MAX_QUERY_TERMS} a search takes "
             "(search for fewer, rarer words)")
    database = read_archive(db)
    try:
        hits = run_search(database, query, limit=min(limit, SQLITE_MAX_INT), raw=not quote)
    except sqlite3.OperationalError as exc:
        if quote or valid_fts_query(query):  # the archive's search index failed on a valid query
            fail(str(newer_schema(db, exc) or damaged(db, exc)))
        fail(f"search {shown(query)} is not valid FTS5 syntax ({shown(str(exc).strip(), bare=True)}); put words with punctuation "
             "in double quotes, or add --quote to search the words as plain text")
    if as_json:
        for hit in hits:
            click.echo(json_line(hit))
        return
    if not hits:
        click.echo("no matches")
    for hit in hits:
        day = (hit.get("published") or "")[:10] or "----------"
        say(f"{day}  {hit.get('title')}\n            {hit.get('canonical_url')}")
        if hit.get("snippet"):
            say(f"            {' '.join(hit['snippet'].split())}")


@cli.command()
@db_argument
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def stats(db: str, as_json: bool) -> None:
    """Counts: articles (live / gone), versions, crawls, fetch outcomes, sites.

    Example:

    \b
        clippings stats demo.db
        clippings stats demo.db --json
    """
    from archive.db import writer_alive
    from archive.queries import stats as archive_stats

    figures = archive_stats(read_archive(db))
    if figures["crawls"].get("running") and not writer_alive(db):
        figures["crawls"]["stale running (no writer alive)"] = figures["crawls"].pop("running")
    if as_json:
        click.echo(json_line(figures, indent=2))
        return
    for line in stats_lines(figures):
        say(line)


def stats_lines(figures: dict[str, Any]) -> list[str]:
    """The archive's figures as plain text."""
    from archive.frontier import named

    articles, crawls, fetches = figures["articles"], figures["crawls"], dict(figures["fetches"])
    total_fetches = fetches.pop("total")
    states = ("finished", "interrupted", "failed", "running", "stale running (no writer alive)")
    crawl_states = ", ".join(f"{crawls[name]} {name}" for name in states if crawls.get(name))
    lines = [
        f"articles:  {articles['total']} ({articles['live']} live, {articles['gone']} gone)",
        f"versions:  {figures['versions']}",
        f"authors:   {figures['authors']}",
        f"crawls:    {crawls['total']}" + (f" ({crawl_states}), last started {crawls['last_started']}"
                                           if crawls["total"] else ""),
        f"fetches:   {total_fetches}" + (": " + ", ".join(f"{name} {count}" for name, count in fetches.items())
                                         if fetches else ""),
    ]
    if "languages" in figures:
        clusters = figures["clusters"]
        lines += [
            "languages: " + ", ".join(f"{k} {v}" for k, v in figures["languages"].items()),
            "access:    " + ", ".join(f"{k} {v}" for k, v in figures["access"].items()),
            f"clusters:  {clusters['total']} near-duplicate ({clusters['articles']} articles)",
        ]
    for crawl_id, left in figures.get("unfinished", {}).items():
        failed = f", {left['failed']} whose fetch failed (fetched again)" if left["failed"] else ""
        snapshot = f"; it continued {named(left['continues'])}" if left["continues"] else ""
        since = f" with --since {left['since'][:10]}" if left.get("since") else ""
        found = f"{left['pending']} page{'' if left['pending'] == 1 else 's'}"
        lines.append(f"unfinished: crawl {crawl_id} left {found} found and not fetched{failed} "
                     f"(the next crawl of its seeds{since} continues it{snapshot})")
    if figures.get("frontier_orphans"):
        count = figures["frontier_orphans"]
        lines.append(f"frontier:  {count} row{'' if count == 1 else 's'} of no crawl (its crawls row was deleted; "
                     "no crawl continues them, the next crawl into this archive deletes them)")
    if figures["sites"]:
        lines.append("sites:")
        width = max(len(site) for site in figures["sites"])
        for site, counts in figures["sites"].items():
            lines.append(f"  {site:<{width}}  {counts['articles']} articles ({counts['live']} live, "
                         f"{counts['gone']} gone), {counts['versions']} versions")
    return lines


@cli.command()
@db_argument
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default=None,
              help="Output format [default: csv for an -o name ending .csv, else jsonl].")
@click.option("-o", "--output", metavar="PATH", type=click.Path(allow_dash=True),
              help="File to write, '-' for stdout (the default) in jsonl and csv; "
                   "for parquet a directory (required), given the .parquet file and a dataset card "
                   "(one export a folder: an earlier export's files there are replaced).")
@click.option("--versions", type=click.Choice(["latest", "all"]), default="latest", show_default=True,
              help="Each article's latest version, or every version (one row each).")
@click.option("--since", metavar="DATE", help="Only versions seen on or after DATE (ISO 8601).")
@click.option("--until", metavar="DATE", help="Only versions first seen on or before DATE (ISO 8601).")
@click.option("--site", help="Only this site (host name).")
@click.option("--status", type=click.Choice(["live", "gone"]), help="Only live or only gone articles.")
@click.option("--language", metavar="CODE",
              help="Only this language (ISO 639-1): the detected one, else the declared one.")
def export(db: str, fmt: Literal["jsonl", "csv", "parquet"] | None, output: str | None, versions: str,
           since: str | None, until: str | None, site: str | None, status: str | None,
           language: str | None) -> None:
    """Export article records: one row per article (latest version) or per version.

    Each row is the record (field names exactly the record's) plus status,
    first_seen, last_seen, version (1, 2, ...), version_count and crawl_id. Lists
    stay lists in JSONL and Parquet (typed, nested), and are JSON text in CSV.

    Example:

    \b
        clippings export demo.db --format jsonl -o articles.jsonl
        clippings export news.db --format parquet --versions all -o corpus/
        clippings export news.db --format csv --site example.com --since 2025-07-01 | head
    """
    from archive.export import DamagedRecord

    try:
        _export(db, fmt or _format_for(output), output, versions, since, until, site, status, language)
    except DamagedRecord as exc:  # (an -o file is left as it was; standard output has the rows before)
        fail(f"{shown_path(db)} is damaged: {exc}; restore it from a copy")


def _format_for(output: str | None) -> Literal["jsonl", "csv"]:
    """The format an -o name asks for when --format is not given: a ``.csv`` name is
    CSV, anything else JSONL. A ``.parquet`` name is refused: Parquet goes into a
    folder, and JSONL written under that name (or over a Parquet file) is no export
    anyone asked for."""
    suffix = PurePath(output).suffix.lower() if output not in (None, "", "-") else ""
    if suffix == ".parquet":
        fail(f"-o {shown_path(output or '')}: a .parquet name without --format parquet would get "
             "JSONL; for Parquet give --format parquet -o FOLDER")
    return "csv" if suffix == ".csv" else "jsonl"


def _export(db: str, fmt: Literal["jsonl", "csv", "parquet"], output: str | None, versions: str, since: str | None, until: str | None,
            site: str | None, status: str | None, language: str | None) -> None:
    from archive.export import ExportQuery, export_articles, kept_evidence, replacing

    if output == "":  # (said "cannot write '': Is a directory")
        fail("-o '': the output name is empty (give a file, or '-' for standard output)")
    for option, value in (("--since", since), ("--until", until), ("--site", site), ("--language", language)):
        if value is not None and not value.strip():  # (an unset shell variable: it meant "no filter", silently)
            fail(f"{option} {shown(value)} is empty (leave the option out for no filter)")
    query = ExportQuery(versions=versions, since=since, until=until,  # type: ignore[arg-type]
                        site=site, status=status, language=language)
    try:
        query.where()
    except ValueError as exc:
        fail(str(exc))
    database = read_archive(db)
    warn_missing_fields(db, database)
    if fmt == "parquet":
        _export_parquet(database, db, output, query)
        return
    if output in (None, "-"):
        with exact_stdout() as out:
            export_articles(database, fmt, out, query=query)
        return
    if is_archive_file(output, db):  # opening it for writing would empty it
        fail(f"{shown_path(output)}: is the archive being exported; give another output file")
    kept = kept_evidence(output)
    if kept is not None:  # another archive, a crawl's raw captures: not an export's to replace
        fail(f"{shown_path(output)}: is {kept}; export will not overwrite it, give another output file")
    refuse_missing_folder(output)
    from archive.durable import PlacedNotSynced
    from archive.parts import UnprovenPlacing

    count = 0
    try:
        with replacing(output) as out:  # the file appears whole, or not at all
            count = export_articles(database, fmt, out, query=query)
    except UnprovenPlacing as exc:  # (a killed export's record of the files in place, damaged)
        fail(str(exc))
    except PlacedNotSynced as exc:
        fail(placed_not_synced(exc, f"wrote {count} {'versions' if versions == 'all' else 'articles'} to"))
    except OSError as exc:
        fail(f"cannot write {shown_path(output)}: {write_error(exc)}")
    click.echo(f"wrote {count} {'versions' if versions == 'all' else 'articles'} to {shown_path(output)}", err=True)


def placed_not_synced(exc: Any, wrote: str) -> str:
    """The one line for an export whose files were renamed into place, whole, and
    whose folder's sync then failed: what is there, and what a power cut may undo."""
    files = " and ".join(shown_path(path) for path in exc.placed)
    return (f"{wrote} {files} (in place, whole), but syncing the folder {shown_path(exc.folder)} to disk then failed "
            f"({exc.strerror or exc}): a power cut before its disk writes the folder may undo the rename; "
            "check the disk, then export again")


def warn_missing_fields(db: str, database: Any) -> None:
    """One line on stderr when an archive with every schema step this version knows
    lacks a field's column (a newer Clippings renamed or dropped it): the export
    goes on, those fields empty, where it wrote them as null without a word."""
    from archive.db import pending_steps
    from archive.export import missing_fields

    if (missing := missing_fields(database)) and not pending_steps(db):
        field, it = ("that field is", "it") if len(missing) == 1 else ("those fields are", "them")
        click.echo(f"clippings: warning: {shown_path(db)} has no {', '.join(missing)} column in its versions "
                   f"(a newer Clippings changed its schema): {field} exported empty; upgrade Clippings to export {it}",
                   err=True)


def refuse_missing_folder(output: str) -> None:
    """One line naming the folder ``output`` goes into when it is missing or not a
    folder: an export makes no folders (Parquet's ``-o DIRECTORY`` itself excepted),
    where it said only "No such file or directory" (jsonl, csv) or made every
    missing folder on the way (Parquet). Any other fault is the write's to say."""
    folder = Path(output).parent
    try:
        is_folder = stat.S_ISDIR(os.stat(folder).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        fail(f"cannot write {shown_path(output)}: the folder {shown_path(folder)} does not exist "
             "(export makes no folders: make it first)")
    except OSError:
        return
    if not is_folder:
        fail(f"cannot write {shown_path(output)}: {shown_path(folder)} is not a folder")


def is_archive_file(output: str, db: str) -> bool:
    """``output`` is the archive, or one of the files SQLite and the writer lock keep
    beside it (overwriting its -wal loses committed data; its .lock, the lock)."""
    if Path(output).exists() and Path(output).samefile(db):
        return True
    from archive.archive_file import sqlite_file
    from archive.db import lock_path

    archive = sqlite_file(db)
    beside = {Path(f"{archive}{suffix}") for suffix in ("-wal", "-shm", "-journal")} | {lock_path(archive)}
    return Path(os.path.realpath(output)) in beside


def _export_parquet(database: Any, db: str, output: str | None, query: Any) -> None:
    from archive.parquet import export_parquet

    if not output or output == "-":
        fail("--format parquet needs -o DIRECTORY (Parquet is not streamed to stdout)")
    if Path(output).exists() and not Path(output).is_dir():
        fail(f"{shown_path(output)} is a file: --format parquet writes a directory (a .parquet file and README.md)")
    if Path(output).is_symlink() and not Path(output).exists():  # (said "No such file or directory", the link there)
        fail(f"cannot write {shown_path(output)}: a symbolic link that leads to no folder (a loop, or its target is gone)")
    refuse_missing_folder(output)
    from archive.export import kept_evidence

    target = str(Path(output) / f"{'versions' if query.versions == 'all' else 'articles'}.parquet")
    if is_archive_file(target, db):
        fail(f"{shown_path(target)}: is the archive being exported; give another output folder")
    kept = kept_evidence(target)
    if kept is not None:  # as for jsonl and csv: an archive or a WARC file under the name is not replaced
        fail(f"{shown_path(target)}: is {kept}; export will not overwrite it, give another output folder")
    from archive.durable import PlacedNotSynced
    from archive.parts import UnprovenPlacing

    try:
        summary = export_parquet(database, output, query, archive_name=Path(db).name)
    except UnprovenPlacing as exc:  # (a killed export's record of the files in place, damaged)
        fail(str(exc))
    except PlacedNotSynced as exc:
        fail(placed_not_synced(exc, "wrote"))
    except OSError as exc:
        fail(f"cannot write {shown_path(output)}: {write_error(exc)}")
    click.echo(f"wrote {summary.rows} rows ({summary.figures.articles} articles) to {summary.path}; "
               f"dataset card {summary.card}", err=True)


@cli.command()
@db_argument
@click.argument("url")
@click.option("--json", "as_json", is_flag=True, help="Print exactly one JSON object.")
@click.option("--diff", "show_diff", is_flag=True,
              help="Show which fields changed and a word-level diff between consecutive versions.")
def history(db: str, url: str, as_json: bool, show_diff: bool) -> None:
    """The versions of one article, oldest first: when each was first and last seen.

    URL may be the canonical URL or any URL the article was fetched at.

    Example:

    \b
        clippings history news.db https://example.com/story --diff
    """
    from archive.queries import (
        HISTORY_FIELDS,
        article_history,
        paragraph_diff,
        text_diff,
        version_texts,
    )

    database = read_archive(db)
    found = article_history(database, url)
    if found is None:
        fail(f"{shown(url, bare=True)} is not in {shown_path(db)}")
    if as_json:
        click.echo(json_line(found))
        return
    say(f"{found['url']} ({found['status']}), {len(found['versions'])} version(s)")
    rows = version_texts(database, url) if show_diff else []
    for number, version in enumerate(found["versions"], start=1):
        changed = ", ".join(version["changed_fields"]) or "-"
        say(f"v{number}  {version['first_seen']} .. {version['last_seen']}  crawl {version['crawl_id']}"
                   f"  {version['content_hash'][:12]}  {version['title']}")
        if number > 1:
            say(f"    changed: {changed}")
        if show_diff and number > 1:
            before, after = rows[number - 2], rows[number - 1]
            for name in version["changed_fields"]:
                if name not in HISTORY_FIELDS:
                    continue
                old, new = str(before[name] or ""), str(after[name] or "")
                if name == "body":
                    say("    body:")
                    for line in paragraph_diff(old, new):
                        say(f"      {line}")
                else:
                    say(f"    {name}: {text_diff(old, new)}")


@cli.command()
@db_argument
@click.argument("new", metavar="NEW", type=ArchivePath())
def recover(db: str, new: str) -> None:
    """Copy what SQLite can still read of a damaged archive DB into a new file NEW.

    Each table's rows are copied, those on damaged pages left out and named; the
    indexes, the full-text index and the triggers are made again. DB is only read.
    Check NEW (clippings stats NEW), then put it in place of DB.

    Example:

    \b
        clippings recover news.db news-recovered.db
    """
    from archive.recover import recover as recover_archive

    for line in recover_archive(Path(db), Path(new)):
        say(line)
    say(f"recovered into {shown_path(new)}: check it (clippings stats {shown_path(new)}), "
        f"then put it in place of {shown_path(db)}")


@cli.command()
@db_argument
def reextract(db: str) -> None:
    """Re-run today's parsers over the archive's stored captures (WARC), no network.

    A version whose extraction improved is rewritten in place; no new version
    is made, since the page itself did not change.

    Example:

    \b
        clippings reextract news.db
    """
    from crawler.replay import reextract as run_reextract

    with writing(db, create=False):
        report = run_reextract(db)
    click.echo(f"re-extracted {sum(report.counts.values())} versions: {report.line()}")
    if report.unsynced:  # first: whatever else is said, what was written may not be on disk
        UserError(report.unsynced).show()
    errors = report.errors
    listed = "; ".join(errors[:3]) + (f"; ... and {len(errors) - 3} more" if len(errors) > 3 else "")
    if report.counts["capture unreadable"]:
        fail(f"the captures of {report.counts['capture unreadable']} versions could not be read, "
             f"those versions are kept as they were ({listed})")
    if errors:
        click.echo(f"clippings: {len(errors)} errors: {one_line(listed)}", err=True)
    if report.unsynced:
        sys.exit(1)


@cli.command("import-warc")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@db_option
def import_warc(files: tuple[str, ...], db: str) -> None:
    """Extract the articles of existing WARC files into the archive.

    Reads WARC files from wget --warc-file, Browsertrix, Heritrix or Clippings
    itself, oldest capture first; the capture date becomes fetched_at. Give the
    files, not their folder (a folder is refused: give FOLDER/*.warc.gz).

    Example:

    \b
        clippings import-warc crawl.warc.gz --db news.db
    """
    from archive.warc import UNREADABLE_WARC
    from crawler.replay import import_warcs

    for name in files:
        check_warc_argument(name)
    scan = scanned_warcs(files, db)
    with writing(db):
        try:
            report = import_warcs(list(files), db, scan=scan)
        except UNREADABLE_WARC as exc:  # damage past the first record, which check_warc read
            fail(f"could not read {', '.join(map(shown_path, files))} as WARC: {type(exc).__name__}: "
                 f"{shown(str(exc), bare=True)}")
    click.echo(f"imported {', '.join(map(shown_path, files))} into {shown_path(db)} as crawl {report.crawl_id}: {report.line()}")
    if report.unsynced:
        UserError(report.unsynced).show()
    for error in report.errors:
        click.echo(f"clippings: error: {one_line(error)}", err=True)
    if report.errors or report.unsynced:
        sys.exit(1)


def check_warc_argument(name: str) -> None:
    """A one-line error unless ``name`` is a WARC file import-warc can read and record."""
    from archive.warc import WarcReadError, check_warc

    if Path(name).is_dir():  # which of its files are WARCs, and how deep, is the user's to say
        fail(f"{shown_path(name)} is a folder, not a WARC file (give its files: {shown_path(Path(name) / '*.warc.gz')}); "
             "nothing imported")
    if not Path(name).is_file():
        fail(not_a_file(name))
    if not_utf8(str(Path(name).resolve())):  # SQLite text cannot hold it
        fail(f"{shown_path(name)}: the WARC file's path is not valid "
             "UTF-8, and the archive keeps it as text (each version points at its record); give it a "
             "UTF-8 name; nothing imported")
    try:
        check_warc(name)  # every file, before the archive changes
    except WarcReadError as exc:
        fail(str(exc))


def scanned_warcs(files: tuple[str, ...], db: str) -> Any:
    """Every record of ``files`` read once, before the archive is opened: files with
    no HTTP response at all are one line, and no archive or crawl row is made (an
    import of nothing recorded an empty crawl, in an archive made for it); a file
    without one among others is a warning."""
    from archive.db import ArchiveError, check_archive, check_not_busy
    from crawler.replay import no_response_words, scan_warcs

    try:  # an archive that will be refused is refused before a long read
        check_archive(db, create=True, write=True)
        check_not_busy(db)
    except ArchiveError as exc:
        fail(str(exc))
    scan = scan_warcs(list(files))
    empty = [no_response_words(name, others) for name, others in scan.empty]
    if not scan.captures:
        fail(f"{'; '.join([*scan.errors, *empty])}; nothing imported")
    for line in empty:
        click.echo(f"clippings: warning: {line}: nothing in it to import", err=True)
    return scan


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
