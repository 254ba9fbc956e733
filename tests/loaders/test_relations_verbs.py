"""The verb lexicon read over the parse: passive agents, joining, representing, judgments
("considers X incompatible with ..."), recommendations."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, rels

OPENING = "Police in Kazakhstan detained the activist Marat Bekov on 4 March 2024.\n\n"


def test_passive_agent_criticizes_the_subject() -> None:
    x = extract(doc(OPENING + "The Law on Public Associations was criticized by Human Rights Watch in May 2024.\n"))
    assert ("Human Rights Watch", "Law on Public Associations") in rels(x, "CRITICIZED")


def test_joining_a_party_is_membership() -> None:
    x = extract(doc(OPENING + "Bekov joined the Democratic Choice party in 2019.\n"))
    assert ("Marat Bekov", "Democratic Choice") in rels(x, "MEMBER_OF")


def test_representing_a_client() -> None:
    x = extract(doc(OPENING + "The lawyer Dana Omarova represents Bekov in the case.\n"))
    assert ("Dana Omarova", "Marat Bekov") in rels(x, "REPRESENTS")


def test_judging_a_law_incompatible_criticizes_it_not_the_standard() -> None:
    x = extract(
        doc(
            OPENING + "Amnesty International considers Article 174 of the Criminal Code incompatible with "
            "Article 19 of the International Covenant on Civil and Political Rights.\n"
        )
    )
    crit = rels(x, "CRITICIZED")
    assert ("Amnesty International", "Criminal Code of Kazakhstan") in crit
    assert not any("Covenant" in o for _s, o in crit)


def test_a_verdict_is_no_judgment_against_the_defendant() -> None:
    x = extract(doc(OPENING + "The Almaty City Court found Bekov guilty of fraud.\n"))
    assert not rels(x, "CRITICIZED")


def test_recommendation_addresses_the_government() -> None:
    x = extract(
        doc(
            "The UN Committee against Torture reviewed Kazakhstan on 3 May 2024.\n\n"
            "The Committee recommended that the Government of Kazakhstan:\n(a) Release all peaceful protesters;\n"
        )
    )
    assert any(o == "Kazakhstan government" for _s, o in rels(x, "CALLED_ON"))


def test_concern_about_a_law_criticizes_it_and_the_person_in_apposition_acts() -> None:
    x = extract(
        doc(
            OPENING + "The OSCE Representative on Freedom of the Media, Jan Braathu, expressed concern about "
            "the Law on Mass Media.\n"
        )
    )
    assert ("Jan Braathu", "Law on Mass Media") in rels(x, "CRITICIZED")


def test_concern_about_a_detention_does_not_criticize_the_detainee() -> None:
    x = extract(doc(OPENING + "Amnesty International expressed alarm at the detention of Bekov.\n"))
    assert ("Amnesty International", "Marat Bekov") not in rels(x, "CRITICIZED")


def test_a_call_addresses_its_addressee_not_the_people_it_names() -> None:
    x = extract(doc(OPENING + "Amnesty International calls on the European Union to press for the release of Bekov.\n"))
    called = rels(x, "CALLED_ON")
    assert ("Amnesty International", "European Union") in called
    assert ("Amnesty International", "Marat Bekov") not in called


def test_condemning_a_detention_does_not_criticize_the_detainee() -> None:
    x = extract(doc(OPENING + "Human Rights Watch condemned the detention of Bekov and the Almaty police.\n"))
    crit = rels(x, "CRITICIZED")
    assert ("Human Rights Watch", "Marat Bekov") not in crit
