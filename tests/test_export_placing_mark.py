"""A killed Parquet export's record of the files in place (``.placing.json`` in its
committed folder, :func:`archive.parts.write_placing_mark`) that cannot be read as
one: the next export into the folder stops in one line naming the record and why,
exit 1, the folder as it was (an export never replaces a file it cannot prove an
earlier export's). It raised a traceback (not JSON, a key missing, a value of
another type), hung (a pipe in its place), read a file of any size whole, or said
nothing and left the killed export there for good (a folder in its place)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from archive.parts import PLACING_MARK, write_placing_mark
from tests.conftest import clippings, clippings_here
from tests.test_cli_faults import imported_one_article
from tests.test_cli_runs import one_error_line

DONE = ".articles.parquet.done.k9d2x_0q"


@pytest.fixture(scope="module")
def killed_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding an archive and ``out``: an earlier export (no rows) and a
    later export's committed folder, its card and file not yet moved (a kill)."""
    root = tmp_path_factory.mktemp("placing")
    db = imported_one_article(root / "news.db", "page.warc.gz")
    for folder, rows in (("out", ("--site", "nowhere.example")), ("made", ())):
        assert clippings("export", str(db), "--format", "parquet", "-o", str(root / folder), *rows).returncode == 0
    (root / "out" / DONE).mkdir()
    for name in ("README.md", "articles.parquet"):
        (root / "made" / name).rename(root / "out" / DONE / name)
    return root


def copied(killed_export: Path, tmp_path: Path) -> Path:
    shutil.copytree(killed_export, tmp_path, dirs_exist_ok=True, symlinks=True)
    return tmp_path


def tree(folder: Path) -> dict[str, str]:
    """Every entry under ``folder`` (hidden ones too): a file's digest, or its kind."""
    found = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        found[str(path.relative_to(folder))] = (hashlib.sha256(path.read_bytes()).hexdigest() if stat.S_ISREG(mode)
                                                else "folder" if stat.S_ISDIR(mode) else oct(stat.S_IFMT(mode)))
    return found


def written(data: bytes) -> Callable[[Path], None]:
    return lambda mark: mark.write_bytes(data)


def record(placed: object, ours: object) -> Callable[[Path], None]:
    return written(json.dumps({"placed": placed, "ours": ours}).encode())


MARKS: dict[str, tuple[Callable[[Path], None], str]] = {
    "not JSON": (written(b"not json"), "is not JSON (Expecting value: line 1 column 1 (char 0))"),
    "not UTF-8": (written(b'\xff\xfe{"placed": {}, "ours": {}}'), "is not UTF-8 text"),
    "nested deep": (written(b"[" * 50_000), "is not JSON (nested too deep)"),
    "an array": (written(b"[1, 2]"), "is JSON but not an object (a list)"),
    "no placed": (written(b'{"ours": {}}'), 'has no "placed"'),
    "no ours": (written(b'{"placed": {}}'), 'has no "ours"'),
    "placed a list": (record([], {}), 'has a "placed" that is not an object (a list)'),
    "numbers as text": (record({"articles.parquet": ["1", "2", "3", "4"]}, {}),
                        "gives 'articles.parquet' in \"placed\" as '[\"1\", \"2\", \"3\", \"4\"]', not 4 whole numbers"),
    "too few numbers": (record({}, {"articles.parquet": [1, 2]}),
                        "gives 'articles.parquet' in \"ours\" as '[1, 2]', not 3 whole numbers"),
    "booleans": (record({}, {"articles.parquet": [True, 2, 3]}),
                 "gives 'articles.parquet' in \"ours\" as '[true, 2, 3]', not 3 whole numbers"),
    "another file": (record({"../news.db": [1, 2, 3, 4]}, {}), "names in \"placed\" a file no export writes ('../news.db')"),
    "huge": (written(b'{"placed": {}, "ours": {}}' + b" " * (1 << 20)), "is larger than 64 KiB"),
    "a folder": (lambda mark: mark.mkdir(), "is a folder"),
    "a pipe": (lambda mark: os.mkfifo(mark), "is not a regular file (a pipe or a device)"),
    "a link": (lambda mark: mark.symlink_to(Path("..", "README.md")), "is a symbolic link"),
}


#: Run in a real process (a pipe's open blocked for ever: there, a failure, not a hung test run).
IN_A_PROCESS = ("a pipe", "not JSON")


@pytest.mark.parametrize("case", sorted(set(MARKS) - set(IN_A_PROCESS)))
def test_an_unreadable_record_of_a_killed_export_stops_the_next_export_changing_nothing(
        killed_export: Path, tmp_path: Path, case: str) -> None:
    """(The real click command, in this process; real processes: the next test.)"""
    root = copied(killed_export, tmp_path)
    make, reason = MARKS[case]
    make(root / "out" / DONE / PLACING_MARK)
    before = tree(root / "out")
    line = one_error_line(clippings_here("export", "news.db", "--format", "parquet", "-o", "out", cwd=root))
    assert f"out/{DONE}/{PLACING_MARK}, {reason}" in line, line
    assert f"remove the folder out/{DONE} to drop that export" in line, line
    assert tree(root / "out") == before


@pytest.mark.parametrize("case", IN_A_PROCESS)
def test_a_damaged_record_stops_a_real_export_process(killed_export: Path, tmp_path: Path, case: str) -> None:
    root = copied(killed_export, tmp_path)
    make, reason = MARKS[case]
    make(root / "out" / DONE / PLACING_MARK)
    before = tree(root / "out")
    line = one_error_line(clippings("export", "news.db", "--format", "parquet", "-o", "out", cwd=root, timeout=120))
    assert line == (f"clippings: error: cannot finish the export killed in out: its record of the files in place, "
                    f"out/{DONE}/{PLACING_MARK}, {reason}; nothing changed (an export never replaces a file it "
                    f"cannot prove an earlier export's): remove the folder out/{DONE} to drop that export, then "
                    "export again"), line
    assert tree(root / "out") == before


def test_a_sound_record_finishes_the_killed_export(killed_export: Path, tmp_path: Path) -> None:
    """The same folder with the record its commit wrote: the killed export is
    placed, then the export runs (the cases above are refused for their record alone)."""
    root = copied(killed_export, tmp_path)
    folder = os.open(root / "out", os.O_RDONLY | os.O_DIRECTORY)
    try:
        write_placing_mark(root / "out" / DONE, folder, ["README.md", "articles.parquet"])
    finally:
        os.close(folder)
    result = clippings_here("export", "news.db", "--format", "parquet", "-o", "out", cwd=root)
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(root / "out")) == ["README.md", "articles.parquet"]


@pytest.mark.parametrize("entry", ["README.md", "articles.parquet"])
def test_a_killed_exports_folder_holding_a_pipe_is_left_alone(killed_export: Path, tmp_path: Path, entry: str) -> None:
    """A killed export's committed folder whose card (or data file) is a pipe is no
    export's (an export writes regular files): left as it is, and the export runs.
    Finishing it moved the data file in, then hung opening the pipe as the card.
    (A real process: a hang there is a failure, not a hung test run.)"""
    root = copied(killed_export, tmp_path)
    (root / "out" / DONE / entry).unlink()
    os.mkfifo(root / "out" / DONE / entry)
    before = {name: kind for name, kind in tree(root / "out").items() if name.startswith(DONE)}
    result = clippings("export", "news.db", "--format", "parquet", "-o", "out", cwd=root, timeout=120)
    assert result.returncode == 0, result.stderr
    assert {name: kind for name, kind in tree(root / "out").items() if name.startswith(DONE)} == before
    assert sorted(os.listdir(root / "out")) == sorted([DONE, "README.md", "articles.parquet"])


def done_listed(folder: Path, *, after: bool) -> str:
    """A new killed export's committed folder in ``folder``, named so that the folder's
    listing (the order the clean-up met them in) has it after :data:`DONE`, or before."""
    for number in range(1000):
        name = f".articles.parquet.done.{number:08d}"
        (folder / name).mkdir()
        listed = os.listdir(folder)
        if (listed.index(name) > listed.index(DONE)) == after:
            return name
        (folder / name).rmdir()
    raise AssertionError("no such name found")


@pytest.mark.parametrize("after", [True, False])
def test_a_damaged_record_beside_a_sound_killed_export_changes_nothing(
        killed_export: Path, tmp_path: Path, after: bool) -> None:
    """Two killed exports in the folder, one with its sound record, the other's
    damaged (listed after it, or before): the sound one was finished, then the
    damaged one refused, its error saying "nothing changed" of a changed folder.
    Every killed export's record is read before anything changes now: the one line
    names the damaged record, exit 1, and the folder is as it was."""
    root = copied(killed_export, tmp_path)
    folder = os.open(root / "out", os.O_RDONLY | os.O_DIRECTORY)
    try:
        write_placing_mark(root / "out" / DONE, folder, ["README.md", "articles.parquet"])
    finally:
        os.close(folder)
    other = done_listed(root / "out", after=after)
    shutil.copytree(root / "out" / DONE, root / "out" / other, dirs_exist_ok=True)
    (root / "out" / other / PLACING_MARK).write_bytes(b"not json")
    (root / "out" / f".articles.parquet.part.{other[-8:]}").write_bytes(b"a killed export's part")
    (root / f".out.part.{other[-8:]}").mkdir()  # (a killed export that made the folder anew)
    before = tree(root)
    result = clippings_here("export", "news.db", "--format", "parquet", "-o", "out", cwd=root)
    line = one_error_line(result)
    assert result.returncode == 1
    assert line == (f"clippings: error: cannot finish the export killed in out: its record of the files in place, "
                    f"out/{other}/{PLACING_MARK}, {MARKS['not JSON'][1]}; nothing changed (an export never replaces "
                    f"a file it cannot prove an earlier export's): remove the folder out/{other} to drop that export, "
                    "then export again"), line
    assert tree(root) == before
