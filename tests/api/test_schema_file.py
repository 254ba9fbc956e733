"""schema.graphql is generated from the code: fail when it drifts."""

from __future__ import annotations

from api.schema import schema
from graph.schema import ENTITY_LABELS, NODE_TYPES
from graph.settings import PROJECT_ROOT

REGENERATE = "regenerate: .venv/bin/python -m api.schema > schema.graphql"


def test_schema_graphql_matches_the_code() -> None:
    committed = (PROJECT_ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert committed.strip() == schema.as_str().strip(), REGENERATE


def test_every_declared_label_and_property_is_in_the_schema() -> None:
    sdl = schema.as_str()
    for label, nt in NODE_TYPES.items():
        head = f"type {label} implements"
        assert head in sdl, label
        body = sdl[sdl.index(head) :].split("\n}\n", 1)[0]
        for prop in nt.properties:
            assert f"  {prop}:" in body, f"{label}.{prop}"
    for label in ENTITY_LABELS:
        assert f"  {label.upper()}\n" in sdl  # EntityKind value
