"""Restyling only the place a change touched gives what a full restyle gives there."""

from __future__ import annotations

import random

from annotations.core.documents import make_document
from annotations.core.model import Analysis, Annotation, Claim, Entity, Span
from annotations.render.highlight import segments


def _cut(full, lo, hi):
    out = []
    for seg in full:
        s, e = max(seg.start, lo), min(seg.end, hi)
        if s < e:
            out.append((s, e, seg.token, seg.layers))
    return out


def test_a_window_is_the_full_segments_cut_at_its_edges():
    rng = random.Random(3)
    text = "word " * 300
    doc = make_document(text, "/t/w.txt")
    n = len(doc.text)
    for trial in range(60):
        ents = []
        for _ in range(40):
            s = rng.randrange(0, n - 1)
            ents.append(Entity(s, min(n, s + rng.choice([1, 4, 9, 30])), rng.choice(["PERSON", "ORG", "GPE"]), ""))
        claims = []
        for _ in range(8):
            s = rng.randrange(0, n - 50)
            claims.append(Claim(s, s + 45, "", rng.choice(["quote", "reported"]), Span(s + 2, s + 6, ""), Span(s + 7, s + 9, "")))
        anns = []
        for i in range(80):
            s = rng.randrange(0, n - 1)
            anns.append(Annotation.for_span(doc, s, min(n, s + rng.choice([1, 5, 20, 400])), id=f"a{i}", tags=["t"] if i % 2 else []))
        analysis = Analysis(doc_id=doc.id, engine="test", entities=tuple(ents), claims=tuple(claims))
        full = segments(doc.text, analysis, anns)
        for _ in range(10):
            lo = rng.randrange(0, n)
            hi = min(n, lo + rng.choice([1, 3, 25, 200]))
            inside = [a for a in anns if a.start < hi and a.end > lo]  # what the reader passes: only those drawn there
            got = [(g.start, g.end, g.token, g.layers) for g in segments(doc.text, analysis, inside, window=(lo, hi))]
            assert got == _cut(full, lo, hi), (trial, lo, hi)
