"""Extraction quality on the development sets, so that a rule tuned for one corpus cannot
quietly cost the others.

The default corpus is held to issue 3's bars in test_quality.py (through the real pipeline
and Neo4j). The development sets (tests/eval/heldout, blind, blind2, dev3, blind3, blind4,
blind5, blind6: documents written for evaluation, see their READMEs) are scored here without a database, the way
``scripts/score_offline.py`` does, against floors: the figures measured when the floors were
last raised, less a margin of 0.05 (so a change that costs one entity or relation on a small
set still passes, and a real regression does not). Where a floor is below issue 3's bar, the
bar is not met on that set yet; docs/extraction.md gives the figures.

Sets held back as generalization measures (see their READMEs) are listed in HELD_BACK and not
scored here: a floor would turn them into tuning targets. blind3 and blind4 were held back until
they had been measured (figures in docs/extraction.md) and are development sets since; blind5 and
blind6 likewise, after their one measurement at the end of stop 8 (their floors are those figures).
blind7 and blind8 were written blind in stop 9 and measured at its end (docs/extraction.md); they
stay held back: nobody has read them, so a later stop can measure on them again without reading.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from loaders.cli import load_scorer
from tests.conftest import EVAL
from tests.eval.test_quality import BARS

ROOT = EVAL.parent.parent
MARGIN = 0.05
HELD_BACK: set[str] = {"blind7", "blind8"}

# Figures measured on each set (scripts/score_offline.py) when the floors were last raised.
MEASURED: dict[str, dict[str, float]] = {
    "heldout": {
        "recall.people": 1.000,
        "recall.organizations": 1.000,
        "recall.laws": 1.000,
        "recall.locations": 1.000,
        "recall.events": 1.000,
        "precision.people": 1.000,
        "precision.organizations": 0.961,
        "precision.laws": 0.900,
        "fragmentation.people": 0.000,
        "fragmentation.organizations": 0.000,
        "overmerge.people": 0.000,
        "overmerge.organizations": 0.000,
        "violation.recall": 1.000,
        "violation.subject": 1.000,
        "relation.recall": 0.868,
        "event.dated": 1.000,
    },
    "blind": {
        "recall.people": 1.000,
        "recall.organizations": 1.000,
        "recall.laws": 1.000,
        "recall.locations": 1.000,
        "recall.events": 1.000,
        "precision.people": 1.000,
        "precision.organizations": 0.981,
        "precision.laws": 1.000,
        "fragmentation.people": 0.000,
        "fragmentation.organizations": 0.020,
        "overmerge.people": 0.000,
        "overmerge.organizations": 0.000,
        "violation.recall": 1.000,
        "violation.subject": 1.000,
        "relation.recall": 0.895,
        "event.dated": 1.000,
    },
    "blind2": {
        "recall.people": 1.000,
        "recall.organizations": 0.977,
        "recall.laws": 1.000,
        "recall.locations": 1.000,
        "recall.events": 1.000,
        "precision.people": 1.000,
        "precision.organizations": 0.977,
        "precision.laws": 1.000,
        "fragmentation.people": 0.000,
        "fragmentation.organizations": 0.000,
        "overmerge.people": 0.000,
        "overmerge.organizations": 0.000,
        "violation.recall": 1.000,
        "violation.subject": 1.000,
        "relation.recall": 0.786,
        "event.dated": 0.969,
    },
    "dev3": {
        "recall.people": 1.000,
        "recall.organizations": 0.967,
        "recall.laws": 1.000,
        "recall.locations": 0.960,
        "recall.events": 1.000,
        "precision.people": 1.000,
        "precision.organizations": 0.922,
        "precision.laws": 1.000,
        "fragmentation.people": 0.000,
        "fragmentation.organizations": 0.000,
        "overmerge.people": 0.000,
        "overmerge.organizations": 0.000,
        "violation.recall": 1.000,
        "violation.subject": 1.000,
        "relation.recall": 0.815,
        "event.dated": 1.000,
    },
    "blind3": {
        "recall.people": 1.000,
        "recall.organizations": 0.976,
        "recall.laws": 0.938,
        "recall.locations": 1.000,
        "recall.events": 1.000,
        "precision.people": 0.966,
        "precision.organizations": 0.889,
        "precision.laws": 1.000,
        "fragmentation.people": 0.000,
        "fragmentation.organizations": 0.000,
        "overmerge.people": 0.000,
        "overmerge.organizations": 0.000,
        "violation.recall": 1.000,
        "violation.subject": 1.000,
        "relation.recall": 0.716,
        "event.dated": 1.000,
    },
    "blind4": {
        "recall.people": 1.000,
        "recall.organizations": 0.958,
        "recall.laws": 1.000,
        "recall.locations": 1.000,
        "recall.events": 1.000,
        "precision.people": 1.000,
        "precision.organizations": 0.958,
        "precision.laws": 1.000,
        "fragmentation.people": 0.000,
        "fragmentation.organizations": 0.000,
        "overmerge.people": 0.000,
        "overmerge.organizations": 0.000,
        "violation.recall": 1.000,
        "violation.subject": 1.000,
        "relation.recall": 0.860,
        "event.dated": 1.000,
    },
    "blind5": {
        "recall.people": 0.957,
        "recall.organizations": 0.884,
        "recall.laws": 0.833,
        "recall.locations": 1.000,
        "recall.events": 0.842,
        "precision.people": 0.885,
        "precision.organizations": 0.864,
        "precision.laws": 0.941,
        "fragmentation.people": 0.043,
        "fragmentation.organizations": 0.000,
        "overmerge.people": 0.000,
        "overmerge.organizations": 0.000,
        "violation.recall": 0.667,
        "violation.subject": 0.786,
        "relation.recall": 0.550,
        "event.dated": 0.900,
    },
    "blind6": {
        "recall.people": 1.000,
        "recall.organizations": 0.975,
        "recall.laws": 1.000,
        "recall.locations": 1.000,
        "recall.events": 0.950,
        "precision.people": 0.958,
        "precision.organizations": 0.977,
        "precision.laws": 0.929,
        "fragmentation.people": 0.000,
        "fragmentation.organizations": 0.100,
        "overmerge.people": 0.000,
        "overmerge.organizations": 0.000,
        "violation.recall": 0.917,
        "violation.subject": 1.000,
        "relation.recall": 0.564,
        "event.dated": 0.938,
    },
}


def _offline() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_offline", ROOT / "scripts" / "score_offline.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(corpus: Path, gold: Path) -> dict[str, Any]:
    figures: dict[str, Any] = _offline().score_corpus(corpus, gold, load_scorer())
    return figures


@pytest.fixture(scope="module", params=sorted(MEASURED))
def dev_set(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    name: str = request.param
    base = EVAL / name
    figures = _score(base / "corpus", base / "gold")
    print(name, json.dumps(figures, indent=1, sort_keys=True))
    return name, figures


def test_every_dev_set_has_floors() -> None:
    sets = {p.name for p in EVAL.iterdir() if (p / "gold").is_dir() and (p / "corpus").is_dir()}
    assert sets - HELD_BACK == set(MEASURED)


def test_dev_set_keeps_its_figures(dev_set: tuple[str, dict[str, Any]]) -> None:
    name, figures = dev_set
    low = []
    for figure, measured in MEASURED[name].items():
        value = figures[figure]
        _bar, direction = BARS[figure]
        if direction == ">=" and value < measured - MARGIN:
            low.append(f"{figure} = {value:.3f} < floor {measured - MARGIN:.3f}")
        if direction == "<=" and value > measured + MARGIN:
            low.append(f"{figure} = {value:.3f} > ceiling {measured + MARGIN:.3f}")
    assert not low, f"{name}: " + "; ".join(low)
