"""Compare what several articles mention: the entity index behind the entity panel."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from annotations.core.model import Analysis


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


#: Labels whose one-word name after a full name is the same person ("Gorelkin" after "Anton Gorelkin").
SURNAME_LABELS = frozenset({"PERSON"})


def _unique_longer(candidates: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one longer name a short one stands for: the longest, when every candidate is a prefix of it
    (Meta → Meta Platforms → Meta Platforms Inc); None when two different names could be meant."""
    if not candidates:
        return None
    longest = max(candidates, key=lambda c: len(c[0]))
    if all(longest[0].split()[: len(c[0].split())] == c[0].split() for c in candidates):
        return longest
    return None


def name_groups(
    names: Sequence[tuple[str, str]], surfaces: Mapping[tuple[str, str], Iterable[str]] | None = None
) -> dict[tuple[str, str], tuple[str, str]]:
    """Which (name, label) pairs are variants of one name, mapped to the group's full name.

    ``names`` are (casefolded name, label); ``surfaces``: how each was written.  The rules,
    each only when it is unambiguous:

    * case variants are one name, whatever the engine's label ("MOSCOW" ORG, "Moscow" GPE);
      the same spelling with two labels stays two rows ("Max" the person, "Max" the company);
    * a one-word person name is the person whose full name ends with it ("Gorelkin",
      "Anton Gorelkin"), when only one full name does ("Harlow" with "Jane Harlow" and
      "Bob Harlow" stays apart);
    * a name that begins a longer name of the same label is that name ("Meta",
      "Meta Platforms"), when the longer names are one chain.
    """
    parent: dict[tuple[str, str], tuple[str, str]] = {n: n for n in names}

    def find(n: tuple[str, str]) -> tuple[str, str]:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def union(short: tuple[str, str], full: tuple[str, str]) -> None:
        a, b = find(short), find(full)
        if a != b:
            parent[a] = b

    by_key: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        by_key[name[0]].append(name)
    written = {n: set((surfaces or {}).get(n, ())) for n in names}
    for same in by_key.values():  # case variants (the keys are casefolded), never the same spelling
        for i, one in enumerate(same):
            for other in same[i + 1 :]:
                if written[one] and written[other] and not written[one] & written[other]:
                    union(other, one)
    by_first: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (label, first word): names
    by_last: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)  # (label, last word): longer names
    for name in names:
        words = name[0].split()
        if words:
            by_first[(name[1], words[0])].append(name)
            if len(words) > 1:
                by_last[(name[1], words[-1])].add(name)
    for name in names:
        key, label = name
        tokens = key.split()
        if not tokens:
            continue
        prefixed = [
            n for n in by_first[(label, tokens[0])] if len(n[0].split()) > len(tokens) and n[0].split()[: len(tokens)] == tokens
        ]
        target = _unique_longer(prefixed)
        if target is None and len(tokens) == 1 and label in SURNAME_LABELS:
            ending = by_last[(label, key)]
            target = next(iter(ending)) if len(ending) == 1 else None
        if target is not None:
            union(name, target)
    return {n: find(n) for n in names}


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
