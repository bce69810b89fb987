"""The annotation store: documents, annotations, links, extraction cache, undo.

:class:`AnnotationStore` is the only interface the rest of the app uses.  The
data live in a TinyDB database (see :mod:`annotations.store.storage` for how it is
kept durable and fast); its tables:

``_meta``        one record: ``{"app": "presslens", "schema_version": N}``
``documents``    :meth:`Document.to_dict` with the text, plus ``abspath`` and
                 ``seq`` (order of last sighting, to find a path's newest version)
``annotations``  :meth:`Annotation.to_dict`
``analyses``     :meth:`Analysis.to_dict`, one per (document, engine): what the
                 engine found in the document alone (entities, sentences), so
                 a new set of known articles is quick to analyse
``set_analyses`` :meth:`SetAnalysis.to_dict`, one per (set of documents, engine),
                 plus ``at`` (when made) and ``seq`` (order last shown): the
                 result the reader shows and the exports emit
``rejected_pairs`` pairs of claims a person said are not counterparts:
                 ``{"a": ClaimRef, "b": ClaimRef, "author", "at"}``
``pending``      annotations imported before their article (a json export
                 without text): ``{"annotation": Annotation.to_dict(), "doc":
                 {id, path, title, ...}}``, moved to ``annotations`` when a
                 document with that sha256 id is added (:meth:`add_document`)
``undo``         undo steps, oldest first: ``{"description", "at", "undone",
                 "changes": [[table, key, before, after], ...]}``
``merged``       one per annotation that ``presslens merge`` brought in: ``{"id",
                 "hash", "from"}``, the version last merged (its content hash) and
                 the input it came from: the base a later merge compares both
                 sides against (see :mod:`annotations.review.merge`)

Every change goes through :meth:`AnnotationStore._commit`, which writes it as
one journal line (so a change, its undo step and any follow-on edits, such as
links to a deleted annotation, are saved together or not at all), applies it
and updates the in-memory indexes.  Changes to annotations are undoable;
documents and analyses mirror files on disk and are not.

One read path: every read looks at the same in-memory tables the storage
applies each change to (:meth:`JournalStorage.read`), through the indexes, so
nothing is cached twice and nothing needs clearing after a change.  The tables
are listed once, in :data:`TABLES` (name, record type, index): a new table is
one entry there, plus its index method if it is looked up by something other
than its key.

Not thread-safe: use a store from one thread.
"""

from __future__ import annotations

import gc
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotations.core.text import plural
from annotations.store.anchor import anchor, reattach
from annotations.core.model import (
    Analysis,
    Annotation,
    ClaimRef,
    Document,
    Link,
    SetAnalysis,
    article_label,
    quote_context,
    set_key,
    utc_now,
)
from annotations.store.storage import (
    APP_NAME,
    META_TABLE,
    JournalStorage,
    MemoryStorage,
    Op,
    StoreCorrupt,
    StoreError,
    StoreForeign,
    SnapshotNotWritten,
    StoreLocked,
    StoreNotWritable,
    StoreReadOnly,
    Tables,
    discard_if_initial,
)

__all__ = [
    "AnnotationDelta",
    "AnnotationStore",
    "ChangeLog",
    "MIGRATIONS",
    "ReanchorReport",
    "SCHEMA_VERSION",
    "StoreCorrupt",
    "StoreError",
    "StoreForeign",
    "SnapshotNotWritten",
    "StoreLocked",
    "StoreNotWritable",
    "StoreReadOnly",
    "StoreTooNew",
    "default_db_path",
    "discard_if_initial",
]

SCHEMA_VERSION = 1

#: ``{from_version: migrate}``: ``migrate(tables)`` upgrades the raw tables from
#: ``from_version`` to ``from_version + 1`` (in place, or by returning new
#: tables).  Applied in order on open; the old state is kept as
#: ``DB.schema<N>.bak`` before the upgraded one replaces it.
MIGRATIONS: dict[int, Callable[[Tables], Tables | None]] = {}

#: How many undo steps are kept.
UNDO_LIMIT = 1000

DOCUMENTS = "documents"
ANNOTATIONS = "annotations"
ANALYSES = "analyses"
SET_ANALYSES = "set_analyses"
UNDO = "undo"
POSITIONS = "positions"  # where the reader left each document: cursor and first line shown
MERGED = "merged"  # the version of each annotation a merge last brought in (its hash)
REJECTED_PAIRS = "rejected_pairs"  # claim alignments a person said are not counterparts
PENDING = "pending"  # annotations waiting for their article (imported without text)
STATUSES = ("human", "suggested", "rejected")


@dataclass
class ChangeLog:
    """Annotation ids changed inside :meth:`AnnotationStore.recording`, with the documents they were
    in before and after, and the ids their links pointed at."""

    touched: dict[str, set[str]] = field(default_factory=dict)
    link_targets: set[str] = field(default_factory=set)

    def touch(self, ann_id: str, doc_id: str, links: Iterable[dict[str, Any]]) -> None:
        self.touched.setdefault(ann_id, set()).add(doc_id)
        self.link_targets.update(str(link["target"]) for link in links)


@dataclass
class AnnotationDelta:
    """What changed among one document's annotations: ``current`` as they are now, ``removed`` ids."""

    current: list[Annotation] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One table of the store."""

    name: str
    #: the model class of its records (``to_dict``/``from_dict``); None: plain dicts
    record: type | None
    #: the :class:`AnnotationStore` method keeping its indexes in step with one record change,
    #: ``(key, old record | None, new record | None)``; None: read by key only
    index: str | None


#: Every table the store reads and writes (besides ``_meta``), by name.
TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(DOCUMENTS, Document, "_index_document"),
        TableSpec(ANNOTATIONS, Annotation, "_index_annotation"),
        TableSpec(ANALYSES, Analysis, "_index_analysis"),
        TableSpec(SET_ANALYSES, SetAnalysis, "_index_set_analysis"),
        TableSpec(UNDO, None, None),
        TableSpec(POSITIONS, None, "_index_position"),
        TableSpec(MERGED, None, "_index_merged"),
        TableSpec(REJECTED_PAIRS, None, "_index_rejected_pair"),
        TableSpec(PENDING, None, "_index_pending"),
    )
}


class StoreTooNew(StoreForeign):
    """The database was written by a newer presslens (a higher schema version)."""


def default_db_path() -> Path:
    """``$PRESSLENS_DB``, else ``$XDG_DATA_HOME/presslens/presslens.json`` (``~/.local/share`` by default)."""
    from annotations.core.files import user_file

    return user_file("PRESSLENS_DB", "XDG_DATA_HOME", (".local", "share"), "presslens.json")


@dataclass(slots=True)
class ReanchorReport:
    """What :meth:`AnnotationStore.reanchor` did."""

    doc_id: str  #: the new document
    old_doc_ids: list[str] = field(default_factory=list)  #: older versions of the same file
    moved: list[str] = field(default_factory=list)  #: the same words found again, now on ``doc_id``
    orphaned: list[str] = field(default_factory=list)  #: left on their old document, orphan=True, for review
    changed: list[str] = field(default_factory=list)  #: orphans whose words changed (a candidate place exists)


def _abspath(path: str) -> str:
    return os.path.normpath(os.path.abspath(path)) if path else ""


def _short(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "\u2026"


def _describe(record: dict[str, Any]) -> str:
    return f"annotation \u201c{_short(record.get('quote', ''))}\u201d"


class _Batch:
    """Pending record changes, read through to the current tables."""

    def __init__(self, tables: Tables) -> None:
        self._tables = tables
        self.changes: dict[tuple[str, str], dict[str, Any] | None] = {}

    def get(self, table: str, key: str) -> dict[str, Any] | None:
        if (table, key) in self.changes:
            return self.changes[(table, key)]
        return self._tables.get(table, {}).get(key)

    def put(self, table: str, key: str, record: dict[str, Any] | None) -> None:
        """Set a record; ``None`` deletes it."""
        self.changes[(table, key)] = record


#: A store opened with more annotations than this freezes what it loaded (gc.freeze).
_FREEZE_ABOVE = 10_000


class AnnotationStore:
    """Documents, annotations and analyses in one durable TinyDB file.

    :param path: the database file, or ``None`` for an in-memory store (tests).
    :param read_only: load only: never writes, never takes the lock, so it
        works while another process has the database open.  Changes raise
        :class:`StoreReadOnly`.
    :raises StoreLocked: another process has the database open for writing.
    :raises StoreCorrupt: the file (or its journal) is damaged; left untouched.
    :raises StoreForeign: the file is not a presslens database; left untouched.
    """

    def __init__(self, path: str | os.PathLike[str] | None, *, read_only: bool = False) -> None:
        from annotations.core.files import paused_gc

        self._path = Path(path) if path is not None else None
        self._read_only = read_only and path is not None
        self._closed = False
        # indexes, rebuilt on open and kept current by _index()
        self._ann_key: dict[str, str] = {}  # annotation id -> record key
        self._by_doc: dict[str, set[str]] = {}  # doc id -> annotation ids
        self._backlinks: dict[str, set[str]] = {}  # annotation id -> ids of annotations linking to it
        self._orphans: set[str] = set()  # ids of orphaned annotations
        # (doc id, start, end) -> annotation ids on exactly that span; built on first use
        # (opening a large database does not pay for it), then kept current by _index_annotation
        self._by_span: dict[tuple[str, int, int], set[str]] | None = None
        self._recorders: list[ChangeLog] = []  # open recording() blocks
        self._doc_key: dict[str, str] = {}  # doc id -> record key
        self._by_path: dict[str, dict[str, int]] = {}  # abspath -> {doc id: seq}
        self._analysis_key: dict[tuple[str, str], str] = {}  # (doc id, engine) -> record key
        self._set_key: dict[tuple[tuple[str, ...], str], str] = {}  # (sorted doc ids, engine) -> record key
        self._sets_of_doc: dict[str, dict[str, tuple[str, int]]] = {}  # doc id -> {record key: (engine, seq)}
        self._set_seq = 0
        self._position_key: dict[str, str] = {}  # doc id -> record key
        self._merged_key: dict[str, str] = {}  # annotation id -> record key in MERGED
        self._rejected_pair_key: dict[frozenset[tuple[str, int, int]], str] = {}  # the two claims -> record key
        self._pending_key: dict[str, str] = {}  # pending annotation id -> record key
        self._pending_by_doc: dict[str, set[str]] = {}  # doc id -> pending annotation ids
        #: what the last :meth:`add_document` did with pending annotations: (attached ids, [(id, why not)])
        self.last_attached: tuple[list[str], list[tuple[str, str]]] = ([], [])
        self._next_key: dict[str, int] = {}
        self._seq = 0
        self._undo_keys: list[int] = []  # undo table keys, oldest first
        self._undo_pos = 0  # steps [0, pos) are done, [pos, end) undone (redoable)
        self._txn: tuple[str, dict[tuple[str, str], tuple[Any, Any]]] | None = None  # open transaction()
        # Loading and indexing make many objects, none of them garbage: one pause for both (the
        # collector would scan the records in between).
        with paused_gc():
            self._storage: JournalStorage | MemoryStorage = (
                MemoryStorage() if path is None else JournalStorage(path, read_only=read_only)
            )
            try:
                self._open()
            except BaseException:
                self._storage.close()
                raise
            if len(self._ann_key) > _FREEZE_ABOVE:
                # The records live as long as the store: frozen, the collector's next full pass
                # (70 ms at 50,000 annotations, on some later key in the reader) skips them.
                # Reference counting still frees them; JSON records hold no cycles.
                gc.freeze()

    # -- life cycle --------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    def close(self) -> None:
        """Save a compact snapshot (if anything changed) and release the database."""
        if not self._closed:
            self._closed = True
            self._storage.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def protected_paths(self) -> dict[str, str]:
        """Files an export must never write over: ``{real path: what it is}``.

        The database, its journal and lock, its snapshot temporary files
        (``DB.tmp-*``: a key ending in ``*`` stands for every name starting
        with the rest) and every article stored in
        it (by its ``path`` and the ``abspath`` recorded when it was added).
        Paths are resolved (:func:`os.path.realpath`: symlinks, ``..``,
        relative to the current folder), so any spelling of one file compares
        equal; see :func:`annotations.exchange.export.check_output`.
        """
        if self._path is None:
            return {}
        db = self._path
        protected = {
            os.path.realpath(db): "the database",
            os.path.realpath(f"{db}.journal"): "the database's journal",
            os.path.realpath(f"{db}.lock"): "the database's lock file",
            os.path.join(os.path.realpath(db.parent), f"{db.name}.tmp-*"): "a temporary file of the database",
        }
        for record in self._tables().get(DOCUMENTS, {}).values():
            for name in (record.get("abspath"), record.get("path")):
                if name:
                    protected.setdefault(os.path.realpath(name), "an article stored in the database")
        return protected

    def compact(self) -> None:
        """Rewrite the snapshot now and empty the journal (done automatically as it grows)."""
        self._check_writable()
        self._storage.compact()

    def _open(self) -> None:
        data = self._storage.read()
        if data is None:
            if not self._read_only:  # a new database
                self._storage.write({META_TABLE: {"1": {"app": APP_NAME, "schema_version": SCHEMA_VERSION}}})
            return
        self._migrate(data)
        for table, spec in TABLES.items():
            if spec.index is None:
                continue
            index = getattr(self, spec.index)  # resolved once per table: opening indexes every record
            key, top = None, 0
            try:
                for key, record in data.get(table, {}).items():
                    index(key, None, record)
                    top = max(top, int(key))
                self._next_key[table] = top + 1
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise StoreCorrupt(
                    self._path, f"damaged database: record {key} of table {table!r} is malformed ({exc!r})"
                ) from None
        try:
            self._undo_keys = sorted(int(k) for k in data.get(UNDO, {}))
        except ValueError:
            raise StoreCorrupt(self._path, f"damaged database: table {UNDO!r} has a non-numeric key") from None
        undo = data.get(UNDO, {})
        self._undo_pos = next(
            (i for i, k in enumerate(self._undo_keys) if undo[str(k)].get("undone")), len(self._undo_keys)
        )

    def _migrate(self, data: Tables) -> None:
        meta = next(iter(data[META_TABLE].values()))
        version = meta.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 0:
            raise StoreCorrupt(self._path, f"damaged database: bad schema_version {version!r} in {META_TABLE}")
        if version > SCHEMA_VERSION:
            raise StoreTooNew(
                self._path,
                f"written by a newer presslens (schema {version}; this version reads up to {SCHEMA_VERSION}); "
                "upgrade presslens to open it",
            )
        if version == SCHEMA_VERSION:
            return
        old_version = version
        backup = json.dumps(data).encode("ascii")  # the old state, journal included
        while version < SCHEMA_VERSION:
            migrate = MIGRATIONS.get(version)
            if migrate is None:
                raise StoreForeign(self._path, f"no migration from schema {version} to {version + 1}")
            result = migrate(data)
            if result is not None and result is not data:
                data.clear()
                data.update(result)
            version += 1
        meta_key = next(iter(data[META_TABLE]))
        data[META_TABLE][meta_key] = {**data[META_TABLE][meta_key], "schema_version": SCHEMA_VERSION}
        if not self._read_only and self._path is not None:
            backup_path = self._path.with_name(f"{self._path.name}.schema{old_version}.bak")
            if not backup_path.exists():
                backup_path.write_bytes(backup)
            self._storage.write(data)

    # -- the one way to change anything ----------------------------------------

    def _check_writable(self) -> None:
        if self._closed:
            raise StoreError(self._path, "the store is closed")
        if self._read_only:
            raise StoreReadOnly(self._path, "opened read-only; changes are not saved")

    def _tables(self) -> Tables:
        return self._storage.read() or {}

    def _new_key(self, table: str) -> str:
        key = self._next_key.get(table, 1)
        self._next_key[table] = key + 1
        return str(key)

    def _commit(self, batch: _Batch, description: str | None = None, *, extra: Sequence[Op] = ()) -> bool:
        """Save ``batch`` (plus raw ``extra`` ops) as one durable change, apply it, re-index.

        With a ``description`` the change becomes an undo step.  Returns
        False (and saves nothing) if nothing would change.
        """
        self._check_writable()
        tables = self._tables()
        diffs = []
        for (table, key), new in batch.changes.items():
            old = tables.get(table, {}).get(key)
            if old != new:
                diffs.append((table, key, old, new))
        ops: list[Op] = [["put", t, k, new] if new is not None else ["del", t, k] for t, k, _, new in diffs]
        ops += extra
        undo_keys = None
        if description is not None and diffs and self._txn is None:
            step_ops, undo_keys = self._new_undo_step(description, diffs)
            ops += step_ops
        if not ops:
            return False
        self._storage.commit(ops)  # durable from here on
        for table, key, old, new in diffs:
            self._index(table, key, old, new)
        if undo_keys is not None:
            self._undo_keys, self._undo_pos = undo_keys, len(undo_keys)
        if description is not None and self._txn is not None:
            for table, key, old, new in diffs:
                first_old = self._txn[1].get((table, key), (old, new))[0]
                self._txn[1][(table, key)] = (first_old, new)
        return True

    @contextmanager
    def transaction(self, description: str) -> Iterator[None]:
        """Group several changes into one undo step (one user action, one undo).

        Each change inside is still saved durably as it happens; the undo step
        is written when the block ends (also when it raises: what was saved
        can be undone).
        """
        if self._txn is not None:  # nested: part of the outer step
            yield
            return
        self._txn = (description, {})
        try:
            yield
        finally:
            _, changes = self._txn
            self._txn = None
            diffs = [(t, k, old, new) for (t, k), (old, new) in changes.items() if old != new]
            if diffs:
                step_ops, undo_keys = self._new_undo_step(description, diffs)
                self._storage.commit(step_ops)
                self._undo_keys, self._undo_pos = undo_keys, len(undo_keys)

    def _new_undo_step(self, description: str, diffs: list[tuple[str, str, Any, Any]]) -> tuple[list[Op], list[int]]:
        """Ops recording a new undo step (dropping the redo branch and the oldest steps)."""
        redo_branch = self._undo_keys[self._undo_pos :]
        keys = self._undo_keys[: self._undo_pos]
        new_key = self._undo_keys[-1] + 1 if self._undo_keys else 1
        keys.append(new_key)
        dropped = redo_branch + keys[: max(0, len(keys) - UNDO_LIMIT)]
        keys = keys[max(0, len(keys) - UNDO_LIMIT) :]
        step = {
            "description": description,
            "at": utc_now(),
            "undone": False,
            "changes": [[t, k, old, new] for t, k, old, new in diffs],
        }
        ops: list[Op] = [["del", UNDO, str(k)] for k in dropped]
        ops.append(["put", UNDO, str(new_key), step])
        return ops, keys

    def _index(self, table: str, key: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        """Keep the in-memory indexes in step with one record change (the table's :data:`TABLES` entry)."""
        spec = TABLES.get(table)
        if spec is not None and spec.index is not None:
            getattr(self, spec.index)(key, old, new)
        if new is not None:
            self._next_key[table] = max(self._next_key.get(table, 1), int(key) + 1)

    def _index_annotation(self, key: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        spans = self._by_span
        if old is not None:
            ann_id = old["id"]
            self._ann_key.pop(ann_id, None)
            self._by_doc.get(old["doc_id"], set()).discard(ann_id)
            self._orphans.discard(ann_id)
            for link in old.get("links") or ():
                self._backlinks.get(link["target"], set()).discard(ann_id)
            if spans is not None:
                spans.get((old["doc_id"], old["start"], old["end"]), set()).discard(ann_id)
            for log in self._recorders:
                log.touch(ann_id, old["doc_id"], old.get("links") or ())
        if new is not None:
            ann_id = str(new["id"])
            self._ann_key[ann_id] = key
            self._by_doc.setdefault(str(new["doc_id"]), set()).add(ann_id)
            if new.get("orphan"):
                self._orphans.add(ann_id)
            for link in new.get("links") or ():
                self._backlinks.setdefault(str(link["target"]), set()).add(ann_id)
            if spans is not None:
                spans.setdefault((str(new["doc_id"]), new["start"], new["end"]), set()).add(ann_id)
            for log in self._recorders:
                log.touch(ann_id, str(new["doc_id"]), new.get("links") or ())

    def _index_document(self, key: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        if old is not None:
            self._doc_key.pop(old["id"], None)
            self._by_path.get(old.get("abspath", ""), {}).pop(old["id"], None)
        if new is not None:
            self._doc_key[str(new["id"])] = key
            seq = int(new.get("seq", 0))
            self._seq = max(self._seq, seq)
            if new.get("abspath"):
                self._by_path.setdefault(new["abspath"], {})[str(new["id"])] = seq

    def _index_analysis(self, key: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        if old is not None:
            self._analysis_key.pop((old["doc_id"], old["engine"]), None)
        if new is not None:
            self._analysis_key[(str(new["doc_id"]), str(new["engine"]))] = key

    def _index_pending(self, key: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        if old is not None:
            ann = old["annotation"]
            self._pending_key.pop(ann["id"], None)
            self._pending_by_doc.get(ann["doc_id"], set()).discard(ann["id"])
        if new is not None:
            ann = new["annotation"]
            self._pending_key[str(ann["id"])] = key
            self._pending_by_doc.setdefault(str(ann["doc_id"]), set()).add(str(ann["id"]))

    def _index_position(self, key: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        if old is not None:
            self._position_key.pop(old["doc_id"], None)
        if new is not None:
            self._position_key[str(new["doc_id"])] = key

    def _index_rejected_pair(self, key: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        if old is not None:
            self._rejected_pair_key.pop(_pair_key(old["a"], old["b"]), None)
        if new is not None:
            self._rejected_pair_key[_pair_key(new["a"], new["b"])] = key

    def _index_merged(self, key: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        if old is not None:
            self._merged_key.pop(old["id"], None)
        if new is not None:
            self._merged_key[str(new["id"])] = key

    def _index_set_analysis(self, key: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        if old is not None:
            self._set_key.pop((tuple(old["docs"]), old["engine"]), None)
            for doc_id in old["docs"]:
                self._sets_of_doc.get(doc_id, {}).pop(key, None)
        if new is not None:
            engine, seq = str(new["engine"]), int(new["seq"])
            self._set_key[(tuple(str(d) for d in new["docs"]), engine)] = key
            self._set_seq = max(self._set_seq, seq)
            for doc_id in new["docs"]:
                self._sets_of_doc.setdefault(str(doc_id), {})[key] = (engine, seq)

    def _record(self, table: str, key: str | None) -> dict[str, Any] | None:
        """A record as stored (shared with the tables: never change it in place), or None."""
        if key is None:
            return None
        return self._tables().get(table, {}).get(key)

    def _read(self, table: str, key: str | None) -> Any:
        """A record as its model object (:data:`TABLES`), or None: the one way records are read."""
        record = self._record(table, key)
        return TABLES[table].record.from_dict(record) if record is not None else None

    # -- documents ---------------------------------------------------------------

    def add_document(self, doc: Document) -> None:
        """Save a document (with its text).  Idempotent by id; updates path and metadata.

        Also marks it as the newest version of its path (what :meth:`find_document`
        and :meth:`reanchor` go by).
        """
        self._check_writable()
        abspath = _abspath(doc.path)
        fields = {**doc.to_dict(with_text=False), "abspath": abspath}
        key = self._doc_key.get(doc.id)
        if key is not None:
            old = self._tables()[DOCUMENTS][key]
            newest = not abspath or self._newest(abspath) == doc.id
            if newest and all(old.get(name) == value for name, value in fields.items()):
                self._attach_pending(doc)
                return
            record = {**old, **fields}
        else:
            key = self._new_key(DOCUMENTS)
            record = {**doc.to_dict(), "abspath": abspath, "added": utc_now()}
        record["seq"] = self._seq + 1
        batch = _Batch(self._tables())
        batch.put(DOCUMENTS, key, record)
        self._commit(batch)
        self._attach_pending(doc)

    # -- pending annotations (imported before their article) ----------------------

    def add_pending(self, anns: Iterable[Annotation], docs: Mapping[str, Mapping[str, Any]]) -> int:
        """Keep annotations whose article is not here yet (one change, not undoable); returns how many.

        ``docs`` (doc id -> ``{path, title, ...}``) says which article each waits
        for.  They move to the annotations when a document with that id is added.
        """
        self._check_writable()
        anns = list(anns)
        batch = _Batch(self._tables())
        for ann in anns:
            validate_annotation(ann)
            info = {k: v for k, v in dict(docs.get(ann.doc_id, {})).items() if k != "text"}
            key = self._pending_key.get(ann.id) or self._new_key(PENDING)
            batch.put(PENDING, key, {"annotation": ann.to_dict(), "doc": {**info, "id": ann.doc_id}})
        self._commit(batch)
        return len(anns)

    def pending(self, doc_id: str | None = None) -> list[tuple[Annotation, dict[str, Any]]]:
        """Pending annotations (of ``doc_id``, else all) with the article they wait for, sorted."""
        table = self._tables().get(PENDING, {})
        ids = self._pending_by_doc.get(doc_id, set()) if doc_id is not None else self._pending_key
        records = [table[self._pending_key[i]] for i in ids if i in self._pending_key]
        out = [(Annotation.from_dict(r["annotation"]), dict(r.get("doc") or {})) for r in records]
        return sorted(out, key=lambda p: (p[0].doc_id, p[0].start, p[0].end, p[0].id))

    @property
    def has_pending(self) -> bool:
        return bool(self._pending_key)

    def get_pending(self, ann_id: str) -> Annotation | None:
        key = self._pending_key.get(ann_id)
        return None if key is None else Annotation.from_dict(self._tables()[PENDING][key]["annotation"])

    def _attach_pending(self, doc: Document) -> None:
        """Move ``doc``'s pending annotations to the annotations, if their words are there.

        One whose quote (or speaker, cue) is not the text at its offsets stays
        pending, never placed on other words; :attr:`last_attached` says which and why.
        """
        self.last_attached = ([], [])
        ids = self._pending_by_doc.get(doc.id)
        if not ids:
            return
        batch = _Batch(self._tables())
        attached, refused = [], []
        for ann, _info in self.pending(doc.id):
            problem = pending_problem(ann, doc)
            if problem is None and ann.id in self._ann_key:
                problem = "an annotation with this id already exists"
            if problem is not None:
                refused.append((ann.id, problem))
                continue
            batch.put(PENDING, self._pending_key[ann.id], None)
            batch.put(ANNOTATIONS, self._new_key(ANNOTATIONS), ann.to_dict())
            attached.append(ann.id)
        if attached:
            self._commit(batch)
        self.last_attached = (attached, refused)

    def _newest(self, abspath: str) -> str | None:
        versions = self._by_path.get(abspath)
        return max(versions, key=versions.__getitem__) if versions else None

    def current_documents(self) -> list[Document]:
        """The current version of each stored file (the one rule: the version last seen at its path).

        Documents with no path are each their own file.  In the order first added.
        """
        current = {self._newest(abspath) for abspath in self._by_path}
        return [d for d in self.documents() if not d.path or d.id in current]

    def older_versions(self, doc: Document) -> list[str]:
        """Ids of the other stored versions of ``doc``'s file (same absolute path, other text)."""
        return sorted(d for d in self._by_path.get(_abspath(doc.path), {}) if d != doc.id)

    def get_document(self, doc_id: str) -> Document | None:
        return self._read(DOCUMENTS, self._doc_key.get(doc_id))

    def documents(self) -> list[Document]:
        """All documents, in the order they were first added."""
        return [self._read(DOCUMENTS, key) for key in sorted(self._tables().get(DOCUMENTS, {}), key=int)]

    def find_document(self, ref: str) -> Document | None:
        """A document by id, by path (its newest version) or by a unique id prefix of 8+ characters."""
        if ref in self._doc_key:
            return self.get_document(ref)
        newest = self._newest(_abspath(ref))
        if newest is not None:
            return self.get_document(newest)
        if len(ref) >= 8:
            matches = [doc_id for doc_id in self._doc_key if doc_id.startswith(ref.lower())]
            if len(matches) == 1:
                return self.get_document(matches[0])
        return None

    # -- annotations ---------------------------------------------------------------

    def new_annotation(
        self,
        doc: Document,
        start: int,
        end: int,
        *,
        tags: Iterable[str] = (),
        comment: str = "",
        author: str | None = None,
        generator: dict[str, str] | None = None,
        label: str | None = None,
        status: str = "human",
        speaker: dict | None = None,
        cue: dict | None = None,
    ) -> Annotation:
        """Create and save an annotation of ``doc.text[start:end]`` (adds ``doc`` if new)."""
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(doc.text)):
            raise ValueError(f"span {start}:{end} is not a non-empty span of the text (0:{len(doc.text)})")
        self._check_writable()
        if doc.id not in self._doc_key:
            self.add_document(doc)
        ann = Annotation.for_span(
            doc,
            start,
            end,
            id=str(uuid.uuid4()),
            tags=list(tags),
            comment=comment,
            author=author,
            generator=dict(generator) if generator else None,
            label=label,
            status=status,
            speaker=speaker,
            cue=cue,
        )
        return self.add(ann)

    def add(self, ann: Annotation) -> Annotation:
        """Save a new annotation as given (an empty ``id`` gets a uuid4).  Undoable."""
        self.add_many([ann])
        return ann

    def add_many(self, anns: Iterable[Annotation], *, undoable: bool = True, checked: bool = False) -> list[Annotation]:
        """Save new annotations in one change (one undo step, or none: ``undoable=False``, for imports).

        ``checked``: the caller has just passed every one through :func:`validate_annotation`
        (the importer checks a whole file before it writes anything), so it is not done twice.
        """
        self._check_writable()
        anns = list(anns)
        if not anns:
            return anns
        batch = _Batch(self._tables())
        seen: set[str] = set()
        for ann in anns:
            if not ann.id:
                ann.id = str(uuid.uuid4())
            if ann.id in self._ann_key or ann.id in seen:
                raise ValueError(f"annotation {ann.id} already exists; use update() to change it")
            if not checked:
                validate_annotation(ann)
            seen.add(ann.id)
        for ann in anns:
            batch.put(ANNOTATIONS, self._new_key(ANNOTATIONS), ann.to_dict())
        what = _describe(anns[0].to_dict()) if len(anns) == 1 else plural(len(anns), "annotation")
        self._commit(batch, f"add {what}" if undoable else None)
        return anns

    def update(self, ann: Annotation) -> Annotation:
        """Save changes to an existing annotation; sets ``modified``.  Undoable.

        :raises KeyError: no annotation with that id.
        """
        self._check_writable()
        key = self._key(ann.id)
        validate_annotation(ann)
        ann.modified = utc_now()
        batch = _Batch(self._tables())
        batch.put(ANNOTATIONS, key, ann.to_dict())
        self._commit(batch, f"edit {_describe(ann.to_dict())}")
        return ann

    def delete(self, ann_id: str) -> None:
        """Delete an annotation and the links pointing at it.  Undoable.

        :raises KeyError: no annotation with that id.
        """
        self._check_writable()
        key = self._key(ann_id)
        batch = _Batch(self._tables())
        description = f"delete {_describe(batch.get(ANNOTATIONS, key) or {})}"
        batch.put(ANNOTATIONS, key, None)
        self._rewrite_links(batch, ann_id, lambda links: [l for l in links if l["target"] != ann_id])
        self._commit(batch, description)

    def get(self, ann_id: str) -> Annotation | None:
        return self._read(ANNOTATIONS, self._ann_key.get(ann_id))

    def annotations(self, doc_id: str | None = None) -> list[Annotation]:
        """Annotations of one document (or all), sorted by (doc_id, start, end, id)."""
        ids = self._ann_key if doc_id is None else self._by_doc.get(doc_id, ())
        return self._annotations(ids)

    def annotations_on(self, doc_id: str, start: int, end: int) -> list[Annotation]:
        """Annotations on exactly ``doc_id[start:end]`` (indexed: no scan of the document's annotations)."""
        return self._annotations(self.index_spans().get((doc_id, start, end), ()))

    def index_spans(self) -> dict[tuple[str, int, int], set[str]]:
        """The exact-span index, built now if it is not yet (about 0.2 s per 100,000 annotations).

        Opening does not build it; the reader asks for it on the store thread after loading,
        so the first change made does not wait for it.
        """
        if self._by_span is None:
            tables = self._tables().get(ANNOTATIONS, {})
            spans: dict[tuple[str, int, int], set[str]] = {}
            for ann_id, key in self._ann_key.items():
                record = tables[key]
                spans.setdefault((record["doc_id"], record["start"], record["end"]), set()).add(ann_id)
            self._by_span = spans
        return self._by_span

    @contextmanager
    def recording(self) -> Iterator[ChangeLog]:
        """Note which annotations the changes made inside the block touch (see :meth:`changes`).

        What a reader needs to bring its copy up to date without reading every annotation again.
        """
        log = ChangeLog()
        self._recorders.append(log)
        try:
            yield log
        finally:
            self._recorders.remove(log)

    def changes(self, log: ChangeLog) -> dict[str, AnnotationDelta]:
        """Per document touched: its annotations as they are now among those the log names, and
        the ids no longer in it; plus the annotations whose links point at a touched one
        (linking or unlinking changes how the target is shown, not its record)."""
        out: dict[str, AnnotationDelta] = {}
        for ann_id, doc_ids in log.touched.items():
            current = self.get(ann_id)
            for doc_id in doc_ids:
                delta = out.setdefault(doc_id, AnnotationDelta())
                if current is not None and current.doc_id == doc_id:
                    delta.current.append(current)
                else:
                    delta.removed.append(ann_id)
        for target in log.link_targets - log.touched.keys():
            current = self.get(target)
            if current is not None:
                out.setdefault(current.doc_id, AnnotationDelta()).current.append(current)
        return out

    def links_to(self, ann_id: str) -> list[Annotation]:
        """Annotations with a link to ``ann_id`` (indexed: no scan)."""
        return self._annotations(self._backlinks.get(ann_id, ()))

    def orphans(self) -> list[Annotation]:
        """Annotations that re-anchoring could not place in their document's current text."""
        return self._annotations(self._orphans)

    def _annotations(self, ann_ids: Iterable[str]) -> list[Annotation]:
        found = (self._read(ANNOTATIONS, self._ann_key.get(a)) for a in ann_ids)
        return _sorted(a for a in found if a is not None)

    def link(self, src_id: str, dst_id: str, relation: str) -> None:
        """Link annotation ``src_id`` to ``dst_id`` (``relation`` e.g. "supports").  Undoable.

        Linking twice with the same relation does nothing.
        :raises KeyError: either annotation does not exist.
        """
        from annotations.core.text import check_field

        self._check_writable()
        if not relation or not isinstance(relation, str):
            raise ValueError("a link needs a relation, e.g. 'same-claim'")
        check_field("the relation", relation)  # every other field is checked by validate_annotation
        if src_id == dst_id:
            raise ValueError("an annotation cannot be linked to itself")
        key = self._key(src_id)
        dst = self._tables()[ANNOTATIONS][self._key(dst_id)]
        batch = _Batch(self._tables())
        src = batch.get(ANNOTATIONS, key) or {}
        if any(l["target"] == dst_id and l["relation"] == relation for l in src.get("links") or ()):
            return
        link = Link(dst_id, relation, dst["doc_id"]).to_dict()
        batch.put(ANNOTATIONS, key, {**src, "links": [*src.get("links", []), link], "modified": utc_now()})
        self._commit(batch, f"link {_describe(src)} {relation} {_describe(dst)}")

    def unlink(self, src_id: str, dst_id: str, relation: str | None = None) -> None:
        """Remove links from ``src_id`` to ``dst_id`` (only ``relation``, if given).  Undoable."""
        self._check_writable()
        key = self._key(src_id)
        batch = _Batch(self._tables())
        src = batch.get(ANNOTATIONS, key) or {}
        links = src.get("links") or []
        kept = [l for l in links if not (l["target"] == dst_id and relation in (None, l["relation"]))]
        if kept != links:
            batch.put(ANNOTATIONS, key, {**src, "links": kept, "modified": utc_now()})
            self._commit(batch, f"unlink {_describe(src)}")

    def _key(self, ann_id: str) -> str:
        try:
            return self._ann_key[ann_id]
        except KeyError:
            raise KeyError(f"no annotation {ann_id!r}") from None

    def _rewrite_links(self, batch: _Batch, target: str, rewrite: Callable[[list[dict]], list[dict]]) -> None:
        """Apply ``rewrite`` to the links of every annotation that links to ``target``."""
        now = utc_now()
        for src_id in sorted(self._backlinks.get(target, ())):
            key = self._ann_key[src_id]
            record = batch.get(ANNOTATIONS, key)
            if record is not None:
                batch.put(ANNOTATIONS, key, {**record, "links": rewrite(record.get("links") or []), "modified": now})

    # -- merging coders' databases -------------------------------------------------

    def annotation_records(self) -> Iterator[dict[str, Any]]:
        """Every annotation as stored (:meth:`Annotation.to_dict`'s shape), in no particular order.

        The stored dicts themselves, for whole-database work (merging, agreement at
        50,000 annotations) where building an :class:`Annotation` for each would cost
        more than the work: never change one in place.
        """
        return iter(self._tables().get(ANNOTATIONS, {}).values())

    def annotation_record(self, ann_id: str) -> dict[str, Any] | None:
        """One annotation as stored (never change it in place), or None."""
        return self._record(ANNOTATIONS, self._ann_key.get(ann_id))

    def merge_base(self, ann_id: str) -> str | None:
        """The hash of the version of ``ann_id`` a merge last brought in, or None."""
        record = self._record(MERGED, self._merged_key.get(ann_id))
        return None if record is None else str(record.get("hash"))

    def apply_merge(
        self,
        records: Sequence[dict[str, Any]],
        bases: dict[str, tuple[str, str]],
        *,
        documents: Sequence[Document] = (),
        checked: bool = False,
    ) -> None:
        """Save merged annotations as given and record their merge bases, in ONE durable change.

        ``documents``: the documents they need that the store lacks (added as :meth:`add_document`
        adds one; those it has are left as they are).  ``records``: annotation dicts, each added, or replacing the stored one with its id
        (kept exactly: times and all, nothing stamped); ``bases``: ``{annotation id:
        (hash, input)}``.  Not undoable: a merge is repeatable from its inputs, and an undo
        step holding every merged annotation twice would double the journal.  Each record is
        checked (:func:`validate_record`) before anything is written, unless ``checked``: the
        caller has just done it.
        """
        self._check_writable()
        if not checked:
            for record in records:
                validate_record(record)
        batch = _Batch(self._tables())
        now = utc_now()
        for i, doc in enumerate(d for d in documents if d.id not in self._doc_key):  # as add_document() adds one
            record = {**doc.to_dict(), "abspath": _abspath(doc.path), "added": now, "seq": self._seq + 1 + i}
            batch.put(DOCUMENTS, self._new_key(DOCUMENTS), record)
        for record in records:
            batch.put(ANNOTATIONS, self._ann_key.get(record["id"]) or self._new_key(ANNOTATIONS), record)
        for ann_id, (digest, source) in bases.items():
            key = self._merged_key.get(ann_id) or self._new_key(MERGED)
            batch.put(MERGED, key, {"id": ann_id, "hash": digest, "from": source})
        self._commit(batch)

    # -- where the reader left each document -----------------------------------------

    def get_position(self, doc_id: str) -> tuple[int, int] | None:
        """``(cursor offset, first line shown)`` where the reader left ``doc_id``, or None."""
        record = self._record(POSITIONS, self._position_key.get(doc_id))
        if record is None:
            return None
        return int(record.get("cursor", 0)), int(record.get("top", 0))

    # -- claim alignment decisions ---------------------------------------------------------

    def reject_pair(self, a: ClaimRef, b: ClaimRef, author: str | None) -> bool:
        """Record that claims ``a`` and ``b`` are not counterparts (in either order).  Undoable.

        False when it was already recorded.  (A confirmed pair is a link annotation instead:
        see :data:`annotations.actions.PAIR_LINKS`.)
        """
        self._check_writable()
        if _pair_key(a.to_dict(), b.to_dict()) in self._rejected_pair_key:
            return False
        batch = _Batch(self._tables())
        record = {"a": a.to_dict(), "b": b.to_dict(), "author": author or "", "at": utc_now()}
        batch.put(REJECTED_PAIRS, self._new_key(REJECTED_PAIRS), record)
        return self._commit(batch, "reject a counterpart")

    def rejected_pairs(self) -> set[frozenset[tuple[str, int, int]]]:
        """Every pair of claims a person rejected, each as a frozenset of two (doc id, start, end)."""
        return set(self._rejected_pair_key)

    def put_position(self, doc_id: str, cursor: int, top: int, *, active: bool = False) -> None:
        """Remember where the reader is in ``doc_id`` (not undoable: it is not an annotation), and
        whether it is the article the reader was in (``active``: its column had the focus).

        Writes nothing when it is where it was.
        """
        self._check_writable()
        record = self._record(POSITIONS, self._position_key.get(doc_id))
        if self.get_position(doc_id) == (cursor, top) and bool(record and record.get("active")) == active:
            return
        key = self._position_key.get(doc_id) or self._new_key(POSITIONS)
        batch = _Batch(self._tables())
        new = {"doc_id": doc_id, "cursor": int(cursor), "top": int(top), "at": utc_now()}
        if active:
            new["active"] = True
        batch.put(POSITIONS, key, new)
        self._commit(batch)

    def active_document(self, doc_ids: Iterable[str]) -> str | None:
        """Which of ``doc_ids`` the reader was in when it last left them (the latest one saved
        as ``active``), or None."""
        found = []
        for doc_id in doc_ids:
            record = self._record(POSITIONS, self._position_key.get(doc_id))
            if record is not None and record.get("active"):
                found.append((str(record.get("at", "")), doc_id))
        return max(found)[1] if found else None

    # -- extraction cache -------------------------------------------------------------

    def get_analysis(self, doc_id: str, engine: str) -> Analysis | None:
        return self._read(ANALYSES, self._analysis_key.get((doc_id, engine)))

    def put_analysis(self, analysis: Analysis) -> None:
        """Cache an engine's analysis of a document (replacing an older one of the same engine)."""
        self._check_writable()
        key = self._analysis_key.get((analysis.doc_id, analysis.engine)) or self._new_key(ANALYSES)
        batch = _Batch(self._tables())
        batch.put(ANALYSES, key, {**analysis.to_dict(), "at": utc_now()})
        self._commit(batch)

    def get_set_analysis(self, doc_ids: Iterable[str], engine: str) -> SetAnalysis | None:
        """The result kept for this set of documents (in any order) and engine label, in sorted id order."""
        return self._read(SET_ANALYSES, self._set_key.get((set_key(doc_ids), engine)))

    def put_set_analysis(self, result: SetAnalysis) -> None:
        """Keep a set's result and make it the one shown for its documents (see :meth:`shown_analyses`).

        Writes nothing when the same result is already kept and shown.
        """
        self._check_writable()
        fields = result.to_dict()
        key = self._set_key.get((result.key, result.engine))
        old = self._record(SET_ANALYSES, key)
        if old is not None and all(old.get(name) == value for name, value in fields.items()):
            newest = all(self._newest_set(doc_id, result.engine) == key for doc_id in result.key)
            if newest:
                return
            record = {**old, "seq": self._set_seq + 1}  # shown again: made earlier, current now
        else:
            record = {**fields, "at": utc_now(), "seq": self._set_seq + 1}
        batch = _Batch(self._tables())
        batch.put(SET_ANALYSES, key or self._new_key(SET_ANALYSES), record)
        self._commit(batch)

    def _newest_set(self, doc_id: str, engine: str) -> str | None:
        sets = [(seq, key) for key, (e, seq) in self._sets_of_doc.get(doc_id, {}).items() if e == engine]
        return max(sets)[1] if sets else None

    def shown_analyses(self, doc_id: str) -> list[tuple[Analysis, str]]:
        """A document's analysis as last shown, per engine (by label), with when it was made.

        The one rule for what an export emits: the document's analysis in the set
        result most recently kept or shown (:meth:`put_set_analysis`) containing it.
        """
        out = []
        engines = sorted({engine for engine, _ in self._sets_of_doc.get(doc_id, {}).values()})
        for engine in engines:
            record = self._record(SET_ANALYSES, self._newest_set(doc_id, engine))
            if record is None:
                continue
            analysis = SetAnalysis.from_dict(record).get(doc_id)
            if analysis is not None:
                out.append((analysis, str(record.get("at") or "1970-01-01T00:00:00.000Z")))
        return out

    # -- undo / redo ----------------------------------------------------------------------

    def undo(self) -> str | None:
        """Undo the last change to annotations; returns its description, None if nothing to undo."""
        self._check_writable()
        if self._undo_pos == 0:
            return None
        return self._step(self._undo_keys[self._undo_pos - 1], undo=True)

    def redo(self) -> str | None:
        """Redo the last undone change; returns its description, None if nothing to redo."""
        self._check_writable()
        if self._undo_pos == len(self._undo_keys):
            return None
        return self._step(self._undo_keys[self._undo_pos], undo=False)

    def _step(self, key: int, *, undo: bool) -> str:
        step = self._tables()[UNDO][str(key)]
        batch = _Batch(self._tables())
        for table, record_key, before, after in step["changes"]:
            batch.put(table, record_key, before if undo else after)
        self._commit(batch, extra=[["put", UNDO, str(key), {**step, "undone": undo}]])
        self._undo_pos += -1 if undo else 1
        return str(step["description"])

    # -- re-anchoring --------------------------------------------------------------------

    def reanchor(self, doc: Document) -> ReanchorReport:
        """Move annotations of older versions of ``doc``'s file onto ``doc``.

        Older versions are the stored documents with the same path and another
        id.  Each of their annotations is re-attached by quote and context
        (:func:`annotations.store.anchor.reattach`): found again as the very same
        words, it moves to ``doc`` (offsets, quote and context updated, links
        to it follow); otherwise it stays on its old document (whose text is
        kept) with ``orphan=True`` and its old quote, for the researcher to
        review (:meth:`candidate_span` offers where its words seem to have
        gone).  Never dropped, never silently moved onto different words.
        One undo step.
        """
        self._check_writable()
        self.add_document(doc)
        old_ids = self.older_versions(doc)
        report = ReanchorReport(doc.id, old_ids)
        batch = _Batch(self._tables())
        now = utc_now()
        for old_id in old_ids:
            for ann_id in sorted(self._by_doc.get(old_id, ())):
                key = self._ann_key[ann_id]
                record = batch.get(ANNOTATIONS, key) or {}
                span, same = reattach(doc.text, record["quote"], record["prefix"], record["suffix"], record["start"])
                if span is None or not same:
                    report.orphaned.append(ann_id)
                    if span is not None:
                        report.changed.append(ann_id)
                    if not record.get("orphan"):
                        batch.put(ANNOTATIONS, key, {**record, "orphan": True, "modified": now})
                    continue
                report.moved.append(ann_id)
                prefix, quote, suffix = quote_context(doc.text, *span)
                moved = {"doc_id": doc.id, "start": span[0], "end": span[1], "quote": quote}
                moved.update(prefix=prefix, suffix=suffix, orphan=False, modified=now)
                batch.put(ANNOTATIONS, key, {**record, **moved})
                self._rewrite_links(
                    batch,
                    ann_id,
                    lambda links, target=ann_id: [
                        {**l, "target_doc": doc.id} if l["target"] == target else l for l in links
                    ],
                )
        title = _short(article_label(doc), 30)
        self._commit(batch, f"re-anchor {plural(len(report.moved), 'annotation')} in \u201c{title}\u201d")
        return report


    def candidate_span(self, ann: Annotation, doc: Document) -> tuple[int, int] | None:
        """Where an orphan's words seem to be in ``doc``, a newer version of its file; None if nowhere.

        Only a suggestion for the researcher to confirm (the words there may differ).
        """
        old = self.get_document(ann.doc_id)
        if old is not None and old.path and _abspath(old.path) != _abspath(doc.path):
            return None
        return anchor(doc.text, ann.quote, ann.prefix, ann.suffix, ann.start)


def pending_problem(ann: Annotation, doc: Document) -> str | None:
    """Why ``ann`` cannot be placed on ``doc`` as it is (offsets, quote, speaker, cue), or ``None``."""
    if ann.orphan:
        return None
    if ann.end > len(doc.text):
        return f"offsets {ann.start}-{ann.end} lie outside the text"
    if doc.text[ann.start : ann.end] != ann.quote:
        return f"the quote does not match the text at {ann.start}-{ann.end}"
    if ann.speaker is None and ann.cue is None:  # the common case: not a claim
        return None
    speaker = ann.speaker or {}
    for role, span in (("speaker", ann.speaker), ("cue", ann.cue), ("speaker's referent", speaker.get("refers_to"))):
        if span and doc.text[span["start"] : span["end"]] != span["text"]:
            return f"the {role} does not match the text at {span['start']}-{span['end']}"
    return None


def validate_annotation(ann: Annotation) -> None:
    """Raise ValueError naming the problem: bad span, no document, unknown status, control characters."""
    _validate(ann.id, ann.start, ann.end, ann.doc_id, ann.status, ann.tags, ann.author,
              [link.relation for link in ann.links], ann.comment)


def validate_record(record: dict[str, Any]) -> None:
    """:func:`validate_annotation` for an annotation record as stored (no :class:`Annotation` built),
    plus the types :meth:`Annotation.from_dict` would otherwise coerce: for records read from
    another database (``presslens merge``), where building 50,000 objects only to check them
    would cost more than the check."""
    ann_id = record.get("id")
    tags, links, author, comment = record.get("tags"), record.get("links"), record.get("author"), record.get("comment")
    if not isinstance(ann_id, str) or not ann_id:
        raise ValueError(f"annotation {ann_id!r}: no id")
    if not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        raise ValueError(f"annotation {ann_id}: tags must be a list of strings")
    if not (isinstance(links, list) and all(isinstance(l, dict) and isinstance(l.get("relation"), str) and isinstance(l.get("target"), str) for l in links)):
        raise ValueError(f"annotation {ann_id}: links must be a list of {{target, relation}}")
    if not (author is None or isinstance(author, str)) or not isinstance(comment, str):
        raise ValueError(f"annotation {ann_id}: author and comment must be text")
    for name in ("quote", "prefix", "suffix", "created", "modified"):
        if not isinstance(record.get(name), str):
            raise ValueError(f"annotation {ann_id}: {name} must be text")
    _validate(ann_id, record.get("start"), record.get("end"), record.get("doc_id"), record.get("status"), tags,
              author, [l["relation"] for l in links], comment)


def _validate(ann_id: str, start: Any, end: Any, doc_id: Any, status: Any, tags: list[str], author: str | None,
              relations: list[str], comment: str) -> None:
    """The one rule for what an annotation may hold (see :func:`validate_annotation`)."""
    from annotations.core.text import check_field

    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
        raise ValueError(f"annotation {ann_id}: bad span {start!r}:{end!r}")
    if not doc_id or not isinstance(doc_id, str):
        raise ValueError(f"annotation {ann_id}: no doc_id")
    if status not in STATUSES:
        raise ValueError(f"annotation {ann_id}: status must be one of {', '.join(STATUSES)}, not {status!r}")
    fields = [("a tag", t) for t in tags] + [("the author", author or "")]
    fields += [("a link relation", relation) for relation in relations]
    try:
        for what, value in fields:
            check_field(what, value)
        check_field("the comment", comment, multiline=True)
    except ValueError as exc:
        raise ValueError(f"annotation {ann_id}: {exc}") from None


def _pair_key(a: dict[str, Any], b: dict[str, Any]) -> frozenset[tuple[str, int, int]]:
    return frozenset({(str(a["doc_id"]), int(a["start"]), int(a["end"])), (str(b["doc_id"]), int(b["start"]), int(b["end"]))})


def _sorted(anns: Iterable[Annotation]) -> list[Annotation]:
    return sorted(anns, key=lambda a: (a.doc_id, a.start, a.end, a.id))
