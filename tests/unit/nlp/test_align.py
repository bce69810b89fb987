"""Claim alignment (annotations.nlp.align), figures and names: rules, the pipeline step, and the
dev alignment gold as a regression floor (never the held-out part)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotations.core.documents import make_document
from annotations.core.model import Claim, ClaimPair, Entity, SetAnalysis, Span
from annotations.nlp import align as align_module
from annotations.nlp import pipeline
from annotations.nlp.align import SAME_MIN, align
from annotations.review.counterparts import counterparts
from annotations.nlp.analyze import AlignmentScores, score_alignment
from annotations.nlp.extract import BuiltinEngine
from annotations.nlp.figures import find_figures, stem, thing_key
from annotations.nlp.names import acronym_of, group_names, person_name, source_of

GOLD = Path(__file__).resolve().parents[2] / "gold_real"


@pytest.mark.parametrize(
    ("text", "value", "thing", "bound"),
    [
        ("some 96 million monthly WhatsApp users", 96e6, "users", False),
        ("over 100 million Russian people", 100e6, "people", False),
        ("The initial quake registered at magnitude 7 on the Richter Scale", 7.0, "magnitude", False),
        ("A 7.0 magnitude earthquake", 7.0, "earthquake", False),
        ("fifteen kilometres southwest", 15.0, "kilometres", False),
        ("nearly $75 million in humanitarian assistance", 75e6, "dollar", False),
        ("16,000 lives", 16000.0, "lives", False),
        ("seven others measured in at 5.0 or higher", 5.0, "measured", True),
        ("up to 20% of calls", 20.0, "percent", True),
    ],
)
def test_figures_value_thing_and_limits(text, value, thing, bound):
    fig = find_figures(text)[-1]
    assert (fig.value, fig.thing, fig.bound) == (value, thing, bound)
    assert text[fig.start : fig.end] == fig.text


def test_dates_are_not_counts():
    figs = find_figures("since Aug. 11 and in 1984, on May 2, 2008")
    assert figs and all(f.year for f in figs)


def test_stems_and_counted_things_meet():
    assert stem("kilometres") == stem("kilometers")
    assert stem("quakes") == stem("quake")
    assert thing_key("users") == thing_key("people")
    assert thing_key("quake") == thing_key("earthquake")


def test_names_acronyms_aliases_descriptors_and_roles():
    assert acronym_of("U.S. Geological Survey") == acronym_of("US Geological Survey") == "usgs"
    assert person_name("Geophysicist Julie Dutton") == "Julie Dutton"
    assert person_name("Julie Dutton") == "Julie Dutton"
    names = [("usgs", "ORG"), ("u.s. geological survey", "ORG"), ("roskomnadzor", "ORG"), ("rkn", "ORG"), ("watchdog", "")]
    surfaces = {("usgs", "ORG"): ["USGS"], ("u.s. geological survey", "ORG"): ["U.S. Geological Survey"],
                ("roskomnadzor", "ORG"): ["Roskomnadzor"], ("rkn", "ORG"): ["RKN"], ("watchdog", ""): ["watchdog"]}
    groups = group_names(names, surfaces, ["The communications regulator Roskomnadzor said so."])
    assert groups[("usgs", "ORG")] == groups[("u.s. geological survey", "ORG")]
    assert groups[("rkn", "ORG")] == groups[("roskomnadzor", "ORG")] == groups[("watchdog", "")]


def test_one_name_spelt_two_ways_is_one_group_and_so_is_its_dotted_acronym():
    names = [("world health organisation", "ORG"), ("world health organization", "ORG"), ("who", "ORG"), ("w.h.o.", "ORG"),
             ("world bank", "ORG")]
    surfaces = {("world health organisation", "ORG"): ["World Health Organisation"],
                ("world health organization", "ORG"): ["World Health Organization"], ("who", "ORG"): ["WHO"],
                ("w.h.o.", "ORG"): ["W.H.O."], ("world bank", "ORG"): ["World Bank"]}
    groups = group_names(names, surfaces)
    assert len({groups[n] for n in names[:4]}) == 1
    assert groups[("world bank", "ORG")] != groups[("who", "ORG")]


def test_a_pronoun_source_is_the_name_it_refers_to_and_a_name_inside_a_phrase_is_the_name():
    text = "Julie Dutton spoke. She said it was big. According to data from the USGS, it was."
    she = Claim(20, 40, text[20:40], "reported", Span(20, 23, "She"), Span(24, 28, "said"), Span(0, 12, "Julie Dutton"))
    assert source_of(she, [Entity(0, 12, "Julie Dutton", "PERSON")])[0].text == "Julie Dutton"
    usgs_at = text.index("USGS")
    data = Claim(41, len(text), text[41:], "reported", Span(54, usgs_at + 4, text[54 : usgs_at + 4]))
    assert source_of(data, [Entity(usgs_at, usgs_at + 4, "USGS", "ORG")]) == (Span(usgs_at, usgs_at + 4, "USGS"), "ORG")
    unresolved = Claim(20, 40, text[20:40], "reported", Span(20, 23, "She"))
    assert source_of(unresolved, []) is None


def _claims(text: str) -> list[Claim]:
    out, start = [], 0
    for sentence in text.split(". "):
        sentence = sentence.rstrip(".") + "."
        s = text.index(sentence[:-1], start)
        out.append(Claim(s, s + len(sentence), text[s : s + len(sentence)], "assertion"))
        start = s + len(sentence)
    return out


def test_best_counterpart_per_other_document_with_relations():
    a = ("The quake struck 15 kilometres from the capital. "
         "The president visited the harbour on Monday. "
         "Cats and dogs were seen in the old market")
    b = ("Officials said the quake struck 10 kilometres from the capital. "
         "The president visited the harbour on Monday morning.")
    ca, cb = _claims(a), _claims(b)
    pairs = align(["A", "B"], [a, b], [ca, cb], [[], []])
    best = {(p.a.doc_id, p.a.start): p for p in pairs}
    quake = best[("A", ca[0].start)]
    assert (quake.b.start, quake.relation) == (cb[0].start, "conflicting")  # 15 vs 10 kilometres
    visit = best[("A", ca[1].start)]
    assert visit.b.start == cb[1].start and visit.relation == "same" and visit.score >= SAME_MIN
    assert all(0.0 <= p.score <= 1.0 for p in pairs)
    assert all(p.relation in ("same", "related", "conflicting") for p in pairs)
    unique = counterparts(pairs, set(), 2).unique("A", ca)
    assert ("A", ca[2].start) in {("A", u.start) for u in unique}


def test_different_named_sources_of_the_same_claim_conflict():
    a = "Dale Grant said this was the largest quake recorded in this area."
    b = "Julie Dutton said this was the largest quake recorded in this area."
    ea, eb = [Entity(0, 10, "Dale Grant", "PERSON")], [Entity(0, 12, "Julie Dutton", "PERSON")]
    ca = [Claim(0, len(a), a, "reported", Span(0, 10, "Dale Grant"), Span(11, 15, "said"))]
    cb = [Claim(0, len(b), b, "reported", Span(0, 12, "Julie Dutton"), Span(13, 17, "said"))]
    (p, q) = align(["A", "B"], [a, b], [ca, cb], [ea, eb])
    assert p.relation == q.relation == "conflicting"


def test_the_pipeline_step_fills_pairs_and_reopening_recomputes_nothing(seed_paths, tmp_path, monkeypatch):
    from annotations.core.documents import load_paths
    from annotations.store.store import AnnotationStore

    assert pipeline.STEPS[-1] is align_module.align_claims
    docs = load_paths(seed_paths).documents
    store = AnnotationStore(str(tmp_path / "db.json"))
    try:
        for doc in docs:
            store.add_document(doc)
        first = pipeline.analyse_set(docs, BuiltinEngine(), store)
        assert first.pairs and all(isinstance(p, ClaimPair) for p in first.pairs)
        ids = {d.id for d in docs}
        assert all(p.a.doc_id in ids and p.b.doc_id in ids and p.a.doc_id != p.b.doc_id for p in first.pairs)
        assert SetAnalysis.from_dict(first.to_dict()).pairs == first.pairs

        def boom(*args, **kwargs):
            raise AssertionError("alignment ran again")

        monkeypatch.setattr(align_module, "align", boom)
        again = pipeline.analyse_set(list(reversed(docs)), BuiltinEngine(), store)
        assert again.pairs == first.pairs
    finally:
        store.close()


def dev_alignment(scorer=align_module.DEFAULT_SCORER) -> AlignmentScores:
    """The dev alignment gold through the real pipeline (the held-out part is never read here)."""
    total = AlignmentScores()
    for path in sorted((GOLD / "align" / "dev").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        stems = gold["documents"]
        records = {s: json.loads((GOLD / "dev" / f"{s}.json").read_text(encoding="utf-8")) for s in stems}
        docs = [make_document(records[s]["text"], f"{s}.txt", parse_leading_metadata=False) for s in stems]
        result = pipeline.analyse_set(docs, BuiltinEngine())
        ids = {s: d.id for s, d in zip(stems, docs)}
        gold_claims = {s: [(c["start"], c["end"]) for c in records[s]["claims"]] for s in stems}
        predicted = {s: [(c.start, c.end) for c in result.get(ids[s]).claims] for s in stems}
        total.add(score_alignment(gold, gold_claims, predicted, result.pairs, ids))
    return total


def test_dev_gold_top1_and_relations_floor():
    """A regression floor on the dev alignment gold (bench/compare.py prints the figures).

    33/35 = 0.94 top-1 and 21/21 relations on the five files the scorer was chosen on; with the
    third dev round's four events added (unseen when the scorer was chosen) 54/70 = 0.77 and
    30/42 relations.  Leave-one-event-out (``bench/compare.py --loeo``: chosen on eight events,
    the ninth scored): re-choosing the weights gives 51/70 (they overfit), the default weights
    with per-fold thresholds 54/70.  After the name-spelling groups, the thresholds every fold
    chose (same 0.11, conflicting-by-figures 0.09) and the shared-figure rule: 54/70 = 0.77
    top-1, 32/42 relations, 51 of 381 unlisted pairs called same/conflicting (81
    before).  The target (0.85 top-1 on unseen sets) is not met.
    """
    scores = dev_alignment()
    assert scores.asked >= 60
    assert scores.top1 >= 0.76, scores.misses
    assert scores.relation_right >= 0.74 * scores.relation_asked, scores.misses
    assert scores.unlisted_alike <= 0.15 * scores.unlisted, (scores.unlisted_alike, scores.unlisted)


def test_figures_differ_only_when_no_figure_of_the_thing_is_shared():
    from annotations.nlp.align import _ClaimInfo, _figures_differ

    def info(text):
        return _ClaimInfo(0, Claim(0, len(text), text, "reported"), None, find_figures(text), None)

    ranged = info("The WHO raised the alert from phase 5 to phase 6.")
    assert not _figures_differ(ranged, info('Declaring "phase 6" does not mean the disease is more severe.'))
    assert _figures_differ(info("The epicentre was fifteen kilometres from the capital."), info("The quake struck about 10 kilometers away."))
