"""The extractor: one document in, entities and relationships with evidence out.

Stages (each a module): ``clean`` (same-length cleaned text), ``segment``
(sentences with spaCy analysis), ``mentions``/``rules`` (candidates),
``entities``/``resolve`` (typing by evidence, resolution, ids), ``legal``
(laws, articles, rights, violations), ``events``, ``relations``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from graph.model import DocumentRecord, EntityRef, Extraction
from graph.translit import fold
from loaders.extract.build import Builder
from loaders.extract.coref import resolve_coreference
from loaders.extract.dates import document_date
from loaders.extract.entities import Resolved, Typer, collect, dedupe, mark_person_context
from loaders.extract.events import extract_events
from loaders.extract.legal import extract_legal
from loaders.extract.relations import extract_relations
from loaders.extract.resolve import (
    KnownIndex,
    KnownLookup,
    lookup_keys,
    resolve_locations,
    resolve_orgs,
    resolve_people,
)
from loaders.extract.segment import sentences

__all__ = ["KnownLookup", "extract"]


def extract(doc: DocumentRecord, known: Sequence[EntityRef] | KnownLookup = ()) -> Extraction:
    """Entities (with mentions) and relationships (with evidence) read from ``doc``.

    ``known`` are the entities already in the graph, or a function that returns
    those named by some folded keys (``Repository.known_entities``): a surname
    or a variant spelling of one of them resolves to its id instead of making a
    new node.
    """
    text = doc.text
    sents = sentences(text)
    b = Builder(doc.id, text, sents)
    res = Resolved()
    raw, acronyms = collect(sents, text)
    cands = dedupe(raw)
    mark_person_context(cands, sents)
    if callable(known):
        index = KnownIndex(lookup=known)
        index.prefetch(lookup_keys(cands))
    else:
        index = KnownIndex(known)

    # countries mentioned, for "the government" and unqualified laws
    country_counts: Counter[str] = Counter()
    for c in cands:
        if c.source == "gazetteer" and c.label in ("LOC", "NORP") and c.props.get("kind") in ("country", "adjective"):
            res.country_mentions.append((c.start, c.name))
            country_counts[c.name] += 1
        elif c.label == "GOV" and c.props.get("country"):
            res.country_mentions.append((c.start, c.props["country"]))
    res.country_mentions.sort()
    if country_counts:
        res.main_country = country_counts.most_common(1)[0][0]

    typer = Typer(cands, index.refs(), text)
    # single names typed first: a full name ending with a person's surname is a person
    typer.person_surnames = {
        fold(c.surface) for c in cands if len(c.surface.split()) == 1 and typer.label(c.key) == "PERSON"
    }
    typer.person_surnames |= {
        fold(c.surface.split()[-1])
        for c in cands
        if c.label in ("PERSON", "ORG") and len(c.surface.split()) > 1 and typer.label(c.key) == "PERSON"
    }
    resolve_people(cands, typer, b, res, index, text)
    resolve_orgs(cands, acronyms, typer, b, res, index, sents)
    resolve_locations(cands, typer, b, res)
    resolve_coreference(sents, text, res)

    doc_date = document_date(text, doc.published_at)
    year = doc_date.year if doc_date else None
    events = extract_events(sents, text, year, b, res, doc_date)
    extract_legal(sents, text, b, res, events)
    extract_relations(sents, text, b, res)

    entities = [e for e in b.entities.values() if e.mentions]
    ids = {e.id for e in entities}
    relations = [r for r in b.relations.values() if r.start_id in ids and r.end_id in ids]
    return Extraction(document=doc, entities=entities, relations=relations)
