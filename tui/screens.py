"""Modal screens: help, column chooser, pickers, the export dialog and its overwrite confirmation."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from annotations.core.model import Document
from annotations.exchange.formats import FORMATS as EXPORT_FORMATS_TABLE
from annotations.core.text import display, line
from tui.typeahead import PromptInput, TypeAhead
from tui.widgets import cell, plain


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
    HelpScreen #help-db { color: $text-muted; height: auto; }
    HelpScreen VerticalScroll { height: 1fr; }
    """

    def __init__(self, rows: list[tuple[str, str, str]], where: str = "") -> None:
        """``rows``: (group, keys, description); ``where``: the database in use."""
        super().__init__()
        self.rows = rows
        self.where = where

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content("presslens keys  (Esc closes; Ctrl+P finds any action by name)"), id="help-title")
            yield Static(plain(self.where), id="help-db")
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
                    Selection(plain(f"{i + 1}. {doc.title}"), i, i in self.shown)
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


#: Seconds between the chunks of work a long table does in the background.
IDLE_STEP = 0.001


class FilterTablePanel(TypeAhead, ModalScreen):
    """A table with a type-to-filter line above it; Enter returns the highlighted row's item.

    Subclasses give the columns, how an item matches the filter, its cells, and a note.
    Cells are ``rich.text.Text``: never markup, whatever the article or tag says.  The table
    (:class:`tui.rowtable.RowTable`) asks for the cells of the rows on screen only.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="panel-close"),
        Binding("down", "cursor(1)", "Down", show=False, id="panel-down"),
        Binding("up", "cursor(-1)", "Up", show=False, id="panel-up"),
    ]

    DEFAULT_CSS = """
    FilterTablePanel { align: center middle; }
    FilterTablePanel > Vertical {
        width: 95%; max-width: 140; height: 90%;
        border: round $accent; background: $surface;
    }
    FilterTablePanel .panel-filter { border: none; height: 1; padding: 0 1; background: $boost; }
    FilterTablePanel .panel-filter:focus { border: none; }
    FilterTablePanel RowTable { height: 1fr; }
    FilterTablePanel .panel-note { height: 1; padding: 0 1; color: $text-muted; }
    """

    PLACEHOLDER = "type to filter"
    #: A long list is filtered a chunk at a time, keys in between: the first chunk fills the
    #: screen at once, the later ones (FILTER_CHUNK items each) follow when the app is idle.
    FIRST_CHUNK = 1_000
    FILTER_CHUNK = 10_000

    def __init__(self, items: list) -> None:
        super().__init__()
        self.items = items
        self.filtered = list(items)
        self._filled = ""  # the filter text the table shows
        self._filling = 0  # counts refills: a newer one stops an older one's remaining chunks

    def columns(self) -> list[tuple[str, str]]:
        """(key, heading) for each column."""
        raise NotImplementedError

    def matches(self, item, needle: str) -> bool:
        raise NotImplementedError

    def cells(self, item) -> list:
        raise NotImplementedError

    def note(self) -> str:
        return ""

    def compose(self) -> ComposeResult:
        from tui.rowtable import RowTable

        with Vertical():
            yield PromptInput(
                placeholder=self.PLACEHOLDER,
                classes="panel-filter",
                keys={"enter": self.action_choose, "escape": self.action_cancel, "down": lambda: self.action_cursor(1), "up": lambda: self.action_cursor(-1)},
                on_edit=lambda _: self.refill(),
            )
            yield RowTable()
            yield Static(classes="panel-note")

    def on_mount(self) -> None:
        from textual.widgets import Input

        from tui.rowtable import RowTable

        self.query_one(RowTable).set_columns([heading for _, heading in self.columns()])
        self.refill()
        self.focus_typed(self.query_one(Input))

    def refill(self) -> None:
        """Filter the items (the data, never widgets): the first FILTER_CHUNK at once, the rest when idle."""
        from textual.widgets import Input

        from tui.rowtable import RowTable

        self._filled = self.query_one(Input).value
        self._filling += 1
        self.filtered = []
        self.query_one(RowTable).show(self.filtered, self.cells)
        self._filter(self._filled.casefold(), 0, self._filling, self.FIRST_CHUNK)

    def _filter(self, needle: str, start: int, filling: int, count: int) -> None:
        from tui.rowtable import RowTable

        if filling != self._filling:  # the filter changed since: that refill carries on
            return
        end = start + count
        matches = self.matches
        self.filtered.extend([item for item in self.items[start:end] if matches(item, needle)])
        table = self.query_one(RowTable)
        table.grown()
        self.query_one(".panel-note", Static).update(plain(self.note()))
        if end < len(self.items):  # after a pause: the app goes idle between chunks, so it repaints and reads keys
            self.set_timer(IDLE_STEP, lambda: self._filter(needle, end, filling, self.FILTER_CHUNK))

    def on_input_changed(self, event) -> None:
        if event.value != self._filled:  # a paste; typed keys refill at once (PromptInput.on_edit)
            self.refill()

    def action_cursor(self, delta: int) -> None:
        from tui.rowtable import RowTable

        table = self.query_one(RowTable)
        table.move_cursor(max(0, table.cursor_row + delta))

    def action_choose(self) -> None:
        from tui.rowtable import RowTable

        row = self.query_one(RowTable).cursor_row
        if self.filtered and 0 <= row < len(self.filtered):
            self.dismiss(self.filtered[row])

    def action_cancel(self) -> None:
        self.dismiss(None)


class EntityPanel(FilterTablePanel):
    """Every entity of the open articles, with mentions per article; Enter goes to them."""

    PLACEHOLDER = "type to filter (Enter: go to mentions; then n/N: next/previous mention)"

    def __init__(self, rows, documents: list[Document]) -> None:
        super().__init__(rows)
        self.documents = documents

    def columns(self) -> list[tuple[str, str]]:
        return [("text", "Entity"), ("label", "Label"), *((f"doc{i}", str(i + 1)) for i in range(len(self.documents))), ("only", "")]

    def matches(self, row, needle: str) -> bool:
        return needle in row.text.casefold() or needle == row.label.casefold()

    def cells(self, row) -> list:
        only = "★" if row.only_in is not None else ""
        return [cell(row.text), cell(row.label), *(cell(str(c) if c else "·") for c in row.counts), cell(only)]

    def note(self) -> str:
        return "★ = mentioned in only one article. Counts are mentions per article (column numbers)."


class _Dialog(ModalScreen):
    """A centred box with a title line."""

    DEFAULT_CSS = """
    _Dialog { align: center middle; }
    _Dialog > Vertical {
        width: 90%; max-width: 90; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    _Dialog .dialog-title { text-style: bold; }
    _Dialog .dialog-quote { color: $text-muted; }
    _Dialog .dialog-help { color: $text-muted; }
    """


class TagPicker(TypeAhead, _Dialog):
    """Type to filter the codebook (and tags already used); Enter applies, or creates a new tag."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="tags-cancel"),
        Binding("down", "move(1)", "Down", show=False, id="tags-down"),
        Binding("up", "move(-1)", "Up", show=False, id="tags-up"),
    ]

    DEFAULT_CSS = """
    TagPicker #tag-filter { border: none; height: 1; background: $boost; }
    TagPicker OptionList { height: auto; max-height: 16; border: none; }
    """

    def __init__(self, codebook, used: list[str], current: set[str], quote: str) -> None:
        super().__init__()
        self.choices: list[tuple[str, str]] = []  # (name, description)
        seen = set()
        for tag in codebook.tags if codebook else ():
            self.choices.append((tag.name, tag.description))
            seen.add(tag.name)
        self.choices += [(name, "(used before)") for name in used if name not in seen]
        self.current = current
        self.quote = quote
        self.shown: list[str] = []
        self._filled = ""  # the filter text the list shows

    def compose(self) -> ComposeResult:
        from textual.widgets import OptionList

        with Vertical():
            yield Static(Content.assemble(("Tag ", "bold"), plain_quote(self.quote)), classes="dialog-title")
            yield PromptInput(
                placeholder="type to filter, or a new tag name",
                id="tag-filter",
                keys={"enter": self.action_apply, "escape": self.action_cancel, "down": lambda: self.action_move(1), "up": lambda: self.action_move(-1)},
                on_edit=self._fill,
            )
            yield OptionList(id="tag-options")
            yield Static(
                Content("Enter applies (or removes a tag already on it, marked ✓); a new name creates the tag; Esc cancels"),
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self._fill("")
        self.focus_typed(self.query_one("#tag-filter"))

    def _fill(self, needle: str) -> None:
        from textual.widgets import OptionList
        from textual.widgets.option_list import Option

        options = self.query_one(OptionList)
        options.clear_options()
        self._filled = needle
        needle = needle.strip().casefold()
        self.shown = [name for name, desc in self.choices if needle in name.casefold() or needle in desc.casefold()]
        if needle and needle not in (n.casefold() for n in self.shown):
            self.shown.append(needle)
        for i, name in enumerate(self.shown):
            desc = next((d for n, d in self.choices if n == name), "(new tag)")
            number = f"{i + 1}. " if not needle and i < 9 else "   "
            mark = "✓ " if name in self.current else "  "
            options.add_option(Option(Content.assemble(mark, number, (line(name), "bold"), "  ", (line(desc), "dim"))))
        if self.shown:
            options.highlighted = 0

    def on_input_changed(self, event) -> None:
        if event.value != self._filled:  # a paste; typed keys refill at once (PromptInput.on_edit)
            self._fill(event.value)

    def action_move(self, delta: int) -> None:
        from textual.widgets import OptionList

        options = self.query_one(OptionList)
        if self.shown:
            options.highlighted = max(0, min(len(self.shown) - 1, (options.highlighted or 0) + delta))

    def action_apply(self) -> None:
        from textual.widgets import OptionList

        index = self.query_one(OptionList).highlighted
        if self.shown and index is not None:
            self.dismiss(self.shown[index])

    def on_option_list_option_selected(self, event) -> None:
        self.dismiss(self.shown[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


def plain_quote(text: str) -> Content:
    return plain(f"“{text}”")


class CommentEditor(TypeAhead, _Dialog):
    """A multi-line comment; Ctrl+S saves (empty deletes), Esc cancels."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save comment", id="comment-save"),
        Binding("escape", "cancel", "Cancel", id="comment-cancel", priority=True),
    ]

    DEFAULT_CSS = """
    CommentEditor TextArea { height: 8; }
    """

    def __init__(self, comment: str, quote: str) -> None:
        super().__init__()
        self.comment = comment
        self.quote = quote

    def compose(self) -> ComposeResult:
        from textual.widgets import TextArea

        with Vertical():
            yield Static(Content.assemble(("Comment on ", "bold"), plain_quote(self.quote)), classes="dialog-title")
            yield TextArea(display(self.comment), id="comment-text", soft_wrap=True, tab_behavior="focus")
            yield Static(
                Content("Ctrl+S saves · an empty comment deletes it · Esc cancels"), classes="dialog-help"
            )

    def on_mount(self) -> None:
        area = self.query_one("#comment-text")
        area.move_cursor(area.document.end)
        self.focus_typed(area)

    def action_save(self) -> None:
        self.dismiss(self.query_one("#comment-text").text)

    def action_cancel(self) -> None:
        self.dismiss(None)


class RelationPicker(TypeAhead, _Dialog):
    """How the two linked spans relate."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="relation-cancel")]

    DEFAULT_CSS = """
    RelationPicker OptionList { height: auto; max-height: 12; border: none; }
    """

    def __init__(self, relations: list[str], source: str, target: str) -> None:
        super().__init__()
        self.relations = relations
        self.source = source
        self.target = target

    def compose(self) -> ComposeResult:
        from textual.widgets import OptionList
        from textual.widgets.option_list import Option

        with Vertical():
            yield Static(Content.assemble(("Link ", "bold"), plain_quote(self.source)), classes="dialog-title")
            yield Static(Content.assemble(("  to ", "bold"), plain_quote(self.target)), classes="dialog-quote")
            yield OptionList(
                *(Option(Content.assemble(f"{i + 1}. " if i < 9 else "   ", (line(r), "bold"))) for i, r in enumerate(self.relations)),
                id="relations",
            )
            yield Static(Content("Enter or a number chooses · Esc cancels"), classes="dialog-help")

    def on_mount(self) -> None:
        self.focus_typed(self.query_one("#relations"))

    def on_key(self, event) -> None:
        if event.character and event.character.isdigit() and 1 <= int(event.character) <= min(9, len(self.relations)):
            event.stop()
            self.dismiss(self.relations[int(event.character) - 1])

    def on_option_list_option_selected(self, event) -> None:
        self.dismiss(self.relations[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


class AnnotationsPanel(FilterTablePanel):
    """Annotations of this article or all, filtered by words, tag:, author:, status; Enter goes there."""

    BINDINGS = [Binding("tab", "scope", "This article / all", id="annotations-scope")]

    PLACEHOLDER = "filter: words, tag:NAME, author:NAME, orphan, suggested"

    def __init__(self, rows: list[tuple[int, object]], documents: list[Document], current: int | None) -> None:
        super().__init__(rows)  # (article index or -1 for an orphan, annotation)
        self.documents = documents
        self.current = current
        self.this_article = False

    def columns(self) -> list[tuple[str, str]]:
        return [("doc", "#"), ("quote", "Quote"), ("tags", "Tags"), ("comment", "Comment"), ("who", "By"), ("links", "Links")]

    def matches(self, row, needle: str) -> bool:
        """The one filter language (annotations.exchange.select), as ``export --tag/--author`` uses it."""
        from annotations.exchange.select import parse_filter

        index, ann = row
        if self.this_article and index != self.current:
            return False
        return parse_filter(needle).matches(ann)

    def cells(self, row) -> list:
        index, ann = row
        quote = " ".join(ann.quote.split())
        comment = " ".join(ann.comment.split())
        return [
            cell("orphan" if index < 0 else str(index + 1)),
            cell(quote[:50] + ("…" if len(quote) > 50 else "")),
            cell(", ".join(ann.tags) or (ann.label or "")),
            cell(comment[:40] + ("…" if len(comment) > 40 else "")),
            cell(ann.by),
            cell(str(len(ann.links)) if ann.links else ""),
        ]

    def note(self) -> str:
        scope = "this article" if self.this_article else "all articles"
        return f"{len(self.filtered)} of {len(self.items)} · {scope} (Tab switches) · Enter goes there; on an orphan, re-place it"

    def action_scope(self) -> None:
        self.this_article = not self.this_article
        self.refill()


class ExportDialog(TypeAhead, _Dialog):
    """Choose a format and a file; the export runs in the background."""

    #: (name, description, default file): the one table of formats (annotations.exchange.formats)
    FORMATS = tuple((f.name, f.description, f.default_output) for f in EXPORT_FORMATS_TABLE.values())

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="export-cancel"),
        Binding("down", "move(1)", "Next format", show=False, id="export-down"),
        Binding("up", "move(-1)", "Previous format", show=False, id="export-up"),
    ]

    DEFAULT_CSS = """
    ExportDialog OptionList { height: auto; border: none; }
    ExportDialog #export-path { border: none; height: 1; background: $boost; }
    """

    def __init__(self, folder: str, protected=None) -> None:
        """``protected``: the store's :meth:`~AnnotationStore.protected_paths` (refused)."""
        super().__init__()
        self.folder = folder
        self.protected = protected

    def compose(self) -> ComposeResult:
        from textual.widgets import OptionList
        from textual.widgets.option_list import Option

        with Vertical():
            yield Static(Content.styled("Export annotations", "bold"), classes="dialog-title")
            yield OptionList(
                *(Option(Content.assemble((name, "bold"), "  ", (desc, "dim"))) for name, desc, _ in self.FORMATS),
                id="export-formats",
            )
            yield PromptInput(
                id="export-path",
                keys={"enter": self.action_export, "escape": self.action_cancel, "down": lambda: self.action_move(1), "up": lambda: self.action_move(-1)},
            )
            yield Static("", id="export-message")
            yield Static(
                Content("↑↓ format · edit the path · Enter exports (human annotations and engine suggestions) · Esc cancels"),
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        import os

        formats = self.query_one("#export-formats")
        formats.highlighted = 0
        path = self.query_one("#export-path")
        path.value = os.path.join(self.folder, self.FORMATS[0][2])
        path.cursor_position = len(path.value)
        self.focus_typed(path)

    def action_move(self, delta: int) -> None:
        import os

        formats = self.query_one("#export-formats")
        index = max(0, min(len(self.FORMATS) - 1, (formats.highlighted or 0) + delta))
        formats.highlighted = index
        path = self.query_one("#export-path")
        path.value = os.path.join(os.path.dirname(path.value) or self.folder, self.FORMATS[index][2])

    def action_export(self) -> None:
        """Export, unless the path is protected (refused, said here) or exists (asks first)."""
        import os

        from annotations.exchange.export import OutputRefused, check_output

        index = self.query_one("#export-formats").highlighted or 0
        path = self.query_one("#export-path").value.strip()
        if not path:
            return
        fmt, target = self.FORMATS[index][0], os.path.expanduser(path)
        message = self.query_one("#export-message", Static)
        try:
            check_output(fmt, target, self.protected or {})
        except OutputRefused as exc:
            message.update(Content.styled(str(exc), "bold red"))
            return
        message.update("")
        exists = os.path.isdir(target) and bool(os.listdir(target)) if fmt == "brat" else os.path.lexists(target)
        if not exists:
            self.dismiss((fmt, path))
            return

        def answered(overwrite: bool | None) -> None:
            if overwrite:
                self.dismiss((fmt, path))
            else:
                self.focus_typed(self.query_one("#export-path"))

        self.app.push_screen(ConfirmOverwrite(target, folder=fmt == "brat"), answered)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmOverwrite(_Dialog):
    """The export target exists: y or Enter overwrites it, n or Esc goes back to the path."""

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Overwrite", id="overwrite-yes"),
        Binding("n,escape", "answer(False)", "Back to the path", id="overwrite-no"),
    ]

    def __init__(self, target: str, *, folder: bool = False) -> None:
        super().__init__()
        self.target = target
        self.folder = folder

    def compose(self) -> ComposeResult:
        from annotations.core.text import line

        what = "The folder already holds files; files with the same names are overwritten" if self.folder else "This file exists"
        with Vertical():
            yield Static(Content.styled("Overwrite?", "bold"), classes="dialog-title")
            yield Static(Content(f"{what}: {line(self.target)}"), classes="dialog-quote")
            yield Static(Content("y or Enter overwrites · n or Esc goes back to the path"), classes="dialog-help")

    def action_answer(self, overwrite: bool) -> None:
        self.dismiss(overwrite)
