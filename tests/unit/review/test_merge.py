"""Merging coders' databases: authors kept, conflicts reported, merging again adds only what is new."""

from __future__ import annotations

import dataclasses

import pytest

from annotations.core.documents import doc_id
from annotations.core.model import Document
from annotations.review.merge import MergeError, merge_files
from annotations.store.store import AnnotationStore

TEXT = "The minister said the ban would stay. Critics said it would not.\n"
DOC = Document(doc_id(TEXT), "article.txt", TEXT, title="Ban")


def coder_db(path, author, spans):
    with AnnotationStore(path) as store:
        return [store.new_annotation(DOC, s, e, tags=[t], author=author).id for s, e, t in spans]


def contents(path):
    with AnnotationStore(path, read_only=True) as store:
        return {a.id: a for a in store.annotations()}


def test_merge_keeps_every_annotation_with_its_author_and_documents(tmp_path):
    a, b, team = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "team.json"
    ids_a = coder_db(a, "ana", [(0, 12, "actor"), (18, 36, "claim")])
    ids_b = coder_db(b, "ben", [(0, 12, "actor")])
    report = merge_files(str(team), [str(a), str(b)])
    assert (report.added, report.updated, report.conflicts) == (3, 0, [])
    merged = contents(team)
    assert {merged[i].author for i in ids_a} == {"ana"} and merged[ids_b[0]].author == "ben"
    assert contents(a)[ids_a[0]] == merged[ids_a[0]]  # exactly as in the input: id, times and all
    with AnnotationStore(team, read_only=True) as store:
        assert store.get_document(DOC.id).text == TEXT


def test_merging_again_adds_only_what_is_new_and_takes_a_coders_later_edit(tmp_path):
    a, b, team = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "team.json"
    ids_a = coder_db(a, "ana", [(0, 12, "actor")])
    coder_db(b, "ben", [(0, 12, "actor")])
    merge_files(str(team), [str(a), str(b)])
    before = team.read_bytes()
    again = merge_files(str(team), [str(a), str(b)])
    assert (again.added, again.updated, again.conflicts) == (0, 0, [])
    assert sum(i.unchanged for i in again.inputs) == 2
    assert team.read_bytes() == before and not (tmp_path / "team.json.journal").read_bytes()
    with AnnotationStore(a) as store:  # ana's new work: an edit and a new annotation
        ann = store.get(ids_a[0])
        ann.tags = ["actor", "official"]
        store.update(ann)
        new = store.new_annotation(DOC, 18, 36, tags=["claim"], author="ana").id
    third = merge_files(str(team), [str(a), str(b)])
    assert (third.added, third.updated, third.conflicts) == (1, 1, [])
    merged = contents(team)
    assert merged[ids_a[0]].tags == ["actor", "official"] and new in merged


def test_the_same_id_edited_differently_in_two_inputs_is_a_conflict_never_overwritten(tmp_path):
    a, b, team = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "team.json"
    (shared,) = coder_db(a, "ana", [(0, 12, "actor")])
    merge_files(str(team), [str(a)])
    # ben started from a copy of ana's database; then both edited the same annotation
    b.write_bytes(a.read_bytes())
    for path, tag in ((a, "official"), (b, "critic")):
        with AnnotationStore(path) as store:
            ann = store.get(shared)
            store.update(dataclasses.replace(ann, tags=[tag]))
    report = merge_files(str(team), [str(a), str(b)])
    assert [c[0] for c in report.conflicts] == [shared]
    assert "a.json and" in report.conflicts[0][1] and "tags" in report.conflicts[0][1]
    assert contents(team)[shared].tags == ["actor"]  # the merged base, untouched


def test_a_change_in_the_team_database_and_in_an_input_is_a_conflict(tmp_path):
    a, team = tmp_path / "a.json", tmp_path / "team.json"
    (shared,) = coder_db(a, "ana", [(0, 12, "actor")])
    merge_files(str(team), [str(a)])
    for path, tag in ((a, "official"), (team, "adjudicated")):
        with AnnotationStore(path) as store:
            store.update(dataclasses.replace(store.get(shared), tags=[tag]))
    report = merge_files(str(team), [str(a)])
    assert [c[0] for c in report.conflicts] == [shared] and "both" in report.conflicts[0][1]
    assert contents(team)[shared].tags == ["adjudicated"]


def test_merge_refuses_to_write_into_an_input_and_opens_inputs_read_only(tmp_path):
    a = tmp_path / "a.json"
    coder_db(a, "ana", [(0, 12, "actor")])
    before = a.read_bytes()
    with pytest.raises(MergeError, match="team database"):
        merge_files(str(a), [str(tmp_path / "." / "a.json")])
    with pytest.raises(MergeError, match="twice"):
        merge_files(str(tmp_path / "team.json"), [str(a), str(a)])
    with AnnotationStore(a):  # a coder has it open: merging still reads it
        merge_files(str(tmp_path / "team.json"), [str(a)])
    assert a.read_bytes() == before and not (tmp_path / "a.json.lock").exists()


def test_inputs_sharing_an_author_are_noted(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    coder_db(a, "me", [(0, 12, "actor")])
    coder_db(b, "me", [(18, 36, "claim")])
    report = merge_files(str(tmp_path / "team.json"), [str(a), str(b)])
    assert any("'me'" in note for note in report.notes)


def test_a_malformed_or_unsafe_annotation_in_an_input_stops_the_merge_before_anything_is_written(tmp_path):
    import json

    a, team = tmp_path / "a.json", tmp_path / "team.json"
    coder_db(a, "ana", [(0, 12, "actor"), (18, 36, "claim")])
    data = json.loads(a.read_text())
    first = next(iter(data["annotations"].values()))
    first["tags"] = ["bad\x1b]52;c;tag"]
    a.write_text(json.dumps(data))
    with pytest.raises(MergeError, match="U\\+001B.*nothing was merged"):
        merge_files(str(team), [str(a)])
    with AnnotationStore(team, read_only=True) as store:
        assert store.annotations() == [] and store.documents() == []


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from annotations.review.merge import merge  # noqa: E402

spans = st.lists(st.tuples(st.integers(0, 50), st.integers(1, 12), st.sampled_from(["a", "b", "c"])), max_size=6)


@settings(max_examples=40, deadline=None)
@given(st.lists(spans, min_size=1, max_size=3), st.lists(st.tuples(st.integers(0, 2), st.integers(0, 5), st.sampled_from(["x", "y"])), max_size=6), spans)
def test_merging_is_idempotent_and_later_work_arrives_whole(first, edits, more):
    coders = []
    for k, coded in enumerate(first):
        store = AnnotationStore(None)
        for s, n, tag in coded:
            store.new_annotation(DOC, s, s + n, tags=[tag], author=f"coder{k}")
        coders.append((f"coder{k}.json", store))
    team = AnnotationStore(None)

    def same_as_inputs():
        theirs = {r["id"]: r for _, store in coders for r in store.annotation_records()}
        ours = {r["id"]: r for r in team.annotation_records()}
        assert ours == theirs

    report = merge(team, coders)
    assert report.conflicts == [] and report.added == sum(len(c) for c in first)
    same_as_inputs()
    again = merge(team, coders)
    assert (again.added, again.updated, again.conflicts) == (0, 0, [])
    # the coders go on: edits of their own annotations, new ones
    for which, index, tag in edits:
        if which < len(coders):
            store = coders[which][1]
            anns = store.annotations()
            if anns:
                ann = anns[index % len(anns)]
                store.update(dataclasses.replace(ann, tags=[*ann.tags, tag]))
    for s, n, tag in more:
        coders[0][1].new_annotation(DOC, s, s + n, tags=[tag], author="coder0")
    later = merge(team, coders)
    assert later.conflicts == [] and later.added == len(more)
    same_as_inputs()
