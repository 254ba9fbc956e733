"""Relation readers added with the coreference round: dialogues held with a country, a title's
body named by a definite noun, a judge seated on the court named just before, places that lie
in other places."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, rels


def test_dialogue_with_a_country_in_a_relative_clause() -> None:
    x = extract(
        doc(
            "The group urged the European Union, which will hold its annual Human Rights Dialogue with "
            "Kyrgyzstan in Bishkek on 4 June, to raise the case.\n"
        )
    )
    assert ("European Union", "Kyrgyzstan government") in rels(x, "MET_WITH")


def test_dialogue_scheduled_to_be_held() -> None:
    x = extract(doc("The European Union is scheduled to hold its human rights dialogue with Tajikistan on 9 April.\n"))
    assert ("European Union", "Tajikistan government") in rels(x, "MET_WITH")


def test_title_of_the_body_named_by_a_definite_noun() -> None:
    x = extract(
        doc(
            "On Monday the Steppe Rights Office urged the court to free the journalists. “Reporting is not "
            "a crime,” said Liisa Korhonen, the regional representative of the office.\n"
        )
    )
    assert ("Liisa Korhonen", "Steppe Rights Office") in rels(x, "WORKS_FOR")


def test_judge_without_a_court_sits_on_the_one_named_before() -> None:
    x = extract(
        doc(
            "On 4 July 2030 the Dashoguz Provincial Court sentenced the blogger Bayram Amanov to six years. "
            "Presiding Judge Merdan Orazgeldiyev refused to admit the defence witnesses.\n"
        )
    )
    assert ("Merdan Orazgeldiyev", "Dashoguz Provincial Court") in rels(x, "WORKS_FOR")


def test_judge_seated_elsewhere_stays_there() -> None:
    x = extract(
        doc(
            "On 20 May, Judge Aziza Rahimova of Andijan City Criminal Court fined the pastor Timur Karimov. "
            "Karimov's appeal to Andijan Regional Criminal Court was rejected on 9 June. "
            "Judge Rahimova refused to discuss the case.\n"
        )
    )
    works = rels(x, "WORKS_FOR")
    assert ("Aziza Rahimova", "Andijan City Criminal Court") in works
    assert ("Aziza Rahimova", "Andijan Regional Criminal Court") not in works


def test_place_lies_in_a_region() -> None:
    x = extract(doc("Residents of Kungrad protested on 3 May. Kungrad lies in the west of Karakalpakstan.\n"))
    assert ("Kungrad", "Karakalpakstan") in rels(x, "LOCATED_IN")


def test_relative_object_is_its_antecedent() -> None:
    x = extract(
        doc(
            "The group's main target is the Law on Public Gatherings of 2019, which the Jogorku Kenesh "
            "amended in March 2031 to ban spontaneous protests.\n"
        )
    )
    assert ("Jogorku Kenesh", "Law on Public Gatherings of 2019") in rels(x, "ADOPTED") or (
        "Jogorku Kenesh",
        "Law on Public Gatherings",
    ) in rels(x, "ADOPTED")


def test_recommendations_made_to_a_country_call_on_its_government() -> None:
    x = extract(
        doc(
            "The Tajik government rejected the criticism. The UN Committee against Torture had made similar "
            "recommendations to Tajikistan when it reviewed the country in 2028.\n"
        )
    )
    assert any(
        a.lower() == "un committee against torture" for a, b in rels(x, "CALLED_ON") if b == "Tajikistan government"
    )


def test_concern_is_a_law() -> None:
    x = extract(
        doc(
            "Human Rights Watch published a report on Monday. Human Rights Watch's main concern is the Law on "
            "Foreign Representatives, which the parliament adopted in 2030.\n"
        )
    )
    crit = rels(x, "CRITICIZED")
    assert any(a == "Human Rights Watch" and b.startswith("Law on Foreign Representatives") for a, b in crit)


def test_should_in_a_quote_resumed_after_an_attribution_with_a_title() -> None:
    x = extract(
        doc(
            "“Timur Alimov was jailed for his reporting,” said Ingrid Solberg, a researcher at Freedom Watch. "
            "“The Kyrgyz authorities should release him now.”\n"
        )
    )
    assert ("Ingrid Solberg", "Kyrgyzstan government") in rels(x, "CALLED_ON")


def test_chairs_the_named_party() -> None:
    x = extract(
        doc(
            "President Rustam Kadyrov of Tajikistan will visit Paris on 3 May. The president chairs the "
            "ruling Vatan party, which controls parliament.\n"
        )
    )
    assert ("Rustam Kadyrov", "Vatan") in rels(x, "LEADS")


def test_head_of_state_placed_in_a_government_stays_there() -> None:
    x = extract(
        doc(
            "President Rustam Kadyrov of Tajikistan will meet the French government on 3 May. "
            "President Kadyrov's visit to France is a chance to raise the case of jailed lawyers.\n"
        )
    )
    leads = rels(x, "LEADS")
    assert ("Rustam Kadyrov", "Tajikistan government") in leads
    assert ("Rustam Kadyrov", "France government") not in leads


def test_letter_sent_or_complaint_filed_to_a_body_calls_on_it() -> None:
    x = extract(
        doc(
            "Human Rights Watch sent a letter to the European Commission on 3 May. Dana Seitkali, a lawyer, filed a "
            "formal complaint to the Prosecutor General's Office of Kazakhstan about the beatings.\n"
        )
    )
    called = rels(x, "CALLED_ON")
    assert ("Human Rights Watch", "European Commission") in called
    assert any(a == "Dana Seitkali" and "Prosecutor General" in b for a, b in called)


def test_who_refuses_citing_a_domestic_law_enforces_it() -> None:
    from loaders.extract import extract
    from tests.loaders.conftest import doc

    x = extract(
        doc(
            "ALMATY, 3 March 2027\n\nKazakhstan is discussed.\n\n"
            "The Karaganda city akimat refused to authorize the march, citing the Law on Peaceful Assemblies."
        )
    )
    ents = {e.id: e for e in x.entities}
    adopted = {(ents[r.start_id].name, ents[r.end_id].name) for r in x.relations if r.type == "ADOPTED"}
    assert any("akimat" in a and "Peaceful Assemblies" in law for a, law in adopted)
