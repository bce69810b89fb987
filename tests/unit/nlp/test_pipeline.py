"""The analysis of a set of articles is one result: computed once, cached by set and engine, read by everyone."""

from __future__ import annotations

import sys

import pytest

import annotations.nlp.claims as claims_module
from annotations.core.documents import make_document
from annotations.core.model import SetAnalysis
from annotations.nlp.extract import BuiltinEngine
from annotations.nlp.pipeline import PIPELINE_VERSION, analyse_set, harmonize_entities
from annotations.store.store import AnnotationStore

class CountingEngine:
    """The builtin engine, counting every extraction it is asked for."""

    name = "builtin"

    def __init__(self) -> None:
        self.inner = BuiltinEngine()
        self.version = self.inner.version
        self.calls = 0

    @property
    def label(self) -> str:
        return self.inner.label

    def analyze(self, doc):
        self.calls += 1
        return self.inner.analyze(doc)

    def entities(self, text, sentences=None):
        self.calls += 1
        return self.inner.entities(text, sentences)

    def read(self, text, sentences):
        self.calls += 1
        return self.inner.read(text, sentences)


@pytest.fixture
def claim_calls(monkeypatch) -> list[int]:
    """Count calls of the claims function, wherever a module imported it."""
    original = claims_module.extract_claims
    calls: list[int] = []

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    for name, module in list(sys.modules.items()):
        if name.startswith("annotations") and getattr(module, "extract_claims", None) is original:
            monkeypatch.setattr(module, "extract_claims", counting)
    return calls


@pytest.fixture
def docs(harlow_texts):
    return [make_document(text, f"harlow{i}.txt") for i, text in enumerate(harlow_texts)]


def labels(result: SetAnalysis) -> list[tuple[str, int, int, str]]:
    return [(a.doc_id, e.start, e.end, e.label) for a in result.analyses for e in a.entities]


def test_harmonising_relabels_harlow(docs) -> None:
    engine = BuiltinEngine()
    raw = [engine.entities(d.text) for d in docs]
    fixed = analyse_set(docs, engine).analyses
    # read alone, the articles disagree on what "Harlow" is; read together, it gets one label (the majority's)
    assert {e.label for ents in raw for e in ents if e.text == "Harlow"} == {"GPE", "ORG"}
    assert {e.label for a in fixed for e in a.entities if e.text == "Harlow"} == {"GPE"}
    assert fixed == tuple(analyse_set(docs, engine).analyses)  # deterministic


def test_claims_are_extracted_once_per_document_on_first_open(docs, claim_calls) -> None:
    engine = CountingEngine()
    with AnnotationStore(None) as store:
        analyse_set(docs, engine, store)
    assert engine.calls == len(docs)
    assert len(claim_calls) == len(docs)


def test_reopening_the_same_set_does_no_extraction(docs, claim_calls, tmp_path) -> None:
    db = tmp_path / "db.json"
    engine = CountingEngine()
    with AnnotationStore(db) as store:
        first = analyse_set(docs, engine, store)
    engine.calls, claim_calls[:] = 0, []
    with AnnotationStore(db) as store:
        again = analyse_set(docs, engine, store)
        # the set is the sorted ids: another order is the same set, answered in the order asked
        shuffled = analyse_set([docs[2], docs[0], docs[1]], engine, store)
    assert (engine.calls, len(claim_calls)) == (0, 0)
    assert again == first
    assert [a.doc_id for a in shuffled.analyses] == [docs[2].id, docs[0].id, docs[1].id]
    assert shuffled.get(docs[0].id) == first.get(docs[0].id)


def test_a_new_set_of_known_documents_reuses_their_extraction(docs, claim_calls) -> None:
    engine = CountingEngine()
    other = make_document("Harlow is a town in Essex. Its council met on Tuesday.\n", "other.txt")
    with AnnotationStore(None) as store:
        analyse_set(docs[:2], engine, store)
        engine.calls = 0
        result = analyse_set([*docs[:2], other], engine, store)
    assert engine.calls == 1  # only the new document goes through the engine
    assert len(result.analyses) == 3


def test_a_new_pipeline_version_recomputes(docs, monkeypatch) -> None:
    engine = CountingEngine()
    with AnnotationStore(None) as store:
        analyse_set(docs, engine, store)
        monkeypatch.setattr("annotations.nlp.pipeline.PIPELINE_VERSION", PIPELINE_VERSION + "-next")
        result = analyse_set(docs, engine, store)
        assert result.pipeline == PIPELINE_VERSION + "-next"
        assert store.get_set_analysis([d.id for d in docs], engine.label).pipeline == PIPELINE_VERSION + "-next"


def test_the_set_result_is_what_the_store_shows_for_each_document(docs) -> None:
    """Exports read the newest set result containing a document (per engine)."""
    engine = BuiltinEngine()
    with AnnotationStore(None) as store:
        together = analyse_set(docs, engine, store)
        alone = analyse_set(docs[:1], engine, store)
        assert [a for a, _ in store.shown_analyses(docs[0].id)] == [alone.get(docs[0].id)]
        assert [a for a, _ in store.shown_analyses(docs[1].id)] == [together.get(docs[1].id)]
        analyse_set(docs, engine, store)  # shown again: current again, without recomputing
        assert [a for a, _ in store.shown_analyses(docs[0].id)] == [together.get(docs[0].id)]


def test_set_analysis_round_trips_through_a_dict(docs) -> None:
    result = analyse_set(docs, BuiltinEngine())
    assert SetAnalysis.from_dict(result.to_dict()).ordered(result.doc_ids) == result


def test_harmonize_entities_is_the_pipeline_step() -> None:
    from annotations.core.model import Entity

    texts = ["Acme rose.", "Acme fell."]
    fixed = harmonize_entities(texts, [[Entity(0, 4, "Acme", "PERSON")], [Entity(0, 4, "Acme", "ORG")]])
    assert {e.label for es in fixed for e in es} == {"ORG"}


def test_a_lower_case_word_taken_for_a_name_in_one_article_spreads_to_no_other() -> None:
    from annotations.core.model import Entity

    texts = ["Ana Burt, Minister for the Gulf, spoke.", "The vote was held in the capital. The count went on."]
    fixed = harmonize_entities(texts, [[Entity(0, 8, "Ana Burt", "PERSON"), Entity(23, 26, "the", "PERSON")], []])
    assert fixed[1] == [] and [e.text for e in fixed[0]] == ["Ana Burt", "the"]


def test_minister_for_a_place_gives_no_person_and_the_no_name() -> None:
    from annotations.nlp.extract import BuiltinEngine

    found = [(e.text, e.label) for e in BuiltinEngine().entities(
        "Ana Burt, Foreign Office Minister for the Middle East, said it. Jo Bell, Minister for Africa, agreed.")]
    assert ("Ana Burt", "PERSON") in found and not any(t[:1].islower() for t, _ in found)
    assert ("Africa", "PERSON") not in found


def test_a_name_found_in_one_article_is_not_added_inside_a_longer_name_of_another() -> None:
    from annotations.core.model import Entity

    texts = [
        "Ukraine asked for help. The Coast Guard said Sitka was calm.",
        "Aid came from the Ukraine Defence Support Initiative. A crew from Coast Guard Air Station Sitka flew out.\n\n"
        "Ukraine Wins Aid Vote\n\nSitka Port Director Ann Lee and the Coast Guard MH-60 crew agreed.",
    ]
    first = [Entity(0, 7, "Ukraine", "GPE"), Entity(28, 39, "Coast Guard", "ORG"), Entity(45, 50, "Sitka", "GPE")]
    fixed = harmonize_entities(texts, [first, []])
    inside = {e.start for e in fixed[1]}
    assert texts[1].index("Ukraine Defence") not in inside  # a programme's name
    assert texts[1].index("Coast Guard Air") not in inside and texts[1].index("Sitka flew") not in inside  # the air station's
    assert texts[1].index("Ukraine Wins") in inside  # a headline's words are names
    assert texts[1].index("Sitka Port") in inside  # before a post
    assert texts[1].index("Coast Guard MH-60") in inside  # before a model


def test_a_letter_alone_found_as_a_name_spreads_to_no_other_mention() -> None:
    from annotations.core.model import Entity

    texts = ["Seats went to Group A and the Lions.", "I think so. A team of them will win."]
    fixed = harmonize_entities(texts, [[Entity(20, 21, "A", "ORG")], []])
    assert fixed[1] == []


def test_review_of_pipeline_5_6_dates_after_a_name_and_a_one_letter_platform() -> None:
    from annotations.core.model import Entity

    texts = ["Rebels seized Walikale.", "Fighting reached Walikale Monday, residents said.", "Advertisers left X after the posts."]
    fixed = harmonize_entities(texts, [[Entity(14, 22, "Walikale", "GPE")], [], []])
    assert [e.text for e in fixed[1]] == ["Walikale"]
    fixed = harmonize_entities(["Musk's X said it would sue.", texts[2]], [[Entity(7, 8, "X", "ORG")], []])
    assert [(e.text, e.label) for e in fixed[1]] == [("X", "ORG")]


def test_a_plural_noun_taken_for_a_name_in_one_article_spreads_to_no_other() -> None:
    from annotations.core.model import Entity

    # "Sailors" read as a name once stays the sailors elsewhere; a plural name ("Williams") still spreads
    texts = ["Chief of Naval Personnel Sailors helped. Williams spoke.", "Sailors painted the school. Williams agreed."]
    fixed = harmonize_entities(texts, [[Entity(25, 32, "Sailors", "PERSON"), Entity(41, 49, "Williams", "PERSON")], []])
    assert [e.text for e in fixed[1]] == ["Williams"]


def test_a_plural_surname_met_after_a_given_name_still_spreads() -> None:
    from annotations.core.model import Entity

    texts = ["Attorney General Jeff Sessions defended the policy.", "Democrats called on Sessions to resign."]
    fixed = harmonize_entities(texts, [[Entity(17, 30, "Jeff Sessions", "PERSON"), Entity(22, 30, "Sessions", "PERSON")], []])
    assert [(e.text, e.label) for e in fixed[1]] == [("Sessions", "PERSON")]
