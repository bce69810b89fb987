"""Coder layers and adjudication in the reader, by keyboard only, checked on the store afterwards."""

from __future__ import annotations

from annotations import actions
from annotations.core.documents import load_paths
from annotations.store.store import AnnotationStore
from tests.conftest import settle
from tui.adjudicate import CoderPicker


def stored(db_path) -> list[dict]:
    with AnnotationStore(db_path, read_only=True) as store:
        return [a.to_dict() for a in store.annotations()]


def _coded(db_path, path: str, codings: list[tuple[str, str, str]]):
    """Each (coder, words, tag): the coder's annotation on the first occurrence of the words."""
    doc = load_paths([path]).documents[0]
    spans = {}
    with AnnotationStore(db_path) as store:
        store.add_document(doc)
        for coder, words, tag in codings:
            start = doc.text.index(words)
            actions.toggle_tag(store, doc, start, start + len(words), tag, coder)
            spans[(coder, words)] = (start, start + len(words))
    return doc, spans


async def test_hiding_a_coder_hides_their_annotations_everywhere(make_app, seed_paths, db_path):
    doc, spans = _coded(db_path, seed_paths[0], [("bo", "Telegram", "actor"), ("cy", "WhatsApp", "actor")])
    before = {a["author"]: a for a in stored(db_path)}
    app = make_app(seed_paths, author="ada")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        reader = app.reader
        article = reader.articles[0]
        assert {a.author for a in article.human} == {"bo", "cy"}
        start, end = spans[("bo", "Telegram")]
        drawn = [h for h in article.view.highlights if h[0] < end and h[1] > start]
        await pilot.press("C")
        assert isinstance(app.screen, CoderPicker)
        await pilot.press("space")  # bo is listed first: hidden
        await pilot.press("escape")
        await settle(app, pilot)
        assert reader.hidden_authors == {"bo"}
        assert {a.author for a in article.human} == {"cy"}
        article.view.move_to(start + 1)
        await pilot.pause()
        assert reader.annotator.annotation_at(0, start + 1) is None  # not found under the cursor
        assert "by bo" not in str(reader.query_one("#inspector").render())
        assert [s for s, _, _ in article.view._annotation_spans] == [spans[("cy", "WhatsApp")][0]]  # the gutter
        assert [h for h in article.view.highlights if h[0] < end and h[1] > start] != drawn  # not drawn
        assert "1 coder hidden" in reader.store_label
        await pilot.press("A")
        await settle(app, pilot)
        panel = app.screen
        assert [ann.author for _, ann in panel.items if ann.status == "human"] == ["cy"]
        await pilot.press("escape")
        # tagging here acts on what is visible (the entity), never on bo's annotation
        article.view.move_to(start + 1)
        await pilot.press("1")
        await settle(app, pilot)
        await pilot.press("C", "space", "escape")  # bo shown again
        await settle(app, pilot)
        assert reader.hidden_authors == frozenset()
        assert {a.author for a in article.human} == {"ada", "bo", "cy"}
        assert "hidden" not in reader.store_label
    after = stored(db_path)
    assert [a for a in after if a["author"] == "bo"] == [before["bo"]]
    (adas,) = [a for a in after if a["author"] == "ada"]
    assert adas["tags"] == ["verified"]
