"""Modal screens: help and column chooser."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from annotations.model import Document


def format_key(key: str, app_format) -> str:
    return ", ".join(app_format(k) for k in key.split(","))


class HelpScreen(ModalScreen[None]):
    """Every key, generated from the live bindings (so remapped keys show as remapped)."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help-close"),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 90%; max-width: 90; height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    HelpScreen #help-title { text-style: bold; height: 1; }
    HelpScreen VerticalScroll { height: 1fr; }
    """

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        """``rows``: (group, keys, description)."""
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content("presslens keys  (Esc closes; Ctrl+P finds any action by name)"), id="help-title")
            with VerticalScroll():
                yield Static(self._table(), id="help-body")

    def _table(self) -> Content:
        width = max((len(keys) for _, keys, _ in self.rows), default=10) + 2
        lines: list[Content] = []
        group = None
        for grp, keys, description in self.rows:
            if grp != group:
                if group is not None:
                    lines.append(Content(""))
                lines.append(Content.styled(grp, "bold underline"))
                group = grp
            lines.append(Content.assemble((keys.ljust(width), "bold"), description))
        return Content("\n").join(lines)

    def action_dismiss(self) -> None:
        self.dismiss(None)


class ColumnChooser(ModalScreen[list[int] | None]):
    """Pick which articles are shown as columns."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="chooser-cancel"),
        Binding("enter", "apply", "Show chosen", id="chooser-apply", priority=True),
    ]

    DEFAULT_CSS = """
    ColumnChooser { align: center middle; }
    ColumnChooser > Vertical {
        width: 80%; max-width: 80; height: auto; max-height: 80%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    ColumnChooser SelectionList { height: auto; max-height: 20; }
    """

    def __init__(self, documents: list[Document], shown: list[int]) -> None:
        super().__init__()
        self.documents = documents
        self.shown = set(shown)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content("Articles to show (Space toggles, Enter applies, Esc cancels)"))
            yield SelectionList[int](
                *(
                    Selection(Content(f"{i + 1}. {doc.title}"), i, i in self.shown)
                    for i, doc in enumerate(self.documents)
                )
            )

    def action_apply(self) -> None:
        chosen = sorted(self.query_one(SelectionList).selected)
        if not chosen:
            self.notify("Choose at least one article", severity="warning")
            return
        self.dismiss(chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)


class EntityPanel(ModalScreen):
    """Every entity of the open articles, with mentions per article; Enter jumps to them."""

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="entities-close"),
        Binding("enter", "choose", "Go to mentions", id="entities-choose", priority=True),
        Binding("down", "cursor(1)", "Down", show=False, id="entities-down", priority=True),
        Binding("up", "cursor(-1)", "Up", show=False, id="entities-up", priority=True),
    ]

    DEFAULT_CSS = """
    EntityPanel { align: center middle; }
    EntityPanel > Vertical {
        width: 95%; max-width: 110; height: 90%;
        border: round $accent; background: $surface;
    }
    EntityPanel #entity-filter { border: none; height: 1; padding: 0 1; background: $boost; }
    EntityPanel #entity-filter:focus { border: none; }
    EntityPanel DataTable { height: 1fr; }
    EntityPanel #entities-note { height: 1; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, rows, documents: list[Document]) -> None:
        super().__init__()
        self.rows = rows
        self.documents = documents
        self.filtered = list(rows)

    def compose(self) -> ComposeResult:
        from textual.widgets import DataTable, Input

        with Vertical():
            yield Input(
                placeholder="type to filter (Enter: go to mentions; then n/N: next/previous mention)", id="entity-filter"
            )
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Static(
                Content("★ = mentioned in only one article. Counts are mentions per article (column numbers)."),
                id="entities-note",
            )

    def on_mount(self) -> None:
        from textual.widgets import DataTable

        table = self.query_one(DataTable)
        table.add_column("Entity", key="text")
        table.add_column("Label", key="label")
        for i in range(len(self.documents)):
            table.add_column(str(i + 1), key=f"doc{i}")
        table.add_column("", key="only")
        self._fill("")
        self.query_one("#entity-filter").focus()

    def _fill(self, needle: str) -> None:
        from rich.text import Text
        from textual.widgets import DataTable

        table = self.query_one(DataTable)
        table.clear()
        needle = needle.casefold()
        self.filtered = [r for r in self.rows if needle in r.text.casefold() or needle == r.label.casefold()]
        for row in self.filtered:
            only = "★" if row.only_in is not None else ""
            table.add_row(
                Text(row.text), Text(row.label), *(Text(str(c) if c else "·") for c in row.counts), Text(only)
            )

    def on_input_changed(self, event) -> None:
        self._fill(event.value)

    def action_cursor(self, delta: int) -> None:
        from textual.widgets import DataTable

        table = self.query_one(DataTable)
        table.move_cursor(row=max(0, table.cursor_row + delta))

    def action_choose(self) -> None:
        from textual.widgets import DataTable

        table = self.query_one(DataTable)
        if self.filtered and 0 <= table.cursor_row < len(self.filtered):
            self.dismiss(self.filtered[table.cursor_row])

    def action_cancel(self) -> None:
        self.dismiss(None)
