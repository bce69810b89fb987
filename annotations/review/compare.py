"""Compare what several articles mention: the entity index behind the entity panel."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from annotations.core.model import Analysis
from annotations.nlp.names import name_groups

__all__ = ["EntityRow", "entity_table", "name_groups"]


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
