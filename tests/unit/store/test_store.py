"""AnnotationStore behaviour, on the in-memory storage and on a file (as TinyDB's own tests do)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tinydb import TinyDB

from annotations.store import store as store_module
from annotations.core.documents import make_document
from annotations.core.model import Analysis, Annotation, Claim, Document, Entity, Link, quote_context
from annotations.store.storage import JournalStorage
from annotations.store.store import (
    SCHEMA_VERSION,
    AnnotationStore,
    StoreError,
    StoreReadOnly,
    StoreTooNew,
    default_db_path,
)

TEXT_A = (
    "Russia began restricting some Telegram and WhatsApp calls, the country's digital development "
    "ministry said on Wednesday.\n\nPresident Vladimir Putin has authorized the development of a "
    "state-backed messenger service.\n\nA spokesperson for WhatsApp said the service was private."
)
TEXT_B = "Moscow limited calls on two foreign messengers, officials said, citing fraud cases.\n\nCritics disagreed."


class Harness:
    """A store plus a way to reopen it (a no-op for the in-memory store)."""

    def __init__(self, kind: str, tmp_path: Path) -> None:
        self.kind = kind
        self.path = tmp_path / "db" / "presslens.json" if kind == "file" else None
        self.store = AnnotationStore(self.path)

    def reopen(self) -> AnnotationStore:
        if self.path is not None:
            self.store.close()
            self.store = AnnotationStore(self.path)
        return self.store


@pytest.fixture(params=["memory", "file"])
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    h = Harness(request.param, tmp_path)
    yield h
    h.store.close()


@pytest.fixture
def store(harness: Harness) -> AnnotationStore:
    return harness.store


@pytest.fixture
def doc_a() -> Document:
    return make_document(TEXT_A, "articles/a.txt")


@pytest.fixture
def doc_b() -> Document:
    return make_document(TEXT_B, "articles/b.txt", source="Wire")


def span_of(doc: Document, words: str) -> tuple[int, int]:
    start = doc.text.index(words)
    return start, start + len(words)


# ---------------------------------------------------------------------------
# documents


def test_documents_are_stored_with_their_text(harness: Harness, doc_a: Document, doc_b: Document) -> None:
    store = harness.store
    store.add_document(doc_a)
    store.add_document(doc_b)
    store.add_document(doc_a)  # idempotent
    store = harness.reopen()
    assert [d.id for d in store.documents()] == [doc_a.id, doc_b.id]
    got = store.get_document(doc_b.id)
    assert got == doc_b and got.text == TEXT_B and got.source == "Wire" and got.sha256 == doc_b.id
    assert store.get_document("nope") is None


def test_add_document_updates_path_and_meta(harness: Harness, doc_a: Document) -> None:
    store = harness.store
    store.add_document(doc_a)
    moved = make_document(TEXT_A, "elsewhere/a.txt", meta={"byline": "R. Staff"})
    assert moved.id == doc_a.id
    store.add_document(moved)
    store = harness.reopen()
    got = store.get_document(doc_a.id)
    assert got.path == "elsewhere/a.txt" and got.meta == {"byline": "R. Staff"}
    assert len(store.documents()) == 1


def test_find_document(store: AnnotationStore, doc_a: Document, doc_b: Document) -> None:
    store.add_document(doc_a)
    store.add_document(doc_b)
    assert store.find_document(doc_a.id) == doc_a
    assert store.find_document(doc_b.id[:8]) == doc_b
    assert store.find_document(doc_b.id[:7]) is None  # too short to be a prefix
    assert store.find_document("articles/a.txt") == doc_a
    assert store.find_document("./articles/../articles/b.txt") == doc_b
    assert store.find_document("missing.txt") is None


# ---------------------------------------------------------------------------
# annotations


def test_new_annotation_fills_everything_and_persists(harness: Harness, doc_a: Document) -> None:
    start, end = span_of(doc_a, "Vladimir Putin")
    ann = harness.store.new_annotation(doc_a, start, end, tags=["verified"], comment="named", author="ana")
    assert uuid.UUID(ann.id).version == 4
    assert (ann.prefix, ann.quote, ann.suffix) == quote_context(doc_a.text, start, end)
    assert ann.quote == "Vladimir Putin" and ann.doc_id == doc_a.id
    assert ann.created == ann.modified and ann.created.endswith("Z")
    assert ann.status == "human" and not ann.orphan
    store = harness.reopen()
    assert store.get(ann.id) == ann
    assert store.get_document(doc_a.id) == doc_a  # added on the way


def test_new_annotation_rejects_bad_spans(store: AnnotationStore, doc_a: Document) -> None:
    for start, end in [(-1, 3), (5, 5), (10, 4), (0, len(doc_a.text) + 1)]:
        with pytest.raises(ValueError):
            store.new_annotation(doc_a, start, end)
    assert store.annotations() == []


def test_suggestions_carry_generator_label_status(store: AnnotationStore, doc_a: Document) -> None:
    ann = store.new_annotation(
        doc_a, 0, 6, generator={"name": "builtin", "version": "0.1.0"}, label="GPE", status="suggested"
    )
    got = store.get(ann.id)
    assert got.generator == {"name": "builtin", "version": "0.1.0"}
    assert (got.label, got.status, got.author) == ("GPE", "suggested", None)
    with pytest.raises(ValueError, match="status"):
        store.new_annotation(doc_a, 0, 6, status="maybe")


def test_annotations_sorted_and_filtered(store: AnnotationStore, doc_a: Document, doc_b: Document) -> None:
    made = [
        store.new_annotation(doc_b, 0, 6),
        store.new_annotation(doc_a, 40, 50),
        store.new_annotation(doc_a, 10, 30),
        store.new_annotation(doc_a, 10, 20),
    ]
    key = lambda a: (a.doc_id, a.start, a.end, a.id)  # noqa: E731
    assert store.annotations() == sorted(made, key=key)
    assert [(a.start, a.end) for a in store.annotations(doc_a.id)] == [(10, 20), (10, 30), (40, 50)]
    assert store.annotations("unknown") == []


def test_add_update_delete(harness: Harness, doc_a: Document) -> None:
    store = harness.store
    store.add_document(doc_a)
    prefix, quote, suffix = quote_context(doc_a.text, 0, 6)
    ann = Annotation(id="", doc_id=doc_a.id, start=0, end=6, quote=quote, prefix=prefix, suffix=suffix)
    assert store.add(ann) is ann and ann.id
    with pytest.raises(ValueError, match="already exists"):
        store.add(Annotation(id=ann.id, doc_id=doc_a.id, start=0, end=6, quote=quote))
    ann.tags = ["disputed", "loaded-language"]
    ann.comment = "check"
    ann.modified = "2000-01-01T00:00:00.000Z"
    assert store.update(ann) is ann
    assert ann.modified != "2000-01-01T00:00:00.000Z"
    store = harness.reopen()
    assert store.get(ann.id) == ann
    store.delete(ann.id)
    assert store.get(ann.id) is None
    with pytest.raises(KeyError):
        store.delete(ann.id)
    with pytest.raises(KeyError):
        store.update(ann)
    assert harness.reopen().get(ann.id) is None


def test_add_many(store: AnnotationStore, doc_a: Document) -> None:
    anns = [Annotation(id=f"a{i}", doc_id=doc_a.id, start=i, end=i + 3, quote=doc_a.text[i : i + 3]) for i in range(5)]
    store.add_many(anns)
    assert [a.id for a in store.annotations()] == [f"a{i}" for i in range(5)]
    assert store.undo() == "add 5 annotations"
    assert store.annotations() == []
    with pytest.raises(ValueError):
        store.add_many([anns[0], anns[0]])
    assert store.add_many([]) == []


def test_links(harness: Harness, doc_a: Document, doc_b: Document) -> None:
    store = harness.store
    a = store.new_annotation(doc_a, *span_of(doc_a, "restricting some Telegram and WhatsApp calls"))
    b = store.new_annotation(doc_b, *span_of(doc_b, "limited calls on two foreign messengers"))
    store.link(a.id, b.id, "same-claim")
    store.link(a.id, b.id, "same-claim")  # no duplicate
    store.link(b.id, a.id, "supports")
    store = harness.reopen()
    assert store.get(a.id).links == [Link(b.id, "same-claim", doc_b.id)]
    assert store.get(b.id).links == [Link(a.id, "supports", doc_a.id)]
    assert store.links_to(b.id) == [store.get(a.id)] and store.links_to("missing") == []
    with pytest.raises(KeyError):
        store.link(a.id, "missing", "supports")
    with pytest.raises(ValueError):
        store.link(a.id, a.id, "supports")
    store.unlink(b.id, a.id)
    assert store.get(b.id).links == []
    assert store.undo().startswith("unlink")
    # deleting a target removes the links to it, and undo puts them back
    store.delete(b.id)
    assert store.get(a.id).links == [] and store.links_to(b.id) == []
    assert store.undo().startswith("delete annotation")
    assert store.get(a.id).links == [Link(b.id, "same-claim", doc_b.id)]
    assert store.undo().startswith("link")  # the supports link
    assert store.get(b.id).links == []


# ---------------------------------------------------------------------------
# analyses


def test_analysis_cache(harness: Harness, doc_a: Document) -> None:
    store = harness.store
    analysis = Analysis(
        doc_a.id,
        "builtin 0.1.0",
        entities=(Entity(0, 6, "Russia", "GPE"),),
        claims=(Claim(0, 20, doc_a.text[:20], "assertion"),),
        sentences=((0, 120),),
    )
    store.put_analysis(analysis)
    store.put_analysis(Analysis(doc_a.id, "spacy 3.8", sentences=((0, 5),)))
    store = harness.reopen()
    assert store.get_analysis(doc_a.id, "builtin 0.1.0") == analysis
    store.put_analysis(Analysis(doc_a.id, "builtin 0.1.0"))
    assert store.get_analysis(doc_a.id, "builtin 0.1.0") == Analysis(doc_a.id, "builtin 0.1.0")
    assert store.get_analysis(doc_a.id, "other") is None
    assert store.undo() is None  # caches are not undo steps


# ---------------------------------------------------------------------------
# undo / redo


def test_undo_redo_every_change(harness: Harness, doc_a: Document) -> None:
    store = harness.store
    assert store.undo() is None and store.redo() is None
    ann = store.new_annotation(doc_a, *span_of(doc_a, "Vladimir Putin"))
    ann.comment = "first edit"
    store.update(ann)
    store = harness.reopen()
    assert store.undo() == "edit annotation \u201cVladimir Putin\u201d"
    assert store.get(ann.id).comment == ""
    assert store.undo() == "add annotation \u201cVladimir Putin\u201d"
    assert store.get(ann.id) is None
    assert store.undo() is None
    store = harness.reopen()  # redo survives a restart too
    assert store.redo() == "add annotation \u201cVladimir Putin\u201d"
    assert store.get(ann.id).comment == ""
    assert store.redo().startswith("edit")
    assert store.get(ann.id).comment == "first edit"
    assert store.redo() is None


def test_new_change_drops_the_redo_branch(store: AnnotationStore, doc_a: Document) -> None:
    first = store.new_annotation(doc_a, 0, 6)
    store.new_annotation(doc_a, 10, 20)
    store.undo()
    third = store.new_annotation(doc_a, 30, 40)
    assert store.redo() is None
    assert {a.id for a in store.annotations()} == {first.id, third.id}
    store.undo()
    store.undo()
    assert store.annotations() == []
    assert store.undo() is None


def test_undo_history_is_capped(monkeypatch: pytest.MonkeyPatch, harness: Harness, doc_a: Document) -> None:
    monkeypatch.setattr(store_module, "UNDO_LIMIT", 3)
    store = harness.store
    for i in range(5):
        store.new_annotation(doc_a, i, i + 5)
    store = harness.reopen()
    assert [store.undo() is not None for _ in range(4)] == [True, True, True, False]
    assert len(store.annotations()) == 2


# ---------------------------------------------------------------------------
# re-anchoring


def test_reanchor_moves_and_orphans(harness: Harness, doc_a: Document, doc_b: Document) -> None:
    store = harness.store
    keep = store.new_annotation(doc_a, *span_of(doc_a, "digital development ministry"), tags=["official-source"])
    edited = store.new_annotation(doc_a, *span_of(doc_a, "President Vladimir Putin has authorized"))
    lost = store.new_annotation(doc_a, *span_of(doc_a, "A spokesperson for WhatsApp said the service was private"))
    other = store.new_annotation(doc_b, *span_of(doc_b, "officials said"))
    store.link(other.id, keep.id, "same-claim")
    new_text = (
        "UPDATED " + TEXT_A.replace("has authorized", "has authorised")
        .replace("A spokesperson for WhatsApp said the service was private.", "Meta declined to comment.")
    )
    new_doc = make_document(new_text, doc_a.path)
    assert new_doc.id != doc_a.id
    report = store.reanchor(new_doc)
    assert report.doc_id == new_doc.id and report.old_doc_ids == [doc_a.id]
    # "has authorized" became "has authorised": different words, so it waits for review, never moves silently
    assert report.moved == [keep.id] and sorted(report.orphaned) == sorted([edited.id, lost.id])
    assert report.changed == [edited.id]
    store = harness.reopen()
    moved = store.get(keep.id)
    assert moved.doc_id == new_doc.id and new_doc.text[moved.start : moved.end] == "digital development ministry"
    assert (moved.prefix, moved.quote, moved.suffix) == quote_context(new_doc.text, moved.start, moved.end)
    assert moved.tags == ["official-source"]
    changed = store.get(edited.id)
    assert changed.orphan and changed.quote == "President Vladimir Putin has authorized" and changed.doc_id == doc_a.id
    assert store.candidate_span(changed, new_doc) == span_of(new_doc, "President Vladimir Putin has authorised")
    orphan = store.get(lost.id)
    assert orphan.orphan and orphan.doc_id == doc_a.id  # never dropped; offsets still fit the kept old text
    assert store.get_document(doc_a.id).text[orphan.start : orphan.end] == orphan.quote
    assert store.candidate_span(orphan, new_doc) is None
    assert store.orphans() == sorted([orphan, changed], key=lambda a: (a.doc_id, a.start, a.end, a.id))
    assert store.get(other.id).links == [Link(keep.id, "same-claim", new_doc.id)]  # links follow
    assert store.find_document(doc_a.path).id == new_doc.id
    assert {a.id for a in store.annotations(new_doc.id)} == {keep.id}
    # one undo step puts everything back
    assert store.undo().startswith("re-anchor 1 annotation ")
    assert store.get(keep.id).doc_id == doc_a.id and store.orphans() == []
    assert store.get(other.id).links == [Link(keep.id, "same-claim", doc_a.id)]


def test_reanchor_never_moves_a_tag_onto_different_words(harness: Harness) -> None:
    """Tag "On Sunday", the file now says "On Monday": the tag must not silently sit on "On Monday"."""
    store = harness.store
    old = make_document("Talks resumed. On Sunday the minister spoke to reporters in the capital.", "talks.txt")
    ann = store.new_annotation(old, *span_of(old, "On Sunday"), tags=["date"])
    new = make_document("Talks resumed. On Monday the minister spoke to reporters in the capital.", "talks.txt")
    report = store.reanchor(new)
    assert report.moved == [] and report.orphaned == [ann.id] and report.changed == [ann.id]
    store = harness.reopen()
    kept = store.get(ann.id)
    assert kept.orphan and kept.quote == "On Sunday" and kept.doc_id == old.id and kept.tags == ["date"]
    assert store.annotations(new.id) == []
    assert store.candidate_span(kept, new) == span_of(new, "On Monday")  # offered to the user, not applied


def test_reanchor_does_not_jump_to_the_same_words_in_another_place(harness: Harness) -> None:
    store = harness.store
    old = make_document("The vote is on Sunday. Results come later in the week, officials said.", "vote.txt")
    ann = store.new_annotation(old, *span_of(old, "Sunday"))
    new = make_document("The vote is on Monday. Results come later; a recount, if any, starts Sunday.", "vote.txt")
    report = store.reanchor(new)
    assert report.moved == [] and report.orphaned == [ann.id]


def test_reanchor_moves_the_same_words_when_text_around_them_changed(harness: Harness) -> None:
    store = harness.store
    old = make_document("Officials said the digital development ministry acted. More follows.", "m.txt")
    ann = store.new_annotation(old, *span_of(old, "digital development ministry"))
    new = make_document("UPDATE: Officials said on Wednesday that the digital development ministry acted. More.", "m.txt")
    assert store.reanchor(new).moved == [ann.id]
    moved = store.get(ann.id)
    assert new.text[moved.start : moved.end] == "digital development ministry" and not moved.orphan


def test_reanchor_unchanged_or_new_document(store: AnnotationStore, doc_a: Document) -> None:
    ann = store.new_annotation(doc_a, 0, 6)
    report = store.reanchor(doc_a)
    assert report.moved == [] and report.orphaned == [] and report.old_doc_ids == []
    assert store.get(ann.id).doc_id == doc_a.id
    fresh = make_document("Something else entirely.", "new.txt")
    assert store.reanchor(fresh).old_doc_ids == []
    assert store.get_document(fresh.id) == fresh


# ---------------------------------------------------------------------------
# read-only, paths, format, migrations


def test_read_only(tmp_path: Path, doc_a: Document) -> None:
    path = tmp_path / "db.json"
    with pytest.raises(StoreError, match="no such database file"):
        AnnotationStore(path, read_only=True)
    with AnnotationStore(path) as writer:
        ann = writer.new_annotation(doc_a, 0, 6)
        with AnnotationStore(path, read_only=True) as reader:  # sees the journal of a live writer
            assert reader.read_only and reader.path == path
            assert reader.get(ann.id) == ann
            for change in (
                lambda: reader.new_annotation(doc_a, 0, 3),
                lambda: reader.delete(ann.id),
                lambda: reader.add_document(doc_a),
                lambda: reader.undo(),
                lambda: reader.put_analysis(Analysis(doc_a.id, "x")),
            ):
                with pytest.raises(StoreReadOnly, match="read-only"):
                    change()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.json", "db.json.journal"]


def test_closed_store_refuses_changes(store: AnnotationStore, doc_a: Document) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.new_annotation(doc_a, 0, 3)
    store.close()  # twice is fine


def test_default_db_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PRESSLENS_DB", str(tmp_path / "x.json"))
    assert default_db_path() == tmp_path / "x.json"
    monkeypatch.delenv("PRESSLENS_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "presslens" / "presslens.json"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_db_path() == tmp_path / ".local" / "share" / "presslens" / "presslens.json"


def test_file_is_plain_tinydb(tmp_path: Path, doc_a: Document) -> None:
    path = tmp_path / "db.json"
    with AnnotationStore(path) as store:
        ann = store.new_annotation(doc_a, 0, 6, tags=["verified"])
        store.put_analysis(Analysis(doc_a.id, "builtin"))
    with TinyDB(path) as db:
        assert db.tables() == {"_meta", "documents", "annotations", "analyses", "undo"}
        assert db.table("_meta").all() == [{"app": "presslens", "schema_version": SCHEMA_VERSION}]
        assert Annotation.from_dict(db.table("annotations").all()[0]) == ann
        assert db.table("documents").all()[0]["text"] == doc_a.text


def test_compaction_keeps_everything(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, doc_a: Document) -> None:
    monkeypatch.setattr(JournalStorage, "COMPACT_MIN_BYTES", 2000)
    monkeypatch.setattr(JournalStorage, "COMPACT_RATIO", 0.1)
    path = tmp_path / "db.json"
    journal = tmp_path / "db.json.journal"
    sizes = []
    with AnnotationStore(path) as store:
        ids = [store.new_annotation(doc_a, i, i + 10).id for i in range(60)]
        sizes.append(journal.stat().st_size)
        store.delete(ids[0])
    assert journal.stat().st_size == 0  # compacted on close
    assert max(sizes) < 20_000  # compacted along the way
    with AnnotationStore(path) as store:
        assert {a.id for a in store.annotations()} == set(ids[1:])
        assert store.undo().startswith("delete")


def _write_db(path: Path, version: int, extra: dict | None = None) -> None:
    data = {"_meta": {"1": {"app": "presslens", "schema_version": version}}, **(extra or {})}
    path.write_text(json.dumps(data), encoding="utf-8")


def test_migration_is_applied_and_backed_up(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    _write_db(path, 0, {"notes": {"1": {"text": "old"}}})
    before = path.read_bytes()

    def zero_to_one(tables: dict) -> None:
        tables["annotations"] = {"1": {**_annotation_record(), "comment": tables.pop("notes")["1"]["text"]}}

    monkeypatch.setattr(store_module, "MIGRATIONS", {0: zero_to_one})
    with AnnotationStore(path, read_only=True) as store:  # migrated in memory only
        assert store.get("m1").comment == "old"
    assert path.read_bytes() == before
    with AnnotationStore(path) as store:
        assert store.get("m1").comment == "old"
    assert json.loads((tmp_path / "db.json.schema0.bak").read_bytes()) == json.loads(before)
    assert json.loads(path.read_text())["_meta"]["1"]["schema_version"] == SCHEMA_VERSION


def test_missing_migration_and_newer_schema(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    _write_db(path, 0)
    monkeypatch.setattr(store_module, "MIGRATIONS", {})
    with pytest.raises(StoreError, match="no migration from schema 0"):
        AnnotationStore(path)
    _write_db(path, SCHEMA_VERSION + 1)
    before = path.read_bytes()
    with pytest.raises(StoreTooNew, match="newer presslens") as info:
        AnnotationStore(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.json"]


def _annotation_record() -> dict:
    return Annotation(id="m1", doc_id="d", start=0, end=1, quote="x").to_dict()


def test_every_table_is_registered_and_indexed_on_reopen(tmp_path: Path, doc_a: Document) -> None:
    """One registry of tables: whatever a store writes is in TABLES, and reopening rebuilds every index from it."""
    from annotations.core.model import SetAnalysis
    from annotations.store.store import TABLES

    path = tmp_path / "db.json"
    result = SetAnalysis("builtin 0.1.0", "p1", (Analysis(doc_a.id, "builtin 0.1.0", sentences=((0, 5),)),))
    with AnnotationStore(path) as store:
        ann = store.new_annotation(doc_a, 0, 6, tags=["verified"])
        other = store.new_annotation(doc_a, 7, 9)
        store.link(other.id, ann.id, "supports")
        store.put_analysis(Analysis(doc_a.id, "builtin 0.1.0"))
        store.put_set_analysis(result)
        store.update(Annotation.from_dict({**ann.to_dict(), "orphan": True}))
        live = (store.orphans(), store.links_to(ann.id), store.annotations(doc_a.id), store.shown_analyses(doc_a.id))
    with TinyDB(path) as db:
        assert db.tables() - {"_meta"} <= set(TABLES)
    with AnnotationStore(path) as store:
        assert (store.orphans(), store.links_to(ann.id), store.annotations(doc_a.id), store.shown_analyses(doc_a.id)) == live
        assert [a.id for a in store.orphans()] == [ann.id]
        assert store.get_set_analysis([doc_a.id], "builtin 0.1.0") == result
        assert store.get_analysis(doc_a.id, "builtin 0.1.0") == Analysis(doc_a.id, "builtin 0.1.0")
        assert store.documents() == [doc_a]
        store.undo()  # the orphan flag: undone in the one read path, no cache to clear
        assert store.orphans() == []


def test_reading_positions_are_kept_per_document_and_survive_reopening(tmp_path):
    from annotations.core.documents import make_document

    doc = make_document("One.\n\nTwo.\n", "a.txt")
    with AnnotationStore(tmp_path / "db.json") as store:
        assert store.get_position(doc.id) is None
        store.put_position(doc.id, 6, 2)
        store.put_position(doc.id, 7, 3)
        assert not store.undo()  # not an annotation: nothing to undo
    with AnnotationStore(tmp_path / "db.json", read_only=True) as store:
        assert store.get_position(doc.id) == (7, 3)


def test_the_active_article_is_kept_with_the_positions(tmp_path):
    """Reopening puts the reader back in the column it was in: one article of a set was the active one."""
    from annotations.core.documents import make_document

    a, b, c = (make_document(f"Article {n}.\n", f"{n}.txt") for n in "abc")
    with AnnotationStore(tmp_path / "db.json") as store:
        assert store.active_document([a.id, b.id]) is None
        store.put_position(a.id, 3, 0)
        store.put_position(b.id, 5, 1, active=True)
        assert store.active_document([a.id, b.id]) == b.id
        store.put_position(b.id, 5, 1)  # another article became the active one
        store.put_position(a.id, 3, 0, active=True)
    with AnnotationStore(tmp_path / "db.json", read_only=True) as store:
        assert store.active_document([a.id, b.id]) == a.id
        assert store.active_document([b.id, c.id]) is None  # a set where none was: none
        assert store.get_position(b.id) == (5, 1)


def test_a_large_store_freezes_what_it_loaded_and_a_small_one_does_not(tmp_path, monkeypatch):
    """Opening 50,000 annotations made the collector's next full pass scan them all (70 ms, on a
    later key in the reader); a large store freezes its records once loaded."""
    import gc

    from annotations.store import store as store_module

    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(store_module, "_FREEZE_ABOVE", 3)
    db = tmp_path / "db.json"
    doc = make_document("One two three four five six seven eight nine ten.", "a.txt")
    with AnnotationStore(db) as store:
        store.add_document(doc)
        for i in range(3):
            store.add(Annotation(id=f"a{i}", doc_id=doc.id, start=i, end=i + 1, quote=doc.text[i]))
    AnnotationStore(db, read_only=True).close()
    assert not frozen  # three: not above the threshold
    with AnnotationStore(db) as store:
        store.add(Annotation(id="a5", doc_id=doc.id, start=5, end=6, quote=doc.text[5]))
    AnnotationStore(db, read_only=True).close()
    assert frozen
