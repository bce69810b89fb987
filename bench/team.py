"""Teams: merging coders' databases and agreement at scale.

Five coders each code 10,000 spans of the same 40 articles: most spans are shared
(with now and then another tag), some have shifted boundaries, some are a coder's
own.  Prints:

* merging the five 10,000-annotation databases into a new team database (target <= 2 s),
  from opening the inputs to the team database closed; then merging again (nothing new);
* agreement over the 50,000 annotations of the five coders (target <= 2 s): the
  computation alone, and with opening the team database (as ``presslens agreement`` does);
  and with ``--by tag`` / ``--by document``.

    python bench/team.py
    python bench/team.py --per-coder 2000
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.core.documents import make_document  # noqa: E402
from annotations.core.model import Annotation  # noqa: E402
from annotations.review.agreement import store_agreement  # noqa: E402
from annotations.review.merge import merge_files  # noqa: E402
from annotations.store.store import AnnotationStore  # noqa: E402

WORDS = "the ministry said officials data percent million police court election economy market".split()
TAGS = ["actor", "claim", "source", "economy", "politics", "conflict"]
CODERS = ["ana", "ben", "cy", "dee", "eli"]


def articles(n: int = 40, words: int = 4000):
    docs = []
    for d in range(n):
        text = " ".join(WORDS[(i + d) % len(WORDS)] + ("." if i % 17 == 16 else "") for i in range(words))
        docs.append(make_document(f"Article {d}\n\n{text}", f"/bench/team/article-{d:02}.txt"))
    return docs


def coder_annotations(docs, coder: str, per_coder: int, seed: int) -> list[Annotation]:
    shared = random.Random(seed)  # the same spans for every coder
    own = random.Random(f"{seed}-{coder}")  # what this coder does differently
    out = []
    for i in range(per_coder):
        doc = docs[shared.randrange(len(docs))]
        start = shared.randrange(len(doc.text) - 60)
        end = start + shared.randint(5, 40)
        tag = shared.choice(TAGS)
        roll = own.random()
        if roll < 0.10:
            tag = own.choice(TAGS)  # another tag
        elif roll < 0.18:
            start, end = start + own.randint(0, 4), end + own.randint(0, 4)  # other boundaries
        elif roll < 0.23:
            start = own.randrange(len(doc.text) - 60)  # a span of their own
            end = start + own.randint(5, 40)
        out.append(Annotation.for_span(doc, start, end, id=f"{coder}-{i:06}", tags=[tag], author=coder,
                                       at="2025-01-01T00:00:00.000Z"))
    return out


def build(folder: Path, per_coder: int) -> list[str]:
    docs = articles()
    paths = []
    for coder in CODERS:
        path = folder / f"{coder}.json"
        with AnnotationStore(path) as store:
            for doc in docs:
                store.add_document(doc)
            store.add_many(coder_annotations(docs, coder, per_coder, seed=14), undoable=False)
        paths.append(str(path))
    return paths


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-coder", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = build(folder, args.per_coder)
        total = args.per_coder * len(inputs)

        def fresh_merge():
            team = folder / f"team-{time.perf_counter_ns()}.json"
            report = merge_files(str(team), inputs)
            assert report.added == total and not report.conflicts, (report.added, report.conflicts[:3])
            return team

        took, team = timed(fresh_merge)
        print(f"merge {len(inputs)} x {args.per_coder:,} annotations into a new team database  {took:6.2f} s   (target <= 2 s)")
        again, report = timed(lambda: merge_files(str(team), inputs))
        assert report.added == 0 and report.updated == 0
        print(f"merge again (nothing new)                                  {again:6.2f} s")

        with AnnotationStore(team, read_only=True) as store:
            for by in (None, "tag", "document"):
                took, result = timed(lambda: store_agreement(store, by=by))
                overall = result["overall"]
                label = f"agreement over {total:,} annotations, {len(CODERS)} coders" + (f", --by {by}" if by else "")
                print(f"{label:<58} {took:6.2f} s   (alpha {overall['krippendorff_alpha']:.3f}, "
                      f"F1 exact {overall['span_f1_exact']:.3f}, alpha-U {overall['unitizing']['alpha']:.3f})")

        def open_and_compute():
            with AnnotationStore(team, read_only=True) as store:
                return store_agreement(store)

        took, _ = timed(open_and_compute)
        print(f"{'open the team database + agreement (the CLI path)':<58} {took:6.2f} s   (target <= 2 s)")


if __name__ == "__main__":
    main()
