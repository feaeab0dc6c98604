"""An export's file and folder renames, seen by a reader at every step and by the
disk after a power cut: the card beside a Parquet file is that file's, each
replacement is synced before and after its rename, and two exports into one new
folder both end well. Real ``clippings`` processes, stopped (SIGSTOP) or killed
(SIGKILL, delivered by strace at a chosen rename) at the step under test."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from archive.card import card_files, export_id_of
from tests.conftest import ENV, ROOT, clippings
from tests.test_cli_faults import imported_one_article, read_through_fifo
from tests.test_cli_runs import start, wait_for
from tests.test_export_parts import big_archive, hidden


def _strace_works() -> bool:
    """strace is installed and may trace here (a container without ptrace refuses it)."""
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-qq", "-e", "trace=none", "true"], capture_output=True, timeout=60)
    return probe.returncode == 0


needs_strace = pytest.mark.skipif(not _strace_works(), reason="strace is missing or may not trace here")
_RENAMES = "rename,renameat,renameat2,unlink,unlinkat"


def traced(*args: str, strace: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    """``clippings ARGS`` run under ``strace STRACE`` (its trace to stderr's first lines)."""
    return subprocess.run(["strace", "-f", "-qq", *strace, sys.executable, "-m", "crawler.cli", *args],
                          capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)


def card_rows(card: Path) -> int:
    """The row count a card's counts table gives."""
    found = re.search(r"^\| rows \| articles \| sites \|\n\|[- |]+\n\| (\d+) \|", card.read_text(encoding="utf-8"),
                      re.MULTILINE)
    assert found, card.read_text(encoding="utf-8")
    return int(found.group(1))


def assert_card_is_its_files(out: Path) -> None:
    """README.md, where there is one, describes the Parquet file beside it: its row
    count, and (a card of this version) the export id the file holds."""
    card = out / "README.md"
    if not card.exists():
        return
    export_id, files = card_files(card.read_text(encoding="utf-8"))
    for name in files:
        assert card_rows(card) == pq.read_metadata(out / name).num_rows, (name, sorted(os.listdir(out)))
        with open(out / name, "rb") as data:
            assert export_id is None or export_id_of(data) == export_id


@needs_strace
@pytest.mark.parametrize("nth", [1, 2, 3, 4])
def test_a_parquet_export_killed_at_any_rename_leaves_no_card_of_another_file(tmp_path: Path, nth: int) -> None:
    """The card was moved into an existing folder before the Parquet file: an export
    killed between the two moves left the new card (1 row) beside the earlier file
    (0 rows) until the next export. Now the earlier card goes first, then the file,
    then its card: each kill leaves a card of the file beside it, or none."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    empty = ("--site", "nowhere.example")  # (the earlier export: no rows)
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out), *empty).returncode == 0
    killed = traced("export", str(db), "--format", "parquet", "-o", str(out),
                    strace=("-o", os.devnull, "-e", f"trace={_RENAMES}",
                            "-e", f"inject={_RENAMES}:signal=SIGKILL:when={nth}"))
    assert killed.returncode in (0, -signal.SIGKILL, 128 + signal.SIGKILL), killed.stderr
    assert_card_is_its_files(out)
    again = clippings("export", str(db), "--format", "parquet", "-o", str(out), *empty)
    assert again.returncode == 0, again.stderr
    assert hidden(out) == []
    assert sorted(os.listdir(out)) == ["README.md", "articles.parquet"]
    assert_card_is_its_files(out)
    assert card_rows(out / "README.md") == 0


@needs_strace
def test_the_card_of_an_export_killed_after_its_file_moved_is_placed_by_the_next(tmp_path: Path) -> None:
    """Killed after the file's move, before the card's: the folder holds the new file
    and no card; the next export (here one that then fails on a damaged archive)
    places the card, whose export id is the file's."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out), "--site", "nowhere.example").returncode == 0
    killed = traced("export", str(db), "--format", "parquet", "-o", str(out),
                    strace=("-o", os.devnull, "-e", "trace=renameat", "-e", "inject=renameat:signal=SIGKILL:when=2"))
    assert killed.returncode != 0, killed.stderr
    assert sorted(os.listdir(out))[1:] == ["articles.parquet"], sorted(os.listdir(out))  # (and the .done. folder)
    damaged = imported_one_article(tmp_path / "damaged.db", "page.warc.gz")
    with closing(sqlite3.connect(damaged)) as conn, conn:
        conn.execute("UPDATE versions SET tags = 'not json'")
    assert clippings("export", str(damaged), "--format", "parquet", "-o", str(out)).returncode != 0
    assert sorted(os.listdir(out)) == ["README.md", "articles.parquet"]
    assert card_rows(out / "README.md") == 1
    assert_card_is_its_files(out)


def renames_and_syncs(trace: str) -> list[tuple[str, str]]:
    """(call, path) for each fsync and rename of an ``strace -y`` trace: the synced
    descriptor's path, or the rename's destination."""
    calls = []
    for line in trace.splitlines():
        synced = re.search(r"\bfsync\(\d+<([^>]*)>\) = 0", line)
        renamed = re.search(r"\brename(?:at2?)?\((?:\d+<([^>]*)>, )?\"[^\"]*\", (?:\d+<([^>]*)>, )?\"([^\"]*)\"", line)
        if synced:
            calls.append(("fsync", synced.group(1)))
        elif renamed and ".pyc" not in line:
            calls.append(("rename", os.path.join(renamed.group(2) or "", renamed.group(3))))
    return calls


@needs_strace
def test_an_export_syncs_its_file_before_the_rename_and_its_folder_after(tmp_path: Path) -> None:
    """No fsync at all: a power cut after the rename could leave an empty (or half)
    file under the export's name, the earlier one gone."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    target = tmp_path / "articles.jsonl"
    trace = tmp_path / "trace.txt"
    result = traced("export", str(db), "-o", str(target),
                    strace=("-y", "-o", str(trace), "-e", "trace=fsync,rename,renameat,renameat2"))
    assert result.returncode == 0, result.stderr
    calls = renames_and_syncs(trace.read_text(encoding="utf-8"))
    (place,) = [i for i, (call, path) in enumerate(calls) if call == "rename" and path == str(target)]
    assert calls[place - 1][0] == "fsync" and calls[place - 1][1].startswith(str(tmp_path / ".articles.jsonl.part.")), calls
    assert ("fsync", str(tmp_path)) in calls[place + 1:], calls


@needs_strace
@pytest.mark.parametrize("existing", [False, True])
def test_a_parquet_export_syncs_its_files_and_folders_around_each_rename(tmp_path: Path, existing: bool) -> None:
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    if existing:
        assert clippings("export", str(db), "--format", "parquet", "-o", str(out)).returncode == 0
    trace = tmp_path / "trace.txt"
    result = traced("export", str(db), "--format", "parquet", "-o", str(out),
                    strace=("-y", "-o", str(trace), "-e", "trace=fsync,rename,renameat,renameat2"))
    assert result.returncode == 0, result.stderr
    calls = renames_and_syncs(trace.read_text(encoding="utf-8"))
    renames = [i for i, (call, _) in enumerate(calls) if call == "rename"]
    synced_files = {Path(path).name for call, path in calls[:renames[0]] if call == "fsync"}
    assert {"articles.parquet", "README.md"} <= synced_files, calls  # written, synced, then renamed
    for i in renames:  # each rename's folder synced after it
        assert calls[i + 1] == ("fsync", str(Path(calls[i][1]).parent)), (i, calls)


def test_two_parquet_exports_into_one_new_folder_both_end_whole(tmp_path: Path) -> None:
    """The second to rename its part folder to the new ``-o`` folder failed,
    "Directory not empty", after all its work. Now it moves its files into the
    folder the first made, as into any existing folder: exit 0, its own card and
    file there, no part left."""
    db = big_archive(tmp_path, copies=3000)
    out = tmp_path / "out"
    slow = start("export", str(db), "--format", "parquet", "--versions", "all", "-o", str(out))
    try:
        wait_for(lambda: any(name.startswith(".out.part.") for name in hidden(tmp_path)) or slow.poll() is not None,
                 "the first export's part folder")
        os.kill(slow.pid, signal.SIGSTOP)
        first = clippings("export", str(db), "--format", "parquet", "--versions", "all", "-o", str(out),
                          "--site", "nowhere.example")
        assert first.returncode == 0, first.stderr
        assert card_rows(out / "README.md") == 0
    finally:
        os.kill(slow.pid, signal.SIGCONT)
        _, stderr = slow.communicate(timeout=300)
    assert slow.returncode == 0, stderr
    assert hidden(tmp_path) == [] and hidden(out) == []
    assert sorted(os.listdir(out)) == ["README.md", "versions.parquet"]
    assert card_rows(out / "README.md") == 3001
    assert_card_is_its_files(out)


@needs_strace
def test_serve_syncs_the_metadata_file_it_keeps_before_its_rename(tmp_path: Path) -> None:
    """``serve``'s metadata file is kept for later servers (a file under its name is
    taken as whole): unsynced, a power cut could leave it empty under that name, and
    every later ``serve`` of the archive handed Datasette an empty metadata file."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    trace = tmp_path / "trace.txt"
    result = subprocess.run(
        ["strace", "-f", "-qq", "-y", "-o", str(trace), "-e", "trace=fsync,rename,renameat,renameat2",
         sys.executable, "-c", "import sys; from archive.serve import write_metadata; "
         "print(write_metadata([sys.argv[1]], sys.argv[2]))", str(db), str(tmp_path / "meta")],
        capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)
    assert result.returncode == 0, result.stderr
    calls = renames_and_syncs(trace.read_text(encoding="utf-8"))
    (place,) = [i for i, (call, path) in enumerate(calls) if call == "rename" and path == result.stdout.strip()]
    assert calls[place - 1][0] == "fsync" and calls[place - 1][1].endswith(".tmp"), calls
    assert ("fsync", str(tmp_path / "meta")) in calls[place + 1:], calls


def test_finishing_a_killed_export_leaves_a_later_exports_pair_alone(tmp_path: Path) -> None:
    """A killed export's committed folder (its card and file not yet moved) beside
    a later export's pair, newer (two exports into one folder at once): finishing
    the killed one moves nothing and removes no card; its folder is dropped."""
    _finish_a_killed_export_beside_a_later_one(tmp_path, ("--site", "nowhere.example"), "articles.parquet")


def test_an_earlier_versions_killed_export_gets_its_card_placed_with_its_file(tmp_path: Path) -> None:
    """A committed folder an earlier Clippings left (its card names no export id),
    both files still in it: finished, the file and its card are placed together."""
    from tests.test_export_parts import committed_parquet_part

    _db, made, out, done = committed_parquet_part(tmp_path)
    card = made / "README.md"
    card.write_text(re.sub(r"\nExport id: `[0-9a-f]+`.*", "\n", card.read_text(encoding="utf-8"), flags=re.DOTALL),
                    encoding="utf-8")
    for name in ("README.md", "articles.parquet"):
        (made / name).rename(done / name)
    assert card_files((done / "README.md").read_text(encoding="utf-8")) == (None, ["articles.parquet"])
    damaged = imported_one_article(tmp_path / "damaged.db", "page.warc.gz")
    with closing(sqlite3.connect(damaged)) as conn, conn:
        conn.execute("UPDATE versions SET tags = 'not json'")
    assert clippings("export", str(damaged), "--format", "parquet", "-o", str(out)).returncode != 0
    assert sorted(os.listdir(out)) == ["README.md", "articles.parquet"]
    assert card_files((out / "README.md").read_text(encoding="utf-8")) == (None, ["articles.parquet"])
    assert_card_is_its_files(out)


@needs_strace
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_an_export_written_in_place_into_a_hard_linked_file_is_synced(tmp_path: Path, fmt: str) -> None:
    """A file with another hard link is written where it is (a rename would part the
    links); it was never synced: a power cut could leave it empty, the earlier rows gone."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    target = tmp_path / f"articles.{fmt}"
    target.write_text("earlier\n", encoding="utf-8")
    os.link(target, tmp_path / "linked")
    trace = tmp_path / "trace.txt"
    result = traced("export", str(db), "--format", fmt, "-o", str(target),
                    strace=("-y", "-o", str(trace), "-e", "trace=fsync,rename,renameat,renameat2"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "linked").read_text(encoding="utf-8") == target.read_text(encoding="utf-8") != "earlier\n"
    calls = renames_and_syncs(trace.read_text(encoding="utf-8"))
    assert [path for call, path in calls if call == "rename"] == [], calls  # in place
    assert {("fsync", str(target)), ("fsync", str(tmp_path / "linked"))} & set(calls), calls


@needs_strace
def test_an_export_into_a_pipe_syncs_nothing_and_succeeds(tmp_path: Path) -> None:
    """A FIFO is written in place, and has nothing to sync (fsync would fail: EINVAL)."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    fifo = tmp_path / "rows.fifo"
    os.mkfifo(fifo)
    trace = tmp_path / "trace.txt"
    rows, result = read_through_fifo(
        fifo, lambda: traced("export", str(db), "-o", str(fifo), strace=("-y", "-o", str(trace), "-e", "trace=fsync")))
    assert result.returncode == 0, result.stderr
    assert rows.count(b"\n") == 1
    assert not [path for call, path in renames_and_syncs(trace.read_text(encoding="utf-8")) if path == str(fifo)]


@pytest.mark.parametrize("args", [("-o", "{drop}/articles.jsonl"), ("--format", "parquet", "-o", "{drop}/out")])
def test_an_export_into_a_folder_this_user_may_write_but_not_read_succeeds(tmp_path: Path,
                                                                             args: tuple[str, ...]) -> None:
    """A drop box (``chmod 333``: write, no read): the folder could not be opened to
    sync it after the rename, so the export failed, "Permission denied", exit 1,
    with its file already in place. The rename stands: exit 0, one export there."""
    from tests.test_cli_faults import without_root_override

    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    drop = tmp_path / "drop"
    drop.mkdir()
    drop.chmod(0o333)
    try:
        result = subprocess.run([*without_root_override(), sys.executable, "-m", "crawler.cli", "export", str(db),
                                 *[arg.format(drop=drop) for arg in args]],
                                capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)
    finally:
        drop.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert "wrote 1 " in result.stderr
    assert sorted(os.listdir(drop)) == [Path(args[-1]).name]


def test_a_parquet_export_into_a_folder_whose_readme_is_a_symlink_is_one_line(tmp_path: Path) -> None:
    """A ``README.md`` that is a symbolic link (to another export's card): the export
    failed, "Too many levels of symbolic links", naming the folder only. Now one line
    naming the link and why; the link, its target and the folder are left as they were."""
    from tests.test_cli_runs import digest, one_error_line

    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    assert clippings("export", str(db), "--format", "parquet", "-o", str(tmp_path / "a")).returncode == 0
    out = tmp_path / "b"
    out.mkdir()
    (out / "README.md").symlink_to("../a/README.md")
    before = digest(tmp_path / "a" / "README.md")
    line = one_error_line(clippings("export", str(db), "--format", "parquet", "-o", str(out)))
    assert f"{out / 'README.md'} is a symbolic link" in line, line
    assert os.listdir(out) == ["README.md"] and os.readlink(out / "README.md") == "../a/README.md"
    assert digest(tmp_path / "a" / "README.md") == before


def fsyncs_of(db: Path, out: Path, *args: str, trace: Path) -> int:
    """How many fsyncs ``clippings export DB -o OUT ARGS`` makes (its last: the
    folder's, after the rename that places the export)."""
    run = traced("export", str(db), "-o", str(out), *args, strace=("-o", str(trace), "-e", "trace=fsync"))
    assert run.returncode == 0, run.stderr
    return sum("fsync(" in line for line in trace.read_text().splitlines())


@needs_strace
@pytest.mark.parametrize("case", ["jsonl", "parquet-new-folder", "parquet-existing-folder"])
def test_a_folder_sync_failing_after_the_rename_says_the_file_is_in_place(tmp_path: Path, case: str) -> None:
    """The folder's fsync after the rename failed (EIO): the export said "cannot
    write out.jsonl: Input/output error", though the file was in place, whole. It
    says what happened now: written and in place, the folder not synced; exit 1."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / ("out.jsonl" if case == "jsonl" else "out")
    args = () if case == "jsonl" else ("--format", "parquet")
    if case == "parquet-existing-folder":
        assert clippings("export", str(db), "-o", str(out), *args).returncode == 0
    last = fsyncs_of(db, out, *args, trace=tmp_path / "trace")
    if case == "parquet-new-folder":
        shutil.rmtree(out)
    run = traced("export", str(db), "-o", str(out), *args,
                 strace=("-o", os.devnull, "-e", "trace=fsync", "-e", f"inject=fsync:error=EIO:when={last}"))
    lines = run.stderr.splitlines()
    assert run.returncode == 1 and len(lines) == 1, run.stderr
    placed = {"jsonl": f"1 articles to {out}", "parquet-new-folder": f"{out}",
              "parquet-existing-folder": f"{out / 'articles.parquet'} and {out / 'README.md'}"}[case]
    folder = out if case == "parquet-existing-folder" else out.parent
    assert lines[0].startswith(f"clippings: error: wrote {placed} (in place"), lines[0]
    assert f"(in place, whole), but syncing the folder {folder} to disk then failed (Input/output error)" in lines[0]
    if case == "jsonl":
        assert json.loads(out.read_text())["canonical_url"]
    else:
        assert pq.read_metadata(out / "articles.parquet").num_rows == 1 and hidden(out) == []
        assert_card_is_its_files(out)


@needs_strace
def test_a_serve_killed_while_placing_its_metadata_file_leaves_no_tmp_file_for_good(tmp_path: Path) -> None:
    """A ``serve`` killed between writing its metadata file and renaming it left
    ``metadata-...-PID.tmp`` in its folder for good (one more each time). The next
    ``serve`` removes the files of writers that have ended."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    meta = tmp_path / "meta"
    write = ("import sys; from archive.serve import write_metadata; "
             "print(write_metadata([sys.argv[1]], sys.argv[2]))")
    killed = subprocess.run(
        ["strace", "-f", "-qq", "-o", os.devnull, "-e", "trace=rename", "-e", "inject=rename:signal=SIGKILL:when=1",
         sys.executable, "-c", write, str(db), str(meta)],
        capture_output=True, text=True, cwd=ROOT, env={**ENV, "PYTHONDONTWRITEBYTECODE": "1"}, timeout=300)
    assert killed.returncode != 0
    assert [path.suffix for path in meta.iterdir()] == [".tmp"]
    again = subprocess.run([sys.executable, "-c", write, str(db), str(meta)],
                           capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300)
    assert again.returncode == 0, again.stderr
    assert [path.name for path in meta.iterdir()] == [Path(again.stdout.strip()).name]


def test_finishing_a_killed_export_leaves_a_later_export_of_the_other_name_alone(tmp_path: Path) -> None:
    """A killed ``--versions latest`` export's committed folder beside a later
    ``--versions all`` export (its ``versions.parquet`` and card): finishing the
    killed one removed the later card and moved the older ``articles.parquet`` in
    beside the later ``versions.parquet``, two exports in one folder (and the later
    one without its card). A later export of any name there now wins."""
    _finish_a_killed_export_beside_a_later_one(tmp_path, ("--versions", "all"), "versions.parquet")


@needs_strace
def test_finishing_a_killed_export_leaves_a_later_export_of_the_same_mtime_alone(tmp_path: Path) -> None:
    """A killed ``--versions latest`` export (killed at its file's move), then a
    later ``--versions all`` export into the folder whose ``versions.parquet`` has
    the same mtime as the killed export's file (a coarse clock, or a rewrite that
    kept it): the finish compared mtimes alone, took the later file for an earlier
    one, removed it and its card and placed the killed export. The committed folder
    now records what was in place (inode, size, times): the later pair stays."""
    from archive.parts import remove_abandoned
    from tests.test_cli_runs import digest

    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    out.mkdir()
    killed = traced("export", str(db), "--format", "parquet", "-o", str(out),
                    strace=("-o", os.devnull, "-e", "trace=renameat", "-e", "inject=renameat:signal=SIGKILL:when=1"))
    assert killed.returncode != 0, killed.stderr
    (done,) = hidden(out)
    assert clippings("export", str(db), "--format", "parquet", "--versions", "all", "-o", str(out)).returncode == 0
    later = out / "versions.parquet"
    os.utime(later, ns=(later.stat().st_atime_ns, (out / done / "articles.parquet").stat().st_mtime_ns))
    before = {name: digest(out / name) for name in ("README.md", "versions.parquet")}
    remove_abandoned(out, "articles.parquet")  # (what the next export of articles.parquet does first)
    assert sorted(os.listdir(out)) == ["README.md", "versions.parquet"]
    assert {name: digest(out / name) for name in before} == before
    assert_card_is_its_files(out)


def _finish_a_killed_export_beside_a_later_one(tmp_path: Path, later_args: tuple[str, ...], later_file: str) -> None:
    """A killed ``articles.parquet`` export's committed folder (card and file not yet
    moved), a later export (``later_args``: its ``later_file`` and card) moved into
    the folder, then an export that fails (a damaged archive) finishes the killed one:
    the later pair is left as it was, with its card."""
    from tests.test_cli_runs import digest
    from tests.test_export_parts import committed_parquet_part

    db, made, out, done = committed_parquet_part(tmp_path)
    for name in ("README.md", "articles.parquet"):
        (made / name).rename(done / name)  # (committed, then the kill)
    newer = tmp_path / "newer"
    assert clippings("export", str(db), "--format", "parquet", "-o", str(newer), *later_args).returncode == 0
    for name in ("README.md", later_file):
        (newer / name).rename(out / name)
    before = {name: digest(out / name) for name in ("README.md", later_file)}
    damaged = imported_one_article(tmp_path / "damaged.db", "page.warc.gz")
    with closing(sqlite3.connect(damaged)) as conn, conn:
        conn.execute("UPDATE versions SET tags = 'not json'")
    assert clippings("export", str(damaged), "--format", "parquet", "-o", str(out)).returncode != 0
    assert sorted(os.listdir(out)) == sorted(["README.md", later_file])
    assert {name: digest(out / name) for name in before} == before
    assert_card_is_its_files(out)
