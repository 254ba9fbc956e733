"""Read queries against the real Neo4j: date ranges over partial dates."""

from __future__ import annotations

import pytest

from graph.db import Database
from graph.queries import NodeFilter, list_nodes
from graph.repository import Repository
from tests.graph.factories import document, entity

pytestmark = pytest.mark.neo4j

DATES = {"a": "2018", "b": "2018-05", "c": "2018-05-10", "d": "2019-01-02", "e": "2016-12"}


@pytest.fixture
def dated_events(scratch_db: Database) -> Database:
    sentences = [f"Event {k} happened." for k in DATES]
    doc = document(" ".join(sentences))
    events = [entity(doc, "Event", f"Event {k}", f"Event {k} happened.", kind="protest", date=d)
              for k, d in DATES.items()]
    Repository(scratch_db).write(type_extraction(doc, events), "test")
    return scratch_db


def type_extraction(doc, entities):  # type: ignore[no-untyped-def]
    from graph.model import Extraction

    return Extraction(document=doc, entities=entities)


def names(db: Database, **bounds: str) -> set[str]:
    return {n.name[-1] for n in list_nodes(db, "Event", NodeFilter(**bounds), limit=100)}


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        ({"date_from": "2018-05-05", "date_to": "2018-05-31"}, {"a", "b", "c"}),  # periods overlap the range
        ({"date_from": "2018-06"}, {"a", "d"}),
        ({"date_to": "2017"}, {"e"}),
        ({"date_from": "2017", "date_to": "2017"}, set()),
        ({"date_from": "2016-12-31", "date_to": "2018-01"}, {"a", "e"}),
    ],
)
def test_date_range_overlaps_partial_dates(dated_events: Database, bounds: dict[str, str],
                                           expected: set[str]) -> None:
    assert names(dated_events, **bounds) == expected



def test_violation_stats_share_the_date_range(scratch_db: Database) -> None:
    from graph.queries import ViolationFilter, violation_stats
    from tests.graph.factories import sample

    Repository(scratch_db).write(sample(), "test")  # an event of 2018-05-10 violating ICCPR 21
    in_range = violation_stats(scratch_db, "ARTICLE", ViolationFilter(date_from="2018-05", date_to="2018"))
    assert [(s.name, s.violations) for s in in_range] == [("ICCPR Article 21", 1)]
    assert violation_stats(scratch_db, "ARTICLE", ViolationFilter(date_from="2018-06")) == []
