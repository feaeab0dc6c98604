"""benchmarks/perturb_dates.py: the printed day reformatted, the rest kept."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from pathlib import Path

import lxml.html
import pytest

from benchmarks.datasets import split_of
from benchmarks.perturb_dates import MONTHS, day_pattern, main, new_date, perturb_dates

DAY = dt.date(2025, 4, 5)
PAGE = """<html lang="de"><head><title>Regen</title></head><body><article>
<h1>Regen kommt</h1><p class="meta">Von Anna Berg · <time datetime="2025-04-05T10:00">5. April 2025</time></p>
<a href="https://example.org/2025/04/05/regen">Link</a><p>Stand 05.04.2025, 12:00 Uhr. Am 4. April 2025 war es trocken.</p>
<script>var d = "05.04.2025";</script><!-- 2025-04-05 --><p>Seit 2025-04-05 und April 5, 2025; 15.04.2025.</p>
</article></body></html>"""


def _text(html: str) -> str:
    return lxml.html.document_fromstring(html).text_content()


def test_each_printed_form_of_the_day_becomes_the_pages_one_new_text() -> None:
    out, count = perturb_dates(PAGE, DAY, "page-1")
    new = new_date(DAY, "de", "page-1")
    assert count == 4 and out.count(new) == 4
    assert "datetime" not in out and "/2025/04/05" not in out
    # another day, a script, a comment and the rest of the text are left as they are
    for kept in ("4. April 2025", "15.04.2025", 'var d = "05.04.2025"', "<!-- 2025-04-05 -->", "Von Anna Berg"):
        assert kept in out, kept
    assert new_date(DAY, "de", "page-1") == new  # deterministic


@pytest.mark.parametrize("seed", [f"page-{n}" for n in range(200)])
def test_a_numeric_date_follows_the_pages_convention(seed: str) -> None:
    text = new_date(DAY, "de", seed)
    assert not re.search(r"\b0?4[./-]0?5[./-]", text)     # never month first on a German page
    us = new_date(DAY, "en-us", seed)
    assert not re.search(r"\b0?5/0?4/", us)               # never day first on a US page
    assert "2025" in text or ".25" in text


def test_the_new_text_prints_the_same_day() -> None:
    seen = {new_date(DAY, lang, f"p{n}") for lang in ("de", "en", "en-us", "fr", "pl") for n in range(40)}
    assert len(seen) > 30
    for text in seen:
        assert day_pattern(DAY, "en").search(text) or any(
            MONTHS[lang][0].split()[3] in text for lang in MONTHS) or re.search(r"\b0?5\b|\b05\b", text), text


def test_main_writes_the_tuning_pages_only(tmp_path: Path) -> None:
    ids = [f"page-{n}" for n in range(6)]
    tuning = [i for i in ids if split_of(i) == "tuning"]
    assert tuning and len(tuning) < len(ids)
    source = tmp_path / "src"
    (source / "html").mkdir(parents=True)
    rows = []
    for i in ids:
        (source / "html" / f"{i}.html.gz").write_bytes(gzip.compress(PAGE.encode()))
        rows.append({"id": i, "url": "https://example.org/2025/04/05/regen", "file": f"html/{i}.html.gz",
                     "with": ["Regen kommt"], "without": [], "published": "2025-04-05"})
    (source / "truth.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    target = tmp_path / "out"
    assert main([str(source), str(target)]) == 0
    written = [json.loads(line) for line in (target / "truth.jsonl").read_text().splitlines()]
    assert [r["id"] for r in written] == tuning and all("2025" not in r["url"] for r in written)
    assert sorted(p.name for p in (target / "html").iterdir()) == sorted(f"{i}.html.gz" for i in tuning)
    out = gzip.decompress((target / "html" / f"{tuning[0]}.html.gz").read_bytes()).decode()
    assert new_date(DAY, "de", tuning[0]) in _text(out)
    assert main([str(source), str(target)]) == 2     # an existing target is not overwritten
