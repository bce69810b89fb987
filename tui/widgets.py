"""Small widgets around the article views.  None of them parses markup."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Footer, Static

from annotations.core.model import ENTITY_LABELS, Document, article_label, label_name
from annotations.core.text import line, plural
from tui.article import ArticleView


def plain(text: str) -> Content:
    """One line of Content from data: never parsed as markup, control characters shown escaped."""
    return Content(line(text))


def cell(text: str) -> str:
    """A table cell from data: one line, control characters shown escaped.

    A plain ``str``: :class:`~tui.rowtable.RowTable` measures it as is and draws it as plain
    text (``rich.text.Text``, never markup) only when its row is on screen; building a ``Text``
    per cell of 100,000 rows to measure them cost a second.
    """
    return line(text)


def short_labels(documents, width: int = 14) -> list[str]:
    """How a panel names each article: its number and short label (the domain's one rule,
    :func:`article_label`), as its column header says them, made safe and cut to ``width``
    cells with "…" ("2 Russia has…").  The number keeps two labels that are alike when cut
    apart ("Calls blocked, report 1/2") and matches the panel's columns headed by numbers."""
    from tui.wrap import text_width

    names = []
    for i, doc in enumerate(documents):
        number = f"{i + 1} "
        room = width - len(number)
        name = line(article_label(doc))
        names.append(number + (name if text_width(name) <= room else _cut(name, room)))
    return names


class OneLine(Static):
    """A one-row bar: updates repaint the row only (no layout pass), and only when changed."""

    _last: object = None

    def set(self, content) -> None:
        if content != self._last:
            self._last = content
            self.update(content, layout=False)


class KeysFooter(Footer):
    """Textual's footer, rebuilt only when the keys it shows change.

    The footer rebuilds all its keys (a dozen widgets mounted and styled, then a layout and a
    repaint) whenever the screen's bindings may have changed: on every change of focus, and each
    time a dialog opens over the reader and closes again.  Those two rebuilds were most of the
    time a dialog took to open and to close (~13-20 ms each plus the repaint they cause; with
    the dialog open the reader under it was drawn twice; bench/scale.py).  Here:

    * under a dialog (its screen not the active one) the footer stays as it was: it is drawn
      dimmed under the dialog, whose keys are the dialog's own;
    * otherwise the keys are compared first (``Screen.active_bindings``, what the footer is
      built from) and only a change rebuilds it.
    """

    _shown: tuple | None = None  # the keys the footer shows (None: not built yet)

    def _keys(self) -> tuple:
        palette = self.app.COMMAND_PALETTE_BINDING
        return tuple(
            (key, binding, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == palette
        )

    def compose(self) -> ComposeResult:
        widgets = iter(super().compose())
        first = next(widgets, None)
        if first is None:  # nothing to show (at start-up, before the screen says its bindings): no keys to read
            self._shown = None
            return
        keys = self._keys()
        yield first
        yield from widgets
        self._shown = keys

    def bindings_changed(self, screen) -> None:
        if self._shown is not None and screen is self.screen and (not screen.is_active or self._keys() == self._shown):
            return
        super().bindings_changed(screen)


class HeaderBar(Static):
    """The two lines over a column (the reader's, an adjudication column's)."""

    DEFAULT_CSS = """
    HeaderBar {
        height: 2;
        padding: 0 1;
        background: $panel;
        color: $foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """


class ColumnHeader(HeaderBar):
    """The article's short label (title, else source, else opening words), then source · date ·
    word count (a long source is shortened: date and count stay)."""

    def __init__(self, document: Document, number: int) -> None:
        self.document = document
        self.number = number
        self._width = -1
        super().__init__(self._content(0))

    def _content(self, width: int) -> Content:
        from tui.wrap import text_width

        document = self.document
        title = Content.assemble((f"{self.number} ", "bold"), (line(article_label(document)), "bold"))
        tail = " · ".join(f for f in (document.date, plural(document.word_count, "word")) if f)
        source = line(document.source or "")
        room = width - text_width(tail) - 3  # " · " between the source and the rest
        if source and width and text_width(source) > room:
            source = _cut(source, room)
        facts = " · ".join(f for f in (source, tail) if f)
        return Content("\n").join([title, plain(facts)])

    def on_resize(self) -> None:
        width = self.content_region.width
        if width != self._width:
            self._width = width
            self.update(self._content(width))


def _cut(text: str, cells: int) -> str:
    """``text`` cut to ``cells`` cells, ending in … when cut ("" when there is no room)."""
    from tui.wrap import char_width

    if cells <= 1:
        return ""
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > cells - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + "…"


class ArticleColumn(Vertical):
    """One article: its header above its view."""

    DEFAULT_CSS = """
    ArticleColumn {
        width: 1fr;
        min-width: 38;
        border-left: vkey $panel-lighten-2;
    }
    ArticleColumn:focus-within {
        border-left: vkey $accent;
    }
    ArticleColumn:focus-within > ColumnHeader {
        background: $accent 30%;
    }
    """

    def __init__(self, document: Document, number: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document
        self.number = number
        self.view = ArticleView(document, id=f"{id}-view" if id else None)

    def compose(self) -> ComposeResult:
        yield ColumnHeader(self.document, self.number)
        yield self.view


class StatusBar(Widget):
    """One line: what happened last (first: the tail is what is cut), the search, where the
    cursor is, what is on.

    It renders from its reactives, which the reader binds to its own (``data_bind``): a
    change repaints this one row, with no layout pass, and only when a value changed.
    """

    DEFAULT_CSS = """
    StatusBar {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    position = reactive("", layout=False)
    paging = reactive("", layout=False)
    sync_scroll = reactive(False, layout=False)
    engine_label = reactive("", layout=False)
    store_label = reactive("", layout=False)  # author · database; "" without one (then no save state either)
    save_state = reactive("", layout=False)
    search_note = reactive("", layout=False)
    message = reactive("", layout=False)

    def render(self) -> Content:
        store = " · ".join(p for p in (self.store_label, self.save_state) if p) if self.store_label else ""
        # What the user must read or act on first: at 80 columns the tail is cut.
        parts = (
            self.message,
            self.search_note,
            self.position,
            self.paging,
            "sync on" if self.sync_scroll else "",
            self.engine_label.partition("+")[0] or "extracting…",  # "+rules.N" only keys the cache
            store,
        )
        return plain("  │  ".join(p for p in parts if p))


class InspectorBar(OneLine):
    """What is under the cursor: entity label, claim kind, speaker and cue."""

    DEFAULT_CSS = """
    InspectorBar {
        height: 1;
        padding: 0 1;
        background: $boost;
        color: $foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def show_nothing(self, note: str = "") -> None:
        self.set(plain(note))

    def inspect(self, entity, claim, counterparts: str = "") -> None:
        parts: list[Content] = []
        if entity is not None:
            parts.append(Content.assemble(plain(label_name(entity.label)).stylize("bold"), " ", plain(f"“{entity.text}”")))
        if claim is not None:
            pieces = [Content.assemble(("claim", "bold"), f" {label_name(claim.kind)}")]
            if claim.speaker is not None:
                who = f"“{claim.speaker.text}”" + (f" → {claim.refers_to.text}" if claim.refers_to is not None else "")
                pieces.append(Content.assemble("speaker ", plain(who)))
            if claim.cue is not None:
                pieces.append(Content.assemble("cue ", plain(f"“{claim.cue.text}”")))
            if counterparts:
                pieces.append(plain(counterparts))
            parts.append(Content(" · ").join(pieces))
        self.set(Content("  │  ").join(parts) if parts else plain("(no entity or claim here)"))


    def inspect_annotation(self, ann, links: list[str], suggestion: str = "") -> None:
        """``suggestion``: the engine's entity or claim under the annotation, which a/r act on (hidden by it)."""
        parts = [Content.styled("note", "bold")]
        if ann.label:
            parts.append(plain(label_name(ann.label)))
        if ann.tags:
            parts.append(plain(", ".join(ann.tags)))
        if suggestion:
            parts.append(Content.assemble(("a/r:", "bold"), " ", plain(suggestion)))
        if ann.comment:
            first = ann.comment.strip().splitlines()[0]
            parts.append(plain(f"✎ {first[:60]}"))
        parts.extend(plain(link) for link in links)
        parts.append(plain(f"by {ann.by or '?'}"))
        self.set(Content("  │  ").join(parts))

    def show_selection(self, chars: int, words: int, linking: bool) -> None:
        hint = "L: link to it" if linking else "t tag · 1-9 codebook · m comment · L link · x grow · o other edge"
        self.set(Content.assemble(("selection", "bold"), plain(f" {plural(words, 'word')}, {plural(chars, 'char')}  │  {hint}")))


class LegendBar(OneLine):
    """Which colour means what, from the active Pygments style: one row when it fits, else the
    entity labels on one row and the claim kinds, speaker and cue on a second (at 80 columns one
    row cut everything after the entity labels)."""

    DEFAULT_CSS = """
    LegendBar {
        height: 1;
        padding: 0 1;
        background: $surface;  /* the articles' own: each label looks here as it does in the text */
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    _rows: tuple = ()

    def show(self, styler, engine: str) -> None:
        from rich.text import Text

        from tui.styling import CLAIM_MARKS

        entities = Text(no_wrap=True, overflow="ellipsis")
        for label in ENTITY_LABELS:
            entities.append(label_name(label), styler.layer(f"entity:{label}"))
            entities.append(" ")
        claims = Text(no_wrap=True, overflow="ellipsis")
        for kind, mark in CLAIM_MARKS.items():
            claims.append(mark, styler.claim_mark_style(kind))
            claims.append(label_name(kind) + " ", styler.layer(f"claim:{kind}"))
        claims.append("│ ")
        claims.append("Speaker", styler.layer("speaker"))
        claims.append(" ")
        claims.append("Attribution cue", styler.layer("cue"))
        self._rows = (entities, claims)
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        from rich.text import Text

        if not self._rows:
            return
        entities, claims = self._rows
        width = self.content_region.width or self.app.size.width - 2
        if entities.cell_len + 2 + claims.cell_len <= width:
            rows, text = 1, Text.assemble(entities, "│ ", claims, no_wrap=True, overflow="ellipsis")
        else:
            rows, text = 2, Text("\n", no_wrap=True, overflow="ellipsis").join((entities.copy(), claims.copy()))
        if self.styles.height is None or self.styles.height.value != rows:
            self.styles.height = rows
        self.set(text)
