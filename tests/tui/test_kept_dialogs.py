"""Help, the column chooser and the export dialog are kept (built once, shown again): each
reopening must show what a new dialog would, never what the last one was left showing."""

from __future__ import annotations

import os

from tests.conftest import settle
from tui.app import ReaderScreen
from tui.screens import ColumnChooser, ConfirmOverwrite, ExportDialog, HelpScreen


async def test_dialogs_are_built_while_the_reader_is_idle(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for _ in range(20):  # one dialog per refresh
            await pilot.pause(0.02)
        for key in ("tags", "comment", "help", "columns", "export"):
            assert app.get_screen(f"presslens-{key}").is_mounted, key
        assert isinstance(app.screen, ReaderScreen)


async def test_help_opened_again_shows_the_current_keys_from_the_top(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        body = help_screen.query_one("#help-body")
        assert "Ctrl+Q" not in str(body.render())
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert help_screen.query_one("VerticalScroll").scroll_y > 0
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)

        app.set_keymap({"quit": "ctrl+q"})  # the keys change while help is hidden
        await pilot.press("f1")
        assert app.screen is help_screen  # the same screen, shown again
        assert ("App", "Ctrl+Q", "Quit") in help_screen.rows
        assert "Ctrl+Q" in str(help_screen.query_one("#help-body").render())
        assert help_screen.query_one("VerticalScroll").scroll_y == 0
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_column_chooser_reopened_shows_the_columns_shown_now(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        reader = app.reader
        await pilot.press("c")
        chooser = app.screen
        assert isinstance(chooser, ColumnChooser)
        await pilot.press("down", "space", "enter")  # hide the second article
        await pilot.pause()
        assert reader.shown == [0] and app.screen is reader

        await pilot.press("c")
        assert app.screen is chooser
        options = chooser.query_one("SelectionList")
        assert options.selected == [0] and options.highlighted == 0
        await pilot.press("down", "space", "escape")  # ticked, then cancelled
        await pilot.pause()
        assert reader.shown == [0]

        await pilot.press("c")
        assert app.screen is chooser and options.selected == [0] and options.highlighted == 0
        await pilot.press("down", "space", "enter")
        await pilot.pause()
        assert reader.shown == [0, 1]


async def test_export_dialog_reopened_starts_afresh_and_still_asks_before_overwriting(make_app, seed_paths, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(seed_paths)
    default = os.path.join(str(tmp_path), ExportDialog.FORMATS[0][2])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("X")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#export-path").value == default
        await pilot.press("down", "down", "ctrl+o")  # another format, human only, another path
        dialog.query_one("#export-path").value = str(tmp_path / "elsewhere.csv")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)

        await pilot.press("X")
        await settle(app, pilot)
        assert app.screen is dialog  # the same dialog, as a new one opens
        assert dialog.query_one("#export-formats").highlighted == 0 and not dialog.human_only
        assert dialog.query_one("#export-path").value == default and dialog.focused.id == "export-path"
        assert "[ ]" in str(dialog.query_one("#export-human-only").render())
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen) and os.path.exists(default)

        await pilot.press("X")  # the file now exists: Enter asks first
        await settle(app, pilot)
        assert app.screen is dialog and dialog.query_one("#export-path").value == default
        before = open(default, encoding="utf-8").read()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is dialog and dialog.focused.id == "export-path"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
    assert open(default, encoding="utf-8").read() == before


async def test_a_kept_dialog_shown_again_has_the_current_theme(make_app, seed_paths):
    """Shown again, a kept dialog is not restyled (Kept): a theme changed while it was hidden
    must still reach it, as it reaches every screen the app holds."""
    from textual.color import Color
    from textual.containers import Vertical

    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        help_screen = app.screen
        box = help_screen.query_one(Vertical)
        dark = box.styles.background
        await pilot.press("escape")
        await pilot.pause()
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen is help_screen
        light = Color.parse(app.get_css_variables()["surface"])
        assert box.styles.background != dark and box.styles.background.rgb == light.rgb


async def _dialogs_built(app, pilot) -> None:
    await settle(app, pilot)
    for _ in range(40):  # one dialog per refresh, then its layout rounds
        await pilot.pause(0.02)


async def test_kept_dialogs_are_laid_out_before_they_are_first_shown(make_app, seed_paths):
    """A screen lays itself out only while shown: a dialog built while the reader is idle is
    laid out then too (Kept.settle), so its first showing is not drawn twice."""
    from textual.widgets import OptionList

    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await _dialogs_built(app, pilot)
        picker = app.get_screen("presslens-tags")
        assert app.screen is not picker
        assert picker.size == app.size
        options = picker.query_one(OptionList)
        assert options.size.height == picker._list_height() > 1
        assert options.option_count == len(picker.choices)


async def test_tag_picker_keeps_its_size_while_typing_and_is_reset_once_closed(make_app, seed_paths):
    from textual.widgets import Input, OptionList

    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await _dialogs_built(app, pilot)
        await pilot.press("t")
        picker = app.screen
        options = picker.query_one(OptionList)
        box = picker.query_one("Vertical").size
        height = options.size.height
        await pilot.press(*"qu")
        await pilot.pause()
        assert 0 < options.option_count < len(picker.choices)  # filtered
        assert options.size.height == height and picker.query_one("Vertical").size == box  # the box did not move
        assert all(len(options.get_option_at_index(i).prompt.plain.splitlines()) == 1 for i in range(options.option_count))
        await pilot.press("escape")
        for _ in range(5):
            await pilot.pause(0.02)
        assert app.screen is app.reader
        assert picker.query_one(Input).value == "" and options.option_count == len(picker.choices)  # reset while hidden
        assert picker.focused is None  # its text box does not blink on a hidden screen


async def test_a_new_tag_is_offered_by_the_hidden_picker_before_it_is_shown_again(make_app, seed_paths):
    from textual.widgets import OptionList

    app = make_app(seed_paths)
    async with app.run_test(size=(100, 40)) as pilot:
        await _dialogs_built(app, pilot)
        await pilot.press("t", *"brandnew", "enter")
        await settle(app, pilot)
        for _ in range(5):
            await pilot.pause(0.02)
        picker = app.get_screen("presslens-tags")
        assert app.screen is app.reader
        assert "brandnew" in [name for name, _ in picker.choices]
        assert picker.query_one(OptionList).option_count == len(picker.choices)


async def test_a_closed_panel_is_removed_after_the_reader_shows_again(make_app, seed_paths):
    """Panels are made for one showing: Esc shows the reader at once, the panel's widgets are
    removed a moment later (app.show_once), and nothing is left installed."""
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await pilot.pause()
        panel = app.screen
        assert panel is not app.reader
        await pilot.press("escape")
        assert app.screen is app.reader
        for _ in range(20):
            await pilot.pause(0.02)
        assert not panel.is_attached
        assert not [name for name in app._installed_screens if name.startswith("presslens-once-")]
