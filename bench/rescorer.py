"""What the entity rescorer adds on text it was not trained on, and what it costs in speed.

First the built-in engine's speed with and without the shipped rescorer, on the corpus of ``bench/extract.py``,
as a ratio in the same run (these machines are noisy).  Then trains the rescorer
(``annotations/nlp/lexicon/make_rescorer.py``) without some dev rounds (by default 79-84, the last six, each a
blind round scored once before it was opened) and scores those rounds with the rules alone and with the rules
and that rescorer: entity F1 (exact span and label) and speakers found.

Run:  .venv/bin/python bench/rescorer.py [--leave-out 79-84]      (about three minutes)
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "annotations" / "nlp" / "lexicon"))

import make_rescorer  # noqa: E402
from extract import corpus  # noqa: E402
from quality import DEV  # noqa: E402

from annotations.core.documents import make_document  # noqa: E402
from annotations.nlp import extract, rescore  # noqa: E402
from annotations.nlp.analyze import score_document, sum_scores  # noqa: E402
from annotations.nlp.pipeline import analyse_set  # noqa: E402


def score(folders: list[Path]) -> str:
    engine = extract.BuiltinEngine()
    scores = []
    for folder in folders:
        paths = sorted(folder.glob("*.json"))
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
        docs = [make_document(g["text"], p.name, parse_leading_metadata=False) for p, g in zip(paths, golds)]
        for gold, analysis in zip(golds, analyse_set(docs, engine).analyses):
            scores.append(score_document(gold, analysis.entities, analysis.claims))
    t = sum_scores(scores)
    return f"entity F1 {t.f1:.3f} (P {t.precision:.3f}, R {t.recall:.3f}), speakers {t.speaker_found}/{t.attributed} = {t.speaker_recall:.3f}"


def with_weights(path: Path | None) -> None:
    """Use the rescorer weights at ``path`` (None: none, the rules alone)."""
    rescore.WEIGHTS = path if path is not None else ROOT / "no-such-file.tsv"
    rescore.weights.cache_clear()


def main() -> int:
    lo, hi = 79, 84
    if "--leave-out" in sys.argv:
        a, _, b = sys.argv[sys.argv.index("--leave-out") + 1].partition("-")
        lo, hi = int(a), int(b or a)
    shipped = rescore.WEIGHTS
    # speed first, while the heap is small (the training data below would slow every garbage collection)
    docs = corpus()
    words = sum(d.word_count for d in docs)
    engine = extract.BuiltinEngine()
    times: dict[str, list[float]] = {"rules alone": [], "rules and rescorer": []}
    for _ in range(3):
        for key, path in (("rules alone", None), ("rules and rescorer", shipped)):
            with_weights(path)
            engine.entities(docs[0].text)
            t0 = time.perf_counter()
            for doc in docs:
                engine.analyze(doc)
            times[key].append(time.perf_counter() - t0)
    alone, both = min(times["rules alone"]), min(times["rules and rescorer"])
    print(f"speed on {words} words (best of 3): rules alone {words / alone:,.0f} words/s, with the rescorer "
          f"{words / both:,.0f} words/s ({both / alone:.2f}x the time)")
    folders = [folder for name, folder in DEV.items() if lo <= make_rescorer.dev_round(name) <= hi]
    data = make_rescorer.examples((lo, hi))
    table = make_rescorer.train(make_rescorer.frequent(data))
    with tempfile.TemporaryDirectory() as tmp:
        trained = Path(tmp) / "weights.tsv"
        trained.write_text(make_rescorer.render(table, data, (lo, hi)), encoding="utf-8")
        print(f"dev rounds {lo}-{hi} ({len(folders)} folders), the rescorer trained on the other dev rounds ({len(data)} spans)")
        with_weights(None)
        print(f"  rules alone:        {score(folders)}")
        with_weights(trained)
        print(f"  rules and rescorer: {score(folders)}")
    with_weights(shipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
