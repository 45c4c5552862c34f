"""
The package's modules are layered: imports go one way (house rule "no import
cycles"; issue 12 removed the last cycle, ``models`` <-> ``policy``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "conflictfigures"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path, *, in_functions: bool) -> set[str]:
    """
    The package's modules that ``path`` imports: at module level (an
    ``if TYPE_CHECKING:`` block included), and inside functions too when
    ``in_functions``.
    """
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) and not in_functions:
                continue
            if isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                for alias in child.names:
                    full = f"{child.module}.{alias.name}"
                    found.add(full if full in MODULES else child.module)
            elif isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found & MODULES.keys()


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root, edges_of_root in graph.items():
        if root in index:
            continue
        work = [(root, iter(sorted(edges_of_root)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_the_finder_sees_a_cycle() -> None:
    """The check can fail: a made-up graph with a cycle has one."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_module_level_imports_form_no_cycle() -> None:
    """Imports at module level, type-checking ones included, go one way."""
    graph = {name: _imports(path, in_functions=False) for name, path in MODULES.items()}
    assert _cycles(graph) == []


@pytest.mark.parametrize(
    ("lower", "upper"),
    [
        ("conflictfigures.policy", "conflictfigures.models"),
        ("conflictfigures._qualifiers", "conflictfigures.models"),
        ("conflictfigures._qualifiers", "conflictfigures.policy"),
        ("conflictfigures.models", "conflictfigures.serialize"),
        ("conflictfigures._aggregation.results", "conflictfigures.aggregate"),
        ("conflictfigures._aggregation.results", "conflictfigures.serialize"),
    ],
)
def test_lower_layers_never_import_upper_ones(lower: str, upper: str) -> None:
    """Not even inside a function: data flows from the lower layer up."""
    assert upper not in _imports(MODULES[lower], in_functions=True)
