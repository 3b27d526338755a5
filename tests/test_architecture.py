"""The layers (README, "Architecture"): core packages know nothing of the web or of the pipeline,
and no import cycle runs between packages or between the modules of one package.

Every import counts, also those inside functions (deferred for start-up speed, they are still
dependencies)."""

from __future__ import annotations

import ast
import pickle
import subprocess
import sys
from pathlib import Path

import isecg_kg

PACKAGE = Path(isecg_kg.__file__).parent
CORE = {"ingest", "kg", "search", "qa", "sparql"}
ASSEMBLY = {"web", "pipeline", "cli"}  # the two assembly points, and the command line over them


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """module -> isecg_kg modules it imports (absolute names)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = graph.setdefault(name, set())
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("isecg_kg"))
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if not target.startswith("isecg_kg"):
                    continue
                for alias in node.names:  # `from . import x` may name a module
                    candidate = f"{target}.{alias.name}"
                    found.add(candidate if _exists(candidate) else target)
    return graph


def _exists(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").exists() or (PACKAGE / rel / "__init__.py").exists()


def _part(module: str) -> str:
    """The top-level unit a module belongs to: isecg_kg.kg.rules -> kg, isecg_kg.settings -> settings."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "isecg_kg"


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` if there is any (depth-first search)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_core_packages_import_neither_web_nor_pipeline():
    wrong = sorted((module, target) for module, targets in _imports().items() if _part(module) in CORE
                   for target in targets if _part(target) in ASSEMBLY)
    assert not wrong, wrong


def test_no_cycle_between_packages():
    graph: dict[str, set[str]] = {}
    for module, targets in _imports().items():
        if _part(module) == "isecg_kg":
            continue
        graph.setdefault(_part(module), set()).update(
            _part(t) for t in targets if _part(t) not in (_part(module), "isecg_kg"))
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


def test_no_cycle_between_modules():
    # A module may import its own package's __init__ (which is not a cycle of design).
    graph = {module: {t for t in targets if t != module and not module.startswith(t + ".")}
             for module, targets in _imports().items()}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


def test_query_worker_loads_no_web_framework():
    code = ("import sys, isecg_kg.sparql.worker; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug') "
            "or m.startswith('isecg_kg.web')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_query_process_imports_only_the_store():
    """What a query process runs before its first answer (README, Deployment: the first answer after a
    start): the worker and the loader the endpoint sends it, nothing of the server's side."""
    code = ("import pickle, sys; from pathlib import Path; from isecg_kg.sparql import worker; "
            "pickle.loads(sys.stdin.buffer.read()); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'multiprocessing' "
            "or m.startswith(('urllib.request', 'http.client', 'isecg_kg.sparql.endpoint', 'isecg_kg.kg.remote', 'isecg_kg.indexes', "
            "'isecg_kg.settings', 'isecg_kg.ingest'))))")
    from isecg_kg.indexes import Build
    from isecg_kg.settings import Settings
    from isecg_kg.sparql.endpoint import Endpoint

    captured = {}

    class Spy(Endpoint):
        def __init__(self, loader, settings, **kw):  # noqa: D107 - no pool: only the loader is wanted
            captured["loader"] = loader

    Spy.from_build(Build(Path("/nowhere")), Settings.load(environ={}))
    out = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(captured["loader"]), capture_output=True,
                         check=True)
    assert out.stdout.decode().strip() == "[]", out.stdout


def _defined_twice(source: str) -> list[tuple[str, int]]:
    """Names a module's top level binds twice (a function, a class, a constant): the later silently replaces the
    earlier for every caller, also those written against the earlier one."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        twice += [(n, node.lineno) for n in names if n in seen]
        seen.update(names)
    return twice


def test_no_module_binds_a_name_twice():
    # ruff's F811 sees functions and imports only: a second constant of the same name went unseen twice
    # (qa.compose._tells, qa.sentences.TITLED)
    assert _defined_twice("A = 1\ndef f(): pass\nA = 2\nclass f: pass\n") == [("A", 3), ("f", 4)]
    found = {str(path.relative_to(PACKAGE)): twice for path in sorted(PACKAGE.rglob("*.py"))
             if (twice := _defined_twice(path.read_text()))}
    assert found == {}
