"""The JSON-lines export round-trips: every node and relationship exactly once."""

from __future__ import annotations

import io
import json
from collections import Counter

import pytest

from graph.db import Database
from graph.export import write_jsonl

pytestmark = pytest.mark.neo4j


def test_export_round_trips(corpus_db: Database) -> None:
    buf = io.StringIO()
    n, e = write_jsonl(corpus_db, buf)
    lines = [json.loads(line) for line in buf.getvalue().splitlines()]
    nodes = [x for x in lines if x["type"] == "node"]
    edges = [x for x in lines if x["type"] == "relationship"]
    assert (len(nodes), len(edges)) == (n, e)
    db_ids = {r["id"] for r in corpus_db.read("MATCH (n) RETURN n.id AS id")}
    assert Counter(x["id"] for x in nodes) == Counter(db_ids)  # each once
    assert len(db_ids) == corpus_db.read("MATCH (n) RETURN count(n) AS c")[0]["c"]
    db_edges = Counter((r["s"], r["t"], r["e"]) for r in corpus_db.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS t, b.id AS e"))
    assert Counter((x["start"]["id"], x["label"], x["end"]["id"]) for x in edges) == db_edges
    assert len({x["id"] for x in edges}) == len(edges)


def test_evidence_travels_with_the_export(corpus_db: Database) -> None:
    buf = io.StringIO()
    write_jsonl(corpus_db, buf)
    docs = {}
    for line in buf.getvalue().splitlines():
        x = json.loads(line)
        if x["type"] == "node" and "Document" in x["labels"]:
            docs[x["id"]] = x["properties"]
    violations = [json.loads(line) for line in buf.getvalue().splitlines() if '"VIOLATES"' in line]
    assert violations
    for v in violations:
        ev = v["properties"]["evidence"]
        assert ev and all({"text", "document", "start", "end"} <= set(item) for item in ev)
        assert all(item["document"] in docs for item in ev)
