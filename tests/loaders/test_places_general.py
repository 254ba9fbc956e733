"""Places that a gazetteer of names alone misses: regions and venues named by their kind
("Sughd Oblast", "Ala-Too Square", "Kumtor gold mine", "Jaslyk prison"), and the regions
and towns of the five Central Asian countries (incl. Kazakhstan's 2022 regions)."""

from __future__ import annotations

from graph.model import Extraction
from loaders.extract import extract
from tests.loaders.conftest import doc


def _locs(x: Extraction) -> dict[str, str]:
    return {e.name: e.properties.get("kind") for e in x.entities if e.label == "Location"}


def test_regions_and_venues_by_kind_word() -> None:
    x = extract(
        doc(
            "BISHKEK, 3 March 2024\n\nWorkers at the Kumtor gold mine went on strike in the Chuy region. "
            "Police dispersed a rally on Ala-Too Square and detained activists in Sughd Oblast. "
            "He is held in the Jaslyk prison. Protesters marched from Abay Avenue to the Abay monument."
        )
    )
    locs = _locs(x)
    assert locs.get("Kumtor gold mine") == "venue"
    assert locs.get("Ala-Too Square") == "venue"
    assert locs.get("Sughd Oblast") == "region"
    assert locs.get("Chuy region") == "region"
    assert locs.get("Jaslyk prison") == "venue"
    assert locs.get("Abay monument") == "venue"


def test_kind_word_inside_an_organization_name_is_not_a_venue() -> None:
    x = extract(doc("The Osh District Court sentenced him on Monday."))
    assert "Osh District" not in _locs(x)
    assert any(e.name == "Osh District Court" for e in x.entities if e.label == "Organization")


def test_new_kazakh_regions_and_bare_region_names() -> None:
    x = extract(doc("Protests spread to Ulytau region and Abai region, and to Zhetysu, Khatlon and Lebap."))
    locs = _locs(x)
    for name in ("Ulytau region", "Abai region", "Zhetysu", "Khatlon", "Lebap"):
        assert name in locs, name


def test_central_asian_towns() -> None:
    x = extract(doc("Activists were detained in Kulsary, Murghob, Shahrisabz, Tash-Kumyr and Turkmenbashi."))
    assert {"Kulsary", "Murghob", "Shahrisabz", "Tash-Kumyr", "Turkmenbashi"} <= set(_locs(x))


def test_country_adjective_before_region_is_not_a_region_name() -> None:
    x = extract(doc("Unrest in the Kazakh region worried Moscow."))
    assert "Kazakh region" not in _locs(x)
