"""Boundaries a reader moves between: words, sentences, paragraphs.

Pure functions over a document's text; the TUI asks these instead of scanning
text itself.  Each ``*_starts`` function returns sorted offsets, computed once
per document, and :func:`next_stop` / :func:`prev_stop` bisect them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

# A word: letters/digits with inner apostrophes or hyphens, or a run of punctuation.
_WORD_RE = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]+")
_PARA_RE = re.compile(r"(?:\A|\n)(?=[^\n])")


def word_starts(text: str) -> list[int]:
    """Offsets where a word or punctuation run begins."""
    return [m.start() for m in _WORD_RE.finditer(text)]


def paragraph_starts(text: str) -> list[int]:
    """Offsets where a paragraph (a non-empty line) begins."""
    return [m.end() if m.group() else m.start() for m in _PARA_RE.finditer(text)]


def next_stop(stops: Sequence[int], pos: int, end: int) -> int:
    """The first stop after ``pos``, or ``end`` when there is none."""
    i = bisect_right(stops, pos)
    return stops[i] if i < len(stops) else end


def prev_stop(stops: Sequence[int], pos: int) -> int:
    """The last stop before ``pos``, or 0 when there is none."""
    i = bisect_left(stops, pos)
    return stops[i - 1] if i > 0 else 0


def paragraph_share(starts: Sequence[int], length: int, offset: int) -> float:
    """How far ``offset`` is through the paragraphs (``starts``, of a text of ``length``), from 0.0 to
    the number of paragraphs: 2.5 is halfway through the third.  Scroll sync aligns articles by it:
    line numbers mean nothing across outlets, paragraphs roughly follow the story."""
    if not starts or length <= 0:
        return 0.0
    i = max(0, bisect_right(starts, offset) - 1)
    start = starts[i]
    end = starts[i + 1] if i + 1 < len(starts) else length
    within = (offset - start) / (end - start) if end > start else 0.0
    return i + min(1.0, max(0.0, within))


def offset_at_share(starts: Sequence[int], length: int, share: float) -> int:
    """The offset as far through ``starts``' paragraphs as ``share`` of them (see :func:`paragraph_share`)."""
    if not starts or length <= 0:
        return 0
    share = min(float(len(starts)), max(0.0, share))
    i = min(len(starts) - 1, int(share))
    start = starts[i]
    end = starts[i + 1] if i + 1 < len(starts) else length
    return min(length, start + round((share - i) * (end - start)))


def find_all(text: str, query: str, *, case_sensitive: bool = False) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of ``query`` (literal, not a pattern)."""
    if not query:
        return []
    flags = 0 if case_sensitive else re.IGNORECASE
    return [(m.start(), m.end()) for m in re.finditer(re.escape(query), text, flags)]


def sentence_starts(text: str) -> list[int]:
    """Offsets where a sentence begins (news-aware splitting, see :mod:`annotations.nlp.sentences`)."""
    from annotations.nlp.sentences import split_sentences

    return [start for start, _ in split_sentences(text)]
