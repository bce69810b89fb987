"""What must stay visible in the reader at 80x24 (and at 160x45): the search prompt, the status
message, the panels' columns and the labels of articles."""

from __future__ import annotations

import pytest

from tests.conftest import settle
from tui.app import ReaderScreen


def reader(app) -> ReaderScreen:
    screen = app.reader
    assert screen is not None
    return screen


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_the_search_prompt_is_visible_while_typing(make_app, seed_paths, size):
    app = make_app(seed_paths)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"Putin")
        await pilot.pause()
        bar = app.screen.query_one("#search")
        y = bar.region.y
        assert bar.region.height == 1
        assert app.screen.get_widget_at(bar.region.x + 2, y)[0] is bar  # nothing paints over it
        assert bar.value == "Putin"
        assert y < app.screen.query_one("#status").region.y  # above the status line and the footer


async def test_the_status_message_comes_first_and_fits_80_columns(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("v", "w", "w", "L")
        await pilot.pause()
        status = app.screen.query_one("#status")
        shown = str(status.render())[: status.content_region.width]
        assert shown.startswith("choose a span (any column) and press L; Esc cancels")


async def test_inspector_entity_panel_and_legend_say_the_one_name_of_a_label(make_app, seed_paths):
    from textual.widgets import DataTable

    from annotations.core.model import ENTITY_NAMES

    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        scr = reader(app)
        inspector = str(scr.query_one("#inspector").render())
        assert inspector.startswith("Place “Russia”"), inspector  # the cursor starts on "Russia" (GPE)
        await pilot.press("f5")
        await pilot.pause()
        legend = str(scr.query_one("#legend").render())
        assert all(name in legend for name in ("Person", "Organisation", "Place", "Group", "Number"))
        await pilot.press("p")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        labels = {str(table.get_row_at(r)[1]) for r in range(table.row_count)}
        assert labels <= set(ENTITY_NAMES.values()) and "Place" in labels


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_reader_draws_each_entity_label_in_its_own_colour(make_app, seed_paths, theme):
    """Textual's default terminal theme draws red, magenta and their bright variants as one
    colour; the reader maps the style's ANSI names through the palette instead."""
    from rich.color import Color

    from annotations.core.model import ENTITY_LABELS
    from annotations.render.highlight import PL, standard_color_name, style_table
    from annotations.render.palette import ANSI_PALETTES

    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.pause()
        palette = ANSI_PALETTES["dark" if app.current_theme.dark else "light"]
        table = style_table(None)
        names = {table[getattr(PL.Entity, label)]["color"] for label in ENTITY_LABELS}
        drawn = {}
        for name in names:
            number = Color.parse(standard_color_name(name)).number
            drawn[name] = app.ansi_theme.ansi_colors[number].hex
        assert drawn == {name: palette[name] for name in names}
        assert len(set(drawn.values())) == len(names)
