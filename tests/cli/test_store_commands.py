"""annotate / export / import / list / stats / schema through the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from annotations.store.store import AnnotationStore
from tui.cli import main


@pytest.fixture
def runner():
    return CliRunner()


def annotate(runner, db, path, start, end, *extra):
    result = runner.invoke(main, ["annotate", "--db", str(db), path, "--start", str(start), "--end", str(end), *extra])
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def test_annotate_prints_the_id_and_stores_it(runner, tmp_path, seed_paths):
    db = tmp_path / "db.json"
    ann_id = annotate(runner, db, seed_paths[0], 0, 6, "--tag", "place", "--tag", "checked", "--comment", "two\nlines", "--author", "ada")
    with AnnotationStore(db, read_only=True) as store:
        ann = store.get(ann_id)
    assert (ann.quote, ann.tags, ann.comment, ann.author) == ("Russia", ["place", "checked"], "two\nlines", "ada")


def test_annotate_bad_span_is_one_line(runner, tmp_path, seed_paths):
    result = runner.invoke(main, ["annotate", "--db", str(tmp_path / "db.json"), seed_paths[0], "--start", "5", "--end", "999999"])
    assert result.exit_code == 1
    assert "outside the text" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "db.json").exists()


def test_damaged_database_is_a_clear_error_and_untouched(runner, tmp_path, seed_paths):
    db = tmp_path / "db.json"
    db.write_text('{"_default": {"1": {"not": "presslens"}}}')
    before = db.read_bytes()
    result = runner.invoke(main, ["annotate", "--db", str(db), seed_paths[0], "--start", "0", "--end", "6"])
    assert result.exit_code == 1
    assert str(db) in result.stderr and "Traceback" not in result.output
    assert db.read_bytes() == before
    result = runner.invoke(main, ["open", "--db", str(db), *seed_paths])
    assert result.exit_code == 1 and db.read_bytes() == before


def test_export_formats_and_filters(runner, tmp_path, seed_paths, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "db.json"
    annotate(runner, db, seed_paths[0], 0, 6, "--tag", "place", "--author", "ada")
    annotate(runner, db, seed_paths[1], 0, 6, "--tag", "other", "--author", "bo")
    result = runner.invoke(main, ["export", "--db", str(db), "--out", "-", "--human-only"])
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1 and len(data["annotations"]) == 2 and len(data["documents"]) == 2
    again = runner.invoke(main, ["export", "--db", str(db), "--out", "-", "--human-only"])
    assert again.stdout == result.stdout  # byte-identical
    only = json.loads(runner.invoke(main, ["export", "--db", str(db), "--out", "-", "--tag", "place"]).stdout)
    assert [a["tags"] for a in only["annotations"]] == [["place"]]
    by_author = json.loads(runner.invoke(main, ["export", "--db", str(db), "--out", "-", "--author", "bo"]).stdout)
    assert [a["author"] for a in by_author["annotations"]] == ["bo"]
    one_doc = json.loads(runner.invoke(main, ["export", "--db", str(db), "--out", "-", "--doc", seed_paths[1], "--human-only"]).stdout)
    assert [d["path"] for d in one_doc["documents"]] == [seed_paths[1]]
    w3c = json.loads(runner.invoke(main, ["export", "--db", str(db), "--format", "w3c", "--out", "-"]).stdout)
    assert w3c["type"] == "AnnotationCollection" and "http://www.w3.org/ns/anno.jsonld" in json.dumps(w3c["@context"])
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["export", "--db", str(db), "--format", "csv", "--out", "-"]).stdout)))
    assert {r["quote"] for r in rows} == {"Russia"}
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "brat", "--out", str(tmp_path / "brat")])
    assert result.exit_code == 0 and sorted(p.suffix for p in (tmp_path / "brat").iterdir()).count(".ann") == 2
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "html"])
    assert result.exit_code == 0 and (tmp_path / "presslens-export.html").read_text().startswith("<!DOCTYPE html>")
    assert "presslens-export.html" in result.stderr
    missing = runner.invoke(main, ["export", "--db", str(db), "--doc", "nope"])
    assert missing.exit_code == 1 and "no document matches 'nope'" in missing.stderr


def test_export_csv_is_safe_for_spreadsheets_unless_raw_cells(runner, tmp_path, seed_paths):
    db = tmp_path / "db.json"
    formula = '=HYPERLINK("http://x","y")'
    annotate(runner, db, seed_paths[0], 0, 6, "--comment", formula, "--tag", "@SUM(A1)")

    def export(*extra):
        result = runner.invoke(main, ["export", "--db", str(db), "--format", "csv", "--out", "-", "--human-only", *extra])
        assert result.exit_code == 0, result.output
        (row,) = csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"), newline=""))
        return row["comment"], json.loads(row["tags"]), result.stdout.startswith("\ufeff")

    assert export() == ("'" + formula, ["@SUM(A1)"], True)  # tags are a JSON array: never a formula
    assert export("--raw-cells") == (formula, ["@SUM(A1)"], False)
    other = runner.invoke(main, ["export", "--db", str(db), "--format", "json", "--raw-cells"])
    assert other.exit_code == 2 and "--raw-cells applies to --format csv only" in other.output


def test_export_includes_engine_suggestions_unless_human_only(runner, tmp_path, seed_paths):
    from annotations.core.documents import load_file
    from annotations.nlp.extract import get_engine
    from annotations.nlp.pipeline import analyse_set

    db = tmp_path / "db.json"
    with AnnotationStore(db) as store:
        doc = load_file(seed_paths[0])[0]
        store.add_document(doc)
        analyse_set([doc], get_engine("builtin"), store)  # caches the analysis, as the app does
    data = json.loads(runner.invoke(main, ["export", "--db", str(db), "--out", "-"]).stdout)
    suggested = [a for a in data["annotations"] if a["status"] == "suggested"]
    assert suggested and all(a["generator"]["name"] == "presslens-builtin" for a in suggested)
    assert {"Vladimir Putin", "Meta Platforms"} <= {a["quote"] for a in suggested}
    human = json.loads(runner.invoke(main, ["export", "--db", str(db), "--out", "-", "--human-only"]).stdout)
    assert human["annotations"] == []


def test_export_then_import_round_trip(runner, tmp_path, seed_paths):
    db, db2 = tmp_path / "a.json", tmp_path / "b.json"
    annotate(runner, db, seed_paths[0], 0, 6, "--tag", "x", "--comment", "über\nnote")
    out = tmp_path / "export.json"
    assert runner.invoke(main, ["export", "--db", str(db), "--out", str(out), "--with-text", "--human-only"]).exit_code == 0
    result = runner.invoke(main, ["import", "--db", str(db2), str(out)])
    assert result.exit_code == 0 and "1 annotation added" in result.stdout
    result = runner.invoke(main, ["import", "--db", str(db2), str(out)])
    assert "0 annotations added, 1 unchanged" in result.stdout
    out2 = tmp_path / "export2.json"
    runner.invoke(main, ["export", "--db", str(db2), "--out", str(out2), "--with-text", "--human-only"])
    assert out.read_bytes() == out2.read_bytes()


def test_import_bad_file_writes_nothing(runner, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "documents": "nope"}')
    db = tmp_path / "db.json"
    result = runner.invoke(main, ["import", "--db", str(db), str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"presslens: {bad}: ") and len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]  # the new database is not left behind


def test_list_stats_schema(runner, tmp_path, seed_paths):
    db = tmp_path / "db.json"
    annotate(runner, db, seed_paths[0], 0, 6, "--tag", "place", "--author", "ada")
    listed = runner.invoke(main, ["list", "--db", str(db)])
    assert listed.exit_code == 0 and "000_1b4b9486991916c5" in listed.stdout
    stats = runner.invoke(main, ["stats", "--db", str(db)])
    assert stats.exit_code == 0 and "place" in stats.stdout and "ada" in stats.stdout
    schema = json.loads(runner.invoke(main, ["schema"]).stdout)
    assert schema["$schema"].startswith("https://json-schema.org/") and "schema_version" in json.dumps(schema)
    missing = runner.invoke(main, ["list", "--db", str(tmp_path / "none.json")])
    assert missing.exit_code == 1 and "no such database" in missing.stderr


def test_open_with_db_and_no_paths_reopens_its_articles(runner, tmp_path, seed_paths, monkeypatch):
    db = tmp_path / "db.json"
    annotate(runner, db, seed_paths[0], 0, 6)
    annotate(runner, db, seed_paths[1], 0, 6)
    runs = []
    monkeypatch.setattr("tui.app.PresslensApp.run", lambda self, **kw: runs.append(self))
    result = runner.invoke(main, ["open", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert sorted(d.path for d in runs[0].documents) == sorted(seed_paths)
    empty = runner.invoke(main, ["open", "--db", str(tmp_path / "new.json")])
    assert empty.exit_code == 1 and "no articles yet" in empty.stderr


# ---------------------------------------------------------------- nothing from data reaches the terminal


def test_list_stats_and_export_to_stdout_show_no_control_sequence(runner, hostile_db):
    from tests.conftest import leaked

    db, _ = hostile_db
    for args in (["list"], ["stats"], ["export", "--format", "json", "--out", "-"], ["export", "--format", "w3c", "--out", "-"],
                 ["export", "--format", "jsonl", "--out", "-"]):
        result = runner.invoke(main, [*args, "--db", str(db)])
        assert result.exit_code == 0, (args, result.output)
        assert leaked(result.output) == [], args
    out = runner.invoke(main, ["export", "--format", "json", "--out", "-", "--db", str(db)]).stdout
    assert json.loads(out)["annotations"][0]["comment"].startswith("note \x1b]52")  # the value itself is kept


def test_annotate_refuses_control_characters_in_comment_and_author(runner, tmp_path, seed_paths):
    from tests.conftest import HOSTILE, leaked

    db = tmp_path / "db.json"
    for extra in (["--comment", "x" + HOSTILE], ["--author", "ada" + HOSTILE], ["--tag", "t" + HOSTILE]):
        result = runner.invoke(main, ["annotate", "--db", str(db), seed_paths[0], "--start", "0", "--end", "6", *extra])
        assert result.exit_code == 1, result.output
        assert "not saved" in result.stderr and "control character (U+001B)" in result.stderr
        assert leaked(result.output) == [] and len(result.stderr.strip().splitlines()) == 1
    with AnnotationStore(db, read_only=True) as store:
        assert store.annotations() == []


def test_error_lines_escape_hostile_file_names(runner, tmp_path, seed_paths):
    from tests.conftest import HOSTILE, leaked

    bad = tmp_path / f"evil{HOSTILE}.txt"
    bad.write_bytes(b"\x00binary")
    missing = str(tmp_path / f"gone{HOSTILE}.txt")
    for args in (["analyze", str(bad), seed_paths[0]], ["analyze", missing, seed_paths[0]],
                 ["annotate", "--db", str(tmp_path / "d.json"), missing, "--start", "0", "--end", "1"]):
        result = runner.invoke(main, args)
        assert result.exit_code != 0
        assert leaked(result.output) == [], args
        assert "\\x1b]52" in result.stderr  # shown, escaped: the user sees what the name holds


# ---------------------------------------------------------------- one rule for the current version of a file


def test_v1_v2_v1_reopens_v1_everywhere(runner, tmp_path):
    """A file edited and edited back: open --db, find_document and export --doc agree on the current version."""
    from tui import cli as cli_module

    db = tmp_path / "db.json"
    article = tmp_path / "story.txt"
    for text in ("Version one of the story.", "Version two of the story.", "Version one of the story."):
        article.write_text(text)
        annotate(runner, db, str(article), 0, 7)
    with AnnotationStore(db, read_only=True) as store:
        current = [d.text for d in cli_module._latest_documents(store)]
        assert current == ["Version one of the story."]
        assert store.find_document(str(article)).text == "Version one of the story."


def test_export_doc_by_absolute_path_finds_a_document_stored_by_relative_path(runner, tmp_path, monkeypatch):
    db = tmp_path / "db.json"
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "story.txt").write_text("Officials said the talks would resume.")
    monkeypatch.chdir(tmp_path)
    annotate(runner, db, "sub/story.txt", 0, 9)
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl", "--out", "-", "--human-only",
                                  "--doc", str(tmp_path / "sub" / "story.txt")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["quote"] == "Officials"
