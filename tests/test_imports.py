"""The package's modules import each other without a cycle."""

from __future__ import annotations

import ast
import pathlib


def test_the_package_has_no_import_cycle():
    """Type-checking imports count: a cycle there is a cycle in the design."""
    root = pathlib.Path(__file__).parent.parent
    modules = {".".join(f.relative_to(root).with_suffix("").parts).removesuffix(".__init__"): f
               for f in (root / "textlint_news").rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in modules:
                graph[name] |= {f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules
                                else node.module for a in node.names}
            elif isinstance(node, ast.Import):
                graph[name] |= {a.name for a in node.names if a.name in modules}
        graph[name].discard(name)
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        assert name not in path, " -> ".join(path[path.index(name):] + [name])
        if name not in done:
            for dep in graph[name]:
                visit(dep, path + [name])
            done.add(name)

    for name in graph:
        visit(name, [])
