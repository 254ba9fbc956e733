"""Repository reads used by ingestion: looking known entities up by folded name."""

from __future__ import annotations

import pytest

from graph.db import Database
from graph.model import Extraction
from graph.repository import Repository
from graph.translit import fold
from tests.graph.factories import document, entity

pytestmark = pytest.mark.neo4j


def _people_and_orgs() -> Extraction:
    s1 = "Kassym-Jomart Tokayev met Aigul Tokayeva and Max Bokaev."
    s2 = "Human Rights Watch (HRW) and the Tokayev Foundation commented."
    doc = document(f"{s1} {s2}")
    return Extraction(
        document=doc,
        entities=[
            entity(doc, "Person", "Kassym-Jomart Tokayev", s1),
            entity(doc, "Person", "Aigul Tokayeva", s1),
            entity(doc, "Person", "Max Bokaev", s1),
            entity(doc, "Organization", "Human Rights Watch", s2, surface="HRW", key="human rights watch"),
            entity(doc, "Organization", "Tokayev Foundation", s2),
        ],
        relations=[],
    )


def test_known_entities_by_folded_key(scratch_db: Database) -> None:
    repo = Repository(scratch_db)
    repo.setup()
    repo.write(_people_and_orgs(), "test")

    def names(*keys: str) -> set[str]:
        return {r.name for r in repo.known_entities([fold(k) for k in keys])}

    # a surname finds every entity whose name holds it as a word, whatever the spelling
    assert names("Tokaev") == {"Kassym-Jomart Tokayev", "Tokayev Foundation"}
    # a whole name is a phrase: it finds that person only
    assert names("Kasym-Zhomart Tokaev") == {"Kassym-Jomart Tokayev"}
    # aliases are keys too, and labels come back with the refs
    hrw = repo.known_entities([fold("HRW")])
    assert [(r.name, r.label) for r in hrw] == [("Human Rights Watch", "Organization")]
    assert names("Maks Bokayev", "nobody at all") == {"Max Bokaev"}
    assert names() == set()
    # keys that fold() cannot produce are ignored rather than sent to Lucene unescaped
    assert repo.known_entities(['tokaev" OR name:*']) == []
    assert len(repo.known_entities()) == 5


def test_known_entities_many_keys_in_chunks(scratch_db: Database) -> None:
    repo = Repository(scratch_db)
    repo.setup()
    repo.write(_people_and_orgs(), "test")
    keys = [f"nobody{i}" for i in range(1500)] + ["bokaev"]
    assert [r.name for r in repo.known_entities(keys)] == ["Max Bokaev"]
