"""Figures in text: the numbers a claim gives, their value and what they count.

One rule, used by the claim alignment (a shared figure is evidence of the same claim; the
same thing counted differently is a conflict) and by the figures table
(:mod:`annotations.review.compare`).  "some 96 million monthly WhatsApp users" is
96,000,000 ``users``; "fifteen kilometres" 15 ``kilometer``; "magnitude 7" and "a 7.0
magnitude earthquake" are both 7 ``magnitude``; "$75 million" 75,000,000 ``dollar``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from annotations.nlp import lexicon

__all__ = ["Figure", "content_words", "find_figures", "stem", "thing_key"]

_SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_SMALL.update({w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"})
_SMALL.update({"dozen": 12, "hundred": 100})
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6}

_NUMBER = (
    r"(?P<cur>[$€£])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:"
    + "|".join(sorted(_SMALL, key=len, reverse=True))
    + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?:\s+(?P<scale>hundred|thousand|million|billion|trillion|bn|mn)\b)?(?P<pct>\s?%|\s+percent\b|\s+per\s+cent\b)?"
)
_NUMBER_RE = re.compile(r"(?<![\w.,])" + _NUMBER + r"(?![\w])", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in a text: where, its value, and the content words it counts (stems)."""

    start: int
    end: int
    text: str
    value: float
    units: frozenset[str]  # stems of what it counts: the words after it, or the word before
    year: bool = False  # a bare four-digit year (1984) or a day after a month ("May 2"): a date, not a count
    bound: bool = False  # "5.0 or higher", "at least 20": a limit, not the figure itself
    thing: str = ""  # what it counts, one word as written (lower case): the currency or percent, else the
    # head of the words after it ("monthly WhatsApp users"), else the word before ("magnitude 7"); "number" if none


@cache
def stem(word: str) -> str:
    """A light stem: case folded, British and American spellings joined (kilometre, kilometer),
    plural and common suffixes cut, so "quakes"/"quake", "recognized"/"recognition"... meet."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if len(w) <= 3:
        return w
    for old, new in (("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("isation", "ization"), ("our", "or"), ("res", "ers"), ("re", "er")):
        if w.endswith(old) and len(w) > len(old) + 3 and (old not in ("re", "res") or w[-len(old) - 1] not in "aeiou"):
            w = w[: -len(old)] + new
            break
    for suffix, keep in (("ational", "ate"), ("ization", "ize"), ("ations", "ate"), ("ation", "ate"), ("ments", ""), ("ment", ""),
                         ("ness", ""), ("ities", ""), ("ity", ""), ("ingly", ""), ("edly", ""), ("ing", ""), ("ies", "y"),
                         ("ied", "y"), ("ed", ""), ("ly", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                break
            w = w[: -len(suffix)] + keep
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def thing_key(word: str) -> str:
    """What a figure counts, compared: the stem, and words of one line of
    ``lexicon/counted_synonyms.txt`` as its first ("users", "people"; "quake", "magnitude")."""
    return _counted_synonyms().get(stem(word), stem(word))


@cache
def _counted_synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in lexicon.entries("counted_synonyms"):
        words = [stem(w) for w in line.split()]
        for w in words:
            table.setdefault(w, words[0])
    return table


@cache
def _months() -> frozenset[str]:
    return frozenset(m.casefold() for m in lexicon.month_numbers())


def _stop_words() -> frozenset[str]:
    return lexicon.words("stop_words")


def content_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each word of ``text`` that is not a stop word."""
    stops = _stop_words()
    return [(m.start(), m.end(), stem(m.group())) for m in _WORD_RE.finditer(text) if m.group().casefold() not in stops]


def _value(num: str) -> float | None:
    low = num.casefold()
    if low[0].isdigit():
        return float(low.replace(",", ""))
    total = 0
    for part in low.split("-"):
        if part not in _SMALL:
            return None
        total += _SMALL[part]
    return float(total)


_BOUND_AFTER = re.compile(r"\s+or\s+(?:higher|greater|more|above|over|less|lower|fewer|below|under)\b", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:at\s+least|at\s+most|up\s+to|no\s+more\s+than)\s+$", re.IGNORECASE)

#: Content words a figure may count that say nothing on their own (skipped when finding its unit).
_VAGUE = frozenset(
    "more less than about some nearly almost around over under least at up ago away "
    "north south east west northeast northwest southeast southwest northern southern eastern western".split()
)


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    stops = _stop_words()
    out = []
    for m in _NUMBER_RE.finditer(text, start, end):
        value = _value(m.group("num"))
        if value is None:
            continue
        if m.group("scale"):
            value *= _SCALES[m.group("scale").casefold()]
        units: set[str] = set()
        if m.group("cur"):
            units.add({"$": "dollar", "€": "euro", "£": "pound"}[m.group("cur")])
        if m.group("pct"):
            units.add("percent")
        thing = ""
        after = list(_WORD_RE.finditer(text, m.end(), min(end, m.end() + 60)))
        run = []
        for w in after:
            low = w.group().casefold()
            gap = text[(run[-1].end() if run else m.end()) : w.start()]
            if low in stops or low in _VAGUE or any(c in gap for c in ",;:.()"):
                break
            run.append(w)
            if len(run) == 3:
                break
        units.update(stem(w.group()) for w in run)
        thing = run[-1].group().casefold() if run else ""
        before = [w for w in _WORD_RE.finditer(text, max(start, m.start() - 40), m.start())]
        edge = m.start()
        taken = 0
        for w in reversed(before):  # the two content words before it ("death toll climbed to 6,000")
            if any(c in text[w.end() : edge] for c in ",;:.()"):
                break
            edge = w.start()
            low = w.group().casefold()
            if low in stops or low in _VAGUE:
                continue
            units.add(stem(w.group()))
            thing = thing or w.group().casefold()
            taken += 1
            if taken == 2:
                break
        bound = bool(_BOUND_AFTER.match(text, m.end())) or bool(_BOUND_BEFORE.search(text[max(start, m.start() - 12) : m.start()]))
        raw = m.group("num")
        year = raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100 and not m.group("cur") and not m.group("scale")
        prev = re.search(r"([A-Za-z]+)\.?\s+$", text[max(start, m.start() - 12) : m.start()])
        if prev and prev.group(1).casefold() in _months() and raw.isdigit() and value <= 31:
            year = True  # "Aug. 11", "May 2": a day of a date
        if m.group("pct"):
            thing = "percent"
        if m.group("cur"):
            thing = next(u for u in ("dollar", "euro", "pound") if u in units)
        units |= {thing_key(u) for u in units}
        out.append(Figure(m.start(), m.end(), m.group(), value, frozenset(units), year, bound, thing or "number"))
    return out
