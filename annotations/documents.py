"""Load articles from disk: decode, normalise, sanitise, identify.

Every article becomes a :class:`~annotations.model.Document` whose ``text`` is
the normalised body that all offsets index, and whose ``id`` is the sha256 of
that text.

Normalisation, in order:

1. decode as UTF-8 (a BOM is accepted and dropped); anything else is an error;
2. CRLF and lone CR become LF;
3. Unicode NFC;
4. every control character except LF and TAB is removed: C0 (incl. ESC, BEL),
   DEL, and C1 (U+0080-U+009F).  This is what keeps an ESC, an OSC 52
   clipboard-setting sequence or a BEL in a file from ever reaching the
   terminal.  The printable remainder of such a sequence (``]52;c;...``) stays
   visible as plain text, so nothing is hidden from the reader either.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotations.files import MAX_NESTING, nesting_exceeds, not_regular, parse_json, read_user_file
from annotations.model import Document
from annotations.text import line

#: File endings read as articles.
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + JSON_SUFFIXES

#: Files larger than this are refused (a reader, not a corpus tool).  A news
#: article is ~5-50 KB of text; a .jsonl of many articles may be a few MB.  The
#: whole text is held in memory (several times over while it is decoded and
#: normalised) and laid out on screen, so 20 MB -- hundreds of articles -- is
#: far beyond anything read side by side while keeping memory bounded when a
#: huge or endless file is named by mistake.
MAX_BYTES = 20_000_000

#: How many bad line numbers of a .jsonl file a message lists before "and N more".
_MAX_LINES_SHOWN = 10

# C0 except \t and \n, DEL, C1.  (\r is handled before, as a line break.)
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_TABLE = {c: None for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}

# A leading metadata line such as " date 2025-08-13 " (the field may be
# followed by the body on the same line, as in the sample articles).
_META_KEYS = ("date", "title", "source", "url", "author", "byline", "section")
_LEADING_META_RE = re.compile(
    r"\A[ \t]*(?P<key>" + "|".join(_META_KEYS) + r")[ \t]*:?[ \t]+(?P<value>\S+)(?:[ \t]+|[ \t]*\n|\Z)",
    re.IGNORECASE,
)
_DATE_VALUE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?")

_MD_TITLE_RE = re.compile(r"\A#[ \t]+(?P<title>[^\n]+)\n")


class LoadError(Exception):
    """A file could not be read as an article.  ``str()`` is one safe line naming the file.

    ``documents`` holds the articles the file did give when only part of it was
    bad (good records of a .jsonl file with some bad lines); usually empty.
    """

    def __init__(self, path: str, problem: str, documents: list[Document] | None = None) -> None:
        super().__init__(line(f"{path}: {problem}"))
        self.path = path
        self.problem = problem
        self.documents = documents or []


def doc_id(text: str) -> str:
    """Stable document id: sha256 (hex) of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sanitize(text: str) -> str:
    """Remove every control character except newline and tab."""
    if _CONTROL_RE.search(text) is None:
        return text
    return text.translate(_CONTROL_TABLE)


def normalize(text: str) -> str:
    """Line breaks to LF, NFC, control characters removed, outer blank space trimmed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = sanitize(text)
    return text.strip()


def decode(data: bytes, path: str) -> str:
    """Decode bytes as UTF-8 (BOM accepted); raise :class:`LoadError` otherwise."""
    if b"\x00" in data[:8192]:
        raise LoadError(path, "binary file (contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(
            path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None


def split_leading_metadata(text: str) -> tuple[dict[str, str], str]:
    """Take metadata fields such as ``date 2025-08-13`` off the front of ``text``."""
    meta: dict[str, str] = {}
    while True:
        m = _LEADING_META_RE.match(text)
        if not m:
            break
        key = m.group("key").lower()
        value = m.group("value")
        if key == "date" and not _DATE_VALUE_RE.fullmatch(value):
            break
        if key in meta:
            break
        meta[key] = value
        text = text[m.end() :]
    return meta, text


def make_document(
    text: str,
    path: str = "",
    *,
    title: str = "",
    source: str = "",
    url: str = "",
    date: str = "",
    meta: dict[str, Any] | None = None,
    parse_leading_metadata: bool = True,
) -> Document:
    """Build a :class:`Document` from raw (decoded) text and metadata."""
    body = normalize(text)
    extra: dict[str, Any] = dict(meta or {})
    if parse_leading_metadata:
        found, body = split_leading_metadata(body)
        body = body.strip()
        date = date or found.pop("date", "")
        title = title or found.pop("title", "")
        source = source or found.pop("source", "")
        url = url or found.pop("url", "")
        extra.update(found)
    clean = {k: sanitize(str(v)).strip() if isinstance(v, str) else v for k, v in extra.items()}
    title, source, url, date = (" ".join(sanitize(str(v)).split()) for v in (title, source, url, date))
    if not title:
        title = _derive_title(body, path)
    return Document(
        id=doc_id(body), path=path, text=body, title=title, source=source, url=url, date=date, meta=clean
    )


def _derive_title(body: str, path: str) -> str:
    m = _MD_TITLE_RE.match(body)
    if m:
        return m.group("title").strip().strip("#").strip()
    if path:
        return Path(path).stem
    first = body.split("\n", 1)[0]
    return first[:60]


def _from_record(record: Any, path: str, where: str) -> Document:
    if not isinstance(record, dict):
        raise LoadError(path, f"{where}expected a JSON object with a \"text\" field")
    if nesting_exceeds(record):  # extra fields become metadata, which must always export
        raise LoadError(path, f"{where}nested more than {MAX_NESTING} levels deep")
    text = record.get("text")
    if not isinstance(text, str):
        raise LoadError(path, f"{where}missing a \"text\" string field")
    fields = {k: record.get(k) for k in ("title", "source", "url", "date")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            fields[key] = str(value)
    meta = {k: v for k, v in record.items() if k not in ("text", "title", "source", "url", "date")}
    doc = make_document(
        text,
        path,
        title=fields["title"] or "",
        source=fields["source"] or "",
        url=fields["url"] or "",
        date=fields["date"] or "",
        meta=meta,
    )
    if not doc.text:
        raise LoadError(path, f"{where}the \"text\" field is empty")
    return doc


def load_file(path: str | os.PathLike[str]) -> list[Document]:
    """Load one file: a list with one Document (several for ``.jsonl``).

    Raises :class:`LoadError`; for a ``.jsonl`` file with some bad lines its
    ``documents`` are the good records (the message lists the bad lines).
    """
    shown = os.fspath(path)
    p = Path(path)
    data = read_user_file(path, LoadError, max_bytes=MAX_BYTES)
    if not data.strip():
        raise LoadError(shown, "empty file")
    raw = decode(data, shown)
    suffix = p.suffix.lower()
    if suffix == ".json":
        try:
            record = parse_json(raw)
        except json.JSONDecodeError as exc:
            raise LoadError(shown, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
        except ValueError as exc:
            raise LoadError(shown, str(exc)) from None
        return [_from_record(record, shown, "")]
    if suffix in (".jsonl", ".ndjson"):
        return _load_lines(raw, shown)
    doc = make_document(raw, shown)
    if not doc.text:
        raise LoadError(shown, "no text after the metadata")
    return [doc]


def _load_lines(raw: str, shown: str) -> list[Document]:
    """The records of a JSON Lines file; bad lines are gathered into one :class:`LoadError`."""
    docs: list[Document] = []
    bad: dict[str, list[int]] = {}  # problem -> line numbers, in order of first appearance
    for lineno, text in enumerate(raw.splitlines(), 1):
        if not text.strip():
            continue
        try:
            record = parse_json(text)
        except json.JSONDecodeError as exc:
            bad.setdefault(f"invalid JSON ({exc.msg})", []).append(lineno)
            continue
        except ValueError as exc:
            bad.setdefault(str(exc), []).append(lineno)
            continue
        try:
            docs.append(_from_record(record, shown, ""))
        except LoadError as exc:
            bad.setdefault(exc.problem, []).append(lineno)
    if not bad:
        if not docs:
            raise LoadError(shown, "no articles in the file")
        return docs
    parts = [f"{_line_numbers(numbers)}: {problem}" for problem, numbers in bad.items()]
    if docs:
        parts.append(f"the other {len(docs)} article{'s' if len(docs) != 1 else ''} opened")
    raise LoadError(shown, "; ".join(parts), docs)


def _line_numbers(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:_MAX_LINES_SHOWN]))
    more = f" and {len(numbers) - _MAX_LINES_SHOWN} more" if len(numbers) > _MAX_LINES_SHOWN else ""
    return f"line{'s' if len(numbers) > 1 else ''} {shown}{more}"


@dataclass(slots=True)
class LoadResult:
    documents: list[Document]
    errors: list[LoadError]


def _expand(path: str) -> Iterator[str | LoadError]:
    p = Path(path)
    if p.is_dir():
        found: list[str] = []
        skipped: list[LoadError] = []
        for child in sorted(p.iterdir()):
            if child.suffix.lower() not in SUFFIXES or child.name.startswith("."):
                continue
            try:
                mode = child.stat().st_mode  # never opens: a FIFO cannot block here
            except OSError:
                continue  # vanished, or a dangling link: not an article
            problem = not_regular(mode)
            if problem is None:
                found.append(str(child))
            elif problem != "is a directory":
                skipped.append(LoadError(str(child), f"{problem}; skipped"))
        if not found:
            yield LoadError(path, f"directory has no articles ({', '.join(SUFFIXES)})")
        yield from skipped
        yield from found
    else:
        yield path


def load_paths(paths: Iterable[str | os.PathLike[str]]) -> LoadResult:
    """Load files and folders of files.  Bad files become errors; good ones still load.

    A file can give both: the good records of a .jsonl file with bad lines
    load, and its one error lists the bad lines.  Duplicate documents (same text, hence same id) are kept once.
    """
    docs: list[Document] = []
    errors: list[LoadError] = []
    seen: set[str] = set()
    for raw in paths:
        for item in _expand(os.fspath(raw)):
            if isinstance(item, LoadError):
                errors.append(item)
                continue
            try:
                loaded = load_file(item)
            except LoadError as exc:
                errors.append(exc)
                loaded = exc.documents
            for doc in loaded:
                if doc.id not in seen:
                    seen.add(doc.id)
                    docs.append(doc)
    return LoadResult(docs, errors)
