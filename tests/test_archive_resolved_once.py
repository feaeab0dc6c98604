"""The archive's path is resolved (its symbolic links followed) once per command,
not at every check, hold and connection: a command's checks then name one file."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from tests.support.slow_site import article_html
from tests.test_cli_faults import imported_one_article, write_warc


@pytest.mark.parametrize("command", ["stats", "reextract", "export"])
def test_a_command_follows_the_archives_symbolic_link_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          command: str) -> None:
    """``sqlite_file`` (and ``lock_path``, ``_uri``, replay's WARC folder) called
    ``os.path.realpath`` on the archive's path at each check: 17 times in one
    ``reextract``, each following the link anew. Now once per command. (The real
    realpath runs; its calls are counted.)"""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    write_warc(tmp_path / "page.warc.gz", [("https://news.example/a", article_html(1).encode())])
    link = tmp_path / "link.db"
    link.symlink_to(db)
    args = {"stats": ["stats", str(link)], "reextract": ["reextract", str(link)],
            "export": ["export", str(link), "-o", str(tmp_path / "out.jsonl")]}[command]
    followed: Counter[str] = Counter()
    realpath = os.path.realpath

    def counted(path: str | os.PathLike[str], *args: object, **kwargs: object) -> str:
        followed[os.path.abspath(path)] += 1
        return realpath(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os.path, "realpath", counted)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert followed[str(link)] == 1, followed


@pytest.mark.parametrize("command", ["stats", "reextract"])
def test_a_path_through_a_link_then_up_names_the_file_sqlite_opens(tmp_path: Path, command: str) -> None:
    """``sub/link/../news.db``, ``link`` leading to ``other/dir``: SQLite (as the
    kernel) opens ``other/news.db``, the ".." taken after the link. The path
    resolved once per command was keyed by its ``abspath``, which drops
    ``link/..`` first: every check then named ``sub/news.db`` (no such file), and
    the command failed, blaming too many open files."""
    (tmp_path / "other" / "dir").mkdir(parents=True)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "link").symlink_to(Path("..", "other", "dir"))
    imported_one_article(tmp_path / "other" / "news.db", "page.warc.gz")
    write_warc(tmp_path / "other" / "page.warc.gz", [("https://news.example/a", article_html(1).encode())])
    result = CliRunner().invoke(cli, [command, str(tmp_path / "sub" / "link" / ".." / "news.db")])
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(tmp_path / "sub")) == ["link"]
