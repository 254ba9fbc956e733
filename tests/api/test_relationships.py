"""Relationship fields with their edge data, checked for consistency in both directions."""

from __future__ import annotations

from typing import Any

from tests.api.conftest import Api, nodes

EVIDENCE = "evidence { documentId sentence start end document { id title } }"


def _check_evidence(items: list[dict[str, Any]]) -> None:
    assert items, "a fact without evidence"
    for ev in items:
        assert ev["sentence"] and ev["end"] > ev["start"] >= 0
        assert ev["document"]["id"] == ev["documentId"]


def test_person_organizations_and_events(api: Api) -> None:
    people = nodes(
        api.data(f"""{{ people(first: 100) {{ edges {{ node {{ id name
      organizations {{ type role member {{ id }} organization {{ __typename id name }} {EVIDENCE} }}
      events {{ role actor {{ id }} event {{ id name participants {{ role actor {{ id }} }} }} {EVIDENCE} }}
    }} }} }} }}""")["people"]
    )
    memberships = [m for p in people for m in p["organizations"]]
    participations = [e for p in people for e in p["events"]]
    assert memberships, "some person belongs to or works for an organization"
    assert participations, "some person took part in an event"
    for p in people:
        for m in p["organizations"]:
            assert m["member"]["id"] == p["id"]
            assert m["type"] in {"MEMBER_OF", "WORKS_FOR", "LEADS", "FOUNDED"}
            assert m["organization"]["__typename"] == "Organization"
            _check_evidence(m["evidence"])
        for e in p["events"]:
            assert e["actor"]["id"] == p["id"]
            # the same edge seen from the event
            assert {"role": e["role"], "actor": {"id": p["id"]}} in e["event"]["participants"]
            _check_evidence(e["evidence"])


def test_organization_members_mirror_person_organizations(api: Api) -> None:
    orgs = nodes(
        api.data(
            "{ organizations(first: 100, sort: CONNECTIONS, direction: DESC) { edges { node { id "
            "members { type member { __typename id ... on Person { organizations { organization "
            "{ id } } } } } events { role } violations { target { id } } } } } }"
        )["organizations"]
    )
    pairs = [(o, m) for o in orgs for m in o["members"] if m["member"]["__typename"] == "Person"]
    assert pairs
    for org, m in pairs:
        assert org["id"] in {x["organization"]["id"] for x in m["member"]["organizations"]}


EVENT_FIELDS = f"""id date datePrecision kind counts
  participants {{ role actor {{ __typename id name }} event {{ id }} {EVIDENCE} }}
  location {{ id name kind }}
  locations {{ location {{ id }} event {{ id }} {EVIDENCE} }}
  violations {{ violator {{ id }} target {{ __typename id name }} article {{ id number instrument }}
    {EVIDENCE} }}"""


def test_event_participants_location_violations(api: Api) -> None:
    arts = nodes(
        api.data(
            "{ articles(first: 100, filter: {violated: true}) { edges { node { "
            "violatedBy { violator { __typename id } } } } } }"
        )["articles"]
    )
    violators = sorted(
        {v["violator"]["id"] for a in arts for v in a["violatedBy"] if v["violator"]["__typename"] == "Event"}
    )
    assert violators, "some event violates an article"
    listed = nodes(
        api.data(f"{{ events(first: 100) {{ edges {{ node {{ {EVENT_FIELDS} }} }} }} }}")["events"]
    )
    by_id = api.data(
        f"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on Event {{ {EVENT_FIELDS} }} }} }}",
        {"ids": violators},
    )["nodes"]
    events = listed + [e for e in by_id if e]
    assert any(e["participants"] for e in events)
    assert any(e["location"] for e in events)
    assert any(e["violations"] for e in events)
    for e in events:
        for p in e["participants"]:
            assert p["event"]["id"] == e["id"] and p["actor"]["__typename"] in {"Person", "Organization"}
            _check_evidence(p["evidence"])
        if e["location"]:
            assert e["location"]["id"] in {x["location"]["id"] for x in e["locations"]}
        else:
            assert e["locations"] == []
        for pl in e["locations"]:
            _check_evidence(pl["evidence"])
        for v in e["violations"]:
            assert v["violator"]["id"] == e["id"] and v["target"]["__typename"] in {"Article", "Law"}
            assert (v["article"] is not None) == (v["target"]["__typename"] == "Article")
            _check_evidence(v["evidence"])


def test_article_law_violated_by_rights_and_law_articles(api: Api) -> None:
    articles = nodes(
        api.data("""{ articles(first: 100, filter: {violated: true}) { edges { node { id number
      instrument title law { id name abbreviation articles { id } }
      violatedBy { violator { __typename id } target { id } evidence { sentence } }
      rights { id name articles { id } } } } } }""")["articles"]
    )
    assert articles
    for a in articles:
        assert a["violatedBy"] and all(v["target"]["id"] == a["id"] for v in a["violatedBy"])
        if a["law"]:
            assert a["id"] in {x["id"] for x in a["law"]["articles"]}
        for r in a["rights"]:
            assert a["id"] in {x["id"] for x in r["articles"]}
    assert any(a["law"] for a in articles), "articles belong to their law"
    assert any(a["rights"] for a in articles), "articles protect rights"


def test_mentions_and_documents_on_every_kind(api: Api) -> None:
    for root in ("people", "organizations", "locations", "events", "laws", "articles"):
        found = nodes(
            api.data(f"""{{ {root}(first: 3) {{ edges {{ node {{ id name
          mentions {{ surface start end document {{ id }} sentence {{ sentence start end documentId }} }}
          documents {{ id title publishedAt source }} }} }} }} }}""")[root]
        )
        for n in found:
            assert n["mentions"] and n["documents"], f"{root} {n['name']} has no mention"
            assert {m["document"]["id"] for m in n["mentions"]} == {d["id"] for d in n["documents"]}
            for m in n["mentions"]:
                assert m["end"] > m["start"] >= 0 and m["surface"]
                if m["sentence"]:
                    s = m["sentence"]
                    assert s["start"] <= m["start"] < s["end"] and s["documentId"] == m["document"]["id"]


def test_generic_relations_and_document_entities(api: Api) -> None:
    person = nodes(
        api.data(
            "{ people(first: 1, sort: CONNECTIONS, direction: DESC) { edges { node { id "
            "connectionCount relations { type direction role node { id } evidence { sentence } } "
            "outgoing: relations(types: [PARTICIPATED_IN], direction: OUT) { type } } } } }"
        )["people"]
    )[0]
    assert len(person["relations"]) == person["connectionCount"]
    assert all(r["type"] == "PARTICIPATED_IN" for r in person["outgoing"])
    doc = nodes(
        api.data(
            "{ documents(first: 1) { edges { node { id entities { __typename id } "
            "people: entities(kinds: [PERSON]) { __typename } } } } }"
        )["documents"]
    )[0]
    assert doc["entities"] and {e["__typename"] for e in doc["people"]} <= {"Person"}
