"""Document dates from bracketed and byline datelines, and dates written without a year read
against the document's date: a month after it is last year's unless the wording looks ahead."""

from __future__ import annotations

from loaders.extract.dates import DocDate, document_date, find_dates


def test_dateline_with_the_date_in_brackets_after_the_place() -> None:
    text = "Press releases\n\nGENEVA (14 May 2027) – The expert ended her visit to the country."
    assert document_date(text, None) == DocDate(2027, 5, 14)


def test_byline_ending_in_an_abbreviated_date() -> None:
    text = "NEWS DESK\n\nA headline about a court\n\nMarat Oskenbayev Feb 3, 2027\n\nOn Monday a court ..."
    assert document_date(text, None) == DocDate(2027, 2, 3)
    assert document_date("Title\n\nBy Lena Park Sept. 12, 2024\n\nText.", None) == DocDate(2024, 9, 12)


def _iso(text: str, doc: DocDate) -> list[str]:
    return [d.iso for d in find_dates(text, doc.year, doc)]


def test_month_after_the_document_date_is_last_years() -> None:
    doc = DocDate(2027, 1, 10)
    assert _iso("The editor was detained on November 3 at his flat.", doc) == ["2026-11-03"]
    assert _iso("Police searched the office in December.", doc) == ["2026-12"]
    # before the document's date: this year's
    assert _iso("He was released on January 4.", doc) == ["2027-01-04"]


def test_month_with_wording_that_looks_ahead() -> None:
    doc = DocDate(2027, 11, 20)
    assert _iso("The appeal is scheduled to be heard by the regional court in Osh on 15 January.", doc) == [
        "2028-01-15"
    ]
    assert _iso("She was placed under house arrest until December 9.", doc) == ["2027-12-09"]


def test_weekday_after_a_scheduling_word_is_the_next_one() -> None:
    doc = DocDate(2027, 3, 10)  # a Wednesday
    assert _iso("The next hearing is scheduled for Friday.", doc) == ["2027-03-12"]
    assert _iso("On Friday the court adjourned the hearing.", doc) == ["2027-03-05"]


def test_seasons_give_a_year() -> None:
    assert _iso("Since last spring, his relatives have been barred from leaving.", DocDate(2027, 11, 2)) == ["2027"]
    assert _iso("Since last spring, his relatives have been barred from leaving.", DocDate(2027, 4, 2)) == ["2026"]
    assert _iso("The law will be debated next autumn.", DocDate(2027, 12, 1)) == ["2028"]


def test_abbreviated_months_in_the_text() -> None:
    doc = DocDate(2027, 3, 3)
    assert _iso("Police detained him on Jan. 5, 2027 and released him on Feb. 2.", doc) == ["2027-01-05", "2027-02-02"]
    assert _iso("On 5 Sept 2026 the court fined her.", doc) == ["2026-09-05"]
    assert _iso("Row Mar 3 of the table is empty.", doc) == []  # no full stop, no year: not a date


def test_wording_inside_an_earlier_quote_does_not_look_ahead() -> None:
    doc = DocDate(2027, 2, 12)
    assert _iso('"Our office will keep working," the editor said outside the court on 8 February.', doc) == [
        "2027-02-08"
    ]


def test_a_weekday_used_attributively_is_not_a_date() -> None:
    doc = DocDate(2027, 6, 12)
    assert _iso("Police raided a Sunday morning meeting for worship on 18 May.", doc) == ["2027-05-18"]
    assert _iso("Officers watched the mosque every Friday.", doc) == []
    assert _iso("The pastor was detained on Sunday.", doc) == ["2027-06-06"]
