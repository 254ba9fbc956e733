"""API tests: the ASGI app through httpx (FastAPI's TestClient) against the real Neo4j fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from graph.db import Database

KEY = "test-key-1"
SETTINGS = ApiSettings(keys=(KEY, "test-key-2"), cors_origins=("http://localhost:5173",))


class Api:
    """A GraphQL client over the ASGI app."""

    def __init__(self, client: TestClient, app: FastAPI) -> None:
        self.client = client
        self.app = app

    @property
    def db(self) -> Database:
        return self.app.state.db  # type: ignore[no-any-return]

    def post(
        self, query: str, variables: dict[str, Any] | None = None, key: str | None = None
    ) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        r = self.client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
        assert r.status_code == 200, r.text
        return r.json()  # type: ignore[no-any-return]

    def data(
        self, query: str, variables: dict[str, Any] | None = None, key: str | None = None
    ) -> dict[str, Any]:
        body = self.post(query, variables, key)
        assert not body.get("errors"), body["errors"]
        return body["data"]  # type: ignore[no-any-return]

    def error_codes(
        self, query: str, variables: dict[str, Any] | None = None, key: str | None = None
    ) -> list[str]:
        body = self.post(query, variables, key)
        assert body.get("errors"), body
        for e in body["errors"]:
            assert "traceback" not in str(e).lower() and 'File "' not in e["message"], e
        return [e["extensions"]["code"] for e in body["errors"]]


def _api(db: Database, settings: ApiSettings = SETTINGS) -> Iterator[Api]:
    app = create_app(settings, db.settings)
    with TestClient(app) as client:
        yield Api(client, app)


@pytest.fixture(scope="session")
def api(corpus_db: Database) -> Iterator[Api]:
    """The API over the default corpus (read only)."""
    yield from _api(corpus_db)


@pytest.fixture
def scratch_api(scratch_db: Database) -> Iterator[Api]:
    """The API over an empty graph the test may write."""
    yield from _api(scratch_db)


@pytest.fixture
def closed_api(corpus_db: Database) -> Iterator[Api]:
    """The API over the corpus with queries closed to callers without a key."""
    yield from _api(corpus_db, SETTINGS.replace(queries_require_key=True))


def nodes(conn: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["node"] for e in conn["edges"]]
