"""The panels' table draws only the rows on screen, and filters the data in chunks: same rows, same widths."""

from __future__ import annotations

from textual.app import App

from annotations.core.documents import make_document
from annotations.core.model import Annotation
from tui import screens
from tui.rowtable import RowTable
from tui.screens import AnnotationsPanel

TEXT = " ".join(f"word{i} economy market" for i in range(400))


def panel_rows(n: int):
    doc = make_document(TEXT, "/t/one.txt")
    rows = []
    for i in range(n):
        start = (i * 7) % (len(doc.text) - 40)
        tags = ["econ"] if i % 3 == 0 else ["verified", "x" * (i % 17)]
        rows.append((0, Annotation.for_span(doc, start, start + 10 + i % 25, id=f"a{i}", tags=tags, author=f"who{i % 5}")))
    return doc, rows


async def opened(app, pilot, rows, doc) -> AnnotationsPanel:
    panel = AnnotationsPanel(rows, [doc], 0)
    await app.push_screen(panel)
    await settled(pilot, panel)
    return panel


async def settled(pilot, panel) -> None:
    """Let the background chunks (filtering, column widths) finish."""
    table = panel.query_one(RowTable)
    for _ in range(500):
        await pilot.pause(0.005)
        if not table._measuring and len(panel.filtered) == sum(panel.matches(r, panel._filled.casefold()) for r in panel.items):
            break


async def test_chunked_filter_gives_every_match_in_order(monkeypatch):
    monkeypatch.setattr(screens.FilterTablePanel, "FIRST_CHUNK", 7)
    monkeypatch.setattr(screens.FilterTablePanel, "FILTER_CHUNK", 13)
    doc, rows = panel_rows(300)
    app = App()
    async with app.run_test(size=(120, 30)) as pilot:
        panel = await opened(app, pilot, rows, doc)
        assert panel.filtered == rows
        await pilot.press(*"tag:econ")
        await settled(pilot, panel)
        assert panel.filtered == [r for r in rows if "econ" in r[1].tags]
        assert panel.note().startswith(f"{len(panel.filtered)} of 300")
        await pilot.press("backspace", "backspace", "backspace", "backspace", *"who3")  # "tag:who3": no tag
        await pilot.press(*["backspace"] * 8, *"author:who3")  # a new filter stops the older one's chunks
        await settled(pilot, panel)
        assert panel.filtered == [r for r in rows if r[1].by == "who3"]


async def test_columns_are_as_wide_as_the_widest_cell_and_only_visible_rows_are_kept(monkeypatch):
    """As DataTable: each column as wide as its widest cell or heading (measured when idle)."""
    from rich.cells import cell_len

    from tui import rowtable

    monkeypatch.setattr(rowtable, "MEASURE_CHUNK", 11)
    doc, rows = panel_rows(400)
    app = App()
    async with app.run_test(size=(120, 30)) as pilot:
        panel = await opened(app, pilot, rows, doc)
        table = panel.query_one(RowTable)
        columns = panel.columns(panel._table_width())
        widest = [len(heading) for _, heading, _ in columns]
        for row in rows:
            for i, cell in enumerate(panel.cells(row)):
                widest[i] = max(widest[i], cell_len(cell))  # cells are plain strings (never markup)
        widest = [fixed if fixed is not None else w for w, (_, _, fixed) in zip(widest, columns)]  # fitted columns stay
        assert table._widths == widest
        assert table.virtual_size == (sum(w + 2 for w in widest), len(rows) + 1)  # a header, a line per row
        assert len(table._cells) <= table.size.height  # cells built for the rows drawn only
        await pilot.press(*"tag:econ")
        await settled(pilot, panel)
        assert table._widths == widest  # as DataTable: a narrower filter keeps the widths


async def test_cursor_moves_scroll_and_enter_returns_that_row():
    doc, rows = panel_rows(200)
    app = App()
    chosen = []
    async with app.run_test(size=(100, 20)) as pilot:
        panel = AnnotationsPanel(rows, [doc], 0)
        await app.push_screen(panel, chosen.append)
        await pilot.pause()
        await pilot.press("up")
        assert panel.query_one(RowTable).cursor_row == 0
        await pilot.press(*["down"] * 30)
        table = panel.query_one(RowTable)
        assert table.cursor_row == 30
        assert table.scroll_offset.y > 0 and table.scroll_offset.y <= 30 < table.scroll_offset.y + table.size.height - 1
        await pilot.press("enter")
        await pilot.pause()
    assert chosen == [(*rows[30], "go")]
