"""Extraction is split by job with no import cycle: text units, facts, events, discovery, rules,
and the driver on top; rules are a plain list of functions with one signature."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import isecg_kg.kg as kg
from isecg_kg.kg import rules

PACKAGE = Path(kg.__file__).parent


def _imports(module: str) -> set[str]:
    """The sibling modules ``module`` imports (``from .x import``), at any depth of its code."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text())
    return {node.module.split(".")[0] for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def test_no_import_cycle_in_the_package():
    modules = [p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"]
    graph = {m: _imports(m) & set(modules) for m in modules}

    def reaches(start: str, target: str, seen: set) -> bool:
        return any(n == target or (n not in seen and not seen.add(n) and reaches(n, target, seen))
                   for n in graph[start])

    assert [m for m in modules if reaches(m, m, set())] == []
    assert "extract" not in _imports("rules") and "extract" not in _imports("discover")


def test_rules_share_one_signature():
    assert rules.RULES
    for rule in rules.RULES:
        assert list(inspect.signature(rule).parameters) == ["ctx", "state", "sentence"], rule.__name__
