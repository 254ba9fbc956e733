"""Write an :class:`Extraction` to Neo4j: one transaction per document.

Idempotent by construction:

1. *retract* what an earlier load of the same document contributed (its
   evidence entries on shared relationships, its MENTIONED_IN edges, and the
   nodes nothing else supports any more);
2. *merge* nodes and relationships on deterministic ids with ``UNWIND $rows``
   batches, one statement per (label) or (type, start label, end label).

So loading the same document twice leaves the graph unchanged, loading a
revised extraction replaces the old facts, and a failure rolls the whole
document back: nothing already stored is lost.

Evidence is kept as parallel arrays on the relationship (Neo4j properties
cannot hold maps): ``evidence[i]`` is the verbatim sentence of document
``evidenceDocs[i]`` at characters ``[evidenceStarts[i], evidenceEnds[i])``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from neo4j import ManagedTransaction

from graph.db import Database
from graph.model import Entity, Evidence, Extraction, Relation
from graph.schema import check_label, check_rel_type, rel_type
from graph.translit import search_keys

# --- Cypher ---------------------------------------------------------------------

RETRACT_EDGES = """
MATCH (d:Document {id: $doc})<-[:MENTIONED_IN]-(n)-[r]-()
WHERE type(r) <> 'MENTIONED_IN' AND $doc IN coalesce(r.evidenceDocs, [])
WITH DISTINCT r
WITH r, [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] <> $doc] AS keep
SET r.evidence = [i IN keep | r.evidence[i]],
    r.evidenceDocs = [i IN keep | r.evidenceDocs[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]]
WITH r WHERE size(keep) = 0
DELETE r
"""

# Nodes only this document supported go; others keep the aliases their other mentions give.
RETRACT_MENTIONS = """
MATCH (d:Document {id: $doc})<-[m:MENTIONED_IN]-(n)
DELETE m
WITH DISTINCT n
OPTIONAL MATCH (n)-[other:MENTIONED_IN]->()
WITH n, count(other) AS left
WHERE left = 0
DETACH DELETE n
"""

MERGE_DOCUMENT = """
MERGE (d:Document {id: $row.id})
SET d += $row
"""

# Name: keep the fullest form seen (a later "Kassym-Jomart Tokayev" beats "Tokayev").
MERGE_NODES = """
UNWIND $rows AS row
MERGE (n:Entity {{id: row.id}})
ON CREATE SET n.name = row.name
WITH n, row, n.name AS previous
SET n:{label},
    n.name = CASE WHEN size(row.name) > size(n.name) THEN row.name ELSE n.name END,
    n += row.props
// every spelling stays findable: the name that lost to a fuller one becomes an alias
SET n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + row.aliases + [previous, row.name] |
                       CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END),
    n.searchKeys = reduce(acc = [], a IN coalesce(n.searchKeys, []) + row.searchKeys |
                          CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.merges = reduce(acc = [], a IN coalesce(n.merges, []) + row.merges |
                      CASE WHEN a IN acc THEN acc ELSE acc + a END)
WITH n, row
MATCH (d:Document {{id: $doc}})
MERGE (n)-[m:MENTIONED_IN]->(d)
SET m.surfaces = row.surfaces, m.starts = row.starts, m.ends = row.ends,
    m.evidence = row.evidence, m.evidenceDocs = row.evidenceDocs,
    m.evidenceStarts = row.evidenceStarts, m.evidenceEnds = row.evidenceEnds
"""

# One statement per relationship type (not per endpoint labels): fewer plans to compile.
MERGE_EDGES = """
UNWIND $rows AS row
MATCH (a:Entity {{id: row.start}})
MATCH (b:Entity {{id: row.end}})
MERGE (a)-[r:{type}{key}]->(b)
SET r += row.props,
    r.evidence = coalesce(r.evidence, []) + row.evidence,
    r.evidenceDocs = coalesce(r.evidenceDocs, []) + row.evidenceDocs,
    r.evidenceStarts = coalesce(r.evidenceStarts, []) + row.evidenceStarts,
    r.evidenceEnds = coalesce(r.evidenceEnds, []) + row.evidenceEnds,
    r.extractor = $extractor
"""

# Structural edges from reference data (Article PART_OF Law, Article PROTECTS Right).
MERGE_REFERENCE_EDGES = """
UNWIND $rows AS row
MATCH (a:Entity {{id: row.start}})
MATCH (b:Entity {{id: row.end}})
MERGE (a)-[r:{type}]->(b)
SET r.source = 'reference'
"""


def _evidence_arrays(evidence: list[Evidence]) -> dict[str, list[Any]]:
    seen: set[tuple[str, int, int]] = set()
    uniq = []
    for e in evidence:
        k = (e.document_id, e.start, e.end)
        if k not in seen:
            seen.add(k)
            uniq.append(e)
    return {
        "evidence": [e.text for e in uniq],
        "evidenceDocs": [e.document_id for e in uniq],
        "evidenceStarts": [e.start for e in uniq],
        "evidenceEnds": [e.end for e in uniq],
    }


def _node_row(e: Entity) -> dict[str, Any]:
    props = {k: v for k, v in e.properties.items() if v is not None and v != []}
    aliases = sorted({a for a in e.aliases if a and a != e.name})
    mentions = sorted(e.mentions, key=lambda m: (m.start, m.end))
    ev = _evidence_arrays([m.evidence for m in mentions])
    return {
        "id": e.id,
        "name": e.name,
        "aliases": aliases,
        "props": props,
        "searchKeys": search_keys([e.name, *aliases]),
        "merges": list(dict.fromkeys(e.merges)),
        "surfaces": [m.surface for m in mentions],
        "starts": [m.start for m in mentions],
        "ends": [m.end for m in mentions],
        **ev,
    }


def merge_entities(entities: list[Entity]) -> list[Entity]:
    """One entity per id: aliases, mentions, merges and properties united."""
    out: dict[str, Entity] = {}
    for e in entities:
        cur = out.get(e.id)
        if cur is None:
            out[e.id] = Entity(e.id, e.label, e.name, list(e.aliases), dict(e.properties), list(e.mentions),
                               list(e.merges))
            continue
        if len(e.name) > len(cur.name):
            cur.aliases.append(cur.name)
            cur.name = e.name
        cur.aliases += e.aliases
        cur.mentions += e.mentions
        cur.merges += e.merges
        for k, v in e.properties.items():
            if isinstance(v, list):
                cur.properties[k] = list(dict.fromkeys([*cur.properties.get(k, []), *v]))
            elif cur.properties.get(k) in (None, ""):
                cur.properties[k] = v
    return list(out.values())


def merge_relations(relations: list[Relation]) -> list[Relation]:
    out: dict[tuple[str, str, str, str], Relation] = {}
    for r in relations:
        k = (r.type, r.start_id, r.end_id, r.key)
        if k in out:
            out[k].evidence.extend(r.evidence)
            for pk, pv in r.properties.items():
                out[k].properties.setdefault(pk, pv)
        else:
            out[k] = Relation(r.type, r.start_id, r.start_label, r.end_id, r.end_label, list(r.evidence),
                              dict(r.properties))
    return list(out.values())


def write_extraction(db: Database, ex: Extraction, extractor: str) -> dict[str, int]:
    """Write one document's extraction in one transaction; returns what was written."""
    doc = ex.document
    # A fact without a source does not enter the graph: entities need a mention.
    entities = [e for e in merge_entities(ex.entities) if e.mentions]
    known = {e.id: e.label for e in entities}
    relations = [r for r in merge_relations(ex.relations)
                 if known.get(r.start_id) == r.start_label and known.get(r.end_id) == r.end_label]

    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in entities:
        by_label[check_label(e.label)].append(_node_row(e))
    by_edge: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in relations:  # endpoints were checked against the schema when the Relation was built
        by_edge[check_rel_type(r.type)].append(
            {"start": r.start_id, "end": r.end_id, "props": r.properties, **_evidence_arrays(r.evidence)}
        )
    doc_row = {
        "id": doc.id, "name": doc.title, "source": doc.source, "path": doc.path, "sha256": doc.sha256,
        "publishedAt": doc.published_at, "chars": len(doc.text), "words": doc.words,
        "loadedAt": datetime.now(UTC).isoformat(timespec="seconds"), "extractor": extractor,
    }

    def work(tx: ManagedTransaction) -> None:
        db.run_in(tx, RETRACT_EDGES, doc=doc.id)
        db.run_in(tx, RETRACT_MENTIONS, doc=doc.id)
        db.run_in(tx, MERGE_DOCUMENT, row=doc_row)
        for label, rows in by_label.items():
            db.run_in(tx, MERGE_NODES.format(label=label), rows=rows, doc=doc.id)
        for type_, rows in by_edge.items():
            rt = rel_type(type_)
            if not rt.evidenced:
                db.run_in(tx, MERGE_REFERENCE_EDGES.format(type=type_), rows=rows)
                continue
            # The key property (e.g. role) is part of the MERGE pattern: parallel edges stay apart.
            key = f" {{{rt.key}: row.props.{rt.key}}}" if rt.key else ""
            if rt.key:
                for row in rows:
                    row["props"].setdefault(rt.key, "")
            db.run_in(tx, MERGE_EDGES.format(type=type_, key=key), rows=rows,
                      extractor=extractor)

    db.execute_write(work)
    return {"nodes": len(entities), "relationships": len(relations)}
