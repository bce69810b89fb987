"""`presslens compare`: the contract other tools read (issue 13)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from tui.cli import main



def presslens_command() -> list[str]:
    exe = Path(sys.executable).parent / "presslens"
    found = str(exe) if exe.exists() else shutil.which("presslens")
    assert found, "the presslens console script is not installed"
    return [found]


def test_compare_json_contract(seed_paths):
    result = CliRunner().invoke(main, ["compare", *seed_paths, "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload) == {"engine", "documents", "pairs", "unique", "sources", "figures", "entities"}
    assert payload["engine"].startswith("builtin")
    assert [d["path"] for d in payload["documents"]] == seed_paths
    texts = {d["path"]: d["text"] for d in payload["documents"]}
    assert all(set(d) == {"path", "id", "title", "text"} for d in payload["documents"])
    assert payload["pairs"]
    for pair in payload["pairs"]:
        assert set(pair) == {"a", "b", "score", "relation"}
        assert pair["relation"] in {"same", "related", "conflicting"} and 0 <= pair["score"] <= 1
        assert pair["a"]["path"] != pair["b"]["path"]
        for side in (pair["a"], pair["b"]):
            assert set(side) == {"path", "start", "end", "text"}
            assert texts[side["path"]][side["start"] : side["end"]] == side["text"]
    for ref in payload["unique"]:
        assert texts[ref["path"]][ref["start"] : ref["end"]] == ref["text"]
    # offsets as in `presslens analyze`: the same claims, the same spans
    analyzed = json.loads(CliRunner().invoke(main, ["analyze", *seed_paths, "--format", "json"]).stdout)
    claims = {(d["path"], c["start"], c["end"]) for d in analyzed["documents"] for c in d["claims"]}
    assert {(p["a"]["path"], p["a"]["start"], p["a"]["end"]) for p in payload["pairs"]} <= claims
    # one best counterpart per claim and other article
    keys = [(p["a"]["path"], p["a"]["start"], p["b"]["path"]) for p in payload["pairs"]]
    assert len(keys) == len(set(keys))
    roskomnadzor = next(s for s in payload["sources"] if s["name"] == "Roskomnadzor")
    assert roskomnadzor["kind"] == "government" and all(roskomnadzor["counts"].values())
    assert any(f["counts"] == "users" for f in payload["figures"])


def test_compare_table_and_csv_sections(seed_paths):
    table = CliRunner().invoke(main, ["compare", *seed_paths])
    assert table.exit_code == 0
    assert "pairs (" in table.stdout and "sources (" in table.stdout and "figures (" in table.stdout
    one = CliRunner().invoke(main, ["compare", *seed_paths, "--format", "csv", "--table", "sources"])
    assert one.exit_code == 0
    rows = list(csv.reader(io.StringIO(one.stdout)))
    assert rows[0] == ["source", "kind", *seed_paths, "only_in", "variants"]
    every = CliRunner().invoke(main, ["compare", *seed_paths, "--format", "csv"])
    assert [line for line in every.stdout.splitlines() if line.startswith("# ")] == [
        "# pairs", "# unique", "# sources", "# figures", "# entities"
    ]
    only = json.loads(CliRunner().invoke(main, ["compare", *seed_paths, "--format", "json", "--table", "unique"]).stdout)
    assert set(only) == {"engine", "documents", "unique"}


def test_compare_bad_file_is_one_line_and_exit_1(seed_paths, tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(main, ["compare", str(bad), *seed_paths, "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr == f"presslens: {bad}: empty file\n"
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == seed_paths  # the others compared
    alone = CliRunner().invoke(main, ["compare", seed_paths[0], str(tmp_path / "missing.txt")])
    assert alone.exit_code == 1
    assert alone.stderr.splitlines() == [
        f"presslens: {tmp_path / 'missing.txt'}: no such file",
        "presslens: compare needs two or more articles",
    ]


def test_compare_csv_cells_are_not_formulas(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("=HYPERLINK(1) the minister said the talks failed on Monday.\n")
    b.write_text("=HYPERLINK(1) the minister said the talks failed on Tuesday.\n")
    out = CliRunner().invoke(main, ["compare", str(a), str(b), "--format", "csv", "--table", "pairs"])
    assert out.exit_code == 0
    assert "'=HYPERLINK" in out.stdout and ",=HYPERLINK" not in out.stdout


def test_installed_compare_command(seed_paths):
    out = subprocess.run(
        [*presslens_command(), "compare", *seed_paths, "--format", "json"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert out.returncode == 0, out.stderr
    payload = json.loads(out.stdout)
    assert payload["pairs"] and [d["path"] for d in payload["documents"]] == seed_paths


def test_compare_table_names_labels_as_the_reader_does_csv_and_json_keep_the_labels(seed_paths):
    """Issue 11: ``--format table`` is read by people: Place, Group, Number; csv and json keep GPE, NORP."""
    table = CliRunner().invoke(main, ["compare", *seed_paths, "--format", "table", "--table", "entities"]).stdout
    russia = next(line for line in table.splitlines() if line.strip().startswith("Russia "))
    assert "Place" in russia and "GPE" not in table and "NORP" not in table and "ORG" not in table
    csv_out = CliRunner().invoke(main, ["compare", *seed_paths, "--format", "csv", "--table", "entities"]).stdout
    assert ",GPE," in csv_out and "Place" not in csv_out
    payload = json.loads(CliRunner().invoke(main, ["compare", *seed_paths, "--format", "json", "--table", "entities"]).stdout)
    assert "GPE" in json.dumps(payload) and "Place" not in json.dumps(payload)
