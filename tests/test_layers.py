"""Import contracts (``[tool.importlinter]`` in pyproject.toml) hold, and catch violations.

The contracts are checked by import-linter's ``lint-imports``, which follows indirect
imports and cycles. Here: the real tree keeps every contract, and a copy of the tree with
one forbidden import injected breaks exactly the contract that forbids it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = ("crawler", "pipelines", "archive", "tests", "benchmarks")


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    # The tree's own packages come first on the path, not the editable install.
    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "200"}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=tree, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def copy_tree(dest: Path) -> Path:
    skip = shutil.ignore_patterns("__pycache__", "fixtures", "results", "*.db", "*.gz")
    for package in PACKAGES:
        shutil.copytree(ROOT / package, dest / package, ignore=skip)
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


def test_the_tree_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("crawler/parsers/__init__.py", "import sqlite3", "Parsers are pure"),
        ("crawler/items.py", "import scrapy.http", "Parsers are pure"),
        ("archive/db.py", "import scrapy", "The archive knows no Scrapy"),
        ("crawler/parsers/__init__.py", "import crawler.cli", "One direction"),
        ("archive/writer.py", "import pipelines.store", "One direction"),
        ("crawler/spiders/articles.py", "import tests.support.demo_truth", "never imports tests"),
        ("archive/db.py", "import archive.writer", "No import cycles"),
    ],
)
def test_a_forbidden_import_breaks_its_contract(tmp_path: Path, module: str, line: str,
                                                contract: str) -> None:
    tree = copy_tree(tmp_path)
    target = tree / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # injected\n", encoding="utf-8")
    result = lint_imports(tree)
    assert result.returncode != 0, result.stdout
    broken = [ln for ln in result.stdout.splitlines() if ln.endswith("BROKEN")]
    assert any(contract in ln for ln in broken), result.stdout


def test_every_crawler_module_has_a_layer() -> None:
    """A new module under crawler/ must be given its place in the layers contract
    (import-linter's own ``exhaustive`` check needs one container for every layer)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "layers")
    placed = {name.strip() for layer in contract["layers"] for name in layer.split("|")}
    modules = {f"crawler.{p.stem}" for p in (ROOT / "crawler").glob("*.py") if p.stem != "__init__"}
    modules |= {f"crawler.{p.parent.name}" for p in (ROOT / "crawler").glob("*/__init__.py")}
    assert sorted(modules - placed) == []
