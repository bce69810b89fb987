"""Claim extraction: one claim per sentence, with its kind, speaker and cue.

Works on any engine's entities.  Steps:

1. find quotations (``"…"``, ``“…”``, ``«…»``, ``„…“``, ``‘…’`` when it is
   clearly a quotation); they may run over several sentences;
2. mask quoted text, so that reporting cues and speakers are only looked for
   in the reporter's words;
3. per sentence, collect attribution candidates and keep the best:
   ``X quoted Y as saying`` > ``…, X said.`` > ``…, said X, …`` >
   ``according to X`` > ``X said/warned/… that`` > ``confirmed by X`` >
   ``…, arguing that`` (the clause subject speaks);
4. the speaker is the noun phrase in the subject (or object) slot: a named
   entity when one ends the phrase ("communications regulator Roskomnadzor"
   -> "Roskomnadzor"), else the whole phrase ("the digital development
   ministry", "Critics", "he");
5. sentences inside a quotation that carry no attribution of their own take
   the quotation's (or the neighbouring quoted sentence's) speaker and cue.

Kind: ``quote`` > ``statistic`` > ``reported`` > ``assertion``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from annotations.model import Claim, Entity, Span
from annotations.sentences import paragraphs, split_sentences

__all__ = ["CUE_VERBS", "extract_claims", "find_quotes"]

T = TypeVar("T")

#: Reporting verbs (all forms that introduce speech or a stance).
CUE_VERBS = frozenset(
    """said say says saying told tell tells added add adds adding warned warn warns warning argued argue
    argues arguing confirmed confirm confirms confirming noted note notes noting claimed claim claims
    claiming stated state states announced announce announces insisted insist insists insisting denied
    deny denies wrote write writes explained explain explains reported report reports acknowledged
    admitted admits asserted asserts commented complained complain complains declared declares
    estimated estimates predicted predicts promised replied responded revealed stressed stresses
    suggested suggests urged urges tweeted posted alleged alleges concluded emphasised emphasized
    cautioned cautions observed recalled reiterated testified vowed conceded believes believe contends
    contended maintains maintained countered disclosed signalled signaled acknowledges accused accuses
    showed shows show found finds forecast forecasts""".split()
)
_PARTICIPLES = frozenset(w for w in CUE_VERBS if w.endswith("ing"))
_STAT_LABELS = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

# Words that end the clause holding a subject (the subject starts after them).
_CLAUSE_OPENERS = frozenset(
    "that which who whom and but while as because when although though if so where whereas after before since with".split()
)
# Words trimmed off the right of a subject ("Gorelkin last month said", "Putin has also said").
_SUBJECT_TRAIL = frozenset(
    """also has have had previously later earlier then again already repeatedly publicly recently
    would will may might could once still often separately further however reportedly been officially
    openly privately had not never has yesterday today is are was were did does do""".split()
)
_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_QUOTE_RE = re.compile(r"[\"“”«»„‘’]")
_TOKEN_RE = re.compile(r"[\w][\w'’\-.]*[\w]|[\w]|[^\w\s]")
_BOUNDARY_PUNCT = frozenset(',;:()"“”«»„‘’—–')
_MIN_QUOTE_WORDS = 3


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Quotations as ``(start, end)``, quote marks included; within one paragraph each."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        open_at: int | None = None
        closer = ""
        for m in _QUOTE_RE.finditer(text, p_start, p_end):
            ch = m.group()
            pos = m.start()
            if open_at is None:
                if ch == '"' or ch in _QUOTE_PAIRS:
                    if ch == "‘" and not _opens_single(text, pos):
                        continue
                    open_at, closer = pos, ('"' if ch == '"' else _QUOTE_PAIRS[ch])
            elif ch == closer and (closer != "’" or _closes_single(text, pos)):
                out.append((open_at, pos + 1))
                open_at = None
    return out


def _opens_single(text: str, pos: int) -> bool:
    return pos == 0 or not text[pos - 1].isalnum()


def _closes_single(text: str, pos: int) -> bool:
    return pos + 1 >= len(text) or not text[pos + 1].isalnum()


class _Attribution:
    __slots__ = ("speaker", "cue", "rank")

    def __init__(self, speaker: Span | None, cue: Span, rank: int) -> None:
        self.speaker, self.cue, self.rank = speaker, cue, rank


def extract_claims(
    text: str, entities: Sequence[Entity], sentences: Sequence[tuple[int, int]] | None = None
) -> list[Claim]:
    """One :class:`Claim` per sentence of ``text``."""
    if sentences is None:
        sentences = split_sentences(text)
    quotes = find_quotes(text)
    masked = _mask(text, quotes)
    ents = sorted(entities, key=lambda x: x.start)
    sent_ents = _group(ents, sentences, lambda x: (x.start, x.end))
    sent_quotes = _group(quotes, sentences, lambda q: q)
    attributions = [
        _attribute(text, masked, s, e, sent_ents[k]) for k, (s, e) in enumerate(sentences)
    ]
    para_of = _paragraph_index(text, sentences)

    # sentences (mostly) inside a quotation take the quotation's attribution, else a
    # neighbouring quoted sentence's in the same paragraph
    for k, (s, e) in enumerate(sentences):
        if attributions[k] is not None:
            continue
        q = _inside_quote(sent_quotes[k], s, e)
        if q is None:
            continue
        for other in range(k + 1, len(sentences)):
            if sentences[other][0] >= q[1]:
                break
            if attributions[other] is not None:
                attributions[k] = attributions[other]
                break
        for other in (k - 1, k + 1):
            if attributions[k] is None and 0 <= other < len(sentences) and para_of[other] == para_of[k]:
                if sent_quotes[other] and attributions[other] is not None:
                    attributions[k] = attributions[other]

    claims: list[Claim] = []
    for k, ((s, e), att) in enumerate(zip(sentences, attributions)):
        kind = _kind(text, sent_quotes[k], sent_ents[k], s, e, att)
        claims.append(Claim(s, e, text[s:e], kind, att.speaker if att else None, att.cue if att else None))
    return claims


def _group(items: Sequence[T], sentences: Sequence[tuple[int, int]], span: Callable[[T], tuple[int, int]]) -> list[list[T]]:
    """For each sentence, the items (sorted by start) that overlap it; one linear sweep."""
    out: list[list[T]] = [[] for _ in sentences]
    first = 0
    for k, (s, e) in enumerate(sentences):
        while first < len(items) and span(items[first])[1] <= s:
            first += 1
        j = first
        while j < len(items) and span(items[j])[0] < e:
            if span(items[j])[1] > s:
                out[k].append(items[j])
            j += 1
    return out


def _mask(text: str, quotes: Sequence[tuple[int, int]]) -> str:
    """``text`` with the inside of every quotation blanked (offsets unchanged)."""
    parts: list[str] = []
    pos = 0
    for a, b in quotes:
        parts.append(text[pos : a + 1])
        parts.append(" " * (b - a - 2))
        pos = b - 1
    parts.append(text[pos:])
    return "".join(parts)


def _inside_quote(quotes: Sequence[tuple[int, int]], s: int, e: int) -> tuple[int, int] | None:
    """The quotation covering most of sentence ``[s, e)``, if any covers over half of it."""
    for a, b in quotes:
        overlap = min(b, e) - max(a, s)
        if overlap > (e - s) / 2:
            return a, b
    return None


def _paragraph_index(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    paras = paragraphs(text)
    out: list[int] = []
    p = 0
    for s, _ in sentences:
        while p + 1 < len(paras) and paras[p][1] <= s:
            p += 1
        out.append(p)
    return out


def _kind(
    text: str,
    quotes: Sequence[tuple[int, int]],
    ents: Sequence[Entity],
    s: int,
    e: int,
    att: _Attribution | None,
) -> str:
    for a, b in quotes:
        if a < e and b > s:
            if att is not None or len(text[a:b].split()) >= _MIN_QUOTE_WORDS:
                return "quote"
    if any(x.label in _STAT_LABELS and x.start >= s and x.end <= e for x in ents):
        return "statistic"
    if att is not None:
        return "reported"
    return "assertion"


# --------------------------------------------------------------------------
# Attribution within one sentence


def _attribute(text: str, masked: str, s: int, e: int, ents: Sequence[Entity]) -> _Attribution | None:
    """Best speaker/cue for sentence ``[s, e)`` (cues searched in ``masked``)."""
    toks = [(m.start() + s, m.end() + s, m.group()) for m in _TOKEN_RE.finditer(masked[s:e])]
    words = [t[2] for t in toks]
    lows = [w.lower() for w in words]
    n = len(toks)
    best: _Attribution | None = None

    def consider(att: _Attribution | None) -> None:
        nonlocal best
        if att is not None and (best is None or att.rank < best.rank):
            best = att

    for c in range(n):
        w = lows[c]
        if w == "quoted":
            # "X quoted Y as saying"
            for k in range(c + 2, min(n - 1, c + 12)):
                if lows[k] == "as" and lows[k + 1] == "saying":
                    consider(_Attribution(_speaker(text, toks, c + 1, k, ents), _cue(text, toks, c, c + 1), 0))
                    break
            continue
        if w == "according" and c + 1 < n and lows[c + 1] == "to":
            end = _phrase_end(toks, c + 2)
            if end > c + 2:
                consider(_Attribution(_speaker(text, toks, c + 2, end, ents), _cue(text, toks, c, c + 2), 3))
            continue
        if w not in CUE_VERBS or (c > 0 and words[c] != w):
            continue
        if w == "saying" and c > 0 and lows[c - 1] == "as":
            continue
        cue = _cue(text, toks, c, c + 1)
        left = _clause_start(toks, lows, c)
        # passive: "confirmed by Reuters"
        if c + 1 < n and lows[c + 1] == "by" and w.endswith("ed"):
            end = _phrase_end(toks, c + 2)
            if end > c + 2:
                consider(_Attribution(_speaker(text, toks, c + 2, end, ents), cue, 5))
            continue
        if w in _PARTICIPLES:
            if left < c and lows[left - 1 if left > 0 else 0] == "with" and left > 0:
                consider(_Attribution(_speaker(text, toks, left, c, ents), cue, 6))
            elif c > 0 and words[c - 1] == ",":
                subj = _sentence_subject(toks, lows, c)
                if subj is not None:
                    consider(_Attribution(_speaker(text, toks, subj[0], subj[1], ents), cue, 6))
            continue
        subj_end = _trim_subject(toks, lows, left, c, text, ents)
        trailing = c + 1 >= n or all(t[2] != "," for t in toks[c + 1 :]) and n - c <= 8
        if subj_end > left and subj_end - left <= 10 and not any(lows[k] in CUE_VERBS for k in range(left, subj_end)):
            if subj_end - left == 1 and lows[left] in ("that", "this", "which", "there", "what"):
                continue
            rank = 1 if trailing and left > 0 and words[left - 1] in _BOUNDARY_PUNCT else 4
            consider(_Attribution(_speaker(text, toks, left, subj_end, ents), cue, rank))
        elif left == c and c > 0 and words[c - 1] in _BOUNDARY_PUNCT and c + 1 < n and lows[c + 1] not in ("that", "it", "on", "in", "by", "to"):
            # inverted: "..., said Anton Gorelkin, deputy head of ..."
            end = _phrase_end(toks, c + 1)
            if end > c + 1 and end - (c + 1) <= 8:
                consider(_Attribution(_speaker(text, toks, c + 1, end, ents), cue, 2))
    return best


def _cue(text: str, toks: Sequence[tuple[int, int, str]], a: int, b: int) -> Span:
    start, end = toks[a][0], toks[b - 1][1]
    return Span(start, end, text[start:end])


def _clause_start(toks: Sequence[tuple[int, int, str]], lows: Sequence[str], c: int) -> int:
    """Index of the first token of the clause that ends at token ``c``."""
    k = c
    while k > 0:
        prev = toks[k - 1][2]
        if prev == ")":  # skip a parenthesis: "the Authority (NDMA) said"
            depth = k - 1
            while depth > 0 and toks[depth][2] != "(":
                depth -= 1
            if depth > 0:
                k = depth
                continue
        if prev in _BOUNDARY_PUNCT or lows[k - 1] in _CLAUSE_OPENERS or prev in ".!?":
            break
        k -= 1
    return k


def _trim_subject(
    toks: Sequence[tuple[int, int, str]],
    lows: Sequence[str],
    left: int,
    c: int,
    text: str,
    ents: Sequence[Entity],
) -> int:
    """End of the subject phrase in ``toks[left:c]`` after dropping adverbs, auxiliaries, dates."""
    end = c
    while end > left:
        if lows[end - 1] in _SUBJECT_TRAIL:
            end -= 1
            continue
        ent = _entity_at(ents, toks[end - 1][0], toks[end - 1][1])
        if ent is not None and ent.label == "DATE":
            while end > left and toks[end - 1][0] >= ent.start:
                end -= 1
            continue
        if lows[end - 1] in ("on", "in", "at") and end < c:
            end -= 1
            continue
        break
    return end


def _phrase_end(toks: Sequence[tuple[int, int, str]], a: int) -> int:
    """End of the noun phrase starting at ``a`` (up to punctuation or a clause word)."""
    k = a
    while k < len(toks) and toks[k][2] not in _BOUNDARY_PUNCT and toks[k][2] not in ".!?" and (
        toks[k][2].lower() not in _CLAUSE_OPENERS and toks[k][2].lower() not in CUE_VERBS
    ):
        k += 1
        if k - a > 12:
            break
    return k


def _sentence_subject(toks: Sequence[tuple[int, int, str]], lows: Sequence[str], c: int) -> tuple[int, int] | None:
    """The subject of the sentence's main clause: leading words up to the first verb-like word."""
    k = 0
    while k < c and toks[k][2] in _BOUNDARY_PUNCT:
        k += 1
    start = k
    while k < c and toks[k][2] not in _BOUNDARY_PUNCT and not _verbish(lows[k]) and k - start < 8:
        k += 1
    return (start, k) if k > start else None


_VERBISH = frozenset("is are was were has have had will would can could may might must did does do began".split())


def _verbish(low: str) -> bool:
    return low in _VERBISH or low.endswith("ed") or low in CUE_VERBS


def _entity_at(ents: Sequence[Entity], start: int, end: int) -> Entity | None:
    for x in ents:
        if x.start <= start and x.end >= end:
            return x
        if x.start >= end:
            break
    return None


def _speaker(
    text: str, toks: Sequence[tuple[int, int, str]], a: int, b: int, ents: Sequence[Entity]
) -> Span | None:
    """Speaker span for the phrase ``toks[a:b]``: a name that ends it, else the whole phrase."""
    if b > a + 1 and toks[b - 1][2] == ")":  # drop "(NDMA)" after a name
        k = b - 1
        while k > a and toks[k][2] != "(":
            k -= 1
        b = k if k > a else b
    if b <= a:
        return None
    start, end = toks[a][0], toks[b - 1][1]
    # drop a trailing possessive ("Russia's") or apposition punctuation
    named = [x for x in ents if x.label in _SPEAKER_LABELS and start <= x.start and x.end <= end]
    if named:
        last = named[-1]
        if last.end == end or text[last.end : end].strip() in ("'s", "’s"):
            if last.label == "PERSON" or last.start > start or text[start:end] == last.text or b - a <= 3:
                # "communications regulator Roskomnadzor" -> "Roskomnadzor"
                if last.label != "NORP" or last.start == start:
                    return Span(last.start, last.end, last.text)
        if named[0].start == start and named[0].label in ("PERSON", "ORG") and (
            text[named[0].end : end].lstrip().startswith(",")
        ):
            return Span(named[0].start, named[0].end, named[0].text)
    return Span(start, end, text[start:end])
