"""The schema declaration and what derives from it."""

from __future__ import annotations

import pytest

from graph.errors import SchemaError
from graph.model import Entity, Evidence, Relation, make_id
from graph.schema import NODE_TYPES, REL_TYPES, check_label, check_relationship, constraint_statements


def test_every_label_gets_a_uniqueness_constraint_and_name_index() -> None:
    ddl = "\n".join(constraint_statements().values())
    for label in NODE_TYPES:
        assert f"FOR (n:{label}) REQUIRE n.id IS UNIQUE" in ddl
        assert f"FOR (n:{label}) ON (n.name)" in ddl
    assert all("IF NOT EXISTS" in s for s in constraint_statements().values())
    assert "entity_names" in constraint_statements()  # the full-text index


@pytest.mark.parametrize("bad", ["Person) DETACH DELETE n //", "person", "", "Sentence"])
def test_undeclared_labels_are_refused(bad: str) -> None:
    with pytest.raises(SchemaError):
        check_label(bad)


def test_relationship_endpoints_are_checked() -> None:
    assert check_relationship("VIOLATES", "Event", "Article").type == "VIOLATES"
    with pytest.raises(SchemaError):
        check_relationship("VIOLATES", "Article", "Event")
    with pytest.raises(SchemaError):
        check_relationship("LIKES", "Person", "Person")


def test_every_relationship_endpoint_is_a_declared_label() -> None:
    for rt in REL_TYPES.values():
        for label in (*rt.sources, *rt.targets):
            assert label in NODE_TYPES, (rt.type, label)


def test_ids_are_deterministic_and_label_scoped() -> None:
    assert make_id("Person", "max bokaev") == make_id("Person", "max bokaev")
    assert make_id("Person", "max bokaev") != make_id("Organization", "max bokaev")
    assert make_id("Person", "max bokaev").startswith("person:max-bokaev-")


def test_a_fact_from_text_needs_evidence() -> None:
    with pytest.raises(SchemaError):
        Relation("PARTICIPATED_IN", "p", "Person", "e", "Event", evidence=[])
    with pytest.raises(SchemaError):
        Evidence("document:x", "", 0, 0)


def test_entity_properties_are_declared() -> None:
    with pytest.raises(SchemaError):
        Entity("x", "Person", "X", properties={"favouriteColour": "red"})
