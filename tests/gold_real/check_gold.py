"""Validate the presslens real-news gold set (tests/gold_real).

Run:  python3 tests/gold_real/check_gold.py [FOLDER_OR_JSON ...]   (default: dev/ and heldout/ beside this file)
Adapted from tests/gold/check_gold.py: extra keys outlet/url/event, claim key refers_to
(a span or null; required non-null only when the speaker is a pronoun and an earlier name exists), 150-900 words.
Exits non-zero (AssertionError) on the first problem; prints per-file and total counts.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
KINDS = {"quote", "reported", "statistic", "assertion"}
NUMERIC = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
QUOTE_MARKS = "\"“”«»„‘"
PRONOUNS = {"he", "she", "it", "they", "we", "i", "He", "She", "It", "They", "We", "I"}


def check_span(where: str, text: str, span: dict) -> None:
    assert set(span) >= {"start", "end", "text"}, f"{where}: missing keys in {span}"
    s, e = span["start"], span["end"]
    assert isinstance(s, int) and isinstance(e, int), f"{where}: non-int offsets {span}"
    assert 0 <= s < e <= len(text), f"{where}: bad offsets {span}"
    assert text[s:e] == span["text"], f"{where}: text[{s}:{e}]={text[s:e]!r} != {span['text']!r}"
    assert span["text"] == span["text"].strip(), f"{where}: span has outer whitespace {span}"


def check_file(path: Path, labels: Counter, kinds: Counter) -> None:
    name = path.stem
    txt_path = path.with_suffix(".txt")
    assert txt_path.exists(), f"{name}: missing {txt_path.name}"
    raw = txt_path.read_bytes()
    text = raw.decode("utf-8")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) == {"source_style", "outlet", "url", "event", "text", "entities", "claims"}, f"{name}: keys {sorted(doc)}"
    assert doc["text"].encode("utf-8") == raw, f"{name}: JSON text differs from {txt_path.name}"
    assert "\r" not in text, f"{name}: CR in text"
    assert unicodedata.normalize("NFC", text) == text, f"{name}: text not NFC"
    assert text == text.strip(), f"{name}: leading/trailing whitespace"
    assert "\n\n\n" not in text, f"{name}: more than one blank line between paragraphs"
    for para in text.split("\n\n"):
        assert para and "\n" not in para and para == para.strip(), f"{name}: malformed paragraph {para[:40]!r}"
    words = len(text.split())
    assert 150 <= words <= 900, f"{name}: {words} words"

    ents = doc["entities"]
    for i, ent in enumerate(ents):
        where = f"{name} entity {i}"
        check_span(where, text, ent)
        assert ent["label"] in LABELS, f"{where}: bad label {ent['label']}"
        labels[ent["label"]] += 1
    ordered = sorted(ents, key=lambda e: (e["start"], e["end"]))
    for a, b in zip(ordered, ordered[1:]):
        assert a["end"] <= b["start"], f"{name}: overlapping entities {a} / {b}"

    claims = doc["claims"]
    ordered = sorted(claims, key=lambda c: c["start"])
    for a, b in zip(ordered, ordered[1:]):
        assert a["end"] <= b["start"], f"{name}: overlapping claims {a['text'][:30]!r} / {b['text'][:30]!r}"
    for i, cl in enumerate(claims):
        where = f"{name} claim {i}"
        check_span(where, text, cl)
        assert cl["kind"] in KINDS, f"{where}: bad kind {cl['kind']}"
        assert set(cl) == {"start", "end", "text", "kind", "speaker", "cue", "refers_to"}, f"{where}: keys {sorted(cl)}"
        if cl["refers_to"] is not None:
            check_span(f"{where} refers_to", text, cl["refers_to"])
            assert cl["speaker"] and cl["speaker"]["text"] in PRONOUNS, f"{where}: refers_to on a non-pronoun speaker"
            assert cl["refers_to"]["end"] <= cl["speaker"]["start"], f"{where}: refers_to not before the speaker"
        for key in ("speaker", "cue"):
            assert key in cl, f"{where}: missing {key}"
            if cl[key] is not None:
                check_span(f"{where} {key}", text, cl[key])
        inside = [e for e in ents if cl["start"] <= e["start"] and e["end"] <= cl["end"]]
        if cl["kind"] == "quote":
            para_start = text.rfind("\n\n", 0, cl["start"]) + 1
            open_quote = sum(text[para_start:cl["start"]].count(q) for q in '"“”«»„') % 2 == 1
            assert any(q in cl["text"] for q in QUOTE_MARKS) or open_quote, f"{where}: quote without quotation marks (and not inside an open quotation)"
            assert cl["speaker"] and cl["cue"], f"{where}: quote without speaker/cue"
        if cl["kind"] == "statistic":
            assert any(e["label"] in NUMERIC for e in inside), f"{where}: statistic without a figure entity"
        if cl["kind"] == "reported":
            assert cl["speaker"] and cl["cue"], f"{where}: reported without speaker/cue"
        if cl["kind"] == "assertion":
            assert cl["cue"] is None, f"{where}: assertion with a cue"
        kinds[cl["kind"]] += 1
    print(f"{name:28s} {words:4d} words {len(ents):3d} entities {len(claims):3d} claims")


def main() -> int:
    args = sys.argv[1:] or [str(HERE / "dev"), str(HERE / "heldout")]
    files = []
    for a in args:
        p = Path(a)
        files += sorted(p.glob("*.json")) if p.is_dir() else [p]
    assert files, "no gold files found"
    labels: Counter = Counter()
    kinds: Counter = Counter()
    for path in files:
        check_file(path, labels, kinds)
    print(f"\n{len(files)} articles, {sum(labels.values())} entities, {sum(kinds.values())} claims")
    print("entities:", ", ".join(f"{k}={labels[k]}" for k in sorted(LABELS, key=lambda k: -labels[k])))
    print("claims:  ", ", ".join(f"{k}={kinds[k]}" for k in sorted(KINDS, key=lambda k: -kinds[k])))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
