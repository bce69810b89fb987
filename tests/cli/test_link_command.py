"""Issue 15: ``presslens link --db DB ID1 ID2 [--relation R]``, like ``annotate``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotations.store.store import AnnotationStore
from tui.cli import main


def presslens_command() -> list[str]:
    exe = Path(sys.executable).parent / "presslens"
    found = str(exe) if exe.exists() else shutil.which("presslens")
    assert found, "the presslens console script is not installed"
    return [found]


@pytest.fixture
def runner():
    return CliRunner()


def annotate(runner, db, path, start, end, *extra):
    result = runner.invoke(main, ["annotate", "--db", str(db), path, "--start", str(start), "--end", str(end), *extra])
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


@pytest.fixture
def two(runner, tmp_path, seed_paths):
    db = tmp_path / "db.json"
    a = annotate(runner, db, seed_paths[0], 0, 6, "--author", "ada")
    b = annotate(runner, db, seed_paths[1], 0, 6, "--author", "ada")
    return db, a, b


def links(db, ann_id):
    with AnnotationStore(db, read_only=True) as store:
        return [(k.target, k.relation, k.target_doc) for k in store.get(ann_id).links]


def test_link_two_annotations(runner, two):
    db, a, b = two
    result = runner.invoke(main, ["link", "--db", str(db), a, b, "--relation", "contradicts", "--author", "ada"])
    assert result.exit_code == 0, result.output
    with AnnotationStore(db, read_only=True) as store:
        doc_b = store.get(b).doc_id
    assert links(db, a) == [(b, "contradicts", doc_b)]
    assert "contradicts" in result.stderr
    again = runner.invoke(main, ["link", "--db", str(db), a, b, "--relation", "contradicts", "--author", "ada"])
    assert again.exit_code == 0 and len(links(db, a)) == 1  # linking twice changes nothing
    default = runner.invoke(main, ["link", "--db", str(db), b, a, "--author", "ada"])
    assert default.exit_code == 0 and links(db, b)[0][1] == "same-claim"


@pytest.mark.parametrize(
    "args, message",
    [
        (lambda a, b: [a, "no-such-id"], "no annotation 'no-such-id'"),
        (lambda a, b: ["no-such-id", b], "no annotation 'no-such-id'"),
        (lambda a, b: [a, a], "cannot be linked to itself"),
        (lambda a, b: [a, b, "--relation", "bad\x1b]0;x\x07"], "control character"),
        (lambda a, b: [a, b, "--relation", "   "], "a link needs a relation"),
    ],
    ids=["unknown-target", "unknown-source", "self", "control", "empty"],
)
def test_link_refusals_are_one_line_and_change_nothing(runner, two, args, message):
    db, a, b = two
    before = db.read_bytes()
    result = runner.invoke(main, ["link", "--db", str(db), *args(a, b), "--author", "ada"])
    assert result.exit_code == 1, result.output
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "\x1b" not in result.stderr and "Traceback" not in result.output
    assert links(db, a) == [] and links(db, b) == []
    assert db.read_bytes() == before


def test_link_refuses_another_authors_annotation_as_source(runner, two):
    db, a, b = two
    result = runner.invoke(main, ["link", "--db", str(db), a, b, "--author", "bo"])
    assert result.exit_code == 1 and "read-only" in result.stderr and links(db, a) == []


def test_link_missing_database_is_not_created(runner, tmp_path):
    db = tmp_path / "none.json"
    result = runner.invoke(main, ["link", "--db", str(db), "x", "y"])
    assert result.exit_code == 1 and "no such database" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_installed_link_on_a_read_only_database(two, tmp_path):
    db, a, b = two
    db.chmod(0o444)
    out = subprocess.run([*presslens_command(), "link", "--db", str(db), a, b, "--author", "ada"],
                         capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 1 and "read-only" in out.stderr and str(db) in out.stderr
    assert links(db, a) == []
