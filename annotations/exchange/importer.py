"""Import presslens JSON and W3C Web Annotation exports into a store.

:func:`import_file` reads a file written by :mod:`annotations.exchange.export` (format
``json`` or ``w3c``, detected from the content), checks all of it, and only
then writes:

* a document carried with its text (``json`` exported ``with_text``) is added
  when the store lacks it; an annotation whose document is neither in the
  store (matched by sha256 id, for W3C also by url) nor in the file is kept
  *pending* and placed when that article is added (``presslens add`` or
  opening it), so annotations can be shared without the copyrighted text;
* an annotation whose id is new is added as it is (id, times and all);
* one whose id exists with identical content counts as ``unchanged``, so
  importing twice is harmless;
* one whose id exists with different content is a *conflict*: reported with
  the fields that differ, never overwritten.

Any problem in the file (bad JSON, schema violation, unknown document, offsets
outside the text, ...) raises :class:`ImportFailed` whose message is one line
naming the file and the problem, and the store is left untouched.

JSON exports are validated against the shipped JSON Schema
(``annotations/data/export.schema.json``) by fastjsonschema (compiled once),
and times are parsed with :func:`datetime.fromisoformat`.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from dataclasses import dataclass, field
from typing import Any

import fastjsonschema

from annotations.core.documents import doc_id as text_sha256
from annotations.exchange.export import SCHEMA_VERSION, annotation_id_from_iri, export_schema
from annotations.core.errors import PresslensError
from annotations.core.files import MAX_NESTING, nesting_exceeds, parse_json, paused_gc, read_user_file
from annotations.core.model import Annotation, Document, Link
from annotations.store.store import pending_problem, validate_annotation

__all__ = [
    "ImportFailed",
    "ImportError_",
    "ImportReport",
    "Parsed",
    "import_file",
    "parse_export",
    "parse_json_export",
    "parse_w3c",
    "detect_format",
    "validate",
]

#: Files larger than this are refused.
MAX_BYTES = 512 * 1024 * 1024

_SHA_RE = re.compile(r"[0-9a-f]{64}")
_TIMESTAMP_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
_STATUSES = ("human", "suggested", "rejected")


class ImportFailed(PresslensError):
    """The file cannot be imported; ``str()`` is one line naming the file and the problem."""


#: Alias (the name ``ImportError`` is a builtin).
ImportError_ = ImportFailed


@dataclass(slots=True)
class ImportReport:
    """What an import did."""

    added: int = 0
    unchanged: int = 0
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (annotation id, reason)
    documents_added: int = 0
    pending: int = 0  # kept until their article is added (the file had no text for it)


@dataclass(slots=True)
class Parsed:
    """A checked export file, before it meets a store.

    ``documents`` are those the file carries with their text; ``refs`` maps each
    document id the annotations use to a short description (for messages);
    ``urls`` maps a W3C source url to annotation ids that use it when the file
    did not give the document's sha256.
    """

    format: str
    documents: list[Document]
    annotations: list[Annotation]
    refs: dict[str, str] = field(default_factory=dict)
    urls: dict[str, list[int]] = field(default_factory=dict)
    #: what the file says of each document it carries without text (path, title, ...), for pending annotations
    doc_info: dict[str, dict[str, Any]] = field(default_factory=dict)


# --------------------------------------------------------------------------- schema validation
#
# fastjsonschema compiles the schema into Python code once; checking 100,000 annotations then
# takes about 0.65 s on the development machine (jsonschema: 18 s; the hand-written subset
# validator this replaces: 0.8 s, and it shared the pattern hole with any regex validator: a
# pattern's ``$`` matches before a final newline, so times are parsed as well, by _time()).
# fastjsonschema implements drafts 4-7: the shipped schema is 2020-12 but uses only keywords
# that mean the same in draft 7 (no ``$ref`` with siblings; a test holds it to that).


def _kind(value: Any) -> str:
    for name, check in (
        ("null", lambda v: v is None),
        ("boolean", lambda v: isinstance(v, bool)),
        ("integer", lambda v: isinstance(v, int)),
        ("number", lambda v: isinstance(v, float)),
        ("string", lambda v: isinstance(v, str)),
        ("array", lambda v: isinstance(v, list)),
        ("object", lambda v: isinstance(v, dict)),
    ):
        if check(value):
            return name
    return type(value).__name__


def _where(path: Sequence[Any]) -> str:
    """``["data", "annotations", 3, "end"]`` -> ``annotations[3].end`` (``the top level`` for ``[]``)."""
    out = ""
    for part in path[1:]:
        index = isinstance(part, int) or (isinstance(part, str) and part.isdigit())
        out += f"[{part}]" if index else (f".{part}" if out else str(part))
    return out or "the top level"


def _message(exc: fastjsonschema.JsonSchemaValueException) -> str:
    """One line naming where and what, from fastjsonschema's error."""
    where, value, rule, definition = _where(exc.path or ["data"]), exc.value, exc.rule, exc.definition or {}
    if rule == "required" and isinstance(value, dict):
        missing = [k for k in definition.get("required", ()) if k not in value]
        if missing:
            return f"{where}: missing field {missing[0]!r}"
    if rule == "additionalProperties" and isinstance(value, dict):
        extra = [k for k in value if k not in definition.get("properties", {})]
        if extra:
            return f"{where}: unexpected field {extra[0]!r}"
    if rule == "type":
        types = definition.get("type")
        names = types if isinstance(types, list) else [types]
        return f"{where}: expected {' or '.join(map(str, names))}, got {_kind(value)}"
    if rule == "enum":
        options = ", ".join(json.dumps(o) for o in definition.get("enum", ()))
        return f"{where}: must be one of {options}, got {json.dumps(value)[:60]}"
    if rule == "const":
        return f"{where}: must be {json.dumps(definition.get('const'))}, got {json.dumps(value)[:60]}"
    if rule == "pattern":
        if str(definition.get("description", "")).startswith("ISO 8601"):  # the same words as _time()
            return f"{where}: {str(value)[:40]!r} is not an ISO 8601 date-time"
        return f"{where}: {json.dumps(value)[:70]} is not in the expected form"
    if rule == "minLength" and definition.get("minLength") == 1:
        return f"{where}: must not be empty"
    if rule == "minimum":
        return f"{where}: must be at least {definition.get('minimum')}, got {value}"
    text = str(exc.message)
    return f"{where}: {text.split(' ', 1)[1] if text.startswith('data') and ' ' in text else text}"


_compiled_schemas: dict[str, Callable[[Any], Any]] = {}


def _compile(schema: Mapping[str, Any]) -> Callable[[Any], Any]:
    key = json.dumps(schema, sort_keys=True)
    check = _compiled_schemas.get(key)
    if check is None:
        check = _compiled_schemas[key] = fastjsonschema.compile(dict(schema), use_formats=False)
    return check


def validate(instance: Any, schema: Mapping[str, Any]) -> None:
    """Check ``instance`` against ``schema``; raise ``ValueError("<where>: <problem>")`` at the first error."""
    try:
        _compile(schema)(instance)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise ValueError(_message(exc)) from None


@functools.cache
def _compiled() -> Callable[[Any], Any]:
    return _compile(export_schema())


@functools.cache
def _export_checker() -> tuple[Mapping[str, Any], Callable[[Any], bool]]:
    """The export schema and a yes/no check of it."""

    def ok(data: Any) -> bool:
        try:
            _compiled()(data)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    return export_schema(), ok


def check_export(data: Any) -> None:
    """Validate ``data`` against the export schema; ``ValueError`` naming the first problem."""
    try:
        _compiled()(data)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise ValueError(_message(exc)) from None


def _parse_time(value: str, where: str) -> None:
    """``ValueError`` unless :func:`datetime.fromisoformat` reads ``value`` (checked against the pattern already)."""
    try:
        datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        raise ValueError(f"{where}: {value[:40]!r} is not an ISO 8601 date-time") from None


def _time(value: str, where: str) -> str:
    """``value`` if it is an ISO 8601 date-time with a time zone that :func:`datetime.fromisoformat` reads
    as a real time (no 13th month, no final newline); else ``ValueError``."""
    try:
        if not _TIMESTAMP_RE.fullmatch(value):
            raise ValueError
        parsed = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        raise ValueError(f"{where}: {value[:40]!r} is not an ISO 8601 date-time") from None
    if parsed.tzinfo is None:  # pragma: no cover - the pattern requires a zone
        raise ValueError(f"{where}: {value[:40]!r} has no time zone")
    return value


def _same(a: Any, b: Any) -> bool:
    """JSON equality (``1 != true``)."""
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) else a == b


# --------------------------------------------------------------------------- reading


def _read_json(path: str) -> Any:
    data = read_user_file(path, ImportFailed, max_bytes=MAX_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(path, f"not valid UTF-8 (byte offset {exc.start})") from None
    if not text.strip():
        raise ImportFailed(path, "empty file")
    try:
        return parse_json(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(path, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except ValueError as exc:  # nested too deeply for the parser, a number with thousands of digits
        raise ImportFailed(path, str(exc)) from None


def detect_format(data: Any) -> str | None:
    """``"json"`` (presslens export), ``"w3c"`` (Web Annotation JSON-LD) or ``None``."""
    if isinstance(data, dict):
        if "schema_version" in data:
            return "json"
        if "@context" in data or data.get("type") in ("Annotation", "AnnotationCollection", "AnnotationPage"):
            return "w3c"
    if isinstance(data, list) and data and all(isinstance(x, dict) and x.get("type") == "Annotation" for x in data):
        return "w3c"
    return None


def parse_export(data: Any, fmt: str | None = None) -> Parsed:
    """Parse an export (already loaded from JSON); raise ``ValueError`` with the problem."""
    fmt = fmt or detect_format(data)
    if fmt == "json":
        return parse_json_export(data)
    if fmt == "w3c":
        return parse_w3c(data)
    raise ValueError("not a presslens export: expected a presslens JSON export or W3C Web Annotation JSON-LD")


def parse_json_export(data: Any) -> Parsed:
    """Validate a presslens JSON export and build its documents and annotations."""
    if isinstance(data, dict) and isinstance(data.get("schema_version"), int):
        if data["schema_version"] > SCHEMA_VERSION:
            raise ValueError(
                f"schema_version {data['schema_version']} is newer than this presslens reads ({SCHEMA_VERSION}); "
                "upgrade presslens"
            )
    check_export(data)
    docs: list[Document] = []
    refs: dict[str, str] = {}
    info: dict[str, dict[str, Any]] = {}
    seen_docs: set[str] = set()
    for i, d in enumerate(data["documents"]):
        where = f"documents[{i}]"
        if d["sha256"] != d["id"]:
            raise ValueError(f"{where}: sha256 differs from id")
        if d["id"] in seen_docs:
            raise ValueError(f"{where}: document {d['id'][:12]} appears twice")
        # ``meta`` is the one free-form field (the schema types every annotation field down to
        # strings): what is accepted here must export again, so it gets the loader's nesting limit.
        if nesting_exceeds(d.get("meta", {})):
            raise ValueError(f"{where}.meta: nested more than {MAX_NESTING} levels deep")
        seen_docs.add(d["id"])
        refs[d["id"]] = _describe(d["id"], d.get("path", ""), d.get("title", ""))
        if "text" in d:
            if text_sha256(d["text"]) != d["id"]:
                raise ValueError(f"{where}: the text does not match its sha256 id (edited after export?)")
            docs.append(Document.from_dict(d))
        else:
            info[d["id"]] = {k: d[k] for k in ("path", "title", "source", "url", "date") if d.get(k)}
    seen: set[str] = set()  # the schema checked the form; parsing finds a 13th month or a final newline
    for i, a in enumerate(data["annotations"]):
        for key in ("created", "modified"):
            value = a[key]
            if value not in seen:
                _parse_time(value, f"annotations[{i}].{key}")
                seen.add(value)
    anns = [Annotation.from_dict(a) for a in data["annotations"]]
    for a in anns:
        refs.setdefault(a.doc_id, _describe(a.doc_id))
    return Parsed("json", docs, anns, refs, doc_info=info)


def _describe(doc_id: str, path: str = "", title: str = "") -> str:
    label = path or title
    return f"document {doc_id[:12]}" + (f" ({label})" if label else "")


# --------------------------------------------------------------------------- W3C


def _items(data: Any) -> list[Any]:
    """The annotations of a W3C document: a collection (inline pages), a page, a list or one annotation."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    kind = data.get("type")
    if kind == "Annotation":
        return [data]
    if kind == "AnnotationPage":
        return _page_items(data, "")
    if kind == "AnnotationCollection":
        items: list[Any] = []
        page = data.get("first")
        where = "first"
        while page is not None:
            if not isinstance(page, dict):
                raise ValueError(f"{where}: pages must be inline objects (a page given by IRI cannot be fetched)")
            items.extend(_page_items(page, where))
            page = page.get("next")
            where += ".next"
        total = data.get("total")
        if isinstance(total, int) and total != len(items):
            raise ValueError(f"the collection says total {total} but holds {len(items)} annotations")
        return items
    raise ValueError(f"expected an Annotation, AnnotationPage or AnnotationCollection, got type {kind!r}")


def _page_items(page: dict[str, Any], where: str) -> list[Any]:
    items = page.get("items")
    if not isinstance(items, list):
        raise ValueError(f"{where or 'page'}: missing the items list")
    return items


def _get(obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str, default: Any = ...) -> Any:
    if key not in obj:
        if default is ...:
            raise ValueError(f"{where}: missing {key!r}")
        return default
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"{where}.{key}: expected {getattr(kind, '__name__', 'a value')}, got {_kind(value)}")
    return value


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _doc_ref(resource: Mapping[str, Any], where: str) -> tuple[str, str]:
    """``(doc_id, source)`` of a SpecificResource: doc_id is "" when only a url identifies the document."""
    source = resource.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    if not isinstance(source, str) or not source:
        raise ValueError(f"{where}: missing the source IRI")
    sha = resource.get("presslens:sha256")
    if sha is None and source.startswith("urn:sha256:"):
        sha = source[len("urn:sha256:") :]
    if sha is not None:
        if not isinstance(sha, str) or not _SHA_RE.fullmatch(sha):
            raise ValueError(f"{where}: {str(sha)[:70]!r} is not a sha256 document id")
    return sha or "", source


def _selectors(resource: Mapping[str, Any], where: str) -> tuple[dict[str, Any], dict[str, Any]]:
    quote = position = None
    for sel in _as_list(resource.get("selector", [])):
        if isinstance(sel, dict) and sel.get("type") == "TextQuoteSelector":
            quote = sel
        elif isinstance(sel, dict) and sel.get("type") == "TextPositionSelector":
            position = sel
    if quote is None or position is None:
        raise ValueError(f"{where}: needs both a TextQuoteSelector and a TextPositionSelector")
    return quote, position


def _w3c_annotation(item: Any, where: str) -> tuple[Annotation, str]:
    """One W3C annotation -> (Annotation, the target's source IRI); doc_id is "" when the file gave only a url."""
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise ValueError(f"{where}: expected an object of type Annotation")
    ann_id = annotation_id_from_iri(_get(item, "id", str, where))
    if ann_id is None:
        raise ValueError(f"{where}.id: {item['id'][:70]!r} is not a presslens annotation IRI (urn:uuid:...)")
    created = _timestamp(item, "created", where)
    modified = _timestamp(item, "modified", where)
    target = item.get("target")
    if isinstance(target, list) and len(target) == 1:
        target = target[0]
    if not isinstance(target, dict):
        raise ValueError(f"{where}.target: expected one SpecificResource")
    doc_id, source = _doc_ref(target, f"{where}.target")
    quote_sel, pos_sel = _selectors(target, f"{where}.target")
    start = _get(pos_sel, "start", int, f"{where}.target.selector")
    end = _get(pos_sel, "end", int, f"{where}.target.selector")
    if not 0 <= start <= end:
        raise ValueError(f"{where}.target.selector: bad offsets {start}-{end}")

    author = None
    generator = None
    creator = item.get("creator")
    if isinstance(creator, dict) and creator.get("type") == "Software":  # an engine's suggestion
        generator = _software(creator, f"{where}.creator")
    elif creator is not None:
        if not isinstance(creator, dict) or creator.get("type", "Person") != "Person":
            raise ValueError(f"{where}.creator: expected a Person or Software")
        author = _get(creator, "name", str, f"{where}.creator")
    agent = item.get("generator")
    if agent is not None:
        if not isinstance(agent, dict) or agent.get("type", "Software") != "Software":
            raise ValueError(f"{where}.generator: expected Software")
        if agent.get("name") != "presslens":  # files before issue 15 named the engine here
            generator = _software(agent, f"{where}.generator")
    if item.get("presslens:suggestedBy") is not None:
        generator = _software(item["presslens:suggestedBy"], f"{where}.presslens:suggestedBy")

    tags: list[str] = []
    comment = ""
    label = None
    links: list[Link] = []
    for j, body in enumerate(_as_list(item.get("body", []))):
        bw = f"{where}.body[{j}]"
        if not isinstance(body, dict):
            raise ValueError(f"{bw}: expected an object")
        purpose = body.get("purpose")
        if purpose == "linking":
            rel = _get(body, "presslens:relation", str, bw)
            target_id = annotation_id_from_iri(_get(body, "presslens:annotation", str, bw))
            if target_id is None or not rel:
                raise ValueError(f"{bw}: a link needs presslens:relation and a presslens:annotation IRI")
            linked_source = body.get("source")
            target_doc = "" if linked_source == body.get("presslens:annotation") else _doc_ref(body, bw)[0]
            links.append(Link(target_id, rel, target_doc))
            continue
        if body.get("type", "TextualBody") != "TextualBody":
            raise ValueError(f"{bw}: expected a TextualBody")
        value = _get(body, "value", str, bw)
        if purpose == "tagging":
            tags.append(value)
        elif purpose == "commenting":
            comment = value
        elif purpose == "classifying":
            label = value
        elif purpose == "assessing" and value == "rejected":
            pass  # presslens:status says it
        else:
            raise ValueError(f"{bw}: unsupported body purpose {purpose!r} (tagging, commenting, classifying, assessing, linking)")

    if "presslens:label" in item:
        label = _get(item, "presslens:label", str, where)
    speaker = _w3c_role(item.get("presslens:speaker"), f"{where}.presslens:speaker")
    cue = _w3c_role(item.get("presslens:cue"), f"{where}.presslens:cue")
    status = _get(item, "presslens:status", str, where, "human")
    if status not in _STATUSES:
        raise ValueError(f"{where}.presslens:status: must be one of {', '.join(_STATUSES)}")
    ann = Annotation(
        id=ann_id,
        doc_id=doc_id,
        start=start,
        end=end,
        quote=_get(quote_sel, "exact", str, f"{where}.target.selector"),
        prefix=_get(quote_sel, "prefix", str, f"{where}.target.selector", ""),
        suffix=_get(quote_sel, "suffix", str, f"{where}.target.selector", ""),
        tags=tags,
        comment=comment,
        links=links,
        author=author,
        generator=generator,
        label=label,
        status=status,
        orphan=_get(item, "presslens:orphan", bool, where, False),
        created=created,
        modified=modified,
        speaker=speaker,
        cue=cue,
    )
    return ann, source


def _software(agent: Any, where: str) -> dict[str, str]:
    """A Software agent -> an annotation's ``generator`` (``name`` and the ``presslens:`` keys)."""
    if not isinstance(agent, dict) or agent.get("type", "Software") != "Software":
        raise ValueError(f"{where}: expected Software")
    generator = {}
    for key, value in agent.items():
        if key == "name" or key.startswith("presslens:"):
            if not isinstance(value, str):
                raise ValueError(f"{where}.{key}: expected a string")
            generator[key.removeprefix("presslens:")] = value
    return generator


def _w3c_role(resource: Any, where: str) -> dict[str, Any] | None:
    """A claim's speaker or cue (a SpecificResource with a quote and a position selector) as a span dict."""
    if resource is None:
        return None
    if not isinstance(resource, dict):
        raise ValueError(f"{where}: expected a SpecificResource")
    quote, position = _selectors(resource, where)
    span: dict[str, Any] = {
        "start": _get(position, "start", int, f"{where}.selector"),
        "end": _get(position, "end", int, f"{where}.selector"),
        "text": _get(quote, "exact", str, f"{where}.selector"),
    }
    if not 0 <= span["start"] <= span["end"]:
        raise ValueError(f"{where}.selector: bad offsets {span['start']}-{span['end']}")
    referent = _w3c_role(resource.get("presslens:refersTo"), f"{where}.presslens:refersTo")
    if referent is not None:
        span["refers_to"] = referent
    return span


def _timestamp(item: Mapping[str, Any], key: str, where: str) -> str:
    return _time(_get(item, key, str, where), f"{where}.{key}")


def parse_w3c(data: Any) -> Parsed:
    """Build annotations from a W3C Web Annotation export (documents come from the store)."""
    anns: list[Annotation] = []
    urls: dict[str, list[int]] = {}
    refs: dict[str, str] = {}
    info: dict[str, dict[str, Any]] = {}
    for i, item in enumerate(_items(data)):
        ann, source = _w3c_annotation(item, f"items[{i}]")
        if not ann.doc_id:
            urls.setdefault(source, []).append(i)
        elif ann.doc_id not in refs:
            refs[ann.doc_id] = _describe(ann.doc_id, "" if source.startswith("urn:") else source)
            if not source.startswith("urn:"):
                info[ann.doc_id] = {"url": source}
        anns.append(ann)
    return Parsed("w3c", [], anns, refs, urls, doc_info=info)


# --------------------------------------------------------------------------- checking against the store


def _check(parsed: Parsed, store: Any) -> tuple[list[Document], set[str]]:
    """Resolve documents and check every annotation against its text; return the documents to add
    and the ids of annotations to keep pending (their article is neither in the store nor in the file:
    checked now as far as they can be, placed when it is added).

    Raises ``ValueError`` naming the first problem.
    """
    known: dict[str, Document] = {}
    if parsed.urls:
        by_url = {d.url: d for d in store.documents() if d.url}
        for url, indexes in parsed.urls.items():
            doc = by_url.get(url)
            if doc is None:
                raise ValueError(
                    f"items[{indexes[0]}]: no document with url {url} in the store "
                    "(open the article first, then import)"
                )
            for i in indexes:
                parsed.annotations[i].doc_id = doc.id
            known[doc.id] = doc
    to_add = []
    for doc in parsed.documents:
        existing = store.get_document(doc.id)
        if existing is None:
            to_add.append(doc)
            known[doc.id] = doc
        else:
            known[doc.id] = existing
    seen: set[str] = set()
    pending: set[str] = set()
    for a in parsed.annotations:
        where = f"annotation {a.id}"
        if a.id in seen:
            raise ValueError(f"{where} appears twice")
        seen.add(a.id)
        if a.start > a.end:
            raise ValueError(f"{where}: start {a.start} is after end {a.end}")
        validate_annotation(a)  # the store's own rule: control characters in tags, comments, ... are refused
        doc = known.get(a.doc_id)
        if doc is None:
            doc = store.get_document(a.doc_id)
            if doc is None:
                if not hasattr(store, "add_pending"):
                    missing = parsed.refs.get(a.doc_id, _describe(a.doc_id))
                    raise ValueError(f"{where}: {missing} is not in the store and the file has no text for it")
                pending.add(a.id)  # placed when its article is added (matched by sha256)
                continue
            known[a.doc_id] = doc
        problem = pending_problem(a, doc)  # the store's rule for placing an annotation on a text
        if problem is not None:
            if problem.startswith("offsets"):
                problem += f" of {_describe(doc.id, doc.path)}"
            raise ValueError(f"{where}: {problem}")
    return to_add, pending


def _differences(old: Annotation, new: Annotation) -> str:
    a, b = old.to_dict(), new.to_dict()
    return ", ".join(k for k in a if a[k] != b.get(k))


def import_file(store: Any, path: str | os.PathLike[str], *, fmt: str | None = None) -> ImportReport:
    """Import a ``json`` or ``w3c`` export file into ``store``; see the module docstring.

    ``fmt`` forces the format instead of detecting it.
    """
    shown = os.fspath(path)
    with paused_gc():  # 100,000 annotations are millions of new objects, none of them garbage
        return _import(store, shown, fmt)


def _import(store: Any, shown: str, fmt: str | None) -> ImportReport:
    data = _read_json(shown)
    try:
        parsed = parse_export(data, fmt)
        to_add, pending = _check(parsed, store)
    except ValueError as exc:
        kind = {"json": "invalid presslens export: ", "w3c": "invalid W3C annotation file: "}
        raise ImportFailed(shown, f"{kind.get(fmt or detect_format(data) or '', '')}{exc}") from None
    report = ImportReport()
    plan: list[Annotation] = []
    wait: list[Annotation] = []
    get_pending = store.get_pending if getattr(store, "has_pending", False) else (lambda ann_id: None)
    for ann in parsed.annotations:
        existing = store.get(ann.id)
        if existing is None:
            existing = get_pending(ann.id)
        if existing is None:
            (wait if ann.id in pending else plan).append(ann)
        elif existing.to_dict() == ann.to_dict():
            report.unchanged += 1
        else:
            report.conflicts.append((ann.id, f"differs from the stored annotation in: {_differences(existing, ann)}"))
    # Everything is checked: now write.
    for doc in to_add:
        store.add_document(doc)
        report.documents_added += 1
    add_many = getattr(store, "add_many", None)
    if add_many is not None:  # one change, not one undo step per imported annotation
        add_many(plan, undoable=False, checked=True)  # _check() validated every one
    else:
        for ann in plan:
            store.add(ann)
    report.added = len(plan)
    if wait:
        info = {doc_id: {**parsed.doc_info.get(doc_id, {})} for doc_id in {a.doc_id for a in wait}}
        report.pending = store.add_pending(wait, info)
    return report
