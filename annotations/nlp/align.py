"""Claim alignment across a set of articles: each claim's best counterpart in every other one.

For every claim of every article and every other article of the set, the claim there that
says most nearly the same thing, with a score (0..1, higher is more alike) and a relation
(:data:`~annotations.core.model.ALIGNMENT_RELATIONS`):

* ``conflicting``: the two are aligned (score at least :data:`RELATED_MIN`; for sources
  :data:`SAME_MIN`) but give
  different figures for the same thing ("fifteen kilometres" / "about 10 kilometers" from
  the capital; a limit such as "5.0 or higher" is not a figure here) or credit it to two
  different sources (as grouped across the set: "Dutton" and "she" are one);
* ``same``: score at least :data:`SAME_MIN`;
* ``related``: otherwise.

The score is the cosine of two weighted term vectors (TF-IDF over the set's claims): content
words (stemmed, :func:`~annotations.nlp.figures.stem`), word pairs, figures by value, names
by their group across the set (:func:`~annotations.nlp.names.group_names`: "USGS" is "U.S.
Geological Survey") and the claim's source (:func:`~annotations.nlp.names.source_of`; a
resolved "she" is the person).  Each family has a weight (:class:`Scorer`); the weights were
chosen on the dev alignment gold (``bench/compare.py`` prints each candidate's top-1).
Cosines are summed over an inverted index, so only claims sharing a term are compared:
pure Python, no model, nothing downloaded.

Measured with leave-one-event-out on the dev gold (``bench/compare.py --loeo``: 54/70 top-1 with
the default weights, 51/70 when the weights are re-chosen on each fold's eight other events) and
not kept, as each scored the left-out events lower (figures before merging main's entity rules): content words cut to 6
letters (53), a bonus for two claims near their articles' tops (51), a hubness penalty (CSLS-like,
50), discounting terms found in every article (52), the neighbours' scores (diagonal prior, 50),
stop words weighted down (52); letter 4-grams and a relative-position bonus gained nothing on
the whole dev set.  The top-1 misses left are paraphrases ("sends a clear message ... held
accountable" / "sent a clear signal ... neither rank nor title will shield") and vague
statements ("Today, we give it concrete priorities").

:func:`align_claims` is the pipeline's step (the result is cached with the set analysis).
Which claims no other article has is :mod:`annotations.review.counterparts`' rule (a claim with
no ``same`` or ``conflicting`` pair), shared by the compare tables and the reader.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotations.core.model import Claim, ClaimPair, ClaimRef, Entity
from annotations.nlp.figures import Figure, content_words, find_figures
from annotations.nlp.names import NAME_LABELS, name_key, set_sources

if TYPE_CHECKING:
    from annotations.nlp.pipeline import SetWork

__all__ = [
    "DEFAULT_SCORER",
    "RELATED_MIN",
    "SAME_MIN",
    "SCORERS",
    "Scorer",
    "ScoredPair",
    "align",
    "align_claims",
    "scored_pairs",
]

#: Score from which two claims count as the same claim (else related).  0.11 and 0.09 are what
#: leave-one-event-out chose in every fold on the dev gold with the default weights (``bench/compare.py --loeo``; 0.09 and
#: 0.07 before: more loosely matched pairs called same or conflicting, 81 of 381 unlisted ones, now 51).
SAME_MIN = 0.11
#: Score from which a figure or source difference makes two claims conflicting.
RELATED_MIN = 0.09
#: Terms in more than a quarter of the set's claims, and in more than this many, are not summed.
COMMON_MIN = 40



@dataclass(frozen=True, slots=True)
class Scorer:
    """The weight of each family of terms in a claim's vector (0 leaves the family out)."""

    name: str
    words: float = 0.0  # every word as written (lower case), stop words too
    bigrams: float = 0.0  # consecutive words as written
    stems: float = 0.0  # content words, stemmed, synonyms joined ("quake", "earthquake")
    figures: float = 0.0  # figures, by value
    counted: float = 0.0  # what figures count ("people", "deaths": counted_synonyms), whatever the value
    names: float = 0.0  # names, by their group across the set
    source: float = 0.0  # the claim's source, by its group
    same_min: float | None = None  # relation thresholds (None: the module's SAME_MIN / RELATED_MIN)
    related_min: float | None = None


#: The candidates measured on the dev gold (``bench/compare.py``); the first is the issue's baseline.
SCORERS: dict[str, Scorer] = {
    s.name: s
    for s in (
        Scorer("tfidf-words-1-2grams", words=1.0, bigrams=1.0),
        Scorer("stemmed-content-words", stems=1.0),
        Scorer("stems+figures", stems=1.0, figures=2.0),
        Scorer("tfidf+figures", words=1.0, bigrams=1.0, figures=2.0),
        Scorer("tfidf+figures+names", words=1.0, bigrams=1.0, figures=2.0, names=0.5),
        Scorer("tfidf+figures+names+source", words=1.0, bigrams=1.0, figures=2.0, names=0.5, source=0.5),
        Scorer("tfidf+figures+counted+names+source", words=1.0, bigrams=1.0, figures=2.0, counted=1.0, names=0.5, source=0.5),
        Scorer("tfidf+figures+counted0.5+names+source", words=1.0, bigrams=1.0, figures=2.0, counted=0.5, names=0.5, source=0.5),
        Scorer("tfidf+stems+figures+names+source", words=1.0, bigrams=1.0, stems=1.0, figures=2.0, names=0.5, source=0.5),
        Scorer("tfidf+figures+names+source (1.0)", words=1.0, bigrams=1.0, figures=2.0, names=1.0, source=1.0),
    )
}
DEFAULT_SCORER = SCORERS["tfidf+figures+counted+names+source"]

_RAW_WORD_RE = re.compile(r"\w+")


@dataclass
class _ClaimInfo:
    doc: int
    claim: Claim
    terms: Counter[str]
    figures: list[Figure]
    source: tuple[str, str] | None  # group root of the claim's source


def _terms(text: str, claim: Claim, ents: Sequence[Entity], groups, source, figures, scorer: Scorer) -> Counter[str]:
    terms: Counter[str] = Counter()
    body = text[claim.start : claim.end]
    if scorer.words or scorer.bigrams:
        words = [w.casefold() for w in _RAW_WORD_RE.findall(body)]
        if scorer.words:
            terms.update("w:" + w for w in words)
        if scorer.bigrams:
            terms.update(f"b:{a} {b}" for a, b in zip(words, words[1:]))
    if scorer.stems:
        terms.update("c:" + w for _, _, w in content_words(body))
    if scorer.figures:
        terms.update(f"f:{f.value:g}" for f in figures)
    if scorer.counted:
        terms.update(f"u:{u}" for f in figures if not f.year for u in f.units)
    if scorer.names:
        for e in ents:
            if e.label in NAME_LABELS and e.start >= claim.start and e.end <= claim.end:
                root = groups.get((name_key(e.text), e.label))
                if root is not None:
                    terms[f"n:{root[0]}|{root[1]}"] += 1
    if scorer.source and source is not None:
        terms[f"s:{source[0]}|{source[1]}"] += 1
    return terms


def _family_weights(scorer: Scorer) -> dict[str, float]:
    """The scorer's weight of each term family, by the term's first letter."""
    return {"w": scorer.words, "b": scorer.bigrams, "c": scorer.stems, "f": scorer.figures, "u": scorer.counted, "n": scorer.names, "s": scorer.source}


def _vectors(infos: Sequence[_ClaimInfo], scorer: Scorer) -> list[dict[str, float]]:
    """TF-IDF vectors (log tf, smoothed idf over the set's claims, family weights), unit length."""
    df: Counter[str] = Counter()
    for info in infos:
        df.update(info.terms.keys())
    n = len(infos)
    idf = {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}
    vectors = []
    weights = _family_weights(scorer)  # (once per set, not once per term)
    for info in infos:
        vec = {t: (1.0 + math.log(c)) * idf[t] * weights[t[0]] for t, c in info.terms.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items() if v})
    return vectors


def _figures_differ(a: _ClaimInfo, b: _ClaimInfo) -> bool:
    """A figure of ``a`` for a thing ``b`` also counts, with no value of ``b`` equal to it, and
    no figure the two share for that thing ("from phase 5 to phase 6" and "phase 6" agree)."""
    values_b = {fb.value for fb in b.figures}
    for fa in a.figures:
        if fa.bound or fa.value in values_b:
            continue
        same_thing = [fb for fb in b.figures if fb.units & fa.units and fb.year == fa.year and not fb.bound]
        if same_thing and not any(f.value == fb.value for fb in same_thing for f in a.figures if f.units & fb.units):
            return True
    return False


def _sources_differ(a: _ClaimInfo, b: _ClaimInfo) -> bool:
    return a.source is not None and b.source is not None and a.source != b.source


def relation(
    score: float, figures_differ: bool, sources_differ: bool, same_min: float | None = None, related_min: float | None = None
) -> str:
    """The one rule for a pair's relation: conflicting when the figures differ (from
    :data:`RELATED_MIN`) or, for what would be the same claim (:data:`SAME_MIN`), the sources."""
    same_min = SAME_MIN if same_min is None else same_min
    related_min = RELATED_MIN if related_min is None else related_min
    if (figures_differ and score >= related_min) or (sources_differ and score >= same_min):
        return "conflicting"
    return "same" if score >= same_min else "related"


@dataclass(frozen=True, slots=True)
class ScoredPair:
    """A claim's best counterpart in another document, before the relation is decided."""

    a: ClaimRef
    b: ClaimRef
    score: float
    figures_differ: bool
    sources_differ: bool

    def labelled(self, same_min: float | None = None, related_min: float | None = None) -> ClaimPair:
        rel = relation(self.score, self.figures_differ, self.sources_differ, same_min, related_min)
        return ClaimPair(self.a, self.b, self.score, rel)


def align(
    doc_ids: Sequence[str],
    texts: Sequence[str],
    claims: Sequence[Sequence[Claim]],
    entities: Sequence[Sequence[Entity]],
    scorer: Scorer = DEFAULT_SCORER,
) -> list[ClaimPair]:
    """Every claim's best counterpart in each other document (pairs with a score above 0 only:
    a claim sharing no word, figure, name or source with an article has no counterpart there)."""
    same_min = SAME_MIN if scorer.same_min is None else scorer.same_min
    related_min = RELATED_MIN if scorer.related_min is None else scorer.related_min
    return [
        ClaimPair(a, b, score, relation(score, fd, sd, same_min, related_min))
        for a, b, score, fd, sd in _best_pairs(doc_ids, texts, claims, entities, scorer, min(same_min, related_min))
    ]


def scored_pairs(
    doc_ids: Sequence[str],
    texts: Sequence[str],
    claims: Sequence[Sequence[Claim]],
    entities: Sequence[Sequence[Entity]],
    scorer: Scorer = DEFAULT_SCORER,
) -> list[ScoredPair]:
    """:func:`align` without the relation (``bench/compare.py`` tries thresholds on these)."""
    return [ScoredPair(*p) for p in _best_pairs(doc_ids, texts, claims, entities, scorer, 0.0)]


def _best_pairs(doc_ids, texts, claims, entities, scorer: Scorer, flags_from: float):
    """(a, b, score, figures differ, sources differ) per claim and other document; the two
    differences are looked at only from a score of ``flags_from`` (below, no relation needs them)."""
    groups, sources = set_sources(texts, claims, entities)
    infos: list[_ClaimInfo] = []
    for d, (text, doc_claims, ents) in enumerate(zip(texts, claims, entities)):
        ents = sorted(ents, key=lambda e: (e.start, e.end))
        for claim, source in zip(doc_claims, sources[d]):
            figures = find_figures(text, claim.start, claim.end)
            terms = _terms(text, claim, ents, groups, source, figures, scorer)
            infos.append(_ClaimInfo(d, claim, terms, figures, source))
    vectors = _vectors(infos, scorer)
    # A term in more than a quarter of the set's claims (and many) says little about which claim is the
    # counterpart; it is left out of the sums (not of the norms), which keeps large sets fast.
    common = max(COMMON_MIN, len(infos) // 4)
    postings: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for t, v in vec.items():
            postings[t].append((i, infos[i].doc, v))
    pairs: list[tuple[ClaimRef, ClaimRef, float, bool, bool]] = []
    for i, vec in enumerate(vectors):
        mine = infos[i].doc
        acc: dict[int, float] = defaultdict(float)
        for t, v in vec.items():
            plist = postings[t]
            if len(plist) > common:
                continue
            for j, d, w in plist:
                if d != mine:
                    acc[j] += v * w
        best: dict[int, tuple[float, int]] = {}
        for j, s in acc.items():
            d = infos[j].doc
            # ties: the earlier claim, so the result does not depend on dict order
            if d not in best or s > best[d][0] or (s == best[d][0] and j < best[d][1]):
                best[d] = (s, j)
        a = infos[i]
        for d in sorted(best):
            s, j = best[d]
            b = infos[j]
            score = round(min(1.0, max(0.0, s)), 4)
            flags = score >= flags_from
            pairs.append((
                ClaimRef(doc_ids[a.doc], a.claim.start, a.claim.end),
                ClaimRef(doc_ids[b.doc], b.claim.start, b.claim.end),
                score,
                flags and _figures_differ(a, b),
                flags and _sources_differ(a, b),
            ))
    return pairs


def align_claims(work: SetWork) -> None:
    """The pipeline step: fill ``work.pairs`` from the set's claims and entities."""
    work.pairs = align(
        [doc.id for doc in work.documents], [doc.text for doc in work.documents], work.claims, work.entities
    )
