"""Durability: kill -9 at random moments, one writer at a time, damaged and foreign files.

The crash test runs a child process that adds annotations as fast as it can,
printing each id only after ``new_annotation`` returned (saved), and SIGKILLs
it at random moments: mid-append, mid-fsync, mid-compaction (the child
compacts often).  After every kill the database must open and hold every
annotation that was reported saved.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from tinydb import TinyDB

from annotations.core.documents import make_document
from annotations.store.store import AnnotationStore, StoreCorrupt, StoreError, StoreForeign, StoreLocked

ROOT = Path(__file__).resolve().parents[3]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

TEXT = (
    "Russia began restricting some Telegram and WhatsApp calls, arguing that the foreign-owned platforms "
    "are failing to share information with law enforcement, the digital development ministry said. "
) * 4

WRITER = textwrap.dedent(
    """
    import random, sys
    from annotations.store.storage import JournalStorage
    JournalStorage.COMPACT_MIN_BYTES = 20_000   # compact often, so kills land mid-compaction too
    JournalStorage.COMPACT_RATIO = 0.05
    from annotations.core.documents import make_document
    from annotations.store.store import AnnotationStore
    store = AnnotationStore(sys.argv[1])
    doc = make_document(sys.argv[2], "article.txt")
    print("ready", flush=True)
    rng = random.Random()
    n = 0
    while True:
        start = rng.randrange(0, len(doc.text) - 40)
        ann = store.new_annotation(doc, start, start + rng.randint(1, 40), comment="x" * rng.randint(0, 300))
        print(ann.id, flush=True)
        n += 1
        if n % 25 == 0:
            store.compact()
    """
)

HOLDER = textwrap.dedent(
    """
    import sys, time
    from annotations.store.store import AnnotationStore
    store = AnnotationStore(sys.argv[1])
    print("ready", flush=True)
    time.sleep(60)
    """
)


def _spawn(script: str, *args: str, stdout) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=stdout, stderr=subprocess.PIPE, env=ENV, cwd=ROOT
    )


def _wait_for_ready(out: Path, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().startswith(b"ready\n"):
            return
        if proc.poll() is not None:
            raise AssertionError(f"child failed to open the store: {proc.stderr.read().decode()}")
        time.sleep(0.002)
    raise AssertionError("child did not start")


def test_kill_9_never_loses_a_saved_annotation(tmp_path: Path) -> None:
    db = tmp_path / "presslens.json"
    rng = random.Random(20240601)
    reported: set[str] = set()
    kills = torn_tails = mid_compaction = 0
    trials = 0
    while trials < 52:
        trials += 1
        if trials in (21, 41):  # a fresh database now and then keeps each trial quick
            for leftover in tmp_path.glob("presslens.json*"):
                leftover.unlink()
            reported.clear()
        out = tmp_path / f"out-{trials}.txt"
        with open(out, "wb") as stdout:
            proc = _spawn(WRITER, str(db), TEXT, stdout=stdout)
            _wait_for_ready(out, proc)
            time.sleep(rng.uniform(0.0, 0.25))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL, "the writer died on its own"
        kills += 1
        reported.update(out.read_text().split()[1:])
        out.unlink()
        journal = tmp_path / "presslens.json.journal"
        if journal.exists() and journal.stat().st_size and not journal.read_bytes().endswith(b"\n"):
            torn_tails += 1
        if list(tmp_path.glob("presslens.json.tmp-*")):
            mid_compaction += 1

        # The snapshot is always a whole, valid TinyDB file, whatever the moment of the kill ...
        json.loads(db.read_bytes())
        # ... and snapshot + journal hold every annotation that was reported saved.
        with AnnotationStore(db, read_only=True) as store:
            saved = {a.id for a in store.annotations()}
        missing = reported - saved
        assert not missing, f"trial {trials}: {len(missing)} saved annotations lost"

    # A writable open recovers (cuts the torn tail, removes temp files) and closes cleanly.
    with AnnotationStore(db) as store:
        assert reported <= {a.id for a in store.annotations()}
    assert sorted(p.name for p in tmp_path.glob("presslens.json*")) == ["presslens.json", "presslens.json.journal"]
    assert kills >= 50
    print(f"\n{kills} kills, {len(reported)} annotations in the last run, "
          f"{torn_tails} torn journal tails, {mid_compaction} mid-compaction kills")


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    db = tmp_path / "presslens.json"
    doc = make_document(TEXT, "article.txt")
    with AnnotationStore(db) as store:
        ann = store.new_annotation(doc, 0, 6)
    out = tmp_path / "holder.txt"
    with open(out, "wb") as stdout:
        holder = _spawn(HOLDER, str(db), stdout=stdout)
        try:
            _wait_for_ready(out, holder)
            with pytest.raises(StoreLocked) as info:
                AnnotationStore(db)
            message = str(info.value)
            assert message.startswith(f"{db}: ") and "\n" not in message
            assert f"pid {holder.pid}" in message and "read-only" in message
            with AnnotationStore(db, read_only=True) as reader:  # reading is still possible
                assert reader.get(ann.id) == ann
        finally:
            holder.send_signal(signal.SIGKILL)  # the OS releases the lock of a killed process
            holder.wait()
            holder.stderr.close()
    with AnnotationStore(db) as store:
        store.new_annotation(doc, 10, 16)
        with pytest.raises(StoreLocked):  # also within one process
            AnnotationStore(db)
    assert not (tmp_path / "presslens.json.lock").exists()


def _valid_snapshot(tmp_path: Path) -> bytes:
    path = tmp_path / "valid" / "db.json"
    with AnnotationStore(path) as store:
        store.new_annotation(make_document(TEXT, "a.txt"), 0, 6)
    return path.read_bytes()


DAMAGED = {
    "not json": (b"{not json at all", StoreCorrupt, "invalid JSON"),
    "truncated": (None, StoreCorrupt, "truncated JSON"),
    "binary": (b"\xff\xfe\x00\x01garbage", StoreCorrupt, "not UTF-8"),
    "nul-filled": (b"\x00" * 4096, StoreCorrupt, "invalid JSON"),
    "other tinydb app": (b'{"_default": {"1": {"name": "x"}}}', StoreForeign, "no _meta table"),
    "other app meta": (b'{"_meta": {"1": {"app": "zotero", "schema_version": 1}}}', StoreForeign, "not a presslens"),
    "json list": (b"[1, 2, 3]", StoreForeign, "not TinyDB tables"),
    "json scalar": (b'"hello"', StoreForeign, "not TinyDB tables"),
    "bad record": (b'{"_meta": {"1": {"app": "presslens", "schema_version": 1}}, "annotations": {"1": 5}}',
                   StoreCorrupt, "record 1 of table 'annotations'"),
    "bad schema": (b'{"_meta": {"1": {"app": "presslens", "schema_version": "one"}}}', StoreCorrupt, "schema_version"),
    "huge number": (
        b'{"_meta": {"1": {"app": "presslens", "schema_version": 1, "n": ' + b"9" * 5000 + b"}}}",
        StoreCorrupt,
        "more than 4300 digits",
    ),
    "malformed annotation": (
        b'{"_meta": {"1": {"app": "presslens", "schema_version": 1}}, "annotations": {"1": {"x": 1}}}',
        StoreCorrupt,
        "malformed",
    ),
}


@pytest.mark.parametrize("case", sorted(DAMAGED))
@pytest.mark.parametrize("read_only", [False, True])
def test_damaged_or_foreign_file_is_left_untouched(tmp_path: Path, case: str, read_only: bool) -> None:
    content, error, problem = DAMAGED[case]
    if content is None:
        valid = _valid_snapshot(tmp_path)
        content = valid[: len(valid) // 2]
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "notes.json"
    db.write_bytes(content)
    stat = db.stat()
    with pytest.raises(error) as info:
        AnnotationStore(db, read_only=read_only)
    message = str(info.value)
    assert message.startswith(f"{db}: ") and problem in message and "\n" not in message
    assert db.read_bytes() == content and db.stat().st_mtime_ns == stat.st_mtime_ns
    assert [p.name for p in folder.iterdir()] == ["notes.json"]  # no lock, journal or temp files


def test_torn_journal_tail_is_dropped_and_repaired(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    doc = make_document(TEXT, "a.txt")
    with AnnotationStore(db) as store:
        kept = store.new_annotation(doc, 0, 6)
    journal = tmp_path / "db.json.journal"
    record = {**kept.to_dict(), "id": "from-journal"}
    torn = b'{"ops":[["put","annotations","99",{"id":"torn"'  # a crash mid-append
    journal.write_bytes(json.dumps({"ops": [["put", "annotations", "2", record]]}).encode() + b"\n" + torn)
    with AnnotationStore(db) as store:
        assert [a.id for a in store.annotations()] == sorted([kept.id, "from-journal"])
        second = store.new_annotation(doc, 10, 16)  # appended after the torn tail is cut off
        assert torn not in journal.read_bytes() and journal.read_bytes().endswith(b"\n")
        with AnnotationStore(db, read_only=True) as reader:  # snapshot + repaired journal
            assert {a.id for a in reader.annotations()} == {kept.id, "from-journal", second.id}


def test_damaged_journal_line_is_reported_not_skipped(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    doc = make_document(TEXT, "a.txt")
    with AnnotationStore(db) as store:
        pass
    journal = tmp_path / "db.json.journal"
    good = json.dumps({"ops": [["put", "annotations", "1", {"id": "x", "doc_id": doc.id}]]}).encode()
    journal.write_bytes(b'{"ops": [[garbage\n' + good + b"\n")
    before = (db.read_bytes(), journal.read_bytes())
    with pytest.raises(StoreCorrupt, match=r"db.json.journal: line 1 is damaged") as info:
        AnnotationStore(db)
    assert "\n" not in str(info.value)
    assert (db.read_bytes(), journal.read_bytes()) == before
    assert not (tmp_path / "db.json.lock").exists()


@pytest.mark.parametrize("line", [b"[" * 100_000 + b"]" * 100_000, b'{"ops": ' + b"9" * 5000 + b"}"], ids=["deep", "digits"])
def test_hostile_journal_line_is_reported_not_a_traceback(tmp_path: Path, line: bytes) -> None:
    db = tmp_path / "db.json"
    with AnnotationStore(db):
        pass
    journal = tmp_path / "db.json.journal"
    good = json.dumps({"ops": [["put", "annotations", "1", {"id": "x", "doc_id": "d"}]]}).encode()
    journal.write_bytes(line + b"\n" + good + b"\n")
    with pytest.raises(StoreCorrupt, match=r"db.json.journal: line 1 is damaged"):
        AnnotationStore(db)


def test_no_stray_temp_files(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    doc = make_document(TEXT, "a.txt")
    leftover = tmp_path / "db.json.tmp-12345-deadbeef"  # what a crash mid-compaction leaves
    unrelated = [tmp_path / "db.json.tmp", tmp_path / "other.json.tmp-1-2", tmp_path / "db.json.bak"]
    with AnnotationStore(db) as store:
        store.new_annotation(doc, 0, 6)
    leftover.write_bytes(b'{"half": ')
    for path in unrelated:
        path.write_bytes(b"keep me")
    with AnnotationStore(db) as store:
        assert not leftover.exists()
        for i in range(30):
            store.new_annotation(doc, i, i + 5)
            store.compact()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["db.json", "db.json.journal"] + [p.name for p in unrelated]
    )
    with TinyDB(db) as plain:
        assert len(plain.table("annotations")) == 31


def test_a_failed_write_saves_nothing_and_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import annotations.store.storage as storage_module

    db = tmp_path / "db.json"
    doc = make_document(TEXT, "a.txt")
    store = AnnotationStore(db)
    kept = store.new_annotation(doc, 0, 6)
    journal_before = (tmp_path / "db.json.journal").read_bytes()

    def disk_full(fd: int, data: bytes) -> int:
        os.write(fd, bytes(data[:10]))  # a partial line reaches the file ...
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage_module, "_write_all", disk_full)
    with pytest.raises(StoreError, match="could not save a change: No space left on device") as info:
        store.new_annotation(doc, 10, 20)
    assert "\n" not in str(info.value)
    monkeypatch.undo()
    assert [a.id for a in store.annotations()] == [kept.id]  # nothing applied in memory
    assert (tmp_path / "db.json.journal").read_bytes() == journal_before  # ... and cut off again
    with pytest.raises(StoreError, match="reopen the database"):  # no more changes after an I/O error
        store.new_annotation(doc, 10, 20)
    store.close()
    with AnnotationStore(db) as store:
        assert [a.id for a in store.annotations()] == [kept.id]
        store.new_annotation(doc, 10, 20)


def test_a_failed_compaction_does_not_fail_the_saved_change(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import annotations.store.storage as storage_module

    db = tmp_path / "db.json"
    doc = make_document(TEXT, "a.txt")
    monkeypatch.setattr(storage_module.JournalStorage, "COMPACT_MIN_BYTES", 1)
    with AnnotationStore(db) as store:
        real_replace = os.replace

        def failing_replace(src: str, dst: str) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(storage_module.os, "replace", failing_replace)
        ann = store.new_annotation(doc, 0, 6)  # saved in the journal; the compaction failure is absorbed
        assert not list(tmp_path.glob("db.json.tmp-*"))
        monkeypatch.setattr(storage_module.os, "replace", real_replace)
    with AnnotationStore(db, read_only=True) as store:
        assert store.get(ann.id) == ann
