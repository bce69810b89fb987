"""A big change made while the journal is empty goes straight into a new snapshot: durable, all or nothing."""

from __future__ import annotations

import os

import pytest

from annotations.store.storage import META_TABLE, JournalStorage, StoreError


def fresh(path):
    storage = JournalStorage(path)
    storage.write({META_TABLE: {"1": {"app": "presslens", "schema_version": 1}}})
    return storage


def ops(n, prefix="k"):
    return [["put", "things", f"{prefix}{i}", {"n": i}] for i in range(n)]


def test_a_big_commit_writes_the_snapshot_not_a_journal_line(tmp_path, monkeypatch):
    monkeypatch.setattr(JournalStorage, "SNAPSHOT_OPS", 3)
    db = tmp_path / "db.json"
    storage = fresh(db)
    storage.commit(ops(3))
    journal = tmp_path / "db.json.journal"
    assert not journal.exists() or journal.stat().st_size == 0
    assert b'"k2"' in db.read_bytes()  # in the snapshot already, before any close
    storage.commit(ops(1, "small"))  # a small one: a journal line
    assert journal.stat().st_size > 0
    # big while the journal holds something: the journal is folded into the snapshot first, then
    # the big change goes into a new snapshot (not a journal line as big as the database)
    storage.commit(ops(3, "big"))
    assert journal.stat().st_size == 0
    assert b'"big0"' in db.read_bytes() and b'"small0"' in db.read_bytes()
    storage.close()
    reopened = JournalStorage(db, read_only=True)
    assert set(reopened.read()["things"]) == {"k0", "k1", "k2", "small0", "big0", "big1", "big2"}


def test_a_big_commit_that_cannot_be_written_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(JournalStorage, "SNAPSHOT_OPS", 3)
    db = tmp_path / "db.json"
    storage = fresh(db)
    before = db.read_bytes()

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StoreError, match="No space left"):
        storage.commit(ops(3))
    assert "things" not in storage.read() and db.read_bytes() == before
    monkeypatch.undo()
    storage.close()
