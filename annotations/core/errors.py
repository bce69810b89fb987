"""One error hierarchy for everything a user can get wrong or a hostile file can cause.

Every such problem is a :class:`PresslensError`: ``str()`` is ONE safe line,
``"WHERE: PROBLEM"`` (the file, database or thing it is about, then what is
wrong), with control characters escaped by the one sanitising boundary
(:func:`annotations.core.text.line`).  The CLI reports any of them the same
way (``presslens: LINE`` on standard error, exit 1) and the app shows them as
toasts; none is ever a traceback.  Programming errors are not PresslensErrors.
"""

from __future__ import annotations

import os

from annotations.core.text import line


class PresslensError(Exception):
    """A problem the user can act on; ``str()`` is one safe line naming where and what.

    ``PresslensError(path, problem)``, or ``PresslensError(message)`` when the
    message already says where.
    """

    def __init__(self, path: str | os.PathLike[str] | None, problem: str | None = None) -> None:
        if problem is None:
            self.path, self.problem = None, str(path)
            message = self.problem
        else:
            self.path = os.fspath(path) if path is not None else None
            self.problem = problem
            message = f"{self.path}: {problem}" if self.path is not None else problem
        super().__init__(line(message))


def one_line(error: BaseException) -> str:
    """A problem as the user reads it, one safe line: a PresslensError's own line; a file the system
    refused as ``"PATH: REASON"`` ("/tmp/x/out.json: No such file or directory"), never a repr."""
    if isinstance(error, PresslensError):
        return str(error)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return line(f"{os.fsdecode(error.filename)}: {reason}" if error.filename is not None else reason)
    return line(str(error) or type(error).__name__)


__all__ = ["PresslensError", "one_line"]
