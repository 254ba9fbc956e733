"""Typed filters of the root connections, checked against what the nodes themselves say."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import Api, nodes

EVENTS = """query($f: EventFilter) { events(first: 100, filter: $f) { totalCount edges { node {
  id name kind date location { id } participants { actor { id } }
  violations { target { id } article { id instrument rights { id name } } law { id } } } } } }"""


def _events(api: Api, f: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return nodes(api.data(EVENTS, {"f": f})["events"])


def _violating_events(api: Api) -> list[dict[str, Any]]:
    """Events said to violate an article (found from the articles: few events do, most are undated)."""
    arts = nodes(
        api.data(
            "{ articles(first: 100, filter: {violated: true}) { edges { node { "
            "violatedBy { violator { __typename id } } } } } }"
        )["articles"]
    )
    ids = sorted(
        {v["violator"]["id"] for a in arts for v in a["violatedBy"] if v["violator"]["__typename"] == "Event"}
    )
    q = EVENTS.split("edges { node {", 1)[1].rsplit("} } } }", 1)[0]
    found = api.data(f"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on Event {{ {q} }} }} }}", {"ids": ids})
    return [n for n in found["nodes"] if n and any(v["article"] for v in n["violations"])]


def _ids(rows: list[dict[str, Any]]) -> set[str]:
    return {r["id"] for r in rows}


def test_name_contains_is_case_insensitive(api: Api) -> None:
    people = nodes(
        api.data('{ people(first: 100, filter: {nameContains: "tokAYEV"}) { edges { node { name } } } }')[
            "people"
        ]
    )
    assert people, "some Person named like Tokayev exists"
    assert all("tokayev" in p["name"].lower() for p in people)


def test_alias_matches_exact_alias_or_name(api: Api) -> None:
    q = "{ people(first: 100) { edges { node { id name aliases } } } }"
    with_alias = next((p for p in nodes(api.data(q)["people"]) if p["aliases"]), None)
    if with_alias is None:
        pytest.skip("no person with an alias in this corpus")
    for form in (with_alias["aliases"][0].upper(), with_alias["name"]):
        found = nodes(
            api.data(
                "query($a: String) { people(filter: {alias: $a}) { edges { node { id } } } }", {"a": form}
            )["people"]
        )
        assert with_alias["id"] in _ids(found)


def test_mentioned_in_document(api: Api) -> None:
    docs = nodes(api.data("{ documents(first: 100) { edges { node { id } } } }")["documents"])
    doc = docs[0]["id"]
    q = (
        "query($d: ID) { organizations(first: 100, filter: {mentionedIn: $d}) { totalCount "
        "edges { node { id documents { id } } } } }"
    )
    conn = api.data(q, {"d": doc})["organizations"]
    assert conn["totalCount"] > 0
    assert all(doc in {d["id"] for d in n["documents"]} for n in nodes(conn))
    total = api.data("{ organizations { totalCount } }")["organizations"]["totalCount"]
    assert conn["totalCount"] <= total


def test_events_date_range(api: Api) -> None:
    dated = [e for e in _events(api) if e["date"]]
    assert dated
    year = sorted(e["date"] for e in dated)[len(dated) // 2][:4]
    inside = _events(api, {"dateFrom": year, "dateTo": year})
    assert inside and all(e["date"][:4] == year for e in inside)
    after = _events(api, {"dateFrom": f"{year}-07"})
    assert all(e["date"] and (e["date"] >= f"{year}-07" or e["date"] == year) for e in after)


def test_events_by_kind(api: Api) -> None:
    kinds = {e["kind"] for e in _events(api) if e["kind"]}
    kind = sorted(kinds)[0]
    found = _events(api, {"kinds": [kind]})
    assert found and all(e["kind"] == kind for e in found)


def test_events_by_location_participant_article_right_instrument(api: Api) -> None:
    events = _events(api)
    with_location = next(e for e in events if e["location"])
    found = _events(api, {"location": with_location["location"]["id"]})
    assert with_location["id"] in _ids(found)

    with_actor = next(e for e in events if e["participants"])
    actor = with_actor["participants"][0]["actor"]["id"]
    found = _events(api, {"participant": actor})
    assert with_actor["id"] in _ids(found)
    assert all(actor in {p["actor"]["id"] for p in e["participants"]} for e in found)

    violating = _violating_events(api)
    assert violating, "some event violates an article"
    e0 = violating[0]
    article = next(v["article"] for v in e0["violations"] if v["article"])
    found = _events(api, {"violatedArticle": article["id"]})
    assert e0["id"] in _ids(found)
    assert all(article["id"] in {v["target"]["id"] for v in e["violations"]} for e in found)

    found = _events(api, {"instrument": article["instrument"].lower()})
    assert e0["id"] in _ids(found)

    with_right = next(
        e for e in violating if any(v["article"] and v["article"]["rights"] for v in e["violations"])
    )
    right = next(
        v["article"]["rights"][0] for v in with_right["violations"] if v["article"] and v["article"]["rights"]
    )
    assert with_right["id"] in _ids(_events(api, {"violatedRight": right["id"]}))
    assert with_right["id"] in _ids(_events(api, {"violatedRight": right["name"].upper()}))


def test_iccpr_violation_exists(api: Api) -> None:
    found = _events(api, {"instrument": "ICCPR"})
    assert found, "a VIOLATES edge to an ICCPR article exists"


def test_bad_date_is_bad_user_input(api: Api) -> None:
    assert api.error_codes(EVENTS, {"f": {"dateFrom": "last spring"}}) == ["BAD_USER_INPUT"]
    assert api.error_codes(EVENTS, {"f": {"dateTo": "2020-13"}}) == ["BAD_USER_INPUT"]


def test_articles_by_instrument_and_violated(api: Api) -> None:
    q = (
        "query($f: ArticleFilter) { articles(first: 100, filter: $f) { totalCount "
        "edges { node { id instrument "
        "violatedBy { violator { id } } } } } }"
    )
    iccpr = nodes(api.data(q, {"f": {"instrument": "iccpr"}})["articles"])
    assert iccpr and all(a["instrument"] == "ICCPR" for a in iccpr)
    violated = api.data(q, {"f": {"violated": True}})["articles"]
    not_violated = api.data(q, {"f": {"violated": False}})["articles"]
    assert violated["totalCount"] > 0
    assert all(a["violatedBy"] for a in nodes(violated))
    assert all(not a["violatedBy"] for a in nodes(not_violated))
    total = api.data("{ articles { totalCount } }")["articles"]["totalCount"]
    assert violated["totalCount"] + not_violated["totalCount"] == total


def test_documents_title_contains(api: Api) -> None:
    docs = nodes(api.data("{ documents(first: 100) { edges { node { id title } } } }")["documents"])
    word = docs[0]["title"].split()[-1]
    found = nodes(
        api.data(
            "query($w: String) { documents(filter: {nameContains: $w}) { edges { node { id } } } }",
            {"w": word.upper()},
        )["documents"]
    )
    assert docs[0]["id"] in _ids(found)
