"""The local Neo4j launcher, on its own throwaway instance."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.db import Database
from graph.errors import DatabaseUnavailable, ServerError
from graph.server import LOCK, LocalNeo4j, free_port, read_lock
from graph.settings import GraphSettings


def test_verify_rejects_a_tampered_or_missing_jar(tmp_path: Path) -> None:
    lock = tmp_path / "artifacts.lock"
    (tmp_path / "a.jar").write_bytes(b"real")
    LocalNeo4j.write_lock(tmp_path, lock)
    LocalNeo4j.verify(tmp_path, lock)  # matches
    (tmp_path / "a.jar").write_bytes(b"tampered")
    with pytest.raises(ServerError, match="wrong hash"):
        LocalNeo4j.verify(tmp_path, lock)
    (tmp_path / "a.jar").unlink()
    with pytest.raises(ServerError, match="missing"):
        LocalNeo4j.verify(tmp_path, lock)


def test_lock_pins_one_neo4j_version_and_the_browser() -> None:
    names = read_lock(LOCK)
    for core in ("neo4j", "neo4j-kernel", "neo4j-bolt", "neo4j-cypher", "neo4j-server", "neo4j-dbms"):
        assert f"{core}-5.26.30.jar" in names, core
    assert "neo4j-browser-5.24.0.jar" in names


def test_external_uri_starts_nothing() -> None:
    s = GraphSettings.from_env().replace(external_uri="bolt://elsewhere:7687")
    with pytest.raises(ServerError, match="NEO4J_URI"):
        LocalNeo4j(s)


def test_start_status_stop(tmp_path: Path, neo4j_servers: dict[str, LocalNeo4j]) -> None:
    # neo4j_servers: provisioned jars are shared, and this runs beside the suite's servers.
    s = GraphSettings.from_env().replace(external_uri="", bolt_port=free_port(), http_port=free_port(),
                                         password="launcher-test", heap="256m", pagecache="64m")
    server = LocalNeo4j(s, root=tmp_path / "instance")
    assert not server.status().running
    try:
        st = server.start(timeout=120)
        assert st.running and st.pid
        assert (tmp_path / "instance" / "conf" / "neo4j.conf").read_text().count(f":{s.bolt_port}") >= 1
        with Database(s) as db:
            assert db.read("RETURN 41 + 1 AS x") == [{"x": 42}]
        # starting again is a no-op that reports the running server
        assert server.start().pid == st.pid
    finally:
        assert server.stop() is True
    assert not server.status().running
    with Database(s) as db, pytest.raises(DatabaseUnavailable):
        db.ping()
    assert server.stop() is False  # stopping a stopped server says so


def test_refuses_a_port_in_use(tmp_path: Path, neo4j_servers: dict[str, LocalNeo4j]) -> None:
    busy = next(iter(neo4j_servers.values())).settings.bolt_port
    s = GraphSettings.from_env().replace(external_uri="", bolt_port=busy, http_port=free_port())
    with pytest.raises(ServerError, match="already in use"):
        LocalNeo4j(s, root=tmp_path / "other").start()
