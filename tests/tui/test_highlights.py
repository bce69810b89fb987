"""Entities and claims in the reader: worker, toggles, jumps, inspector, entity panel."""

from __future__ import annotations

from annotations.core.model import label_name
from tests.conftest import settle
from tui.app import ReaderScreen
from tui.screens import EntityPanel


async def ready(app, pilot) -> ReaderScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.reader
    assert screen is not None and screen.analyses is not None
    return screen


async def test_text_paints_first_and_highlights_follow_from_a_worker(make_app, seed_paths):
    app = make_app(seed_paths)
    messages = []
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        scr = await ready(app, pilot)
        names = [type(m).__name__ for m in messages]
        assert "AnalysisReady" in names
        assert scr.engine_label.startswith("builtin")
        assert all(view._highlights for view in scr.views)
        # The status line names the engine that produced the highlights.
        assert "builtin" in str(scr.query_one("#status").render())


async def test_jump_between_entities_and_claims_and_inspect(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        scr = await ready(app, pilot)
        view = scr.views[0]
        starts = [e.start for e in sorted(view.analysis.entities, key=lambda e: e.start)]
        await pilot.press("e")
        assert view.cursor == next(s for s in starts if s > 0)
        await pilot.press("e", "e", "E")
        assert view.cursor == [s for s in starts if s > 0][1]
        entity = view.entity_at(view.cursor)
        assert entity is not None
        inspector = str(scr.query_one("#inspector").render())
        assert label_name(entity.label) in inspector and entity.text in inspector
        claim_starts = sorted(c.start for c in view.analysis.claims)
        await pilot.press("g", "g", "greater_than_sign")
        assert view.cursor == claim_starts[1]
        claim = view.claim_at(view.cursor)
        assert label_name(claim.kind) in str(scr.query_one("#inspector").render())  # "Reported speech": the legend's name
        await pilot.press("less_than_sign")
        assert view.cursor == claim_starts[0]


async def test_quoted_as_saying_is_inspected_with_speaker_and_cue(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(120, 30)) as pilot:
        scr = await ready(app, pilot)
        await settle(app, pilot)  # the annotations loaded (the store thread) before the cursor moves
        view = scr.views[0]
        quote = view.text.index('"In order to counteract')
        view.move_to(quote + 5)
        await settle(app, pilot)
        inspector = str(scr.query_one("#inspector").render())
        assert "quote" in inspector and "Roskomnadzor" in inspector and "quoted" in inspector


async def test_layer_toggles_hide_and_show_highlights(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        scr = await ready(app, pilot)
        view = scr.views[0]
        with_entities = len(view._highlights)
        await pilot.press("f2")
        assert not scr.shown_layers["entities"]
        assert len(view._highlights) < with_entities
        await pilot.press("f3")
        assert view._highlights == [] and view._marks == {}
        await pilot.press("f2", "f3")
        assert len(view._highlights) == with_entities and view._marks


async def test_entity_panel_lists_counts_and_jumps_to_mentions(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        scr = await ready(app, pilot)
        await pilot.press("p")
        assert isinstance(app.screen, EntityPanel)
        rows = {(r.text, r.label): r for r in app.screen.items}
        assert rows[("WhatsApp", "ORG")].counts[0] > 0 and rows[("WhatsApp", "ORG")].counts[1] > 0
        assert rows[("Mediascope", "ORG")].only_in == 1
        await pilot.press(*"Mediascope", "enter")
        assert isinstance(app.screen, ReaderScreen)
        view = scr.views[1]
        assert scr.active_index == 1
        assert view.text[view.cursor :].startswith("Mediascope")
        assert scr.query_text == "Mediascope"


async def test_unknown_engine_reports_and_keeps_reading(make_app, seed_paths):
    app = make_app(seed_paths, engine="nonexistent")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        scr = app.reader
        assert scr.analyses is None
        assert any("nonexistent" in n.message for n in app._notifications)
        await pilot.press("down")
        assert scr.views[0].cursor_line == 1


async def test_an_engine_that_crashes_is_reported_not_left_extracting(make_app, seed_paths, monkeypatch):
    """Any exception in extraction (not only a missing engine) reaches the user; the status stops saying extracting."""
    import annotations.nlp.pipeline as pipeline

    def boom(*args, **kwargs):
        raise RuntimeError("the model file is damaged")

    monkeypatch.setattr(pipeline, "analyse_set", boom)
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        for _ in range(3):
            await pilot.pause()
        scr = app.reader
        assert scr.analyses is None
        assert "extracting…" not in scr.query_one("#status").render().plain
        notes = [(n.title, n.message) for n in app._notifications]
        assert any("damaged" in m and "RuntimeError" in m for _, m in notes), notes
        await pilot.press("down")
        assert scr.views[0].cursor_line == 1


async def test_a_pronoun_speaker_is_inspected_with_the_name_it_stands_for(make_app, tmp_path):
    article = tmp_path / "clinic.txt"
    article.write_text("Maria Lopez runs the clinic in Tulsa.\n\nShe said the waiting list had doubled since March.\n", encoding="utf-8")
    app = make_app([article])
    async with app.run_test(size=(100, 30)) as pilot:
        scr = await ready(app, pilot)
        view = scr.views[0]
        view.move_to(view.text.index("waiting"))
        await pilot.pause()
        inspector = str(scr.query_one("#inspector").render())
        assert "“She” → Maria Lopez" in inspector and "said" in inspector


async def test_an_article_the_engine_cannot_read_has_no_highlights_and_says_why(make_app, tmp_path):
    english = tmp_path / "en.txt"
    english.write_text("Officials in Moscow said the plan would go ahead on Monday.\n", encoding="utf-8")
    russian = tmp_path / "ru.txt"
    russian.write_text(
        "Роскомнадзор сообщил в среду, что частично ограничил звонки в мессенджерах Telegram и WhatsApp. "
        "По данным ведомства, эти сервисы стали основными для обмана и вымогательства денег у граждан России.\n",
        encoding="utf-8",
    )
    app = make_app([english, russian])
    async with app.run_test(size=(120, 30)) as pilot:
        scr = await ready(app, pilot)
        en, ru = scr.views
        assert en.analysis.entities and not en.analysis.note
        assert not ru.analysis.entities and not ru.analysis.claims and "Cyrillic" in ru.analysis.note
        await pilot.press("g", "2")
        await pilot.pause()
        assert "English only" in str(scr.query_one("#inspector").render())
