"""Turn the Pygments-styled layers of :mod:`annotations.render.highlight` into Rich styles.

The Pygments style (``--style NAME``) decides every layer's colour and
attributes; this module only translates, and composes the layers of one
segment: claim underneath, then cue, speaker, the entity colour, and a human
annotation's highlighter on top (its colours; the others keep their attributes).  In the reader, quotes are marked by colour and every claim kind
by a gutter mark; only the claim under the cursor is underlined (see
:class:`~tui.article.ArticleView`): a page where every sentence is underlined
reads as noise.
"""

from __future__ import annotations

from typing import Any

from rich.color import Color, ColorParseError
from rich.style import Style

from annotations.render.highlight import CLAIM_MARKS, PL, get_style, segments, standard_color_name, style_table
from annotations.core.model import Analysis, Annotation
from tui.article import joined_spans

__all__ = ["CLAIM_MARKS", "Styler"]  # CLAIM_MARKS: defined in annotations.render (the HTML export shows them too)
_UNDERLINED_CLAIMS: set[str] = set()
# Composition order: later layers win a conflicting colour.  The annotation (a highlighter
# with its own foreground and background) comes last, as in the Pygments style's composites:
# an entity's colour on the highlighter's background may be unreadable; its attributes stay.
_ORDER = ("claim", "cue", "speaker", "entity", "annotation")


def _color(value: str | None) -> Color | None:
    if not value:
        return None
    name = standard_color_name(value) if value.startswith("ansi") else value
    try:
        return Color.parse(name)
    except ColorParseError:
        return None


def _layer_token(layer: str):
    group, _, detail = layer.partition(":")
    if group == "entity":
        return getattr(PL.Entity, detail, PL.Entity.Other)
    if group == "claim":
        return getattr(PL.Claim, detail.capitalize(), PL.Claim)
    if group == "annotation":
        return PL.Annotation.Tagged if detail == "tagged" else PL.Annotation
    return {"speaker": PL.Speaker, "cue": PL.Cue}.get(group, PL.Text)


class Styler:
    """Rich styles for highlight layers, from one Pygments style."""

    def __init__(self, style: str | None = None, *, no_color: bool = False) -> None:
        #: NO_COLOR: the layers keep their attributes (bold, italic, underline) and backgrounds but no
        #: text colour.  Textual draws NO_COLOR as greys by each colour's lightness, which made the
        #: dark text colours (Number, Quantity: dark red) black on the dark page, unreadable.
        self.no_color = no_color
        self.style_class = get_style(style)
        self.table: dict[Any, dict[str, Any]] = style_table(self.style_class)
        self._layers: dict[str, Style] = {}
        self._combined: dict[frozenset[str], Style] = {}

    def layer(self, layer: str) -> Style:
        """The Rich style of one layer, e.g. ``"entity:PERSON"`` or ``"claim:quote"``."""
        style = self._layers.get(layer)
        if style is None:
            entry = self.table.get(_layer_token(layer), {})
            underline = bool(entry.get("underline"))
            if layer.startswith("claim:"):
                underline = layer[6:] in _UNDERLINED_CLAIMS
            style = Style(
                color=None if self.no_color else _color(entry.get("color")),
                bgcolor=_color(entry.get("bgcolor")),
                bold=entry.get("bold") or None,
                italic=entry.get("italic") or None,
                underline=underline or None,
            )
            self._layers[layer] = style
        return style

    def combined(self, layers: frozenset[str]) -> Style:
        style = self._combined.get(layers)
        if style is None:
            ordered = sorted(layers, key=lambda name: (_ORDER.index(name.split(":")[0]) if name.split(":")[0] in _ORDER else 0, name))
            style = Style.chain(*(self.layer(name) for name in ordered)) if ordered else Style()
            self._combined[layers] = style
        return style

    def claim_mark_style(self, kind: str) -> Style:
        entry = self.table.get(_layer_token(f"claim:{kind}"), {})
        if entry.get("color") and not self.no_color:
            return Style(color=_color(entry.get("color")), bold=True)
        return Style(bold=True, dim=kind == "assertion")

    def spans(
        self,
        text: str,
        analysis: Analysis | None,
        annotations: list[Annotation] | tuple = (),
        *,
        show_entities: bool = True,
        show_claims: bool = True,
        show_annotations: bool = True,
        window: tuple[int, int] | None = None,
    ) -> list[tuple[int, int, Style]]:
        """Sorted, non-overlapping styled spans for a view's highlight layer (``window``: of that part only).

        Neighbours that look the same are one span: densely annotated text (a span starting every
        few characters) would otherwise draw, and dim behind every dialog, a segment per boundary.
        """
        return joined_spans(  # one run where the look does not change
            (seg.start, seg.end, self.combined(seg.layers))
            for seg in segments(
                text,
                analysis,
                annotations,
                show_entities=show_entities,
                show_claims=show_claims,
                show_annotations=show_annotations,
                window=window,
            )
            if seg.layers
        )

