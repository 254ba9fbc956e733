"""Writes against the real Neo4j: idempotent, evidenced, retractable."""

from __future__ import annotations

import pytest

from graph.db import Database
from graph.errors import NotFound
from graph.model import Entity
from graph.repository import Repository
from tests.graph.factories import document, entity, evidence, sample

pytestmark = pytest.mark.neo4j


def test_writing_twice_changes_nothing(scratch_db: Database) -> None:
    repo = Repository(scratch_db)
    ex = sample()
    repo.write(ex, "test")
    first = repo.counts()
    props = scratch_db.read("MATCH ()-[r:VIOLATES]->() RETURN properties(r) AS p")
    repo.write(ex, "test")
    assert repo.counts() == first
    assert scratch_db.read("MATCH ()-[r:VIOLATES]->() RETURN properties(r) AS p") == props
    assert first["Person"] == 1 and first["VIOLATES"] == 1 and first["MENTIONED_IN"] == 4


def test_relationships_carry_verbatim_evidence_with_offsets(scratch_db: Database) -> None:
    ex = sample()
    Repository(scratch_db).write(ex, "test")
    rows = scratch_db.read("MATCH ()-[r:VIOLATES|PARTICIPATED_IN]->() RETURN properties(r) AS p")
    assert len(rows) == 2
    for row in rows:
        p = row["p"]
        assert p["evidenceDocs"] == [ex.document.id]
        for text, start, end in zip(p["evidence"], p["evidenceStarts"], p["evidenceEnds"], strict=True):
            assert ex.document.text[start:end] == text


def test_same_fact_from_two_documents_keeps_both_sources(scratch_db: Database) -> None:
    repo = Repository(scratch_db)
    a, b = sample(), sample(" Another report.")
    repo.write(a, "test")
    repo.write(b, "test")
    row = scratch_db.read("MATCH ()-[r:VIOLATES]->() RETURN r.evidenceDocs AS docs")
    assert sorted(row[0]["docs"]) == sorted([a.document.id, b.document.id])
    # Deleting one document keeps the fact, supported by the other.
    repo.delete_document(a.document.id)
    row = scratch_db.read("MATCH ()-[r:VIOLATES]->() RETURN r.evidenceDocs AS docs")
    assert row[0]["docs"] == [b.document.id]
    repo.delete_document(b.document.id)
    assert repo.counts()["VIOLATES"] == 0 and repo.counts()["Person"] == 0


def test_reloading_a_revised_extraction_replaces_its_facts(scratch_db: Database) -> None:
    repo = Repository(scratch_db)
    ex = sample()
    repo.write(ex, "v1")
    ex.relations = [r for r in ex.relations if r.type != "VIOLATES"]
    repo.write(ex, "v2")
    assert repo.counts()["VIOLATES"] == 0
    assert repo.counts()["PARTICIPATED_IN"] == 1


def test_an_entity_without_a_mention_does_not_enter(scratch_db: Database) -> None:
    ex = sample()
    ex.entities.append(Entity("person:ghost", "Person", "Ghost"))
    Repository(scratch_db).write(ex, "test")
    assert scratch_db.read("MATCH (p:Person {id: 'person:ghost'}) RETURN p") == []


def test_fullest_name_wins_and_aliases_accumulate(scratch_db: Database) -> None:
    repo = Repository(scratch_db)
    s = "Tokayev spoke. Kassym-Jomart Tokayev spoke again."
    doc = document(s)
    short = entity(doc, "Person", "Tokayev", "Tokayev spoke.", key="tokaev")
    full = entity(doc, "Person", "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev spoke again.", key="tokaev")
    repo.write(type(sample())(document=doc, entities=[short, full]), "test")
    row = scratch_db.read("MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases, p.searchKeys AS keys")
    assert row == [{"name": "Kassym-Jomart Tokayev", "aliases": ["Tokayev"],
                    "keys": ["kasym jomart tokaev", "tokaev"]}]
    assert evidence(doc, "Tokayev spoke.").start == 0


def test_delete_unknown_document(scratch_db: Database) -> None:
    with pytest.raises(NotFound):
        Repository(scratch_db).delete_document("document:nope")


def test_a_name_replaced_by_a_fuller_one_stays_an_alias(scratch_db: Database) -> None:
    repo = Repository(scratch_db)
    a = document("Nursultan Nazarbaev resigned.", source="a.txt")
    b = document("Nursultan Nazarbayev resigned in March.", source="b.txt")
    repo.write(type(sample())(document=a, entities=[
        entity(a, "Person", "Nursultan Nazarbaev", "Nursultan Nazarbaev resigned.", key="nursultan nazarbaev")]), "t")
    repo.write(type(sample())(document=b, entities=[
        entity(b, "Person", "Nursultan Nazarbayev", "Nursultan Nazarbayev resigned in March.",
               key="nursultan nazarbaev")]), "t")
    row = scratch_db.read("MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases")
    assert row == [{"name": "Nursultan Nazarbayev", "aliases": ["Nursultan Nazarbaev"]}]
