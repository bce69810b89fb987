"""Validate the presslens gold sets: the written held-out set here, and the real-news set in tests/gold_real.

Run:  .venv/bin/python tests/gold/check_gold.py                 (this folder)
      .venv/bin/python tests/gold_real/check_gold.py            (dev/ and heldout/ of the real-news set)
Exits non-zero (AssertionError) on the first problem; prints per-file and total counts.

The real-news set (``real=True``) differs: keys ``outlet``, ``url``, ``event``; each claim has
``refers_to`` (the name a pronoun speaker stands for, else null); 150-900 words; the middle
sentences of a multi-sentence quotation count as quotes without quotation marks of their own.
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
PRONOUNS = {"he", "she", "it", "they", "we", "i"}


def check_span(where: str, text: str, span: dict) -> None:
    assert set(span) >= {"start", "end", "text"}, f"{where}: missing keys in {span}"
    s, e = span["start"], span["end"]
    assert isinstance(s, int) and isinstance(e, int), f"{where}: non-int offsets {span}"
    assert 0 <= s < e <= len(text), f"{where}: bad offsets {span}"
    assert text[s:e] == span["text"], f"{where}: text[{s}:{e}]={text[s:e]!r} != {span['text']!r}"
    assert span["text"] == span["text"].strip(), f"{where}: span has outer whitespace {span}"


def check_file(path: Path, labels: Counter, kinds: Counter, *, real: bool = False) -> None:
    name = path.stem
    txt_path = path.with_suffix(".txt")
    assert txt_path.exists(), f"{name}: missing {txt_path.name}"
    raw = txt_path.read_bytes()
    text = raw.decode("utf-8")
    doc = json.loads(path.read_text(encoding="utf-8"))
    keys = {"source_style", "text", "entities", "claims"} | ({"outlet", "url", "event"} if real else set())
    assert set(doc) == keys, f"{name}: keys {sorted(doc)}"
    assert doc["text"].encode("utf-8") == raw, f"{name}: JSON text differs from {txt_path.name}"
    assert "\r" not in text, f"{name}: CR in text"
    assert unicodedata.normalize("NFC", text) == text, f"{name}: text not NFC"
    assert text == text.strip(), f"{name}: leading/trailing whitespace"
    assert "\n\n\n" not in text, f"{name}: more than one blank line between paragraphs"
    for para in text.split("\n\n"):
        assert para and "\n" not in para and para == para.strip(), f"{name}: malformed paragraph {para[:40]!r}"
    words = len(text.split())
    low, high = (150, 900) if real else (250, 500)
    assert low <= words <= high, f"{name}: {words} words"

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
        for key in ("speaker", "cue"):
            assert key in cl, f"{where}: missing {key}"
            if cl[key] is not None:
                check_span(f"{where} {key}", text, cl[key])
        if real:
            assert "refers_to" in cl, f"{where}: missing refers_to"
            if cl["refers_to"] is not None:
                check_span(f"{where} refers_to", text, cl["refers_to"])
                assert cl["speaker"] and cl["speaker"]["text"].lower() in PRONOUNS, f"{where}: refers_to on a non-pronoun speaker"
                assert cl["refers_to"]["end"] <= cl["speaker"]["start"], f"{where}: refers_to not before the speaker"
        inside = [e for e in ents if cl["start"] <= e["start"] and e["end"] <= cl["end"]]
        if cl["kind"] == "quote":
            para_start = text.rfind("\n\n", 0, cl["start"]) + 1
            open_quote = real and sum(text[para_start : cl["start"]].count(q) for q in '"“”«»„') % 2 == 1
            assert any(q in cl["text"] for q in QUOTE_MARKS) or open_quote, f"{where}: quote without quotation marks"
            assert cl["speaker"] and cl["cue"], f"{where}: quote without speaker/cue"
        if cl["kind"] == "statistic":
            assert any(e["label"] in NUMERIC for e in inside), f"{where}: statistic without a figure entity"
        if cl["kind"] == "reported":
            assert cl["speaker"] and cl["cue"], f"{where}: reported without speaker/cue"
        if cl["kind"] == "assertion":
            assert cl["cue"] is None, f"{where}: assertion with a cue"
        kinds[cl["kind"]] += 1
    print(f"{name:28s} {words:4d} words {len(ents):3d} entities {len(claims):3d} claims")


def main(folders: list[Path] | None = None, *, real: bool = False) -> int:
    files = []
    for folder in folders or [HERE]:
        files += sorted(folder.glob("*.json")) if folder.is_dir() else [folder]
    assert files, "no gold files found"
    labels: Counter = Counter()
    kinds: Counter = Counter()
    for path in files:
        check_file(path, labels, kinds, real=real)
    print(f"\n{len(files)} articles, {sum(labels.values())} entities, {sum(kinds.values())} claims")
    print("entities:", ", ".join(f"{k}={labels[k]}" for k in sorted(LABELS, key=lambda k: -labels[k])))
    print("claims:  ", ", ".join(f"{k}={kinds[k]}" for k in sorted(KINDS, key=lambda k: -kinds[k])))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
