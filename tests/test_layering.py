"""One direction of dependency, and all Cypher in graph/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from graph.settings import PROJECT_ROOT

CYPHER = re.compile(r"\b(MATCH|MERGE|OPTIONAL MATCH|DETACH DELETE)\s*\(|\bUNWIND\s+\$")
# api/ may reach loaders only through the pipeline's entry point (and mount the loaders' CLI).
API_MAY_IMPORT = {"loaders.pipeline", "loaders.errors", "loaders.cli"}


def modules(package: str) -> list[Path]:
    return sorted((PROJECT_ROOT / package).rglob("*.py"))


def imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


def test_graph_imports_neither_loaders_nor_api() -> None:
    for path in modules("graph"):
        bad = {m for m in imports(path) if m.split(".")[0] in {"loaders", "api"}}
        assert not bad, f"{path.relative_to(PROJECT_ROOT)} imports {bad}"


def test_loaders_do_not_import_api() -> None:
    for path in modules("loaders"):
        bad = {m for m in imports(path) if m.split(".")[0] == "api"}
        assert not bad, f"{path.relative_to(PROJECT_ROOT)} imports {bad}"


def test_api_reaches_loaders_only_through_the_pipeline() -> None:
    for path in modules("api"):
        bad = {m for m in imports(path) if m.split(".")[0] == "loaders" and m not in API_MAY_IMPORT}
        assert not bad, f"{path.relative_to(PROJECT_ROOT)} imports {bad}"


def test_cypher_lives_in_graph_only() -> None:
    for package in ("api", "loaders"):
        for path in modules(package):
            hits = CYPHER.findall(path.read_text(encoding="utf-8"))
            assert not hits, f"{path.relative_to(PROJECT_ROOT)} holds Cypher"
