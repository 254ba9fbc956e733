"""Participation precision: whom a happening is told to, triggers that report no happening, dates
of laws, and places named in titles (invented sentences)."""

from __future__ import annotations

from graph.model import Extraction
from loaders.extract import extract
from tests.loaders.conftest import doc, rels


def _x(text: str) -> Extraction:
    return extract(doc("BISHKEK, 3 March 2027\n\nKyrgyzstan is discussed.\n\n" + text))


def _events(x: Extraction) -> dict[str, dict[str, object]]:
    return {e.name: e.properties for e in x.entities if e.label == "Event"}


def _parts(x: Extraction) -> set[tuple[str, str, str]]:
    ents = {e.id: e for e in x.entities}
    return {
        (ents[r.start_id].name, ents[r.end_id].name, str(r.properties.get("role")))
        for r in x.relations
        if r.type == "PARTICIPATED_IN"
    }


def test_outlet_told_after_the_fact_takes_no_part_in_the_happening() -> None:
    x = _x(
        '"Investigators cut the recording to forty seconds," the lawyer Timur Osmonov told Radio '
        "Azattyk after the hearing on 4 May 2027."
    )
    assert not {p for p in _parts(x) if p[0] == "Radio Azattyk" and p[2] != "audience"}


def test_addressee_of_a_telling_is_its_audience_not_its_target() -> None:
    x = _x("On 5 May 2027 Aida Sultanova told Freedom Watch that the prison had refused her a doctor.")
    parts = _parts(x)
    assert not {p for p in parts if p[0] == "Freedom Watch" and p[2] != "audience"}


def test_infinitive_of_duty_and_list_item_are_no_events() -> None:
    x = _x('"They have to ask permission for every meeting," Bakyt Osmonov said on 2 May 2027.')
    assert not [n for n in _events(x) if n.lower().startswith("ask")]
    x = _x("- amend the Law on Public Meetings so that the rule is never used again.")
    assert not [n for n in _events(x) if "amend" in n.lower()]


def test_negated_happening_is_no_event() -> None:
    x = _x('"No journalist was ever prosecuted here," the minister Bakyt Osmonov said on 2 May 2027.')
    assert not [n for n in _events(x) if "prosecuted" in n.lower()]


def test_date_of_a_law_dates_its_adoption_not_the_happening() -> None:
    x = _x(
        "The authorities say the rally was unlawful because its organizers had not notified the "
        "Talas akimat, as required by the Law on Peaceful Assemblies of May 2020."
    )
    dated = {n for n, p in _events(x).items() if str(p.get("date") or "").startswith("2020")}
    assert not [n for n in dated if "rally" in n.lower()]
    assert not [p for p in _parts(x) if p[1] in dated]


def test_place_in_a_title_is_no_event_place() -> None:
    x = _x(
        '"The people detained on 4 May 2027 were beaten," said Anna Berg, Freedom Watch\'s Deputy '
        "Director for Eastern Europe."
    )
    assert not {p for p in rels(x, "OCCURRED_IN") if p[1] == "Eastern Europe"}
