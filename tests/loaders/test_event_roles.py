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


def test_whom_a_happening_is_told_to_takes_no_part_in_it() -> None:
    roles = _roles(
        "On 4 March the lawyer Dana Serikova told Amnesty International that police had beaten "
        "the journalist Marat Zhanuzakov."
    )
    assert not {n for n, _r in roles if n == "Amnesty International"}
    assert ("Marat Zhanuzakov", "victim") in roles
    roles = _roles("On 4 March Marat Zhanuzakov told the Mazhilis that he had been denied a lawyer.")
    assert not {n for n, _r in roles if n == "Mazhilis"}


def test_listener_needs_the_happening_outside_its_phrase() -> None:
    """A parse that makes the speech verb's object the phrase holding the happening ("said X's
    posts, in which she described the election, incited ...") keeps X in it."""
    from spacy.tokens import Doc

    from loaders.extract.events import _listener
    from loaders.extract.segment import nlp

    words = ["Officials", "said", "Serikova", "'s", "posts", ",", "in", "which", "she", "described", "the", "election"]
    heads = [1, 1, 4, 2, 1, 4, 9, 6, 9, 4, 11, 9]
    deps = ["nsubj", "ROOT", "poss", "case", "dobj", "punct", "prep", "pobj", "nsubj", "relcl", "det", "dobj"]
    pos = ["NOUN", "VERB", "PROPN", "PART", "NOUN", "PUNCT", "ADP", "PRON", "PRON", "VERB", "DET", "NOUN"]
    lemmas = ["official", "say", "Serikova", "'s", "post", ",", "in", "which", "she", "describe", "the", "election"]
    d = Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert not _listener([d[2]], [d[11]], "election")
    told = Doc(
        nlp().vocab,
        words=["He", "told", "her", "that", "police", "detained", "him"],
        heads=[1, 1, 1, 5, 5, 1, 5],
        deps=["nsubj", "ROOT", "dative", "mark", "nsubj", "ccomp", "dobj"],
        pos=["PRON", "VERB", "PRON", "SCONJ", "NOUN", "VERB", "PRON"],
        lemmas=["he", "tell", "she", "that", "police", "detain", "he"],
    )
    assert _listener([told[2]], [told[5]], "arrest")
    assert not _listener([told[4]], [told[5]], "arrest")



def test_whom_a_statement_addresses_is_no_mere_listener() -> None:
    from spacy.tokens import Doc

    from loaders.extract.events import _listener
    from loaders.extract.segment import nlp

    d = Doc(
        nlp().vocab,
        words=["She", "told", "him", "that", "she", "urged", "reform"],
        heads=[1, 1, 1, 5, 5, 1, 5],
        deps=["nsubj", "ROOT", "dative", "mark", "nsubj", "ccomp", "dobj"],
        pos=["PRON", "VERB", "PRON", "SCONJ", "PRON", "VERB", "NOUN"],
        lemmas=["she", "tell", "he", "that", "she", "urge", "reform"],
    )
    assert _listener([d[2]], [d[5]], "arrest")
    assert not _listener([d[2]], [d[5]], "review")
