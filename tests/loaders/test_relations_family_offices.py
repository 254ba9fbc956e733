"""Family ties (RELATIVE_OF) read by apposition, and state offices named with their country or
region ("the Ombudsperson of X, Y", "the Deputy Chairman of Z Region, Mr. Y")."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, rels


def test_possessive_pronoun_kin() -> None:
    x = extract(
        doc(
            "The blogger Rustam Ergashev was arrested in Namangan in March 2030. "
            "His brother, Bekzod Ergashev, was dismissed from his job in May.\n"
        )
    )
    assert ("Bekzod Ergashev", "Rustam Ergashev") in rels(x, "RELATIVE_OF")


def test_named_owner_kin_and_kin_after_the_name() -> None:
    x = extract(
        doc(
            "Police detained the activist Marat Zhanuzakov in Aktobe on 3 June. "
            "Zhanuzakov's wife, Dana Zhanuzakova, said she had not seen him since. "
            "Serik Aliyev, the father of Marat Zhanuzakov, wrote to the prosecutor.\n"
        )
    )
    rel = rels(x, "RELATIVE_OF")
    assert ("Dana Zhanuzakova", "Marat Zhanuzakov") in rel
    assert ("Serik Aliyev", "Marat Zhanuzakov") in rel


def test_title_owner_kin() -> None:
    x = extract(
        doc(
            "The court remanded Steppe Post's editor-in-chief Nurlan Abenov in custody on 2 May. "
            "The editor's wife, Aliya Abenova, said she had been allowed to see him once.\n"
        )
    )
    assert ("Aliya Abenova", "Nurlan Abenov") in rels(x, "RELATIVE_OF")


def test_kin_sharing_a_surname_over_the_subject_of_the_clause() -> None:
    x = extract(
        doc(
            "Nothing has been heard from the agronomist Berdi Annayev since 2021. In 2030 Colonel Myrat "
            "Orazov of the security ministry summoned his mother, Jeren Annayeva, and warned her.\n"
        )
    )
    rel = rels(x, "RELATIVE_OF")
    assert ("Jeren Annayeva", "Berdi Annayev") in rel
    assert ("Jeren Annayeva", "Myrat Orazov") not in rel


def test_no_kin_without_a_kinship_noun() -> None:
    x = extract(doc("His colleague, Bekzod Ergashev, met Rustam Ergashev in Namangan in March 2030.\n"))
    assert not rels(x, "RELATIVE_OF")


def test_ombudsperson_of_a_country_works_for_its_government() -> None:
    x = extract(
        doc(
            "The Turkmen authorities deny holding political prisoners. "
            "The Ombudsperson of Turkmenistan, Ogulbahar Hojayeva, has not answered three letters "
            "sent by the group since 2029.\n"
        )
    )
    assert ("Ogulbahar Hojayeva", "Turkmenistan government") in rels(x, "WORKS_FOR")


def test_regional_official_with_honorific_works_for_the_government() -> None:
    x = extract(
        doc(
            "The Tajik government invited the Special Rapporteur to Tajikistan. "
            "She travelled to Khujand, where she met the Deputy Chairman "
            "of Sughd Region, Mr. Rustam Nabiev, on 3 May 2031.\n"
        )
    )
    assert ("Rustam Nabiev", "Tajikistan government") in rels(x, "WORKS_FOR")


def test_counsel_of_a_possessive_is_whom_coreference_chose() -> None:
    x = extract(
        doc(
            "The journalist Aigerim Nurova was detained in Almaty in May 2031. Judge Askar Temirov refused "
            "bail on 2 June. Her lawyer, Dana Seitkali, said she would appeal.\n"
        )
    )
    rep = rels(x, "REPRESENTS")
    assert ("Dana Seitkali", "Aigerim Nurova") in rep
    assert ("Dana Seitkali", "Askar Temirov") not in rep
