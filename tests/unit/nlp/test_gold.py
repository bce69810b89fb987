"""Regression floor on the held-out gold set (tests/gold/*.json; never used for tuning).

Prints entity precision/recall/F1 (exact span and label) and speaker recall
(the predicted claim overlapping a gold claim most names a speaker overlapping
the gold speaker), then checks regression floors just below the measured numbers
(entity F1 0.919, speaker recall 0.935 when the floors were set).  The product
target is 0.90 for both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotations.nlp.analyze import score_document, sum_scores
from annotations.core.documents import make_document
from annotations.nlp.extract import BuiltinEngine
from annotations.nlp.pipeline import analyse_set

GOLD = sorted((Path(__file__).resolve().parents[2] / "gold").glob("*.json"))
FLOOR_F1 = 0.95  # 0.957 measured at the end of the issue-12 round
# 0.925 measured at the end of the issue-12 round, with the issue-12 definition (the speaker
# span must contain the source, or a pronoun resolve to it; overlapping it was enough before)
FLOOR_SPEAKER = 0.92


@pytest.mark.skipif(not GOLD, reason="no held-out gold set in tests/gold")
def test_gold_entity_f1_and_speaker_recall() -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD]
    docs = [make_document(g["text"], p.name, parse_leading_metadata=False) for p, g in zip(GOLD, golds)]
    for doc, gold, path in zip(docs, golds, GOLD):
        assert doc.text == gold["text"], f"{path.name}: normalisation changed the gold text"
    analyses = analyse_set(docs, BuiltinEngine()).analyses
    parts = [score_document(g, a.entities, a.claims) for g, a in zip(golds, analyses)]
    for path, part in zip(GOLD, parts):
        print(f"{path.stem:<28} F1={part.f1:.3f} speaker={part.speaker_recall:.3f}")
    total = sum_scores(parts)
    print(
        f"held-out gold ({len(GOLD)} docs): entity P={total.precision:.3f} R={total.recall:.3f} "
        f"F1={total.f1:.3f}; speaker recall={total.speaker_recall:.3f} "
        f"(exact span {total.speaker_exact_recall:.3f}, {total.attributed} attributed claims)"
    )
    assert total.f1 >= FLOOR_F1
    assert total.speaker_recall >= FLOOR_SPEAKER


def test_both_gold_sets_are_well_formed():
    """Offsets, spans, kinds and keys of the written set and of every part of the real-news set."""
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("check_gold", ROOT / "tests" / "gold" / "check_gold.py")
    check_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_gold)
    assert check_gold.main() == 0
    real = ROOT / "tests" / "gold_real"
    assert check_gold.main([real / part for part in ("dev", "dev4", "dev5", "dev6", "heldout", "heldout2", "heldout3", "heldout4")], real=True) == 0
