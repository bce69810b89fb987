"""`presslens analyze` and `presslens render`: the contract other tools read."""

import json

from click.testing import CliRunner

from tui.cli import main


def test_analyze_json_contract(seed_paths):
    result = CliRunner().invoke(main, ["analyze", *seed_paths, "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["engine"].startswith("builtin")
    assert [d["path"] for d in payload["documents"]] == seed_paths
    for doc in payload["documents"]:
        assert set(doc) >= {"id", "path", "title", "date", "text", "entities", "claims"}
        text = doc["text"]
        for ent in doc["entities"]:
            assert set(ent) == {"start", "end", "text", "label"}
            assert text[ent["start"] : ent["end"]] == ent["text"]
        for claim in doc["claims"]:
            assert set(claim) == {"start", "end", "text", "kind", "speaker", "cue"}
            assert claim["kind"] in {"quote", "reported", "statistic", "assertion"}
            for part in ("speaker", "cue"):
                if claim[part] is not None:
                    assert text[claim[part]["start"] : claim[part]["end"]] == claim[part]["text"]
    first = payload["documents"][0]
    assert first["date"] == "2025-08-13"
    labels = {(e["text"], e["label"]) for e in first["entities"]}
    assert ("Vladimir Putin", "PERSON") in labels and ("Meta Platforms", "ORG") in labels


def test_analyze_table_and_bad_file(seed_paths, tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(main, ["analyze", str(bad), *seed_paths])
    assert result.exit_code == 1  # one file failed, the others are still analysed
    assert "x.txt: empty file" in result.stderr
    assert "Entities:" in result.stdout


def test_analyze_analyses_the_good_records_of_a_jsonl_file_with_bad_lines(tmp_path):
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text('{"text": "Ms. Smith said the talks in Paris failed."}\n{oops\n')
    result = CliRunner().invoke(main, ["analyze", str(mixed), "--format", "json"])
    assert result.exit_code == 1  # a file had an error
    assert result.stderr == f"presslens: {mixed}: line 2: invalid JSON (Expecting property name enclosed in double quotes); the other 1 article opened\n"
    assert [d["text"] for d in json.loads(result.stdout)["documents"]] == ["Ms. Smith said the talks in Paris failed."]


def test_analyze_with_missing_spacy_is_one_clear_line(seed_paths, without_spacy):
    result = CliRunner().invoke(main, ["analyze", seed_paths[0], "--engine", "spacy"])
    assert result.exit_code == 1
    assert "spacy" in result.stderr.lower() and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_render_ansi_and_html(seed_paths):
    ansi = CliRunner().invoke(main, ["render", seed_paths[1]])
    assert ansi.exit_code == 0
    assert "\x1b[" in ansi.stdout and "Roskomnadzor" in ansi.stdout
    html = CliRunner().invoke(main, ["render", seed_paths[1], "--format", "html", "--style", "monokai"])
    assert html.exit_code == 0
    assert html.stdout.startswith("<!DOCTYPE html>") and "Mediascope" in html.stdout


def test_render_unknown_style_is_a_usage_error(seed_paths):
    result = CliRunner().invoke(main, ["render", seed_paths[1], "--style", "nope"])
    assert result.exit_code == 2
    assert "unknown style 'nope'" in result.output


def test_render_respects_no_color(seed_paths, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(main, ["render", seed_paths[1]])
    assert result.exit_code == 0 and "\x1b[" not in result.stdout and "Roskomnadzor" in result.stdout


def test_analyze_table_names_labels_and_kinds_as_the_reader_does_json_keeps_the_labels(seed_paths):
    """Issue 11: the human table says Place, Group, Organisation, Reported speech (the reader's
    names); the JSON for other tools keeps GPE, NORP, ORG, reported."""
    table = CliRunner().invoke(main, ["analyze", *seed_paths, "--format", "table"]).stdout
    entities = next(line for line in table.splitlines() if line.startswith("Entities:"))
    assert "Place" in entities and "Organisation" in entities and "Group" in entities
    for machine in ("GPE", "NORP", "ORG", "CARDINAL", "PERSON"):
        assert machine not in table
    assert "[Reported speech]" in table and "[reported" not in table
    payload = json.loads(CliRunner().invoke(main, ["analyze", *seed_paths, "--format", "json"]).stdout)
    assert {e["label"] for d in payload["documents"] for e in d["entities"]} >= {"GPE", "NORP", "ORG"}
    assert {c["kind"] for d in payload["documents"] for c in d["claims"]} >= {"reported", "quote"}
