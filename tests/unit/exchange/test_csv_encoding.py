"""Issue 15, CSV: list cells (tags, links) split back exactly; a spreadsheet reads the right characters."""

from __future__ import annotations

import csv
import io
import json

import pytest

from annotations.core.documents import make_document
from annotations.core.model import Annotation, Link
from annotations.exchange import export as ex

TAGS = ["a; b", "c,d", 'say "no"', "Zoë", "[x]", ""]


@pytest.fixture
def data():
    doc = make_document("Zoë said the talks, in Köln, failed; then left.", "/news/zoe.txt")
    ann = Annotation.for_span(doc, 0, 3, id="a1", at="2025-08-13T10:00:00.000Z", tags=TAGS[:-1], author="Zoë",
                              comment="line one\nline two")
    ann.links = [Link("a2", "same-claim; or not", doc.id)]
    other = Annotation.for_span(doc, 4, 8, id="a2", at="2025-08-13T10:00:00.000Z", author="Zoë")
    return [doc], [ann, other]


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_tags_and_links_are_json_lists_that_split_back(data):
    for safe in (True, False):
        text = ex.export_csv(*data, excel_safe=safe).removeprefix("\ufeff")
        first, second = rows(text)
        assert json.loads(first["tags"]) == TAGS[:-1]
        assert json.loads(first["links"]) == ["same-claim; or not:a2"]
        assert json.loads(second["tags"]) == [] and json.loads(second["links"]) == []


def test_spreadsheet_csv_starts_with_a_bom_raw_csv_does_not(data, tmp_path):
    out = tmp_path / "x.csv"
    ex.write_export("csv", *data, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: LibreOffice and Excel then read UTF-8, not Latin-1
    assert rows(raw.decode("utf-8-sig"))[0]["author"] == "Zoë"
    ex.write_export("csv", *data, out, excel_safe=False)
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert list(rows(out.read_text("utf-8"))[0])[0] == "id"


def test_pandas_reads_both_csvs_and_the_lists(data, tmp_path):
    pd = pytest.importorskip("pandas")
    for safe in (True, False):
        out = tmp_path / f"{safe}.csv"
        ex.write_export("csv", *data, out, excel_safe=safe)
        frame = pd.read_csv(out, keep_default_na=False)
        assert list(frame.columns) == list(ex.FLAT_FIELDS)
        assert json.loads(frame["tags"][0]) == TAGS[:-1]
        assert frame["author"][0] == "Zoë" and frame["comment"][0] == "line one\nline two"
    frame = pd.read_json(io.StringIO(ex.export_jsonl(*data)), lines=True)
    assert list(frame["tags"][0]) == TAGS[:-1]
