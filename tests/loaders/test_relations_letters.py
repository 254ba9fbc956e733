"""Open letters (address block, salutation, signatories, 'we call on you'), group members
('Three fellow party members, A, B and C') and founding office holders ('Its founding director, X')."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, rels

LETTER = """OPEN LETTER

To:
Ms. Ingrid Halvorsen, EU Special Representative for Human Rights
Dr. Marco Bellandi, Head of the OSCE Centre in Dushanbe

Dear Ms. Halvorsen and Dr. Bellandi,

We, the undersigned organisations, write to you about the closure of independent media in Tajikistan.

The authorities blocked three websites in March and detained two editors.

We urge you to:
- raise the cases of the detained editors in your meetings with the government;
- ask for the websites to be unblocked.

Yours faithfully,

Central Asian Press Freedom Coalition (CAPFC)
Pamir Legal Aid Centre (PLAC)
Contact: info@example.org
"""


def test_letter_signatories_call_on_addressees() -> None:
    x = extract(doc(LETTER))
    called = rels(x, "CALLED_ON")
    for org in ("Central Asian Press Freedom Coalition", "Pamir Legal Aid Centre"):
        for person in ("Ingrid Halvorsen", "Marco Bellandi"):
            assert (org, person) in called
    assert ("Ingrid Halvorsen", "European Union") in rels(x, "WORKS_FOR")


def test_no_call_without_a_request_to_you() -> None:
    x = extract(doc(LETTER.replace("We urge you to:", "We note that:")))
    assert not rels(x, "CALLED_ON") & {("Central Asian Press Freedom Coalition", "Ingrid Halvorsen")}


def test_fellow_members_each_join_the_named_body() -> None:
    x = extract(
        doc(
            "The Democratic Choice Party held a rally in Shymkent in April. Police later detained three fellow "
            "party members, Arman Zhaksybekov, Dina Kairatova and Erlan Nurlanov, for organizing it.\n"
        )
    )
    members = rels(x, "MEMBER_OF")
    for p in ("Arman Zhaksybekov", "Dina Kairatova", "Erlan Nurlanov"):
        assert (p, "Democratic Choice Party") in members


def test_founding_director_founded_and_leads() -> None:
    x = extract(
        doc(
            "The Open Steppe Foundation trains rural journalists. Its founding director, Gulnara Abenova, said "
            "the grants had been frozen.\n"
        )
    )
    assert ("Gulnara Abenova", "Open Steppe Foundation") in rels(x, "LEADS")
    assert ("Gulnara Abenova", "Open Steppe Foundation") in rels(x, "FOUNDED")


def test_writing_to_an_actor_is_an_appeal_to_it() -> None:
    x = extract(
        doc(
            "The Green Valley Association says the dam will flood six villages. "
            "In May the association wrote to the Ministry of Energy and to the World Bank asking for a review.\n"
        )
    )
    called = rels(x, "CALLED_ON")
    assert ("Green Valley Association", "Ministry of Energy") in called
    assert ("Green Valley Association", "World Bank") in called


def test_the_party_far_back_is_the_document_s_main_party() -> None:
    x = extract(
        doc(
            "Members of the Social Democratic Party of Tajikistan were detained in Khujand. The Social Democratic "
            "Party of Tajikistan said its offices were searched. A spokesman for the Agrarian Party said nothing. "
            "Police seized computers. Relatives were questioned. Two lawyers were disbarred. "
            "Later the party wrote to the Prosecutor General's Office but received no answer.\n"
        )
    )
    assert ("Social Democratic Party of Tajikistan", "Prosecutor General's Office") in rels(x, "CALLED_ON")


def test_body_in_city_and_city_office_of_body() -> None:
    x = extract(
        doc(
            "Bakyt Usenov, an adviser at the Agency for Civil Registration in Osh, said the rules had changed. "
            "Police searched the Karakol office of the Mountain Lawyers Association.\n"
        )
    )
    located = rels(x, "LOCATED_IN")
    assert ("Agency for Civil Registration", "Osh") in located
    assert ("Mountain Lawyers Association", "Karakol") in located


def test_call_to_repeal_a_law_criticizes_it() -> None:
    x = extract(
        doc(
            "Amnesty International called on the authorities of Tajikistan to repeal the Law on Public Order "
            "and to release all detained bloggers.\n"
        )
    )
    criticized = rels(x, "CRITICIZED")
    assert any(s == "Amnesty International" and "Public Order" in o for s, o in criticized)


def test_address_block_ends_at_prose() -> None:
    text = LETTER.replace(
        "\nDear Ms. Halvorsen and Dr. Bellandi,\n", "\n"
    ).replace("Dr. Marco Bellandi, Head of the OSCE Centre in Dushanbe\n",
              "Dr. Marco Bellandi, Head of the OSCE Centre in Dushanbe\nOn 2 May, Rustam Nazarov was detained.\n")
    x = extract(doc(text))
    called = rels(x, "CALLED_ON")
    assert ("Pamir Legal Aid Centre", "Marco Bellandi") in called
    assert ("Pamir Legal Aid Centre", "Rustam Nazarov") not in called


def test_bare_name_line_in_a_list_of_signatory_organizations() -> None:
    text = LETTER.replace(
        "Pamir Legal Aid Centre (PLAC)\n",
        "Pamir Legal Aid Centre (PLAC)\nNorwegian Helsinki Committee (NHC)\nOPEN VOICES\n",
    )
    x = extract(doc(text))
    assert ("OPEN VOICES", "Ingrid Halvorsen") in rels(x, "CALLED_ON")
    # with fewer than three typed organizations in the list, a bare line stays untyped
    x2 = extract(doc(LETTER.replace("Pamir Legal Aid Centre (PLAC)\n", "Pamir Legal Aid Centre (PLAC)\nOPEN VOICES\n")))
    assert "OPEN VOICES" not in {e.name for e in x2.entities}


def test_addressee_heads_the_office_of_a_parent_organization() -> None:
    x = extract(doc(LETTER))
    assert ("Marco Bellandi", "OSCE Centre in Dushanbe") in rels(x, "LEADS")
    assert ("Marco Bellandi", "Organization for Security and Co-operation in Europe") in rels(x, "WORKS_FOR")


def test_qualified_party_members_are_not_of_the_last_party_named() -> None:
    x = extract(
        doc(
            "The ruling Unity Party of Turkmenistan won every seat. Police later detained two opposition "
            "party members, Merdan Orazov and Aylar Gurbanova, in Mary.\n"
        )
    )
    members = rels(x, "MEMBER_OF")
    assert ("Merdan Orazov", "Unity Party of Turkmenistan") not in members
