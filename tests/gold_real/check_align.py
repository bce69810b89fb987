"""Validate the cross-outlet claim-alignment gold (issue 13): tests/gold_real/align/<part>/*.json.

Each file is {"event", "documents": [stem, ...], "pairs": [{"a": span, "b": span, "relation"}]}
where a span is {"doc", "start", "end", "text"} and must be exactly one gold claim of that
document (tests/gold_real/<part>/<doc>.json), a and b come from two different documents,
relation is same / related / conflicting, and no pair is listed twice (in either order).

Run:  .venv/bin/python tests/gold_real/check_align.py [FOLDER_OR_JSON ...]   (default: align/dev and align/heldout)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RELATIONS = {"same", "related", "conflicting"}


def check_file(path: Path, relations: Counter) -> None:
    part = path.parent.name  # dev or heldout
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) == {"event", "documents", "pairs"}, f"{path.name}: keys {sorted(doc)}"
    stems = doc["documents"]
    assert len(stems) >= 2 and len(set(stems)) == len(stems), f"{path.name}: need 2+ distinct documents"
    claims = {}
    for stem in stems:
        gold_path = HERE / part / f"{stem}.json"
        assert gold_path.exists(), f"{path.name}: no gold file {part}/{stem}.json"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        assert gold["event"] == doc["event"], f"{path.name}: {stem} has event {gold['event']!r}"
        claims[stem] = {(c["start"], c["end"]): c["text"] for c in gold["claims"]}
    seen = set()
    for i, pair in enumerate(doc["pairs"]):
        where = f"{path.name} pair {i}"
        assert set(pair) == {"a", "b", "relation"}, f"{where}: keys {sorted(pair)}"
        assert pair["relation"] in RELATIONS, f"{where}: bad relation {pair['relation']!r}"
        keys = []
        for side in ("a", "b"):
            span = pair[side]
            assert set(span) == {"doc", "start", "end", "text"}, f"{where} {side}: keys {sorted(span)}"
            assert span["doc"] in claims, f"{where} {side}: doc {span['doc']!r} not in documents"
            text = claims[span["doc"]].get((span["start"], span["end"]))
            assert text is not None, f"{where} {side}: [{span['start']}:{span['end']}] is not a gold claim of {span['doc']}"
            assert text == span["text"], f"{where} {side}: text differs from the gold claim"
            keys.append((span["doc"], span["start"], span["end"]))
        assert keys[0][0] != keys[1][0], f"{where}: a and b are in the same document"
        key = frozenset(keys)
        assert key not in seen, f"{where}: pair listed twice"
        seen.add(key)
        relations[pair["relation"]] += 1
    counts = Counter(p["relation"] for p in doc["pairs"])
    print(f"{path.stem:34s} {len(stems)} docs {len(doc['pairs']):3d} pairs  " + ", ".join(f"{r}={counts[r]}" for r in sorted(RELATIONS)))


def main(args: list[str]) -> int:
    targets = [Path(a) for a in args] or [HERE / "align" / "dev", HERE / "align" / "heldout"]
    files = []
    for t in targets:
        if t.is_dir():
            files += sorted(t.glob("*.json"))
        elif t.exists():
            files.append(t)
    assert files, "no alignment files found"
    relations: Counter = Counter()
    for path in files:
        check_file(path, relations)
    print(f"\n{len(files)} files, {sum(relations.values())} pairs: " + ", ".join(f"{r}={relations[r]}" for r in sorted(RELATIONS)))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
