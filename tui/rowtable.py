"""A virtual table for long lists: only the rows on screen are built and rendered (Line API).

It looks like Textual's ``DataTable`` with ``cursor_type="row"`` and zebra stripes (the same
component classes and CSS, the same cell padding, a fixed header line), but it holds no rows
of its own: :meth:`RowTable.show` gives it a sequence and a function returning an item's
cells, and it asks for the cells of a row only when that row is painted.  A list of 100,000
annotations opens as fast as a list of ten.

Column widths are as DataTable's: the widest cell (or heading) of every row shown, and they
never shrink.  They are measured on the first screenful at once, then the rest a chunk at a
time in idle moments, so a key is never kept waiting by a long list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from textual.renderables.styled import Styled
from rich.text import Text
from textual.geometry import Region, Size, Spacing
from textual.render import measure
from textual.scroll_view import ScrollView
from textual.strip import Strip

#: Rows measured per idle step (each step stays well under a frame at 100,000 rows).
MEASURE_CHUNK = 500
#: Seconds between two idle steps: the table goes idle in between, so it repaints and keys are read.
IDLE_STEP = 0.001
PADDING = 1  # DataTable's cell_padding


class RowTable(ScrollView, can_focus=True):
    """Rows of ``cells(item)`` under a fixed header; one row is the cursor.

    A cell is a ``str`` (drawn as plain text, never markup) or a Rich renderable.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "datatable--cursor",
        "datatable--header",
        "datatable--odd-row",
        "datatable--even-row",
    }

    # DataTable's own CSS for what this table draws, so the panel looks the same.
    DEFAULT_CSS = """
    RowTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .datatable--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .datatable--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark {
            & > .datatable--even-row {
                background: $surface-darken-1 40%;
            }
        }
        & > .datatable--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .datatable--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .datatable--odd-row {
        }
        & > .datatable--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .datatable--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rows: Sequence = ()
        self.cursor_row = 0
        self._cells_of: Callable[[Any], list] = lambda item: []
        self._labels: list[Text] = []
        self._fixed: list[int | None] = []  # a column's fixed content width, or None: measured
        self._widths: list[int] = []  # content width of each column (without padding)
        self._measured = 0  # rows[:_measured] are in _widths
        self._known: dict[int, tuple[Any, list[int]]] = {}  # id(item) -> (item, its cell widths)
        self._measuring = False
        self._cells: dict[int, list] = {}  # row index -> cells, for rows painted lately
        self._lines: dict[tuple, Strip] = {}

    # ------------------------------------------------------------------ data

    def set_columns(self, headings: Sequence[str], widths: Sequence[int | None] | None = None) -> None:
        """The column headings, and for each a fixed content width (None: as wide as its widest cell)."""
        self._labels = [Text(h) for h in headings]
        self._known.clear()
        self._fixed = list(widths) if widths is not None else [None] * len(headings)
        self._widths = [
            fixed if fixed is not None else measure(self.app.console, label, 1)
            for label, fixed in zip(self._labels, self._fixed)
        ]
        self._measured = 0
        self._changed()

    def show(self, rows: Sequence, cells: Callable[[Any], list]) -> None:
        """Show ``rows`` (a sequence that may grow: call :meth:`grown`); the cursor goes to the top."""
        self.rows = rows
        self._cells_of = cells
        self._measured = 0
        self.cursor_row = 0
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.grown()

    def grown(self) -> None:
        """``rows`` has more items at its end: measure what is on screen now, the rest when idle."""
        self._cells.clear()
        self._measure(max(self.size.height, 50))
        self._changed()
        if self._measured < len(self.rows) and not self._measuring:
            self._measuring = True
            self.set_timer(IDLE_STEP, self._measure_later)

    @property
    def headings(self) -> list[str]:
        return [label.plain for label in self._labels]

    def cells_at(self, index: int) -> list:
        cells = self._cells.get(index)
        if cells is None:
            if len(self._cells) > 500:
                self._cells.clear()
            cells = self._cells[index] = self._cells_of(self.rows[index])
        return cells

    def _measure(self, count: int) -> bool:
        """Measure up to ``count`` more rows; True if a column grew."""
        console = self.app.console
        known = self._known
        widths = self._widths
        fixed = self._fixed
        before = list(widths)
        end = min(len(self.rows), self._measured + count)
        for item in self.rows[self._measured : end]:
            entry = known.get(id(item))
            if entry is None:  # the item is kept in the entry, so its id is not reused
                cells = self._cells_of(item)
                entry = known[id(item)] = (
                    item,
                    [cell_len(c) if isinstance(c, str) else c.cell_len if isinstance(c, Text) else measure(console, c, 1) for c in cells],
                )
            for column, width in enumerate(entry[1]):
                if width > widths[column] and fixed[column] is None:
                    widths[column] = width
        self._measured = end
        return widths != before

    def _measure_later(self) -> None:
        if self._measure(MEASURE_CHUNK):
            self._changed()
        if self._measured < len(self.rows):
            self.set_timer(IDLE_STEP, self._measure_later)
        else:
            self._measuring = False

    def _changed(self) -> None:
        self._lines.clear()
        width = sum(w + 2 * PADDING for w in self._widths)
        self.virtual_size = Size(width, len(self.rows) + 1)
        self.refresh()

    # ------------------------------------------------------------------ cursor

    def move_cursor(self, row: int) -> None:
        """Move the cursor to ``row`` (clamped) and scroll it into view, as DataTable does."""
        row = max(0, min(row, len(self.rows) - 1))
        if row == self.cursor_row:
            return
        self.cursor_row = row
        self._lines.clear()
        self.scroll_to_region(
            Region(int(self.scroll_x), row + 1, self.size.width, 1), animate=False, spacing=Spacing(top=1), force=True
        )
        self.refresh()

    def on_click(self, event) -> None:
        row = event.style.meta.get("row")
        if isinstance(row, int) and row >= 0:
            self.move_cursor(row)

    # ------------------------------------------------------------------ rendering

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        scroll_x, scroll_y = self.scroll_offset
        row = -1 if y == 0 else y - 1 + scroll_y
        base_style = self.rich_style
        if row >= len(self.rows):
            return Strip.blank(width, base_style)
        key = (row, row == self.cursor_row, scroll_x, width, base_style, self.has_focus)
        strip = self._lines.get(key)
        if strip is None:
            if len(self._lines) > 500:
                self._lines.clear()
            segments = self._render_row(row, width)
            strip = Strip(segments).crop(scroll_x, scroll_x + width).adjust_cell_length(width, base_style).simplify()
            self._lines[key] = strip
        return strip

    def _render_row(self, row: int, width: int) -> list[Segment]:
        if row < 0:
            row_style = self.get_component_styles("datatable--header").rich_style
            cells: list = self._labels
        else:
            name = "datatable--odd-row" if row % 2 else "datatable--even-row"
            row_style = self.get_component_styles(name).rich_style
            cells = self.cells_at(row)
        cursor = row == self.cursor_row
        component = self.get_component_rich_style("datatable--cursor") if cursor else Style()
        post = Style.from_color(color=component.color) + Style.from_color(bgcolor=component.bgcolor) if cursor else Style.null()
        console = self.app.console
        segments: list[Segment] = []
        for column, (cell, content) in enumerate(zip(cells, self._widths)):
            cell_width = content + 2 * PADDING
            options = self.app.console_options.update_dimensions(cell_width, 1).update(no_wrap=True)
            pre = row_style + Style.from_meta({"row": row, "column": column}) + component
            # a str is plain text (never markup); one longer than its column ends in "…"
            content = Text(cell, no_wrap=True, overflow="ellipsis") if isinstance(cell, str) else cell
            lines = console.render_lines(Styled(Padding(content, (0, PADDING)), pre_style=pre, post_style=post), options)
            segments.extend(lines[0])
        table_width = sum(w + 2 * PADDING for w in self._widths)
        extend = row_style + component + Style.from_meta({"row": row, "column": 0, "out_of_bounds": True})
        segments.append(Segment(" " * max(0, width - table_width), extend))
        return segments

