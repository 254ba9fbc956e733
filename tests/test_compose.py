"""docker-compose.yml cannot run here (no Docker engine): check its wiring instead."""

from __future__ import annotations

import yaml

from graph.server import NEO4J_VERSION
from graph.settings import GRAPH_SETTINGS, PROJECT_ROOT


def compose() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())


def test_services_and_images() -> None:
    services = compose()["services"]
    assert set(services) >= {"neo4j", "api", "loader"}
    assert services["neo4j"]["image"] == "neo4j:" + ".".join(NEO4J_VERSION.split(".")[:2]) + "-community"
    assert "healthcheck" in services["neo4j"]
    assert services["api"]["build"] and (PROJECT_ROOT / "Dockerfile").exists()
    for name in ("api", "loader"):
        assert services[name]["depends_on"]["neo4j"]["condition"] == "service_healthy"


def test_environment_names_are_the_apps_settings() -> None:
    known = {s.env for s in GRAPH_SETTINGS}
    services = compose()["services"]
    for name in ("api", "loader"):
        env = services[name]["environment"]
        assert env["NEO4J_URI"] == "bolt://neo4j:7687"
        assert set(env) <= known | {"API_HOST", "API_PORT", "API_KEYS"}
    auth = services["neo4j"]["environment"]["NEO4J_AUTH"]
    user, password = auth.split("/")
    assert services["api"]["environment"]["NEO4J_USER"] == user
    assert services["api"]["environment"]["NEO4J_PASSWORD"] == password


def test_ports_published() -> None:
    services = compose()["services"]
    ports = " ".join(services["neo4j"]["ports"])
    assert "7474:7474" in ports and "7687:7687" in ports
    assert any("8000" in p for p in services["api"]["ports"])
