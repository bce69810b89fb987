"""Soft wrapping of article text into visual lines, measured in terminal cells.

Every offset of the text belongs to exactly one visual line: a line owns the
spaces it breaks on and the newline that ends it, so the cursor can rest on
any character.  Wide characters (CJK, most emoji) take two cells; the cursor
math in :class:`~tui.article.ArticleView` uses the same widths as the wrapper.

Emoji clusters are drawn apart.  Rich (which pads each row to the column), tmux and the outer
terminal each decide differently how many cells a cluster takes: measured in tmux 3.3a,
👩‍👩‍👧‍👦 is 2 cells to Rich and tmux but 8 to a terminal without ZWJ support, ❤️ (with VS16)
is 2 to Rich and 1 to tmux, 👍🏽 (skin tone) 2 to Rich and 4 to tmux.  Any disagreement
moves the column divider.  So the joiner, the variation selectors and the skin-tone
modifiers are drawn as nothing (:func:`drawn`, from the sanitising boundary
:mod:`annotations.core.text`, which draws every name and message the same way) and measured as
nothing (:func:`char_width`): what is left (👩👩👧👦, ❤, 👍) has one width everywhere.  The text
itself is unchanged (offsets, quotes, exports); only the screen shows the plainer form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import get_character_cell_size

# What is drawn as nothing: the one table, at the sanitising boundary every shown string passes.
from annotations.core.text import UNDRAWN, drawn

__all__ = ["TAB_WIDTH", "UNDRAWN", "VisualLine", "char_width", "drawn", "text_width", "wrap"]

TAB_WIDTH = 4

# Break opportunities: after a run of blanks, and around wide (CJK) characters.  (One regex
# with the CJK ranges in a character class would do both, but takes ~5 ms to compile at start-up.)
_TOKEN_RE = re.compile(r"[ \t]+|[^ \t]+[ \t]*")
_CJK_RANGES = (
    ("\u1100", "\u115f"), ("\u2e80", "\u303e"), ("\u3041", "\u33ff"), ("\u3400", "\u4dbf"),
    ("\u4e00", "\u9fff"), ("\ua000", "\ua4cf"), ("\uac00", "\ud7a3"), ("\uf900", "\ufaff"),
    ("\ufe30", "\ufe4f"), ("\uff00", "\uff60"), ("\uffe0", "\uffe6"),
)


def _breaks_around(ch: str) -> bool:
    """A line may break before and after this character (CJK text has no spaces)."""
    return ch >= "\u1100" and any(lo <= ch <= hi for lo, hi in _CJK_RANGES)


def _tokens(para: str) -> Iterator[tuple[int, str]]:
    """``(offset, token)``: each word, or CJK character, with the blanks after it (or leading blanks)."""
    for m in _TOKEN_RE.finditer(para):
        token, start = m.group(), m.start()
        if token.isascii() or max(token) < "\u1100":
            yield start, token
            continue
        word_end = len(token.rstrip(" \t"))
        piece = 0
        for i in range(word_end):
            if _breaks_around(token[i]):
                if i > piece:
                    yield start + piece, token[piece:i]
                piece = i + 1
                yield start + i, token[i : piece if piece < word_end else len(token)]
        if piece < word_end:
            yield start + piece, token[piece:]



@lru_cache(maxsize=4096)
def char_width(ch: str) -> int:
    """Cells a character takes on screen (tabs expand to a fixed width; what is not drawn, none)."""
    if ch == "\t":
        return TAB_WIDTH
    if ord(ch) in UNDRAWN:
        return 0
    return get_character_cell_size(ch)


def text_width(text: str) -> int:
    """Cells a string takes on screen."""
    if text.isascii() and "\t" not in text:
        return len(text)
    return sum(char_width(c) for c in text)


@dataclass(frozen=True, slots=True)
class VisualLine:
    """``text[start:end]`` is shown on one row; ``end`` excludes the newline."""

    start: int
    end: int


def wrap(text: str, width: int) -> list[VisualLine]:
    """Greedy word wrap of ``text`` to ``width`` cells."""
    width = max(4, width)
    lines: list[VisualLine] = []
    append = lines.append
    pos = 0
    for para in text.split("\n"):
        para_end = pos + len(para)
        if not para:
            append(VisualLine(pos, pos))
            pos = para_end + 1
            continue
        line_start = pos
        used = 0
        for offset, token in _tokens(para):
            word = token.rstrip(" \t")
            w = text_width(word)
            tok_start = pos + offset
            if used and used + w > width:
                append(VisualLine(line_start, tok_start))
                line_start, used = tok_start, 0
            while w > width:  # a word longer than the line: break it by cells
                cut, cells = 0, 0
                while cut < len(word) and cells + char_width(word[cut]) <= width:
                    cells += char_width(word[cut])
                    cut += 1
                cut = max(cut, 1)
                append(VisualLine(tok_start, tok_start + cut))
                tok_start += cut
                word = word[cut:]
                token = token[cut:]
                line_start = tok_start
                w = text_width(word)
            used += text_width(token)
        append(VisualLine(line_start, para_end))
        pos = para_end + 1
    return lines
