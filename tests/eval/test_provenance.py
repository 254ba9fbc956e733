"""Every fact extracted from text points at its sentence, verbatim, in its document."""

from __future__ import annotations

import pytest

from graph.db import Database
from graph.schema import REL_TYPES
from tests.conftest import CORPUS

pytestmark = pytest.mark.neo4j

EVIDENCED = [t for t, rt in REL_TYPES.items() if rt.evidenced]


def test_every_evidenced_relationship_has_verbatim_evidence(corpus_db: Database) -> None:
    docs = {r["id"]: (CORPUS / r["source"]).read_text(encoding="utf-8")
            for r in corpus_db.read("MATCH (d:Document) RETURN d.id AS id, d.source AS source")}
    rows = corpus_db.read(
        "MATCH ()-[r]->() WHERE type(r) IN $types "
        "RETURN type(r) AS type, r.evidence AS ev, r.evidenceDocs AS docs, "
        "r.evidenceStarts AS starts, r.evidenceEnds AS ends", types=EVIDENCED)
    assert len(rows) > 100
    bad = []
    for r in rows:
        assert r["ev"], f"{r['type']} without evidence"
        for text, doc, start, end in zip(r["ev"], r["docs"], r["starts"], r["ends"], strict=True):
            if docs[doc][start:end] != text:
                bad.append((r["type"], text[:60]))
    assert not bad, bad[:5]


def test_no_entity_without_a_mention(corpus_db: Database) -> None:
    rows = corpus_db.read(
        "MATCH (n) WHERE NOT n:Document AND NOT (n)-[:MENTIONED_IN]->() RETURN n.id AS id LIMIT 5")
    assert rows == []
