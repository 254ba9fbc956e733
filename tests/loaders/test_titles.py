"""Document titles: the headline of a page, not its furniture, navigation, byline or date."""

from __future__ import annotations

from loaders.reader import document_title, from_text


def title(*lines: str) -> str:
    return document_title("\n".join(lines) + "\n\nBody text of the report follows here.", "fallback")


def test_furniture_navigation_and_site_names_are_passed_over() -> None:
    assert (
        title(
            "Click here to complete our survey",
            "Rights Monitor | Press releases | Central Asia",
            "Share: Facebook | X | Telegram",
            "Kyrgyzstan: Court jails two reporters over a satirical video",
        )
        == "Kyrgyzstan: Court jails two reporters over a satirical video"
    )
    assert (
        title(
            "Eurasia Rights Network | Office of the Director",
            "Home > News > Statements",
            "Judge orders release of ten miners",
        )
        == "Judge orders release of ten miners"
    )


def test_a_section_label_before_a_headline_is_kept_out_but_a_headline_with_a_section_is_kept() -> None:
    assert title("ANALYSIS", "How a new NGO law empties the newsrooms") == "How a new NGO law empties the newsrooms"
    assert title("Opinion | Why the region's reformers still jail their critics").startswith("Opinion | Why")


def test_bylines_dates_and_agency_lines_are_not_titles() -> None:
    assert (
        title("RIGHTS WIRE SERVICE, Vienna, Austria", "By Jane Roe", "12 March 2025", "Police raid a church in Nukus")
        == "Police raid a church in Nukus"
    )


def test_a_wrapped_headline_is_joined() -> None:
    assert (
        title("Tajikistan: defenders work under permanent threat, UN expert", "warns at end of visit")
        == "Tajikistan: defenders work under permanent threat, UN expert warns at end of visit"
    )


def test_a_text_that_opens_with_prose_gets_its_first_line_cut_at_a_word() -> None:
    prose = "On 3 May, " + "the court heard the case of the miners and their lawyers again " * 5 + "today."
    got = document_title(prose, "fallback")
    assert got.endswith("…") and len(got) <= 161 and got.startswith("On 3 May, the court")
    assert not got[:-1].endswith(" ")


def test_a_title_given_by_the_caller_wins() -> None:
    d = from_text("Click here to subscribe\nAlmaty court jails activists\n\nText.", title="Given")
    assert d.title == "Given"
    assert from_text("Click here to subscribe\nAlmaty court jails three activists\n\nText.").title == (
        "Almaty court jails three activists"
    )
