"""An official named by title alone ("Deputy Prosecutor X") sits on the body of that kind named
just before: a judge on the court, a prosecutor on the prosecutor's office."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, rels


def test_prosecutor_without_office_works_for_the_office_named_before() -> None:
    text = (
        "In March, the Zhambyl Regional Prosecutor's Office declined to investigate the beating of Arman Kaliyev. "
        "In a reply to his mother, Senior Regional Prosecutor Bolat Nurgaliyev wrote that the bruises were old."
    )
    works = rels(extract(doc(text)), "WORKS_FOR")
    assert ("Bolat Nurgaliyev", "Zhambyl Regional Prosecutor's Office") in works


def test_judge_without_court_still_sits_on_the_court_named_before() -> None:
    text = (
        "The Osh City Court convicted Timur Asanov on 2 June. Judge Elmira Toktosunova refused to call his witnesses."
    )
    assert ("Elmira Toktosunova", "Osh City Court") in rels(extract(doc(text)), "WORKS_FOR")


def test_we_of_an_opening_statement_line_is_the_person_it_names() -> None:
    text = (
        "ASHGABAT (4 June 2025) – Closing statement by the UN Special Rapporteur on the right to food, "
        "Marta Lindqvist, at the end of her visit to Turkmenistan.\n\n"
        "On 28 May we met the Minister of Agriculture, Mr. Dovlet Orazov, in Ashgabat."
    )
    assert ("Marta Lindqvist", "Dovlet Orazov") in rels(extract(doc(text)), "MET_WITH")
