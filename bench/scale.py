"""Scale: a researcher's project with 100,000 annotations.

Prints, each against a baseline measured in the same run (these machines are noisy):

* import of a json export holding N annotations on one article (target: 100k in <= 3 s),
  against writing that export file (the same data, serialised);
* open of a database of M annotations (target: 50k in <= 0.3 s), against reading and
  parsing its snapshot with json (the floor any JSON store pays).

    python bench/scale.py                        # 100k import, 50k open
    python bench/scale.py --import-n 20000 --open-n 10000
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.core.documents import make_document  # noqa: E402
from annotations.core.model import Annotation  # noqa: E402
from annotations.exchange import export as ex  # noqa: E402
from annotations.exchange.importer import import_file  # noqa: E402
from annotations.store.store import AnnotationStore  # noqa: E402

WORDS = "the ministry said officials data percent million police court election economy market".split()


def article(n_words: int = 20000):
    text = " ".join(WORDS[i % len(WORDS)] + ("." if i % 17 == 16 else "") for i in range(n_words))
    return make_document(text, "/bench/one-long-article.txt")


def annotations(doc, n: int) -> list[Annotation]:
    out = []
    step = max(1, (len(doc.text) - 40) // n)
    for i in range(n):
        start = (i * step) % (len(doc.text) - 40)
        out.append(Annotation.for_span(doc, start, start + 12 + i % 20, id=f"scale-{i:08}", tags=["verified"],
                                       comment="checked" if i % 3 == 0 else "", author="bench",
                                       at="2025-01-01T00:00:00.000Z"))
    return out


def timed(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_import(n: int, folder: Path) -> None:
    doc = article()
    anns = annotations(doc, n)
    path = folder / "export.json"
    write = timed(lambda: ex.write_export("json", [doc], anns, path, with_text=True), repeat=1)

    def run() -> None:
        db = folder / f"import-{time.perf_counter_ns()}.json"
        with AnnotationStore(db) as store:
            report = import_file(store, path)
        assert report.added == n

    tracemalloc.start()
    took = timed(run, repeat=1)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    took = min(took, timed(run, repeat=2))
    print(f"import {n:,} annotations        {took:7.2f} s   (writing the export: {write:.2f} s; ratio {took / write:.1f}x; "
          f"peak traced memory {peak / 1e6:.0f} MB; target <= 3 s at 100k)")


def bench_open(n: int, folder: Path) -> None:
    doc = article()
    db = folder / "open.json"
    with AnnotationStore(db) as store:
        store.add_many(annotations(doc, n), undoable=False)
    raw = timed(lambda: json.loads(db.read_bytes()))

    def run() -> None:
        AnnotationStore(db, read_only=True).close()

    took = timed(run)
    print(f"open a database of {n:,}        {took:7.2f} s   (json.loads of its snapshot: {raw:.2f} s; ratio {took / raw:.1f}x; "
          "target <= 0.3 s at 50k)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--import-n", type=int, default=100_000)
    parser.add_argument("--open-n", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_import(args.import_n, Path(tmp))
        bench_open(args.open_n, Path(tmp))


if __name__ == "__main__":
    main()
