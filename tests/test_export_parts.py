"""An export's hidden parts (:mod:`archive.parts`): a Parquet export is one folder
that appears whole, its card included, or not at all; the clean-up of a killed
export's parts takes only parts whose writer's lock is free. Real ``clippings``
processes killed with SIGKILL, real archives."""

from __future__ import annotations

import fcntl
import os
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.conftest import clippings
from tests.test_cli_faults import digest, imported_one_article
from tests.test_cli_runs import one_error_line, start, wait_for


def big_archive(folder: Path, copies: int = 12_000) -> Path:
    """A real archive of one imported article, its version copied ``copies`` times
    (``--versions all`` exports that many rows: a few seconds' work to kill)."""
    db = imported_one_article(folder / "news.db", "page.warc.gz")
    with closing(sqlite3.connect(db)) as conn, conn:
        columns = ", ".join(row[1] for row in conn.execute("PRAGMA table_info(versions)") if row[1] != "id")
        conn.execute(f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                     f"INSERT INTO versions ({columns}) SELECT {columns} FROM versions, n", [copies])
    return db


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) if folder.is_dir() else []


def killed_mid_way(*args: str, parts_in: list[Path]) -> None:
    """Run ``clippings ARGS``, SIGKILL it once a hidden part is in one of ``parts_in``."""
    export = start(*args)
    try:
        wait_for(lambda: any(".part" in name for folder in parts_in for name in hidden(folder))
                 or export.poll() is not None, "the export's part")
        assert export.poll() is None, export.communicate()
        os.kill(export.pid, signal.SIGKILL)
    finally:
        export.kill()
        export.communicate()


def test_a_parquet_export_killed_into_a_new_folder_leaves_no_folder(tmp_path: Path) -> None:
    """The folder ``-o`` names was made first and kept by a kill: it held only a
    hidden part file, an empty export to DuckDB's ``read_parquet('out/*.parquet')``
    (no file) and to the next look. Now the export is a hidden folder beside it,
    renamed into place whole; the next export removes the killed one's."""
    db = big_archive(tmp_path)
    out = tmp_path / "out"
    killed_mid_way("export", str(db), "--format", "parquet", "--versions", "all", "-o", str(out),
                   parts_in=[tmp_path, out])
    assert not out.exists(), sorted(p.name for p in out.iterdir())
    (leftover,) = hidden(tmp_path)
    assert leftover.startswith(".out.part."), leftover
    result = clippings("export", str(db), "--format", "parquet", "--versions", "all", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert hidden(tmp_path) == []
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "versions.parquet"]
    assert oct(out.stat().st_mode & 0o777) == oct(0o777 & ~_umask())  # (as mkdir makes it)


def test_a_parquet_export_killed_into_an_existing_folder_keeps_the_earlier_export(tmp_path: Path) -> None:
    db = big_archive(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out)).returncode == 0
    before = {p.name: digest(p) for p in out.iterdir()}
    killed_mid_way("export", str(db), "--format", "parquet", "-o", str(out), parts_in=[out])
    assert {p.name: digest(p) for p in out.iterdir() if not p.name.startswith(".")} == before
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out)).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "articles.parquet", "notes.txt"]


def test_a_parquet_export_whose_card_cannot_be_placed_places_nothing(tmp_path: Path) -> None:
    """The card was written after the Parquet file was renamed into place: a card
    that could not be written (here README.md is a folder; a kill there did the
    same) left a new Parquet file without its card, or beside the last export's."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    (out / "README.md").mkdir(parents=True)
    line = one_error_line(clippings("export", str(db), "--format", "parquet", "-o", str(out)))
    assert line == f"clippings: error: cannot write {out}: {out / 'README.md'} is not a file", line
    assert sorted(p.name for p in out.iterdir()) == ["README.md"]


def committed_parquet_part(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """An archive, a finished Parquet export of it (``made``), and an ``out`` folder
    holding an empty committed part (``.done.``) for a test to fill as a kill left it:
    (archive, made, out, done)."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    made = tmp_path / "made"
    assert clippings("export", str(db), "--format", "parquet", "-o", str(made)).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    done = out / ".articles.parquet.done.k9d2x_0q"
    done.mkdir()
    return db, made, out, done


def test_a_committed_parquet_export_a_kill_cut_short_is_finished_by_the_next(tmp_path: Path) -> None:
    """A kill between moving the card and moving the Parquet file (the part folder
    renamed ``.done.`` before the moves) leaves a folder the next export finishes
    before its own work, even when that export then fails."""
    db, made, out, done = committed_parquet_part(tmp_path)
    (made / "README.md").rename(out / "README.md")  # (the card moved, then the kill)
    (made / "articles.parquet").rename(done / "articles.parquet")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE versions SET tags = 'not json'")  # the next export fails on the row
    one_error_line(clippings("export", str(db), "--format", "parquet", "-o", str(out)))
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "articles.parquet"]


def test_the_clean_up_keeps_a_part_an_older_version_may_be_writing(tmp_path: Path) -> None:
    """Clippings wrote ``.articles.jsonl.<8>.part`` before its parts were locked: the
    clean-up took them whenever no export held the folder's lock, and an export of
    that version, which took no lock, lost its part file mid-way (review38). Such a
    name is now never taken: nothing proves its writer gone."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    out.mkdir()
    older = out / ".articles.jsonl.k9d2x_0q.part"
    older.write_text('{"half": ', encoding="utf-8")
    assert clippings("export", str(db), "-o", str(out / "articles.jsonl")).returncode == 0
    assert older.read_text(encoding="utf-8") == '{"half": '


def test_the_clean_up_takes_a_part_only_once_its_writer_is_gone(tmp_path: Path) -> None:
    """A part whose writer is running (stopped mid-way, however long) is kept while
    another export of that file runs to its end; once the writer is killed, the
    next export removes it. The lock decides, not a time."""
    db = big_archive(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "versions.jsonl"
    writer = start("export", str(db), "--versions", "all", "-o", str(target))
    try:
        wait_for(lambda: hidden(out) or writer.poll() is not None, "the export's part file")
        os.kill(writer.pid, signal.SIGSTOP)
        (part,) = hidden(out)
        result = clippings("export", str(db), "--versions", "all", "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert hidden(out) == [part]
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.kill()
        writer.communicate()
    assert hidden(out) == [part]  # (a kill -9 leaves it)
    assert clippings("export", str(db), "-o", str(out / "articles.jsonl")).returncode == 0
    assert hidden(out) == [part]  # (another file's parts are not this export's to take)
    assert clippings("export", str(db), "--versions", "all", "-o", str(target)).returncode == 0
    assert hidden(out) == []


def test_a_part_held_by_its_writer_is_kept_by_a_clean_up_in_another_process(tmp_path: Path) -> None:
    """The writer's lock alone keeps a part: a process (here this test) holding a part
    file's lock, the folder's lock free."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    out.mkdir()
    live, dead = out / ".articles.jsonl.part.live0000", out / ".articles.jsonl.part.dead0000"
    for part in (live, dead):
        part.write_text('{"half": ', encoding="utf-8")
    held = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert clippings("export", str(db), "-o", str(out / "articles.jsonl")).returncode == 0
        assert hidden(out) == [live.name]
    finally:
        os.close(held)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def test_a_folder_of_the_users_named_like_a_part_is_kept(tmp_path: Path) -> None:
    """A hidden folder beside ``-o out`` named as a part (``.out.part.`` and eight
    letters or digits: ``.out.part.20261206``) is unlocked, as an abandoned part is:
    the clean-up emptied it of every file and removed it. A part holds only what an
    export writes there (a ``.parquet`` file, ``README.md``); a folder holding
    anything else is left whole."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    mine = tmp_path / ".out.part.20261206"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine", encoding="utf-8")
    (mine / "README.md").write_text("# my notes", encoding="utf-8")
    assert clippings("export", str(db), "--format", "parquet", "-o", str(tmp_path / "out")).returncode == 0
    assert sorted(p.name for p in mine.iterdir()) == ["README.md", "notes.txt"]
    abandoned = tmp_path / ".out.part.k9d2x_0q"  # (a killed export's: removed)
    abandoned.mkdir()
    (abandoned / "articles.parquet").write_bytes(b"PAR1")
    assert clippings("export", str(db), "--format", "parquet", "-o", str(tmp_path / "again")).returncode == 0
    assert clippings("export", str(db), "--format", "parquet", "-o", str(tmp_path / "out")).returncode == 0
    assert hidden(tmp_path) == [mine.name]


def test_a_parquet_export_into_its_folder_again_keeps_the_files_modes(tmp_path: Path) -> None:
    """The file and card moved into place were new files of the umask's mode: a
    ``chmod 600`` export became readable by every user at the next export (a JSONL
    export, and a Parquet one before its part folder, kept the earlier file's mode)."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out)).returncode == 0
    (out / "articles.parquet").chmod(0o600)
    (out / "README.md").chmod(0o640)
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out)).returncode == 0
    assert {p.name: oct(p.stat().st_mode & 0o777) for p in out.iterdir()} == {
        "articles.parquet": oct(0o600), "README.md": oct(0o640)}


def test_a_parquet_export_into_a_new_folder_of_a_shared_folder_keeps_its_setgid_bit(tmp_path: Path) -> None:
    """``mkdir`` gives a folder made in a setgid folder (a group's shared one) the
    setgid bit, so the files made in it later are the group's; the part folder's
    mode, set for the umask, dropped it."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o2775)
    (shared / "by-mkdir").mkdir()
    assert clippings("export", str(db), "--format", "parquet", "-o", str(shared / "out")).returncode == 0
    assert oct((shared / "out").stat().st_mode & 0o7777) == oct((shared / "by-mkdir").stat().st_mode & 0o7777)
    assert (shared / "out").stat().st_mode & 0o2000


def test_finishing_a_killed_export_never_replaces_a_readme_of_the_users(tmp_path: Path) -> None:
    """A killed export's committed folder held its card; finishing it replaced the
    folder's README.md whenever that was older, a card or not: the user's own one,
    put there since the kill (``mv`` keeps a file's time), was lost to the next
    export of that name (here a JSONL one, ``--format jsonl -o out/articles.parquet``, which takes
    no README.md check)."""
    db, made, out, done = committed_parquet_part(tmp_path)
    for name in ("README.md", "articles.parquet"):
        (made / name).rename(done / name)  # (committed, then the kill)
    mine = out / "README.md"
    mine.write_text("# my notes\n", encoding="utf-8")
    os.utime(mine, ns=(0, 0))  # (older than the card)
    assert clippings("export", str(db), "--format", "jsonl", "-o", str(out / "articles.parquet")).returncode == 0
    assert mine.read_text(encoding="utf-8") == "# my notes\n"
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "articles.parquet"]
