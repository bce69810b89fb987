"""The builtin engine against another revision of itself: same output? how much work?

For speed work that must not change what the engine finds.  Checks out REVISION (a
commit, tag or branch) in a temporary git worktree and, for the engine there and the
engine here:

1. compares the output (every entity and claim) on every gold and seed text, and names
   the first texts that differ;
2. counts the instructions one pass over the bench corpus of ``bench/extract.py`` takes,
   under valgrind's cachegrind (the same count within about 0.2% run after run, where wall
   time on a shared machine swings by 10-25%); skipped when valgrind is not installed;
3. times that pass in turn, three rounds of three passes each, and prints the medians.

Run:  .venv/bin/python bench/against.py REVISION        (e.g. HEAD~3, a tag, a commit)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

#: Run in a child process with the engine of the root given first: prints what the mode asks for.
CHILD = r'''
import json, statistics, sys, time
root, mode = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
from annotations.nlp.extract import get_engine  # the engine of ROOT, before the bench module's imports
from annotations.core.documents import make_document
import annotations
assert annotations.__file__.startswith(root), annotations.__file__
engine = get_engine("builtin")
if mode == "output":
    out = {}
    for path in json.loads(sys.stdin.read()):
        text = open(path, encoding="utf-8").read()
        a = engine.analyze(make_document(text, path))
        out[path] = [[x.start, x.end, x.label] for x in a.entities] + [repr(c) for c in a.claims]
    print(json.dumps(out))
    sys.exit(0)
sys.path.insert(0, sys.argv[3])
import extract as bench
docs = bench.corpus()
engine.analyze(docs[0])
if mode == "pass":  # one pass (the instruction count subtracts a run with mode "none")
    for d in docs:
        engine.analyze(d)
elif mode == "time":
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        for d in docs:
            engine.analyze(d)
        times.append(time.perf_counter() - t0)
    print(sum(d.word_count for d in docs) / statistics.median(times))
'''


def texts() -> list[str]:
    folders = [ROOT / "seeds", ROOT / "tests" / "gold", ROOT / "tests" / "unit" / "nlp" / "dev_gold"]
    folders += sorted(p for p in (ROOT / "tests" / "gold_real").iterdir() if p.is_dir())
    return [str(p) for folder in folders for p in sorted(folder.glob("*.txt"))]


def child(root: Path, mode: str, stdin: str = "") -> str:
    done = subprocess.run([PY, "-c", CHILD, str(root), mode, str(ROOT / "bench")], input=stdin,
                          capture_output=True, text=True, check=True)
    return done.stdout


def instructions(root: Path, mode: str, valgrind: str) -> int:
    done = subprocess.run([valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           PY, "-c", CHILD, str(root), mode, str(ROOT / "bench")],
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    line = next(x for x in done.stderr.splitlines() if "I" in x and "refs:" in x)
    return int(line.split("refs:")[1].replace(",", "").split()[0])


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1])
        return 2
    revision = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "other"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(other), revision], check=True)
        try:
            roots = {revision: other, "here": ROOT}
            paths = texts()
            outputs = {name: json.loads(child(root, "output", json.dumps(paths))) for name, root in roots.items()}
            differ = [p for p in paths if outputs[revision][p] != outputs["here"][p]]
            digest = {n: hashlib.sha256(json.dumps(o, sort_keys=True).encode()).hexdigest()[:12] for n, o in outputs.items()}
            print(f"output on {len(paths)} texts: {'the same' if not differ else f'{len(differ)} differ'}"
                  f" ({revision} {digest[revision]}, here {digest['here']})")
            for p in differ[:5]:
                print(f"  differs: {Path(p).relative_to(ROOT)}")
            if valgrind := shutil.which("valgrind"):
                work = {n: instructions(r, "pass", valgrind) - instructions(r, "none", valgrind) for n, r in roots.items()}
                print(f"instructions for one pass over the bench corpus: {revision} {work[revision] / 1e6:,.0f} M, "
                      f"here {work['here'] / 1e6:,.0f} M (ratio {work['here'] / work[revision]:.3f})")
            else:
                print("instructions: valgrind not installed")
            speeds: dict[str, list[float]] = {n: [] for n in roots}
            for _ in range(3):
                for name, root in roots.items():
                    speeds[name].append(float(child(root, "time")))
            mid = {n: sorted(v)[1] for n, v in speeds.items()}
            print(f"words/s (median of three rounds, each the median of three passes): {revision} {mid[revision]:,.0f}, "
                  f"here {mid['here']:,.0f} (ratio {mid['here'] / mid[revision]:.2f})")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
