"""A learned last look at the built-in engine's entities: keep, relabel or drop each one.

The rules propose names; a linear model read off the project's own gold (the dev rounds of
``tests/gold_real``, see ``lexicon/make_rescorer.py``) decides, for each proposed span, whether the
gold would have it with this label, with another, or not at all.  It looks only at spans of one or two
words in an article (not a sentence or two), and changes the rules' call only when another class wins
by a clear margin.  Its features are the span's words, shape, head, length, whether it opens a sentence,
how often the same text was proposed in the document, all joined to the label the rules gave (not the
words around it: a word or two of context taught it more noise than sense, "WhatsApp owner Meta
Platforms" a person).  It never adds a span and never moves one's ends: it only removes what the gold
would not have or changes its label.

The weights are data (``lexicon/entity_rescorer.tsv``), made by the averaged perceptron in
``make_rescorer.py``; the same :func:`features` is used to train and to read.  A change of the rules
calls for a new file (the rules' revision names both).  What it adds on dev rounds it was not trained
on, and what it costs in speed: ``bench/rescorer.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from annotations.core.model import Entity

__all__ = ["NONE", "decide", "features", "rescore", "short", "weights"]

#: The class of a span the gold does not have.
NONE = "NONE"
#: A change needs this much more score than keeping the rules' label (the model's margin).
MARGIN = 2.0

#: Only spans of at most this many words are looked at: a word or two is where a word alone misleads the rules
#: ("one", "European", "Indigenous", "Liberals"); a longer name the rules found is kept as they found it.
LONGEST = 2
#: Texts of fewer words keep the rules' call: the model learned from articles of 150 to 900 words, and what it
#: reads of a span (how often the same name recurs, what opens the text) says little in a sentence or two.
SHORTEST = 120

WEIGHTS = Path(__file__).with_name("lexicon") / "entity_rescorer.tsv"

_DIGIT_RE = re.compile(r"\d")
_RUN_RE = re.compile(r"(.)\1+")
_SENTENCE_END_RE = re.compile(r"[.!?\n][\"”’']?\s*$")
_POSSESSIVE = ("'s", "’s")
#: Letters and digits by kind (ASCII; other characters stay as they are).
_KINDS = str.maketrans(
    {**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}, **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"}, **{c: "d" for c in "0123456789"}}
)


@lru_cache(maxsize=4096)
def _shape(text: str) -> str:
    """"Xx", "XX", "d,dd" … : letters and digits by kind, each run of one kind at most twice."""
    return _RUN_RE.sub(r"\1\1", text.translate(_KINDS))


def features(text: str, start: int, end: int, count: int) -> list[str]:
    """What the model reads of the span ``text[start:end]``; ``count``: how many spans of the same text the rules
    proposed in the document.  (The model weighs them for the label the rules gave: the data file names each
    feature after that label, "ORG|h=corp".)"""
    span = text[start:end]
    low = span.lower()
    toks = low.split()
    feats = [
        "b", "t=" + low, "h=" + toks[-1], "f=" + toks[0], "sh=" + _shape(span), _LENGTHS[min(len(toks), 5)],
        "si=1" if start == 0 or _SENTENCE_END_RE.search(text, max(0, start - 4), start) is not None else "si=0",
        _COUNTS[min(count, 3)], "caps=1" if span.isupper() else "caps=0", "dig=0" if _DIGIT_RE.search(span) is None else "dig=1",
        "poss=1" if text.startswith(_POSSESSIVE, end) else "poss=0",
    ]
    feats += ["w=" + w for w in toks]
    return feats


_LENGTHS = tuple(f"n={k}" for k in range(6))
_COUNTS = tuple(f"cnt={k}" for k in range(4))


#: What :func:`weights` reads: for each label the rules give, the classes the model may give such a span and, for
#: each feature, its weights for those classes in that order.
Table = dict[str, tuple[tuple[str, ...], dict[str, tuple[float, ...]]]]


@lru_cache(maxsize=1)
def weights() -> Table:
    """The model, read once from the data file (empty when it is missing)."""
    if not WEIGHTS.exists():
        return {}
    rows: dict[str, dict[str, dict[str, float]]] = {}
    for line in WEIGHTS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        feature, _, rest = line.partition("\t")
        label, _, bare = feature.partition("|")
        row = rows.setdefault(label, {}).setdefault(bare, {})
        for item in rest.split(" "):
            cls, _, w = item.rpartition(":")
            row[cls] = float(w)
    table: Table = {}
    for label, by_feature in rows.items():
        classes = tuple(sorted({cls for row in by_feature.values() for cls in row}))
        table[label] = (classes, {f: tuple(row.get(cls, 0.0) for cls in classes) for f, row in by_feature.items()})
    return table


def decide(feats: Sequence[str], label: str, table: Table) -> str:
    """The class the model gives a span with ``feats`` that the rules labelled ``label`` (``label`` unless another
    class wins by more than :data:`MARGIN`)."""
    entry = table.get(label)
    if entry is None:
        return label
    classes, by_feature = entry
    rows = list(filter(None, map(by_feature.get, feats)))
    if not rows:
        return label
    scores = list(map(sum, zip(*rows)))
    top = max(scores)
    own = scores[classes.index(label)] if label in classes else None
    if own is None:
        return classes[scores.index(top)] if top > MARGIN else label
    return classes[scores.index(top)] if top - own > MARGIN else label


def _spans(text: str, entities: Sequence[Entity]) -> Iterator[tuple[Entity, list[str]]]:
    counts = Counter(e.text for e in entities)
    for e in entities:
        yield e, features(text, e.start, e.end, counts[e.text]) if short(e.text) else []


def short(span: str) -> bool:
    """A span the model looks at: at most :data:`LONGEST` words."""
    return len(span.split(None, LONGEST)) <= LONGEST


def rescore(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the model's decisions: dropped where it says the gold has no such span, relabelled
    where it says another label; the rest as they were, in order."""
    table = weights()
    if not table or len(text.split()) < SHORTEST:
        return list(entities)  # (its features are an article's: how often a name recurs, what opens the text)
    out: list[Entity] = []
    for e, feats in _spans(text, entities):
        cls = decide(feats, e.label, table) if feats else e.label
        if cls == NONE:
            continue
        out.append(e if cls == e.label else Entity(e.start, e.end, e.text, cls))
    return out
