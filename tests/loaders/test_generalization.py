"""General behaviours found on the held-out dev set (tests/eval/heldout): citation styles,
instrument names, page furniture and bylines that the default corpus does not exercise."""

from __future__ import annotations

from graph.model import Extraction
from loaders.extract import extract
from loaders.extract.clean import mask
from tests.loaders.conftest import doc


def _names(x: Extraction, label: str) -> set[str]:
    return {e.name for e in x.entities if e.label == label}


def _articles(x: Extraction) -> set[tuple[str, str]]:
    return {(e.properties["instrument"], e.properties["number"]) for e in x.entities if e.label == "Article"}


def test_footnote_number_opening_a_line_is_masked() -> None:
    text = "He was charged.1\n\n1 Criminal Code of the Kyrgyz Republic, Article 278.\n"
    cleaned = mask(text)
    assert len(cleaned) == len(text)
    assert "\n  Criminal Code" in cleaned
    assert "1 Criminal" not in cleaned


def test_constitution_of_the_adjective_republic() -> None:
    x = extract(
        doc(
            "The prosecution violates the right to freedom of expression guaranteed by the Constitution "
            "of the Kyrgyz Republic (Articles 32, 33)."
        )
    )
    assert {("Constitution of Kyrgyzstan", "32"), ("Constitution of Kyrgyzstan", "33")} <= _articles(x)


def test_possessive_country_is_the_code_jurisdiction() -> None:
    x = extract(
        doc(
            "In January 2023 a court sentenced the journalist Dauletmurat Tazhimuratov to 16 years in prison "
            "under Article 159 of Uzbekistan's Criminal Code."
        )
    )
    assert "Criminal Code of Uzbekistan" in _names(x, "Law")
    assert not any(n.startswith("'s") for n in _names(x, "Law"))
    assert any(num == "159" and "Uzbekistan" in inst and "Code" in inst for inst, num in _articles(x))


def test_coordinated_named_laws_are_two_laws_and_not_organizations() -> None:
    x = extract(
        doc(
            "Defenders said the Law on Public Associations and the Law on Countering Extremism are used "
            "against the Pamir Lawyers' Association in Tajikistan."
        )
    )
    laws = _names(x, "Law")
    assert "Law on Public Associations" in laws
    assert "Law on Countering Extremism" in laws
    assert not any(" and the Law" in n for n in laws)
    assert "Pamir Law" not in laws  # "Lawyers" is not the head "Law"
    orgs = _names(x, "Organization")
    assert not any("Law on" in n or n == "Public Associations" for n in orgs)


def test_declaration_is_a_law_not_an_organization() -> None:
    x = extract(
        doc(
            "The United Nations Declaration on Human Rights Defenders, adopted by the General Assembly in 1998, "
            "recognizes the right to seek information."
        )
    )
    assert not any("Declaration" in n for n in _names(x, "Organization"))


def test_byline_names_a_person() -> None:
    x = extract(
        doc(
            "Court jails activists\n\nBy Dina Nurpeisova\nALMATY, 21 November 2024\n\n"
            "A court in Almaty sentenced two activists on Tuesday."
        )
    )
    assert "Dina Nurpeisova" in _names(x, "Person")


def test_bare_post_is_not_a_person() -> None:
    x = extract(
        doc("In Dushanbe, I met the Minister of Justice and the Prosecutor General, who said the law would change.")
    )
    assert "Prosecutor General" not in _names(x, "Person")


def test_central_asian_places_from_the_gazetteer() -> None:
    x = extract(
        doc(
            "A security operation in the Gorno-Badakhshan Autonomous Region left 25 people dead around Rushan; "
            "detainees were moved to Yovon."
        )
    )
    locs = _names(x, "Location")
    assert {"Gorno-Badakhshan Autonomous Region", "Rushan", "Yovon"} <= locs


def test_rule_of_law_ending_is_an_organization_with_its_acronym() -> None:
    x = extract(
        doc(
            "The Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR) said in a statement "
            "that the prosecution is unlawful. Yevgeniy Zhovtis, the bureau's chairman, called on the court "
            "to review the case.\n"
        )
    )
    orgs = {e.name: e for e in x.entities if e.label == "Organization"}
    assert "KIBHR" in orgs["Kazakhstan International Bureau for Human Rights and Rule of Law"].aliases
    assert "Yevgeniy Zhovtis" in _names(x, "Person")


def test_type_noun_before_a_name_makes_an_organization() -> None:
    x = extract(doc("Tazhimuratov, the editor of the newspaper El Xabarlari, told the court he was beaten.\n"))
    assert "El Xabarlari" in _names(x, "Organization")
    assert "El Xabarlari" not in _names(x, "Person")


def test_apposition_to_parliament_is_an_organization() -> None:
    x = extract(doc("In Kyrgyzstan the parliament, the Jogorku Kenesh, approved the draft in January 2024.\n"))
    assert "Jogorku Kenesh" not in _names(x, "Person")
    assert "Jogorku Kenesh" in _names(x, "Organization")


def test_organization_in_a_city_is_split_and_located() -> None:
    x = extract(
        doc(
            "Opinion\n\nBy Sanjar Rakhimov\n\n"
            "Sanjar Rakhimov is a researcher at the Central Asia Rights Institute in Berlin.\n"
        )
    )
    assert "Central Asia Rights Institute" in _names(x, "Organization")
    assert "Berlin" in _names(x, "Location")
    names = {e.id: e.name for e in x.entities}
    located = {(names[r.start_id], names[r.end_id]) for r in x.relations if r.type == "LOCATED_IN"}
    assert ("Central Asia Rights Institute", "Berlin") in located
    works = {(names[r.start_id], names[r.end_id]) for r in x.relations if r.type in ("WORKS_FOR", "MEMBER_OF")}
    assert ("Sanjar Rakhimov", "Central Asia Rights Institute") in works
