"""Load articles from disk: decode, normalise, sanitise, identify.

Every article becomes a :class:`~annotations.core.model.Document` whose ``text`` is
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

import datetime
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotations.core.errors import PresslensError
from annotations.core.files import MAX_NESTING, nesting_exceeds, not_regular, parse_json, read_user_file
from annotations.core.model import Document
from annotations.core.text import CONTROL_CLASS, CONTROL_CODES

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
_CONTROL_RE = re.compile(f"[{CONTROL_CLASS}]")
_CONTROL_TABLE = dict.fromkeys(CONTROL_CODES)

# What an explicit header may hold (README "Supported file formats").  Keys are matched
# without regard to case; unknown keys are allowed only inside a ``---`` fence.
HEADER_KEYS = ("title", "source", "url", "date", "author", "byline", "section")
# The seeds' form: a first line " date 2025-08-13 " whose value is a date; the body may follow
# on the same line.  Only the lower-case word, so "Date night ..." stays text.
_DATE_LINE_RE = re.compile(r"\A[ \t]*date[ \t]+(?P<value>\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n|\Z)")
_FIELD_RE = re.compile(r"(?P<key>[A-Za-z][A-Za-z0-9_-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*")
_FENCE = "---"

_MD_TITLE_RE = re.compile(r"\A#[ \t]+(?P<title>[^\n]+)\n")


class LoadError(PresslensError):
    """A file could not be read as an article.  ``str()`` is one safe line naming the file.

    ``documents`` holds the articles the file did give when only part of it was
    bad (good records of a .jsonl file with some bad lines); usually empty.
    """

    def __init__(self, path: str, problem: str, documents: list[Document] | None = None) -> None:
        super().__init__(path, problem)
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


def _date_line(text: str) -> tuple[dict[str, str], str] | None:
    m = _DATE_LINE_RE.match(text)
    if m is None:
        return None
    try:
        datetime.date.fromisoformat(m.group("value"))
    except ValueError:
        return None
    return {"date": m.group("value")}, text[m.end() :]


def _fields(lines: list[str], *, known_only: bool) -> dict[str, str] | None:
    """``key: value`` lines as a dict, or None if any line is not one (or repeats a key)."""
    fields: dict[str, str] = {}
    for raw in lines:
        m = _FIELD_RE.fullmatch(raw)
        if m is None or not m.group("value"):
            return None
        key = m.group("key").lower()
        if (known_only and key not in HEADER_KEYS) or key in fields:
            return None
        fields[key] = m.group("value")
    return fields


def _front_matter(text: str) -> tuple[dict[str, str], str] | None:
    """A block of ``key: value`` lines ended by a blank line, or fenced by ``---`` lines."""
    lines = text.split("\n")
    if lines[0].rstrip() == _FENCE:
        try:
            close = next(i for i in range(1, len(lines)) if lines[i].rstrip() == _FENCE)
        except StopIteration:
            return None
        fields = _fields(lines[1:close], known_only=False)
        rest = close + 1
    else:
        try:
            blank = next(i for i, l in enumerate(lines) if not l.strip())
        except StopIteration:
            return None  # no blank line: no header, all text
        fields = _fields(lines[:blank], known_only=True)
        rest = blank + 1
    if not fields:
        return None
    return fields, "\n".join(lines[rest:])


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Take an explicit header off the front of ``text``: ``(fields, body)``.

    Only two forms are a header, and anything else is text, returned unchanged:

    * the seeds' first line `` date 2025-08-13 `` (the word ``date`` and a
      real calendar date; the body may go on on the same line);
    * front matter: ``key: value`` lines of the known :data:`HEADER_KEYS`
      (any case, colon required, the value is the rest of the line) ended by
      a blank line; or any ``key: value`` lines between two ``---`` lines.

    Why so strict: a body that merely starts with "Author Salman Rushdie" or
    "Section 230" is the article, and cutting it would change the text the
    researcher reads, its id and every offset into it, silently.
    """
    found = _date_line(text)
    if found is not None:
        return found
    return _front_matter(text) or ({}, text)


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
        found, body = split_header(body)
        body = body.strip()
        date = date or found.pop("date", "")
        title = title or found.pop("title", "")
        source = source or found.pop("source", "")
        url = url or found.pop("url", "")
        extra.update(found)
    clean = {k: sanitize(str(v)).strip() if isinstance(v, str) else v for k, v in extra.items()}
    title, source, url, date = (" ".join(sanitize(str(v)).split()) for v in (title, source, url, date))
    if not title:
        title = _derive_title(body)
    return Document(
        id=doc_id(body), path=path, text=body, title=title, source=source, url=url, date=date, meta=clean
    )


#: A first line this short (in words) may be a headline.
HEADLINE_MAX_WORDS = 20


def headline(body: str) -> str | None:
    """The article's first line if it reads as a headline: short, no final full stop, then a blank line.

    It stays in the text (the text is never changed); it only becomes the title shown.
    """
    first, sep, rest = body.partition("\n")
    first = first.strip()
    if not sep or not rest.startswith("\n") or not rest.strip():
        return None
    words = first.split()
    if not words or len(words) > HEADLINE_MAX_WORDS or first.endswith((".", ",", ";", ":")):
        return None
    return " ".join(words)


def _derive_title(body: str) -> str:
    m = _MD_TITLE_RE.match(body)
    if m:
        return m.group("title").strip().strip("#").strip()
    return headline(body) or ""  # no title: the article is named by article_label (its source or opening words)


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
        parse_leading_metadata=False,  # a JSON article's metadata are its fields, never its text
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
