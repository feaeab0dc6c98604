"""The parser reads no clock: a record is a function of (html, url, fetched_at, ...)
only, the same on any day it is parsed (review 30: a page printing a date after
today was dated once that day had come)."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.parsers import parse_article
from crawler.parsers.metadata.dates import find_date_in_text

_PROSE = "".join(
    f"<p>Paragraph {i} tells the reader about the harbour town's new ferry timetable, "
    f"which the council approved after months of debate among residents.</p>" for i in range(6))
URL = "https://harbour.example/news/ferry-timetable"


def _page(day: str) -> str:
    """A story whose structured data and headline both give ``day``."""
    return ('<html lang="en"><head><title>Ferry timetable approved</title>'
            '<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{day}T09:00:00Z"></head>'
            '<body><article><h1>Ferry timetable approved</h1><p class="byline">By Ann Lee</p>'
            f'<time datetime="{day}">{day}</time>{_PROSE}</article></body></html>')


def test_a_date_after_today_is_taken_as_on_the_day_it_comes() -> None:
    """Without a fetch time no clock bounds the dates (only the fixed MAX_YEAR): the
    page dated 2090 gets the record it will get in 2090. With one, the fetch bounds
    them, whatever today is: a fetch in 2090 takes the day, one before it does not.
    (The old parser bounded both by today's clock: no date, until 2090.)"""
    page = _page("2090-03-14")
    unfetched = parse_article(page, URL)
    fetched = parse_article(page, URL, fetched_at="2090-03-14T10:00:00Z")
    early = parse_article(page, URL, fetched_at="2026-12-06T00:00:00Z")
    assert unfetched is not None and fetched is not None and early is not None
    assert unfetched.published is not None and unfetched.published[:10] == "2090-03-14"
    assert fetched.published == unfetched.published
    assert early.published is None
    assert unfetched.fetched_at == "" and fetched.fetched_at == "2090-03-14T10:00:00Z"


def test_a_date_past_max_year_is_not_taken() -> None:
    record = parse_article(_page("2190-03-14"), URL)
    assert record is not None and record.published is None


class _NoClock(datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[no-untyped-def]
        raise AssertionError("the parser read the clock")

    @classmethod
    def today(cls):  # type: ignore[no-untyped-def]
        raise AssertionError("the parser read the clock")

    @classmethod
    def utcnow(cls):  # type: ignore[no-untyped-def]
        raise AssertionError("the parser read the clock")


class _NoToday(date):
    @classmethod
    def today(cls):  # type: ignore[no-untyped-def]
        raise AssertionError("the parser read the clock")


@pytest.mark.parametrize(("day", "fetched_at"), [("2025-07-14", None), ("2025-07-15", "2025-07-16T08:00:00Z")])
def test_parsing_reads_no_clock(monkeypatch: pytest.MonkeyPatch, day: str, fetched_at: str | None) -> None:
    """Every ``datetime``/``date`` the parser's modules (and crawler.items, whose
    ``utc_now_iso`` stamped a record without a fetch time) see answers ``now()``
    and ``today()`` with an error: a parse calls neither. (A day of its own for each
    case: the parser caches what it read of a date string, clock and all.)"""
    parse_article(_page("2024-01-02"), URL)  # every parser module imported
    modules = [name for name in sys.modules if name.startswith("crawler.parsers") or name == "crawler.items"]
    for name in modules:
        module = sys.modules[name]
        if getattr(module, "datetime", None) is datetime:
            monkeypatch.setattr(module, "datetime", _NoClock)
        if getattr(module, "date", None) is date:
            monkeypatch.setattr(module, "date", _NoToday)
    record = parse_article(_page(day), URL, fetched_at=fetched_at)
    assert record is not None and record.published is not None and record.published[:10] == day


def test_extract_fetched_at_is_the_records_and_bounds_its_dates(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(_page("2090-03-14"), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(page), "--url", URL, "--fetched-at", "2090-03-14T11:00:00+01:00"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["fetched_at"] == "2090-03-14T10:00:00Z" and record["published"][:10] == "2090-03-14"
    result = runner.invoke(cli, ["extract", str(page), "--url", URL, "--fetched-at", "2026-12-06"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["fetched_at"] == "2026-12-06T00:00:00Z" and record["published"] is None
    result = runner.invoke(cli, ["extract", str(page), "--url", URL])  # no fetch time: read at face value
    record = json.loads(result.output)
    assert record["published"][:10] == "2090-03-14" and record["fetched_at"].endswith("Z")
    result = runner.invoke(cli, ["extract", str(page), "--fetched-at", "yesterday"])
    assert result.exit_code != 0 and "--fetched-at 'yesterday' is not a time" in result.output


@pytest.mark.parametrize(("text", "language"), [("vor 12 Tagen 2024", "de"), ("hace 3 días 2024", "es"),
                                                 ("12 jours 2024", "fr")])
def test_printed_text_is_not_dated_by_counting_back_from_the_clock(text: str, language: str) -> None:
    """dateparser read these as days before the day of the parse (2026-11-24 on
    2026-12-06); a count back is read only against a fetch time, elsewhere."""
    assert find_date_in_text(text, language) is None


def test_a_printed_date_in_another_language_is_still_read() -> None:
    assert find_date_in_text("3. Mai 2024", "de") == "2024-05-03"
