"""Operations on spans, against both storages (memory and file), as the store tests do."""

from __future__ import annotations

import pytest

from annotations import actions
from annotations.core.config import ConfigError, load_config, resolve_author
from annotations.core.documents import make_document
from annotations.store.store import AnnotationStore

TEXT = "The ministry said calls were restricted. Critics disagreed. Mediascope counted 96 million users."


@pytest.fixture(params=["memory", "file"])
def store(request, tmp_path):
    s = AnnotationStore(None if request.param == "memory" else tmp_path / "db.json")
    yield s
    s.close()


@pytest.fixture
def doc():
    return make_document(TEXT, "a.txt")


def test_toggle_tag_creates_reuses_and_removes(store, doc):
    ann, on = actions.toggle_tag(store, doc, 0, 40, "verified", "ada")
    assert on and ann.tags == ["verified"] and ann.quote == TEXT[0:40] and ann.author == "ada"
    ann2, on = actions.toggle_tag(store, doc, 0, 40, "framing:conflict", "ada")
    assert on and ann2.id == ann.id and ann2.tags == ["verified", "framing:conflict"]
    ann3, on = actions.toggle_tag(store, doc, 0, 40, "verified", "ada")
    assert not on and store.get(ann.id).tags == ["framing:conflict"]
    assert len(store.annotations(doc.id)) == 1


def test_comment_set_edit_and_clear(store, doc):
    ann = actions.set_comment(store, doc, 41, 59, "Who are\nthe critics?", "ada")
    assert store.get(ann.id).comment == "Who are\nthe critics?"
    actions.set_comment(store, doc, 41, 59, "Edited.", "ada")
    assert store.get(ann.id).comment == "Edited."
    assert actions.set_comment(store, doc, 41, 59, "", "ada") is None
    assert store.get(ann.id) is None  # nothing else on it: gone
    tagged, _ = actions.toggle_tag(store, doc, 0, 3, "x", "ada")
    actions.set_comment(store, doc, 0, 3, "note", "ada")
    actions.set_comment(store, doc, 0, 3, "", "ada")
    assert store.get(tagged.id).tags == ["x"] and store.get(tagged.id).comment == ""


def test_accept_and_reject_suggestions(store, doc):
    start = TEXT.index("Mediascope")
    rejected = actions.reject_suggestion(store, doc, start, start + 10, "PERSON", "ada", "builtin 0.1.0")
    assert rejected.status == "rejected" and rejected.generator == {"name": "presslens-builtin", "version": "0.1.0"}
    assert actions.rejected_spans(store.annotations(doc.id)) == {(start, start + 10, "PERSON")}
    accepted = actions.accept_suggestion(store, doc, start, start + 10, "PERSON", "ada")
    assert accepted.status == "human" and accepted.label == "PERSON" and accepted.author == "ada"
    assert actions.rejected_spans(store.annotations(doc.id)) == set()
    # accept + un-reject is one user action: one undo brings the rejection back
    store.undo()
    assert [a.status for a in store.annotations(doc.id)] == ["rejected"]


def test_link_across_documents_is_one_undo_step(store, doc):
    other = make_document("Officials said calls were restricted for fraud.", "b.txt")
    src, dst = actions.link_spans(store, (doc, 0, 40), (other, 0, 47), "same-claim", "ada")
    assert [(l.target, l.relation, l.target_doc) for l in src.links] == [(dst.id, "same-claim", other.id)]
    assert store.links_to(dst.id)[0].id == src.id
    assert store.undo() is not None
    assert store.annotations() == []  # both annotations and the link went in one step
    store.redo()
    assert len(store.annotations()) == 2
    with pytest.raises(ValueError):
        actions.link_spans(store, (doc, 0, 40), (doc, 0, 40), "supports", "ada")


def test_annotations_at_innermost_first(store, doc):
    outer, _ = actions.toggle_tag(store, doc, 0, 40, "a", "ada")
    inner, _ = actions.toggle_tag(store, doc, 4, 12, "b", "ada")
    assert [a.id for a in actions.annotations_at(store, doc.id, 5)] == [inner.id, outer.id]
    assert [a.id for a in actions.annotations_at(store, doc.id, 20)] == [outer.id]


def test_actions_change_only_the_acting_authors_annotations(store, doc):
    """After a merge, Bo's annotation is shown to Ada but is Bo's: Ada's actions give her her own."""
    bos, _ = actions.toggle_tag(store, doc, 0, 40, "bo-tag", "bo")
    bos = store.get(bos.id)
    assert actions.covering(store.annotations(doc.id), 5) == [bos]  # anyone's, to show
    assert actions.covering(store.annotations(doc.id), 5, "ada", own=True) == []  # only Ada's, to change
    assert actions.annotation_on(store, doc.id, 0, 40, "ada") is None
    assert actions.read_only_reason(bos, "ada") == "bo's annotation: read-only"
    assert actions.read_only_reason(bos, "bo") is None

    adas, on = actions.toggle_tag(store, doc, 0, 40, "bo-tag", "ada")  # the same tag: Ada's own, not a removal
    assert on and adas.id != bos.id and adas.author == "ada" and adas.tags == ["bo-tag"]
    commented = actions.set_comment(store, doc, 0, 40, "mine", "ada")
    assert commented.id == adas.id
    accepted = actions.accept_suggestion(store, doc, 0, 40, "ORG", "ada")
    assert accepted.id == adas.id
    src, _ = actions.link_spans(store, (doc, 0, 40), (doc, 41, 59), "supports", "ada")
    assert src.id == adas.id
    with pytest.raises(ValueError, match="bo's annotation: read-only"):
        actions.delete_annotation(store, bos.id, "ada")
    assert store.get(bos.id) == bos  # unchanged: no tag, comment, label or link of Ada's on it
    assert [a.id for a in actions.covering(store.annotations(doc.id), 5, "ada", own=True)] == [adas.id]
    actions.delete_annotation(store, adas.id, "ada")
    assert store.get(adas.id) is None and store.get(bos.id) == bos


def test_transaction_survives_reopen_with_undo(tmp_path, doc):
    path = tmp_path / "db.json"
    with AnnotationStore(path) as store:
        with store.transaction("two tags"):
            actions.toggle_tag(store, doc, 0, 3, "x", "ada")
            actions.toggle_tag(store, doc, 4, 12, "y", "ada")
    with AnnotationStore(path) as store:
        assert len(store.annotations()) == 2
        assert store.undo() == "two tags"
        assert store.annotations() == []


def test_author_resolution_and_config(tmp_path, monkeypatch):
    cfg = tmp_path / "config.toml"
    cfg.write_text('author = "Ada"\n[keymap]\ntoggle-sync = "y"\n')
    config = load_config(cfg)
    assert config.author == "Ada" and config.keymap == {"toggle-sync": "y"}
    assert resolve_author("Bo", config) == "Bo"
    assert resolve_author(None, config) == "Ada"
    monkeypatch.setenv("USER", "login-name")
    monkeypatch.setenv("LOGNAME", "login-name")
    assert resolve_author(None, load_config(tmp_path / "missing.toml")) == "login-name"
    cfg.write_text("author = [")
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    assert str(info.value).startswith(str(cfg))


def test_unreject_takes_back_only_a_rejection_and_only_ones_own(store, doc):
    rejected = actions.reject_suggestion(store, doc, 41, 48, "ORG", "ada", "builtin 1")
    human = actions.toggle_tag(store, doc, 0, 12, "verified", "ada")[0]
    with pytest.raises(ValueError):
        actions.unreject_suggestion(store, rejected.id, "bob")
    with pytest.raises(ValueError):
        actions.unreject_suggestion(store, human.id, "ada")
    actions.unreject_suggestion(store, rejected.id, "ada")
    assert [a.id for a in store.annotations(doc.id)] == [human.id]


def test_undo_and_redo_name_suggestion_decisions_in_the_readers_words(store, doc):
    """Undoing a rejection says what the person did ("reject Place “…”"), not how it is stored."""
    start = TEXT.index("Mediascope")
    actions.reject_suggestion(store, doc, start, start + 10, "ORG", "ada", "builtin 1")
    assert store.undo() == "reject Organisation “Mediascope”"
    assert store.redo() == "reject Organisation “Mediascope”"
    rejected = store.annotations(doc.id)[0]
    actions.unreject_suggestion(store, rejected.id, "ada")
    assert store.undo() == "take back the rejection of Organisation “Mediascope”"
    store.redo()
    actions.accept_suggestion(store, doc, start, start + 10, "ORG", "ada")
    assert store.undo() == "accept Organisation “Mediascope”"
    claim = TEXT.index("The ministry")
    actions.reject_suggestion(store, doc, claim, claim + 40, "reported", "ada", "builtin 1")
    assert store.undo() == "reject Reported speech “The ministry said calls were restricted.”"
