"""WARC capture of a real crawl (the shared one of the sample site): files valid for
``warcio check``, versions pointing at their records, ``import-warc`` of the files
giving the crawl's records back, and ``reextract`` over the captures."""

from __future__ import annotations

import base64
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from crawler.items import ARTICLE_FIELDS
from crawler.shown import shown
from tests.conftest import CrawlRun, clippings

WARCIO = Path(sys.executable).with_name("warcio")


def warcio_check(path: Path) -> subprocess.CompletedProcess[str]:
    """``warcio check -v FILE``: the venv's console script (warcio has no ``__main__``)."""
    command = [str(WARCIO)] if WARCIO.exists() else [
        sys.executable, "-c", "import sys; from warcio.cli import main; sys.exit(main())"]
    return subprocess.run([*command, "check", "-v", str(path)], capture_output=True, text=True, timeout=120)


def rows(db: Path, sql: str, params: list[Any] | None = None) -> list[dict]:
    return list(sqlite_utils.Database(db).query(sql, params or []))


def warc_files(run: CrawlRun) -> list[Path]:
    return sorted(run.db.with_name(f"{run.db.stem}-warc").glob("*.warc.gz"))


def records(path: Path) -> list[dict]:
    """Every record of a WARC file: type, headers, payload, offset (read with warcio)."""
    out = []
    with open(path, "rb") as stream:
        iterator = ArchiveIterator(stream)
        for record in iterator:
            payload = record.content_stream().read()
            out.append({"type": record.rec_type, "headers": dict(record.rec_headers.headers),
                        "payload": payload, "offset": iterator.get_record_offset(),
                        "status": record.http_headers.get_statuscode() if record.http_headers else None,
                        "http": dict(record.http_headers.headers) if record.http_headers else {}})
    return out


def test_one_gzip_warc_per_crawl_that_passes_warcio_check(demo_crawl: CrawlRun) -> None:
    files = warc_files(demo_crawl)
    assert [f.name[:11] for f in files] == ["crawl-0001-"]
    for path in files:
        assert path.read_bytes()[:2] == b"\x1f\x8b"
        result = warcio_check(path)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        assert "digest pass" in result.stdout and "fail" not in result.stdout.lower()


def test_every_version_points_at_its_response_record(demo_crawl: CrawlRun) -> None:
    folder = demo_crawl.db.parent
    by_file: dict[str, dict[int, dict]] = {}
    versions = rows(demo_crawl.db, "select * from versions")
    assert versions
    for version in versions:
        path = folder / version["warc_file"]
        if version["warc_file"] not in by_file:
            by_file[version["warc_file"]] = {r["offset"]: r for r in records(path)}
        record = by_file[version["warc_file"]][version["warc_offset"]]
        headers = record["headers"]
        assert record["type"] == "response" and record["status"] == "200"
        assert headers["WARC-Record-ID"] == version["warc_record_id"]
        assert headers["WARC-Target-URI"] == version["url"]
        assert headers["WARC-Date"] == version["fetched_at"]
        digest = "sha1:" + base64.b32encode(hashlib.sha1(record["payload"]).digest()).decode()
        assert headers["WARC-Payload-Digest"] == version["payload_digest"] == digest
        # The request that got it is there too.
        requests = [r for r in by_file[version["warc_file"]].values()
                    if r["type"] == "request" and r["headers"].get("WARC-Concurrent-To") == version["warc_record_id"]]
        assert len(requests) == 1
        assert requests[0]["http"].get("User-Agent", "").startswith("Clippings/")


def test_every_article_response_is_in_the_warc(demo_crawl: CrawlRun) -> None:
    (path,) = warc_files(demo_crawl)
    captured = sorted(r["headers"]["WARC-Target-URI"] for r in records(path) if r["type"] == "response")
    fetched = sorted(r["url"] for r in rows(
        demo_crawl.db, "select url from fetches where crawl_id = 1 and outcome in ('stored', 'unchanged')"))
    assert captured == fetched and len(captured) == len(rows(demo_crawl.db, "select 1 from articles"))


def test_import_warc_into_a_fresh_archive_gives_the_same_records(demo_crawl: CrawlRun, tmp_path: Path) -> None:
    fresh = tmp_path / "imported.db"
    result = clippings("import-warc", *map(str, warc_files(demo_crawl)), "--db", str(fresh))
    assert result.returncode == 0, result.stderr
    assert f"stored: {len(rows(demo_crawl.db, 'select canonical_url from articles'))}" in result.stdout
    crawled = {r["canonical_url"]: r for r in rows(demo_crawl.db, "select * from articles")}
    imported = {r["canonical_url"]: r for r in rows(fresh, "select * from articles")}
    assert set(imported) == set(crawled)
    # Every Article field, fetched_at included (the WARC-Date is the fetch time).
    mismatches = [f"{url} {name}: {row[name]!r:.80} != {imported[url][name]!r:.80}"
                  for url, row in crawled.items() for name in ARTICLE_FIELDS if row[name] != imported[url][name]]
    assert mismatches == [], "\n".join(mismatches[:20])
    keys = "canonical_url, content_hash, first_seen, warc_record_id, payload_digest, warc_offset"
    assert rows(fresh, f"select {keys} from versions order by canonical_url") == \
        rows(demo_crawl.db, f"select {keys} from versions order by canonical_url")


@pytest.fixture
def archive_copy(demo_crawl: CrawlRun, tmp_path: Path) -> Path:
    """The crawl's archive and WARC folder copied, so a test may write to it."""
    db = tmp_path / demo_crawl.db.name
    with sqlite3.connect(demo_crawl.db) as source, sqlite3.connect(db) as target:
        source.backup(target)
    shutil.copytree(demo_crawl.db.with_name(f"{demo_crawl.db.stem}-warc"), tmp_path / f"{db.stem}-warc")
    return db


def test_reextract_restores_a_damaged_record_without_network_or_new_versions(
        archive_copy: Path, demo_server: Any) -> None:
    db = archive_copy
    fields = ", ".join(ARTICLE_FIELDS)
    before = rows(db, f"select id, {fields} from versions order by id")
    clusters = rows(db, "select c.id, m.version_id from clusters c join cluster_members m on m.cluster_id = c.id "
                        "order by c.id, m.version_id")
    assert clusters  # the damaged version is a near-duplicate's: re-extracted, its cluster stays
    target = next(version for version in before if version["id"] == clusters[0]["version_id"])
    damaged_hash = "0" * 64
    with sqlite3.connect(db) as conn:  # what an older, worse parser might have stored
        conn.execute("update versions set title = 'Home | Meridian', body = 'Subscribe', word_count = 1, "
                     "content_hash = ? where id = ?", [damaged_hash, target["id"]])
        conn.execute("update articles set title = 'Home | Meridian', body = 'Subscribe', word_count = 1, "
                     "content_hash = ? where canonical_url = ?", [damaged_hash, target["canonical_url"]])
    requests = len(demo_server.requests)
    result = clippings("reextract", str(db))
    assert result.returncode == 0, result.stderr
    assert len(demo_server.requests) == requests  # no network
    assert f"re-extracted {len(before)} versions" in result.stdout
    assert "improved: 1" in result.stdout and f"unchanged: {len(before) - 1}" in result.stdout
    assert rows(db, f"select id, {fields} from versions order by id") == before
    (article,) = rows(db, "select title, body, content_hash, version_count from articles where canonical_url = ?",
                      [target["canonical_url"]])
    assert (article["title"], article["body"], article["content_hash"]) == \
        (target["title"], target["body"], target["content_hash"])
    assert article["version_count"] == 1
    assert rows(db, "select c.id, m.version_id from clusters c join cluster_members m on m.cluster_id = c.id "
                    "order by c.id, m.version_id") == clusters
    # Nothing left to improve: a second run changes nothing.
    again = clippings("reextract", str(db))
    assert "improved" not in again.stdout and f"unchanged: {len(before)}" in again.stdout


def test_reextract_of_a_title_alone_moves_its_clusters_title(archive_copy: Path) -> None:
    """A re-extraction that changes a clustered version's title but not its body
    keeps its cluster, and the cluster's title (its first version's) follows: it
    kept the title the older parser gave."""
    db = archive_copy
    (cluster,) = rows(db, "select c.id, c.title, v.canonical_url from clusters c join versions v on v.id = c.id "
                          "order by c.id limit 1")
    assert cluster["title"]
    with sqlite3.connect(db) as conn:  # an older parser kept the site's name in the headline
        damaged = cluster["title"] + " | Meridian"
        conn.execute("update versions set title = ?, content_hash = ? where id = ?", [damaged, "0" * 64, cluster["id"]])
        conn.execute("update articles set title = ? where canonical_url = ?", [damaged, cluster["canonical_url"]])
        conn.execute("update clusters set title = ? where id = ?", [damaged, cluster["id"]])
    members = rows(db, "select cluster_id, version_id, similarity from cluster_members order by 1, 2")
    result = clippings("reextract", str(db))
    assert result.returncode == 0, result.stderr
    assert "improved: 1" in result.stdout
    assert rows(db, "select title from versions where id = ?", [cluster["id"]]) == [{"title": cluster["title"]}]
    assert rows(db, "select title from clusters where id = ?", [cluster["id"]]) == [{"title": cluster["title"]}]
    assert rows(db, "select cluster_id, version_id, similarity from cluster_members order by 1, 2") == members


@pytest.mark.parametrize(("status", "line"), [(200, "200 OK"), (410, "410 Gone"), (599, "599")])
def test_status_line_names_the_status_or_nothing(tmp_path: Path, status: int, line: str) -> None:
    """A status without a registered phrase is never written as "OK"."""
    from archive.warc import WarcStore, read_record
    from crawler.items import RawResponse

    store = WarcStore(tmp_path / "t.warc.gz")
    capture = store.write(RawResponse(url="https://news.example/a", status=status,
                                      headers=[("Content-Type", "text/html")], body=b"<p>x</p>",
                                      fetched_at="2025-07-16T08:00:00Z"))
    store.close()
    with open(tmp_path / "t.warc.gz", "rb") as stream:
        response = next(r for r in ArchiveIterator(stream) if r.rec_type == "response")
        assert response.http_headers.protocol == "HTTP/1.1"
        assert response.http_headers.statusline.strip() == line
    assert read_record(tmp_path / "t.warc.gz", capture.warc_offset).status == status


def write_encoded_warc(path: Path, pages: list[tuple[str, list[tuple[str, str]], bytes]],
                       status: str = "200 OK", date: str | None = "2025-07-16T08:00:00Z") -> None:
    """A WARC file of responses (``status``), each with extra HTTP headers and its body
    as given; its WARC-Date ``date`` (None: no WARC-Date)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, extra, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8"), *extra],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": date or ""})
            if date is None:
                record.rec_headers.remove_header("WARC-Date")
            writer.write_record(record)


def chunked(body: bytes, size: int = 1000) -> bytes:
    pieces = [body[i:i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"


def test_import_warc_decodes_brotli_bodies_and_counts_one_that_does_not_decode(tmp_path: Path) -> None:
    """Browser-based crawlers keep br bodies as sent: those are decoded (chunked too);
    a body whose declared br does not decode is an error row, and the import goes on."""
    import brotli

    from tests.support.slow_site import article_html

    page = tmp_path / "br.warc.gz"
    br = [("Content-Encoding", "br")]
    write_encoded_warc(page, [
        ("https://news.example/plain", [], article_html(1).encode()),
        ("https://news.example/brotli", br, brotli.compress(article_html(2).encode())),
        ("https://news.example/chunked", [*br, ("Transfer-Encoding", "chunked")],
         chunked(brotli.compress(article_html(3).encode()))),
        ("https://news.example/lying", br, article_html(4).encode()),
    ])
    db = tmp_path / "news.db"
    result = clippings("import-warc", str(page), "--db", str(db))
    assert "Traceback" not in result.stderr, result.stderr
    assert "error: 1, stored: 3" in result.stdout, result.stdout + result.stderr
    assert rows(db, "select status from crawls") == [{"status": "finished"}]
    fetched = {r["url"]: (r["outcome"], r["reason"]) for r in rows(db, "select url, outcome, reason from fetches")}
    assert fetched["https://news.example/lying"][0] == "error"
    assert "does not decode as Content-Encoding: br" in fetched["https://news.example/lying"][1]
    assert {r["title"] for r in rows(db, "select title from articles")} == {"Story 1", "Story 2", "Story 3"}


def test_import_warc_of_a_page_cut_by_the_parsers_caps_says_so(tmp_path: Path) -> None:
    """A capture of an article behind 26,000 ``<meta>`` tags (past the parser's cap of
    25,000 elements): its row said "not an article page: no main text", as of a page
    that has none; it now says the page was cut, as the crawl's row does."""
    from tests.support.slow_site import article_html

    page = tmp_path / "cut.warc.gz"
    behind = article_html(1).replace("<head>", "<head>" + "<meta name='keywords' content='news'>" * 26_000)
    write_encoded_warc(page, [("https://news.example/behind", [], behind.encode()),
                              ("https://news.example/plain", [], article_html(2).encode())])
    db = tmp_path / "news.db"
    result = clippings("import-warc", str(page), "--db", str(db))
    assert "Traceback" not in result.stderr, result.stderr
    fetched = {r["url"]: (r["outcome"], r["reason"]) for r in rows(db, "select url, outcome, reason from fetches")}
    assert fetched["https://news.example/behind"] == (
        "not-article", "not an article page: no main text in the part read "
                       "(the page is past the parser's cap on elements)"), fetched
    assert fetched["https://news.example/plain"][0] == "stored", fetched


def test_an_empty_brotli_404_marks_the_article_gone(tmp_path: Path) -> None:
    """A 404 or 410 keeps its ``Content-Encoding: br`` header with an empty body: the
    article is gone, as with gzip (it was an undecodable ``error`` row); an empty br
    body of a 200 is empty, not undecodable."""
    from tests.support.slow_site import article_html

    first, then, empty = tmp_path / "first.warc.gz", tmp_path / "then.warc.gz", tmp_path / "empty.warc.gz"
    write_encoded_warc(first, [(f"https://news.example/{n}", [], article_html(n).encode()) for n in (1, 2)])
    br = [("Content-Encoding", "br")]
    write_encoded_warc(then, [("https://news.example/1", br, b"")], status="404 Not Found")
    with open(then, "ab") as out:  # and a 410, also empty
        write_encoded_warc(tmp_path / "410.warc.gz", [("https://news.example/2", br, b"")], status="410 Gone")
        out.write((tmp_path / "410.warc.gz").read_bytes())
    write_encoded_warc(empty, [("https://news.example/3", br, b"")])
    db = tmp_path / "news.db"
    for warc in (first, then, empty):
        result = clippings("import-warc", str(warc), "--db", str(db))
        assert result.returncode == 0, result.stdout + result.stderr
    fetched = {r["url"]: (r["outcome"], r["reason"]) for r in rows(db, "select url, outcome, reason from fetches")}
    assert fetched["https://news.example/1"] == ("gone", "HTTP 404")
    assert fetched["https://news.example/2"] == ("gone", "HTTP 410")
    assert "decode" not in (fetched["https://news.example/3"][1] or "")
    assert rows(db, "select status from articles") == [{"status": "gone"}, {"status": "gone"}]


def test_captures_with_no_readable_warc_date_import_and_export(tmp_path: Path) -> None:
    """A capture with no WARC-Date, or one that is no ISO 8601 time, has no fetch
    time: its record's ``fetched_at`` is empty (as the parsers leave it without one),
    its first and last seen the import's; export writes it in every format. (The
    text as given was stored as all three times, and export refused the archive as
    damaged; with no WARC-Date, export refused the empty ``fetched_at`` but in Parquet.)"""
    from tests.support.slow_site import article_html

    db = tmp_path / "news.db"
    for name, date in (("none", None), ("text", "sometime")):
        warc = tmp_path / f"{name}.warc.gz"
        write_encoded_warc(warc, [(f"https://news.example/{name}", [], article_html(len(name)).encode())], date=date)
        result = clippings("import-warc", str(warc), "--db", str(db))
        assert result.returncode == 0 and "stored: 1" in result.stdout, result.stdout + result.stderr
    for row in rows(db, "SELECT fetched_at, first_seen, last_seen FROM versions"):
        assert row["fetched_at"] == "" and row["first_seen"].startswith("20") and row["first_seen"].endswith("Z"), row
    assert all(r["fetched_at"].endswith("Z") for r in rows(db, "SELECT fetched_at FROM fetches"))
    for fmt, output in (("jsonl", "out.jsonl"), ("csv", "out.csv"), ("parquet", "pq")):
        result = clippings("export", str(db), "--format", fmt, "-o", str(tmp_path / output))
        assert result.returncode == 0, (fmt, result.stderr)
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 2


def test_import_warc_refuses_target_uris_a_crawl_refuses_and_counts_records_not_http(tmp_path: Path) -> None:
    """A WARC-Target-URI that is no valid http(s) URL would become an article's
    identity (site ''): an error row instead, as the crawl refuses such a seed. A
    response record of another scheme (a ``dns:`` lookup) is counted, not skipped quietly."""
    import io

    from warcio.warcwriter import WARCWriter

    from tests.support.slow_site import article_html

    page = tmp_path / "uris.warc.gz"
    # A URL past Scrapy's URLLENGTH_LIMIT (2083), which a crawl never fetches, was stored.
    long_url = "https://news.example/" + "a" * 2063
    bad = ["https://[::1/broken", "https:///no-host/page", "http://exa%20mple.com/x", long_url]
    write_encoded_warc(page, [(url, [], article_html(n).encode()) for n, url in enumerate(
        [*bad, "https://news.example/good"])])
    with open(page, "ab") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warc_record(
            "dns:news.example", "response", payload=io.BytesIO(b"20250716080000\nnews.example. 60 IN A 192.0.2.1\n"),
            warc_content_type="text/dns", warc_headers_dict={"WARC-Date": "2025-07-16T08:00:00Z"}))
    db = tmp_path / "news.db"
    result = clippings("import-warc", str(page), "--db", str(db))
    assert "Traceback" not in result.stderr, result.stderr
    assert "error: 4, skipped (dns records, not HTTP): 1, stored: 1" in result.stdout, result.stdout + result.stderr
    assert [r["canonical_url"] for r in rows(db, "select canonical_url from articles")] == ["https://news.example/good"]
    refused = {r["url"]: r["reason"] for r in rows(db, "select url, reason from fetches where outcome = 'error'")}
    assert set(refused) == set(bad)
    assert refused["https://[::1/broken"] == ("WARC-Target-URI 'https://[::1/broken' is not a valid http(s) URL "
                                              "(Invalid IPv6 URL); not imported")
    assert refused[long_url] == (f"WARC-Target-URI {shown(long_url)} is not a valid http(s) URL (2,084 characters "
                                 "long, past the crawl's URL length limit of 2083, Scrapy's URLLENGTH_LIMIT); "
                                 "not imported")
    (stats,) = rows(db, "select stats from crawls")
    assert '"skipped (dns records, not HTTP)": 1' in stats["stats"]


def test_lines_between_warc_records_are_counted_not_poured_onto_stderr(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    """warcio writes a four-line warning quoting the line to stderr for each stray
    line between records: a file holding something else past its records gave
    thousands of lines of its content under `reextract` (probe 21). They are read
    past as before, counted, and said once, in one log line."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from archive.warc import iter_responses

    records = []
    for n in range(3):
        out = io.BytesIO()
        writer = WARCWriter(out, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{n}", "response",
                                                      payload=io.BytesIO(b"<p>story %d</p>" % n),
                                                      http_headers=headers))
        records.append(out.getvalue())
    path = tmp_path / "stray.warc"
    # A record's Content-Length a line short of its content: the line is read past.
    path.write_bytes(b"".join(r[:-4] + b"SECRET stray line\r\n\r\n" if n < 2 else r for n, r in enumerate(records)))
    caplog.set_level("WARNING", logger="archive.warc")
    urls = [response.url for response in iter_responses(path)]
    assert urls == [f"https://news.example/{n}" for n in range(3)]
    assert "SECRET" not in capsys.readouterr().err
    (warning,) = [r.getMessage() for r in caplog.records if r.name == "archive.warc"]
    assert warning.startswith("2 line(s) between WARC records were not blank")
