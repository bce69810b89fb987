"""Analysing a SET of articles: one result, computed once, cached, read by everyone.

Articles are read together, and what is found in one informs the others: a
name gets one label across the set (majority vote), and a mention an article's
own extraction missed is found from the others.  So a document's entities and
claims depend on the set it is read in, and the set's result is the one thing
the reader shows, the exports emit and ``presslens analyze`` prints
(:class:`~annotations.core.model.SetAnalysis`).

:func:`analyse_set` runs :data:`STEPS`, a pipeline of steps over the set (each
takes and fills a :class:`SetWork`):

1. :func:`extract_entities`: sentences and the engine's entities, per document
   (the per-document cache makes a new set of known articles cheap);
2. :func:`harmonise_names`: one label per name across the set;
3. :func:`find_claims`: claims (speaker, cue) on the harmonised entities, once
   per document;
4. :func:`~annotations.nlp.align.align_claims`: each claim's best counterpart in
   every other document (``SetAnalysis.pairs``).

With a cache (the store), the set's result is kept under (sorted document ids, engine label) and reused
while :data:`PIPELINE_VERSION` is the same: reopening a set extracts nothing.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from annotations.core.model import Analysis, Claim, ClaimPair, Document, Entity, SetAnalysis
from annotations.nlp.align import align_claims
from annotations.nlp.claims import extract_claims
from annotations.nlp import lexicon
from annotations.nlp.extract import NAME_LABELS, Engine, gazetteer, read_document, title_case_line
from annotations.nlp.sentences import split_sentences

__all__ = [
    "PIPELINE_VERSION",
    "STEPS",
    "SetCache",
    "SetWork",
    "analyse_set",
    "extract_entities",
    "find_claims",
    "harmonise_names",
    "harmonize_entities",
]

#: Names the steps that make a set analysis; change it when a step changes what it finds,
#: so cached results of the old steps are recomputed.
# 2: the engine's own speakers (a parse) kept for the claims step; 3: texts an engine cannot read get
# none, and say why; 4: claim alignment (pairs); 5: no name added inside a longer capitalised name; 6: nor a letter
# alone; 7: "I" and "A" only, and a date or "and" after a name ends the longer name; 8: a plural noun of the
# dictionary ("Sailors") not added at other mentions; 9: unless a surname met after a given name ("Jeff Sessions")
PIPELINE_VERSION = "entities+harmonise+claims+align/9"

#: Tie-break order for cross-document label votes (earlier wins).
_LABEL_PRIORITY = {label: i for i, label in enumerate(("ORG", "PERSON", "GPE", "NORP", "LOC"))}


class SetCache(Protocol):
    """Where analyses are kept between runs (the store is one).

    Per document: the engine's own entities and sentences (no claims), keyed by
    document id and engine label.  Per set: the whole result, keyed by the
    sorted document ids and engine label.  ``put_set_analysis`` also marks the
    result as the one shown for its documents.
    """

    def get_analysis(self, doc_id: str, engine: str) -> Analysis | None: ...

    def put_analysis(self, analysis: Analysis) -> None: ...

    def get_set_analysis(self, doc_ids: Sequence[str], engine: str) -> SetAnalysis | None: ...

    def put_set_analysis(self, result: SetAnalysis) -> None: ...


@dataclass
class SetWork:
    """The set being analysed, filled in step by step (lists parallel to ``documents``)."""

    documents: Sequence[Document]
    engine: Engine
    cache: SetCache | None = None
    sentences: list[tuple[tuple[int, int], ...]] = field(default_factory=list)
    entities: list[list[Entity]] = field(default_factory=list)
    claims: list[list[Claim]] = field(default_factory=list)
    parsed: list[tuple[Claim, ...]] = field(default_factory=list)  # the engine's own speakers, per document
    notes: list[str] = field(default_factory=list)  # why a document has no highlights ("" when it has)
    pairs: list[ClaimPair] = field(default_factory=list)  # claim alignment across the set

    def result(self) -> SetAnalysis:
        analyses = (
            Analysis(doc.id, self.engine.label, tuple(ents), tuple(claims), sentences, note)
            for doc, ents, claims, sentences, note in zip(self.documents, self.entities, self.claims, self.sentences, self.notes)
        )
        return SetAnalysis(self.engine.label, PIPELINE_VERSION, tuple(analyses), tuple(self.pairs))


def extract_entities(work: SetWork) -> None:
    """Sentences and the engine's entities of each document (from the per-document cache when known)."""
    cache, label = work.cache, work.engine.label
    for doc in work.documents:
        raw = cache.get_analysis(doc.id, label) if cache is not None else None
        if raw is None:
            sentences = tuple(split_sentences(doc.text))
            # a text the engine cannot read gets no highlights, and says why, instead of wrong ones
            entities, parsed, why = read_document(work.engine, doc.text, sentences)
            # the engine's own speakers (a parser's) are kept as claims of the raw analysis
            raw = Analysis(doc.id, label, tuple(entities), tuple(parsed), sentences, note=why)
            if cache is not None:
                cache.put_analysis(raw)
        work.sentences.append(raw.sentences)
        work.entities.append(list(raw.entities))
        work.parsed.append(raw.claims)
        work.notes.append(raw.note)


def harmonise_names(work: SetWork) -> None:
    """One label per name across the set (see :func:`harmonize_entities`)."""
    work.entities = harmonize_entities([doc.text for doc in work.documents], work.entities)


def find_claims(work: SetWork) -> None:
    """Claims of each document, on its harmonised entities."""
    work.claims = [
        [] if note else extract_claims(doc.text, ents, sentences, parsed)
        for doc, ents, sentences, parsed, note in zip(work.documents, work.entities, work.sentences, work.parsed, work.notes)
    ]


#: The steps of a set analysis, in order.
STEPS: tuple[Callable[[SetWork], None], ...] = (extract_entities, harmonise_names, find_claims, align_claims)


def analyse_set(documents: Sequence[Document], engine: Engine, cache: SetCache | None = None) -> SetAnalysis:
    """The analysis of ``documents`` read together, with ``engine``: computed once per set.

    With a ``cache``, a result kept for the same set (sorted ids), engine label
    and :data:`PIPELINE_VERSION` is returned without extracting anything; a new
    result is kept.  Either way it becomes the result shown for its documents.
    The analyses are in the order of ``documents``.
    """
    doc_ids = [doc.id for doc in documents]
    result = cache.get_set_analysis(doc_ids, engine.label) if cache is not None else None
    if result is None or result.pipeline != PIPELINE_VERSION:
        work = SetWork(documents, engine, cache)
        for step in STEPS:
            step(work)
        result = work.result()
    if cache is not None:
        cache.put_set_analysis(result)
    return result.ordered(doc_ids)


def harmonize_entities(texts: Sequence[str], entity_lists: Sequence[Iterable[Entity]]) -> list[list[Entity]]:
    """Make proper names consistent across ``texts``.

    Every surface form found as a name gets one label (majority vote over all
    its mentions; ties by a fixed priority), and every whole-word, exact
    occurrence of such a name that no entity covers yet becomes an entity too, unless it is a word
    of a longer capitalised name there (see :func:`_inside_longer_name`).
    """
    votes: dict[str, Counter[str]] = {}
    lists = [list(ents) for ents in entity_lists]
    for ents in lists:
        for e in ents:
            if e.label in NAME_LABELS and any(ch.isupper() for ch in e.text) and e.text not in ("I", "A"):
                # (a name has a capital: a lower-case word taken for a name in one article, "the", must not
                # become a name at every one of its mentions in the set; nor may the words "I" and "A")
                votes.setdefault(e.text, Counter())[e.label] += 1
    if not votes:
        return lists
    best = {
        surface: min(counter.items(), key=lambda kv: (-kv[1], _LABEL_PRIORITY[kv[0]]))[0]
        for surface, counter in votes.items()
    }
    gaz = gazetteer()
    # a plural noun of the dictionary taken for a name once is no name at every other mention: "Sailors" (read as a
    # name after "Chief of Naval Personnel") stays the sailors elsewhere; it keeps its label where the engine found it;
    # but a surname met after a given name is one ("Jeff Sessions", then "A letter to Sessions")
    surnames = {
        words[-1] for e in (x for ents in lists for x in ents if x.label == "PERSON") if len(words := e.text.split()) > 1
        and (words[0] in gaz.first_names or words[0] in gaz.given_names)
    }
    names = sorted((s for s in best if s in surnames or not _plural_word(s, gaz.english)), key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in names) + r")(?![\w])")
    out: list[list[Entity]] = []
    for text, ents in zip(texts, lists):
        fixed = [Entity(e.start, e.end, e.text, best[e.text]) if e.label in NAME_LABELS and e.text in best else e for e in ents]
        covered = sorted((e.start, e.end) for e in fixed)
        added = [
            Entity(m.start(), m.end(), m.group(), best[m.group()])
            for m in pattern.finditer(text)
            if not _overlaps(covered, m.start(), m.end()) and not _inside_longer_name(text, m.start(), m.end())
        ]
        merged = sorted(fixed + added, key=lambda e: (e.start, e.end))
        out.append(merged)
    return out


def _plural_word(surface: str, english: frozenset[str]) -> bool:
    """``surface`` is one capitalised plural noun of the dictionary ("Sailors", "Veterans", "Volunteers")."""
    low = surface.lower()
    return low.endswith("s") and surface[1:].islower() and surface.isalpha() and low in english and low[:-1] in english


#: The capitalised word right before a mention on its line, and the capitalised words (with the small words
#: between them) right after it.
_WORD_BEFORE = re.compile(r"([A-Z][\w.'’&]*) $")
_RUN_AFTER = re.compile(r"(?: (?:[A-Z][\w'’&.-]*|of|and|for|on|in|the))+")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """The mention ``[start, end)`` is a word of a longer capitalised name on its line, one the engine read as a
    whole ("the Ukraine Security Assistance Initiative", "Coast Guard Air Station Sitka", "the Army National Guard"),
    so it is no name of its own there.  Not in a headline (every word capitalised), nor next to a title ("NOAA
    Administrator", "Prime Minister Hun Sen"), a common word ("The Commission") or a model ("Coast Guard MH-60")."""
    gaz = gazetteer()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if title_case_line([m.group() for m in lexicon.TOKEN_RE.finditer(line)], line):
        return False  # a headline's capitals
    if (before := _WORD_BEFORE.search(text, max(line_start, start - 40), start)) is not None:
        word = before.group(1).rstrip(".")
        if word.lower() not in gaz.common and word.lower() not in gaz.english and word not in gaz.title_words:
            return True
    if (after := _RUN_AFTER.match(text, end)) is None:
        return False
    caps: list[str] = []  # the capitalised words after it, over small words ("… Health and Stranding Response Program")
    adjacent: list[str] = []  # those before any "and" (a list: "Walikale and Masisi")
    joined = True
    for w in after.group().split():
        if any(ch.isdigit() for ch in w):
            break  # a model: "Coast Guard MH-60"
        joined = joined and w != "and"
        if w[:1].isupper():
            caps.append(w.rstrip("."))
            if joined:
                adjacent.append(w.rstrip("."))
        if w.endswith(".") and w.count(".") == 1 and len(w) > 4:
            break  # the sentence ends: "… Initiative. A crew"
    if caps and caps[-1] in lexicon.PROGRAMME_HEADS:
        return True  # a programme's name, which has no names inside it: "the Ukraine Defence Support Initiative"
    weekdays, months = lexicon.words("weekdays"), lexicon.month_numbers()
    adjacent = adjacent[: next((k for k, w in enumerate(adjacent) if w in weekdays or w in months), len(adjacent))]
    # (a date after it is no part of a name: "Fighting reached Walikale Monday")
    return bool(adjacent) and not any(w in gaz.title_words for w in adjacent) and adjacent[-1].lower() not in gaz.common


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """``[start, end)`` overlaps one of ``spans`` (sorted, non-overlapping)."""
    k = bisect.bisect_left(spans, (end, end))
    return k > 0 and spans[k - 1][1] > start
