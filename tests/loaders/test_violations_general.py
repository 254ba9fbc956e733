"""Violation statements in the citation styles and phrasings of human-rights reporting:
every "X violates / is in breach of / falls short of ... Article N of INSTRUMENT" gives
VIOLATES edges from the violating practice, event or law to each article."""

from __future__ import annotations

import pytest

from graph.model import Extraction
from loaders.extract import extract
from tests.loaders.conftest import doc, violated


def _violators(x: Extraction) -> set[str]:
    ents = {e.id: e for e in x.entities}
    return {ents[r.start_id].name for r in x.relations if r.type == "VIOLATES"}


def _x(text: str) -> Extraction:
    return extract(doc("BISHKEK, 3 March 2024\n\n" + text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The closure of the newspaper constitutes a violation of Article 19 of the ICCPR.", {("ICCPR", "19")}),
        ("The refusal to register the party runs counter to Article 25 of the ICCPR.", {("ICCPR", "25")}),
        ("These provisions do not comply with Article 19 of the ICCPR.", {("ICCPR", "19")}),
        (
            "The 2016 decree is incompatible with art. 19 of the ICCPR and art. 10 of the ECHR.",
            {("ICCPR", "19"), ("ECHR", "10")},
        ),
        (
            "The dispersal of the protest was contrary to Article 29 of the Turkmen constitution.",
            {("Constitution of Turkmenistan", "29")},
        ),
        (
            "The authorities failed to respect the right to peaceful assembly guaranteed by Article 32 "
            "of the Constitution of Kazakhstan.",
            {("Constitution of Kazakhstan", "32")},
        ),
        (
            "Forced labour in the cotton fields is in breach of Article 7 of the ICESCR.",
            {("ICESCR", "7")},
        ),
        (
            "This violates Article 13 of the Convention on the Rights of Persons with Disabilities and "
            "Article 5 of the International Convention on the Elimination of All Forms of Racial Discrimination.",
            {("CRPD", "13"), ("CERD", "5")},
        ),
        (
            "The prosecution of the union leader violates ILO Convention No. 87 (Articles 2 and 3).",
            {("ILO Convention No. 87", "2"), ("ILO Convention No. 87", "3")},
        ),
    ],
)
def test_violation_phrasings(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= violated(_x(sentence))


def test_copenhagen_document_paragraphs() -> None:
    x = _x("The new media law falls short of paragraph 9.3 of the Copenhagen Document.")
    assert ("Copenhagen Document", "9.3") in violated(x)
    x = _x("The ban is at odds with the OSCE Copenhagen Document (paragraphs 9.1 and 9.2).")
    assert {("Copenhagen Document", "9.1"), ("Copenhagen Document", "9.2")} <= violated(x)


def test_article_paragraph_is_not_a_document_paragraph() -> None:
    x = _x("The sentence violates Article 19, paragraph 3 of the ICCPR.")
    assert violated(x) == {("ICCPR", "19")}


def test_the_covenant_refers_back() -> None:
    x = _x(
        "Tajikistan ratified the International Covenant on Economic, Social and Cultural Rights in 1999. "
        "Forced evictions breach Article 11 of the Covenant."
    )
    assert ("ICESCR", "11") in violated(x)
    x = _x("Holding him incommunicado breached his rights under Articles 7, 9 and 14 of the Covenant.")
    assert {("ICCPR", "7"), ("ICCPR", "9"), ("ICCPR", "14")} <= violated(x)


def test_articles_without_instrument_take_the_one_named_before() -> None:
    x = _x(
        "Kazakhstan is a party to the ICCPR. The blanket ban on rallies violates the rights to peaceful "
        "assembly and association (Articles 21, 22)."
    )
    assert {("ICCPR", "21"), ("ICCPR", "22")} <= violated(x)


def test_violation_of_rights_cited_in_the_sentence_before() -> None:
    x = _x(
        "Article 34 of the Constitution of Kyrgyzstan guarantees freedom of peaceful assembly. "
        "The ban on the march in Osh violates this right."
    )
    assert ("Constitution of Kyrgyzstan", "34") in violated(x)


def test_charge_of_violating_a_code_is_not_a_rights_violation() -> None:
    x = _x("Prosecutors charged him with violating Article 341 of the Criminal Code of Kyrgyzstan.")
    assert not violated(x)


def test_violated_articles_follow_the_verb() -> None:
    x = _x("Article 3 of the Law on Religion violates Article 18 of the ICCPR.")
    assert violated(x) == {("ICCPR", "18")}


def test_victim_named_in_the_subject_is_not_the_violator() -> None:
    x = _x("The arrest of Ivan Petrov was a violation of Article 9 of the ICCPR.")
    assert ("ICCPR", "9") in violated(x)
    assert "Ivan Petrov" not in _violators(x)


def test_adverbial_violation_takes_the_clause_before() -> None:
    x = _x(
        "Article 34 of the Constitution of Kyrgyzstan guarantees freedom of assembly, but the government "
        "banned the march, in violation of it."
    )
    assert ("Constitution of Kyrgyzstan", "34") in violated(x)
    assert "Constitution of Kyrgyzstan" not in _violators(x)
