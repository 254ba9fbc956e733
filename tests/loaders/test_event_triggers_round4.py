"""Event triggers for a crowd gathering, a bar on travel, time spent at a place, hearings and
amendments of laws."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc


def _events(text: str) -> list[tuple[str, str | None]]:
    x = extract(doc("ASTANA, 3 March 2027\n\n" + text))
    return [(e.properties.get("kind", ""), e.properties.get("date")) for e in x.entities if e.label == "Event"]


def test_a_crowd_gathering_is_a_protest() -> None:
    assert ("protest", "2027-02-02") in _events(
        "On 2 February several hundred residents gathered outside the district administration in Nukus."
    )
    assert ("protest", "2027-03-01") in _events("About thirty supporters gathered outside the court on Monday.")


def test_gathering_evidence_is_not_a_protest() -> None:
    assert not any(k == "protest" for k, _d in _events("On 2 February investigators gathered evidence at the flat."))


def test_barred_from_is_a_ban() -> None:
    assert ("ban", "2026") in _events("Since last spring, his relatives have been barred from travelling abroad.")


def test_days_spent_in_a_place_are_a_visit() -> None:
    assert ("visit", "2027-02") in _events("Last week the envoy spent three days in Osh, where she met farmers.")
    assert not any(k == "visit" for k, _d in _events("In 2026 the ministry spent millions on surveillance."))


def test_hearing_and_amendment() -> None:
    assert ("trial", "2027-03-04") in _events("The next hearing is scheduled for Thursday.")
    assert ("legislation", "2026-04") in _events("Parliament amended the Law on Public Associations in April 2026.")


def test_the_year_of_a_law_is_not_a_happening() -> None:
    evs = _events("Her concern is the Law on Countering Extremism of 2020, which parliament amended in April 2026.")
    assert ("legislation", "2026-04") in evs
    assert not any(d == "2020" for _k, d in evs)


def test_findings_presented_to_a_body_are_a_meeting() -> None:
    evs = _events("The envoy will present her findings to the Permanent Council in Vienna on 14 November.")
    assert ("meeting", "2027-11-14") in evs
    assert not _events("The prosecutor presented evidence to the court.")


def test_event_aliases_include_the_noun_phrase_as_written() -> None:
    x = extract(doc("ASTANA, 3 March 2027\n\nThe conviction of Ivan Petrov, which followed a trial, was upheld."))
    aliases = {a for e in x.entities if e.label == "Event" for a in e.aliases}
    assert "The conviction of Ivan Petrov" in aliases
    assert not any("which" in a for a in aliases if a.startswith("The conviction"))


def test_months_in_detention_are_not_a_visit() -> None:
    assert not any(k == "visit" for k, _d in _events("In 2026 the blogger spent months in pre-trial detention."))


def test_a_law_someone_is_urged_to_amend_is_not_amended() -> None:
    assert not any(k == "legislation" for k, _d in _events("In 2026 the ILO urged Kazakhstan to amend the union law."))
    assert ("legislation", "2026") in _events("In 2026 parliament amended the union law.")


def test_abduction_deportation_break_up_and_closing_down() -> None:
    assert ("arrest", "2027-02-03") in _events("Security officers abducted the activist from his home on 3 February.")
    assert ("arrest", "2027-02-09") in _events("The authorities deported the foreign reporter on 9 February.")
    assert ("ban", "2027-01") in _events("The NGO was forcibly closed down in January 2027.")
    assert ("crackdown", "2027-02-11") in _events("Police broke up a peaceful picket on 11 February.")


def test_a_court_approving_is_a_ruling_not_legislation() -> None:
    assert ("trial", "2027-02-11") in _events("A court in Almaty approved his extradition on 11 February.")
    assert ("legislation", "2027-02-11") in _events("Parliament approved the bill on 11 February.")
