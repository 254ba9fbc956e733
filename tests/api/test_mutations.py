"""ingestDocument and deleteDocument: API keys, the pipeline, error codes, nothing lost on bad input."""

from __future__ import annotations

import pytest

from graph.db import Database
from graph.repository import Repository
from tests.api.conftest import KEY, Api

TEXT = (
    "On 12 March 2021 police in Almaty detained the activist Max Bokaev at a peaceful protest. "
    "Human Rights Watch said the detention violated Article 21 of the International Covenant on Civil "
    "and Political Rights (ICCPR)."
)

INGEST = """mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  document { id title source publishedAt } extracted { kind count } entities { __typename id name }
  nodesWritten relationshipsWritten } }"""
DELETE = "mutation($id: ID!) { deleteDocument(id: $id) { id deleted } }"
INPUT = {"title": "Almaty detention", "text": TEXT, "source": "test", "publishedAt": "2021-03-13"}


def _count(db: Database) -> dict[str, int]:
    return Repository(db).counts()


def test_mutations_need_a_key(scratch_api: Api, scratch_db: Database) -> None:
    assert scratch_api.error_codes(INGEST, {"input": INPUT}) == ["UNAUTHENTICATED"]
    assert scratch_api.error_codes(INGEST, {"input": INPUT}, key="not-a-key") == ["UNAUTHENTICATED"]
    assert scratch_api.error_codes(DELETE, {"id": "document:0000000000000000"}) == ["UNAUTHENTICATED"]
    assert _count(scratch_db)["Document"] == 0


def test_ingest_then_delete(scratch_api: Api, scratch_db: Database) -> None:
    out = scratch_api.data(INGEST, {"input": INPUT}, key=KEY)["ingestDocument"]
    doc = out["document"]
    assert (
        doc["title"] == "Almaty detention" and doc["source"] == "test" and doc["publishedAt"] == "2021-03-13"
    )
    assert out["nodesWritten"] == len(out["entities"]) > 0
    assert {e["__typename"] for e in out["entities"]} >= {"Person"}
    assert sum(k["count"] for k in out["extracted"]) > 0
    # it is in the graph, through the API too
    found = scratch_api.data(
        "query($d: ID) { people(filter: {mentionedIn: $d}) { totalCount } }", {"d": doc["id"]}
    )
    assert found["people"]["totalCount"] > 0
    # ingesting the same text again changes nothing
    before = _count(scratch_db)
    again = scratch_api.data(INGEST, {"input": INPUT}, key=KEY)["ingestDocument"]
    assert again["document"]["id"] == doc["id"] and _count(scratch_db) == before

    assert scratch_api.data(DELETE, {"id": doc["id"]}, key="test-key-2")["deleteDocument"] == {
        "id": doc["id"],
        "deleted": True,
    }
    after = _count(scratch_db)
    assert after["Document"] == 0 and after["Person"] == 0
    assert scratch_api.error_codes(DELETE, {"id": doc["id"]}, key=KEY) == ["NOT_FOUND"]


def test_bad_input_is_refused_and_nothing_is_lost(scratch_api: Api, scratch_db: Database) -> None:
    scratch_api.data(INGEST, {"input": INPUT}, key=KEY)
    before = _count(scratch_db)
    for bad in (
        {"text": "   "},
        {"text": "\x00\x01\x02\x03" * 50},
        {"text": TEXT + " More.", "publishedAt": "March"},
    ):
        assert scratch_api.error_codes(INGEST, {"input": {"title": "bad", **bad}}, key=KEY) == [
            "BAD_USER_INPUT"
        ]
    assert scratch_api.error_codes(DELETE, {"id": "person:max-bokaev-00000000"}, key=KEY) == [
        "BAD_USER_INPUT"
    ]
    assert _count(scratch_db) == before


def test_an_extraction_over_its_time_limit_is_an_error_and_stores_nothing(
    scratch_api: Api, scratch_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch_api.data(INGEST, {"input": INPUT}, key=KEY)
    before = _count(scratch_db)
    monkeypatch.setenv("EXTRACT_TIMEOUT", "0.01")
    slow = {**INPUT, "title": "slow", "text": TEXT + " Amnesty International criticized the verdict."}
    out = scratch_api.post(INGEST, {"input": slow}, key=KEY)
    (error,) = out["errors"]
    assert error["extensions"]["code"] == "EXTRACTION_FAILED"
    assert "did not finish within" in error["message"] and "Traceback" not in error["message"]
    assert _count(scratch_db) == before
