"""A value the user gave, echoed in a one-line error: quoted or escaped so that the
error stays one line, and cut so that it stays short, whatever the value holds (a
30,000-character query, a 100 KB URL, binary bytes, a newline in a file name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.shown import SHOWN_CHARS, shown, shown_path
from tests.conftest import clippings
from tests.test_cli_faults import one_article_archive
from tests.test_cli_runs import one_error_line

#: The longest error line any of these cases may print: the message's own words
#: and a value cut to SHOWN_CHARS (escapes and all).
LONGEST_LINE = 600


@pytest.mark.parametrize(("value", "expected"), [
    ("heat pump", "'heat pump'"),
    ("", "''"),
    ("a\nb", "'a\\nb'"),
    ("it's", "\"it's\""),
    ("x\udcff", "'x\\xff'"),  # an undecodable byte of an argument, as Python keeps it
    ("\\udcff", "'\\\\udcff'"),  # the same text typed out: a backslash, not a byte
    (b"\x87\x00ok", "'\\x87\\x00ok'"),
])
def test_shown_quotes_a_value_on_one_line(value: str | bytes, expected: str) -> None:
    assert shown(value) == expected


def test_shown_cuts_a_long_value_after_its_closing_quote() -> None:
    assert shown("a" * 30_000) == repr("a" * SHOWN_CHARS) + "…"


@pytest.mark.parametrize(("name", "expected"), [
    ("news.db", "news.db"),
    ("my news.db", "my news.db"),
    ("", "''"),
    (" news.db", "' news.db'"),
    ("a\nb.html", "'a\\nb.html'"),
    ("page\udcff.html", "'page\\xff.html'"),
])
def test_a_name_is_bare_unless_it_needs_quotes(name: str, expected: str) -> None:
    assert shown(name, bare=True) == expected


def test_a_long_path_keeps_its_start_and_its_file_name() -> None:
    path = "/data/" + "x" * 5000 + "/news.db"
    got = shown_path(path)
    assert got.startswith("/data/xxx") and got.endswith("x/news.db") and "…" in got
    assert len(got) == 2 * SHOWN_CHARS + 1


def test_search_with_a_huge_query_shows_its_start_only(tmp_path: Path) -> None:
    """It echoed the whole 30,000-character query on one line."""
    db = one_article_archive(tmp_path)
    line = one_error_line(clippings("search", str(db), "(" * 30_000))
    assert line.startswith(f"clippings: error: search {'(' * SHOWN_CHARS!r}… is not valid FTS5 syntax ("), line
    assert len(line) < LONGEST_LINE


def test_history_of_a_huge_or_empty_url_is_a_short_clear_line(tmp_path: Path) -> None:
    """A 100 KB URL was echoed whole; an empty one read "error:  is not in news.db"."""
    db = one_article_archive(tmp_path)
    line = one_error_line(clippings("history", str(db), "http://" + "a" * 100_000))
    assert line.startswith("clippings: error: http://aaa") and line.endswith(f"aaa is not in {db}"), line
    assert len(line) < LONGEST_LINE
    assert one_error_line(clippings("history", str(db), "")) == f"clippings: error: '' is not in {db}"


def test_import_warc_of_binary_bytes_shows_their_first_line_escaped(tmp_path: Path) -> None:
    """warcio quotes the first line as Latin-1 text: binary bytes came out as mojibake."""
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"\x87\x90\xfe\x00binary\r\nmore bytes\n")
    line = one_error_line(clippings("import-warc", str(junk), "--db", str(tmp_path / "news.db")))
    assert line == (f"clippings: error: {junk}: not a WARC file (ArchiveLoadFailed: Unknown archive format, "
                    "first line: '\\x87\\x90\\xfe\\x00binary')"), line
    assert not (tmp_path / "news.db").exists()


def test_extract_of_a_file_name_with_a_newline_is_one_line(tmp_path: Path) -> None:
    """The name was printed as it is: the error took two lines."""
    name = str(tmp_path / "story\nold.html")
    assert one_error_line(clippings("extract", name)) == f"clippings: error: no such file: {name!r}"


def test_a_huge_bad_option_value_is_cut_in_clicks_error_too(tmp_path: Path) -> None:
    """Click's own message quotes the refused value whole."""
    result = clippings("search", str(tmp_path / "news.db"), "x", "--limit", "9" * 50 + "z" * 5000)
    assert result.returncode == 2
    line = result.stderr.strip()
    assert line.startswith(f"clippings: error: Invalid value for '--limit': {'9' * 50 + 'z' * 50!r}… is not"), line
    assert len(line) < LONGEST_LINE and "\n" not in line


def test_a_setting_naming_an_import_path_of_thousands_of_parts_is_one_line(tmp_path: Path) -> None:
    """Loading it overflowed Python's recursion limit: a 1,000-line traceback."""
    path = "a." * 3000 + "b"
    line = one_error_line(clippings("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "x.db"),
                                    "-s", f"SCHEDULER={path}"))
    assert line.startswith(f"clippings: error: -s SCHEDULER={path[:SHOWN_CHARS]!r}…: cannot load a.a.a."), line
    assert "RecursionError" in line and len(line) < LONGEST_LINE
    assert not (tmp_path / "x.db").exists()


def test_a_site_name_with_a_newline_is_one_line(tmp_path: Path) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text('[[site]]\nname = "Example\\nNews"\nseeds = ["http://exa mple/"]\n', encoding="utf-8")
    line = one_error_line(clippings("crawl", "--sites", str(sites), "--db", str(tmp_path / "x.db")))
    assert line == (f"clippings: error: {sites}: 'Example\\nNews': seed 'http://exa mple/' is not a valid "
                    "http(s) URL (a space in the host name)"), line


def test_serve_on_a_host_name_with_a_newline_is_one_line(tmp_path: Path) -> None:
    db = one_article_archive(tmp_path)
    line = one_error_line(clippings("serve", str(db), "--host", "local\nhost", "--port", "0"))
    assert line.startswith("clippings: error: cannot listen on 'local\\nhost':0: "), line


@pytest.mark.parametrize("command", [
    ("stats", "{long}"), ("export", "{long}"), ("search", "{long}", "news"), ("history", "{long}", "http://a.example/"),
    ("extract", "{long}.html"), ("crawl", "http://127.0.0.1:1/", "--db", "{long}"),
])
def test_a_file_name_past_the_file_systems_limit_is_one_line(tmp_path: Path, command: tuple[str, ...]) -> None:
    """A name part over NAME_MAX (255 bytes): every command's path check met
    ``OSError: File name too long`` as a 46-line traceback."""
    long = str(tmp_path / ("x" * 300))
    done = clippings(*(part.format(long=long) for part in command))
    line = one_error_line(done)
    assert "the file name is too long" in line and len(line) <= LONGEST_LINE, line
    assert not list(tmp_path.iterdir())  # nothing made
