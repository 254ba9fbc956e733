"""A speaker telling an actor what it should do calls on it ("X should ..., said Y")."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, rels


def test_quoted_should_is_a_call_by_the_speaker() -> None:
    x = extract(
        doc(
            "Police in Kazakhstan detained the activist Marat Bekov on 4 March 2024.\n\n"
            '"Nobody should be jailed for a post," said Dina Orlova, a researcher at Amnesty International. '
            "Amnesty International said the European Union should raise his case.\n"
        )
    )
    called = rels(x, "CALLED_ON")
    assert ("Amnesty International", "European Union") in called
    assert not any(s == "Dina Orlova" for s, _ in called)  # "nobody" is no actor


def test_quotation_continued_from_the_sentence_before() -> None:
    x = extract(
        doc(
            "Police in Kazakhstan detained the activist Marat Bekov on 4 March 2024.\n\n"
            '"This is an outrage," Dina Orlova said. "The Council of Europe must speak up."\n'
        )
    )
    assert ("Dina Orlova", "Council of Europe") in rels(x, "CALLED_ON")


def test_unquoted_should_in_a_signed_piece_is_the_authors_call() -> None:
    x = extract(doc("Opinion\n\nBy Farida Usmonova\n\nThe Council of Europe should suspend the talks in 2025.\n"))
    assert ("Farida Usmonova", "Council of Europe") in rels(x, "CALLED_ON")


def test_should_without_a_speaker_is_no_call() -> None:
    x = extract(doc("Amnesty International published a report. The Council of Europe should act in 2025.\n"))
    assert not rels(x, "CALLED_ON")
