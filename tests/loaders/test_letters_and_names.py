"""Letters and bylines: addressee and salutation lines are names, not headlines; a byline may
name the outlet after a comma; double surnames; a body's office or delegation keeps its seat."""

from __future__ import annotations

from graph.model import Entity, Extraction
from loaders.extract import extract
from loaders.extract.entities import Typer, headline, mark_person_context, split_compounds
from loaders.extract.mentions import Candidate
from loaders.extract.segment import sentences
from tests.loaders.conftest import doc


def _named(x: Extraction, label: str) -> list[Entity]:
    return [e for e in x.entities if e.label == label]


def _names(x: Extraction, label: str) -> set[str]:
    return {e.name for e in _named(x, label)}


LETTER = (
    "OPEN LETTER\n\n"
    "To:\n"
    "Mr. Henrik Vostrand, Special Envoy for the Caucasus\n"
    "Dr. Ines Carvalho Lobo, Director, Regional Programme for Eastern Europe\n\n"
    "Dear Mr. Vostrand and Dr. Carvalho Lobo,\n\n"
    "We write to raise the arrest of the blogger Timur Sadykov in Osh on 3 March 2024.\n"
)


def test_addressee_lines_are_not_headlines() -> None:
    assert not headline("Mr. Henrik Vostrand, Special Envoy for the Caucasus")
    assert not headline("Dear Mr. Vostrand and Dr. Carvalho Lobo, Head of the Regional Office")
    assert headline("Second Critic Forcibly Held in Psychiatric Hospital")


def test_letter_addressees_are_people() -> None:
    people = _names(extract(doc(LETTER)), "Person")
    assert "Henrik Vostrand" in people
    assert "Ines Carvalho Lobo" in people


def test_double_surname_alone_joins_the_full_name() -> None:
    x = extract(doc(LETTER))
    lobo = [e for e in _named(x, "Person") if "Lobo" in e.name]
    assert [e.name for e in lobo] == ["Ines Carvalho Lobo"]


def test_byline_with_outlet_after_a_comma() -> None:
    x = extract(
        doc(
            "KAZAKHSTAN: Pastor fined for unregistered worship\n\n"
            "By Liisa Marjamaa, Example News\n\n"
            "Oslo, 4 March 2024\n\n"
            "Police raided a Sunday meeting of a Baptist church in Taraz on 1 March."
        )
    )
    assert "Liisa Marjamaa" in _names(x, "Person")


def test_delegation_to_a_country_and_office_in_a_city_keep_their_seat() -> None:
    x = extract(
        doc(
            "The activists met the Head of the EU Delegation to the Republic of Moldova and staff "
            "of the OSCE Programme Office in Osh on 12 May 2024."
        )
    )
    orgs = _names(x, "Organization")
    assert "EU Delegation to the Republic of Moldova" in orgs
    assert "OSCE Programme Office in Osh" in orgs


def test_company_in_possessive_apposition_is_no_person_evidence() -> None:
    text = "Witnesses included Arman Tulegenov, Zenith Drilling Partners’ head of security, and two guards."
    sents = sentences(text)
    person = Candidate("Arman Tulegenov", 19, 34, 0, "PERSON", "spacy")
    s = text.index("Zenith")
    company = Candidate("Zenith Drilling Partners", s, s + 24, 0, "ORG", "propagated")
    mark_person_context([person, company], sents)
    assert not company.props.get("person_context")


def test_time_phrase_after_in_is_not_part_of_a_name() -> None:
    x = extract(doc("He was convicted by the Supreme Court in March 2021 and by the Appeals Court in Osh."))
    orgs = _names(x, "Organization")
    assert not any("March" in n for n in orgs)


def test_people_of_a_named_company_are_not_the_company() -> None:
    text = "Steppe Haulage Logistics, a trucking firm. Workers of Steppe Haulage Logistics gather."
    company = Candidate("Steppe Haulage Logistics", 0, 24, 0, "ORG", "typenoun")
    s = text.index("Workers")
    workers = Candidate(text[s : s + 35], s, s + 35, 1, "ORG", "spacy")
    names = {c.surface for c in split_compounds([company, workers], text)}
    assert names == {"Steppe Haulage Logistics"}


def test_imperative_before_a_named_body_is_not_part_of_its_name() -> None:
    x = extract(
        doc(
            "We urge the government to:\n"
            "- Register the Independent Miners’ Union of Karaganda without delay;\n"
            "- Release the detained activists.\n"
        )
    )
    orgs = _names(x, "Organization")
    assert not any(n.startswith("Register") for n in orgs)


def test_story_end_marker_and_a_leading_all_are_not_names() -> None:
    x = extract(
        doc(
            "The Free Steppe Union said on 3 May 2024 that its leader had been detained in Taraz.\n\n"
            "(END)\n\n"
            "All Free Steppe Union statements may be republished if the union is credited."
        )
    )
    orgs = _names(x, "Organization")
    assert "END" not in orgs
    assert not any(n.startswith("All ") for n in orgs)


def test_possessive_before_a_plural_names_a_group() -> None:
    group = Candidate("Brigid's Sisters", 0, 16, 0, "PERSON", "spacy")
    assert Typer([group], []).label(group.key) == "ORG"


def test_heading_word_before_on_is_not_part_of_a_news_outlet() -> None:
    x = extract(doc("Kazakhstan: Attack on Steppe News and arrests of its reporters must be investigated"))
    orgs = _names(x, "Organization")
    assert "Steppe News" in orgs
    assert not any(n.startswith("Attack") for n in orgs)
