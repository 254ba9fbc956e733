"""Citation forms, hard-wrapped texts and law names (third round on events/laws)."""

from __future__ import annotations

from graph.model import Extraction
from loaders.extract import extract
from loaders.extract.clean import mask
from tests.loaders.conftest import doc, violated


def _x(text: str) -> Extraction:
    return extract(doc(text))


# A newsletter cut at a fixed width of about 70 columns, paragraphs separated by blank lines.
_WRAPPED = """ALMATY, 4 February 2024

Officers of the district police broke up a meeting of a registered charity
in Taraz on 1 February, confiscating leaflets and questioning eleven of its
volunteers for several hours. The charity's director said the raid breached
Article 21 of the ICCPR and also contravened Article 32 of
Kazakhstan's Constitution, which guarantees the right of peaceful assembly.

The volunteers were told that they would be summoned again in March and
that the leaflets would be sent for an expert examination by the police.
Two of them were fined later the same week under the Administrative Code.
"""


def test_hard_wrapped_lines_are_joined() -> None:
    cleaned = mask(_WRAPPED)
    assert len(cleaned) == len(_WRAPPED)
    assert "Article 32 of Kazakhstan's Constitution" in cleaned
    assert "the raid breached Article 21" in cleaned
    # paragraph breaks stay
    assert "right of peaceful assembly.\n\nThe volunteers" in cleaned


def test_line_wrapped_citation_keeps_its_instrument() -> None:
    got = violated(_x(_WRAPPED))
    assert ("Constitution of Kazakhstan", "32") in got
    assert ("ICCPR", "32") not in got


def test_prose_with_long_lines_is_not_rewrapped() -> None:
    text = "Heading line\nA first paragraph that is long enough. " * 3
    assert mask(text) == text


def _laws(x: Extraction) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in x.entities if e.label == "Law"}


def test_numbered_ilo_convention_with_its_subject_title() -> None:
    x = _x(
        "DUSHANBE, 5 May 2024\n\nTajikistan has ratified ILO Convention No. 98 on the Right to Organise and "
        "Collective Bargaining and the Convention against Torture. The dismissal of the strikers "
        "violates Article 1 of ILO Convention No. 98, the union said."
    )
    laws = _laws(x)
    ilo = laws["Right to Organise and Collective Bargaining Convention"]
    assert "ILO Convention No. 98 on the Right to Organise and Collective Bargaining" in ilo
    assert "Convention against Torture" in laws  # not swallowed by the title
    assert ("ILO Convention No. 98", "1") in violated(x)


def test_bring_a_law_into_line_with_an_article() -> None:
    x = _x(
        "TASHKENT, 9 June 2024\n\nThe Law on Public Gatherings requires prior permission for any picket. "
        "In 2022 the UN Human Rights Committee called on the government to bring the Law on Public "
        "Gatherings into line with Article 21 of the ICCPR."
    )
    ents = {e.id: e for e in x.entities}
    got = {(ents[r.start_id].name, ents[r.end_id].name) for r in x.relations if r.type == "VIOLATES"}
    assert ("Law on Public Gatherings", "ICCPR Article 21") in got


def test_capitalized_title_with_from_and_and() -> None:
    laws = _laws(
        _x(
            "BISHKEK, 2 May 2024\n\nThe ministry suspended the outlet under the Law on Protection from "
            "Unlawful Content and Harmful Materials, adopted in 2022."
        )
    )
    assert "Law on Protection from Unlawful Content and Harmful Materials" in laws
    assert "Law on Protection" not in laws


def test_title_does_not_run_into_a_country_or_second_instrument() -> None:
    laws = _laws(
        _x(
            "ASTANA, 2 May 2024\n\nLawyers cited the Law on Freedom of Assembly of Kazakhstan and the "
            "Law on Mass Media and the ICCPR."
        )
    )
    assert "Law on Freedom of Assembly" in laws
    assert "Law on Mass Media" in laws


def test_law_cited_by_issuer_and_quoted_title() -> None:
    x = _x(
        "ASTANA, 2 May 2024\n\nThe march was banned under the Law of the Republic of Kazakhstan "
        '"On the Procedure for Organizing Peaceful Assemblies". Officials said they act in accordance '
        "with the Law of the Republic of Kazakhstan."
    )
    laws = _laws(x)
    name = "Law on the Procedure for Organizing Peaceful Assemblies"
    assert name in laws
    assert "On the Procedure for Organizing Peaceful Assemblies" in laws[name]
    assert not any(n.startswith("Law of the Republic") for n in laws)


def test_footnote_number_is_not_part_of_a_law_name() -> None:
    laws = _laws(_x("BISHKEK, 2 May 2024\n\nThe editor was charged.1\n\n1 Penal Code of Kyrgyzstan, Article 278."))
    assert not any(n.startswith("1 ") for n in laws)


def test_constitutional_order_is_not_the_constitution() -> None:
    laws = _laws(
        _x(
            "DUSHANBE, 2 May 2024\n\nHe faces charges of calls for violent change of the constitutional order "
            "under Article 307 of the Criminal Code."
        )
    )
    assert not any("Constitution" in n for n in laws)


def test_bodies_of_law_are_not_instruments() -> None:
    laws = _laws(
        _x(
            "ASTANA, 2 May 2024\n\nThe committee urged Kazakhstan to amend its public association legislation "
            "and to humanize criminal legislation and labour laws. It welcomed new anti-torture laws."
        )
    )
    assert not any("legislation" in n or n == "labour laws" for n in laws)
    assert "anti-torture laws" in laws


def test_a_countrys_law_in_general_is_not_an_instrument() -> None:
    laws = _laws(
        _x(
            'BISHKEK, 2 May 2024\n\nThe bill copies the Chinese law and resembles the Belarusian "extremism" '
            "legislation, critics said. The Kyrgyz media law was amended in 2023."
        )
    )
    assert not any("Chinese" in n or "Belarusian" in n for n in laws)
    assert any("media law" in n for n in laws)


def test_article_followed_directly_by_an_instrument_acronym() -> None:
    got = violated(
        _x(
            "ASTANA, 2 May 2024\n\nThe ban on the picket breaches articles 19 and 21 ICCPR. "
            "The beating violated Art. 7 ICCPR."
        )
    )
    assert {("ICCPR", "19"), ("ICCPR", "21"), ("ICCPR", "7")} <= got


def test_paragraph_of_a_dated_document() -> None:
    got = violated(
        _x(
            "ASTANA, 2 May 2024\n\nThe dispersal of the rally fell short of paragraphs 9.1 and 9.2 of the 1990 "
            "OSCE Copenhagen Document."
        )
    )
    assert {("Copenhagen Document", "9.1"), ("Copenhagen Document", "9.2")} <= got


def test_law_named_by_its_quoted_title() -> None:
    laws = _laws(
        _x(
            'TASHKENT, 2 May 2024\n\nThe outlet was closed under the law "On Television and Radio". '
            'The president signed the Law "On Amendments to the Law on Public Associations".'
        )
    )
    assert "On Television and Radio" in laws["Law on Television and Radio"]
    assert "Law on Amendments to the Law on Public Associations" in laws
    assert "Law on Public Associations" in laws  # the law named inside the title


def test_hedge_and_open_bracket_stay_out_of_law_names() -> None:
    laws = _laws(
        _x(
            'BISHKEK, 2 May 2024\n\nThe government cited the so-called "LGBT propaganda" law. '
            "The Law on Countering Extremism (2020) is vague."
        )
    )
    assert '"LGBT propaganda" law' in laws
    assert "Law on Countering Extremism" in laws


def _violators(x: Extraction) -> dict[str, str]:
    ents = {e.id: e for e in x.entities}
    return {
        ents[r.end_id].properties.get("number", ""): ents[r.start_id].label + ":" + ents[r.start_id].name
        for r in x.relations
        if r.type == "VIOLATES"
    }


def test_possessive_name_before_the_violating_act() -> None:
    got = _violators(
        _x(
            "ALMATY, 4 February 2024\n\nOn 2 February police detained the poet Daulet Amanov in Almaty. "
            "Amanov's detention violates Article 9 of the ICCPR."
        )
    )
    assert got["9"].startswith("Event:detention")


def test_by_gerund_clause_names_the_act() -> None:
    got = _violators(
        _x("ALMATY, 4 February 2024\n\nBy jamming the broadcasts, the agency violated Article 19 of the ICCPR.")
    )
    assert got["19"] == "Event:Jamming the broadcasts"


def test_country_adjective_before_a_code() -> None:
    laws = _laws(_x("ASTANA, 2 May 2024\n\nHe was fined under Article 405 of the Tajik Criminal Code."))
    assert "Tajik Criminal Code" in laws["Criminal Code of Tajikistan"]


def test_violation_stated_as_a_qualified_wrong() -> None:
    got = violated(
        _x(
            "ALMATY, 4 February 2024\n\nThe confinement of the shepherd amounts to arbitrary detention under "
            "Article 9 of the ICCPR. The whipping of the conscript constitutes ill-treatment within the meaning "
            "of Article 16 of the Convention against Torture. The travel ban interferes with the right to leave "
            "any country under Article 12 of the ICCPR."
        )
    )
    assert {("ICCPR", "9"), ("CAT", "16"), ("ICCPR", "12")} <= got


def test_quoted_law_name_keeps_its_opening_quote() -> None:
    laws = _laws(_x("BISHKEK, 2 May 2024\n\nThe ministry used the “extremism” law again."))
    assert "“extremism” law" in laws
