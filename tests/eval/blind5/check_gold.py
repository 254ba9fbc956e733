"""Validate the blind5 gold files against their documents (stdlib only).

    python3 tests/eval/blind5/check_gold.py [GOLD_DIR [CORPUS_DIR]]

The checks are blind3's (tests/eval/blind3/check_gold.py), with this set's folder and its
documents' length (600-900 words).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("blind3_check_gold", HERE.parent / "blind3" / "check_gold.py")
assert _spec is not None and _spec.loader is not None
checker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checker)
checker.HERE = HERE
checker.WORDS = (600, 900)

if __name__ == "__main__":
    sys.exit(checker.main(sys.argv))
