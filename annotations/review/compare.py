"""Compare what several articles mention: the entity index behind the entity panel."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from annotations.core.model import Analysis


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity (a name with a label) across the open articles."""

    text: str
    label: str
    counts: tuple[int, ...]  # mentions per article, in the order of the analyses
    mentions: tuple[tuple[tuple[int, int], ...], ...]  # (start, end) spans per article

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
    """Every distinct (name, label) across the analyses, most mentioned first."""
    n = len(analyses)
    mentions: dict[tuple[str, str], list[list[tuple[int, int]]]] = defaultdict(lambda: [[] for _ in range(n)])
    surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for i, analysis in enumerate(analyses):
        for ent in analysis.entities:
            key = (_key(ent.text), ent.label)
            mentions[key][i].append((ent.start, ent.end))
            surfaces[key][" ".join(ent.text.split())] += 1
    rows = [
        EntityRow(
            text=surfaces[key].most_common(1)[0][0],
            label=key[1],
            counts=tuple(len(spans) for spans in per_doc),
            mentions=tuple(tuple(spans) for spans in per_doc),
        )
        for key, per_doc in mentions.items()
    ]
    rows.sort(key=lambda r: (-r.total, -r.articles, r.text.casefold(), r.label))
    return rows
