"""Document dates from datelines in capitals, with several places, or with a time of publication."""

from __future__ import annotations

from loaders.extract.dates import DocDate, document_date


def test_dateline_with_month_in_capitals_and_two_places() -> None:
    text = "OPEN LETTER\n\nALMATY / GENEVA, 14 OCTOBER 2024 –\n\nDear Minister, ..."
    assert document_date(text, None) == DocDate(2024, 10, 14)


def test_date_line_with_time_of_publication() -> None:
    text = "Kyrgyz Service\nHeadline Of The Story\n\nJune 3, 2024 09:15 GMT\nBy A. Writer\n\nBISHKEK -- On Monday ..."
    assert document_date(text, None) == DocDate(2024, 6, 3)


def test_capitalized_month_word_alone_is_not_a_date() -> None:
    text = "MAY DAY RALLY\n\nWorkers marched in 2023."
    assert document_date(text, None) == DocDate(2023)


def _events(text: str) -> dict[str, str | None]:
    from loaders.extract import extract
    from tests.loaders.conftest import doc

    x = extract(doc(text))
    return {e.name: e.properties.get("date") for e in x.entities if e.label == "Event"}


def test_adoption_of_a_law_takes_the_year_the_text_gives_the_law() -> None:
    evs = _events(
        "TASHKENT, 3 March 2024\n\nUnder the 2018 Assembly Law, every picket needs a permit.\n\n"
        'Asked about permits, the official said: "Parliament passed the Assembly Law." '
    )
    assert any(n.startswith("Parliament passed") and d == "2018" for n, d in evs.items())


def test_law_year_from_adopted_in_clause() -> None:
    evs = _events(
        "ASTANA, 3 March 2024\n\nThe Law on Public Gatherings, adopted in 2020, sets strict rules.\n\n"
        "Critics recall that the Senate approved the Law on Public Gatherings without debate."
    )
    assert any(n.startswith("Senate approved") and d == "2020" for n, d in evs.items())


def test_month_after_for_before_after() -> None:
    from loaders.extract.dates import find_dates

    got = find_dates("a review scheduled for November and talks set before December", 2024, DocDate(2024, 9, 1))
    assert [d.iso for d in got] == ["2024-11", "2024-12"]


def test_numeric_and_ordinal_dates() -> None:
    from loaders.extract.dates import find_dates

    doc_day = DocDate(2024, 6, 20)
    assert [d.iso for d in find_dates("searched on 05.06.2024 and again on 2024-06-09", 2024, doc_day)] == [
        "2024-06-05",
        "2024-06-09",
    ]
    assert [d.iso for d in find_dates("sentenced on the 3rd of June 2024", 2024, doc_day)] == ["2024-06-03"]


def test_days_and_weeks_ago() -> None:
    from loaders.extract.dates import find_dates

    doc_day = DocDate(2024, 6, 3)
    assert [d.iso for d in find_dates("he was detained four days ago", 2024, doc_day)] == ["2024-05-30"]
    assert [d.iso for d in find_dates("police raided the office last week", 2024, doc_day)] == ["2024-05"]
    assert [d.iso for d in find_dates("released three weeks ago", 2024, doc_day)] == ["2024-05"]


def test_more_dateline_forms() -> None:
    assert document_date("Published 04.06.2024\n\nText", None) == DocDate(2024, 6, 4)
    assert document_date("Date: 2024-06-04\n\nText", None) == DocDate(2024, 6, 4)
    assert document_date("Posted on Tuesday, June 4, 2024\n\nText", None) == DocDate(2024, 6, 4)
    assert document_date("Tuesday 4 June 2024\n\nText", None) == DocDate(2024, 6, 4)
    assert document_date("4 June 2024 | Statements\n\nText", None) == DocDate(2024, 6, 4)
    assert document_date("Dushanbe (AP) June 4, 2024 - Police said ...", None) == DocDate(2024, 6, 4)
