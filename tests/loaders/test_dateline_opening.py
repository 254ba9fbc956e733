"""A press release's dateline that opens its first paragraph ("CITY, 7 June 2023 – ...") gives the
document's day, from which weekdays and "today" are read."""

from __future__ import annotations

from loaders.extract import extract
from loaders.extract.dates import DocDate, document_date
from tests.loaders.conftest import doc


def test_dateline_before_a_dash() -> None:
    assert document_date("News\n\nBISHKEK, 7 June 2023 – The rapporteur ended her visit.", None) == DocDate(2023, 6, 7)
    assert document_date("Title\n\n(Geneva, June 7, 2023) — The group said ...", None) == DocDate(2023, 6, 7)


def test_weekday_read_from_the_opening_dateline() -> None:
    text = (
        "BISHKEK, 7 June 2023 – The UN Special Rapporteur on torture today ended a visit to Kyrgyzstan.\n\n"
        "On Tuesday, she visited the pretrial detention centre in Naryn.\n"
    )
    dates = {e.properties.get("date") for e in extract(doc(text)).entities if e.label == "Event"}
    assert "2023-06-06" in dates
