"""Claim counterparts in the reader: shown, jumped to, confirmed as links, rejected for good."""

from __future__ import annotations

from dataclasses import replace

import pytest

from annotations.core.model import ClaimPair, ClaimRef
from annotations.store.store import AnnotationStore
from tests.conftest import settle

SHARED = "The regulator said the fine was justified."
A = f"Officials met on Monday.\n\n{SHARED}\n\nThe mayor was not invited."
B = f"{SHARED}\n\nPrices rose sharply in March.\n\nNobody else commented."


@pytest.fixture
def articles(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A, encoding="utf-8")
    b.write_text(B, encoding="utf-8")
    return [a, b]


@pytest.fixture(autouse=True)
def same_text_aligner(monkeypatch):
    """The pipeline as it is, with pairs from a stand-in aligner: the same sentence is the same claim,
    anything else a weak 'related' pair (so the reader's part is tested whatever aligner ships)."""
    from annotations.nlp import pipeline

    real = pipeline.analyse_set

    def analyse_set(documents, engine, cache=None):
        result = real(documents, engine, cache)
        pairs = []
        for x in result.analyses:
            for y in result.analyses:
                if x is y:
                    continue
                for c in x.claims:
                    match = next((d for d in y.claims if d.text == c.text), None)
                    other = match or y.claims[0]
                    pairs.append(ClaimPair(ClaimRef(x.doc_id, c.start, c.end), ClaimRef(y.doc_id, other.start, other.end),
                                           1.0 if match else 0.1, "same" if match else "related"))
        return replace(result, pairs=tuple(pairs))

    monkeypatch.setattr(pipeline, "analyse_set", analyse_set)


async def test_a_claims_counterpart_is_shown_jumped_to_and_confirmed_as_a_link(make_app, articles, db_path):
    app = make_app(articles)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        reader = app.reader
        a, b = reader.views
        a.move_to(a.text.index(SHARED) + 4)
        await pilot.pause()
        assert b._partner == (0, len(SHARED))  # highlighted in the other column
        assert "≡ [2] same 1.00" in str(reader.query_one("#inspector").render())
        a.move_to(a.text.index("The mayor"))
        await pilot.pause()
        assert a.text.index("The mayor") in a._unique and a.text.index(SHARED) not in a._unique  # ★ only here
        assert "only this outlet" in str(reader.query_one("#inspector").render())
        a.move_to(a.text.index(SHARED))
        await pilot.press("J")
        assert reader.active_index == 1 and b.cursor == 0
        await pilot.press("y")
        await settle(app, pilot)
    with AnnotationStore(db_path, read_only=True) as store:
        links = [(ann.quote, link.relation) for ann in store.annotations() for link in ann.links]
    assert links == [(SHARED, "same-claim")]


async def test_a_rejected_counterpart_stays_rejected_after_a_restart_and_undo_brings_it_back(make_app, articles, db_path):
    app = make_app(articles)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        a, b = app.reader.views
        a.move_to(a.text.index(SHARED))
        await pilot.press("Y")
        await settle(app, pilot)
        assert b._partner is None and a.text.index(SHARED) in a._unique
    app = make_app(articles)  # reopened
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        a, b = app.reader.views
        a.move_to(a.text.index(SHARED))
        await pilot.pause()
        assert b._partner is None and a.text.index(SHARED) in a._unique
        await pilot.press("u")
        await settle(app, pilot)
        assert b._partner == (0, len(SHARED)) and a.text.index(SHARED) not in a._unique
