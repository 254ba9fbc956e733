"""A body's seat given after it in a list ("X (SRF), Almaty, and Y, Vienna") and a unit named
with another body's possessive ("RFE/RL's Kyrgyz Service")."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, rels


def test_city_after_a_body_in_a_list_is_its_seat() -> None:
    x = extract(
        doc(
            "Submitted on 2 May 2026 by the Steppe Rights Foundation (SRF), Almaty, and Freedom House, "
            "Osh.\n\nThe submission concerns the new media law."
        )
    )
    located = rels(x, "LOCATED_IN")
    assert ("Steppe Rights Foundation", "Almaty") in located
    assert ("Freedom House", "Osh") in located


def test_city_in_a_running_list_of_places_is_not_a_seat() -> None:
    # the city opens a phrase of its own ("Almaty police"), so the comma does not give a seat
    x = extract(doc("The statement was signed by Human Rights Watch, Almaty activists and lawyers."))
    assert ("Human Rights Watch", "Almaty") not in rels(x, "LOCATED_IN")


def test_unit_named_with_a_possessive_is_member_of_its_body() -> None:
    x = extract(
        doc(
            "Radio Free Europe/Radio Liberty (RFE/RL) reported the arrest. "
            "RFE/RL's Tajik Service said its correspondent was held for two days."
        )
    )
    units = rels(x, "MEMBER_OF")
    assert any(s.endswith("Tajik Service") for s, o in units if o.startswith("Radio Free Europe")), units
