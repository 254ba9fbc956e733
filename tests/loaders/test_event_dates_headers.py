"""Event dates on unseen text: the document date read from a submission's header, so a yearless
date in the body takes the document's year, not a later year the text mentions."""

from __future__ import annotations

from loaders.extract.dates import DocDate, document_date, find_dates

_SUBMISSION = (
    "ALTERNATIVE REPORT ON FREEDOM OF THE PRESS\n\n"
    "Report to the Treaty Committee for its review of Freedonia (90th session, April 2031)\n\n"
    "Submitted on 5 October 2030 by the Example Press Institute, Utopolis\n\n"
    "1. On 12 May officers searched the newsroom of a weekly paper.\n"
)


def test_submitted_on_header_is_the_document_date() -> None:
    assert document_date(_SUBMISSION, None) == DocDate(2030, 10, 5)


def test_yearless_date_takes_the_submission_year_not_a_later_session() -> None:
    doc = document_date(_SUBMISSION, None)
    assert doc is not None
    dates = find_dates("On 12 May officers searched the newsroom.", doc.year, doc)
    assert [d.iso for d in dates] == ["2030-05-12"]


def test_sent_header_in_a_letter() -> None:
    text = "To: The Minister of Justice\nSent: 14 February 2029\n\nDear Minister,\nWe write about ...\n"
    assert document_date(text, None) == DocDate(2029, 2, 14)
