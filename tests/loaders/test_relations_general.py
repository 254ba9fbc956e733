"""Relations read by general rules: first-person authors, object pronouns, charges under
articles, national institutions named by their country."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, rels

STATEMENT = (
    "End of mission statement\n\n"
    "Dushanbe, 1 December 2023\n\n"
    "In Dushanbe, I met the Minister of Justice, Rustam Shohmurod, and the Ombudsman, Umed Boboev. "
    "I visited the penal colony in Yovon, where I was able to speak in private with the lawyer Dilovar Safarov.\n\n"
    "Ingrid Halvorsen was appointed Special Rapporteur on the situation of human rights defenders in 2022.\n"
)


def test_first_person_is_the_author_of_a_bio_note() -> None:
    met = rels(extract(doc(STATEMENT)), "MET_WITH")
    assert ("Ingrid Halvorsen", "Rustam Shohmurod") in met
    assert ("Ingrid Halvorsen", "Umed Boboev") in met
    assert ("Ingrid Halvorsen", "Dilovar Safarov") in met  # "speak with"


def test_byline_is_the_author() -> None:
    x = extract(doc("Opinion piece\n\nBy Sanjar Rakhimov\n\nLast year I met Dilovar Safarov in Khujand.\n"))
    assert ("Sanjar Rakhimov", "Dilovar Safarov") in rels(x, "MET_WITH")


def test_no_author_no_first_person_link() -> None:
    x = extract(doc("I met Dilovar Safarov in Khujand in 2022.\n"))
    assert not rels(x, "MET_WITH")


def test_person_charged_under_an_article_but_not_the_judge() -> None:
    x = extract(
        doc(
            "Judge Nurlan Dzhumabaev of the Medeu District Court found Yerzhan Abdrakhmanov guilty under "
            "Article 174 of the Criminal Code of Kazakhstan and sentenced him to three years.\n"
        )
    )
    charged = {s for s, _ in rels(x, "CHARGED_UNDER")}
    assert "Yerzhan Abdrakhmanov" in charged
    assert "Nurlan Dzhumabaev" not in charged


def test_object_pronoun_is_the_victim_of_a_sentencing() -> None:
    x = extract(
        doc(
            "Dilovar Safarov was arrested in Tajikistan in June 2022. "
            "In October 2022 the Supreme Court sentenced him to 18 years' imprisonment.\n"
        )
    )
    part = {(s, o) for s, o in rels(x, "PARTICIPATED_IN")}
    assert any(s == "Dilovar Safarov" and "sentenc" in o for s, o in part)


def test_bare_supreme_court_is_named_by_its_country() -> None:
    x = extract(doc("In Tajikistan, the Supreme Court banned the Islamic Renaissance Party of Tajikistan in 2015.\n"))
    orgs = {e.name for e in x.entities if e.label == "Organization"}
    assert "Supreme Court of Tajikistan" in orgs
    assert "Supreme Court" not in orgs


def test_president_without_country_leads_the_government_of_the_context() -> None:
    from loaders.extract import extract
    from tests.loaders.conftest import doc

    x = extract(
        doc(
            "DUSHANBE, 3 March 2024\n\nThe Tajik government rejected the criticism. "
            "Emomali Rahmon, the president, signed the law on Monday."
        )
    )
    ents = {e.id: e for e in x.entities}
    assert any(
        r.type == "LEADS"
        and ents[r.start_id].name == "Emomali Rahmon"
        and ents[r.end_id].name == "Tajikistan government"
        for r in x.relations
    )
