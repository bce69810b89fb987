"""Agreement coefficients against textbook examples, the krippendorff package, and sanity bounds."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.review.agreement import (
    AgreementError,
    _category_u,
    agreement,
    cohen_kappa,
    fleiss_kappa,
    format_csv,
    format_table,
    krippendorff_alpha,
    span_f1,
    unitizing_alpha,
)

N = None
# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the example with missing values:
# four observers, twelve units; nominal alpha = 0.743.
K2011 = (
    (1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N),
    (1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3),
    (N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N),
    (1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N),
)


def test_krippendorff_2011_example_with_missing_values():
    units = list(zip(*K2011))
    assert round(krippendorff_alpha(units), 3) == 0.743
    # by hand: n = 40 pairable values (unit 12 has one); n_c = 9, 13, 10, 5, 3 (sum of squares 384);
    # disagreeing coincidences: unit 2 gives 2, unit 6 gives 4, unit 8 gives 2, so 8 in all
    assert krippendorff_alpha(units) == pytest.approx(1 - (40 - 1) * 8 / (40 * 40 - 384))


def test_fleiss_1971_example_as_on_wikipedia():
    # ten subjects, fourteen raters, five categories; kappa = 0.210
    table = [
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ]
    units = [[c for c, k in enumerate(row) for _ in range(k)] for row in table]
    assert round(fleiss_kappa(units), 3) == 0.210


def test_cohen_kappa_textbook_example():
    # 50 proposals: both yes 20, A yes B no 5, A no B yes 10, both no 15 -> p_o 0.7, p_e 0.5, kappa 0.4
    units = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohen_kappa(units) == pytest.approx(0.4)
    assert cohen_kappa([("y", "y"), ("y", N)]) is None  # one complete unit, all one value: undefined


def test_alpha_equals_the_krippendorff_package_on_random_data_with_missing_values():
    np = pytest.importorskip("numpy")
    krippendorff = pytest.importorskip("krippendorff")
    rng = random.Random(14)
    for _ in range(20):
        coders, n_units = rng.randint(2, 6), rng.randint(5, 60)
        data = [[rng.choice([N, 0, 1, 2, 3, 1, 1]) for _ in range(n_units)] for _ in range(coders)]
        ours = krippendorff_alpha(list(zip(*data)))
        array = np.array([[np.nan if v is None else v for v in row] for row in data], dtype=float)
        try:
            theirs = krippendorff.alpha(reliability_data=array, level_of_measurement="nominal")
        except ValueError:  # the package refuses data with a single value
            theirs = None
        if ours is None or theirs is None or theirs != theirs:
            continue
        assert ours == pytest.approx(theirs, abs=1e-9)


def test_span_f1_exact_and_overlap():
    a = [("d", 0, 5), ("d", 10, 20), ("e", 0, 3)]
    b = [("d", 0, 5), ("d", 15, 25)]
    exact, overlap = span_f1(a, b)
    assert exact == pytest.approx(2 * 1 / 5)
    # a: 2 of 3 overlap something of b; b: 2 of 2 overlap something of a
    assert overlap == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert span_f1([], []) == (None, None) and span_f1(a, [])[1] == 0.0


# --------------------------------------------------------------------------- unitizing

# Krippendorff (1995: p. 57), the four two-coder examples over 24 positions, as DKPro Agreement's tests use them.
K1995 = {
    "A": ([(2, 10), (14, 20)], [(4, 8), (15, 17)]),
    "B": ([(0, 18)], [(0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 9), (9, 10)]),
    "C": ([(2, 8), (10, 12), (14, 18), (20, 22)], [(0, 2), (4, 8), (10, 14), (16, 18), (20, 22)]),
    "D": ([(0, 2), (2, 10), (10, 14), (14, 20), (20, 24)], [(0, 4), (4, 8), (8, 15), (15, 17), (17, 24)]),
}


@pytest.mark.parametrize(
    "example, observed, alpha",
    [("A", 0.03125, 0.553), ("B", 2.26736, -0.926), ("C", 0.02777, 0.679), ("D", 0.38715, 0.066)],
)
def test_unitizing_alpha_on_krippendorff_1995(example, observed, alpha):
    coders = [list(c) for c in K1995[example]]
    assert _category_u(coders, 24).observed == pytest.approx(observed, abs=1e-5)
    # the published alphas treat the continuum as continuous: stretch it, as DKPro's test does
    k = 50_000
    stretched = [[(s * k, e * k) for s, e in c] for c in coders]
    assert _category_u(stretched, 24 * k).alpha == pytest.approx(alpha, abs=0.02)


def test_unitizing_small_example_matches_dkpro():
    result = _category_u([[(1, 9)], [(2, 3), (4, 5), (6, 7)]], 10)
    assert (result.observed, result.expected, result.alpha) == pytest.approx((0.91, 0.5352, -0.7003), abs=1e-4)


spans = st.lists(st.tuples(st.integers(0, 180), st.integers(1, 20), st.sampled_from("xyz")), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(spans)
def test_identical_codings_score_one(units):
    coded = [(s, s + n, c) for s, n, c in units]
    result = unitizing_alpha(["a", "b", "c"], {"a": coded, "b": coded, "c": coded}, 200)
    assert result["alpha"] == pytest.approx(1.0)


@settings(max_examples=60, deadline=None)
@given(spans, spans)
def test_completely_different_codings_cannot_score_high(one, two):
    # a's units in the first half, b's in the second: nothing in common
    a = [(s % 89, s % 89 + n // 2 + 1, c) for s, n, c in one]
    b = [(100 + s % 89, 100 + s % 89 + n // 2 + 1, c) for s, n, c in two]
    assert max(e for _, e, _ in a) < 100 and max(e for _, e, _ in b) <= 200
    assert unitizing_alpha(["a", "b"], {"a": a, "b": b}, 200)["alpha"] <= 0.0
    # the same spans but never the same category: no agreement either
    relabelled = [(s, e, c.upper()) for s, e, c in a]
    assert unitizing_alpha(["a", "b"], {"a": a, "b": relabelled}, 200)["alpha"] <= 0.0
    # one coder marks nothing
    assert unitizing_alpha(["a", "b"], {"a": a, "b": []}, 200)["alpha"] <= 0.0


# --------------------------------------------------------------------------- over annotations


def rec(author, doc, start, end, tags=(), label=None, **extra):
    return {"id": f"{author}-{doc}-{start}-{end}", "doc_id": doc, "start": start, "end": end, "tags": list(tags),
            "label": label, "author": author, "status": "human", "orphan": False, **extra}


LENGTHS = {"d1": 100, "d2": 80}
RECORDS = [
    rec("ana", "d1", 0, 10, ["actor"]), rec("ben", "d1", 0, 10, ["actor"]), rec("cy", "d1", 0, 10, ["actor"]),
    rec("ana", "d1", 20, 30, ["claim"]), rec("ben", "d1", 20, 30, ["claim", "actor"]),
    rec("ana", "d2", 5, 9, label="PERSON"), rec("ben", "d2", 5, 9, label="PERSON"), rec("cy", "d2", 5, 9, ["actor"]),
    rec("cy", "d2", 40, 50, ["claim"]),
    rec("ana", "d2", 60, 70, comment="comment only: codes nothing"),
    rec("ben", "d2", 60, 70, ["claim"], status="rejected"),
    rec("gold", "d1", 0, 10, ["actor"]),
]


def test_units_values_and_missing_as_documented():
    report = agreement(RECORDS, LENGTHS)
    assert report["coders"] == ["ana", "ben", "cy"]  # gold is not a coder unless named
    overall = report["overall"]
    # units: d1 0-10, d1 20-30, d2 5-9, d2 40-50 (comment-only and rejected ones code nothing)
    assert (overall["units"], overall["units_complete"]) == (4, 2)
    units = [
        ("actor", "actor", "actor"),
        ("claim", "actor + claim", N),
        ("label:PERSON", "label:PERSON", "actor"),
        (N, N, "claim"),
    ]
    assert overall["krippendorff_alpha"] == pytest.approx(krippendorff_alpha(units), abs=1e-6)
    assert overall["fleiss_kappa"] == pytest.approx(fleiss_kappa(units), abs=1e-6)
    assert overall["cohen_kappa"] is None  # three coders
    assert set(overall) >= {"krippendorff_alpha", "cohen_kappa", "fleiss_kappa", "span_f1_exact", "span_f1_overlap", "unitizing"}
    assert len(overall["span_f1_pairs"]) == 3
    two = agreement(RECORDS, LENGTHS, coders=["ana", "ben"])
    assert two["overall"]["cohen_kappa"] == pytest.approx(cohen_kappa([u[:2] for u in units]), abs=1e-6)


def test_by_tag_label_and_document():
    by_tag = agreement(RECORDS, LENGTHS, by="tag")["by"]
    assert sorted(by_tag) == ["actor", "claim"]
    # actor: d1 0-10 (all three), d1 20-30 (ben: actor, ana: not actor), d2 5-9 (cy: actor, ana/ben: not actor)
    assert by_tag["actor"]["units"] == 3
    assert by_tag["actor"]["krippendorff_alpha"] == pytest.approx(
        krippendorff_alpha([("actor",) * 3, ("not actor", "actor", N), ("not actor", "not actor", "actor")]), abs=1e-6
    )
    assert list(agreement(RECORDS, LENGTHS, by="label")["by"]) == ["PERSON"]
    by_doc = agreement(RECORDS, LENGTHS, by="document", doc_names={"d1": "a.txt", "d2": "b.txt"})["by"]
    assert [e["document"] for e in by_doc.values()] == ["a.txt", "b.txt"]
    assert by_doc["d1"]["unitizing"]["continuum"] == 100


def test_coders_must_exist_and_be_at_least_two():
    with pytest.raises(AgreementError, match="'zed'"):
        agreement(RECORDS, LENGTHS, coders=["ana", "zed"])
    with pytest.raises(AgreementError, match="at least two"):
        agreement(RECORDS, LENGTHS, coders=["ana"])
    assert agreement(RECORDS, LENGTHS, coders=["ana", "gold"])["coders"] == ["ana", "gold"]


def test_table_and_csv_show_every_scope():
    report = agreement(RECORDS, LENGTHS, by="tag")
    table = format_table(report)
    assert "overall" in table and "actor" in table and "ana / ben" in table
    rows = format_csv(report).splitlines()
    assert rows[0].startswith("scope,units,units_complete,krippendorff_alpha") and len(rows) == 4


def test_a_document_of_unknown_length_is_left_out_of_the_unitizing_continuum_only():
    report = agreement(RECORDS, {"d1": 100}, by="document")
    assert report["overall"]["units"] == 4 and report["overall"]["unitizing"]["continuum"] == 100
    assert report["by"]["d2"]["unitizing"] is None and report["by"]["d2"]["units"] == 2


def test_a_unit_outside_the_continuum_is_refused():
    with pytest.raises(ValueError, match="outside"):
        unitizing_alpha(["a", "b"], {"a": [(190, 201, "x")], "b": []}, 200)
    with pytest.raises(ValueError, match="outside"):
        unitizing_alpha(["a", "b"], {"a": [(5, 5, "x")], "b": []}, 200)
