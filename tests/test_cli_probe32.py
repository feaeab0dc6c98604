"""Bad input found by probe 32 (notes/review32.md): each a real file and a real
``clippings`` subprocess; one clear line, a non-zero exit, nothing lost."""

from __future__ import annotations

import atexit
import json
import shutil
import sqlite3
import tempfile
import zlib
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import clippings
from tests.support.slow_site import article_html
from tests.test_cli_faults import digest, write_warc
from tests.test_cli_runs import one_error_line, rows


def three_article_warc(path: Path) -> list[int]:
    """A WARC file of three small records, one gzip member each; the members' offsets."""
    write_warc(path, [(f"https://news.example/{n}", article_html(n).encode()) for n in (1, 2, 3)])
    data, offsets = path.read_bytes(), [0]
    while True:
        member = zlib.decompressobj(wbits=31)
        member.decompress(data[offsets[-1]:])
        if not member.unused_data:
            return offsets
        offsets.append(len(data) - len(member.unused_data))


#: The three-article WARC file and its archive, made once per test process.
_THREE: list[tuple[Path, Path]] = []


def imported_three_articles(tmp_path: Path) -> tuple[Path, Path]:
    """``three.warc.gz`` and ``news.db`` in ``tmp_path``: what ``three_article_warc``
    and ``clippings import-warc three.warc.gz --db news.db`` make. The real command runs
    once per test process; each call copies its WARC file (byte for byte: the stored
    offsets hold) and archive, and names its own file in the crawl row and the
    versions' captures, as its own import would (the ids and times of a run aside)."""
    if not _THREE:
        folder = Path(tempfile.mkdtemp(prefix="clippings-three-articles-"))
        atexit.register(shutil.rmtree, folder, True)
        three_article_warc(folder / "three.warc.gz")
        assert clippings("import-warc", str(folder / "three.warc.gz"), "--db", str(folder / "news.db")).returncode == 0
        _THREE.append((folder / "three.warc.gz", folder / "news.db"))
    ((page, template),) = _THREE
    warc, db = tmp_path / "three.warc.gz", tmp_path / "news.db"
    assert not warc.exists() and not db.exists()
    shutil.copyfile(page, warc)
    shutil.copyfile(template, db)
    shutil.copyfile(f"{template}.lock", f"{db}.lock")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE crawls SET seeds = ?", [json.dumps([str(warc)])])
        conn.execute("UPDATE versions SET warc_file = ?", [str(warc)])
    assert not Path(f"{db}-wal").exists()  # at rest, as the import leaves it
    return warc, db


def import_errors(result: object) -> list[str]:
    stderr: str = result.stderr  # type: ignore[attr-defined]
    return [line for line in stderr.splitlines() if not line.startswith(("imported ", "  "))]


def test_import_warc_of_a_gzip_member_damaged_in_its_first_block_names_the_offset(tmp_path: Path) -> None:
    """A small record's gzip member (read in one block) with zeroed bytes: warcio took
    the member for plain text and the error quoted its compressed bytes as mojibake
    ("Invalid WARC record, first line: \\x1f\\x8b\\x08...") without saying where."""
    warc = tmp_path / "damaged.warc.gz"
    offsets = three_article_warc(warc)
    data = bytearray(warc.read_bytes())
    middle = (offsets[1] + offsets[2]) // 2
    data[middle:middle + 32] = bytes(32)
    warc.write_bytes(bytes(data))
    result = clippings("import-warc", str(warc), "--db", str(tmp_path / "news.db"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    errors = import_errors(result)
    assert errors == [f"clippings: error: {warc}: damaged: the gzip member at offset {offsets[1]} "
                      f"does not decompress (Error -3 while decompressing data: invalid stored block lengths)"
                      ] or (len(errors) == 1 and errors[0].startswith(
                          f"clippings: error: {warc}: damaged: the gzip member at offset {offsets[1]} "
                          "does not decompress (")), result.stderr
    assert "\\x8b" not in result.stderr
    assert rows(tmp_path / "news.db", "SELECT url, outcome FROM fetches") == [("https://news.example/1", "stored")]


def test_import_warc_of_a_line_of_junk_between_records_names_the_offset(tmp_path: Path) -> None:
    """A plain WARC file with a line of junk where its second record starts: the
    error said "Invalid WARC record, first line: junk", not where."""
    warc = tmp_path / "junk.warc"
    write_warc(warc, [("https://news.example/1", article_html(1).encode())], gzip_records=False)
    first = warc.read_bytes()
    write_warc(warc, [("https://news.example/2", article_html(2).encode())], gzip_records=False)
    warc.write_bytes(first + b"JUNK LINE\r\n\r\n" + warc.read_bytes())
    result = clippings("import-warc", str(warc), "--db", str(tmp_path / "news.db"))
    assert result.returncode == 1
    errors = import_errors(result)
    assert len(errors) == 1 and errors[0].startswith(
        f"clippings: error: {warc}: damaged at offset {len(first)}: "), result.stderr
    assert "JUNK LINE" in errors[0]
    assert rows(tmp_path / "news.db", "SELECT url, outcome FROM fetches") == [("https://news.example/1", "stored")]


def test_import_warc_of_a_file_cut_inside_a_gzip_member_names_the_offset(tmp_path: Path) -> None:
    warc = tmp_path / "cut.warc.gz"
    offsets = three_article_warc(warc)
    warc.write_bytes(warc.read_bytes()[:offsets[1] + 30])  # nothing of the member decompresses
    result = clippings("import-warc", str(warc), "--db", str(tmp_path / "news.db"))
    assert result.returncode == 1
    errors = import_errors(result)
    assert errors == [f"clippings: error: {warc}: truncated at offset {offsets[1]} (the file ends inside the gzip "
                      "member that starts there)"], result.stderr
    assert rows(tmp_path / "news.db", "SELECT url, outcome FROM fetches") == [("https://news.example/1", "stored")]


def test_reextract_of_a_version_whose_capture_offset_is_damaged_is_one_line(tmp_path: Path) -> None:
    """``versions.warc_offset`` of text or a real (an archive edited by another
    program): reextract crashed with a TypeError traceback; the other versions
    were never re-extracted."""
    warc = tmp_path / "three.warc.gz"
    three_article_warc(warc)
    db = tmp_path / "news.db"
    imported = clippings("import-warc", str(warc), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE versions SET warc_offset = 'abc' WHERE id = 1")
        conn.execute("UPDATE versions SET warc_offset = 1.5 WHERE id = 2")
    result = clippings("reextract", str(db))
    line = one_error_line(result)
    assert "version 1: " in line and "offset 'abc' is not a byte offset" in line, line
    assert "version 2: " in line and "offset 1.5 is not a byte offset" in line, line
    assert "unchanged: 1" in result.stdout and "capture unreadable: 2" in result.stdout, result.stdout


def test_reextract_names_a_capture_path_that_is_a_folder_or_a_device(tmp_path: Path) -> None:
    """A capture path that exists but is no file was reported as "no such file"."""
    db = imported_three_articles(tmp_path)[1]  # one import-warc per test process
    (tmp_path / "folder").mkdir()
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE versions SET warc_file = ? WHERE id = 1", (str(tmp_path / "folder"),))
        conn.execute("UPDATE versions SET warc_file = '/dev/null' WHERE id = 2")
    line = one_error_line(clippings("reextract", str(db)))
    assert f"version 1: {tmp_path / 'folder'}: not a regular file" in line, line
    assert "version 2: /dev/null: not a regular file" in line, line


def test_an_archive_named_dash_is_refused_not_created(tmp_path: Path) -> None:
    """``--db -`` made a file named "-" (a dash names standard input or output
    elsewhere; an archive can be neither)."""
    warc = tmp_path / "three.warc.gz"
    three_article_warc(warc)
    before = digest(warc)
    for args in (["import-warc", str(warc), "--db", "-"], ["crawl", "--db", "-", "http://127.0.0.1:9/"],
                 ["demo", "--db", "-"]):
        line = one_error_line(clippings(*args, cwd=tmp_path))
        assert line == ("clippings: error: --db '-': an archive is a file, not standard input or output; "
                        "give a file name (./- for a file named '-')"), line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["three.warc.gz"]
    assert digest(warc) == before


def test_a_number_of_processes_past_the_cap_is_refused_before_the_archive_is_opened(tmp_path: Path) -> None:
    """``--processes 99999999999999999999`` recorded a crawl, then failed deep in the
    extraction pool with "could not crawl seed ...: OverflowError"; 100,000 was taken."""
    db = tmp_path / "news.db"
    for args in (["crawl", "--db", str(db), "--processes", "99999999999999999999", "http://127.0.0.1:9/"],
                 ["crawl", "--db", str(db), "--processes", "1025", "http://127.0.0.1:9/"],
                 ["worker", "--redis", "redis://127.0.0.1:9/0", "--processes", "100000"]):
        line = one_error_line(clippings(*args))
        assert "'--processes'" in line and "0<=x<=1024" in line, line
    line = one_error_line(clippings("crawl", "--db", str(db), "-s", "CLIPPINGS_PROCESSES=99999999999999999999",
                                    "http://127.0.0.1:9/"))
    assert line == ("clippings: error: -s CLIPPINGS_PROCESSES='99999999999999999999': the number of processes "
                    "that parse pages must be a whole number from 0 to 1024"), line
    assert list(tmp_path.iterdir()) == []


def test_parquet_export_will_not_overwrite_an_archive_or_a_warc_file_under_its_file_name(tmp_path: Path) -> None:
    """``-o DIR`` with an archive or a WARC file named ``articles.parquet`` in it: the
    jsonl/csv guard (an archive or a crawl's captures is never replaced) was not
    applied to the parquet file, which replaced it."""
    warc, db = imported_three_articles(tmp_path)  # one import-warc per test process
    for name, kept, source in (("other", "a SQLite database", db), ("captures", "a WARC file", warc)):
        folder = tmp_path / name
        folder.mkdir()
        target = folder / "articles.parquet"
        target.write_bytes(source.read_bytes())
        before = digest(target)
        line = one_error_line(clippings("export", str(db), "--format", "parquet", "-o", str(folder)))
        assert line == (f"clippings: error: {target}: is {kept}; export will not overwrite it, "
                        "give another output folder"), line
        assert digest(target) == before and sorted(p.name for p in folder.iterdir()) == ["articles.parquet"]
    own = tmp_path / "own"
    own.mkdir()
    (own / "articles.parquet").symlink_to(db)
    line = one_error_line(clippings("export", str(db), "--format", "parquet", "-o", str(own)))
    assert line.endswith("articles.parquet: is the archive being exported; give another output folder"), line


def test_a_lock_file_linked_to_another_file_is_not_emptied(tmp_path: Path) -> None:
    """``news.db.lock`` a symlink or a hard link to another file (a shared folder, a
    mistaken ``ln``): every write command emptied that file (truncated to write the
    writer's name) and went on. Now refused in one line, the file kept."""
    warc, db = imported_three_articles(tmp_path)  # one import-warc per test process
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    lock = tmp_path / "news.db.lock"
    for link in (lock.symlink_to, lock.hardlink_to):
        lock.unlink()
        link(notes)
        before = digest(db)
        for args in (["reextract", str(db)], ["import-warc", str(warc), "--db", str(db)]):
            line = one_error_line(clippings(*args))
            assert line == (f"clippings: error: cannot write {db}: its lock file {lock} holds other data "
                            "(9 bytes; a lock file holds one line, a writer's name): not overwritten; move it away"), line
        assert notes.read_text() == "my notes\n" and digest(db) == before
    lock.unlink()
    assert clippings("reextract", str(db)).returncode == 0  # a lock file it made itself, as before
    assert clippings("reextract", str(db)).returncode == 0


def test_export_of_a_version_whose_nested_field_is_damaged_is_one_line(tmp_path: Path) -> None:
    """A version's ``tags`` that is not JSON (or JSON of another type: a number;
    a ``fetched_at`` that is no time), a row another program wrote: ``export``
    in every format ended in a 40-line traceback (JSONDecodeError, pyarrow's
    ArrowTypeError, fromisoformat's ValueError). An earlier -o file is kept."""
    db = imported_three_articles(tmp_path)[1]  # one import-warc per test process
    (url,) = rows(db, "SELECT canonical_url FROM versions WHERE id = 2")[0]
    earlier = tmp_path / "earlier.jsonl"
    earlier.write_text("{}\n")
    cases = [("tags = '[broken'", ["--format", "jsonl", "-o", str(earlier)], "its tags is not JSON ("),
             ("tags = '[broken'", ["--format", "csv"], "its tags is not JSON ("),
             ("tags = '[broken'", ["--format", "parquet", "-o", str(tmp_path / "pq")], "its tags is not JSON ("),
             # A number column's damage: Parquet refused it, JSONL and CSV passed it on.
             ("word_count = 'many'", ["--format", "parquet", "-o", str(tmp_path / "pq")],
              "its word_count 'many' is not a whole number"),
             ("word_count = 'many'", ["--format", "jsonl", "-o", str(earlier)], "its word_count 'many' is not a whole number"),
             ("reading_time_minutes = 2.5", ["--format", "csv"], "its reading_time_minutes 2.5 is not a whole number"),
             ("word_count = 4294967296", ["--format", "jsonl"],
              "its word_count 4294967296 is past the most it holds (2,147,483,647)"),
             ("language_confidence = x'00'", ["--format", "csv"], "its language_confidence b'\\x00' is not a number"),
             ("fetched_at = 'garbage'", ["--format", "parquet", "-o", str(tmp_path / "pq")],
              "its fetched_at 'garbage' is not an ISO 8601 time")]
    for change, args, why in cases:
        copy = tmp_path / "copy.db"
        copy.write_bytes(db.read_bytes())
        with closing(sqlite3.connect(copy)) as conn, conn:
            conn.execute(f"UPDATE versions SET {change} WHERE id = 2")
        line = one_error_line(clippings("export", str(copy), *args))
        assert line.startswith(f"clippings: error: {copy} is damaged: version 1 of {url}: {why}"), line
        assert line.endswith("; restore it from a copy"), line
        copy.unlink()
    assert earlier.read_text() == "{}\n" and not (tmp_path / "pq").exists()


def test_export_of_a_nested_field_of_the_wrong_json_shape_is_refused_in_every_format(tmp_path: Path) -> None:
    """A version's ``tags`` that is a JSON string (``'"x"'``), not a list (probe 32,
    finding 14): Parquet wrote ``["x"]``, JSONL and CSV wrote ``"x"`` where every
    other row has a list. Every list field of the wrong shape (a number, an object,
    items not strings or not objects) and a provenance that is not an object are now
    a damaged row in every format: one line, exit status 1, nothing written."""
    db = imported_three_articles(tmp_path)[1]  # one import-warc per test process
    (url,) = rows(db, "SELECT canonical_url FROM versions WHERE id = 2")[0]
    earlier = {"jsonl": tmp_path / "earlier.jsonl", "csv": tmp_path / "earlier.csv"}
    for path in earlier.values():
        path.write_text("kept\n")
    outputs = {"jsonl": str(earlier["jsonl"]), "csv": str(earlier["csv"]), "parquet": str(tmp_path / "pq")}
    string = "its tags is not a list of strings (it is a JSON string)"
    cases = [("tags", '"x"', fmt, string) for fmt in ("jsonl", "csv", "parquet")] + [
        ("authors", "5", "parquet", "its authors is not a list of strings (it is a JSON number)"),
        ("authors", '["A. Writer", null]', "jsonl", "its authors is not a list of strings (it holds null)"),
        ("tags", "[1]", "csv", "its tags is not a list of strings (it holds a JSON number)"),
        ("images", '{"url": "https://news.example/a.jpg"}', "parquet",
         "its images is not a list of objects (it is a JSON object)"),
        ("related", '["https://news.example/2"]', "jsonl", "its related is not a list of objects (it holds a JSON string)"),
        ("body_blocks", '[{"type": "p", "text": 7}]', "parquet",
         "its body_blocks is not a list of objects of text fields (an item\'s \'text\' is a JSON number)"),
        ("provenance", "[]", "csv", "its provenance is not a JSON object (it is a JSON list)"),
    ]
    for name, value, fmt, why in cases:
        copy = tmp_path / "copy.db"
        copy.write_bytes(db.read_bytes())
        with closing(sqlite3.connect(copy)) as conn, conn:
            conn.execute(f"UPDATE versions SET {name} = ? WHERE id = 2", (value,))
        result = clippings("export", str(copy), "--format", fmt, "-o", outputs[fmt])
        assert result.returncode == 1, (name, value, fmt)
        line = one_error_line(result)
        assert line == f"clippings: error: {copy} is damaged: version 1 of {url}: {why}; restore it from a copy", line
        copy.unlink()
    assert all(path.read_text() == "kept\n" for path in earlier.values())
    assert not (tmp_path / "pq").exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith((".part", ".partial"))]
    assert clippings("export", str(db), "-o", outputs["jsonl"]).returncode == 0  # the undamaged archive still exports
    assert [type(json.loads(line)["tags"]) for line in earlier["jsonl"].read_text().splitlines()] == [list] * 3


def test_an_empty_search_query_is_one_line_not_no_matches(tmp_path: Path) -> None:
    """``clippings search news.db ""`` (an unset shell variable) said "no matches", rc 0."""
    db = imported_three_articles(tmp_path)[1]  # one import-warc per test process
    for query, args in (("", ()), ("  ", ("--quote",)), ("\t", ("--json",))):
        line = one_error_line(clippings("search", str(db), query, *args))
        assert line.startswith("clippings: error: search '") and line.endswith(
            ": the query is empty (give the words to search for)"), line


def test_foreign_data_under_clippings_redis_keys_is_one_line(tmp_path: Path, redis_url: str) -> None:
    """Another program's value under ``clippings:crawls`` (a Redis database shared):
    ``worker`` ended in a 69-line WRONGTYPE traceback and ``crawl --redis`` recorded a
    failed crawl with "stopped early"; a member that is not UTF-8 text gave the worker
    a UnicodeDecodeError traceback."""
    import redis

    server = redis.Redis.from_url(redis_url)
    server.flushdb()
    server.set("clippings:crawls", "garbage")
    try:
        db = tmp_path / "news.db"
        for args in (["worker", "--redis", redis_url, "--once", "--wait", "1"],
                     ["crawl", "--redis", redis_url, "--db", str(db), "--processes", "0", "http://127.0.0.1:9/"]):
            line = one_error_line(clippings(*args))
            assert line == (f"clippings: error: Redis at {redis_url} holds another program's string under "
                            "Clippings' key clippings:crawls; give Clippings a Redis database of its own "
                            "(redis://HOST:PORT/N)"), line
        assert not db.exists()
        server.delete("clippings:crawls")
        server.sadd("clippings:crawls", b"\xff\xfe")
        line = one_error_line(clippings("worker", "--redis", redis_url, "--once", "--wait", "1"))
        assert line == f"clippings: error: no crawl queued in {redis_url} within 1s", line
    finally:
        server.flushdb()


def test_a_crawl_config_the_worker_cannot_read_is_one_line(redis_url: str) -> None:
    """A crawl in progress whose config is not JSON, or lacks its settings and seeds
    (a coordinator of another Clippings version, or a hand edit): the worker ended in
    a JSONDecodeError / TypeError / KeyError / ValueError traceback. It says so in
    one line and skips the crawl (it exited on it: issue #8), here to wait out its
    ``--wait`` for another."""
    import redis

    server = redis.Redis.from_url(redis_url)
    server.flushdb()
    try:
        for config, why in (("not json", "not JSON: Expecting value: line 1 column 1 (char 0)"),
                            ("[1]", "no settings and seeds"), ("{}", "no settings and seeds"),
                            ('{"settings": {}, "seeds": []}', "no settings and seeds")):
            server.sadd("clippings:crawls", "c1")
            server.set("clippings:{c1}:alive", "1", ex=30)
            server.set("clippings:{c1}:config", config)
            done = clippings("worker", "--redis", redis_url, "--once", "--wait", "2")
            assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
            skipped, line = done.stderr.strip().splitlines()
            assert skipped.endswith(f": skipped crawl c1 in Redis at {redis_url} has a config this worker cannot "
                                    f"read ({why}): is its coordinator another version of Clippings?"), skipped
            assert line == f"clippings: error: no crawl queued in {redis_url} within 2s", line
    finally:
        server.flushdb()


def test_import_warc_of_dash_and_export_to_an_empty_name_say_so(tmp_path: Path) -> None:
    """``import-warc -`` said "no such file: -"; ``export -o ''`` "cannot write '': Is a directory"."""
    warc = tmp_path / "three.warc.gz"
    three_article_warc(warc)
    db = tmp_path / "news.db"
    line = one_error_line(clippings("import-warc", "-", "--db", str(db)))
    assert line == ("clippings: error: -: standard input is not read (a file is checked before it is read): "
                    "save it to a file and give that"), line
    assert clippings("import-warc", str(warc), "--db", str(db)).returncode == 0
    for fmt in ("jsonl", "parquet"):
        line = one_error_line(clippings("export", str(db), "--format", fmt, "-o", ""))
        assert line == "clippings: error: -o '': the output name is empty (give a file, or '-' for standard output)"


def test_a_page_or_warc_path_that_is_a_broken_symlink_says_so(tmp_path: Path) -> None:
    """A symlink loop or a link to a file gone said "no such file" (the link is there)."""
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    (tmp_path / "gone.warc.gz").symlink_to(tmp_path / "nothing-here")
    why = "a symbolic link that leads to no file (a loop, or its target is gone)"
    assert one_error_line(clippings("extract", str(tmp_path / "loop1"))) == \
        f"clippings: error: {tmp_path / 'loop1'}: {why}"
    db = tmp_path / "news.db"
    assert one_error_line(clippings("import-warc", str(tmp_path / "gone.warc.gz"), "--db", str(db))) == \
        f"clippings: error: {tmp_path / 'gone.warc.gz'}: {why}"
    assert not db.exists()


def test_a_url_given_as_a_file_and_fts5s_own_words_are_shown_plainly(tmp_path: Path) -> None:
    """``extract https://…`` said "no such file: https://…"; ``search '*'`` quoted
    SQLite's words with their trailing space: "('unknown special query: ')"."""
    for args in (["extract", "https://example.com/a.html"],
                 ["import-warc", "HTTP://example.com/a.warc.gz", "--db", str(tmp_path / "news.db")]):
        line = one_error_line(clippings(*args))
        assert line == f"clippings: error: {args[1]}: a URL, not a file: download it first (e.g. curl -O URL)", line
    assert not (tmp_path / "news.db").exists()
    imported_three_articles(tmp_path)  # one import-warc per test process
    line = one_error_line(clippings("search", str(tmp_path / "news.db"), "*"))
    assert "FTS5 syntax (unknown special query:); put words" in line, line


def test_an_empty_export_filter_is_refused_not_taken_as_no_filter(tmp_path: Path) -> None:
    """``export --since "$SINCE"`` with the variable unset exported everything."""
    db = imported_three_articles(tmp_path)[1]  # one import-warc per test process
    for option in ("--since", "--until", "--site", "--language"):
        line = one_error_line(clippings("export", str(db), option, ""))
        assert line == f"clippings: error: {option} '' is empty (leave the option out for no filter)", line


def test_a_warc_folder_that_is_a_broken_symlink_is_refused_before_the_crawl(tmp_path: Path) -> None:
    """``news-warc`` a link to a folder gone: the crawl made the archive, recorded a
    failed crawl and said "cannot write the WARC file …: File exists"."""
    (tmp_path / "news-warc").symlink_to(tmp_path / "gone")
    line = one_error_line(clippings("crawl", "--db", str(tmp_path / "news.db"), "http://127.0.0.1:9/",
                                    cwd=tmp_path))
    assert line.startswith(f"clippings: error: {tmp_path / 'news-warc'}: a symbolic link that leads to no folder") \
        or line.startswith("clippings: error: news-warc: a symbolic link that leads to no folder"), line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news-warc"]


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
def test_a_warc_file_cut_inside_a_record_says_truncated_at_its_offset(tmp_path: Path, name: str) -> None:
    """A WARC file cut in the middle of a record's body (a copy or a crawl that
    stopped): ``reextract`` said "record at offset N unreadable (EOFError: ...)",
    ``import-warc`` "not a readable WARC file (EOFError: ...)". Both say
    "FILE: truncated at offset N (...)" now, on one line, and keep what they read."""
    warc = tmp_path / name
    write_warc(warc, [(f"https://news.example/{n}", article_html(n).encode()) for n in (1, 2)])
    db = tmp_path / "news.db"
    assert clippings("import-warc", str(warc), "--db", str(db)).returncode == 0
    ((second,),) = rows(db, "SELECT warc_offset FROM versions WHERE url LIKE '%/2'")
    warc.write_bytes(warc.read_bytes()[:second + (warc.stat().st_size - second) // 2])
    result = clippings("reextract", str(db))
    assert result.returncode == 1
    (line,) = import_errors(result)[-1:]
    assert (f"(version 2: {warc}: truncated at offset {second} (the response record of "
            "https://news.example/2 is cut short: ") in line, line
    assert rows(db, "SELECT count(*) FROM versions") == [(2,)]
    result = clippings("import-warc", str(warc), "--db", str(tmp_path / "other.db"))
    assert result.returncode == 1
    errors = import_errors(result)
    assert len(errors) == 1 and errors[0].startswith(
        f"clippings: error: {warc}: truncated at offset {second} (the response record of https://news.example/2 "
        "is cut short: "), result.stderr
    assert rows(tmp_path / "other.db", "SELECT url FROM fetches") == [("https://news.example/1",)]


def test_reextract_of_captures_whose_offsets_hold_no_record_is_one_line(tmp_path: Path) -> None:
    """Lines that are no WARC record where a version's capture should start (its
    file replaced, or rewritten) gave a warning line per version ("1 line(s) between
    WARC records were not blank ...") before the error: the error line alone says it."""
    db = imported_three_articles(tmp_path)[1]
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is no WARC record\n" * 5)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE versions SET warc_file = ?, warc_offset = 0", (str(junk),))
    result = clippings("reextract", str(db))
    line = one_error_line(result)
    assert f"version 1: {junk}: no WARC response record at offset 0" in line, line
    assert "capture unreadable: 3" in result.stdout, result.stdout


def test_export_of_a_damaged_time_is_refused_in_every_format(tmp_path: Path) -> None:
    """A version's ``published`` that is no ISO 8601 day or time (``'yesterday'``, a
    number, bytes), or an archive time (``first_seen``) of another kind, a row another
    program wrote: JSONL and CSV passed it on, where Parquet refused the archive's
    times (and wrote the text of ``published`` as given, refusing a number). Every
    time column is now checked in every format: one line naming the archive, the
    version and the column, exit status 1, nothing written."""
    db = imported_three_articles(tmp_path)[1]  # one import-warc per test process
    (url,) = rows(db, "SELECT canonical_url FROM versions WHERE id = 2")[0]
    earlier = tmp_path / "earlier.jsonl"
    earlier.write_text("kept\n")
    outputs = {"jsonl": ["-o", str(earlier)], "csv": ["-o", str(earlier)], "parquet": ["-o", str(tmp_path / "pq")]}
    cases = [(change, fmt) for change in ("published = 'yesterday'",) for fmt in ("jsonl", "csv", "parquet")] + [
        ("published = 20250716", "csv"), ("modified = x'00'", "jsonl"), ("published = '2025-13-01'", "parquet"),
        ("first_seen = 'garbage'", "jsonl"), ("last_seen = 1752652800.5", "csv")]
    whys = {"published = 'yesterday'": "its published 'yesterday'", "published = 20250716": "its published '20250716'",
            "modified = x'00'": "its modified b'\\x00'", "published = '2025-13-01'": "its published '2025-13-01'",
            "first_seen = 'garbage'": "its first_seen 'garbage'", "last_seen = 1752652800.5": "its last_seen '1752652800.5'"}
    for change, fmt in cases:
        copy = tmp_path / "copy.db"
        copy.write_bytes(db.read_bytes())
        with closing(sqlite3.connect(copy)) as conn, conn:
            conn.execute(f"UPDATE versions SET {change} WHERE id = 2")
        result = clippings("export", str(copy), "--format", fmt, *outputs[fmt])
        assert result.returncode == 1, (change, fmt, result.stderr)
        line = one_error_line(result)
        assert line == (f"clippings: error: {copy} is damaged: version 1 of {url}: {whys[change]} is not an ISO 8601 "
                        "time; restore it from a copy"), (fmt, line)
        copy.unlink()
    assert earlier.read_text() == "kept\n" and not (tmp_path / "pq").exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith((".part", ".partial"))]
    assert clippings("export", str(db), "-o", str(earlier)).returncode == 0  # the undamaged archive still exports
