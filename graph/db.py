"""Connection to Neo4j: one driver per process, errors mapped to graph.errors.

No module-level singleton: entry points (CLI, app factory, tests) build a
:class:`Database` from :class:`graph.settings.GraphSettings` and pass it down.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase, ManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ServiceUnavailable,
    SessionExpired,
)
from neo4j.exceptions import (
    DatabaseUnavailable as Neo4jDatabaseUnavailable,
)

from graph.errors import DatabaseUnavailable, GraphError
from graph.settings import GraphSettings

T = TypeVar("T")

_UNAVAILABLE = (ServiceUnavailable, SessionExpired, Neo4jDatabaseUnavailable, OSError)


class StatementCounter:
    """Counts statements sent, for tests that prove a request does not query per row."""

    def __init__(self) -> None:
        self.count = 0
        self.statements: list[str] = []

    def record(self, query: str) -> None:
        self.count += 1
        self.statements.append(query)


class Database:
    def __init__(self, settings: GraphSettings) -> None:
        self.settings = settings
        # Short timeouts: when Neo4j is down, callers learn it in seconds, not minutes.
        self._driver = GraphDatabase.driver(
            settings.uri,
            auth=(settings.user, settings.password),
            connection_timeout=3.0,
            connection_acquisition_timeout=5.0,
            max_transaction_retry_time=5.0,
            notifications_min_severity="OFF",
        )
        self.counters: list[StatementCounter] = []
        # Set by Repository.setup once constraints and indexes are known to exist.
        self.schema_ready = False

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- health ----------------------------------------------------------------
    def ping(self) -> None:
        """Raise DatabaseUnavailable unless a trivial query answers."""
        self.read("RETURN 1 AS ok")

    def wait_until_ready(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            try:
                self.ping()
                return
            except DatabaseUnavailable as exc:
                last = exc
                time.sleep(0.5)
        raise DatabaseUnavailable(f"Neo4j at {self.settings.uri} did not answer within {timeout:.0f}s: {last}")

    # -- queries ---------------------------------------------------------------
    @contextmanager
    def counting(self) -> Iterator[StatementCounter]:
        counter = StatementCounter()
        self.counters.append(counter)
        try:
            yield counter
        finally:
            self.counters.remove(counter)

    def _record(self, query: str) -> None:
        for c in self.counters:
            c.record(query)

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run one read query in a read transaction with the server-side timeout."""
        self._record(query)

        @neo4j.unit_of_work(timeout=self.settings.query_timeout)
        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(query, params)]

        return self.execute_read(work)

    def write(self, query: str, **params: Any) -> list[dict[str, Any]]:
        self._record(query)

        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(query, params)]

        return self.execute_write(work)

    def autocommit(self, query: str, **params: Any) -> None:
        """Run in an implicit transaction: needed by ``CALL {} IN TRANSACTIONS`` (batched deletes)."""
        self._record(query)
        with self._mapped(), self._driver.session(database=self.settings.database) as s:
            s.run(query, params).consume()  # type: ignore[arg-type]

    def execute_read(self, work: Callable[[ManagedTransaction], T]) -> T:
        with self._mapped(), self._driver.session(database=self.settings.database,
                                                  default_access_mode=neo4j.READ_ACCESS) as s:
            return s.execute_read(work)

    def execute_write(self, work: Callable[[ManagedTransaction], T]) -> T:
        """Run ``work`` in one write transaction: all of it lands or none of it."""
        with self._mapped(), self._driver.session(database=self.settings.database) as s:
            return s.execute_write(work)

    def run_in(self, tx: ManagedTransaction, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run a statement inside a transaction of ``execute_write``/``execute_read``, counted."""
        self._record(query)
        return [r.data() for r in tx.run(query, params)]

    @contextmanager
    def _mapped(self) -> Iterator[None]:
        try:
            yield
        except AuthError as exc:
            raise DatabaseUnavailable(f"Neo4j refused the credentials: {exc.message}") from exc
        except _UNAVAILABLE as exc:
            raise DatabaseUnavailable(f"Neo4j at {self.settings.uri} is unavailable: {exc}") from exc
        except ClientError as exc:
            if exc.code and "TransactionTimedOut" in exc.code:
                raise GraphError(f"query timed out after {self.settings.query_timeout}s") from exc
            raise
