"""Dump, wipe, restore gives the same graph, through neo4j-admin on the scratch server."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from graph.backup import dump, restore
from graph.db import Database
from graph.errors import ConflictError, NotFound
from graph.repository import Repository
from graph.server import LocalNeo4j
from tests.browser.sample_graph import write_sample

pytestmark = pytest.mark.neo4j


def snapshot(db: Database) -> tuple[Counter[str], Counter[str]]:
    def key(x: Any) -> str:
        return json.dumps(x, sort_keys=True, ensure_ascii=False)

    nodes = Counter(key([sorted(r["labels"]), r["props"]]) for r in db.read(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"))
    edges = Counter(key([r["s"], r["t"], r["e"], r["props"]]) for r in db.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS t, b.id AS e, properties(r) AS props"))
    return nodes, edges


def test_dump_wipe_restore_gives_the_same_graph(scratch_db: Database, scratch_server: LocalNeo4j,
                                                tmp_path: Path) -> None:
    repo = Repository(scratch_db)
    write_sample(repo)
    before = snapshot(scratch_db)
    assert sum(before[0].values()) == 16

    result = dump(scratch_server, tmp_path / "backup" / "graph.dump")
    assert result.path.is_file() and result.bytes > 0 and result.nodes == 16
    assert scratch_server.status().running  # restarted after the dump
    assert not list((tmp_path / "backup").glob(".rightsgraph-dump-*"))  # no leftovers

    repo.reset()
    assert snapshot(scratch_db) == (Counter(), Counter())
    restored = restore(scratch_server, result.path)  # empty database: no --force needed
    assert restored.nodes == 16
    assert scratch_server.status().running
    assert snapshot(scratch_db) == before
    # the restored store keeps its full-text index: search works as before
    assert scratch_db.read("CALL db.index.fulltext.queryNodes('entity_names', 'Tokaev') YIELD node "
                           "RETURN node.name AS name")[0]["name"] == "Kassym-Jomart Tokayev"

    # a non-empty database is replaced only with force
    with pytest.raises(ConflictError, match="--force"):
        restore(scratch_server, result.path)
    assert snapshot(scratch_db) == before


def test_restore_force_replaces_a_non_empty_database(scratch_db: Database, scratch_server: LocalNeo4j,
                                                    tmp_path: Path) -> None:
    repo = Repository(scratch_db)
    dumped = dump(scratch_server, tmp_path / "empty.dump")  # constraints, no data
    assert dumped.nodes == 0
    write_sample(repo)
    with pytest.raises(ConflictError):
        restore(scratch_server, dumped.path)
    assert restore(scratch_server, dumped.path, force=True).nodes == 0
    assert snapshot(scratch_db) == (Counter(), Counter())
    assert scratch_server.status().running


def test_dump_refuses_to_overwrite_a_file_and_restore_needs_one(scratch_server: LocalNeo4j,
                                                               tmp_path: Path) -> None:
    existing = tmp_path / "there.dump"
    existing.write_text("not a dump")
    with pytest.raises(ConflictError, match="--force"):
        dump(scratch_server, existing)
    assert existing.read_text() == "not a dump"
    with pytest.raises(NotFound):
        restore(scratch_server, tmp_path / "missing.dump")
    assert scratch_server.status().running


def test_commands_refuse_an_external_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from api.cli import app

    monkeypatch.setenv("NEO4J_URI", "bolt://db.example:7687")
    for args in (["db", "dump", str(tmp_path / "x.dump")], ["db", "restore", str(tmp_path / "x.dump")]):
        out = CliRunner().invoke(app, args)
        assert out.exit_code == 1 and "NEO4J_URI" in out.output
