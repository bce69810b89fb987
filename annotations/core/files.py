"""Reading a file the user named, with one clear line for every way it can fail.

A name on the command line (or in a folder) may be anything: a FIFO that
blocks the first ``open`` until a writer comes, ``/dev/zero`` that never ends,
a socket, a file that grows while it is read, JSON nested too deeply for the
parser.  Everything here turns those into one-line problems instead of a hang,
a memory blow-up or a traceback.
"""

from __future__ import annotations

import gc
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotations.core.text import line

#: How deeply free-form JSON from a user's file (an article's extra fields, a
#: document's ``meta`` in an import) may nest, counting the outer object as one
#: level.  Real metadata is flat or a few levels deep (an ``authors`` list of
#: objects); 32 leaves room for anything an honest tool writes while keeping
#: far below the ~1000-frame recursion limit that ``json.dumps`` and the JSON
#: export hit: metadata accepted now can never break an export later.
MAX_NESTING = 32


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def not_regular(mode: int) -> str | None:
    """The problem with a file of this ``st_mode`` ("is a directory", "not a regular file (a FIFO)"), or None."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory"
    return f"not a regular file ({_kind(mode)})"


def _too_large(max_bytes: int, size: int | None = None) -> str:
    unit, scale = ("MB", 1e6) if max_bytes >= 1e6 else ("KB", 1e3)  # a small limit (the user state) in KB
    have = f"more than {max_bytes / scale:.0f} {unit}" if size is None else f"{size / scale:.0f} {unit}"
    return f"too large ({have}; the limit is {max_bytes / scale:.0f} {unit})"


def read_user_file(path: str | os.PathLike[str], error: Callable[[str, str], Exception], *, max_bytes: int | None = None) -> bytes:
    """The bytes of the regular file ``path``; any failure raises ``error(path, problem)`` (e.g. ``"no such file"``).

    Only regular files are read: a FIFO, a device or a socket is refused after an
    ``os.stat`` (which never blocks), and the file is opened ``O_NONBLOCK`` and
    checked again with ``fstat``, so a FIFO swapped in between cannot block the
    open.  At most ``max_bytes`` are read, through the descriptor (``max_bytes``
    + 1 to tell "exactly the limit" from "more"), so a file that grows after the
    check cannot go beyond it.
    """
    shown = os.fspath(path)
    try:
        problem = not_regular(os.stat(shown).st_mode)
        if problem is not None:
            raise error(shown, problem)
        flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(shown, flags)
        try:
            info = os.fstat(fd)
            problem = not_regular(info.st_mode)
            if problem is not None:
                raise error(shown, problem)
            if max_bytes is not None and info.st_size > max_bytes:
                raise error(shown, _too_large(max_bytes, info.st_size))
            data = _read_at_most(fd, None if max_bytes is None else max_bytes + 1)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise error(shown, "no such file") from None
    except IsADirectoryError:
        raise error(shown, "is a directory") from None
    except PermissionError:
        raise error(shown, "permission denied") from None
    except OSError as exc:
        raise error(shown, line(exc.strerror or exc)) from None
    if max_bytes is not None and len(data) > max_bytes:
        raise error(shown, _too_large(max_bytes))
    return data


def _read_at_most(fd: int, limit: int | None) -> bytes:
    chunks: list[bytes] = []
    got = 0
    while limit is None or got < limit:
        want = 1 << 20 if limit is None else min(1 << 20, limit - got)
        chunk = os.read(fd, want)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def user_file(explicit: str, xdg: str, fallback: tuple[str, ...], name: str) -> Path:
    """Where presslens keeps one of its files: ``$EXPLICIT`` if set, else ``$XDG_…/presslens/NAME``
    (``~/FALLBACK/presslens/NAME`` without it), the XDG base directory rule in one place."""
    given = os.environ.get(explicit)
    if given:
        return Path(given).expanduser()
    base = os.environ.get(xdg) or os.path.join(os.path.expanduser("~"), *fallback)
    return Path(base) / "presslens" / name


def shown_path(path: str) -> str:
    """A file's name as the user would type it: relative to the working folder when it lies
    under it, from ``~`` when under the home folder, else as given.  Only for showing: the
    stored path stays absolute, and nothing is cut (two files must stay tellable apart)."""
    if not os.path.isabs(path):
        return path
    try:
        here = os.getcwd()
    except OSError:  # the working folder was removed under us
        here = ""
    for base, prefix in ((here, ""), (os.path.expanduser("~"), "~")):
        if base and os.path.isabs(base):
            try:
                rel = os.path.relpath(path, base)
            except ValueError:  # another drive on Windows
                continue
            if rel != os.pardir and not rel.startswith(os.pardir + os.sep):
                return os.path.join(prefix, rel) if prefix else rel
    return path


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: for building many objects at once (a database, an import).

    Parsing 50,000 annotations allocates millions of objects, and the collector would scan
    them all again and again while they are made (about half of opening such a database);
    none of them is garbage yet.  Reference counting still frees what is dropped; the
    collector runs again as soon as the block ends (if it was on before).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def parse_json(text: str | bytes) -> Any:
    """``json.loads`` for data from a user's file.

    A :class:`json.JSONDecodeError` passes through (callers add where it is);
    the other ways the parser fails on hostile input -- ``RecursionError`` for
    deep nesting, ``ValueError`` for an integer with thousands of digits --
    become a ``ValueError`` with a one-line message.
    """
    try:
        with paused_gc():
            return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise ValueError("invalid JSON: nested too deeply") from None
    except ValueError:  # int longer than sys.get_int_max_str_digits()
        raise ValueError(f"a number in it has more than {sys.get_int_max_str_digits()} digits") from None


def nesting_exceeds(value: Any, limit: int = MAX_NESTING) -> bool:
    """True when lists and dicts in ``value`` nest more than ``limit`` levels (``value`` itself is one).

    Iterative, so it never meets the recursion limit itself.
    """
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def atomic_write(path: str | os.PathLike[str], chunks: Iterable[str]) -> str:
    """Write ``chunks`` (UTF-8, newlines untranslated) to ``path`` atomically; return the path.

    The data goes to a temporary file in the same folder, is fsynced, then
    renamed over ``path``; on any error the temporary file is removed and
    ``path`` is left as it was.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(target.parent)
    return os.fspath(target)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
