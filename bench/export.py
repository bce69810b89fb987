"""Export benchmark: time and peak memory to export 100,000 annotations over 200 articles.

For each format, two ways:

* ``string``: ``export_<fmt>(...)`` building the whole output in memory;
* ``file``: ``write_export(fmt, ..., path)``, streamed to disk atomically.

Time is the best of ``--repeat`` runs without tracing; peak memory is measured
in a separate traced run (``tracemalloc``, Python allocations made by the
export itself; the input annotations are allocated before tracing starts).
Target: json and w3c in at most 2 s.

    python bench/export.py [--annotations 100000] [--documents 200] [--repeat 3] [--check]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.exchange import export as ex  # noqa: E402
from annotations.core.documents import make_document  # noqa: E402
from annotations.core.model import Annotation, Link, quote_context  # noqa: E402

TARGET_SECONDS = {"json": 2.0, "w3c": 2.0}
#: Typical English news copy: mostly ASCII, with curly quotes, dashes, accented names and a euro sign.
WORDS = (
    "the ministry said on Wednesday that talks had collapsed after officials in Brussels rejected "
    "a proposal worth €5.2bn — “we walked away,” Müller told reporters; José Núñez’s office declined "
    "to comment according to Reuters and AP"
).split()


def build(n_annotations: int, n_documents: int, seed: int = 1) -> tuple[list, list]:
    """Deterministic synthetic articles (~900 words each) and annotations spread over them."""
    rng = random.Random(seed)
    docs = []
    for i in range(n_documents):
        paras = ["\n".join(" ".join(rng.choice(WORDS) for _ in range(60)) for _ in range(3)) for _ in range(5)]
        docs.append(make_document("\n\n".join(paras), f"/bench/article-{i:03d}.txt", url=f"https://news.example/{i}"))
    anns = []
    for n in range(n_annotations):
        doc = docs[n % n_documents]
        start = rng.randrange(0, len(doc.text) - 200)
        end = start + rng.randrange(5, 160)
        prefix, quote, suffix = quote_context(doc.text, start, end)
        human = n % 4 != 0
        anns.append(
            Annotation(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                doc_id=doc.id,
                start=start,
                end=end,
                quote=quote,
                prefix=prefix,
                suffix=suffix,
                tags=rng.sample(["claim", "quote", "disputed", "source", "figure"], rng.randrange(0, 3)),
                comment="check this\nagainst the wire copy" if n % 5 == 0 else "",
                author="alice" if human else None,
                generator=None if human else {"name": "builtin", "version": "0.1.0"},
                label=None if human else rng.choice(["PERSON", "ORG", "quote"]),
                status="human" if human else "suggested",
                created="2025-08-13T10:00:00.000Z",
                modified="2025-08-13T11:30:00.000Z",
            )
        )
    for n in range(0, n_annotations - 1, 10):  # every tenth annotation links to another
        other = anns[(n * 7919) % n_annotations]
        if other.id != anns[n].id:
            anns[n].links.append(Link(other.id, "same-claim", other.doc_id))
    return docs, anns


def _string(fmt: str, docs: list, anns: list, out: Path) -> None:
    if fmt == "brat":
        ex.export_brat(docs, anns, out / "brat")
    elif fmt == "json":
        ex.export_json(docs, anns)
    elif fmt == "w3c":
        ex.export_w3c(docs, anns)
    elif fmt == "jsonl":
        ex.export_jsonl(docs, anns)
    elif fmt == "csv":
        ex.export_csv(docs, anns)
    else:
        ex.export_html(docs, anns)


def _file(fmt: str, docs: list, anns: list, out: Path) -> None:
    ex.write_export(fmt, docs, anns, out / ("brat" if fmt == "brat" else f"export.{fmt}"))


def measure(run, fmt: str, docs: list, anns: list, out: Path, repeat: int) -> tuple[float, float]:
    """(best seconds, peak MiB) of ``run``."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        run(fmt, docs, anns, out)
        best = min(best, time.perf_counter() - t0)
    gc.collect()
    tracemalloc.start()
    run(fmt, docs, anns, out)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, peak / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--formats", default=",".join(ex.EXPORT_FORMATS))
    parser.add_argument("--check", action="store_true", help="exit 1 when json or w3c misses its target")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    docs, anns = build(args.annotations, args.documents)
    print(f"export bench: {len(anns):,} annotations over {len(docs)} documents (built in {time.perf_counter() - t0:.1f} s)")
    header = f"{'format':<7} {'string s':>9} {'string MiB':>11} {'file s':>8} {'file MiB':>9} {'size MB':>8}  target"
    print(header)
    print("-" * len(header))
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for fmt in args.formats.split(","):
            s_time, s_peak = measure(_string, fmt, docs, anns, out, args.repeat)
            f_time, f_peak = measure(_file, fmt, docs, anns, out, args.repeat)
            target = TARGET_SECONDS.get(fmt)
            size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file() and (
                p.parent.name == "brat" if fmt == "brat" else p.name == f"export.{fmt}")) / 1e6
            verdict = ""
            if target is not None:
                ok = max(s_time, f_time) <= target
                failed |= not ok
                verdict = f"<= {target:.0f} s {'ok' if ok else 'MISSED'}"
            print(f"{fmt:<7} {s_time:>9.2f} {s_peak:>11.1f} {f_time:>8.2f} {f_peak:>9.1f} {size:>8.1f}  {verdict}")
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
