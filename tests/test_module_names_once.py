"""A module-level name in the parsers is bound once: a second ``_X = re.compile(...)`` further
down a long module silently replaces the first, and every use above it reads the second
(two ``_ITALIAN_BY`` patterns in authors.py, two ``_CARD_DEPTH`` limits in author_marks.py,
each documented for its own use). Ruff's redefinition check covers functions and imports,
not plain assignments."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("crawler/parsers",)


def bound_twice(source: str) -> dict[str, list[int]]:
    """The module-level names ``source`` binds more than once (assignments, annotated ones
    with a value, functions and classes), each with its lines; an augmented assignment or an
    item's (``X["k"] = ...``) is a change of the same value, not a second binding."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets = [name for target in node.targets for name in _names(target)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = _names(node.target)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            targets = [node.name]
        else:
            continue
        for name in targets:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def _names(target: ast.expr) -> list[str]:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for item in target.elts for name in _names(item)]
    if isinstance(target, ast.Starred):
        return _names(target.value)
    return []


def test_the_check_finds_a_name_bound_twice():
    source = ('import re\n_BY = re.compile("by")\nVARIANTS = {}\nVARIANTS["all"] = ()\nCOUNT = 1\nCOUNT += 1\n'
              'a, (b, *c) = 1, (2, 3)\n_BY = re.compile("di")\n')
    assert bound_twice(source) == {"_BY": [2, 8]}


def test_no_module_level_name_in_the_parsers_is_bound_twice():
    found = {f"{path.relative_to(ROOT)}: {name} (lines {', '.join(map(str, at))})"
             for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))
             for name, at in bound_twice(path.read_text(encoding="utf-8")).items()}
    assert not found, sorted(found)
