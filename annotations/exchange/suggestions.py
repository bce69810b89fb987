"""Engine suggestions as annotations, for exports.

The store keeps what an engine found (the set analyses), not one annotation
per entity: a reader's database stays small.  An export turns the entities
and claims of each document as last shown (:meth:`AnnotationStore.shown_analyses`:
the set result, names harmonised across the articles read together) into ``status="suggested"`` annotations with the engine as
``generator``.  Their ids are uuid5s of what they are, so two exports of the
same data are identical.  A suggestion a person accepted (a human annotation
on the same span with the same label) or rejected is left out: the human
record stands for it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from annotations.actions import engine_generator
from annotations.core.model import Analysis, Annotation, Document, claim_roles

__all__ = ["SUGGESTION_NAMESPACE", "claim_roles", "store_suggestions", "suggestion_id", "suggestions"]

#: Namespace for suggestion ids (a fixed, arbitrary uuid).
SUGGESTION_NAMESPACE = uuid.UUID("6f1b5f3e-8f7d-4a55-9d0e-5b8e0c3b7a21")


def suggestion_id(doc_id: str, start: int, end: int, label: str, engine: str) -> str:
    return str(uuid.uuid5(SUGGESTION_NAMESPACE, f"{doc_id}:{start}:{end}:{label}:{engine}"))


def suggestions(doc: Document, analysis: Analysis, at: str, decided: Iterable[Annotation] = ()) -> list[Annotation]:
    """The analysis' entities (label) and claims (kind, speaker, cue) as suggested annotations."""
    skip = {(a.start, a.end, a.label) for a in decided if a.status in ("human", "rejected")}
    spans = [(e.start, e.end, e.label) for e in analysis.entities]
    spans += [(c.start, c.end, c.kind) for c in analysis.claims]
    roles = {(c.start, c.end, c.kind): claim_roles(c) for c in analysis.claims}
    generator = engine_generator(analysis.engine)
    out = []
    for start, end, label in sorted(set(spans)):
        if (start, end, label) in skip or not 0 <= start < end <= len(doc.text):
            continue
        speaker, cue = roles.get((start, end, label), (None, None))
        out.append(
            Annotation.for_span(
                doc,
                start,
                end,
                id=suggestion_id(doc.id, start, end, label, analysis.engine),
                at=at,
                generator=dict(generator),
                label=label,
                status="suggested",
                speaker=speaker,
                cue=cue,
            )
        )
    return out


def store_suggestions(store, documents: Iterable[Document] | None = None) -> list[Annotation]:
    """Suggestions from each shown analysis of ``documents`` (default: all), minus decided ones."""
    out: list[Annotation] = []
    for doc in documents if documents is not None else store.documents():
        decided = store.annotations(doc.id)
        known = {a.id for a in decided}
        for analysis, at in store.shown_analyses(doc.id):
            out.extend(s for s in suggestions(doc, analysis, at, decided) if s.id not in known)
    return out
