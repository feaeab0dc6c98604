"""``benchmarks/sample_profile.py --stages`` names each stage by the function it runs
in: a function renamed or moved would leave its row at 0% without a word."""

from __future__ import annotations

import ast
from pathlib import Path

from benchmarks.sample_profile import STAGES, Samples, _stages

ROOT = Path(__file__).resolve().parent.parent


def _functions() -> set[str]:
    """``file:name`` of every function and method of the package, as the profile names them."""
    names: set[str] = set()
    for path in (ROOT / "crawler").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(f"{path.name}:{node.name}")
    return names


def test_every_stage_names_a_function_of_the_package() -> None:
    functions = _functions()  # (once: the comprehension parsed the package again for each stage)
    missing = [name for _, name in STAGES if name not in functions]
    assert missing == []


def test_a_stage_share_is_that_of_the_samples_in_its_function() -> None:
    samples = Samples()
    samples.within["blocks.py:extract_body"] = 3
    samples.within["container.py:collect"] = 1
    rows = _stages(samples, total=4).splitlines()
    assert rows[0] == "== stages (the function or below it)"
    assert " 75.0%  body  (blocks.py:extract_body)" in rows
    assert " 25.0%  - candidate scoring pass  (container.py:collect)" in rows
    assert "  0.0%  language  (language.py:detect_language)" in rows
