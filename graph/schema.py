"""The graph's types, declared once.

Everything else derives from these declarations: uniqueness constraints and
indexes (:func:`constraint_statements`), the label and relationship-type
whitelists used before a label is spliced into Cypher (labels cannot be query
parameters), the extraction targets of the loaders and the GraphQL types of
the API.

Node kinds split in two groups:

* *entities* (Person, Organization, Location, Event, Law, Article, Right):
  what the text talks about; each has ``id``, ``name`` and ``aliases`` and is
  linked to the documents that mention it by ``MENTIONED_IN``;
* *lexical* nodes (Document): where facts come from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.errors import SchemaError


@dataclass(frozen=True)
class NodeType:
    label: str
    description: str
    # properties beyond id/name/aliases, name -> Cypher/Python type name
    properties: dict[str, str] = field(default_factory=dict)
    entity: bool = True  # False for lexical nodes (Document)
    # Neo4j Browser style: colour and diameter (see docs/browser.md)
    color: str = "#A5ABB6"
    size: int = 50


@dataclass(frozen=True)
class RelType:
    type: str
    description: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    # properties on the edge, name -> type name (evidence arrays are implied
    # when ``evidenced`` is true)
    properties: dict[str, str] = field(default_factory=dict)
    # True: extracted from text, must carry evidence (a fact without a source
    # does not enter the graph). False: reference data or structural edges.
    evidenced: bool = True
    # Property that distinguishes parallel edges of the same type between the
    # same two nodes (e.g. a person who is both victim and organizer).
    key: str | None = None


# Every entity node also carries this label: one uniqueness constraint and index on
# :Entity(id) lets writers and readers find any entity by id without knowing its type.
ENTITY = "Entity"
ENTITY_LABELS = ("Person", "Organization", "Location", "Event", "Law", "Article", "Right")
ACTORS = ("Person", "Organization")
VIOLATORS = ("Event", "Law", "Organization", "Person")

NODE_TYPES: dict[str, NodeType] = {
    t.label: t
    for t in (
        NodeType(
            "Document",
            "A source text: report, press release, article.",
            {"source": "str", "path": "str", "publishedAt": "str", "sha256": "str",
             "chars": "int", "words": "int", "loadedAt": "str", "extractor": "str"},
            entity=False, color="#C990C0", size=40,
        ),
        NodeType(
            "Person",
            "A named person.",
            {"descriptors": "list[str]"},
            color="#4C8EDA", size=55,
        ),
        NodeType(
            "Organization",
            "An NGO, party, movement, government body, court, medium, union or intergovernmental body.",
            {"kind": "str", "country": "str"},
            color="#F79767", size=55,
        ),
        NodeType(
            "Location",
            "A country, city, region or venue.",
            {"kind": "str"},
            color="#57C7E3", size=45,
        ),
        NodeType(
            "Event",
            "A dated happening: protest, arrest, trial, visit, meeting, election, ban, adoption of a law...",
            {"kind": "str", "date": "str", "datePrecision": "str", "counts": "list[str]"},
            color="#F16667", size=50,
        ),
        NodeType(
            "Law",
            "A legal instrument: treaty, declaration, constitution, statute, code, decree.",
            {"kind": "str", "jurisdiction": "str", "year": "int", "abbreviation": "str"},
            color="#8DCC93", size=60,
        ),
        NodeType(
            "Article",
            "One article of a legal instrument, shared by every citation of it.",
            {"instrument": "str", "number": "str", "title": "str"},
            color="#FFC454", size=40,
        ),
        NodeType(
            "Right",
            "A human right protected by articles of several instruments (reference data).",
            {},
            color="#DA7194", size=45,
        ),
    )
}

_EVENT_ROLE = {"role": "str"}

REL_TYPES: dict[str, RelType] = {
    r.type: r
    for r in (
        RelType("MENTIONED_IN", "An entity is mentioned in a document (sentences and offsets on the edge).",
                ENTITY_LABELS, ("Document",),
                {"surfaces": "list[str]", "starts": "list[int]", "ends": "list[int]"},
                evidenced=True),
        RelType("VIOLATES", "An event, practice or law violates an article.", VIOLATORS, ("Article", "Law")),
        RelType("PART_OF", "An article belongs to its law.", ("Article",), ("Law",), evidenced=False),
        RelType("PROTECTS", "An article protects a right (reference data).", ("Article",), ("Right",),
                evidenced=False),
        RelType("PARTICIPATED_IN", "A person or organization took part in an event, with a role.",
                ACTORS, ("Event",), _EVENT_ROLE, key="role"),
        RelType("OCCURRED_IN", "An event happened at a place.", ("Event",), ("Location",)),
        RelType("MEMBER_OF", "A person belongs to an organization.", ("Person", "Organization"), ("Organization",),
                {"role": "str"}),
        RelType("WORKS_FOR", "A person holds a position at an organization.", ("Person",), ("Organization",),
                {"role": "str"}),
        RelType("LEADS", "A person leads an organization or country.", ("Person",), ("Organization", "Location"),
                {"role": "str"}),
        RelType("FOUNDED", "A person founded an organization.", ("Person",), ("Organization",)),
        RelType("CHARGED_UNDER", "A person or event was charged or sentenced under a law or article.",
                ("Person", "Organization", "Event"), ("Law", "Article")),
        RelType("CRITICIZED", "An actor criticized another actor, event or law.",
                ACTORS, ("Person", "Organization", "Event", "Law", "Location")),
        RelType("CALLED_ON", "An actor called on another to act.", ACTORS, ("Person", "Organization", "Location")),
        RelType("MET_WITH", "Two actors met.", ACTORS, ACTORS),
        RelType("REPRESENTS", "A lawyer, agent or spokesperson acts for a person or organization.",
                ACTORS, ACTORS, {"role": "str"}),
        RelType("RELATIVE_OF", "A person is a relative of another (role: wife, brother, mother...).",
                ("Person",), ("Person",), {"role": "str"}),
        RelType("LOCATED_IN", "An organization or place is in a place.", ("Organization", "Location"),
                ("Location",)),
        RelType("ADOPTED", "An actor adopted or enforced a law.", ACTORS, ("Law",)),
        RelType("ACTED_ON", "An actor did something to another actor (fined, expelled, detained, sued...); "
                "the verb is on the edge, negated when the text says it was not done.",
                ACTORS, ACTORS, {"verb": "str", "negated": "bool"}),
        RelType("APPLIES_TO", "A law applies to a jurisdiction.", ("Law",), ("Location",)),
    )
}

# Properties every evidenced relationship carries, parallel arrays (Neo4j
# properties cannot hold maps): evidence[i] is the verbatim sentence of
# document evidenceDocs[i] at [evidenceStarts[i], evidenceEnds[i]).
EVIDENCE_PROPERTIES = ("evidence", "evidenceDocs", "evidenceStarts", "evidenceEnds")


def node_type(label: str) -> NodeType:
    """The declared node type of ``label``; raises for anything undeclared."""
    try:
        return NODE_TYPES[label]
    except KeyError:
        raise SchemaError(f"unknown node label {label!r}") from None


def rel_type(name: str) -> RelType:
    try:
        return REL_TYPES[name]
    except KeyError:
        raise SchemaError(f"unknown relationship type {name!r}") from None


def check_label(label: str) -> str:
    """Return ``label`` if declared: the only way a label reaches a Cypher string."""
    return node_type(label).label


def check_rel_type(name: str) -> str:
    return rel_type(name).type


def check_relationship(type_: str, source: str, target: str) -> RelType:
    """Validate an edge against the declaration (type exists, endpoints allowed)."""
    rt = rel_type(type_)
    if source not in rt.sources or target not in rt.targets:
        raise SchemaError(f"{type_} does not go from {source} to {target}")
    return rt


def constraint_statements() -> dict[str, str]:
    """Idempotent DDL derived from the declarations, by constraint/index name."""
    out: list[str] = []
    for t in NODE_TYPES.values():
        lbl = t.label
        out.append(f"CREATE CONSTRAINT {lbl.lower()}_id IF NOT EXISTS FOR (n:{lbl}) REQUIRE n.id IS UNIQUE")
        out.append(f"CREATE INDEX {lbl.lower()}_name IF NOT EXISTS FOR (n:{lbl}) ON (n.name)")
    out.append(f"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{ENTITY}) REQUIRE n.id IS UNIQUE")
    out.append("CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)")
    out.append("CREATE INDEX article_key IF NOT EXISTS FOR (n:Article) ON (n.instrument, n.number)")
    labels = "|".join(ENTITY_LABELS)
    # Full-text index over names and aliases; the `searchKeys` property holds
    # transliteration-folded forms (Tokaev for Tokayev) so search is tolerant of them.
    out.append(
        f"CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:{labels}) "
        "ON EACH [n.name, n.aliases, n.searchKeys]"
    )
    return {re.search(r"(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS", stmt).group(1): stmt  # type: ignore[union-attr]
            for stmt in out}
