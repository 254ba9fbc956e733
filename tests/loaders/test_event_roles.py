"""Participant roles: who reports a happening, and the subject a parse lost."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc


def _roles(text: str) -> set[tuple[str, str]]:
    x = extract(doc("ALMATY, 3 March 2027\n\nKazakhstan is discussed.\n\n" + text))
    ents = {e.id: e for e in x.entities}
    return {
        (ents[r.start_id].name, str(r.properties.get("role")))
        for r in x.relations
        if r.type == "PARTICIPATED_IN"
    }


def test_who_documents_or_tells_of_a_happening_is_its_reporter() -> None:
    assert ("Human Rights Watch", "reporter") in _roles(
        "Human Rights Watch documented the arrests of 30 protesters in Zhanaozen on 2 February."
    )
    roles = _roles("According to Amnesty International, police detained 30 protesters on 2 February.")
    assert ("Amnesty International", "reporter") in roles
    assert ("Amnesty International", "victim") not in roles


def test_actor_before_a_verb_the_parse_left_without_subject() -> None:
    roles = _roles("On 2 February police in Almaty detained journalist Marat Zhanuzakov.")
    assert ("Almaty police", "perpetrator") in roles
    assert ("Almaty police", "victim") not in roles
