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
