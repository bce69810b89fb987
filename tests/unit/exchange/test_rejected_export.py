"""Issue 15: rejected suggestions stay rejected in every export; W3C agents say who did what."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from annotations.core.documents import make_document
from annotations.core.model import Analysis, Annotation, Entity, SetAnalysis
from annotations.exchange import export as ex
from annotations.exchange.importer import parse_export
from annotations.store.store import AnnotationStore

TEXT = "Jane Smith met Harlow officials on Monday.\n"
W3C_SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "data" / "w3c-annotation.schema.json").read_text("utf-8"))


@pytest.fixture
def doc():
    return make_document(TEXT, "/news/harlow.txt")


def rejected(doc) -> Annotation:
    return Annotation.for_span(doc, 15, 21, id="rej-1", at="2025-08-13T10:00:00.000Z", label="ORG", author="ada",
                               generator={"name": "presslens-builtin", "version": "0.1.0"}, status="rejected")


def suggested(doc) -> Annotation:
    return Annotation.for_span(doc, 0, 10, id="sug-1", at="2025-08-13T10:00:00.000Z", label="PERSON",
                               generator={"name": "presslens-builtin", "version": "0.1.0"}, status="suggested")


def test_brat_leaves_rejected_suggestions_out(doc, tmp_path):
    ex.export_brat([doc], [rejected(doc), suggested(doc)], tmp_path / "b")
    ann = (tmp_path / "b" / "harlow.ann").read_text("utf-8")
    assert "Harlow" not in ann and "ORG" not in ann and "Jane Smith" in ann


def test_html_neither_highlights_nor_lists_a_rejected_suggestion(doc):
    analysis = Analysis(doc.id, "builtin 0.1.0", entities=(Entity(0, 10, "Jane Smith", "PERSON"), Entity(15, 21, "Harlow", "ORG")))
    page = ex.export_html([doc], [rejected(doc)], {doc.id: analysis})
    body = page.split("<body>", 1)[1]
    assert "rej-1" not in body and "rejected" not in body
    plain = ex.export_html([doc], [], {doc.id: analysis})
    # the page is the one without the rejected entity's highlight: the Harlow span is plain text there
    without = ex.export_html([doc], [], {doc.id: Analysis(doc.id, "builtin 0.1.0", entities=analysis.entities[:1])})
    assert page.split("<body>", 1)[1].replace("0 annotations", "") == without.split("<body>", 1)[1].replace("0 annotations", "")
    assert plain != without


def _article(page: str) -> list[tuple[str, str]]:
    """The entity highlights of the page's article: (classes, text) pairs."""
    text = page[page.index('<div class="text">') : page.index("</article>")]
    return re.findall(r'<span class="(ent-[^"]*)">([^<]*)</span>', text)


def test_export_store_html_drops_rejected_highlights(doc, tmp_path):
    store = AnnotationStore(tmp_path / "db.json")
    try:
        store.add_document(doc)
        ents = (Entity(0, 10, "Jane Smith", "PERSON"), Entity(15, 21, "Harlow", "ORG"))
        store.put_set_analysis(SetAnalysis("builtin 0.1.0", "p", (Analysis(doc.id, "builtin 0.1.0", entities=ents),)))
        store.add(rejected(doc))
        out = tmp_path / "x.html"
        ex.export_store(store, "html", out)
        page = out.read_text("utf-8")
        expected = ex.export_html([doc], [], {doc.id: Analysis(doc.id, "builtin 0.1.0", entities=ents[:1])})
        assert _article(page) == _article(expected)
        assert _article(page) != _article(ex.export_html([doc], [], {doc.id: Analysis(doc.id, "builtin 0.1.0", entities=ents)}))
    finally:
        store.close()


def test_w3c_rejection_is_an_assessment_by_the_person_not_a_classification(doc):
    item = json.loads(ex.export_w3c([doc], [rejected(doc)]))["first"]["items"][0]
    assert item["motivation"] == "assessing"
    assert item["creator"]["type"] == "Person" and item["creator"]["name"] == "ada"
    assert all(b.get("purpose") != "classifying" for b in item["body"])
    assert {"type": "TextualBody", "purpose": "assessing", "value": "rejected", "format": "text/plain",
            "language": "en"} in item["body"]
    assert item["presslens:suggestedBy"]["name"] == "presslens-builtin"
    assert item["generator"]["name"] == "presslens"
    back = parse_export(json.loads(ex.export_w3c([doc], [rejected(doc)]))).annotations[0]
    assert (back.status, back.label, back.author, back.generator) == ("rejected", "ORG", "ada", rejected(doc).generator)


def test_w3c_engine_suggestion_has_the_engine_as_creator_and_presslens_as_generator(doc):
    export = json.loads(ex.export_w3c([doc], [suggested(doc)]))
    item = export["first"]["items"][0]
    assert item["creator"]["type"] == "Software" and item["creator"]["name"] == "presslens-builtin"
    assert item["creator"]["id"].startswith("urn:")
    assert item["generator"]["name"] == "presslens" and item["generator"]["type"] == "Software"
    assert export["generator"] == item["generator"]
    jsonschema.Draft202012Validator(W3C_SCHEMA).validate({"@context": export["@context"], **item})
    back = parse_export(export).annotations[0]
    assert (back.author, back.generator, back.status) == (None, suggested(doc).generator, "suggested")


def test_w3c_import_still_reads_an_old_file_with_the_engine_as_generator(doc):
    export = json.loads(ex.export_w3c([doc], [suggested(doc)]))
    item = export["first"]["items"][0]
    item.pop("creator")
    item["generator"] = {"type": "Software", "name": "presslens-builtin", "presslens:version": "0.1.0"}
    assert parse_export(export).annotations[0].generator == {"name": "presslens-builtin", "version": "0.1.0"}
