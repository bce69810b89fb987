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


# --------------------------------------------------------------------------- the reader at scale

KEYS = (
    ("down", ("down",)),
    ("right", ("right",)),
    ("pagedown", ("pagedown",)),
    ("tag picker (t)", ("t",)),
    ("tag: apply (Enter)", tuple("checked") + ("enter",)),
    ("comment editor (m)", ("m",)),
    ("comment: save (Ctrl+S)", ("x", "ctrl+s")),
    ("undo (u)", ("u",)),
    ("tag picker again (t)", ("t",)),  # the dialog is made once, then reused
    ("tag picker close (Esc)", ("escape",)),
    ("comment editor again (m)", ("m",)),
    ("comment editor close (Esc)", ("escape",)),
    ("help (?)", ("question_mark",)),
    ("help close (Esc)", ("escape",)),
    ("column chooser (c)", ("c",)),
    ("column chooser close (Esc)", ("escape",)),
    ("export dialog (X)", ("X",)),
    ("export dialog close (Esc)", ("escape",)),
    ("panel open (A)", ("A",)),
    ("panel filter (type 'c')", ("c",)),
    ("panel down", ("down",)),
    ("panel close (Esc)", ("escape",)),
)


async def _key_latencies(n: int, folder: Path) -> dict[str, tuple[float, float]]:
    """ms per step, in a headless run: (until the screen is repainted with the answer, until all work is done).

    "Repainted": the key is posted as a terminal would deliver it, then timed until the refresh
    after it has been handled (in the panel: until its table draws a row line again).  "All work done": the
    store's save is durable, the views show it, background work (the panel's column widths,
    its filter's later chunks) is finished and the process is idle (what Pilot waits for).

    A dialog's opening and closing are separate rows.  "Repainted" for a dialog is when the screen
    has settled: repaints asked for while the first frame with the dialog is drawn (a restyle, a
    layout that changes a list's size) come one or two update-timer ticks after it.  Help, the
    column chooser and the export dialog are opened once here: their first showing (built while
    the reader was idle, never laid out on screen yet) is what these rows time.  The export dialog
    opens once the store thread has answered (its targets): timed until it is the screen.
    """
    import asyncio

    from textual import events

    from annotations.core.documents import load_paths
    from tui.app import AppOptions, create_app
    from tui.rowtable import RowTable

    text_path = folder / f"article-{n}.txt"
    text_path.write_text(article().text, encoding="utf-8")
    doc = load_paths([str(text_path)]).documents[0]
    db = folder / f"reader-{n}.json"
    with AnnotationStore(db) as store:
        store.add_document(doc)
        if n:
            store.add_many(annotations(doc, n), undoable=False)
    app = create_app([str(text_path)], options=AppOptions(animation=False, author="bench"), store=AnnotationStore(db))
    out: dict[str, tuple[float, float]] = {}
    painted: list[float] = []
    render_line = RowTable.render_line

    def drawn(table, y):
        if y > 0 and not painted:
            painted.append(time.perf_counter())
        return render_line(table, y)

    RowTable.render_line = drawn

    async def idle(pilot) -> None:
        reader = app.reader
        await app.workers.wait_for_complete()
        await pilot.pause()
        while reader is not None and reader.client is not None and reader.client.pending:
            await pilot.pause(0.001)
        await pilot.pause()

    async def refreshed() -> None:
        for _ in range(2):  # the key is handled in a widget's own queue: the second refresh shows it
            done = asyncio.Event()
            app.call_after_refresh(done.set)
            await done.wait()

    async with app.run_test(size=(120, 40)) as pilot:
        await idle(pilot)
        for name, keys in KEYS:
            *before, last = keys
            if before:
                await pilot.press(*before)
                await idle(pilot)
            char = last if len(last) == 1 else None
            painted.clear()
            t0 = time.perf_counter()
            app.post_message(events.Key(last, char))
            if name.startswith("panel") and "Esc" not in name:  # until the panel's rows are drawn
                repaint = asyncio.ensure_future(refreshed())  # when there is no row to redraw
                while not painted and not repaint.done():
                    await asyncio.sleep(0.0005)
                now = time.perf_counter()
                await repaint
                responded = (painted[0] if painted else now) - t0
            elif name.startswith("export dialog") and "Esc" not in name:  # it opens once the store has answered
                while type(app.screen).__name__ != "ExportDialog":
                    await asyncio.sleep(0.0005)
                await refreshed()
                responded = time.perf_counter() - t0
            elif "close" in name:  # until the reader is the screen again, then repainted (a dialog not kept
                while app.screen is not app.reader:  # is removed: refresh callbacks set on it return early)
                    await asyncio.sleep(0.0005)
                await refreshed()
                responded = time.perf_counter() - t0
            else:
                await refreshed()
                responded = time.perf_counter() - t0
            await idle(pilot)
            out[name] = (responded * 1000, (time.perf_counter() - t0) * 1000)
    RowTable.render_line = render_line
    return out


def bench_keys(n: int, folder: Path) -> None:
    import asyncio

    base = asyncio.run(_key_latencies(0, folder))
    scaled = asyncio.run(_key_latencies(n, folder))
    print(f"reader keys with {n:,} annotations on one article, headless at 120x40, in ms: repainted / all work done "
          "(baseline: the same app with 0 annotations; target: repainted <= 50 ms, the panel <= 100 ms)")
    for name, _ in KEYS:
        r, d = scaled[name]
        br, bd = base[name]
        print(f"  {name:26} {r:8.1f} / {d:8.1f}   (0 annotations: {br:6.1f} / {bd:6.1f}; ratio {r / max(br, 0.1):5.1f}x / {d / max(bd, 0.1):5.1f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--import-n", type=int, default=100_000)
    parser.add_argument("--open-n", type=int, default=50_000)
    parser.add_argument("--keys-n", type=int, default=100_000, help="annotations for the reader keys (0: skip)")
    parser.add_argument("--only", choices=("import", "open", "keys"), help="run one part")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.only in (None, "import"):
            bench_import(args.import_n, Path(tmp))
        if args.only in (None, "open"):
            bench_open(args.open_n, Path(tmp))
        if args.only in (None, "keys") and args.keys_n:
            bench_keys(args.keys_n, Path(tmp))


if __name__ == "__main__":
    main()
