"""A stop signal whose exception some code swallowed as the command started still
stops it (tests/test_forkrun.py's SIGTERM'd crawl said "holds no seeds" once under
load: the signal landed while the command's modules were imported)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ENV, ROOT

# A crawl whose option parsing (where Scrapy, lxml and the parsers are imported) meets
# a SIGTERM in code that swallows what the handler raised, as a module's init written in
# C may (lxml.etree's did: crawler.cli.StopSignals), or a __del__ the collector runs.
SWALLOWING_CRAWL = """
import os
import signal
import sys

import crawler.cli as cli_module

checked = cli_module.checked_delay


def swallowing(value):
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):
            pass
    except cli_module.Terminated:  # (what the handler raises, swallowed as such code would)
        pass
    return checked(value)


cli_module.checked_delay = swallowing
sys.argv = ["clippings", *sys.argv[1:]]
cli_module.cli()
"""


def test_a_sigterm_swallowed_as_a_crawl_starts_still_stops_it(tmp_path: Path) -> None:
    """The seeds on standard input are not read (nor any crawl started): the command
    ends as a SIGTERM'd one does, exit 143. (It read them, and said "holds no seeds"
    of an empty input, or crawled them.)"""
    run = subprocess.run([sys.executable, "-c", SWALLOWING_CRAWL, "crawl", "-i", "-", "--db", str(tmp_path / "news.db"),
                          "--delay", "0"], input="", capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=120)
    assert (run.returncode, run.stderr.splitlines()[-1:]) == (143, ["clippings: terminated"]), run.stderr
    assert not (tmp_path / "news.db").exists()
