"""What presslens remembers for you between runs: the last project (database) you opened.

``$XDG_STATE_HOME/presslens/state.json`` (``~/.local/state/presslens/state.json``), or
``$PRESSLENS_STATE``.  State, not settings: presslens writes it (the config file is yours and
is only read).  ``presslens open`` with no arguments reopens the database named here.

The file is small JSON, ``{"version": 1, "last_db": "/absolute/path.json"}``, replaced whole
(temp file, fsync, rename).  It is read like any file a user could have put there: only a
regular file, at most :data:`MAX_BYTES`, and anything wrong with it (not JSON, another shape,
a path with control characters) is one line naming it; presslens then goes on as if there were
no state, and the next project opened writes it anew.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from annotations.core.errors import PresslensError
from annotations.core.files import atomic_write, parse_json, read_user_file, user_file
from annotations.core.text import is_safe

#: The state file is a few hundred bytes; anything much larger is not ours.
MAX_BYTES = 64_000
STATE_VERSION = 1


class StateError(PresslensError):
    """The state file cannot be read or written; ``str()`` is one line naming it."""


def state_path() -> Path:
    """``$PRESSLENS_STATE``, else ``$XDG_STATE_HOME/presslens/state.json`` (``~/.local/state`` by default)."""
    return user_file("PRESSLENS_STATE", "XDG_STATE_HOME", (".local", "state"), "state.json")


def last_project(path: Path | None = None) -> str | None:
    """The database of the last project opened, as remembered; None when nothing is.

    :raises StateError: the state file is there but unreadable, damaged or not presslens's
        (the caller says so in one line and goes on without it).
    """
    path = path or state_path()
    if not os.path.lexists(path):
        return None
    raw = read_user_file(path, StateError, max_bytes=MAX_BYTES)
    try:
        data = parse_json(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise StateError(path, "not UTF-8") from None
    except ValueError as exc:  # JSONDecodeError included
        raise StateError(path, f"not valid JSON ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        raise StateError(path, f'not a presslens state file (expected {{"version": {STATE_VERSION}, "last_db": PATH}})')
    db = data.get("last_db")
    if db is None:
        return None
    if not isinstance(db, str) or not os.path.isabs(db) or not is_safe(db) or any(c in db for c in "\x00\n\r\t"):
        raise StateError(path, "last_db is not an absolute path without control characters")
    return db


def remember_project(db_path: str | os.PathLike[str], path: Path | None = None) -> None:
    """Remember ``db_path`` (made absolute) as the last project's database.

    :raises StateError: it could not be written (the caller warns; nothing else depends on it).
    """
    path = path or state_path()
    record = {"version": STATE_VERSION, "last_db": os.path.abspath(os.fspath(db_path))}
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(path, [json.dumps(record, ensure_ascii=False, indent=2), "\n"])
    except OSError as exc:
        raise StateError(path, f"cannot remember the last project ({exc.strerror or exc})") from None


__all__ = ["MAX_BYTES", "StateError", "last_project", "remember_project", "state_path"]
