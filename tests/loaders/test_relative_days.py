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


def test_months_and_years_later() -> None:
    text = (
        "On 4 March 2021, a court in Osh convicted the blogger Timur Aliev. Three months later, Aliev was released.\n"
    )
    assert "2021-06" in _dates(text)
    text = (
        "In 2019 parliament adopted the law on foreign funding. "
        "The following year, police detained the heads of three NGOs in Bishkek.\n"
    )
    assert "2020" in _dates(text)


def test_the_end_of_that_year() -> None:
    text = (
        "In March 2022 the authorities blocked the website of the newspaper Asia Plus. "
        "At the end of the year, six journalists were detained in Dushanbe.\n"
    )
    assert "2022" in _dates(text)


def test_the_authors_own_visit_is_in_the_documents_year() -> None:
    text = (
        "DUSHANBE, 14 April 2023\n\n"
        "End of mission statement of the Special Rapporteur.\n\n"
        "I visited the women's prison in Nurek and spoke with several detainees in private.\n"
    )
    assert "2023" in _dates(text)


def test_a_duration_before_a_happening_is_not_an_offset() -> None:
    text = "The president, who ruled the country for 30 years before his resignation in March 2019, kept his seat.\n"
    assert {d for d in _dates(text) if d != "None"} == {"2019-03"}
