"""Summaries of a store for ``presslens list`` and ``presslens stats``.

:func:`list_documents` and :func:`stats` compute; :func:`format_documents` and
:func:`format_stats` lay the results out as plain-text tables.  Table cells are
made terminal-safe (control characters shown as ``\\xNN``-style escapes, line
breaks as spaces) and aligned by display width, so CJK titles line up.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from annotations.core.files import shown_path
from annotations.core.model import CLAIM_KINDS, ENTITY_LABELS, Annotation, Document, article_label, label_name
from annotations.core.text import line, plural

_SPACES_RE = re.compile("[\n\t\r\u2028\u2029]")

__all__ = [
    "DocumentRow",
    "list_documents",
    "summarize",
    "stats",
    "kind_of",
    "format_table",
    "format_documents",
    "format_stats",
]


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One line of ``presslens list``."""

    id: str
    path: str
    title: str
    annotations: int
    human: int
    label: str = ""  # its short name for people (article_label): title, else source, else opening words


def _rows(documents: Iterable[Document], annotations: Iterable[Annotation]) -> list[DocumentRow]:
    total: Counter[str] = Counter()
    human: Counter[str] = Counter()
    for a in annotations:
        total[a.doc_id] += 1
        if a.status == "human":
            human[a.doc_id] += 1
    return [
        DocumentRow(d.id, d.path, d.title, total[d.id], human[d.id], article_label(d))
        for d in sorted(documents, key=lambda d: (d.path, d.id))
    ]


def list_documents(store: Any) -> list[DocumentRow]:
    """Every document in ``store`` (by path) with its annotation count and how many are human."""
    return _rows(store.documents(), store.annotations())


def kind_of(a: Annotation) -> str:
    """``"entity"`` (entity label), ``"claim"`` (claim kind) or ``"span"`` (anything else)."""
    if a.label in ENTITY_LABELS:
        return "entity"
    if a.label in CLAIM_KINDS:
        return "claim"
    return "span"


def summarize(documents: Sequence[Document], annotations: Sequence[Annotation]) -> dict[str, Any]:
    """:func:`stats` over plain lists."""
    by_tag: Counter[str] = Counter()
    by_author: Counter[str] = Counter()
    by_label: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    links = comments = orphans = 0
    for a in annotations:
        by_tag.update(a.tags)
        if a.by:
            by_author[a.by] += 1
        if a.label:
            by_label[a.label] += 1
        by_kind[kind_of(a)] += 1
        by_status[a.status] += 1
        links += len(a.links)
        comments += bool(a.comment)
        orphans += a.orphan

    def ranked(counter: Counter[str]) -> dict[str, int]:
        return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

    return {
        "documents": len(documents),
        "annotations": len(annotations),
        "human": by_status.get("human", 0),
        "links": links,
        "comments": comments,
        "orphans": orphans,
        "by_status": ranked(by_status),
        "by_tag": ranked(by_tag),
        "by_author": ranked(by_author),
        "by_label": ranked(by_label),
        "by_kind": ranked(by_kind),
        "per_document": [
            {"id": r.id, "path": r.path, "title": r.title, "annotations": r.annotations, "human": r.human}
            for r in _rows(documents, annotations)
        ],
    }


def stats(store: Any) -> dict[str, Any]:
    """Counts for a store: totals, by status, tag, author (engines as ``[name]``), label, kind, per article."""
    return summarize(store.documents(), store.annotations())


# --------------------------------------------------------------------------- plain-text tables


def _cell(value: Any) -> str:
    """Terminal-safe one-line text: line breaks/tabs -> space, other control characters escaped."""
    return line(_SPACES_RE.sub(" ", str(value)))


def _width(text: str) -> int:
    """Terminal columns: wide and full-width characters take two, combining marks none."""
    w = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _fit(text: str, width: int, *, keep_end: bool = False) -> str:
    """Cut ``text`` to ``width`` columns (with an ellipsis) and pad it to exactly ``width``.
    ``keep_end`` cuts from the start instead (a path keeps its file name: ``…/seeds/a.txt``)."""
    if _width(text) > width:
        out, used = [], 0
        for ch in reversed(text) if keep_end else text:
            cw = 0 if unicodedata.combining(ch) else (2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1)
            if used + cw > width - 1:
                break
            out.append(ch)
            used += cw
        text = "…" + "".join(reversed(out)) if keep_end else "".join(out) + "…"
    return text + " " * (width - _width(text))


def format_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    max_width: int = 48,
    right: Sequence[int] = (),
    keep_end: Sequence[int] = (),
) -> str:
    """A plain-text table: a header, a rule, one line per row; columns capped at ``max_width``.

    ``right`` lists the indexes of right-aligned (numeric) columns; ``keep_end`` those cut from
    their start when too wide (paths: the file name is what tells rows apart).
    """
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [min(max_width, max([_width(h)] + [_width(r[i]) for r in cells])) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, v in enumerate(values):
            fitted = _fit(v, widths[i], keep_end=i in keep_end)
            if i in right:
                fitted = " " * (widths[i] - _width(fitted.rstrip())) + fitted.rstrip()
            parts.append(fitted)
        return "  ".join(parts).rstrip()

    out = [line(list(headers)), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    return "\n".join(out) + "\n"


def format_documents(rows: Sequence[DocumentRow]) -> str:
    """``presslens list``: id prefix, annotations, human, the article's short label, path."""
    if not rows:
        return "No documents.\n"
    return format_table(
        ("id", "annotations", "human", "article", "path"),
        [(r.id[:12], r.annotations, r.human, r.label or r.title, shown_path(r.path) if r.path else "") for r in rows],
        right=(1, 2),
        keep_end=(4,),
    )


def format_stats(data: dict[str, Any], *, top: int = 15) -> str:
    """``presslens stats``: totals, then one table per breakdown (``top`` rows each)."""
    out = [
        f"{plural(data['documents'], 'document')}, {plural(data['annotations'], 'annotation')} "
        f"({data['human']} human), {plural(data['links'], 'link')}, {plural(data['comments'], 'comment')}, {data['orphans']} orphaned",
    ]
    for key, title in (
        ("by_status", "status"),
        ("by_kind", "kind"),
        ("by_tag", "tag"),
        ("by_label", "label"),
        ("by_author", "author"),
    ):
        counts = data[key]
        if not counts:
            continue
        items = list(counts.items())
        if key == "by_label":  # by the names the reader shows (the JSON keeps GPE, reported…)
            items = [(label_name(label), n) for label, n in items]
        rows = items[:top]
        if len(items) > top:
            rows.append((f"({len(items) - top} more)", sum(v for _, v in items[top:])))
        out.append("")
        out.append(format_table((title, "count"), rows, right=(1,)).rstrip("\n"))
    per_doc = data["per_document"]
    if per_doc:
        out.append("")
        out.append(
            format_table(
                ("article", "annotations", "human"),
                [(d["title"] or d["path"] or d["id"][:12], d["annotations"], d["human"]) for d in per_doc],
                right=(1, 2),
            ).rstrip("\n")
        )
    return "\n".join(out) + "\n"
