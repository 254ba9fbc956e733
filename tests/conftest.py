"""Test fixtures: real Neo4j servers started by the test session itself.

Two throwaway servers on free ports, each with its own temporary data folder
(the downloaded jars are shared through ``$RIGHTSGRAPH_HOME/neo4j/lib``):

* ``corpus_db``: the default corpus loaded once; tests only read it;
* ``scratch_db``: emptied before each test that asks for it; tests write freely.

Both are stopped at the end of the session, even when tests fail. With
``NEO4J_URI`` set, the suite refuses to run against it (it would wipe it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from graph.db import Database
from graph.repository import Repository
from graph.server import LocalNeo4j, free_port
from graph.settings import PROJECT_ROOT, GraphSettings

CORPUS = PROJECT_ROOT / "data" / "corpus"
EVAL = PROJECT_ROOT / "tests" / "eval"


def _settings(tmp: Path) -> GraphSettings:
    base = GraphSettings.from_env()
    return base.replace(
        external_uri="", bolt_port=free_port(), http_port=free_port(), password="rightsgraph-test",
        heap="512m", pagecache="128m",
        # Generous: several servers and test processes share 2 cores; a slow read is not a failure here.
        query_timeout=60.0,
    )


@pytest.fixture(scope="session")
def neo4j_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, LocalNeo4j]]:
    if os.environ.get("NEO4J_URI"):
        pytest.exit("unset NEO4J_URI: the tests start their own Neo4j and would wipe yours", returncode=2)
    servers = {}
    for name in ("corpus", "scratch"):
        root = tmp_path_factory.mktemp(f"neo4j-{name}")
        servers[name] = LocalNeo4j(_settings(root), root=root)
    # Provision once (jars are shared), then start both at the same time.
    next(iter(servers.values())).provision()
    try:
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda s: s.start(timeout=240), servers.values()))
        yield servers
    finally:
        for s in servers.values():
            s.stop()


@pytest.fixture(scope="session")
def corpus_db(neo4j_servers: dict[str, LocalNeo4j]) -> Iterator[Database]:
    """The default corpus, loaded once. Read only: write in ``scratch_db``."""
    from loaders.pipeline import load_paths

    db = Database(neo4j_servers["corpus"].settings)
    report = load_paths(Repository(db), [CORPUS])
    assert len(report.loaded) == 5, report
    yield db
    db.close()


@pytest.fixture(scope="session")
def _scratch(neo4j_servers: dict[str, LocalNeo4j]) -> Iterator[Database]:
    db = Database(neo4j_servers["scratch"].settings)
    yield db
    db.close()


@pytest.fixture
def scratch_db(_scratch: Database) -> Database:
    """An empty graph (constraints in place)."""
    repo = Repository(_scratch)
    repo.reset()
    repo.setup()
    return _scratch


@pytest.fixture
def scratch_server(neo4j_servers: dict[str, LocalNeo4j], scratch_db: Database) -> LocalNeo4j:
    """The scratch server itself, for tests that stop and start it (restarted afterwards if down)."""
    return neo4j_servers["scratch"]
