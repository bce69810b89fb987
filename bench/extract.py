"""Extraction throughput: words per second of each available engine.

Builds a ~100k-word corpus by repeating and lightly varying the seed articles
and the gold texts, runs every engine three times over it and prints the
median, and where the builtin engine's time goes by stage.  Then the set
pipeline (what the reader runs: sets of four articles, names harmonised,
claims) with an in-memory store as cache: first open and reopen.  An engine
whose optional dependencies are missing prints "not installed".

Run:  .venv/bin/python bench/extract.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.core.documents import make_document  # noqa: E402
from annotations.nlp.extract import ENGINES, EngineUnavailable, get_engine  # noqa: E402
from annotations.core.model import Document  # noqa: E402

TARGET_WORDS = 100_000
RUNS = 3
# Swaps that vary the repeated texts (names, figures) so no two copies are identical.
VARIANTS = [
    {},
    {"Russia": "Belarus", "Moscow": "Minsk", "2022": "2021"},
    {"Telegram": "Signal", "million": "billion", "Wednesday": "Friday"},
    {"said": "told reporters", "Reuters": "Bloomberg", "Aug.": "Sept."},
]


def corpus() -> list[Document]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "unit" / "nlp" / "dev_gold").glob("*.txt"))]
    docs: list[Document] = []
    words = 0
    k = 0
    while words < TARGET_WORDS:
        text = texts[k % len(texts)]
        for old, new in VARIANTS[(k // len(texts)) % len(VARIANTS)].items():
            text = text.replace(old, new)
        doc = make_document(f"{text}\n\nCopy {k}.", f"bench-{k}.txt")
        docs.append(doc)
        words += doc.word_count
        k += 1
    return docs


def main() -> None:
    docs = corpus()
    words = sum(d.word_count for d in docs)
    print(f"corpus: {len(docs)} documents, {words} words; median of {RUNS} runs")
    engines = []
    for name in ENGINES:
        try:
            engines.append((name, get_engine(name)))
        except EngineUnavailable:
            engines.append((name, None))
    width = max(28, *(len(e.label) + 1 for _, e in engines if e is not None))
    print(f"{'engine':<{width}} {'seconds':>9} {'words/s':>10}")
    for name, engine in engines:
        if engine is None:
            print(f"{name:<{width}} {'not installed':>20}")
            continue
        engine.analyze(docs[0])  # warm-up: gazetteers, model load
        times = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            for doc in docs:
                engine.analyze(doc)
            times.append(time.perf_counter() - t0)
        median = statistics.median(times)
        print(f"{engine.label:<{width}} {median:>9.3f} {words / median:>10.0f}")
    stages(docs)
    set_pipeline(docs, words)
    highlights_painted()


def stages(docs: list[Document]) -> None:
    """Where the builtin engine's time goes: each stage of :func:`analyze_document` on its own, median of
    ``RUNS`` (the stages' inputs computed once beforehand), and its share of their sum."""
    from annotations.nlp.claims import extract_claims
    from annotations.nlp.extract import supported
    from annotations.nlp.sentences import split_sentences

    engine = get_engine("builtin")
    sentences = [split_sentences(d.text) for d in docs]
    entities = [engine.entities(d.text, s) for d, s in zip(docs, sentences)]
    steps = {
        "sentences": lambda: [split_sentences(d.text) for d in docs],
        "language": lambda: [supported(engine, d.text) for d in docs],
        "entities": lambda: [engine.entities(d.text, s) for d, s in zip(docs, sentences)],
        "claims": lambda: [extract_claims(d.text, e, s) for d, e, s in zip(docs, entities, sentences)],
    }
    seconds = {}
    for name, step in steps.items():
        times = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            step()
            times.append(time.perf_counter() - t0)
        seconds[name] = statistics.median(times)
    total = sum(seconds.values())
    print("builtin by stage: " + ", ".join(f"{k} {v:.3f} s ({v / total:.0%})" for k, v in seconds.items()))


def set_pipeline(docs: list[Document], words: int, size: int = 4) -> None:
    """The builtin engine through :func:`analyse_set`, sets of ``size`` articles, cold and reopened."""
    from annotations.nlp.pipeline import analyse_set
    from annotations.store.store import AnnotationStore

    engine = get_engine("builtin")
    sets = [docs[i : i + size] for i in range(0, len(docs), size)]
    cold, warm = [], []
    for _ in range(RUNS):
        with AnnotationStore(None) as store:
            t0 = time.perf_counter()
            for docs_set in sets:
                analyse_set(docs_set, engine, store)
            cold.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            for docs_set in sets:
                analyse_set(docs_set, engine, store)
            warm.append(time.perf_counter() - t0)
    for label, times in ((f"set of {size}, first open", cold), (f"set of {size}, reopen", warm)):
        median = statistics.median(times)
        print(f"{label:<28} {median:>9.3f} {words / median:>10.0f}")


def highlights_painted(runs: int = 5) -> None:
    """Process start to the highlights on screen for `presslens open seeds/*` on a real pty.

    The status line names the engine once its highlights are painted, so the time
    until that name appears is the time a reader waits for the colours.  Run with
    a fresh database each time, so the extraction cache is cold, and once more with
    the cache warm (a reopen).
    """
    import sys
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from startup import BIN, ROOT, read_until, spawn, stop

    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    for label, fresh in (("cold cache", True), ("warm cache (reopen)", False)):
        times = []
        with tempfile.TemporaryDirectory() as tmp:
            for run in range(runs):
                db = Path(tmp) / (f"db{run}.json" if fresh else "db.json")
                start = time.perf_counter()
                pid, fd = spawn([str(BIN / "presslens"), "open", "--db", str(db), *seeds], 120, 30)
                try:
                    read_until(fd, b"builtin 0.1")
                    times.append(time.perf_counter() - start)
                finally:
                    stop(pid, fd)
        print(f"start -> highlights painted, seeds, {label}: median {statistics.median(times) * 1000:.0f} ms "
              f"(runs: {', '.join(f'{t * 1000:.0f}' for t in times)})")


if __name__ == "__main__":
    main()
