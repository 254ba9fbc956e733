"""Reference data is well-formed (a YAML comma can silently split a title in two)."""

from __future__ import annotations

from pathlib import Path

import yaml

REFERENCE = Path(__file__).resolve().parents[2] / "loaders" / "reference"


def test_every_article_has_a_title_and_a_right() -> None:
    data = yaml.safe_load((REFERENCE / "instruments.yaml").read_text(encoding="utf-8"))
    for inst in data["instruments"]:
        for number, entry in (inst.get("articles") or {}).items():
            assert isinstance(entry, list) and len(entry) == 2, (inst["code"], number, entry)
            title, right = entry
            assert title and right and right[0].isupper(), (inst["code"], number, entry)
