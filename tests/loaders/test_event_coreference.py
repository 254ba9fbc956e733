"""Event dates read from other happenings of the document: a nominal event ("the conviction of X")
takes the date of the dated happening it names, "N days after his arrest" counts from or back to
another date, and a dated sentence sets the time of the undated reports after it."""

from __future__ import annotations

from graph.model import Entity
from loaders.extract import extract
from tests.loaders.conftest import doc


def _events(text: str) -> list[Entity]:
    return [e for e in extract(doc(text)).entities if e.label == "Event"]


def _date_of(text: str, name_part: str) -> set[str]:
    return {str(e.properties.get("date") or "") for e in _events(text) if name_part in e.name}


def test_found_guilty_is_a_conviction_the_nominal_refers_to() -> None:
    text = (
        "On 4 May 2023, the Aktobe Regional Court found Daniyar Omarov guilty of fraud.\n\n"
        "Omarov's lawyer said his client would appeal.\n\n"
        "The authorities should quash the conviction of Daniyar Omarov and release him.\n"
    )
    assert _date_of(text, "conviction of Daniyar Omarov") == {"2023-05-04"}
    found = [e for e in _events(text) if e.properties.get("date") == "2023-05-04" and "found" in e.name]
    assert found and found[0].properties.get("kind") == "trial"


def test_prosecution_of_a_person_takes_the_date_of_the_sentencing() -> None:
    text = (
        "On 2 March 2022, police detained the reporter Arman Seitov in Shymkent.\n\n"
        "On 9 August 2022, the city court sentenced Seitov to three years in prison.\n\n"
        "The prosecution of Arman Seitov for his articles violates Article 19 of the ICCPR.\n"
    )
    assert _date_of(text, "prosecution of Arman Seitov") == {"2022-08-09"}


def test_weeks_after_an_earlier_arrest() -> None:
    text = (
        "On 2 June 2022, police detained the blogger Ruslan Temirov in Osh.\n\n"
        "Two weeks after Temirov's arrest, officers detained his colleague Aida Sultanova in Jalal-Abad.\n"
    )
    dates = {str(e.properties.get("date")) for e in _events(text)}
    assert dates == {"2022-06-02", "2022-06-16"}  # the arrest named in the anchor is not a new event


def test_arrest_counted_back_from_the_date_of_the_death() -> None:
    text = (
        "The commission expressed concern about the death of Bakyt Ismailov on 10 April 2021 "
        "in a pretrial facility in Naryn, five days after his arrest on theft charges.\n"
    )
    dates = {str(e.properties.get("date")) for e in _events(text)}
    assert {"2021-04-10", "2021-04-05"} <= dates


def test_a_dated_sentence_without_a_happening_sets_the_time_of_the_next() -> None:
    text = (
        "On 12 September 2020, riot police surrounded the central square in Taraz. "
        "Organisers had not been warned. "
        "Police detained about 30 people.\n"
    )
    assert "2020-09-12" in _date_of(text, "detained")


def test_the_detentions_of_one_month() -> None:
    text = (
        "On 3 February 2024, police detained Timur Bekov in Atyrau. "
        "On 5 February 2024, police detained Asel Nurova in Aktau.\n\n"
        "Both were later released.\n\n"
        "The detentions were arbitrary, the lawyers said.\n"
    )
    dates = {e.properties.get("date") for e in _events(text) if e.name.lower().startswith("detentions")}
    assert dates and all(str(d).startswith("2024-02") for d in dates)


def test_detained_while_filming_the_dispersal() -> None:
    text = (
        "On 9 April 2022, police dispersed a rally of farmers in Kentau.\n\n"
        "The journalist Marat Abenov was detained while filming the dispersal of the rally.\n"
    )
    assert "2022-04-09" in _date_of(text, "Abenov")


def test_arrests_during_a_dated_visit() -> None:
    text = (
        "On 3 May 2021, the UN Special Rapporteur Anna Berg visited Khorog.\n\n"
        "Police arrested two activists during Berg's visit, her office said.\n"
    )
    dates = {str(e.properties.get("date")) for e in _events(text) if e.properties.get("kind") == "arrest"}
    assert dates == {"2021-05-03"}


def test_the_referendum_named_again_later() -> None:
    text = (
        "On 6 October 2024, police detained two activists in Almaty on the day of the national referendum "
        "on the new constitution.\n\n"
        "Observers said the referendum was marred by pressure on voters.\n"
    )
    later = [e for e in _events(text) if e.name.startswith("referendum") and "2024" not in e.name]
    assert later and all(e.properties.get("date") == "2024-10-06" for e in later)


def test_confinement_is_a_detention_and_the_violation_subject() -> None:
    text = (
        "On 2 February 2025, police in Namangan detained the blogger Olim Karimov.\n\n"
        "The forcible psychiatric confinement of Olim Karimov violates article 9 of the ICCPR.\n"
    )
    x = extract(doc(text))
    ents = {e.id: e for e in x.entities}
    subjects = [ents[r.start_id] for r in x.relations if r.type == "VIOLATES"]
    assert subjects and all(e.label == "Event" and e.properties.get("kind") == "arrest" for e in subjects)
    assert {e.properties.get("date") for e in subjects} == {"2025-02-02"}


def _dates(text: str) -> dict[str, str | None]:
    """Event name -> date, for a text under a dateline of 3 March 2027."""
    return {e.name: e.properties.get("date") for e in _events("ASTANA, 3 March 2027\n\n" + text)}


def test_event_dated_by_year_takes_the_day_of_the_one_such_happening_that_year() -> None:
    got = _dates(
        "The parliament was elected on March 19, 2026. "
        "In the 2026 parliamentary elections, the Green Party was barred from the ballot."
    )
    assert got.get("2026 parliamentary elections") == "2026-03-19"
    # two such happenings that year: the year stays
    got = _dates("Protesters rallied in Osh on 3 May 2026 and in Naryn on 9 June 2026. The 2026 protests ended calmly.")
    assert got.get("2026 protests") == "2026"


def test_days_counted_back_from_the_last_date() -> None:
    got = _dates("On 12 May 2026 police detained the editor. The day before, officers had searched his flat.")
    assert "2026-05-11" in got.values()
    got = _dates("On 12 May 2026 police detained the editor. Two days earlier, officers raided the newsroom.")
    assert "2026-05-10" in got.values()


def test_definite_nominal_naming_someone_not_in_the_dated_report() -> None:
    got = {
        k: v
        for k, v in _dates(
            "On 3 May 2026 police raided a church in Osh. "
            "The raid on the home of pastor Ivan Petrov was led by a major."
        ).items()
        if k.startswith("raid on")
    }
    assert list(got.values()) == ["2026-05-03"]


def test_a_year_of_the_sentence_is_not_refined_from_another_happening() -> None:
    got = _dates("The court convicted him on 4 May 2023. Prosecutions under Article 174 have risen since 2023.")
    assert got.get("Prosecutions (2023)") == "2023"


def test_the_raid_refers_to_the_one_raid_told_before_not_to_similar_raids() -> None:
    got = {
        k: v
        for k, v in _dates(
            "On 3 May 2026 police raided a church in Osh. "
            "Similar raids took place in April and June.\n\n"
            "The raid on the home of pastor Ivan Petrov was led by a major."
        ).items()
        if k.startswith("raid on")
    }
    assert list(got.values()) == ["2026-05-03"]
