"""The parsers' import leaves out what only a few pages need: htmldate (and the
courlan it imports) is the date search's last resort, courlan the registrable
domain of an author link's page; each is imported by the first page that asks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_LAZY = ("htmldate", "courlan", "dateparser")


def _loaded_after(code: str, printed: str = "") -> list[str]:
    """The modules of :data:`_LAZY` a fresh process holds after ``code``, which
    prints ``printed`` (its answer) first, if anything."""
    probe = f"import sys; {code}; print(sorted({{m.split('.')[0] for m in sys.modules}} & {set(_LAZY)!r}))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=ROOT, check=True, env={"PYTHONPATH": str(ROOT)})
    lines = result.stdout.strip().splitlines()
    assert lines[:-1] == ([printed] if printed else [])
    return [name.strip("' ") for name in lines[-1].strip("[]").split(",") if name.strip()]


def test_importing_the_parsers_imports_no_htmldate_courlan_or_dateparser() -> None:
    assert _loaded_after("import crawler.parsers.article") == []


def test_an_author_link_on_another_site_reads_its_domain_through_courlan() -> None:
    code = ("from crawler.parsers.metadata.author_marks import _site; "
            "print(_site('https://news.bbc.co.uk/people/jane'))")
    assert _loaded_after(code, "bbc.co.uk") == ["courlan"]


def test_the_date_search_imports_htmldate_when_it_reaches_it() -> None:
    """htmldate's day, read in a process that had not imported htmldate before."""
    code = ("from crawler.parsers.document import parse_html; "
            "from crawler.parsers.metadata.date_search import _htmldate; "
            "doc = parse_html('<html><head><meta name=\"date\" content=\"2021-03-04\"></head>"
            "<body><p>The ferry leaves at six.</p></body></html>'); "
            "print(_htmldate(doc, 'https://harbour.example/ferry', '2026-12-06'))")
    assert _loaded_after(code, "2021-03-04") == ["htmldate"]
