"""Benchmark the annotation store against TinyDB's default JSONStorage.

For 1k, 10k and 50k annotations over 500 documents, times single changes
(adding one annotation, durable on return) in the presslens store and, beside
it in the same run, inserting one annotation into a plain TinyDB JSONStorage
file holding the same data (fewer samples there: each rewrites the whole file).
Also times loading the largest database, and a few other changes at that size.

    python bench/store.py                 # the full run
    python bench/store.py --sizes 1000    # quicker
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tinydb import TinyDB

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.core.documents import make_document  # noqa: E402
from annotations.core.model import Annotation, Document  # noqa: E402
from annotations.store.store import AnnotationStore  # noqa: E402

N_DOCS = 500
WORDS = (
    "minister said government report claims officials data percent million police city court "
    "election voters economy market prices inflation ministry spokesman according sources told "
    "reuters agency statement wednesday thursday protest security border war talks deal"
).split()


def make_docs(rng: random.Random) -> list[Document]:
    docs = []
    for i in range(N_DOCS):
        sentences = [" ".join(rng.choices(WORDS, k=rng.randint(8, 20))).capitalize() + "." for _ in range(25)]
        docs.append(make_document(f"Article {i}\n\n" + " ".join(sentences), f"/bench/article-{i:03}.txt"))
    return docs


def make_annotation(rng: random.Random, doc: Document, n: int) -> Annotation:
    start = rng.randrange(0, len(doc.text) - 80)
    end = start + rng.randint(10, 80)
    return Annotation.for_span(
        doc,
        start,
        end,
        id=f"bench-{n:08}-{rng.getrandbits(64):016x}",
        tags=rng.sample(["verified", "disputed", "conflict", "economic", "loaded-language"], k=2),
        comment="checked against the agency wire" if n % 3 == 0 else "",
        author="bench",
    )


def timed(fn: Callable[[int], object], count: int) -> list[float]:
    """Milliseconds per call of ``fn(i)`` for i in range(count)."""
    times = []
    for i in range(count):
        t0 = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def stats(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def build_store(path: Path, docs: list[Document], anns: list[Annotation]) -> None:
    with AnnotationStore(path) as store:
        for doc in docs:
            store.add_document(doc)
        for i in range(0, len(anns), 5000):
            store.add_many(anns[i : i + 5000], undoable=False)


def build_jsonstorage(path: Path, docs: list[Document], anns: list[Annotation]) -> None:
    db = TinyDB(path)
    db.table("documents").insert_multiple(d.to_dict() for d in docs)
    db.table("annotations").insert_multiple(a.to_dict() for a in anns)
    db.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--changes", type=int, default=500, help="timed changes per size (presslens store)")
    parser.add_argument("--json-changes", type=int, nargs="+", default=[50, 20, 10], help="per size, JSONStorage")
    args = parser.parse_args(argv)
    rng = random.Random(1)
    docs = make_docs(rng)
    rows = []
    extra: list[tuple[str, float, float]] = []
    load_rows = []
    with tempfile.TemporaryDirectory(prefix="presslens-bench-") as tmp:
        for idx, size in enumerate(args.sizes):
            anns = [make_annotation(rng, docs[i % N_DOCS], i) for i in range(size)]
            path = Path(tmp) / f"store-{size}.json"
            build_store(path, docs, anns)
            t0 = time.perf_counter()
            store = AnnotationStore(path)
            load_ms = (time.perf_counter() - t0) * 1000

            def add(i: int) -> None:
                doc = docs[rng.randrange(N_DOCS)]
                start = rng.randrange(0, len(doc.text) - 60)
                store.new_annotation(doc, start, start + 40, tags=["disputed"], author="bench")

            ours = stats(timed(add, args.changes))
            if idx == len(args.sizes) - 1:
                some = [a.id for a in rng.sample(anns, 200)]

                def edit(i: int) -> None:
                    ann = store.get(some[i])
                    assert ann is not None
                    ann.comment = f"edited {i}"
                    store.update(ann)

                extra.append(("update annotation", *stats(timed(edit, 100))))
                link = lambda i: store.link(some[i], some[i + 100], "supports")  # noqa: E731
                extra.append(("link two annotations", *stats(timed(link, 100))))
                extra.append(("delete annotation", *stats(timed(lambda i: store.delete(some[i]), 100))))
                extra.append(("undo", *stats(timed(lambda i: store.undo(), 100))))
                extra.append(("redo", *stats(timed(lambda i: store.redo(), 100))))
                extra.append(("annotations(doc) read", *stats(timed(lambda i: store.annotations(docs[i].id), 100))))
            t0 = time.perf_counter()
            store.close()
            close_ms = (time.perf_counter() - t0) * 1000
            size_mb = path.stat().st_size / 1e6

            json_path = Path(tmp) / f"json-{size}.json"
            build_jsonstorage(json_path, docs, anns)
            db = TinyDB(json_path)
            table = db.table("annotations")
            count = args.json_changes[min(idx, len(args.json_changes) - 1)]
            theirs = stats(timed(lambda i: table.insert(make_annotation(rng, docs[i], size + i).to_dict()), count))
            db.close()
            t0 = time.perf_counter()
            with TinyDB(json_path) as db:
                db.table("annotations").get(doc_id=1)
            json_load_ms = (time.perf_counter() - t0) * 1000
            json_path.unlink()
            rows.append((size, *ours, args.changes, *theirs, count))
            load_rows.append((size, size_mb, load_ms, close_ms, json_load_ms))
            print(f"  ... {size} done", file=sys.stderr)

    print(f"\nAdd one annotation (durable on return), {N_DOCS} documents; ms per change")
    print(
        f"{'annotations':>11} | {'presslens median':>16} {'p95':>7} {'n':>5} | "
        f"{'JSONStorage median':>18} {'p95':>8} {'n':>4}"
    )
    print("-" * 80)
    for size, med, p95, n, jmed, jp95, jn in rows:
        print(f"{size:>11,} | {med:>16.2f} {p95:>7.2f} {n:>5} | {jmed:>18.1f} {jp95:>8.1f} {jn:>4}")
    print(f"\nLoad / close (close writes a compact snapshot); ms")
    print(
        f"{'annotations':>11} | {'file MB':>7} | {'presslens open':>14} | {'presslens close':>15} | "
        f"{'JSONStorage open':>16}"
    )
    print("-" * 76)
    for size, mb, load, close, jload in load_rows:
        print(f"{size:>11,} | {mb:>7.1f} | {load:>14.0f} | {close:>15.0f} | {jload:>16.0f}")
    if extra:
        print(f"\nOther operations at {args.sizes[-1]:,} annotations (presslens store); ms")
        print(f"{'operation':>22} | {'median':>7} {'p95':>7}")
        print("-" * 40)
        for name, med, p95 in extra:
            print(f"{name:>22} | {med:>7.2f} {p95:>7.2f}")


if __name__ == "__main__":
    main()
