"""Issue 11: the help screen lists each key once, digit families as one row, and spells keys as the
README and the footer do (Ctrl+R, Shift+Tab, Esc, PgDn: never ^r or ctrl+p)."""

from __future__ import annotations

import re

from tests.conftest import settle

SIZE = (80, 24)


async def _help(make_app, seed_paths):
    """Open the help at 80x24: its rows, its body as drawn, the app, and the body's size on screen."""
    from tui.screens import HelpScreen

    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.pause()
        help_body = app.screen.query_one("#help-body")
        return app.screen.rows, str(help_body.render()), app, help_body.size


async def _rows(make_app, seed_paths):
    rows, body, app, _ = await _help(make_app, seed_paths)
    return rows, body, app


async def test_help_lists_each_key_once_and_the_digit_families_as_one_row(make_app, seed_paths):
    rows, body, _ = await _rows(make_app, seed_paths)
    for _, keys, description in rows:
        shown = keys.split(", ")
        assert len(shown) == len(set(shown)), (keys, description)  # not "Alt+1, Alt+1"
    by_description = {description: keys for _, keys, description in rows}
    articles = [d for d in by_description if d.startswith("Go to article")]
    assert articles == ["Go to article 1-9"] and by_description["Go to article 1-9"] == "Alt+1-9"
    tags = [(keys, d) for keys, d in ((k, d) for _, k, d in rows) if "codebook tag" in d.casefold()]
    assert len(tags) == 1, tags
    keys, description = tags[0]
    assert keys == "1-9" and description.startswith("Apply codebook tag 1-9") and "verified" in description
    from tui.app import HELP_ARTICLES

    assert not any(keys in {str(n) for n in range(2, 10)} for group, keys, _ in rows if group != HELP_ARTICLES)
    assert "Codebook tag 2" not in body


async def test_no_help_line_wraps_at_80x24(make_app, seed_paths):
    _, body, _, size = await _help(make_app, seed_paths)
    lines = body.split("\n")
    assert size.height == len(lines), [l for l in lines if len(l) > size.width]


async def test_help_and_footer_spell_keys_one_way(make_app, seed_paths):
    rows, body, app = await _rows(make_app, seed_paths)
    keys = {description: k for _, k, description in rows}
    assert keys["Redo"] == "Ctrl+R, U"
    assert keys["Command palette: every action by name"] == "Ctrl+P"
    assert keys["Prev column"] == "Shift+Tab" and keys["Next column"] == "Tab"
    assert keys["Page down"] == "PgDn, Ctrl+F, Space" and keys["Start of line"] == "Home, 0"
    assert keys["Clear selection"] == "Esc" and keys["Legend"] == "F5" and keys["Help"] == "?, F1"
    assert keys["Next word"] == "w, Ctrl+→"
    for _, k, _ in rows:  # Textual's own spelling (^r, ctrl+p, shift+tab, esc, pgdn, ⏎) nowhere
        assert not re.search(r"\^|\b(ctrl|shift|alt)\+|\besc\b|\bpgdn\b|⏎|\bf\d\b", k), k
    from textual.binding import Binding

    assert app.get_key_display(Binding("ctrl+p", "command_palette")) == "Ctrl+P"  # what the footer shows


async def test_help_names_files_from_the_working_folder(make_app, seed_paths, monkeypatch):
    """The articles' files are listed as the user would type them (``seeds/…``), so the help reads
    the same wherever the project was cloned and a deep checkout does not wrap every row."""
    from pathlib import Path

    monkeypatch.chdir(Path(seed_paths[0]).parent.parent)
    rows, body, _ = await _rows(make_app, seed_paths)
    files = [description for group, keys, description in rows if group == "Open articles" and not keys]
    assert files == [str(Path("seeds") / Path(p).name) for p in seed_paths]
    assert all(f in body for f in files)
