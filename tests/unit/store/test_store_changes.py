"""The span index and the change log a reader uses to stay current without reading every annotation."""

from __future__ import annotations

import random

from annotations import actions
from annotations.core.documents import make_document
from annotations.store.store import AnnotationStore

TEXT = "Officials said the ministry would act. Critics disagreed with the plan. The company said nothing."


def _doc():
    return make_document(TEXT, "articles/a.txt")


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_annotations_on_is_the_exact_span_filter_through_every_kind_of_change() -> None:
    doc, store = _doc(), AnnotationStore(None)
    rng = random.Random(7)
    spans = [_span(w) for w in ("Officials", "the ministry", "Critics", "the plan", "The company")]
    store.annotations_on(doc.id, *spans[0])  # built now: every later change must keep it current
    for step in range(120):
        start, end = rng.choice(spans)
        roll = rng.random()
        if roll < 0.5:
            actions.toggle_tag(store, doc, start, end, rng.choice("abc"), rng.choice(["ann", "bo"]))
        elif roll < 0.7 and store.annotations(doc.id):
            store.delete(rng.choice(store.annotations(doc.id)).id)
        elif roll < 0.85:
            store.undo()
        else:
            store.redo()
        for s, e in spans:
            expected = [a.id for a in store.annotations(doc.id) if (a.start, a.end) == (s, e)]
            assert [a.id for a in store.annotations_on(doc.id, s, e)] == expected, f"step {step}"


def test_annotations_on_after_reopening(tmp_path) -> None:
    doc = _doc()
    with AnnotationStore(tmp_path / "db.json") as store:
        ann = store.new_annotation(doc, *_span("Critics"), tags=["x"], author="ann")
    with AnnotationStore(tmp_path / "db.json") as store:
        assert [a.id for a in store.annotations_on(doc.id, *_span("Critics"))] == [ann.id]
        assert store.annotations_on(doc.id, *_span("Officials")) == []


def test_recording_names_what_changed_and_nothing_else() -> None:
    doc, store = _doc(), AnnotationStore(None)
    other = make_document("Another article entirely.", "articles/b.txt")
    keep = store.new_annotation(doc, *_span("Officials"), tags=["x"], author="ann")
    far = store.new_annotation(other, 0, 7, tags=["y"], author="ann")
    with store.recording() as log:
        tagged, _ = actions.toggle_tag(store, doc, *_span("Critics"), "z", "ann")
    delta = store.changes(log)
    assert set(delta) == {doc.id}
    assert [a.id for a in delta[doc.id].current] == [tagged.id] and delta[doc.id].removed == []
    assert keep.id not in {a.id for a in delta[doc.id].current} and far.doc_id not in delta

    with store.recording() as log:
        store.delete(tagged.id)
    assert store.changes(log)[doc.id].removed == [tagged.id]

    with store.recording() as log:
        store.undo()  # the deletion is undone: the annotation is back, as it is now
    back = store.changes(log)[doc.id]
    assert [a.id for a in back.current] == [tagged.id] and back.removed == []


def test_a_link_reports_its_target_too() -> None:
    """Linking changes only the source's record, but the target is now shown as linked."""
    doc, store = _doc(), AnnotationStore(None)
    other = make_document("Another article entirely.", "articles/b.txt")
    src = store.new_annotation(doc, *_span("Critics"), tags=["x"], author="ann")
    dst = store.new_annotation(other, 0, 7, tags=["y"], author="ann")
    with store.recording() as log:
        store.link(src.id, dst.id, "same-claim")
    delta = store.changes(log)
    assert [a.id for a in delta[doc.id].current] == [src.id]
    assert [a.id for a in delta[other.id].current] == [dst.id]
    with store.recording() as log:
        store.unlink(src.id, dst.id)
    assert {d: [a.id for a in v.current] for d, v in store.changes(log).items()} == {doc.id: [src.id], other.id: [dst.id]}


def test_a_rejected_counterpart_is_kept_both_ways_and_can_be_undone(tmp_path) -> None:
    from annotations.core.model import ClaimRef

    a, b = ClaimRef("doc-a", 0, 20), ClaimRef("doc-b", 5, 40)
    with AnnotationStore(tmp_path / "db.json") as store:
        assert store.reject_pair(a, b, "ann") is True
        assert store.reject_pair(b, a, "ann") is False  # the same pair, the other way round
    with AnnotationStore(tmp_path / "db.json") as store:  # after a restart
        assert store.rejected_pairs() == {frozenset({("doc-a", 0, 20), ("doc-b", 5, 40)})}
        assert store.undo() == "reject a counterpart"
        assert store.rejected_pairs() == set()
