"""search, paths, neighborhood, violationStats."""

from __future__ import annotations

import pytest

from tests.api.conftest import Api, nodes

SEARCH = (
    "query($t: String!, $k: [EntityKind!], $n: Int) { search(text: $t, kinds: $k, first: $n) "
    "{ score node { __typename id name aliases } } }"
)


def _names(hits: list[dict]) -> list[str]:
    return [" ".join([h["node"]["name"], *h["node"]["aliases"]]).lower() for h in hits]


@pytest.mark.parametrize("text", ["Nazarbaev", "nazarbayev", "Tokaev", "Tokayev", "Токаев"])
def test_search_tolerates_transliteration(api: Api, text: str) -> None:
    hits = api.data(SEARCH, {"t": text, "k": ["PERSON"], "n": 5})["search"]
    target = "nazarbayev" if "naz" in text.lower() else "tokayev"
    assert hits and target in _names(hits)[0], hits


def test_search_tolerates_a_typo_and_filters_kinds(api: Api) -> None:
    hits = api.data(SEARCH, {"t": "Tokayiev", "n": 5})["search"]
    assert any("tokayev" in n for n in _names(hits))
    laws = api.data(SEARCH, {"t": "covenant", "k": ["LAW"], "n": 5})["search"]
    assert laws and all(h["node"]["__typename"] == "Law" for h in laws)
    scores = [h["score"] for h in laws]
    assert scores == sorted(scores, reverse=True)


def test_search_input_errors(api: Api) -> None:
    assert api.error_codes(SEARCH, {"t": "  ?! "}) == ["BAD_USER_INPUT"]
    assert api.error_codes(SEARCH, {"t": "x", "n": 1000}) == ["QUERY_TOO_COMPLEX"]
    # Lucene syntax in the text is escaped, not interpreted
    assert isinstance(api.data(SEARCH, {"t": 'Tokayev AND (" OR title:*'})["search"], list)


PATHS = """query($a: ID!, $b: ID!, $h: Int) { paths(from: $a, to: $b, maxHops: $h) { length
  nodes { __typename id name } hops { type fromId toId forward role evidence { sentence documentId } } } }"""


def _linked_pair(api: Api) -> tuple[str, str]:
    """The best-connected person and an entity two hops away from it (not adjacent)."""
    hub = nodes(
        api.data(
            "{ people(first: 1, sort: CONNECTIONS, direction: DESC) { edges { node { id "
            "relations { node { id } } } } } }"
        )["people"]
    )[0]
    near = {r["node"]["id"] for r in hub["relations"]} | {hub["id"]}
    around = api.data(NEIGHBORHOOD, {"id": hub["id"], "d": 2, "l": 500})["neighborhood"]
    far = sorted(n["id"] for n in around["nodes"] if n["id"] not in near)
    if not far:
        pytest.skip("the best-connected person has no entity two hops away")
    return hub["id"], far[0]


def test_paths_between_linked_entities(api: Api) -> None:
    a, b = _linked_pair(api)
    paths = api.data(PATHS, {"a": a, "b": b, "h": 4})["paths"]
    assert paths
    for p in paths:
        assert p["length"] == len(p["hops"]) == len(p["nodes"]) - 1 == 2
        assert p["nodes"][0]["id"] == a and p["nodes"][-1]["id"] == b
        assert all(n["__typename"] != "Document" for n in p["nodes"])
        for i, h in enumerate(p["hops"]):
            assert h["type"] != "MENTIONED_IN"
            here, there = p["nodes"][i]["id"], p["nodes"][i + 1]["id"]
            assert (h["fromId"], h["toId"]) == ((here, there) if h["forward"] else (there, here))
            if h["type"] not in {"PART_OF", "PROTECTS"}:  # extracted facts carry evidence
                assert h["evidence"] and h["evidence"][0]["sentence"]


def test_paths_limits_and_errors(api: Api) -> None:
    a, b = _linked_pair(api)
    assert api.data(PATHS, {"a": a, "b": b, "h": 1})["paths"] == []
    assert api.error_codes(PATHS, {"a": a, "b": b, "h": 7}) == ["QUERY_TOO_COMPLEX"]
    assert api.error_codes(PATHS, {"a": a, "b": b, "h": 0}) == ["BAD_USER_INPUT"]
    assert api.error_codes(PATHS, {"a": a, "b": "person:nobody-00000000"}) == ["NOT_FOUND"]
    assert api.error_codes(PATHS, {"a": a, "b": a}) == ["BAD_USER_INPUT"]


NEIGHBORHOOD = """query($id: ID!, $d: Int, $l: Int) { neighborhood(id: $id, depth: $d, limit: $l) {
  center { id } truncated nodes { id label name color size depth node { id } }
  edges { id type label source target role evidenceCount properties } } }"""


def test_neighborhood_is_drawable(api: Api) -> None:
    hub = nodes(
        api.data(
            "{ people(first: 1, sort: CONNECTIONS, direction: DESC) { edges { node { id "
            "connectionCount } } } }"
        )["people"]
    )[0]
    one = api.data(NEIGHBORHOOD, {"id": hub["id"], "d": 1, "l": 200})["neighborhood"]
    ids = [n["id"] for n in one["nodes"]]
    assert len(ids) == len(set(ids)) and hub["id"] in ids
    assert all(n["label"] != "Document" for n in one["nodes"])
    assert one["edges"], "a hub has edges"
    for e in one["edges"]:
        assert e["source"] in ids and e["target"] in ids and e["label"] == e["type"] != "MENTIONED_IN"
    # every direct neighbour is there
    assert len(ids) - 1 <= hub["connectionCount"]
    two = api.data(NEIGHBORHOOD, {"id": hub["id"], "d": 2, "l": 200})["neighborhood"]
    assert set(ids) <= {n["id"] for n in two["nodes"]}
    small = api.data(NEIGHBORHOOD, {"id": hub["id"], "d": 2, "l": 1})["neighborhood"]
    assert len(small["nodes"]) == 2 and small["truncated"] is (len(two["nodes"]) > 2)


def test_neighborhood_errors(api: Api) -> None:
    hub = nodes(api.data("{ people(first: 1) { edges { node { id } } } }")["people"])[0]["id"]
    assert api.error_codes(NEIGHBORHOOD, {"id": hub, "d": 4}) == ["QUERY_TOO_COMPLEX"]
    assert api.error_codes(NEIGHBORHOOD, {"id": hub, "l": 100000}) == ["QUERY_TOO_COMPLEX"]
    assert api.error_codes(NEIGHBORHOOD, {"id": "event:none-00000000"}) == ["NOT_FOUND"]


STATS = """query($g: ViolationGroup!, $f: ViolationStatsFilter) { violationStats(groupBy: $g, filter: $f) {
  key name violations violators documents node { __typename id } } }"""


@pytest.mark.parametrize("group", ["ARTICLE", "RIGHT", "INSTRUMENT", "YEAR", "PERPETRATOR", "LOCATION"])
def test_violation_stats_groups(api: Api, group: str) -> None:
    stats = api.data(STATS, {"g": group})["violationStats"]
    kinds = {
        "ARTICLE": {"Article", "Law"},
        "RIGHT": {"Right"},
        "INSTRUMENT": {"Law", "Article"},
        "PERPETRATOR": {"Person", "Organization"},
        "LOCATION": {"Location"},
    }
    if group in ("ARTICLE", "RIGHT", "INSTRUMENT", "YEAR"):
        assert stats, f"no violation grouped by {group}"
    for s in stats:
        assert s["violations"] >= 1 and s["violators"] >= 1 and s["documents"] >= 1
        if group == "YEAR":
            assert s["node"] is None and (s["key"] == "unknown" or s["key"].isdigit())
        else:
            assert s["node"]["__typename"] in kinds[group] and s["node"]["id"] == s["key"]
    if group != "YEAR":
        counts = [s["violations"] for s in stats]
        assert counts == sorted(counts, reverse=True)


def test_violation_stats_totals_agree_and_filter(api: Api) -> None:
    by_article = api.data(STATS, {"g": "ARTICLE"})["violationStats"]
    by_year = api.data(STATS, {"g": "YEAR"})["violationStats"]
    assert sum(s["violations"] for s in by_article) == sum(s["violations"] for s in by_year)
    iccpr = api.data(STATS, {"g": "ARTICLE", "f": {"instrument": "ICCPR"}})["violationStats"]
    assert iccpr, "a VIOLATES edge to an ICCPR article exists"
    assert all(s["name"].startswith("ICCPR") or "Covenant" in s["name"] for s in iccpr)
    right = api.data(STATS, {"g": "RIGHT"})["violationStats"][0]
    only = api.data(STATS, {"g": "RIGHT", "f": {"right": right["key"]}})["violationStats"]
    assert [s["key"] for s in only] == [right["key"]]
    assert api.error_codes(STATS, {"g": "YEAR", "f": {"dateFrom": "soon"}}) == ["BAD_USER_INPUT"]
