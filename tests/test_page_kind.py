"""``page_kind``: the record says what kind of page it comes from, and the archive
keeps it (articles, versions, and the fetch rows of pages that are not stored)."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from archive import migrations
from archive.db import open_archive


def test_migration_adds_page_kind_to_an_archive_made_before_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_archive(path).close()
    old = sqlite_utils.Database(path)
    # make the archive as it was before m002: no page_kind anywhere, m002 not applied
    for table in ("articles", "versions", "fetches"):
        old.execute(f"ALTER TABLE {table} DROP COLUMN page_kind")
    old.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_page_kind'")
    old.execute("INSERT INTO crawls (started) VALUES ('2025-01-01T00:00:00Z')")
    old.execute("INSERT INTO articles (canonical_url, url, site, title, first_seen, last_seen) "
                "VALUES ('https://a.example/x', 'https://a.example/x', 'a.example', 'X', 'now', 'now')")
    old.conn.commit()
    old.close()

    db = open_archive(path)
    for table in ("articles", "versions", "fetches"):
        assert "page_kind" in db.table(table).columns_dict, table
    assert db.execute("SELECT page_kind FROM articles").fetchall() == [("article",)]
    assert "m006_page_kind" in {m.name for m in migrations.migrations.applied(db)}
    db.close()
    again = open_archive(path)  # applying again is a no-op
    assert again.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
