"""Coreference of people (loaders.extract.coref): definite titles, gendered pronouns, salience,
binding, quotations; and the verb readers that depend on who a pronoun is."""

from __future__ import annotations

from typing import Any

import pytest

import loaders.extract as X
from loaders.extract import extract
from loaders.extract.entities import Resolved
from tests.loaders.conftest import doc, rels


def _links(text: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Each pronoun or title surface -> the names it was linked to, in text order."""
    seen: dict[str, Any] = {}
    orig = X.extract_relations

    def spy(sents: Any, txt: str, b: Any, res: Resolved) -> None:
        seen["res"] = res
        orig(sents, txt, b, res)

    monkeypatch.setattr(X, "extract_relations", spy)
    extract(doc(text))
    res: Resolved = seen["res"]
    out: dict[str, list[str]] = {}
    for table in (res.pronouns, res.possessives):
        for lst in table.values():
            for s, e, ent in sorted(lst, key=lambda x: x[0]):
                out.setdefault(text[s:e].lower(), []).append(ent.name)
    return out


VISIT = (
    "ALMATY (4 May 2031) - The UN Special Rapporteur on the right to food, Marisol Quintero, said today "
    "that rural families face hunger.\n\n"
    "The Special Rapporteur visited the country from 20 April. On 22 April she met the Deputy Minister of "
    "Agriculture, Mr. Daulet Seitkaliyev, who assured her of the Government's support. On Monday she met "
    "the Governor of Zhambyl Region, Mr. Rustem Abenov. The Special Rapporteur also met Ms. Gaukhar Ibrayeva, "
    "chair of the Steppe Farmers Union.\n"
)


def test_definite_title_stands_for_its_holder() -> None:
    met = rels(extract(doc(VISIT)), "MET_WITH")
    assert ("Marisol Quintero", "Gaukhar Ibrayeva") in met  # "The Special Rapporteur also met ..."


def test_she_skips_a_man_named_in_between(monkeypatch: pytest.MonkeyPatch) -> None:
    met = rels(extract(doc(VISIT)), "MET_WITH")
    assert ("Marisol Quintero", "Rustem Abenov") in met
    assert not any(a == "Daulet Seitkaliyev" for a, _ in met)
    links = _links(VISIT, monkeypatch)
    assert set(links["she"]) == {"Marisol Quintero"}
    assert links["her"] == ["Marisol Quintero"]  # "Mr. X, who assured her": not X (a man, and binding)


def test_surname_endings_gender_pronouns(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Police detained the blogger Bakhyt Seitov and the journalist Aigul Nurlanova in Taraz on 2 May. "
        "He was released the next day.\n"
    )
    assert _links(text, monkeypatch)["he"] == ["Bakhyt Seitov"]


def test_object_pronoun_is_not_the_subject_of_its_verb_or_of_a_conjoined_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Nurbek Alimov was arrested in Taraz in May. In June Judge Askar Temirov of the Taraz City Court "
        "sentenced him to four years, barring him from journalism.\n"
    )
    assert _links(text, monkeypatch)["him"] == ["Nurbek Alimov", "Nurbek Alimov"]


def test_quoted_pronoun_is_not_the_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Timur Alimov was arrested in Osh on 3 May. His colleague Daniyar Seitov spoke to reporters on Monday. "
        "“They should let him see his family,” Seitov said.\n"
    )
    assert _links(text, monkeypatch)["him"] == ["Timur Alimov"]


def test_possessive_is_the_subject_of_its_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Judge Askar Temirov refused to hear the witnesses, and the defence lawyer, Erlan Bekov, "
        "did not meet his client in private.\n"
    )
    assert _links(text, monkeypatch)["his"] == ["Erlan Bekov"]


def test_a_chain_genders_its_person(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Ingrid Solberg arrived in Ashgabat on Monday. She met Jan Kowalski at the ministry. "
        "Later he gave a speech on prison reform.\n"
    )
    assert _links(text, monkeypatch)["he"] == ["Jan Kowalski"]  # "She" made Solberg a woman


# guards: where a definite title must not be read as a back-reference
def test_lower_case_title_of_an_office_is_not_its_holder(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "President Rustam Kadyrov promised reforms in 2030. Since then at least nine bloggers have been "
        "prosecuted for insulting the president under Article 158 of the Criminal Code.\n"
    )
    assert "the president" not in _links(text, monkeypatch)


def test_title_after_a_name_is_its_apposition(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Aidos Bekov, the editor of Steppe News, was detained in May. Serik Omarov, the editor of Dala Post, "
        "was questioned in June.\n"
    )
    assert "the editor" not in _links(text, monkeypatch)


def test_welcoming_an_act_is_not_a_meeting() -> None:
    text = (
        "The OSCE Representative, Ingrid Solberg, arrived in Tashkent on Monday. She welcomed President "
        "Rustam Kadyrov's decree pardoning 200 prisoners and an instruction by the Ministry of Interior.\n"
    )
    met = rels(extract(doc(text)), "MET_WITH")
    assert ("Ingrid Solberg", "Rustam Kadyrov") not in met
    assert not any(b == "Ministry of Interior" for _a, b in met)


def test_whom_one_met_ends_before_a_clause_about_them() -> None:
    text = (
        "The Special Rapporteur, Marisol Quintero, arrived in Bishkek on Monday. She met Ms. Gaukhar Ibrayeva, "
        "whose group has been inspected by the State Tax Service four times.\n"
    )
    met = rels(extract(doc(text)), "MET_WITH")
    assert ("Marisol Quintero", "Gaukhar Ibrayeva") in met
    assert not any("Tax" in b for _a, b in met)


STATEMENT = (
    "Kyrgyzstan: free the journalist\n\n"
    "Joint statement by the Open Valley Rights Centre (OVRC) and the Pamir Press Fund (PPF)\n\n"
    "(Geneva, 3 March 2031) - The authorities of Kyrgyzstan must release the journalist Timur Alimov, "
    "OVRC and PPF said today.\n\n"
    "“We will keep reporting,” said Aida Omurova, a colleague of Alimov at the Osh Times.\n\n"
    "We call on the European Union to raise the case at its next human rights dialogue.\n"
)


def test_we_of_a_joint_statement_is_its_issuers() -> None:
    called = rels(extract(doc(STATEMENT)), "CALLED_ON")
    assert ("Open Valley Rights Centre", "European Union") in called
    assert ("Pamir Press Fund", "European Union") in called


def test_quoted_we_is_not_the_issuers(monkeypatch: pytest.MonkeyPatch) -> None:
    links = _links(STATEMENT, monkeypatch)
    assert links.get("we") == ["Open Valley Rights Centre", "Pamir Press Fund"]  # only the unquoted one


def test_numbered_group_is_the_people_named_before(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Police detained the editor Aibek Usenov, the reporter Dana Omarova and the driver Nurlan Tokaev "
        "in Osh on 2 May. On 4 May Judge Askar Temirov of the Osh City Court ordered the three placed in "
        "pre-trial detention. Both men deny the charges.\n"
    )
    links = _links(text, monkeypatch)
    assert sorted(links["the three"]) == ["Aibek Usenov", "Dana Omarova", "Nurlan Tokaev"]
    assert "both men" not in links  # three people were named, not two


def test_group_of_another_size_or_noun_links_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Police detained Aibek Usenov and Dana Omarova in Osh on 2 May. The three were released on bail. "
        "The two organizations that employ them protested.\n"
    )
    links = _links(text, monkeypatch)
    assert "the three" not in links and "the two" not in links
