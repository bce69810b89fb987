"""Modal screens: help, column chooser, pickers, the export dialog and its overwrite confirmation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from annotations.core.model import Document, article_label, label_name
from annotations.exchange.formats import FORMATS as EXPORT_FORMATS_TABLE
from annotations.core.text import display, line
from tui.typeahead import PromptInput, TypeAhead, still_cursor_where_no_animation
from tui.widgets import cell, plain, short_labels
from tui.wrap import text_width


class Kept:
    """A dialog the app keeps and shows again (:meth:`PresslensApp.kept_dialog`; a mixin for screens).

    Textual restyles every widget of a screen each time it is pushed (``ScreenResume``).  That
    cost a few ms, and the repaints it asked for (an OptionList repaints on any restyle, a
    scrollbar whenever its colours are set) reached the screen only after its first frame, so
    each reopening waited for a second frame, one or two update-timer ticks later (17-33 ms).
    A kept dialog's styles change only with the theme (a class change restyles its widget at
    once): shown again under the theme it was styled with, it is not restyled.
    ``refresh_styles`` is the event's own switch, the one Textual turns off when a screen
    shows again after a pop.  A theme changed while it was hidden does not reach it (Textual
    restyles the screens on the stack only), so then it is restyled as before.
    """

    _styled_under: tuple | None = None  # the theme it was last styled under

    @property
    def closing(self) -> bool:
        """The app is closing: a dialog built while the reader was idle may be mounted as the app
        shuts down, without its widgets (nothing to fill or focus then)."""
        return not self.app.is_running

    def settle(self, rounds: int = 3, force: bool = True) -> None:
        """Lay the hidden dialog out now, at the app's size, so that showing it costs one layout.

        A screen lays itself out only while it is shown.  Shown for the first time, or after its
        contents changed size, its first layout changes widgets' sizes (a list's scrollbar, the
        box around a list that grew), those widgets ask for a layout again, and the dialog is
        drawn twice, one update-timer tick apart: the first tag picker took 73-82 ms to settle
        where help took 37.  Done here while the reader is idle, until nothing asks for another
        layout (at most ``rounds`` times), the showing finds every size as it left it.  ``force``:
        lay out even if nothing asked for it yet (what asks for a layout arrives as a message).

        Textual has no public call to lay out a screen that is not shown: this uses the one its
        update timer uses (``_refresh_layout``, Textual 8; pinned in pyproject.toml).
        """
        if rounds <= 0 or self.closing or not self.is_attached or self.is_current:
            return
        if force or self._layout_required or self.size != self.app.size:
            self._layout_required = False
            self._refresh_layout(self.app.size)
            # Again once its widgets said whether they want another layout: after a moment, not
            # after the next refresh (nothing is drawn while the reader is idle: the next refresh
            # would be the next key's, and this would be done on its time).
            self.set_timer(0.02, lambda: self.settle(rounds - 1, False))

    def on_screen_suspend(self) -> None:
        if self not in self.app.screen_stack:  # closed, not covered by another screen (the palette)
            self.call_after_refresh(self._hidden)

    def _hidden(self) -> None:
        if self.closing or self in self.app.screen_stack:  # shown again meanwhile
            return
        # Hidden with nothing focused: a text box keeps no cursor blinking on a screen nobody
        # sees, and shown again it is focused anew, so its cursor starts a whole blink visible
        # (kept focused, it went on blinking and went dark at any moment after showing).
        self.set_focus(None)
        self.reset()
        # laid out again only if something asked for it (a refilled list): the widgets' requests
        # arrive as messages, so a moment later (a dialog closed unchanged costs nothing more)
        self.set_timer(0.05, lambda: self.settle(force=False))

    def reset(self) -> None:
        """Put the hidden dialog back as its next showing will most likely start (an empty filter):
        done while the reader is idle, so the next key that shows it changes nothing of its size."""

    def post_message(self, message) -> bool:
        from textual import events

        if isinstance(message, events.ScreenResume):
            app = self.app
            theme = (app.theme, app.ansi_theme)
            if self.is_mounted and theme == self._styled_under:
                message.refresh_styles = False
            self._styled_under = theme
        return super().post_message(message)


class HelpScreen(Kept, ModalScreen[None]):
    """Every key, generated from the live bindings (so remapped keys show as remapped)."""

    # Scrolling without animation, line by line as read: an animated scroll starts each step from
    # where the last one began, so a burst of 10 Down keys (tmux send-keys -N 10) moved 2 lines.
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help-close"),
        Binding("down,j", "scroll(1)", "Down", show=False, id="help-down", priority=True),
        Binding("up,k", "scroll(-1)", "Up", show=False, id="help-up", priority=True),
        Binding("pagedown,space,ctrl+f", "scroll_page(1)", "Page down", show=False, id="help-page-down", priority=True),
        Binding("pageup,ctrl+b", "scroll_page(-1)", "Page up", show=False, id="help-page-up", priority=True),
        Binding("home,g", "scroll_end(0)", "Top", show=False, id="help-top", priority=True),
        Binding("end,G", "scroll_end(1)", "Bottom", show=False, id="help-bottom", priority=True),
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

    def reuse(self, rows: list[tuple[str, str, str]], where: str = "") -> None:
        """Show the help again (the app keeps one, :meth:`PresslensApp.kept_dialog`): the keys as
        they are now, from the top; what has not changed is not redrawn."""
        if rows != self.rows:
            self.rows = rows
            if self.is_mounted:
                self.query_one("#help-body", Static).update(self._table())
        if where != self.where:
            self.where = where
            if self.is_mounted:
                self.query_one("#help-db", Static).update(plain(where))
        if self.is_mounted and self.query_one(VerticalScroll).scroll_y:
            self.action_scroll_end(0)

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
            lines.append(Content.assemble((line(keys).ljust(width), "bold"), line(description)))  # article labels and paths: data
        return Content("\n").join(lines)

    def action_dismiss(self) -> None:
        self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_to(y=max(0, min(scroll.max_scroll_y, scroll.scroll_y + lines)), animate=False, immediate=True)

    def action_scroll_page(self, direction: int) -> None:
        scroll = self.query_one(VerticalScroll)
        self.action_scroll(direction * max(1, scroll.scrollable_content_region.height - 1))

    def action_scroll_end(self, bottom: int) -> None:
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_to(y=scroll.max_scroll_y if bottom else 0, animate=False, immediate=True)


class ColumnChooser(Kept, ModalScreen[list[int] | None]):
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

    def _selections(self) -> list[Selection[int]]:
        return [Selection(plain(f"{i + 1}. {article_label(doc)}"), i, i in self.shown) for i, doc in enumerate(self.documents)]

    def reuse(self, documents: list[Document], shown: list[int]) -> None:
        """Show the chooser again (the reader keeps one, :meth:`PresslensApp.kept_dialog`) with the
        columns shown now: what was toggled and cancelled last time is forgotten, the cursor is
        on the first article again."""
        self.shown = set(shown)
        if not self.is_mounted:
            self.documents = documents
            return
        chooser = self.query_one(SelectionList)
        if [doc.id for doc in documents] != [doc.id for doc in self.documents]:
            self.documents = documents
            chooser.clear_options()
            chooser.add_options(self._selections())
        else:
            selected = set(chooser.selected)
            for i in range(len(documents)):
                if (i in self.shown) != (i in selected):
                    chooser.toggle(i)
        if documents:
            chooser.highlighted = 0

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content("Articles to show (Space toggles, Enter applies, Esc cancels)"))
            yield SelectionList[int](*self._selections())

    def action_apply(self) -> None:
        chosen = sorted(self.query_one(SelectionList).selected)
        if not chosen:
            self.notify("Choose at least one article", severity="warning")
            return
        self.dismiss(chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)


class Rows(Sequence):
    """``(index, item)`` rows over several lists, without copying them: ``parts`` is
    ``[(index, items), ...]``.  A panel reads it a chunk at a time (slices) and by length."""

    def __init__(self, parts: list[tuple[int, Sequence]]) -> None:
        self.parts = [(index, items) for index, items in parts if items]
        self._len = sum(len(items) for _, items in self.parts)

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self._len)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            out: list = []
            offset = 0
            for index, items in self.parts:
                n = len(items)
                if stop <= offset:
                    break
                if start < offset + n:
                    out += [(index, item) for item in items[max(0, start - offset) : stop - offset]]
                offset += n
            return out
        if key < 0:
            key += self._len
        for index, items in self.parts:
            if key < len(items):
                return index, items[key]
            key -= len(items)
        raise IndexError(key)


class FilterTablePanel(TypeAhead, ModalScreen):
    """A table with a type-to-filter line above it; Enter returns the highlighted row's item.

    Subclasses give the columns (and their widths for the table's width: at 80 columns every
    column must stay on screen), how an item matches the filter, its cells, a detail line for
    the highlighted row (what a narrow column cuts) and a note.
    Cells are ``rich.text.Text``: never markup, whatever the article or tag says.  The table
    (:class:`tui.rowtable.RowTable`) asks for the cells of the rows on screen only, and the
    items are filtered as data, a chunk at a time, so 100,000 rows open at once.
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
    FilterTablePanel .panel-detail { height: 2; padding: 0 1; background: $boost; }
    FilterTablePanel .panel-note { height: 1; padding: 0 1; color: $text-muted; text-wrap: nowrap; text-overflow: ellipsis; }
    FilterTablePanel > Vertical { border-title-color: $foreground; border-subtitle-color: $text-muted; }
    """

    PLACEHOLDER = "type to filter"
    #: A long list is filtered a chunk at a time, keys in between: the first chunk fills the
    #: screen at once, the later ones (FILTER_CHUNK items each) follow when the app is idle.
    FIRST_CHUNK = 1_000
    FILTER_CHUNK = 10_000

    def __init__(self, items: list, documents: list[Document]) -> None:
        super().__init__()
        self.items = items
        self.filtered: list = []  # filled by refill() when mounted, a chunk at a time
        self.documents = documents
        self.article_labels = short_labels(documents)  # "1 Reuters", "2 Russia has…"
        self._filled = ""  # the filter text the table shows
        self._filling = 0  # counts refills: a newer one stops an older one's remaining chunks
        self.filter_done = False  # every item was looked at for the filter shown
        self._laid_out: list | None = None  # the columns the table has

    def columns(self, width: int) -> list[tuple[str, str, int | None]]:
        """(key, heading, width or None: as wide as the content) for each column of a table
        ``width`` cells wide (padding included: 2 cells a column)."""
        raise NotImplementedError

    def matches(self, item, needle: str) -> bool:
        raise NotImplementedError

    def cells(self, item) -> list:
        raise NotImplementedError

    def detail(self, item) -> Content:
        """Everything about the highlighted row, as one or two lines."""
        return Content("")

    def note(self) -> str:
        return ""

    def frame(self) -> tuple[str, str]:
        """What the panel's border says, above (what is listed) and below (its keys)."""
        return "", ""

    def prompt_keys(self) -> dict:
        """More keys the filter line answers at once (key -> handler), beside Enter, Esc, ↑ and ↓."""
        return {}

    def highlighted(self):
        """The item on the table's cursor row (None when the table is empty)."""
        from tui.rowtable import RowTable

        row = self.query_one(RowTable).cursor_row
        return self.filtered[row] if self.filtered and 0 <= row < len(self.filtered) else None

    def compose(self) -> ComposeResult:
        from tui.rowtable import RowTable

        with Vertical(id="panel-box"):
            yield PromptInput(
                placeholder=self.PLACEHOLDER,
                classes="panel-filter",
                keys={
                    "enter": self.action_choose,
                    "escape": self.action_cancel,
                    "down": lambda: self.action_cursor(1),
                    "up": lambda: self.action_cursor(-1),
                    **self.prompt_keys(),
                },
                on_edit=lambda _: self.refill(),
            )
            yield RowTable()
            yield Static(classes="panel-detail")
            yield Static(classes="panel-note")

    def on_mount(self) -> None:
        from textual.widgets import Input

        self.lay_out()
        self.refill()
        self.focus_typed(self.query_one(Input))

    def _table_width(self) -> int:
        """The table's width: the panel's (95% of the screen, at most 140) less its border and
        a vertical scrollbar."""
        return min(140, self.app.size.width * 95 // 100) - 2 - 2

    def lay_out(self) -> bool:
        """(Re)make the columns for the table's width; True if they changed."""
        from tui.rowtable import RowTable

        columns = self.columns(self._table_width())
        if columns == self._laid_out:
            return False
        self._laid_out = columns
        self.query_one(RowTable).set_columns([line(heading) for _, heading, _ in columns], [width for _, _, width in columns])
        return True

    def on_resize(self) -> None:
        if self._laid_out is not None and self.lay_out():
            self.refill()

    def refill(self) -> None:
        """Filter the items (the data, never widgets): the first chunk at once, the rest when idle."""
        from textual.widgets import Input

        from tui.rowtable import RowTable

        self._filled = self.query_one(Input).value
        self._filling += 1
        self.filtered = []
        self.query_one(RowTable).show(self.filtered, self.cells)
        self._filter(self._filled.casefold(), 0, self._filling, self.FIRST_CHUNK)

    def _filter(self, needle: str, start: int, filling: int, count: int) -> None:
        from tui.rowtable import IDLE_STEP, RowTable

        if filling != self._filling:  # the filter changed since: that refill carries on
            return
        end = start + count
        matches = self.matches
        self.filtered.extend([item for item in self.items[start:end] if matches(item, needle)])
        self.filter_done = end >= len(self.items)
        self.query_one(RowTable).grown()
        self.query_one(".panel-note", Static).update(plain(self.note()))
        if start == 0:
            box = self.query_one("#panel-box", Vertical)
            box.border_title, box.border_subtitle = (line(part) for part in self.frame())
        if start == 0:  # the cursor is on the first row again
            self.show_detail()
        if end < len(self.items):  # after a pause: the app goes idle between chunks, so it repaints and reads keys
            self.set_timer(IDLE_STEP, lambda: self._filter(needle, end, filling, self.FILTER_CHUNK))

    def show_detail(self) -> None:
        item = self.highlighted()
        self.query_one(".panel-detail", Static).update(self.detail(item) if item is not None else Content(""))

    def on_input_changed(self, event) -> None:
        if event.value != self._filled:  # a paste; typed keys refill at once (PromptInput.on_edit)
            self.refill()

    def action_cursor(self, delta: int) -> None:
        from tui.rowtable import RowTable

        table = self.query_one(RowTable)
        table.move_cursor(max(0, table.cursor_row + delta))
        self.show_detail()

    def action_choose(self) -> None:
        item = self.highlighted()
        if item is not None:
            self.dismiss(item)

    def action_cancel(self) -> None:
        self.dismiss(None)


def fit_widths(width: int, fixed: list[int], flexible: list[tuple[int, ...]]) -> list[int]:
    """Widths for ``flexible`` columns, each ``(least, most)`` or ``(least, want, most)``, sharing
    what a ``width``-cell table leaves after the ``fixed`` ones (every column also takes 2 cells
    of padding): the space goes to each column up to what it wants, in order, then up to its
    most, in order (a column without a want wants its most)."""
    room = width - sum(fixed) - 2 * (len(fixed) + len(flexible)) - sum(f[0] for f in flexible)
    out = [f[0] for f in flexible]
    for goal in (lambda f: f[1], lambda f: f[-1]):  # first what each wants, then what each can use
        for i, f in enumerate(flexible):
            extra = max(0, min(room, goal(f) - out[i]))
            out[i] += extra
            room -= extra
    return out


class EntityPanel(FilterTablePanel):
    """Every entity of the open articles, with mentions per article; Enter goes to them."""

    PLACEHOLDER = "type to filter (Enter: go to mentions; then n/N: next/previous mention)"

    def __init__(self, rows, documents: list[Document]) -> None:
        super().__init__(rows, documents)

    def columns(self, width: int) -> list[tuple[str, str, int | None]]:
        """Every article's count stays on screen: the name column gives way first; an
        article's column is headed by its short label where it fits, else its number."""
        n = len(self.documents)
        label_width = max(len(label_name(label)) for label in {row.label for row in self.items} or {""})
        (entity,) = fit_widths(width, [label_width, 1, *([2] * n)], [(12, 30)])
        count = max(2, (width - entity - label_width - 1 - 2 * (n + 3)) // max(n, 1))
        count = min(count, max(len(name) for name in self.article_labels) if self.article_labels else 2)
        heads = [name if count >= 6 else str(i + 1) for i, name in enumerate(self.article_labels)]
        return [
            ("text", "Entity", entity),
            ("label", "Label", label_width),
            *((f"doc{i}", heads[i], count) for i in range(n)),
            ("only", "", 1),
        ]

    def matches(self, row, needle: str) -> bool:
        names = (row.text, *row.variants)
        return any(needle in name.casefold() for name in names) or needle in (row.label.casefold(), label_name(row.label).casefold())

    def cells(self, row) -> list:
        only = "★" if row.only_in is not None else ""
        name = " · ".join((row.text, *row.variants))  # the variants grouped in the row: "Anton Gorelkin · Gorelkin"
        return [cell(name), cell(label_name(row.label)), *(cell(str(c) if c else "·") for c in row.counts), cell(only)]

    def detail(self, row) -> Content:
        counts = " · ".join(f"{name} {c}" for name, c in zip(self.article_labels, row.counts) if c)  # "1 Reuters 3": as the columns are headed
        name = " · ".join((row.text, *row.variants))
        return Content.assemble(plain(name).stylize("bold"), " ", plain(label_name(row.label)), "  ", plain(counts))

    def note(self) -> str:
        return "★ = in one article only · counts: mentions per article (named above)"


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

    def retitle(self, title: Content) -> None:
        """Show ``title`` in the title line (a dialog reused for another span); unchanged, nothing is redrawn."""
        widget = self.query_one(".dialog-title", Static)
        if widget.content != title:
            width = widget.content_region.width  # both one line of the box: no new layout
            before = widget.content.cell_length if isinstance(widget.content, Content) else width + 1
            widget.update(title, layout=not 0 < max(title.cell_length, before) <= width)


class TagPicker(TypeAhead, Kept, _Dialog):
    """Type to filter the codebook (and tags already used); Enter applies, or creates a new tag."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="tags-cancel"),
        Binding("down", "move(1)", "Down", show=False, id="tags-down"),
        Binding("up", "move(-1)", "Up", show=False, id="tags-up"),
    ]

    DEFAULT_CSS = """
    TagPicker #tag-filter { border: none; height: 1; background: $boost; }
    TagPicker OptionList { height: 1; border: none; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, codebook, used: list[str], current: set[str], quote: str) -> None:
        super().__init__()
        self.shown: list[str] = []
        self._filled = ""  # the filter text the list shows
        self._rows: tuple = ()  # what each option of the list shows (mark, number, name, description)
        self._choose(codebook, used, current, quote)

    def _choose(self, codebook, used: list[str], current: set[str], quote: str) -> None:
        self.choices: list[tuple[str, str]] = []  # (name, description)
        seen = set()
        for tag in codebook.tags if codebook else ():
            self.choices.append((tag.name, tag.description))
            seen.add(tag.name)
        self.choices += [(name, "(used before)") for name in used if name not in seen]
        self.current = current
        self.quote = quote

    def reuse(self, codebook, used: list[str], current: set[str], quote: str) -> None:
        """Show the picker again for another span (the reader keeps one: building a dialog's widgets
        each time cost most of the time a key took to open it)."""
        from textual.widgets import Input

        self._choose(codebook, used, current, quote)
        if self.is_mounted:
            self.retitle(self._title())
            self.query_one(Input).value = ""
            self._fill("")

    def _title(self) -> Content:
        return Content.assemble(("Tag ", "bold"), plain_quote(self.quote))

    def reset(self) -> None:
        from textual.widgets import Input

        if self._filled and self._intact():  # a filtered list: back to the whole codebook
            self.query_one(Input).value = ""
            self._fill("")

    def offer(self, codebook, used: list[str]) -> None:
        """The tags in use changed: offer them from now on (hidden, the list is refilled and laid
        out now, so the next showing does not resize it)."""
        if self in self.app.screen_stack:  # shown: the next showing gets them (reuse)
            return
        self._choose(codebook, used, self.current, self.quote)
        if self._intact():
            self._fill(self._filled)
            self.settle()

    def _intact(self) -> bool:
        """Mounted with its widgets (not while the app takes the screens down at exit)."""
        from textual.widgets import OptionList

        return self.is_mounted and not self.closing and bool(self.query(OptionList))

    def on_screen_resume(self) -> None:
        if self.closing:
            return
        self.focus_typed(self.query_one("#tag-filter"))

    def compose(self) -> ComposeResult:
        from textual.widgets import OptionList

        with Vertical():
            yield Static(self._title(), classes="dialog-title")
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
        if self.closing:
            return
        self._fill("")
        self.focus_typed(self.query_one("#tag-filter"))

    def _fill(self, needle: str) -> None:
        """Show the choices that match ``needle``: the list is rebuilt in one step, and only when
        what it shows changes (reopening the picker on a span with the same tags leaves it as it is)."""
        from textual.widgets import OptionList
        from textual.widgets.option_list import Option

        self._filled = needle
        needle = needle.strip().casefold()
        shown = [name for name, desc in self.choices if needle in name.casefold() or needle in desc.casefold()]
        if needle and needle not in (n.casefold() for n in shown):
            shown.append(needle)
        descriptions: dict[str, str] = {}
        for name, desc in self.choices:
            descriptions.setdefault(name, desc)
        rows = tuple(
            ("✓ " if name in self.current else "  ", f"{i + 1}. " if not needle and i < 9 else "   ", name, descriptions.get(name, "(new tag)"))
            for i, name in enumerate(shown)
        )
        self.shown = shown
        options = self.query_one(OptionList)
        options.styles.height = self._list_height()
        if rows != self._rows:
            self._rows = rows
            options.clear_options()
            options.add_options(
                Option(Content.assemble(mark, number, (line(name), "bold"), "  ", (line(desc), "dim"))) for mark, number, name, desc in rows
            )
        if shown:
            options.highlighted = 0

    def _list_height(self) -> int:
        """As tall as the whole codebook (and a new name), not as what matches: typing a filter
        does not resize the box (a resized box is laid out twice, a frame apart), and options are
        one line each.  At most 16 rows, and just over half the screen (at 80x24 the box's help
        line stays visible)."""
        return max(1, min(16, len(self.choices) + 1, self.app.size.height * 55 // 100))

    def on_resize(self) -> None:
        from textual.widgets import OptionList

        if self._intact():
            self.query_one(OptionList).styles.height = self._list_height()

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


class CommentEditor(TypeAhead, Kept, _Dialog):
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

    def reuse(self, comment: str, quote: str) -> None:
        """Edit another comment (the reader keeps one editor; see :meth:`TagPicker.reuse`)."""
        self.comment, self.quote = comment, quote
        if self.is_mounted:
            self.retitle(self._title())
            area = self.query_one("#comment-text")
            area.load_text(display(comment))
            area.move_cursor(area.document.end)

    def _title(self) -> Content:
        return Content.assemble(("Comment on ", "bold"), plain_quote(self.quote))

    def on_screen_resume(self) -> None:
        if self.closing:
            return
        self.focus_typed(self.query_one("#comment-text"))

    def compose(self) -> ComposeResult:
        from textual.widgets import TextArea

        with Vertical():
            yield Static(self._title(), classes="dialog-title")
            area = TextArea(display(self.comment), id="comment-text", soft_wrap=True, tab_behavior="focus")
            still_cursor_where_no_animation(self.app, area)
            yield area
            yield Static(
                Content("Ctrl+S saves · an empty comment deletes it · Esc cancels"), classes="dialog-help"
            )

    def on_mount(self) -> None:
        if self.closing:
            return
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
    """Annotations of this article or all, filtered by words, tag:, label:, author:, status; Enter goes there.

    Rows are the human annotations, orphans, rejected suggestions and the engine's current
    suggestions; the filter shows human ones unless it says ``suggested`` or ``rejected``.
    Ctrl+R on a rejected row takes the rejection back.  Dismissed with ``(index, annotation,
    what)``: what is "go" or "unreject".
    """

    BINDINGS = [Binding("tab", "scope", "This article / all", id="annotations-scope")]

    #: At 80 columns the filter line has 70 cells: the whole language fits.
    PLACEHOLDER = "filter: words tag:X label:X author:X layer:X orphan suggested rejected"

    #: What the panel lists when the filter names no status.
    DEFAULT_STATUSES = ("human",)

    #: How the note names what a status lists.
    KINDS = {"human": "annotations", "suggested": "suggestions", "rejected": "rejections"}

    def __init__(
        self,
        rows: Sequence[tuple[int, object]],
        documents: list[Document],
        current: int | None,
        statuses: dict[int, Counter] | None = None,
    ) -> None:
        super().__init__(rows, documents)  # (article index or -1 for an orphan, annotation)
        self.current = current
        self.this_article = False
        # "N of M": M counts the rows of the statuses the filter lists, in the scope shown (all
        # articles, or this one): per article index (-1: orphans), given by the caller, who knows its lists
        if statuses is None:
            statuses = {}
            for index, ann in rows:
                statuses.setdefault(index, Counter())[ann.status] += 1
        self.statuses = statuses

    def columns(self, width: int) -> list[tuple[str, str, int | None]]:
        """At 80 columns every column stays on screen, each cut with … (the detail line under the
        table has the row whole); wider, each column first gets what most of its cells need
        ("label:Organisation", "root (rejected)"), then the quote and the comment the rest."""
        article = min(14, max((text_width(name) for name in self.article_labels), default=6))
        article = max(article, 6)  # "orphan"
        quote, tags, comment, who = fit_widths(width, [article, 5], [(16, 30, 51), (10, 22, 30), (10, 20, 41), (6, 19, 24)])
        return [
            ("doc", "Article", article),
            ("quote", "Quote", quote),
            ("tags", "Tags", tags),
            ("comment", "Comment", comment),
            ("who", "By", who),
            ("links", "Links", 5),
        ]

    def matches(self, row, needle: str) -> bool:
        """The one filter language (annotations.exchange.select), as ``export --tag/--author`` uses it."""
        from annotations.exchange.select import parse_filter

        index, ann = row
        if self.this_article and index != self.current:
            return False
        return parse_filter(needle, self.DEFAULT_STATUSES).matches(ann)

    def prompt_keys(self) -> dict:
        return {"ctrl+r": self.action_unreject}

    def action_choose(self) -> None:
        if (row := self.highlighted()) is not None:
            self.dismiss((*row, "go"))

    def action_unreject(self) -> None:
        """Ctrl+R: take back the rejection on the highlighted row (the suggestion shows again)."""
        row = self.highlighted()
        if row is not None and row[1].status == "rejected":
            self.dismiss((*row, "unreject"))
        else:
            self.query_one(".panel-note", Static).update(plain("Ctrl+R takes back a rejection: type rejected to list them"))

    def cells(self, row) -> list:
        from annotations.render.highlight import label_name  # the legend's names, claims' kinds too

        index, ann = row
        quote = " ".join(ann.quote.split())
        comment = " ".join(ann.comment.split())
        return [  # a cell longer than its column ends in … (RowTable)
            cell("orphan" if index < 0 else self.article_labels[index]),
            cell(quote[:60]),
            cell(", ".join([*ann.tags, *([f"label:{label_name(ann.label)}"] if ann.label else [])])),
            cell(comment[:60]),
            cell(ann.by if ann.status != "rejected" else f"{ann.by} (rejected)"),  # a suggestion is by its engine
            cell(str(len(ann.links)) if ann.links else ""),
        ]

    def detail(self, row) -> Content:
        from annotations.render.highlight import label_name

        index, ann = row
        parts = [
            plain("orphan (Enter re-places it)" if index < 0 else self.article_labels[index]).stylize("bold"),
            plain(f"“{' '.join(ann.quote.split())}”"),
        ]
        if ann.status != "human":
            parts.append(plain(ann.status))
        if ann.tags or ann.label:
            parts.append(plain(", ".join([*ann.tags, *([label_name(ann.label)] if ann.label else [])])))
        if ann.comment:
            parts.append(plain(f"✎ {' '.join(ann.comment.split())}"))
        parts.append(plain(f"by {ann.by or '?'}"))
        if ann.links:
            parts.append(plain(f"{len(ann.links)} link{'s' if len(ann.links) != 1 else ''}"))
        return Content("  ").join(parts)

    def _in_scope(self) -> Counter:
        """How many rows of each status the scope shown holds (all articles and orphans, or this article)."""
        if self.this_article:
            return Counter(self.statuses.get(self.current, Counter())) if self.current is not None else Counter()
        total: Counter = Counter()
        for counts in self.statuses.values():
            total.update(counts)
        return total

    def note(self) -> str:
        """``N of M KIND``: N rows match the filter, of the M rows of the statuses it lists in this
        scope; then the other statuses there are, and the word that lists them."""
        from annotations.exchange.select import STATUS_WORDS, parse_filter

        listed = parse_filter(self._filled, self.DEFAULT_STATUSES).statuses or STATUS_WORDS
        counts = self._in_scope()
        total = sum(counts[status] for status in listed)
        kinds = [self.KINDS[status] for status in STATUS_WORDS if status in listed]
        if total == 1 and len(kinds) == 1:
            kinds = [kinds[0][:-1]]  # "1 of 1 annotation"
        said = f"{len(self.filtered)} of {total} {' and '.join(kinds)}"
        if self.filter_done and not self.filtered and (hint := self._labels_hint()):
            # first, so that it is seen at 80 columns: "tag:DATE" when the Tags column shows label:Date
            said += f" · {hint} (a tag is a person's)"
        others = [f"{status} ({counts[status]})" for status in STATUS_WORDS if status not in listed and counts[status]]
        if others:
            said += f" · type {' or '.join(others)} to list {'them' if len(others) > 1 else 'those'}"
        return said

    def frame(self) -> tuple[str, str]:
        from annotations.exchange.select import parse_filter

        if self.this_article and self.current is not None:
            scope = f"this article, {self.article_labels[self.current]}"  # ("1 Russia bega…": numbered)
        else:
            scope = "all articles"
        keys = ["Tab all/this article", "Enter go there"]
        if "rejected" in parse_filter(self._filled, self.DEFAULT_STATUSES).statuses:
            keys.append("Ctrl+R un-reject")
        return f"Annotations: {scope}", " · ".join([*keys, "Esc close"])

    def _labels_hint(self) -> str:
        """``label:DATE finds 3`` when the filter's ``tag:`` terms find nothing but would as labels
        (the Tags column shows both, as ``tag, label:Date``)."""
        from textual.widgets import Input

        from annotations.exchange.select import labels_hint

        anns = (ann for index, ann in self.items if not self.this_article or index == self.current)
        return labels_hint(self.query_one(Input).value, anns, self.DEFAULT_STATUSES)

    def action_scope(self) -> None:
        self.this_article = not self.this_article
        self.refill()


class ExportDialog(TypeAhead, Kept, _Dialog):
    """Choose a format, a file and whether the engine's suggestions go too; the export runs in the background.

    Dismissed with ``(format, path, human_only)``, or None.
    """

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
        self.human_only = False

    def reuse(self, folder: str, protected) -> None:
        """Open the dialog again (the reader keeps one, :meth:`PresslensApp.kept_dialog`) as a new one
        opens: the first format, its default file in ``folder``, suggestions included, no message;
        ``protected`` as the store says now."""
        self.folder, self.protected = folder, protected
        if self.human_only and self.is_mounted:
            self.action_toggle_human_only()
        self.human_only = False
        if self.is_mounted:
            message = self.query_one("#export-message", Static)
            if message.content:
                message.update("")
            self._start()

    def on_screen_resume(self) -> None:
        if self.closing:
            return
        self.focus_typed(self.query_one("#export-path"))

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
                keys={
                    "enter": self.action_export,
                    "escape": self.action_cancel,
                    "down": lambda: self.action_move(1),
                    "up": lambda: self.action_move(-1),
                    "ctrl+o": self.action_toggle_human_only,
                },
            )
            yield Static(self._human_only_line(), id="export-human-only")
            yield Static("", id="export-message")
            yield Static(
                Content("↑↓ format · edit the path · Ctrl+O human only · Enter exports · Esc cancels"),
                classes="dialog-help",
            )

    def _human_only_line(self) -> Content:
        box = "[x]" if self.human_only else "[ ]"
        what = "human annotations only (as export --human-only)" if self.human_only else "human annotations and engine suggestions"
        return Content.assemble((box, "bold"), f" {what}  (Ctrl+O)")

    def action_toggle_human_only(self) -> None:
        """Ctrl+O: leave the engine's suggestions (and rejected ones) out, as ``export --human-only``."""
        self.human_only = not self.human_only
        self.query_one("#export-human-only", Static).update(self._human_only_line())

    def on_mount(self) -> None:
        if self.closing:
            return
        self._start()
        self.focus_typed(self.query_one("#export-path"))

    def _start(self) -> None:
        """The first format, its default file in the folder."""
        import os

        formats = self.query_one("#export-formats")
        formats.highlighted = 0
        path = self.query_one("#export-path")
        path.value = os.path.join(self.folder, self.FORMATS[0][2])
        path.cursor_position = len(path.value)

    def action_move(self, delta: int) -> None:
        import os

        formats = self.query_one("#export-formats")
        index = max(0, min(len(self.FORMATS) - 1, (formats.highlighted or 0) + delta))
        formats.highlighted = index
        path = self.query_one("#export-path")
        path.value = os.path.join(os.path.dirname(path.value) or self.folder, self.FORMATS[index][2])
        path.cursor_position = len(path.value)  # else it stays where it was: Ctrl+U kept the end of the old name

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
            self.dismiss((fmt, path, self.human_only))
            return

        def answered(overwrite: bool | None) -> None:
            if overwrite:
                self.dismiss((fmt, path, self.human_only))
            else:
                self.focus_typed(self.query_one("#export-path"))

        self.app.show_once(ConfirmOverwrite(target, folder=fmt == "brat"), answered)

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
