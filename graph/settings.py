"""Settings of the graph layer, read once from the environment at an entry point.

Every setting is declared here with its default and help text; the README's
configuration table is checked against this list by a test.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    env: str
    default: str
    help: str


GRAPH_SETTINGS: tuple[Setting, ...] = (
    Setting("NEO4J_URI", "", "Bolt URI of an external Neo4j (docker compose, Aura). When set with "
            "NEO4J_USER/NEO4J_PASSWORD, no local server is started."),
    Setting("NEO4J_USER", "neo4j", "Neo4j user."),
    Setting("NEO4J_PASSWORD", "rightsgraph", "Neo4j password (set as initial password of the local server)."),
    Setting("NEO4J_DATABASE", "neo4j", "Database name."),
    Setting("RIGHTSGRAPH_HOME", str(PROJECT_ROOT / ".rightsgraph"),
            "Folder of the local server: cached Neo4j artifacts, config, data, logs."),
    Setting("NEO4J_BOLT_PORT", "7687", "Bolt port of the local server."),
    Setting("NEO4J_HTTP_PORT", "7474", "HTTP port of the local server (Neo4j Browser at /browser/)."),
    Setting("NEO4J_HEAP", "1g", "Max JVM heap of the local server."),
    Setting("NEO4J_PAGECACHE", "512m", "Page cache of the local server."),
    Setting("NEO4J_QUERY_TIMEOUT", "15", "Server-side timeout of read queries, seconds."),
)


def _env(name: str) -> str:
    for s in GRAPH_SETTINGS:
        if s.env == name:
            return os.environ.get(name, s.default)
    raise KeyError(name)


@dataclass(frozen=True)
class GraphSettings:
    external_uri: str
    user: str
    password: str
    database: str
    home: Path
    bolt_port: int
    http_port: int
    heap: str
    pagecache: str
    query_timeout: float

    @property
    def external(self) -> bool:
        """True when the user points at their own server (NEO4J_URI set): start nothing."""
        return bool(self.external_uri)

    @property
    def uri(self) -> str:
        return self.external_uri or f"bolt://127.0.0.1:{self.bolt_port}"

    @classmethod
    def from_env(cls) -> GraphSettings:
        bolt = int(_env("NEO4J_BOLT_PORT"))
        return cls(
            external_uri=_env("NEO4J_URI"),
            user=_env("NEO4J_USER"),
            password=_env("NEO4J_PASSWORD"),
            database=_env("NEO4J_DATABASE"),
            home=Path(_env("RIGHTSGRAPH_HOME")),
            bolt_port=bolt,
            http_port=int(_env("NEO4J_HTTP_PORT")),
            heap=_env("NEO4J_HEAP"),
            pagecache=_env("NEO4J_PAGECACHE"),
            query_timeout=float(_env("NEO4J_QUERY_TIMEOUT")),
        )

    def replace(self, **changes: object) -> GraphSettings:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return GraphSettings(**values)  # type: ignore[arg-type]
