"""Speakers from a dependency parse, for the spaCy engine (the Gender Gap Tracker's technique).

The rules in :mod:`annotations.nlp.claims` read the word order; a parser knows which noun
phrase is the subject of which verb, however long the phrase or the sentence is.  For each
sentence: a speech verb (by lemma) with a nominal subject gives the subject as speaker
("Russia's state communications watchdog Roskomnadzor confirmed" -> the whole subject, then
narrowed to the name that heads it); "according to X" gives X; a passive speech verb with an
agent ("was confirmed by X") gives the agent.  The rules' answer comes first; the parse fills
in the sentences where they find no speaker (:func:`annotations.nlp.claims.extract_claims`
takes these as ``parsed``; on the dev gold that beat letting the parse override the rules).

spaCy is imported by the caller (the optional engine); this module only walks its tokens.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from annotations.core.model import Claim, Entity, Span

__all__ = ["SPEECH_LEMMAS", "dependency_attributions"]

#: Lemmas of verbs that report speech or a stated position.
SPEECH_LEMMAS = frozenset(
    """say tell add warn argue confirm note claim state announce insist deny write explain report acknowledge
    admit assert comment complain declare estimate predict promise reply respond reveal stress suggest urge
    tweet post allege conclude emphasise emphasize caution observe recall reiterate testify vow concede believe
    contend maintain counter disclose signal accuse find forecast elaborate indicate deplore echo lament
    underline underscore point describe call quote""".split()
)
_SUBJECTS = frozenset({"nsubj"})
_DROPPED_CHILDREN = frozenset({"relcl", "acl", "appos", "punct", "advcl", "prep", "cc", "conj"})
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def dependency_attributions(docs: Iterable[tuple[int, Any]], text: str, entities: Sequence[Entity]) -> list[Claim]:
    """For each parsed sentence with an attribution, a claim over that sentence carrying the best
    speaker and cue the parse shows (the main verb's subject, then "according to", then another
    speech verb's subject, then a passive's agent).

    ``docs``: ``(offset, spacy Doc)`` for the pieces of ``text`` that were parsed.  What the
    rules make of each sentence (kind, quotations, follow-up quotes) is left to
    :func:`annotations.nlp.claims.extract_claims`, which takes these as ``parsed``.
    """
    names = sorted((e for e in entities if e.label in _NAMES), key=lambda e: e.start)
    starts = [e.start for e in names]
    out: list[Claim] = []
    for offset, doc in docs:
        for sent in doc.sents:
            found = sorted(_attributions(sent), key=lambda a: a[2])
            if not found:
                continue
            (s0, s1), (c0, c1), _ = found[0]
            s0, s1, c0, c1 = s0 + offset, s1 + offset, c0 + offset, c1 + offset
            s0, s1 = _name_of(names, starts, s0, s1)
            a, b = sent.start_char + offset, sent.end_char + offset
            out.append(Claim(a, b, text[a:b], "reported", Span(s0, s1, text[s0:s1]), Span(c0, c1, text[c0:c1])))
    return out


def _attributions(sent: Any) -> Iterable[tuple[tuple[int, int], tuple[int, int], int]]:
    for token in sent:
        candidate = None
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                rank = 1
                candidate = (_phrase(objects[0], keep_conj=True), (token.idx, to.idx + len(to.text)))
        elif token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_LEMMAS:
            subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
            agent = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            cue = (token.idx, token.idx + len(token.text))
            if token.lemma_.lower() == "point":
                particle = [c for c in token.children if c.dep_ == "prt" and c.lower_ == "out"]
                if not particle:
                    continue
                cue = (token.idx, particle[0].idx + len(particle[0].text))
            if subjects:
                rank = 0 if token.dep_ == "ROOT" else 2
                candidate = (_phrase(subjects[0]), cue)
            elif agent:
                rank = 3
                candidate = (_phrase(agent[0], keep_conj=True), cue)
        if candidate is not None:
            yield candidate[0], candidate[1], rank


def _phrase(head: Any, *, keep_conj: bool = False) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``head``: its subtree without relative clauses,
    asides, appositions and prepositional tails (the minimal phrase: "officials in the capital"
    gives "officials"); ``keep_conj`` keeps "X and Y" (two sources of one report)."""
    left, right = head.idx, head.idx + len(head.text)
    for child in head.children:
        if child.dep_ in _DROPPED_CHILDREN and not (keep_conj and child.dep_ in ("cc", "conj")):
            continue
        for t in child.subtree:
            left = min(left, t.idx)
            right = max(right, t.idx + len(t.text))
    return left, right


def _name_of(names: Sequence[Entity], starts: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """A name that ends the phrase speaks ("communications regulator Roskomnadzor" -> "Roskomnadzor")."""
    i = bisect_right(starts, end) - 1
    while i >= 0 and names[i].start >= start:
        if names[i].end == end and names[i].label != "NORP":
            return names[i].start, names[i].end
        i -= 1
    return start, end
