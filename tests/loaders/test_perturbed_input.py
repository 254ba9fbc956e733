"""The extractor on the default corpus reshaped the ways unseen files differ: all capitals, no
capitals, numbered paragraphs, wrapped at 50 columns, one long line, honorifics everywhere. It
must finish on each (an unseen submission's "21. Ms A B" once crashed a reader), and every
relationship must still carry evidence that is verbatim at its offsets."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from graph.model import DocumentRecord
from loaders.extract import extract
from loaders.reader import from_text

VARIANTS: dict[str, Callable[[str], str]] = {
    "upper": str.upper,
    "lower": str.lower,
    "numbered": lambda t: "\n".join(f"{i}. {ln}" if ln.strip() else ln for i, ln in enumerate(t.splitlines(), 1)),
    "wrapped": lambda t: "\n".join(textwrap.fill(p, 50) for p in t.split("\n\n")),
    "one line": lambda t: " ".join(t.split()),
    "honorifics": lambda t: t.replace(". ", ". Ms ").replace("\n", "\nMr "),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_reshaped_documents_extract_with_verbatim_evidence(variant: str, corpus_docs: list[DocumentRecord]) -> None:
    for d in corpus_docs[:3]:
        text = VARIANTS[variant](d.text)
        x = extract(from_text(text))
        assert x.entities, (variant, d.source)
        for r in x.relations:
            for ev in r.evidence:
                assert text[ev.start : ev.end] == ev.text, (variant, d.source, r.type)
