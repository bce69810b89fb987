"""One filter language for annotations: the annotations panel, ``export --tag/--author``, and scripts.

A filter is a list of terms, all of which must hold (``AND``):

``tag:PATTERN``     the annotation has a tag matching PATTERN
``label:PATTERN``   its label (an entity's ``DATE``, ``ORG``…, or its shown name ``Date``, ``Organisation``…;
                    a claim's kind) matches PATTERN
``author:PATTERN``  who made it (:attr:`Annotation.by`: the author, or ``[engine]``) matches PATTERN
``layer:PATTERN``   in a coder's layer: a human annotation whose author matches PATTERN (``layer:gold``,
                    the adjudicated layer); unlike ``author:`` it leaves out that coder's rejections
                    of engine suggestions, which are not annotations of the text
``orphan``          re-anchoring could not place it
``human`` / ``suggested`` / ``rejected``   its status
any other word      found (as a substring) in its quote, comment, tags or label

PATTERN is matched against the WHOLE value, ignoring case, with ``*`` and ``?`` as
wildcards: ``tag:econ`` is the tag "econ" (not "economy"); ``tag:econ*`` is both.
Repeating ``tag:`` (or ``label:``, ``author:``, ``layer:``) means any of them.  Tags are what
people give; a label is what the engine found (kept when a suggestion is accepted):
``tag:DATE`` is a tag named DATE, ``label:DATE`` a date (:func:`labels_hint` says so when a
``tag:`` filter finds nothing that the same ``label:`` filter would find).

Without a status word every status matches, unless the caller gives ``default_statuses``
(the annotations panel shows human annotations unless ``suggested`` or ``rejected`` is asked for).  The same rule decides what
``presslens export --tag T --author A`` keeps, so what the panel shows is what the
export writes.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from annotations.core.errors import PresslensError
from annotations.core.model import Annotation, Document, label_name

STATUS_WORDS = ("human", "suggested", "rejected")


@functools.lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    """Only ``*`` and ``?`` are wildcards (``[builtin]`` is literal, unlike fnmatch)."""
    body = re.escape(pattern.casefold()).replace(r"\*", ".*").replace(r"\?", ".")
    return re.compile(body, re.DOTALL)


def _matches(pattern: str, value: str) -> bool:
    return _compile(pattern).fullmatch(value.casefold()) is not None


@dataclass(frozen=True, slots=True)
class AnnotationFilter:
    """Parsed terms; :meth:`matches` is the one rule."""

    tags: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    layers: tuple[str, ...] = ()
    orphan: bool = False
    words: tuple[str, ...] = ()

    def matches(self, ann: Annotation) -> bool:
        if self.tags and not any(_matches(p, t) for p in self.tags for t in ann.tags):
            return False
        if self.labels and not any(
            _matches(p, ann.label or "") or _matches(p, label_name(ann.label or "")) for p in self.labels
        ):  # by its machine name or the name shown (label:date, label:Date, label:statistic)
            return False
        if self.authors and not any(_matches(p, ann.by) for p in self.authors):
            return False
        if self.statuses and ann.status not in self.statuses:
            return False
        if self.layers and not (ann.status == "human" and any(_matches(p, ann.author or "") for p in self.layers)):
            return False
        if self.orphan and not ann.orphan:
            return False
        if self.words:
            label = f"{ann.label} {label_name(ann.label)}" if ann.label else ""
            haystack = f"{ann.quote} {ann.comment} {' '.join(ann.tags)} {label}".casefold()
            if not all(w.casefold() in haystack for w in self.words):
                return False
        return True


@functools.lru_cache(maxsize=64)
def parse_filter(text: str, default_statuses: tuple[str, ...] = ()) -> AnnotationFilter:
    """A filter from what the user typed (see the module notes); ``default_statuses`` hold when it names none.

    Cached: a panel asks once per row; the result is immutable, so it is shared."""
    tags, labels, authors, statuses, words, layers = [], [], [], [], [], []
    orphan = False
    for term in text.split():
        low = term.casefold()
        if low.startswith("tag:") and len(term) > 4:
            tags.append(term[4:])
        elif low.startswith("label:") and len(term) > 6:
            labels.append(term[6:])
        elif low.startswith("author:") and len(term) > 7:
            authors.append(term[7:])
        elif low.startswith("layer:") and len(term) > 6:
            layers.append(term[6:])
        elif low == "orphan":
            orphan = True
        elif low in STATUS_WORDS:
            statuses.append(low)
        else:
            words.append(term)
    return AnnotationFilter(
        tuple(tags), tuple(labels), tuple(authors), tuple(statuses or default_statuses), tuple(layers), orphan,
        tuple(words),
    )


def tags_as_labels(text: str) -> str:
    """The ``label:`` terms a filter's ``tag:`` terms would be (``tag:DATE`` -> ``label:DATE``), "" without any.

    Tags are what people give and labels what the engine found, so ``tag:DATE`` does not find a
    date; a filter that finds nothing with them is worth a hint when the same patterns as labels
    would (the annotations panel shows labels as ``label:Date`` beside the tags)."""
    return " ".join(f"label:{term[4:]}" for term in text.split() if term.casefold().startswith("tag:") and len(term) > 4)


def labels_hint(text: str, annotations: Iterable[Annotation], default_statuses: tuple[str, ...] = ()) -> str:
    """For a filter that found nothing: ``"label:DATE finds 3"`` when its ``tag:`` terms read as
    ``label:`` terms (the rest of the filter kept) find something; "" otherwise."""
    labels = tags_as_labels(text)
    if not labels:
        return ""
    rest = " ".join(term for term in text.split() if not term.casefold().startswith("tag:"))
    annotations = list(annotations)
    for shown in (labels, f"{labels} suggested"):  # the engine's labels are suggestions
        rule = parse_filter(f"{shown} {rest}", default_statuses)
        found = sum(1 for ann in annotations if rule.matches(ann))
        if found:
            return f"{shown} finds {found}"
    return ""


# --------------------------------------------------------------------------- choosing what to export


class Selection(NamedTuple):
    """What :func:`select` picked: documents (by id) and annotations (by position)."""

    documents: list[Document]
    annotations: list[Annotation]


class SelectionError(PresslensError, ValueError):
    """A ``docs`` reference matched no document, or several."""


def select(
    source: Any,
    annotations: Iterable[Annotation] | None = None,
    *,
    docs: Iterable[str] | str | None = None,
    tags: Iterable[str] | str | None = None,
    author: str | None = None,
    layer: str | None = None,
    human_only: bool = False,
    finder: Callable[[str], Document | None] | None = None,
) -> Selection:
    """Pick documents and annotations to export.

    ``source`` is an :class:`~annotations.store.store.AnnotationStore` (anything with
    ``documents()`` and ``annotations()``) or a list of documents, in which case
    ``annotations`` is the list of annotations.

    * ``docs``: document ids, id prefixes or paths; only these documents and
      their annotations are kept.  A reference that matches nothing (or an id
      prefix that matches several documents) raises :class:`SelectionError`.
      ``finder`` (a store's ``find_document``: the store's one rule for paths
      and versions) resolves them when given.
    * ``tags``, ``author``, ``layer``: the filter language's ``tag:``, ``author:`` and
      ``layer:`` terms (:class:`AnnotationFilter`: whole value, any case, ``*`` wildcards).
    * ``human_only``: keep only annotations with status ``"human"`` (drops
      engine suggestions and rejected suggestions).

    Annotation filters never drop documents; the result is sorted as exports are.
    """
    if annotations is None and hasattr(source, "annotations") and hasattr(source, "documents"):
        all_docs = list(source.documents())
        all_anns: Iterable[Annotation] = source.annotations()
        finder = finder or getattr(source, "find_document", None)
    else:
        all_docs = list(source)
        all_anns = annotations or ()

    if docs is not None:
        refs = [docs] if isinstance(docs, str) else list(docs)
        chosen: dict[str, Document] = {}
        for ref in refs:
            doc = finder(ref) if finder is not None else _find_document(all_docs, ref)
            if doc is None:
                raise SelectionError(f"no document matches {ref!r}")
            chosen[doc.id] = doc
        all_docs = list(chosen.values())
    keep_docs = {d.id for d in all_docs}
    rule = AnnotationFilter(
        tags=(tags,) if isinstance(tags, str) else tuple(tags or ()),
        authors=(author,) if author else (),
        statuses=("human",) if human_only else (),
        layers=(layer,) if layer else (),
    )
    picked = [a for a in all_anns if (docs is None or a.doc_id in keep_docs) and rule.matches(a)]
    return Selection(
        sorted(all_docs, key=lambda d: d.id), sorted(picked, key=lambda a: (a.doc_id, a.start, a.end, a.id))
    )


def _find_document(documents: Sequence[Document], ref: str) -> Document | None:
    """For a plain list of documents (no store): by id, path (as given or resolved) or unique id prefix."""
    for doc in documents:
        if ref in (doc.id, doc.path):
            return doc
    resolved = os.path.abspath(ref)
    for doc in documents:
        if doc.path and os.path.abspath(doc.path) == resolved:
            return doc
    prefixed = [d for d in documents if ref and d.id.startswith(ref.lower())]
    if len(prefixed) > 1:
        raise SelectionError(f"{ref!r} is ambiguous: it starts {len(prefixed)} document ids")
    return prefixed[0] if prefixed else None


__all__ = ["AnnotationFilter", "Selection", "SelectionError", "labels_hint", "parse_filter", "select", "tags_as_labels"]
