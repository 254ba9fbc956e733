"""Query cost limits, error codes, access control, and no query per row."""

from __future__ import annotations

from graph.db import Database
from graph.model import Extraction, Relation
from graph.repository import Repository
from tests.api.conftest import KEY, Api, nodes
from tests.graph.factories import document, entity, evidence


def test_depth_limit(api: Api) -> None:
    hop = "events { event { participants { actor { ... on Person { %s } } } } }"
    deep = "{ people { edges { node { " + hop % (hop % (hop % "name")) + " } } } }"
    assert api.error_codes(deep) == ["QUERY_TOO_COMPLEX"]


def test_alias_limit_counts_fragments(api: Api) -> None:
    fields = " ".join(f"a{i}: name" for i in range(20))
    q = f"fragment F on Person {{ {fields} }} "
    q += f"{{ people {{ edges {{ node {{ ...F b: name c: id {fields} }} }} }} }}"
    assert "QUERY_TOO_COMPLEX" in api.error_codes(q)


def test_token_limit(api: Api) -> None:
    q = "{ people { totalCount " + " ".join("totalCount" for _ in range(2100)) + " } }"
    assert api.error_codes(q) == ["QUERY_TOO_COMPLEX"]


def test_invalid_query_is_bad_user_input(api: Api) -> None:
    assert api.error_codes("{ people { nosuchfield } }") == ["BAD_USER_INPUT"]
    assert api.error_codes('{ people(first: "ten") { totalCount } }') == ["BAD_USER_INPUT"]
    assert api.error_codes("{ people {") == ["BAD_USER_INPUT"]


def test_queries_open_by_default_closed_by_configuration(api: Api, closed_api: Api) -> None:
    q = "{ people(first: 1) { totalCount } }"
    assert api.data(q)["people"]["totalCount"] > 0
    assert closed_api.error_codes(q) == ["UNAUTHENTICATED"]
    assert closed_api.error_codes(q, key="wrong") == ["UNAUTHENTICATED"]
    assert closed_api.data(q, key=KEY)["people"]["totalCount"] > 0


def _nested(first: int) -> str:
    return f"""{{ people(first: {first}) {{ totalCount edges {{ node {{ name connectionCount
      organizations {{ role organization {{ name members {{ role }} }} evidence {{ document {{ title }} }} }}
      events {{ role event {{ name date location {{ name }} participants {{ actor {{ name }} }}
        violations {{ article {{ number law {{ name }} rights {{ name }} }} evidence {{ sentence }} }} }} }}
      mentions {{ surface document {{ title }} }}
      documents {{ title }} }} }} }} }}"""


def _populate(db: Database, n: int) -> None:
    """n people, each victim of an arrest in a city that violated an article of one law: a graph whose
    nested query reaches every level for every row."""
    sentences = [
        f"Police arrested Person{i} Testov in City{i} which violated Article {i} of the Code."
        for i in range(n)
    ]
    doc = document(" ".join(sentences))
    ents, rels = [], []
    law = entity(doc, "Law", "Code", sentences[0], surface="Code", key="code")
    ents.append(law)
    for i, s in enumerate(sentences):
        p = entity(doc, "Person", f"Person{i} Testov", s)
        ev = entity(
            doc,
            "Event",
            f"Arrest of Person{i}",
            s,
            surface="arrested",
            key=f"arrest {i}",
            kind="arrest",
            date=f"2019-01-{i % 28 + 1:02d}",
        )
        city = entity(doc, "Location", f"City{i}", s)
        art = entity(
            doc,
            "Article",
            f"Code Article {i}",
            s,
            surface=f"Article {i}",
            key=f"code {i}",
            instrument="Code",
            number=str(i),
        )
        org = entity(doc, "Organization", f"Org{i}", s, surface="Police", key=f"org {i}")
        ents += [p, ev, city, art, org]
        e = [evidence(doc, s)]
        rels += [
            Relation("PARTICIPATED_IN", p.id, "Person", ev.id, "Event", e, {"role": "victim"}),
            Relation("PARTICIPATED_IN", org.id, "Organization", ev.id, "Event", e, {"role": "perpetrator"}),
            Relation("OCCURRED_IN", ev.id, "Event", city.id, "Location", e),
            Relation("VIOLATES", ev.id, "Event", art.id, "Article", e),
            Relation("PART_OF", art.id, "Article", law.id, "Law", []),
            Relation("WORKS_FOR", p.id, "Person", org.id, "Organization", e, {"role": "clerk"}),
        ]
    Repository(db).write(Extraction(document=doc, entities=ents, relations=rels), "test")


def test_statement_count_does_not_grow_with_rows(scratch_api: Api, scratch_db: Database) -> None:
    _populate(scratch_db, 40)
    counts = {}
    for first in (2, 40):
        with scratch_api.db.counting() as counter:
            data = scratch_api.data(_nested(first))
        assert len(nodes(data["people"])) == first
        assert all(p["events"][0]["event"]["violations"] for p in nodes(data["people"]))
        counts[first] = counter.count
    assert counts[40] == counts[2], counts
    assert counts[40] <= 16, counts


def test_statement_count_on_the_corpus_is_bounded(api: Api) -> None:
    with api.db.counting() as counter:
        data = api.data(_nested(100))
    assert nodes(data["people"])
    # one statement per field (and label) at most, not per row
    assert counter.count <= 20, counter.statements
