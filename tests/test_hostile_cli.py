"""Bad inputs of a hostile user's sweep of the CLI (weird paths around the archive
and the export), each one line, a non-zero exit and the input unchanged; or, for
a valid if odd input, done. In-process (CliRunner): no crawl, no subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from tests.test_cli_faults import imported_one_article


def _run(*args: str) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stderr.splitlines(), result.stdout


@pytest.mark.parametrize("output", ["/proc/version", "/proc/new.jsonl", "/proc/new-folder"])
def test_an_export_into_a_virtual_folder_says_no_file_can_be_made_there(tmp_path: Path, output: str) -> None:
    """``export -o /proc/version`` said "No such file or directory" of a file that is
    there (the export's part file, made beside it, is what procfs refused)."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    args = ("--format", "parquet") if output.endswith("folder") else ()
    code, lines, _ = _run("export", str(db), "-o", output, *args)
    assert code == 1 and lines == [f"clippings: error: cannot write {output}: its folder /proc takes no new file "
                                   "(a virtual file system, as /proc or /sys, makes none)"], lines
