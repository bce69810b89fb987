"""Validate the real-news gold set: the shared checker (tests/gold/check_gold.py) with real=True.

Run:  .venv/bin/python tests/gold_real/check_gold.py [FOLDER_OR_JSON ...]   (default: every part: dev/, dev4/, heldout/, heldout2/)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("check_gold", HERE.parent / "gold" / "check_gold.py")
check_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_gold)

if __name__ == "__main__":
    folders = [Path(a) for a in sys.argv[1:]] or [HERE / part for part in ("dev", "dev4", "dev5", "dev6", "dev7", "heldout", "heldout2", "heldout3", "heldout4")]
    sys.exit(check_gold.main(folders, real=True))
