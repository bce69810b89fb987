"""The presslens Textual app: articles side by side.

``create_app`` is the one factory; the CLI and the tests both call it.
The app holds no domain logic: it asks :mod:`annotations` and shows the answer.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.message import Message
from textual.widgets import Footer, Input
from textual.worker import Worker, WorkerState

from annotations.core.documents import LoadError, LoadResult, load_paths
from annotations.core.model import Analysis, Document
from annotations.core.textnav import find_all
from tui.annotate import AnnotatingMixin
from tui.article import ArticleView
from tui.typeahead import PromptInput, current_keymap
from tui.widgets import ArticleColumn, InspectorBar, LegendBar, StatusBar

#: Narrowest useful column, in cells (header, text and border).
MIN_COLUMN_WIDTH = 38


@dataclass
class AppOptions:
    """How the app was asked to run (from the CLI or a test)."""

    mouse: bool = True
    animation: bool = True
    keymap: dict[str, str] = field(default_factory=dict)
    engine: str = "builtin"
    style: str | None = None
    author: str | None = None
    codebook: str | None = None
    codebook_loaded: object | None = None  # the parsed Codebook, when the CLI already read it


def remote_session() -> bool:
    """True when running over SSH, where animations only cost bandwidth."""
    return bool(os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"))


class SearchBar(PromptInput):
    """The ``/`` prompt (keys taken as read: see :class:`~tui.typeahead.PromptInput`)."""

    DEFAULT_CSS = """
    SearchBar { dock: bottom; height: 1; border: none; padding: 0 1; display: none; background: $boost; }
    SearchBar:focus { border: none; }
    """


class _StoreCache:
    """The analysis cache, read and written through the store thread (for the extraction worker)."""

    def __init__(self, client) -> None:
        self.client = client

    def get_analysis(self, doc_id: str, engine: str):
        return self.client.call(lambda store: store.get_analysis(doc_id, engine)).result()

    def put_analysis(self, analysis) -> None:
        if not self.client.read_only:
            self.client.call(lambda store: store.put_analysis(analysis))


class ReaderScreen(AnnotatingMixin, Screen[None]):
    """Columns of articles, a status line and the footer."""

    BINDINGS = [
        Binding("tab", "column_next", "Next column", id="column-next", show=False, priority=True),
        Binding("shift+tab", "column_prev", "Prev column", id="column-prev", show=False, priority=True),
        *(
            Binding(str(n), f"number({n})", f"Article {n} (tag {n} in a selection)", id=f"number-{n}", show=False, priority=True)
            for n in range(1, 10)
        ),
        # priority: runs as the App reads the key, so the keys typed after it in one burst
        # (over SSH) are forwarded to the search bar, not to the reader (see check_action).
        Binding("slash", "search", "Search", id="search", priority=True),
        Binding("n", "search_next", "Next match", id="search-next", show=False, priority=True),
        Binding("N", "search_prev", "Prev match", id="search-prev", show=False, priority=True),
        Binding("s", "toggle_sync", "Sync scroll", id="toggle-sync", show=False, priority=True),
        Binding("right_square_bracket", "page_columns(1)", "More columns", id="columns-next", show=False, priority=True),
        Binding("left_square_bracket", "page_columns(-1)", "Earlier columns", id="columns-prev", show=False, priority=True),
        Binding("c", "choose_columns", "Columns", id="choose-columns", show=False, priority=True),
        Binding("p", "entity_panel", "Entities", id="entity-panel", priority=True),
        Binding("f2", "toggle_layer('entities')", "Entity highlights", id="toggle-entities", show=False, priority=True),
        Binding("f3", "toggle_layer('claims')", "Claim highlights", id="toggle-claims", show=False, priority=True),
        Binding("f4", "toggle_layer('annotations')", "Annotation highlights", id="toggle-annotations", show=False, priority=True),
        Binding("f5", "toggle_legend", "Legend", id="toggle-legend", show=False, priority=True),
        *AnnotatingMixin.ANNOTATION_BINDINGS,
        Binding("enter", "enter", "Confirm (re-place an orphan)", id="confirm", show=False, priority=True),
        Binding("escape", "cancel", "Cancel link / re-place", id="cancel", show=False, priority=True),
    ]

    class AnalysisReady(Message):
        """The extraction worker finished."""

        def __init__(self, analyses: list[Analysis], engine: str) -> None:
            super().__init__()
            self.analyses = analyses
            self.engine = engine

    class AnalysisFailed(Message):
        def __init__(self, problem: str) -> None:
            super().__init__()
            self.problem = problem

    def __init__(self, documents: Sequence[Document], store=None, author: str = "", codebook=None) -> None:
        super().__init__()
        self.documents = list(documents)
        self._columns: list[ArticleColumn] | None = None  # composed once, never change
        self.legend_wanted = False
        self._views: list[ArticleView] | None = None
        self.init_annotating(store, author, codebook)
        self.shown: list[int] = list(range(len(self.documents)))  # indices of articles the user wants
        self.first = 0  # position in `shown` of the leftmost visible column
        self.sync_scroll = False
        self.query_text = ""
        self.current_match: tuple[int, tuple[int, int]] | None = None  # (doc index, span)
        self.message = ""
        self.analyses: list[Analysis] | None = None
        self.engine_label = ""
        self.shown_layers = {"entities": True, "claims": True, "annotations": True}
        self.styler = None  # tui.styling.Styler, made when the first analysis arrives

    # ---------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        with Horizontal(id="columns"):
            for i, doc in enumerate(self.documents):
                yield ArticleColumn(doc, i + 1, id=f"col-{i}")
        yield InspectorBar(id="inspector")
        yield StatusBar(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._layout_columns()
        if self.documents:
            self.views[0].focus()
        self.legend_wanted = self.size.height >= 30  # the legend bar is composed when first shown
        self.update_status()
        self.call_after_refresh(self._after_first_paint)

    async def on_unmount(self) -> None:
        """However the app ends (q, the palette, an error, a test harness): save and release the database.

        If the database file cannot be rewritten (a full disk), the changes are
        in its journal: that is said on standard error once the app has exited
        (``app.store_problems``), not raised into the closing app.
        """
        if self.client is not None:
            import asyncio

            from annotations.store.store import StoreError

            try:
                await asyncio.to_thread(self.client.close)
            except StoreError as exc:
                self.app.store_problems.append(str(exc))

    def _after_first_paint(self) -> None:
        if not gc.isenabled():
            # `presslens open` paused the cyclic collector for start-up (see tui.cli.open_command).
            # What start-up built lives as long as the app: freeze it, so later collections
            # (during typing) skip it.
            gc.freeze()
            gc.enable()
        if self.documents:
            # Background work starts once the text is on screen: it would compete with the first paint.
            self._start_background_work()

    def _start_background_work(self) -> None:
        if self.client is not None:
            self.load_annotations()
        self.extract()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if isinstance(self.focused, SearchBar):
            return False  # typing a query: every key is the search bar's (see PromptInput)
        if action == "cancel":
            view = self.active_view
            return self.link_source is not None or self.placing is not None or (view is not None and view.anchor is not None)
        return True

    # ---------------------------------------------------------------- analysis

    @work(thread=True, exclusive=True, group="extract", exit_on_error=False, description="Extraction")
    def extract(self) -> None:
        """Run the engine off the event loop: the text paints first, highlights follow."""
        from annotations.nlp.extract import EngineUnavailable, analyze_documents, get_engine

        options: AppOptions = self.app.options
        try:
            engine = get_engine(options.engine)
            cache = _StoreCache(self.client) if self.client is not None else None
            analyses = analyze_documents(self.documents, engine, cache)
        except (EngineUnavailable, ValueError) as exc:
            self.post_message(self.AnalysisFailed(str(exc)))
            return
        self.post_message(self.AnalysisReady(analyses, engine.label))

    def on_reader_screen_analysis_ready(self, message: AnalysisReady) -> None:
        self.analyses = message.analyses
        self.engine_label = message.engine
        self.refresh_highlights()
        self._show_legend()
        self.update_status()

    @on(Worker.StateChanged)
    def _report_failed_worker(self, event: Worker.StateChanged) -> None:
        """The one place a background job's failure reaches the user (as Harlequin does): a toast
        naming the job and the error, and nothing left saying it is still running."""
        worker = event.worker
        if event.state != WorkerState.ERROR:
            return
        error = worker.error
        if worker.group == "extract":
            self.engine_label = "no highlights"
        what = worker.description or worker.name or "a background job"
        self.notify(f"{type(error).__name__}: {error}", title=f"{what} failed", severity="error", timeout=15)
        self.update_status()

    def on_reader_screen_analysis_failed(self, message: AnalysisFailed) -> None:
        self.engine_label = "no highlights"
        self.notify(message.problem, title="Engine unavailable", severity="error", timeout=15, markup=False)
        self.update_status()

    def _styler(self):
        if self.styler is None:
            from tui.styling import Styler

            self.styler = Styler(self.app.options.style)
        return self.styler

    def refresh_highlights(self) -> None:
        """Restyle every view from the analyses, the annotations and the layer toggles."""
        if self.analyses is None:
            for index, view in enumerate(self.views):
                view.set_annotation_marks(self.annotation_marks(index))
            return
        from tui.styling import CLAIM_MARKS

        styler = self._styler()
        marks = {kind: (mark, styler.claim_mark_style(kind)) for kind, mark in CLAIM_MARKS.items()} if self.shown_layers["claims"] else {}
        for index, (view, analysis) in enumerate(zip(self.views, self.analyses)):
            analysis = self.visible_analysis(index, analysis)
            spans = styler.spans(
                view.text,
                analysis,
                self.human_annotations(index),
                show_entities=self.shown_layers["entities"],
                show_claims=self.shown_layers["claims"],
                show_annotations=self.shown_layers["annotations"],
            )
            view.set_analysis(analysis, spans, marks)
            view.set_annotation_marks(self.annotation_marks(index) if self.shown_layers["annotations"] else [])
        self.update_inspector()

    def action_toggle_layer(self, layer: str) -> None:
        self.shown_layers[layer] = not self.shown_layers[layer]
        self.refresh_highlights()
        self.say(f"{layer} {'shown' if self.shown_layers[layer] else 'hidden'}")

    def action_toggle_legend(self) -> None:
        self.legend_wanted = not self.legend_wanted
        self._show_legend()

    def _show_legend(self) -> None:
        legends = self.query(LegendBar)
        if not self.legend_wanted:
            if legends:
                legends.first().display = False
            return
        if legends:
            legend = legends.first()
        else:
            legend = LegendBar(id="legend")
            self.mount(legend, before=self.query_one(InspectorBar))
        legend.display = True
        if self.analyses is not None:
            legend.show(self._styler(), self.engine_label)

    def update_inspector(self) -> None:
        view = self.active_view
        bar = self.query_one(InspectorBar)
        if view is None:
            bar.show_nothing("")
            return
        index = self.views.index(view)
        ann = self.annotation_at(index, view.cursor)
        if ann is not None:
            links = [
                f"{arrow} {relation} [{i + 1}] “{other.quote[:30]}”" for arrow, relation, i, other in self.links_of(ann)
            ]
            bar.inspect_annotation(ann, links)
        elif view.analysis is None:
            bar.show_nothing("extracting…" if self.analyses is None and not self.engine_label else "")
        else:
            bar.inspect(view.entity_at(view.cursor), view.claim_at(view.cursor))
        if view.selection is not None:
            start, end = view.selection
            bar.show_selection(end - start, len(view.text[start:end].split()), self.link_source is not None)
        self.show_partners()

    def action_entity_panel(self) -> None:
        if self.analyses is None:
            self.say("entities are still being extracted")
            return
        from annotations.review.compare import entity_table
        from tui.screens import EntityPanel

        def chosen(row) -> None:
            if row is not None:
                self.show_mentions(row.text, [list(spans) for spans in row.mentions])

        self.app.push_screen(EntityPanel(entity_table(self.analyses), self.documents), chosen)

    def show_mentions(self, name: str, spans_per_doc: list[list[tuple[int, int]]]) -> None:
        """Mark every mention of an entity like search matches, and go to the first after the cursor."""
        origin = self._search_origin()
        self.query_text = name
        self.current_match = None
        for view, spans in zip(self.views, spans_per_doc):
            view.set_matches(spans)
        self._jump_match(1, origin)

    def on_resize(self) -> None:
        self._layout_columns()

    @property
    def columns(self) -> list[ArticleColumn]:
        if self._columns is None:
            self._columns = list(self.query(ArticleColumn))
        return self._columns

    @property
    def views(self) -> list[ArticleView]:
        if self._views is None:
            self._views = [column.view for column in self.columns]
        return self._views

    @property
    def per_page(self) -> int:
        """How many columns fit the width."""
        return max(1, min(len(self.shown), self.size.width // MIN_COLUMN_WIDTH))

    @property
    def visible(self) -> list[int]:
        """Indices of the articles currently on screen."""
        return self.shown[self.first : self.first + self.per_page]

    def _layout_columns(self) -> None:
        if not self.documents:
            return
        self.first = max(0, min(self.first, len(self.shown) - self.per_page))
        visible = set(self.visible)
        for i, column in enumerate(self.columns):
            if column.display != (i in visible):
                column.display = i in visible
        focused = self.active_index
        if focused is None or focused not in visible:
            if self.visible:
                self.set_focus(self.views[self.visible[0]])
        self.update_status()

    def _bring_into_view(self, index: int) -> None:
        """Page the columns so article ``index`` is on screen (adding it to the shown set)."""
        if index not in self.shown:
            self.shown = sorted({*self.shown, index})
        pos = self.shown.index(index)
        if not (self.first <= pos < self.first + self.per_page):
            self.first = pos if pos < self.first else pos - self.per_page + 1
        self._layout_columns()

    @property
    def active_index(self) -> int | None:
        focused = self.focused
        if isinstance(focused, ArticleView):
            return self.views.index(focused)
        return None

    @property
    def active_view(self) -> ArticleView | None:
        index = self.active_index
        return self.views[index] if index is not None else None

    def focus_article(self, index: int) -> None:
        self._bring_into_view(index)
        self.set_focus(self.views[index])  # at once (Widget.focus() is deferred): keys typed next go there

    # ---------------------------------------------------------------- status

    def update_status(self) -> None:
        bar = self.query_one(StatusBar)
        view = self.active_view
        parts: list[str] = []
        if view is not None and view.lines:
            index = self.views.index(view)
            line = view.cursor_line + 1
            pct = round(100 * view.cursor / max(1, len(view.text)))
            parts.append(f"[{index + 1}/{len(self.documents)}] line {line}/{len(view.lines)} {pct}%")
        if len(self.shown) > self.per_page:
            last = min(len(self.shown), self.first + self.per_page)
            parts.append(f"columns {self.first + 1}-{last} of {len(self.shown)} ([ ])")
        parts.append("sync on" if self.sync_scroll else "")
        parts.append(self.engine_label or "extracting…")
        if self.client is not None:
            path = self.client.store.path
            where = path.name if path is not None else "memory"
            parts.append(" · ".join(p for p in (self.author, where, self.save_state) if p))
        if self.query_text:
            total = sum(len(v.matches) for v in self.views)
            if self.current_match is not None:
                order = self._all_matches()
                position = order.index(self.current_match) + 1 if self.current_match in order else 0
                parts.append(f"“{self.query_text}” {position}/{total}")
            else:
                parts.append(f"“{self.query_text}” {total} matches")
        parts.append(self.message)
        bar.show(*parts)

    def say(self, message: str) -> None:
        self.message = message
        self.update_status()

    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        if event.view is self.active_view:
            self.update_status()
            self.update_inspector()

    def on_article_view_selection_changed(self, event: ArticleView.SelectionChanged) -> None:
        if event.view is self.active_view:
            self.update_inspector()

    def action_enter(self) -> None:
        if not self.place_orphan():
            view = self.active_view
            if self.placing is not None:
                self.say("select the new span first (v or x), then Enter")
            elif view is not None and view.selection is not None:
                self.say("selection: t tags, 1-9 apply codebook tags, m comments, L links")

    def action_cancel(self) -> None:
        """Escape: end the selection, and cancel a pending link or re-placing."""
        view = self.active_view
        if view is not None and view.anchor is not None:
            view.action_clear_selection()
        if self.link_source is not None or self.placing is not None:
            self.link_source = None
            self.placing = None
            self.say("cancelled")

    def on_descendant_focus(self) -> None:
        self.update_status()
        self.update_inspector()

    # ---------------------------------------------------------------- columns

    def _step_column(self, delta: int) -> None:
        if not self.shown:
            return
        current = self.active_index
        pos = self.shown.index(current) if current in self.shown else 0
        self.focus_article(self.shown[(pos + delta) % len(self.shown)])

    def action_column_next(self) -> None:
        self._step_column(1)

    def action_column_prev(self) -> None:
        self._step_column(-1)

    def action_focus_column(self, number: int) -> None:
        if 1 <= number <= len(self.documents):
            self.focus_article(number - 1)
        else:
            self.say(f"no article {number}")

    def action_page_columns(self, direction: int) -> None:
        self.first = max(0, min(len(self.shown) - self.per_page, self.first + direction * self.per_page))
        self._layout_columns()
        if self.visible:
            self.set_focus(self.views[self.visible[0]])

    def action_choose_columns(self) -> None:
        def chosen(result: list[int] | None) -> None:
            if result:
                self.shown = result
                self.first = 0
                self._layout_columns()
                self.set_focus(self.views[self.visible[0]])

        from tui.screens import ColumnChooser

        self.app.push_screen(ColumnChooser(self.documents, self.shown), chosen)

    # ---------------------------------------------------------------- scroll sync

    def action_toggle_sync(self) -> None:
        self.sync_scroll = not self.sync_scroll
        if self.sync_scroll and (view := self.active_view) is not None:
            self._sync_from(view, view.scroll_fraction)
        self.say("columns scroll together" if self.sync_scroll else "columns scroll on their own")

    def on_article_view_scrolled(self, event: ArticleView.Scrolled) -> None:
        if self.sync_scroll:
            self._sync_from(event.view, event.fraction)

    def _sync_from(self, source: ArticleView, fraction: float) -> None:
        for view in self.views:
            if view is not source:
                view.sync_to(fraction)

    # ---------------------------------------------------------------- search

    async def action_search(self) -> None:
        # Keys typed in the same burst as "/" must reach the search bar, never the reader as
        # commands: the bar is mounted (awaited, so the App reads no further key meanwhile) and
        # focused synchronously (Widget.focus() is deferred).  It is composed on first use: the
        # first paint does not wait for it.
        bars = self.query(SearchBar)
        if bars:
            bar = bars.first()
        else:
            bar = SearchBar(id="search", keys={"enter": self.action_search_submit, "escape": self.action_search_cancel})
            await self.mount(bar, after=self.query_one("#columns"))
        bar.display = True
        bar.value = ""  # a fresh query; Enter on an empty one repeats the last search
        bar.placeholder = (
            f"search all articles (Enter alone repeats “{self.query_text}”, Esc cancels)"
            if self.query_text
            else "search all articles (Enter to find, Esc to cancel)"
        )
        self.set_focus(bar)

    def _close_search(self) -> None:
        bar = self.query_one(SearchBar)
        bar.display = False
        if self.visible:
            index = self.current_match[0] if self.current_match else None
            target = index if index is not None and index in self.visible else self.visible[0]
            self.set_focus(self.views[target])  # at once: the next key in a burst goes to the reader

    def action_search_cancel(self) -> None:
        self._close_search()

    def action_search_submit(self) -> None:
        bar = self.query_one(SearchBar)
        origin = self._search_origin()
        self.search(bar.value or self.query_text)
        self._close_search()
        if self.query_text:
            self._jump_match(1, origin)

    def _search_origin(self) -> tuple[int, int]:
        view = self.active_view
        if view is None:
            index = self.visible[0] if self.visible else 0
            return index, self.views[index].cursor - 1
        return self.views.index(view), view.cursor - 1

    def search(self, query: str) -> int:
        """Find ``query`` in every article; returns the number of matches."""
        self.query_text = query
        self.current_match = None
        total = 0
        for view in self.views:
            matches = find_all(view.text, query) if query else []
            view.set_matches(matches)
            total += len(matches)
        if query and not total:
            self.say(f"“{query}” not found")
        else:
            self.say("")
        return total

    def _all_matches(self) -> list[tuple[int, tuple[int, int]]]:
        """Every match in reading order: column by column, top to bottom."""
        return [(i, span) for i, view in enumerate(self.views) for span in view.matches]

    def _jump_match(self, direction: int, origin: tuple[int, int] | None = None) -> None:
        order = self._all_matches()
        if not order:
            if self.query_text:
                self.say(f"“{self.query_text}” not found")
            else:
                self.say("no search yet: press / to search")
            return
        if origin is None:
            origin = self._search_origin()
            origin = (origin[0], origin[1] + 1)
        doc, pos = origin
        if direction > 0:
            candidates = [m for m in order if (m[0], m[1][0]) > (doc, pos)]
            target = candidates[0] if candidates else order[0]
        else:
            candidates = [m for m in order if (m[0], m[1][0]) < (doc, pos)]
            target = candidates[-1] if candidates else order[-1]
        wrapped = not candidates
        previous = self.current_match
        self.current_match = target
        index, span = target
        if previous is not None and previous[0] != index:
            self.views[previous[0]].set_matches(self.views[previous[0]].matches)
        view = self.views[index]
        view.set_matches(view.matches, current=span)
        self.focus_article(index)
        view.move_to(span[0], center=True)
        self.say("search wrapped" if wrapped else "")

    def action_search_next(self) -> None:
        self._jump_match(1)

    def action_search_prev(self) -> None:
        self._jump_match(-1)


class PresslensApp(App[int]):
    """presslens: read several articles about one event side by side."""

    TITLE = "presslens"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit", priority=True),
        Binding("question_mark,f1", "help", "Help", id="help", priority=True),
    ]

    def __init__(
        self,
        documents: Sequence[Document],
        *,
        options: AppOptions | None = None,
        errors: Iterable[LoadError] = (),
        store=None,
    ) -> None:
        super().__init__()
        self.documents = list(documents)
        self.options = options or AppOptions()
        self.store = store
        self.load_errors = list(errors)
        #: one line each, for standard error once the app has exited (e.g. closing the store on a full disk)
        self.store_problems: list[str] = []
        if not self.options.animation:
            self.animation_level = "none"

    def notify(self, message: str, *, title: str = "", severity="information", timeout=None, markup: bool = False) -> None:
        """Every toast (widgets' and screens' notify() end here): never markup, control characters escaped.

        Messages name files, quotes and tags: data.  They pass the one sanitising boundary
        (:func:`annotations.core.text.line`, per line) whatever the caller passed as ``markup``.
        """
        from annotations.core.text import line

        safe = "\n".join(line(part) for part in str(message).split("\n"))
        super().notify(safe, title=line(title), severity=severity, timeout=timeout, markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("quit", "help"):
            from textual.widgets import TextArea

            # In a dialog or a text field, q and ? are the dialog's (or text).
            if not isinstance(self.screen, ReaderScreen) or isinstance(self.focused, (Input, TextArea)):
                return False
        return True

    def get_default_screen(self) -> Screen:
        from annotations.core.config import resolve_author

        author = resolve_author(self.options.author)
        codebook = self.options.codebook_loaded
        if codebook is None and self.options.codebook:
            from annotations.core.codebook import load_codebook

            codebook = load_codebook(self.options.codebook)
        return ReaderScreen(self.documents, self.store, author, codebook)


    def on_mount(self) -> None:
        if self.options.keymap:
            self.set_keymap(self.options.keymap)
        for error in self.load_errors:
            self.notify(str(error), title="Could not open", severity="warning", timeout=10, markup=False)

    @property
    def reader(self) -> ReaderScreen | None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    # ---------------------------------------------------------------- discoverability

    def binding_rows(self) -> list[tuple[str, str, str, object, str]]:
        """(group, keys, description, namespace, action) for every binding the reader answers."""
        from textual.binding import BindingsMap

        reader = self.reader
        sources: list[tuple[str, object, type]] = [
            ("Moving in an article", reader.active_view if reader else None, ArticleView),
            ("Columns and search", reader, ReaderScreen),
            ("App", self, PresslensApp),
        ]
        rows = []
        keymap = current_keymap(self)
        for group, node, cls in sources:
            bindings = BindingsMap(cls.BINDINGS)
            if keymap:
                bindings.apply_keymap(keymap)
            by_action: dict[str, list[str]] = {}
            described: dict[str, str] = {}
            for key, binding in bindings:
                by_action.setdefault(binding.action, []).append(self.get_key_display(binding))
                described[binding.action] = binding.description
            for action, keys in by_action.items():
                rows.append((group, ", ".join(keys), described[action], node, action))
        rows.append(("App", self.COMMAND_PALETTE_BINDING, "Command palette: every action by name", self, "command_palette"))
        return rows

    def action_help(self) -> None:
        from tui.screens import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        rows = [(group, keys, description) for group, keys, description, _, _ in self.binding_rows()]
        reader = self.reader
        store = reader.client.store if reader is not None and reader.client is not None else None
        where = f"database: {store.path}{' (read-only)' if store.read_only else ''}" if store is not None and store.path else "no database"
        self.push_screen(HelpScreen(rows, where))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for group, keys, description, node, action in self.binding_rows():
            if node is None or action in ("command_palette",):
                continue
            yield SystemCommand(description, f"{group} · {keys}", partial(self.run_action, action, node))


def create_app(
    paths: Iterable[str] = (),
    *,
    documents: Sequence[Document] | None = None,
    options: AppOptions | None = None,
    store=None,
) -> PresslensApp:
    """Build the app from paths (or ready documents) and an open store (or None: no annotations).

    Load errors are shown in the app.
    """
    if documents is None:
        result: LoadResult = load_paths(paths)
        documents, errors = result.documents, result.errors
    else:
        errors = []
    return PresslensApp(documents, options=options, errors=errors, store=store)
