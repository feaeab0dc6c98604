"""Write :data:`tests.support.zygote.PRELOAD`: the modules real ``clippings`` runs
have imported when they end (a crawl of the sample site with its WARC, the WARC
imported again, an export, reextract, stats, search, history, extract, and a
worker and serve that stop at their first check), as the zygote is to import
them. Run it again when the commands' imports change:
``python -m tests.support.zygote_record``."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.conftest import ENV, ROOT
from tests.support.zygote import PRELOAD

#: ``python -m crawler.cli`` that appends the names in sys.modules to a file at exit.
RECORDING = ("import atexit, runpy, sys\n"
             "out = sys.argv.pop(1)\n"
             "def dump():\n"
             "    with open(out, 'a') as f: f.write('\\n'.join(sys.modules) + '\\n')\n"
             "atexit.register(dump)\n"
             "runpy.run_module('crawler.cli', run_name='__main__', alter_sys=True)\n")


def runs(folder: Path, base_url: str) -> list[list[str]]:
    db, again = str(folder / "a.db"), str(folder / "b.db")
    return [["crawl", base_url + "/", "--db", db, "--delay", "0"],
            ["import-warc", "WARCS", "--db", again],
            ["export", db, "--output", str(folder / "a.jsonl")], ["reextract", db], ["stats", db],
            ["search", db, "harbour"], ["history", db, base_url + "/"], ["extract", str(ROOT / "README.md")],
            ["worker", "--redis", "redis://127.0.0.1:9", "--once", "--wait", "0"], ["serve", db, "--host", " "]]


def main() -> None:
    from crawler.demo.server import serve_demo

    with tempfile.TemporaryDirectory() as name, serve_demo(port=0) as server:
        folder, out = Path(name), Path(name) / "modules.txt"
        for args in runs(folder, server.base_url):
            if "WARCS" in args:  # the crawl's, known once it has run
                warcs = [str(path) for path in sorted(folder.glob("**/*.warc*")) if path.is_file()]
                if not warcs:
                    sys.exit("the crawl wrote no WARC")
                args = [*warcs, *args[2:]]
                args.insert(0, "import-warc")
            done = subprocess.run([sys.executable, "-c", RECORDING, str(out), *args], cwd=folder, env=ENV,
                                  capture_output=True, text=True, timeout=300)
            print(args[0], done.returncode, done.stderr.strip().splitlines()[-1:], file=sys.stderr)
        names = {name for name in out.read_text().split() if not name.startswith(("__", "tests", "_cython_"))}
    # Less what any interpreter of this environment holds at start (a ``.pth`` file's
    # own modules, such as a profiling hook in one machine's venv, are no run's imports:
    # another machine's zygote would find no such module).
    names -= set(subprocess.run([sys.executable, "-c", "import sys; print(*sys.modules)"], env=ENV,
                                capture_output=True, text=True, check=True, timeout=60).stdout.split())
    PRELOAD.write_text("".join(f"{name}\n" for name in sorted(names)))
    print(f"{len(names)} modules in {os.path.relpath(PRELOAD)}", file=sys.stderr)


if __name__ == "__main__":
    main()
