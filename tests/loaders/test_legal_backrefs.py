"""Violation statements: which instrument "the Covenant" refers back to (in a text addressed to or issued by one
treaty body, that body's treaty, even when another covenant was named more recently), and "interferes with"."""

from __future__ import annotations

from loaders.extract import extract
from tests.loaders.conftest import doc, violated


def test_treaty_body_document_reads_the_covenant_as_its_treaty() -> None:
    text = (
        "Shadow report to the UN Human Rights Committee on Turkmenistan\n\n"
        "B. Right to work and to education (ICCPR art. 25; ICESCR arts. 6 and 13)\n\n"
        "4. The dismissal of the teachers of the village school violates article 25 of the Covenant."
    )
    got = violated(extract(doc(text)))
    assert ("ICCPR", "25") in got
    assert ("ICESCR", "25") not in got


def test_without_a_treaty_body_the_latest_covenant_is_meant() -> None:
    text = (
        "The report cites the International Covenant on Economic, Social and Cultural Rights (ICESCR). "
        "The dismissal of the teachers of the village school violates article 6 of the Covenant."
    )
    assert ("ICESCR", "6") in violated(extract(doc(text)))


def test_interfering_with_a_protected_freedom_is_a_violation() -> None:
    text = (
        "The closure of the clinic interferes with the freedom of patients, "
        "protected by ICESCR art. 12(1), to obtain care."
    )
    assert ("ICESCR", "12") in violated(extract(doc(text)))
