"""Inter-coder agreement over a team database (``presslens agreement``).

Who is a coder: the author of a human, placed (not orphaned) annotation that
codes something, i.e. carries at least one tag or a label (an accepted entity
label or claim kind).  Comment-only and link-only annotations code nothing and
are left out.  The adjudicated layer (author ``gold``) is not a coder unless
asked for by name (``coders=[..., "gold"]``).

**Categorical agreement over spans** (Krippendorff's α, Cohen's κ, Fleiss' κ).
A *unit* is an exact span ``(document, start, end)`` that at least one coder
coded.  A coder's *value* for a unit is everything they said about that span:
their tags and their label (written ``label:PERSON``, as in the filter
language), sorted and joined with `` + `` (``economy + politics``), over all
their annotations on exactly that span.  A coder who gave two tags where
another gave one of them disagrees on that unit.  A coder who did not code the
span has no value (missing): so categorical agreement judges only the values
of spans, not whether a span was marked; span F1 and unitizing judge that.

* Krippendorff's α (nominal) uses every unit with at least two values
  (Krippendorff 2011, "Computing Krippendorff's alpha-reliability").
* Cohen's κ (exactly two coders, else ``None``) and Fleiss' κ need every coder's
  value on a unit: they are computed over the units *all* chosen coders coded
  (``units_complete``); ``None`` when there are none.
* A coefficient whose expected disagreement is zero (every value the same) is
  undefined: ``None``.

``by="tag"`` (or ``"label"``) reports each tag (label) T on its own: the units
are the spans at least one coder gave T; a coder's value is ``T`` if they gave
it, ``not T`` if they coded the span otherwise, missing if they did not code it.

**Span agreement**: for each pair of coders, F1 over their coded spans
(values ignored): *exact*, 2·|A∩B| / (|A|+|B|); *overlap*, the harmonic mean of
the share of A's spans that overlap one of B's and the share of B's spans that
overlap one of A's.  ``span_f1_exact`` / ``span_f1_overlap`` are the means over
pairs (pairs where neither coded anything are left out); every pair is listed.

**Unitizing agreement**: Krippendorff's (1995) αU, as DKPro Agreement computes
it (``KrippendorffAlphaUnitizingAgreement``): boundaries and categories
together, each category (each tag, each ``label:X``) a binary unitizing of the
continuum, where a span with two tags is a unit of each; the overall αU is
1 − ΣD_o / ΣD_e over categories.  The continuum is the documents at least one
chosen coder coded, end to end (sorted by id); by document, that document.
A coder's overlapping spans of one category are joined into one unit first
(αU needs a coder's units of a category not to overlap); their number is
reported as ``joined``.  Completely different codings score at or below 0
(a test holds it to that), identical ones 1.

Everything here is pure Python (no numpy): at 50,000 annotations it is the
counting, not the arithmetic, that costs.
"""

from __future__ import annotations

import bisect
import csv
import io
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from annotations.core.errors import PresslensError
from annotations.core.files import shown_path

__all__ = [
    "GOLD",
    "AgreementError",
    "BY_CHOICES",
    "agreement",
    "cohen_kappa",
    "fleiss_kappa",
    "format_csv",
    "format_table",
    "krippendorff_alpha",
    "value_of",
    "span_f1",
    "unitizing_alpha",
]

#: The adjudicated layer's author: not a coder unless named.
GOLD = "gold"
BY_CHOICES = ("tag", "label", "document")

Span = tuple[str, int, int]  # (doc id, start, end)


class AgreementError(PresslensError):
    """Agreement cannot be computed as asked (an unknown coder, fewer than two coders)."""


# --------------------------------------------------------------------------- coefficients
# ``units``: one sequence per unit, one value per coder, ``None`` where a coder has no value.


def krippendorff_alpha(units: Iterable[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's α for nominal data, missing values allowed; ``None`` if undefined."""
    o_same = 0.0  # Σ_c o_cc
    n_c: Counter[Hashable] = Counter()
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue  # not pairable
        counts = Counter(values)
        o_same += sum(k * (k - 1) for k in counts.values()) / (m - 1)
        n_c.update(counts)
    n = sum(n_c.values())
    if n < 2:
        return None
    expected = n * n - sum(k * k for k in n_c.values())  # Σ_{c≠k} n_c n_k
    if expected == 0:
        return None
    return 1.0 - (n - 1) * (n - o_same) / expected


def cohen_kappa(units: Iterable[Sequence[Hashable | None]]) -> float | None:
    """Cohen's κ for two coders over the units both valued; ``None`` if none or undefined."""
    a: Counter[Hashable] = Counter()
    b: Counter[Hashable] = Counter()
    agree = n = 0
    for unit in units:
        if len(unit) != 2:
            raise ValueError("Cohen's kappa is for two coders")
        x, y = unit
        if x is None or y is None:
            continue
        n += 1
        agree += x == y
        a[x] += 1
        b[y] += 1
    if n == 0:
        return None
    p_o = agree / n
    p_e = sum(a[c] * b[c] for c in a) / (n * n)
    return None if p_e == 1 else (p_o - p_e) / (1 - p_e)


def fleiss_kappa(units: Iterable[Sequence[Hashable | None]]) -> float | None:
    """Fleiss' κ over the units every coder valued (Fleiss 1971); ``None`` if none or undefined."""
    totals: Counter[Hashable] = Counter()
    p_sum = 0.0
    n = 0
    m = 0
    for unit in units:
        if any(v is None for v in unit):
            continue
        m = len(unit)
        if m < 2:
            return None
        counts = Counter(unit)
        p_sum += (sum(k * k for k in counts.values()) - m) / (m * (m - 1))
        totals.update(counts)
        n += 1
    if n == 0:
        return None
    p_bar = p_sum / n
    p_e = sum((k / (n * m)) ** 2 for k in totals.values())
    return None if p_e == 1 else (p_bar - p_e) / (1 - p_e)


class _Spans:
    """One coder's spans, indexed for overlap tests: per document, sorted, with running furthest ends."""

    __slots__ = ("all", "docs")

    def __init__(self, spans: Iterable[Span]) -> None:
        self.all = set(spans)
        grouped: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for d, s, e in self.all:
            grouped[d].append((s, e))
        self.docs: dict[str, tuple[list[tuple[int, int]], list[int], list[int]]] = {}
        for d, spans_of in grouped.items():
            spans_of.sort()
            reach, top = [], -1
            for _, e in spans_of:
                top = e if e > top else top
                reach.append(top)
            self.docs[d] = (spans_of, [s for s, _ in spans_of], reach)

    def hits(self, other: _Spans) -> int:
        """How many of these spans overlap at least one of ``other``'s."""
        hits = 0
        for d, (spans, _, _) in self.docs.items():
            theirs = other.docs.get(d)
            if theirs is None:
                continue
            _, starts, reach = theirs
            for s, e in spans:
                i = bisect.bisect_left(starts, e) - 1  # their spans starting before this one ends
                if i >= 0 and reach[i] > s:
                    hits += 1
        return hits


def _f1(a: _Spans, b: _Spans) -> tuple[float | None, float | None]:
    if not a.all and not b.all:
        return None, None
    exact = 2 * len(a.all & b.all) / (len(a.all) + len(b.all))
    if not a.all or not b.all:
        return exact, 0.0
    recall, precision = a.hits(b) / len(a.all), b.hits(a) / len(b.all)
    overlap = 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)
    return exact, overlap


def span_f1(a: Iterable[Span], b: Iterable[Span]) -> tuple[float | None, float | None]:
    """(exact F1, overlap F1) of two coders' spans; ``None`` when neither has any."""
    return _f1(_Spans(a), _Spans(b))


# --------------------------------------------------------------------------- unitizing (Krippendorff 1995)


@dataclass(frozen=True, slots=True)
class CategoryU:
    alpha: float | None
    observed: float
    expected: float


def _joined(spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
    """Sorted spans with overlapping ones joined into one; and how many joins that took."""
    out: list[tuple[int, int]] = []
    joins = 0
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
            joins += 1
        else:
            out.append((s, e))
    return out, joins


def _segments(units: list[tuple[int, int]], length: int) -> list[tuple[int, int, bool]]:
    """The continuum [0, length) cut into a coder's units (True) and the gaps between (False)."""
    segs = []
    pos = 0
    for s, e in units:
        if s > pos:
            segs.append((pos, s, False))
        segs.append((s, e, True))
        pos = e
    if pos < length:
        segs.append((pos, length, False))
    return segs


def _observed_pair(one: list[tuple[int, int, bool]], two: list[tuple[int, int, bool]]) -> int:
    """Σ δ² over every overlapping pair of segments of two coders (Krippendorff 1995's δ)."""
    total = 0
    i = j = 0
    while i < len(one) and j < len(two):
        s1, e1, u1 = one[i]
        s2, e2, u2 = two[j]
        if u1 and u2:
            total += (s1 - s2) ** 2 + (e1 - e2) ** 2
        elif u1:
            if s2 <= s1 and e1 <= e2:  # a gap that holds the whole unit
                total += (e1 - s1) ** 2
        elif u2:
            if s1 <= s2 and e2 <= e1:
                total += (e2 - s2) ** 2
        if e1 < e2:
            i += 1
        elif e2 < e1:
            j += 1
        else:
            i += 1
            j += 1
    return total


def _category_u(per_coder: list[list[tuple[int, int]]], length: int) -> CategoryU:
    """αU of one category: ``per_coder`` each coder's units (sorted, not overlapping), continuum [0, length)."""
    r = len(per_coder)
    segs = [_segments(units, length) for units in per_coder]
    observed_sum = sum(_observed_pair(segs[x], segs[y]) for x, y in combinations(range(r), 2))
    observed = 2 * observed_sum / (r * (r - 1) * length * length)
    lengths = [e - s for units in per_coder for s, e in units]
    n_c = len(lengths)
    gaps = sorted(e - s for coder in segs for s, e, unit in coder if not unit)
    suffix = [0] * (len(gaps) + 1)  # suffix[i] = Σ gaps[i:]
    for i in range(len(gaps) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + gaps[i]
    numerator = 0
    for ln in lengths:
        numerator += (n_c - 1) * ln * (ln - 1) * (2 * ln - 1) // 3  # (N_c-1)(2l³-3l²+l)/3, exact
        i = bisect.bisect_left(gaps, ln)  # gaps at least as long as the unit
        numerator += ln * ln * (suffix[i] - (ln - 1) * (len(gaps) - i))  # l² Σ (gap - l + 1)
    denominator = r * length * (r * length - 1) - sum(ln * (ln - 1) for ln in lengths)
    expected = 2 * numerator / length / denominator if denominator else 0.0
    alpha = None if expected == 0 else 1.0 - observed / expected
    return CategoryU(alpha, observed, expected)


def unitizing_alpha(
    coders: Sequence[str], units: Mapping[str, Iterable[tuple[int, int, str]]], length: int
) -> dict[str, Any]:
    """Krippendorff's αU over one continuum [0, length).

    ``units``: each coder's ``(start, end, category)``.  Returns ``{"method", "alpha",
    "by_category": {category: {"alpha", "observed", "expected"}}, "continuum", "units", "joined"}``.
    """
    by_cat: dict[str, list[list[tuple[int, int]]]] = {}
    for k, coder in enumerate(coders):
        for s, e, cat in units.get(coder, ()):
            if not 0 <= s < e <= length:  # the formulas assume it; a unit beyond would score nonsense
                raise ValueError(f"{coder}'s unit {s}-{e} ({cat}) is empty or outside the continuum 0-{length}")
            by_cat.setdefault(cat, [[] for _ in coders])[k].append((s, e))
    results: dict[str, CategoryU] = {}
    joined = count = 0
    for cat in sorted(by_cat):
        per_coder = []
        for spans in by_cat[cat]:
            clean, joins = _joined(spans)
            joined += joins
            count += len(clean)
            per_coder.append(clean)
        results[cat] = _category_u(per_coder, length)
    observed = sum(r.observed for r in results.values())
    expected = sum(r.expected for r in results.values())
    return {
        "method": "krippendorff_unitizing_alpha_1995",
        "alpha": _round(None if not results or expected == 0 else 1.0 - observed / expected),
        "by_category": {
            cat: {"alpha": _round(r.alpha), "observed": _round(r.observed), "expected": _round(r.expected)}
            for cat, r in results.items()
        },
        "continuum": length,
        "units": count,
        "joined": joined,
    }


# --------------------------------------------------------------------------- from a store


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def codings(records: Iterable[Mapping[str, Any]]) -> dict[str, dict[Span, frozenset[str]]]:
    """``{coder: {(doc, start, end): categories}}`` from annotation records (see the module notes)."""
    out: dict[str, dict[Span, frozenset[str]]] = defaultdict(dict)
    for rec in records:
        if rec.get("status", "human") != "human" or rec.get("orphan") or not rec.get("author"):
            continue
        if rec["end"] <= rec["start"]:  # an empty span marks no text
            continue
        cats = set(rec.get("tags") or ())
        if rec.get("label"):
            cats.add(f"label:{rec['label']}")
        if not cats:
            continue
        spans = out[rec["author"]]
        span = (rec["doc_id"], rec["start"], rec["end"])
        old = spans.get(span)
        spans[span] = frozenset(cats) if old is None else old | cats
    return dict(out)


def value_of(cats: frozenset[str] | set[str]) -> str:
    """A coder's value for a span: their categories (tags, ``label:X``), sorted, joined with `` + ``."""
    return " + ".join(sorted(cats))


def _span_agreement(coders: Sequence[str], spans: Mapping[str, Iterable[Span]]) -> dict[str, Any]:
    indexed = {c: _Spans(spans[c]) for c in coders}
    pairs = []
    for a, b in combinations(coders, 2):
        exact, overlap = _f1(indexed[a], indexed[b])
        pairs.append({"coders": [a, b], "exact": _round(exact), "overlap": _round(overlap)})
    exacts = [p["exact"] for p in pairs if p["exact"] is not None]
    overlaps = [p["overlap"] for p in pairs if p["overlap"] is not None]
    return {
        "span_f1_exact": _round(sum(exacts) / len(exacts)) if exacts else None,
        "span_f1_overlap": _round(sum(overlaps) / len(overlaps)) if overlaps else None,
        "span_f1_pairs": pairs,
    }


def _continuum_units(
    coders: Sequence[str], cat_units: Mapping[str, Iterable[tuple[str, int, int, str]]], lengths: Mapping[str, int]
) -> dict[str, Any] | None:
    """αU with the documents in scope end to end (sorted by id) as the continuum."""
    offset: dict[str, int] = {}
    total = 0
    for doc in sorted(lengths):
        offset[doc] = total
        total += lengths[doc]
    if not total:
        return None
    shifted = {
        c: [(offset[d] + s, offset[d] + e, cat) for d, s, e, cat in cat_units.get(c, ()) if d in offset and e <= lengths[d]]
        for c in coders
    }
    return unitizing_alpha(coders, shifted, total)


def _summary(
    coders: Sequence[str],
    values: Mapping[str, Mapping[Span, str]],
    spans: Mapping[str, Iterable[Span]],
    unitizing: dict[str, Any] | None,
) -> dict[str, Any]:
    """Every coefficient for one scope: ``values`` per coder per span (categorical), ``spans`` per
    coder (span F1), ``unitizing`` (αU, computed by the caller)."""
    all_spans = sorted(set().union(*(values[c].keys() for c in coders)))
    matrix = [[values[c].get(span) for c in coders] for span in all_spans]
    complete = sum(1 for row in matrix if None not in row)
    return {
        "units": len(matrix),
        "units_complete": complete,
        "krippendorff_alpha": _round(krippendorff_alpha(matrix)),
        "cohen_kappa": _round(cohen_kappa(matrix)) if len(coders) == 2 else None,
        "fleiss_kappa": _round(fleiss_kappa(matrix)),
        **_span_agreement(coders, spans),
        "unitizing": unitizing,
    }


def known_coders(records: Iterable[Mapping[str, Any]]) -> list[str]:
    return sorted(codings(records))


def agreement(
    records: Iterable[Mapping[str, Any]],
    doc_lengths: Mapping[str, int],
    *,
    coders: Sequence[str] | None = None,
    by: str | None = None,
    doc_names: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The agreement report: ``{"coders", "overall", "by"}`` (``by`` empty unless asked for).

    ``records``: annotation records (:meth:`AnnotationStore.annotation_records`);
    ``doc_lengths``: each document's text length; ``coders``: whom to compare (default
    every coder but ``gold``); ``by``: ``"tag"``, ``"label"`` or ``"document"``;
    ``doc_names``: what to call a document in the report (its path), by id.
    """
    if by is not None and by not in BY_CHOICES:
        raise AgreementError(f"--by must be one of {', '.join(BY_CHOICES)}, not {by!r}")
    coded = codings(records)
    if coders:
        unknown = [c for c in coders if c not in coded]
        if unknown:
            known = ", ".join(sorted(coded)) or "none"
            raise AgreementError(f"no coded annotations by {', '.join(map(repr, unknown))} (coders: {known})")
        chosen = list(dict.fromkeys(coders))
    else:
        chosen = sorted(c for c in coded if c != GOLD)
    if len(chosen) < 2:
        found = ", ".join(chosen) or "none"
        raise AgreementError(f"agreement needs at least two coders with coded annotations (found: {found})")

    values = {c: {span: value_of(cats) for span, cats in coded[c].items()} for c in chosen}
    cat_units = {c: [(d, s, e, cat) for (d, s, e), cats in coded[c].items() for cat in cats] for c in chosen}
    docs_in_scope = {d for c in chosen for d, _, _ in coded[c]}
    # the unitizing continuum: documents whose text is known (a span outside it cannot be placed)
    lengths = {d: doc_lengths[d] for d in docs_in_scope if doc_lengths.get(d)}
    unitizing = _continuum_units(chosen, cat_units, lengths)
    report: dict[str, Any] = {"coders": chosen, "overall": _summary(chosen, values, values, unitizing), "by": {}}
    if by is None:
        return report  # the contract's keys are always there: "by" is empty when no breakdown was asked for
    groups: dict[str, Any] = {}
    if by == "document":
        names = doc_names or {}
        by_doc_values: dict[str, dict[str, dict[Span, str]]] = defaultdict(lambda: {c: {} for c in chosen})
        by_doc_units: dict[str, dict[str, list[tuple[str, int, int, str]]]] = defaultdict(lambda: {c: [] for c in chosen})
        for c in chosen:  # grouped once, not filtered again for every document
            for sp, val in values[c].items():
                by_doc_values[sp[0]][c][sp] = val
            for x in cat_units[c]:
                by_doc_units[x[0]][c].append(x)
        for doc in sorted(docs_in_scope, key=lambda d: (names.get(d, d), d)):
            v, u = by_doc_values[doc], by_doc_units[doc]
            entry = _summary(chosen, v, v, _continuum_units(chosen, u, {doc: lengths[doc]} if doc in lengths else {}))
            groups[doc] = {"document": names.get(doc, doc), **entry}
    else:
        wanted = (lambda cat: cat.startswith("label:")) if by == "label" else (lambda cat: not cat.startswith("label:"))
        cats = sorted({cat for c in chosen for cs in coded[c].values() for cat in cs if wanted(cat)})
        per_category = (unitizing or {}).get("by_category", {})
        for cat in cats:
            spans = {sp for c in chosen for sp, cs in coded[c].items() if cat in cs}
            v = {
                c: {sp: (cat if cat in cs else f"not {cat}") for sp, cs in coded[c].items() if sp in spans}
                for c in chosen
            }
            # span F1 per category: each coder's spans with this category
            f1_spans = {c: [sp for sp, cs in coded[c].items() if cat in cs] for c in chosen}
            # αU of this category alone: the overall computation's own per-category figures
            one = per_category.get(cat)
            u = None if one is None else {**unitizing, "alpha": one["alpha"], "by_category": {cat: one}}  # type: ignore[dict-item]
            if u is not None:
                u.pop("units", None)
                u.pop("joined", None)
            groups[cat.removeprefix("label:") if by == "label" else cat] = _summary(chosen, v, f1_spans, u)
    report["by"] = groups
    return report


def store_agreement(store: Any, **options: Any) -> dict[str, Any]:
    """:func:`agreement` over a store's annotations and documents."""
    docs = store.documents()
    return agreement(
        store.annotation_records(),
        {d.id: len(d.text) for d in docs},
        doc_names={d.id: d.path or d.title or d.id for d in docs},
        **options,
    )


# --------------------------------------------------------------------------- output

COLUMNS = (
    ("units", "units"),
    ("all", "units_complete"),
    ("alpha", "krippendorff_alpha"),
    ("cohen", "cohen_kappa"),
    ("fleiss", "fleiss_kappa"),
    ("F1 exact", "span_f1_exact"),
    ("F1 overlap", "span_f1_overlap"),
    ("alpha-U", None),
)


def _cells(entry: Mapping[str, Any]) -> list[Any]:
    unitizing = entry.get("unitizing") or {}
    return [entry.get(key) if key else unitizing.get("alpha") for _, key in COLUMNS]


def _rows(report: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    rows = [("overall", report["overall"])]
    for key, entry in (report.get("by") or {}).items():
        rows.append((entry.get("document", key), entry))
    return rows


def format_table(report: Mapping[str, Any]) -> str:
    """The report as a plain-text table, then every pair's span F1 (safe cells, aligned)."""
    from annotations.review.stats import format_table as table

    def show(v: Any) -> str:
        return "-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)

    head = ["", *(name for name, _ in COLUMNS)]
    by_document = any("document" in entry for entry in (report.get("by") or {}).values())
    body = [[shown_path(name) if "document" in entry else name, *(show(v) for v in _cells(entry))] for name, entry in _rows(report)]
    keep_end = (0,) if by_document else ()  # a file keeps its name when cut
    out = [f"coders: {', '.join(report['coders'])}", table(head, body, right=tuple(range(1, len(head))), keep_end=keep_end).rstrip("\n")]
    pairs = [[f"{p['coders'][0]} / {p['coders'][1]}", show(p["exact"]), show(p["overlap"])] for p in report["overall"]["span_f1_pairs"]]
    out.append(table(["pair", "F1 exact", "F1 overlap"], pairs, right=(1, 2)).rstrip("\n"))
    out.append(
        "units: spans at least one coder coded; all: units every coder coded (the kappas use those); "
        "- : does not apply or undefined"
    )
    return "\n\n".join(out)


def format_csv(report: Mapping[str, Any]) -> str:
    """One row per scope (overall, then each --by group): scope and the coefficients."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["scope", *(key or "unitizing_alpha" for _, key in COLUMNS)])
    for name, entry in _rows(report):
        writer.writerow([name, *("" if v is None else v for v in _cells(entry))])
    return buffer.getvalue()
