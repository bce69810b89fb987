"""Issue 15, standards: W3C exports expand as JSON-LD without losing a term, and meet the model's SHOULDs.

``tests/data/anno.jsonld`` is the W3C Web Annotation context as published at
http://www.w3.org/ns/anno.jsonld (W3C Software and Document License), served to
pyld by a loader that refuses every other url, so nothing is downloaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from annotations.core.documents import make_document
from annotations.core.model import Annotation, Link
from annotations.exchange import export as ex

DATA = Path(__file__).resolve().parents[2] / "data"
TEXT_A = "The council was slow, Jane Smith said on Tuesday."
TEXT_B = "Officials said repairs would take weeks."


def corpus():
    a = make_document(TEXT_A, "/news/a.txt")
    b = make_document(TEXT_B, "/news/b.txt", url="https://news.example/b")
    at = "2025-08-13T10:00:00.000Z"
    x = Annotation.for_span(a, 0, 20, id="00000000-0000-4000-8000-000000000001", at=at, tags=["blame"], comment="hm",
                            author="Ada R.", label="reported", speaker={"start": 22, "end": 32, "text": "Jane Smith"},
                            cue={"start": 33, "end": 37, "text": "said"})
    y = Annotation.for_span(b, 0, 9, id="00000000-0000-4000-8000-000000000002", at=at, author="Ada R.")
    z = Annotation.for_span(b, 10, 17, id="sugg-3", at=at, label="ORG", status="suggested",
                            generator={"name": "presslens-builtin", "version": "0.1.0"})
    r = Annotation.for_span(a, 22, 32, id="rej-4", at=at, label="PERSON", status="rejected", author="Ada R.",
                            generator={"name": "presslens-builtin", "version": "0.1.0"})
    x.links = [Link(y.id, "contradicts", b.id)]
    return [a, b], [x, y, z, r]


#: The SHOULDs of the Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that apply here,
#: written from the spec: agents have an id (6.1), text bodies a format (3.2.4), a collection names its
#: last page and a page the collection it is part of (5.1, 5.2).
AGENT = {"type": "object", "required": ["id", "type", "name"],
         "properties": {"id": {"type": "string", "format": "uri"}, "type": {"enum": ["Person", "Organization", "Software"]}}}
SHOULD_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["@context", "id", "type", "total", "first", "last", "generator"],
    "properties": {
        "type": {"const": "AnnotationCollection"},
        "generator": AGENT,
        "first": {
            "type": "object",
            "required": ["id", "type", "partOf", "startIndex", "items"],
            "properties": {
                "type": {"const": "AnnotationPage"},
                "items": {"type": "array", "items": {"$ref": "#/$defs/annotation"}},
            },
        },
    },
    "$defs": {
        "annotation": {
            "type": "object",
            "required": ["id", "type", "motivation", "created", "creator", "generator", "target"],
            "properties": {
                "creator": AGENT,
                "generator": AGENT,
                "body": {"type": "array", "items": {"$ref": "#/$defs/body"}},
            },
        },
        "body": {
            "if": {"properties": {"type": {"const": "TextualBody"}}},
            "then": {"required": ["value", "format"], "properties": {"format": {"const": "text/plain"}}},
        },
    },
}


def test_w3c_export_meets_the_shoulds():
    data = json.loads(ex.export_w3c(*corpus()))
    jsonschema.Draft202012Validator(SHOULD_SCHEMA).validate(data)
    assert data["last"] == data["first"]["id"] and data["first"]["partOf"] == data["id"]
    w3c = jsonschema.Draft202012Validator(json.loads((DATA / "w3c-annotation.schema.json").read_text("utf-8")))
    for item in data["first"]["items"]:
        w3c.validate({"@context": data["@context"], **item})


def _loader():
    context = json.loads((DATA / "anno.jsonld").read_text("utf-8"))

    def load(url, options=None):
        if url.rstrip("/") != ex.W3C_CONTEXT:
            raise AssertionError(f"no downloads in tests: {url}")
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": context}

    return load


def _single(value):
    """Compaction's habits undone, recursively: a list of one item is the item, and an IRI value is
    written out in full (compaction writes ``urn:presslens:x`` as the compact IRI ``presslens:x``)."""
    if isinstance(value, list):
        value = [_single(v) for v in value]
        return value[0] if len(value) == 1 else value
    if isinstance(value, dict):
        return {k: _single(v) for k, v in value.items()}
    if isinstance(value, str) and value.startswith("presslens:"):
        return ex.PRESSLENS_NS + value.removeprefix("presslens:")
    return value


def test_w3c_export_expands_with_links_as_iris_and_no_term_dropped():
    jsonld = pytest.importorskip("pyld.jsonld")
    data = json.loads(ex.export_w3c(*corpus()))
    options = {"documentLoader": _loader()}
    expanded = jsonld.expand(data, options)
    nodes = []

    def walk(value):
        if isinstance(value, dict):
            nodes.append(value)
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(expanded)
    links = [n for n in nodes if "urn:presslens:annotation" in n]
    assert links and all(set(v) == {"@id"} for n in links for v in n["urn:presslens:annotation"])
    assert links[0]["urn:presslens:annotation"] == [{"@id": "urn:uuid:00000000-0000-4000-8000-000000000002"}]
    # Nothing is dropped: compacting the expansion with the same context gives the export back.
    compacted = jsonld.compact(expanded, {"@context": data["@context"]}, options)
    assert _single(compacted) == _single(data)
