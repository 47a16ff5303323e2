"""Dependencies point one way: no module of the package imports, even inside a function, a
module that imports it back."""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator, Mapping, Set
from pathlib import Path

import nadeo_api

PACKAGE = Path(nadeo_api.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_run(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements in `node` that run: none under `if TYPE_CHECKING:`."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        yield node
        return
    if isinstance(node, ast.If):
        test = node.test
        name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", None)
        if name == "TYPE_CHECKING":
            for statement in node.orelse:
                yield from imports_run(statement)
            return
    for child in ast.iter_child_nodes(node):
        yield from imports_run(child)


@functools.cache
def imports() -> dict[str, frozenset[str]]:
    """Each module of the package, and the package's modules it imports (anywhere in it); read
    once for the tests below."""
    paths = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, frozenset[str]] = {}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in imports_run(tree):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join(base + [node.module] if node.module else base)
                if not node.level:
                    source = node.module or ""
                named = [f"{source}.{alias.name}" for alias in node.names]
                found.update([m for m in named if m in paths] or [source])
            else:
                found.update(alias.name for alias in node.names)
        graph[name] = frozenset(t for t in found if t in paths and t != name)
    return graph


def cycles(graph: Mapping[str, Set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_the_graph_sees_imports_inside_functions() -> None:
    graph = imports()
    # Imported only inside a function of `_pipeline`, to keep Redis optional.
    assert "nadeo_api._redis" in graph["nadeo_api._pipeline"]
    assert "nadeo_api._client" in graph["nadeo_api._public"]


def test_no_import_loop_in_the_package() -> None:
    assert cycles(imports()) == []


def test_the_request_path_reads_top_down() -> None:
    graph = imports()
    # The pipeline and the credentials below it know nothing of clients, declarations or kinds
    # of tokens; the client knows credentials, not the kinds of tokens.
    for low in ("nadeo_api._pipeline", "nadeo_api._credential", "nadeo_api._endpoint"):
        assert not graph[low] & {"nadeo_api._client", "nadeo_api.auth", "nadeo_api._declared"}
    assert not {m for m in graph["nadeo_api._client"] if m.startswith("nadeo_api.auth")}


def test_cycles_are_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
