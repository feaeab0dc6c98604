"""Issue 9 / 12: bad input to ``clippings`` gets one clear line naming the input
and the reason, a non-zero exit, and nothing created or changed. Real
subprocesses, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import clippings
from tests.test_cli_runs import one_error_line


@pytest.mark.parametrize(("setting", "reason"), [
    ("DOWNLOAD_TIMEOUT=abc", "-s DOWNLOAD_TIMEOUT='abc': not a number"),
    ("ROBOTSTXT_OBEY=maybe", "-s ROBOTSTXT_OBEY='maybe': not true or false"),
    ("DEPTH_LIMIT=x", "-s DEPTH_LIMIT='x': not a number"),
    ("DEPTH_LIMIT=1.5", "-s DEPTH_LIMIT='1.5': not a whole number"),
    ("CLIPPINGS_MAX_PAGES=-1", "-s CLIPPINGS_MAX_PAGES='-1': must be at least 0"),
    ("CONCURRENT_REQUESTS=0", "-s CONCURRENT_REQUESTS='0': must be at least 1"),
    ("CLIPPINGS_SITE_BUDGET_TYPO={", None),
])
def test_bad_scrapy_setting_is_refused_before_any_work(tmp_path: Path, setting: str, reason: str | None) -> None:
    db = tmp_path / "x.db"
    result = clippings("crawl", "http://127.0.0.1:9/", "--db", str(db), "-s", setting, "--max-pages", "1")
    if reason is None:  # an unknown key passes as text to Scrapy
        assert "-s CLIPPINGS_SITE_BUDGET_TYPO" not in result.stderr
        return
    assert one_error_line(result).endswith(reason)
    assert list(tmp_path.iterdir()) == []
