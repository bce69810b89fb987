"""Compare several articles: what they mention, whom they quote, which figures they give.

The tables of the compare screen and ``presslens compare`` (issue 13): entities (the entity
panel's index: shared by all, named by one), sources (who is quoted, grouped across the
articles, with a kind), figures (the numbers given, by what they count, differences flagged),
and the claim alignment the pipeline computed (:mod:`annotations.nlp.align`), with the claims
no other article has.  :func:`compare_tables` gives them all; :func:`compare_payload` is the
JSON of ``presslens compare``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any
from dataclasses import dataclass
from functools import cache

from annotations.core.model import Analysis, ClaimPair, ClaimRef, Document, SetAnalysis, label_name
from annotations.nlp import lexicon
from annotations.nlp.figures import Figure, find_figures, thing_key
from annotations.nlp.names import name_groups, set_sources, source_of
from annotations.review.counterparts import counterparts
from annotations.review.sections import COMPARE_TABLES  # re-exported: the one list of sections

__all__ = [
    "COMPARE_TABLES",
    "SOURCE_KINDS",
    "CompareTables",
    "EntityRow",
    "FigureRow",
    "SourceRow",
    "compare_payload",
    "compare_rows",
    "compare_tables",
    "format_compare",
    "entity_table",
    "figure_table",
    "name_groups",
    "shared_entities",
    "source_kind",
    "source_table",
]


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity (a name with a label, and its variants) across the open articles."""

    text: str
    label: str
    counts: tuple[int, ...]  # mentions per article, in the order of the analyses
    mentions: tuple[tuple[tuple[int, int], ...], ...]  # (start, end) spans per article
    variants: tuple[str, ...] = ()  # the other forms of the name grouped in this row ("Gorelkin", "MOSCOW (ORG)")

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def articles(self) -> int:
        """In how many articles the entity appears."""
        return sum(1 for c in self.counts if c)

    @property
    def only_in(self) -> int | None:
        """The index of the one article that mentions it, when only one does (and several are open)."""
        present = [i for i, c in enumerate(self.counts) if c]
        return present[0] if len(present) == 1 and len(self.counts) > 1 else None


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def entity_table(analyses: Sequence[Analysis]) -> list[EntityRow]:
    """Every entity across the analyses, variants of one name in one row (:func:`name_groups`),
    most mentioned first."""
    n = len(analyses)
    mentions: dict[tuple[str, str], list[list[tuple[int, int]]]] = defaultdict(lambda: [[] for _ in range(n)])
    surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for i, analysis in enumerate(analyses):
        for ent in analysis.entities:
            key = (_key(ent.text), ent.label)
            mentions[key][i].append((ent.start, ent.end))
            surfaces[key][" ".join(ent.text.split())] += 1
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for name, root in name_groups(list(mentions), surfaces).items():
        groups[root].append(name)
    rows = []
    for members in groups.values():
        total = {m: sum(len(spans) for spans in mentions[m]) for m in members}
        # the row's name: the longest (the full name), then the most mentioned
        main = max(members, key=lambda m: (len(m[0].split()), total[m], m[0]))
        per_doc = [sorted(span for m in members for span in mentions[m][i]) for i in range(n)]
        variants = []
        for m in sorted(members, key=lambda m: (-total[m], m)):
            for surface, _ in surfaces[m].most_common():
                shown = surface if m[1] == main[1] else f"{surface} ({m[1]})"
                if shown not in variants:
                    variants.append(shown)
        text = surfaces[main].most_common(1)[0][0]
        rows.append(
            EntityRow(
                text=text,
                label=main[1],
                counts=tuple(len(spans) for spans in per_doc),
                mentions=tuple(tuple(spans) for spans in per_doc),
                variants=tuple(v for v in variants if v != text),
            )
        )
    rows.sort(key=lambda r: (-r.total, -r.articles, r.text.casefold(), r.label))
    return rows


# --- what the compare screen and `presslens compare` show --------------------------------

#: Kinds of source, in the order the rules try them (``lexicon/source_kinds.txt``), then the
#: two fallbacks: a name no rule places, and a phrase without a name.
SOURCE_KINDS: tuple[str, ...] = ("media", "expert", "government", "company", "citizen", "other", "unnamed")


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One real-world source (its variants across the articles grouped) and whom it is quoted by."""

    name: str
    kind: str  # one of SOURCE_KINDS
    counts: tuple[int, ...]  # claims attributed to it, per article
    claims: tuple[tuple[tuple[int, int], ...], ...]  # (start, end) of those claims, per article
    variants: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def only_in(self) -> int | None:
        """The index of the one article that quotes it, when only one does (and several are open)."""
        present = [i for i, c in enumerate(self.counts) if c]
        return present[0] if len(present) == 1 and len(self.counts) > 1 else None


@cache
def _kind_rules() -> list[tuple[str, frozenset[str]]]:
    rules = []
    for line in lexicon.entries("source_kinds"):
        kind, _, words = line.partition(":")
        rules.append((kind.strip(), frozenset(words.split())))
    return rules


def source_kind(name: str, label: str, before: Iterable[str] = ()) -> str:
    """The kind of a source (:data:`SOURCE_KINDS`): by the words of its name or phrase and the
    words just before its mentions (``before``), then by its label; the rules are data."""
    words = {w.casefold() for w in re.findall(r"[\w-]+", name)} | {w.casefold() for w in before}
    for kind, keys in _kind_rules():
        if words & keys:
            return kind
    if label == "GPE":
        return "government"
    suffixes = {s.casefold().rstrip(".") for s in lexicon.entries("org_suffixes")}
    if label == "ORG" and name.split() and name.split()[-1].casefold().rstrip(".") in suffixes:
        return "company"
    return "other" if label else "unnamed"


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    head = text[max(0, start - 60) : start]
    cut = max(head.rfind(c) for c in ".;:!?\n\"“”")
    return re.findall(r"[\w-]+", head[cut + 1 :])[-n:]


def source_table(documents: Sequence[Document], analyses: Sequence[Analysis]) -> list[SourceRow]:
    """Who each article quotes: every claim's source (:func:`~annotations.nlp.names.source_of`:
    the speaker, the name a pronoun refers to), one row per real-world source across the
    articles (:func:`~annotations.nlp.names.set_sources`: "Dutton" and "Geophysicist Julie
    Dutton", "USGS" and "U.S. Geological Survey", "the watchdog" and "regulator Roskomnadzor"),
    most quoted first."""
    texts = [d.text for d in documents]
    claims = [a.claims for a in analyses]
    entities = [a.entities for a in analyses]
    _, keys = set_sources(texts, claims, entities)
    n = len(analyses)
    spans: dict[tuple[str, str], list[list[tuple[int, int]]]] = defaultdict(lambda: [[] for _ in range(n)])
    written: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    before: dict[tuple[str, str], list[str]] = defaultdict(list)
    labels: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for d, (text, doc_claims, ents) in enumerate(zip(texts, claims, entities)):
        ents = sorted(ents, key=lambda e: (e.start, e.end))
        for claim, key in zip(doc_claims, keys[d]):
            if key is None:
                continue
            found = source_of(claim, ents)
            span, label = found if found else (None, key[1])
            spans[key][d].append((claim.start, claim.end))
            if span is not None:
                written[key][" ".join(span.text.split())] += 1
                if label:
                    named[key].add(" ".join(span.text.split()))
                before[key] += _words_before(text, span.start)
            labels[key][label] += 1
    rows = []
    for key, per_doc in spans.items():
        name_counts = written[key]
        # the row's name: a name before a description, then the longest way it was written, the most frequent
        name = max(name_counts, key=lambda s: (s in named[key], len(s.split()), name_counts[s], s)) if name_counts else key[0]
        label = key[1]
        rows.append(
            SourceRow(
                name=name,
                kind=source_kind(" ".join(name_counts) or name, label, before[key]),
                counts=tuple(len(s) for s in per_doc),
                claims=tuple(tuple(s) for s in per_doc),
                variants=tuple(v for v, _ in name_counts.most_common() if v != name),
            )
        )
    rows.sort(key=lambda r: (-r.total, -sum(1 for c in r.counts if c), r.name.casefold()))
    return rows


@dataclass(frozen=True, slots=True)
class FigureRow:
    """The figures the articles give for one thing counted ("users", "kilometres", "dollar")."""

    thing: str
    figures: tuple[tuple[Figure, ...], ...]  # per article

    @property
    def values(self) -> tuple[frozenset[float], ...]:
        return tuple(frozenset(f.value for f in per if not f.bound) for per in self.figures)

    @property
    def differs(self) -> bool:
        """Two articles that give this thing give no value in common."""
        given = [v for v in self.values if v]
        return any(not (a & b) for i, a in enumerate(given) for b in given[i + 1 :])

    @property
    def only_in(self) -> int | None:
        present = [i for i, f in enumerate(self.figures) if f]
        return present[0] if len(present) == 1 and len(self.figures) > 1 else None


def figure_table(documents: Sequence[Document], analyses: Sequence[Analysis]) -> list[FigureRow]:
    """The numbers each article's claims give (:func:`~annotations.nlp.figures.find_figures`;
    years are dates and left out), one row per thing counted (grouped by :func:`~annotations.nlp.figures.thing_key`:
    "kilometres" and "kilometers", "users" and "people"); rows with a difference first, then those most articles give."""
    n = len(documents)
    found: dict[str, list[list[Figure]]] = defaultdict(lambda: [[] for _ in range(n)])
    shown: dict[str, Counter[str]] = defaultdict(Counter)
    for d, (doc, analysis) in enumerate(zip(documents, analyses)):
        for claim in analysis.claims:
            for fig in find_figures(doc.text, claim.start, claim.end):
                if fig.year:
                    continue
                key = thing_key(fig.thing)
                found[key][d].append(fig)
                shown[key][fig.thing] += 1
    rows = [FigureRow(shown[k].most_common(1)[0][0], tuple(tuple(f) for f in per)) for k, per in found.items()]
    rows.sort(key=lambda r: (not r.differs, -sum(1 for f in r.figures if f), r.thing))
    return rows


def shared_entities(rows: Sequence[EntityRow]) -> tuple[list[EntityRow], list[EntityRow]]:
    """Entities named by every article, and those named by only one (of several)."""
    return [r for r in rows if r.counts and all(r.counts)], [r for r in rows if r.only_in is not None]


@dataclass(frozen=True, slots=True)
class CompareTables:
    """Everything the compare screen and ``presslens compare`` show for a set of articles."""

    documents: tuple[Document, ...]
    result: SetAnalysis
    pairs: tuple[ClaimPair, ...]
    unique: tuple[ClaimRef, ...]
    sources: tuple[SourceRow, ...]
    figures: tuple[FigureRow, ...]
    entities: tuple[EntityRow, ...]


def compare_tables(documents: Sequence[Document], result: SetAnalysis) -> CompareTables:
    """The four tables of a set of articles from its analysis (alignment already in ``result.pairs``):
    pairs best first per claim, unique claims, sources, figures, entities."""
    analyses = [result.get(d.id) or Analysis(d.id, result.engine) for d in documents]
    order = {d.id: i for i, d in enumerate(documents)}
    pairs = sorted(result.pairs, key=lambda p: (order.get(p.a.doc_id, 0), p.a.start, -p.score, order.get(p.b.doc_id, 0)))
    found = counterparts(result.pairs, set(), len(documents))  # the reader's rule for ★: one rule
    unique = [ClaimRef(d.id, c.start, c.end) for d, a in zip(documents, analyses) for c in found.unique(d.id, a.claims)]
    return CompareTables(
        tuple(documents),
        result,
        tuple(pairs),
        tuple(unique),
        tuple(source_table(documents, analyses)),
        tuple(figure_table(documents, analyses)),
        tuple(entity_table(analyses)),
    )




def _ref(doc: Document, start: int, end: int) -> dict[str, Any]:
    return {"path": doc.path, "start": start, "end": end, "text": doc.text[start:end]}


def compare_payload(tables: CompareTables) -> dict[str, Any]:
    """The JSON of ``presslens compare`` (the contract of issue 13; offsets index ``text``)."""
    docs = tables.documents
    by_id = {d.id: d for d in docs}
    n = len(docs)

    def only(i: int | None) -> str | None:
        return docs[i].path if i is not None else None

    return {
        "engine": tables.result.engine,
        "documents": [{"path": d.path, "id": d.id, "title": d.title, "text": d.text} for d in docs],
        "pairs": [
            {
                "a": _ref(by_id[p.a.doc_id], p.a.start, p.a.end),
                "b": _ref(by_id[p.b.doc_id], p.b.start, p.b.end),
                "score": p.score,
                "relation": p.relation,
            }
            for p in tables.pairs
            if p.a.doc_id in by_id and p.b.doc_id in by_id
        ],
        "unique": [_ref(by_id[u.doc_id], u.start, u.end) for u in tables.unique],
        "sources": [
            {
                "name": s.name,
                "kind": s.kind,
                "variants": list(s.variants),
                "counts": {docs[i].path: s.counts[i] for i in range(n)},
                "only_in": only(s.only_in),
                "claims": [_ref(docs[i], a, b) for i in range(n) for a, b in s.claims[i]],
            }
            for s in tables.sources
        ],
        "figures": [
            {
                "counts": f.thing,
                "differs": f.differs,
                "only_in": only(f.only_in),
                "values": [
                    dict(_ref(docs[i], g.start, g.end), value=g.value, bound=g.bound)
                    for i in range(n)
                    for g in f.figures[i]
                ],
            }
            for f in tables.figures
        ],
        "entities": [
            {
                "text": e.text,
                "label": e.label,
                "variants": list(e.variants),
                "counts": {docs[i].path: e.counts[i] for i in range(n)},
                "shared_by_all": all(e.counts),
                "only_in": only(e.only_in),
            }
            for e in tables.entities
        ],
    }


def _value(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:g}"


def compare_rows(tables: CompareTables, table: str) -> tuple[list[str], list[list[Any]]]:
    """One section of ``presslens compare`` as a header and rows (csv, the plain-text table)."""
    docs = tables.documents
    by_id = {d.id: d for d in docs}
    paths = [d.path for d in docs]
    if table == "pairs":
        header = ["a_path", "a_start", "a_end", "a_text", "b_path", "b_start", "b_end", "b_text", "score", "relation"]
        rows = []
        for p in tables.pairs:
            a, b = by_id[p.a.doc_id], by_id[p.b.doc_id]
            rows.append([a.path, p.a.start, p.a.end, a.text[p.a.start : p.a.end], b.path, p.b.start, p.b.end,
                         b.text[p.b.start : p.b.end], p.score, p.relation])
        return header, rows
    if table == "unique":
        return ["path", "start", "end", "text"], [
            [by_id[u.doc_id].path, u.start, u.end, by_id[u.doc_id].text[u.start : u.end]] for u in tables.unique
        ]
    if table == "sources":
        header = ["source", "kind", *paths, "only_in", "variants"]
        return header, [
            [s.name, s.kind, *s.counts, paths[s.only_in] if s.only_in is not None else "", " · ".join(s.variants)]
            for s in tables.sources
        ]
    if table == "figures":
        header = ["counts", *paths, "differs"]
        return header, [
            [f.thing, *("; ".join(" ".join(g.text.split()) for g in per) for per in f.figures), "yes" if f.differs else ""]
            for f in tables.figures
        ]
    if table == "entities":
        header = ["entity", "label", *paths, "shared_by_all", "only_in"]
        return header, [
            [e.text, e.label, *e.counts, "yes" if all(e.counts) else "", paths[e.only_in] if e.only_in is not None else ""]
            for e in tables.entities
        ]
    raise ValueError(f"no compare table {table!r} (one of {', '.join(COMPARE_TABLES)})")


def _short(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_compare(tables: CompareTables, sections: Sequence[str] = COMPARE_TABLES, *, width: int = 60) -> str:
    """``presslens compare --format table``: each section as plain text, long cells cut."""
    labels = {d.path: f"[{i + 1}]" for i, d in enumerate(tables.documents)}
    out = ["Articles: " + "  ".join(f"[{i + 1}] {d.path}" for i, d in enumerate(tables.documents))]
    for section in sections:
        header, rows = compare_rows(tables, section)
        out.append("")
        out.append(f"{section} ({len(rows)})")
        if section == "pairs":
            for r in rows:
                out.append(f"  {labels[r[0]]} {_short(r[3], width)}")
                out.append(f"      {labels[r[4]]} {r[8]:.2f} {r[9]:11s} {_short(r[7], width)}")
            continue
        if section == "unique":
            out += [f"  {labels[r[0]]} {_short(r[3], width + 10)}" for r in rows]
            continue
        shown = [labels.get(h, h) for h in header]
        if "label" in header:  # people read this table: labels by the reader's names (csv and json keep GPE…)
            at = header.index("label")
            rows = [[*r[:at], label_name(r[at]), *r[at + 1 :]] for r in rows]
        cells = [[labels.get(c, _short(c, 28)) if isinstance(c, str) else str(c) for c in r] for r in rows]
        widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(shown)]
        out.append("  " + "  ".join(h.ljust(w) for h, w in zip(shown, widths)).rstrip())
        out += ["  " + "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(out)
