"""Annotate by keyboard only, then read the TinyDB file to check exactly what was stored."""

from __future__ import annotations

import json

from annotations.store.store import AnnotationStore
from tests.conftest import send_burst, settle
from tui.screens import AnnotationsPanel, CommentEditor, RelationPicker, TagPicker


def stored(db_path) -> list[dict]:
    """Annotations as the file on disk has them (snapshot + journal, read by a fresh store)."""
    with AnnotationStore(db_path, read_only=True) as store:
        return [a.to_dict() for a in store.annotations()]


def raw_tables(db_path) -> dict:
    return json.loads(db_path.read_text())


async def select_three_words(app, pilot):
    """Open the seeds, put the cursor on "Telegram" and select "Telegram and WhatsApp"; the view and the start."""
    await settle(app, pilot)
    view = app.reader.views[0]
    start = view.text.index("Telegram")
    view.move_to(start)
    await pilot.press("v", "w", "w", "w")
    assert view.selection == (start, start + len("Telegram and WhatsApp"))
    return view, start


async def test_select_words_tag_with_number_key_and_comment(make_app, seed_paths, db_path):
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        view, start = await select_three_words(app, pilot)
        await pilot.press("1")  # first codebook tag
        await settle(app, pilot)
        assert view.anchor is None and view.cursor == start
        await pilot.press("m")
        assert isinstance(app.screen, CommentEditor)
        await pilot.press(*"Both apps", "enter", *"named.", "ctrl+s")
        await settle(app, pilot)
        assert "saved" in str(app.reader.query_one("#status").render())
    (ann,) = stored(db_path)
    assert (ann["start"], ann["end"], ann["quote"]) == (start, start + 21, "Telegram and WhatsApp")
    assert ann["tags"] == ["verified"]
    assert ann["comment"] == "Both apps\nnamed."
    assert ann["author"] == "tester" and ann["status"] == "human"
    assert ann["prefix"].endswith("restricting some ") and ann["suffix"].startswith(" calls")
    assert ann["doc_id"] == app.documents[0].id


async def test_tag_picker_filters_creates_and_toggles(make_app, seed_paths, db_path):
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view = app.reader.views[1]
        await pilot.press("g", "2")  # column 2
        assert app.reader.active_index == 1
        entity = view.text.index("Mediascope")
        view.move_to(entity)
        await pilot.press("t")  # no selection: tags the entity under the cursor
        assert isinstance(app.screen, TagPicker)
        await pilot.press(*"dispu", "enter")
        await settle(app, pilot)
        await pilot.press("t", *"source-is-commercial", "enter")  # a new tag
        await settle(app, pilot)
        (ann,) = stored(db_path)
        assert (ann["quote"], ann["tags"]) == ("Mediascope", ["disputed", "source-is-commercial"])
        await pilot.press("t", *"disputed", "enter")  # applying it again removes it
        await settle(app, pilot)
    (ann,) = stored(db_path)
    assert ann["tags"] == ["source-is-commercial"]


async def test_select_unit_grows_entity_claim_sentence(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        view.move_to(view.text.index("Putin") + 1)
        await pilot.press("x")
        assert view.text[slice(*view.selection)] == "Vladimir Putin"
        await pilot.press("x")
        assert view.text[slice(*view.selection)].startswith("President Vladimir Putin has authorized")
        await pilot.press("o", "escape")
        assert view.selection is None


async def test_link_claims_across_articles_and_follow(make_app, seed_paths, db_path):
    app = make_app(seed_paths)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        left, right = app.reader.views
        left.move_to(left.text.index("President Vladimir Putin"))
        await pilot.press("x", "x", "L")  # the sentence, as link source
        right.move_to(right.text.index("President Vladimir Putin"))
        await pilot.press("tab", "x", "x", "L")
        assert isinstance(app.screen, RelationPicker)
        await pilot.press("3")  # contradicts
        await settle(app, pilot)
        # the link shows in both columns: cursor on the right's span highlights the left's
        right.move_to(right.text.index("President Vladimir Putin") + 3)
        await settle(app, pilot)
        assert left._partner is not None
        await pilot.press("f")
        assert app.reader.active_index == 0
    anns = {a["doc_id"]: a for a in stored(db_path)}
    src, dst = anns[app.documents[0].id], anns[app.documents[1].id]
    assert src["quote"].startswith("President Vladimir Putin has authorized")
    assert dst["quote"].startswith("President Vladimir Putin has also ordered")
    assert src["links"] == [{"target": dst["id"], "relation": "contradicts", "target_doc": app.documents[1].id}]


async def test_accept_and_reject_suggestions_record_who(make_app, seed_paths, db_path):
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        view.move_to(view.text.index("Meta Platforms"))
        await pilot.press("a")
        await settle(app, pilot)
        view.move_to(view.text.index("Interfax"))
        entity = view.entity_at(view.cursor)
        await pilot.press("r")
        await settle(app, pilot)
        assert view.entity_at(view.cursor) is None  # a rejected suggestion is no longer shown
        await pilot.press("u")
        await settle(app, pilot)
        assert app.reader.message == f"undone: reject Organisation “{entity.text}”"  # what was done, in the reader's words
        assert view.entity_at(view.cursor) is not None
        await pilot.press("U")
        await settle(app, pilot)
        assert app.reader.message == f"redone: reject Organisation “{entity.text}”"
    by_status = {a["status"]: a for a in stored(db_path)}
    assert by_status["human"]["quote"] == "Meta Platforms" and by_status["human"]["label"] == "ORG"
    assert by_status["human"]["author"] == "tester"
    rejected = by_status["rejected"]
    assert (rejected["quote"], rejected["label"]) == (entity.text, entity.label)
    assert rejected["generator"]["name"] == "presslens-builtin"


async def test_undo_redo_and_undo_after_restart(make_app, seed_paths, db_path):
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("v", "w", "1")
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
        assert app.reader.annotations[app.documents[0].id] == []
        assert "undone" in app.reader.message
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert len(app.reader.annotations[app.documents[0].id]) == 1
        await pilot.press("q")
    assert len(stored(db_path)) == 1
    app2 = make_app(seed_paths)
    async with app2.run_test(size=(100, 30)) as pilot:
        await settle(app2, pilot)
        await pilot.press("u")  # undo works after a restart
        await settle(app2, pilot)
        assert "undone" in app2.reader.message
    assert stored(db_path) == []


async def test_annotations_panel_filters_and_jumps(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        left, right = app.reader.views
        right.move_to(right.text.index("Mediascope"))
        await pilot.press("g", "2", "t", *"econ", "enter")
        await settle(app, pilot)
        await pilot.press("g", "1", "v", "w", "t", *"verified", "enter")
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        assert isinstance(app.screen, AnnotationsPanel)
        assert len(app.screen.filtered) == 2
        await pilot.press(*"tag:econ*")  # the filter language: whole tag, * as wildcard (as export --tag)
        assert len(app.screen.filtered) == 1
        await pilot.press("enter")
        assert app.reader.active_index == 1
        assert right.text[right.cursor :].startswith("Mediascope")


async def test_a_second_app_on_the_same_db_is_read_only(make_app, seed_paths, db_path):
    from annotations.store.store import StoreLocked

    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        try:
            AnnotationStore(db_path)
        except StoreLocked as exc:
            assert "in use by another presslens process" in str(exc)
        else:
            raise AssertionError("a second writer was allowed")
        second = AnnotationStore(db_path, read_only=True)
        from tui.app import AppOptions, create_app

        app2 = create_app(seed_paths, options=AppOptions(animation=False), store=second)
        async with app2.run_test(size=(100, 30)) as pilot2:
            await settle(app2, pilot2)
            await pilot2.press("v", "w", "1")
            await pilot2.pause()
            assert "read-only" in app2.reader.message


async def test_export_from_inside_the_app(make_app, seed_paths, tmp_path):
    from tui.screens import ExportDialog

    app = make_app(seed_paths)
    out = tmp_path / "from-app.jsonld"
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("v", "w", "1")
        await settle(app, pilot)
        await pilot.press("X")
        await settle(app, pilot)  # the dialog opens once the store thread named the files it must not overwrite
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("down")  # w3c
        path_input = app.screen.query_one("#export-path")
        path_input.value = str(out)
        await pilot.press("enter")
        await settle(app, pilot)
        assert any(str(out) in n.message for n in app._notifications)
    data = json.loads(out.read_text())
    assert data["type"] == "AnnotationCollection"
    statuses = [item["presslens:status"] for item in data["first"]["items"]]
    assert statuses.count("human") == 1 and "suggested" in statuses  # the engine's suggestions come along


async def burst_keys(app, pilot, keys) -> None:
    await send_burst(pilot, keys)
    await settle(app, pilot)


async def test_typed_ahead_tag_and_comment_keep_every_key(make_app, seed_paths, db_path):
    """`t`+tag+Enter, `m`+text+Ctrl+S, and a key right after a dialog closes, in single bursts:
    nothing lost, nothing reordered."""
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        view.move_to(view.text.index("Roskomnadzor"))
        await burst_keys(app, pilot, ["t", *"source-regulator", "enter"])
        await burst_keys(app, pilot, ["m", *"State", "space", *"body.", "ctrl+s"])
        # the last key, q, is typed right after Enter closes the tag picker: it must quit, not be typed
        await burst_keys(app, pilot, ["slash", *"Mediascope", "enter", "x", "t", *"disputed", "enter", "q"])
        assert not app.is_running
    anns = sorted(stored(db_path), key=lambda a: a["quote"])
    assert [(a["quote"], a["tags"], a["comment"]) for a in anns] == [
        ("Mediascope", ["disputed"], ""),
        ("Roskomnadzor", ["source-regulator"], "State body."),
    ]


async def test_reopening_does_no_extraction(make_app, seed_paths, monkeypatch):
    from annotations.nlp.extract import BuiltinEngine

    calls = []
    original = BuiltinEngine.entities  # what the set pipeline asks an engine for
    monkeypatch.setattr(
        BuiltinEngine, "entities", lambda self, text, sentences=None: calls.append(text) or original(self, text, sentences)
    )
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        first = [len(a.entities) for a in app.reader.analyses]
    assert len(calls) == 2
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert [len(a.entities) for a in app.reader.analyses] == first
    assert len(calls) == 2  # the second open read both analyses from the database


async def test_changed_file_reanchors_and_an_orphan_can_be_re_placed(make_app, tmp_path, db_path):
    article = tmp_path / "story.txt"
    article.write_text("The mayor said the bridge will reopen in May. Critics doubt it.\n\nA second paragraph.")
    app = make_app([article])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        view.move_to(view.text.index("bridge"))
        await pilot.press("v", "w", "t", *"infrastructure", "enter")  # "bridge"
        await settle(app, pilot)
        view.move_to(view.text.index("Critics"))
        await pilot.press("v", "w", "w", "t", *"doubt", "enter")  # "Critics doubt"
        await settle(app, pilot)
    # The outlet edits the story: a sentence is added before, and "Critics doubt" is rewritten.
    article.write_text("Updated. The mayor said the bridge will reopen in May. Skeptics are unconvinced.\n\nA second paragraph.")
    app = make_app([article])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert any("1 annotation found again on the same words" in n.message for n in app._notifications)
        view = app.reader.views[0]
        moved = [a for a in app.reader.annotations[app.documents[0].id] if a.tags == ["infrastructure"]]
        assert [(a.quote, view.text[a.start : a.end]) for a in moved] == [("bridge", "bridge")]
        await pilot.press("A", *"orphan")
        await settle(app, pilot)
        assert [row[1].quote for row in app.screen.filtered] == ["Critics doubt"]
        await pilot.press("enter")  # re-place it
        view.move_to(view.text.index("Skeptics"))
        await pilot.press("v", "w", "w", "enter")
        await settle(app, pilot)
    placed = [a for a in stored(db_path) if a["tags"] == ["doubt"]]
    assert len(placed) == 1 and placed[0]["quote"] == "Skeptics are" and placed[0]["orphan"] is False
    assert placed[0]["doc_id"] == app.documents[0].id


async def test_changed_words_are_never_moved_silently_and_the_candidate_is_offered(make_app, tmp_path, db_path):
    article = tmp_path / "talks.txt"
    article.write_text("Talks resumed. On Sunday the minister spoke to reporters in the capital.\n\nMore later.")
    app = make_app([article])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        view.select(view.text.index("On Sunday"), view.text.index("On Sunday") + len("On Sunday"))
        await pilot.press("t", *"date", "enter")
        await settle(app, pilot)
    article.write_text("Talks resumed. On Monday the minister spoke to reporters in the capital.\n\nMore later.")
    app = make_app([article])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        notes = [n.message for n in app._notifications]
        assert any("1 need review (1 with changed words): “On Sunday”" in n for n in notes), notes
        assert app.reader.annotations[app.documents[0].id] == []  # not drawn on "On Monday"
        assert [a["quote"] for a in stored(db_path) if a["orphan"]] == ["On Sunday"]
        await pilot.press("A", *"orphan")
        await settle(app, pilot)
        await pilot.press("enter")  # re-place: the candidate comes pre-selected
        await settle(app, pilot)
        view = app.reader.views[0]
        assert view.selection == (view.text.index("On Monday"), view.text.index("On Monday") + len("On Monday"))
        await pilot.press("enter")
        await settle(app, pilot)
    (placed,) = [a for a in stored(db_path) if a["tags"] == ["date"]]
    assert placed["quote"] == "On Monday" and placed["orphan"] is False and placed["doc_id"] == app.documents[0].id


async def test_quitting_on_a_full_disk_is_clean_and_says_where_the_changes_are(make_app, seed_paths, db_path, monkeypatch):
    """Closing the store cannot rewrite the database file: no traceback, the change is in the journal."""
    import errno

    import annotations.store.storage as storage_module

    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("v", "w", "1")
        await settle(app, pilot)

        def disk_full(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(storage_module.os, "replace", disk_full)
        await pilot.press("q")
    monkeypatch.undo()
    assert app.return_code in (0, None)
    assert len(app.store_problems) == 1
    problem = app.store_problems[0]
    assert "annotations.json.journal" in problem and "No space left on device" in problem
    assert len(stored(db_path)) == 1


async def open_export_dialog(app, pilot, out) -> None:
    from tui.screens import ExportDialog

    await settle(app, pilot)
    await pilot.press("v", "w", "1")
    await settle(app, pilot)
    await pilot.press("X")
    await settle(app, pilot)
    assert isinstance(app.screen, ExportDialog)
    await pilot.press("down", "down", "down")  # csv
    app.screen.query_one("#export-path").value = str(out)


async def test_export_asks_before_overwriting_an_existing_file(make_app, seed_paths, tmp_path):
    from tui.screens import ConfirmOverwrite, ExportDialog

    app = make_app(seed_paths)
    out = tmp_path / "old.csv"
    out.write_text("keep me")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_export_dialog(app, pilot, out)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.press("n")  # back to the path, nothing written
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog) and app.screen.focused.id == "export-path"
        assert out.read_text() == "keep me"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")  # Esc goes back too
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog) and out.read_text() == "keep me"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert not isinstance(app.screen, (ExportDialog, ConfirmOverwrite))
    assert out.read_text(encoding="utf-8-sig").startswith("id,")  # the spreadsheet form: BOM first


async def test_export_refuses_the_database_and_its_articles_in_the_dialog(make_app, seed_paths, db_path, tmp_path):
    from tui.screens import ExportDialog

    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_export_dialog(app, pilot, db_path)
        before = db_path.read_bytes()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        message = str(app.screen.query_one("#export-message").render())
        assert str(db_path) in message and "the database" in message
        app.screen.query_one("#export-path").value = seed_paths[0]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert "article" in str(app.screen.query_one("#export-message").render())
        await pilot.press("escape")
        await settle(app, pilot)
        assert db_path.read_bytes() == before


async def test_annotated_by_relative_path_changed_then_opened_by_absolute_path_reanchors(make_app, tmp_path, db_path, monkeypatch):
    article = tmp_path / "story.txt"
    article.write_text("The mayor said the bridge will reopen in May.\n\nA second paragraph.")
    monkeypatch.chdir(tmp_path)
    with AnnotationStore(db_path) as store:
        from annotations.core.documents import load_file

        (doc,) = load_file("story.txt")  # stored by relative path
        start = doc.text.index("bridge")
        store.new_annotation(doc, start, start + len("bridge"), tags=["infrastructure"])
    article.write_text("Updated. The mayor said the bridge will reopen in May.\n\nA second paragraph.")
    app = make_app([str(article.resolve())])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        anns = app.reader.annotations[app.documents[0].id]
        assert [(a.quote, a.tags) for a in anns] == [("bridge", ["infrastructure"])]


async def test_another_authors_annotation_is_shown_but_read_only(make_app, seed_paths, db_path):
    """After a merge of two coders' databases, Ada's t, m and D never change Bo's annotation.

    Bo's annotation is shown (the inspector says whose it is); tagging or commenting its span
    gives Ada her own annotation on the same span; deleting it is refused.
    """
    from annotations import actions
    from annotations.core.documents import load_paths

    doc = load_paths([seed_paths[0]]).documents[0]
    start = doc.text.index("Telegram")
    end = start + len("Telegram")
    with AnnotationStore(db_path) as store:
        actions.toggle_tag(store, doc, start, end, "bo-tag", "bo")
        actions.set_comment(store, doc, start, end, "Bo's note", "bo")
    (bos,) = stored(db_path)

    app = make_app(seed_paths, author="ada")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        view.move_to(start + 2)
        await pilot.pause()
        assert "by bo" in str(app.reader.query_one("#inspector").render())
        await pilot.press("D")
        await settle(app, pilot)
        assert "bo's annotation: read-only" in app.reader.message
        await pilot.press("t", *"ada-tag", "enter")
        await settle(app, pilot)
        view.move_to(start + 2)
        await pilot.press("m")
        assert isinstance(app.screen, CommentEditor)
        await pilot.press(*"Mine.", "ctrl+s")
        await settle(app, pilot)
    by_author = {a["author"]: a for a in stored(db_path)}
    assert set(by_author) == {"ada", "bo"}
    assert by_author["bo"] == bos  # Bo's record unchanged
    adas = by_author["ada"]
    assert (adas["start"], adas["end"], adas["doc_id"]) == (start, end, doc.id)
    assert adas["tags"] == ["ada-tag"] and adas["comment"] == "Mine."


async def test_a_failed_save_reaches_the_one_failure_report(make_app, seed_paths, monkeypatch):
    """A store job that raises (on the store thread) is reported like a failed worker: a toast, NOT SAVED."""
    from annotations.store.store import StoreError

    def full_disk(self, *args, **kwargs):
        raise StoreError("annotations.json", "no space left on device")

    monkeypatch.setattr(AnnotationStore, "new_annotation", full_disk)
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("v", "w", "1")
        await settle(app, pilot)
        notes = [(n.title, n.message) for n in app._notifications]
        assert ("Not saved", "tag verified: annotations.json: no space left on device") in notes, notes
        assert "NOT SAVED" in app.reader.query_one("#status").render().plain


def _indexes(annotator):
    return (
        {i: (index, ann.id) for i, (index, ann) in annotator._by_id.items()},
        {t: sorted(s) for t, s in annotator._backlinks.items() if s},
        annotator._used_tags,
    )


def _view_state(app):
    return [
        (list(v.highlights), list(v._annotation_spans), [(e.start, e.end, e.label) for e in v._entities])
        for v in app.reader.views
    ]


async def test_each_change_restyles_only_its_place_and_ends_as_a_full_restyle(make_app, seed_paths, db_path):
    """Changes come back from the store as deltas and restyle a window of the text; after tagging,
    commenting, linking across articles, rejecting, deleting, undo and redo, every view shows what a
    full restyle from the store's annotations shows."""
    app = make_app(seed_paths)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        reader = app.reader
        view = reader.views[0]
        view.move_to(view.text.index("Telegram"))
        await pilot.press("v", "w", "w", "1")
        await settle(app, pilot)
        view.move_to(view.text.index("Putin"))
        await pilot.press("m", *"who?", "ctrl+s")
        await settle(app, pilot)
        await pilot.press("L")  # link the annotation under the cursor ...
        await pilot.press("g", "2")
        other = reader.views[1]
        other.move_to(other.text.index("Mediascope"))
        await pilot.press("L")
        await settle(app, pilot)
        if app.screen is not reader:  # the relation picker
            await pilot.press("enter")
            await settle(app, pilot)
        view2 = reader.views[1]
        entity = next(e for e in view2._entities if e.label in ("ORG", "GPE", "PERSON") and e.start > 200)
        view2.move_to(entity.start)
        await pilot.press("r")  # reject an engine suggestion: the view's analysis changes too
        await settle(app, pilot)
        assert all((e.start, e.end) != (entity.start, entity.end) or e.label != entity.label for e in view2._entities)
        await pilot.press("g", "1")
        view.move_to(view.text.index("Telegram"))
        await pilot.press("D", "u", "u", "ctrl+r")
        await settle(app, pilot)
        annotator = reader.annotator
        patched = _view_state(app), _indexes(annotator)
        with AnnotationStore(db_path, read_only=True) as store:
            on_disk = {d.id: store.annotations(d.id) for d in app.documents}
        assert {a.document.id: [x.id for x in a.annotations] for a in reader.articles} == {
            d: [a.id for a in anns] for d, anns in on_disk.items()
        }
        assert len([a for art in reader.articles for a in art.annotations if a.status == "human"]) >= 2
        assert any(a.links for anns in on_disk.values() for a in anns)
        annotator._apply_annotations(on_disk)  # a full reload and restyle
        assert (_view_state(app), _indexes(annotator)) == patched


async def test_undo_of_a_change_in_an_article_not_open_says_where_it_was(make_app, seed_paths, db_path):
    """Undo follows the database's history: when it reaches an article that is not open, the status says so."""
    from annotations.core.documents import load_paths

    other = load_paths([str(seed_paths[1])]).documents[0]
    with AnnotationStore(db_path) as store:
        store.new_annotation(other, 0, 6, tags=["x"], author="tester")
    app = make_app(seed_paths[:1])
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
        status = str(app.reader.query_one("#status").render())
        assert "undone" in status and "not open here" in status


async def test_the_reused_tag_picker_and_comment_editor_start_fresh_each_time(make_app, seed_paths, db_path):
    """The reader keeps one tag picker and one comment editor: each opening shows its own span, an
    empty filter and that span's comment, and keys typed ahead in one burst all arrive."""
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        for word, tag, note in (("Telegram", "first-tag", "one"), ("WhatsApp", "second-tag", "two")):
            view.move_to(view.text.index(word))
            await burst_keys(app, pilot, ["t", *tag, "enter"])
            await settle(app, pilot)
            await pilot.press("m")
            assert isinstance(app.screen, CommentEditor)
            assert word in str(app.screen.query_one(".dialog-title").render())
            assert app.screen.query_one("#comment-text").text == ""  # not the last one's comment
            await burst_keys(app, pilot, [*note, "ctrl+s"])
            await settle(app, pilot)
        await pilot.press("t")
        assert isinstance(app.screen, TagPicker) and app.screen.query_one("#tag-filter").value == ""
        assert "WhatsApp" in str(app.screen.query_one(".dialog-title").render())
        await pilot.press("escape")
    got = sorted((a["quote"], a["tags"], a["comment"]) for a in stored(db_path))
    assert got == [("Telegram", ["first-tag"], "one"), ("WhatsApp", ["second-tag"], "two")]


async def test_tag_picker_and_comment_editor_open_apply_cancel_and_reopen(make_app, seed_paths, db_path):
    """The two dialogs the reader keeps: built while the reader is idle, then each key opens the
    same one; Enter and Ctrl+S store, Esc leaves the store as it was and gives the keys back to the
    article; and the footer under them is the same footer afterwards (not rebuilt for nothing)."""
    from tui.article import ArticleView
    from tui.widgets import KeysFooter

    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.get_screen("presslens-tags").is_mounted and app.get_screen("presslens-comment").is_mounted
        reader = app.reader
        footer = reader.query_one(KeysFooter)
        keys = list(footer.query("FooterKey"))
        view = reader.views[0]
        view.move_to(view.text.index("Telegram"))

        await pilot.press("t")
        picker = app.screen
        assert isinstance(picker, TagPicker) and picker is app.get_screen("presslens-tags")
        await pilot.press(*"dis", "enter")
        await settle(app, pilot)
        assert [a["tags"] for a in stored(db_path)] == [["disputed"]]
        assert app.screen is reader and app.focused is view

        await pilot.press("t")  # the same picker, its filter empty, the tag marked
        assert app.screen is picker and picker.query_one("#tag-filter").value == ""
        assert "✓" in str(picker.query_one("#tag-options").get_option_at_index(picker.shown.index("disputed")).prompt)
        await pilot.press(*"false", "escape")
        await settle(app, pilot)
        assert app.screen is reader and isinstance(app.focused, ArticleView)
        assert [a["tags"] for a in stored(db_path)] == [["disputed"]]

        await pilot.press("m", *"Not this", "escape")
        await settle(app, pilot)
        assert app.screen is reader and stored(db_path)[0]["comment"] == ""
        await pilot.press("m")
        assert isinstance(app.screen, CommentEditor) and app.screen.query_one("#comment-text").text == ""
        await pilot.press(*"Checked.", "ctrl+s")
        await settle(app, pilot)
        assert stored(db_path)[0]["comment"] == "Checked."
        await pilot.press("j")  # the article has the keys again
        assert view.cursor != view.text.index("Telegram")
        assert list(footer.query("FooterKey")) == keys  # the very same key widgets

        await pilot.press("slash")  # typing a query: the reader's keys leave the footer...
        await pilot.pause()
        assert "t" not in {key.key for key in footer.query("FooterKey")}
        await pilot.press("escape")  # ...and come back
        await pilot.pause()
        assert "t" in {key.key for key in footer.query("FooterKey")}


async def test_a_comment_typed_right_after_a_tag_goes_on_the_span_just_tagged(make_app, seed_paths, db_path):
    """"1" then "m" typed at once (over SSH, keys arrive together): the comment belongs to the span
    just tagged, not to the claim or sentence under it because the tag's save had not come back
    yet (the 80x24 annotated snapshot showed either, depending on the machine's load)."""
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await select_three_words(app, pilot)
        await send_burst(pilot, ["1", "m"])
        assert isinstance(app.screen, CommentEditor)
        title = str(app.screen.query_one(".dialog-title").render())
        assert "Telegram and WhatsApp" in title, title
        await pilot.press(*"Both apps.", "ctrl+s")
        await settle(app, pilot)
    (ann,) = stored(db_path)
    assert ann["quote"] == "Telegram and WhatsApp" and ann["tags"] == ["verified"] and ann["comment"] == "Both apps."


async def test_cursors_hold_still_where_animation_is_off(seed_paths, tmp_path):
    """Over SSH (animation off) a prompt's and the comment editor's cursor do not blink: no repaint twice a
    second; with animation on they blink as usual."""
    from textual.widgets import Input, TextArea

    from tui.app import AppOptions, create_app

    for animation in (False, True):
        store = AnnotationStore(tmp_path / f"blink-{animation}.json")
        app = create_app([str(p) for p in seed_paths], options=AppOptions(animation=animation, author="tester"), store=store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(app, pilot)
            await pilot.press("slash")
            await pilot.pause()
            assert app.screen.query(Input).first().cursor_blink is animation
            await pilot.press("escape", "v", "w", "m")
            await settle(app, pilot)
            assert isinstance(app.screen, CommentEditor)
            assert app.screen.query_one(TextArea).cursor_blink is animation
