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
