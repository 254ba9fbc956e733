"""Articles cited before the one instrument their sentence names, a law's year after its title,
and a treaty's name inside an organization's name."""

from __future__ import annotations

from graph.model import Extraction
from loaders.extract import extract
from tests.loaders.conftest import doc, rels, violated


def _x(text: str) -> Extraction:
    return extract(doc("GENEVA, 3 March 2027\n\n" + text))


def _laws(x: Extraction) -> dict[str, dict[str, object]]:
    return {e.name: e.properties for e in x.entities if e.label == "Law"}


def test_articles_before_the_instrument_they_belong_to() -> None:
    x = _x(
        "The Committee found that holding her incommunicado violated the prohibition of torture (Art. 7), "
        "the right to liberty (art. 9) and freedom of expression (ICCPR, Article 19)."
    )
    assert {("ICCPR", "7"), ("ICCPR", "9"), ("ICCPR", "19")} <= violated(x)


def test_articles_before_two_instruments_stay_unassigned() -> None:
    x = _x(
        "The conviction violated the right to a fair trial (art. 14) as protected by the ICCPR and "
        "Article 5 of the Constitution of Kazakhstan."
    )
    assert ("ICCPR", "14") not in violated(x)


def test_year_after_a_law_title_is_its_year() -> None:
    laws = _laws(_x("Her main concern is the Law on Countering Extremism of 2020, which parliament amended."))
    assert "Law on Countering Extremism" in laws
    assert laws["Law on Countering Extremism"].get("year") == 2020


def test_treaty_inside_an_organization_name_is_not_a_law() -> None:
    x = _x("Kazakhstan is a member of the Russia-led Collective Security Treaty Organization (CSTO).")
    assert not _laws(x)
    assert "Collective Security Treaty" in _laws(_x("The Collective Security Treaty was signed in 1992."))


def test_copenhagen_document_is_cited_by_its_short_name() -> None:
    x = _x("These restrictions fall short of paragraph 9.3 of the 1990 Copenhagen Document.")
    assert ("Copenhagen Document", "9.3") in violated(x)


def test_part_of_an_article_is_not_an_article() -> None:
    x = _x("He was charged under Part 2 of Article 330 of the Criminal Code of the Kyrgyz Republic.")
    numbers = {e.properties.get("number") for e in x.entities if e.label == "Article"}
    assert numbers == {"330"}


def test_nobody_is_charged_under_a_treaty() -> None:
    x = _x("The conviction contravened articles 14 and 19 of the International Covenant on Civil and Political Rights.")
    assert not rels(x, "CHARGED_UNDER")
    assert {a for _s, a in rels(x, "VIOLATES")} == {"ICCPR Article 14", "ICCPR Article 19"}


def test_instrument_whose_articles_are_cited_is_not_violated_as_a_whole_too() -> None:
    x = _x("The ban breached articles 19 and 21 of the International Covenant on Civil and Political Rights (ICCPR).")
    assert {a for _s, a in rels(x, "VIOLATES")} == {"ICCPR Article 19", "ICCPR Article 21"}


def _articles(x: Extraction) -> set[tuple[str, str]]:
    return {(e.properties["instrument"], e.properties["number"]) for e in x.entities if e.label == "Article"}


def test_an_article_of_an_unread_instrument_is_not_given_to_another() -> None:
    x = _x("Article 3 of the law violates Article 18 of the ICCPR.")
    assert _articles(x) == {("ICCPR", "18")}


def test_an_article_of_the_convention_named_earlier_in_the_sentence() -> None:
    x = _x("The Convention against Torture bans torture; coerced confessions violate Article 15 of that convention.")
    assert ("CAT", "15") in violated(x)


def test_the_capitalized_constitution_of_the_country_of_the_text() -> None:
    x = _x(
        "Such practices in Kazakhstan violate Article 7 of the Convention against Torture and Article 17 of the "
        "Constitution."
    )
    assert {("CAT", "7"), ("Constitution of Kazakhstan", "17")} <= violated(x)


def test_martial_law_and_codes_of_conduct_are_not_instruments() -> None:
    assert not _laws(_x("Martial law was declared in the region on 3 February."))
    assert not _laws(_x("The Code of Conduct for journalists was adopted by the union."))
    assert "Law on Emergency Situations" in _laws(_x("The Law on Emergency Situations was amended."))
