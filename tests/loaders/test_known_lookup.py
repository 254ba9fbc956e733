"""Resolution against the graph by lookup gives the same extraction as against every entity.

Ingestion asks the graph only for the entities a document's names point at
(``Repository.known_entities(keys)``); scoring and earlier versions passed the
whole list. Here the graph's full-text phrase lookup is emulated in memory
(its database side is tested in tests/graph/test_repository.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.model import DocumentRecord, EntityRef, Extraction
from graph.translit import search_keys
from loaders.extract import extract
from loaders.extract.resolve import KnownIndex


def phrase_lookup(refs: Sequence[EntityRef], asked: list[list[str]]):  # type: ignore[no-untyped-def]
    """What the full-text index answers: entities one of whose search keys holds a key as a phrase."""

    def lookup(keys: list[str]) -> list[EntityRef]:
        asked.append(list(keys))
        return [
            r
            for r in refs
            if any(f" {k} " in f" {s} " for s in search_keys([r.name, *r.aliases]) for k in keys)
        ]

    return lookup


def summary(x: Extraction) -> tuple[object, ...]:
    ents = sorted((e.id, e.label, e.name, tuple(sorted(e.aliases))) for e in x.entities)
    rels = sorted((r.type, r.start_id, r.end_id) for r in x.relations)
    return tuple(ents), tuple(rels)


def test_lookup_and_full_list_resolve_the_same(corpus_docs: list[DocumentRecord]) -> None:
    known: dict[str, EntityRef] = {}
    asked: list[list[str]] = []
    for doc in corpus_docs:
        refs = list(known.values())
        full = extract(doc, refs)
        looked = extract(doc, phrase_lookup(refs, asked))
        assert summary(looked) == summary(full), doc.source
        for e in full.entities:
            prev = known.get(e.id)
            aliases = tuple(dict.fromkeys([*(prev.aliases if prev else ()), *e.aliases]))
            known[e.id] = EntityRef(e.id, e.label, prev.name if prev else e.name, aliases)
    # the later documents did ask, and resolved transliteration variants across documents
    assert len(asked) >= len(corpus_docs)
    assert any("tokaev" in keys for keys in asked)


def test_index_asks_each_key_once_and_only_when_needed() -> None:
    tokayev = EntityRef("person:1", "Person", "Kassym-Jomart Tokayev", ("Tokayev",))
    other = EntityRef("person:2", "Person", "Aigul Tokayeva", ())
    asked: list[list[str]] = []
    index = KnownIndex(lookup=phrase_lookup([tokayev, other], asked))
    assert index.find("Person", "Tokaev") == tokayev  # variant spelling, folded key
    assert index.find("Person", "Tokaev") == tokayev
    assert asked == [["tokaev"]]
    assert index.surname("tokaev") == [tokayev]
    assert index.find("Organization", "Tokaev") is None  # label is part of the key
    index.prefetch(["aigul tokaeva", "tokaev"])
    assert asked[-1] == ["aigul tokaeva"]
    assert {r.id for r in index.refs()} == {"person:1", "person:2"}


def test_index_without_lookup_uses_the_list_only() -> None:
    ref = EntityRef("organization:1", "Organization", "Human Rights Watch", ("HRW",))
    index = KnownIndex([ref])
    assert index.find("Organization", "HRW") == ref
    assert index.find("Organization", "Amnesty International") is None
    assert index.surname("watch") == []
