"""Domain model: what the loaders hand to the writer, and what readers get back.

Ids are deterministic (:func:`make_id`): the same entity read from the same
or another document gets the same id, so writes can ``MERGE`` on it and
loading a document twice changes nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from graph.errors import SchemaError
from graph.schema import NODE_TYPES, check_label, check_relationship, node_type, rel_type


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-', for readable ids."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def make_id(label: str, key: str) -> str:
    """Deterministic id ``<label>:<slug>-<hash8>`` from a canonical key.

    The slug keeps ids readable in Neo4j Browser and exports; the hash keeps
    two keys that slug alike (punctuation only) apart.
    """
    check_label(label)
    digest = hashlib.sha1(f"{label}\x1f{key}".encode()).hexdigest()[:8]
    return f"{label.lower()}:{slug(key)[:60]}-{digest}"


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: verbatim sentence and its span in the original file."""

    document_id: str
    text: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not self.text or self.end <= self.start:
            raise SchemaError("evidence needs a sentence and a non-empty span")


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity's name in a document."""

    surface: str
    start: int  # character offsets of the surface form in the original file
    end: int
    evidence: Evidence  # the sentence it stands in


@dataclass
class Entity:
    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    # Surface forms merged into this entity and why, for review (entity resolution)
    merges: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        nt = node_type(self.label)
        unknown = set(self.properties) - set(nt.properties)
        if unknown:
            raise SchemaError(f"{self.label} has no properties {sorted(unknown)}")


@dataclass
class Relation:
    type: str
    start_id: str
    start_label: str
    end_id: str
    end_label: str
    evidence: list[Evidence]
    properties: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        rt = check_relationship(self.type, self.start_label, self.end_label)
        if rt.evidenced and not self.evidence:
            raise SchemaError(f"{self.type} extracted from text needs evidence")
        unknown = set(self.properties) - set(rt.properties)
        if unknown:
            raise SchemaError(f"{self.type} has no properties {sorted(unknown)}")

    @property
    def key(self) -> str:
        """Distinguishes parallel edges of one type between the same two nodes."""
        k = rel_type(self.type).key
        return str(self.properties.get(k, "")) if k else ""


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    title: str
    text: str
    sha256: str
    source: str = ""
    path: str = ""
    published_at: str | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Extraction:
    """Everything read from one document, ready to be written."""

    document: DocumentRecord
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {lbl: 0 for lbl in NODE_TYPES if NODE_TYPES[lbl].entity}
        for e in self.entities:
            out[e.label] += 1
        out["relationships"] = len(self.relations)
        return out


@dataclass(frozen=True)
class EntityRef:
    """An entity already in the graph, offered to the resolver of a new document."""

    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
