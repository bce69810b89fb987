"""Issue 15: import validation by a maintained validator (fastjsonschema), times parsed, not pattern-matched."""

from __future__ import annotations

import json

import jsonschema
import pytest

from annotations.core.documents import make_document
from annotations.core.model import Annotation
from annotations.exchange import export as ex
from annotations.exchange.importer import ImportFailed, import_file
from annotations.store.store import AnnotationStore


@pytest.fixture
def export_file(tmp_path):
    doc = make_document("The council was slow, Jane Smith said on Tuesday.", "/news/a.txt")
    ann = Annotation.for_span(doc, 0, 11, id="a1", at="2025-08-13T10:00:00.000Z", tags=["x"], author="ada")

    def write(**changes):
        data = json.loads(ex.export_json([doc], [ann], with_text=True))
        data["annotations"][0].update(changes)
        path = tmp_path / "x.json"
        path.write_text(json.dumps(data), "utf-8")
        return str(path)

    return write


@pytest.mark.parametrize(
    "stamp",
    ["2025-08-13T10:00:00.000Z\n", "2025-13-01T10:00:00Z", "2025-02-30T10:00:00Z", "2025-08-13T25:00:00Z"],
    ids=["trailing-newline", "month-13", "feb-30", "hour-25"],
)
def test_a_time_that_is_not_a_real_iso_date_time_is_refused(export_file, tmp_path, stamp):
    with AnnotationStore(None) as store:
        with pytest.raises(ImportFailed, match="created: .* is not an ISO 8601 date-time") as info:
            import_file(store, export_file(created=stamp))
        assert "\n" not in str(info.value) and store.annotations() == []


def test_what_json_import_accepts_the_w3c_import_accepts_too(export_file, tmp_path):
    with AnnotationStore(None) as store:
        import_file(store, export_file(created="2025-08-13T10:00:00+02:00"))
        docs, anns = store.documents(), store.annotations()
    w3c = tmp_path / "x.jsonld"
    w3c.write_text(ex.export_w3c(docs, anns), "utf-8")
    with AnnotationStore(None) as store:
        store.add_document(docs[0])
        assert import_file(store, w3c).added == 1


def test_the_validator_is_fastjsonschema_and_agrees_with_jsonschema(export_file):
    import fastjsonschema

    from annotations.exchange import importer

    schema = ex.export_schema()
    checker = importer._export_checker()[1]
    assert isinstance(importer._compiled(), type(fastjsonschema.compile({})))
    reference = jsonschema.Draft202012Validator(schema)
    good = json.loads(open(export_file()).read())
    cases = [good, {**good, "extra": 1}, {**good, "annotations": [{**good["annotations"][0], "speaker": 5}]},
             {**good, "annotations": [{**good["annotations"][0], "speaker": {"start": 1, "end": 2}}]},
             {**good, "annotations": [{**good["annotations"][0], "speaker": {"start": 1, "end": 2, "text": "x"}}]},
             {**good, "annotations": [{**good["annotations"][0], "cue": None}]}]
    for case in cases:
        assert checker(case) == reference.is_valid(case), case
