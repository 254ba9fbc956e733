"""Happenings reported with phrases rather than one trigger word: a law that entered into force or
was approved, talks held, a round table, people who took to the streets, a security operation, an
organization suspended."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from tests.loaders.conftest import doc


def _kinds(text: str) -> dict[str, str]:
    x = extract(doc("ASTANA, 2 September 2023\n\n" + text))
    return {str(e.properties.get("date")): str(e.properties.get("kind")) for e in x.entities if e.label == "Event"}


@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        ("The new Law on Assemblies entered into force on 1 July 2023.", "2023-07-01", "legislation"),
        ("On 12 May 2023, the Senate approved the amendments to the Law on Religion.", "2023-05-12", "legislation"),
        ("On 4 April 2023, the minister held talks with the head of the EU delegation.", "2023-04-04", "meeting"),
        ("On 9 June 2023, the embassy hosted a round table with lawyers in Almaty.", "2023-06-09", "meeting"),
        ("In January 2022, thousands of people took to the streets of Zhanaozen.", "2022-01", "protest"),
        ("A security operation in Khorog in May 2022 left at least 25 people dead.", "2022-05", "crackdown"),
        ("In March 2023, a court in Taraz suspended the independent union for six months.", "2023-03", "ban"),
        ("In 2021 a court in Dushanbe designated the news site an 'extremist organisation'.", "2021", "ban"),
        ("In 2022 prosecutors opened 17 criminal cases against bloggers in Almaty.", "2022", "trial"),
    ],
)
def test_phrase_triggers(sentence: str, date: str, kind: str) -> None:
    assert _kinds(sentence).get(date) == kind


def test_counted_back_from_the_sentence_date_through_a_clause() -> None:
    kinds = _kinds(
        "The media law entered into force on 10 August 2023, three months after it was approved by parliament."
    )
    assert kinds.get("2023-08-10") == "legislation" and kinds.get("2023-05") == "legislation"
