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
    from tui.rowtable import RowTable

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
        table = app.screen.query_one(RowTable)
        labels = {str(table.cells_at(r)[1]) for r in range(len(table.rows))}
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


NINE_SOURCES = ["Reuters", "The Guardian", "BBC News", "Al Jazeera", "Meduza", "TASS", "DW", "NPR", "Kyiv Independent"]


def nine_articles(write_article) -> list[str]:
    return [
        write_article(
            f"a{i}.txt",
            f"title: Calls blocked, report {i}\nsource: {source}\n\n"
            f"President Vladimir Putin said Russia would block calls on WhatsApp and Telegram in Moscow ({i}).\n"
            "The Carnegie Endowment for International Peace Russia Eurasia Center said so.\n",
        )
        for i, source in enumerate(NINE_SOURCES)
    ]


def table_fits(table) -> bool:
    """Every column of the table is on screen without scrolling sideways."""
    return table.virtual_size.width <= table.scrollable_content_region.width


async def test_the_entity_panel_shows_every_article_at_80_columns(make_app, write_article):
    from tui.rowtable import RowTable

    app = make_app(nine_articles(write_article))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("p")
        await pilot.pause()
        table = app.screen.query_one(RowTable)
        assert len(table.headings) == 2 + 9 + 1
        assert table_fits(table)
        # the detail line names the articles of the highlighted row by their numbers and short labels
        # (titles here, alike when cut: the number keeps them apart), as the columns are headed
        detail = str(app.screen.query_one(".panel-detail").render())
        assert "1 Calls block… 1" in detail and "9 Calls block… 1" in detail


async def test_the_entity_panel_heads_columns_with_article_labels_where_they_fit(make_app, write_article):
    from tui.rowtable import RowTable

    app = make_app(nine_articles(write_article)[:3])
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("p")
        await pilot.pause()
        table = app.screen.query_one(RowTable)
        assert table.headings[2:5] == ["1 Calls block…", "2 Calls block…", "3 Calls block…"]
        assert table_fits(table)


@pytest.mark.parametrize("size", [(80, 24), (140, 40)])
async def test_the_annotations_panel_shows_every_column(make_app, write_article, size):
    from tui.rowtable import RowTable

    app = make_app(nine_articles(write_article)[:2])
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        comment = "A long comment that a narrow table has to cut short, but the detail line keeps."
        await pilot.press("v", "w", "w", "w", "w", "m", *comment, "ctrl+s")
        await settle(app, pilot)
        await pilot.press("A")
        await pilot.pause()
        table = app.screen.query_one(RowTable)
        assert table.headings == ["Article", "Quote", "Tags", "Comment", "By", "Links"]
        assert table_fits(table)
        assert str(table.cells_at(0)[0]) == "1 Calls block…"  # the article by its number and label (its title)
        detail = str(app.screen.query_one(".panel-detail").render())
        assert detail.startswith("1 Calls block…  “President Vladimir Putin said") and comment in detail and "by tester" in detail


def test_the_highlighter_shows_in_16_colours_and_without_colour():
    """NO_COLOR: Textual draws colours as greys of the same lightness; in a 16-colour terminal
    the highlighter's grey must still not be the page's black."""
    from rich.color import Color as RichColor, ColorSystem
    from textual.color import Color

    from annotations.render.palette import ANSI_PALETTES

    background = ANSI_PALETTES["dark"]["ansigray"]
    assert RichColor.parse(background).downgrade(ColorSystem.STANDARD).number in {4, 8}
    assert Color.parse(background).monochrome.rich_color.downgrade(ColorSystem.STANDARD).number != 0


async def test_the_counterpart_highlight_and_the_legend_keep_every_label_readable(make_app, seed_paths):
    """The linked counterpart is shown reversed (its text stays as readable as the page, under
    NO_COLOR too: a green background made grey on grey and 1.3:1 blends), and the legend sits on
    the articles' own background, so each label looks there as in the text."""
    from tui.widgets import LegendBar

    app = make_app(seed_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        view = reader(app).views[0]
        partner = view.get_component_rich_style("article-view--partner", partial=True)
        assert partner.reverse and partner.bgcolor is None
        legend = reader(app).query(LegendBar)
        for bar in legend:
            assert bar.styles.background == view.styles.background


def test_a_failed_export_says_which_file_and_why_in_one_line():
    from annotations.core.errors import one_line

    error = FileNotFoundError(2, "No such file or directory", "/tmp/nowhere/out.json")
    assert one_line(error) == "/tmp/nowhere/out.json: No such file or directory"
    assert "Error(" not in one_line(PermissionError(13, "Permission denied"))


async def test_under_no_color_every_label_keeps_its_attributes_and_no_text_colour(make_app, seed_paths, monkeypatch):
    """Textual draws NO_COLOR as greys by lightness: dark text colours (Number, Quantity) came out
    black on the dark page.  Under NO_COLOR the layers carry no text colour, only their attributes."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(seed_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        styler = reader(app)._styler()
        for label in ("CARDINAL", "QUANTITY", "PERSON", "ORG", "GPE", "DATE", "NORP", "MONEY", "PERCENT"):
            assert styler.layer(f"entity:{label}").color is None, label
        assert styler.layer("entity:PERSON").bold and styler.layer("entity:ORG").underline and styler.layer("entity:GPE").italic


async def test_the_legend_shows_every_label_at_80_columns(make_app, seed_paths):
    """F5's legend at 80 columns was cut after the entity labels ("│ “…"): the claim kinds, the
    speaker and the cue were never shown.  It takes a second row when one does not hold it."""
    from tui.widgets import LegendBar

    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f5")
        await settle(app, pilot)
        bar = reader(app).query_one(LegendBar)
        lines = str(bar.render()).split("\n")
        assert bar.size.height == len(lines) == 2, lines
        assert all(len(line) <= bar.content_region.width for line in lines), lines
        joined = " ".join(lines)
        for word in ("Person", "Quantity", "Quote", "Statistic", "Speaker", "Attribution cue"):
            assert word in joined, joined
    wide = make_app(seed_paths)
    async with wide.run_test(size=(200, 40)) as pilot:
        await settle(wide, pilot)
        if not reader(wide).query(LegendBar) or not reader(wide).query_one(LegendBar).display:
            await pilot.press("f5")  # (wide screens may show it from the start)
            await settle(wide, pilot)
        bar = reader(wide).query_one(LegendBar)
        assert bar.size.height == 1 and "Attribution cue" in str(bar.render())
