"""Exports: presslens JSON, W3C Web Annotation, JSON Lines, CSV, brat, HTML; selection and stats."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import uuid
from pathlib import Path

import jsonschema
import pytest

from annotations.exchange import export as ex
from annotations.core.documents import make_document
from annotations.exchange.importer import validate
from annotations.core.model import Annotation, Document, Link, quote_context
from annotations.review.stats import format_documents, format_stats, format_table, summarize

W3C_SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "data" / "w3c-annotation.schema.json").read_text("utf-8"))
W3C_VALIDATOR = jsonschema.Draft202012Validator(W3C_SCHEMA)
EXPORT_VALIDATOR = jsonschema.Draft202012Validator(ex.export_schema())

TEXTS = {
    "cjk.txt": "東京で会見が開かれた。\n首相は「増税しない」と述べた。 Officials 👩‍💻 agreed 🎉.",
    "rtl.txt": "قال الوزير إن الاتفاق صامد.\nThe minister said the deal holds, per ‏Reuters‏.",
    "plain.md": "# Talks collapse\n\nThe talks collapsed on Tuesday.\n\n\"We walked away,\" said Ms. Smith <b>&amp;</b>.",
}


def make_ann(doc: Document, start: int, end: int, n: int, **fields) -> Annotation:
    """A non-orphan annotation whose quote/prefix/suffix match ``doc`` (ids are deterministic uuids)."""
    prefix, quote, suffix = quote_context(doc.text, start, end)
    fields.setdefault("created", f"2025-08-{n % 28 + 1:02d}T10:00:00.000Z")
    fields.setdefault("modified", fields["created"])
    ann_id = fields.pop("id", str(uuid.UUID(int=n + 1)))
    return Annotation(ann_id, doc.id, start, end, quote, prefix, suffix, **fields)


def corpus() -> tuple[list[Document], list[Annotation]]:
    """Three articles (CJK + emoji, RTL, markdown with HTML-ish text) and annotations covering every field."""
    docs = {name: make_document(text, f"/corpus/{name}", url="https://news.example/rtl" if "rtl" in name else "")
            for name, text in TEXTS.items()}
    cjk, rtl, plain = docs["cjk.txt"], docs["rtl.txt"], docs["plain.md"]
    a = make_ann(cjk, 0, 11, 1, tags=["event", "place name"], comment="first line\nsecond line\tend", author="alice")
    b = make_ann(cjk, 6, 25, 2, tags=["quote"], author="bob")  # overlaps a, spans a line break
    c = make_ann(cjk, cjk.text.index("👩"), cjk.text.index("👩") + 4, 3, author="alice")  # ZWJ emoji
    d = make_ann(rtl, 0, 10, 4, tags=["claim"], comment="يقول\nالوزير", author="سارة")
    e = make_ann(rtl, 4, 10, 5, generator={"name": "builtin", "version": "0.1.0"}, label="PERSON", status="suggested")
    f = make_ann(plain, plain.text.index("The talks"), plain.text.index("Tuesday") + 7, 6,
                 tags=["claim"], label="assertion", author="alice", comment='<script>alert("x")</script>')
    g = make_ann(plain, plain.text.index("We walked"), plain.text.index("away") + 4, 7, author="bob",
                 status="rejected", generator={"name": "spacy", "version": "3.8.0"}, label="quote")
    h = make_ann(plain, 2, 9, 8, author="carol", orphan=True)
    h.quote = "Talks collapsed"  # orphans keep their old quote
    a.links = [Link(d.id, "contradicts", rtl.id), Link(b.id, "same-claim", cjk.id)]
    d.links = [Link(f.id, "supports", plain.id)]
    f.links = [Link(g.id, "elaborates", plain.id), Link("no-such-annotation", "supports", "")]
    return list(docs.values()), [a, b, c, d, e, f, g, h]


@pytest.fixture
def data():
    return corpus()


def _sorted(anns):
    return sorted(anns, key=lambda a: (a.doc_id, a.start, a.end, a.id))


# --------------------------------------------------------------------------- presslens JSON


def test_json_is_indented_standard_json_with_trailing_newline(data):
    out = ex.export_json(*data, with_text=True)
    assert out.endswith("}\n")
    # The hand-written formatter gives exactly what the standard indenting encoder gives.
    assert out == json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n"
    assert "東京" in out and "👩‍💻" in out  # written as UTF-8, not \u escapes


def test_json_shape_order_and_fields(data):
    docs, anns = data
    parsed = json.loads(ex.export_json(docs, anns))
    assert list(parsed) == ["schema_version", "generator", "documents", "annotations"]
    assert parsed["schema_version"] == 1 and parsed["generator"]["name"] == "presslens"
    assert [d["id"] for d in parsed["documents"]] == sorted(d.id for d in docs)
    assert all("text" not in d for d in parsed["documents"])
    assert [a["id"] for a in parsed["annotations"]] == [a.id for a in _sorted(anns)]
    assert parsed["annotations"] == [a.to_dict() for a in _sorted(anns)]
    with_text = json.loads(ex.export_json(docs, anns, with_text=True))
    assert {d["id"]: d["text"] for d in with_text["documents"]} == {d.id: d.text for d in docs}


def test_json_is_deterministic_whatever_the_input_order(data):
    docs, anns = data
    first = ex.export_json(docs, anns, with_text=True)
    rng = random.Random(7)
    for _ in range(5):
        d2, a2 = docs[:], anns[:]
        rng.shuffle(d2)
        rng.shuffle(a2)
        assert ex.export_json(d2, a2, with_text=True) == first


def test_json_meta_keys_are_sorted():
    doc = make_document("Body text.", "x.json", meta={"zeta": 1, "alpha": {"b": 2, "a": [3, {"y": 1, "x": 0}]}})
    out = ex.export_json([doc], [])
    assert out.index('"alpha"') < out.index('"zeta"')
    assert out.index('"x"') < out.index('"y"')
    assert '"annotations": []' in out


def test_empty_export():
    out = ex.export_json([], [])
    assert json.loads(out) == {"schema_version": 1, "generator": ex.GENERATOR, "documents": [], "annotations": []}
    assert out == json.dumps(json.loads(out), indent=2) + "\n"
    EXPORT_VALIDATOR.validate(json.loads(out))


def test_json_validates_against_shipped_schema(data):
    for with_text in (False, True):
        EXPORT_VALIDATOR.validate(json.loads(ex.export_json(*data, with_text=with_text)))


def test_shipped_schema_is_valid_draft_2020_12_and_means_the_same_in_draft_7():
    """The runtime validator (fastjsonschema) implements drafts 4-7: the schema must not use what
    2020-12 reads differently, above all a ``$ref`` with sibling keywords (draft 7 ignores them)."""
    import fastjsonschema

    schema = ex.export_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    fastjsonschema.compile(schema)

    def walk(node):
        if isinstance(node, dict):
            if "$ref" in node:
                assert set(node) - {"$ref", "description", "$comment"} == set(), node
            assert not {"prefixItems", "unevaluatedProperties", "dependentRequired", "$dynamicRef"} & set(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)


def test_runtime_validator_agrees_with_jsonschema(data):
    good = json.loads(ex.export_json(*data, with_text=True))
    validate(good, ex.export_schema())
    mutations = [
        lambda d: d.update(schema_version=2),
        lambda d: d.pop("documents"),
        lambda d: d.update(extra=1),
        lambda d: d["annotations"][0].update(start="3"),
        lambda d: d["annotations"][0].update(start=True),
        lambda d: d["annotations"][0].update(start=-1),
        lambda d: d["annotations"][0].pop("quote"),
        lambda d: d["annotations"][0].update(status="maybe"),
        lambda d: d["annotations"][0].update(tags=["ok", 3]),
        lambda d: d["annotations"][0].update(created="yesterday"),
        lambda d: d["annotations"][0]["links"][0].update(target_doc="xyz"),
        lambda d: d["annotations"][0].update(generator={"name": 1}),
        lambda d: d["annotations"][0].update(author=7),
        lambda d: d["documents"][0].update(id="ABC"),
        lambda d: d["documents"][0].update(meta=[]),
        lambda d: d["annotations"].append(None),
    ]
    for mutate in mutations:
        bad = json.loads(json.dumps(good))
        mutate(bad)
        assert not EXPORT_VALIDATOR.is_valid(bad)
        with pytest.raises(ValueError):
            validate(bad, ex.export_schema())


# --------------------------------------------------------------------------- W3C


def test_w3c_validates_against_web_annotation_schema(data):
    out = ex.export_w3c(*data)
    doc = json.loads(out)
    errors = sorted(W3C_VALIDATOR.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, errors[0]
    assert doc["@context"] == [
        "http://www.w3.org/ns/anno.jsonld",
        {"presslens": "urn:presslens:", "presslens:annotation": {"@type": "@id"}},  # a link is an IRI
    ]
    assert doc["type"] == "AnnotationCollection" and doc["total"] == len(data[1])
    assert doc["first"]["type"] == "AnnotationPage" and len(doc["first"]["items"]) == len(data[1])


def test_w3c_items_are_one_canonical_json_line_each(data):
    out = ex.export_w3c(*data)
    lines = [line.strip().rstrip(",") for line in out.splitlines() if line.startswith('      {"id"')]
    assert len(lines) == len(data[1])
    for line in lines:
        assert line == json.dumps(json.loads(line), ensure_ascii=False)
    assert json.loads(out)["first"]["items"] == [json.loads(line) for line in lines]


def test_w3c_single_annotations_validate_on_their_own(data):
    docs, anns = data
    by_doc, by_id = {d.id: d for d in docs}, {a.id: a for a in anns}
    for a in anns:
        item = {"@context": ex.W3C_CONTEXT, **ex.w3c_annotation(a, by_doc, by_id)}
        item["@context"] = ex.W3C_CONTEXTS
        W3C_VALIDATOR.validate(item)


def test_w3c_annotation_mapping(data):
    docs, anns = data
    items = {i["id"]: i for i in json.loads(ex.export_w3c(docs, anns))["first"]["items"]}
    a = anns[0]
    item = items[f"urn:uuid:{a.id}"]
    assert item["type"] == "Annotation" and item["creator"] == {"id": "urn:presslens:person:alice", "type": "Person", "name": "alice"}
    assert item["created"].endswith("Z") and item["modified"].endswith("Z")
    purposes = [b["purpose"] for b in item["body"]]
    assert purposes == ["tagging", "tagging", "commenting", "linking", "linking"]
    assert item["body"][2] == {"type": "TextualBody", "purpose": "commenting", "value": a.comment,
                               "format": "text/plain"}
    link = item["body"][3]
    d = anns[3]
    assert link["presslens:relation"] == "contradicts" and link["presslens:annotation"] == f"urn:uuid:{d.id}"
    # The linked span is in the RTL article, which has a url: source is the url, sha256 kept.
    assert link["source"] == "https://news.example/rtl" and link["presslens:sha256"] == d.doc_id
    assert link["selector"][1] == {"type": "TextPositionSelector", "start": d.start, "end": d.end}
    target = item["target"]
    assert target["source"] == f"urn:sha256:{a.doc_id}" and "presslens:sha256" not in target
    assert target["selector"] == [
        {"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix, "suffix": a.suffix},
        {"type": "TextPositionSelector", "start": a.start, "end": a.end},
    ]
    e = items[f"urn:uuid:{anns[4].id}"]
    assert e["creator"] == {"id": "urn:presslens:software:builtin:0.1.0", "type": "Software", "name": "builtin",
                            "presslens:version": "0.1.0"}
    assert e["generator"] == ex.W3C_GENERATOR
    assert e["body"] == [{"type": "TextualBody", "purpose": "classifying", "value": "PERSON", "format": "text/plain"}]
    assert e["presslens:status"] == "suggested" and e["presslens:orphan"] is False
    dangling = items[f"urn:uuid:{anns[5].id}"]["body"][-1]
    assert dangling["source"] == "urn:presslens:annotation:no-such-annotation" and "selector" not in dangling


def test_w3c_collection_id_is_stable_and_content_based(data):
    docs, anns = data
    first = ex.export_w3c(docs, anns)
    assert ex.export_w3c(list(reversed(docs)), list(reversed(anns))) == first
    assert json.loads(first)["id"].startswith("urn:uuid:")
    anns[0].modified = "2030-01-01T00:00:00.000Z"
    assert json.loads(ex.export_w3c(docs, anns))["id"] != json.loads(first)["id"]


def test_w3c_times_are_normalised_to_utc_z(data):
    docs, anns = data
    anns[0].created = "2025-08-01T12:00:00+02:00"
    item = ex.w3c_annotation(anns[0], {}, {})
    assert item["created"] == "2025-08-01T10:00:00.000Z"


def test_w3c_empty_collection_validates():
    doc = json.loads(ex.export_w3c([], []))
    W3C_VALIDATOR.validate(doc)
    assert doc["total"] == 0 and doc["first"]["items"] == []


# --------------------------------------------------------------------------- JSON Lines and CSV


def test_jsonl_one_flat_record_per_line(data):
    docs, anns = data
    out = ex.export_jsonl(docs, anns)
    lines = out.splitlines()
    assert out.endswith("\n") and len(lines) == len(anns)
    records = [json.loads(line) for line in lines]
    assert all(list(r) == list(ex.FLAT_FIELDS) for r in records)
    by_id = {r["id"]: r for r in records}
    a = by_id[anns[0].id]
    assert a["tags"] == ["event", "place name"] and a["comment"] == anns[0].comment
    assert a["doc_path"] == "/corpus/cjk.txt" and a["doc_title"] == docs[0].title
    assert a["links"] == [f"contradicts:{anns[3].id}", f"same-claim:{anns[1].id}"]
    e = by_id[anns[4].id]
    assert (e["generator_name"], e["generator_version"], e["author"]) == ("builtin", "0.1.0", None)
    assert by_id[anns[7].id]["orphan"] is True


def test_csv_round_trips_through_the_csv_module(data):
    docs, anns = data
    out = ex.export_csv(docs, anns)
    assert "\r\n" in out  # RFC 4180 line ends
    assert out.startswith("\ufeff")  # UTF-8 BOM for spreadsheets (the default, excel-safe form)
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"), newline="")))
    assert list(rows[0]) == list(ex.FLAT_FIELDS) and len(rows) == len(anns)
    expected = {a.id: ex.flat_record(a, {d.id: d for d in docs}[a.doc_id]) for a in anns}
    for row in rows:
        rec = expected[row["id"]]
        for field in ex.FLAT_FIELDS:
            want = rec[field]
            if isinstance(want, list):  # a JSON array, splits back exactly
                want = json.dumps(want, ensure_ascii=False, separators=(",", ":"))
            elif isinstance(want, bool):
                want = "true" if want else "false"
            elif want is None:
                want = ""
            assert row[field] == str(want), field


def test_csv_excel_safe_neutralises_formulas():
    doc = make_document("=HYPERLINK(\"http://evil\") said -5 people", "f.txt")
    ann = make_ann(doc, 0, 25, 1, comment="@SUM(A1)", author="x")
    rows = list(csv.DictReader(io.StringIO(ex.export_csv([doc], [ann], excel_safe=True).removeprefix("\ufeff"), newline="")))
    assert rows[0]["quote"].startswith("'=") and rows[0]["comment"] == "'@SUM(A1)"
    plain = list(csv.DictReader(io.StringIO(ex.export_csv([doc], [ann], excel_safe=False), newline="")))
    assert plain[0]["quote"] == ann.quote


FORMULA_CELLS = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tX", "\rX"]


def _formula_annotation(cell):
    doc = make_document(f"{cell} is what the article says.", "f.txt")
    start = doc.text.index(cell.strip())  # the text is normalised: a leading tab or CR is trimmed
    ann = make_ann(doc, start, start + len(cell.strip()), 1, comment=cell, tags=[cell], author=cell, label=cell)
    return doc, ann


@pytest.mark.parametrize("cell", FORMULA_CELLS, ids=["hyperlink", "plus", "minus", "at", "tab", "cr"])
def test_csv_cells_that_start_a_formula_are_prefixed_by_default(cell, tmp_path):
    """OWASP CSV injection rule: a leading ' makes the spreadsheet show the cell as text."""
    doc, ann = _formula_annotation(cell)
    out = tmp_path / "out.csv"
    ex.write_export("csv", [doc], [ann], out)
    for text in (ex.export_csv([doc], [ann]).removeprefix("\ufeff"), out.read_bytes().decode("utf-8-sig")):
        (row,) = csv.DictReader(io.StringIO(text, newline=""))
        for field in ("comment", "author", "label"):
            assert row[field] == "'" + cell, field
        assert json.loads(row["tags"]) == [cell]  # a JSON array starts with [: never a formula
        if cell.strip() == cell:  # article text: the quote starts with the formula too
            assert row["quote"] == "'" + cell


@pytest.mark.parametrize("cell", FORMULA_CELLS, ids=["hyperlink", "plus", "minus", "at", "tab", "cr"])
def test_csv_raw_cells_on_request(cell, tmp_path):
    doc, ann = _formula_annotation(cell)
    out = tmp_path / "out.csv"
    ex.write_export("csv", [doc], [ann], out, excel_safe=False)
    for text in (ex.export_csv([doc], [ann], excel_safe=False), out.read_bytes().decode("utf-8")):
        (row,) = csv.DictReader(io.StringIO(text, newline=""))
        assert [row[f] for f in ("comment", "author", "label")] == [cell] * 3 and json.loads(row["tags"]) == [cell]


def test_export_store_writes_safe_csv_by_default(tmp_path):
    from annotations.store.store import AnnotationStore

    doc, ann = _formula_annotation("=1+1")
    with AnnotationStore(None) as store:
        store.add_document(doc)
        store.add(ann)
        ex.export_store(store, "csv", tmp_path / "safe.csv", human_only=True)
        ex.export_store(store, "csv", tmp_path / "raw.csv", human_only=True, excel_safe=False)
    (safe,) = csv.DictReader(io.StringIO((tmp_path / "safe.csv").read_text(encoding="utf-8-sig"), newline=""))
    (raw,) = csv.DictReader(io.StringIO((tmp_path / "raw.csv").read_text(encoding="utf-8"), newline=""))
    assert (safe["comment"], raw["comment"]) == ("'=1+1", "=1+1")


# --------------------------------------------------------------------------- brat


def _read_ann(path: str):
    entities, relations, notes = {}, [], []
    for line in Path(path).read_text("utf-8").split("\n"):
        if not line:
            continue
        ident, rest = line.split("\t", 1)
        if ident.startswith("T"):
            type_offsets, text = rest.split("\t", 1)
            kind, offsets = type_offsets.split(" ", 1)
            frags = [tuple(map(int, f.split())) for f in offsets.split(";")]
            entities[ident] = (kind, frags, text)
        elif ident.startswith("R"):
            relations.append(rest)
        else:
            assert ident.startswith("#")
            notes.append(rest)
    return entities, relations, notes


def test_brat_offsets_slice_the_text_to_the_quote(data, tmp_path):
    docs, anns = data
    written = ex.export_brat(docs, anns, tmp_path / "brat")
    assert sorted(Path(p).name for p in written) == sorted(
        ["annotation.conf", "visual.conf"] + [f"{Path(d.path).stem}{s}" for d in docs for s in (".txt", ".ann")]
    )
    seen = 0
    for d in docs:
        stem = tmp_path / "brat" / Path(d.path).stem
        text = (stem.with_suffix(".txt")).read_bytes().decode("utf-8")
        assert text == d.text
        entities, _, _ = _read_ann(str(stem.with_suffix(".ann")))
        for kind, frags, shown in entities.values():
            assert " " not in kind
            pieces = [text[s:e] for s, e in frags]
            assert all("\n" not in p for p in pieces)
            assert " ".join(pieces) == shown
            seen += 1
        exportable = [a for a in anns if a.doc_id == d.id and not a.orphan and a.status != "rejected"]
        spans = sorted((frags[0][0], frags[-1][1]) for _, frags, _ in entities.values())
        assert spans == sorted((a.start, a.end) for a in exportable)
        for a in exportable:
            assert text[a.start : a.end] == a.quote
    assert seen == sum(not a.orphan and a.status != "rejected" for a in anns)


def test_brat_lines_notes_relations_and_conf(data, tmp_path):
    docs, anns = data
    ex.export_brat(docs, anns, tmp_path)
    entities, relations, notes = _read_ann(str(tmp_path / "cjk.ann"))
    assert entities["T1"][0] == "event"
    assert entities["T2"][1] == [(6, 11), (12, 25)]  # a line break inside: two fragments
    assert relations == ["same-claim Arg1:T1 Arg2:T2"]
    # one note per span (brat shows only the first of several); no escapes in brat: ⏎ for a line break
    assert notes == ["AnnotatorNotes T1\tfirst line ⏎ second line end ⏎ tags: place name ⏎ contradicts -> rtl.ann T1"]
    entities, relations, notes = _read_ann(str(tmp_path / "plain.ann"))
    assert [e[0] for e in entities.values()] == ["claim"]  # the rejected quote suggestion is left out
    assert relations == []
    assert notes == [f"AnnotatorNotes T1\t<script>alert(\"x\")</script> ⏎ label: assertion ⏎ "
                     f"elaborates -> annotation {anns[6].id} ⏎ supports -> annotation no-such-annotation"]
    conf = (tmp_path / "annotation.conf").read_text("utf-8")
    entities_part = conf.split("[entities]")[1].split("[relations]")[0].split()
    assert entities_part == ["PERSON", "Span", "claim", "event", "quote"]  # "quote": a tag in cjk
    assert "same-claim\tArg1:<ENTITY>, Arg2:<ENTITY>" in conf


def test_brat_types_and_stems_are_safe(tmp_path):
    d1 = make_document("Alpha beta gamma.", "/a/same.txt")
    d2 = make_document("Delta epsilon.", "/b/same.txt")
    d3 = make_document("Zeta.", "")
    ann = make_ann(d1, 0, 5, 1, tags=["two words", "x"], author="a")
    written = ex.export_brat([d1, d2, d3], [ann], tmp_path)
    names = sorted(Path(p).name for p in written)
    assert f"same_{d1.id[:12]}.txt" in names and f"same_{d2.id[:12]}.txt" in names and "doc.txt" in names
    assert ex.brat_type("two words / x:y") == "two_words_x_y"
    assert ex.brat_type("  ") == "Span"


def test_brat_fragments():
    assert ex.brat_fragments("ab\n\ncd\n", 0, 7) == [(0, 2), (4, 6)]
    assert ex.brat_fragments("a\u2028b", 0, 3) == [(0, 1), (2, 3)]
    assert ex.brat_fragments("\n\n", 0, 2) == []


# --------------------------------------------------------------------------- HTML


def test_html_is_escaped_and_self_contained(data):
    docs, anns = data
    page = ex.export_html(docs, anns)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>" not in page  # article text is escaped too
    assert "src=" not in page and "<link" not in page and "http://" not in page.replace("https://news.example", "")
    for d in docs:
        assert f'id="doc-{d.id}"' in page
    for a in anns:  # a rejected suggestion is not shown
        assert (f'id="ann-{a.id}"' in page) == (a.status != "rejected")
    assert page.count('<div class="text">') == len(docs)  # one column per article
    assert "<script" not in page.lower() and not re.search(r"<[^>]*\son[a-z]+\s*=", page)  # no JavaScript at all


def test_html_progress(data):
    calls = []
    ex.export_html(*data, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (len(data[1]), len(data[1]))


# --------------------------------------------------------------------------- writing


@pytest.mark.parametrize("fmt", [f for f in ex.EXPORT_FORMATS if f != "brat"])
def test_write_export_matches_the_string_and_is_atomic(data, tmp_path, fmt):
    docs, anns = data
    out = tmp_path / f"out.{fmt}"
    calls = []
    paths = ex.write_export(fmt, docs, anns, out, progress=lambda d, t: calls.append((d, t)))
    assert paths == [str(out)]
    text = out.read_bytes().decode("utf-8")
    expected = {
        "json": lambda: ex.export_json(docs, anns),
        "w3c": lambda: ex.export_w3c(docs, anns),
        "jsonl": lambda: ex.export_jsonl(docs, anns),
        "csv": lambda: ex.export_csv(docs, anns),
        "html": lambda: ex.export_html(docs, anns),
    }[fmt]()
    assert text == expected
    assert calls and calls[-1] == (len(anns), len(anns))
    assert os.listdir(tmp_path) == [out.name]  # no temporary file left behind


def test_write_export_brat_and_default_names(data, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    paths = ex.write_export("brat", *data, None)
    assert all(p.startswith("presslens-brat") for p in paths)
    assert ex.write_export("json", *data, None) == ["presslens-export.json"]
    with pytest.raises(ValueError):
        ex.write_export("brat", *data, "-")
    with pytest.raises(ValueError, match="unknown export format"):
        ex.write_export("xml", *data, "x")


def test_write_export_to_stdout(data, capsysbinary):
    assert ex.write_export("jsonl", *data, "-") == []
    assert capsysbinary.readouterr().out.decode("utf-8") == ex.export_jsonl(*data)


def test_failed_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "keep.json"
    target.write_text("old", encoding="utf-8")

    def chunks():
        yield "new"
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        ex.atomic_write(target, chunks())
    assert target.read_text("utf-8") == "old" and os.listdir(tmp_path) == ["keep.json"]


def test_progress_every_thousand():
    doc = make_document("x" * 50, "p.txt")
    anns = [make_ann(doc, 0, 1, i) for i in range(2500)]
    calls = []
    ex.export_jsonl([doc], anns, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


# --------------------------------------------------------------------------- selection


def test_select_from_lists(data):
    docs, anns = data
    cjk, rtl, plain = docs
    sel = ex.select(docs, anns, docs=[rtl.id[:8], "/corpus/plain.md"])
    assert [d.id for d in sel.documents] == sorted([rtl.id, plain.id])
    assert {a.doc_id for a in sel.annotations} == {rtl.id, plain.id}
    assert {a.id for a in ex.select(docs, anns, tags="claim").annotations} == {anns[3].id, anns[5].id}
    assert {a.id for a in ex.select(docs, anns, author="bob").annotations} == {anns[1].id, anns[6].id}
    human = ex.select(docs, anns, human_only=True).annotations
    assert all(a.status == "human" for a in human) and len(human) == 6
    assert len(ex.select(docs, anns, tags=["quote", "event"], author="alice").annotations) == 1
    with pytest.raises(ex.SelectionError):
        ex.select(docs, anns, docs=["nothing-like-this"])


def test_select_from_a_store_like_object(data):
    docs, anns = data

    class Store:
        def documents(self):
            return docs

        def annotations(self, doc_id=None):
            return anns

        def find_document(self, ref):
            return next((d for d in docs if d.id.startswith(ref)), None)

    sel = ex.select(Store(), docs=[docs[0].id[:6]], human_only=True)
    assert sel.documents == [docs[0]] and {a.doc_id for a in sel.annotations} == {docs[0].id}


# --------------------------------------------------------------------------- stats


def test_stats_counts_and_tables(data):
    docs, anns = data
    s = summarize(docs, anns)
    assert (s["documents"], s["annotations"], s["human"]) == (3, 8, 6)
    assert s["by_tag"]["claim"] == 2 and s["by_author"]["alice"] == 3 and s["by_author"]["[builtin]"] == 1
    assert s["by_kind"] == {"span": 5, "claim": 2, "entity": 1}
    assert s["by_status"] == {"human": 6, "rejected": 1, "suggested": 1}
    assert sum(d["annotations"] for d in s["per_document"]) == 8
    text = format_stats(s)
    assert "8 annotations (6 human)" in text and "سارة" in text


def test_tables_are_terminal_safe_and_aligned():
    table = format_table(("name", "n"), [("東京", 1), ("evil\x1b]52;c;x\x07", 22), ("two\nlines", 3)], right=(1,))
    assert "\x1b" not in table and "\x07" not in table and "\\x1b" in table
    lines = table.splitlines()
    assert "two lines" in lines[4]
    from annotations.review.stats import _width

    assert len({_width(line) for line in lines}) == 1  # every line the same display width
    assert format_documents([]) == "No documents.\n"


def test_one_table_of_formats_serves_the_cli_the_dialog_and_the_writers():
    from annotations.exchange.formats import FORMATS
    from tui.cli import export_command
    from tui.screens import ExportDialog

    choice = next(p for p in export_command.params if p.name == "fmt").type
    assert list(choice.choices) == list(FORMATS)
    assert [row[0] for row in ExportDialog.FORMATS] == list(FORMATS)
    assert set(ex._CHUNKS) == {name for name, f in FORMATS.items() if not f.folder}
    assert ex.default_output("brat") == "presslens-brat" and ex.default_output("w3c") == "presslens-export.jsonld"


def test_the_readme_documents_every_format():
    from annotations.exchange.formats import FORMATS
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Export formats") :]
    assert all(f"| `{name}`" in table for name in FORMATS)


def test_stats_table_names_labels_as_the_reader_does():
    """Issue 11: the table is read by people (Place, Reported speech); the summary keeps GPE, reported."""
    s = {"documents": 1, "annotations": 3, "human": 3, "links": 0, "comments": 0, "orphans": 0, "by_status": {},
         "by_kind": {}, "by_tag": {}, "by_label": {"GPE": 2, "reported": 1}, "by_author": {}, "per_document": []}
    text = format_stats(s)
    assert "Place" in text and "Reported speech" in text and "GPE" not in text and "reported " not in text
