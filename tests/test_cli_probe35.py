"""Bad input and crashes found by probe 35 (notes/review35.md): each a real file and
a real ``clippings`` subprocess; one clear line, a non-zero exit, nothing lost."""

from __future__ import annotations

import fcntl
import io
import os
import resource
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from tests.conftest import ENV, ROOT, clippings
from tests.support.slow_site import article_html
from tests.test_cli_faults import digest, imported_one_article, write_warc
from tests.test_cli_runs import one_error_line, rows


def warc_without_responses(path: Path) -> None:
    """A WARC file of a warcinfo record and a request record: no response to import
    (wget's ``-meta.warc.gz``, a Heritrix metadata file)."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "probe35"}))
        writer.write_record(writer.create_warc_record(
            "https://news.example/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
            warc_headers_dict={"WARC-Date": "2025-07-16T08:00:00Z"}))


def test_import_warc_of_a_file_without_responses_records_nothing(tmp_path: Path) -> None:
    """No response record: "nothing to do", rc 0, and an archive made and an empty
    crawl recorded in it (review32 #11). Now one line naming what the file holds,
    rc 1, no archive made (not even its lock file), an existing one unchanged."""
    meta = tmp_path / "meta.warc.gz"
    warc_without_responses(meta)
    line = one_error_line(clippings("import-warc", str(meta), "--db", str(tmp_path / "news.db")))
    assert line == (f"clippings: error: {meta} holds no HTTP response record "
                    "(its records: request 1, warcinfo 1); nothing imported"), line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meta.warc.gz"]
    pages = tmp_path / "pages.warc.gz"
    write_warc(pages, [("https://news.example/1", article_html(1).encode())])
    db = tmp_path / "news.db"
    assert clippings("import-warc", str(pages), "--db", str(db)).returncode == 0
    before = digest(db)
    one_error_line(clippings("import-warc", str(meta), "--db", str(db)))
    assert digest(db) == before
    assert rows(db, "SELECT count(*) FROM crawls") == [(1,)]


def test_import_warc_of_a_file_without_responses_among_others_warns_and_imports_the_rest(tmp_path: Path) -> None:
    """wget --warc-max-size writes its records in numbered files and a -meta.warc.gz
    of none: ``import-warc crawl-*.warc.gz`` imports the pages and names that file."""
    meta = tmp_path / "crawl-meta.warc.gz"
    warc_without_responses(meta)
    pages = tmp_path / "crawl-00000.warc.gz"
    write_warc(pages, [("https://news.example/1", article_html(1).encode())])
    db = tmp_path / "news.db"
    result = clippings("import-warc", str(pages), str(meta), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"clippings: warning: {meta} holds no HTTP response record (its records: request 1, warcinfo 1): "
        "nothing in it to import"], result.stderr
    assert "stored: 1" in result.stdout, result.stdout
    assert rows(db, "SELECT url, outcome FROM fetches") == [("https://news.example/1", "stored")]


def other_programs_database(path: Path) -> None:
    """A SQLite file of another program with tables named as an archive's."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executescript("CREATE TABLE crawls (x); CREATE TABLE articles (y); CREATE TABLE versions (z);"
                           "CREATE TABLE fetches (w); INSERT INTO articles VALUES ('theirs');")


@pytest.mark.parametrize("args", [
    ["stats", "{db}"], ["export", "{db}"], ["history", "{db}", "http://x.example/"], ["reextract", "{db}"],
    ["import-warc", "{warc}", "--db", "{db}"], ["crawl", "--db", "{db}", "http://127.0.0.1:9/"],
    ["serve", "{db}", "--upgrade", "--port", "0"],
])
def test_another_programs_database_with_an_archives_table_names_is_refused_and_kept(
        tmp_path: Path, args: list[str]) -> None:
    """Tables named crawls, articles, versions, fetches with other columns: 40-line
    "no such column" tracebacks from every command, and ``serve --upgrade`` turned
    the file to WAL mode and added a _sqlite_migrations table before its traceback."""
    db = tmp_path / "theirs.db"
    other_programs_database(db)
    warc = tmp_path / "pages.warc.gz"
    write_warc(warc, [("https://news.example/1", article_html(1).encode())])
    before = digest(db)
    line = one_error_line(clippings(*[arg.format(db=db, warc=warc) for arg in args], timeout=60))
    assert line == (f"clippings: error: {db} is not a Clippings archive: it has tables named articles, crawls, "
                    "fetches, versions but records no Clippings schema step (another program's database, "
                    "or one whose _sqlite_migrations table was removed)"), line
    assert digest(db) == before
    assert rows(db, "SELECT * FROM articles") == [("theirs",)]


def archive_cut_short(tmp_path: Path) -> Path:
    """An archive whose last page lost its last bytes (a copy not finished): SQLite
    reads what is missing as zeros, and ``quick_check`` does not read index contents."""
    warc = tmp_path / "pages.warc.gz"
    write_warc(warc, [(f"https://news.example/{n}", article_html(n).encode()) for n in (1, 2, 3)])
    db = tmp_path / "news.db"
    assert clippings("import-warc", str(warc), "--db", str(db)).returncode == 0
    for name in ("news.db-wal", "news.db-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    with open(db, "r+b") as file:
        file.truncate(db.stat().st_size - 100)
    return db


@pytest.mark.parametrize("command", ["stats", "export", "import-warc"])
def test_an_archive_cut_short_is_one_line_and_kept(tmp_path: Path, command: str) -> None:
    """Readers read it with the missing bytes as zeros, rc 0; a writer wrote on into
    it and then failed "database disk image is malformed", the file changed."""
    db = archive_cut_short(tmp_path)
    size, before = db.stat().st_size, digest(db)
    args = ["import-warc", str(tmp_path / "pages.warc.gz"), "--db", str(db)] if command == "import-warc" \
        else [command, str(db)]
    line = one_error_line(clippings(*args))
    assert line == (f"clippings: error: {db} is damaged: the file is cut short ({size} bytes, where its header "
                    f"counts {(size + 100) // 4096} pages of 4096: {size + 100} bytes); restore it from a copy "
                    "or run `clippings recover FILE NEW`"), line
    assert digest(db) == before


def test_export_removes_the_part_file_a_killed_export_left(tmp_path: Path) -> None:
    """An export killed (kill -9, the OOM killer, a power cut) left its hidden part
    file, the export's size, for ever: one more per stopped run. The next export
    into the folder removes them, unless an export is writing there now (a part of
    this version's naming, whose writer's lock is free: test_export_parts)."""
    warc = tmp_path / "pages.warc.gz"
    write_warc(warc, [("https://news.example/1", article_html(1).encode())])
    db = tmp_path / "news.db"
    assert clippings("import-warc", str(warc), "--db", str(db)).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".articles.jsonl.part.k9d2x_0q"
    stale.write_text('{"half": ', encoding="utf-8")
    mine = out / ".notes.txt.part.abcdefgh"  # not an export's of this file: kept
    mine.write_text("mine", encoding="utf-8")
    result = clippings("export", str(db), "-o", str(out / "articles.jsonl"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [mine.name, "articles.jsonl"]
    stale.write_text('{"half": ', encoding="utf-8")
    folder = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(folder, fcntl.LOCK_SH)  # an export making a part in the folder now: no clean-up
        assert clippings("export", str(db), "-o", str(out / "articles.jsonl")).returncode == 0
        assert stale.exists()
    finally:
        os.close(folder)
    result = clippings("export", str(db), "--format", "parquet", "-o", str(out))
    assert result.returncode == 0, result.stderr
    parquet_stale = out / ".articles.parquet.part.0a1b2c3d"
    parquet_stale.mkdir()
    (parquet_stale / "articles.parquet").write_bytes(b"PAR1")
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out)).returncode == 0
    assert clippings("export", str(db), "-o", str(out / "articles.jsonl")).returncode == 0  # (no export running)
    assert sorted(p.name for p in out.iterdir()) == [mine.name, "README.md", "articles.jsonl", "articles.parquet"]


def test_import_warc_of_binary_bytes_between_records_is_a_short_line(tmp_path: Path) -> None:
    """A WARC file whose records are followed by zeros (a disk image, a preallocated
    file): the error quoted 200 of them, 800 characters of \\x00."""
    warc = tmp_path / "zeros.warc.gz"
    write_warc(warc, [("https://news.example/1", article_html(1).encode())])
    whole = warc.stat().st_size
    with open(warc, "ab") as file:
        file.write(bytes(1 << 16))
    result = clippings("import-warc", str(warc), "--db", str(tmp_path / "news.db"))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("clippings: error:")]
    assert errors == [f"clippings: error: {warc}: damaged at offset {whole}: Invalid WARC record, first line: "
                      "'" + 12 * "\\x00" + "'… (binary, not WARC headers)"], errors


def test_an_io_error_under_a_file_size_limit_names_the_limit(tmp_path: Path) -> None:
    """With ``ulimit -f`` set, SQLite says "disk I/O error" when its file reaches the
    limit; the line blamed a full, failing or gone disk only."""
    warc = tmp_path / "pages.warc.gz"
    write_warc(warc, [(f"https://news.example/{n}", article_html(n).encode()) for n in range(1, 30)])
    db = tmp_path / "news.db"

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, resource.RLIM_INFINITY))

    result = subprocess.run([sys.executable, "-m", "crawler.cli", "import-warc", str(warc), "--db", str(db)],
                            capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=300, preexec_fn=limited)
    line = one_error_line(result)
    assert line == (f"clippings: error: I/O error on {db} (disk I/O error): this process may write no file past "
                    "150000 bytes (ulimit -f), and SQLite's files may need to grow past that; else its disk may "
                    "be full, failing or gone"), line
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # (the limit met in the archive's first schema step: a reader says so, a writer begins again)
    line = one_error_line(clippings("stats", str(db)))
    assert line == (f"clippings: error: {db} is not a Clippings archive yet: its making stopped before its first "
                    "schema step (a full disk, a process killed); a write command (crawl, import-warc) makes it "
                    "again"), line
    again = clippings("import-warc", str(warc), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert rows(db, "SELECT count(*) FROM versions") == [(29,)]


def test_an_archive_whose_first_schema_step_never_finished_is_made_again(tmp_path: Path) -> None:
    """sqlite-utils makes its ``_sqlite_migrations`` table before the first step's
    transaction: a new archive whose first step failed (a full disk, a kill) kept
    that table alone, and every command after said "not a Clippings archive (its
    tables: _sqlite_migrations)", for ever. A writer now makes the archive again."""
    db = tmp_path / "news.db"
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT, "
                     "applied_at TEXT)")
    line = one_error_line(clippings("export", str(db)))
    assert "is not a Clippings archive yet: its making stopped before its first schema step" in line, line
    warc = tmp_path / "pages.warc.gz"
    write_warc(warc, [("https://news.example/1", article_html(1).encode())])
    result = clippings("import-warc", str(warc), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT url, outcome FROM fetches") == [("https://news.example/1", "stored")]
    with closing(sqlite3.connect(db)) as conn, conn:  # another program's steps recorded: not ours to take
        conn.execute("DELETE FROM _sqlite_migrations")
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('theirs', 'm1', 'x')")
        conn.executescript("DROP TABLE fetches; DROP TABLE versions;")
    before = digest(db)
    line = one_error_line(clippings("import-warc", str(warc), "--db", str(db)))
    assert "is not a Clippings archive (its tables: " in line, line
    assert digest(db) == before


def test_a_writer_refuses_an_archive_that_lacks_a_column_of_its_schema(tmp_path: Path) -> None:
    """A column dropped by hand or by another program (every schema step recorded):
    import-warc and crawl ended in a 40-line "table crawls has no column named
    user_agent" traceback. A missing table was refused already."""
    warc = tmp_path / "pages.warc.gz"
    write_warc(warc, [("https://news.example/1", article_html(1).encode())])
    db = tmp_path / "news.db"
    assert clippings("import-warc", str(warc), "--db", str(db)).returncode == 0
    for name in ("news.db-wal", "news.db-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("ALTER TABLE crawls DROP COLUMN user_agent")
    before = digest(db)
    for args in (["import-warc", str(warc), "--db", str(db)], ["crawl", "--db", str(db), "http://127.0.0.1:9/"]):
        line = one_error_line(clippings(*args))
        assert line == (f"clippings: error: {db} is damaged: it records every schema step and lacks the column "
                        "crawls.user_agent; restore it from a copy"), line
    assert digest(db) == before
    assert clippings("stats", str(db)).returncode == 0  # (readers read what they can, as before)


def test_a_wal_that_vanishes_between_two_looks_is_no_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """review38: another program's last connection removes its -wal between ``exists()``
    and ``stat()``; the check read it as a FileNotFoundError, a traceback."""
    from archive.db import ArchiveError, check_archive

    db = archive_cut_short(tmp_path)
    seen = Path.exists
    monkeypatch.setattr(Path, "exists", lambda self, **kw: str(self).endswith("-wal") or seen(self, **kw))
    with pytest.raises(ArchiveError, match="cut short"):
        check_archive(db)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_into_a_missing_folder_names_it_and_makes_none(tmp_path: Path, fmt: str) -> None:
    """review35 #8: ``-o missing/dir/file.jsonl`` said "No such file or directory"
    without naming the folder, and Parquet's ``-o missing/dir/out`` made every
    missing folder. Every format now refuses in one line naming the folder, and
    makes none; Parquet still makes the one folder ``-o`` names, as README shows."""
    db = imported_one_article(tmp_path / "news.db", "pages.warc.gz")  # one import-warc per test process
    folder = tmp_path / "missing" / "dir"
    output = folder / ("out" if fmt == "parquet" else f"articles.{fmt}")
    line = one_error_line(clippings("export", str(db), "--format", fmt, "-o", str(output)))
    assert line == (f"clippings: error: cannot write {output}: the folder {folder} does not exist "
                    "(export makes no folders: make it first)"), line
    assert not (tmp_path / "missing").exists()
    (tmp_path / "file").write_text("a file")
    line = one_error_line(clippings("export", str(db), "--format", fmt, "-o", str(tmp_path / "file" / "out")))
    assert line == f"clippings: error: cannot write {tmp_path / 'file' / 'out'}: {tmp_path / 'file'} is not a folder", line
    made = tmp_path / "corpus"
    assert clippings("export", str(db), "--format", fmt, "-o", str(made if fmt == "parquet" else tmp_path / "a.x")
                     ).returncode == 0
    assert fmt != "parquet" or (made / "articles.parquet").is_file()
