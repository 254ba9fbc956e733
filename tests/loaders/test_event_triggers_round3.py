"""Event triggers for strikes, raids, fines and appeals."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc


def _kinds(text: str) -> dict[str, str]:
    x = extract(doc("ASTANA, 3 March 2024\n\n" + text))
    return {e.name: e.properties.get("kind", "") for e in x.entities if e.label == "Event"}


def test_stopping_work_is_a_strike() -> None:
    kinds = _kinds("On 12 January about 600 miners stopped work at the Zhanatas pit over unpaid wages.")
    assert "protest" in kinds.values()


def test_raid_is_a_crackdown() -> None:
    kinds = _kinds("On 2 February police raided the office of a small charity in Shymkent.")
    assert "crackdown" in kinds.values()


def test_fined_is_a_sentence() -> None:
    kinds = _kinds("On 5 February a district judge fined three pensioners for an unsanctioned picket.")
    assert "sentencing" in kinds.values()


def test_appeal_court_upholding_a_verdict_is_a_trial() -> None:
    kinds = _kinds("The regional court upheld the verdict on 9 February.")
    assert "trial" in kinds.values()


def test_remand_is_a_detention_and_searched_is_a_crackdown() -> None:
    kinds = _kinds(
        "On 1 February a judge remanded the blogger in custody. The same day officers searched his flat. "
        "Relatives began a search for a lawyer."
    )
    assert "arrest" in kinds.values()
    assert sum(1 for k in kinds.values() if k == "crackdown") == 1  # the verb, not "a search for a lawyer"
