"""A month before the happening it names ("the June presidential election", "the March protests")
is a date, with the year of its context."""

from __future__ import annotations

from loaders.extract.dates import find_dates


def test_month_naming_an_election() -> None:
    ds = find_dates("Two reporters were refused accreditation to cover the April parliamentary elections.", 2021)
    assert [d.iso for d in ds] == ["2021-04"]


def test_month_naming_protests_takes_the_year_written_before() -> None:
    ds = find_dates("In 2016 the government blamed foreign agents for the May land protests.", 2019)
    assert [d.iso for d in ds] == ["2016", "2016-05"]


def test_a_month_as_a_name_is_not_a_date() -> None:
    assert find_dates("The May Day parade and the June Foundation report were cancelled.", 2021) == []
