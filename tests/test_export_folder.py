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


def test_a_users_copy_carrying_the_exports_id_is_refused_not_deleted(tmp_path: Path) -> None:
    """pyarrow keeps a table's schema metadata: a user's filtered copy of the export
    carries its export id. The next export deleted it as an earlier export's file."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out)).returncode == 0
    table = pq.read_table(out / "articles.parquet")
    pq.write_table(table.slice(0, 0), out / "filtered.parquet")  # (its metadata: the export's id)
    assert pq.read_schema(out / "filtered.parquet").metadata[b"clippings_export_id"]
    result = clippings("export", str(db), "--format", "parquet", "--versions", "all", "-o", str(out))
    assert result.returncode == 1, result
    assert "filtered.parquet is not a Clippings export's file" in result.stderr, result.stderr
    assert _parquet_names(out) == ["articles.parquet", "filtered.parquet"]


def test_a_users_file_a_card_was_edited_to_list_is_refused_not_deleted(tmp_path: Path) -> None:
    """A card names its data files; one edited by hand (or copied from another
    folder) to name the user's file made the next export delete it."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out)).returncode == 0
    pq.write_table(pa.table({"x": [1, 2]}), out / "mine.parquet")
    card = out / "README.md"
    text = card.read_text(encoding="utf-8")
    card.write_text(text.replace("  - articles.parquet\n", "  - articles.parquet\n  - mine.parquet\n", 1),
                    encoding="utf-8")
    assert "mine.parquet" in card_files(card.read_text(encoding="utf-8"))[1]
    result = clippings("export", str(db), "--format", "parquet", "--versions", "all", "-o", str(out))
    assert result.returncode == 1, result
    assert "mine.parquet is not a Clippings export's file" in result.stderr, result.stderr
    assert pq.read_table(out / "mine.parquet").num_rows == 2


def test_a_symlink_to_the_users_file_is_refused_and_both_are_left(tmp_path: Path) -> None:
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out)).returncode == 0
    (out / "linked.parquet").symlink_to(out / "articles.parquet")
    result = clippings("export", str(db), "--format", "parquet", "--versions", "all", "-o", str(out))
    assert result.returncode == 1, result
    assert "linked.parquet is not a Clippings export's file" in result.stderr, result.stderr
    assert os.path.islink(out / "linked.parquet") and (out / "articles.parquet").is_file()


def test_an_export_the_user_renamed_to_keep_it_is_refused_not_deleted(tmp_path: Path) -> None:
    """A user keeping last week's export under another name: its metadata holds an
    export id, and the next export deleted it."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    assert clippings("export", str(db), "--format", "parquet", "-o", str(out)).returncode == 0
    os.rename(out / "articles.parquet", out / "articles-last-week.parquet")
    result = clippings("export", str(db), "--format", "parquet", "-o", str(out))
    assert result.returncode == 1, result
    assert "articles-last-week.parquet is not a Clippings export's file" in result.stderr, result.stderr
    assert pq.read_table(out / "articles-last-week.parquet").num_rows == 1


def test_a_users_own_articles_parquet_is_refused_not_replaced(tmp_path: Path) -> None:
    """A file the user wrote under the export's own name, no export id in it and no
    card naming it: the export replaced it."""
    db = imported_one_article(tmp_path / "news.db", "page.warc.gz")
    out = tmp_path / "out"
    out.mkdir()
    pq.write_table(pa.table({"x": [1, 2]}), out / "articles.parquet")
    result = clippings("export", str(db), "--format", "parquet", "-o", str(out))
    assert result.returncode == 1, result
    assert "articles.parquet is not a Clippings export's file, and this export would replace it" in result.stderr
    assert sorted(os.listdir(out)) == ["articles.parquet"]
    assert pq.read_table(out / "articles.parquet").num_rows == 2
