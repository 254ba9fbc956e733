"""The gold files of the evaluation sets are well formed: every evidence string and alias is
verbatim in its document, references resolve, enums and dates are valid, and no normalized name
names two entities (tests/eval/check_gold.py; heldout, the first set, has its own gold builder,
tests/eval/heldout/make_gold.py)."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import EVAL

CHECKED = ["blind", "blind2", "dev3", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"]


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_gold", EVAL / "check_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", CHECKED)
def test_gold_files_are_valid(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    rc = _checker().main(["check_gold.py", str(EVAL / name)])
    assert rc == 0, capsys.readouterr().out


def test_checker_reports_a_broken_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An evidence string that is not in the document is a problem (the check can fail)."""
    root = tmp_path
    shutil.copytree(EVAL / "blind6", root / "set")
    path = sorted((root / "set" / "gold").glob("*.json"))[0]
    gold = json.loads(path.read_text(encoding="utf-8"))
    gold["relations"][0]["evidence"] = "A sentence that the document does not contain."
    path.write_text(json.dumps(gold), encoding="utf-8")
    assert _checker().main(["check_gold.py", str(root / "set")]) == 1
    assert "evidence" in capsys.readouterr().out
