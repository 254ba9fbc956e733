"""Entity resolution: variants, surnames, namesakes, acronyms, governments."""

from __future__ import annotations

from graph.model import EntityRef, Extraction
from loaders.extract import extract
from tests.loaders.conftest import doc


def _people(x: Extraction) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in x.entities if e.label == "Person"}


def test_surname_joins_full_name_in_document() -> None:
    x = extract(
        doc(
            "UN Special Rapporteur Maina Kiai visited Kazakhstan in January. Kiai said the police "
            "followed him."
        )
    )
    people = [e for e in x.entities if e.label == "Person"]
    assert len(people) == 1
    assert people[0].name == "Maina Kiai" and "Kiai" in people[0].aliases
    assert any("Kiai" in m and "surname" in m for m in people[0].merges)


def test_transliteration_variant_gets_same_id_without_known() -> None:
    a = extract(doc("Kassym-Jomart Tokayev, the new president, pledged reform in Kazakhstan."))
    b = extract(
        doc("Kassym-Jomart Tokaev, elected Kazakhstan’s president in June, is no stranger to the UN.")
    )
    ida = {e.id for e in a.entities if e.label == "Person"}
    idb = {e.id for e in b.entities if e.label == "Person"}
    assert ida and ida == idb


def test_surname_variant_resolves_to_known_person() -> None:
    known = [EntityRef("person:x", "Person", "Kassym-Jomart Tokayev", ("Tokayev",))]
    x = extract(
        doc("Countries at the UN review should press President Tokaev to deliver reforms, Williamson said."),
        known,
    )
    tok = [e for e in x.entities if e.label == "Person" and "Tokaev" in (e.name, *e.aliases)]
    assert tok and tok[0].id == "person:x"


def test_namesakes_are_not_merged() -> None:
    x = extract(
        doc(
            "Mukhtar Ablyazov, a France-based oligarch, was convicted. Mukhtar Dzhakishev was jailed in "
            "2009 on corruption charges, and Ablyazov denies the charges."
        )
    )
    people = _people(x)
    assert "Mukhtar Ablyazov" in people and "Mukhtar Dzhakishev" in people
    assert "Ablyazov" in people["Mukhtar Ablyazov"]
    assert "Ablyazov" not in people["Mukhtar Dzhakishev"]


def test_ambiguous_known_surname_stays_apart() -> None:
    known = [
        EntityRef("person:a", "Person", "Rakhat Aliyev"),
        EntityRef("person:b", "Person", "Ilham Aliyev"),
    ]
    x = extract(doc("Aliyev said the trial was unfair, according to his lawyer in Vienna."), known)
    ids = {e.id for e in x.entities if e.label == "Person"}
    assert not ids & {"person:a", "person:b"}


def test_acronym_joins_its_definition() -> None:
    x = extract(
        doc(
            "In March 2018, a court banned the opposition movement Democratic Choice of Kazakhstan (DVK). "
            "Officials cite the legal ban on DVK as grounds to block websites."
        )
    )
    orgs = [
        e for e in x.entities if e.label == "Organization" and e.name == "Democratic Choice of Kazakhstan"
    ]
    assert len(orgs) == 1 and "DVK" in orgs[0].aliases
    assert len([m for m in orgs[0].mentions if m.surface == "DVK"]) >= 1


def test_government_from_adjective_is_an_organization_of_the_country() -> None:
    x = extract(doc("Kazakh authorities strictly control freedom of religion under a 2011 religion law."))
    orgs = {e.name: e for e in x.entities if e.label == "Organization"}
    assert "Kazakhstan government" in orgs
    assert "Kazakh authorities" in orgs["Kazakhstan government"].aliases


def test_possessive_does_not_make_a_person_an_organization() -> None:
    x = extract(
        doc(
            "Nursultan Nazarbayev ruled for decades. Under Nazarbayev’s rule, Nazarbayev’s regime "
            "jailed critics, and Nazarbayev once said elections were free."
        )
    )
    labels = {e.label for e in x.entities if "Nazarbayev" in e.name and e.label != "Event"}
    assert labels == {"Person"}
