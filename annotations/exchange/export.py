"""Export annotations: presslens JSON, W3C Web Annotation, JSON Lines, CSV, brat, HTML.

Every exporter takes plain lists of :class:`~annotations.core.model.Document` and
:class:`~annotations.core.model.Annotation` (use :func:`select` to pick them from a
store) and is pure: the ``export_*`` functions return a string (brat writes a
folder), :func:`write_export` streams the same output to a file atomically.

Output is deterministic: documents are sorted by id (the html page: in the
order given, its columns), annotations by ``(doc_id, start, end, id)``, keys
come in a fixed order and no export timestamp is written, so two exports of
the same data are byte-identical.

Formats
-------
``json``
    presslens's own schema (``annotations/data/export.schema.json``, see
    :func:`export_schema`), 2-space indented, one field per line; the format
    :mod:`annotations.exchange.importer` reads back losslessly.
``w3c``
    W3C Web Annotation Data Model (JSON-LD).  An ``AnnotationCollection`` whose
    ``first`` is an inline ``AnnotationPage`` holding every annotation in
    ``items``, one annotation per line.  Mapping of an annotation:

    * ``id`` ``urn:uuid:<id>`` (ids that are not canonical UUIDs become
      ``urn:presslens:annotation:<id>``);
    * ``creator`` ``{"type": "Person", "name": author}`` when there is an author,
      ``generator`` ``{"type": "Software", "name", "presslens:<key>": ...}`` for
      an engine (every further generator key, e.g. ``version``, is namespaced);
    * ``body``: one ``TextualBody`` per tag (purpose ``tagging``), the comment
      (``commenting``, ``format`` ``text/plain``), the label (``classifying``),
      and one ``SpecificResource`` per link (purpose ``linking``) whose
      ``source``/``selector`` point at the linked annotation's span in the
      other article, with ``presslens:relation`` (the relation name) and
      ``presslens:annotation`` (the linked annotation's IRI);
    * ``target``: a ``SpecificResource`` whose ``source`` is the article's url
      when it has an absolute one (then ``presslens:sha256`` keeps the document
      id) or ``urn:sha256:<doc id>``, with a ``TextQuoteSelector`` and a
      ``TextPositionSelector`` (code point offsets, end exclusive);
    * ``presslens:status`` and ``presslens:orphan`` carry the two fields the
      model has no place for.

    The ``presslens`` prefix is declared in a second ``@context`` entry as
    ``urn:presslens:``.  The collection id is a stable ``urn:uuid`` (UUID 5)
    derived from the document ids and each annotation's id, status and
    ``modified`` time.
``jsonl`` / ``csv``
    One flat record per annotation (:data:`FLAT_FIELDS`, built by
    :func:`flat_record`) for ``pandas.read_json(lines=True)``, ``read.csv`` and
    spreadsheets.  In CSV, tags and links are JSON arrays, booleans are
    ``true``/``false`` and a missing value is empty.
``brat``
    A folder with ``<stem>.txt`` / ``<stem>.ann`` per article and an
    ``annotation.conf`` (see :func:`export_brat`).
``html``
    One self-contained page, the articles side by side (see
    :mod:`annotations.exchange.htmlpage`).  Unlike the other formats it keeps the
    documents in the order given (:func:`export_store`: the order they were first
    opened, or the order of ``docs``), the order of its columns.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from operator import attrgetter
from typing import Any, NamedTuple
from urllib.parse import quote

from annotations import __version__
from annotations.core.model import Analysis, Annotation, Document, Link
from annotations.core.errors import PresslensError
from annotations.core.files import atomic_write
from annotations.core.text import display, json_safe, plural
from annotations.exchange.formats import EXPORT_FORMATS, FORMATS, ExportFormat
from annotations.exchange.select import Selection, SelectionError, select

__all__ = [
    "EXPORT_FORMATS",
    "FORMATS",
    "ExportFormat",
    "ExportOptions",
    "SCHEMA_VERSION",
    "csv_table",
    "FLAT_FIELDS",
    "Selection",
    "SelectionError",
    "select",
    "export_schema",
    "export_json",
    "export_w3c",
    "export_jsonl",
    "export_csv",
    "export_brat",
    "export_html",
    "iter_json",
    "iter_w3c",
    "iter_jsonl",
    "iter_csv",
    "iter_html",
    "w3c_annotation",
    "annotation_iri",
    "annotation_id_from_iri",
    "brat_type",
    "brat_fragments",
    "flat_record",
    "write_export",
    "default_output",
    "atomic_write",
    "OutputRefused",
    "check_output",
]


#: Version of the presslens JSON export schema; bump on incompatible changes.
SCHEMA_VERSION = 1

#: The ``generator`` object written into JSON exports.
GENERATOR: dict[str, str] = {"name": "presslens", "version": __version__}

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: IRI the ``presslens:`` prefix expands to in W3C exports.
PRESSLENS_NS = "urn:presslens:"
#: The ``@context`` of a W3C export: the model's, then presslens's terms.  A link's
#: ``presslens:annotation`` is the linked annotation's IRI (``@type: @id``), so it expands to a
#: node reference, not a string: the RDF graph reaches the linked annotation.
W3C_CONTEXTS: list[Any] = [
    W3C_CONTEXT,
    {"presslens": PRESSLENS_NS, "presslens:annotation": {"@type": "@id"}},
]

#: How often (in annotations) a ``progress(done, total)`` callback is called.
PROGRESS_EVERY = 1000

#: A ``progress(done, total)`` callback.
Progress = Callable[[int, int], None]



def _sorted_documents(documents: Iterable[Document]) -> list[Document]:
    return sorted(documents, key=lambda d: d.id)


_sort_key = attrgetter("doc_id", "start", "end", "id")


def _sorted_annotations(annotations: Iterable[Annotation]) -> list[Annotation]:
    """Annotations in export order: ``(doc_id, start, end, id)``."""
    return sorted(annotations, key=_sort_key)


def _batches(items: Sequence[Annotation], progress: Progress | None) -> Iterator[Sequence[Annotation]]:
    """``items`` in slices of :data:`PROGRESS_EVERY`, calling ``progress(done, total)`` after each."""
    total = len(items)
    for start in range(0, total, PROGRESS_EVERY):
        yield items[start : start + PROGRESS_EVERY]
        if progress is not None:
            progress(min(start + PROGRESS_EVERY, total), total)
    if total == 0 and progress is not None:
        progress(0, 0)


# --------------------------------------------------------------------------- presslens JSON


def export_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the presslens JSON export format."""
    text = resources.files("annotations").joinpath("data/export.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


_enc = json.encoder.encode_basestring  # C-accelerated; like json.dumps(s, ensure_ascii=False)


def _jnull(value: str | None) -> str:
    return "null" if value is None else _enc(value)


def _sorted_keys(value: Any) -> Any:
    """A copy of ``value`` with every mapping's keys sorted (for free-form metadata)."""
    if isinstance(value, Mapping):
        return {str(k): _sorted_keys(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, (list, tuple)):
        return [_sorted_keys(v) for v in value]
    return value


def _indented(value: Any, pad: str) -> str:
    """``json.dumps(value, indent=2)`` with every line after the first indented by ``pad``."""
    text = json.dumps(value, indent=2, ensure_ascii=False, default=str)
    return text.replace("\n", "\n" + pad)


def _document_json(doc: Document, with_text: bool) -> str:
    data = doc.to_dict(with_text=with_text)
    data["meta"] = _sorted_keys(data["meta"])
    return "    " + _indented(data, "    ")


def _annotation_json(a: Annotation) -> str:
    """One annotation, formatted exactly as ``json.dumps(a.to_dict(), indent=2)`` at depth 2.

    Hand-formatted because the standard library's indenting encoder is pure
    Python and several times slower; a test checks the two agree.
    """
    e = _enc
    if a.tags:
        tags = "[\n        " + ",\n        ".join([e(t) for t in a.tags]) + "\n      ]"
    else:
        tags = "[]"
    if a.links:
        links = (
            "[\n"
            + ",\n".join(
                [
                    "        {\n"
                    f'          "target": {e(k.target)},\n'
                    f'          "relation": {e(k.relation)},\n'
                    f'          "target_doc": {e(k.target_doc)}\n'
                    "        }"
                    for k in a.links
                ]
            )
            + "\n      ]"
        )
    else:
        links = "[]"
    if a.generator:
        generator = (
            "{\n"
            + ",\n".join(
                [f"        {e(k)}: {e(v) if isinstance(v, str) else _indented(v, '        ')}" for k, v in a.generator.items()]
            )
            + "\n      }"
        )
    else:
        generator = "null"
    return (
        "    {\n"
        f'      "id": {e(a.id)},\n'
        f'      "doc_id": {e(a.doc_id)},\n'
        f'      "start": {int(a.start)},\n'
        f'      "end": {int(a.end)},\n'
        f'      "quote": {e(a.quote)},\n'
        f'      "prefix": {e(a.prefix)},\n'
        f'      "suffix": {e(a.suffix)},\n'
        f'      "tags": {tags},\n'
        f'      "comment": {e(a.comment)},\n'
        f'      "links": {links},\n'
        f'      "author": {_jnull(a.author)},\n'
        f'      "generator": {generator},\n'
        f'      "label": {_jnull(a.label)},\n'
        f'      "status": {e(a.status)},\n'
        f'      "orphan": {"true" if a.orphan else "false"},\n'
        f'      "created": {e(a.created)},\n'
        f'      "modified": {e(a.modified)},\n'
        f'      "speaker": {_span_json(a.speaker)},\n'
        f'      "cue": {_span_json(a.cue)}\n'
        "    }"
    )


def _span_json(span: Mapping[str, Any] | None) -> str:
    """A claim role span at depth 3 (``null`` when unset), as ``json.dumps(indent=2)`` writes it."""
    return "null" if not span else _indented(dict(span), "      ")


def iter_json(
    documents: Iterable[Document],
    annotations: Iterable[Annotation],
    *,
    with_text: bool = False,
    progress: Progress | None = None,
) -> Iterator[str]:
    """Stream :func:`export_json`'s output in chunks."""
    docs = _sorted_documents(documents)
    anns = _sorted_annotations(annotations)
    yield (
        "{\n"
        f'  "schema_version": {SCHEMA_VERSION},\n'
        f'  "generator": {_indented(GENERATOR, "  ")},\n'
        '  "documents": '
    )
    yield _json_array([_document_json(d, with_text) for d in docs])
    yield ',\n  "annotations": '
    if not anns:
        yield "[]"
    for n, batch in enumerate(_batches(anns, progress)):
        yield ("[\n" if n == 0 else ",\n") + ",\n".join([_annotation_json(a) for a in batch])
    yield "\n  ]\n}\n" if anns else "\n}\n"


def _json_array(items: list[str]) -> str:
    """Pre-formatted depth-2 items as an indented JSON array (``[]`` when empty)."""
    return "[\n" + ",\n".join(items) + "\n  ]" if items else "[]"


def export_json(
    documents: Iterable[Document],
    annotations: Iterable[Annotation],
    *,
    with_text: bool = False,
    progress: Progress | None = None,
) -> str:
    """presslens's own JSON export (see the module docstring); ``with_text`` includes article bodies."""
    return "".join(iter_json(documents, annotations, with_text=with_text, progress=progress))


# --------------------------------------------------------------------------- W3C Web Annotation

_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ABSOLUTE_IRI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+")
_EXPORT_NS = uuid.uuid5(uuid.NAMESPACE_URL, "urn:presslens:export")
_ANNOTATION_URN = "urn:presslens:annotation:"
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)
_spaced = json.JSONEncoder(ensure_ascii=False, default=str)


def annotation_iri(ann_id: str) -> str:
    """The IRI of an annotation in W3C exports: ``urn:uuid:<id>`` for canonical UUIDs."""
    if _UUID_RE.fullmatch(ann_id):
        return "urn:uuid:" + ann_id
    return _ANNOTATION_URN + ann_id


def annotation_id_from_iri(iri: str) -> str | None:
    """Inverse of :func:`annotation_iri`; ``None`` for anything else."""
    for prefix in ("urn:uuid:", _ANNOTATION_URN):
        if iri.startswith(prefix) and len(iri) > len(prefix):
            return iri[len(prefix) :]
    return None


def _utc_z(stamp: str) -> str:
    """An ISO 8601 time in UTC with ``Z``; strings already ending in ``Z`` are kept as they are."""
    if stamp.endswith("Z"):
        return stamp
    try:
        parsed = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _W3CItems:
    """Formats annotations as W3C Web Annotation JSON, one line each (``json.dumps`` style separators).

    Written as text directly (values escaped by the C-accelerated string encoder)
    because building dicts and encoding them takes twice as long; a test checks
    every line is exactly what ``json.dumps(json.loads(line), ensure_ascii=False)`` gives.
    """

    def __init__(self, docs: Mapping[str, Document], by_id: Mapping[str, Annotation]) -> None:
        self.docs = docs
        self.by_id = by_id
        self._sources: dict[str, str] = {}

    def source(self, doc_id: str) -> str:
        """``"source": ...`` (+ ``"presslens:sha256"`` when the source is the article's url)."""
        text = self._sources.get(doc_id)
        if text is None:
            doc = self.docs.get(doc_id)
            if doc is not None and doc.url and _ABSOLUTE_IRI_RE.fullmatch(doc.url):
                text = f'"source": {_enc(doc.url)}, "presslens:sha256": {_enc(doc_id)}'
            else:
                text = f'"source": {_enc("urn:sha256:" + doc_id)}'
            self._sources[doc_id] = text
        return text

    @staticmethod
    def selectors(a: Annotation) -> str:
        e = _enc
        return (
            f'"selector": [{{"type": "TextQuoteSelector", "exact": {e(a.quote)}, "prefix": {e(a.prefix)}, '
            f'"suffix": {e(a.suffix)}}}, {{"type": "TextPositionSelector", "start": {int(a.start)}, '
            f'"end": {int(a.end)}}}]'
        )

    def link(self, link: Link) -> str:
        e = _enc
        iri = e(annotation_iri(link.target))
        if link.target_doc:
            where = self.source(link.target_doc)
            other = self.by_id.get(link.target)
            if other is not None and other.doc_id == link.target_doc:
                where += ", " + self.selectors(other)
        else:  # the target document is unknown: point at the annotation itself
            where = f'"source": {iri}'
        return (
            f'{{"type": "SpecificResource", "purpose": "linking", {where}, '
            f'"presslens:relation": {e(link.relation)}, "presslens:annotation": {iri}}}'
        )

    def __call__(self, a: Annotation) -> str:
        e = _enc
        out = [
            f'{{"id": {e(annotation_iri(a.id))}, "type": "Annotation", "motivation": "{_motivation(a)}", '
            f'"created": {e(_utc_z(a.created))}, "modified": {e(_utc_z(a.modified))}'
        ]
        if a.author is not None:  # a person made it (or, status rejected, assessed an engine's suggestion)
            out.append(f', "creator": {_person(a.author)}')
        elif a.generator:  # an engine's suggestion: the engine is its creator
            out.append(f', "creator": {_software(a.generator)}')
        out.append(_GENERATOR_ITEM)
        if a.generator and a.author is not None:  # whose suggestion a person decided on
            out.append(f', "presslens:suggestedBy": {_software(a.generator)}')
        body = [f'{{"type": "TextualBody", "purpose": "tagging", "value": {e(t)}, "format": "text/plain"}}' for t in a.tags]
        if a.comment:
            body.append(
                f'{{"type": "TextualBody", "purpose": "commenting", "value": {e(a.comment)}, "format": "text/plain"}}'
            )
        if a.status == "rejected":
            body.append(_REJECTED_BODY)
        if a.label is not None:
            if a.status == "rejected":  # what was rejected: not a classification anybody holds
                out.append(f', "presslens:label": {e(a.label)}')
            else:
                body.append(
                    f'{{"type": "TextualBody", "purpose": "classifying", "value": {e(a.label)}, "format": "text/plain"}}'
                )
        if a.links:
            body.extend([self.link(link) for link in a.links])
        if body:
            out.append(', "body": [' + ", ".join(body) + "]")
        out.append(
            f', "target": {{"type": "SpecificResource", {self.source(a.doc_id)}, {self.selectors(a)}}}, '
            f'"presslens:status": {e(a.status)}, "presslens:orphan": {"true" if a.orphan else "false"}'
        )
        if a.speaker:
            out.append(f', "presslens:speaker": {self.role(a.doc_id, a.speaker)}')
        if a.cue:
            out.append(f', "presslens:cue": {self.role(a.doc_id, a.cue)}')
        out.append("}")
        return "".join(out)

    def role(self, doc_id: str, span: Mapping[str, Any]) -> str:
        """A claim's speaker or cue: a SpecificResource on the same article (``presslens:refersTo`` nested)."""
        e = _enc
        text = (
            f'{{"type": "SpecificResource", {self.source(doc_id)}, "selector": [{{"type": "TextQuoteSelector", '
            f'"exact": {e(str(span["text"]))}}}, {{"type": "TextPositionSelector", "start": {int(span["start"])}, '
            f'"end": {int(span["end"])}}}]'
        )
        if span.get("refers_to"):
            text += f', "presslens:refersTo": {self.role(doc_id, span["refers_to"])}'
        return text + "}"


def _agent_id(kind: str, *parts: str) -> str:
    """A stable IRI for an agent (``id``, which the model SHOULDs): ``urn:presslens:<kind>:<name>[:<version>]``."""
    return "urn:presslens:" + kind + ":" + ":".join(quote(p, safe="") for p in parts if p)


def _person(name: str) -> str:
    return f'{{"id": {_enc(_agent_id("person", name))}, "type": "Person", "name": {_enc(name)}}}'


def _software(generator: Mapping[str, Any]) -> str:
    """An engine as a W3C Software agent: ``name``; every other key (``version``, ...) namespaced."""
    name = str(generator.get("name") or "")
    version = generator.get("version")
    ident = _agent_id("software", name, version if isinstance(version, str) else "")
    agent = ", ".join(
        [f"{_enc('name' if k == 'name' else 'presslens:' + k)}: {_spaced.encode(v)}" for k, v in generator.items()]
    )
    return f'{{"id": {_enc(ident)}, "type": "Software", {agent}}}'


#: presslens itself, "the agent responsible for generating the serialization" (on the collection and each item).
W3C_GENERATOR: dict[str, str] = {
    "id": _agent_id("software", GENERATOR["name"], GENERATOR["version"]),
    "type": "Software",
    "name": GENERATOR["name"],
    "presslens:version": GENERATOR["version"],
}
_GENERATOR_ITEM = ", \"generator\": " + json.dumps(W3C_GENERATOR, ensure_ascii=False)
#: The body of a rejection record: a person assessed an engine's suggestion and said no.
_REJECTED_BODY = '{"type": "TextualBody", "purpose": "assessing", "value": "rejected", "format": "text/plain", "language": "en"}'


def _motivation(a: Annotation) -> str:
    if a.status == "rejected":
        return "assessing"
    if a.comment:
        return "commenting"
    if a.tags:
        return "tagging"
    if a.links:
        return "linking"
    if a.label is not None:
        return "classifying"
    return "highlighting"


def w3c_annotation(a: Annotation, docs: Mapping[str, Document], by_id: Mapping[str, Annotation]) -> dict[str, Any]:
    """One annotation in the W3C Web Annotation model (see the module docstring), as a dict.

    ``docs`` (id -> Document) supplies article urls, ``by_id`` the linked
    annotations whose spans link bodies point at.
    """
    return json.loads(_W3CItems(docs, by_id)(a))


def collection_id(docs: Sequence[Document], anns: Sequence[Annotation]) -> str:
    """A stable ``urn:uuid`` for a collection: UUID 5 over doc ids and annotation id/status/modified."""
    h = hashlib.sha256()
    for d in docs:
        h.update(d.id.encode() + b"\n")
    for a in anns:
        h.update(f"{a.id}\0{a.status}\0{a.modified}\n".encode("utf-8", "surrogatepass"))
    return "urn:uuid:" + str(uuid.uuid5(_EXPORT_NS, h.hexdigest()))


def iter_w3c(
    documents: Iterable[Document],
    annotations: Iterable[Annotation],
    *,
    progress: Progress | None = None,
) -> Iterator[str]:
    """Stream :func:`export_w3c`'s output in chunks."""
    docs = _sorted_documents(documents)
    anns = _sorted_annotations(annotations)
    coll = collection_id(docs, anns)
    page = "urn:uuid:" + str(uuid.uuid5(_EXPORT_NS, coll + "/page/0"))
    head = {
        "@context": W3C_CONTEXTS,
        "id": coll,
        "type": "AnnotationCollection",
        "label": f"presslens export: {plural(len(anns), 'annotation')} on {plural(len(docs), 'document')}",
        "total": len(anns),
        "generator": W3C_GENERATOR,
        "last": page,  # one page: the first is the last
    }
    text = json.dumps(head, indent=2, ensure_ascii=False)[:-2]  # drop "\n}": the page follows
    yield text + ',\n  "first": {\n'
    yield (
        f'    "id": {_enc(page)},\n    "type": "AnnotationPage",\n    "partOf": {_enc(coll)},\n'
        '    "startIndex": 0,\n    "items": ['
    )
    item = _W3CItems({d.id: d for d in docs}, {a.id: a for a in anns})
    for n, batch in enumerate(_batches(anns, progress)):
        yield ("\n      " if n == 0 else ",\n      ") + ",\n      ".join([item(a) for a in batch])
    yield "\n    ]\n  }\n}\n" if anns else "]\n  }\n}\n"


def export_w3c(
    documents: Iterable[Document],
    annotations: Iterable[Annotation],
    *,
    progress: Progress | None = None,
) -> str:
    """W3C Web Annotation JSON-LD: an AnnotationCollection with an inline first page."""
    return "".join(iter_w3c(documents, annotations, progress=progress))


# --------------------------------------------------------------------------- flat records: JSON Lines, CSV

#: Columns of the flat per-annotation record (JSON Lines and CSV), in order.
FLAT_FIELDS: tuple[str, ...] = (
    "id",
    "doc_id",
    "doc_path",
    "doc_title",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "tags",
    "comment",
    "author",
    "generator_name",
    "generator_version",
    "label",
    "speaker",
    "speaker_start",
    "speaker_end",
    "referent",
    "referent_start",
    "referent_end",
    "cue",
    "cue_start",
    "cue_end",
    "status",
    "orphan",
    "links",
    "created",
    "modified",
)


def flat_record(a: Annotation, doc: Document | None) -> dict[str, Any]:
    """The flat record of one annotation: :data:`FLAT_FIELDS`, lists kept as lists.

    ``links`` become ``"relation:target"`` strings; missing values are ``None``.
    A claim's speaker, the span a pronoun speaker refers to (``referent``) and its
    cue are three columns each: text, start, end.
    """
    gen = a.generator or {}
    speaker = a.speaker or {}
    referent = speaker.get("refers_to") or {}
    cue = a.cue or {}
    return {
        "id": a.id,
        "doc_id": a.doc_id,
        "doc_path": doc.path if doc else None,
        "doc_title": doc.title if doc else None,
        "start": a.start,
        "end": a.end,
        "quote": a.quote,
        "prefix": a.prefix,
        "suffix": a.suffix,
        "tags": list(a.tags),
        "comment": a.comment,
        "author": a.author,
        "generator_name": gen.get("name"),
        "generator_version": gen.get("version"),
        "label": a.label,
        "speaker": speaker.get("text"),
        "speaker_start": speaker.get("start"),
        "speaker_end": speaker.get("end"),
        "referent": referent.get("text"),
        "referent_start": referent.get("start"),
        "referent_end": referent.get("end"),
        "cue": cue.get("text"),
        "cue_start": cue.get("start"),
        "cue_end": cue.get("end"),
        "status": a.status,
        "orphan": a.orphan,
        "links": [f"{k.relation}:{k.target}" for k in a.links],
        "created": a.created,
        "modified": a.modified,
    }


def _flat_batches(
    documents: Iterable[Document], annotations: Iterable[Annotation], progress: Progress | None
) -> Iterator[list[dict[str, Any]]]:
    """Flat records in export order, in batches of :data:`PROGRESS_EVERY`."""
    by_doc = {d.id: d for d in documents}
    for batch in _batches(_sorted_annotations(annotations), progress):
        yield [flat_record(a, by_doc.get(a.doc_id)) for a in batch]


def iter_jsonl(
    documents: Iterable[Document], annotations: Iterable[Annotation], *, progress: Progress | None = None
) -> Iterator[str]:
    """Stream :func:`export_jsonl`'s output, a batch of lines per chunk."""
    encode = _compact.encode
    for batch in _flat_batches(documents, annotations, progress):
        yield "".join([encode(record) + "\n" for record in batch])


def export_jsonl(
    documents: Iterable[Document], annotations: Iterable[Annotation], *, progress: Progress | None = None
) -> str:
    """One JSON object per line (:data:`FLAT_FIELDS`), for ``pandas.read_json(path, lines=True)``."""
    return "".join(iter_jsonl(documents, annotations, progress=progress))


#: Leading characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: Whether CSV cells starting with one of :data:`_FORMULA_START` get a ``'`` prefix when the caller
#: does not say.  The one default of :func:`export_csv`, :func:`write_export` and
#: :func:`export_store`, so the CLI, the app's export dialog and the benchmarks all write safe CSV:
#: article text and comments are data, and a spreadsheet must never run ``=HYPERLINK(...)`` from
#: them.  R and pandas users ask for raw cells (``presslens export --raw-cells``).
CSV_EXCEL_SAFE = True


def _csv_cell(value: Any, excel_safe: bool) -> str:
    """One CSV cell; ``excel_safe``: OWASP's rule, a ``'`` before a cell that would start a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):  # a JSON array: splits back exactly, whatever a tag holds ("a; b", quotes)
        value = _compact.encode(value)
    text = str(value)
    if excel_safe and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def iter_csv(
    documents: Iterable[Document],
    annotations: Iterable[Annotation],
    *,
    excel_safe: bool,
    progress: Progress | None = None,
) -> Iterator[str]:
    """Stream :func:`export_csv`'s output, a batch of rows per chunk."""
    buf = io.StringIO()
    writer = csv.writer(buf)  # RFC 4180: CRLF row ends, quotes doubled, fields with , " or newline quoted

    def rows(values: Iterable[Iterable[Any]]) -> str:
        writer.writerows(values)
        text = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return text

    # A spreadsheet reads a CSV as its locale's 8-bit code page unless it starts with a UTF-8 BOM
    # (LibreOffice showed "ZoÃ«"): the spreadsheet-safe form has one; raw cells (R, pandas) do not.
    yield ("\ufeff" if excel_safe else "") + rows([FLAT_FIELDS])
    for batch in _flat_batches(documents, annotations, progress):
        yield rows([[_csv_cell(record[f], excel_safe) for f in FLAT_FIELDS] for record in batch])


def export_csv(
    documents: Iterable[Document],
    annotations: Iterable[Annotation],
    *,
    excel_safe: bool = CSV_EXCEL_SAFE,
    progress: Progress | None = None,
) -> str:
    """CSV (RFC 4180, header row, :data:`FLAT_FIELDS`) for spreadsheets and R.

    List columns (``tags``, ``links``) hold a JSON array (``["a; b", "c"]``,
    ``[]`` when empty), so they split back exactly (``json.loads``).
    ``excel_safe`` (the default, :data:`CSV_EXCEL_SAFE`) starts the file with a
    UTF-8 BOM (so a spreadsheet reads UTF-8) and prefixes a ``'`` to cells
    starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return, so a
    spreadsheet does not run quoted article text as a formula.  This changes
    those values: pass ``excel_safe=False`` for raw cells and no BOM (R, pandas).
    """
    return "".join(iter_csv(documents, annotations, excel_safe=excel_safe, progress=progress))


# --------------------------------------------------------------------------- brat

#: brat's own rule for type and relation names (its configuration parser renames anything else, then rejects it).
_BRAT_UNSAFE_RE = re.compile(r"[^A-Za-z0-9_\-]+")
_STEM_UNSAFE_RE = re.compile(r"[^\w.\-]+")
# Everything str.splitlines() breaks on: a brat text field must stay on one line.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK_RE = re.compile("[" + _LINE_BREAKS + "]")
#: brat's .ann format has no escapes: a note is the rest of its line, shown as it is.  A line break
#: in a note is shown as ⏎ (brat would show ``\n`` as those two characters), a tab as a space.
_NOTE_BREAK_RE = re.compile("\r\n|[" + _LINE_BREAKS + "]")
#: Between the notes of one span, which brat's editor shows as one (it shows only the first of several).
NOTE_SEPARATOR = " ⏎ "


def brat_type(name: str, default: str = "Span") -> str:
    """A brat-safe type or relation name (``[A-Za-z0-9_-]+``): accents dropped (``Überwachung`` ->
    ``Uberwachung``), runs of anything else become ``_``; ``default`` when nothing is left."""
    ascii_name = "".join(c for c in unicodedata.normalize("NFKD", name.strip()) if not unicodedata.combining(c))
    safe = _BRAT_UNSAFE_RE.sub("_", ascii_name).strip("_")
    return safe or default


class BratNames:
    """One brat-safe name per original name for a whole export, distinct for distinct originals.

    ``two words`` and ``two_words`` both make ``two_words``: the second becomes ``two_words_2``;
    a name with nothing left (``監視``) becomes ``<default>_<6 hex of its sha1>``.  :attr:`labels`
    keeps each renamed original, for ``visual.conf``'s display labels.
    """

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._safe: dict[str, str] = {}
        self._taken: set[str] = set()
        self.labels: dict[str, str] = {}
        for name in reserved:
            self(name)

    def __call__(self, original: str, default: str = "Span") -> str:
        key = original.strip() or default
        found = self._safe.get(key)
        if found is not None:
            return found
        base = brat_type(key, "")
        if not base:
            base = f"{default}_{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"
        safe, n = base, 1
        while safe in self._taken:
            n += 1
            safe = f"{base}_{n}"
        self._taken.add(safe)
        self._safe[key] = safe
        if safe != key:
            self.labels[safe] = key
        return safe


def brat_fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` split at line breaks into non-empty ``(start, end)`` fragments."""
    fragments = []
    pos = start
    for m in _LINE_BREAK_RE.finditer(text, start, end):
        if m.start() > pos:
            fragments.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        fragments.append((pos, end))
    return fragments


def _brat_note(text: str) -> str:
    """One note on one line: line breaks shown as ⏎, tabs as spaces (see :data:`_NOTE_BREAK_RE`)."""
    return _NOTE_BREAK_RE.sub(NOTE_SEPARATOR, text).replace("\t", " ")


def _brat_stems(docs: Sequence[Document]) -> dict[str, str]:
    """File stem per document id: the path's stem, made unique with an id prefix when needed."""
    wanted = {}
    for d in docs:
        stem = _STEM_UNSAFE_RE.sub("_", Path(d.path).stem if d.path else "").strip("._")
        wanted[d.id] = stem or "doc"
    counts: dict[str, int] = {}
    for stem in wanted.values():
        counts[stem] = counts.get(stem, 0) + 1
    return {i: (s if counts[s] == 1 else f"{s}_{i[:12]}") for i, s in wanted.items()}


class _BratDoc(NamedTuple):
    ann_text: str
    entity_types: set[str]
    relations: set[str]


def _brat_document(
    doc: Document,
    anns: Sequence[Annotation],
    t_ids: Mapping[str, tuple[str, str]],
    stems: Mapping[str, str],
    names: BratNames,
) -> _BratDoc:
    """The ``.ann`` text of one document; ``t_ids`` maps annotation id -> (doc id, T id) for all documents.

    T lines come first, then R lines, then ``#`` notes, so every reference points backwards.
    """
    t_lines: list[str] = []
    r_lines: list[str] = []
    notes: list[str] = []
    types: set[str] = set()
    relations: set[str] = set()
    roles: dict[tuple[str, int, int], str] = {}  # (type, start, end) -> T id of a speaker, cue or referent
    next_t = sum(1 for a in anns if a.id in t_ids)
    role_lines: list[str] = []

    def role(kind: str, span: Mapping[str, Any] | None) -> str | None:
        """The T id of a claim's speaker/cue/referent span (one per distinct span), None if brat cannot place it."""
        nonlocal next_t
        if not span:
            return None
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(doc.text)):
            return None
        key = (kind, start, end)
        if key not in roles:
            frags = brat_fragments(doc.text, start, end)
            if not frags:
                return None
            next_t += 1
            roles[key] = f"T{next_t}"
            types.add(kind)
            offsets = ";".join(f"{s} {e}" for s, e in frags)
            role_lines.append(f"{roles[key]}\t{kind} {offsets}\t{' '.join(doc.text[s:e] for s, e in frags)}\n")
        return roles[key]

    def relate(rel: str, arg1: str, arg2: str | None) -> None:
        if arg2 is not None:
            relations.add(rel)
            r_lines.append(f"R{len(r_lines) + 1}\t{rel} Arg1:{arg1} Arg2:{arg2}\n")

    for a in anns:
        if a.id not in t_ids:
            continue
        tid = t_ids[a.id][1]
        if a.speaker or a.cue:
            speaker_t = role("Speaker", a.speaker)
            relate("has_speaker", tid, speaker_t)
            relate("has_cue", tid, role("Cue", a.cue))
            if speaker_t is not None and a.speaker:
                relate("refers_to", speaker_t, role("Referent", a.speaker.get("refers_to")))
        label = names(a.tags[0] if a.tags else (a.label or ""))
        types.add(label)
        frags = brat_fragments(doc.text, a.start, a.end)
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        quote = " ".join(doc.text[s:e] for s, e in frags)
        t_lines.append(f"{tid}\t{label} {offsets}\t{quote}\n")
        extra = []
        if a.comment:
            extra.append(a.comment)
        if len(a.tags) > 1:
            extra.append("tags: " + "; ".join(a.tags[1:]))
        if a.label and a.tags:
            extra.append("label: " + a.label)
        for link in a.links:
            where = t_ids.get(link.target)
            if where is not None and where[0] == doc.id:
                rel = names(link.relation, "related")
                relations.add(rel)
                r_lines.append(f"R{len(r_lines) + 1}\t{rel} Arg1:{tid} Arg2:{where[1]}\n")
            elif where is not None:
                extra.append(f"{link.relation} -> {stems[where[0]]}.ann {where[1]}")
            else:
                extra.append(f"{link.relation} -> annotation {link.target}")
        if extra:  # one note per span: brat's editor shows only the first of several
            joined = NOTE_SEPARATOR.join(_brat_note(note) for note in extra)
            notes.append(f"#{len(notes) + 1}\tAnnotatorNotes {tid}\t{joined}\n")
    return _BratDoc("".join(t_lines + role_lines + r_lines + notes), types, relations)


def _brat_exportable(doc: Document, a: Annotation) -> bool:
    """brat can show an annotation only where its offsets still hold visible text; a rejected
    suggestion is a decision not to annotate, so it is not drawn as an annotation."""
    return a.status != "rejected" and not a.orphan and 0 <= a.start < a.end <= len(doc.text) and bool(brat_fragments(doc.text, a.start, a.end))


#: brat's rule that lets any two entities overlap in any way (nested, identical, crossing), as
#: annotations here do: without it brat marks every overlapping span as an error.
BRAT_OVERLAP_RULE = "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"


def _brat_conf(entity_types: set[str], relations: set[str]) -> str:
    out = ["# presslens export: entity and relation types used", "[entities]"]
    out += sorted(entity_types)
    out += ["", "[relations]", BRAT_OVERLAP_RULE]
    out += [f"{r}\tArg1:<ENTITY>, Arg2:<ENTITY>" for r in sorted(relations)]
    out += ["", "[events]", "", "[attributes]", ""]
    return "\n".join(out)


def _brat_visual(labels: Mapping[str, str]) -> str:
    """``visual.conf``: each renamed type shown under its original name (``Type | Name``)."""
    out = ["# presslens export: the original names of renamed types", "[labels]"]
    out += [f"{safe} | {_brat_note(original).replace('|', '¦')}" for safe, original in sorted(labels.items())]
    out += ["", "[drawing]", ""]
    return "\n".join(out)


def export_brat(
    documents: Iterable[Document],
    annotations: Iterable[Annotation],
    out_dir: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
) -> list[str]:
    """Write a brat standoff folder; return the paths written.

    Per document: ``<stem>.txt`` (the exact text, offsets are code points) and
    ``<stem>.ann`` with

    * ``T`` lines ``T1<TAB>Type start end<TAB>quote``; the type is the first
      tag, else the label, else ``Span``, made brat-safe (:func:`brat_type`).
      A span containing line breaks becomes fragments ``s e;s e`` joined by a
      space in the text field;
    * one ``#`` AnnotatorNotes line per span with the comment, further tags
      (``tags: a; b``), a label not used as the type and cross-document links
      (``relation -> other.ann T3``), joined by `` ⏎ `` (line breaks too: brat
      has no escapes);
    * ``R`` lines for links between two annotations of the same document, and
      a claim's ``has_speaker``/``has_cue`` (``Speaker``/``Cue`` entities) and
      the speaker's ``refers_to`` (``Referent``).

    Type and relation names are brat-safe and distinct (:class:`BratNames`);
    ``visual.conf`` shows a renamed one under its original name.
    Orphaned annotations, rejected suggestions, empty spans and spans of only
    line breaks are left out (brat cannot place them).  ``annotation.conf``
    lists the types used and allows every overlap (:data:`BRAT_OVERLAP_RULE`).
    Annotations of documents not in ``documents`` are ignored.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    docs = _sorted_documents(documents)
    stems = _brat_stems(docs)
    by_doc: dict[str, list[Annotation]] = {d.id: [] for d in docs}
    for a in _sorted_annotations(annotations):
        if a.doc_id in by_doc:
            by_doc[a.doc_id].append(a)
    t_ids: dict[str, tuple[str, str]] = {}
    for d in docs:
        n = 0
        for a in by_doc[d.id]:
            if _brat_exportable(d, a):
                n += 1
                t_ids[a.id] = (d.id, f"T{n}")
    total = sum(len(v) for v in by_doc.values())
    done = 0
    written: list[str] = []
    types: set[str] = set()
    relations: set[str] = set()
    names = BratNames(["Span", "Speaker", "Cue", "Referent", "has_speaker", "has_cue", "refers_to"])
    for d in docs:
        part = _brat_document(d, by_doc[d.id], t_ids, stems, names)
        types |= part.entity_types
        relations |= part.relations
        written.append(atomic_write(out / f"{stems[d.id]}.txt", [d.text]))
        written.append(atomic_write(out / f"{stems[d.id]}.ann", [part.ann_text]))
        if progress is not None:
            done += len(by_doc[d.id])
            progress(done, total)
    written.append(atomic_write(out / "annotation.conf", [_brat_conf(types or {"Span"}, relations)]))
    written.append(atomic_write(out / "visual.conf", [_brat_visual(names.labels)]))
    return written


# --------------------------------------------------------------------------- HTML

# The side-by-side page lives in annotations.exchange.htmlpage; these names stay here for callers.
from annotations.exchange.htmlpage import export_html, iter_html, without_rejected  # noqa: E402


# --------------------------------------------------------------------------- writing


# atomic_write: the one way presslens writes a file (annotations.core.files), named here for callers.


class OutputRefused(PresslensError, ValueError):
    """The export would write over the database or an article in it; nothing was written."""


def check_output(fmt: str, out: str | os.PathLike[str] | None, protected: Mapping[str, str]) -> None:
    """Refuse an export target that would write over a protected file; nothing is written either way.

    ``protected`` is :meth:`AnnotationStore.protected_paths` (real paths; a
    key ending in ``*`` stands for every name starting with the rest).  The
    target is resolved the same way, so ``./db.json``, an absolute path or a
    symlink to the database all are the database.  For ``brat`` (a folder)
    the folder itself must not be protected, nor may it directly hold a
    protected file with a name brat writes (``*.txt``, ``*.ann``,
    ``annotation.conf``): the stems come from the articles' file names, so an
    article ``a.txt`` in that folder would be rewritten.

    :raises OutputRefused: one line naming the target and why.
    """
    from annotations.core.text import line

    target = default_output(fmt) if out is None else os.fspath(out)
    if target == "-":
        return
    real = os.path.realpath(target)
    for key, what in protected.items():
        if real.startswith(key[:-1]) if key.endswith("*") else real == key:
            raise OutputRefused(f"{line(target)}: is {line(what)}; not overwriting it (choose another output)")
        folder, name = os.path.split(key)
        if fmt == "brat" and folder == real and (name in ("annotation.conf", "visual.conf") or name.endswith((".txt", ".ann"))):
            raise OutputRefused(
                f"{line(target)}: a brat export there would overwrite {line(what)} ({line(name)}); choose another folder"
            )


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What a format's writer may need besides the documents and annotations."""

    with_text: bool = False
    excel_safe: bool = CSV_EXCEL_SAFE
    analyses: Any = None
    style: str | None = None
    progress: Progress | None = None


def _terminal_safe(fmt: str, tty: bool) -> Callable[[str], str] | None:
    """What standard output gets, which may be a terminal (the sanitising boundary's rule).

    The JSON formats always go out with control and bidi characters written as
    ``\\uXXXX`` escapes (the same value, so a pipe into ``jq`` or pandas is
    unchanged); a ``csv`` has no escape syntax, so its controls are shown as
    visible characters only when standard output is a terminal.  Files are
    written exactly (ESC and the other C0 controls never appear raw in JSON).
    """
    if fmt in ("json", "w3c", "jsonl"):
        return json_safe
    if not tty:
        return None
    return lambda chunk: display(chunk.replace("\r\n", "\n"))  # a terminal shows rows, not ␍


def _json_chunks(d: Sequence[Document], a: Sequence[Annotation], o: ExportOptions) -> Iterable[str]:
    return iter_json(d, a, with_text=o.with_text, progress=o.progress)


def _w3c_chunks(d: Sequence[Document], a: Sequence[Annotation], o: ExportOptions) -> Iterable[str]:
    return iter_w3c(d, a, progress=o.progress)


def _jsonl_chunks(d: Sequence[Document], a: Sequence[Annotation], o: ExportOptions) -> Iterable[str]:
    return iter_jsonl(d, a, progress=o.progress)


def _csv_chunks(d: Sequence[Document], a: Sequence[Annotation], o: ExportOptions) -> Iterable[str]:
    return iter_csv(d, a, excel_safe=o.excel_safe, progress=o.progress)


def _html_chunks(d: Sequence[Document], a: Sequence[Annotation], o: ExportOptions) -> Iterable[str]:
    return iter_html(d, a, o.analyses, o.style, progress=o.progress)


#: The writer of each file format (the formats themselves: :data:`annotations.exchange.formats.FORMATS`).
_CHUNKS = {"json": _json_chunks, "w3c": _w3c_chunks, "jsonl": _jsonl_chunks, "csv": _csv_chunks, "html": _html_chunks}


def default_output(fmt: str) -> str:
    """The file (or, for brat, folder) name used when no output is given."""
    return FORMATS[fmt].default_output


def write_export(
    fmt: str,
    documents: Iterable[Document],
    annotations: Iterable[Annotation],
    out: str | os.PathLike[str] | None = None,
    *,
    with_text: bool = False,
    excel_safe: bool = CSV_EXCEL_SAFE,
    analyses: Any = None,
    style: str | None = None,
    progress: Progress | None = None,
    protected: Mapping[str, str] | None = None,
) -> list[str]:
    """Export in ``fmt`` to ``out`` and return the paths written.

    ``out`` is a file path (a folder for ``brat``), ``"-"`` for standard output
    (returns ``[]``; not for brat) or ``None`` for :func:`default_output` in the
    current folder.  Files are written atomically and streamed, so memory stays
    flat however many annotations there are.  ``progress(done, total)`` is
    called every :data:`PROGRESS_EVERY` annotations and at the end.
    ``protected`` (see :func:`check_output`): files never to write over;
    :class:`OutputRefused` is raised before anything is written.  An existing
    ordinary file is replaced.  ``excel_safe``: csv only, see :func:`export_csv`.
    """
    form = FORMATS.get(fmt)
    if form is None:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")
    target = form.default_output if out is None else out
    if protected:
        check_output(fmt, target, protected)
    if form.folder:
        if os.fspath(target) == "-":
            raise ValueError(f"{fmt} export writes a folder; give a folder name, not '-'")
        return export_brat(documents, annotations, target, progress=progress)
    options = ExportOptions(with_text=with_text, excel_safe=excel_safe, analyses=analyses, style=style, progress=progress)
    chunks = _CHUNKS[fmt](list(documents), list(annotations), options)
    if os.fspath(target) == "-":
        sys.stdout.flush()
        stream = getattr(sys.stdout, "buffer", None)
        shown = _terminal_safe(fmt, sys.stdout.isatty())
        if shown is not None:
            chunks = map(shown, chunks)
        for chunk in chunks:
            if stream is not None:
                stream.write(chunk.encode("utf-8"))
            else:
                sys.stdout.write(chunk)
        (stream or sys.stdout).flush()
        return []
    return [atomic_write(target, chunks)]


def _column_order(
    chosen: Sequence[Document],
    stored: Sequence[Document],
    refs: Iterable[str] | None,
    finder: Callable[[str], Document | None],
) -> list[Document]:
    """The html export's columns: the documents named (``--doc``) in the order named, else in the
    store's order (the order they were first added: opened)."""
    keep = {d.id: d for d in chosen}
    order: list[str] = []
    for ref in refs or ():
        found = finder(ref)
        if found is not None and found.id in keep and found.id not in order:
            order.append(found.id)
    order += [d.id for d in stored if d.id in keep and d.id not in order]
    order += [d.id for d in chosen if d.id not in order]
    return [keep[i] for i in order]


def export_store(
    store: Any,
    fmt: str,
    out: str | os.PathLike[str] | None = None,
    *,
    docs: Iterable[str] | None = None,
    tags: Iterable[str] | None = None,
    author: str | None = None,
    layer: str | None = None,
    human_only: bool = False,
    with_text: bool = False,
    excel_safe: bool = CSV_EXCEL_SAFE,
    style: str | None = None,
    progress: Progress | None = None,
) -> tuple[list[str], Selection]:
    """Export a store's annotations -- and its engines' suggestions unless ``human_only`` -- in ``fmt``.

    Returns the paths written and what was selected.  Raises
    :class:`SelectionError` for a ``docs`` reference that matches nothing and
    :class:`OutputRefused` for an ``out`` that is the database, one of its
    files or an article stored in it (:meth:`AnnotationStore.protected_paths`).
    """
    from annotations.exchange.suggestions import store_suggestions

    documents = store.documents()
    protected = store.protected_paths()
    check_output(fmt, out, protected)
    annotations = store.annotations()
    if not human_only:
        annotations = [*annotations, *store_suggestions(store, documents)]
    chosen = select(
        documents,
        annotations,
        docs=list(docs) if docs else None,
        tags=list(tags) if tags else None,
        author=author,
        layer=layer,
        human_only=human_only,
        finder=store.find_document,
    )
    analyses = {}
    if fmt == "html":  # columns in the order the articles were first opened, or as named
        chosen = Selection(_column_order(chosen.documents, documents, docs, store.find_document), chosen.annotations)
    if fmt == "html" and not human_only:  # --human-only: no engine highlights either
        for doc in chosen.documents:
            cached = store.shown_analyses(doc.id)
            if cached:  # what a person rejected is not highlighted, whatever the selection kept
                analyses[doc.id] = without_rejected(cached[-1][0], store.annotations(doc.id))
    paths = write_export(
        fmt,
        chosen.documents,
        chosen.annotations,
        out,
        with_text=with_text,
        excel_safe=excel_safe,
        analyses=analyses or None,
        style=style,
        progress=progress,
        protected=protected,
    )
    return paths, chosen


def csv_table(header: Sequence[Any], rows: Iterable[Sequence[Any]], *, excel_safe: bool = CSV_EXCEL_SAFE) -> str:
    """Any table as CSV with the export's cell rule (a ``'`` before a cell a spreadsheet would read
    as a formula, unless ``excel_safe`` is off): ``presslens compare --format csv``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([_csv_cell(h, excel_safe) for h in header])
    for row in rows:
        writer.writerow([_csv_cell(v, excel_safe) for v in row])
    return buffer.getvalue()
