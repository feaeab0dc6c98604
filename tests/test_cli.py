"""The command line: every command documented with an example; user errors are one line."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from crawler.cli import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name: str) -> None:
    command = cli.commands[name]
    assert command.help and len(command.help.strip()) > 20
    assert "Example:" in command.help, f"clippings {name} --help shows no example"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert f"clippings {name}" in result.output


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"clippings {name}" in readme


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real console entry point, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "missing.db", "x"], "no archive at missing.db"),
        (["stats", "missing.db"], "no archive at missing.db"),
        (["export", "missing.db", "--format", "xml"], "'xml' is not one of"),
        (["extract", "nowhere.html"], "no such file: nowhere.html"),
        (["crawl", "not-a-url", "--db", "x.db"], "seed 'not-a-url' is not an http(s) URL"),
        (["crawl", "--max-pages", "0", "http://127.0.0.1:9/"], "0 is not in the range"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
)
def test_user_errors_are_one_line_without_traceback(tmp_path: Path, args: list[str], message: str) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("clippings: error: ")
    assert message in lines[0]
    assert "Traceback" not in result.stderr


def test_unreachable_seed_is_one_line_and_nonzero(tmp_path: Path) -> None:
    # Port 9 (discard) on loopback: nothing listens there, so the connection is refused.
    result = run("crawl", "http://127.0.0.1:9/", "--db", str(tmp_path / "a.db"), cwd=tmp_path)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("clippings: error:")]
    assert len(errors) == 1
    assert "could not crawl seed http://127.0.0.1:9/" in errors[0]
    assert "Traceback" not in result.stderr


def test_extract_reads_html_and_gzip(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} tells the reader about the harbour town's new ferry timetable, "
        f"which the council approved after months of debate among residents.</p>"
        for i in range(6)
    )
    page = (
        "<html lang='en'><head><title>Ferry timetable approved | Harbour News</title>"
        "<meta property='og:type' content='article'></head><body><article>"
        "<h1>Ferry timetable approved</h1><p class='byline'>By Ann Lee</p>"
        f"<time datetime='2025-07-16'>July 16, 2025</time>{paragraphs}</article></body></html>"
    )
    plain = tmp_path / "story.html"
    plain.write_text(page, encoding="utf-8")
    packed = tmp_path / "story.html.gz"
    packed.write_bytes(gzip.compress(page.encode("utf-8")))
    result = CliRunner().invoke(cli, ["extract", str(plain), str(packed), "--url", "https://harbour.example/ferry"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 2
    for record in records:
        assert record["title"] == "Ferry timetable approved"
        assert record["canonical_url"] == "https://harbour.example/ferry"
        assert record["published"] == "2025-07-16"
        assert record["body"].startswith("Paragraph 0 tells the reader")


def test_extract_prints_any_page_with_its_kind(tmp_path: Path) -> None:
    page = tmp_path / "contact.html"
    page.write_text("<html><body><h1>Contact</h1><p>Write to us.</p></body></html>")
    result = CliRunner().invoke(cli, ["extract", str(page)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["page_kind"] == "page" and record["body"] == "Write to us."


def test_extract_reports_a_page_without_main_text(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    result = CliRunner().invoke(cli, ["extract", str(page)])
    assert result.exit_code == 1
    assert json.loads(result.output) == {"file": str(page), "error": "no main text"}


def test_extract_of_a_page_cut_by_the_parsers_caps_says_so(tmp_path: Path) -> None:
    """An article behind 26,000 ``<meta>`` tags: the parser reads a page up to 25,000
    elements, so its text is never reached. ``extract`` said "no main text", as of
    a page that has none; it now says the page was cut, as the crawl's row does."""
    from tests.support.slow_site import article_html

    page = tmp_path / "behind-meta.html"
    page.write_text(article_html(1).replace("<head>", "<head>" + "<meta name='keywords' content='news'>" * 26_000))
    result = CliRunner().invoke(cli, ["extract", str(page)])
    assert result.exit_code == 1
    assert json.loads(result.output) == {
        "file": str(page), "error": "no main text in the part read (the page is past the parser's cap on elements)"}


def test_extract_of_a_file_that_is_no_page_says_what_it_is(tmp_path: Path) -> None:
    """An empty file, NUL bytes, a PDF: each said "no main text" (or made a record
    of PDF syntax), the reason for an HTML page without an article text."""
    files = {"empty.html": b"", "zeros.html": b"\x00" * 4096,
             "report.html": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n(The ferry timetable.) Tj\n"}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = CliRunner().invoke(cli, ["extract", *(str(tmp_path / name) for name in files)])
    assert result.exit_code == 1
    assert [json.loads(line) for line in result.output.splitlines()] == [
        {"file": str(tmp_path / "empty.html"), "error": "empty file"},
        {"file": str(tmp_path / "zeros.html"), "error": "not an HTML page (binary data)"},
        {"file": str(tmp_path / "report.html"), "error": "not an HTML page (binary data: PDF)"}]


def test_version_option() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and "clippings" in result.output
    assert isinstance(cli, click.Group)


def test_cli_reference_is_up_to_date() -> None:
    """docs/cli.md is generated from --help by cog; regenerate with `cog -r docs/cli.md`."""
    from cogapp import Cog

    status = Cog().main(["cog", "--check", str(ROOT / "docs" / "cli.md")])
    assert status == 0, "docs/cli.md is stale: run .venv/bin/cog -r docs/cli.md"


# The sample site served and crawled by `clippings demo`: the first run of
# tests/test_cli_runs.py::test_demo_twice_into_one_archive_stores_nothing_twice.


def test_extract_explain_names_the_rule_of_each_dropped_line(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} tells the reader about the harbour town's new ferry timetable, "
        f"which the council approved after months of debate among residents.</p>"
        for i in range(6)
    )
    page = tmp_path / "story.html"
    page.write_text(
        "<html lang='en'><head><title>Ferry timetable approved</title>"
        "<meta property='og:type' content='article'></head><body><article>"
        "<h1>Ferry timetable approved</h1>"
        f"{paragraphs[:400]}<p>ADVERTISEMENT</p><p>Facebook Twitter Email</p>"
        "<aside><p>Our harbour guide has timetables for every island ferry.</p></aside>"
        f"{paragraphs[400:]}</article></body></html>", encoding="utf-8")
    plain = CliRunner().invoke(cli, ["extract", str(page), "--url", "https://harbour.example/ferry"])
    assert plain.exit_code == 0 and len(plain.output.splitlines()) == 1
    result = CliRunner().invoke(cli, ["extract", str(page), "--url", "https://harbour.example/ferry",
                                      "--explain"])
    assert result.exit_code == 0, result.output
    record, *dropped = [json.loads(line) for line in result.output.splitlines()]
    assert "ADVERTISEMENT" not in record["body"] and "Facebook" not in record["body"]
    rules = {item["dropped"]: item["rule"] for item in dropped}
    assert rules["ADVERTISEMENT"] == "furniture-phrase"
    assert rules["Facebook Twitter Email"] == "share-bar"
    assert rules["Our harbour guide has timetables for every island ferry."] == "furniture-tag"
    assert all(item["file"] == str(page) and item["reason"] for item in dropped)


def test_extract_says_a_later_page_of_a_story_is_one(tmp_path: Path) -> None:
    # A story's page 2 extracted alone: its record says which page it is and names the
    # first page (a crawl joins its text into that page's record); page 1 says nothing.
    from tests.conftest import clippings

    sentence = "The harbour board met on Tuesday and heard from residents, traders and the ferry operator."
    text = "".join(f"<p>Part 2, paragraph {n}. {sentence}</p>" for n in range(4))
    pager = ("<div class='pagination'><a rel='prev' href='/news/ferry-plan-4821.html'>Previous page</a> "
             "<a href='/news/ferry-plan-4821.html'>1</a> <span>2</span></div>")
    page = tmp_path / "page2.html"
    page.write_text(f"<html><head><title>Ferry plan approved</title></head><body><article>"
                    f"<h1>Ferry plan approved</h1>{text}</article>{pager}</body></html>")
    result = clippings("extract", str(page), "--url", "https://harbour.example/news/ferry-plan-4821_2.html")
    assert result.returncode == 0, result.stderr
    provenance = json.loads(result.stdout)["provenance"]
    assert provenance["story_page"] == "2"
    assert provenance["story_first_page"] == "https://harbour.example/news/ferry-plan-4821.html"
    # and a line on stderr, for the reader who takes the record for the whole story
    assert result.stderr == (f"{page}: page 2 of a multi-page story: the record is this page's text only; the "
                             "story's first page is https://harbour.example/news/ferry-plan-4821.html (a crawl "
                             "stores the story there, its pages joined)\n"), result.stderr
    result = clippings("extract", str(page), "--url", "https://harbour.example/news/ferry-plan-4821.html")
    assert result.returncode == 0, result.stderr
    assert "story_page" not in json.loads(result.stdout)["provenance"] and result.stderr == ""
