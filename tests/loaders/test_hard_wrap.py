"""Hard-wrapped text: a line filled to the wrap width that does not end a sentence continues on
the next line even before a capital, so a charge and its defendants stay in one sentence."""

from __future__ import annotations

from loaders.extract import extract
from loaders.extract.clean import mask
from tests.loaders.conftest import doc

WRAPPED = (
    "Khujand police raided a prayer meeting in a private flat on 3 March and took\n"
    "eleven adults to the station, where officers questioned them for six hours.\n"
    "\n"
    "Court hearings\n"
    "\n"
    "On 5 March, Judge Parviz Nazarov of Khujand City Court fined Mirzo\n"
    "Davlatov, Zarina Safarova and Bahrom Kurbonov under Administrative Code\n"
    "Article 474 for taking part in an unregistered religious meeting in the city.\n"
)


def test_filled_line_joins_the_next_even_before_a_capital() -> None:
    cleaned = mask(WRAPPED)
    assert "fined Mirzo Davlatov" in cleaned
    assert "\nCourt hearings\n" in cleaned  # a short heading line keeps its breaks
    assert len(cleaned) == len(WRAPPED)


def test_unwrapped_prose_keeps_its_line_breaks() -> None:
    text = "A long first paragraph that is written on one line and runs well past the usual width of a wrap.\nSecond."
    assert mask(text) == text


def test_defendants_of_a_wrapped_sentence_are_charged() -> None:
    x = extract(doc(WRAPPED))
    names = {e.id: e.name for e in x.entities}
    charged = {names.get(r.start_id) for r in x.relations if r.type == "CHARGED_UNDER"}
    assert {"Zarina Safarova", "Bahrom Kurbonov"} <= charged
