"""'the following morning', 'two days later': a day counted from the last dated happening."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc


def _dates(text: str) -> set[str]:
    x = extract(doc(text))
    return {str(e.properties.get("date")) for e in x.entities if e.label == "Event"}


def test_following_morning_is_the_next_day() -> None:
    text = (
        "Almaty, 20 May 2024\n\n"
        "On 4 March 2024, police dispersed a protest of miners in Satpayev. "
        "The union leader Kanat Serikov was arrested at his home the following morning.\n"
    )
    assert "2024-03-05" in _dates(text)


def test_days_later() -> None:
    text = "On 10 June 2023, Bolat Ismailov was detained in Taraz. Two days later he was charged with hooliganism.\n"
    assert "2023-06-12" in _dates(text)
