"""Backup and restore of the local database with Neo4j's own admin tool.

``neo4j-admin database dump`` and ``database load`` need the database
stopped, and Neo4j Community cannot stop one database alone (``STOP DATABASE``
is an Enterprise command), so both stop the whole local server, run the tool
and start the server again:

* :func:`dump` writes ``<database>.dump`` to a temporary folder beside the
  target file and renames it into place, so a failed dump never leaves half a
  file under the requested name; the server is restarted only if it was
  running.
* :func:`restore` refuses to replace a database that holds nodes unless
  ``force`` is given (:class:`graph.errors.ConflictError`); afterwards the
  server runs, with the restored graph.

An external server (``NEO4J_URI``) is not ours to stop: :class:`LocalNeo4j`
refuses to manage it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from graph.db import Database
from graph.errors import ConflictError, NotFound
from graph.server import LocalNeo4j

COUNT_NODES = "MATCH (n) RETURN count(n) AS n"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    bytes: int
    seconds: float
    nodes: int | None  # nodes in the database at the time, when it was running to be counted


def _count_nodes(server: LocalNeo4j) -> int:
    with Database(server.settings) as db:
        return int(db.read(COUNT_NODES)[0]["n"])


def dump(server: LocalNeo4j, target: Path, force: bool = False) -> BackupResult:
    """Dump the database to ``target`` (stop, dump, start again if it was running)."""
    target = target.resolve()
    if target.exists() and not force:
        raise ConflictError(f"{target} exists; use --force to overwrite it")
    target.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    was_running = server.status().running
    nodes = _count_nodes(server) if was_running else None
    database = server.settings.database
    with tempfile.TemporaryDirectory(prefix=".rightsgraph-dump-", dir=target.parent) as tmp:
        if was_running:
            server.stop()
        try:
            server.admin("database", "dump", database, f"--to-path={tmp}")
        finally:
            if was_running:
                server.start()
        os.replace(Path(tmp) / f"{database}.dump", target)
    return BackupResult(target, target.stat().st_size, time.monotonic() - t0, nodes)


def restore(server: LocalNeo4j, source: Path, force: bool = False) -> BackupResult:
    """Replace the database with the dump ``source``; the server runs afterwards.

    Without ``force``, refuses when the database holds any node (it is started to
    be looked at if it was not running).
    """
    source = source.resolve()
    if not source.is_file():
        raise NotFound(f"no dump file {source}")
    t0 = time.monotonic()
    if not server.status().running:
        server.start()
    nodes = _count_nodes(server)
    if nodes and not force:
        raise ConflictError(f"the database {server.settings.database!r} holds {nodes} nodes; "
                            "use --force to replace them with the dump")
    database = server.settings.database
    # neo4j-admin reads <database>.dump from a folder: link (or copy) the file into one.
    with tempfile.TemporaryDirectory(prefix=".rightsgraph-load-") as tmp:
        staged = Path(tmp) / f"{database}.dump"
        try:
            os.link(source, staged)
        except OSError:
            shutil.copyfile(source, staged)
        server.stop()
        try:
            server.admin("database", "load", database, f"--from-path={tmp}", "--overwrite-destination=true")
        finally:
            server.start()
    return BackupResult(source, source.stat().st_size, time.monotonic() - t0, _count_nodes(server))
