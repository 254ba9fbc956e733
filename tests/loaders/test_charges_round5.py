"""Charges: the person a prosecutor or judge charges, and the terms listed one defendant a line."""

from __future__ import annotations

from graph.model import Entity, Extraction
from loaders.extract import extract
from tests.loaders.conftest import doc


def _x(text: str) -> Extraction:
    return extract(doc("ALMATY, 3 March 2027\n\nKazakhstan is discussed.\n\n" + text))


def _charged(x: Extraction) -> set[str]:
    ents = {e.id: e for e in x.entities}
    return {
        ents[r.start_id].name
        for r in x.relations
        if r.type == "CHARGED_UNDER" and ents[r.start_id].label == "Person"
    }


def test_whom_prosecutors_or_a_judge_charge_is_charged() -> None:
    x = _x(
        "The journalist Marat Zhanuzakov was detained in May. "
        "Prosecutors charged him under Article 274 of the Criminal Code of Kazakhstan."
    )
    assert "Marat Zhanuzakov" in _charged(x)
    x = _x("Judge Aigerim Nurlanova sentenced Marat Zhanuzakov under Article 274 of the Criminal Code of Kazakhstan.")
    assert _charged(x) == {"Marat Zhanuzakov"}


def test_a_term_under_an_article_in_a_list_of_defendants() -> None:
    x = _x(
        "The court handed down the following sentences:\n\n"
        "Marat Zhanuzakov, a 41-year-old farmer who spoke to the crowd: six years under Article 244 of the "
        "Criminal Code of Kazakhstan;\n\nDana Serikova, a teacher: five years under Article 244 of the Criminal "
        "Code of Kazakhstan."
    )
    assert {"Marat Zhanuzakov", "Dana Serikova"} <= _charged(x)


def test_a_surname_after_another_given_name_is_a_namesake() -> None:
    from loaders.extract.legal import _other_given_name

    person = Entity(id="person:x", label="Person", name="Jomart Baisalov")
    assert _other_given_name("- Kairat ", person)
    assert not _other_given_name("The court sentenced Jomart ", person)
    assert not _other_given_name("The court sentenced ", person)
    assert not _other_given_name("sentenced Judge ", person)


def test_a_surname_in_another_spelling_of_the_person_is_the_person() -> None:
    from types import SimpleNamespace

    from loaders.extract.legal import surname_mentions

    person = Entity(id="person:x", label="Person", name="Ruslan Jumabayev", aliases=["Ruslan Zhumabaev"])
    person.mentions.append(object())  # type: ignore[arg-type]
    text = "- Zhumabaev, a farmer: six years under Article 244;"
    sent = SimpleNamespace(start=0, end=len(text))
    b = SimpleNamespace(entities={person.id: person})
    found = surname_mentions(sent, text, b, [])  # type: ignore[arg-type]
    assert [(text[s:e], x.name) for s, e, x in found] == [("Zhumabaev", "Ruslan Jumabayev")]
    other = "- Oral Zhumabaev, a farmer: six years under Article 244;"
    assert not surname_mentions(SimpleNamespace(start=0, end=len(other)), other, b, [])  # type: ignore[arg-type]


def _criticized(x: Extraction) -> set[tuple[str, str]]:
    ents = {e.id: e for e in x.entities}
    return {(ents[r.start_id].name, ents[r.end_id].label) for r in x.relations if r.type == "CRITICIZED"}


def test_criticism_stated_only_inside_a_quote() -> None:
    x = _x(
        "Parliament adopted the Law on Public Gatherings in May 2026. "
        "The lawyer Dana Serikova represents several protesters.\n\n"
        "\u201cThe law is vague and will be used against anyone who speaks out,\u201d she said."
    )
    assert ("Dana Serikova", "Law") in _criticized(x)
    x = _x(
        "Parliament adopted the Law on Public Gatherings in May 2026.\n\n"
        "\u201cThe law protects order and was welcomed by citizens,\u201d said Dana Serikova."
    )
    assert ("Dana Serikova", "Law") not in _criticized(x)
