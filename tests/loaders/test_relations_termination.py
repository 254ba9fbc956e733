"""A criticized person named as the object itself: the walk up the parse from the person's
token must stop at the object (it used to compare spaCy tokens by identity, which never
holds, and looped at the root)."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from loaders.extract import extract
from tests.loaders.conftest import doc


@pytest.fixture
def deadline() -> Iterator[None]:
    def fail(_signum: int, _frame: object) -> None:
        raise TimeoutError("extraction did not finish in 30 s")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_criticism_of_a_person_terminates(deadline: None) -> None:
    x = extract(
        doc(
            "Human Rights Watch criticized Interior Minister Erlan Turgumbayev on Monday. "
            "Freedom House condemned the detention of Aigerim Tulegenova, a reporter.\n"
        )
    )
    names = {e.id: e.name for e in x.entities}
    criticized = {(names.get(r.start_id), names.get(r.end_id)) for r in x.relations if r.type == "CRITICIZED"}
    assert ("Human Rights Watch", "Erlan Turgumbayev") in criticized
    # the person a criticized happening befell is not criticized
    assert ("Freedom House", "Aigerim Tulegenova") not in criticized
