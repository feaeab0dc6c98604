"""The archive's path is resolved (its symbolic links followed) once per command,
not at every check, hold and connection: a command's checks then name one file."""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from contextlib import closing
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


def test_serve_follows_the_archives_link_at_each_request_not_once_for_its_life(tmp_path: Path) -> None:
    """``serve`` lives past its command's checks: a capture it serves is read from
    beside the file the archive's link leads to now (as Datasette's connections
    open it), not the one it led to at the first request. The path resolved once
    per command was kept for the server's life: after the link was pointed at
    another archive, its captures came from the first one's folder."""
    from tests.test_serve import free_port, get, get_when_up, serve

    for folder, number in (("a", 1), ("b", 2)):
        (tmp_path / folder).mkdir()
        db = imported_one_article(tmp_path / folder / "news.db", "page.warc.gz")
        with closing(sqlite3.connect(db)) as conn, conn:  # (relative to the archive's folder, as a crawl writes it)
            conn.execute("UPDATE versions SET warc_file = 'page.warc.gz'")
        write_warc(tmp_path / folder / "page.warc.gz", [("https://news.example/a", article_html(number).encode())])
    link = tmp_path / "link.db"
    link.symlink_to(tmp_path / "a" / "news.db")
    port = free_port()
    process = serve(str(link), "--port", str(port))
    try:
        url = f"http://127.0.0.1:{port}/-/clippings/capture/link/1"
        status, first = get_when_up(url, process)
        assert status == 200 and first == article_html(1)
        flipped = tmp_path / "flipped.db"
        flipped.symlink_to(tmp_path / "b" / "news.db")
        os.replace(flipped, link)
        status, second = get(url)
        assert status == 200 and second == article_html(2)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_crawl_writes_to_the_end_the_archive_it_started_on(tmp_path: Path) -> None:
    """The archive's link pointed at another archive while a crawl runs: the crawl
    ends on the file it started on. Its writer thread did not share the command's
    path resolved once: its close followed the link anew, so it gave back the other
    archive's writer lock (none), leaving the first one's lock file naming the
    crawl as its writer, and stored its WARC files' paths as seen from the other
    archive's folder (absolute, where the archive keeps them relative to its own)."""
    from tests.conftest import crawl
    from tests.support.slow_site import SlowSite

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    link = tmp_path / "a" / "link.db"
    link.symlink_to("news.db")

    class Swapping(SlowSite):
        def answer(self, path: str) -> tuple[int, str]:
            if path == "/":  # (the crawl's first page: its archive opened, nothing stored yet)
                flipped = tmp_path / "a" / "flipped.db"
                flipped.symlink_to(Path("..", "b", "news.db"))
                os.replace(flipped, link)
            return super().answer(path)

    with Swapping(stories=2, stall=0) as site:
        run = crawl(link, site.base_url + "/")
    assert run.returncode == 0, run.stderr
    assert os.readlink(link) == os.path.join("..", "b", "news.db")  # (the link was pointed elsewhere)
    assert sorted(os.listdir(tmp_path / "b")) == []
    assert (tmp_path / "a" / "news.db.lock").read_bytes() == b""  # given back
    with closing(sqlite3.connect(tmp_path / "a" / "news.db")) as conn:
        stored = [row[0] for row in conn.execute("SELECT warc_file FROM versions")]
    assert len(stored) == 2 and all(path.startswith("link-warc" + os.sep) for path in stored), stored
