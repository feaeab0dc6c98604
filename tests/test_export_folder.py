"""One Parquet export per folder: an export replaces the earlier export's files
whole (``--versions latest`` and ``--versions all`` have different file names),
so the card's ``read_parquet('DIR/*.parquet')`` reads one export; a ``.parquet``
no export wrote is refused, named. Real ``clippings export`` runs on a real archive."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from archive.card import card_files
from tests.conftest import clippings
from tests.test_cli_faults import imported_one_article


def _parquet_names(out: Path) -> list[str]:
    return sorted(entry for entry in os.listdir(out) if entry.endswith(".parquet"))


def test_an_export_of_all_versions_replaces_the_latest_ones_file_in_its_folder(tmp_path: Path) -> None:
    """Both files stayed: the folder's *.parquet read every article twice."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    for versions, name in (("latest", "articles.parquet"), ("all", "versions.parquet"), ("latest", "articles.parquet")):
        result = clippings("export", str(db), "--format", "parquet", "--versions", versions, "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert _parquet_names(out) == [name], versions
        assert card_files((out / "README.md").read_text(encoding="utf-8"))[1] == [name]
        files = [str(out / entry) for entry in _parquet_names(out)]
        assert ds.dataset(files, format="parquet").count_rows() == 1  # what *.parquet reads: one export


def test_a_parquet_file_no_export_wrote_is_refused_by_name_and_left(tmp_path: Path) -> None:
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    out.mkdir()
    pq.write_table(pa.table({"x": [1, 2]}), out / "mine.parquet")
    result = clippings("export", str(db), "--format", "parquet", "-o", str(out))
    assert result.returncode == 1, result
    assert "mine.parquet is not a Clippings export's file" in result.stderr, result.stderr
    assert "read_parquet('*.parquet')" in result.stderr
    assert sorted(os.listdir(out)) == ["mine.parquet"]
    assert pq.read_table(out / "mine.parquet").num_rows == 2
