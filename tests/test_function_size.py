"""No product function over 60 lines (the developer guide's rule), except the kinds
the guide names: HTML templates and schema migrations."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("crawler", "pipelines", "archive")
MAX_LINES = 60
# The guide's exceptions: HTML templates (the demo site's pages) and schema migrations.
EXEMPT_FILES = {"crawler/demo/templates.py", "archive/migrations.py"}


def long_functions(source: str, name: str = "<source>") -> list[str]:
    """``"name:line function (n lines)"`` for every function over MAX_LINES lines."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            if size > MAX_LINES:
                found.append(f"{name}:{node.lineno} {node.name} ({size} lines)")
    return found


def test_the_check_sees_a_long_function():
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_LINES))
    assert long_functions(f"def short():\n    return 1\n\ndef long():\n{body}") == [
        f"<source>:4 long ({MAX_LINES + 1} lines)"]
    nested = "class A:\n    def method(self):\n" + body.replace("    ", "        ")
    assert long_functions(nested) == [f"<source>:2 method ({MAX_LINES + 1} lines)"]


def test_no_product_function_is_over_60_lines():
    offenders = []
    for package in PRODUCT:
        for path in sorted((ROOT / package).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name not in EXEMPT_FILES:
                offenders += long_functions(path.read_text(encoding="utf-8"), name)
    assert offenders == []
