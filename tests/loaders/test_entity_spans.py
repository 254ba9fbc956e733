"""Organization spans: a leading date glued on by the tagger is not part of the name; an
institution's number after "No." (even wrapped to the next line) is; one character is no name."""

from loaders.extract import extract
from loaders.extract.mentions import trim
from tests.loaders.conftest import doc


def _orgs(text: str) -> set[str]:
    x = extract(doc(text))
    return {e.name for e in x.entities if e.label == "Organization"}


def test_trim_drops_leading_date_before_determiner() -> None:
    for t, want in [
        ("17 March the Harbour District Court", "Harbour District Court"),
        ("On 2 April 2021 the Guild of Notaries", "Guild of Notaries"),
        ("June the Association of River Pilots", "Association of River Pilots"),
    ]:
        s, e = trim(t, 0, len(t))
        assert t[s:e] == want


def test_trim_keeps_month_like_given_name() -> None:
    t = "June Petrova"
    assert trim(t, 0, len(t)) == (0, len(t))


def test_dated_clause_org_is_named_without_date() -> None:
    orgs = _orgs("On 17 March the Harbour District Court fined the editor Olga Semyonova for a post.")
    assert not any("March" in o for o in orgs)


def test_institution_number_after_no_is_part_of_the_name() -> None:
    orgs = _orgs("Judge Marat Ospanov of the Harbour District Court No. 4 fined the editor Olga Semyonova.")
    assert "Harbour District Court No. 4" in orgs


def test_institution_number_wrapped_to_next_line() -> None:
    orgs = _orgs("Ms Olga Semyonova, a teacher at Riverside Secondary School No.\n12, was fined on 3 May.")
    assert "Riverside Secondary School No. 12" in orgs


def test_one_character_is_no_organization() -> None:
    from loaders.extract.entities import not_an_org

    assert not_an_org("I")
    assert not not_an_org("UN")
