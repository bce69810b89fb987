"""Adjudication into a gold layer: a coder's version, or everything all coders agree on."""

from __future__ import annotations

import pytest

from annotations.core.documents import doc_id
from annotations.core.model import Document
from annotations.review.adjudicate import AdjudicationError, accept_agreed, accept_version
from annotations.store.store import AnnotationStore

TEXT = "The minister said the ban would stay. Critics said it would not. Nobody else spoke.\n"
DOC = Document(doc_id(TEXT), "article.txt", TEXT)


@pytest.fixture
def store():
    s = AnnotationStore(None)
    s.add_document(DOC)
    for author in ("ana", "ben"):
        s.new_annotation(DOC, 0, 12, tags=["actor"], author=author)  # agreed
        s.new_annotation(DOC, 38, 45, tags=["critic"], author=author)  # agreed
    s.new_annotation(DOC, 13, 17, tags=["cue"], author="ana")  # only ana
    s.new_annotation(DOC, 18, 36, tags=["claim"], author="ana")  # disagreed
    s.new_annotation(DOC, 18, 36, tags=["quote"], author="ben")
    return s


def gold(store):
    return sorted((a.start, a.end, tuple(a.tags)) for a in store.annotations() if a.author == "gold")


def test_accept_agreed_takes_exactly_the_units_all_coders_coded_alike_in_one_undo_step(store):
    coders_before = [a.to_dict() for a in store.annotations() if a.author != "gold"]
    report = accept_agreed(store)
    assert (report.coders, report.added) == (["ana", "ben"], 2)
    assert gold(store) == [(0, 12, ("actor",)), (38, 45, ("critic",))]
    assert [a.to_dict() for a in store.annotations() if a.author != "gold"] == coders_before
    again = accept_agreed(store)
    assert (again.added, again.already) == (0, 2)
    store.undo()
    assert gold(store) == []


def test_accept_agreed_leaves_a_span_gold_already_has_alone(store):
    store.new_annotation(DOC, 0, 12, tags=["official"], author="gold")
    report = accept_agreed(store)
    assert report.kept == [(DOC.id, 0, 12)] and report.added == 1
    assert gold(store) == [(0, 12, ("official",)), (38, 45, ("critic",))]


def test_accept_a_coders_version_of_a_disagreement(store):
    bens = next(a for a in store.annotations() if a.author == "ben" and a.tags == ["quote"])
    ann, replaced = accept_version(store, bens.id)
    assert (ann.author, ann.tags, replaced) == ("gold", ["quote"], None)
    anas = next(a for a in store.annotations() if a.author == "ana" and a.tags == ["claim"])
    ann, replaced = accept_version(store, anas.id)
    assert replaced.tags == ["quote"] and gold(store) == [(18, 36, ("claim",))]
    with pytest.raises(AdjudicationError, match="already gold's"):
        accept_version(store, ann.id)


def test_accept_agreed_needs_two_coders(store):
    with pytest.raises(AdjudicationError, match="at least two"):
        accept_agreed(store, coders=["ana"])


def test_disagreements_list_each_unit_not_coded_alike_with_every_coders_value_and_ids(store):
    from annotations.review.adjudicate import disagreements

    found = disagreements(store)
    assert [(d.start, d.end) for d in found] == [(13, 17), (18, 36)]
    cue, claim = found
    assert cue.values["ben"] == (None, []) and cue.values["ana"][0] == "cue"
    assert {c: v for c, (v, _) in claim.values.items()} == {"ana": "claim", "ben": "quote"}
    assert claim.quote == TEXT[18:36] and claim.gold is None
    accept_version(store, claim.values["ben"][1][0])
    assert disagreements(store)[1].gold == "quote"


OTHER_TEXT = "A second article. The mayor spoke.\n"
OTHER = Document(doc_id(OTHER_TEXT), "other.txt", OTHER_TEXT)


def test_one_documents_scope_for_the_reader(store):
    """The reader adjudicates one article: its coders, its disagreements, its agreed spans only."""
    from annotations.review.adjudicate import coder_counts, coders_of, disagreements

    store.add_document(OTHER)
    for author in ("ana", "cy"):
        store.new_annotation(OTHER, 18, 27, tags=["actor"], author=author)  # agreed, in the other article
    assert coders_of(store, DOC.id) == ["ana", "ben"] and coders_of(store, OTHER.id) == ["ana", "cy"]
    found = disagreements(store, doc_id=DOC.id, coders=["ana", "ben"])
    assert [(d.start, d.end) for d in found] == [(13, 17), (18, 36)]
    report = accept_agreed(store, coders=["ana", "ben"], doc_id=DOC.id)
    assert report.added == 2 and gold(store) == [(0, 12, ("actor",)), (38, 45, ("critic",))]  # not the other article's
    assert coders_of(store, DOC.id) == ["ana", "ben"]  # gold is no coder
    assert coder_counts(store.annotations(DOC.id)) == {"ana": 4, "ben": 3, "gold": 2}
