"""bench/quality.py as the blind rounds use it: new parts scored once, per part and together, and the refusals that keep
their errors unread (a real subprocess run on one small part)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PART = "tests/gold_real/heldout591"  # six texts: a spent part, now dev


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "bench/quality.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_parts_are_scored_per_part_and_together_with_false_attributions(tmp_path):
    done = run("--parts", PART, "tests/gold_real/heldout590", "--dump", str(tmp_path / "d.json"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1] == "blind part heldout591" and lines[3] == "blind part heldout590" and lines[5] == "together"
    assert "6 articles" in lines[2] and "by articles" in lines[2] and "false attributions" in lines[2]
    assert (tmp_path / "d.json").read_text(encoding="utf-8").startswith('{"tests/gold_real/heldout591/')


def test_errors_of_blind_parts_are_never_listed():
    for args in (("--parts", PART, "-v"), ("--parts", PART, "--against", "x.json"), ("--heldout", "-v")):
        done = run(*args)
        assert done.returncode == 2 and "never on held-out sets or new blind parts" in done.stderr, args


def test_a_dump_compared_with_itself_changes_nothing(tmp_path):
    dump = tmp_path / "d.json"
    assert run("--only", "heldout591", "--dump", str(dump)).returncode == 0
    done = run("--only", "heldout591", "--against", str(dump))
    assert done.returncode == 0, done.stderr
    assert "speakers 0 gained, 0 lost" in done.stdout and "(0 errors mended, 0 made)" in done.stdout
