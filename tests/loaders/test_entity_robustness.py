"""Robust entity typing: heading-cased phrases of ordinary words are no people, a given name
the tagger mistyped before a tagged surname stays part of the full name, meetings are no bodies."""

from __future__ import annotations

from loaders.extract import extract
from loaders.extract.entities import join_split_names
from loaders.extract.mentions import Candidate
from tests.loaders.conftest import doc


def _names(text: str, label: str) -> set[str]:
    return {e.name for e in extract(doc(text)).entities if e.label == label}


def test_capitalized_phrase_of_common_words_is_no_person() -> None:
    people = _names(
        "The rights of workers and freedom of the press were raised by lawyers. "
        "Their lawyer, Nodira Usmanova, said the Workers Freedom Forum would meet in May. "
        "We hope to brief the delegation before the Press Freedom Roundtable.",
        "Person",
    )
    assert "Press Freedom Roundtable" not in people
    assert "Nodira Usmanova" in people


def test_mistyped_given_name_before_a_tagged_surname_joins_the_full_name() -> None:
    text = "Erkin Tashiev was held. We call for the release of Erkin Tashiev today."
    i = text.rindex("Erkin")
    cands = [
        Candidate("Erkin Tashiev", 0, 13, 0, "PERSON", "spacy"),
        Candidate("Erkin", i, i + 5, 1, "LOC", "spacy"),  # the tagger's guess in the second sentence
        Candidate("Tashiev", i + 6, i + 13, 1, "PERSON", "spacy"),
    ]
    out = join_split_names(cands, text)
    assert sorted(c.surface for c in out) == ["Erkin Tashiev", "Erkin Tashiev"]


def test_given_name_before_a_surname_stays_apart_without_the_full_name() -> None:
    text = "They met in Osh. Residents of Osh Tashiev said nothing."
    i = text.rindex("Osh")
    cands = [Candidate("Osh", i, i + 3, 1, "LOC", "spacy"), Candidate("Tashiev", i + 4, i + 11, 1, "PERSON", "spacy")]
    assert sorted(c.surface for c in join_split_names(cands, text)) == ["Osh", "Tashiev"]


def test_a_named_dialogue_or_meeting_is_no_organization() -> None:
    orgs = _names(
        "The EU will raise the case at the Annual Human Rights Dialogue in Astana. "
        "Activists also spoke at the Civil Society Meeting.",
        "Organization",
    )
    assert not any(o.endswith(("Dialogue", "Meeting")) for o in orgs)


def _places(text: str) -> dict[str, str | None]:
    return {e.name: e.properties.get("kind") for e in extract(doc(text)).entities if e.label == "Location"}


def test_places_the_prose_marks_by_a_kind_word() -> None:
    places = _places(
        "Workers stopped work at the Zhanbas and Kyzylkum fields on Monday. "
        "Police raided homes in the village of Kara-Suu and in the town of Bakhmal. "
        "Protests spread to the Tamdy, Nurata and Kosh districts."
    )
    for name in ("Zhanbas", "Kyzylkum", "Kara-Suu", "Bakhmal", "Tamdy", "Nurata", "Kosh"):
        assert name in places
    assert places["Bakhmal"] == "city" and places["Kosh"] == "region"


def test_kind_word_places_skip_country_adjectives() -> None:
    places = _places("Water is shared by Kyrgyz and Tajik villages, officials in the city of Osh said.")
    assert "Kyrgyz" not in places and "Tajik" not in places


def _typed(text: str) -> dict[str, str]:
    return {e.name: e.label for e in extract(doc(text)).entities}


def test_byline_outlet_is_an_organization_even_with_a_number() -> None:
    typed = _typed(
        "Police Raid Church\n\nBy Anna Berg, Charter 44\n\n"
        "Police raided a church in Osh, a member told Charter 44 on 3 May."
    )
    assert typed.get("Charter 44") == "Organization" and typed.get("Anna Berg") == "Person"


def test_byline_role_is_no_outlet() -> None:
    typed = _typed("Police Raid Church\n\nBy Anna Berg, Staff Writer\n\nPolice raided a church in Osh on 3 May.")
    assert "Staff Writer" not in typed


def test_donation_appeal_in_a_footer_bar_is_furniture() -> None:
    typed = _typed(
        "Police detained the blogger Aziz Karimov in Osh on 3 May.\n\n"
        "Contact: info@example.org | Support our work: donate to the Steppe Reporters’ Defence Fund\n"
    )
    assert not any("Defence Fund" in n for n in typed)


def test_a_number_inside_an_organization_name() -> None:
    typed = _typed("The Steppe 24 Media Foundation said police detained its editor in Osh on 3 May.")
    assert typed.get("Steppe 24 Media Foundation") == "Organization"


def test_a_numbered_provision_is_no_part_of_a_name() -> None:
    typed = _typed("He was charged under Article 29 Police Code rules, the Osh City Court said on 3 May.")
    assert not any(n.startswith("Article 29") for n in typed)


def test_a_name_of_ordinary_organization_words_is_a_body() -> None:
    typed = _typed(
        "Police detained the blogger Nurlan Abdiev in Talas on 3 May. Civic Solidarity noted the ruling. "
        "His lawyer, Gulnara Isaeva, was denied access."
    )
    assert typed.get("Civic Solidarity") == "Organization"
    assert typed.get("Gulnara Isaeva") == "Person"


def test_a_describing_word_between_name_and_type_noun() -> None:
    typed = _typed("Members of the Zhasyl Kogal environmental movement protested in Almaty on 3 May.")
    assert typed.get("Zhasyl Kogal") == "Organization"
    assert not any(n.startswith("Members") for n, label in typed.items() if label in ("Organization", "Person"))
