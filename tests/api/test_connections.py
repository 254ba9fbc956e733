"""Root connections: every kind, pagination edges, sorting."""

from __future__ import annotations

import pytest

from tests.api.conftest import Api, nodes

ROOTS = ["people", "organizations", "locations", "events", "laws", "articles", "rights", "documents"]
TYPENAMES = {
    "people": "Person",
    "organizations": "Organization",
    "locations": "Location",
    "events": "Event",
    "laws": "Law",
    "articles": "Article",
    "rights": "Right",
    "documents": "Document",
}


@pytest.mark.parametrize("root", ROOTS)
def test_each_root_connection_returns_loaded_nodes(api: Api, root: str) -> None:
    conn = api.data(
        f"{{ {root}(first: 5) {{ totalCount edges {{ cursor node {{ __typename id name }} }} "
        "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"
    )[root]
    assert conn["totalCount"] > 0, f"the corpus has no {root}"
    assert 0 < len(conn["edges"]) <= 5
    for n in nodes(conn):
        assert n["__typename"] == TYPENAMES[root]
        assert n["id"].startswith(TYPENAMES[root].lower() + ":") and n["name"]
    assert conn["pageInfo"]["startCursor"] == conn["edges"][0]["cursor"]
    assert conn["pageInfo"]["hasPreviousPage"] is False


def test_walking_every_page_visits_each_node_once(api: Api) -> None:
    q = (
        "query($after: String) { people(first: 7, after: $after) { totalCount edges { node { id } } "
        "pageInfo { hasNextPage endCursor } } }"
    )
    seen: list[str] = []
    after = None
    while True:
        conn = api.data(q, {"after": after})["people"]
        seen += [n["id"] for n in nodes(conn)]
        if not conn["pageInfo"]["hasNextPage"]:
            break
        after = conn["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == conn["totalCount"]


def test_last_page_and_past_the_end(api: Api) -> None:
    total = api.data("{ laws(first: 1) { totalCount } }")["laws"]["totalCount"]
    q = ("query($after: String) { laws(first: 100, after: $after) { edges { cursor } "
         "pageInfo { hasNextPage hasPreviousPage endCursor } } }")
    everything = api.data(q)["laws"]
    assert len(everything["edges"]) == total
    assert everything["pageInfo"]["hasNextPage"] is False
    past = api.data(q, {"after": everything["pageInfo"]["endCursor"]})["laws"]
    assert past["edges"] == []
    assert past["pageInfo"] == {"hasNextPage": False, "hasPreviousPage": True, "endCursor": None}


def test_empty_page(api: Api) -> None:
    conn = api.data(
        "{ people(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage startCursor } } }"
    )
    assert conn["people"]["edges"] == []
    assert conn["people"]["totalCount"] > 0
    assert conn["people"]["pageInfo"] == {"hasNextPage": True, "startCursor": None}


def test_empty_result(api: Api) -> None:
    conn = api.data(
        '{ people(filter: {nameContains: "no such name xyzzy"}) { totalCount edges { cursor } '
        "pageInfo { hasNextPage hasPreviousPage } } }"
    )["people"]
    assert conn == {
        "totalCount": 0,
        "edges": [],
        "pageInfo": {"hasNextPage": False, "hasPreviousPage": False},
    }


@pytest.mark.parametrize("cursor", ["nonsense", "cmc6LTE=", "eHl6OjE="])  # junk, rg:-1, xyz:1
def test_bad_cursor_is_bad_user_input(api: Api, cursor: str) -> None:
    assert api.error_codes("query($c: String) { people(after: $c) { totalCount } }", {"c": cursor}) == [
        "BAD_USER_INPUT"
    ]


def test_page_size_is_bounded(api: Api) -> None:
    assert api.error_codes("{ people(first: 101) { totalCount } }") == ["QUERY_TOO_COMPLEX"]
    assert api.error_codes("{ people(first: -1) { totalCount } }") == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("direction", ["ASC", "DESC"])
def test_sort_by_name(api: Api, direction: str) -> None:
    names = [
        n["name"].lower()
        for n in nodes(
            api.data(
                f"{{ organizations(first: 100, sort: NAME, direction: {direction}) "
                "{ edges { node { name } } } }"
            )["organizations"]
        )
    ]
    assert names == sorted(names, reverse=direction == "DESC")


def test_sort_by_connection_count(api: Api) -> None:
    counts = [
        n["connectionCount"]
        for n in nodes(
            api.data(
                "{ people(first: 100, sort: CONNECTIONS, direction: DESC) "
                "{ edges { node { connectionCount } } } }"
            )["people"]
        )
    ]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] > 0


def test_events_sort_by_date_undated_last(api: Api) -> None:
    for direction in ("ASC", "DESC"):
        dates = [
            n["date"]
            for n in nodes(
                api.data(
                    f"{{ events(first: 100, sort: DATE, direction: {direction}) "
                    "{ edges { node { date } } } }"
                )["events"]
            )
        ]
        dated = [d for d in dates if d]
        assert dated, "no dated event in the corpus"
        assert dated == sorted(dated, reverse=direction == "DESC")
        assert dates[: len(dated)] == dated  # undated ones come after


def test_sort_by_date_is_for_events_only(api: Api) -> None:
    assert api.error_codes("{ people(sort: DATE) { totalCount } }") == ["BAD_USER_INPUT"]


def test_node_and_nodes_by_global_id(api: Api) -> None:
    some = nodes(api.data("{ events(first: 2) { edges { node { id name } } } }")["events"])
    one = api.data(
        "query($id: ID!) { node(id: $id) { __typename id ... on Entity { name } } }", {"id": some[0]["id"]}
    )["node"]
    assert one == {"__typename": "Event", "id": some[0]["id"], "name": some[0]["name"]}
    many = api.data(
        "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
        {"ids": [some[1]["id"], "person:nobody-00000000", "garbage", some[0]["id"]]},
    )["nodes"]
    assert many == [{"id": some[1]["id"]}, None, None, {"id": some[0]["id"]}]
    assert api.data('{ node(id: "event:missing-00000000") { id } }')["node"] is None


def test_timeline_is_in_date_order(api: Api) -> None:
    conn = api.data("{ timeline(first: 100) { totalCount edges { node { name date } } } }")["timeline"]
    dates = [n["date"] for n in nodes(conn) if n["date"]]
    assert dates and dates == sorted(dates)
    assert conn["totalCount"] == api.data("{ events { totalCount } }")["events"]["totalCount"]
    since = api.data('{ timeline(filter: {dateFrom: "2020"}) { edges { node { date } } } }')["timeline"]
    assert all(n["date"] >= "2020" for n in nodes(since))
