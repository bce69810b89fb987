"""The learned rescorer of the built-in engine's entities (``annotations/nlp/rescore.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.core.model import Entity
from annotations.nlp import rescore
from annotations.nlp.extract import BuiltinEngine

ENGINE = BuiltinEngine()
SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))


def spans(entities):
    return [(e.start, e.end, e.label) for e in entities]


@pytest.mark.parametrize("path", SEEDS[:4], ids=lambda p: p.name)
def test_the_rescorer_only_drops_or_relabels_in_order(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    proposed = ENGINE.proposed(text)
    final = ENGINE.entities(text)
    ends = [(e.start, e.end) for e in proposed]
    assert [(e.start, e.end) for e in final] == [x for x in ends if x in {(f.start, f.end) for f in final}]
    assert all(text[e.start : e.end] == e.text for e in final)
    assert len(final) <= len(proposed)


def test_decide_keeps_the_rules_label_unless_another_class_wins_by_the_margin() -> None:
    # (classes GPE, NONE, ORG; a feature's weights in that order)
    assert rescore.MARGIN == 2.0
    table = {"ORG": (("GPE", "NONE", "ORG"), {"t=avon": (4.0, 0.0, 0.0), "t=acme": (2.5, 0.0, 0.0), "b": (0.0, 0.5, 1.0)})}
    assert rescore.decide(["b", "t=avon"], "ORG", table) == "GPE"  # 4.0 against 1.0
    assert rescore.decide(["b", "t=acme"], "ORG", table) == "ORG"  # 2.5 against 1.0: not by the margin
    assert rescore.decide(["b"], "ORG", table) == "ORG"  # NONE 0.5 against 1.0
    assert rescore.decide(["b"], "PERSON", table) == "PERSON"  # no weights for the label: as it was
    assert rescore.decide(["unseen"], "ORG", table) == "ORG"
    tie = {"ORG": (("GPE", "ORG"), {"b": (1.0, 1.0)})}
    assert rescore.decide(["b"], "ORG", tie) == "ORG"  # a tie keeps the rules' label


def test_features_read_the_span_not_its_neighbours() -> None:
    text = "Then Acme Corp's office in Ohio said so."
    feats = rescore.features(text, 5, 14, 2)
    assert {"t=acme corp", "h=corp", "f=acme", "poss=1", "cnt=2", "si=0", "sh=Xxx Xxx", "w=acme", "w=corp"} <= set(feats)
    assert not any("then" in f or "office" in f for f in feats)
    assert "si=1" in rescore.features("He left. Acme said so.", 9, 13, 1)


def test_without_its_data_file_the_rescorer_changes_nothing(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(rescore, "WEIGHTS", tmp_path / "missing.tsv")
    rescore.weights.cache_clear()
    try:
        ents = [Entity(0, 8, "Liberals", "NORP")]
        assert rescore.rescore("Liberals said so.", ents) == ents
    finally:
        rescore.weights.cache_clear()


ARTICLE = """The Liberals said on Monday that they would back the bill when it reaches the Senate next month, ending weeks of \
doubt about the government's plan for a national climate authority.

Prime Minister Anthony Albanese told reporters in Canberra that the agreement showed parliament could still work. "This \
is a good day for Australians," he said.

Indigenous leaders welcomed the deal but said it did not go far enough. Support for the plan stood at 48 percent in the \
latest Newspoll, up from two-thirds of that a year ago, the poll showed.

Opposition leader Peter Dutton said his party had won changes to the bill, including a review after three years. The \
Greens said they would move amendments in the Senate on Tuesday.

One analyst at the Australian National University said the vote would be close.
"""


def test_the_shipped_model_follows_the_gold_where_the_rules_do_not() -> None:
    # (what the gold of the dev rounds does: a party's members named in the plural are the party, a capitalised
    # adjective alone and a fraction are no entities)
    proposed = {(e.text, e.label) for e in ENGINE.proposed(ARTICLE)}
    assert {("Liberals", "NORP"), ("Indigenous", "NORP"), ("two-thirds", "CARDINAL")} <= proposed
    final = {(e.text, e.label) for e in ENGINE.entities(ARTICLE)}
    assert ("Liberals", "ORG") in final
    assert not any(t in ("Indigenous", "two-thirds") for t, _ in final)
    assert {("Anthony Albanese", "PERSON"), ("Canberra", "GPE"), ("Peter Dutton", "PERSON"), ("Monday", "DATE")} <= final
    longer = {(e.text, e.label) for e in ENGINE.proposed(ARTICLE) if not rescore.short(e.text)}
    assert longer and longer <= final  # (three words or more: never looked at)


def test_a_sentence_or_two_keep_the_rules_call() -> None:
    text = "The Liberals said on Monday that Indigenous leaders back the plan."
    assert len(text.split()) < rescore.SHORTEST
    assert spans(ENGINE.entities(text)) == spans(ENGINE.proposed(text))


def test_only_spans_of_a_word_or_two_are_looked_at() -> None:
    assert rescore.short("Liberals") and rescore.short("Meta Platforms")
    assert not rescore.short("Australian National University")
