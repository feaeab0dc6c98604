"""Bad input and crashes found by probe 35 (notes/review35.md): each a real file and
a real ``clippings`` subprocess; one clear line, a non-zero exit, nothing lost."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.warcwriter import WARCWriter

from tests.conftest import clippings
from tests.support.slow_site import article_html
from tests.test_cli_faults import digest, write_warc
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
