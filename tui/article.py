"""ArticleView: one article, wrapped, with a keyboard cursor.

A line-API widget (after Toolong's ``log_lines.py``): ``render_line`` builds one
``Strip`` from plain ``Segment``s -- article text is never parsed as markup --
and an LRU cache keeps strips keyed by everything that changes a line (its
index, the width, the cursor and selection on it, and a version number bumped
when highlights or search matches change).  A cursor move refreshes only the
two lines it touched.

All movement is computed from the widget's own state (``cursor`` offset and the
wrapped lines), never from what is on screen, so a burst of 100 Down keys
moves 100 lines.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import cached_property

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from annotations.core.model import Analysis, Claim, Document, Entity
from annotations.core.text import display
from annotations.nlp.textnav import (
    next_stop,
    offset_at_share,
    paragraph_share,
    paragraph_starts,
    prev_stop,
    sentence_starts,
    word_starts,
)
from tui import messages
from tui.wrap import TAB_WIDTH, VisualLine, char_width, drawn, wrap

#: A styled stretch of text: (start, end, style); lists of these are sorted by start.
StyledSpan = tuple[int, int, Style]

#: Cells left of the text: a claim-kind mark, an annotation mark, a space.
GUTTER = 3


def _text_cells(width: int) -> int:
    """Cells for text in a view ``width`` cells wide: the gutter, and one for a cursor at a line's end."""
    return max(4, width - GUTTER - 1)


#: The footer shows v and x under one label.
SELECT_GROUP = Binding.Group("Select")

#: The gutter mark of a claim no other open article has a counterpart of.
UNIQUE_MARK = "★"


def joined_spans(spans: Iterable[StyledSpan]) -> list[StyledSpan]:
    """Sorted styled spans with touching neighbours that look the same made one (the highlight
    layer's rule: Styler.spans and a splice's edges both follow it)."""
    out: list[StyledSpan] = []
    for span in spans:
        if out and out[-1][1] == span[0] and (out[-1][2] is span[2] or out[-1][2] == span[2]):
            out[-1] = (out[-1][0], span[1], span[2])
        else:
            out.append(span)
    return out


class ArticleView(ScrollView, can_focus=True):
    """A scrollable, wrapped article with a character cursor."""

    COMPONENT_CLASSES = {
        "article-view--cursor",
        "article-view--cursor-inactive",
        "article-view--match",
        "article-view--match-current",
        "article-view--selection",
        "article-view--claim",
        "article-view--partner",
        "article-view--mark",
    }

    # All priority: keys are handled in order as the App reads them, so a burst of typed-ahead
    # keys (over SSH) is never reordered around a key that moves focus.
    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False, id="cursor-down", priority=True),
        Binding("up,k", "cursor_up", "Up", show=False, id="cursor-up", priority=True),
        Binding("right,l", "cursor_right", "Next character", show=False, id="cursor-right", priority=True),
        Binding("left,h", "cursor_left", "Previous character", show=False, id="cursor-left", priority=True),
        Binding("w,ctrl+right", "word_next", "Next word", show=False, id="word-next", priority=True),
        Binding("b,ctrl+left", "word_prev", "Previous word", show=False, id="word-prev", priority=True),
        Binding("right_parenthesis", "sentence_next", "Next sentence", show=False, id="sentence-next", priority=True),
        Binding("left_parenthesis", "sentence_prev", "Previous sentence", show=False, id="sentence-prev", priority=True),
        Binding("right_curly_bracket,ctrl+down", "paragraph_next", "Next paragraph", show=False, id="paragraph-next", priority=True),
        Binding("left_curly_bracket,ctrl+up", "paragraph_prev", "Previous paragraph", show=False, id="paragraph-prev", priority=True),
        Binding("home,0", "line_start", "Start of line", show=False, id="line-start", priority=True),
        Binding("end,dollar_sign", "line_end", "End of line", show=False, id="line-end", priority=True),
        Binding("pagedown,ctrl+f,space", "page_down", "Page down", show=False, id="page-down", priority=True),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id="page-up", priority=True),
        Binding("ctrl+home", "top", "Top (also g g)", show=False, id="top", priority=True),
        Binding("G,ctrl+end", "bottom", "Bottom", show=False, id="bottom", priority=True),
        Binding("e", "entity_next", "Next entity", show=False, id="entity-next", priority=True),
        Binding("E", "entity_prev", "Previous entity", show=False, id="entity-prev", priority=True),
        Binding("greater_than_sign", "claim_next", "Next claim", show=False, id="claim-next", priority=True),
        Binding("less_than_sign", "claim_prev", "Previous claim", show=False, id="claim-prev", priority=True),
        # In the footer as one group, "v x Select": selecting is how annotating starts.
        Binding("v", "visual", "Select: v starts, v again ends (Esc clears)", id="visual", priority=True, group=SELECT_GROUP),
        Binding("x", "select_unit", "Select entity/claim/sentence (repeat to grow)", id="select-unit", priority=True, group=SELECT_GROUP),
        Binding("o", "swap_edge", "Move the other edge of the selection", show=False, id="swap-edge", priority=True),
        Binding("escape", "clear_selection", "Clear selection", show=False, id="clear-selection", priority=True),
    ]

    DEFAULT_CSS = """
    ArticleView {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
        background: $surface;
        color: $foreground;
    }
    ArticleView > .article-view--cursor { background: $accent; color: $text-accent; text-style: reverse; }
    ArticleView > .article-view--cursor-inactive { text-style: underline; }
    ArticleView > .article-view--match { background: $warning 40%; text-style: underline; }
    ArticleView > .article-view--match-current { background: $warning; color: $background; text-style: bold; }
    ArticleView > .article-view--selection { background: $primary 60%; }
    ArticleView > .article-view--claim { text-style: underline; }
    ArticleView > .article-view--partner { text-style: reverse; }
    ArticleView > .article-view--mark { color: $accent; text-style: bold; }
    """

    # The view's messages live in tui.messages (one module for every message); named here too.
    CursorMoved = messages.CursorMoved
    SelectionChanged = messages.SelectionChanged
    Scrolled = messages.Scrolled

    def __init__(self, document: Document, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.document = document
        self.text = display(document.text)  # one visible character per control: offsets unchanged
        self.cursor = 0
        self._goal_x: int | None = None
        self._lines: list[VisualLine] = []
        self._starts: list[int] = []
        self._wrap_width = 0
        self._highlights: list[StyledSpan] = []
        self._highlight_starts: list[int] = []
        self._matches: list[tuple[int, int]] = []
        self._match_starts: list[int] = []
        self._current_match: tuple[int, int] | None = None
        self._selection: tuple[int, int] | None = None
        self.analysis: Analysis | None = None
        self._entities: list[Entity] = []
        self._entity_starts: list[int] = []
        self._claims: list[Claim] = []
        self._claim_starts: list[int] = []
        self._marks: dict[str, tuple[str, Style]] = {}
        self._active_claim: tuple[int, int] | None = None  # underlined: the claim under the cursor
        self.anchor: int | None = None  # the fixed edge of the selection; None: no selection
        self.head: int | None = None  # the other edge once the selection is ended (second v); None: it follows the cursor
        self._unit_level = -1  # how far "select unit" has grown
        self._annotation_marks: dict[int, str] = {}  # visual line -> mark
        self._annotation_spans: list[tuple[int, int, str]] = []  # (start, end, mark) sorted
        self._unique: frozenset[int] = frozenset()  # starts of claims only this article has
        self._partner: tuple[int, int] | None = None  # the linked span shown from the other column
        self._version = 0
        self._syncing = False
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self._component_rich: dict[str, Style] = {}
        self._frame_width: int | None = None  # while render_lines runs

    # Stops for the cursor by word, sentence and paragraph: found when first needed, not before
    # the first paint (splitting a long article into sentences takes a while).
    @cached_property
    def _words(self) -> list[int]:
        return word_starts(self.text)

    @cached_property
    def _sentences(self) -> list[int]:
        return sentence_starts(self.text)

    @cached_property
    def _paragraphs(self) -> list[int]:
        return paragraph_starts(self.text)

    # ------------------------------------------------------------------ layout

    @property
    def lines(self) -> Sequence[VisualLine]:
        return self._lines

    @property
    def text_width(self) -> int:
        """Cells available for text (one is kept for a cursor at the end of a line)."""
        return _text_cells(self.scrollable_content_region.width)

    def on_resize(self) -> None:
        self._rewrap()
        self.scroll_cursor_visible()  # also when only the height changed

    def _rewrap(self) -> None:
        """Wrap to the current width (a no-op when it has not changed).

        Called on resize and from ``render_line``: the first frame is drawn
        before the first Resize arrives, and must already show wrapped text.
        """
        if self.size.width == 0:
            return
        width = self.text_width
        if width == self._wrap_width and self._lines:
            return
        self._wrap_width = width
        self._lines = wrap(self.text, width)
        self._starts = [line.start for line in self._lines]
        self._cache.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.scroll_cursor_visible()
        self.refresh()
        self.post_message(self.CursorMoved(self))  # line numbers changed

    def line_of(self, offset: int) -> int:
        """Index of the visual line that holds ``offset``."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def _line_last(self, index: int) -> int:
        """The last offset the cursor may take on visual line ``index``."""
        line = self._lines[index]
        if index + 1 < len(self._lines) and self._lines[index + 1].start == line.end:
            return max(line.start, line.end - 1)  # soft wrap inside a word
        return line.end

    def cell_x(self, offset: int) -> int:
        """Column (in cells) of ``offset`` within its visual line."""
        line = self._lines[self.line_of(offset)]
        return sum(char_width(c) for c in self.text[line.start : offset])

    def _offset_at_x(self, index: int, x: int) -> int:
        line = self._lines[index]
        cells = 0
        offset = line.start
        last = self._line_last(index)
        while offset < last:
            w = char_width(self.text[offset])
            if cells + w > x:
                break
            cells += w
            offset += 1
        return offset

    @property
    def cursor_line(self) -> int:
        return self.line_of(self.cursor)

    # ------------------------------------------------------------------ state from outside

    def set_highlights(self, spans: list[StyledSpan]) -> None:
        """Replace the highlight layer (entities, claims...). ``spans`` sorted, non-overlapping."""
        self._highlights = spans
        self._highlight_starts = [s for s, _, _ in spans]
        self._invalidate()

    @property
    def highlights(self) -> list[StyledSpan]:
        return self._highlights

    def splice_highlights(self, start: int, end: int, spans: list[StyledSpan]) -> None:
        """Replace the highlights within ``[start, end)`` by ``spans`` (all within it, sorted, non-overlapping).

        A span crossing either edge keeps its part outside.
        """
        old = self._highlights
        i = bisect_right(self._highlight_starts, start) - 1  # the last span starting at or before start
        if i < 0 or old[i][1] <= start:
            i += 1
        j = bisect_left(self._highlight_starts, end)  # the first span starting at or after end
        kept: list[StyledSpan] = []
        if i < j and old[i][0] < start:
            kept.append((old[i][0], start, old[i][2]))
        kept += spans
        if i < j and old[j - 1][1] > end:
            kept.append((end, old[j - 1][1], old[j - 1][2]))
        if i > 0:  # the neighbours join in where they look the same (as Styler.spans joins them)
            i -= 1
            kept.insert(0, old[i])
        if j < len(old):
            kept.append(old[j])
            j += 1
        kept = joined_spans(kept)
        old[i:j] = kept
        self._highlight_starts[i:j] = [s for s, _, _ in kept]
        self._invalidate()

    def splice_annotation_marks(self, start: int, end: int, spans: list[tuple[int, int, str]]) -> None:
        """Replace the annotation marks of annotations starting in ``[start, end)`` by ``spans``."""
        marks = self._annotation_spans
        i = bisect_left(marks, (start, -1, ""))
        j = bisect_left(marks, (end, -1, ""))
        marks[i:j] = sorted(spans)
        self._invalidate()

    def set_analysis(
        self, analysis: Analysis | None, highlights: list[StyledSpan], marks: dict[str, tuple[str, Style]] | None = None
    ) -> None:
        """Show an engine's analysis: ``highlights`` styled spans, ``marks`` gutter marks by claim kind
        (``{}`` hides the claim gutter)."""
        self.analysis = analysis
        self._entities = sorted(analysis.entities, key=lambda e: (e.start, e.end)) if analysis else []
        self._entity_starts = [e.start for e in self._entities]
        self._claims = sorted(analysis.claims, key=lambda c: (c.start, c.end)) if analysis else []
        self._claim_starts = [c.start for c in self._claims]
        self._marks = marks or {}
        self._active_claim = None
        self._update_active_claim()
        self.set_highlights(highlights)

    def _update_active_claim(self) -> None:
        claim = self.claim_at(self.cursor) if self._marks else None
        span = (claim.start, claim.end) if claim else None
        if span == self._active_claim:
            return
        for old_or_new in (self._active_claim, span):
            if old_or_new is not None and self._lines:
                first, last = self.line_of(old_or_new[0]), self.line_of(old_or_new[1])
                self.refresh_lines(first, last - first + 1)
        self._active_claim = span

    def entity_at(self, offset: int) -> Entity | None:
        i = bisect_right(self._entity_starts, offset) - 1
        if i >= 0 and offset < self._entities[i].end:
            return self._entities[i]
        return None

    def claim_at(self, offset: int) -> Claim | None:
        i = bisect_right(self._claim_starts, offset) - 1
        for claim in reversed(self._claims[max(0, i - 3) : i + 1]):
            if claim.start <= offset < claim.end:
                return claim
        return None

    def set_matches(self, matches: list[tuple[int, int]], current: tuple[int, int] | None = None) -> None:
        """Replace the search matches shown."""
        self._matches = matches
        self._match_starts = [s for s, _ in matches]
        self._current_match = current
        self._invalidate()

    @property
    def selection(self) -> tuple[int, int] | None:
        """The selected span ``(start, end)``, blank space at its edges trimmed; None without one."""
        if self.anchor is None:
            return None
        start, end = sorted((self.anchor, self.cursor if self.head is None else self.head))
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def _show_selection(self) -> None:
        new = None if self.anchor is None else tuple(sorted((self.anchor, self.cursor if self.head is None else self.head)))
        old = self._selection
        if new == old:
            return
        self._selection = new  # type: ignore[assignment]
        for span in (old, new):
            if span is not None and self._lines:
                first, last = self.line_of(span[0]), self.line_of(span[1])
                self.refresh_lines(first, last - first + 1)
        self.post_message(self.SelectionChanged(self))

    def select(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` (the cursor goes to its end)."""
        self.anchor, self.head = start, None
        self.move_to(end)

    @property
    def extending(self) -> bool:
        """A selection whose moving edge follows the cursor (between the two presses of v)."""
        return self.anchor is not None and self.head is None

    def action_visual(self) -> None:
        """v starts a selection; the second v ends extending it and keeps it (until Esc or an action
        uses it); v on a kept selection starts a new one at the cursor."""
        if self.extending:
            self.head = self.cursor
            self._show_selection()
            self.post_message(self.SelectionChanged(self))
            return
        self.anchor, self.head = self.cursor, None
        self._unit_level = -1
        self._show_selection()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_selection" and self.anchor is None:
            return False  # let Escape reach the screen (cancel a pending link)
        return True

    def action_clear_selection(self) -> None:
        self.anchor = self.head = None
        self._unit_level = -1
        self._show_selection()

    def action_swap_edge(self) -> None:
        """o: the cursor goes to the other edge of the selection, which follows it again."""
        if self.anchor is not None:
            self.anchor, cursor = (self.cursor if self.head is None else self.head), self.anchor
            self.head = None
            self.move_to(cursor)

    def units_at(self, offset: int) -> list[tuple[int, int]]:
        """Spans to grow a selection through: annotation, entity, claim, sentence, paragraph."""
        units: list[tuple[int, int]] = []
        for start, end, _ in self._annotation_spans:
            if start <= offset < end:
                units.append((start, end))
        units.sort(key=lambda span: span[1] - span[0])
        if (entity := self.entity_at(offset)) is not None:
            units.append((entity.start, entity.end))
        if (claim := self.claim_at(offset)) is not None:
            units.append((claim.start, claim.end))
        sentence_start = prev_stop(self._sentences, offset + 1)
        sentence_end = next_stop(self._sentences, offset, len(self.text))
        units.append((sentence_start, sentence_end))
        para_start = prev_stop(self._paragraphs, offset + 1)
        para_end = self.text.find("\n", offset)
        units.append((para_start, len(self.text) if para_end < 0 else para_end))
        grown: list[tuple[int, int]] = []
        for span in units:  # each unit strictly larger than the one before
            if not grown or (span[0] <= grown[-1][0] and span[1] >= grown[-1][1] and span != grown[-1]):
                grown.append(span)
        return grown

    def action_select_unit(self) -> None:
        if self.head is not None:  # a kept selection: x starts again at the cursor
            self.anchor = self.head = None
        units = self.units_at(self.cursor if self.anchor is None else min(self.anchor, self.cursor))
        self._unit_level = min(self._unit_level + 1, len(units) - 1) if self.anchor is not None else 0
        level = self._unit_level
        start, end = units[level]
        self.anchor = start
        self.move_to(end, keep_unit=True)

    def set_annotation_marks(self, spans: list[tuple[int, int, str]]) -> None:
        """Annotations for the gutter and for unit selection: (start, end, mark)."""
        self._annotation_spans = sorted(spans)
        self._invalidate()

    def set_partner(self, span: tuple[int, int] | None, *, reveal: bool = False, row: int | None = None) -> None:
        """Highlight the span a link (or a counterpart) in another column points at.

        ``reveal``: scroll to it when it is off screen; ``row``: put its line on that screen row
        (scroll sync by aligned claims: the two claims side by side).
        """
        if span == self._partner and row is None:
            return
        self._partner = span
        self._invalidate()
        if span is not None and (reveal or row is not None) and self._lines:
            index = self.line_of(span[0])
            top, height = self.scroll_offset.y, max(1, self.scrollable_content_region.height)
            if row is not None:
                target = max(0, index - row)
            elif not (top <= index < top + height):
                target = max(0, index - height // 3)
            else:
                return
            if target != top:
                self._syncing = True
                try:
                    self.scroll_to(y=target, animate=False)
                finally:
                    self._syncing = False

    @property
    def matches(self) -> list[tuple[int, int]]:
        return self._matches

    def _invalidate(self) -> None:
        self._version += 1
        self.refresh()

    # ------------------------------------------------------------------ rendering

    def _component_style(self, name: str, partial: bool = True) -> Style:
        """A component class's style, cached until the styles change (looked up per line)."""
        style = self._component_rich.get(name)
        if style is None:
            style = self._component_rich[name] = self.get_component_rich_style(name, partial=partial)
        return style

    @property
    def _base_style(self) -> Style:
        """The view's own style (``rich_style`` walks the ancestors on every call), cached like the components'."""
        style = self._component_rich.get("")
        if style is None:
            style = self._component_rich[""] = self.rich_style
        return style

    def notify_style_update(self) -> None:
        self._component_rich.clear()
        self._cache.clear()
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        # Measured once per frame, not per line: scrollable_content_region looks the widget up
        # in the compositor's map (a quarter of the time of an uncached line).
        self._frame_width = self.scrollable_content_region.width
        try:
            return super().render_lines(crop)
        finally:
            self._frame_width = None

    def render_line(self, y: int) -> Strip:
        width = self._frame_width
        if width is None:
            width = self.scrollable_content_region.width
        if _text_cells(width) != self._wrap_width:
            self._rewrap()
        index = self.scroll_offset.y + y
        if index >= len(self._lines):
            return Strip.blank(width, self._base_style)
        cursor = self.cursor if self.line_of(self.cursor) == index else -1
        line = self._lines[index]
        selection = None
        if self._selection is not None:
            s, e = self._selection
            if s <= line.end and e >= line.start:
                selection = (max(s, line.start), min(e, line.end + 1))
        claim = self._active_claim
        if claim is not None and not (claim[0] <= line.end and claim[1] > line.start):
            claim = None
        key = (index, width, cursor, selection, claim, self._version, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_visual_line(line, cursor, selection, claim, width)
            self._cache[key] = strip
        return strip

    def _overlapping(self, starts: list[int], spans: Sequence, start: int, end: int) -> Sequence:
        """The spans (sorted, non-overlapping) that intersect [start, end)."""
        i = max(0, bisect_left(starts, start) - 1)
        j = bisect_left(starts, max(end, start + 1))
        return [sp for sp in spans[i:j] if sp[1] > start and sp[0] < max(end, start + 1)]

    def _render_visual_line(
        self, line: VisualLine, cursor: int, selection: tuple[int, int] | None, claim: tuple[int, int] | None, width: int
    ) -> Strip:
        text = self.text
        base = self._base_style
        start, end = line.start, line.end
        layers: list[StyledSpan] = list(self._overlapping(self._highlight_starts, self._highlights, start, end))
        if self._matches:
            match_style = self._component_style("article-view--match", partial=True)
            current_style = self._component_style("article-view--match-current", partial=True)
            for s, e in self._overlapping(self._match_starts, self._matches, start, end):
                layers.append((s, e, current_style if (s, e) == self._current_match else match_style))
        if claim is not None:
            layers.append((claim[0], claim[1], self._component_style("article-view--claim", partial=True)))
        if self._partner is not None and self._partner[0] < end and self._partner[1] > start:
            layers.append((*self._partner, self._component_style("article-view--partner", partial=True)))
        if selection is not None:
            layers.append((selection[0], selection[1], self._component_style("article-view--selection", partial=True)))
        cursor_style = None
        if cursor >= 0:
            cursor_style = self._component_style(
                "article-view--cursor" if self.has_focus else "article-view--cursor-inactive", partial=True
            )
            if cursor < end:
                layers.append((cursor, cursor + 1, cursor_style))
        cuts = {start, end}
        for s, e, _ in layers:
            if start < s < end:
                cuts.add(s)
            if start < e < end:
                cuts.add(e)
        points = sorted(cuts)
        segments: list[Segment] = []
        for a, b in zip(points, points[1:]):
            style = base
            for s, e, layer_style in layers:
                if s <= a and e >= b:
                    style = style + layer_style
            chunk = drawn(text[a:b])
            if "\t" in chunk:
                chunk = chunk.replace("\t", " " * TAB_WIDTH)
            segments.append(Segment(chunk, style))
        if cursor_style is not None and cursor >= end:
            # The cursor rests on the line break (or the end of the text).
            segments.append(Segment(" ", base + cursor_style))
        return Strip([*self._gutter(line, base), *segments]).adjust_cell_length(width, base)

    def set_unique_claims(self, starts: Sequence[int]) -> None:
        """Claims (by start) that no other article has a counterpart of: ★ in the gutter."""
        unique = frozenset(starts)
        if unique != self._unique:
            self._unique = unique
            self._invalidate()

    def _gutter(self, line: VisualLine, base: Style) -> list[Segment]:
        """The claim-kind mark (★: only this outlet has the claim) and the annotation mark on the
        line where each starts."""
        claim_mark = Segment(" ", base)
        if self._marks:
            i = bisect_left(self._claim_starts, line.start)
            if i < len(self._claims) and self._claims[i].start < max(line.end, line.start + 1):
                mark, style = self._marks.get(self._claims[i].kind, (" ", base))
                if self._claims[i].start in self._unique:
                    mark = UNIQUE_MARK
                claim_mark = Segment(mark, base + style)
        note_mark = Segment(" ", base)
        stop = max(line.end, line.start + 1)
        i = bisect_left(self._annotation_spans, (line.start, -1, ""))
        if i < len(self._annotation_spans) and self._annotation_spans[i][0] < stop:
            style = self._component_style("article-view--mark", partial=True)
            note_mark = Segment(self._annotation_spans[i][2], base + style)
        return [claim_mark, note_mark, Segment(" ", base)]

    # ------------------------------------------------------------------ focus

    def on_focus(self) -> None:
        self._refresh_cursor_line()

    def on_blur(self) -> None:
        self._refresh_cursor_line()

    def _refresh_cursor_line(self) -> None:
        if self._lines:
            self.refresh_lines(self.cursor_line)

    # ------------------------------------------------------------------ movement

    def move_to(self, offset: int, *, keep_goal: bool = False, center: bool = False, keep_unit: bool = False) -> None:
        """Put the cursor at ``offset`` and scroll it into view (extending a selection)."""
        offset = max(0, min(len(self.text), offset))
        if not keep_goal:
            self._goal_x = None
        if not keep_unit:
            self._unit_level = -1
        old = self.cursor_line if self._lines else 0
        self.cursor = offset
        if self._lines:
            self.refresh_lines(old)
            self.refresh_lines(self.cursor_line)
            self._update_active_claim()
            self.scroll_cursor_visible(center=center)
        if self.anchor is not None or self._selection is not None:
            self._show_selection()
        self.post_message(self.CursorMoved(self))

    def scroll_cursor_visible(self, center: bool = False) -> None:
        if not self._lines:
            return
        index = self.cursor_line
        height = max(1, self.scrollable_content_region.height)
        top = self.scroll_offset.y
        if center and not (top <= index < top + height):
            self.scroll_to(y=max(0, index - height // 2), animate=False)
        elif index < top:
            self.scroll_to(y=index, animate=False)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False)

    def _move_lines(self, delta: int) -> None:
        index = self.cursor_line
        target = max(0, min(len(self._lines) - 1, index + delta))
        if target == index:
            self.move_to(0 if delta < 0 else self.last_offset)
            return
        x = self._goal_x if self._goal_x is not None else self.cell_x(self.cursor)
        self.move_to(self._offset_at_x(target, x), keep_goal=True)
        self._goal_x = x

    def action_cursor_down(self) -> None:
        self._move_lines(1)

    def action_cursor_up(self) -> None:
        self._move_lines(-1)

    def action_cursor_right(self) -> None:
        self.move_to(self.cursor + 1)

    def action_cursor_left(self) -> None:
        self.move_to(self.cursor - 1)

    def action_word_next(self) -> None:
        self.move_to(next_stop(self._words, self.cursor, len(self.text)))

    def action_word_prev(self) -> None:
        self.move_to(prev_stop(self._words, self.cursor))

    def action_sentence_next(self) -> None:
        self.move_to(next_stop(self._sentences, self.cursor, len(self.text)))

    def action_sentence_prev(self) -> None:
        self.move_to(prev_stop(self._sentences, self.cursor))

    def action_paragraph_next(self) -> None:
        self.move_to(next_stop(self._paragraphs, self.cursor, len(self.text)))

    def action_paragraph_prev(self) -> None:
        self.move_to(prev_stop(self._paragraphs, self.cursor))

    def action_line_start(self) -> None:
        self.move_to(self._lines[self.cursor_line].start)

    def action_line_end(self) -> None:
        self.move_to(self._line_last(self.cursor_line))

    def _page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        target_top = max(0, min(self.max_scroll_y, self.scroll_offset.y + direction * height))
        self.scroll_to(y=target_top, animate=False)
        self._move_lines(direction * height)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_entity_next(self) -> None:
        self._jump(self._entity_starts, 1, "entity")

    def action_entity_prev(self) -> None:
        self._jump(self._entity_starts, -1, "entity")

    def action_claim_next(self) -> None:
        self._jump(self._claim_starts, 1, "claim")

    def action_claim_prev(self) -> None:
        self._jump(self._claim_starts, -1, "claim")

    def _jump(self, starts: list[int], direction: int, what: str) -> None:
        if not starts:
            self.notify(f"no {what} highlights in this article", severity="warning", timeout=3)
            return
        target = next_stop(starts, self.cursor, -1) if direction > 0 else prev_stop(starts, self.cursor)
        if target == -1 or (direction < 0 and target == 0 and starts[0] != 0):
            self.notify(f"no more {what}s this way", timeout=2)
            return
        self.move_to(target)

    def action_top(self) -> None:
        self.move_to(0)

    @property
    def last_offset(self) -> int:
        """The last character of the article (not the end past it, nor trailing blank lines): where G goes."""
        return max(0, len(self.text.rstrip()) - 1)

    def action_bottom(self) -> None:
        self.move_to(self.last_offset)

    # ------------------------------------------------------------------ scroll sync

    @property
    def scroll_fraction(self) -> float:
        return self.scroll_offset.y / self.max_scroll_y if self.max_scroll_y else 0.0

    @property
    def paragraph_fraction(self) -> float:
        """How far the top line is through the article's paragraphs (0.0 the top, 1.0 the bottom):
        what scroll sync aligns (:func:`~annotations.nlp.textnav.paragraph_share`)."""
        if not self._lines or not self._paragraphs:
            return 0.0
        top = min(len(self._lines) - 1, round(self.scroll_offset.y))
        if self.max_scroll_y and top >= self.max_scroll_y:
            return 1.0
        return paragraph_share(self._paragraphs, len(self.text), self._lines[top].start) / len(self._paragraphs)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._syncing and round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self, self.paragraph_fraction))

    def sync_to(self, fraction: float) -> None:
        """Scroll to the same ``fraction`` of the paragraphs (:attr:`paragraph_fraction`) without
        announcing it (the sync's own echo)."""
        self._syncing = True
        try:
            if fraction >= 1.0 or not self._lines or not self._paragraphs:
                y = round(fraction * self.max_scroll_y)
            else:
                offset = offset_at_share(self._paragraphs, len(self.text), fraction * len(self._paragraphs))
                y = self.line_of(offset)
            self.scroll_to(y=min(self.max_scroll_y, y), animate=False)
            # Keep the cursor on screen, where the reader is looking.
            top = self.scroll_offset.y
            height = max(1, self.scrollable_content_region.height)
            index = self.cursor_line
            if not (top <= index < top + height) and self._lines:
                target = min(len(self._lines) - 1, max(top, min(index, top + height - 1)))
                old = index
                self.cursor = self._lines[target].start
                self.refresh_lines(old)
                self.refresh_lines(target)
        finally:
            self._syncing = False
