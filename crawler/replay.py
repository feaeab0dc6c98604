"""Records from stored captures, with no network: re-extraction and WARC import.

- :func:`reextract` runs today's parsers over every version's WARC record and
  rewrites the versions whose extraction improved. It never adds a version: the
  page did not change, only our reading of it.
- :func:`import_warcs` reads WARC files made by other tools (wget ``--warc-file``,
  Browsertrix, Heritrix, or Clippings itself) and stores their article responses,
  oldest capture first, with the capture date as ``fetched_at``.

Both apply the same cleaning and validation as a crawl's item pipelines.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from scrapy.http import Headers, TextResponse
from scrapy.responsetypes import responsetypes
from w3lib.url import safe_url_string

from archive import open_archive
from archive.archive_file import sqlite_file
from archive.clusters import update_clusters
from archive.db import NotSynced, committed_to_disk
from archive.warc import WarcReadError, WarcResponse, iter_responses, read_record, synced_warc
from archive.writer import ArchiveWriter, Capture, store_outcome
from crawler import parsers
from crawler.download import InvalidStatusCode
from crawler.items import Article, utc_now_iso
from crawler.limits import MAX_PAGE_BYTES
from crawler.parsers.binary import no_record_reason
from crawler.parsers.story_pages import story_pages
from crawler.shown import shown, shown_path
from crawler.urls import is_http_url, lower_scheme, url_problem
from pipelines.clean import clean_article
from pipelines.validate import problems

_CHARSET = re.compile(r"charset=([\w.:-]+)", re.IGNORECASE)


@dataclass(slots=True)
class ReplayReport:
    """Counts of what a re-extraction or an import did."""

    counts: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    crawl_id: int | None = None
    #: Why what was stored may not be on disk (:class:`archive.db.NotSynced`), or None.
    unsynced: str | None = None

    def line(self) -> str:
        return ", ".join(f"{name}: {count}" for name, count in sorted(self.counts.items())) or "nothing to do"


def charset_of(content_type: str) -> str | None:
    """``text/html; charset=utf-8`` -> ``utf-8``."""
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


def is_text(response: WarcResponse) -> bool:
    """Whether the crawl would have parsed this response as a page: the class Scrapy's
    download handler gives it (``responsetypes``: its Content-Type, else its URL's
    file name, else its body sniffed) is a TextResponse. So an HTML page served as
    ``image/png`` or ``application/octet-stream``, which the crawl stores, is
    imported too (it was "not HTML")."""
    headers = Headers()
    for name, value in response.headers:
        headers.appendlist(name, value)
    return issubclass(responsetypes.from_args(headers=headers, url=response.url, body=response.body),
                      TextResponse)


def extract_capture(response: WarcResponse, fetched_at: str | None, min_words: int) -> tuple[Article | None, str]:
    """Parse, clean and validate one captured response; (record or None, why).

    ``fetched_at`` None (a capture with no WARC-Date) reads no relative stamp ("2 hours
    ago"): today's clock would date an old capture by the day of the import."""
    cut: list[str] = []
    article = parsers.parse_article(response.body, response.url, fetched_at=fetched_at,
                                    encoding=charset_of(response.content_type), cut=cut)
    if article is None:
        return None, f"not an article page: {no_record_reason(response.body, 'body', cut)}"
    if article.page_kind != "article":
        return None, f"not an article page: {article.page_kind} page"
    later = story_pages(response.body, response.url)
    if later.page > 1:  # its text is in its first page's record (a crawl joins them)
        return None, f"not an article page: page {later.page} of the story at {later.first_url}"
    if later.next_url:  # a story's first page: its record here is that page alone, and says so
        # (the writer then keeps a version with all its pages: importing a crawl's own
        # WARC files into its archive made a shorter version of every joined story)
        article.provenance["pages_missing"] = f"page 2 ({later.next_url}): not joined (a capture is one page)"
    clean_article(article)
    found = problems(article, min_words)
    if found:
        return None, "invalid record: " + "; ".join(found)
    return article, ""


def joined_pages(provenance: str | None) -> bool:
    """Whether a version's provenance (JSON text) says the crawl joined a story's pages into it."""
    try:
        value = json.loads(provenance) if provenance else None
    except ValueError:  # a row edited by another program: read as any version
        return False
    return isinstance(value, dict) and "pages" in value


def reextract(db_path: str | Path, *, min_words: int = 40) -> ReplayReport:
    """Re-run the parsers over every version's stored capture; update improved records."""
    db = open_archive(db_path)
    writer = ArchiveWriter(db)
    base = sqlite_file(db_path).parent
    report = ReplayReport()
    rows = list(db.query(
        "SELECT id, canonical_url, fetched_at, warc_file, warc_offset, provenance FROM versions ORDER BY id"))
    for row in rows:
        if joined_pages(row["provenance"]):  # its capture is its first page only: the text would shrink
            report.counts["kept (a multi-page story)"] += 1
            continue
        if not row["warc_file"] or row["warc_offset"] is None:
            report.counts["no capture"] += 1
            continue
        path = Path(row["warc_file"])
        path = path if path.is_absolute() else base / path
        offset = row["warc_offset"]
        try:
            if not path.is_file():  # an archive moved without its WARC files
                raise FileNotFoundError(f"{shown_path(path)}: " + (
                    "not a regular file" if path.exists() else "no such file"))
            if type(offset) is not int or offset < 0:  # a row edited by another program (a TypeError was raised)
                value = shown(offset, limit=40) if isinstance(offset, str | bytes) else repr(offset)
                raise ValueError(f"{shown_path(path)}: the capture's offset {value} "
                                 "is not a byte offset (the archive's versions row is damaged)")
            response = read_record(path, offset)  # its errors name the file
            if response.undecodable:
                raise WarcReadError(f"{shown_path(path)}: record at offset {row['warc_offset']}: {response.undecodable}")
        except (OSError, ValueError) as exc:
            report.counts["capture unreadable"] += 1
            report.errors.append(f"version {row['id']}: {exc}")
            continue
        article, why = extract_capture(response, row["fetched_at"], min_words)
        if article is None:
            report.counts["kept (new extraction refused)"] += 1
            report.errors.append(f"version {row['id']} ({shown(response.url, bare=True)}): {why}")
            continue
        article.canonical_url = row["canonical_url"]
        report.counts["improved" if writer.update_extraction(row["id"], article) else "unchanged"] += 1
    update_clusters(writer.db)  # an improved body is signed again and its group regrouped
    try:
        committed_to_disk(writer.db)  # the rewritten versions on disk before they are reported
    except NotSynced as exc:  # reported with what was done
        report.unsynced = str(exc)
    return report


@dataclass(slots=True)
class WarcScan:
    """What a first read of WARC files found: the HTTP responses to import, where
    (date, file, offset), and what else the files hold."""

    captures: list[tuple[str, str, int]] = field(default_factory=list)
    not_http: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    #: The files without an HTTP response record, each with the kinds of records it holds.
    empty: list[tuple[str, Counter[str]]] = field(default_factory=list)


def scan_warcs(files: list[str | Path]) -> WarcScan:
    """Read every record of ``files`` (before the archive is opened: an import with
    nothing to import changes nothing); the records before a fault are kept."""
    scan = WarcScan()
    for name in files:
        others: Counter[str] = Counter()
        found = len(scan.captures)
        try:
            for response in iter_responses(name, scan.not_http, others):
                scan.captures.append((response.date or "", str(name), response.offset))
        except WarcReadError as exc:  # other files go on
            scan.errors.append(str(exc))
            continue
        if len(scan.captures) == found:
            scan.empty.append((str(name), others))
    return scan


def no_response_words(name: str, others: Counter[str]) -> str:
    """``x.warc.gz holds no HTTP response record (its records: warcinfo 1, request 2)``."""
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(others.items(), key=lambda kind: (-kind[1], kind[0])))
    return f"{shown_path(name)} holds no HTTP response record (its records: {shown(kinds, bare=True, limit=200) or 'none'})"


def import_warcs(files: list[str | Path], db_path: str | Path, *, min_words: int = 40,
                 scan: WarcScan | None = None) -> ReplayReport:
    """Store the article responses of WARC files (``scan``: as :func:`scan_warcs`
    read them), oldest capture first."""
    scan = scan_warcs(files) if scan is None else scan
    db = open_archive(db_path)
    writer = ArchiveWriter(db)
    report = ReplayReport()
    report.crawl_id = writer.start_crawl(
        seeds=[str(f) for f in files], settings={"import_warc": True},
        user_agent="clippings import-warc", started=utc_now_iso())
    imported = False
    try:
        import_files(writer, report, scan, min_words)
        imported = True
    finally:    # what was stored stays; the row says so at once, as a crawl's does; the error goes on up
        if not imported:
            stopped = sys.exc_info()[1]
            close_failed_import(writer, report, "interrupted" if isinstance(stopped, KeyboardInterrupt) else "failed")
    stats: dict[str, object] = {"imported": dict(report.counts)}
    if report.errors:  # (the files cut short or damaged: what was before the fault is imported)
        stats["errors"] = list(report.errors)
    try:
        writer.finish_crawl(report.crawl_id, stats=stats, finished=utc_now_iso())
    except NotSynced as exc:  # the row is written (committed); reported with what was done
        report.unsynced = str(exc)
    return report


def close_failed_import(writer: ArchiveWriter, report: ReplayReport, status: str) -> None:
    """Close the import's row as ``status``; when the archive cannot take even
    that (still locked, disk still full), it stays ``running`` for the next
    writer to close, and the error that stopped the import is the one shown."""
    assert report.crawl_id is not None
    try:
        writer.db.conn.rollback()  # the failed store's transaction (a lock held, it could not upgrade)
        writer.finish_crawl(report.crawl_id, stats={"imported": dict(report.counts)}, status=status)
    except sqlite3.DatabaseError as exc:  # shown with the error that stopped the import (not on stderr: one line)
        report.errors.append(f"could not close crawl {report.crawl_id}: {exc}")


def import_files(writer: ArchiveWriter, report: ReplayReport, scan: WarcScan, min_words: int) -> None:
    """Every response ``scan`` found, oldest capture first; then the archive's clusters."""
    report.errors.extend(scan.errors)  # the records before the fault are kept
    for scheme, count in scan.not_http.items():  # dns: and the like: no page to import, but counted
        report.counts[f"skipped ({scheme} records, not HTTP)"] += count
    captures = sorted(scan.captures)
    unsynced = set()
    for name in sorted({name for _, name, _ in captures}):  # on disk before a row points into it
        try:
            synced_warc(name)
        except OSError as exc:
            unsynced.add(name)
            report.errors.append(f"{shown_path(name)}: could not be synced to disk ({exc.strerror or exc}): "
                                 "not imported")
    for date, name, offset in captures:
        if name not in unsynced:
            import_capture(writer, report, name, offset, date, min_words)
    if captures and set(report.counts) - {f"skipped ({s} records, not HTTP)" for s in scan.not_http} == {"error"}:
        report.errors.append(f"every one of the {len(captures)} responses failed")
    update_clusters(writer.db)  # near-duplicates over the archive, imported versions included


def import_capture(writer: ArchiveWriter, report: ReplayReport, name: str, offset: int, date: str,
                   min_words: int) -> None:
    """Import the response at ``offset`` of WARC file ``name``: its record, its fetch row."""
    assert report.crawl_id is not None
    try:
        response = read_record(name, offset)
    except WarcReadError as exc:
        report.errors.append(str(exc))
        return
    response = replace(response, url=lower_scheme(response.url))  # HTTP://... is http://...
    outcome, reason, canonical = import_one(writer, report.crawl_id, response, name, min_words)
    report.counts[outcome] += 1
    # An answer with no valid status code has none in its row (null), as a crawl's
    # row for it has (its download failed: :class:`crawler.download.InvalidStatusCode`);
    # it was 0, :func:`archive.warc.http_status`'s word for "none".
    status = None if response.invalid_status is not None else response.status
    writer.record_fetch(report.crawl_id, url=response.url, outcome=outcome, status=status,
                        reason=reason, bytes=len(response.body), canonical_url=canonical,
                        fetched_at=date or utc_now_iso(), content_type=response.content_type or None)


#: Scrapy's ``URLLENGTH_LIMIT``: a crawl fetches no longer URL (a seed is refused, a
#: link dropped), and an import stores none either, as an ``error`` row naming it.
URL_LENGTH_LIMIT = 2083


def url_length_problem(url: str) -> str | None:
    """Why ``url`` is longer than a crawl fetches, or None; measured as the crawl
    measures it, percent-encoded (:func:`crawler.cli.check_seed_lengths`)."""
    length = len(safe_url_string(url))
    if length > URL_LENGTH_LIMIT:
        return f"{length:,} characters long, past the crawl's URL length limit of {URL_LENGTH_LIMIT}, Scrapy's URLLENGTH_LIMIT"
    return None


def import_one(writer: ArchiveWriter, crawl_id: int, response: WarcResponse, warc_file: str,
               min_words: int) -> tuple[str, str | None, str | None]:
    """(outcome, reason, canonical URL) of one captured response."""
    problem = url_problem(response.url) if is_http_url(response.url) else "not an http(s) URL"
    problem = problem or url_length_problem(response.url)
    if problem:  # as a crawl refuses such a seed: it would become an article's identity
        return "error", f"WARC-Target-URI {shown(response.url)} is not a valid http(s) URL ({problem}); not imported", None
    if response.invalid_status is not None:  # as a crawl's row for such an answer says
        return "error", f"InvalidStatusCode: {InvalidStatusCode(response.invalid_status)}", None
    if response.status != 200:  # before the body's decoding: only a 200's body is read
        if response.status in (404, 410) and writer.mark_gone(response.url, crawl_id, response.date or utc_now_iso()):
            return "gone", f"HTTP {response.status}", None
        return "error", f"HTTP {response.status}", None
    if response.undecodable:
        return "error", response.undecodable, None
    if response.oversized:
        return "error", f"body larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB after decompression; not read", None
    if not is_text(response):
        return "not-article", f"not HTML ({response.content_type or 'no content type'})", None
    article, why = extract_capture(response, response.date or None, min_words)
    if article is None:
        return ("not-article" if why.startswith("not an article page") else "dropped"), why, None
    capture = Capture(warc_file=str(Path(warc_file).resolve()), warc_offset=response.offset,
                      warc_record_id=response.record_id, payload_digest=response.payload_digest)
    result = writer.store_article(article, crawl_id, capture=capture)
    outcome, reason = store_outcome(result)
    return outcome, reason or "unchanged version", article.canonical_url
