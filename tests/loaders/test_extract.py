"""The extractor on the default corpus: provenance is verbatim, the contract is kept."""

from __future__ import annotations

import pytest

from graph.model import DocumentRecord, EntityRef, Extraction
from graph.schema import REL_TYPES, check_relationship
from loaders.extract import extract


@pytest.fixture(scope="module")
def extractions(corpus_docs: list[DocumentRecord]) -> list[Extraction]:
    known: dict[str, EntityRef] = {}
    out = []
    for d in corpus_docs:
        x = extract(d, tuple(known.values()))
        out.append(x)
        for e in x.entities:
            known.setdefault(e.id, EntityRef(e.id, e.label, e.name, tuple(e.aliases)))
    return out


def test_every_relation_evidence_is_verbatim(extractions: list[Extraction]) -> None:
    for x in extractions:
        text = x.document.text
        for r in x.relations:
            check_relationship(r.type, r.start_label, r.end_label)
            if REL_TYPES[r.type].evidenced:
                assert r.evidence, r
            for ev in r.evidence:
                assert ev.document_id == x.document.id
                assert text[ev.start : ev.end] == ev.text


def test_every_entity_has_a_verbatim_mention(extractions: list[Extraction]) -> None:
    for x in extractions:
        text = x.document.text
        for e in x.entities:
            assert e.mentions, e
            for m in e.mentions:
                assert text[m.start : m.end] == m.surface
                assert text[m.evidence.start : m.evidence.end] == m.evidence.text
                assert m.evidence.start <= m.start and m.end <= m.evidence.end


def test_no_footnote_or_furniture_in_names(extractions: list[Extraction]) -> None:
    for x in extractions:
        for e in x.entities:
            if e.label in ("Person", "Organization", "Location"):
                for n in (e.name, *e.aliases):
                    assert not any(w in n.lower() for w in ("newsletter", "shutterstock", "survey")), n
                    assert not any(ch.isdigit() for ch in n) or "C5" in n, n


def test_deterministic(corpus_docs: list[DocumentRecord]) -> None:
    a = extract(corpus_docs[0])
    b = extract(corpus_docs[0])
    assert [e.id for e in a.entities] == [e.id for e in b.entities]
    assert [(r.type, r.start_id, r.end_id) for r in a.relations] == [
        (r.type, r.start_id, r.end_id) for r in b.relations
    ]


def test_events_are_dated_when_the_sentence_says(extractions: list[Extraction]) -> None:
    x = extractions[4]  # Human Rights Watch on Kazakhstan's UPR
    dates = {e.properties.get("date") for e in x.entities if e.label == "Event"}
    assert {"2018-05-10", "2019-02-27", "2018-03"} <= dates
