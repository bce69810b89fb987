"""The reader finds the annotation under the cursor from an index, with covering()'s answer."""

from __future__ import annotations

import random

from annotations import actions
from annotations.core.documents import make_document
from annotations.core.model import Annotation
from tui.reader import ArticleState


def test_human_near_gives_covering_the_same_answer_as_a_full_scan():
    rng = random.Random(7)
    doc = make_document("word " * 400, "/t/near.txt")
    anns = []
    for i in range(600):
        start = rng.randrange(0, 1900)
        end = start + rng.choice([0, 1, 3, 10, 40, 900])  # empty spans, short ones, a few very long
        anns.append(Annotation.for_span(doc, start, min(end, 2000), id=f"n{i}", author=rng.choice(["a", "b"]),
                                        status=rng.choice(["human", "human", "suggested"])))
    anns[5].orphan = True
    anns.append(Annotation.for_span(doc, 100, 110, id="twin", author="b"))  # same span as another: ties
    anns.append(Annotation.for_span(doc, 100, 110, id="twin2", author="a"))
    state = ArticleState(0, doc, column=None)
    state.set_annotations(anns)
    for offset in [*range(0, 2001, 3), 100, 105, 109, 110]:
        assert actions.covering(state.human_near(offset), offset) == actions.covering(state.human, offset)


def test_a_change_applied_as_a_delta_leaves_the_same_state_as_reloading():
    """Changes reach the reader as deltas (what changed, what was removed): the lists, the index and
    the restyle windows must end as a full reload would leave them."""
    from annotations.store.store import AnnotationStore

    rng = random.Random(11)
    doc = make_document("word " * 400, "/t/delta.txt")
    store = AnnotationStore(None)
    patched = ArticleState(0, doc, column=None)
    patched.set_annotations(store.annotations(doc.id))
    spans = [(s, s + rng.choice([0, 3, 10, 40, 300])) for s in (rng.randrange(0, 1500) for _ in range(30))]
    for step in range(200):
        start, end = rng.choice(spans)
        end = max(end, start + 1)
        with store.recording() as log:
            roll = rng.random()
            if roll < 0.45:
                actions.toggle_tag(store, doc, start, end, rng.choice("ab"), rng.choice(["x", "y"]))
            elif roll < 0.55:
                actions.reject_suggestion(store, doc, start, end, "ORG", "x", "builtin 0.1")
            elif roll < 0.7 and store.annotations(doc.id):
                store.delete(rng.choice(store.annotations(doc.id)).id)
            elif roll < 0.8 and len(store.annotations(doc.id)) > 1:
                a, b = rng.sample(store.annotations(doc.id), 2)
                store.link(a.id, b.id, "supports")
            elif roll < 0.9:
                store.undo()
            else:
                store.redo()
        delta = store.changes(log).get(doc.id)
        if delta is None:
            continue
        before = {a.id: (a.start, a.end) for a in patched.annotations}
        old, windows = patched.apply_delta(delta.current, delta.removed)
        fresh = ArticleState(0, doc, column=None)
        fresh.set_annotations(store.annotations(doc.id))
        assert [a.id for a in patched.annotations] == [a.id for a in fresh.annotations], f"step {step}"
        assert [a.id for a in patched.human] == [a.id for a in fresh.human]
        assert [a.id for a in patched.rejected] == [a.id for a in fresh.rejected]
        assert (patched._starts, patched._reach) == (fresh._starts, fresh._reach)
        assert {a.id for a in old} == {i for i in [*delta.removed, *(a.id for a in delta.current)] if i in before}
        for ann in [*old, *delta.current]:  # every place whose look may change is restyled
            assert any(s <= ann.start and max(ann.end, ann.start + 1) <= e for s, e in windows)
        for offset in range(0, 2001, 37):
            assert actions.covering(patched.human_near(offset), offset) == actions.covering(fresh.human, offset)
        lo = rng.randrange(0, 1900)
        hi = lo + rng.choice([1, 5, 50])
        drawn = {a.id for a in fresh.human if a.start < hi and max(a.end, a.start + 1) > lo}
        assert {a.id for a in patched.human_overlapping(lo, hi)} == drawn
