"""Annotating in the reader: tags, comments, links, suggestions, undo.

A mixin for :class:`~tui.app.ReaderScreen`.  Every change goes to the store
thread (:class:`~tui.storeclient.StoreClient`) as an operation from
:mod:`annotations.actions`; when it is saved, the store's annotations for the
affected articles come back as a message and the views are restyled.  The
status line says "saving…" until then, and "saved" only once it is durable.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.message import Message

from annotations.core.model import Analysis, Annotation, Document

if TYPE_CHECKING:  # imported when first used: nothing of the store loads before the first paint
    from annotations.core.codebook import Codebook
    from annotations.store.store import AnnotationStore
    from tui.article import ArticleView


class _Lazy:
    """``actions.x`` imports :mod:`annotations.actions` on first use."""

    def __getattr__(self, name: str):
        from annotations import actions as module

        return getattr(module, name)


actions = _Lazy()

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
    parts = [f"{doc.path}: the file changed; {len(report.moved)} annotations found again on the same words"]
    if report.orphaned:
        quotes = ", ".join(f"“{(store.get(a).quote if store.get(a) else '')[:30]}”" for a in report.orphaned[:3])
        more = f" and {len(report.orphaned) - 3} more" if len(report.orphaned) > 3 else ""
        changed = f" ({len(report.changed)} with changed words)" if report.changed else ""
        parts.append(f"{len(report.orphaned)} need review{changed}: {quotes}{more}; Annotations panel (A), orphan")
    return "; ".join(parts)


class AnnotatingMixin:
    """Actions and state for annotating; mixed into ReaderScreen."""

    ANNOTATION_BINDINGS = [
        Binding("t", "tag_picker", "Tag", id="tag", priority=True),
        Binding("m", "comment", "Comment", id="comment", priority=True),
        Binding("L", "link", "Link spans", id="link", show=False, priority=True),
        Binding("f", "follow_link", "Go to linked span", id="follow-link", show=False, priority=True),
        Binding("a", "accept", "Accept suggestion", id="accept", show=False, priority=True),
        Binding("r", "reject", "Reject suggestion", id="reject", show=False, priority=True),
        Binding("u", "undo", "Undo", id="undo", show=False, priority=True),
        Binding("ctrl+r,U", "redo", "Redo", id="redo", show=False, priority=True),
        Binding("A", "annotations_panel", "Annotations", id="annotations-panel", priority=True),
        Binding("D", "delete_annotation", "Delete annotation", id="delete-annotation", show=False, priority=True),
        Binding("X", "export", "Export annotations", id="export", show=False, priority=True),
    ]

    class ExportProgress(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    class StoreDone(Message):
        """A store call finished (on the store thread); ``then`` runs on the event loop."""

        def __init__(self, future: Future, then: Callable[[Any], None] | None, what: str) -> None:
            super().__init__()
            self.future = future
            self.then = then
            self.what = what

    # state set up by ReaderScreen.__init__ through init_annotating()
    def init_annotating(self, store: AnnotationStore | None, author: str, codebook) -> None:
        from tui.storeclient import StoreClient

        self.client = StoreClient(store) if store is not None else None
        self.author = author
        self._codebook = codebook  # None: the built-in one, parsed when first needed (not at start-up)
        self.annotations: dict[str, list[Annotation]] = {}
        self.link_source: Target | None = None
        self.save_state = "no database" if store is None else ("read-only" if store.read_only else "")
        self.placing: Annotation | None = None  # an orphan being re-placed
        self._index_annotations()

    @property
    def codebook(self) -> Codebook:
        if self._codebook is None:
            from annotations.core.codebook import load_codebook

            self._codebook = load_codebook()
        return self._codebook

    # ---------------------------------------------------------------- store plumbing

    def submit(self, what: str, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None] | None = None) -> bool:
        """Queue ``fn(store, *args)``; ``then(result)`` runs here once it is saved."""
        if self.client is None:
            self.say("annotations are off: no database")
            return False
        if self.client.read_only and what != "load" and not what.startswith("export"):
            self.say("read-only database: changes are not saved (why: see the message when it opened)")
            return False
        future = self.client.call(fn, *args)
        if what != "load" and not what.startswith("export"):
            self.save_state = "saving…"
            self.update_status()
        future.add_done_callback(lambda f: self.post_message(self.StoreDone(f, then, what)))
        return True

    def on_annotating_mixin_store_done(self, message: StoreDone) -> None:
        error = message.future.exception()
        if error is not None:
            self.save_state = "NOT SAVED"
            from annotations.store.store import StoreError

            problem = str(error) if isinstance(error, (StoreError, ValueError, KeyError)) else repr(error)
            self.notify(f"{message.what}: {problem}", title="Not saved", severity="error", timeout=15, markup=False)
        else:
            if self.client is not None and self.client.pending == 0 and self.save_state not in ("read-only", ""):
                self.save_state = "saved"
            if message.then is not None:
                message.then(message.future.result())
        self.update_status()

    def load_annotations(self) -> None:
        """Register the open articles in the store (re-anchoring changed files) and load their annotations."""
        documents: list[Document] = list(self.documents)

        def load(store: AnnotationStore) -> tuple[dict[str, list[Annotation]], list[str]]:
            notes = []
            if not store.read_only:
                for doc in documents:
                    store.add_document(doc)
                    if any(store.annotations(d) for d in store.older_versions(doc)):
                        report = store.reanchor(doc)
                        notes.append(reanchor_note(doc, report, store))
            return {doc.id: store.annotations(doc.id) for doc in documents}, notes

        def loaded(result: tuple[dict[str, list[Annotation]], list[str]]) -> None:
            by_doc, notes = result
            self.annotations = by_doc
            self._index_annotations()
            for note in notes:
                self.notify(note, title="Re-anchored", severity="warning", timeout=15, markup=False)
            self.refresh_highlights()

        self.submit("load", load, then=loaded)

    def _refresh_docs(self, doc_ids: list[str] | None = None) -> Callable[[AnnotationStore], dict[str, list[Annotation]]]:
        ids = doc_ids or [doc.id for doc in self.documents]

        def fetch(store: AnnotationStore) -> dict[str, list[Annotation]]:
            return {doc_id: store.annotations(doc_id) for doc_id in ids}

        return fetch

    def _apply_annotations(self, by_doc: dict[str, list[Annotation]]) -> None:
        self.annotations.update(by_doc)
        self._index_annotations()
        self.refresh_highlights()

    def change(self, what: str, op: Callable[[AnnotationStore], Any], doc_ids: list[str] | None, done: str = "") -> None:
        """Run one change, then reload the affected articles' annotations."""
        fetch = self._refresh_docs(doc_ids)

        def run(store: AnnotationStore) -> tuple[Any, dict[str, list[Annotation]]]:
            return op(store), fetch(store)

        def then(result: tuple[Any, dict[str, list[Annotation]]]) -> None:
            value, by_doc = result
            self._apply_annotations(by_doc)
            message = done(value) if callable(done) else done
            if message:
                self.say(message)

        self.submit(what, run, then=then)

    # ---------------------------------------------------------------- what an action applies to

    def _index_annotations(self) -> None:
        """Lookups rebuilt once per change, not per key press: by id, who links to what, per article."""
        self._by_id: dict[str, tuple[int, Annotation]] = {}
        self._backlinks: dict[str, list[tuple[str, str]]] = {}  # target id -> [(source id, relation)]
        self._human: dict[int, list[Annotation]] = {}
        for i, doc in enumerate(self.documents):
            anns = self.annotations.get(doc.id, [])
            self._human[i] = [a for a in anns if a.status == "human" and not a.orphan]
            for ann in anns:
                self._by_id[ann.id] = (i, ann)
                for link in ann.links:
                    self._backlinks.setdefault(link.target, []).append((ann.id, link.relation))

    def human_annotations(self, index: int) -> list[Annotation]:
        return self._human.get(index, [])

    def annotation_at(self, index: int, offset: int) -> Annotation | None:
        """The innermost annotation under ``offset`` (the rule :func:`annotations.actions.covering` keeps)."""
        found = actions.covering(self.human_annotations(index), offset)
        return found[0] if found else None

    def own_annotation_on(self, target: Target) -> Annotation | None:
        """The current author's annotation on exactly the target's span (another author's is read-only)."""
        return actions.own_on_span(self.human_annotations(target.index), target.start, target.end, self.author)

    def target(self, *, suggestions: bool = False) -> Target | None:
        """Selection, else annotation, else entity, else claim, else sentence under the cursor."""
        view: ArticleView | None = self.active_view
        if view is None:
            return None
        index = self.views.index(view)
        if (sel := view.selection) is not None:
            return Target(index, *sel, "selection")
        offset = view.cursor
        if not suggestions and (ann := self.annotation_at(index, offset)) is not None:
            return Target(index, ann.start, ann.end, "annotation", ann.label)
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
        text = " ".join(self.documents[target.index].text[target.start : target.end].split())
        return text if len(text) <= width else text[: width - 1] + "…"

    def _done_with_selection(self) -> None:
        """End the selection and rest the cursor on its start: the next key acts on the new annotation."""
        view = self.active_view
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
        doc = self.documents[target.index]
        author = self.author

        def done(result: tuple[Annotation, bool]) -> str:
            _, on = result
            return f"{'tagged' if on else 'untagged'} “{self._quote(target)}” {tag}"

        self.change(f"tag {tag}", lambda store: actions.toggle_tag(store, doc, target.start, target.end, tag, author), [doc.id], done)
        self._done_with_selection()

    def action_number(self, number: int) -> None:
        """1-9: with a selection, apply codebook tag N; otherwise go to article N."""
        view = self.active_view
        if view is not None and view.selection is not None:
            tags = self.codebook.tags
            tag = tags[number - 1] if number <= len(tags) else None
            if tag is None:
                self.say(f"the codebook has fewer than {number} tags")
                return
            self.tag_target(tag.name)
        else:
            self.action_focus_column(number)

    def action_tag_picker(self) -> None:
        from tui.screens import TagPicker

        target = self.target()
        if target is None:
            self.say("nothing to tag here")
            return
        used = sorted({t for anns in self.annotations.values() for a in anns for t in a.tags})
        own = self.own_annotation_on(target)
        current = set(own.tags) if own is not None else set()

        def chosen(tag: str | None) -> None:
            if tag:
                self.tag_target_fixed(target, tag)

        self.app.push_screen(TagPicker(self.codebook, used, current, self._quote(target, 60)), chosen)

    def tag_target_fixed(self, target: Target, tag: str) -> None:
        doc = self.documents[target.index]
        author = self.author

        def done(result: tuple[Annotation, bool]) -> str:
            return f"{'tagged' if result[1] else 'untagged'} “{self._quote(target)}” {tag}"

        self.change(f"tag {tag}", lambda store: actions.toggle_tag(store, doc, target.start, target.end, tag, author), [doc.id], done)
        self._done_with_selection()

    # ---------------------------------------------------------------- comments

    def action_comment(self) -> None:
        from tui.screens import CommentEditor

        target = self.target()
        if target is None:
            self.say("nothing to comment on here")
            return
        doc = self.documents[target.index]
        existing = self.own_annotation_on(target)
        author = self.author

        def chosen(comment: str | None) -> None:
            if comment is None:
                return
            self.change(
                "comment",
                lambda store: actions.set_comment(store, doc, target.start, target.end, comment, author),
                [doc.id],
                "comment deleted" if not comment.strip() else f"comment saved on “{self._quote(target)}”",
            )
            self._done_with_selection()

        self.app.push_screen(CommentEditor(existing.comment if existing else "", self._quote(target, 60)), chosen)

    def action_delete_annotation(self) -> None:
        view = self.active_view
        if view is None:
            return
        index, author = self.views.index(view), self.author
        own = actions.covering(self.human_annotations(index), view.cursor, author, own=True)
        if not own:
            shown = self.annotation_at(index, view.cursor)
            self.say(actions.read_only_reason(shown, author) if shown is not None else "no annotation under the cursor")
            return
        ann = own[0]
        self.change(
            "delete",
            lambda store: actions.delete_annotation(store, ann.id, author),
            None,
            f"deleted annotation on “{ann.quote[:40]}” (u undoes)",
        )

    # ---------------------------------------------------------------- suggestions

    def _suggestion(self) -> Target | None:
        target = self.target(suggestions=True)
        if target is None or target.label is None or target.what == "selection":
            self.say("no entity or claim suggestion under the cursor")
            return None
        return target

    def action_accept(self) -> None:
        if (target := self._suggestion()) is None:
            return
        doc, author = self.documents[target.index], self.author
        self.change(
            "accept",
            lambda store: actions.accept_suggestion(store, doc, target.start, target.end, target.label, author),
            [doc.id],
            f"accepted {target.label} “{self._quote(target)}”",
        )

    def action_reject(self) -> None:
        if (target := self._suggestion()) is None:
            return
        doc, author, engine = self.documents[target.index], self.author, self.engine_label
        self.change(
            "reject",
            lambda store: actions.reject_suggestion(store, doc, target.start, target.end, target.label, author, engine),
            [doc.id],
            f"rejected {target.label} “{self._quote(target)}” (u undoes)",
        )

    def visible_analysis(self, index: int, analysis: Analysis) -> Analysis:
        """The engine's analysis without the suggestions a person rejected."""
        rejected = actions.rejected_spans(self.annotations.get(self.documents[index].id, []))
        if not rejected:
            return analysis
        return replace(
            analysis,
            entities=tuple(e for e in analysis.entities if (e.start, e.end, e.label) not in rejected),
            claims=tuple(c for c in analysis.claims if (c.start, c.end, c.kind) not in rejected),
        )

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
            self.say(f"linking from [{target.index + 1}] “{self._quote(target)}”: now choose a span (any column) and press L; Esc cancels")
            return
        source, self.link_source = self.link_source, None
        if (source.index, source.start, source.end) == (target.index, target.start, target.end):
            self._done_with_selection()
            self.say("link cancelled: that is the span you started from")
            return
        relations = list(self.codebook.relations)
        src_doc, dst_doc, author = self.documents[source.index], self.documents[target.index], self.author

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
                sorted({src_doc.id, dst_doc.id}),
                f"linked “{self._quote(source, 25)}” {relation} “{self._quote(target, 25)}”",
            )
            self._done_with_selection()

        self.app.push_screen(RelationPicker(relations, self._quote(source, 50), self._quote(target, 50)), chosen)

    def links_of(self, ann: Annotation) -> list[tuple[str, str, int, Annotation]]:
        """(direction, relation, article index, other annotation) for every link of ``ann``."""
        by_id = self._by_id
        out = [("→", link.relation, *by_id[link.target]) for link in ann.links if link.target in by_id]
        out += [("←", relation, *by_id[source]) for source, relation in self._backlinks.get(ann.id, ()) if source in by_id]
        return out

    def action_follow_link(self) -> None:
        view = self.active_view
        if view is None:
            return
        ann = self.annotation_at(self.views.index(view), view.cursor)
        links = self.links_of(ann) if ann else []
        if not links:
            self.say("no link under the cursor")
            return
        _, relation, index, other = links[0]
        self.focus_article(index)
        self.views[index].move_to(other.start, center=True)
        self.say(f"{relation}: [{index + 1}] “{other.quote[:40]}”")

    def show_partners(self) -> None:
        """Highlight, in the other columns, the spans linked to the annotation under the cursor."""
        view = self.active_view
        partners: dict[int, tuple[int, int]] = {}
        if view is not None:
            ann = self.annotation_at(self.views.index(view), view.cursor)
            for _, _, index, other in self.links_of(ann) if ann else []:
                partners.setdefault(index, (other.start, other.end))
        for i, other_view in enumerate(self.views):
            if other_view is not view:
                other_view.set_partner(partners.get(i), reveal=True)

    # ---------------------------------------------------------------- undo

    def action_undo(self) -> None:
        self.change("undo", lambda store: store.undo(), None, lambda d: f"undone: {d}" if d else "nothing to undo")

    def action_redo(self) -> None:
        self.change("redo", lambda store: store.redo(), None, lambda d: f"redone: {d}" if d else "nothing to redo")

    # ---------------------------------------------------------------- panel

    def action_annotations_panel(self) -> None:
        from tui.screens import AnnotationsPanel

        if self.client is None:
            self.say("annotations are off: no database")
            return
        current = self.active_index

        def got(orphans: list[Annotation]) -> None:
            rows = [
                (i, a)
                for i, doc in enumerate(self.documents)
                for a in self.annotations.get(doc.id, [])
                if a.status != "rejected"
            ]
            rows += [(-1, a) for a in orphans]

            def chosen(choice: tuple[int, Annotation] | None) -> None:
                if choice is None:
                    return
                index, ann = choice
                if index < 0:
                    if (reason := actions.read_only_reason(ann, self.author)) is not None:
                        self.say(reason)
                        return
                    self.placing = ann
                    self.submit("load", lambda store: self._orphan_candidate(store, ann), then=self._offer_place)
                    return
                self.focus_article(index)
                self.views[index].move_to(ann.start, center=True)

            self.app.push_screen(AnnotationsPanel(rows, self.documents, current), chosen)

        self.submit("load", lambda store: store.orphans(), then=got)

    def _orphan_candidate(self, store: AnnotationStore, ann: Annotation) -> tuple[int, int, int] | None:
        """(article index, start, end) where the orphan's words seem to be now, in an open article."""
        for i, doc in enumerate(self.documents):
            span = store.candidate_span(ann, doc)
            if span is not None:
                return i, *span
        return None

    def _offer_place(self, candidate: tuple[int, int, int] | None) -> None:
        ann = self.placing
        if ann is None:
            return
        was = f"re-place orphan “{ann.quote[:40]}”"
        if candidate is None:
            self.say(f"{was}: select its new span (v, x) and press Enter; Esc cancels")
            return
        index, start, end = candidate
        self.focus_article(index)
        view = self.views[index]
        view.select(start, end)
        view.move_to(end, center=True)
        now = self.documents[index].text[start:end]
        self.say(f"{was}: “{now[:40]}” is selected; Enter places it there, or select another span; Esc cancels")

    def place_orphan(self) -> bool:
        """Enter in a selection while re-placing an orphan: move it there."""
        view = self.active_view
        if self.placing is None or view is None or view.selection is None:
            return False
        ann, self.placing = self.placing, None
        doc = self.documents[self.views.index(view)]
        start, end = view.selection
        author = self.author

        def place(store: AnnotationStore) -> Annotation:
            return actions.place_orphan(store, ann.id, doc, start, end, author)

        self.change("re-place", place, None, f"re-placed on “{doc.text[start:end][:40]}”")
        self._done_with_selection()
        return True

    # ---------------------------------------------------------------- export

    def action_export(self) -> None:
        import os

        from tui.screens import ExportDialog

        if self.client is None:
            self.say("annotations are off: no database")
            return

        def chosen(choice: tuple[str, str] | None) -> None:
            if choice is None:
                return
            fmt, path = choice
            style = self.app.options.style
            progress = lambda done, total: self.post_message(self.ExportProgress(done, total))  # noqa: E731

            def run(store: AnnotationStore):
                from annotations.exchange.export import export_store

                return export_store(store, fmt, os.path.expanduser(path), style=style, progress=progress)

            def done(result) -> None:
                paths, chosen_ = result
                where = paths[0] if len(paths) == 1 else os.path.dirname(paths[0]) if paths else path
                self.notify(
                    f"{len(chosen_.annotations)} annotations of {len(chosen_.documents)} articles → {where}",
                    title=f"Exported {fmt}",
                    timeout=12,
                    markup=False,
                )
                self.say(f"exported to {where}")

            self.say(f"exporting {fmt}…")
            self.submit(f"export {fmt}", run, then=done)

        protected = self.client.call(lambda store: store.protected_paths())  # ready long before Enter
        self.app.push_screen(ExportDialog(os.getcwd(), protected), chosen)

    def on_annotating_mixin_export_progress(self, message: ExportProgress) -> None:
        if message.total:
            self.say(f"exporting… {100 * message.done // message.total}%")

    def annotation_marks(self, index: int) -> list[tuple[int, int, str]]:
        backlinks = self._backlinks
        return [
            (ann.start, ann.end, MARK_LINK if ann.links or ann.id in backlinks else MARK_NOTE)
            for ann in self.human_annotations(index)
        ]
