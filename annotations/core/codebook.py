"""The codebook: the tags and link relations annotators choose from, read from TOML.

A codebook file looks like::

    relations = ["same-claim", "supports", "contradicts", "elaborates"]

    [[tags]]
    name = "verified"                  # required, unique
    description = "Checks out."        # optional
    key = "v"                          # optional: one character, unique
    group = "claim status"             # optional: for display

:func:`load_codebook` with ``None`` gives the built-in codebook for comparing
news coverage (``annotations/data/codebook.toml``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from typing import Any

from annotations.core.errors import PresslensError
from annotations.core.files import read_user_file

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

DEFAULT_CODEBOOK = "data/codebook.toml"


class CodebookError(PresslensError):
    """A codebook could not be loaded.  ``str()`` is one line naming the file."""


@dataclass(frozen=True, slots=True)
class Tag:
    name: str
    description: str = ""
    key: str | None = None  # one character, for the tag picker
    group: str = ""


@dataclass(frozen=True, slots=True)
class Codebook:
    tags: list[Tag]
    relations: list[str]

    def tag(self, name: str) -> Tag | None:
        """The tag called ``name``, or None."""
        return next((t for t in self.tags if t.name == name), None)

    def tag_for_key(self, key: str) -> Tag | None:
        """The tag bound to the one-character ``key``, or None."""
        return next((t for t in self.tags if t.key == key), None)

    @property
    def tag_names(self) -> list[str]:
        return [t.name for t in self.tags]


def load_codebook(path: str | os.PathLike[str] | None = None) -> Codebook:
    """Load a codebook from ``path``, or the built-in one if ``path`` is None.

    :raises CodebookError: unreadable file, invalid TOML, or a bad entry.
    """
    if path is None:
        shown = f"<built-in {DEFAULT_CODEBOOK}>"
        raw = resources.files("annotations").joinpath(DEFAULT_CODEBOOK).read_bytes()
    else:
        shown = os.fspath(path)
        raw = read_user_file(path, CodebookError)
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CodebookError(shown, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise CodebookError(shown, f"invalid TOML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise CodebookError(shown, "invalid TOML: nested too deeply") from None
    return _parse(data, shown)


def _parse(data: dict[str, Any], shown: str) -> Codebook:
    unknown = sorted(set(data) - {"tags", "relations"})
    if unknown:
        raise CodebookError(shown, f"unknown setting {unknown[0]!r} (expected 'tags' and 'relations')")
    raw_tags = data.get("tags", [])
    if not isinstance(raw_tags, list):
        raise CodebookError(shown, "'tags' must be an array of tables ([[tags]] entries)")
    tags: list[Tag] = []
    names: set[str] = set()
    keys: set[str] = set()
    for number, entry in enumerate(raw_tags, 1):
        where = f"tag {number}"
        if not isinstance(entry, dict):
            raise CodebookError(shown, f"{where}: must be a table with a 'name'")
        extra = sorted(set(entry) - {"name", "description", "key", "group"})
        if extra:
            raise CodebookError(shown, f"{where}: unknown field {extra[0]!r}")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise CodebookError(shown, f"{where}: 'name' must be a non-empty string")
        name = name.strip()
        where = f"tag {name!r}"
        if name in names:
            raise CodebookError(shown, f"{where}: listed twice")
        for field_name in ("description", "group"):
            if not isinstance(entry.get(field_name, ""), str):
                raise CodebookError(shown, f"{where}: {field_name!r} must be a string")
        key = entry.get("key")
        if key is not None:
            if not isinstance(key, str) or len(key) != 1 or not key.isprintable() or key.isspace():
                raise CodebookError(shown, f"{where}: 'key' must be a single printable character")
            if key in keys:
                raise CodebookError(shown, f"{where}: key {key!r} is already used by another tag")
            keys.add(key)
        names.add(name)
        tags.append(Tag(name, entry.get("description", ""), key, entry.get("group", "")))
    relations = data.get("relations", [])
    if not isinstance(relations, list) or not all(isinstance(r, str) and r.strip() for r in relations):
        raise CodebookError(shown, "'relations' must be an array of non-empty strings")
    relations = [r.strip() for r in relations]
    if len(set(relations)) != len(relations):
        dup = next(r for r in relations if relations.count(r) > 1)
        raise CodebookError(shown, f"relation {dup!r} listed twice")
    return Codebook(tags, relations)
