"""Which claims of the other articles stand for a claim, once people have had their say.

The alignment step (:mod:`annotations.nlp.align`) gives every claim its best counterpart in
each other article (:class:`~annotations.core.model.ClaimPair`); a pair whose relation is
``same`` or ``conflicting`` is a counterpart (:attr:`ClaimPair.counterpart`).  A person can
reject a pair (kept in the store, :meth:`AnnotationStore.reject_pair`) or confirm it (a
link annotation: :data:`annotations.actions.PAIR_LINKS`).  This is the one place that
combines the three: what the reader shows and jumps between, and which claims are unique to
their outlet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from annotations.core.model import Claim, ClaimPair

__all__ = ["Counterparts", "counterparts"]

ClaimKey = tuple[str, int, int]  # (doc id, start, end)


@dataclass
class Counterparts:
    """Counterparts per claim, best first, one per other article."""

    by_claim: dict[ClaimKey, list[ClaimPair]] = field(default_factory=dict)
    documents: int = 0  # how many articles were aligned

    def of(self, doc_id: str, start: int, end: int) -> list[ClaimPair]:
        return self.by_claim.get((doc_id, start, end), [])

    def unique(self, doc_id: str, claims: Iterable[Claim]) -> list[Claim]:
        """The claims of ``doc_id`` no other article has a counterpart of (none when only one article is open)."""
        if self.documents < 2:
            return []
        return [c for c in claims if not self.of(doc_id, c.start, c.end)]


def counterparts(
    pairs: Sequence[ClaimPair], rejected: set[frozenset[ClaimKey]], documents: int
) -> Counterparts:
    """The counterpart pairs that no one rejected, per claim, best score first."""
    out = Counterparts(documents=documents)
    for pair in pairs:
        if not pair.counterpart:
            continue
        a = (pair.a.doc_id, pair.a.start, pair.a.end)
        b = (pair.b.doc_id, pair.b.start, pair.b.end)
        if frozenset({a, b}) in rejected:
            continue
        out.by_claim.setdefault(a, []).append(pair)
    for found in out.by_claim.values():
        found.sort(key=lambda p: -p.score)
    return out
