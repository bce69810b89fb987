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
