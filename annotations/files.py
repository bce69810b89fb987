"""Reading a file the user named, with one clear line for every way it can fail."""

from __future__ import annotations

import os
from collections.abc import Callable


def read_user_file(path: str | os.PathLike[str], error: Callable[[str, str], Exception], *, max_bytes: int | None = None) -> bytes:
    """The file's bytes; any failure raises ``error(path, problem)`` (e.g. ``"no such file"``)."""
    shown = os.fspath(path)
    try:
        if os.path.isdir(shown):
            raise error(shown, "is a directory")
        if max_bytes is not None:
            size = os.path.getsize(shown)
            if size > max_bytes:
                raise error(shown, f"too large ({size / 1e6:.0f} MB; the limit is {max_bytes // 1_000_000} MB)")
        with open(shown, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise error(shown, "no such file") from None
    except IsADirectoryError:
        raise error(shown, "is a directory") from None
    except PermissionError:
        raise error(shown, "permission denied") from None
    except OSError as exc:
        raise error(shown, exc.strerror or str(exc)) from None
