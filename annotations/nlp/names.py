"""Which names across a set of articles stand for one thing, and who a claim's source is.

One rule per concept, used by the entity panel (:func:`name_groups`), the claim alignment
(:mod:`annotations.nlp.align`: a shared name or speaker is evidence two claims are one) and
the sources table (:mod:`annotations.review.compare`).  The word lists are data
(``lexicon/aliases.txt``, ``lexicon/role_synonyms.txt``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from annotations.core.model import Claim, Entity, Span
from annotations.nlp import lexicon
from annotations.nlp.figures import stem

__all__ = [
    "PRONOUNS",
    "SURNAME_LABELS",
    "acronym_of",
    "alias_table",
    "descriptor_targets",
    "group_names",
    "name_groups",
    "name_key",
    "person_name",
    "role_of",
    "set_sources",
    "source_of",
]

#: Speakers that are pronouns: a claim's source is then the name ``refers_to`` gives, if any.
PRONOUNS = frozenset("he she it they we i you him her them us".split())

_DETERMINERS = frozenset("the a an this that these those its his her their our".split())
_ACRONYM_SKIP = frozenset("of and the for on in de".split())


def name_key(text: str) -> str:
    """How a name is compared: one space between words, case folded, no possessive ``'s``."""
    key = " ".join(text.split()).casefold()
    return re.sub(r"[’']s$", "", key)


def acronym_of(surface: str) -> str:
    """The initials a multi-word name is abbreviated to ("U.S. Geological Survey", "US Geological
    Survey" → ``usgs``; "Association of Southeast Asian Nations" → ``asean`` is not: only first
    letters, small words skipped → ``asan``); ``""`` for a one-word name."""
    words = surface.replace("-", " ").split()
    if len(words) < 2:
        return ""
    out = []
    for word in words:
        if word.casefold() in _ACRONYM_SKIP:
            continue
        letters = word.replace(".", "")
        if "." in word or (letters.isupper() and len(letters) <= 3):
            out.append(letters)  # U.S. → US, UN → UN
        elif letters[:1].isalpha():
            out.append(letters[0])
    return "".join(out).casefold()


@cache
def alias_table() -> dict[str, str]:
    """``lexicon/aliases.txt``: each alias (name key) → the name it stands for (name key)."""
    table: dict[str, str] = {}
    for line in lexicon.entries("aliases"):
        full, _, rest = line.partition("=")
        for alias in rest.split("|"):
            if alias.strip():
                table[name_key(alias)] = name_key(full)
    return table


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




def source_of(claim: Claim, entities: Sequence[Entity]) -> tuple[Span, str] | None:
    """Who a claim is attributed to, as written: ``(span, label)``.

    The speaker, or for a pronoun the name it refers to (none when unresolved);
    when a name lies inside the speaker phrase ("data from the USGS", "USGS analyst
    Dale Grant") that name, a person before an organisation; else the phrase itself
    (label ``""``: "Witnesses", "the watchdog").  ``entities`` are the document's, sorted.
    """
    span = claim.refers_to or claim.speaker
    if span is None or (claim.refers_to is None and name_key(span.text) in PRONOUNS):
        return None
    inside = [e for e in entities if e.start >= span.start and e.end <= span.end and e.label in _SOURCE_LABELS]
    if inside:
        best = min(inside, key=lambda e: (_SOURCE_LABELS.index(e.label), -(e.end - e.start)))
        skip = len(person_name(best.text)) if best.label == "PERSON" else len(best.text)
        start = best.end - skip
        return Span(start, best.end, best.text[len(best.text) - skip :]), best.label
    words = span.text.split()
    cut = next((i for i, w in enumerate(words) if i and w.casefold() in _PHRASE_END), len(words))
    words = words[:cut]  # "Users across the country" → "Users"
    while len(words) > 1 and (words[0].casefold() in _DETERMINERS or words[0].casefold() in _QUANTIFIERS or _POSSESSIVE.search(words[0])):
        words = words[1:]  # "the", "many", "country's"
    text = " ".join(words) or span.text
    start = span.start + span.text.find(text) if text in span.text else span.start
    return Span(start, start + len(text), text), ""


_PHRASE_END = frozenset("across with from of at in for on who which that familiar close".split())
_QUANTIFIERS = frozenset("many some several few most all other two three four".split())
_POSSESSIVE = re.compile(r"[’']s$")

#: Entity labels a source can be, most specific first.
_SOURCE_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def person_name(text: str) -> str:
    """A person's name without a role or title the engine took into it ("Geophysicist Julie
    Dutton", "State Hillary Clinton" → "Julie Dutton", "Hillary Clinton"); two words stay."""
    roles = _role_words()
    rest = text
    while len(rest.split()) > 2 and rest.split()[0].casefold().rstrip(".") in roles:
        rest = rest[len(rest.split()[0]) :].lstrip()
    return rest


@cache
def _role_words() -> frozenset[str]:
    """Words of titles and roles (``person_titles``, ``role_synonyms``), lower case."""
    words = {w.casefold().rstrip(".") for line in lexicon.entries("person_titles") for w in line.split()}
    words |= set(_role_synonyms())
    return frozenset(words)


@cache
def _role_synonyms() -> dict[str, str]:
    """``lexicon/role_synonyms.txt``: each role noun → the first word of its line."""
    table: dict[str, str] = {}
    for line in lexicon.entries("role_synonyms"):
        words = line.casefold().split()
        for word in words:
            table.setdefault(word, words[0])
    return table


def descriptor_targets(texts: Iterable[str], names: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Role nouns the articles put just before one name ("communications regulator Roskomnadzor",
    "USGS analyst Dale Grant"): role (its synonym line's first word) → that (name key, label).
    A role written before two different names is ambiguous and left out."""
    roles = _role_synonyms()
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    names = [n for n in names if n[0]]
    if not names:
        return {}
    pattern = re.compile(
        r"\b([A-Za-z]+)\s+(" + "|".join(re.escape(n[0]) for n in sorted(names, key=lambda n: -len(n[0]))) + r")\b",
        re.IGNORECASE,
    )
    by_key = defaultdict(list)
    for n in names:
        by_key[n[0]].append(n)
    for text in texts:
        for m in pattern.finditer(text):
            role = roles.get(m.group(1).casefold())
            if role:
                for n in by_key[name_key(m.group(2))]:
                    found[role].add(n)
    return {role: next(iter(ns)) for role, ns in found.items() if len(ns) == 1}


def role_of(phrase: str) -> str | None:
    """The role noun a descriptive source phrase is headed by ("the watchdog" → ``regulator``)."""
    words = [w for w in re.findall(r"[A-Za-z]+", phrase.casefold()) if w not in _DETERMINERS]
    roles = _role_synonyms()
    return roles.get(words[-1]) if words else None


def group_names(
    names: Sequence[tuple[str, str]],
    surfaces: Mapping[tuple[str, str], Iterable[str]],
    texts: Sequence[str] = (),
) -> dict[tuple[str, str], tuple[str, str]]:
    """:func:`name_groups`, then the rules that need the whole set: one name spelt two ways
    ("Organisation", "Organization") is one; an acronym is the one longer
    name with those initials ("USGS", "U.S. Geological Survey"); an alias from
    ``lexicon/aliases.txt`` is its name ("RKN", "Roskomnadzor"); a descriptive phrase (label
    ``""``) is the name its role noun stands before in the articles ("the watchdog", "regulator
    Roskomnadzor")."""
    groups = dict(name_groups(names, surfaces))
    named = [n for n in names if n[1]]
    # one name spelt two ways ("World Health Organisation", "World Health Organization")
    spelt: dict[tuple[str, str], tuple[str, str]] = {}
    for n in sorted(named):
        key = (" ".join(stem(w) for w in n[0].split()), n[1])
        if len(n[0].split()) > 1 and key in spelt and groups[spelt[key]] != groups[n]:
            old, new = groups[n], groups[spelt[key]]
            for m, root in groups.items():
                if root == old:
                    groups[m] = new
        spelt.setdefault(key, n)
    initials: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for n in named:
        for surface in surfaces.get(n, ()):
            acr = acronym_of(surface)
            if acr:
                initials[acr].add(groups[n])
    aliases = alias_table()
    by_key: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for n in names:
        by_key[n[0]].add(groups[n])
    targets = descriptor_targets(texts, named)
    phrases = [n for n in names if not n[1]]
    for n in phrases:  # "ministry", "development ministry" are the one longer "digital development ministry"
        words = n[0].split()
        longer = [m for m in phrases if len(m[0].split()) > len(words) and m[0].split()[-len(words):] == words]
        chain = max(longer, key=lambda m: len(m[0]), default=None)
        if chain is not None and all(chain[0].endswith(m[0]) for m in longer):
            old, new = groups[n], groups[chain]
            for m, root in groups.items():
                if root == old:
                    groups[m] = new
    for n in names:
        target = None
        key = n[0].replace(".", "")
        if n[1] and len(initials.get(key, ())) == 1 and " " not in key:
            target = next(iter(initials[key]))
        elif n[0] in aliases and by_key.get(aliases[n[0]]):
            target = min(by_key[aliases[n[0]]])
        elif not n[1]:
            role = role_of(n[0])
            if role in targets:
                target = groups.get(targets[role], targets[role])
        if target is not None and target != groups[n]:
            old = groups[n]
            for m, root in groups.items():
                if root == old:
                    groups[m] = target
    return groups


#: Entity labels of names (grouped across a set).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})


def set_sources(
    texts: Sequence[str], claims: Sequence[Sequence[Claim]], entities: Sequence[Sequence[Entity]]
) -> tuple[dict[tuple[str, str], tuple[str, str]], list[list[tuple[str, str] | None]]]:
    """The set's name groups (names and descriptive sources together, :func:`group_names`)
    and each claim's source as its group's (name key, label), ``None`` for a claim without one."""
    surfaces: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ents in entities:
        for e in ents:
            if e.label in NAME_LABELS:
                text = person_name(e.text) if e.label == "PERSON" else e.text
                surfaces[(name_key(text), e.label)].add(" ".join(text.split()))
    keys: list[list[tuple[str, str] | None]] = []
    for doc_claims, ents in zip(claims, entities):
        ents = sorted(ents, key=lambda e: (e.start, e.end))
        row: list[tuple[str, str] | None] = []
        for claim in doc_claims:
            found = source_of(claim, ents)
            if found is None:
                row.append(None)
                continue
            span, label = found
            key = (name_key(span.text), label)
            surfaces[key].add(" ".join(span.text.split()))
            row.append(key)
        keys.append(row)
    groups = group_names(sorted(surfaces), surfaces, texts)
    # A descriptive source ("the company") stands for the name its role goes with only in an
    # article that names that source itself: else it is its own source there.
    named_in = [
        {groups.get((name_key(person_name(e.text) if e.label == "PERSON" else e.text), e.label)) for e in ents}
        | {groups[k] for k in row if k is not None and k[1]}
        for ents, row in zip(entities, keys)
    ]
    out = []
    for d, row in enumerate(keys):
        resolved = []
        for k in row:
            if k is None:
                resolved.append(None)
            elif not k[1] and groups[k][1] and groups[k] not in named_in[d]:
                resolved.append(k)
            else:
                resolved.append(groups[k])
        out.append(resolved)
    return groups, out
