"""Annotating in the reader: tags, comments, links, suggestions, undo.

:class:`Annotator` is a component the :class:`~tui.reader.ReaderScreen` owns and
gives what it needs (:class:`AnnotatorHost`: the articles, the active one, where to
say things).  Every change goes to the store thread
(:class:`~tui.storeclient.StoreClient`) as an operation from
:mod:`annotations.actions`, which holds the rules (whose annotation an action may
change, among others); when it is saved, the store's annotations for the affected
articles come back as a typed message (:mod:`tui.messages`) and the views are
restyled.  The status line says "saving…" until then, and "saved" only once it is
durable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from textual.binding import Binding

from annotations.core.model import Analysis, Annotation, Claim, ClaimPair, Document, article_label, label_name
from annotations.review.counterparts import Counterparts, counterparts
from annotations.core.text import plural
from tui import messages

if TYPE_CHECKING:  # imported when first used: nothing of the store loads before the first paint
    from textual.app import App
    from textual.message import Message

    from annotations.core.codebook import Codebook
    from annotations.store.store import AnnotationStore
    from tui.reader import ArticleState
    from tui.storeclient import StoreClient


class _Lazy:
    """``actions.x`` imports :mod:`annotations.actions` on first use."""

    def __getattr__(self, name: str):
        from annotations import actions as module

        return getattr(module, name)


actions = _Lazy()

#: The footer shows the digit keys and t under one label ("1-9 t Tag").
TAG_GROUP = Binding.Group("Tag")

#: Gutter marks for annotations.
MARK_NOTE = "*"
MARK_LINK = "&"


@dataclass
class Target:
    """The span an action applies to, and what it is."""

    index: int  # article index
    start: int
    end: int
    what: str  # "selection", "annotation", "entity", "claim", "sentence"
    label: str | None = None  # entity label or claim kind, for suggestions


def reanchor_note(doc: Document, report: Any, store: AnnotationStore) -> str:
    """What the user is told after a changed file's annotations were re-attached."""
    parts = [f"{doc.path}: the file changed; {plural(len(report.moved), 'annotation')} found again on the same words"]
    if report.orphaned:
        found = (store.get(a) for a in report.orphaned[:3])
        quotes = ", ".join(f"“{(ann.quote if ann is not None else '')[:30]}”" for ann in found)
        more = f" and {len(report.orphaned) - 3} more" if len(report.orphaned) > 3 else ""
        changed = f" ({len(report.changed)} with changed words)" if report.changed else ""
        parts.append(f"{len(report.orphaned)} need review{changed}: {quotes}{more}; Annotations panel (A), orphan")
    return "; ".join(parts)


def _index_and_freeze(store: AnnotationStore) -> None:
    """The store's span index (one entry per annotation), then frozen like the loaded annotations:
    built after the reader's freeze, it made every later full collection walk it (8-12 ms each
    at 100,000 annotations, landing on keys)."""
    import gc

    store.index_spans()
    gc.freeze()


class AnnotatorHost(Protocol):
    """What the Annotator needs from the screen that owns it (ReaderScreen)."""

    app: App
    articles: list[ArticleState]  # one per open article, in order
    engine_label: str  # recorded with a rejected suggestion
    save_state: str  # shown on the status line
    sync_scroll: bool  # other columns follow: counterparts are scrolled to
    last_active: int | None  # the index of the article that last had the focus

    def active_article(self) -> ArticleState | None: ...
    def focus_article(self, index: int) -> None: ...
    def refresh_highlights(self, windows: dict[int, list[tuple[int, int]]] | None = None) -> None: ...
    def refresh_counterparts(self) -> None: ...
    def say(self, message: str, *, until: str = "moment") -> None: ...
    def notify(self, message: str, *, title: str = "", severity: str = "information", timeout: float | None = None, markup: bool = False) -> None: ...
    def post_message(self, message: Message) -> bool: ...


class Annotator:
    """Actions and state for annotating, for one reader screen."""

    BINDINGS = [
        Binding("t", "tag_picker", "Tag", id="tag", priority=True, group=TAG_GROUP),
        Binding("m", "comment", "Comment", id="comment", priority=True),
        Binding("L", "link", "Link spans", id="link", show=False, priority=True),
        Binding("f", "follow_link", "Go to linked span", id="follow-link", show=False, priority=True),
        Binding("a", "accept", "Accept suggestion", id="accept", show=False, priority=True),
        Binding("r", "reject", "Reject suggestion", id="reject", show=False, priority=True),
        Binding("u", "undo", "Undo", id="undo", show=False, priority=True),
        Binding("ctrl+r,U", "redo", "Redo", id="redo", show=False, priority=True),
        Binding("A", "annotations_panel", "Annotations", id="annotations-panel", priority=True),
        Binding("D", "delete_annotation", "Delete annotation", id="delete-annotation", show=False, priority=True),
        Binding("X", "export", "Export", id="export", priority=True),
        Binding("J", "next_counterpart", "Go to counterpart", id="next-counterpart", show=False, priority=True),
        Binding("y", "confirm_counterpart", "Confirm counterpart", id="confirm-counterpart", show=False, priority=True),
        Binding("Y", "reject_counterpart", "Reject counterpart", id="reject-counterpart", show=False, priority=True),
    ]

    def __init__(self, host: AnnotatorHost, store: AnnotationStore | None, author: str, codebook: Codebook | None) -> None:
        from tui.storeclient import StoreClient

        self.host = host
        self.client: StoreClient | None = StoreClient(store) if store is not None else None
        self.author = author
        self._codebook = codebook  # None: the built-in one, parsed when first needed (not at start-up)
        self.link_source: Target | None = None
        self.placing: Annotation | None = None  # an orphan being re-placed
        self._by_id: dict[str, tuple[int, Annotation]] = {}
        #: Spans a change has been sent for whose result has not come back from the store thread yet:
        #: the next key acts on them as on the annotation they become ("1" then "m" typed at once).
        self._landing: list[Target] = []
        self._used_tags: list[str] = []  # every tag in the open articles, sorted (what the tag picker offers)
        self._tag_counts: Counter[str] = Counter()  # how many annotations carry each tag
        self._visible: dict[int, tuple[tuple, Analysis, Analysis]] = {}  # article index -> (key, visible analysis, analysis)
        self.pairs: tuple[ClaimPair, ...] = ()  # the alignment's suggestions (from the set analysis)
        self.rejected_pairs: set = set()  # pairs people rejected (from the store)
        self.counterparts = Counterparts()
        self._backlinks: dict[str, list[tuple[str, str]]] = {}  # target id -> [(source id, relation)]

    @staticmethod
    def initial_save_state(store: AnnotationStore | None) -> str:
        return "no database" if store is None else ("read-only" if store.read_only else "")

    @property
    def articles(self) -> list[ArticleState]:
        return self.host.articles

    def say(self, message: str, *, until: str = "moment") -> None:
        self.host.say(message, until=until)

    @property
    def codebook(self) -> Codebook:
        if self._codebook is None:
            from annotations.core.codebook import load_codebook

            self._codebook = load_codebook()
        return self._codebook

    # ---------------------------------------------------------------- store plumbing

    def submit(self, what: str, job: Callable[[AnnotationStore], Message | None], *, change: bool = True) -> bool:
        """Queue ``job(store)`` on the store thread; the message it returns reaches the screen once saved.

        ``change``: it writes (refused on a read-only database; the status line says saving…).
        """
        if self.client is None:
            self.say("annotations are off: no database")
            return False
        if change and self.client.read_only:
            note = getattr(self.host.app, "read_only_note", lambda: "read-only database")()
            self.say(f"not saved: {note}")
            return False
        if change:
            self.host.save_state = "saving…"
        self.client.post(self.host, what, job)
        return True

    def receive(self, message: messages.StoreResult) -> None:
        """Apply what a store job returned (posted to the screen by the store thread)."""
        handlers: dict[type, Callable[[Any], None]] = {
            messages.AnnotationsLoaded: self.loaded,
            messages.AnnotationsChanged: self.changed,
            messages.OrphansListed: self.show_panel,
            messages.OrphanCandidate: self.offer_place,
            messages.ExportTargets: self.open_export_dialog,
            messages.ExportProgress: self.export_progress,
            messages.ExportFinished: self.exported,
        }
        handlers[type(message)](message)

    def stored(self) -> None:
        """A store job finished: "saved" once nothing is queued."""
        if self.client is not None and self.client.pending == 0 and self.host.save_state not in ("read-only", ""):
            self.host.save_state = "saved"

    def failed(self, message: messages.StoreFailed) -> str:
        """A store job raised: the status says NOT SAVED; returns the problem for the failure report."""
        from annotations.store.store import StoreError

        from annotations.core.errors import one_line

        self.host.save_state = "NOT SAVED"
        error = message.error
        if isinstance(error, (StoreError, ValueError, KeyError, OSError)):
            return one_line(error)  # a file the system refused: "PATH: REASON", as the CLI says it
        return repr(error)

    def load_annotations(self) -> None:
        """Register the open articles in the store (re-anchoring changed files) and load their annotations."""
        documents: list[Document] = [article.document for article in self.articles]

        def load(store: AnnotationStore) -> messages.AnnotationsLoaded:
            notes = []
            if not store.read_only:
                for doc in documents:
                    store.add_document(doc)  # places annotations imported for it without its text
                    placed, not_placed = store.last_attached
                    if placed or not_placed:
                        notes.append(
                            f"{article_label(doc)}: {len(placed)} imported annotation(s) placed"
                            + (f", {len(not_placed)} still pending (their words are not in this text)" if not_placed else "")
                        )
                    if any(store.annotations(d) for d in store.older_versions(doc)):
                        report = store.reanchor(doc)
                        notes.append(reanchor_note(doc, report, store))
            positions = {doc.id: p for doc in documents if (p := store.get_position(doc.id)) is not None}
            return messages.AnnotationsLoaded(
                {doc.id: store.annotations(doc.id) for doc in documents}, notes, positions, store.rejected_pairs(),
                store.active_document(doc.id for doc in documents),
            )

        if self.submit("load", load, change=False):
            self.client.call(_index_and_freeze)  # after the load, before the first change

    def loaded(self, message: messages.AnnotationsLoaded) -> None:
        import gc

        self.stored()
        self._apply_annotations(message.by_doc)
        self.set_pairs(rejected=message.rejected_pairs)
        # The annotations live as long as the reader: later collections (while typing, opening a
        # panel) skip them instead of walking 100,000 of them each time (as start-up's objects are).
        gc.freeze()
        self.restore_positions(message.positions, message.active)
        for note in message.notes:
            self.host.notify(note, title="Re-anchored", severity="warning", timeout=15, markup=False)

    def restore_positions(self, positions: dict[str, tuple[int, int]], active: str | None = None) -> None:
        """Put each article's cursor and scroll where the reader left them, and the focus in the
        column it was in (``active``), unless the reader has moved meanwhile."""
        untouched = self.host.active_article() in (None, *self.articles[:1])
        for article in self.articles:
            view, where = article.view, positions.get(article.document.id)
            if where is None or view.cursor != 0 or view.scroll_offset.y != 0:
                continue
            cursor, top = where
            view.scroll_to(y=top, animate=False, immediate=True)
            view.move_to(min(cursor, len(view.text)))
        if active is not None and untouched:
            for article in self.articles[1:]:
                if article.document.id == active:
                    self.host.focus_article(article.index)

    def save_positions(self) -> None:
        """Remember where the reader is in each article, and which one it is in (queued before the store closes)."""
        if self.client is None or self.client.read_only:
            return
        current = self.host.last_active  # (at exit nothing may have the focus any more)
        for article in self.articles:
            doc_id, cursor, top = article.document.id, article.view.cursor, round(article.view.scroll_offset.y)
            active = article.index == current
            self.client.call(lambda store, d=doc_id, c=cursor, t=top, a=active: store.put_position(d, c, t, active=a))

    def changed(self, message: messages.AnnotationsChanged) -> None:
        self.stored()
        if self.client is None or self.client.pending == 0:
            self._landing.clear()  # every change sent has come back: the annotations are known
        if message.rejected_pairs != self.rejected_pairs:
            self.set_pairs(rejected=message.rejected_pairs)
        windows: dict[int, list[tuple[int, int]]] = {}
        for article in self.articles:
            delta = message.delta.get(article.document.id)
            if delta is None:
                continue
            before, window = article.apply_delta(delta.current, delta.removed)
            for ann in before:
                self._forget(ann)
            for ann in delta.current:
                if ann.doc_id == article.document.id:
                    self._learn(article.index, ann)
            windows[article.index] = window
        self._offer_tags(sorted(tag for tag, count in self._tag_counts.items() if count > 0))
        self.host.refresh_highlights(windows)
        if message.note:
            self.say(message.note)

    def _apply_annotations(self, by_doc: dict[str, list[Annotation]]) -> None:
        for article in self.articles:
            if article.document.id in by_doc:
                article.set_annotations(by_doc[article.document.id])
        self._by_id, self._backlinks, self._tag_counts = {}, {}, Counter()
        for article in self.articles:
            for ann in article.annotations:
                self._learn(article.index, ann)
        self._offer_tags(sorted(self._tag_counts))
        self.host.refresh_highlights()

    def _offer_tags(self, used: list[str]) -> None:
        """The tags in use changed: the tag picker offers them (the kept one, hidden, is refilled
        now rather than on the key that shows it)."""
        if used == self._used_tags:
            return
        self._used_tags = used
        picker = self.host.app.kept("tags")
        if picker is not None:
            picker.offer(self.codebook, used)

    def change(self, what: str, op: Callable[[AnnotationStore], Any], done: str | Callable[[Any], str] = "") -> None:
        """Run one change, then send back what it changed (``done``: what to say then)."""

        open_ids = {article.document.id for article in self.articles}

        def run(store: AnnotationStore) -> messages.AnnotationsChanged:
            with store.recording() as log:
                value = op(store)
            note = done(value) if callable(done) else done
            delta = store.changes(log)
            elsewhere = [store.get_document(d) for d in delta if d not in open_ids]
            if elsewhere and note:  # undo and redo go by the database's history, not the open articles
                names = ", ".join(f"“{article_label(doc)[:30]}”" for doc in elsewhere if doc is not None)
                note += f" (in {names}, not open here)"
            return messages.AnnotationsChanged(what, delta, note, store.rejected_pairs())

        self.submit(what, run)

    # ---------------------------------------------------------------- what an action applies to

    def _learn(self, index: int, ann: Annotation) -> None:
        """Lookups kept current per change, not rebuilt per key press: by id, who links to what, tags in use."""
        self._by_id[ann.id] = (index, ann)
        self._tag_counts.update(ann.tags)
        for link in ann.links:
            self._backlinks.setdefault(link.target, []).append((ann.id, link.relation))

    def _forget(self, ann: Annotation) -> None:
        self._by_id.pop(ann.id, None)
        self._tag_counts.subtract(ann.tags)
        for link in ann.links:
            sources = self._backlinks.get(link.target, [])
            if (ann.id, link.relation) in sources:
                sources.remove((ann.id, link.relation))

    def human_annotations(self, index: int) -> list[Annotation]:
        return self.articles[index].human

    def annotation_at(self, index: int, offset: int) -> Annotation | None:
        """The innermost annotation under ``offset`` (the rule :func:`annotations.actions.covering` keeps)."""
        found = actions.covering(self.articles[index].human_near(offset), offset)
        return found[0] if found else None

    def own_annotation_on(self, target: Target) -> Annotation | None:
        """The current author's annotation on exactly the target's span (another author's is read-only)."""
        return actions.own_on_span(self.human_annotations(target.index), target.start, target.end, self.author)

    def target(self, *, suggestions: bool = False) -> Target | None:
        """Selection, else annotation, else entity, else claim, else sentence under the cursor."""
        article = self.host.active_article()
        if article is None:
            return None
        view, index = article.view, article.index
        if (sel := view.selection) is not None:
            return Target(index, *sel, "selection")
        offset = view.cursor
        if not suggestions and (ann := self.annotation_at(index, offset)) is not None:
            return Target(index, ann.start, ann.end, "annotation", ann.label)
        if not suggestions and (landing := next(
            (t for t in reversed(self._landing) if t.index == index and t.start <= offset < t.end), None
        )) is not None:
            return Target(index, landing.start, landing.end, "annotation")  # tagged a moment ago, not back yet
        if (entity := view.entity_at(offset)) is not None:
            return Target(index, entity.start, entity.end, "entity", entity.label)
        if (claim := view.claim_at(offset)) is not None:
            return Target(index, claim.start, claim.end, "claim", claim.kind)
        if suggestions:
            return None
        units = view.units_at(offset)
        sentence = units[-2] if len(units) >= 2 else units[-1]
        if sentence[1] <= sentence[0]:
            return None
        return Target(index, sentence[0], sentence[1], "sentence")

    def _quote(self, target: Target, width: int = 40) -> str:
        text = " ".join(self.articles[target.index].document.text[target.start : target.end].split())
        return text if len(text) <= width else text[: width - 1] + "…"

    def _done_with_selection(self) -> None:
        """End the selection and rest the cursor on its start: the next key acts on the new annotation."""
        view = self._active_view()
        if view is not None and view.anchor is not None:
            selection = view.selection
            view.action_clear_selection()
            if selection is not None:
                view.move_to(selection[0])

    # ---------------------------------------------------------------- tags

    def tag_target(self, tag: str) -> None:
        target = self.target()
        if target is None:
            self.say("nothing to tag here")
            return
        self.tag_target_fixed(target, tag)

    def action_number(self, number: int) -> None:
        """1-9: apply codebook tag N to what ``t`` would tag (the selection, else what is under the cursor)."""
        tags = self.codebook.tags
        if number > len(tags):
            self.say(f"the codebook has fewer than {number} tags")
            return
        self.tag_target(tags[number - 1].name)

    def action_tag_picker(self) -> None:
        from tui.screens import TagPicker

        target = self.target()
        if target is None:
            self.say("nothing to tag here")
            return
        used = self._used_tags
        own = self.own_annotation_on(target)
        current = set(own.tags) if own is not None else set()

        def chosen(tag: str | None) -> None:
            if tag:
                self.tag_target_fixed(target, tag)

        args = (self.codebook, used, current, self._quote(target, 60))
        self.host.app.push_screen(self._dialog("tags", lambda: TagPicker(*args), lambda d: d.reuse(*args)), chosen)

    def tag_target_fixed(self, target: Target, tag: str) -> None:
        doc = self.articles[target.index].document
        author = self.author

        def done(result: tuple[Annotation, bool]) -> str:
            return f"{'tagged' if result[1] else 'untagged'} “{self._quote(target)}” {tag}"

        self.change(f"tag {tag}", lambda store: actions.toggle_tag(store, doc, target.start, target.end, tag, author), done)
        if target.what == "selection" and self.client is not None:
            self._landing.append(target)
        self._done_with_selection()

    def dialog_makers(self) -> dict[str, Callable[[], Any]]:
        """The dialogs annotating keeps (:meth:`PresslensApp.kept_dialog`), each as made before its
        first use: the tag picker, the comment editor and (with a database) the export dialog."""
        import os

        from tui.screens import CommentEditor, ExportDialog, TagPicker

        makers: dict[str, Callable[[], Any]] = {
            "tags": lambda: TagPicker(self.codebook, self._used_tags, set(), ""),
            "comment": lambda: CommentEditor("", ""),
        }
        if self.client is not None:
            makers["export"] = lambda: ExportDialog(os.getcwd())
        return makers

    def _dialog(self, key: str, make: Callable[[], Any], reuse: Callable[[Any], None]) -> str:
        """The name of the app's one dialog of this kind, made on first use and reused after
        (:meth:`PresslensApp.kept_dialog`)."""
        return self.host.app.kept_dialog(key, make, reuse)

    # ---------------------------------------------------------------- comments

    def action_comment(self) -> None:
        from tui.screens import CommentEditor

        target = self.target()
        if target is None:
            self.say("nothing to comment on here")
            return
        doc = self.articles[target.index].document
        existing = self.own_annotation_on(target)
        author = self.author

        def chosen(comment: str | None) -> None:
            if comment is None:
                return
            self.change(
                "comment",
                lambda store: actions.set_comment(store, doc, target.start, target.end, comment, author),
                "comment deleted" if not comment.strip() else f"comment saved on “{self._quote(target)}”",
            )
            self._done_with_selection()

        args = (existing.comment if existing else "", self._quote(target, 60))
        self.host.app.push_screen(self._dialog("comment", lambda: CommentEditor(*args), lambda d: d.reuse(*args)), chosen)

    def action_delete_annotation(self) -> None:
        article = self.host.active_article()
        if article is None:
            return
        view, index, author = article.view, article.index, self.author
        own = actions.covering(self.human_annotations(index), view.cursor, author, own=True)
        if not own:
            shown = self.annotation_at(index, view.cursor)
            self.say(actions.read_only_reason(shown, author) if shown is not None else "no annotation under the cursor")
            return
        ann = own[0]
        self.change(
            "delete",
            lambda store: actions.delete_annotation(store, ann.id, author),
            f"deleted annotation on “{ann.quote[:40]}” (u undoes)",
        )

    # ---------------------------------------------------------------- suggestions

    def suggestion_at_cursor(self) -> Target | None:
        """The engine's entity (else claim) under the cursor: what a and r act on."""
        target = self.target(suggestions=True)
        if target is None or target.label is None or target.what == "selection":
            return None
        return target

    def suggestion_note(self) -> str:
        """What a/r would act on, named for the inspector (``Organisation “Meta”``); "" without one."""
        target = self.suggestion_at_cursor()
        return f"{label_name(target.label or '')} “{self._quote(target, 30)}”" if target is not None else ""

    def _suggestion(self) -> Target | None:
        target = self.suggestion_at_cursor()
        if target is None:
            self.say("no entity or claim suggestion under the cursor")
        return target

    def action_accept(self) -> None:
        if (target := self._suggestion()) is None:
            return
        doc, author = self.articles[target.index].document, self.author
        self.change(
            "accept",
            lambda store: actions.accept_suggestion(store, doc, target.start, target.end, target.label, author),
            f"accepted {label_name(target.label or '')} “{self._quote(target)}”",
        )

    def action_reject(self) -> None:
        if (target := self._suggestion()) is None:
            return
        doc, author, engine = self.articles[target.index].document, self.author, self.host.engine_label
        self.change(
            "reject",
            lambda store: actions.reject_suggestion(store, doc, target.start, target.end, target.label, author, engine),
            f"rejected {label_name(target.label or '')} “{self._quote(target)}” (u undoes)",
        )

    def visible_analysis(self, index: int, analysis: Analysis) -> Analysis:
        """The engine's analysis without the suggestions a person rejected (the same object while they stay the same)."""
        article = self.articles[index]
        key = (id(analysis), tuple(a.id for a in article.rejected))
        cached = self._visible.get(index)
        if cached is not None and cached[0] == key:
            return cached[1]
        rejected = actions.rejected_spans(article.rejected)
        visible = analysis if not rejected else replace(
            analysis,
            entities=tuple(e for e in analysis.entities if (e.start, e.end, e.label) not in rejected),
            claims=tuple(c for c in analysis.claims if (c.start, c.end, c.kind) not in rejected),
        )
        self._visible[index] = (key, visible, analysis)  # the analysis is kept so its id stays its own
        return visible

    # ---------------------------------------------------------------- links

    def action_link(self) -> None:
        from tui.screens import RelationPicker

        target = self.target()
        if target is None:
            self.say("nothing to link here")
            return
        if self.link_source is None:
            self.link_source = target
            self._done_with_selection()
            self.say(f"choose a span (any column) and press L; Esc cancels · linking from [{target.index + 1}] “{self._quote(target)}”", until="replaced")
            return
        source, self.link_source = self.link_source, None
        if (source.index, source.start, source.end) == (target.index, target.start, target.end):
            self._done_with_selection()
            self.say("link cancelled: that is the span you started from")
            return
        relations = list(self.codebook.relations)
        src_doc, dst_doc, author = self.articles[source.index].document, self.articles[target.index].document, self.author

        def chosen(relation: str | None) -> None:
            if not relation:
                self._done_with_selection()
                self.say("link cancelled")
                return
            self.change(
                f"link {relation}",
                lambda store: actions.link_spans(
                    store, (src_doc, source.start, source.end), (dst_doc, target.start, target.end), relation, author
                ),
                f"linked “{self._quote(source, 25)}” {relation} “{self._quote(target, 25)}”",
            )
            self._done_with_selection()

        self.host.app.show_once(RelationPicker(relations, self._quote(source, 50), self._quote(target, 50)), chosen)

    def links_of(self, ann: Annotation) -> list[tuple[str, str, int, Annotation]]:
        """(direction, relation, article index, other annotation) for every link of ``ann``."""
        by_id = self._by_id
        out = [("→", link.relation, *by_id[link.target]) for link in ann.links if link.target in by_id]
        out += [("←", relation, *by_id[source]) for source, relation in self._backlinks.get(ann.id, ()) if source in by_id]
        return [link for link in out if self.articles[link[2]].shows(link[3])]  # not to a hidden coder's

    def action_follow_link(self) -> None:
        article = self.host.active_article()
        if article is None:
            return
        ann = self.annotation_at(article.index, article.view.cursor)
        links = self.links_of(ann) if ann else []
        if not links:
            self.say("no link under the cursor")
            return
        _, relation, index, other = links[0]
        self.host.focus_article(index)
        self.articles[index].view.move_to(other.start, center=True)
        self.say(f"{relation}: [{index + 1}] “{other.quote[:40]}”")

    def show_partners(self) -> None:
        """Highlight, in the other columns, the spans linked to the annotation under the cursor,
        else the counterparts of the claim under it (scrolled to when scroll sync is on)."""
        active = self.host.active_article()
        partners: dict[int, tuple[int, int]] = {}
        reveal, row = True, None
        if active is not None:
            ann = self.annotation_at(active.index, active.view.cursor)
            for _, _, index, other in self.links_of(ann) if ann else []:
                partners.setdefault(index, (other.start, other.end))
            if not partners and (here := self.counterparts_here()) is not None:
                reveal = False
                if self.host.sync_scroll:  # sync by aligned claims: each counterpart beside the claim
                    view = active.view
                    row = view.line_of(here[1].start) - round(view.scroll_offset.y)
                for pair in here[2]:
                    if (other := self._article_of(pair.b.doc_id)) is not None:
                        partners.setdefault(other.index, (pair.b.start, pair.b.end))
        for article in self.articles:
            if article is not active:
                span = partners.get(article.index)
                article.view.set_partner(span, reveal=reveal, row=row if span is not None else None)

    # ---------------------------------------------------------------- counterparts (claim alignment)

    def set_pairs(self, pairs: tuple[ClaimPair, ...] | None = None, rejected: set | None = None) -> None:
        """New suggestions (an analysis arrived) or new decisions (loaded, or a change saved)."""
        if pairs is not None:
            self.pairs = pairs
        if rejected is not None:
            self.rejected_pairs = set(rejected)
        # no pairs: no alignment was made (yet), so nothing is known to be unique
        self.counterparts = counterparts(self.pairs, self.rejected_pairs, len(self.articles) if self.pairs else 0)
        self.host.refresh_counterparts()

    def counterparts_here(self) -> tuple[ArticleState, Claim, list[ClaimPair]] | None:
        """The claim under the cursor and its counterparts in the other articles (best first)."""
        article = self.host.active_article()
        if article is None:
            return None
        claim = article.view.claim_at(article.view.cursor)
        if claim is None:
            return None
        return article, claim, self.counterparts.of(article.document.id, claim.start, claim.end)

    def _article_of(self, doc_id: str) -> ArticleState | None:
        return next((a for a in self.articles if a.document.id == doc_id), None)

    def counterpart_note(self) -> str:
        """What the inspector says of the claim under the cursor's counterparts."""
        here = self.counterparts_here()
        if here is None or self.counterparts.documents < 2:
            return ""
        _, _, found = here
        if not found:
            return "★ only this outlet"
        parts = []
        for pair in found:
            other = self._article_of(pair.b.doc_id)
            if other is not None:
                parts.append(f"[{other.index + 1}] {pair.relation} {pair.score:.2f}")
        return "≡ " + ", ".join(parts) + " · J go · y confirm · Y reject"

    def action_next_counterpart(self) -> None:
        """J: to the counterpart in the next column that has one (again: the next)."""
        here = self.counterparts_here()
        if here is None:
            self.say("no claim under the cursor")
            return
        article, _, found = here
        if not found:
            self.say("no counterpart in the other articles: this claim is only in this outlet")
            return
        n = len(self.articles)
        by_index = {a.index: pair for pair in found if (a := self._article_of(pair.b.doc_id)) is not None}
        for step in range(1, n):
            index = (article.index + step) % n
            if index in by_index:
                pair = by_index[index]
                self.host.focus_article(index)
                self.articles[index].view.move_to(pair.b.start, center=True)
                return

    def action_confirm_counterpart(self) -> None:
        """y: the best counterpart is right: it becomes a link (same-claim or conflicts-with)."""
        here = self._first_counterpart("confirm")
        if here is None:
            return
        article, claim, pair, other = here
        source = (article.document, claim.start, claim.end)
        target = (other.document, pair.b.start, pair.b.end)
        author = self.author
        relation = actions.PAIR_LINKS.get(pair.relation, "same-claim")
        self.change(
            f"link {relation}",
            lambda store: actions.link_spans(store, source, target, relation, author),
            f"confirmed: [{article.index + 1}] and [{other.index + 1}] {relation} (u undoes)",
        )

    def action_reject_counterpart(self) -> None:
        """Y: the best counterpart is wrong: it is not suggested again (kept after a restart)."""
        here = self._first_counterpart("reject")
        if here is None:
            return
        article, _, pair, other = here
        author = self.author
        self.change(
            "reject a counterpart",
            lambda store: store.reject_pair(pair.a, pair.b, author),
            f"not a counterpart: [{article.index + 1}] and [{other.index + 1}] (u undoes)",
        )

    def _first_counterpart(self, what: str):
        here = self.counterparts_here()
        if here is None:
            self.say(f"nothing to {what}: no claim under the cursor")
            return None
        article, claim, found = here
        for pair in found:
            other = self._article_of(pair.b.doc_id)
            if other is not None:
                return article, claim, pair, other
        self.say(f"nothing to {what}: this claim has no suggested counterpart")
        return None

    # ---------------------------------------------------------------- undo

    def action_undo(self) -> None:
        self.change("undo", lambda store: store.undo(), lambda d: f"undone: {d}" if d else "nothing to undo")

    def action_redo(self) -> None:
        self.change("redo", lambda store: store.redo(), lambda d: f"redone: {d}" if d else "nothing to redo")

    # ---------------------------------------------------------------- panel

    def action_annotations_panel(self) -> None:
        if self.client is None:
            self.say("annotations are off: no database")
            return
        self.submit("load", lambda store: messages.OrphansListed(store.orphans()), change=False)

    def show_panel(self, message: messages.OrphansListed) -> None:
        """The orphans are known: open the panel (every annotation, orphans last)."""
        from annotations.exchange.suggestions import suggestions
        from tui.screens import AnnotationsPanel, Rows

        self.stored()
        active = self.host.active_article()
        # What each column shows (C hides coders; an adjudication column shows one), by kind, as
        # the lists the reader keeps: nothing is copied, so 100,000 annotations open at once.
        parts: list[tuple[int, list[Annotation]]] = []
        # per article (-1: orphans), counted per list: human and rejected lists hold one status each
        statuses: dict[int, Counter[str]] = {}
        for article in self.articles:
            human, rejected, others = article.panel_parts()
            parts += [(article.index, human), (article.index, rejected), (article.index, others)]
            counts = statuses[article.index] = Counter({"human": len(human), "rejected": len(rejected)})
            counts.update(a.status for a in others)
        orphans = [a for a in message.orphans if any(article.shows(a) for article in self.articles)]
        parts.append((-1, orphans))
        statuses[-1] = Counter(a.status for a in orphans)
        for article in self.articles:
            if article.analysis is not None:
                analysis = article.analysis
                spans = [(e.start, e.end) for e in analysis.entities] + [(c.start, c.end) for c in analysis.claims]
                found = suggestions(article.document, analysis, "", article.decided(spans))
                parts.append((article.index, found))
                statuses[article.index]["suggested"] += len(found)
        rows = Rows(parts)
        articles = self.articles

        def chosen(choice: tuple[int, Annotation, str] | None) -> None:
            if choice is None:
                return
            index, ann, what = choice
            if what == "unreject":
                self.unreject(ann)
                return
            if index < 0:
                if (reason := actions.read_only_reason(ann, self.author)) is not None:
                    self.say(reason)
                    return
                self.placing = ann
                self.submit("load", lambda store: messages.OrphanCandidate(ann, _orphan_candidate(store, ann, documents)), change=False)
                return
            self.host.focus_article(index)
            articles[index].view.move_to(ann.start, center=True)

        documents = [article.document for article in articles]
        self.host.app.show_once(AnnotationsPanel(rows, documents, active.index if active else None, statuses), chosen)

    def unreject(self, ann: Annotation) -> None:
        """Take back a rejection chosen in the panel: the engine's suggestion is shown again."""
        if (reason := actions.read_only_reason(ann, self.author)) is not None:
            self.say(reason)
            return
        author = self.author
        self.change(
            "unreject",
            lambda store: actions.unreject_suggestion(store, ann.id, author),
            f"{label_name(ann.label or '')} “{ann.quote[:40]}” is suggested again (u undoes)",
        )

    def offer_place(self, message: messages.OrphanCandidate) -> None:
        self.stored()
        ann = self.placing
        if ann is None:
            return
        was = f"re-place orphan “{ann.quote[:40]}”"
        if message.candidate is None:
            self.say(f"{was}: select its new span (v, x) and press Enter; Esc cancels", until="replaced")
            return
        index, start, end = message.candidate
        self.host.focus_article(index)
        view = self.articles[index].view
        view.select(start, end)
        view.move_to(end, center=True)
        now = self.articles[index].document.text[start:end]
        self.say(f"{was}: “{now[:40]}” is selected; Enter places it there, or select another span; Esc cancels", until="replaced")

    def place_orphan(self) -> bool:
        """Enter in a selection while re-placing an orphan: move it there."""
        article = self.host.active_article()
        if self.placing is None or article is None or article.view.selection is None:
            return False
        ann, self.placing = self.placing, None
        view, doc = article.view, article.document
        start, end = view.selection
        author = self.author

        def place(store: AnnotationStore) -> Annotation:
            return actions.place_orphan(store, ann.id, doc, start, end, author)

        self.change("re-place", place, f"re-placed on “{doc.text[start:end][:40]}”")
        self._done_with_selection()
        return True

    # ---------------------------------------------------------------- export

    def action_export(self) -> None:
        """Ask the store thread for the files never to write over; the dialog opens with the answer
        (:meth:`open_export_dialog`), so nothing waits on the store on the event loop."""
        if self.client is None:
            self.say("annotations are off: no database")
            return
        self.client.post(self.host, "open the export dialog", lambda store: messages.ExportTargets(store.protected_paths()))

    def open_export_dialog(self, message: messages.ExportTargets) -> None:
        import os

        from tui.screens import ExportDialog

        host = self.host

        def chosen(choice: tuple[str, str, bool] | None) -> None:
            if choice is None:
                return
            fmt, path, human_only = choice
            style = host.app.options.style
            progress = lambda done, total: host.post_message(messages.ExportProgress(done, total))  # noqa: E731

            def run(store: AnnotationStore) -> messages.ExportFinished:
                from annotations.exchange.export import export_store

                paths, exported = export_store(
                    store, fmt, os.path.expanduser(path), human_only=human_only, style=style, progress=progress
                )
                where = paths[0] if len(paths) == 1 else os.path.dirname(paths[0]) if paths else path
                return messages.ExportFinished(fmt, where, len(exported.annotations), len(exported.documents))

            self.say(f"exporting {fmt}…", until="replaced")
            self.submit(f"export {fmt}", run, change=False)

        folder, protected = os.getcwd(), message.protected
        host.app.push_screen(
            self._dialog("export", lambda: ExportDialog(folder, protected), lambda d: d.reuse(folder, protected)), chosen
        )

    def export_progress(self, message: messages.ExportProgress) -> None:
        if message.total:
            self.say(f"exporting… {100 * message.done // message.total}%", until="replaced")

    def exported(self, message: messages.ExportFinished) -> None:
        self.stored()
        self.host.notify(
            f"{plural(message.annotations, 'annotation')} of {plural(message.documents, 'article')} → {message.where}",
            title=f"Exported {message.fmt}",
            timeout=12,
            markup=False,
        )
        self.say(f"exported to {message.where}")

    def annotation_marks(self, annotations: list[Annotation]) -> list[tuple[int, int, str]]:
        """Gutter marks of these (human) annotations: linked ones differ from the rest."""
        backlinks = self._backlinks
        return [(ann.start, ann.end, MARK_LINK if ann.links or backlinks.get(ann.id) else MARK_NOTE) for ann in annotations]

    def _active_view(self):
        article = self.host.active_article()
        return article.view if article is not None else None


def _orphan_candidate(store: AnnotationStore, ann: Annotation, documents: list[Document]) -> tuple[int, int, int] | None:
    """(article index, start, end) where the orphan's words seem to be now, in an open article."""
    for i, doc in enumerate(documents):
        span = store.candidate_span(ann, doc)
        if span is not None:
            return i, *span
    return None
