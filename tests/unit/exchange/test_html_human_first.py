"""Issue 15, HTML for a colleague (a first slice): human annotations first; --human-only hides engine highlights."""

from __future__ import annotations

from annotations.core.documents import make_document
from annotations.core.model import Analysis, Annotation, Entity, SetAnalysis
from annotations.exchange import export as ex
from annotations.store.store import AnnotationStore

TEXT = "Jane Smith met Harlow officials on Monday.\n"


def test_table_lists_human_annotations_before_suggestions():
    doc = make_document(TEXT, "/news/h.txt")
    sug = Annotation.for_span(doc, 0, 4, id="s1", at="2025-08-13T10:00:00.000Z", label="PERSON", status="suggested",
                              generator={"name": "presslens-builtin", "version": "0.1.0"})
    hum = Annotation.for_span(doc, 15, 21, id="h1", at="2025-08-13T10:00:00.000Z", tags=["x"], author="ada")
    page = ex.export_html([doc], [sug, hum])
    assert page.index('id="ann-h1"') < page.index('id="ann-s1"')


def test_human_only_html_has_no_engine_highlights(tmp_path):
    doc = make_document(TEXT, "/news/h.txt")
    with AnnotationStore(tmp_path / "db.json") as store:
        store.add_document(doc)
        ents = (Entity(0, 10, "Jane Smith", "PERSON"),)
        store.put_set_analysis(SetAnalysis("builtin 0.1.0", "p", (Analysis(doc.id, "builtin 0.1.0", entities=ents),)))
        out = tmp_path / "x.html"
        ex.export_store(store, "html", out, human_only=True)
        page = out.read_text("utf-8")
    assert page.split("<body>", 1)[1] == ex.export_html([doc], []).split("<body>", 1)[1]
