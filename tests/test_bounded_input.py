"""Decompression limits in ``extract`` and ``import-warc``: a small gzip file that
inflates far past the page limit is refused with one line naming it, the exit
code is non-zero, and the other files are still read."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import sqlite_utils
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.limits import MAX_PAGE_BYTES, PageReadError, read_page
from tests.conftest import clippings
from tests.fault_site import article

URL = "https://news.example/2025/07/ferry"
INFLATED = MAX_PAGE_BYTES + 8 * 1024 * 1024


def zeros_gzip(path: Path, size: int = INFLATED, prefix: bytes = b"") -> Path:
    """A gzip file of ``size`` bytes, nearly all zeros: a few hundred KB on disk."""
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(prefix)
        chunk = b"\0" * (1024 * 1024)
        for _ in range(size // len(chunk)):
            out.write(chunk)
    return path


def warc_file(path: Path, pages: list[tuple[str, bytes]]) -> Path:
    """A gzip WARC file with one HTML response record per (url, body)."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2025-07-16T08:00:00Z"})
            writer.write_record(record)
    return path


def test_read_page_stops_at_the_limit(tmp_path: Path) -> None:
    bomb = zeros_gzip(tmp_path / "bomb.html.gz")
    assert bomb.stat().st_size < 1024 * 1024
    try:
        read_page(bomb)
    except PageReadError as exc:
        assert str(exc) == f"{bomb}: larger than 32 MB after decompression; not read"
    else:
        raise AssertionError("a gzip bomb was read")


def test_extract_refuses_a_gzip_bomb_and_goes_on(tmp_path: Path) -> None:
    bomb = zeros_gzip(tmp_path / "bomb.html.gz", prefix=b"<html><body><p>")
    good = tmp_path / "good.html"
    good.write_text(article("Ferry timetable approved", "/2025/07/ferry", base="https://news.example"))
    result = clippings("extract", str(bomb), str(good), "--url", URL)
    assert result.returncode == 1
    assert result.stderr.strip() == f"clippings: error: {bomb}: larger than 32 MB after decompression; not read"
    assert '"title": "Ferry timetable approved"' in result.stdout


def test_import_warc_refuses_bombs_names_them_and_imports_the_rest(tmp_path: Path) -> None:
    not_warc = zeros_gzip(tmp_path / "zeros.warc.gz")   # one gzip member of zeros
    page = article("Ferry timetable approved", "/2025/07/ferry", base="https://news.example").encode()
    huge_record = warc_file(tmp_path / "huge.warc.gz", [
        ("https://news.example/huge", b"<html><body><p>" + b"\0" * INFLATED),
        ("https://news.example/2025/07/ferry", page),
    ])
    good = warc_file(tmp_path / "good.warc.gz", [
        ("https://news.example/2025/07/pier",
         article("Pier repairs delayed", "/2025/07/pier", base="https://news.example").encode()),
    ])
    db = tmp_path / "news.db"
    refused = clippings("import-warc", str(not_warc), str(huge_record), str(good), "--db", str(db))
    assert refused.returncode == 1 and not db.exists()  # checked before the archive changes
    (line,) = refused.stderr.strip().splitlines()
    assert line.startswith(f"clippings: error: {not_warc}: not a WARC file")
    result = clippings("import-warc", str(huge_record), str(good), "--db", str(db))
    assert result.returncode == 0, result.stderr
    archive = sqlite_utils.Database(db)
    titles = {r["title"] for r in archive.query("select title from articles")}
    assert titles == {"Ferry timetable approved", "Pier repairs delayed"}
    (huge,) = archive.query("select outcome, reason from fetches where url = 'https://news.example/huge'")
    assert huge["outcome"] == "error" and "larger than 32 MB after decompression" in huge["reason"]
