"""Merging coders' databases into one team database (``presslens merge``).

Each coder keeps a database of their own (TinyDB has one writer), shared as a
file or through git.  :func:`merge` copies their documents and annotations into
the team database, keeping every annotation as it is (id, author, times), and
keeps, per annotation, a *base*: the hash of the version it last merged
(``merged`` table of the store).  With the base, a merge is a three-way merge,
the way git merges a file, one annotation at a time:

* an id the team database has never seen is **added**, if every input that has
  it has the same version; inputs that hold different versions of it (a coder
  who started from a copy of another's database, then both edited it) are a
  **conflict**: nothing is written for it;
* an input version equal to the team's is **unchanged** (merging again writes
  nothing: a merge is idempotent);
* an input version that differs from the base, while the team's copy is still the
  base, is a coder's later edit: it is **updated**;
* anything else is a **conflict**: two inputs changed it differently, or the team
  database changed it (or deleted it) and an input changed it too, or the team
  database holds a version no merge brought in.  A conflict is reported with the
  fields that differ and never overwritten; the rest of the merge is written.
* an annotation deleted from an input after it was merged stays in the team
  database (counted as ``kept``: merging never deletes anything).

Inputs are opened read-only (they may be open in a coder's reader meanwhile),
and the team database may not be one of them.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from annotations.core.errors import PresslensError
from annotations.core.files import paused_gc
from annotations.core.model import Annotation
from annotations.store.store import AnnotationStore, validate_record

__all__ = ["MergeError", "MergeReport", "InputReport", "merge", "merge_files", "record_hash"]


class MergeError(PresslensError):
    """The merge was refused before anything was written (e.g. the team database is an input)."""


@dataclass(slots=True)
class InputReport:
    """What one input brought."""

    name: str
    annotations: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    documents_added: int = 0
    authors: Counter = field(default_factory=Counter)


@dataclass(slots=True)
class MergeReport:
    inputs: list[InputReport] = field(default_factory=list)
    #: ``(annotation id, what differs, where)``: one line each, never overwritten
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    #: merged earlier, no longer in the input that brought them: kept in the team database
    kept: int = 0
    #: warnings a researcher should see (two inputs with the same author, annotations without one)
    notes: list[str] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(i.added for i in self.inputs)

    @property
    def updated(self) -> int:
        return sum(i.updated for i in self.inputs)


#: An annotation record's fields, in the order :func:`record_hash` reads them.
_FIELDS = tuple(Annotation("", "", 0, 0, "").to_dict())
_FIELD_SET = frozenset(_FIELDS)


def record_hash(record: dict[str, Any]) -> str:
    """The content hash of an annotation record: every field, in a fixed order (unknown ones sorted after).

    ``repr`` of the values rather than canonical JSON: half the cost at 50,000 records, and
    as exact for what a record holds (strings, numbers, booleans, None, lists and dicts of them).
    A nested dict written with its keys in another order hashes differently: that can only
    make an unchanged annotation look changed (reported, or rewritten with the same content),
    never hide a change.
    """
    values = [record.get(k) for k in _FIELDS]
    extra = record.keys() - _FIELD_SET
    if extra:
        values.append(sorted((k, record[k]) for k in extra))
    return hashlib.blake2b(repr(values).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _differences(a: dict[str, Any], b: dict[str, Any]) -> str:
    return ", ".join(k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)) or "nothing"


def _same_file(a: str, b: str) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_inputs(team: str, inputs: Sequence[str]) -> None:
    """Refuse a team database that is one of the inputs (or its journal), and an input given twice."""
    if not inputs:
        raise MergeError(team, "give at least one coder's database to merge")
    for i, path in enumerate(inputs):
        for spelled in (team, f"{team}.journal", f"{team}.lock"):
            if _same_file(path, spelled):
                raise MergeError(path, f"is the team database {team} (or one of its files): merging into an input is refused")
        if any(_same_file(path, other) for other in inputs[:i]):
            raise MergeError(path, "is given twice")
        if not os.path.exists(path):
            raise MergeError(path, "no such database file")


def merge(team: AnnotationStore, sources: Sequence[tuple[str, AnnotationStore]]) -> MergeReport:
    """Merge ``sources`` (``(name, store opened read-only)``) into ``team``; see the module notes."""
    with paused_gc():
        return _merge(team, sources)


def _merge(team: AnnotationStore, sources: Sequence[tuple[str, AnnotationStore]]) -> MergeReport:
    report = MergeReport()
    # every input's version of every id, in input order
    versions: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    authors_of: dict[str, list[str]] = {}
    for index, (name, source) in enumerate(sources):
        info = InputReport(name)
        report.inputs.append(info)
        for record in source.annotation_records():
            versions.setdefault(record["id"], []).append((index, record))
            info.annotations += 1
            info.authors[record.get("author") or ""] += 1
        for author in info.authors:
            authors_of.setdefault(author, []).append(name)
    for author, names in sorted(authors_of.items()):
        if not author:
            report.notes.append(
                f"{' and '.join(names)} hold annotations without an author: agreement cannot tell whose they are"
            )
        elif len(names) > 1:
            report.notes.append(
                f"{' and '.join(names)} both hold annotations by {author!r}: agreement counts them as one coder"
            )

    writes: list[dict[str, Any]] = []
    bases: dict[str, tuple[str, str]] = {}
    for ann_id, found in versions.items():
        current = team.annotation_record(ann_id)
        if current is not None and all(record == current for _, record in found):
            if team.merge_base(ann_id) is None:  # first merge of what the team already has: remember the base
                bases[ann_id] = (record_hash(current), sources[found[0][0]][0])
            for index, _ in found:
                report.inputs[index].unchanged += 1
            continue
        base = team.merge_base(ann_id)
        distinct: dict[str, tuple[int, dict[str, Any]]] = {}
        for index, record in found:
            distinct.setdefault(record_hash(record), (index, record))
        if current is None and base is None:  # new to the team
            if len(distinct) > 1:
                report.conflicts.append((ann_id, _between_inputs(sources, list(distinct.values()))))
                continue
            index, record = found[0]
            writes.append(record)
            bases[ann_id] = (next(iter(distinct)), sources[index][0])
            report.inputs[index].added += 1
            for other, _ in found[1:]:
                report.inputs[other].unchanged += 1
            continue
        changed = {h: v for h, v in distinct.items() if h != base}
        if not changed:  # every input still has the base: the team's own change or deletion stands
            for index, _ in found:
                report.inputs[index].unchanged += 1
            continue
        if len(changed) > 1:
            report.conflicts.append((ann_id, _between_inputs(sources, list(changed.values()))))
            continue
        (digest, (index, record)), = changed.items()
        if current is None:
            report.conflicts.append(
                (ann_id, f"deleted in the team database after it was merged, changed in {sources[index][0]}")
            )
            continue
        if record == current:
            report.inputs[index].unchanged += 1
            continue
        if base is None or record_hash(current) != base:
            what = _differences(current, record)
            if base is None:
                why = f"the team database has another version (not from a merge) than {sources[index][0]}"
            else:
                why = f"changed both in the team database and in {sources[index][0]}"
            report.conflicts.append((ann_id, f"{why}; they differ in: {what}"))
            continue
        writes.append(record)
        bases[ann_id] = (digest, sources[index][0])
        report.inputs[index].updated += 1
        for other, _ in found:
            if other != index:
                report.inputs[other].unchanged += 1

    # merged earlier but gone from every input now: never deleted here, only counted
    present = versions.keys()
    report.kept = sum(
        1 for record in team.annotation_records() if record["id"] not in present and team.merge_base(record["id"])
    )
    # everything planned: check what will be written, then write (documents first: every
    # merged annotation's document must be in the team database)
    for record in writes:
        try:
            validate_record(record)
        except ValueError as exc:
            raise MergeError(bases[record["id"]][1], f"{exc}; nothing was merged") from None
    new_docs: dict[str, Any] = {}
    for (name, source), info in zip(sources, report.inputs):
        for doc in source.documents():
            if team.get_document(doc.id) is None and doc.id not in new_docs:
                new_docs[doc.id] = doc
                info.documents_added += 1
    if writes or bases or new_docs:
        team.apply_merge(writes, bases, documents=list(new_docs.values()), checked=True)
    report.conflicts.sort()
    return report


def _between_inputs(sources: Sequence[tuple[str, AnnotationStore]], found: list[tuple[int, dict[str, Any]]]) -> str:
    (first, a), (second, b) = found[0], found[1]
    names = " and ".join(sources[i][0] for i, _ in found)
    return f"{names} hold different versions; they differ in: {_differences(a, b)}"


def merge_files(team_path: str, input_paths: Sequence[str]) -> MergeReport:
    """Open the inputs read-only and the team database for writing, merge, close everything.

    Raises :class:`MergeError` (refused, nothing written) or a
    :class:`~annotations.store.store.StoreError` (an input is damaged, the team
    database is locked...) before anything is written.
    """
    check_inputs(team_path, input_paths)
    sources: list[tuple[str, AnnotationStore]] = []
    try:
        for path in input_paths:
            sources.append((path, AnnotationStore(path, read_only=True)))
        with AnnotationStore(team_path) as team:
            return merge(team, sources)
    finally:
        for _, source in sources:
            source.close()
