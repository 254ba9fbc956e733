"""Appositive membership ("A and B, members of X"), "X of ORG" (a body's person)."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, rels

OPENING = "Police in Kyrgyzstan detained several critics in Bishkek on 4 March 2024.\n\n"


def test_a_member_of_a_party_is_membership_not_a_post() -> None:
    x = extract(doc(OPENING + "Aibek Nurov, a member of the Ata-Meken party, was detained at his home.\n"))
    assert ("Aibek Nurov", "Ata-Meken") in rels(x, "MEMBER_OF")
    assert ("Aibek Nurov", "Ata-Meken") not in rels(x, "WORKS_FOR")


def test_apposition_after_coordinated_names_describes_each() -> None:
    x = extract(
        doc(OPENING + "Gulnara Jurabaeva and Asel Kasymova, members of the Adilet Legal Clinic, were questioned.\n")
    )
    members = rels(x, "MEMBER_OF")
    assert ("Gulnara Jurabaeva", "Adilet Legal Clinic") in members
    assert ("Asel Kasymova", "Adilet Legal Clinic") in members


def test_name_of_organization_works_for_it() -> None:
    x = extract(doc(OPENING + "Erlan Bakiev of Human Rights Watch said the arrests were unlawful.\n"))
    assert ("Erlan Bakiev", "Human Rights Watch") in rels(x, "WORKS_FOR")


def test_name_of_a_faction_is_its_member() -> None:
    x = extract(doc(OPENING + "Bakyt Osmonov of the Ata-Meken faction voted against the bill.\n"))
    assert ("Bakyt Osmonov", "Ata-Meken") in rels(x, "MEMBER_OF") or any(
        s == "Bakyt Osmonov" and "Ata-Meken" in o for s, o in rels(x, "MEMBER_OF")
    )


def test_counsel_of_a_possessive_client_and_who_is_defending() -> None:
    x = extract(
        doc(
            "Police in Kazakhstan detained the activists Marat Bekov and Aigul Utepova in Almaty on 4 March 2024.\n\n"
            "The lawyer Dana Omarova, who is defending Aigul Utepova, was barred from the court. "
            "Marat Bekov's defence counsel Erlan Kaliev said he was innocent.\n"
        )
    )
    rep = rels(x, "REPRESENTS")
    assert ("Dana Omarova", "Aigul Utepova") in rep
    assert ("Erlan Kaliev", "Marat Bekov") in rep
