"""Export the graph: JSON lines in APOC's shape.

One object a line::

    {"type":"node","id":"person:...","labels":["Person"],"properties":{...}}
    {"type":"relationship","id":"...","label":"VIOLATES","start":{"id":...,"labels":[...]},
     "end":{"id":...,"labels":[...]},"properties":{...}}

Node ids are the graph's own deterministic ``id`` property (stable across
databases); relationship ids are Neo4j element ids. Evidence travels with it:
the parallel evidence arrays are folded into ``evidence``, a list of objects
``{"text", "document", "start", "end"}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from graph.db import Database
from graph.schema import EVIDENCE_PROPERTIES

# Paged by element id so a large graph streams in bounded memory.
EXPORT_NODES = """
MATCH (n) WHERE elementId(n) > $after
RETURN elementId(n) AS eid, n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY eid LIMIT $limit
"""
EXPORT_EDGES = """
MATCH (a)-[r]->(b) WHERE elementId(r) > $after
RETURN elementId(r) AS eid, type(r) AS type, a.id AS start, labels(a) AS startLabels,
       b.id AS end, labels(b) AS endLabels, properties(r) AS props
ORDER BY eid LIMIT $limit
"""
PAGE = 5000


@dataclass(frozen=True)
class ExportedNode:
    id: str
    labels: list[str]
    properties: dict[str, Any]


@dataclass(frozen=True)
class ExportedEdge:
    id: str
    type: str
    start: str
    start_labels: list[str]
    end: str
    end_labels: list[str]
    properties: dict[str, Any]


def fold_evidence(props: dict[str, Any]) -> dict[str, Any]:
    """Parallel evidence arrays to a list of objects; other properties unchanged."""
    if "evidence" not in props or "evidenceDocs" not in props:
        return props
    out = {k: v for k, v in props.items() if k not in EVIDENCE_PROPERTIES}
    out["evidence"] = [
        {"text": t, "document": d, "start": s, "end": e}
        for t, d, s, e in zip(props["evidence"], props["evidenceDocs"], props["evidenceStarts"],
                              props["evidenceEnds"], strict=False)
    ]
    return out


def _paged(db: Database, query: str) -> Iterator[dict[str, Any]]:
    after = ""
    while True:
        rows = db.read(query, after=after, limit=PAGE)
        yield from rows
        if len(rows) < PAGE:
            return
        after = rows[-1]["eid"]


def iter_nodes(db: Database) -> Iterator[ExportedNode]:
    for r in _paged(db, EXPORT_NODES):
        yield ExportedNode(r["id"] or r["eid"], r["labels"], r["props"])


def iter_edges(db: Database) -> Iterator[ExportedEdge]:
    for r in _paged(db, EXPORT_EDGES):
        yield ExportedEdge(r["eid"], r["type"], r["start"], r["startLabels"], r["end"], r["endLabels"], r["props"])


def write_jsonl(db: Database, out: IO[str]) -> tuple[int, int]:
    """Write the whole graph; returns (nodes, relationships) written."""
    n = e = 0
    for node in iter_nodes(db):
        out.write(json.dumps({"type": "node", "id": node.id, "labels": node.labels,
                              "properties": fold_evidence(node.properties)}, ensure_ascii=False) + "\n")
        n += 1
    for edge in iter_edges(db):
        out.write(json.dumps({
            "type": "relationship", "id": edge.id, "label": edge.type,
            "start": {"id": edge.start, "labels": edge.start_labels},
            "end": {"id": edge.end, "labels": edge.end_labels},
            "properties": fold_evidence(edge.properties),
        }, ensure_ascii=False) + "\n")
        e += 1
    return n, e
