from loaders.extract.clean import is_heading, mask


def test_mask_keeps_length_and_offsets() -> None:
    text = "escalation in violence towards journalists’.143 Generally, the (UDHR)97 and charges247 stand."
    out = mask(text)
    assert len(out) == len(text)
    assert "143" not in out and "97" not in out and "247" not in out
    # untouched characters stay where they were
    i = text.index("Generally")
    assert out[i : i + 9] == "Generally"


def test_footnotes_after_years_and_punctuation() -> None:
    text = "Dozens were prosecuted in 2019.135 As of late November 2019244 (see Appendix), society;101 has"
    out = mask(text)
    assert "2019." in out and "135" not in out
    assert "November 2019 " in out and "244" not in out
    assert "society;" in out and "101" not in out


def test_numbers_that_are_not_footnotes_survive() -> None:
    text = "COVID-19 and G20 with 3.5 per cent, 4,000 people, Article 19 and C5+1."
    assert mask(text) == text


def test_page_furniture_lines_blanked() -> None:
    text = (
        "Click here to complete our Survey\nReal sentence here.\n"
        "Sign up to our Newsletter\nCredit: X / Shutterstock.com"
    )
    out = mask(text)
    assert out.splitlines()[1] == "Real sentence here."
    assert out.splitlines()[0].strip() == "" and out.splitlines()[2].strip() == ""
    assert out.splitlines()[3].strip() == ""


def test_line_wrap_inside_sentence_becomes_space() -> None:
    text = "the authorities\nrejected it."
    assert mask(text) == "the authorities rejected it."


def test_heading() -> None:
    assert is_heading("Freedom of assembly")
    assert not is_heading("Kazakhstan invited Maina Kiai to study its adherence to the rights.")
