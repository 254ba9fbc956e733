"""The general verb fallback (loaders.extract.relations.acted): an actor that did something to
another actor is ACTED_ON it, with the verb on the edge; invented sentences."""

from __future__ import annotations

from graph.model import Extraction
from loaders.extract import extract
from tests.loaders.conftest import doc, rels


def _x(text: str) -> Extraction:
    return extract(doc(text))


def _props(x: Extraction) -> dict[tuple[str, str], dict[str, object]]:
    names = {e.id: e.name for e in x.entities}
    return {(names[r.start_id], names[r.end_id]): r.properties for r in x.relations if r.type == "ACTED_ON"}


def test_court_fined_person() -> None:
    x = _x("In May the Almaty City Court fined Dmitry Petrov, a journalist.")
    assert ("Almaty City Court", "Dmitry Petrov") in rels(x, "ACTED_ON")
    assert _props(x)[("Almaty City Court", "Dmitry Petrov")] == {"verb": "fine", "negated": False}


def test_union_expelled_member() -> None:
    x = _x("The Union of Journalists expelled Aigul Nurova in 2020.")
    assert rels(x, "ACTED_ON") == {("Union of Journalists", "Aigul Nurova")}


def test_passive_agent_acts_on_subject() -> None:
    x = _x("Ruslan Ibragimov was detained by the State Committee for National Security.")
    assert ("State Committee for National Security", "Ruslan Ibragimov") in rels(x, "ACTED_ON")


def test_officers_of_a_body_stand_for_it_and_apposition() -> None:
    x = _x(
        "Nigina Qurbonshoeva is a journalist. Last month, officers of the State Committee for National Security "
        "took her younger brother, Firuz Qurbonshoev, from his flat."
    )
    assert ("State Committee for National Security", "Firuz Qurbonshoev") in rels(x, "ACTED_ON")


def test_negation_is_kept_on_the_edge() -> None:
    x = _x("The Ministry of Justice did not register the Adilet Foundation.")
    assert _props(x)[("Ministry of Justice", "Adilet Foundation")] == {"verb": "register", "negated": True}


def test_not_from_a_relative_clause_to_the_main_verb() -> None:
    # the radio is the object of "works for" inside the relative clause, never of "sued"
    x = _x("Dmitry Petrov, who works for Radio Azattyk, sued the Ministry of Culture in March.")
    acted = rels(x, "ACTED_ON")
    assert ("Dmitry Petrov", "Ministry of Culture") in acted
    assert not any("Azattyk" in s or "Azattyk" in o for s, o in acted)


def test_not_what_befell_an_actor() -> None:
    # the object is the detention, not Petrov
    x = _x("The Supreme Court reviewed the detention of Dmitry Petrov.")
    assert rels(x, "ACTED_ON") == set()


def test_not_advice() -> None:
    x = _x("The Almaty City Court should acquit Dmitry Petrov, Amnesty International said.")
    assert ("Almaty City Court", "Dmitry Petrov") not in rels(x, "ACTED_ON")


def test_not_speech_verbs() -> None:
    x = _x("Dmitry Petrov told the Almaty City Court that he was innocent.")
    assert rels(x, "ACTED_ON") == set()


def test_not_when_another_reader_linked_the_pair() -> None:
    x = _x("Human Rights Watch criticized the Ministry of Justice in March.")
    assert ("Human Rights Watch", "Ministry of Justice") in rels(x, "CRITICIZED")
    assert rels(x, "ACTED_ON") == set()


def test_had_something_done_by() -> None:
    x = _x("Last year Dmitry Petrov had his licence suspended by the Ministry of Justice.")
    assert _props(x)[("Ministry of Justice", "Dmitry Petrov")] == {"verb": "suspend", "negated": False}


def test_pronoun_subject_resolved() -> None:
    x = _x("Aigul Nurova is an editor in Almaty. In May she sued the Union of Journalists.")
    assert ("Aigul Nurova", "Union of Journalists") in rels(x, "ACTED_ON")


def test_caller_does_not_act_in_the_clause_it_asks_for() -> None:
    x = _x("Amnesty International called on the authorities to release Dmitry Petrov immediately.")
    assert ("Amnesty International", "Dmitry Petrov") not in rels(x, "ACTED_ON")


def test_a_country_acted_on_is_not_its_government() -> None:
    x = _x("Aigul Nurova is an editor. In 2022 Aigul Nurova left Kazakhstan for good.")
    assert rels(x, "ACTED_ON") == set()


def test_respectively_pairs_in_order() -> None:
    x = _x(
        "Defence lawyers Kanykei Mambetova and Timur Asylbekov, who represent Aibek Toktogulov and "
        "Saltanat Kurmanalieva respectively, spoke to reporters."
    )
    acted = rels(x, "ACTED_ON") | rels(x, "REPRESENTS")
    assert ("Timur Asylbekov", "Aibek Toktogulov") not in acted
    assert ("Kanykei Mambetova", "Saltanat Kurmanalieva") not in acted


def test_members_of_an_object_are_not_the_body() -> None:
    x = _x("In January the Interior Ministry detained six employees of Ayna Media in Dushanbe.")
    assert rels(x, "ACTED_ON") == set()
