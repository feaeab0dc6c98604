"""Imports go one way: parsers know no Scrapy or SQLite; the archive knows no Scrapy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "crawler/parsers": {"scrapy", "sqlite_utils", "sqlite3", "archive", "pipelines", "twisted"},
    "crawler/items.py": {"scrapy", "sqlite_utils", "sqlite3", "archive", "pipelines", "twisted"},
    "crawler/urls.py": {"scrapy", "sqlite_utils", "sqlite3", "archive", "pipelines"},
    "crawler/spiders": {"sqlite_utils", "sqlite3", "archive", "pipelines"},
    "archive": {"scrapy", "twisted", "pipelines", "crawler.spiders", "crawler.cli"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files(target: str) -> list[Path]:
    path = ROOT / target
    return [path] if path.is_file() else sorted(path.rglob("*.py"))


@pytest.mark.parametrize("target", sorted(FORBIDDEN))
def test_layer_imports_only_downstream(target: str) -> None:
    files = python_files(target)
    assert files, f"{target} has no Python files"
    for path in files:
        for name in imported_modules(path):
            for banned in FORBIDDEN[target]:
                assert not (name == banned or name.startswith(banned + ".")), (
                    f"{path.relative_to(ROOT)} imports {name}, which {target} must not use"
                )


def test_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import scrapy.http\nfrom sqlite_utils import Database\n")
    assert imported_modules(bad) == {"scrapy.http", "sqlite_utils"}
