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
