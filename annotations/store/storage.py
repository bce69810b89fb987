"""Durable TinyDB storage: a JSON snapshot plus an append-only journal.

Layout on disk, for a database ``DB`` (e.g. ``presslens.json``)::

    DB           the snapshot: an ordinary TinyDB JSON file (tables as TinyDB
                 lays them out), so plain ``TinyDB(DB)`` can read it
    DB.journal   changes since the snapshot, one JSON line each:
                 {"ops": [["put", table, key, record], ["del", table, key], ...]}
    DB.lock      held with ``flock`` while a writer has the database open
    DB.tmp-*     a snapshot being written (only ever seen after a crash;
                 removed on the next open)

Why: TinyDB's ``Table`` reads the whole database and writes it back on every
operation, and ``JSONStorage`` rewrites the whole file in place each time (slow
at scale, and a kill during a shrinking write leaves a broken file).  Here a
change costs one short ``write`` + ``fdatasync`` on the journal, whatever the
size of the database, while the snapshot is only ever replaced atomically
(temp file, fsync, rename, directory fsync) when the journal has grown large
(:meth:`JournalStorage.compact`) and on close.

Guarantees:

* :meth:`JournalStorage.commit` returns only after its journal line is on
  disk; a journal line is applied in full or not at all (a torn last line,
  left by a crash mid-append, is ignored on load and cut off before the next
  append);
* ``put``/``del`` of whole records are idempotent, so replaying a journal over
  the snapshot it was compacted into (a crash between the rename and the
  journal truncation) gives the same state;
* a file that is not valid JSON, or JSON that is not a presslens database,
  raises :class:`StoreCorrupt` / :class:`StoreForeign` and is never written to;
* one writer: a second writable open raises :class:`StoreLocked`; read-only
  opens never write and never lock.

:class:`JournalStorage` is also a complete TinyDB ``Storage``: ``write()`` (what
TinyDB's own ``Table`` methods call) replaces the snapshot atomically, so even
plain TinyDB use is durable, just not fast.  The fast path is :meth:`commit`.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tinydb.storages import MemoryStorage as _TinyMemoryStorage
from tinydb.storages import Storage

from annotations.core.errors import PresslensError
from annotations.core.files import parse_json
from annotations.core.text import line

try:  # POSIX only; see the module notes on other platforms.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

#: Name of the table that marks a file as a presslens database.
META_TABLE = "_meta"
APP_NAME = "presslens"

Tables = dict[str, dict[str, Any]]
#: One journal operation: ``("put", table, key, record)`` or ``("del", table, key)``.
Op = Sequence[Any]


# ---------------------------------------------------------------------------
# Errors


class StoreError(PresslensError):
    """A store problem.  ``str()`` is one line naming the file.

    ``why``: the problem as a short clause, for "read-only: WHY" where the database is
    named already (the reader's status line); the problem itself by default.
    """

    def __init__(self, path: str | os.PathLike[str] | None, problem: str, *, why: str | None = None) -> None:
        super().__init__(path if path is not None else "<memory>", problem)
        self.why = line(why if why is not None else problem)


class StoreLocked(StoreError):
    """Another process has the database open for writing (``why``: "in use by another presslens process (pid N)")."""


class StoreCorrupt(StoreError):
    """The database (or its journal) is damaged; it was left untouched."""


class StoreForeign(StoreError):
    """The file is not a presslens database (or is from a newer presslens); left untouched."""


class StoreReadOnly(StoreError):
    """A change was attempted on a store opened read-only."""


class StoreNotWritable(StoreError):
    """The database file, or its folder, must not or cannot be written: open it read-only."""


class SnapshotNotWritten(StoreError):
    """Closing could not rewrite the database file (e.g. the disk is full).

    Every change is still saved: it is in the journal, which the next open
    replays (and then tries the rewrite again).
    """


# ---------------------------------------------------------------------------
# Applying changes


def apply_ops(data: Tables, ops: Iterable[Op]) -> None:
    """Apply journal operations to ``data`` in place.

    Records are replaced whole, never mutated in place, so a record object may
    safely be shared (e.g. with an undo entry).
    """
    for op in ops:
        kind, table, key = op[0], op[1], op[2]
        if kind == "put":
            data.setdefault(table, {})[key] = op[3]
        elif kind == "del":
            data.get(table, {}).pop(key, None)
        else:
            raise ValueError(f"unknown journal operation {kind!r}")


def _valid_ops(ops: Any) -> bool:
    if not isinstance(ops, list):
        return False
    for op in ops:
        if not (isinstance(op, list) and len(op) >= 3 and isinstance(op[1], str) and isinstance(op[2], str)):
            return False
        if not ((op[0] == "put" and len(op) == 4 and isinstance(op[3], dict)) or (op[0] == "del" and len(op) == 3)):
            return False
    return True


class MemoryStorage(_TinyMemoryStorage):
    """TinyDB's in-memory storage plus the :meth:`commit` fast path (for tests)."""

    path: Path | None = None
    read_only = False

    def commit(self, ops: Sequence[Op]) -> None:
        if self.memory is None:
            self.memory = {}
        apply_ops(self.memory, ops)

    def compact(self) -> None:
        """Nothing to compact in memory."""


# ---------------------------------------------------------------------------
# Low-level file helpers


def _sync(fd: int) -> None:
    """Flush a file's data to stable storage (``F_FULLFSYNC`` where fsync is not enough)."""
    if fcntl is not None and hasattr(fcntl, "F_FULLFSYNC"):  # macOS
        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except OSError:
            pass
    if hasattr(os, "fdatasync"):
        os.fdatasync(fd)
    else:  # pragma: no cover
        os.fsync(fd)


def _sync_dir(directory: Path) -> None:
    """Make a rename or file creation in ``directory`` durable."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some filesystems refuse directory fsync
        pass
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


#: errno values that mean "this folder or file system may not be written".
_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


#: write_problem's answer about the file itself, as a short clause (StoreError.why).
_NOT_WRITABLE_WHY = {"is read-only (no write permission)": "the file has no write permission"}


def write_problem(path: str | os.PathLike[str]) -> str | None:
    """Why presslens must not open the database at ``path`` for writing, or ``None``.

    * The file exists and is not writable by this user (``os.access``), or has
      no write permission bit at all (``chmod 444``).  The second matters for
      root, for whom ``os.access`` always says yes: presslens saves by writing
      a new snapshot and renaming it over the file, and a rename ignores the
      file's mode, so without this check a file its owner made read-only to
      protect it would be silently replaced.  A mode without any write bit
      is a clear "do not write"; it is respected for everyone.
    * Its folder exists and is not writable (a read-only folder or mount):
      the lock, the journal and the snapshot's temporary file cannot be
      created there.  ``os.access`` answers for the folder (root may write
      into a ``chmod 555`` folder; a read-only mount says no to everyone).
    """
    path = Path(path)
    try:
        st = os.stat(path)
    except OSError:
        st = None
    if st is not None and not path.is_dir():
        if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
            return "is read-only (no write permission)"
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return f"its folder {folder} is read-only (no write permission)"
    return None


class _FileLock:
    """An exclusive, non-blocking ``flock`` on ``DB.lock``, held until :meth:`release`.

    The lock file holds the owner's pid (for the error message) and is removed
    on release; acquiring re-checks that the locked file is still the one at
    the path, so removing it cannot let two writers in.
    """

    def __init__(self, lock_path: Path, db_path: Path) -> None:
        self.path = lock_path
        self._fd: int | None = None
        if fcntl is None:  # pragma: no cover
            return
        while True:
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
            except OSError as exc:
                error = StoreNotWritable if exc.errno in _READ_ONLY_ERRNOS else StoreError
                raise error(db_path, f"cannot create {lock_path.name}: {_why(exc)}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise StoreError(db_path, f"cannot lock {lock_path.name}: {_why(exc)}") from None
                held = self._holder()
                raise StoreLocked(db_path, f"in use by {held}; close it, or open this database read-only", why=f"in use by {held}") from None
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(lock_path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)  # the previous owner removed it meanwhile: try again
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def _holder(self) -> str:
        """Who holds the lock: "another presslens process (pid N)" (the pid the lock file names)."""
        try:
            pid = self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            pid = ""
        return f"another presslens process (pid {pid})" if pid.isdigit() else "another presslens process"

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.unlink(self.path)  # while still holding the lock
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None


# ---------------------------------------------------------------------------
# The storage


class JournalStorage(Storage):
    """TinyDB storage: in-memory tables, an fsynced journal, atomic snapshots.

    :param path: the database file (created with its directory if missing,
        unless ``read_only``).
    :param read_only: load only; never write, never lock, never clean up.
    """

    #: Compact when the journal exceeds this many bytes, or ``COMPACT_RATIO``
    #: times the snapshot's size if that is larger (so the cost of rewriting
    #: the snapshot is spread over a number of changes proportional to its size).
    COMPACT_MIN_BYTES = 4 * 1024 * 1024
    COMPACT_RATIO = 1.0
    #: A commit of at least this many operations, made while the journal is empty, writes a
    #: new snapshot instead of a journal line (:meth:`_commit_snapshot`): a merge or an import.
    SNAPSHOT_OPS = 5000

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        super().__init__()
        self.path = Path(path)
        self.read_only = read_only
        self.journal_path = self.path.with_name(self.path.name + ".journal")
        self._lock: _FileLock | None = None
        self._journal_fd: int | None = None
        self._journal_size = 0  # bytes of complete, valid lines
        self._snapshot_size = 0
        self._broken: str | None = None
        self._compact_retry = 0  # after a failed compaction: journal size to try again at
        self._data: Tables | None = None
        if read_only:
            if not self.path.exists():
                raise StoreError(self.path, "no such database file")
        else:
            self._prepare_directory()
            problem = write_problem(self.path)
            if problem is not None:
                raise StoreNotWritable(self.path, problem, why=_NOT_WRITABLE_WHY.get(problem, problem))
            self._lock = _FileLock(self.path.with_name(self.path.name + ".lock"), self.path)
        try:
            if not read_only:
                self._remove_leftovers()
            self._load()
        except BaseException:
            self.close()
            raise

    # -- TinyDB Storage interface ------------------------------------------

    def read(self) -> Tables | None:
        """The current tables (the live in-memory dict), ``None`` for a new database."""
        return self._data

    def write(self, data: Tables) -> None:
        """Replace the whole database: an atomic snapshot (what TinyDB's ``Table`` calls)."""
        self._check_writable()
        self._data = data
        self.compact()

    def close(self) -> None:
        """Compact if the journal holds anything, then release the file and the lock.

        :raises SnapshotNotWritten: the compaction failed (e.g. disk full); every
            change is still saved in the journal, and released all the same.
        """
        try:
            if self._journal_fd is not None and self._journal_size and self._broken is None:
                try:
                    self.compact()
                except StoreError as exc:
                    raise SnapshotNotWritten(
                        self.path,
                        f"saved in {self.journal_path.name}, but {exc.problem}; "
                        "it will be written on the next open",
                    ) from None
        finally:
            if self._journal_fd is not None:
                os.close(self._journal_fd)
                self._journal_fd = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    # -- fast path ------------------------------------------------------------

    def commit(self, ops: Sequence[Op]) -> None:
        """Append ``ops`` to the journal as one line, fsync, then apply them in memory.

        When this returns the change is durable.  If writing fails, nothing is
        applied and :class:`StoreError` is raised.
        """
        self._check_writable()
        if self._data is None:
            raise StoreError(self.path, "database not initialised (write() a first snapshot)")
        if len(ops) >= self.SNAPSHOT_OPS:
            if self._journal_size:
                # fold the journal into the snapshot first (cheap when the journal holds a few small
                # changes, like an import's new article): the big change then goes straight into a
                # new snapshot instead of a journal line as big as the database and a compaction
                # that writes it all again
                self.compact()
            self._commit_snapshot(ops)
            return
        line = json.dumps({"ops": ops}, separators=(",", ":")).encode("ascii") + b"\n"
        fd = self._open_journal()
        try:
            _write_all(fd, line)
            _sync(fd)
        except OSError as exc:
            self._rollback_journal(exc)
        self._journal_size += len(line)
        apply_ops(self._data, ops)
        threshold = max(self.COMPACT_MIN_BYTES, self.COMPACT_RATIO * self._snapshot_size, self._compact_retry)
        if self._journal_size > threshold:
            try:
                self.compact()
            except StoreError:
                # The change itself is saved (journal); try again once the journal has doubled.
                self._compact_retry = 2 * self._journal_size

    def _commit_snapshot(self, ops: Sequence[Op]) -> None:
        """A big change (the journal emptied first): straight into a new snapshot.

        The journal line of 50,000 annotations would be as big as the database, and the
        compaction it triggers would write it all again: here the new state is written once,
        atomically (:meth:`compact`).  Durable when this returns, all or nothing: the ops are
        applied to a shallow copy of the tables, which replaces the live ones only once the
        snapshot is renamed into place.  Only with an empty journal: replaying older journal
        lines over a snapshot that already holds later changes could undo them.
        """
        old = self._data
        assert old is not None
        data = {name: dict(table) for name, table in old.items()}
        apply_ops(data, ops)
        self._data = data
        try:
            self.compact()
        except StoreError:
            if self._broken is None:  # the snapshot was not replaced: nothing changed
                self._data = old
            raise

    def compact(self) -> None:
        """Atomically replace the snapshot with the current state, then empty the journal."""
        self._check_writable()
        if self._data is None:
            return
        payload = json.dumps(self._data, separators=(",", ":")).encode("ascii")
        tmp = self.path.with_name(f"{self.path.name}.tmp-{os.getpid()}-{os.urandom(4).hex()}")
        try:
            mode = self.path.stat().st_mode & 0o777
        except OSError:
            mode = 0o644
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode)
            try:
                _write_all(fd, payload)
                _sync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.path)
        except OSError as exc:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise StoreError(self.path, f"could not write the database file: {_why(exc)}") from None
        _sync_dir(self.path.parent)
        self._snapshot_size = len(payload)
        if self._journal_fd is not None or self.journal_path.exists():
            fd = self._open_journal()
            try:
                os.ftruncate(fd, 0)
                _sync(fd)
            except OSError as exc:
                self._broken = f"could not empty the journal: {_why(exc)}"
                raise StoreError(self.path, self._broken) from None
            self._journal_size = 0
            self._compact_retry = 0

    # -- loading --------------------------------------------------------------

    def _prepare_directory(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(self.path, f"cannot create the folder: {_why(exc)}") from None
        if self.path.is_dir():
            raise StoreError(self.path, "is a directory, not a database file")

    def _remove_leftovers(self) -> None:
        """Delete snapshot temp files a crashed writer left (we hold the lock, so none is live)."""
        for leftover in self.path.parent.glob(f"{_glob_escape(self.path.name)}.tmp-*"):
            try:
                leftover.unlink()
            except OSError:
                pass

    def _read_bytes(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None
        except IsADirectoryError:
            raise StoreError(path, "is a directory, not a database file") from None
        except OSError as exc:
            raise StoreError(path, f"cannot read: {_why(exc)}") from None

    def _load(self) -> None:
        """Load the snapshot and replay the journal.

        A reader holds no lock, so a writer may compact in between (new
        snapshot, emptied journal): then the pair read does not belong
        together, and it reads again.
        """
        for _ in range(20):
            before = self._identity()
            self._data = self._load_snapshot()
            self._replay_journal()
            if self._lock is not None or self._identity() == before:
                return
        raise StoreError(self.path, "the database keeps changing under a read-only open; try again")

    def _identity(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def _load_snapshot(self) -> Tables | None:
        raw = self._read_bytes(self.path)
        if not raw:  # missing or 0 bytes: a new database
            return None
        self._snapshot_size = len(raw)
        return parse_snapshot(raw, self.path)

    def _replay_journal(self) -> None:
        self._journal_size = 0
        raw = self._read_bytes(self.journal_path)
        if not raw:
            return
        if self._data is None:
            raise StoreCorrupt(
                self.journal_path,
                f"journal without its database {self.path.name}; move the journal away to start afresh",
            )
        good = 0  # bytes of valid, complete lines
        bad_line = 0
        pos = 0
        lineno = 0
        while pos < len(raw):
            end = raw.find(b"\n", pos)
            if end < 0:
                break  # torn last line: never acknowledged
            lineno += 1
            ops = _parse_line(raw[pos:end])
            if ops is None:
                bad_line = bad_line or lineno
            elif bad_line:
                raise StoreCorrupt(self.journal_path, f"line {bad_line} is damaged (valid changes follow it)")
            else:
                apply_ops(self._data, ops)
                good = end + 1
            pos = end + 1
        self._journal_size = good

    # -- journal --------------------------------------------------------------

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreReadOnly(self.path, "opened read-only; changes are not saved")
        if self._broken is not None:
            raise StoreError(self.path, f"{self._broken}; reopen the database")

    def _open_journal(self) -> int:
        """The journal's fd, opened on first use; cuts off a torn tail left by a crash."""
        if self._journal_fd is not None:
            return self._journal_fd
        existed = self.journal_path.exists()
        try:
            fd = os.open(
                self.journal_path, os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0), 0o644
            )
        except OSError as exc:
            raise StoreError(self.journal_path, f"cannot open the journal: {_why(exc)}") from None
        try:
            if os.fstat(fd).st_size != self._journal_size:
                os.ftruncate(fd, self._journal_size)
                _sync(fd)
        except OSError as exc:
            os.close(fd)
            raise StoreError(self.journal_path, f"cannot repair the journal: {_why(exc)}") from None
        if not existed:
            _sync_dir(self.path.parent)
        self._journal_fd = fd
        return fd

    def _rollback_journal(self, exc: OSError) -> None:
        """A write or fsync failed: cut the partial line off (or stop accepting changes); raise."""
        assert self._journal_fd is not None
        try:
            os.ftruncate(self._journal_fd, self._journal_size)
        except OSError:
            pass
        # After a failed fsync the kernel may have dropped dirty pages: trust nothing more.
        self._broken = f"could not save a change: {_why(exc)}"
        raise StoreError(self.path, self._broken) from None


def discard_if_initial(path: str | os.PathLike[str]) -> bool:
    """Delete the database at ``path`` (with its journal and lock) if it holds only the initial state.

    For a command that failed after creating a new database: what it made is
    removed, but only while nobody has it open for writing, its journal is
    empty and its snapshot holds nothing but the ``_meta`` record.  Returns
    True if it was removed (or was never there).
    """
    path = Path(path)
    try:
        lock = _FileLock(path.with_name(path.name + ".lock"), path)
    except StoreError:
        return False
    try:
        journal = path.with_name(path.name + ".journal")
        raw = path.read_bytes() if path.exists() else b""
        if journal.exists() and journal.stat().st_size:
            return False
        if raw and any(name != META_TABLE and table for name, table in parse_snapshot(raw, path).items()):
            return False
        for name in (path, journal):
            name.unlink(missing_ok=True)
        return True
    except (OSError, StoreError):
        return False
    finally:
        lock.release()


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _parse_line(line: bytes) -> list[Op] | None:
    try:
        record = parse_json(line)
    except ValueError:  # bad JSON, nested too deeply, a number with thousands of digits
        return None
    if not isinstance(record, dict):
        return None
    ops = record.get("ops")
    return ops if _valid_ops(ops) else None


def parse_snapshot(raw: bytes, path: str | os.PathLike[str]) -> Tables:
    """Decode and check a snapshot: valid JSON, TinyDB layout, a presslens ``_meta`` table.

    Raises :class:`StoreCorrupt` or :class:`StoreForeign`; never touches the file.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = f"byte 0x{raw[exc.start]:02x} at offset {exc.start}"
        raise StoreCorrupt(path, f"not a database: not UTF-8 text ({where}); the file was left untouched") from None
    try:
        data = parse_json(text)
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        raise StoreCorrupt(
            path,
            f"damaged database: {'truncated' if truncated else 'invalid'} JSON ({exc.msg} line {exc.lineno} "
            f"column {exc.colno}); the file was left untouched",
        ) from None
    except ValueError as exc:  # nested too deeply for the parser, a number with thousands of digits
        raise StoreCorrupt(path, f"damaged database: {exc}; the file was left untouched") from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise StoreForeign(path, "not a presslens database (JSON, but not TinyDB tables); the file was left untouched")
    meta = data.get(META_TABLE)
    records = list(meta.values()) if meta else []
    if not records or not isinstance(records[0], dict) or records[0].get("app") != APP_NAME:
        raise StoreForeign(
            path,
            f"not a presslens database (no {META_TABLE} table with app \"{APP_NAME}\"); the file was left untouched",
        )
    for name, table in data.items():
        for key, record in table.items():
            if not isinstance(record, dict):
                raise StoreCorrupt(path, f"damaged database: record {key} of table {name!r} is not an object")
    return data
