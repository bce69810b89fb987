"""The builtin engine, the engine interface, spaCy fallback and cross-document consistency."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotations.nlp.analyze import analysis_payload, format_table, score_document, sum_scores
from annotations.core.documents import make_document
from annotations.nlp.extract import (
    ENGINES,
    BuiltinEngine,
    Engine,
    EngineUnavailable,
    SpacyEngine,
    get_engine,
)
from annotations.nlp.pipeline import analyse_set
from annotations.core.model import ENTITY_LABELS, Analysis

HERE = Path(__file__).resolve().parent
SEEDS = sorted((HERE.parents[2] / "seeds").glob("*.txt"))
DEV_GOLD = sorted((HERE / "dev_gold").glob("*.json"))


@pytest.fixture(scope="module")
def engine() -> BuiltinEngine:
    return BuiltinEngine()


def ents(engine: BuiltinEngine, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in engine.entities(text)}


@pytest.fixture(scope="module")
def seed_analyses(engine: BuiltinEngine) -> list[tuple[object, Analysis]]:
    docs = [make_document(p.read_text(encoding="utf-8"), str(p)) for p in SEEDS]
    return list(zip(docs, analyse_set(docs, engine).analyses))


def test_engine_interface(engine: BuiltinEngine) -> None:
    assert isinstance(engine, Engine)
    assert engine.label == f"builtin {engine.version}"
    assert ENGINES == ("builtin", "spacy")
    assert isinstance(get_engine("builtin"), BuiltinEngine)
    with pytest.raises(ValueError):
        get_engine("nope")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calls had barely worked since Aug. 11 and then stopped.", ("Aug. 11", "DATE")),
        ("The clampdown affects some 96 million monthly users.", ("some 96 million", "CARDINAL")),
        ("It reached 96 million users.", ("96 million", "CARDINAL")),
        ("President Vladimir Putin has ordered it.", ("Vladimir Putin", "PERSON")),
        ("WhatsApp owner Meta Platforms did not respond.", ("Meta Platforms", "ORG")),
        ("It escalated after the February 2022 invasion.", ("February 2022", "DATE")),
        ("They spoke to the Ministry of Digital Development on Monday.", ("Ministry of Digital Development", "ORG")),
        ("The Interfax news agency reported it.", ("Interfax", "ORG")),
        ("It cited data firm Mediascope.", ("Mediascope", "ORG")),
        ("Inflation hit 12% in March.", ("12%", "PERCENT")),
        ("Inflation hit 3.5 per cent in March.", ("3.5 per cent", "PERCENT")),
        ("The deal was worth $4.2 billion.", ("$4.2 billion", "MONEY")),
        ("It was fined 5 billion roubles.", ("5 billion roubles", "MONEY")),
        ("Troops advanced 40 kilometres.", ("40 kilometres", "QUANTITY")),
        ("Prices have doubled over the past decade.", ("the past decade", "DATE")),
        ("He met two envoys last year.", ("last year", "DATE")),
        ("He met two envoys last year.", ("two", "CARDINAL")),
        ("The dispute has lasted several years.", ("several years", "DATE")),
        ("Officials in Europe and the Middle East agreed.", ("Middle East", "LOC")),
        ("Russian officials and Europeans disagree.", ("Europeans", "NORP")),
        ("Russian officials and Europeans disagree.", ("Russian", "NORP")),
        ("Trade with the U.S. fell.", ("U.S.", "GPE")),
        ("Mr. Smith declined to comment.", ("Smith", "PERSON")),
        ("The Interior Ministry said so.", ("Interior Ministry", "ORG")),
        ("Support for the Alternative for Germany rose.", ("Alternative for Germany", "ORG")),
        ("Shares in Acme Holdings Inc. fell.", ("Acme Holdings Inc.", "ORG")),
        ("He spoke to J. K. Rowling on Tuesday.", ("J. K. Rowling", "PERSON")),
        ("Over 100 million people use it.", ("Over 100 million", "CARDINAL")),
    ],
)
def test_entities(engine: BuiltinEngine, text: str, expected: tuple[str, str]) -> None:
    assert expected in ents(engine, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("President Vladimir Putin has ordered it.", "President Vladimir Putin"),
        ("Critics argue the rules are harsh.", "Critics"),
        ("Analysts warn of more curbs.", "Analysts"),
        ("Both platforms rejected the accusations.", "Both"),
        ("Moscow's February 2022 invasion of Ukraine", "Moscow's"),
        ("The app is end-to-end encrypted.", "end"),
        ("It was the first time.", "first"),
        ("The meeting started at 10 a.m. sharp.", "10"),
    ],
)
def test_non_entities(engine: BuiltinEngine, text: str, absent: str) -> None:
    assert absent not in {t for t, _ in ents(engine, text)}


def test_propagation_surname_and_acronym(engine: BuiltinEngine) -> None:
    text = (
        "The deal was approved, said Anton Gorelkin, a lawmaker. Gorelkin last month said more was needed. "
        "The National Disaster Management Authority (NDMA) warned of floods. NDMA officials left."
    )
    found = ents(engine, text)
    assert ("Gorelkin", "PERSON") in found
    assert ("NDMA", "ORG") in found


def test_entity_offsets_index_text(seed_analyses) -> None:
    for doc, analysis in seed_analyses:
        for e in analysis.entities:
            assert doc.text[e.start : e.end] == e.text
            assert e.label in ENTITY_LABELS
        starts = [e.start for e in analysis.entities]
        assert starts == sorted(starts)


def test_seed_entities(seed_analyses) -> None:
    found = {(e.text, e.label) for _, a in seed_analyses for e in a.entities}
    for expected in [
        ("Vladimir Putin", "PERSON"),
        ("Anton Gorelkin", "PERSON"),
        ("Gorelkin", "PERSON"),
        ("Meta Platforms", "ORG"),
        ("Aug. 11", "DATE"),
        ("some 96 million", "CARDINAL"),
        ("89 million", "CARDINAL"),
        ("February 2022", "DATE"),
        ("Roskomnadzor", "ORG"),
        ("Interfax", "ORG"),
        ("Mediascope", "ORG"),
        ("Russia", "GPE"),
    ]:
        assert expected in found


def test_cross_document_consistency(engine: BuiltinEngine) -> None:
    docs = [
        make_document("Officials from Zorvex Labs met regulators. Zorvex said nothing.", "a.txt"),
        make_document("The company Zorvex filed a complaint on Monday.", "b.txt"),
        make_document("A Zorvex spokesman declined to comment.", "c.txt"),
    ]
    out = analyse_set(docs, engine).analyses
    labels = {e.label for a in out for e in a.entities if e.text == "Zorvex"}
    assert labels == {"ORG"}
    # the mention in c.txt, missed on its own, is labelled from the others
    assert any(e.text == "Zorvex" for e in out[2].entities)


def test_majority_vote_across_documents(engine: BuiltinEngine) -> None:
    from annotations.nlp.pipeline import harmonize_entities
    from annotations.core.model import Entity

    texts = ["Acme rose.", "Acme fell.", "Acme won."]
    lists = [[Entity(0, 4, "Acme", "ORG")], [Entity(0, 4, "Acme", "ORG")], [Entity(0, 4, "Acme", "PERSON")]]
    fixed = harmonize_entities(texts, lists)
    assert [e.label for es in fixed for e in es] == ["ORG", "ORG", "ORG"]
    tie = harmonize_entities(texts[:2], [[Entity(0, 4, "Acme", "PERSON")], [Entity(0, 4, "Acme", "ORG")]])
    assert {e.label for es in tie for e in es} == {"ORG"}


def test_spacy_engine_unavailable_is_one_line(without_spacy) -> None:
    with pytest.raises(EngineUnavailable) as info:
        get_engine("spacy")
    message = str(info.value)
    assert "\n" not in message
    assert "pip install 'presslens[spacy]'" in message
    with pytest.raises(EngineUnavailable):
        SpacyEngine()


def test_payload_and_table(seed_analyses, engine: BuiltinEngine) -> None:
    docs = [d for d, _ in seed_analyses]
    analyses = [a for _, a in seed_analyses]
    payload = analysis_payload(docs, analyses, engine)
    json.dumps(payload)
    assert payload["engine"] == engine.label
    doc = payload["documents"][0]
    assert set(doc) == {"id", "path", "title", "date", "text", "entities", "claims"}
    assert doc["date"] == "2025-08-13"
    for e in doc["entities"]:
        assert set(e) == {"start", "end", "text", "label"}
        assert doc["text"][e["start"] : e["end"]] == e["text"]
    for c in doc["claims"]:
        assert set(c) == {"start", "end", "text", "kind", "speaker", "cue"}
        if c["speaker"]:
            assert doc["text"][c["speaker"]["start"] : c["speaker"]["end"]] == c["speaker"]["text"]
    table = format_table(docs, analyses)
    assert "Person" in table and "Vladimir Putin" in table and "[Quote" in table  # the names people read (issue 11)


def test_dev_gold_scores(engine: BuiltinEngine) -> None:
    """Tuning set (tests/unit/nlp/dev_gold): entity F1 and speaker recall."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in DEV_GOLD]
    assert golds
    docs = [make_document(g["text"], f"dev{i}", parse_leading_metadata=False) for i, g in enumerate(golds)]
    analyses = analyse_set(docs, engine).analyses
    total = sum_scores(score_document(g, a.entities, a.claims) for g, a in zip(golds, analyses))
    print(f"dev gold: P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f} "
          f"speaker recall={total.speaker_recall:.3f}")
    assert total.f1 >= 0.95
    assert total.speaker_recall >= 0.95


def test_engines_are_defined_once_in_the_registry() -> None:
    """The CLI's --engine choices, get_engine and the unknown-engine message all read one registry."""
    from annotations.nlp.engines import REGISTRY
    from tui.cli import analyze_command

    assert ENGINES == tuple(REGISTRY)
    option = next(p for p in analyze_command.params if p.name == "engine")
    assert list(option.type.choices) == list(REGISTRY)
    with pytest.raises(ValueError) as info:
        get_engine("nope")
    for spec in REGISTRY.values():
        assert spec.name in str(info.value) and spec.description in str(info.value)
        assert spec.description in option.help
    readme = (HERE.parents[2] / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in REGISTRY), "README names every engine"
