"""Relation constructions of reporting prose: convictions under cited articles ("found X guilty
... under articles N and M"), laws adopted by a body ("approved by the Senate"), possessives
opening a sentence ("Its founder, X") pointing to the topic of the sentence before."""

from __future__ import annotations

from graph.model import Extraction
from loaders.extract import extract
from tests.loaders.conftest import doc, rels


def _charged(x: Extraction) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in x.entities}
    return {(names[r.start_id], names[r.end_id]) for r in x.relations if r.type == "CHARGED_UNDER"}


def test_found_guilty_under_articles_is_a_charge() -> None:
    x = extract(
        doc(
            "On May 2, 2024, a court in Samarkand found Timur Aliyev guilty of hooliganism under articles 277 "
            "and 139 of Uzbekistan's Criminal Code.\n"
        )
    )
    got = {a for p, a in _charged(x) if p == "Timur Aliyev"}
    assert any(a.endswith("Article 277") for a in got), got


def test_fine_under_article_is_a_charge() -> None:
    x = extract(
        doc(
            "The activist Dina Sultanova received a fine of 300,000 tenge under Article 488 of the Code of "
            "Administrative Offences of Kazakhstan.\n"
        )
    )
    assert any(p == "Dina Sultanova" for p, _a in _charged(x))


def test_law_approved_by_a_body() -> None:
    x = extract(
        doc(
            "A new Law on Public Associations entered into force in May, a month after it was approved by the "
            "Senate of Kazakhstan.\n"
        )
    )
    assert ("Senate of Kazakhstan", "Law on Public Associations") in rels(x, "ADOPTED")


def test_sentence_opening_possessive_points_to_previous_topic() -> None:
    x = extract(
        doc(
            "The Free Voice Centre was closed in June on the orders of the Ministry of Information. "
            "Its founder, Bakhyt Orazov, now lives in Warsaw.\n"
        )
    )
    founded = rels(x, "FOUNDED")
    assert ("Bakhyt Orazov", "Free Voice Centre") in founded
    assert ("Bakhyt Orazov", "Ministry of Information") not in founded


def test_profession_after_charge_verb_is_the_defendant() -> None:
    x = extract(
        doc(
            "In March 2022 a court in Andijan sentenced the lawyer and blogger Rustam Karimov to nine years "
            "under Article 159 of Uzbekistan's Criminal Code.\n"
        )
    )
    assert any(p == "Rustam Karimov" for p, _a in _charged(x))


def test_speaker_of_a_violation_criticized_the_law() -> None:
    x = extract(
        doc(
            "Tajikistan's parliament adopted the Law on Public Gatherings in May 2023. Prosecutors have used the "
            "Criminal Code and the Criminal Code again against bloggers. "
            '"The law violates Article 21 of the ICCPR," said Madina Rahimova, a lawyer with the Open Door Centre.\n'
        )
    )
    assert ("Madina Rahimova", "Law on Public Gatherings") in rels(x, "CRITICIZED")


def test_reporting_subject_criticized_the_draft() -> None:
    x = extract(
        doc(
            "The Law on Religious Freedom was tabled in Ashgabat in 2024. In a letter, Human Rights Watch wrote "
            "that the draft was incompatible with Article 18 of the International Covenant on Civil and "
            "Political Rights.\n"
        )
    )
    assert ("Human Rights Watch", "Law on Religious Freedom") in rels(x, "CRITICIZED")


def test_title_is_not_read_across_an_earlier_name() -> None:
    x = extract(
        doc(
            "Maria Lind arrived in Astana on Monday. On 3 May, she held talks with the Chairperson of the "
            "Senate Committee on Human Rights, Ogulbibi Hojayeva, "
            "and with the Deputy Chairman of the Constitutional Court of Kazakhstan, Yerlan Tulegenov.\n"
        )
    )
    assert ("Yerlan Tulegenov", "Constitutional Court of Kazakhstan") in rels(x, "WORKS_FOR")


def test_places_from_phrases() -> None:
    x = extract(
        doc(
            "Protests spread to Khorog, the capital of Tajikistan's Gorno-Badakhshan region. "
            "The Khorog-based Centre for Free Speech documented the arrests. "
            "Kazakhstan's state mining company Kazatomprom denied the reports.\n"
        )
    )
    located = rels(x, "LOCATED_IN")
    assert any(a == "Khorog" and "Gorno-Badakhshan" in b for a, b in located), located
    assert any("Centre for Free Speech" in o and loc == "Khorog" for o, loc in located), located
    assert ("Kazatomprom", "Kazakhstan") in located, located


def test_the_organization_is_the_previous_subject() -> None:
    x = extract(
        doc(
            "Freedom House urged the authorities to free the detained bloggers before the hearing at the "
            "Naryn Regional Court. The organization also calls on the European Parliament to raise the cases.\n"
        )
    )
    assert ("Freedom House", "European Parliament") in rels(x, "CALLED_ON")


def test_the_president_is_the_person_with_that_title() -> None:
    x = extract(
        doc(
            "President Serdar Berdimuhamedov of Turkmenistan visited Ankara in May. "
            "The president chairs the ruling Democratic Party of Turkmenistan.\n"
        )
    )
    assert ("Serdar Berdimuhamedov", "Democratic Party of Turkmenistan") in rels(x, "LEADS")


def test_lead_verb_needs_the_organization_as_its_object() -> None:
    x = extract(
        doc(
            "Askar Temirov joined the United Nations in 1999. He headed the UN's office in Vienna before "
            "returning to Almaty.\n"
        )
    )
    assert ("Askar Temirov", "United Nations") not in rels(x, "LEADS")


def test_state_office_holder_works_for_the_government() -> None:
    x = extract(
        doc(
            "The Kyrgyz government denied the reports of torture in Naryn. In a statement, the akim of Naryn "
            "region, Bolot Asanov, called the protest illegal. Later, the Minister of Education, Aida "
            "Kasymova, also spoke.\n"
        )
    )
    works = rels(x, "WORKS_FOR")
    assert ("Bolot Asanov", "Kyrgyzstan government") in works, works
    assert ("Aida Kasymova", "Kyrgyzstan government") in works, works


def test_stance_against_the_law_is_criticism() -> None:
    x = extract(
        doc(
            "Parliament passed the Law on Public Associations in April. The OSCE Representative on Freedom of "
            "the Media said it was alarmed by the law's vague wording. Nadira Usenova of the Ata-Meken faction "
            "said the bill was draconian.\n"
        )
    )
    crit = rels(x, "CRITICIZED")
    assert ("Nadira Usenova", "Law on Public Associations") in crit, crit
    assert ("Ata-Meken", "Law on Public Associations") not in crit, crit


def test_offices_around_a_name() -> None:
    x = extract(
        doc(
            "The Senate approved the Law on Peaceful Assemblies in March. Its main sponsor, Senator Daulet "
            "Omarov, said it was modern. The UN Human Rights Committee reviewed Kazakhstan in July. The "
            "country rapporteur, Elena Moreau, asked about the law. Later, Ruslan Abenov was elected to the "
            "Senate of Kazakhstan.\n"
        )
    )
    assert ("Daulet Omarov", "Law on Peaceful Assemblies") in rels(x, "ADOPTED")
    member = rels(x, "MEMBER_OF")
    assert ("Elena Moreau", "UN Human Rights Committee") in member, member
    assert ("Ruslan Abenov", "Senate of Kazakhstan") in member, member


def test_coordinated_subjects_all_act() -> None:
    x = extract(
        doc(
            "The bill passed in March. Human Rights Watch and the Norwegian Helsinki Committee urged "
            "President Sadyr Japarov to veto the law.\n"
        )
    )
    called = rels(x, "CALLED_ON")
    assert ("Human Rights Watch", "Sadyr Japarov") in called, called
    assert ("Norwegian Helsinki Committee", "Sadyr Japarov") in called, called


def test_title_opening_with_a_parent_organization() -> None:
    x = extract(
        doc(
            "The United Nations has offices in Almaty. The abuses were condemned by the UN High Commissioner "
            "for Human Rights, Karin Lindqvist, in May.\n"
        )
    )
    assert ("Karin Lindqvist", "United Nations") in rels(x, "WORKS_FOR")


def test_venue_named_after_a_place() -> None:
    x = extract(
        doc(
            "The delegation flew to Karaganda on Monday. Police stopped two activists at Karaganda airport "
            "on 4 May.\n"
        )
    )
    assert ("Karaganda airport", "Karaganda") in rels(x, "LOCATED_IN")


def test_surname_of_a_person_is_charged() -> None:
    x = extract(
        doc(
            "Police in Khujand detained Zarina Nabieva, editor of the weekly Sado, in May. Nabieva was charged "
            "with fraud under Article 247 of the Tajik Criminal Code, an accusation her colleagues reject.\n"
        )
    )
    assert any(p == "Zarina Nabieva" for p, _a in _charged(x)), _charged(x)


def test_surname_fallback_finds_the_one_person_of_that_name() -> None:
    from loaders.extract.build import Builder
    from loaders.extract.legal import surname_mentions
    from loaders.extract.segment import sentences

    text = "Police detained Zarina Nabieva and Olim Karimov in May. Nabieva was charged with fraud.\n"
    sents = sentences(text)
    b = Builder("d", text, sents)
    for name in ("Zarina Nabieva", "Olim Karimov"):
        p = b.entity("Person", name.lower(), name)
        at = text.index(name)
        b.mention(p, at, at + len(name), 0)
    found = surname_mentions(sents[1], text, b, [])
    assert [(text[s:e], x.name) for s, e, x in found] == [("Nabieva", "Zarina Nabieva")]


def test_correspondent_of_an_outlet_works_for_it() -> None:
    x = extract(
        doc(
            "The ministry revoked the accreditation of Dana Serikova, the Shymkent correspondent of the "
            "Eurasia Times, in June.\n"
        )
    )
    assert ("Dana Serikova", "Eurasia Times") in rels(x, "WORKS_FOR")


def test_title_after_a_clause_and_non_state_leaders() -> None:
    x = extract(
        doc(
            "The strike began in March in Kazakhstan. On 8 March, the Satpayev City Court sentenced the trade "
            "union leader Arman Dosov to five years in prison. Opposition leader Timur Bekov was not charged.\n"
        )
    )
    leads = rels(x, "LEADS")
    assert ("Arman Dosov", "Satpayev City Court") not in leads, leads
    assert not any(p in ("Arman Dosov", "Timur Bekov") and "government" in o for p, o in leads), leads


def test_countries_and_wide_regions_do_not_lie_in_a_country() -> None:
    x = extract(
        doc(
            "Trade grew in 2023. President Tokayev's visit to the United States is a chance for Kazakhstan. "
            "Central Asia remains a key market for Kazakhstan.\n"
        )
    )
    located = rels(x, "LOCATED_IN")
    assert ("United States", "Kazakhstan") not in located, located
    assert ("Central Asia", "Kazakhstan") not in located, located


def test_title_before_a_name_stops_at_an_earlier_name() -> None:
    x = extract(
        doc(
            "Trade grew in 2017. French president Marc Dubois will receive Chairman Aibek Tursunov of the "
            "Ata Jurt party in Paris.\n"
        )
    )
    person = next(e for e in x.entities if e.name == "Aibek Tursunov")
    assert all("Dubois" not in d for d in person.properties.get("descriptors", [])), person.properties


def test_judge_of_a_court() -> None:
    x = extract(
        doc(
            "The trial ended in May. Judge Nurlan Abenov of the Medeu District Court found Arman Kuat guilty "
            "of inciting discord.\n"
        )
    )
    assert ("Nurlan Abenov", "Medeu District Court") in rels(x, "WORKS_FOR")


def test_finding_of_a_violation_criticizes_the_state() -> None:
    x = extract(
        doc(
            "The Tajik government rejected the request. In 2022, the United Nations Human Rights Committee "
            "found that the detention of a lawyer in Dushanbe had been arbitrary.\n"
        )
    )
    assert ("UN Human Rights Committee", "Tajikistan government") in rels(x, "CRITICIZED")


def test_surname_in_apposition_gets_the_role() -> None:
    x = extract(
        doc(
            "The blogger Dilshod Nurmatov was arrested in Nukus in May. Nurmatov, the editor of the newspaper "
            "Karakalpak Sozi, told the court that he had been beaten.\n"
        )
    )
    roles = rels(x, "WORKS_FOR") | rels(x, "LEADS")
    assert ("Dilshod Nurmatov", "Karakalpak Sozi") in roles, roles


def test_code_of_the_kyrgyz_republic_keeps_its_full_name() -> None:
    x = extract(
        doc(
            "The journalist was detained in Osh. He is charged under Article 278 of the Criminal Code of the "
            "Kyrgyz Republic.\n"
        )
    )
    law = next(e for e in x.entities if e.label == "Law" and "Criminal Code" in e.name)
    assert "Criminal Code of the Kyrgyz Republic" in law.aliases, law.aliases


def test_hyphenated_sub_article_is_one_article() -> None:
    x = extract(
        doc(
            "The blogger was tried in Karshi. In May 2024, the court found Bekzod Usmonov guilty under articles "
            "159 and 244-1 of Uzbekistan's Criminal Code.\n"
        )
    )
    numbers = {e.properties.get("number") for e in x.entities if e.label == "Article"}
    assert {"159", "244-1"} <= numbers and "1" not in numbers, numbers


def test_who_clause_gives_the_role() -> None:
    x = extract(
        doc(
            "The appeal was heard in Bishkek. Aida Sultanova, who heads the Bir Duino Foundation, and "
            "Erlan Sadykov, who works for the Kloop Media Foundation, attended the hearing.\n"
        )
    )
    assert ("Aida Sultanova", "Bir Duino Foundation") in rels(x, "LEADS")
    assert ("Erlan Sadykov", "Kloop Media Foundation") in rels(x, "WORKS_FOR")
