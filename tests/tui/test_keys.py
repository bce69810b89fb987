"""Keys that do what they say, at 80x24: keyboard only, asserting on the store or the screen."""

from __future__ import annotations

from annotations.core.model import label_name

from annotations.store.store import AnnotationStore
from tests.conftest import send_burst, settle
from tui.screens import TagPicker

SIZE = (80, 24)


def stored(db_path) -> list[dict]:
    with AnnotationStore(db_path, read_only=True) as store:
        return [a.to_dict() for a in store.annotations()]


async def test_second_v_keeps_the_selection_and_t_tags_it(make_app, seed_paths, db_path):
    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        start = view.text.index("Telegram")
        view.move_to(start)  # "Telegram" is an entity: without the selection, t would tag it
        await pilot.press("v", "w", "w", "v")
        selected = (start, start + len("Telegram and"))
        assert view.selection == selected
        await pilot.press("w", "j")  # moving on no longer extends the kept selection
        assert view.selection == selected
        await pilot.press("t")
        assert isinstance(app.screen, TagPicker)
        await pilot.press(*"disputed", "enter")
        await settle(app, pilot)
        assert view.selection is None  # the action used it
    (ann,) = stored(db_path)
    assert (ann["quote"], ann["tags"]) == ("Telegram and", ["disputed"])


async def test_escape_drops_a_kept_selection(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        await pilot.press("v", "w", "v")
        assert view.selection is not None
        await pilot.press("escape")
        assert view.selection is None and view.anchor is None


async def test_digits_tag_what_is_under_the_cursor_and_g_digit_goes_to_an_article(make_app, seed_paths, db_path):
    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reader = app.reader
        view = reader.views[0]
        view.move_to(view.text.index("Telegram"))
        await pilot.press("t", *"own-tag", "enter")  # an annotation on the entity
        await settle(app, pilot)
        await pilot.press("2")  # on an annotation: codebook tag 2, not article 2
        await settle(app, pilot)
        assert reader.active_index == 0
        (ann,) = stored(db_path)
        tag2 = app.reader.annotator.codebook.tags[1].name
        assert ann["quote"] == "Telegram" and ann["tags"] == ["own-tag", tag2]
        await pilot.press("g", "2")
        assert reader.active_index == 1
        await send_burst(pilot, ["g", "1"])  # typed ahead over SSH
        assert reader.active_index == 0
        await pilot.press("g", "j", "2")  # the prefix holds for one key only: 2 tags again
        await settle(app, pilot)
        assert reader.active_index == 0


async def test_footer_shows_selecting_tagging_and_export_within_80_columns(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        from textual.widgets import Footer

        footer = app.reader.query_one(Footer)
        keys = list(footer.query("FooterKey"))
        assert {"v", "x", "1-9", "t", "m", "X", "/", "A", "?"} <= {key.key_display for key in keys}
        assert all(key.region.right <= SIZE[0] for key in keys)  # each one visible at 80 columns
        labels = [str(label.render()) for label in footer.query("FooterLabel")]
        assert labels == ["Select", "Tag"]
        assert all(label.region.right <= SIZE[0] for label in footer.query("FooterLabel"))


async def test_inspector_names_what_a_and_r_act_on_under_an_annotation(make_app, seed_paths, db_path):
    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        view.move_to(view.text.index("Meta Platforms"))
        entity = view.entity_at(view.cursor)
        await pilot.press("t", *"own-tag", "enter")
        await settle(app, pilot)
        inspector = str(app.reader.query_one("#inspector").render())
        assert inspector.startswith("note") and f"a/r: {label_name(entity.label)} “{entity.text}”" in inspector


async def test_export_dialog_path_edits_typed_ahead_and_human_only(make_app, seed_paths, tmp_path, monkeypatch):
    import json

    from tui.screens import ExportDialog

    monkeypatch.chdir(tmp_path)
    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v", "w", "1")  # one human annotation; the engine's suggestions are many
        await settle(app, pilot)
        await pilot.press("X")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportDialog)
        await send_burst(pilot, ["down", "down", "ctrl+u", *"app2.jsonl", "ctrl+o"])
        assert app.screen.query_one("#export-path").value == "app2.jsonl"
        assert "[x] human annotations only" in str(app.screen.query_one("#export-human-only").render())
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, ExportDialog)
    assert sorted(p.name for p in tmp_path.glob("app2*")) == ["app2.jsonl"]
    rows = [json.loads(line) for line in (tmp_path / "app2.jsonl").read_text().splitlines()]
    assert len(rows) == 1 and rows[0]["status"] == "human"


async def test_annotations_panel_lists_suggestions_labels_and_unrejects(make_app, seed_paths, db_path):
    from tui.screens import AnnotationsPanel

    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        date = next(e for e in view.analysis.entities if e.label == "DATE")
        view.move_to(date.start)
        await pilot.press("a")  # accepted: a human annotation labelled DATE, no tags
        await settle(app, pilot)
        view.move_to(view.text.index("Interfax"))
        rejected = view.entity_at(view.cursor)
        await pilot.press("r")
        await settle(app, pilot)
        assert view.entity_at(view.cursor) is None
        await pilot.press("A")
        await settle(app, pilot)
        panel = app.screen
        assert isinstance(panel, AnnotationsPanel)
        assert [a.label for _, a in panel.filtered] == ["DATE"]
        assert "label:Date" in str(panel.cells(panel.filtered[0])[2])  # the one name a label is shown by
        await pilot.press(*"label:DATE")
        assert len(panel.filtered) == 1
        await pilot.press(*" suggested")  # the engine's other dates
        assert panel.filtered and all(a.status == "suggested" and a.label == "DATE" for _, a in panel.filtered)
        await pilot.press("ctrl+u", *"rejected")
        assert [(a.quote, a.status) for _, a in panel.filtered] == [(rejected.text, "rejected")]
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert not isinstance(app.screen, AnnotationsPanel)
        assert view.entity_at(view.cursor) == rejected  # suggested again
    assert [a["status"] for a in stored(db_path)] == ["human"]


async def test_help_scrolls_every_key_of_a_burst(make_app, seed_paths):
    from textual.containers import VerticalScroll

    from tui.screens import HelpScreen

    app = make_app(seed_paths)
    app.animation_level = "full"  # as in a real terminal: the animated scroll lost keys
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one(VerticalScroll)
        await send_burst(pilot, ["down"] * 10)
        assert scroll.scroll_y == 10
        await send_burst(pilot, ["k"] * 3)
        assert scroll.scroll_y == 7
        await pilot.press("G")
        assert scroll.scroll_y == scroll.max_scroll_y > 10


def test_counts_say_one_and_many_alike():
    from annotations.core.text import plural

    assert [plural(1, "annotation"), plural(2, "article"), plural(1, "match"), plural(0, "match")] == [
        "1 annotation", "2 articles", "1 match", "0 matches"
    ]
    assert plural(3, "entity", "entities") == "3 entities"


async def test_export_toast_counts_one_annotation_of_one_article(make_app, seed_paths, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(seed_paths[:1])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v", "w", "1")
        await settle(app, pilot)
        await pilot.press("X")
        await settle(app, pilot)
        await send_burst(pilot, ["ctrl+u", *"one.csv", "ctrl+o", "enter"])
        await settle(app, pilot)
        toasts = [n.message for n in app._notifications]
        assert any(t.startswith("1 annotation of 1 article →") for t in toasts), toasts


async def test_entity_panel_groups_the_variants_of_one_name(make_app, seed_paths):
    from tui.screens import EntityPanel

    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("p")
        panel = app.screen
        assert isinstance(panel, EntityPanel)
        names = {row.text: row for row in panel.items}
        assert "Gorelkin" not in names and "Meta" not in names
        assert "Gorelkin" in names["Anton Gorelkin"].variants and "Meta" in names["Meta Platforms"].variants
        assert "Anton Gorelkin · Gorelkin" in str(panel.cells(names["Anton Gorelkin"])[0])
        await pilot.press(*"gorelkin")
        assert [row.text for row in panel.filtered] == ["Anton Gorelkin"]


async def test_reopening_restores_each_articles_cursor_and_scroll(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await send_burst(pilot, ["down"] * 30)
        await pilot.press("tab", "right_curly_bracket", "right_curly_bracket")
        left, right = app.reader.views
        where = [(left.cursor, left.scroll_offset.y), (right.cursor, right.scroll_offset.y)]
        assert where[0][0] > 0 and where[0][1] > 0 and where[1][0] > 0
        await pilot.press("q")
    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        left, right = app.reader.views
        assert [(left.cursor, left.scroll_offset.y), (right.cursor, right.scroll_offset.y)] == where
        assert app.reader.active_index == 1  # in the column it was left in
        await pilot.press("shift+tab")
        await pilot.press("q")
    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.reader.active_index == 0


async def test_scroll_sync_aligns_paragraphs_not_lines(make_app, write_article):
    def story(lengths):
        return "\n\n".join(f"Paragraph {i + 1} " + "word " * n + "ends." for i, n in enumerate(lengths))

    # the same 40 paragraphs: one outlet even, the other long first and short later
    a = write_article("a.txt", story([30] * 40))
    b = write_article("b.txt", story([80] * 20 + [8] * 20))
    app = make_app([a, b], store=False)
    async with app.run_test(size=SIZE) as pilot:
        left, right = app.reader.views
        await pilot.press("s")
        left.move_to(left.text.index("Paragraph 11 "))
        await pilot.pause()
        para = lambda view: sum(1 for s in view._paragraphs if s <= view.lines[view.scroll_offset.y].start)  # noqa: E731
        assert para(left) >= 8 and abs(para(left) - para(right)) <= 1  # a line fraction would put the right column near paragraph 6


async def test_emoji_clusters_and_a_long_source_keep_the_columns_in_place(make_app, write_article):
    from tui.widgets import ColumnHeader

    family, heart, thumb = "👩\u200d👩\u200d👧\u200d👦", "❤️", "👍🏽"
    a = write_article("a.txt", f"Source: The Extraordinarily Long Name of a Regional Broadcaster Network\nDate: 2024-05-01\n\n"
                               f"Family {family} and {heart} and {thumb} here. " * 6)
    b = write_article("b.txt", "Plain text in the other column. " * 20)
    app = make_app([a, b], store=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.reader.views[0]
        rows = ["".join(seg.text for seg in view.render_line(y)) for y in range(min(8, len(view.lines)))]
        shown = "".join(rows)
        assert "👩👩👧👦" in shown and "❤ and 👍 here" in shown
        assert not set(shown) & {"\u200d", "\ufe0f"} and "\U0001f3fd" not in shown
        header = app.reader.query(ColumnHeader).first()
        facts = str(header.render()).splitlines()[1]
        assert facts.startswith("The Extraor") and "…" in facts and facts.endswith("2024-05-01 · 102 words")
        assert len(facts) <= header.content_region.width
