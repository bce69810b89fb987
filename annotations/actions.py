"""What a researcher does to a span, as operations on an :class:`AnnotationStore`.

The TUI and the CLI call these; each is one store change (one undo step).
A span is ``(doc, start, end)``; an annotation on exactly that span (made by a
person) is reused rather than duplicated, so tagging a span twice with two
tags gives one annotation with two tags.

Every action is author-aware: it changes only the acting author's annotations.
After two coders' databases are merged, another coder's annotation is shown but
is theirs: tagging or commenting its span gives the acting author their own
annotation on the same span, and deleting it is refused (:func:`read_only_reason`).
"""

from __future__ import annotations

from annotations.core.model import Annotation, Document, claim_roles
from annotations.store.store import AnnotationStore


def decision(verb: str, label: str, text: str) -> str:
    """A decision on an engine suggestion in the reader's words, as undo and redo name it:
    ``reject Place “Russia”`` (the legend's name of the label, the quote on one line, cut at 40)."""
    from annotations.render.highlight import label_name  # (Pygments: loaded on first use)

    flat = " ".join(text.split())
    quote = flat if len(flat) <= 40 else flat[:39] + "\u2026"
    return f"{verb} {label_name(label)} \u201c{quote}\u201d"


def engine_generator(engine_label: str) -> dict[str, str]:
    """``"builtin 0.1.0"`` -> ``{"name": "presslens-builtin", "version": "0.1.0"}``."""
    name, _, version = engine_label.partition(" ")
    return {"name": f"presslens-{name}" if name else "presslens", "version": version or "unknown"}


def is_own(ann: Annotation, author: str | None) -> bool:
    """Whether ``author`` made ``ann`` (no author and an empty one are the same: nobody named)."""
    return (ann.author or "") == (author or "")


def read_only_reason(ann: Annotation, author: str | None) -> str | None:
    """Why ``author`` may not change or delete ``ann``; ``None`` when it is theirs."""
    if is_own(ann, author):
        return None
    return f"{ann.author or 'another author'}'s annotation: read-only"


def own_on_span(annotations: list[Annotation], start: int, end: int, author: str | None) -> Annotation | None:
    """``author``'s human, placed annotation on exactly this span, if there is one (never another author's)."""
    for ann in annotations:
        if ann.start == start and ann.end == end and ann.status == "human" and not ann.orphan and is_own(ann, author):
            return ann
    return None


def annotation_on(store: AnnotationStore, doc_id: str, start: int, end: int, author: str | None) -> Annotation | None:
    """``author``'s human annotation on exactly this span, if there is one."""
    return own_on_span(store.annotations_on(doc_id, start, end), start, end, author)


def covering(annotations: list[Annotation], offset: int, author: str | None = None, *, own: bool = False) -> list[Annotation]:
    """Human, placed annotations covering ``offset``, innermost (shortest) first.

    Anyone's, to show them; with ``own=True`` only ``author``'s, the ones an action may change.
    """
    found = [
        a
        for a in annotations
        if a.status == "human"
        and not a.orphan
        and a.start <= offset < max(a.end, a.start + 1)
        and (not own or is_own(a, author))
    ]
    return sorted(found, key=lambda a: (a.end - a.start, a.start))


def annotations_at(store: AnnotationStore, doc_id: str, offset: int) -> list[Annotation]:
    """Human annotations covering ``offset``, innermost (shortest) first."""
    return covering(store.annotations(doc_id), offset)


def shown_claim(store: AnnotationStore, doc_id: str, start: int, end: int, kind: str | None = None) -> dict:
    """``{"label", "speaker", "cue"}`` of the engine's claim shown on exactly this span, else ``{}``.

    A person who tags, comments, links or accepts a claim's span keeps what the
    reader showed them: the claim's kind and who said it (the engine's record
    of it stops being exported separately: the person's stands for it).
    ``kind``: only a claim of that kind (accepting one suggestion).
    """
    shown = getattr(store, "shown_analyses", None)
    if shown is None:
        return {}
    for analysis, _at in shown(doc_id):
        for c in analysis.claims:
            if (c.start, c.end) == (start, end) and (kind is None or c.kind == kind):
                speaker, cue = claim_roles(c)
                return {"label": c.kind, "speaker": speaker, "cue": cue}
    return {}


def _new(store: AnnotationStore, doc: Document, start: int, end: int, **fields) -> Annotation:
    """A new human annotation; on a shown claim's span it carries the claim's kind, speaker and cue."""
    claim = shown_claim(store, doc.id, start, end, fields.get("label"))
    for key, value in claim.items():
        if fields.get(key) is None:
            fields[key] = value
    return store.new_annotation(doc, start, end, **fields)


def ensure_annotation(store: AnnotationStore, doc: Document, start: int, end: int, author: str) -> Annotation:
    existing = annotation_on(store, doc.id, start, end, author)
    return existing if existing is not None else _new(store, doc, start, end, author=author)


def toggle_tag(store: AnnotationStore, doc: Document, start: int, end: int, tag: str, author: str) -> tuple[Annotation, bool]:
    """Add ``tag`` to the span's annotation (creating it), or remove it if present.

    Returns the annotation and whether the tag is now on it.
    """
    tag = " ".join(tag.split())
    if not tag:
        raise ValueError("a tag needs a name")
    existing = annotation_on(store, doc.id, start, end, author)
    if existing is None:
        return _new(store, doc, start, end, tags=[tag], author=author), True
    if tag in existing.tags:
        existing.tags = [t for t in existing.tags if t != tag]
        return store.update(existing), False
    existing.tags = [*existing.tags, tag]
    return store.update(existing), True


def set_comment(store: AnnotationStore, doc: Document, start: int, end: int, comment: str, author: str) -> Annotation | None:
    """Set (or, with an empty comment, clear) the comment on the span's annotation.

    Clearing the comment of an annotation that has nothing else (no tags, label
    or links) deletes it; returns ``None`` then.
    """
    existing = annotation_on(store, doc.id, start, end, author)
    comment = comment.rstrip()
    if existing is None:
        if not comment:
            return None
        return _new(store, doc, start, end, comment=comment, author=author)
    existing.comment = comment
    if not comment and not existing.tags and not existing.label and not existing.links and not _is_link_target(store, existing):
        store.delete(existing.id)
        return None
    return store.update(existing)


def delete_annotation(store: AnnotationStore, ann_id: str, author: str | None) -> Annotation:
    """Delete ``author``'s annotation ``ann_id``; another author's is refused (ValueError: read-only)."""
    ann = _own(store, ann_id, author)
    store.delete(ann_id)
    return ann


def place_orphan(store: AnnotationStore, ann_id: str, doc: Document, start: int, end: int, author: str | None) -> Annotation:
    """Re-place ``author``'s orphaned annotation on a span the person chose (the words there become its quote)."""
    from dataclasses import replace

    from annotations.core.model import quote_context

    current = _own(store, ann_id, author)
    prefix, quote, suffix = quote_context(doc.text, start, end)
    store.add_document(doc)
    return store.update(
        replace(current, doc_id=doc.id, start=start, end=end, quote=quote, prefix=prefix, suffix=suffix, orphan=False)
    )


def _own(store: AnnotationStore, ann_id: str, author: str | None) -> Annotation:
    ann = store.get(ann_id)
    if ann is None:
        raise KeyError(f"annotation {ann_id} no longer exists")
    reason = read_only_reason(ann, author)
    if reason is not None:
        raise ValueError(reason)
    return ann


def _is_link_target(store: AnnotationStore, ann: Annotation) -> bool:
    return bool(store.links_to(ann.id))


def accept_suggestion(
    store: AnnotationStore, doc: Document, start: int, end: int, label: str, author: str
) -> Annotation:
    """An engine's entity or claim becomes a human annotation carrying its label."""
    with store.transaction(decision("accept", label, doc.text[start:end])):
        existing = annotation_on(store, doc.id, start, end, author)
        if existing is not None:
            existing.label = label
            claim = shown_claim(store, doc.id, start, end, label)
            if claim and existing.speaker is None and existing.cue is None:
                existing.speaker, existing.cue = claim["speaker"], claim["cue"]
            return store.update(existing)
        _drop_rejection(store, doc.id, start, end, label)
        return _new(store, doc, start, end, label=label, author=author)


def reject_suggestion(
    store: AnnotationStore, doc: Document, start: int, end: int, label: str, author: str, engine_label: str
) -> Annotation:
    """Record that a person rejected an engine suggestion (it stops being shown)."""
    for ann in store.annotations_on(doc.id, start, end):
        if ann.status == "rejected" and ann.label == label:
            return ann
    with store.transaction(decision("reject", label, doc.text[start:end])):
        return store.new_annotation(
            doc, start, end, label=label, author=author, generator=engine_generator(engine_label), status="rejected"
        )


def _drop_rejection(store: AnnotationStore, doc_id: str, start: int, end: int, label: str) -> None:
    for ann in store.annotations_on(doc_id, start, end):
        if ann.status == "rejected" and ann.label == label:
            store.delete(ann.id)


def unreject_suggestion(store: AnnotationStore, ann_id: str, author: str | None) -> Annotation:
    """Take back ``author``'s rejection of an engine suggestion: the suggestion is shown again.

    Another coder's rejection is theirs (ValueError: read-only); an annotation that is not a
    rejection is refused (ValueError), so this never deletes a person's work.
    """
    ann = _own(store, ann_id, author)
    if ann.status != "rejected":
        raise ValueError(f"“{ann.quote[:40]}” is not a rejected suggestion")
    with store.transaction(decision("take back the rejection of", ann.label or "", ann.quote)):
        store.delete(ann_id)
    return ann


def rejected_spans(annotations: list[Annotation]) -> set[tuple[int, int, str | None]]:
    return {(a.start, a.end, a.label) for a in annotations if a.status == "rejected"}


def link_annotations(store: AnnotationStore, src_id: str, dst_id: str, relation: str, author: str | None) -> Annotation:
    """Link annotation ``src_id`` to ``dst_id`` (the link is stored on ``src_id``, which must be ``author``'s).

    The command line's way to do what the reader does with two spans
    (:func:`link_spans`): unknown ids (KeyError), a self link, an empty relation
    or one with a control character, another author's source (ValueError) are refused,
    and nothing is written.  Linking twice with the same relation changes nothing.
    """
    from annotations.core.text import check_field

    check_field("the relation", relation)
    relation = " ".join(relation.split())
    if not relation:
        raise ValueError("a link needs a relation, e.g. 'same-claim'")
    if src_id == dst_id:
        raise ValueError("an annotation cannot be linked to itself")
    for ann_id in (src_id, dst_id):
        if store.get(ann_id) is None:
            raise KeyError(f"no annotation {ann_id!r}")
    src = _own(store, src_id, author)
    store.link(src.id, dst_id, relation)
    return store.get(src.id)  # type: ignore[return-value]


def link_spans(
    store: AnnotationStore,
    source: tuple[Document, int, int],
    target: tuple[Document, int, int],
    relation: str,
    author: str,
) -> tuple[Annotation, Annotation]:
    """Link two spans (annotating them as needed); the link is stored on the source."""
    relation = " ".join(relation.split())
    if not relation:
        raise ValueError("a link needs a relation")
    if source[0].id == target[0].id and source[1:] == target[1:]:
        raise ValueError("a span cannot be linked to itself")
    with store.transaction(f"link ({relation})"):
        src = ensure_annotation(store, *source, author)
        dst = ensure_annotation(store, *target, author)
        store.link(src.id, dst.id, relation)
    return store.get(src.id), store.get(dst.id)  # type: ignore[return-value]


#: The link relation a confirmed counterpart (a claim pair a person accepted) becomes, by the
#: pair's relation: a link annotation, stored, undoable and exported like any link.
PAIR_LINKS = {"same": "same-claim", "conflicting": "conflicts-with"}

