"""A bare surname that two people bear is a mention, not an alias; organization spelling
variants and "Office of the X" fold to one id."""

from __future__ import annotations

from graph.model import EntityRef
from loaders.extract import extract
from loaders.extract.resolve import org_key
from tests.loaders.conftest import doc


def test_surname_shared_with_a_known_person_is_not_an_alias() -> None:
    first = extract(doc("Journalist Azamat Dzhumabaev was detained. Dzhumabaev denies the charges."))
    known = [EntityRef(e.id, e.label, e.name, tuple(e.aliases)) for e in first.entities]
    second = extract(doc("Judge Nurlan Dzhumabaev presided. Judge Dzhumabaev rejected the motion."), known=known)
    judge = next(e for e in second.entities if e.label == "Person" and e.name == "Nurlan Dzhumabaev")
    assert "Dzhumabaev" not in judge.aliases
    assert len(judge.mentions) >= 2  # the surname mention is still his
    journalist = next(e for e in first.entities if e.label == "Person" and e.name == "Azamat Dzhumabaev")
    assert judge.id != journalist.id


def test_surname_of_one_person_is_an_alias() -> None:
    x = extract(doc("Journalist Azamat Dzhumabaev was detained. Dzhumabaev denies the charges."))
    p = next(e for e in x.entities if e.label == "Person" and e.name == "Azamat Dzhumabaev")
    assert "Dzhumabaev" in p.aliases


def test_org_spelling_variants_share_a_key() -> None:
    assert org_key("Office of the UN High Commissioner for Human Rights") == org_key(
        "United Nations High Commissioner for Human Rights"
    )
    assert org_key("Kazakhstan International Bureau for Human Rights") != org_key("Human Rights Watch")
    assert org_key("International Labour Organisation") == org_key("International Labor Organization")
    assert org_key("Legal Policy Research Centre") == org_key("Legal Policy Research Center")
