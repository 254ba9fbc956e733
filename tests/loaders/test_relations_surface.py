"""General surface patterns for relations: 'which X has chaired', 'Title of Body, Name',
possessive roles ('Its director, X'), counsel ('his lawyer, X'), 'held talks with', a country
called on is its government, subject pronouns continue the subject, 'Body in City'."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, rels


def test_which_person_has_chaired() -> None:
    x = extract(
        doc("The drivers were represented by the Free Drivers Union, which Kanat Serikov has chaired since 2019.\n")
    )
    assert ("Kanat Serikov", "Free Drivers Union") in rels(x, "LEADS")


def test_title_of_body_before_name_and_talks_with() -> None:
    x = extract(
        doc(
            "Maria Lind arrived in Almaty on Monday. On 3 May, she held talks with the Chairperson of the "
            "Senate Committee on Human Rights, Ogulbibi Hojayeva, and with Daniyar Omarov.\n"
        )
    )
    assert ("Ogulbibi Hojayeva", "Senate Committee on Human Rights") in rels(x, "LEADS")
    met = rels(x, "MET_WITH")
    assert ("Maria Lind", "Ogulbibi Hojayeva") in met
    assert ("Maria Lind", "Daniyar Omarov") in met


def test_possessive_role_points_to_last_organization() -> None:
    x = extract(
        doc(
            "The Bright Future Foundation trains teachers in Osh. Its director, Marat Osmonov, said the law "
            "would close it.\n"
        )
    )
    assert ("Marat Osmonov", "Bright Future Foundation") in rels(x, "LEADS")


def test_his_lawyer_represents() -> None:
    x = extract(doc('Ruslan Abenov was sentenced to three years. "We will appeal," said his lawyer, Dana Serikova.\n'))
    assert ("Dana Serikova", "Ruslan Abenov") in rels(x, "REPRESENTS")


def test_country_called_on_is_its_government() -> None:
    x = extract(doc("The International Labour Organization has repeatedly urged Kazakhstan to amend the law.\n"))
    assert ("International Labour Organization", "Kazakhstan government") in rels(x, "CALLED_ON")


def test_subject_pronoun_continues_the_subject() -> None:
    x = extract(
        doc(
            "On 21 May, Anna Berg met Deputy Minister Aslan Karimov. On 22 May, she held talks with Bolat Ismailov. "
            "She also met Gulnara Tasheva.\n"
        )
    )
    met = rels(x, "MET_WITH")
    assert ("Anna Berg", "Gulnara Tasheva") in met
    assert ("Bolat Ismailov", "Gulnara Tasheva") not in met
