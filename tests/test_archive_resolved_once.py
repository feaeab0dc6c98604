"""The archive's path is resolved (its symbolic links followed) once per command,
not at every check, hold and connection: a command's checks then name one file."""

from __future__ import annotations

import os
import signal
import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from tests.support.slow_site import SlowSite, article_html
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


def swapping_site(tmp_path: Path, stories: int = 2) -> SlowSite:
    """A site whose home page, when asked for (the crawl's archive opened, nothing
    stored yet), points ``a/link.db`` (leading to ``a/news.db``) at ``b/news.db``."""
    (tmp_path / "a").mkdir(exist_ok=True)
    (tmp_path / "b").mkdir(exist_ok=True)
    link = tmp_path / "a" / "link.db"
    link.symlink_to("news.db")

    class Swapping(SlowSite):
        def answer(self, path: str) -> tuple[int, str]:
            if path == "/":
                flipped = tmp_path / "a" / "flipped.db"
                flipped.symlink_to(Path("..", "b", "news.db"))
                os.replace(flipped, link)
            return super().answer(path)

    return Swapping(stories=stories, stall=0)


def crawl_swapping_link(tmp_path: Path) -> None:
    """``clippings crawl`` into ``a/link.db``, pointed at ``b/news.db`` as the
    crawl's first page is asked for (:func:`swapping_site`); the crawl ends well."""
    from tests.conftest import crawl

    with swapping_site(tmp_path) as site:
        run = crawl(tmp_path / "a" / "link.db", site.base_url + "/")
    assert run.returncode == 0, run.stderr
    assert os.readlink(tmp_path / "a" / "link.db") == os.path.join("..", "b", "news.db")  # (pointed elsewhere)


def running_crawl_in_b(tmp_path: Path) -> Path:
    """``b/news.db``, an archive whose crawl 1 is running (another writer's)."""
    (tmp_path / "b").mkdir()
    other = imported_one_article(tmp_path / "b" / "news.db", "page.warc.gz")
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute("UPDATE crawls SET status = 'running', finished = NULL WHERE id = 1")
    return other


def test_a_crawl_writes_to_the_end_the_archive_it_started_on(tmp_path: Path) -> None:
    """The archive's link pointed at another archive while a crawl runs: the crawl
    ends on the file it started on. Its writer thread did not share the command's
    path resolved once: its close followed the link anew, so it gave back the other
    archive's writer lock (none), leaving the first one's lock file naming the
    crawl as its writer, and stored its WARC files' paths as seen from the other
    archive's folder (absolute, where the archive keeps them relative to its own)."""
    crawl_swapping_link(tmp_path)
    assert sorted(os.listdir(tmp_path / "b")) == []
    assert (tmp_path / "a" / "news.db.lock").read_bytes() == b""  # given back
    with closing(sqlite3.connect(tmp_path / "a" / "news.db")) as conn:
        stored = [row[0] for row in conn.execute("SELECT warc_file FROM versions")]
    assert len(stored) == 2 and all(path.startswith("link-warc" + os.sep) for path in stored), stored


def test_a_crawls_end_closes_no_crawl_of_the_archive_its_link_leads_to_now(tmp_path: Path) -> None:
    """The other archive holds a crawl of the same number still running (another
    writer's): the crawl's end, closing its own row should its pipeline not have,
    followed the link anew (``close_stale_crawls`` opened the path it was given)
    and marked the other archive's crawl failed."""
    other = running_crawl_in_b(tmp_path)
    crawl_swapping_link(tmp_path)
    with closing(sqlite3.connect(other)) as conn:
        assert conn.execute("SELECT id, status FROM crawls").fetchall() == [(1, "running")]
    with closing(sqlite3.connect(tmp_path / "a" / "news.db")) as conn:
        assert conn.execute("SELECT id, status FROM crawls").fetchall() == [(1, "finished")]


def test_a_forced_stop_closes_the_crawl_of_the_archive_it_started_on(tmp_path: Path) -> None:
    """A crawl stopped without waiting (Ctrl-C, then SIGTERM) after its archive's
    link was pointed at another archive: the forced stop's thread did not share the
    command's path resolved once, so it closed the other archive's running crawl of
    the same number as interrupted, and left its own ``running``."""
    from tests.test_cli_runs import start, wait_for

    other = running_crawl_in_b(tmp_path)
    with swapping_site(tmp_path) as site:
        site.gate.clear()  # (the stories wait: the crawl is in flight when stopped)
        process = start("crawl", site.base_url + "/", "--db", str(tmp_path / "a" / "link.db"), "--delay", "0")
        try:
            wait_for(lambda: any(path.startswith("/story/") for path in site.paths) or process.poll() is not None,
                     "a story asked for")
            assert process.poll() is None, process.communicate()
            process.send_signal(signal.SIGINT)
            process.send_signal(signal.SIGTERM)  # (handled after SIGINT's: a second signal, the forced stop)
            _, stderr = process.communicate(timeout=120)
        finally:
            process.kill()
            site.gate.set()
    assert "stopped without waiting" in stderr, stderr
    with closing(sqlite3.connect(other)) as conn:
        assert conn.execute("SELECT id, status FROM crawls").fetchall() == [(1, "running")]
    with closing(sqlite3.connect(tmp_path / "a" / "news.db")) as conn:
        assert conn.execute("SELECT id, status FROM crawls").fetchall() == [(1, "interrupted")]
