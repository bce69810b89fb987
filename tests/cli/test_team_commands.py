"""merge / agreement through the CLI: one line per conflict, exit status, refusals."""

from __future__ import annotations

import dataclasses
import os

import pytest
from click.testing import CliRunner

from annotations.store.store import AnnotationStore
from tui.cli import main


@pytest.fixture
def runner():
    return CliRunner()


def annotate(runner, db, path, start, end, author, *tags):
    args = ["annotate", "--db", str(db), path, "--start", str(start), "--end", str(end), "--author", author]
    for tag in tags:
        args += ["--tag", tag]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def test_merge_reports_each_input_and_merging_again_adds_nothing(runner, tmp_path, seed_paths):
    a, b, team = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "team.json"
    annotate(runner, a, seed_paths[0], 0, 6, "ana", "place")
    annotate(runner, b, seed_paths[0], 0, 6, "ben", "place")
    annotate(runner, b, seed_paths[1], 0, 6, "ben", "actor")
    result = runner.invoke(main, ["merge", "--db", str(team), str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert f"{a}: 1 annotation by ana: 1 added" in result.stdout
    assert f"{team}: 3 annotations added, 0 updated, 0 conflicts" in result.stdout
    again = runner.invoke(main, ["merge", "--db", str(team), str(a), str(b)])
    assert again.exit_code == 0 and f"{team}: 0 annotations added, 0 updated, 0 conflicts" in again.stdout


def test_merge_conflict_is_one_line_each_and_exit_1(runner, tmp_path, seed_paths):
    a, b, team = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "team.json"
    ann_id = annotate(runner, a, seed_paths[0], 0, 6, "ana", "place")
    b.write_bytes(a.read_bytes())
    with AnnotationStore(b) as store:
        store.update(dataclasses.replace(store.get(ann_id), comment="changed by ben"))
    result = runner.invoke(main, ["merge", "--db", str(team), str(a), str(b)])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "conflict, not merged" in line]
    assert "make the versions agree, then merge again" in result.stderr
    assert lines == [f"presslens: conflict, not merged: {ann_id}: {a} and {b} hold different versions; they differ in: comment, modified"]
    with AnnotationStore(team, read_only=True) as store:
        assert store.get(ann_id) is None


def test_merge_into_an_input_is_refused_and_nothing_is_created(runner, tmp_path, seed_paths):
    a = tmp_path / "a.json"
    annotate(runner, a, seed_paths[0], 0, 6, "ana", "place")
    before = a.read_bytes()
    result = runner.invoke(main, ["merge", "--db", str(a), str(a)])
    assert result.exit_code == 1 and "merging into an input is refused" in result.stderr
    assert a.read_bytes() == before
    result = runner.invoke(main, ["merge", "--db", str(tmp_path / "new" / "team.json"), str(tmp_path / "missing.json")])
    assert result.exit_code == 1 and "no such database file" in result.stderr
    assert not (tmp_path / "new").exists()


def two_coders(runner, tmp_path, seed_paths):
    a, b, team = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "team.json"
    annotate(runner, a, seed_paths[0], 0, 6, "ana", "place")
    annotate(runner, b, seed_paths[0], 0, 6, "ben", "place")
    annotate(runner, a, seed_paths[0], 10, 20, "ana", "claim")
    annotate(runner, b, seed_paths[0], 10, 20, "ben", "actor")
    annotate(runner, b, seed_paths[1], 0, 6, "ben", "place")
    assert runner.invoke(main, ["merge", "--db", str(team), str(a), str(b)]).exit_code == 0
    return team


def test_agreement_json_has_the_documented_shape(runner, tmp_path, seed_paths):
    import json

    team = two_coders(runner, tmp_path, seed_paths)
    result = runner.invoke(main, ["agreement", "--db", str(team), "--format", "json", "--by", "tag"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["coders"] == ["ana", "ben"]
    overall = report["overall"]
    assert {"krippendorff_alpha", "cohen_kappa", "fleiss_kappa", "span_f1_exact", "span_f1_overlap", "unitizing"} <= set(overall)
    assert overall["units"] == 3 and overall["units_complete"] == 2
    assert overall["cohen_kappa"] == pytest.approx(1 / 3, abs=1e-6)  # place/place, claim/actor: p_o 0.5, p_e 0.25
    assert overall["span_f1_exact"] == pytest.approx(2 * 2 / 5)
    assert sorted(report["by"]) == ["actor", "claim", "place"]


def test_agreement_table_csv_and_errors(runner, tmp_path, seed_paths):
    team = two_coders(runner, tmp_path, seed_paths)
    table = runner.invoke(main, ["agreement", "--db", str(team), "--by", "document"])
    assert table.exit_code == 0 and "overall" in table.stdout and "ana / ben" in table.stdout
    assert os.path.basename(seed_paths[1]) in table.stdout  # a long path is cut from its start: the file name stays
    csv_out = runner.invoke(main, ["agreement", "--db", str(team), "--format", "csv"])
    assert csv_out.stdout.splitlines()[0].startswith("scope,units,")
    wrong = runner.invoke(main, ["agreement", "--db", str(team), "--coders", "ana,zed"])
    assert wrong.exit_code == 1 and wrong.stderr.count("\n") == 1 and "'zed'" in wrong.stderr


def test_agreement_csv_in_a_pipe_keeps_emoji_whole(runner, tmp_path, seed_paths):
    """The terminal boundary draws emoji clusters apart (issue 11); a CSV for pandas is data: as read."""
    a, b, team = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "team.json"
    annotate(runner, a, seed_paths[0], 0, 6, "ana", "love ❤️ 👍🏽")
    annotate(runner, b, seed_paths[0], 0, 6, "ben", "love ❤️ 👍🏽")
    assert runner.invoke(main, ["merge", "--db", str(team), str(a), str(b)]).exit_code == 0
    csv_out = runner.invoke(main, ["agreement", "--db", str(team), "--by", "tag", "--format", "csv"])
    assert csv_out.exit_code == 0, csv_out.output
    assert "love ❤️ 👍🏽" in csv_out.stdout
    table = runner.invoke(main, ["agreement", "--db", str(team), "--by", "tag"])
    assert "love ❤ 👍" in table.stdout  # a table for the eye: drawn as the reader draws it


def test_export_by_author_and_layer_and_w3c_creator_is_the_coder(runner, tmp_path, seed_paths):
    import json

    team = two_coders(runner, tmp_path, seed_paths)
    annotate(runner, team, seed_paths[0], 30, 40, "gold", "claim")
    w3c = json.loads(runner.invoke(main, ["export", "--db", str(team), "--format", "w3c", "--out", "-", "--human-only"]).stdout)
    creators = sorted(item["creator"]["name"] for item in w3c["first"]["items"])
    assert creators == ["ana", "ana", "ben", "ben", "ben", "gold"]
    ben = json.loads(runner.invoke(main, ["export", "--db", str(team), "--out", "-", "--author", "ben"]).stdout)
    assert {a["author"] for a in ben["annotations"]} == {"ben"} and len(ben["annotations"]) == 3
    gold = runner.invoke(main, ["export", "--db", str(team), "--format", "csv", "--out", "-", "--layer", "gold"])
    assert gold.exit_code == 0 and len(gold.stdout.strip().splitlines()) == 2 and ",gold," in gold.stdout


def test_adjudicate_accept_agreed_then_export_the_gold_layer(runner, tmp_path, seed_paths):
    import json

    team = two_coders(runner, tmp_path, seed_paths)
    result = runner.invoke(main, ["adjudicate", "--db", str(team), "--accept-agreed"])
    assert result.exit_code == 0, result.output
    assert "1 span all of ana, ben agree on added to gold" in result.stdout
    with AnnotationStore(team, read_only=True) as store:
        ben_actor = next(a.id for a in store.annotations() if a.author == "ben" and a.tags == ["actor"])
    accepted = runner.invoke(main, ["adjudicate", "--db", str(team), "--accept", ben_actor])
    assert accepted.exit_code == 0 and "now gold's" in accepted.stdout
    gold = json.loads(runner.invoke(main, ["export", "--db", str(team), "--out", "-", "--layer", "gold"]).stdout)
    assert sorted((a["start"], a["tags"][0]) for a in gold["annotations"]) == [(0, "place"), (10, "actor")]
    missing = runner.invoke(main, ["adjudicate", "--db", str(team), "--accept", "no-such-id"])
    assert missing.exit_code == 1 and "no annotation no-such-id" in missing.stderr


def test_adjudicate_list_shows_each_disagreement_with_ids(runner, tmp_path, seed_paths):
    team = two_coders(runner, tmp_path, seed_paths)
    result = runner.invoke(main, ["adjudicate", "--db", str(team), "--list"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{seed_paths[0]} 10-20 \u201c"))
    assert lines[at + 1].split()[:2] == ["ana", "claim"] and lines[at + 2].split()[:2] == ["ben", "actor"]
    assert len(lines[at + 1].split()) == 3  # the annotation id, for --accept
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{seed_paths[1]} 0-6 "))
    assert lines[at + 1].split() == ["ana", "(not", "coded)"]
