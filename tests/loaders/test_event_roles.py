"""Participant roles: who reports a happening, and the subject a parse lost."""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.extract import extract
from loaders.extract.events import _listener
from loaders.extract.segment import nlp
from tests.loaders.conftest import doc


def _parsed(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A hand-made parse, one (word, head, dep, pos, lemma) row per token: the test fixes the tree
    the statistical parser might not give."""
    words, heads, deps, pos, lemmas = (list(col) for col in zip(*rows, strict=True))
    return Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def _roles(text: str) -> set[tuple[str, str]]:
    x = extract(doc("ALMATY, 3 March 2027\n\nKazakhstan is discussed.\n\n" + text))
    ents = {e.id: e for e in x.entities}
    return {(ents[r.start_id].name, str(r.properties.get("role"))) for r in x.relations if r.type == "PARTICIPATED_IN"}


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
    d = _parsed(
        [
            ("Officials", 1, "nsubj", "NOUN", "official"),
            ("said", 1, "ROOT", "VERB", "say"),
            ("Serikova", 4, "poss", "PROPN", "Serikova"),
            ("'s", 2, "case", "PART", "'s"),
            ("posts", 1, "dobj", "NOUN", "post"),
            (",", 4, "punct", "PUNCT", ","),
            ("in", 9, "prep", "ADP", "in"),
            ("which", 6, "pobj", "PRON", "which"),
            ("she", 9, "nsubj", "PRON", "she"),
            ("described", 4, "relcl", "VERB", "describe"),
            ("the", 11, "det", "DET", "the"),
            ("election", 9, "dobj", "NOUN", "election"),
        ]
    )
    assert not _listener([d[2]], [d[11]], "election")
    told = _parsed(
        [
            ("He", 1, "nsubj", "PRON", "he"),
            ("told", 1, "ROOT", "VERB", "tell"),
            ("her", 1, "dative", "PRON", "she"),
            ("that", 5, "mark", "SCONJ", "that"),
            ("police", 5, "nsubj", "NOUN", "police"),
            ("detained", 1, "ccomp", "VERB", "detain"),
            ("him", 5, "dobj", "PRON", "he"),
        ]
    )
    assert _listener([told[2]], [told[5]], "arrest")
    assert not _listener([told[4]], [told[5]], "arrest")


def test_whom_a_statement_addresses_is_no_mere_listener() -> None:
    d = _parsed(
        [
            ("She", 1, "nsubj", "PRON", "she"),
            ("told", 1, "ROOT", "VERB", "tell"),
            ("him", 1, "dative", "PRON", "he"),
            ("that", 5, "mark", "SCONJ", "that"),
            ("she", 5, "nsubj", "PRON", "she"),
            ("urged", 1, "ccomp", "VERB", "urge"),
            ("reform", 5, "dobj", "NOUN", "reform"),
        ]
    )
    assert _listener([d[2]], [d[5]], "arrest")
    assert not _listener([d[2]], [d[5]], "review")
