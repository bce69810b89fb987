"""Trust through the command line: export never overwrites the database or its articles,
read-only files stay unwritten, a full disk is reported truthfully, failures leave no new file."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotations.store.store import AnnotationStore
from tui.cli import main


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def no_tui(monkeypatch):
    """Record app runs (with the store's read-only flag) instead of taking over the terminal."""
    runs = []

    def fake_run(self, **kwargs):
        runs.append(self.store.read_only if self.store is not None else None)
        return 0

    monkeypatch.setattr("tui.app.PresslensApp.run", fake_run)
    return runs


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Russia began restricting some Telegram and WhatsApp calls, the ministry said.\n")
    return path


def annotate(runner, db, article, start=0, end=6):
    return runner.invoke(main, ["annotate", "--db", str(db), str(article), "--start", str(start), "--end", str(end)])


def one_line_error(result) -> str:
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"") for p in sorted(folder.rglob("*"))}


# ---------------------------------------------------------------- 1. export --out refuses the database


@pytest.mark.parametrize(
    "out, why",
    [
        ("db.json", "the database"),
        ("./db.json", "the database"),
        ("{tmp}/db.json", "the database"),
        ("link.json", "the database"),
        ("db.json.journal", "journal"),
        ("db.json.lock", "lock"),
        ("db.json.tmp-1-2", "temporary"),
        ("a.txt", "article"),
    ],
)
def test_export_refuses_to_overwrite_the_database_its_files_and_articles(runner, tmp_path, article, monkeypatch, out, why):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "db.json"
    assert annotate(runner, db, article).exit_code == 0
    (tmp_path / "link.json").symlink_to(db)
    before = snapshot(tmp_path)
    out = out.format(tmp=tmp_path)
    result = runner.invoke(main, ["export", "--db", "db.json", "--format", "csv", "--out", out])
    message = one_line_error(result)
    assert out in message and why in message
    assert snapshot(tmp_path) == before
    with AnnotationStore(db, read_only=True) as store:
        assert len(store.annotations()) == 1


def test_brat_export_refuses_a_folder_holding_an_article(runner, tmp_path, article):
    db = tmp_path / "db.json"
    assert annotate(runner, db, article).exit_code == 0
    before = snapshot(tmp_path)
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "brat", "--out", str(tmp_path)])
    assert "article" in one_line_error(result)
    assert snapshot(tmp_path) == before
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "brat", "--out", str(tmp_path / "brat")])
    assert result.exit_code == 0 and (tmp_path / "brat" / "a.ann").exists()


def test_export_to_an_existing_ordinary_file_overwrites_it_and_help_says_so(runner, tmp_path, article):
    db = tmp_path / "db.json"
    assert annotate(runner, db, article).exit_code == 0
    out = tmp_path / "old.csv"
    out.write_text("old")
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0 and out.read_text() != "old"
    help_text = " ".join(runner.invoke(main, ["export", "--help"]).output.split())
    assert "overwritten" in help_text and "database" in help_text


def test_the_installed_command_refuses_to_export_over_the_database(tmp_path, article):
    exe = Path(sys.executable).parent / "presslens"
    db = tmp_path / "p.json"
    subprocess.run([exe, "annotate", "--db", db, article, "--start", "0", "--end", "6"], check=True, capture_output=True)
    before = db.read_bytes()
    out = subprocess.run([exe, "export", "--db", db, "--format", "csv", "--out", db], capture_output=True, text=True)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert str(db) in out.stderr and "the database" in out.stderr
    assert db.read_bytes() == before


# ---------------------------------------------------------------- 3. read-only database files and folders


def test_a_database_without_write_permission_is_refused_by_annotate_and_import(runner, tmp_path, article):
    db = tmp_path / "db.json"
    assert annotate(runner, db, article).exit_code == 0
    export = tmp_path / "export.json"
    assert runner.invoke(main, ["export", "--db", str(db), "--out", str(export)]).exit_code == 0
    db.chmod(0o444)
    before = snapshot(tmp_path)
    message = one_line_error(annotate(runner, db, article, 7, 12))
    assert str(db) in message and "read-only (no write permission)" in message
    message = one_line_error(runner.invoke(main, ["import", "--db", str(db), str(export)]))
    assert str(db) in message and "read-only" in message
    assert snapshot(tmp_path) == before


def test_open_shows_a_database_without_write_permission_read_only(runner, tmp_path, article, no_tui):
    db = tmp_path / "db.json"
    assert annotate(runner, db, article).exit_code == 0
    db.chmod(0o444)
    before = snapshot(tmp_path)
    result = runner.invoke(main, ["open", "--db", str(db), str(article)])
    assert result.exit_code == 0, result.output
    assert no_tui == [True]
    assert "read-only (no write permission); opened read-only" in result.stderr
    assert snapshot(tmp_path) == before


def test_a_read_only_folder_opens_read_only_and_refuses_changes(runner, tmp_path, article, no_tui, monkeypatch):
    db = tmp_path / "db.json"
    assert annotate(runner, db, article).exit_code == 0
    folder = str(tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if os.fspath(p) == folder and mode == os.W_OK else real_access(p, mode, **kw))
    before = snapshot(tmp_path)
    result = runner.invoke(main, ["open", "--db", str(db), str(article)])
    assert result.exit_code == 0 and no_tui == [True] and "opened read-only" in result.stderr
    message = one_line_error(annotate(runner, db, article, 7, 12))
    assert str(db) in message and "folder" in message
    assert snapshot(tmp_path) == before


# ---------------------------------------------------------------- 4. disk full


def test_annotate_reports_a_saved_change_saved_when_only_the_snapshot_rewrite_fails(runner, tmp_path, article, monkeypatch):
    import annotations.store.storage as storage_module

    db = tmp_path / "db.json"
    assert annotate(runner, db, article).exit_code == 0

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_module.os, "replace", disk_full)
    result = annotate(runner, db, article, 7, 12)
    monkeypatch.undo()
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    ann_id = result.stdout.strip()
    warning = result.stderr.strip()
    assert len(warning.splitlines()) == 1
    assert "db.json.journal" in warning and "No space left on device" in warning
    with AnnotationStore(db, read_only=True) as store:
        assert store.get(ann_id) is not None


@pytest.mark.parametrize("where", ["_write_all", "_sync"])
def test_annotate_reports_a_change_that_could_not_be_saved_not_saved(runner, tmp_path, article, monkeypatch, where):
    import annotations.store.storage as storage_module

    db = tmp_path / "db.json"
    assert annotate(runner, db, article).exit_code == 0
    real = getattr(storage_module, where)
    calls = []

    def fail_on_the_journal(fd, *args):
        calls.append(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_module, where, fail_on_the_journal)
    result = annotate(runner, db, article, 7, 12)
    monkeypatch.setattr(storage_module, where, real)
    message = one_line_error(result)
    assert result.stdout == ""
    assert "not saved" in message and "No space left on device" in message and str(db) in message
    with AnnotationStore(db, read_only=True) as store:
        assert len(store.annotations()) == 1


def test_import_reports_annotations_that_could_not_be_saved_not_imported(runner, tmp_path, article, monkeypatch):
    import annotations.store.storage as storage_module

    source = tmp_path / "source.json"
    assert annotate(runner, source, article).exit_code == 0
    export = tmp_path / "export.json"
    assert runner.invoke(main, ["export", "--db", str(source), "--with-text", "--out", str(export)]).exit_code == 0
    db = tmp_path / "db.json"
    AnnotationStore(db).close()

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_module, "_sync", disk_full)
    result = runner.invoke(main, ["import", "--db", str(db), str(export)])
    monkeypatch.undo()
    message = one_line_error(result)
    assert "not imported" in message and "No space left on device" in message
    with AnnotationStore(db, read_only=True) as store:
        assert store.annotations() == []


def test_open_prints_what_was_saved_where_when_closing_fails(runner, tmp_path, article, monkeypatch):
    """The app could not rewrite the database file on quit: one line after it exits, exit 0."""
    db = tmp_path / "db.json"

    def fake_run(self, **kwargs):
        self.store_problems.append("db.json: saved in db.json.journal, but no space")
        return 0

    monkeypatch.setattr("tui.app.PresslensApp.run", fake_run)
    result = runner.invoke(main, ["open", "--db", str(db), str(article)])
    assert result.exit_code == 0
    assert result.stderr.strip() == "presslens: warning: db.json: saved in db.json.journal, but no space"


# ---------------------------------------------------------------- 5. a failed command leaves nothing new


def test_a_failed_import_into_a_new_database_leaves_nothing(runner, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "an export"}')
    before = snapshot(tmp_path)
    for db in (tmp_path / "new.json", tmp_path / "new" / "deeper" / "db.json"):
        result = runner.invoke(main, ["import", "--db", str(db), str(bad)])
        assert result.exit_code != 0 and "Traceback" not in result.output
        assert snapshot(tmp_path) == before


def test_a_failed_import_into_an_existing_empty_database_keeps_it(runner, tmp_path):
    db = tmp_path / "db.json"
    AnnotationStore(db).close()
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    assert runner.invoke(main, ["import", "--db", str(db), str(bad)]).exit_code != 0
    assert db.exists()


def test_open_with_a_new_database_and_nothing_to_open_leaves_nothing(runner, tmp_path, no_tui):
    before = snapshot(tmp_path)
    result = runner.invoke(main, ["open", "--db", str(tmp_path / "sub" / "new.json")])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert snapshot(tmp_path) == before and no_tui == []


def test_open_on_a_database_path_that_cannot_be_created_leaves_nothing(runner, tmp_path, article, no_tui):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    before = snapshot(tmp_path)
    result = runner.invoke(main, ["open", "--db", str(blocker / "sub" / "db.json"), str(article)])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(tmp_path) == before


def test_annotate_with_a_bad_span_creates_no_database(runner, tmp_path, article):
    before = snapshot(tmp_path)
    result = annotate(runner, tmp_path / "new" / "db.json", article, 5, 99999)
    assert "outside the text" in one_line_error(result)
    assert snapshot(tmp_path) == before
