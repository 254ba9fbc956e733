"""Citation forms read by the extractor, through the public entry point."""

from __future__ import annotations

from graph.model import Extraction, make_id
from loaders.extract import extract
from tests.loaders.conftest import doc, violated


def _articles(x: Extraction) -> set[tuple[str, str]]:
    return {(e.properties["instrument"], e.properties["number"]) for e in x.entities if e.label == "Article"}


def test_parenthesized_articles_with_plural_and_lists() -> None:
    x = extract(
        doc(
            "Restrictions on trade union activity and freedom of association violate rights enshrined in the "
            "UDHR (Articles 20, 23), the ICCPR (Articles 9), and Kazakhstan’s constitution (Article 23) "
            "and trade union law (Articles 4, 7)."
        )
    )
    want = {
        ("UDHR", "20"),
        ("UDHR", "23"),
        ("ICCPR", "9"),
        ("Constitution of Kazakhstan", "23"),
        ("trade union law", "4"),
        ("trade union law", "7"),
    }
    assert want <= _articles(x)
    assert want <= violated(x)


def test_art_abbreviation_and_following_article_inherit_the_code() -> None:
    x = extract(
        doc(
            "Amend criminal code art. 174 on inciting discord and art. 274, which broadly prohibits "
            "disseminating knowingly false information, so as to prevent arbitrary prosecutions "
            "in Kazakhstan."
        )
    )
    arts = _articles(x)
    assert {n for _, n in arts} >= {"174", "274"}
    assert all(i.startswith("Criminal Code") for i, _ in arts)


def test_article_of_the_code() -> None:
    x = extract(doc("He was charged under Article 174 of the Criminal Code of Kazakhstan in 2016."))
    assert ("Criminal Code of Kazakhstan", "174") in _articles(x)


def test_article_id_is_shared_across_documents() -> None:
    a = extract(doc("Torture is prohibited under the UDHR (Article 5), a rule often ignored."))
    b = extract(doc("The ill-treatment of detainees violates the Universal Declaration of Human Rights (Article 5)."))
    ida = {e.id for e in a.entities if e.label == "Article"}
    idb = {e.id for e in b.entities if e.label == "Article"}
    assert ida == idb == {make_id("Article", "UDHR 5")}


def test_rights_only_for_cited_articles_and_part_of() -> None:
    x = extract(doc("Restrictions on the press violate the right to freedom of expression in the ICCPR (Article 19)."))
    rights = {e.name for e in x.entities if e.label == "Right"}
    assert rights == {"Freedom of expression"}
    types = {r.type for r in x.relations}
    assert {"PART_OF", "PROTECTS", "VIOLATES"} <= types


def test_instrument_without_article_is_violated_as_a_law() -> None:
    x = extract(
        doc(
            "The government falls short of commitments in the OSCE Copenhagen Document to hold genuinely "
            "democratic elections."
        )
    )
    laws = {e.id: e.name for e in x.entities if e.label == "Law"}
    assert any(r.type == "VIOLATES" and laws.get(r.end_id) == "OSCE Copenhagen Document" for r in x.relations)


def test_the_convention_refers_back_to_a_convention_not_its_protocol() -> None:
    from graph.model import DocumentRecord
    from loaders.extract import extract

    text = (
        "Kyrgyzstan ratified the Convention against Torture in 1997. "
        "It later joined the Optional Protocol to the Convention against Torture. "
        "The failure to investigate breaches articles 12 and 13 of the Convention."
    )
    doc = DocumentRecord(id="document:t", title="t", text=text, sha256="t")
    ex = extract(doc)
    violated = {next(e.name for e in ex.entities if e.id == r.end_id) for r in ex.relations if r.type == "VIOLATES"}
    assert {"CAT Article 12", "CAT Article 13"} <= violated, violated


def test_a_treaty_bodys_convention_is_its_treaty() -> None:
    from graph.model import DocumentRecord
    from loaders.extract import extract

    text = (
        "The Committee against Torture reviewed Kyrgyzstan on 12 November 2025. "
        "It joined the Optional Protocol to the Convention against Torture in 2008. "
        "The Committee found that the failure to investigate breaches articles 12 and 13 of the Convention."
    )
    ex = extract(DocumentRecord(id="document:t2", title="t", text=text, sha256="t2"))
    names = {e.id: e.name for e in ex.entities}
    violated = {names[r.end_id] for r in ex.relations if r.type == "VIOLATES"}
    assert {"CAT Article 12", "CAT Article 13"} <= violated, violated
