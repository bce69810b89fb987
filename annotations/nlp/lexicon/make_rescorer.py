"""Regenerate ``entity_rescorer.tsv``: the weights of the built-in engine's entity rescorer (``rescore.py``).

    .venv/bin/python annotations/nlp/lexicon/make_rescorer.py > annotations/nlp/lexicon/entity_rescorer.tsv
    .venv/bin/python annotations/nlp/lexicon/make_rescorer.py --leave-out 79-84 > /tmp/weights.tsv

Reads every dev folder that ``bench/quality.py`` lists (the real-news dev rounds and the written dev
texts; never a held-out part that is still blind), runs the rules (``BuiltinEngine.proposed``) on each
text, and learns, for each span of one or two words they propose, the gold's answer: the same label, another label, or
``NONE`` when the gold has no span with these two ends.  An averaged perceptron (Collins 2002), five
passes over the spans in a fixed shuffled order, so the same gold and rules give the same file.

``--leave-out A-B`` trains without dev rounds A to B, to measure on them what the rescorer adds
(``bench/rescorer.py`` runs it so).  Features seen on fewer than two spans are not learned, and weights
under 0.005 are dropped.  Not imported by presslens; run it again when the rules change what they
propose (a new ``RULES_REVISION``), and when dev rounds are added.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

EPOCHS = 5
SEED = 13
SMALLEST = 0.005
#: Features seen on fewer spans than this are not learned (a name met once teaches nothing that carries over).
RARE = 2


def dev_round(name: str) -> int:
    """The dev round a ``bench/quality.py`` DEV entry names (0 for the first dev sets and the written texts)."""
    m = re.search(r"dev round (\d+)", name)
    return int(m.group(1)) if m else 0


def examples(leave_out: tuple[int, int] | None) -> list[tuple[list[str], str]]:
    from quality import DEV  # noqa: PLC0415 - the dev folders, as the bench lists them

    from annotations.nlp.extract import BuiltinEngine  # noqa: PLC0415
    from annotations.nlp.rescore import NONE, features, short  # noqa: PLC0415

    engine = BuiltinEngine()
    out: list[tuple[list[str], str]] = []
    for name, folder in DEV.items():
        if leave_out is not None and leave_out[0] <= dev_round(name) <= leave_out[1]:
            continue
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = gold["text"]
            labels = {(e["start"], e["end"]): e["label"] for e in gold["entities"]}
            proposed = engine.proposed(text)
            counts = Counter(e.text for e in proposed)
            for e in proposed:
                if not short(e.text):
                    continue
                feats = [e.label + "|" + f for f in features(text, e.start, e.end, counts[e.text])]
                out.append((feats, labels.get((e.start, e.end), NONE)))
    return out


def train(data: list[tuple[list[str], str]]) -> dict[str, dict[str, float]]:
    """Averaged perceptron weights: feature -> class -> weight."""
    classes = sorted({y for _, y in data})
    w: dict[tuple[str, str], float] = defaultdict(float)
    total: dict[tuple[str, str], float] = defaultdict(float)
    stamp: dict[tuple[str, str], int] = defaultdict(int)
    step = 0

    def update(key: tuple[str, str], value: float) -> None:
        total[key] += (step - stamp[key]) * w[key]
        stamp[key] = step
        w[key] += value

    order = list(range(len(data)))
    rnd = random.Random(SEED)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            feats, gold = data[i]
            step += 1
            scores = dict.fromkeys(classes, 0.0)
            for f in feats:
                for c in classes:
                    scores[c] += w.get((f, c), 0.0)
            guess = max(classes, key=lambda c: scores[c])
            if guess != gold:
                for f in feats:
                    update((f, gold), 1.0)
                    update((f, guess), -1.0)
    table: dict[str, dict[str, float]] = defaultdict(dict)
    for key, value in w.items():
        avg = (total[key] + (step - stamp[key]) * value) / step
        if abs(avg) >= SMALLEST:
            table[key[0]][key[1]] = avg
    return table


def frequent(data: list[tuple[list[str], str]]) -> list[tuple[list[str], str]]:
    """``data`` without the features seen on fewer than :data:`RARE` spans."""
    seen = Counter(f for feats, _ in data for f in set(feats))
    return [([f for f in feats if seen[f] >= RARE], y) for feats, y in data]


def render(table: dict[str, dict[str, float]], data: list[tuple[list[str], str]], leave_out: tuple[int, int] | None) -> str:
    """The data file: a header, then one line a feature."""
    none = sum(1 for _, y in data if y == "NONE")
    lines = [
        "# Weights of the entity rescorer (annotations/nlp/rescore.py): feature<TAB>class:weight …",
        f"# made by make_rescorer.py{' --leave-out %d-%d' % leave_out if leave_out else ''} from {len(data)} proposed spans "
        f"({none} the gold does not have): do not edit",
    ]
    lines += [feature + "\t" + " ".join(f"{c}:{v:.3f}" for c, v in sorted(table[feature].items())) for feature in sorted(table)]
    return "\n".join(lines) + "\n"


def main() -> int:
    leave_out = None
    if "--leave-out" in sys.argv:
        lo, _, hi = sys.argv[sys.argv.index("--leave-out") + 1].partition("-")
        leave_out = (int(lo), int(hi or lo))
    data = examples(leave_out)
    sys.stdout.write(render(train(frequent(data)), data, leave_out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
