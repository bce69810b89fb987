"""Trust: exports never overwrite the database or its articles; read-only files stay unwritten;
a full disk never loses or misreports a saved change; a failed command leaves no new file."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from annotations.core.documents import make_document
from annotations.exchange.export import OutputRefused, check_output, write_export
from annotations.store.store import AnnotationStore, StoreError

TEXT = "Russia began restricting some Telegram and WhatsApp calls, the digital development ministry said.\n"


@pytest.fixture
def stored(tmp_path: Path):
    """A database with one annotated article (the article file lives next to it)."""
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    db = tmp_path / "db.json"
    with AnnotationStore(db) as store:
        store.new_annotation(make_document(TEXT, str(article)), 0, 6)
    return db, article


# ---------------------------------------------------------------- 1. protected paths


def test_the_database_its_files_and_its_articles_are_protected(stored, tmp_path, monkeypatch):
    db, article = stored
    monkeypatch.chdir(tmp_path)
    (tmp_path / "link.json").symlink_to(db)
    (tmp_path / "sub").mkdir()
    with AnnotationStore(db, read_only=True) as store:
        protected = store.protected_paths()
    refused = {
        "db.json": "the database",
        "./db.json": "the database",
        str(db): "the database",
        "sub/../db.json": "the database",
        "link.json": "the database",
        "db.json.journal": "journal",
        "db.json.lock": "lock",
        "db.json.tmp-123-abcd": "temporary",
        str(article): "article",
        "a.txt": "article",
    }
    for target, why in refused.items():
        with pytest.raises(OutputRefused, match=why) as info:
            check_output("csv", target, protected)
        assert "\n" not in str(info.value)
    check_output("csv", "other.csv", protected)
    check_output("csv", "-", protected)
    check_output("json", "db.json.bak", protected)


def test_a_brat_folder_that_would_overwrite_an_article_or_the_database_is_refused(stored, tmp_path):
    db, article = stored
    with AnnotationStore(db, read_only=True) as store:
        protected = store.protected_paths()
    with pytest.raises(OutputRefused, match="article"):
        check_output("brat", str(tmp_path), protected)  # would write a.txt over the article
    with pytest.raises(OutputRefused, match="the database"):
        check_output("brat", str(db), protected)
    check_output("brat", str(tmp_path / "brat-out"), protected)


def test_write_export_refuses_before_writing_anything(stored):
    db, article = stored
    before = db.read_bytes()
    with AnnotationStore(db, read_only=True) as store:
        protected = store.protected_paths()
        with pytest.raises(OutputRefused):
            write_export("csv", store.documents(), store.annotations(), str(db), protected=protected)
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["a.txt", "db.json", "db.json.journal"]


def test_control_characters_in_a_refused_path_are_escaped(tmp_path):
    db = tmp_path / "d\x1b[31mb.json"
    AnnotationStore(db).close()
    with AnnotationStore(db, read_only=True) as store:
        with pytest.raises(OutputRefused) as info:
            check_output("csv", str(db), store.protected_paths())
    assert "\x1b" not in str(info.value) and "\\x1b" in str(info.value)


# ---------------------------------------------------------------- 3. read-only files and folders


def test_a_database_file_without_write_permission_is_not_opened_for_writing(stored):
    from annotations.store.store import StoreNotWritable

    db, _ = stored
    before = db.read_bytes()
    db.chmod(0o444)  # refused even for root: the snapshot is replaced by rename, which ignores the mode
    with pytest.raises(StoreNotWritable, match="read-only \\(no write permission\\)"):
        AnnotationStore(db)
    assert not Path(f"{db}.lock").exists()
    with AnnotationStore(db, read_only=True) as store:
        assert len(store.annotations()) == 1
    assert db.read_bytes() == before and stat.S_IMODE(db.stat().st_mode) == 0o444


def test_a_database_the_user_may_not_write_is_not_opened_for_writing(stored, monkeypatch):
    from annotations.store.store import StoreNotWritable

    db, _ = stored
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if os.fspath(p) == str(db) and mode == os.W_OK else real_access(p, mode, **kw))
    with pytest.raises(StoreNotWritable, match="no write permission"):
        AnnotationStore(db)


def test_a_read_only_folder_is_not_writable(stored, monkeypatch):
    from annotations.store.store import StoreNotWritable

    db, _ = stored
    real_access = os.access
    folder = str(db.parent)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if os.fspath(p) == folder and mode == os.W_OK else real_access(p, mode, **kw))
    with pytest.raises(StoreNotWritable, match="folder"):
        AnnotationStore(db)


def test_a_read_only_mount_is_not_writable(stored, monkeypatch):
    """The lock file cannot be created (EROFS): the same clear error, not a generic one."""
    import annotations.store.storage as storage_module
    from annotations.store.store import StoreNotWritable

    db, _ = stored
    real_open = os.open

    def read_only_fs(path, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(storage_module.os, "open", read_only_fs)
    with pytest.raises(StoreNotWritable, match="Read-only file system"):
        AnnotationStore(db)


# ---------------------------------------------------------------- 4. disk full


def disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["_write_all", "_sync", "replace"])
def test_a_snapshot_that_cannot_be_rewritten_on_close_says_the_change_is_in_the_journal(stored, monkeypatch, where):
    import annotations.store.storage as storage_module
    from annotations.store.store import SnapshotNotWritten

    db, article = stored
    store = AnnotationStore(db)
    doc = store.documents()[0]
    ann = store.new_annotation(doc, 7, 12)  # durable: the journal line is fsynced
    target = storage_module.os if where == "replace" else storage_module
    monkeypatch.setattr(target, where, disk_full)
    with pytest.raises(SnapshotNotWritten) as info:
        store.close()
    monkeypatch.undo()
    message = str(info.value)
    assert "db.json.journal" in message and "No space left on device" in message and "\n" not in message
    assert not list(db.parent.glob("db.json.tmp-*")) and not Path(f"{db}.lock").exists()
    store.close()  # closing again is harmless
    with AnnotationStore(db) as again:
        assert again.get(ann.id) is not None


def test_a_change_that_could_not_be_written_is_a_store_error_not_snapshot_not_written(stored, monkeypatch):
    import annotations.store.storage as storage_module
    from annotations.store.store import SnapshotNotWritten

    db, _ = stored
    store = AnnotationStore(db)
    monkeypatch.setattr(storage_module, "_sync", disk_full)
    with pytest.raises(StoreError) as info:
        store.new_annotation(store.documents()[0], 7, 12)
    assert not isinstance(info.value, SnapshotNotWritten)
    monkeypatch.undo()
    store.close()


# ---------------------------------------------------------------- 5. no new file left behind


def test_discard_new_database_removes_only_an_initial_database(tmp_path):
    from annotations.store.store import discard_if_initial

    db = tmp_path / "new.json"
    AnnotationStore(db).close()
    assert discard_if_initial(db) is True
    assert list(tmp_path.iterdir()) == []

    with AnnotationStore(db) as store:
        store.add_document(make_document(TEXT, "a.txt"))
    assert discard_if_initial(db) is False
    assert db.exists()


def test_discard_new_database_leaves_a_database_in_use_alone(tmp_path):
    from annotations.store.store import discard_if_initial

    db = tmp_path / "new.json"
    with AnnotationStore(db):
        assert discard_if_initial(db) is False
        assert db.exists()
