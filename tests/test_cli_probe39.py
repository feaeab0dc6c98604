"""Bad arguments and hostile inputs found by probing every command (probe 39): each
one clear line naming the input and the reason, a non-zero exit, nothing written.
Real ``clippings`` subprocesses, real files."""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

from tests.conftest import ENV, ROOT, clippings
from tests.support import forkrun
from tests.support.slow_site import article_html
from tests.test_cli_faults import write_warc
from tests.test_cli_runs import one_error_line
from tests.test_export_parts import big_archive


def test_crawl_with_an_empty_redis_url_is_refused(tmp_path: Path) -> None:
    """``--redis "$REDIS_URL"`` with the variable unset crawled here alone, without a
    word, into an archive the coordinator's workers never saw."""
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "news.db"),
                                    "--redis", ""))
    assert line == "clippings: error: --redis '' is not a redis:// URL", line
    assert list(tmp_path.iterdir()) == []


def test_serve_with_an_empty_host_is_refused(tmp_path: Path) -> None:
    """``--host ''`` made Uvicorn listen on every interface: the archive public."""
    db = tmp_path / "news.db"
    write_warc(tmp_path / "pages.warc.gz", [("https://news.example/1", article_html(1).encode())])
    assert clippings("import-warc", str(tmp_path / "pages.warc.gz"), "--db", str(db)).returncode == 0
    line = one_error_line(clippings("serve", str(db), "--host", "", "--port", "0", timeout=60))
    assert line == ("clippings: error: --host '' is empty (leave it out for 127.0.0.1, this machine only; "
                    "0.0.0.0 for every interface)"), line


def test_extract_of_a_warc_file_names_import_warc(tmp_path: Path) -> None:
    """A .warc.gz given to extract was unzipped and read as one page: its first
    record's article, with the WARC file's own file:// URL, exit 0."""
    warc = tmp_path / "pages.warc.gz"
    write_warc(warc, [("https://news.example/1", article_html(1).encode())])
    result = clippings("extract", str(warc))
    assert result.stdout == ""
    line = one_error_line(result)
    assert line == (f"clippings: error: {warc}: is a WARC file, not a page file (import its pages: "
                    f"clippings import-warc {warc})"), line


def test_an_empty_archive_name_is_named(tmp_path: Path) -> None:
    """``stats ''`` said ". is a directory, not an archive file", naming no input given."""
    for args in (["stats", ""], ["import-warc", str(tmp_path / "x.warc.gz"), "--db", ""]):
        line = one_error_line(clippings(*args, cwd=tmp_path))
        name = "--db" if "--db" in args else "DB"
        assert line == f"clippings: error: {name} '': the archive's name is empty (give its file, e.g. news.db)", line
    assert list(tmp_path.iterdir()) == []


def fed(args: list[str], stream: bytes, total: int) -> tuple[subprocess.CompletedProcess[str], int]:
    """``clippings ARGS`` with ``total`` bytes of ``stream`` repeated on standard
    input; the result and how many bytes it read before it stopped reading."""
    process = forkrun.popen([sys.executable, "-m", "crawler.cli", *args], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=ENV)
    written = [0]

    def feed() -> None:
        assert process.stdin is not None
        try:
            while written[0] < total:
                process.stdin.write(stream)
                written[0] += len(stream)
            process.stdin.close()
        except BrokenPipeError:  # the command stopped reading: what is measured
            pass

    feeder = threading.Thread(target=feed)
    feeder.start()
    assert process.stdout is not None and process.stderr is not None
    err, out = process.stderr.read(), process.stdout.read()  # (small: not communicate(), which closes stdin)
    process.wait(timeout=300)
    feeder.join()
    return subprocess.CompletedProcess(args, process.returncode, out.decode(), err.decode()), written[0]


def test_a_seed_list_of_one_endless_line_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    """``-i /dev/zero`` (or any stream with no line end) was read into memory
    without end; now a line past 64 KiB ends the reading in one line."""
    result, read = fed(["crawl", "-i", "-", "--db", str(tmp_path / "news.db")], b"a" * (1 << 16), 256 << 20)
    assert one_error_line(result) == ("clippings: error: -:1: a line of more than 65536 bytes, not a URL "
                                      "(a seed list is one URL per line)")
    assert read < 16 << 20, read
    zeros = tmp_path / "zeros.txt"
    zeros.write_bytes(b"https://news.example/\n" + bytes(4096))
    line = one_error_line(clippings("crawl", "-i", str(zeros), "--db", str(tmp_path / "news.db")))
    assert line == f"clippings: error: {zeros}:2: binary data (a NUL byte), not a seed list (one URL per line)", line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zeros.txt"]


def test_a_seed_list_keeps_its_line_numbers_across_reads(tmp_path: Path) -> None:
    """Read a MiB at a time: a \\r\\n cut between two reads is one line end."""
    seeds = tmp_path / "seeds.txt"
    comment = b"# " + b"x" * 1021 + b"\n"
    lines = (1 << 20) // len(comment)
    last = b"# " + b"x" * ((1 << 20) - lines * len(comment) - 3) + b"\r"  # its \r the first read's last byte
    seeds.write_bytes(comment * lines + last + b"\nhttp://[::1/x\n")
    line = one_error_line(clippings("crawl", "-i", str(seeds), "--db", str(tmp_path / "news.db")))
    assert line.startswith(f"clippings: error: {seeds}:{lines + 2}: seed 'http://[::1/x' is not a valid"), line


def test_a_site_list_is_read_only_up_to_its_cap(tmp_path: Path) -> None:
    """``--sites /dev/zero`` (or a stream that never ends) was read without end."""
    result, read = fed(["crawl", "--sites", "/dev/stdin", "--db", str(tmp_path / "news.db")],
                       b"#" * 1023 + b"\n", 256 << 20)
    assert one_error_line(result) == "clippings: error: /dev/stdin: more than 16 MiB, too big for a site list"
    assert read < 64 << 20, read


def test_an_export_whose_sort_meets_a_file_size_limit_names_the_limit(tmp_path: Path) -> None:
    """The sort SQLite spills to a temporary file met ``ulimit -f``: the line told
    the user to free space in /var/tmp, which had room."""
    db = big_archive(tmp_path)

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (400_000, resource.RLIM_INFINITY))

    result = subprocess.run([sys.executable, "-m", "crawler.cli", "export", str(db), "--versions", "all",
                             "-o", str(tmp_path / "all.jsonl")], capture_output=True, text=True, cwd=ROOT,
                            env=ENV, timeout=300, preexec_fn=limited)
    line = one_error_line(result)
    assert "this process may write no file past 400000 bytes (ulimit -f), and the sort's file may need to grow " \
        "past that; raise the limit" in line, line
    assert not (tmp_path / "all.jsonl").exists()


def test_an_export_past_a_file_size_limit_names_the_limit(tmp_path: Path) -> None:
    """The export's own file met ``ulimit -f``: "File too large", no word of the limit.
    Nothing is left: no half file, no Parquet folder."""
    db = big_archive(tmp_path, copies=60)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE versions SET body = hex(randomblob(3000))")  # (a sort SQLite keeps in memory)

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, resource.RLIM_INFINITY))

    for fmt, out in (("jsonl", tmp_path / "all.jsonl"), ("parquet", tmp_path / "corpus")):
        result = subprocess.run([sys.executable, "-m", "crawler.cli", "export", str(db), "--versions", "all",
                                 "--format", fmt, "-o", str(out)], capture_output=True, text=True, cwd=ROOT,
                                env=ENV, timeout=300, preexec_fn=limited)
        line = one_error_line(result)
        assert line == (f"clippings: error: cannot write {out}: File too large (this process may write no file "
                        "past 100000 bytes: ulimit -f)"), line
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "news.db", "news.db.lock"]  # (SQLite's -wal and -shm of a reader aside)


def test_a_site_list_with_old_mac_line_ends_is_read(tmp_path: Path) -> None:
    """Read as bytes (to stop at its cap), a site list whose lines end in a lone \\r
    was "not valid TOML"; read as text, as before, a lone \\r ends a line."""
    from crawler.sites import load_sites

    sites = tmp_path / "sites.toml"
    sites.write_bytes(b'[[site]]\rname = "news"\rseeds = ["https://news.example/"]\r')
    assert [site.name for site in load_sites(sites)] == ["news"]


def test_a_utf16_seed_list_is_named_as_such(tmp_path: Path) -> None:
    """A seed list Notepad saved as "Unicode" (UTF-16, a NUL byte in every ASCII
    character) was called "binary data (a NUL byte)" once NUL bytes were refused:
    the line says what it is and what to do (it said "not UTF-8 text" before)."""
    seeds = tmp_path / "seeds.txt"
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        seeds.write_bytes(bom + "https://news.example/\r\n".encode(codec))
        line = one_error_line(clippings("crawl", "-i", str(seeds), "--db", str(tmp_path / "news.db")))
        assert line == (f"clippings: error: {seeds}:1: UTF-16 text, not UTF-8 (save the seed list as UTF-8, "
                        "one URL per line)"), line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds.txt"]


def test_a_parquet_export_into_a_broken_symbolic_link_says_so(tmp_path: Path) -> None:
    """``-o`` a link whose folder is gone said "No such file or directory" of a name
    ``ls`` shows; now what it is. Nothing is made, the link stays."""
    write_warc(tmp_path / "pages.warc.gz", [("https://news.example/1", article_html(1).encode())])
    db = tmp_path / "news.db"
    assert clippings("import-warc", str(tmp_path / "pages.warc.gz"), "--db", str(db)).returncode == 0
    link = tmp_path / "out"
    link.symlink_to(tmp_path / "gone")
    line = one_error_line(clippings("export", str(db), "--format", "parquet", "-o", str(link)))
    assert line == (f"clippings: error: cannot write {link}: a symbolic link that leads to no folder "
                    "(a loop, or its target is gone)"), line
    assert link.is_symlink() and not (tmp_path / "gone").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_export_takes_its_format_from_the_output_name(tmp_path: Path) -> None:
    """Without --format, ``-o articles.csv`` wrote JSONL under a .csv name, and
    ``-o articles.parquet`` wrote JSONL over what may be a Parquet file. A .csv name
    now gets CSV; a .parquet name is refused, the file left as it was."""
    db = tmp_path / "news.db"
    write_warc(tmp_path / "pages.warc.gz", [("https://news.example/1", article_html(1).encode())])
    assert clippings("import-warc", str(tmp_path / "pages.warc.gz"), "--db", str(db)).returncode == 0
    csv_file = tmp_path / "articles.csv"
    assert clippings("export", str(db), "-o", str(csv_file)).returncode == 0
    header = csv_file.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("url,") or ",title," in header, header
    jsonl_file = tmp_path / "articles.jsonl"
    assert clippings("export", str(db), "-o", str(jsonl_file)).returncode == 0
    assert jsonl_file.read_text(encoding="utf-8").startswith("{")
    parquet_file = tmp_path / "articles.parquet"
    parquet_file.write_bytes(b"PAR1 kept")
    line = one_error_line(clippings("export", str(db), "-o", str(parquet_file)))
    assert line == (f"clippings: error: -o {parquet_file}: a .parquet name without --format parquet "
                    "would get JSONL; for Parquet give --format parquet -o FOLDER"), line
    assert parquet_file.read_bytes() == b"PAR1 kept"
