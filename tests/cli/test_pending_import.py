"""Issue 15: sharing annotations without the text. A json export without --with-text imports into an
empty database as pending annotations on their documents (by sha256), attached when the article is
added (``presslens add``) or opened; a failed import leaves no database behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotations.store.store import AnnotationStore
from tui.cli import main


@pytest.fixture
def runner():
    return CliRunner()


def invoke(runner, *args):
    return runner.invoke(main, [str(a) for a in args])


@pytest.fixture
def shared(runner, tmp_path, seed_paths):
    """Ada's export, made without the article texts, and the colleague's copies of the articles."""
    ada = tmp_path / "ada.json"
    ids = []
    for path, (s, e) in ((seed_paths[0], (0, 6)), (seed_paths[1], (0, 6))):
        result = invoke(runner, "annotate", "--db", ada, path, "--start", s, "--end", e, "--tag", "x", "--author", "ada")
        assert result.exit_code == 0, result.output
        ids.append(result.stdout.strip())
    out = tmp_path / "share.json"
    assert invoke(runner, "export", "--db", ada, "--out", out, "--human-only").exit_code == 0
    assert all("text" not in d for d in json.loads(out.read_text())["documents"])
    return out, ids, seed_paths[:2]


def test_import_without_text_is_pending_then_attached_by_add(runner, tmp_path, shared):
    out, ids, articles = shared
    db = tmp_path / "colleague.json"
    result = invoke(runner, "import", "--db", db, out)
    assert result.exit_code == 0, result.output
    assert "2 annotations pending" in result.stdout
    with AnnotationStore(db, read_only=True) as store:
        assert store.annotations() == [] and len(store.pending()) == 2
    again = invoke(runner, "import", "--db", db, out)  # harmless twice
    assert again.exit_code == 0 and "2 unchanged" in again.stdout
    result = invoke(runner, "add", "--db", db, articles[0])
    assert result.exit_code == 0, result.output
    assert "1 pending annotation attached" in result.stderr
    with AnnotationStore(db, read_only=True) as store:
        assert [a.id for a in store.annotations()] == [ids[0]] and len(store.pending()) == 1
        assert store.get(ids[0]).tags == ["x"] and store.get(ids[0]).author == "ada"
    assert invoke(runner, "add", "--db", db, articles[1]).exit_code == 0
    with AnnotationStore(db, read_only=True) as store:
        assert sorted(a.id for a in store.annotations()) == sorted(ids) and store.pending() == []
    # and the round trip holds: the colleague's export equals Ada's (same ids, same content)
    back = tmp_path / "back.json"
    assert invoke(runner, "export", "--db", db, "--out", back, "--human-only").exit_code == 0
    assert json.loads(back.read_text())["annotations"] == json.loads(out.read_text())["annotations"]


def test_opening_a_database_attaches_pending_annotations_when_the_article_is_added(tmp_path, shared):
    from annotations.core.documents import load_file
    from annotations.exchange.importer import import_file

    out, ids, articles = shared
    with AnnotationStore(tmp_path / "c.json") as store:
        report = import_file(store, out)
        assert report.pending == 2 and report.added == 0
        store.add_document(load_file(articles[1])[0])  # what the reader does when it opens a file
        assert [a.id for a in store.annotations()] == [ids[1]]


def test_a_pending_annotation_whose_words_differ_stays_pending(runner, tmp_path, shared, write_article):
    out, ids, articles = shared
    data = json.loads(out.read_text())
    data["annotations"][0]["quote"] = "Nothing"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    db = tmp_path / "c.json"
    assert invoke(runner, "import", "--db", db, bad).exit_code == 0
    doc_path = next(p for p in articles if Path(p).name == Path(data["documents"][0]["path"]).name)
    result = invoke(runner, "add", "--db", db, doc_path)
    assert result.exit_code == 0
    assert "stays pending" in result.stderr and "quote does not match" in result.stderr
    with AnnotationStore(db, read_only=True) as store:
        assert data["annotations"][0]["id"] in {a.id for a, _ in store.pending()}


def test_a_failed_import_leaves_no_database(runner, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "generator": {}, "documents": [], "annotations": [{"id": 1}]}')
    db = tmp_path / "new" / "db.json"
    result = invoke(runner, "import", "--db", db, bad)
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "new").exists()


def test_add_registers_articles_and_reports_bad_files(runner, tmp_path, seed_paths):
    db = tmp_path / "db.json"
    result = invoke(runner, "add", "--db", db, seed_paths[0], tmp_path / "missing.txt")
    assert result.exit_code == 0 and "missing.txt" in result.stderr and "1 article added" in result.stderr
    with AnnotationStore(db, read_only=True) as store:
        assert [d.path for d in store.documents()] == [seed_paths[0]]
    nothing = invoke(runner, "add", "--db", tmp_path / "none.json", tmp_path / "missing.txt")
    assert nothing.exit_code == 1 and not (tmp_path / "none.json").exists()


def test_list_and_stats_say_what_is_pending_and_add_counts_only_new_articles(tmp_path, seed_paths):
    """An import without text must not look as if it did nothing; add says what it really added."""
    from click.testing import CliRunner

    from tui.cli import main

    runner = CliRunner()
    db, target = str(tmp_path / "a.json"), str(tmp_path / "b.json")
    seed = str(seed_paths[0])
    assert runner.invoke(main, ["annotate", "--db", db, seed, "--start", "0", "--end", "6", "--tag", "x"]).exit_code == 0
    out = tmp_path / "e.json"
    assert runner.invoke(main, ["export", "--db", db, "--format", "json", "--out", str(out)]).exit_code == 0
    assert runner.invoke(main, ["import", "--db", target, str(out)]).exit_code == 0
    for command in ("list", "stats"):
        result = runner.invoke(main, [command, "--db", target])
        assert "1 annotation pending on 1 article" in result.output
    first = runner.invoke(main, ["add", "--db", target, seed])
    assert "1 article added, 1 pending annotation attached" in first.output
    again = runner.invoke(main, ["add", "--db", target, seed])
    assert "0 articles added, 1 already there" in again.output
