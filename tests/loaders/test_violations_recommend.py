"""Violations stated by treaty-body prose: a recommendation to bring a practice in line with a
treaty article, "may amount to a failure to exercise due diligence under article N", and the
subject of "X remained concerned about Y, which ..." (Y, not the body that is concerned)."""

from __future__ import annotations

from graph.model import Extraction
from loaders.extract import extract
from tests.loaders.conftest import doc, violated
from tests.loaders.test_violations_general import _violators


def _x(text: str) -> Extraction:
    return extract(doc("GENEVA, 14 May 2025\n\n" + text))


def test_recommendation_in_line_with_a_treaty_article() -> None:
    x = _x(
        "The Committee against Torture urged the State party to give the ombudsman unhindered access "
        "to police stations in line with article 2 of the Convention against Torture."
    )
    assert ("CAT", "2") in violated(x)
    assert not any(v.startswith(("The Committee", "Committee")) for v in _violators(x))


def test_recommended_remedy_under_an_article() -> None:
    x = _x(
        "The Committee recommended that the State party pay compensation under article 14 of the "
        "Convention against Torture to the victims."
    )
    assert ("CAT", "14") in violated(x)


def test_a_domestic_article_in_a_recommendation_is_not_violated() -> None:
    x = _x("The government should repeal Article 130 of the Criminal Code of Kyrgyzstan.")
    assert violated(x) == set()


def test_failure_of_due_diligence_and_the_subject_of_concern() -> None:
    x = _x(
        "The Committee against Torture remained concerned about the rare prosecutions for forced marriage, "
        "which may amount to a failure to exercise due diligence under article 16 of the Convention against Torture."
    )
    assert ("CAT", "16") in violated(x)
    assert not any("Committee" in v for v in _violators(x))
