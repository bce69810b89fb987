"""Adjudication: settling the coders' disagreements into a gold layer.

The gold layer is the annotations of one more author, ``gold`` by default: it is
merged, exported and filtered like any coder's (``export --layer gold``), and
:mod:`annotations.review.agreement` leaves it out unless asked for.

* :func:`accept_version`: a coder's annotation becomes gold's on the same span
  (its tags and label; gold's own annotation on that span, if any, takes them);
* :func:`accept_agreed`: every unit all the chosen coders coded with the same
  value (the agreement module's units and values) becomes gold's, in one undo step;
* :func:`disagreements`: the units that are left, each coder's value and annotation
  ids, for choosing a version with :func:`accept_version`.

Neither ever changes a coder's annotation, and neither overwrites gold's own work
silently: accept_agreed leaves a span gold already has alone (and counts it),
accept_version says what it replaced.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from annotations.core.errors import PresslensError
from annotations.core.model import Annotation
from annotations.review.agreement import GOLD, codings, value_of
from annotations.store.store import AnnotationStore

__all__ = [
    "AdjudicationError",
    "AgreedReport",
    "Disagreement",
    "accept_agreed",
    "accept_version",
    "coder_counts",
    "coders_of",
    "disagreements",
]


class AdjudicationError(PresslensError):
    """Adjudication cannot be done as asked (no such annotation, fewer than two coders...)."""


def _split(categories: frozenset[str] | set[str]) -> tuple[list[str], str | None]:
    labels = sorted(c.removeprefix("label:") for c in categories if c.startswith("label:"))
    return sorted(c for c in categories if not c.startswith("label:")), (labels[0] if labels else None)


def _gold_on(store: AnnotationStore, doc_id: str, start: int, end: int, into: str) -> Annotation | None:
    for ann in store.annotations(doc_id):
        if (ann.start, ann.end, ann.author, ann.status) == (start, end, into, "human") and not ann.orphan:
            return ann
    return None


def accept_version(store: AnnotationStore, ann_id: str, *, into: str = GOLD) -> tuple[Annotation, Annotation | None]:
    """A coder's annotation ``ann_id`` becomes ``into``'s on the same span: ``(gold's, what it replaced)``.

    Tags and label are taken; comments and links stay the coder's.  One undo step.
    """
    ann = store.get(ann_id)
    if ann is None:
        raise AdjudicationError(f"no annotation {ann_id}")
    if ann.status != "human" or ann.orphan:
        raise AdjudicationError(f"annotation {ann_id} is not a placed human annotation")
    if ann.author == into:
        raise AdjudicationError(f"annotation {ann_id} is already {into}'s")
    doc = store.get_document(ann.doc_id)
    if doc is None:
        raise AdjudicationError(f"annotation {ann_id}: its document is not in the database")
    existing = _gold_on(store, ann.doc_id, ann.start, ann.end, into)
    if existing is not None:
        before = replace(existing, tags=list(existing.tags), links=list(existing.links))
        existing.tags, existing.label = list(ann.tags), ann.label
        return store.update(existing), before
    gold = Annotation.for_span(doc, ann.start, ann.end, id=str(uuid.uuid4()), tags=list(ann.tags), label=ann.label, author=into)
    return store.add(gold), None


@dataclass(slots=True)
class AgreedReport:
    coders: list[str]
    added: int = 0  #: units all coders agree on, now in gold
    already: int = 0  #: ... that gold already had, the same
    kept: list[tuple[str, int, int]] = field(default_factory=list)  #: ... where gold has something else: left alone


def _records(store: AnnotationStore, doc_id: str | None):
    """Every annotation record, or one document's (indexed: no scan of the others)."""
    if doc_id is None:
        return list(store.annotation_records())
    return [a.to_dict() for a in store.annotations(doc_id)]


def accept_agreed(
    store: AnnotationStore, *, into: str = GOLD, coders: Sequence[str] | None = None, doc_id: str | None = None
) -> AgreedReport:
    """Every unit all ``coders`` (default: every coder but ``into``) coded alike becomes ``into``'s.

    One undo step.  A span ``into`` already annotated is left as it is.  ``doc_id``: in that
    document only (the reader's adjudication of one article); the coders are then those who
    coded it.
    """
    records = _records(store, doc_id)
    coded = codings(records)
    chosen = list(dict.fromkeys(coders)) if coders else sorted(c for c in coded if c not in (into, GOLD))
    unknown = [c for c in chosen if c not in coded]
    if unknown:
        raise AdjudicationError(f"no coded annotations by {', '.join(map(repr, unknown))}")
    if len(chosen) < 2:
        raise AdjudicationError(f"accepting what coders agree on needs at least two coders (found: {', '.join(chosen) or 'none'})")
    report = AgreedReport(chosen)
    first, rest = coded[chosen[0]], [coded[c] for c in chosen[1:]]
    agreed = sorted((span, cats) for span, cats in first.items() if all(other.get(span) == cats for other in rest))
    mine: dict[tuple[str, int, int], set[str]] = {}  # every span into has annotated, coded or not
    for rec in records:
        if rec.get("author") == into and rec.get("status") == "human" and not rec.get("orphan"):
            cats = mine.setdefault((rec["doc_id"], rec["start"], rec["end"]), set())
            cats.update(rec.get("tags") or ())
            if rec.get("label"):
                cats.add(f"label:{rec['label']}")
    new: list[Annotation] = []
    docs = {}
    for (doc_id, start, end), cats in agreed:
        if (doc_id, start, end) in mine:
            if mine[(doc_id, start, end)] == cats:
                report.already += 1
            else:
                report.kept.append((doc_id, start, end))
            continue
        doc = docs.get(doc_id) or store.get_document(doc_id)
        if doc is None:
            continue
        docs[doc_id] = doc
        tags, label = _split(cats)
        new.append(Annotation.for_span(doc, start, end, id=str(uuid.uuid4()), tags=tags, label=label, author=into))
    if new:
        with store.transaction(f"accept {len(new)} agreed units into {into}"):
            store.add_many(new)
    report.added = len(new)
    return report


@dataclass(slots=True)
class Disagreement:
    """A unit the coders did not all code alike: ``values`` is each coder's value (``None``: not coded)
    and the ids of their annotations on the span."""

    doc_id: str
    start: int
    end: int
    quote: str
    values: dict[str, tuple[str | None, list[str]]]
    gold: str | None  #: the layer's value on the span, if it has one


def disagreements(
    store: AnnotationStore, *, into: str = GOLD, coders: Sequence[str] | None = None, doc_id: str | None = None
) -> list[Disagreement]:
    """Every unit (exact span) some chosen coder coded where the coders' values are not all the same,
    in document and text order (``doc_id``: in that document only, its coders by default)."""
    records = _records(store, doc_id)
    coded = codings(records)
    chosen = list(dict.fromkeys(coders)) if coders else sorted(c for c in coded if c not in (into, GOLD))
    ids: dict[tuple[str, tuple[str, int, int]], list[str]] = {}
    quotes: dict[tuple[str, int, int], str] = {}
    for rec in records:
        span = (rec["doc_id"], rec["start"], rec["end"])
        ids.setdefault((rec.get("author") or "", span), []).append(rec["id"])
        quotes.setdefault(span, rec.get("quote", ""))
    spans = sorted({span for c in chosen for span in coded.get(c, {})})
    out = []
    for span in spans:
        values = {c: coded.get(c, {}).get(span) for c in chosen}
        if len({v for v in values.values()}) == 1:
            continue
        gold = coded.get(into, {}).get(span)
        out.append(
            Disagreement(
                *span,
                quotes.get(span, ""),
                {c: (None if v is None else value_of(v), sorted(ids.get((c, span), ()))) for c, v in values.items()},
                None if gold is None else value_of(gold),
            )
        )
    return out


def coders_of(store: AnnotationStore, doc_id: str, *, into: str = GOLD) -> list[str]:
    """The coders of one document (who coded a span of it), sorted, without the layer ``into``:
    the columns of its adjudication."""
    return sorted(c for c in codings(_records(store, doc_id)) if c not in (into, GOLD))


def coder_counts(annotations: Iterable[Annotation]) -> Counter[str]:
    """How many placed human annotations each author has here (``""``: nobody named): the
    coder layers a reader can show or hide."""
    return Counter(a.author or "" for a in annotations if a.status == "human" and not a.orphan)


def format_disagreements(found: Sequence[Disagreement], doc_names: dict[str, str], into: str = GOLD) -> str:
    """``adjudicate --list``: per unit, where and what, then each coder's value and annotation ids."""
    if not found:
        return "No disagreements.\n"
    out = []
    for d in found:
        quote = " ".join(d.quote.split())
        quote = quote if len(quote) <= 50 else quote[:49] + "\u2026"
        out.append(f"{doc_names.get(d.doc_id, d.doc_id)} {d.start}-{d.end} \u201c{quote}\u201d")
        width = max(len(c) for c in d.values)
        shown = {c: value or "(not coded)" for c, (value, _) in d.values.items()}
        value_width = max(len(v) for v in shown.values())
        for coder, (_, ids) in d.values.items():
            line = f"  {coder:<{width}}  {shown[coder]:<{value_width}}  {' '.join(ids)}"
            out.append(line.rstrip())
        if d.gold is not None:
            out.append(f"  {into}: {d.gold}")
    return "\n".join(out) + "\n"
