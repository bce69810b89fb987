"""The compare tables (issue 13): sources, figures, entities shared or not, the payload and rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotations.core.documents import load_paths, make_document
from annotations.nlp.extract import BuiltinEngine
from annotations.nlp.pipeline import analyse_set
from annotations.review.compare import (
    COMPARE_TABLES,
    SOURCE_KINDS,
    compare_payload,
    compare_rows,
    compare_tables,
    figure_table,
    format_compare,
    shared_entities,
    source_kind,
    source_table,
)

GOLD = Path(__file__).resolve().parents[2] / "gold_real"

ONE = (
    "Russia restricted WhatsApp calls on Wednesday, the communications regulator Roskomnadzor said.\n\n"
    "The clampdown affects some 96 million monthly WhatsApp users, according to data firm Mediascope."
)
TWO = (
    "The watchdog said it had partially restricted calls on WhatsApp and Telegram.\n\n"
    "\"WhatsApp defies government attempts to block it from over 100 million Russian people,\" "
    "the company said in a statement.\n\n"
    "RKN said the measures were needed to fight fraud."
)


@pytest.fixture
def two_articles():
    docs = [make_document(ONE, "one.txt"), make_document(TWO, "two.txt")]
    return docs, analyse_set(docs, BuiltinEngine())


def test_sources_group_one_speaker_across_articles_with_a_kind(two_articles):
    docs, result = two_articles
    rows = source_table(docs, [result.get(d.id) for d in docs])
    rkn = next(r for r in rows if r.name == "Roskomnadzor")
    assert rkn.counts[0] >= 1 and rkn.counts[1] >= 2  # "the watchdog", "RKN"
    assert rkn.kind == "government" and rkn.only_in is None
    assert {"watchdog", "RKN"} <= set(rkn.variants)
    mediascope = next(r for r in rows if r.name == "Mediascope")
    assert mediascope.only_in == 0
    assert all(r.kind in SOURCE_KINDS for r in rows)


@pytest.mark.parametrize(
    ("name", "label", "before", "kind"),
    [
        ("Interfax", "ORG", ["the", "news", "agency"], "media"),
        ("Dale Grant", "PERSON", ["USGS", "analyst"], "expert"),
        ("digital development ministry", "", [], "government"),
        ("Russia", "GPE", [], "government"),
        ("Meta Platforms Inc", "ORG", [], "company"),
        ("Witnesses", "", [], "citizen"),
        ("sources", "", [], "unnamed"),
        ("Anton Gorelkin", "PERSON", [], "other"),
    ],
)
def test_source_kinds_are_rules_as_data(name, label, before, kind):
    assert source_kind(name, label, before) == kind


def test_figures_by_thing_with_differences_flagged():
    a = make_document("The quake struck 15 kilometres from the capital and killed 20 people.", "a.txt")
    b = make_document("The quake struck about 10 kilometers from the capital and killed 20 people.", "b.txt")
    result = analyse_set([a, b], BuiltinEngine())
    rows = {r.thing: r for r in figure_table([a, b], [result.get(a.id), result.get(b.id)])}
    km = next(r for t, r in rows.items() if t.startswith("kilomet"))
    assert km.differs and [[f.text for f in per] for per in km.figures] == [["15"], ["10"]]
    assert not rows["people"].differs


def test_entities_shared_by_all_or_only_one(two_articles):
    docs, result = two_articles
    tables = compare_tables(docs, result)
    shared, single = shared_entities(tables.entities)
    assert "WhatsApp" in {r.text for r in shared}
    assert "Mediascope" in {r.text for r in single}


def test_payload_is_the_contract_and_offsets_index_text(two_articles):
    docs, result = two_articles
    payload = compare_payload(compare_tables(docs, result))
    assert list(payload) == ["engine", "documents", "pairs", "unique", "sources", "figures", "entities"]
    texts = {d["path"]: d["text"] for d in payload["documents"]}
    assert all(set(d) == {"path", "id", "title", "text"} for d in payload["documents"])
    for pair in payload["pairs"]:
        assert set(pair) == {"a", "b", "score", "relation"}
        for side in (pair["a"], pair["b"]):
            assert set(side) == {"path", "start", "end", "text"}
            assert texts[side["path"]][side["start"] : side["end"]] == side["text"]
    for ref in payload["unique"]:
        assert texts[ref["path"]][ref["start"] : ref["end"]] == ref["text"]
    json.dumps(payload)  # serialisable as it is
    # every claim of every article has its best counterpart in the other (or none that shares a word)
    claims = sum(len(result.get(d.id).claims) for d in docs)
    assert len(payload["pairs"]) <= claims


def test_rows_of_every_section_and_the_plain_table(two_articles):
    docs, result = two_articles
    tables = compare_tables(docs, result)
    for section in COMPARE_TABLES:
        header, rows = compare_rows(tables, section)
        assert header and all(len(r) == len(header) for r in rows)
    with pytest.raises(ValueError):
        compare_rows(tables, "nope")
    text = format_compare(tables)
    assert "[1] one.txt" in text and "sources (" in text


def test_dev_gold_source_grouping_floor():
    """Two gold mentions of one speaker (tests/gold_real/align/dev/sources.txt merges variants) end in
    one source row: 40/47 = 0.85 on the events it was built on; 51/64 = 0.80 with the third dev
    round added (unseen when the grouping rules were written; bench/compare.py); dev only."""
    canon = {}
    for line in (GOLD / "align" / "dev" / "sources.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names = [n.strip() for n in line.split("|")]
            canon.update({n: names[0] for n in names})
    asked = right = 0
    for path in sorted((GOLD / "align" / "dev").glob("*.json")):
        stems = json.loads(path.read_text(encoding="utf-8"))["documents"]
        records = [json.loads((GOLD / "dev" / f"{s}.json").read_text(encoding="utf-8")) for s in stems]
        docs = [make_document(r["text"], f"{s}.txt", parse_leading_metadata=False) for s, r in zip(stems, records)]
        result = analyse_set(docs, BuiltinEngine())
        rows = source_table(docs, [result.get(d.id) for d in docs])
        mentions = []
        for d, record in enumerate(records):
            for gc in record["claims"]:
                src = gc.get("refers_to") or gc.get("speaker")
                if not src or (not gc.get("refers_to") and src["text"].casefold() in {"he", "she", "it", "they", "we", "i"}):
                    continue
                row = next((k for k, r in enumerate(rows) for s, e in r.claims[d] if s < gc["end"] and gc["start"] < e), None)
                key = " ".join(src["text"].split()).casefold()
                mentions.append((canon.get(key, key), row))
        for i, (k1, r1) in enumerate(mentions):
            for k2, r2 in mentions[i + 1 :]:
                if k1 == k2:
                    asked += 1
                    right += r1 is not None and r1 == r2
    assert asked >= 60 and right / asked >= 0.75


def test_unique_claims_follow_the_one_counterpart_rule_the_reader_marks():
    """The compare table's unique claims and the reader's ★ are the same claims (ClaimPair.counterpart)."""
    from annotations.review.compare import compare_tables
    from annotations.review.counterparts import counterparts
    from tests.conftest import SEEDS

    docs = load_paths([str(SEEDS)]).documents
    result = analyse_set(docs, BuiltinEngine())
    tables = compare_tables(docs, result)
    found = counterparts(result.pairs, set(), len(docs))
    reader = {(d.id, c.start, c.end) for d in docs for c in found.unique(d.id, result.get(d.id).claims)}
    assert {(u.doc_id, u.start, u.end) for u in tables.unique} == reader
    assert reader  # the seeds have claims only one outlet makes
