"""Sentence splitting tuned for news prose.

:func:`split_sentences` returns ``(start, end)`` offsets (``end`` exclusive) of
every sentence, trimmed of surrounding white space.  Rules, in order:

* a line break followed by a blank line (a paragraph break) always splits; a
  single line break splits too unless the line before ends mid-sentence and
  the next line starts in lower case (hard-wrapped text);
* a candidate boundary is ``.``, ``!``, ``?`` or an ellipsis, optionally
  followed by closing quotes/brackets (``.”``, ``."``, ``.»``, ``.)``), then
  white space;
* no split when the next word starts in lower case or with a closing
  punctuation mark (``criminals... measures``; ``"Stop!" he said``);
* no split after a title or other non-final abbreviation (``Mr.``, ``Gen.``,
  ``No.``, ``vs.``), after a single initial (``J. K. Rowling``), or after a
  month abbreviation followed by a number (``Aug. 11``);
* after an abbreviation that can end a sentence (``U.S.``, ``Inc.``, ``etc.``)
  split only when the next word is a typical sentence opener (``The``, ``He``).

Decimals (``3.5``) never split because no white space follows the point.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotations.nlp import lexicon

__all__ = ["UNIT_ABBREVIATIONS", "split_sentences", "paragraphs"]

#: Abbreviations that (almost) never end a sentence: titles (the lexicon's) and the like.
_NON_FINAL = frozenset(t.lower() for t in lexicon.title_abbreviations()) | frozenset(
    """messrs pres mt ft rev hon fr sr jr no nos vs v fig approx dept est ca cf al ald cpl pvt brig ste wm""".split()
)
#: Units written short: no sentence ends between two of them ("12th Mech. Bde.'s commander", "2nd Cav. Regt."), but one
#: may end a sentence ("… from the 5th Bde. Doctors said").
UNIT_ABBREVIATIONS = frozenset("mech bde bn regt reg inf cav arty sqn div co".split())
#: Month abbreviations: non-final before a number ("Aug. 11").
_MONTHS = frozenset(m.lower() for m in lexicon.month_abbreviations())
#: Abbreviations that may end a sentence (US states that are also words, "Mass.", end one as usual).
_MAYBE_FINAL = frozenset(
    """inc corp ltd co plc llc etc bros assn univ jr sr a.m p.m u.s u.k u.n e.u""".split()
) | frozenset(s.lower() for s in lexicon.state_abbreviations(also_words=False))
#: Words that typically start a sentence; after a final-able abbreviation they confirm a split.
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those
    but and or so yet however meanwhile in on at for after before when while as if
    there here what why how who some many most several both all no not one two
    earlier later last on since despite although though according police officials authorities officers
    witnesses residents""".split()
) | frozenset(t.lower() for t in lexicon.title_abbreviations(openers_only=True))

#: (one character class, not alternatives: the same matches, and the regex engine scans for its first character fast)
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_LINE_RE = re.compile(r"\n\s*")
_PREV_WORD_RE = re.compile(r"([\w.]+)$")
_NEXT_WORD_RE = re.compile(r"\s+([\"'“‘«(\[]?)(\S?)(\w*)")
_DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_END_PUNCT = frozenset(".!?…:\"”’»)")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs (blocks between blank lines or hard line breaks)."""
    return list(_paragraphs(text))


@lru_cache(maxsize=4)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    # (one text's paragraphs are asked for five times as it is read: sentences, claim units, attribution,
    # paragraph indexes and pronouns)
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _LINE_RE.finditer(text):
        if _is_line_break(text, m):
            out.extend(_trim(text, pos, m.start()))
            pos = m.end()
    out.extend(_trim(text, pos, len(text)))
    return tuple(out)


def _is_line_break(text: str, m: re.Match[str]) -> bool:
    """True when the newline at ``m`` ends a paragraph (not a hard wrap)."""
    if "\n" in m.group()[1:]:
        return True
    k = m.start()
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0 or text[k - 1] in _END_PUNCT:
        return True
    nxt = text[m.end() : m.end() + 1]
    return not nxt.islower()


def _trim(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


#: A full stop with no space after it between a figure and a new sentence, as scraped pages glue
#: them ("… for 2019-2024.European Commission President …"); not a domain or a name ("Amazon.com",
#: "Caliber.Az": a capital and at least two lower-case letters must follow); likewise a closing quotation
#: mark with its full stop, either way round ('… to achieve it".Günther H. Oettinger, Commissioner …').
_GLUED_RE = re.compile(  # (each branch opens on its punctuation, the look-behind after it: a fast scan)
    r"\.(?=[A-Z][a-z]{2,})(?<=\d\.)"
    r"|[.!?][\"”](?=[A-Z][^\W\d_A-Z]{2,})(?<=[a-z][.!?][\"”])|[\"”][.!?](?=[A-Z][^\W\d_A-Z]{2,})(?<=[a-z][\"”][.!?])"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return ``(start, end)`` offsets."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        pos = p_start
        ends = sorted(
            [m.end() for m in _BOUNDARY_RE.finditer(text, p_start, p_end) if _splits(text, m, p_end)]
            + [m.end() for m in _GLUED_RE.finditer(text, p_start, p_end)]
        )
        for end in ends:
            out.extend(_trim(text, pos, end))
            pos = end
        out.extend(_trim(text, pos, p_end))
    return out


def _splits(text: str, m: re.Match[str], limit: int) -> bool:
    """Decide whether the candidate boundary ``m`` ends a sentence."""
    nm = _NEXT_WORD_RE.match(text, m.end(), limit)
    if nm is None or not nm.group(2):
        return True
    first = nm.group(2)
    if first.islower() or first in ",;:)]}”’»-–—":
        return False
    punct = m.group()
    if not punct.startswith(".") or punct.startswith(".."):
        return True  # "!", "?", ellipsis followed by a capital
    if punct.rstrip("\"'”’»)]") != ".":
        return True
    pw = _PREV_WORD_RE.search(text, max(0, m.start() - 40), m.start())
    if pw is None:
        return True
    prev = pw.group(1).lower().strip(".")
    if not prev:
        return True
    if len(prev) == 1 and prev.isalpha() and text[pw.start()].isupper() and text[pw.start() - 1 : pw.start()] != "°":
        return False  # an initial: "J. K. Rowling" (not a temperature's scale: "well below 2°C. Commission President …")
    if prev in _NON_FINAL and m.group() == ".":
        return False
    if prev in UNIT_ABBREVIATIONS and m.group() == "." and ((first + nm.group(3)).lower() in UNIT_ABBREVIATIONS or first.isdigit()):
        return False
    if prev in _MONTHS and m.group() == "." and first.isdigit():
        return False
    if (prev in _MAYBE_FINAL or _DOTTED_RE.fullmatch(prev)) and m.group() == ".":
        return (first + nm.group(3)).lower() in _OPENERS
    return True
