"""Fail fast while Neo4j is down, recover by itself when it is back.

The driver retries a failing read for several seconds before giving up. Once
one request has seen the database unavailable, later requests first send one
cheap probe outside the retry loop (:func:`graph.queries.ping`), which fails
in milliseconds while the server is down; the first probe that succeeds
clears the flag. Shared by the requests of one app; it holds no data.
"""

from __future__ import annotations

import threading
import time

from graph import queries
from graph.db import Database
from graph.errors import DatabaseUnavailable


class Availability:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self.down_since: float | None = None

    def check(self) -> None:
        """Raise DatabaseUnavailable at once if Neo4j was found down and still does not answer."""
        if self.down_since is None:
            return
        queries.ping(self._db)  # raises while still down
        self.up()

    def down(self) -> None:
        with self._lock:
            if self.down_since is None:
                self.down_since = time.monotonic()

    def up(self) -> None:
        with self._lock:
            self.down_since = None

    def probe(self) -> None:
        """Readiness: one ping, recording the outcome."""
        try:
            queries.ping(self._db)
        except DatabaseUnavailable:
            self.down()
            raise
        self.up()
