"""A crawl's WARC captures are on disk before the rows that point at them commit,
and a WARC file cut short (a crash, a power cut before this order was kept) is
said, not read as garbage. Real crawls of the sample site, under strace where
the order of the system calls is what is tested; real files cut with truncate."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from archive.warc import WarcReadError, read_record
from tests.conftest import ENV, ROOT, clippings, crawl
from tests.support.slow_site import article_html
from tests.test_cli_faults import write_warc
from tests.test_export_durable import needs_strace, traced


def warc_writes_and_commits(trace: str) -> list[tuple[str, str]]:
    """(call, path) for each write or fsync of a WARC file and each write to the
    archive's ``-wal`` (SQLite's commit) in an ``strace -y`` trace."""
    calls = []
    for line in trace.splitlines():
        found = re.search(r"\b(write|pwrite64|fsync)\(\d+<([^>]*)>", line)
        if found and (found.group(2).endswith(".warc.gz") or found.group(2).endswith("-wal")):
            calls.append((found.group(1), found.group(2)))
    return calls


@needs_strace
def test_a_crawl_syncs_each_capture_before_the_rows_pointing_at_it_commit(demo_server: Any, tmp_path: Path) -> None:
    """The WARC file was flushed, never synced: after a power cut, the archive's
    rows (committed to the -wal) could point past the end of the WARC file."""
    db = tmp_path / "news.db"
    trace = tmp_path / "trace.txt"
    result = traced("crawl", demo_server.base_url + "/", "--db", str(db), "--delay", "0",
                    strace=("-y", "-o", str(trace), "-e", "trace=write,pwrite64,fsync"))
    assert result.returncode == 0, result.stderr
    calls = warc_writes_and_commits(trace.read_text(encoding="utf-8"))
    unsynced = False
    commits_after_a_capture = 0
    for call, path in calls:
        if path.endswith(".warc.gz"):
            unsynced = call != "fsync"
        elif call == "pwrite64":
            assert not unsynced, calls  # a row committed while its capture was in the page cache only
            commits_after_a_capture += 1
    assert any(call == "write" for call, path in calls if path.endswith(".warc.gz")), calls
    assert commits_after_a_capture, calls


def _last_capture(db: Path) -> tuple[Path, int]:
    with closing(sqlite3.connect(db)) as conn:
        name, offset = conn.execute("SELECT warc_file, warc_offset FROM versions ORDER BY warc_offset DESC").fetchone()
    path = Path(name)
    return (path if path.is_absolute() else db.parent / path), offset


def test_a_warc_file_cut_short_is_reported_by_reextract_and_the_read_path(demo_server: Any, tmp_path: Path) -> None:
    """A WARC file shorter than its rows say (cut by a crash): the rows past its end
    and the record cut in two are each named, with the file's length; none is read."""
    run = crawl(tmp_path / "news.db", demo_server.base_url + "/")
    assert run.returncode == 0, run.stderr
    warc, last = _last_capture(run.db)
    with closing(sqlite3.connect(run.db)) as conn:
        (before_last,) = conn.execute("SELECT max(warc_offset) FROM versions WHERE warc_offset < ?", [last]).fetchone()
    os.truncate(warc, before_last + 10)  # the last capture gone, the one before it cut in its first bytes
    try:
        read_record(warc, last)
    except WarcReadError as exc:
        past_end = str(exc)
    assert f"offset {last} is past the end of the file ({before_last + 10} bytes): it was truncated" in past_end
    try:
        read_record(warc, before_last)
    except WarcReadError as exc:
        cut = str(exc)
    assert f"truncated at offset {before_last} (the file ends inside the gzip member that starts there)" in cut, cut
    result = clippings("reextract", str(run.db))
    assert f"offset {last} is past the end of the file" in result.stdout + result.stderr, result
    assert f"truncated at offset {before_last}" in result.stdout + result.stderr, result


@needs_strace
def test_a_first_crawl_syncs_its_new_warc_folders_name_into_its_parent(demo_server: Any, tmp_path: Path) -> None:
    """The WARC folder a first crawl makes (``news-warc/``, and a missing parent of
    ``CLIPPINGS_WARC_DIR``) was made with ``mkdir -p``, its name never synced: the file
    in it was, but a power cut could take the folder, and every capture, with it."""
    db = tmp_path / "news.db"
    warcs = tmp_path / "deep" / "warcs"
    trace = tmp_path / "trace.txt"
    result = traced("crawl", demo_server.base_url + "/", "--db", str(db), "--delay", "0",
                    "-s", f"CLIPPINGS_WARC_DIR={warcs}",
                    strace=("-y", "-o", str(trace), "-e", "trace=mkdir,mkdirat,fsync,openat"))
    assert result.returncode == 0, result.stderr
    lines = trace.read_text(encoding="utf-8").splitlines()
    first_warc = next(i for i, line in enumerate(lines) if "openat(" in line and ".warc.gz" in line)
    for folder in (warcs.parent, warcs):
        made = next(i for i, line in enumerate(lines) if re.search(rf'mkdir(at)?\(.*"{re.escape(str(folder))}"', line))
        synced = [i for i, line in enumerate(lines) if "fsync(" in line and f"<{folder.parent}>" in line]
        assert any(made < i < first_warc for i in synced), (folder, lines[made:first_warc + 1])


@needs_strace
def test_import_warc_syncs_the_warc_file_before_the_rows_pointing_into_it_commit(tmp_path: Path) -> None:
    """A WARC file just downloaded or copied may be in the page cache only: the
    import's versions pointed into it with nothing synced."""
    warc = tmp_path / "got" / "page.warc.gz"
    warc.parent.mkdir()
    write_warc(warc, [("https://news.example/a", article_html(1).encode())])
    trace = tmp_path / "trace.txt"
    result = traced("import-warc", str(warc), "--db", str(tmp_path / "news.db"),
                    strace=("-y", "-o", str(trace), "-e", "trace=write,pwrite64,fsync"))
    assert result.returncode == 0, result.stderr
    lines = trace.read_text(encoding="utf-8").splitlines()
    synced = [i for i, line in enumerate(lines) if re.search(rf"fsync\(\d+<{re.escape(str(warc))}>", line)]
    folder = [i for i, line in enumerate(lines) if re.search(rf"fsync\(\d+<{re.escape(str(warc.parent))}>", line)]
    commits = [i for i, line in enumerate(lines) if re.search(r"pwrite64\(\d+<[^>]*news\.db-wal>", line)]
    assert synced and folder, lines
    assert any(i > max(synced[0], folder[0]) for i in commits), lines  # the version's row after


def test_a_failed_warc_sync_is_final_and_said_once(demo_server: Any, tmp_path: Path) -> None:
    """A WARC file whose ``fsync`` fails (here a file object whose fileno is a pipe's
    read end: EINVAL; tests/support/pipe_sync_pipeline.py) stops the crawl, said
    once. Its close synced again (``unsynced`` still true): a second error with a
    traceback, ``clippings/close_errors`` counted, and a retry that passed would
    prove nothing (the kernel may mark the pages it failed to write clean)."""
    import json

    from crawler import settings as project_settings

    db = tmp_path / "news.db"
    pipelines = {**project_settings.ITEM_PIPELINES, "tests.support.pipe_sync_pipeline.PipeSyncPipeline": 700}
    result = crawl(db, demo_server.base_url + "/", extra=("-v", "-s", f"ITEM_PIPELINES={json.dumps(pipelines)}"))
    assert result.returncode != 0, result.stderr
    with closing(sqlite3.connect(db)) as conn:
        status, stats = conn.execute("SELECT status, stats FROM crawls").fetchone()
    stats = json.loads(stats)
    assert status == "failed" and "cannot write the WARC file" in stats["finish_reason"], stats
    assert "clippings/close_errors" not in stats and stats["clippings/archive_errors"] == 1, stats
    errors = [line for line in result.stderr.splitlines() if "] ERROR: " in line]
    assert len(errors) == 1 and "archive write failed" in errors[0], errors
    assert "Traceback" not in result.stderr, result.stderr[-3000:]


@needs_strace
@pytest.mark.parametrize("command", ["import-warc", "reextract"])
def test_a_write_command_ends_with_its_transactions_on_disk_while_a_reader_holds_the_archive(
        tmp_path: Path, command: str) -> None:
    """``synchronous = NORMAL`` (WAL): commits are not synced; the -wal is synced when
    a checkpoint copies it, at the last connection's close. With a reader open (a
    live ``serve``, a long export), no checkpoint could: the command reported
    "stored" with its last transactions in the page cache only, and a power cut
    lost them though the WARC records they point into were synced. The crawl's
    closing commit (and reextract's end) now syncs the -wal: every write to it is
    followed by an fsync, and then by one of its folder (the reader made the -wal:
    its name was on disk only once SQLite synced the -wal itself, at a checkpoint)."""
    page = tmp_path / "page.warc.gz"
    write_warc(page, [(f"https://news.example/{n}", article_html(n).encode()) for n in (1, 2)])
    db = tmp_path / "news.db"
    assert clippings("import-warc", str(page), "--db", str(db)).returncode == 0
    if command == "reextract":
        with closing(sqlite3.connect(db)) as conn, conn:
            conn.execute("UPDATE versions SET title = 'stale'")  # (so that reextract rewrites them)
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\nconn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "conn.execute('BEGIN'); conn.execute('SELECT count(*) FROM versions').fetchall()\n"
         "print('reading', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert reader.stdout is not None and reader.stdout.readline() == "reading\n"
        trace = tmp_path / "trace.txt"
        args = ["import-warc", str(page), "--db", str(db)] if command == "import-warc" else ["reextract", str(db)]
        run = subprocess.run(["strace", "-f", "-qq", "-y", "-o", str(trace), "-e", "trace=pwrite64,fsync,fdatasync",
                              sys.executable, "-m", "crawler.cli", *args],
                             capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)
        assert run.returncode == 0, run.stderr
    finally:
        reader.communicate("")
    wal, folder = f"{db}-wal>", f"<{tmp_path}>"
    calls = [line for line in trace.read_text(encoding="utf-8").splitlines() if wal in line or folder in line]
    writes = [i for i, line in enumerate(calls) if "pwrite64(" in line]
    assert writes, calls
    synced = [i for i, line in enumerate(calls) if i > writes[-1] and re.search(r"\b(fsync|fdatasync)\(", line)]
    assert any(wal in calls[i] for i in synced), calls[-5:]
    # The -wal's name too (the reader made it: no sync had put it in its folder on disk).
    assert any(folder in calls[j] for i in synced if wal in calls[i] for j in synced if j > i), calls[-5:]
