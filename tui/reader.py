"""The reader screen: articles side by side, one :class:`ArticleState` per column.

State flows one way.  Each open article's state (document, column, analysis,
annotations) lives in one :class:`ArticleState`; the screen's status (cursor
position, paging, save state, engine, search, last message) is a set of
reactives bound down to the :class:`~tui.widgets.StatusBar` with ``data_bind``
(as Toolong's ``log_view.py`` does): the screen sets a value, the bar repaints its
one row.  Annotating is a component the screen owns (:class:`~tui.annotating.Annotator`).
Background work is a named worker (extraction) or a store-thread job, each posting
a typed message (:mod:`tui.messages`); every failure is reported by one handler,
:meth:`ReaderScreen._report_failure`.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import var
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from annotations.core.model import Analysis, Annotation, Document
from annotations.core.text import plural
from annotations.nlp.textnav import find_all
from tui import messages
from tui.annotating import TAG_GROUP, Annotator
from tui.article import ArticleView
from tui.typeahead import PromptInput
from tui.widgets import ArticleColumn, InspectorBar, KeysFooter, LegendBar, StatusBar

if TYPE_CHECKING:
    from tui.storeclient import StoreClient

#: What Alt+1 … Alt+9 arrive as: Textual reads ESC+digit as the macOS Option+digit characters.
ALT_DIGITS = "¡™£¢∞§¶•ª"

#: Narrowest useful column, in cells (header, text and border).
MIN_COLUMN_WIDTH = 38

#: How long feedback ("exported to …", "search wrapped") stays on the status line when no key
#: is read meanwhile, in seconds (see ReaderScreen.say).
FEEDBACK_SECONDS = 6.0


class SearchBar(PromptInput):
    """The ``/`` prompt (keys taken as read: see :class:`~tui.typeahead.PromptInput`).

    It takes a row of the layout under the columns (not docked: the footer is docked to the
    bottom row and would paint over it).
    """

    DEFAULT_CSS = """
    SearchBar { height: 1; border: none; padding: 0 1; display: none; background: $boost; }
    SearchBar:focus { border: none; }
    """


class _StoreCache:
    """The analysis cache, read and written through the store thread (for the extraction worker).

    A failed read raises in the worker; a failed write reaches ``screen`` as StoreFailed:
    both end in the screen's one failure report.
    """

    def __init__(self, client: StoreClient, screen: ReaderScreen) -> None:
        self.client = client
        self.screen = screen

    def get_analysis(self, doc_id: str, engine: str):
        return self.client.call(lambda store: store.get_analysis(doc_id, engine)).result()

    def put_analysis(self, analysis) -> None:
        if not self.client.read_only:
            self.client.post(self.screen, "cache the analysis", lambda store: store.put_analysis(analysis))

    def get_set_analysis(self, doc_ids, engine: str):
        return self.client.call(lambda store: store.get_set_analysis(doc_ids, engine)).result()

    def put_set_analysis(self, result) -> None:
        if not self.client.read_only:
            self.client.post(self.screen, "cache the set analysis", lambda store: store.put_set_analysis(result))


@dataclass(eq=False)
class ArticleState:
    """Everything the reader knows about one open article (one column)."""

    index: int
    document: Document
    column: ArticleColumn
    analysis: Analysis | None = None  # the engine's, once extraction finished
    annotations: list[Annotation] = field(default_factory=list)  # everyone's, as the store has them
    human: list[Annotation] = field(default_factory=list)  # the placed human ones (shown, and what actions find)
    rejected: list[Annotation] = field(default_factory=list)  # rejections of engine suggestions
    # Coder layers: the authors whose annotations this column leaves out (``C``), or the one it
    # shows alone (an adjudication column).  One rule (:meth:`shows`), applied where ``human``
    # and ``rejected`` are built, so highlights, gutter, cursor and panels see the same set.
    hidden_authors: frozenset[str] = frozenset()
    only_author: str | None = None

    @property
    def view(self) -> ArticleView:
        return self.column.view

    # ``human`` is sorted by start (as the store sorts: start, end, id); with the furthest end
    # reached so far at each place, what may cover an offset is found without a scan.
    _starts: list[int] = field(default_factory=list)
    _ends: list[int] = field(default_factory=list)  # an empty span covers its start (as covering() does)
    _reach: list[int] = field(default_factory=list)
    _by_id: dict[str, Annotation] = field(default_factory=dict)

    def shows(self, ann: Annotation) -> bool:
        """Whether this column shows ``ann``'s author's layer (``hidden_authors``, ``only_author``)."""
        author = ann.author or ""
        return author not in self.hidden_authors and (self.only_author is None or author == self.only_author)

    def set_layers(self, hidden: frozenset[str] = frozenset(), only: str | None = None) -> None:
        """Show other coder layers: the shown lists are rebuilt once (the annotations stay as they are)."""
        self.hidden_authors, self.only_author = frozenset(hidden), only
        self._build_shown()

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.annotations = annotations = sorted(annotations, key=_ORDER)  # the store's order (already so: linear)
        self._by_id = {a.id: a for a in annotations}
        self._build_shown()

    def _build_shown(self) -> None:
        annotations, hidden, only = self.annotations, self.hidden_authors, self.only_author
        if only is not None or hidden:
            annotations = [a for a in annotations if self.shows(a)]
        self.human = [a for a in annotations if _shown(a)]
        self.rejected = [a for a in annotations if a.status == "rejected"]
        self._starts = [a.start for a in self.human]
        self._ends = [max(a.end, a.start + 1) for a in self.human]
        self._reach = list(accumulate(self._ends, max))

    def apply_delta(self, current: list[Annotation], removed: list[str]) -> tuple[list[Annotation], list[tuple[int, int]]]:
        """Bring the lists up to date with one change (without reading every annotation again).

        Returns the annotations as they were before (those changed or removed) and the spans
        of text whose look may have changed (their old and new places, merged where they touch).
        """
        old = [a for a in (self._by_id.get(i) for i in [*removed, *(a.id for a in current)]) if a is not None]
        first = len(self.human)
        shows = self.shows
        for ann in old:
            _remove(self.annotations, ann)
            if not shows(ann):
                pass  # in neither list
            elif ann.status == "rejected":
                _remove(self.rejected, ann)
            elif _shown(ann):
                i = _remove(self.human, ann)
                del self._starts[i], self._ends[i]
                first = min(first, i)
            del self._by_id[ann.id]
        for ann in current:
            insort(self.annotations, ann, key=_ORDER)
            if not shows(ann):
                pass  # another coder's, hidden here
            elif ann.status == "rejected":
                insort(self.rejected, ann, key=_ORDER)
            elif _shown(ann):
                i = bisect_left(self.human, _ORDER(ann), key=_ORDER)
                self.human.insert(i, ann)
                self._starts.insert(i, ann.start)
                self._ends.insert(i, max(ann.end, ann.start + 1))
                first = min(first, i)
            self._by_id[ann.id] = ann
        # the furthest reach changes from the first place touched on: C-speed, no Python loop
        before = self._reach[first - 1] if first > 0 else -1
        self._reach[first:] = accumulate(self._ends[first:], max, initial=before)
        del self._reach[first]  # ``initial`` comes first in accumulate's output
        return old, _merged((a.start, max(a.end, a.start + 1)) for a in (*old, *current))

    def human_near(self, offset: int) -> list[Annotation]:
        """The human annotations that may cover ``offset`` (a superset: apply covering() to it)."""
        i = bisect_right(self._starts, offset) - 1
        found = []
        while i >= 0 and self._reach[i] > offset:  # before i, nothing reaches past offset
            found.append(self.human[i])
            i -= 1
        found.reverse()  # in ``human`` order: covering() breaks ties by it
        return found

    def human_overlapping(self, start: int, end: int) -> list[Annotation]:
        """The human annotations drawn on any of ``[start, end)``: those covering ``start`` and those starting inside."""
        return [a for a in self.human_near(start) if max(a.end, a.start + 1) > start and a.start < start] + self.human_starting(start, end)

    def human_starting(self, start: int, end: int) -> list[Annotation]:
        """The human annotations that start in ``[start, end)``, in order."""
        return self.human[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def decided(self, spans) -> list[Annotation]:
        """The shown human annotations and rejections on exactly one of ``spans`` ((start, end)
        pairs): what stands for an engine suggestion there.  Found by bisection, not a scan."""
        wanted = set(spans)
        found = [a for a in self.rejected if (a.start, a.end) in wanted]
        for start, end in wanted:
            for ann in self.human_starting(start, start + 1):
                if ann.end == end:
                    found.append(ann)
        return found

    def panel_parts(self) -> list[list[Annotation]]:
        """What the annotations panel lists of this article, by kind: the placed human ones, the placed
        rejections, and any other placed ones (stored suggestions); each already in the store's order."""
        rejected = [a for a in self.rejected if not a.orphan]
        others = [a for a in self.annotations if a.status not in ("human", "rejected") and not a.orphan and self.shows(a)] if (
            len(self.annotations) != len(self.human) + len(self.rejected)
        ) else []
        return [self.human, rejected, others]


def _ORDER(ann: Annotation) -> tuple[str, int, int, str]:
    """The store's order of annotations (AnnotationStore.annotations)."""
    return (ann.doc_id, ann.start, ann.end, ann.id)


def _merged(spans) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _shown(ann: Annotation) -> bool:
    return ann.status == "human" and not ann.orphan


def _remove(items: list[Annotation], ann: Annotation) -> int:
    """Remove ``ann`` (found by its sort key, then identity) from the sorted ``items``; its index."""
    i = bisect_left(items, _ORDER(ann), key=_ORDER)
    while items[i] is not ann:
        i += 1
    del items[i]
    return i


class ReaderScreen(Screen[None]):
    """Columns of articles, a status line and the footer."""

    # The status line's state: set here, bound down to the StatusBar (see compose).  ``var``:
    # a change repaints the bar's one row, never the screen.
    position = var("")  # where the cursor is: [article/articles] line l/n p%
    paging = var("")  # which columns are on screen, when not all fit
    sync_scroll = var(False)
    engine_label = var("")  # the engine that made the highlights; "" while extracting
    store_label = var("")  # author · database, "" without one
    save_state = var("")
    search_note = var("")  # the query and where the current match is
    message = var("")  # what happened last

    BINDINGS = [
        Binding("tab", "column_next", "Next column", id="column-next", show=False, priority=True),
        Binding("shift+tab", "column_prev", "Prev column", id="column-prev", show=False, priority=True),
        Binding("g", "goto", "Go to: g then 1-9 an article, g g the top", id="goto", show=False, priority=True),
        *(
            Binding(f"alt+{n},{ALT_DIGITS[n - 1]}", f"focus_column({n})", f"Go to article {n}", id=f"article-{n}",
                    key_display=f"Alt+{n}", show=False, priority=True)
            for n in range(1, 10)
        ),
        # priority: runs as the App reads the key, so the keys typed after it in one burst
        # (over SSH) are forwarded to the search bar, not to the reader (see check_action).
        Binding("slash", "search", "Find", id="search", priority=True),
        Binding("n", "search_next", "Next match", id="search-next", show=False, priority=True),
        Binding("N", "search_prev", "Prev match", id="search-prev", show=False, priority=True),
        Binding("s", "toggle_sync", "Sync scroll", id="toggle-sync", show=False, priority=True),
        Binding("right_square_bracket", "page_columns(1)", "More columns", id="columns-next", show=False, priority=True),
        Binding("left_square_bracket", "page_columns(-1)", "Earlier columns", id="columns-prev", show=False, priority=True),
        Binding("c", "choose_columns", "Columns", id="choose-columns", show=False, priority=True),
        Binding("p", "entity_panel", "Entities", id="entity-panel", show=False, priority=True),
        Binding("equals_sign", "compare", "Compare", id="compare", priority=True),
        Binding("f2", "toggle_layer('entities')", "Entity highlights", id="toggle-entities", show=False, priority=True),
        Binding("f3", "toggle_layer('claims')", "Claim highlights", id="toggle-claims", show=False, priority=True),
        Binding("f4", "toggle_layer('annotations')", "Annotation highlights", id="toggle-annotations", show=False, priority=True),
        Binding("f5", "toggle_legend", "Legend", id="toggle-legend", show=False, priority=True),
        Binding("C", "choose_coders", "Coders: show or hide each coder's annotations", id="choose-coders", show=False, priority=True),
        # Digits always tag (codebook tag N, on what t would tag); articles are g then a digit, or Alt+digit.
        *(
            Binding(str(n), f"number({n})", f"Apply codebook tag {n}", id=f"number-{n}",
                    show=n == 1, key_display="1-9" if n == 1 else None, group=TAG_GROUP, tooltip="codebook tag N on the selection, else on what is under the cursor", priority=True)
            for n in range(1, 10)
        ),
        *Annotator.BINDINGS,
        Binding("enter", "enter", "Confirm (re-place an orphan)", id="confirm", show=False, priority=True),
        Binding("escape", "cancel", "Cancel link / re-place", id="cancel", show=False, priority=True),
    ]

    def __init__(self, documents: Sequence[Document], store=None, author: str = "", codebook=None) -> None:
        super().__init__()
        self.articles = [
            ArticleState(i, doc, ArticleColumn(doc, i + 1, id=f"col-{i}")) for i, doc in enumerate(documents)
        ]
        self.legend_wanted = False
        self.annotator = Annotator(self, store, author, codebook)
        self.save_state = Annotator.initial_save_state(store)
        if store is not None:
            where = store.path.name if store.path is not None else "memory"
            self.store_label = " · ".join(p for p in (author, where) if p)
        self.store_base = self.store_label  # the store label without the layers note
        self.hidden_authors: frozenset[str] = frozenset()  # coders whose annotations are not shown (C)
        self.shown: list[int] = list(range(len(self.articles)))  # indices of articles the user wants
        self.first = 0  # position in `shown` of the leftmost visible column
        self.query_text = ""
        self.current_match: tuple[int, tuple[int, int]] | None = None  # (doc index, span)
        self.shown_layers = {"entities": True, "claims": True, "annotations": True}
        self.styler = None  # tui.styling.Styler, made when the first analysis arrives
        self._goto_at = -1  # the app's key count when g was pressed (see action_goto)
        self.last_active: int | None = None  # the article that last had the focus (kept when a dialog takes it)
        # the status line's message: the key count when it was said, how long it lasts (say), a serial
        self._said_at, self._said_until, self._said = 0, "replaced", 0

    # ---------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        with Horizontal(id="columns"):
            for article in self.articles:
                yield article.column
        yield InspectorBar(id="inspector")
        yield StatusBar(id="status").data_bind(
            ReaderScreen.position,
            ReaderScreen.paging,
            ReaderScreen.sync_scroll,
            ReaderScreen.engine_label,
            ReaderScreen.store_label,
            ReaderScreen.save_state,
            ReaderScreen.search_note,
            ReaderScreen.message,
        )
        yield KeysFooter(compact=True, show_command_palette=False)  # Ctrl+P is named in the help; the width goes to keys

    def on_mount(self) -> None:
        self._layout_columns()
        if self.articles:
            self.views[0].focus()
        if self.client is not None and self.client.read_only:  # why, in the first slot, until another message
            note = getattr(self.app, "read_only_note", lambda: "read-only database")()
            self.say(note, until="replaced")
        self.legend_wanted = self.size.height >= 30  # the legend bar is composed when first shown
        self.call_after_refresh(self._after_first_paint)

    # ---------------------------------------------------------------- state, read-only views of it

    @property
    def documents(self) -> list[Document]:
        return [article.document for article in self.articles]

    @property
    def views(self) -> list[ArticleView]:
        return [article.view for article in self.articles]

    @property
    def columns(self) -> list[ArticleColumn]:
        return [article.column for article in self.articles]

    @property
    def analyses(self) -> list[Analysis] | None:
        """One per article once extraction finished, else None."""
        if not self.articles or any(article.analysis is None for article in self.articles):
            return None
        return [article.analysis for article in self.articles]  # type: ignore[misc]

    @property
    def annotations(self) -> dict[str, list[Annotation]]:
        """Everyone's annotations, by document id."""
        return {article.document.id: article.annotations for article in self.articles}

    @property
    def client(self):
        """The store thread (None without a database)."""
        return self.annotator.client

    async def on_unmount(self) -> None:
        """However the app ends (q, the palette, an error, a test harness): save and release the database.

        If the database file cannot be rewritten (a full disk), the changes are
        in its journal: that is said on standard error once the app has exited
        (``app.store_problems``), not raised into the closing app.
        """
        if self.annotator.client is not None:
            import asyncio

            from annotations.store.store import StoreError

            self.annotator.save_positions()
            try:
                await asyncio.to_thread(self.annotator.client.close)
            except StoreError as exc:
                self.app.store_problems.append(str(exc))

    def _after_first_paint(self) -> None:
        if not gc.isenabled():
            # `presslens open` paused the cyclic collector for start-up (see tui.cli.open_command).
            # What start-up built lives as long as the app: freeze it, so later collections
            # (during typing) skip it.
            gc.freeze()
            gc.enable()
        if self.articles:
            # Background work starts once the text is on screen: it would compete with the first paint.
            self._start_background_work()

    def _start_background_work(self) -> None:
        if self.annotator.client is not None:
            self.annotator.load_annotations()
        self.extract()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if isinstance(self.focused, SearchBar):
            return False  # typing a query: every key is the search bar's (see PromptInput)
        if action == "cancel":
            view = self.active_view
            annotator = self.annotator
            return annotator.link_source is not None or annotator.placing is not None or (view is not None and view.anchor is not None)
        return True

    # ---------------------------------------------------------------- analysis

    @work(thread=True, exclusive=True, group="extract", exit_on_error=False, description="Extraction")
    def extract(self) -> None:
        """Run the engine off the event loop: the text paints first, highlights follow.

        Anything it raises (an engine that is not installed included) is reported by
        :meth:`_report_failure`.
        """
        from annotations.nlp.extract import get_engine
        from annotations.nlp.pipeline import analyse_set

        engine = get_engine(self.app.options.engine)
        client = self.annotator.client
        cache = _StoreCache(client, self) if client is not None else None
        result = analyse_set(self.documents, engine, cache)
        self.post_message(messages.AnalysisReady(list(result.analyses), engine.label, result.pairs))

    @on(messages.AnalysisReady)
    def _analysis_ready(self, message: messages.AnalysisReady) -> None:
        for article, analysis in zip(self.articles, message.analyses):
            article.analysis = analysis
        notes = [f"[{a.index + 1}] {a.analysis.note}" for a in self.articles if a.analysis is not None and a.analysis.note]
        if notes:
            self.notify("\n".join(notes), title="No highlights", severity="warning", timeout=15, markup=False)
        self.engine_label = message.engine
        self.refresh_highlights()
        self.annotator.set_pairs(pairs=message.pairs)
        self._show_legend()
        self.call_after_refresh(self.prepare_dialogs)  # once the highlights are on screen

    def prepare_dialogs(self) -> None:
        """Build the dialogs the reader keeps while it is idle (:meth:`PresslensApp.prepare_dialogs`)."""
        from tui.screens import ColumnChooser

        self.app.prepare_dialogs(
            {
                **self.annotator.dialog_makers(),
                "help": self.app.help_dialog,
                "columns": lambda: ColumnChooser(self.documents, self.shown),
            }
        )

    def refresh_counterparts(self) -> None:
        """Mark the claims no other article has a counterpart of (★ in the gutter), and say what
        the claim under the cursor has."""
        found = self.annotator.counterparts
        for article in self.articles:
            view = article.view
            claims = view.analysis.claims if view.analysis is not None else ()
            view.set_unique_claims([c.start for c in found.unique(article.document.id, claims)])
        self.update_inspector()

    @on(Worker.StateChanged)
    @on(messages.StoreFailed)
    def _report_failure(self, event: Worker.StateChanged | messages.StoreFailed) -> None:
        """The one place a background job's failure reaches the user (as Harlequin does): a toast
        naming the job and the error, and nothing left saying it is still running.

        A job is a named worker (its description names it) or a store-thread call (what it did).
        """
        from annotations.nlp.extract import EngineUnavailable

        if isinstance(event, messages.StoreFailed):
            problem = self.annotator.failed(event)
            self.notify(f"{event.what}: {problem}", title="Not saved", severity="error", timeout=15, markup=False)
            self.say(f"{event.what} failed: {problem}")  # replaces "exporting… 40%", which would stay
            return
        worker = event.worker
        if event.state != WorkerState.ERROR:
            return
        error = worker.error
        if worker.group == "extract":
            self.engine_label = "no highlights"
            if isinstance(error, (EngineUnavailable, ValueError)):  # a choice the user can fix: said plainly
                self.notify(str(error), title="Engine unavailable", severity="error", timeout=15, markup=False)
                return
        what = worker.description or worker.name or "a background job"
        self.notify(f"{type(error).__name__}: {error}", title=f"{what} failed", severity="error", timeout=15)

    # ---------------------------------------------------------------- store results (the Annotator applies them)

    @on(messages.AnnotationsLoaded)
    @on(messages.AnnotationsChanged)
    @on(messages.OrphansListed)
    @on(messages.OrphanCandidate)
    @on(messages.ExportTargets)
    @on(messages.ExportProgress)
    @on(messages.ExportFinished)
    def _store_result(self, message: messages.StoreResult) -> None:
        self.annotator.receive(message)

    # ---------------------------------------------------------------- annotating: the keys, answered by the Annotator

    def _prefix_pending(self) -> bool:
        """``g`` was the key read just before this one (a prefix holds for one key only)."""
        return self._goto_at >= 0 and self._goto_at == getattr(self.app, "keys_read", 0) - 1

    def action_goto(self) -> None:
        """g: the next key says where: a digit is that article, g the top of this one."""
        if self._prefix_pending():
            self._goto_at = -1
            if (view := self.active_view) is not None:
                view.action_top()
            return
        self._goto_at = getattr(self.app, "keys_read", 0)
        self.say("g: 1-9 goes to that article, g again to the top", until="key")

    def action_number(self, number: int) -> None:
        """1-9 tag (codebook tag N); after g, they go to article N."""
        if self._prefix_pending():
            self._goto_at = -1
            self.say("")
            self.action_focus_column(number)
            return
        self.annotator.action_number(number)

    # ---------------------------------------------------------------- highlights

    def _styler(self):
        if self.styler is None:
            from tui.styling import Styler

            self.styler = Styler(self.app.options.style, no_color=self.app.no_color)
        return self.styler

    def refresh_highlights(self, windows: dict[int, list[tuple[int, int]]] | None = None) -> None:
        """Restyle the views from the analyses, the annotations and the layer toggles.

        ``windows``: after a change, only these spans of these articles (by index) are restyled;
        the rest of each view keeps its highlights (with 100,000 annotations a full restyle
        takes a few hundred ms, a window a few).
        """
        annotator = self.annotator
        if self.analyses is None:
            for article in self.articles:
                article.view.set_annotation_marks(annotator.annotation_marks(article.human))
            return
        from tui.styling import CLAIM_MARKS

        styler = self._styler()
        marks = {kind: (mark, styler.claim_mark_style(kind)) for kind, mark in CLAIM_MARKS.items()} if self.shown_layers["claims"] else {}
        layers = dict(
            show_entities=self.shown_layers["entities"],
            show_claims=self.shown_layers["claims"],
            show_annotations=self.shown_layers["annotations"],
        )
        for article in self.articles:
            view, index = article.view, article.index
            if windows is not None and index not in windows:
                continue
            analysis = annotator.visible_analysis(index, article.analysis)
            if windows is None:
                view.set_analysis(analysis, styler.spans(view.text, analysis, article.human, **layers), marks)
                view.set_annotation_marks(annotator.annotation_marks(article.human) if self.shown_layers["annotations"] else [])
                continue
            if analysis is not view.analysis:  # a rejection was made or taken back
                view.set_analysis(analysis, view.highlights, marks)
            for start, end in windows[index]:
                spans = styler.spans(view.text, analysis, article.human_overlapping(start, end), window=(start, end), **layers)
                view.splice_highlights(start, end, spans)
                if self.shown_layers["annotations"]:
                    view.splice_annotation_marks(start, end, annotator.annotation_marks(article.human_starting(start, end)))
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
        annotator = self.annotator
        ann = annotator.annotation_at(self.active_index, view.cursor)
        if ann is not None:
            links = [
                f"{arrow} {relation} [{i + 1}] “{other.quote[:30]}”" for arrow, relation, i, other in annotator.links_of(ann)
            ]
            bar.inspect_annotation(ann, links, annotator.suggestion_note())
        elif view.analysis is None:
            bar.show_nothing("extracting…" if self.analyses is None and not self.engine_label else "")
        elif view.analysis.note:
            bar.show_nothing(view.analysis.note)  # why this article has no highlights
        else:
            bar.inspect(view.entity_at(view.cursor), view.claim_at(view.cursor), annotator.counterpart_note())
        if view.selection is not None:
            start, end = view.selection
            bar.show_selection(end - start, len(view.text[start:end].split()), annotator.link_source is not None)
        annotator.show_partners()

    def action_compare(self) -> None:
        """=: the compare screen (claims and counterparts, sources, figures, entities)."""
        if self.analyses is None:
            self.say("the articles are still being analysed")
            return
        from annotations.core.model import SetAnalysis

        result = SetAnalysis(self.engine_label, "", tuple(self.analyses), self.annotator.pairs)
        self._compare_tables(result)

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False, description="Comparing the articles")
    def _compare_tables(self, result) -> None:
        from annotations.review.compare import compare_tables

        self.post_message(messages.CompareReady(compare_tables(self.documents, result)))

    @on(messages.CompareReady)
    def _show_compare(self, message: messages.CompareReady) -> None:
        from tui.compare import CompareScreen

        def chosen(choice) -> None:
            if choice is not None:
                self.go_to_compare_row(choice)

        self.app.show_once(CompareScreen(message.tables, list(self.documents)), chosen)

    def go_to_compare_row(self, item) -> None:
        """Enter on a compare row: its place in the articles (the active article's first, if it has one)."""
        kind = item[0]
        if kind == "claim":
            _, index, claim, _, _ = item
            self.action_focus_column(index + 1)
            self.articles[index].view.move_to(claim.start, center=True)
            return
        row = item[1]
        if kind == "entity":
            self.show_mentions(row.text, [list(spans) for spans in row.mentions])
            return
        spans = [list(s) for s in row.claims] if kind == "source" else [[(f.start, f.end) for f in per] for per in row.figures]
        order = [self.active_index, *(i for i in range(len(spans)) if i != self.active_index)]
        for index in order:
            if 0 <= index < len(spans) and spans[index]:
                self.action_focus_column(index + 1)
                self.articles[index].view.move_to(spans[index][0][0], center=True)
                return

    def action_entity_panel(self) -> None:
        if self.analyses is None:
            self.say("entities are still being extracted")
            return
        from annotations.review.compare import entity_table
        from tui.screens import EntityPanel

        def chosen(row) -> None:
            if row is not None:
                self.show_mentions(row.text, [list(spans) for spans in row.mentions])

        self.app.show_once(EntityPanel(entity_table(self.analyses), self.documents), chosen)

    def show_mentions(self, name: str, spans_per_doc: list[list[tuple[int, int]]]) -> None:
        """Mark every mention of an entity like search matches, and go to the first after the cursor."""
        origin = self._search_origin()
        self.query_text = name
        self.current_match = None
        for view, spans in zip(self.views, spans_per_doc):
            view.set_matches(spans)
        self._jump_match(1, origin)

    # ---------------------------------------------------------------- coder layers

    def action_choose_coders(self) -> None:
        """C: the coders of the open articles, with counts; Space/Enter shows or hides each."""
        from tui.adjudicate import CoderPicker

        self.app.show_once(CoderPicker(self))

    def set_hidden_authors(self, hidden) -> None:
        """Leave these coders' annotations out of every column (drawn, gutter, cursor, panels)."""
        self.hidden_authors = frozenset(hidden)
        for article in self.articles:
            article.set_layers(self.hidden_authors, article.only_author)
        self.refresh_highlights()
        self.update_inspector()
        n = len(self.hidden_authors)
        note = f"{plural(n, 'coder')} hidden (C)" if n else ""
        self.store_label = " · ".join(p for p in (self.store_base, note) if p)

    def on_resize(self) -> None:
        self._layout_columns()

    @property
    def per_page(self) -> int:
        """How many columns fit the width."""
        return max(1, min(len(self.shown), self.size.width // MIN_COLUMN_WIDTH))

    @property
    def visible(self) -> list[int]:
        """Indices of the articles currently on screen."""
        return self.shown[self.first : self.first + self.per_page]

    def _layout_columns(self) -> None:
        if not self.articles:
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
        if len(self.shown) > self.per_page:
            last = min(len(self.shown), self.first + self.per_page)
            self.paging = f"columns {self.first + 1}-{last} of {len(self.shown)} ([ ])"
        else:
            self.paging = ""
        self._show_position()

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
        article = self.active_article()
        return article.index if article is not None else None

    @property
    def active_view(self) -> ArticleView | None:
        article = self.active_article()
        return article.view if article is not None else None

    def active_article(self) -> ArticleState | None:
        """The article whose view has focus (None while a prompt or nothing has it)."""
        focused = self.focused
        if isinstance(focused, ArticleView):
            for article in self.articles:
                if article.view is focused:
                    return article
        return None

    def focus_article(self, index: int) -> None:
        self._bring_into_view(index)
        self.set_focus(self.views[index])  # at once (Widget.focus() is deferred): keys typed next go there

    # ---------------------------------------------------------------- status

    def _show_position(self) -> None:
        view = self.active_view
        if view is not None and view.lines:
            line = view.cursor_line + 1
            pct = round(100 * view.cursor / max(1, len(view.text)))
            self.position = f"[{self.active_index + 1}/{len(self.articles)}] line {line}/{len(view.lines)} {pct}%"
        else:
            self.position = ""

    def _show_search(self) -> None:
        if not self.query_text:
            self.search_note = ""
            return
        total = sum(len(v.matches) for v in self.views)
        if self.current_match is not None:
            order = self._all_matches()
            position = order.index(self.current_match) + 1 if self.current_match in order else 0
            self.search_note = f"“{self.query_text}” {position}/{total}"
        else:
            self.search_note = f"“{self.query_text}” {plural(total, 'match')}"

    def say(self, message: str, *, until: str = "moment") -> None:
        """Show ``message`` in the status line's first slot, for as long as ``until`` says:

        * ``"moment"``: feedback ("exported to …", "rejected …"): until the next key is read, or
          FEEDBACK_SECONDS without one;
        * ``"key"``: a prefix key's hint ("g: 1-9 …") or what describes the place a key went to:
          until the next key is read;
        * ``"replaced"``: what the user must still act on or know (a link waiting for its
          target, an export running, a read-only database): until another message.
        """
        self.message = message
        self._said += 1
        self._said_at = getattr(self.app, "keys_read", 0)
        self._said_until = until if message else "replaced"
        if message and until == "moment":
            said = self._said
            self.set_timer(FEEDBACK_SECONDS, lambda: self._expire(said))

    def _expire(self, said: int) -> None:
        """The moment of message ``said`` has passed: clear it, unless another one replaced it
        (while a dialog covers the reader it waits: it was not seen yet)."""
        if said != self._said or self._said_until == "replaced":
            return
        if self.app.screen is not self:
            self.set_timer(FEEDBACK_SECONDS, lambda: self._expire(said))
            return
        self.say("")

    def key_read(self, count: int) -> None:
        """The app read key number ``count`` (before acting on it): a message that lasts until
        the next key, said before this one, goes (the key may say something new).  Keys read
        in a dialog do not count: what a dialog's choice said is read once the reader shows."""
        if self._said_until != "replaced" and self.message and self._said_at < count and self.app.screen is self:
            self.say("")

    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        if event.view is self.active_view:
            self._show_position()
            self.update_inspector()

    def on_article_view_selection_changed(self, event: ArticleView.SelectionChanged) -> None:
        if event.view is self.active_view:
            self.update_inspector()

    def action_enter(self) -> None:
        if not self.annotator.place_orphan():
            view = self.active_view
            if self.annotator.placing is not None:
                self.say("select the new span first (v or x), then Enter")
            elif view is not None and view.selection is not None:
                self.say("selection: t tags, 1-9 apply codebook tags, m comments, L links, Esc drops it")

    def action_cancel(self) -> None:
        """Escape: end the selection, and cancel a pending link or re-placing."""
        view = self.active_view
        if view is not None and view.anchor is not None:
            view.action_clear_selection()
        annotator = self.annotator
        if annotator.link_source is not None or annotator.placing is not None:
            annotator.link_source = None
            annotator.placing = None
            self.say("cancelled")

    def on_descendant_focus(self) -> None:
        if (index := self.active_index) is not None:
            self.last_active = index
        self._show_position()
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
        if 1 <= number <= len(self.articles):
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

        documents, shown = self.documents, self.shown
        self.app.push_screen(
            self.app.kept_dialog("columns", lambda: ColumnChooser(documents, shown), lambda d: d.reuse(documents, shown)), chosen
        )

    # ---------------------------------------------------------------- scroll sync

    def action_toggle_sync(self) -> None:
        self.sync_scroll = not self.sync_scroll
        if self.sync_scroll and (view := self.active_view) is not None:
            self._sync_from(view, view.paragraph_fraction)
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
        self._show_search()
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
        self._show_search()
        self.say("search wrapped" if wrapped else "")

    def action_search_next(self) -> None:
        self._jump_match(1)

    def action_search_prev(self) -> None:
        self._jump_match(-1)


def _answered_by_annotator(action: str):
    def run(screen: ReaderScreen) -> None:
        getattr(screen.annotator, f"action_{action}")()

    run.__name__ = run.__qualname__ = f"action_{action}"
    return run


# Every key of Annotator.BINDINGS is answered by the screen's Annotator (Textual looks actions up on the screen).
for _binding in Annotator.BINDINGS:
    setattr(ReaderScreen, f"action_{_binding.action}", _answered_by_annotator(_binding.action))
