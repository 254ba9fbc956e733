"""/healthz, /readyz, and behaviour while Neo4j is down."""

from __future__ import annotations

import time

from graph.server import LocalNeo4j
from tests.api.conftest import Api


def test_healthz_answers_ok(api: Api) -> None:
    r = api.client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}


def test_readyz_is_ready_with_neo4j_up(api: Api) -> None:
    r = api.client.get("/readyz")
    assert r.status_code == 200
    assert r.json()["status"] == "ready"


def test_graphiql_served_to_browsers(api: Api) -> None:
    r = api.client.get("/graphql", headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert "graphiql" in r.text.lower()


def test_cors_allows_configured_origin_only(api: Api) -> None:
    ok = api.client.options(
        "/graphql", headers={"Origin": "http://localhost:5173", "Access-Control-Request-Method": "POST"}
    )
    assert ok.headers.get("access-control-allow-origin") == "http://localhost:5173"
    other = api.client.options(
        "/graphql", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert other.headers.get("access-control-allow-origin") is None


def test_down_then_back(scratch_api: Api, scratch_server: LocalNeo4j) -> None:
    """While Neo4j is down: /readyz 503 with a reason, queries DATABASE_UNAVAILABLE, both fast;
    /healthz still 200. Once it is back, both recover without restarting the app."""
    query = "{ people(first: 1) { totalCount } }"
    assert scratch_api.data(query)["people"]["totalCount"] == 0
    scratch_server.stop()
    try:
        t = time.monotonic()
        r = scratch_api.client.get("/readyz")
        assert r.status_code == 503
        assert r.json()["status"] == "unavailable" and r.json()["reason"]
        assert time.monotonic() - t < 3

        assert scratch_api.client.get("/healthz").status_code == 200

        assert scratch_api.error_codes(query) == ["DATABASE_UNAVAILABLE"]
        # Once seen down, later requests fail in well under a second (no retry loop).
        t = time.monotonic()
        assert scratch_api.error_codes(query) == ["DATABASE_UNAVAILABLE"]
        assert time.monotonic() - t < 1.5
    finally:
        scratch_server.start(timeout=240)
    deadline = time.monotonic() + 60
    while scratch_api.client.get("/readyz").status_code != 200:
        assert time.monotonic() < deadline, "readyz did not recover"
        time.sleep(0.5)
    assert scratch_api.data(query)["people"]["totalCount"] == 0
