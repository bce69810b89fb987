"""Validate the cross-outlet claim-alignment gold (tests/gold_real/align/<part>/EVENT_SLUG.json).

Each file is {"event", "documents": [stem, ...], "pairs": [{"a": span, "b": span, "relation"}]}
with span = {"doc", "start", "end", "text"}. Checks: the documents exist in tests/gold_real/<part>/
and all carry the file's event; a and b lie in two different listed documents; each span is
exactly one gold claim of its document (same start, end and text); relation is same, related
or conflicting; no pair is listed twice (in either direction).

Run:  .venv/bin/python tests/gold_real/check_align.py [ALIGN_FOLDER_OR_JSON ...]   (default: align/dev and align/heldout)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RELATIONS = {"same", "related", "conflicting"}


def check_file(path: Path, relations: Counter) -> None:
    name = path.name
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) == {"event", "documents", "pairs"}, f"{name}: keys {sorted(doc)}"
    part = HERE / path.parent.name  # align/dev/x.json -> gold_real/dev
    docs = doc["documents"]
    assert len(docs) >= 2 and len(set(docs)) == len(docs), f"{name}: needs 2+ distinct documents"
    claims = {}
    for stem in docs:
        gold_path = part / f"{stem}.json"
        assert gold_path.exists(), f"{name}: no gold document {gold_path}"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        assert gold["event"] == doc["event"], f"{name}: {stem} has event {gold['event']!r}"
        claims[stem] = {(c["start"], c["end"]): c["text"] for c in gold["claims"]}
    seen = set()
    for i, pair in enumerate(doc["pairs"]):
        where = f"{name} pair {i}"
        assert set(pair) == {"a", "b", "relation"}, f"{where}: keys {sorted(pair)}"
        assert pair["relation"] in RELATIONS, f"{where}: bad relation {pair['relation']!r}"
        for side in ("a", "b"):
            span = pair[side]
            assert set(span) == {"doc", "start", "end", "text"}, f"{where} {side}: keys {sorted(span)}"
            assert span["doc"] in claims, f"{where} {side}: {span['doc']} not in documents"
            text = claims[span["doc"]].get((span["start"], span["end"]))
            assert text is not None, f"{where} {side}: [{span['start']}, {span['end']}) is not a gold claim of {span['doc']}"
            assert text == span["text"], f"{where} {side}: text differs from the gold claim"
        a, b = pair["a"], pair["b"]
        assert a["doc"] != b["doc"], f"{where}: both spans in {a['doc']}"
        key = frozenset({(a["doc"], a["start"]), (b["doc"], b["start"])})
        assert key not in seen, f"{where}: pair listed twice"
        seen.add(key)
        relations[pair["relation"]] += 1
    print(f"{name:32s} {len(docs)} documents {len(doc['pairs']):3d} pairs")


def main(paths: list[Path] | None = None) -> int:
    paths = paths or [HERE / "align" / "dev", HERE / "align" / "heldout"]
    files = []
    for p in paths:
        files += sorted(p.glob("*.json")) if p.is_dir() else [p] if p.exists() else []
    relations: Counter = Counter()
    for path in files:
        check_file(path, relations)
    print(f"{len(files)} alignment files, {sum(relations.values())} pairs: " + ", ".join(f"{r}={relations[r]}" for r in sorted(RELATIONS)))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main([Path(a) for a in sys.argv[1:]] or None))
