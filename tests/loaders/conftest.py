"""Fixtures for the extractor's unit tests (pure Python, no database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import DocumentRecord, Extraction
from loaders.reader import from_text

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def doc(text: str, **kw: str) -> DocumentRecord:
    return from_text(text, **kw)


def rels(x: Extraction, type_: str) -> set[tuple[str, str]]:
    """The (start name, end name) pairs of an extraction's relationships of one type."""
    names = {e.id: e.name for e in x.entities}
    return {(names.get(r.start_id, "?"), names.get(r.end_id, "?")) for r in x.relations if r.type == type_}


def violated(x: Extraction) -> set[tuple[str, str]]:
    """The (instrument, article number) pairs an extraction says are violated."""
    arts = {e.id: (e.properties["instrument"], e.properties["number"]) for e in x.entities if e.label == "Article"}
    return {arts[r.end_id] for r in x.relations if r.type == "VIOLATES" and r.end_id in arts}


@pytest.fixture(scope="session")
def corpus_docs() -> list[DocumentRecord]:
    from loaders.reader import read_file

    return [read_file(p) for p in sorted(CORPUS.glob("*.txt"))]
