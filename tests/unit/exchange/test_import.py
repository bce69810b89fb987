"""Import: round trips through presslens JSON and W3C, idempotence, conflicts, all-or-nothing validation."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.exchange import export as ex
from annotations.core.documents import make_document
from annotations.exchange.importer import ImportError_, ImportFailed, ImportReport, import_file, parse_export
from annotations.core.model import Annotation, Link, quote_context
from annotations.store.store import AnnotationStore
from test_export import corpus


@pytest.fixture
def data():
    return corpus()


@pytest.fixture
def store():
    with AnnotationStore(None) as s:
        yield s


def _fill(store, docs, anns):
    for d in docs:
        store.add_document(d)
    for a in anns:
        store.add(a)


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return str(path)


def _snapshot(store) -> str:
    return ex.export_json(store.documents(), store.annotations(), with_text=True)


# --------------------------------------------------------------------------- round trips


def test_json_round_trip_is_byte_identical(data, store, tmp_path):
    _fill(store, *data)
    first = ex.export_json(store.documents(), store.annotations(), with_text=True)
    path = _write(tmp_path, "export.json", first)
    with AnnotationStore(None) as fresh:
        report = import_file(fresh, path)
        assert report == ImportReport(added=len(data[1]), unchanged=0, conflicts=[], documents_added=len(data[0]))
        assert ex.export_json(fresh.documents(), fresh.annotations(), with_text=True) == first
        for a in data[1]:
            assert fresh.get(a.id).to_dict() == a.to_dict()  # field for field, ids kept


def test_reimport_is_idempotent(data, store, tmp_path):
    _fill(store, *data)
    path = _write(tmp_path, "export.json", ex.export_json(*data, with_text=True))
    before = _snapshot(store)
    report = import_file(store, path)
    assert report == ImportReport(added=0, unchanged=len(data[1]), conflicts=[], documents_added=0)
    assert _snapshot(store) == before


def test_json_without_text_needs_the_documents_in_the_store(data, store, tmp_path):
    docs, anns = data
    path = _write(tmp_path, "export.json", ex.export_json(docs, anns))
    for d in docs:
        store.add_document(d)
    assert import_file(store, path).added == len(anns)


def test_w3c_round_trip_rebuilds_every_field(data, store, tmp_path):
    docs, anns = data
    path = _write(tmp_path, "export.jsonld", ex.export_w3c(docs, anns))
    for d in docs:
        store.add_document(d)
    report = import_file(store, path)
    assert report == ImportReport(added=len(anns), unchanged=0, conflicts=[], documents_added=0)
    for a in anns:
        assert store.get(a.id).to_dict() == a.to_dict()
    assert import_file(store, path).unchanged == len(anns)
    assert ex.export_w3c(store.documents(), store.annotations()) == ex.export_w3c(docs, anns)


def test_w3c_source_given_only_by_url_is_found_in_the_store(data, store, tmp_path):
    docs, anns = data
    rtl = next(d for d in docs if d.url)
    doc = json.loads(ex.export_w3c(docs, [a for a in anns if a.doc_id == rtl.id]))
    for item in doc["first"]["items"]:
        item["target"].pop("presslens:sha256")
    path = _write(tmp_path, "byurl.jsonld", json.dumps(doc))
    store.add_document(rtl)
    assert import_file(store, path).added == 2
    assert {a.doc_id for a in store.annotations()} == {rtl.id}


def test_single_w3c_annotation_and_page_are_accepted(data, store, tmp_path):
    docs, anns = data
    for d in docs:
        store.add_document(d)
    item = ex.w3c_annotation(anns[2], {d.id: d for d in docs}, {})
    single = {"@context": ex.W3C_CONTEXTS, **item}
    assert import_file(store, _write(tmp_path, "one.jsonld", json.dumps(single))).added == 1
    page = {"@context": ex.W3C_CONTEXT, "type": "AnnotationPage", "id": "urn:x:p",
            "items": [ex.w3c_annotation(anns[1], {}, {})]}
    assert import_file(store, _write(tmp_path, "page.jsonld", json.dumps(page))).added == 1


# --------------------------------------------------------------------------- conflicts


def test_same_id_different_content_is_a_conflict_not_an_overwrite(data, store, tmp_path):
    docs, anns = data
    _fill(store, docs, anns)
    path = _write(tmp_path, "export.json", ex.export_json(docs, anns))
    changed = store.get(anns[0].id)
    changed.comment = "edited after the export"
    store.update(changed)
    stored = store.get(anns[0].id).to_dict()
    report = import_file(store, path)
    assert report.added == 0 and report.unchanged == len(anns) - 1
    assert [c[0] for c in report.conflicts] == [anns[0].id]
    assert "comment" in report.conflicts[0][1] and "modified" in report.conflicts[0][1]
    assert store.get(anns[0].id).to_dict() == stored


def test_new_and_existing_mixed(data, store, tmp_path):
    docs, anns = data
    _fill(store, docs, anns[:3])
    report = import_file(store, _write(tmp_path, "e.json", ex.export_json(docs, anns)))
    assert (report.added, report.unchanged, report.conflicts) == (len(anns) - 3, 3, [])


# --------------------------------------------------------------------------- invalid files change nothing


def _corrupt_json(docs, anns):
    good = json.loads(ex.export_json(docs, anns, with_text=True))

    def variant(mutate):
        bad = json.loads(json.dumps(good))
        mutate(bad)
        return json.dumps(bad, ensure_ascii=False)

    def drop_text_of_first_annotated_doc(d):  # docs[0]: not in the test's store
        for doc in d["documents"]:
            if doc["id"] == docs[0].id:
                del doc["text"]

    def duplicate_annotation(d):
        d["annotations"].append(dict(d["annotations"][0]))

    def break_last_quote(d):
        d["annotations"][-2]["quote"] = "not the text"

    return {
        "not json": ('{"schema_version": 1, "documents": [', "invalid JSON at line 1"),
        "empty": ("  \n", "empty file"),
        "not an export": ('{"hello": "world"}', "not a presslens export"),
        "wrong type": (variant(lambda d: d["annotations"][3].update(end="12")), "annotations[3].end: expected integer"),
        "missing field": (variant(lambda d: d["annotations"][1].pop("tags")), "missing field 'tags'"),
        "newer schema": (variant(lambda d: d.update(schema_version=9)), "schema_version 9 is newer"),
        # an unknown document without text is no longer an error: its annotations wait, pending
        # (tests/cli/test_pending_import.py); but a bad one among them still fails the whole file
        "unknown document, bad field": (
            variant(lambda d: (drop_text_of_first_annotated_doc(d), d["annotations"][0].update(status="maybe"))),
            "must be one of",
        ),
        "edited text": (variant(lambda d: d["documents"][0].update(text="changed")), "does not match its sha256"),
        "duplicate": (variant(duplicate_annotation), "appears twice"),
        "bad quote": (variant(break_last_quote), "quote does not match"),
        "out of range": (variant(lambda d: d["annotations"][0].update(end=10**6)), "outside"),
        "bad status": (variant(lambda d: d["annotations"][0].update(status="maybe")), "must be one of"),
    }


@pytest.mark.parametrize("case", list(_corrupt_json(*corpus())))
def test_invalid_json_file_raises_one_line_and_writes_nothing(data, store, tmp_path, case):
    docs, anns = data
    store.add_document(docs[1])
    store.add(anns[3])  # some earlier state that must survive
    before = _snapshot(store)
    text, expected = _corrupt_json(docs, anns)[case]
    path = _write(tmp_path, "bad.json", text)
    with pytest.raises(ImportFailed) as info:
        import_file(store, path)
    message = str(info.value)
    assert message.startswith(path + ": ") and "\n" not in message and expected in message, message
    assert _snapshot(store) == before


def test_invalid_w3c_files(data, store, tmp_path):
    docs, anns = data
    store.add_document(docs[0])
    before = _snapshot(store)
    w3c = json.loads(ex.export_w3c(docs, anns))
    cases = {
        "bad purpose": (_edit(w3c, lambda d: d["first"]["items"][0]["body"][0].update(purpose="ranting")),
                        "unsupported body purpose"),
        "no selector": (_edit(w3c, lambda d: d["first"]["items"][0]["target"].pop("selector")),
                        "TextPositionSelector"),
        "bad id": (_edit(w3c, lambda d: d["first"]["items"][0].update(id="http://x/1")), "not a presslens annotation"),
        "bad time": (_edit(w3c, lambda d: d["first"]["items"][0].update(created="soon")), "not an ISO 8601"),
        "wrong total": (_edit(w3c, lambda d: d.update(total=99)), "says total 99"),
    }
    for name, (doc, expected) in cases.items():
        path = _write(tmp_path, f"{name}.jsonld", json.dumps(doc))
        with pytest.raises(ImportError_) as info:
            import_file(store, path)
        assert expected in str(info.value) and str(info.value).startswith(path), (name, str(info.value))
        assert _snapshot(store) == before


def _edit(doc, mutate):
    copy = json.loads(json.dumps(doc))
    mutate(copy)
    return copy


def test_missing_file_and_directory(store, tmp_path):
    with pytest.raises(ImportFailed, match="no such file"):
        import_file(store, tmp_path / "nope.json")
    with pytest.raises(ImportFailed, match="directory"):
        import_file(store, tmp_path)


# --------------------------------------------------------------------------- property: any annotation set round-trips

_text_chars = st.sampled_from(list(string.ascii_letters + " .,\n\t\"'<>&\\") + list("東京€é👩‍💻🎉قالש\u200f"))
_free_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
# What a tag, comment or author may hold: no control or bidi characters (refused on the way in).
_BIDI = "".join(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
_field_text = st.text(st.characters(exclude_categories=("Cs", "Cc"), exclude_characters=_BIDI), max_size=12)


@st.composite
def annotation_sets(draw):
    docs = []
    for i in range(draw(st.integers(1, 3))):
        body = draw(st.text(_text_chars, min_size=1, max_size=60))
        doc = make_document(f"doc {i} " + body, f"/p/{i}.txt")
        docs.append(doc)
    anns: list[Annotation] = []
    for n in range(draw(st.integers(0, 12))):
        doc = draw(st.sampled_from(docs))
        start = draw(st.integers(0, len(doc.text) - 1))
        end = draw(st.integers(start, len(doc.text)))
        prefix, quote, suffix = quote_context(doc.text, start, end)
        human = draw(st.booleans())
        anns.append(
            Annotation(
                id=draw(st.one_of(st.uuids().map(str), st.text(string.ascii_letters + "-_", min_size=1, max_size=8)))
                + f"-{n}",
                doc_id=doc.id,
                start=start,
                end=end,
                quote=quote,
                prefix=prefix,
                suffix=suffix,
                tags=draw(st.lists(_field_text, max_size=3)),
                comment=draw(_field_text),
                author=draw(_field_text) if human else None,
                generator=None if human else {"name": draw(_free_text), "version": "1.0"},
                label=draw(st.one_of(st.none(), st.sampled_from(["PERSON", "quote", "GPE"]))),
                status=draw(st.sampled_from(["human", "suggested", "rejected"])),
                created=f"2025-0{draw(st.integers(1, 9))}-01T00:00:00.000Z",
                modified="2025-10-01T12:30:00.123Z",
            )
        )
    for a in anns:
        for b in draw(st.lists(st.sampled_from(anns), max_size=2, unique_by=lambda x: x.id)):
            if b.id != a.id:
                a.links.append(Link(b.id, draw(st.sampled_from(["supports", "same-claim", "x y"])), b.doc_id))
    return docs, anns


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(annotation_sets())
def test_property_export_import_export(tmp_path, sets):
    docs, anns = sets
    first = ex.export_json(docs, anns, with_text=True)
    path = _write(tmp_path, "p.json", first)
    with AnnotationStore(None) as fresh:
        report = import_file(fresh, path)
        assert report.added == len(anns) and report.documents_added == len(docs)
        assert ex.export_json(fresh.documents(), fresh.annotations(), with_text=True) == first
        assert import_file(fresh, path).unchanged == len(anns)
    # W3C carries every annotation field too.
    back = parse_export(json.loads(ex.export_w3c(docs, anns))).annotations
    want = sorted(anns, key=lambda a: (a.doc_id, a.start, a.end, a.id))
    assert [a.to_dict() for a in back] == [a.to_dict() for a in want]


_junk = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=5), st.lists(st.integers(), max_size=2),
                  st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.lists(st.integers(0, 30), min_size=1, max_size=6), junk=_junk, fmt=st.sampled_from(["json", "w3c"]))
def test_fuzzed_files_fail_cleanly_or_import(tmp_path, path, junk, fmt):
    """Replacing any value of an export with junk gives ImportFailed (or a valid import), never a crash."""
    docs, anns = corpus()
    doc = json.loads(ex.export_json(docs, anns, with_text=True) if fmt == "json" else ex.export_w3c(docs, anns))
    node = doc
    for step in path[:-1]:
        children = list(node.values()) if isinstance(node, dict) else node if isinstance(node, list) else []
        nested = [c for c in children if isinstance(c, (dict, list)) and c]
        if not nested:
            break
        node = nested[step % len(nested)]
    if isinstance(node, dict):
        node[sorted(node)[path[-1] % len(node)]] = junk
    elif isinstance(node, list) and node:
        node[path[-1] % len(node)] = junk
    if fmt == "json":  # the runtime check (fastjsonschema) says yes exactly when jsonschema does
        import jsonschema

        from annotations.exchange.importer import _export_checker

        schema, ok = _export_checker()
        assert ok(doc) == jsonschema.Draft202012Validator(schema).is_valid(doc)
    file = _write(tmp_path, "fuzz.json", json.dumps(doc))
    with AnnotationStore(None) as fresh:
        for d in docs:
            if fmt == "w3c":
                fresh.add_document(d)
        before = _snapshot(fresh)
        try:
            import_file(fresh, file)
        except ImportFailed as exc:
            assert "\n" not in str(exc)
            assert _snapshot(fresh) == before


def test_error_messages_stay_on_one_safe_line(data, store, tmp_path):
    docs, anns = data
    doc = json.loads(ex.export_json(docs, anns, with_text=True))
    doc["annotations"][0]["id"] = "evil\n\x1b[2Jid"
    doc["annotations"][0]["quote"] = "wrong"
    path = _write(tmp_path, "evil.json", json.dumps(doc))
    with pytest.raises(ImportFailed) as info:
        import_file(store, path)
    assert "\n" not in str(info.value) and "\x1b" not in str(info.value) and "evil\\n\\x1b[2Jid" in str(info.value)
    assert store.annotations() == [] and store.documents() == []


def test_select_stats_and_list_on_a_store(data, store):
    from annotations.review.stats import list_documents, stats

    docs, anns = data
    _fill(store, docs, anns)
    sel = ex.select(store, docs=[docs[2].path], human_only=True)
    assert [d.id for d in sel.documents] == [docs[2].id]
    assert {a.id for a in sel.annotations} == {anns[5].id, anns[7].id}
    rows = {r.id: r for r in list_documents(store)}
    assert (rows[docs[2].id].annotations, rows[docs[2].id].human) == (3, 2)
    assert stats(store)["annotations"] == len(anns)


def test_w3c_missing_document_waits_pending_with_its_url(data, store, tmp_path):
    docs, anns = data
    rtl = next(d for d in docs if d.url)
    mine = [a for a in anns if a.doc_id == rtl.id]
    path = _write(tmp_path, "w.jsonld", ex.export_w3c(docs, mine))
    report = import_file(store, path)
    assert (report.added, report.pending) == (0, len(mine))
    assert {info["url"] for _, info in store.pending()} == {"https://news.example/rtl"}
    store.add_document(rtl)
    assert sorted(a.id for a in store.annotations(rtl.id)) == sorted(a.id for a in mine) and store.pending() == []


@pytest.mark.parametrize("field", ["comment", "tags", "author"])
def test_control_characters_in_imported_fields_are_refused_with_one_line(tmp_path, field):
    docs, anns = corpus()
    data = json.loads(ex.export_json(docs, anns, with_text=True))
    payload = "pwn\x1b]52;c;SGVsbG8=\x07"
    record = data["annotations"][0]
    record[field] = [payload] if field == "tags" else payload
    path = _write(tmp_path, "evil.json", json.dumps(data))
    with AnnotationStore(None) as fresh:
        with pytest.raises(ImportFailed) as err:
            import_file(fresh, path)
        assert fresh.annotations() == [] and fresh.documents() == []  # checked before any write
    message = str(err.value)
    assert "control character (U+001B)" in message and record["id"] in message
    assert "\x1b" not in message and "\x07" not in message and "\n" not in message

# --------------------------------------------------------------------------- hostile files: one line, nothing written


def test_a_5000_digit_integer_is_one_line_and_writes_nothing(data, store, tmp_path):
    docs, anns = data
    text = ex.export_json(docs, anns, with_text=True).replace('"schema_version": 1', '"schema_version": ' + "9" * 5000)
    path = _write(tmp_path, "digits.json", text)
    with pytest.raises(ImportFailed) as info:
        import_file(store, path)
    assert str(info.value) == f"{path}: a number in it has more than 4300 digits"
    assert store.annotations() == [] and store.documents() == []


@pytest.mark.parametrize("depth", [40, 949])
def test_document_meta_nested_too_deeply_is_refused_so_exports_keep_working(data, store, tmp_path, depth):
    """950 levels parse, but every later JSON export of the database would crash on them.

    (How deep the parser itself gets depends on the stack already in use: 950 levels may
    also be refused as "nested too deeply" by the parser.  Either way: one line, nothing written.)
    """
    docs, anns = data
    doc = json.loads(ex.export_json(docs, anns, with_text=True))
    doc["documents"][0]["meta"] = {"deep": "DEEP"}  # written as text: the test's own json.dumps would hit the limit
    path = _write(tmp_path, "deep.json", json.dumps(doc).replace('"DEEP"', "[" * depth + "]" * depth))
    with pytest.raises(ImportFailed) as info:
        import_file(store, path)
    message = str(info.value)
    assert message.startswith(path + ": ") and "\n" not in message and "nested" in message
    if depth == 40:
        assert "documents[0].meta: nested more than 32 levels deep" in message
    assert store.annotations() == [] and store.documents() == []
    ex.export_json(store.documents(), store.annotations(), with_text=True)


def test_document_meta_32_levels_deep_imports_and_exports(data, store, tmp_path):
    docs, anns = data
    doc = json.loads(ex.export_json(docs, anns, with_text=True))
    doc["documents"][0]["meta"] = {"deep": json.loads("[" * 31 + "]" * 31)}
    import_file(store, _write(tmp_path, "ok.json", json.dumps(doc)))
    assert json.loads(ex.export_json(store.documents(), store.annotations(), with_text=True))["documents"][0]["meta"] == {
        "deep": json.loads("[" * 31 + "]" * 31)
    }


@pytest.mark.parametrize(
    ("value", "ok"),
    [(None, True), ("someone", True), (5, False), (True, False), ([], False), ({}, False)],
)
def test_the_compiled_checker_takes_a_type_list_as_any_of_its_types(value, ok):
    """``"type": ["string", "null"]`` (author, label): any of its types, nothing else (a bool is no string)."""
    from annotations.exchange.importer import validate

    schema = {"type": "object", "properties": {"author": {"type": ["string", "null"]}}}
    if ok:
        validate({"author": value}, schema)
    else:
        with pytest.raises(ValueError, match="author: expected string or null"):
            validate({"author": value}, schema)


def test_import_pauses_garbage_collection_and_restores_it(data, store, tmp_path):
    import gc

    from annotations.core.files import paused_gc

    docs, anns = data
    path = _write(tmp_path, "export.json", ex.export_json(docs, anns, with_text=True))
    assert gc.isenabled()
    assert import_file(store, path).added == len(anns)
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
