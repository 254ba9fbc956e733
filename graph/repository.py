"""The graph's repository: schema setup, writes, counts and whole-graph reads.

Read queries of the API live in :mod:`graph.queries`; export in :mod:`graph.export`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from graph.db import Database
from graph.errors import NotFound
from graph.model import EntityRef, Extraction
from graph.schema import ENTITY_LABELS, NODE_TYPES, REL_TYPES, constraint_statements
from graph.writer import RETRACT_EDGES, RETRACT_MENTIONS, write_extraction

COUNT_NODES = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n"
COUNT_EDGES = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n"
KNOWN_ENTITIES = """
MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, n.name AS name,
       coalesce(n.aliases, []) AS aliases
"""
# Entities one of whose folded names contains one of the given folded keys as a phrase
# (graph.translit.search_keys fills `searchKeys`; the full-text index tokenizes them).
KNOWN_BY_KEYS = """
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node AS n
WITH DISTINCT n
RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, n.name AS name,
       coalesce(n.aliases, []) AS aliases
"""
# Lucene refuses a query of more than 1,024 clauses.
_KEYS_PER_QUERY = 500
DOCUMENT_BY_SHA = "MATCH (d:Document {sha256: $sha}) RETURN d.extractor AS extractor"
SCHEMA_NAMES = "SHOW INDEXES YIELD name RETURN name"  # constraints own an index of the same name
AWAIT_INDEXES = "CALL db.awaitIndexes(60)"
DELETE_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"
DOCUMENT_EXISTS = "MATCH (d:Document {id: $id}) RETURN d.id AS id"
# Remove a document and every fact that only it supported (same retraction as a reload).
DELETE_DOCUMENT = "MATCH (d:Document {id: $id}) DETACH DELETE d"


# What fold() produces; anything else would need Lucene escaping and cannot be a folded key.
_FOLDED = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


class Repository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def setup(self) -> None:
        """Create the constraints and indexes derived from graph.schema that are missing.

        Checked by name first: creating even an existing constraint costs a schema
        transaction, and ingestion calls this for every document.
        """
        if self.db.schema_ready:
            return
        present = {r["name"] for r in self.db.read(SCHEMA_NAMES)}
        missing = [stmt for name, stmt in constraint_statements().items() if name not in present]
        if missing:  # schema commands may share one (schema-only) transaction
            self.db.execute_write(lambda tx: [self.db.run_in(tx, stmt) for stmt in missing])
            self.db.write(AWAIT_INDEXES)
        self.db.schema_ready = True

    def write(self, extraction: Extraction, extractor: str) -> dict[str, int]:
        return write_extraction(self.db, extraction, extractor)

    def loaded_with(self, sha256: str) -> str | None:
        """The extractor version a document with this content was loaded with, if it was."""
        rows = self.db.read(DOCUMENT_BY_SHA, sha=sha256)
        return rows[0]["extractor"] if rows else None

    def known_entities(self, keys: Iterable[str] | None = None) -> list[EntityRef]:
        """Entities of the graph: all of them, or those a folded key names.

        With ``keys`` (transliteration-folded names, :func:`graph.translit.fold`),
        an entity is returned when one of its folded names or aliases contains a
        key as a phrase: "tokaev" finds every Tokayev/Tokaev, "kasym jomart tokaev"
        the one person. This is what ingestion asks, so that one more document costs
        an index lookup, not a read of the whole graph.
        """
        if keys is None:
            rows = self.db.read(KNOWN_ENTITIES, labels=list(ENTITY_LABELS))
        else:
            phrases = sorted({k for k in keys if k and _FOLDED.fullmatch(k)})
            rows = []
            for i in range(0, len(phrases), _KEYS_PER_QUERY):
                chunk = phrases[i : i + _KEYS_PER_QUERY]
                lucene = " OR ".join(f'searchKeys:"{k}"' for k in chunk)
                rows += self.db.read(KNOWN_BY_KEYS, lucene=lucene, labels=list(ENTITY_LABELS))
        refs = {r["id"]: EntityRef(r["id"], r["label"], r["name"], tuple(r["aliases"])) for r in rows}
        return list(refs.values())

    def counts(self) -> dict[str, int]:
        out = {label: 0 for label in NODE_TYPES} | {t: 0 for t in REL_TYPES}
        for r in self.db.read(COUNT_NODES):
            out[r["label"]] = r["n"]
        for r in self.db.read(COUNT_EDGES):
            out[r["type"]] = r["n"]
        return out

    def reset(self) -> None:
        """Delete every node and relationship (constraints stay)."""
        self.db.autocommit(DELETE_ALL)

    def delete_document(self, document_id: str) -> None:
        def work(tx: Any) -> None:
            if not self.db.run_in(tx, DOCUMENT_EXISTS, id=document_id):
                raise NotFound(f"no document {document_id!r}")
            self.db.run_in(tx, RETRACT_EDGES, doc=document_id)
            self.db.run_in(tx, RETRACT_MENTIONS, doc=document_id)
            self.db.run_in(tx, DELETE_DOCUMENT, id=document_id)

        self.db.execute_write(work)
