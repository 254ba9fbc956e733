"""Dates: the document's own date, relative dates, ranges, context years."""

from __future__ import annotations

from graph.model import Extraction
from loaders.extract import extract
from loaders.extract.dates import DocDate, document_date, find_dates
from tests.loaders.conftest import doc


def _isos(text: str, year: int | None = 2024, d: DocDate | None = None, months=None) -> list[str]:
    return [m.iso for m in find_dates(text, year, d, months)]


def _event_dates(x: Extraction) -> set[str]:
    return {e.properties.get("date") for e in x.entities if e.label == "Event"}


def test_dateline_gives_the_document_date() -> None:
    assert document_date("Title\n\nBishkek, 12 February 2024\n\nText in 2025 plans.", None) == DocDate(2024, 2, 12)
    assert document_date("Title\nALMATY, November 21, 2024\nBody.", None) == DocDate(2024, 11, 21)
    assert document_date("Posted on 3 May 2021 by staff. In 2019 ...", None) == DocDate(2021, 5, 3)
    assert document_date("x", "2020-06-01") == DocDate(2020, 6, 1)


def test_said_today_gives_day_and_month() -> None:
    d = document_date("Governments should act, the group said today 4 November. In 2019 it reported.", None)
    assert d == DocDate(2019, 11, 4)


def test_years_ago_sets_the_document_year() -> None:
    assert document_date("Two years ago, in July 2022, people protested. In 2023 a court ruled.", None) == DocDate(2024)


def test_weekdays_resolve_to_the_latest_such_day_before_the_document_date() -> None:
    d = DocDate(2024, 2, 12)  # a Monday
    assert _isos("since his arrest last Tuesday", d=d) == ["2024-02-06"]
    assert _isos("A court on Tuesday sentenced", d=DocDate(2024, 11, 21)) == ["2024-11-19"]
    assert _isos("on Tuesday", d=None) == []  # no document date: unresolved


def test_relative_years_and_months() -> None:
    d = DocDate(2024, 2, 12)
    assert _isos("detained this year", d=d) == ["2024"]
    assert _isos("adopted last year", d=d) == ["2023"]
    assert _isos("blocked last month", d=d) == ["2024-01"]
    assert _isos("founded ten years ago", d=d) == ["2014"]
    assert _isos("said yesterday", d=d) == ["2024-02-11"]


def test_ranges_give_their_start() -> None:
    assert _isos("which I undertook from 20 November to 1 December 2023 at the invitation") == ["2023-11-20"]
    assert _isos("visit to Tajikistan, 20 November – 1 December 2023") == ["2023-11-20"]
    assert _isos("on December 5-6, 2019") == ["2019-12-05"]
    assert _isos("dispersed the crowds on 1 and 2 July", months={7: 2022}) == ["2022-07-01"]


def test_month_without_year_takes_the_sentence_or_paragraph_year() -> None:
    assert _isos("in 2022 its reporters documented the unrest in October of that year") == ["2022", "2022-10"]
    assert _isos("In June, people were detained", year=2019) == ["2019-06"]
    assert _isos("In June, people were detained", year=2019, months={6: 2016}) == ["2016-06"]


def test_event_dates_in_a_document() -> None:
    x = extract(
        doc(
            "Rights group: free the journalist\n\nBishkek, 12 February 2024\n\n"
            "The journalist Azamat Dzhumabaev has been held since his arrest last Tuesday.\n\n"
            "In July 2022, thousands protested in Nukus. Security forces killed 21 people on 1 and 2 July. "
            "Police detained 500 protesters.\n"
        )
    )
    dates = _event_dates(x)
    assert "2024-02-06" in dates
    assert "2022-07-01" in dates
    assert "2024-07-01" not in dates


def test_undated_event_takes_the_date_of_the_sentence_before() -> None:
    x = extract(
        doc(
            "The two activists were detained on 6 October 2024 in Almaty. "
            "Police detained 14 protesters, most of whom were released within hours.\n"
        )
    )
    ev = [
        e for e in x.entities if e.label == "Event" and "14 protesters" in " ".join(m.evidence.text for m in e.mentions)
    ]
    assert ev and all(e.properties.get("date") == "2024-10-06" for e in ev)
