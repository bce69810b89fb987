"""Compare: claim-alignment quality on the gold, source grouping, and speed.

    python bench/compare.py              # dev gold: top-1 of every candidate scorer, source grouping; speed
    python bench/compare.py -v           # also each miss (dev only)
    python bench/compare.py --loeo       # leave-one-event-out: weights (and, alone, thresholds) chosen on the other events
    python bench/compare.py --loeo --grid stems=0,0.5,1 # ... with a family's weights to choose among
    python bench/compare.py --heldout    # the held-out gold, default scorer only: run ONCE, by the lead, at the end

Quality: for each gold claim with a ``same`` or ``conflicting`` counterpart in another article
(tests/gold_real/align/<part>/*.json, both directions), is the top-scored counterpart there
right?  The articles go through the real pipeline (builtin engine); a predicted claim stands
for the gold claim it overlaps most.  "gold spans" runs the same scorer on the gold claim
spans, to tell segmentation errors from scoring errors.

Speed: 20 articles of 50 sentences compared (alignment, sources, figures, entities), against
a baseline measured in the same run (the set's extraction without alignment); then the set is
reopened from a store and nothing is recomputed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.core.documents import make_document  # noqa: E402
from annotations.core.model import Claim  # noqa: E402
from annotations.nlp import align as align_mod  # noqa: E402
from annotations.nlp import pipeline  # noqa: E402
from annotations.nlp.analyze import AlignmentScores, score_alignment  # noqa: E402
from annotations.nlp.extract import get_engine  # noqa: E402

GOLD = ROOT / "tests" / "gold_real"


def load_events(part: str):
    """Per event: the alignment gold, the gold documents (stem → record) and their Documents."""
    events = []
    for path in sorted((GOLD / "align" / part).glob("*.json")):
        align_gold = json.loads(path.read_text(encoding="utf-8"))
        golds = {s: json.loads((GOLD / part / f"{s}.json").read_text(encoding="utf-8")) for s in align_gold["documents"]}
        docs = {s: make_document(g["text"], f"{s}.txt", parse_leading_metadata=False) for s, g in golds.items()}
        events.append((path.stem, align_gold, golds, docs))
    return events


def prepare(part: str):
    """Per event: (name, alignment gold, stems, documents, analyses, gold claims), through the real pipeline."""
    engine = get_engine("builtin")
    prepared = []
    for name, align_gold, golds, docs in load_events(part):
        stems = list(docs)
        result = pipeline.analyse_set([docs[s] for s in stems], engine)
        analyses = {s: result.get(docs[s].id) for s in stems}
        gold_claims = {s: [Claim(c["start"], c["end"], c["text"], c["kind"]) for c in golds[s]["claims"]] for s in stems}
        prepared.append((name, align_gold, stems, docs, analyses, gold_claims))
    return prepared


def quality(part: str, scorers, verbose: bool) -> dict[str, tuple[AlignmentScores, AlignmentScores]]:
    out: dict[str, tuple[AlignmentScores, AlignmentScores]] = {}
    prepared = prepare(part)
    for scorer in scorers:
        pipe_total, gold_total = AlignmentScores(), AlignmentScores()
        for name, align_gold, stems, docs, analyses, gold_claims in prepared:
            ids = {s: docs[s].id for s in stems}
            texts = [docs[s].text for s in stems]
            ents = [analyses[s].entities for s in stems]
            spans_gold = {s: [(c.start, c.end) for c in gold_claims[s]] for s in stems}
            for claims, total in (([analyses[s].claims for s in stems], pipe_total), ([gold_claims[s] for s in stems], gold_total)):
                pairs = align_mod.align([ids[s] for s in stems], texts, claims, ents, scorer)
                predicted = {s: [(c.start, c.end) for c in cl] for s, cl in zip(stems, claims)}
                total.add(score_alignment(align_gold, spans_gold, predicted, pairs, ids))
        out[scorer.name] = (pipe_total, gold_total)
        if verbose:
            for miss in pipe_total.misses:
                print(f"      {scorer.name}: {miss}")
    return out


def source_grouping(part: str) -> tuple[int, int, int, int]:
    """Pairs of gold speaker mentions (same event) naming one source (the gold's source texts;
    tests/gold_real/align/<part>/sources.txt says which of them are one source, when it exists),
    and how many of them end in one row of the sources table; also pairs of different sources
    and how many end merged."""
    from annotations.review.compare import source_table

    engine = get_engine("builtin")
    same_asked = same_right = diff_asked = diff_merged = 0
    variants_path = GOLD / "align" / part / "sources.txt"
    canon: dict[str, str] = {}
    if variants_path.exists():
        for line in variants_path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                names = [n.strip().casefold() for n in line.split("|")]
                for n in names:
                    canon[n] = names[0]
    for name, align_gold, golds, docs in load_events(part):
        stems = list(docs)
        result = pipeline.analyse_set([docs[s] for s in stems], engine)
        analyses = [result.get(docs[s].id) for s in stems]
        table = source_table([docs[s] for s in stems], analyses)
        group_of: dict[tuple[int, int, int], int] = {}  # (doc, claim start, end) -> row
        for r, row in enumerate(table):
            for d, refs in enumerate(row.claims):
                for start, end in refs:
                    group_of[(d, start, end)] = r
        mentions = []  # (gold source name, row or None)
        for d, s in enumerate(stems):
            for gc in golds[s]["claims"]:
                src = gc.get("refers_to") or gc.get("speaker")
                if not src or (gc.get("speaker") and not gc.get("refers_to") and src["text"].casefold() in {"he", "she", "it", "they", "we", "i"}):
                    continue
                key = " ".join(src["text"].split()).casefold()
                key = canon.get(key, key)
                best = max(
                    ((st, en) for (dd, st, en) in group_of if dd == d),
                    key=lambda sp: min(sp[1], gc["end"]) - max(sp[0], gc["start"]),
                    default=None,
                )
                row = None
                if best is not None and min(best[1], gc["end"]) > max(best[0], gc["start"]):
                    row = group_of[(d, *best)]
                mentions.append((key, row))
        for i, (k1, r1) in enumerate(mentions):
            for k2, r2 in mentions[i + 1 :]:
                if k1 == k2:
                    same_asked += 1
                    same_right += r1 is not None and r1 == r2
                else:
                    diff_asked += 1
                    diff_merged += r1 is not None and r1 == r2
    return same_asked, same_right, diff_asked, diff_merged


#: The weights leave-one-event-out chooses among (``words`` is 1: a cosine does not change when all
#: weights are scaled, so one family is the unit).
GRID: dict[str, tuple[float, ...]] = {
    "bigrams": (0.5, 1.0),
    "stems": (0.0, 0.5),
    "figures": (1.0, 2.0, 3.0),
    "counted": (0.0, 1.0),
    "names": (0.5, 1.0),
    "source": (0.5, 1.0),
}
#: (same_min, related_min) pairs it chooses among; the module's defaults first (ties keep them).
THRESHOLDS = [(align_mod.SAME_MIN, align_mod.RELATED_MIN)] + [
    (s, r) for s in (0.05, 0.07, 0.09, 0.11, 0.13, 0.15, 0.2) for r in (0.03, 0.05, 0.07, 0.09, 0.11) if r <= s
]


def _grid_scorers(grid: dict[str, tuple[float, ...]]) -> list[align_mod.Scorer]:
    """The default scorer first (ties keep it), then every combination of the grid's weights."""
    import dataclasses
    import itertools

    default = align_mod.DEFAULT_SCORER
    out = [default]
    keys = list(grid)
    for values in itertools.product(*(grid[k] for k in keys)):
        kw = dict(zip(keys, values))
        out.append(dataclasses.replace(default, name=" ".join(f"{k}={v:g}" for k, v in kw.items()), words=1.0, **kw))
    return out


def leave_one_event_out(prepared, grid=None, thresholds=None, verbose: bool = False):
    """Leave-one-event-out on the pipeline claims: for each event, the weights with the best
    top-1 on the other events (then the thresholds with the best relations there) score the
    left-out event.  Returns (pooled AlignmentScores, mean per-event top-1, per-event lines)."""
    grid = GRID if grid is None else grid
    thresholds = THRESHOLDS if thresholds is None else thresholds
    scorers = _grid_scorers(grid)
    events = []
    for name, align_gold, stems, docs, analyses, gold_claims in prepared:
        ids = {s: docs[s].id for s in stems}
        claims = [analyses[s].claims for s in stems]
        events.append((
            align_gold, ids, {s: [(c.start, c.end) for c in gold_claims[s]] for s in stems},
            {s: [(c.start, c.end) for c in cl] for s, cl in zip(stems, claims)},
            ([ids[s] for s in stems], [docs[s].text for s in stems], claims, [analyses[s].entities for s in stems]),
        ))
    # top-1 of every weight set on every event; the thresholds only for the weight sets chosen
    scored: dict[tuple[int, int], list] = {}
    top1 = []  # top1[c][e] = (right, asked)
    for c, scorer in enumerate(scorers):
        row = []
        for e, (align_gold, ids, spans_gold, predicted, args) in enumerate(events):
            scored[c, e] = align_mod.scored_pairs(*args, scorer)
            sc = score_alignment(align_gold, spans_gold, predicted, [p.labelled() for p in scored[c, e]], ids)
            row.append((sc.right, sc.asked))
        top1.append(row)

    def relations(c: int, e: int) -> tuple[list[int], int, list[int], int]:
        """Per threshold pair: relation right, (asked), unlisted pairs labelled same/conflicting, (unlisted)."""
        align_gold, ids, spans_gold, predicted, _ = events[e]
        rights, alike, asked, unlisted = [], [], 0, 0
        for same_min, related_min in thresholds:
            sc = score_alignment(align_gold, spans_gold, predicted, [p.labelled(same_min, related_min) for p in scored[c, e]], ids)
            rights.append(sc.relation_right)
            alike.append(sc.unlisted_alike)
            asked, unlisted = sc.relation_asked, sc.unlisted
        return rights, asked, alike, unlisted

    pooled = AlignmentScores()
    lines, per_event = [], []
    for e, event in enumerate(prepared):
        others = [k for k in range(len(prepared)) if k != e]
        c = max(range(len(scorers)), key=lambda c: (sum(top1[c][k][0] for k in others), -c))
        rel = {k: relations(c, k) for k in range(len(prepared))}
        # thresholds: the most gold relations right, then the fewest unlisted pairs called same/conflicting
        t = max(range(len(thresholds)), key=lambda t: (sum(rel[k][0][t] for k in others), -sum(rel[k][2][t] for k in others), -t))
        right, asked = top1[c][e]
        rights, rel_asked, alike, unlisted = rel[e]
        pooled.asked += asked
        pooled.right += right
        pooled.relation_asked += rel_asked
        pooled.relation_right += rights[t]
        pooled.unlisted += unlisted
        pooled.unlisted_alike += alike[t]
        per_event.append(right / asked if asked else 1.0)
        lines.append(f"    {event[0]:32s} {right:2d}/{asked:2d}  relation {rights[t]}/{rel_asked}  <- {scorers[c].name}; thresholds {thresholds[t]}")
    return pooled, sum(per_event) / len(per_event), lines


WORDS = (
    "regulator ministry platform calls users million restrict data government company messenger network court "
    "officials statement access security service police report figure analysts law internet fraud"
).split()
NAMES = ["Roskomnadzor", "Meta Platforms", "Telegram", "WhatsApp", "Anton Gorelkin", "Mediascope", "Interfax", "Moscow"]
FUNCTION = "the of and in to a that for on with as by at from".split()
_SYLLABLES = "ka lo mi ren sto vel dar po lin te gra mun sel or bi quen".split()


def _vocabulary(n: int = 1500) -> list[str]:
    """Made-up content words (syllable strings), so no word list is needed."""
    out, i = [], 0
    while len(out) < n:
        k, word = i, ""
        for _ in range(3):
            word += _SYLLABLES[k % len(_SYLLABLES)]
            k //= len(_SYLLABLES)
        out.append(word)
        i += 7
    return out


def synthetic_set(n_docs: int = 20, n_sentences: int = 50, seed: int = 13, *, dense: bool = False):
    """20 articles of 50 sentences on one story: quotes with a speaker, statements with a name and a figure.

    Realistic (default): content words drawn from a Zipf distribution over 1,500 words, with
    function words between them, as news on one event reads.  ``dense``: every word from the
    same 25 (the worst case: every claim shares words with a third of all the others)."""
    rng = random.Random(seed)
    vocab = WORDS if dense else WORDS + _vocabulary()
    weights = None if dense else [1.0 / (rank + 1) for rank in range(len(vocab))]
    docs = []
    for d in range(n_docs):
        sentences = []
        for k in range(n_sentences):
            words = rng.sample(vocab, 9) if dense else rng.choices(vocab, weights, k=9)
            name = rng.choice(NAMES)
            figure = f"{rng.randint(2, 120)} million"
            glue = [rng.choice(FUNCTION) for _ in range(6)]
            if k % 3 == 0:
                sentences.append(f'"The {words[0]} will {words[1]} {glue[0]} {words[2]} of {words[3]} {words[4]}," {name} said on Tuesday.')
            else:
                sentences.append(
                    f"{name} {words[0]}s {figure} {words[1]} {glue[1]} the {words[2]} {words[3]} {glue[2]} {words[4]} "
                    f"{glue[3]} {words[5]} {words[6]} {glue[4]} {words[7]}."
                )
        paras = [" ".join(sentences[i : i + 5]) for i in range(0, n_sentences, 5)]
        docs.append(make_document("\n\n".join(paras), f"synthetic_{d:02d}.txt", parse_leading_metadata=False))
    return docs


def _compare_time(docs, engine, runs: int = 3):
    """Median seconds of (the set's extraction without alignment, alignment + the tables), same run."""
    from annotations.review.compare import compare_tables

    steps = pipeline.STEPS
    base, times = [], []
    for _ in range(runs):
        work = pipeline.SetWork(docs, engine)
        t0 = time.perf_counter()
        for step in steps[:-1]:
            step(work)
        base.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        align_mod.align_claims(work)
        result = work.result()
        compare_tables(docs, result)
        times.append(time.perf_counter() - t0)
    return sorted(base)[runs // 2], sorted(times)[runs // 2], work, result


def speed() -> None:
    engine = get_engine("builtin")
    for dense in (False, True):
        docs = synthetic_set(dense=dense)
        words = sum(d.word_count for d in docs)
        b, t, work, result = _compare_time(docs, engine)
        n_claims = sum(len(c) for c in work.claims)
        what = "dense worst case, 25 words" if dense else "Zipf vocabulary"
        print(f"  20 articles x 50 sentences, {what} ({words:,} words, {n_claims} claims, {len(result.pairs):,} pairs):")
        print(f"    compare (alignment + sources, figures, entities tables): {t:.3f} s median of 3" + ("" if dense else " (target 1 s)"))
        print(f"    baseline, the set's extraction without alignment, same run: {b:.3f} s -> compare / extraction = {t / b:.1f}x")
    docs = synthetic_set()
    from annotations.store.store import AnnotationStore

    with tempfile.TemporaryDirectory() as tmp:
        store = AnnotationStore(str(Path(tmp) / "bench.json"))
        try:
            for doc in docs:
                store.add_document(doc)
            t0 = time.perf_counter()
            first = pipeline.analyse_set(docs, engine, store)
            t1 = time.perf_counter()
            calls = {"n": 0}
            original = align_mod.align

            def counting(*a, **k):
                calls["n"] += 1
                return original(*a, **k)

            align_mod.align = counting
            try:
                t2 = time.perf_counter()
                again = pipeline.analyse_set(docs, engine, store)
                t3 = time.perf_counter()
            finally:
                align_mod.align = original
        finally:
            store.close()
    print(f"    first analysis with a store: {t1 - t0:.3f} s; reopening: {t3 - t2:.3f} s, alignment runs {calls['n']}, "
          f"pairs equal: {again.pairs == first.pairs} ({len(again.pairs):,})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="score the held-out gold (the lead, once, at the end)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each miss (refused with --heldout)")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--loeo", action="store_true", help="also leave-one-event-out over the weight grid (dev only)")
    parser.add_argument("--grid", action="append", default=[], metavar="FAMILY=V1,V2",
                        help="with --loeo: the weights one family is chosen among, instead of GRID's ('none': default weights only)")
    args = parser.parse_args()
    if args.heldout and args.loeo:
        parser.error("--loeo is for the dev gold only")
    if args.heldout and args.verbose:
        parser.error("-v is refused with --heldout: reading held-out errors would make them tuning data")
    part = "heldout" if args.heldout else "dev"
    scorers = [align_mod.DEFAULT_SCORER] if args.heldout else list(align_mod.SCORERS.values())
    print(f"Claim alignment, {part} gold (top-1 for claims with a same/conflicting counterpart, both directions):")
    for name, (pipe, gold) in quality(part, scorers, args.verbose).items():
        mark = "  <- default" if name == align_mod.DEFAULT_SCORER.name else ""
        rel = f"{pipe.relation_right}/{pipe.relation_asked} (unlisted alike {pipe.unlisted_alike}/{pipe.unlisted})"
        print(f"  {name:40s} pipeline claims {pipe.right:2d}/{pipe.asked} = {pipe.top1:.2f}   gold spans {gold.right:2d}/{gold.asked} = {gold.top1:.2f}   relation {rel}{mark}")
    if args.loeo:
        grid = dict(GRID)
        for item in args.grid:
            if item == "none":  # the default weights only: thresholds chosen per fold
                grid = {}
                continue
            key, _, values = item.partition("=")
            grid[key] = tuple(float(v) for v in values.split(","))
        prepared = prepare(part)
        runs = [("weights and thresholds", grid)] + ([("thresholds only, default weights", {})] if grid else [])
        for what, g in runs:
            t0 = time.perf_counter()
            pooled, mean, lines = leave_one_event_out(prepared, g)
            print(f"Leave-one-event-out, {what} ({len(_grid_scorers(g))} weight sets x {len(THRESHOLDS)} thresholds, chosen on the other events):"
                  f" top-1 {pooled.right}/{pooled.asked} = {pooled.top1:.2f} (mean per event {mean:.2f}), relation {pooled.relation_right}/{pooled.relation_asked},"
                  f" unlisted pairs called same/conflicting {pooled.unlisted_alike}/{pooled.unlisted}  [{time.perf_counter() - t0:.0f} s]")
            if args.verbose:
                print("\n".join(lines))
    same_asked, same_right, diff_asked, diff_merged = source_grouping(part)
    if same_asked:
        print(f"Source grouping, {part} gold: two mentions of one speaker in one source {same_right}/{same_asked} = {same_right / same_asked:.2f};"
              f" two different speakers merged {diff_merged}/{diff_asked} = {diff_merged / max(1, diff_asked):.2f}")
    if not args.no_speed and not args.heldout:
        print("Speed:")
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
