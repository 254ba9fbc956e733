"""Validate the blind7 gold files against their documents (stdlib only).

    python3 tests/eval/blind7/check_gold.py [GOLD_DIR [CORPUS_DIR]]

The checks are blind3's (tests/eval/blind3/check_gold.py), with this set's folder and its
documents' length (600-900 words).
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv[1:1] = ["--set", str(HERE), "--words", "600-900"]
runpy.run_path(str(HERE.parent / "blind3" / "check_gold.py"), run_name="__main__")
