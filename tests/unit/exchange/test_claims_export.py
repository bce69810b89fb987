"""Issue 15, content: claims keep their speaker and cue (and a resolved referent) in every export format."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from annotations import actions
from annotations.core.documents import make_document
from annotations.core.model import Analysis, Claim, SetAnalysis, Span
from annotations.exchange import export as ex
from annotations.exchange.importer import parse_export
from annotations.exchange.suggestions import claim_roles, suggestions
from annotations.store.store import AnnotationStore

TEXT = "Flooding hit Harlow on Monday. The council was slow, Jane Smith said on Tuesday.\nShe added more."
SENT = TEXT.index("The council")
SENT_END = TEXT.index("Tuesday.") + len("Tuesday.")
SPK = TEXT.index("Jane Smith")
CUE = TEXT.index("said")


def claim() -> Claim:
    return Claim(SENT, SENT_END, TEXT[SENT:SENT_END], "reported",
                 Span(SPK, SPK + 10, "Jane Smith"), Span(CUE, CUE + 4, "said"))


@pytest.fixture
def doc():
    return make_document(TEXT, "/news/harlow.txt")


@pytest.fixture
def suggested(doc):
    analysis = Analysis(doc.id, "builtin 0.1.0", claims=(claim(),))
    (ann,) = suggestions(doc, analysis, "2025-08-13T10:00:00.000Z")
    return ann


def test_suggested_claim_carries_kind_speaker_and_cue(suggested):
    assert suggested.label == "reported"
    assert suggested.speaker == {"start": SPK, "end": SPK + 10, "text": "Jane Smith"}
    assert suggested.cue == {"start": CUE, "end": CUE + 4, "text": "said"}


def test_claim_roles_keep_a_resolved_referent_when_the_payload_has_one():
    payload = claim().to_dict()
    payload["speaker"]["refers_to"] = {"start": 0, "end": 8, "text": "Flooding"}
    speaker, cue = claim_roles(payload)
    assert speaker["refers_to"] == {"start": 0, "end": 8, "text": "Flooding"}
    assert cue["text"] == "said"
    # a referent given beside the speaker (claim level) lands on the speaker too
    payload = claim().to_dict()
    payload["refers_to"] = {"start": 0, "end": 8, "text": "Flooding"}
    assert claim_roles(payload)[0]["refers_to"]["text"] == "Flooding"


def test_json_export_has_speaker_and_cue_valid_and_round_trips(doc, suggested):
    suggested.speaker["refers_to"] = {"start": 0, "end": 8, "text": "Flooding"}
    out = ex.export_json([doc], [suggested], with_text=True)
    data = json.loads(out)
    jsonschema.Draft202012Validator(ex.export_schema()).validate(data)
    (a,) = data["annotations"]
    assert a["speaker"]["text"] == "Jane Smith" and a["speaker"]["refers_to"]["text"] == "Flooding"
    assert a["cue"] == {"start": CUE, "end": CUE + 4, "text": "said"}
    assert out == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    parsed = parse_export(data)
    assert parsed.annotations[0].speaker == suggested.speaker and parsed.annotations[0].cue == suggested.cue
    assert ex.export_json(parsed.documents, parsed.annotations, with_text=True) == out


def test_w3c_export_carries_speaker_and_cue_and_imports_back(doc, suggested):
    item = json.loads(ex.export_w3c([doc], [suggested]))["first"]["items"][0]
    sp = item["presslens:speaker"]
    assert sp["type"] == "SpecificResource" and sp["source"] == "urn:sha256:" + doc.id
    pos = next(s for s in sp["selector"] if s["type"] == "TextPositionSelector")
    quote = next(s for s in sp["selector"] if s["type"] == "TextQuoteSelector")
    assert (pos["start"], pos["end"], quote["exact"]) == (SPK, SPK + 10, "Jane Smith")
    assert item["presslens:cue"]["selector"][0]["exact"] == "said"
    back = parse_export(json.loads(ex.export_w3c([doc], [suggested]))).annotations[0]
    assert back.speaker == suggested.speaker and back.cue == suggested.cue


def test_jsonl_and_csv_have_speaker_and_cue_columns(doc, suggested):
    suggested.speaker["refers_to"] = {"start": 0, "end": 8, "text": "Flooding"}
    (rec,) = [json.loads(line) for line in ex.export_jsonl([doc], [suggested]).splitlines()]
    assert (rec["speaker"], rec["speaker_start"], rec["speaker_end"]) == ("Jane Smith", SPK, SPK + 10)
    assert (rec["cue"], rec["cue_start"], rec["cue_end"]) == ("said", CUE, CUE + 4)
    assert (rec["referent"], rec["referent_start"], rec["referent_end"]) == ("Flooding", 0, 8)
    (row,) = list(csv.DictReader(io.StringIO(ex.export_csv([doc], [suggested], excel_safe=False).lstrip("\ufeff"))))
    assert (row["speaker"], row["speaker_start"], row["cue"], row["referent"]) == ("Jane Smith", str(SPK), "said", "Flooding")


def test_brat_has_speaker_and_cue_entities_related_to_the_claim(doc, suggested, tmp_path):
    ex.export_brat([doc], [suggested], tmp_path / "b")
    ann = (tmp_path / "b" / "harlow.ann").read_text("utf-8").splitlines()
    ts = {line.split("\t")[0]: line.split("\t") for line in ann if line.startswith("T")}
    by_type = {v[1].split()[0]: (k, v) for k, v in ts.items()}
    claim_t, _ = by_type["reported"]
    speaker_t, speaker = by_type["Speaker"]
    cue_t, cue = by_type["Cue"]
    assert speaker[1] == f"Speaker {SPK} {SPK + 10}" and speaker[2] == "Jane Smith"
    assert cue[2] == "said"
    rels = [line.split("\t")[1] for line in ann if line.startswith("R")]
    assert f"has_speaker Arg1:{claim_t} Arg2:{speaker_t}" in rels
    assert f"has_cue Arg1:{claim_t} Arg2:{cue_t}" in rels
    conf = (tmp_path / "b" / "annotation.conf").read_text("utf-8")
    assert "Speaker" in conf.split("[relations]")[0] and "has_speaker\tArg1:" in conf


def test_html_table_shows_who_said_it(doc, suggested):
    page = ex.export_html([doc], [suggested])
    assert "Jane Smith" in page.split("<table")[1] and "said" in page.split("<table")[1]
    assert "<th>speaker</th>" in page


def test_tagging_or_accepting_a_shown_claim_keeps_its_kind_and_speaker(doc, tmp_path):
    store = AnnotationStore(tmp_path / "db.json")
    try:
        store.add_document(doc)
        store.put_set_analysis(SetAnalysis("builtin 0.1.0", "p1", (Analysis(doc.id, "builtin 0.1.0", claims=(claim(),)),)))
        ann, _ = actions.toggle_tag(store, doc, SENT, SENT_END, "blame", "ada")
        assert ann.label == "reported" and ann.speaker["text"] == "Jane Smith" and ann.cue["text"] == "said"
        assert store.get(ann.id).speaker == ann.speaker
        # the export then has the person's record only, with the claim's kind and speaker
        from annotations.exchange.suggestions import store_suggestions

        assert store_suggestions(store) == []
        other = make_document("Nothing said here at all.", "/news/other.txt")
        plain, _ = actions.toggle_tag(store, other, 0, 7, "x", "ada")
        assert plain.label is None and plain.speaker is None
    finally:
        store.close()


def test_import_refuses_a_speaker_that_is_not_the_text_there(doc, suggested, tmp_path):
    from annotations.exchange.importer import ImportFailed, import_file

    data = json.loads(ex.export_json([doc], [suggested], with_text=True))
    data["annotations"][0]["speaker"]["text"] = "Someone Else"
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data), "utf-8")
    store = AnnotationStore(tmp_path / "db.json")
    try:
        with pytest.raises(ImportFailed, match="speaker does not match the text"):
            import_file(store, path)
        assert store.annotations() == []
    finally:
        store.close()
