"""Pygments styling layer: one token stream per article, styled by a Pygments style.

The layers an article can carry -- engine entities, engine claims (with their
speaker and cue spans) and human annotations -- overlap freely.  They are
flattened here, in one sweep over the sorted span boundaries, into a list of
contiguous, non-overlapping :class:`Segment` s that covers the whole text.

Overlap resolution
------------------
Each segment has a *base* layer, the most specific active one, in the order

    entity  >  speaker  >  cue  >  claim  >  annotation  >  plain text

(within one layer the innermost span -- latest start, then shortest -- wins).
The base owns the segment's foreground colour.  Every other active layer
becomes a *modifier* that adds its text attributes (bold, italic, underline)
and, if nothing more specific set one, its colours.  The segment's token is
the base token with the modifiers as child types, in a fixed order::

    PL.Entity.PERSON                         a person
    PL.Entity.PERSON.Speaker.Claim           a person who is a claim's speaker, inside a claim
    PL.Claim.Quote.Tagged                    quote text inside a tagged human annotation

so ``segment.token in PL.Entity.PERSON`` holds for all of them, formatters and
styles that know nothing of the modifiers fall back to the base's style (the
parent), and :func:`get_style` styles return a merged definition for every such
composite.  ``Segment.layers`` names every active layer, for UIs that want to
combine attributes themselves.

Only the standard library and Pygments are imported here (no Rich, Textual or
click): :func:`style_table` hands a UI plain dicts to build its own styles from.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pygments
from pygments.formatter import Formatter
from pygments.formatters import HtmlFormatter, Terminal256Formatter, TerminalTrueColorFormatter
from pygments.style import Style, StyleMeta, ansicolors
from pygments.styles import get_all_styles, get_style_by_name
from pygments.token import Generic, Keyword, Literal, Name, Number, String, Token, _TokenType
from pygments.util import ClassNotFound

from annotations.core.model import ENTITY_LABELS, Analysis, Annotation, Document, article_label, label_name
from annotations.core.text import display
from annotations.render.palette import ANSI_PALETTES, PAGES, TRUE_COLOR, terminal_colors

__all__ = [
    "PL",
    "Segment",
    "segments",
    "token_stream",
    "base_token",
    "PresslensStyle",
    "StyleNotFound",
    "get_style",
    "style_names",
    "style_table",
    "standard_color_name",
    "legend",
    "CLAIM_MARKS",
    "CSS_CLASSES",
    "css_classes",
    "class_css",
    "render",
    "ANSI_PALETTES",
]

# --------------------------------------------------------------------------- tokens

PL = Token.Presslens
TEXT = PL.Text
ENTITY = PL.Entity
OTHER_ENTITY = ENTITY.Other  # a label outside ENTITY_LABELS (e.g. spaCy's FAC, EVENT)
CLAIM = PL.Claim
SPEAKER = PL.Speaker
CUE = PL.Cue
ANNOTATION = PL.Annotation
TAGGED = PL.Annotation.Tagged

ENTITY_TOKENS: dict[str, _TokenType] = {label: getattr(ENTITY, label) for label in ENTITY_LABELS}
CLAIM_TOKENS: dict[str, _TokenType] = {
    "quote": CLAIM.Quote,
    "reported": CLAIM.Reported,
    "statistic": CLAIM.Statistic,
    "assertion": CLAIM.Assertion,
}

# Modifier child names, and the layer token whose style each one contributes.
_MOD_SOURCE: dict[str, _TokenType] = {
    "Speaker": SPEAKER,
    "Cue": CUE,
    "Claim": CLAIM,  # kind-agnostic: a claim modifier contributes PL.Claim's attributes
    "Annotation": ANNOTATION,
    "Tagged": TAGGED,
}

# Layer groups, in precedence order.
_ENT, _SPK, _CUE, _CLM, _ANN = range(5)


def base_token(token: _TokenType) -> _TokenType:
    """Strip modifier children: ``PL.Entity.PERSON.Speaker.Claim`` -> ``PL.Entity.PERSON``."""
    if token in ANNOTATION or token not in PL:
        return token
    while len(token) > 2 and token[-1] in _MOD_SOURCE:
        token = token.parent
    return token


# --------------------------------------------------------------------------- segmentation


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch ``text[start:end]`` over which the set of active layers is constant.

    ``layers`` holds strings such as ``"entity:PERSON"``, ``"claim:quote"``,
    ``"speaker"``, ``"cue"``, ``"annotation"`` and ``"annotation:tagged"``.
    """

    start: int
    end: int
    token: _TokenType
    layers: frozenset[str]

    @property
    def base(self) -> _TokenType:
        """The winning layer's token, without modifiers."""
        return base_token(self.token)


def _collect(
    n: int,
    analysis: Analysis | None,
    annotations: Sequence[Annotation],
    show_entities: bool,
    show_claims: bool,
    show_annotations: bool,
    lo: int = 0,
    hi: int | None = None,
) -> tuple[list[tuple[int, int, int, Any]], list[int], int, int]:
    """Spans ``(start, end, group, key)`` clamped to the text (empty ones and those outside
    ``[lo, hi)`` dropped),
    and their sweep events, each packed into one int so that a plain sort orders
    them by position, closings before openings, longer spans opening first, and
    span index.  Returns ``(spans, events, kind_shift, pos_shift)``.
    """
    entities = analysis.entities if analysis is not None and show_entities else ()
    claims = analysis.claims if analysis is not None and show_claims else ()
    anns = annotations if show_annotations else ()
    bound = len(entities) + 3 * len(claims) + len(anns) + 1
    idx_bits = bound.bit_length()
    kind_shift = idx_bits + (n + 1).bit_length()
    pos_shift = kind_shift + 1
    opening = 1 << kind_shift
    spans: list[tuple[int, int, int, Any]] = []
    codes: list[int] = []
    span_add = spans.append
    code_add = codes.append

    if hi is None:
        hi = n

    def add(start: int, end: int, group: int, key: Any) -> None:
        if start < 0:
            start = 0
        if end > n:
            end = n
        if start < end and start < hi and end > lo:
            idx = len(spans)
            span_add((start, end, group, key))
            code_add((start << pos_shift) | opening | ((n - end) << idx_bits) | idx)
            code_add((end << pos_shift) | idx)

    for e in entities:
        start, end = e.start, e.end
        if 0 <= start < end <= n and start < hi and end > lo:  # the common case, inlined
            idx = len(spans)
            span_add((start, end, _ENT, e.label))
            code_add((start << pos_shift) | opening | ((n - end) << idx_bits) | idx)
            code_add((end << pos_shift) | idx)
        elif start < hi and end > lo:
            add(start, end, _ENT, e.label)
    for c in claims:
        add(c.start, c.end, _CLM, c.kind)
        if c.speaker is not None:
            add(c.speaker.start, c.speaker.end, _SPK, None)
        if c.cue is not None:
            add(c.cue.start, c.cue.end, _CUE, None)
    for a in anns:
        # Only human annotations that could be placed in this text are drawn:
        # engine suggestions duplicate the entity/claim layers.
        if a.status == "human" and not a.orphan:
            add(a.start, a.end, _ANN, bool(a.tags))
    codes.sort()
    return spans, codes, kind_shift, pos_shift


def _resolve(state: tuple) -> tuple[_TokenType, frozenset[str]]:
    ents, speaker, cue, claims, anns = state
    layers = {f"entity:{label}" for label in ents}
    layers.update(f"claim:{kind}" for kind in claims)
    if speaker:
        layers.add("speaker")
    if cue:
        layers.add("cue")
    tagged = any(anns)
    if anns:
        layers.add("annotation")
        if tagged:
            layers.add("annotation:tagged")
    ann_mod = ("Tagged" if tagged else "Annotation") if anns else None

    mods: list[str | None]
    if ents:
        token = ENTITY_TOKENS.get(ents[-1], OTHER_ENTITY)
        mods = ["Speaker" if speaker else None, "Cue" if cue else None, "Claim" if claims else None, ann_mod]
    elif speaker:
        token = SPEAKER
        mods = ["Cue" if cue else None, "Claim" if claims else None, ann_mod]
    elif cue:
        token = CUE
        mods = ["Claim" if claims else None, ann_mod]
    elif claims:
        token = CLAIM_TOKENS.get(claims[-1], CLAIM)
        mods = [ann_mod]
    elif anns:
        token, mods = (TAGGED if tagged else ANNOTATION), []
    else:
        token, mods = TEXT, []
    for mod in mods:
        if mod is not None:
            token = getattr(token, mod)
    return token, frozenset(layers)


def segments(
    text: str,
    analysis: Analysis | None,
    annotations: Sequence[Annotation] = (),
    *,
    show_entities: bool = True,
    show_claims: bool = True,
    show_annotations: bool = True,
    window: tuple[int, int] | None = None,
) -> list[Segment]:
    """Flatten every layer into contiguous segments covering ``text`` (empty text: ``[]``).

    ``window=(start, end)``: only the segments covering that part of the text, cut at its edges,
    for restyling the place a change touched.  Spans are not clipped to the window (that would
    change which of two nested spans is innermost): only those overlapping it are swept.

    One pass: every span contributes an opening and a closing event, packed into
    one int ``(position, close-before-open, longer-first, index)`` so a single
    sort orders them; the sweep keeps, per layer group, the active spans in
    opening order -- the last one is the innermost -- and emits a segment each
    time the position moves.  Active states map to ``(token, layers)`` through
    a cache shared by all calls.
    """
    n = len(text)
    if n == 0:
        return []
    lo, hi = (0, n) if window is None else (max(0, window[0]), min(n, window[1]))
    if lo >= hi:
        return []
    spans, codes, kind_shift, pos_shift = _collect(
        n, analysis, annotations, show_entities, show_claims, show_annotations, lo, hi
    )
    if not spans:
        return [Segment(lo, hi, TEXT, _EMPTY)]
    idx_mask = (1 << (kind_shift - (n + 1).bit_length())) - 1

    active: list[dict[int, Any]] = [{}, {}, {}, {}, {}]
    a_ent, a_spk, a_cue, a_clm, a_ann = active
    cache = _STATE_CACHE
    if len(cache) > 50_000:
        cache.clear()
    out: list[Segment] = []
    emit = out.append
    new = object.__new__
    prev = 0
    for code in codes:
        pos = code >> pos_shift
        if pos != prev and pos > lo and prev < hi:  # the segment [prev, pos) shows in the window
            state = (
                tuple(a_ent.values()) if a_ent else (),
                bool(a_spk),
                bool(a_cue),
                tuple(a_clm.values()) if a_clm else (),
                tuple(a_ann.values()) if a_ann else (),
            )
            resolved = cache.get(state)
            if resolved is None:
                resolved = cache[state] = _resolve(state)
            seg = new(Segment)
            _SET_START(seg, prev if prev > lo else lo)
            _SET_END(seg, pos if pos < hi else hi)
            _SET_TOKEN(seg, resolved[0])
            _SET_LAYERS(seg, resolved[1])
            emit(seg)
        prev = pos
        idx = code & idx_mask
        span = spans[idx]
        if code >> kind_shift & 1:
            active[span[2]][idx] = span[3]
        else:
            del active[span[2]][idx]
    if prev < hi:
        emit(Segment(prev if prev > lo else lo, hi, TEXT, _EMPTY))
    return out


_EMPTY: frozenset[str] = frozenset()
_STATE_CACHE: dict[tuple, tuple[_TokenType, frozenset[str]]] = {}
# Filling a frozen slots dataclass through its slot descriptors skips the
# generated __init__'s per-field object.__setattr__ calls (segments() makes
# thousands of Segments per article).
_SET_START = Segment.__dict__["start"].__set__
_SET_END = Segment.__dict__["end"].__set__
_SET_TOKEN = Segment.__dict__["token"].__set__
_SET_LAYERS = Segment.__dict__["layers"].__set__


def token_stream(
    text: str,
    analysis: Analysis | None,
    annotations: Sequence[Annotation] = (),
    **toggles: bool,
) -> list[tuple[_TokenType, str]]:
    """``(token, text)`` pairs for a Pygments formatter; the texts concatenate to ``text``."""
    return [(seg.token, text[seg.start : seg.end]) for seg in segments(text, analysis, annotations, **toggles)]


# --------------------------------------------------------------------------- styles


def _color_word(color: str | None, ansi: str | None) -> str | None:
    """A style-definition word for a colour from ``style_for_token`` (None if unset)."""
    if ansi:
        return ansi
    if not color:
        return None
    if re.fullmatch(r"[0-9a-fA-F]{6}", color):
        return "#" + color.lower()
    return color  # "transparent", "var(...)", "calc(...)": accepted by Pygments as they are


def _own(style: type[Style], token: _TokenType) -> dict[str, Any]:
    """A token's resolved attributes; colours equal to the root's count as unset."""
    d = style.style_for_token(token)
    root = style.style_for_token(Token)
    fg = _color_word(d["color"], d["ansicolor"])
    bg = _color_word(d["bgcolor"], d["bgansicolor"])
    if fg == _color_word(root["color"], root["ansicolor"]):
        fg = None
    if bg == _color_word(root["bgcolor"], root["bgansicolor"]):
        bg = None
    return {"fg": fg, "bg": bg, "bold": d["bold"], "italic": d["italic"], "underline": d["underline"]}


def _composites() -> Iterable[tuple[_TokenType, tuple[str, ...]]]:
    """Every base token with every ordered modifier combination _resolve can produce."""
    ann_opts: tuple[tuple[str, ...], ...] = ((), ("Annotation",), ("Tagged",))

    def combos(*names: str) -> Iterable[tuple[str, ...]]:
        # names are in order; each may be present or absent, the annotation slot has 3 options
        result: list[tuple[str, ...]] = [()]
        for name in names:
            result = [r + extra for r in result for extra in ((), (name,))]
        return [r + a for r in result for a in ann_opts]

    for token in (*ENTITY_TOKENS.values(), OTHER_ENTITY):
        for mods in combos("Speaker", "Cue", "Claim"):
            yield token, mods
    for mods in combos("Cue", "Claim"):
        yield SPEAKER, mods
    for mods in combos("Claim"):
        yield CUE, mods
    for token in (*CLAIM_TOKENS.values(), CLAIM):
        for mods in combos():
            yield token, mods


def _composite_defs(style: type[Style]) -> dict[_TokenType, str]:
    """Merged definitions for every composite token of ``style``'s layer tokens.

    Merge rule: bold/italic/underline are OR-ed over base and modifiers; the
    foreground and background come from the annotation modifier if it sets a
    colour (the highlighter), else from the first of (base, modifiers...) that
    sets one.
    """
    own_cache: dict[_TokenType, dict[str, Any]] = {}

    def own(token: _TokenType) -> dict[str, Any]:
        if token not in own_cache:
            own_cache[token] = _own(style, token)
        return own_cache[token]

    defs: dict[_TokenType, str] = {}
    for base, mods in _composites():
        if not mods:
            continue
        parts = [own(base)] + [own(_MOD_SOURCE[m]) for m in mods]
        words = ["noinherit"]
        words += [flag for flag in ("bold", "italic", "underline") if any(p[flag] for p in parts)]
        # A highlighter (annotation) with colours of its own wins the colours: an entity's
        # colour on the highlighter's background may be unreadable.
        ann = parts[-1] if mods[-1] in ("Annotation", "Tagged") and (parts[-1]["fg"] or parts[-1]["bg"]) else None
        colours = [ann, *parts] if ann else parts
        fg = next((p["fg"] for p in colours if p["fg"]), None)
        bg = next((p["bg"] for p in colours if p["bg"]), None)
        if fg:
            words.append(fg)
        if bg:
            words.append("bg:" + bg)
        token = base
        for m in mods:
            token = getattr(token, m)
        defs[token] = " ".join(words)
    return defs


# The default palette.  Only the 16 ANSI colour names are used, so:
# * a 16-colour terminal shows exactly these colours (Terminal256Formatter emits
#   SGR 30-37/90-97 for them, never 38;5;n), and
# * the terminal's own theme decides the actual shades in ``render``'s output;
#   the reader and HTML pages map the names through ANSI_PALETTES (below), chosen
#   for contrast on dark and light backgrounds.
# Sixteen colours cannot give ten entity labels ten hues, so every label is a
# colour *and* attributes, each pair of labels differing in one of them in 16
# colours, 256 colours and true colour (tests/unit/render/test_entity_looks.py), and
# people (bold), organisations (underline) and places (italic) also without
# colour (NO_COLOR).  Claims are underlined (quotes also green), speakers bold,
# cues italic.  Human annotations are a highlighter: a background with its own
# foreground; inside one, the highlighter's colours win (readable whatever the
# entity's colour) and an entity keeps its attributes.
_PRESSLENS_DEFS: dict[_TokenType, str] = {
    Generic.Heading: "bold",
    Generic.Subheading: "ansibrightblack",
    Generic.Emph: "italic",
    TEXT: "",
    ENTITY: "",
    ENTITY.PERSON: "bold ansibrightmagenta",
    ENTITY.NORP: "ansimagenta",
    ENTITY.ORG: "underline ansibrightblue",
    ENTITY.GPE: "italic ansicyan",
    ENTITY.LOC: "italic underline ansicyan",
    ENTITY.DATE: "ansiyellow",
    ENTITY.CARDINAL: "ansired",
    ENTITY.QUANTITY: "italic ansired",
    ENTITY.PERCENT: "underline ansibrightred",
    ENTITY.MONEY: "bold ansibrightred",
    OTHER_ENTITY: "ansibrightblack",
    CLAIM: "underline",
    CLAIM.Quote: "ansigreen",
    CLAIM.Reported: "",
    CLAIM.Statistic: "",
    CLAIM.Assertion: "",
    SPEAKER: "bold",
    CUE: "italic",
    ANNOTATION: "ansiblack bg:ansigray",
    TAGGED: "",
}


class _PresslensBase(Style):
    name = "presslens"
    background_color = None
    styles = dict(_PRESSLENS_DEFS)


class PresslensStyle(Style):
    """presslens' default style: ANSI colour names only (see the palette notes above)."""

    name = "presslens"
    aliases: list[str] = []
    #: None: keep the terminal's own background (HTML output picks its own page colours).
    background_color = None
    highlight_color = "#fff1a8"
    styles = {**_PRESSLENS_DEFS, **_composite_defs(_PresslensBase)}


# ---- adapting any installed Pygments style

# Standard token types whose colours stand in for the layers in a code style.
_ENTITY_CANDIDATES: dict[_TokenType, tuple[_TokenType, ...]] = {
    ENTITY.PERSON: (Name.Function, Name.Class, Name.Tag, Keyword),
    ENTITY.ORG: (Name.Class, Name.Namespace, Name.Decorator, Keyword.Type, Name.Builtin),
    ENTITY.GPE: (Name.Namespace, Keyword.Type, Name.Builtin, Name.Constant, Name.Tag),
    ENTITY.LOC: (Name.Tag, Name.Constant, Keyword.Type, Name.Namespace),
    ENTITY.NORP: (Name.Builtin, Name.Decorator, Name.Exception, Name.Label, Name.Entity),
    ENTITY.DATE: (Literal.Date, Name.Constant, String.Other, String.Symbol),
    OTHER_ENTITY: (Name.Attribute, Name.Variable, Name.Label),
}
_NUMBER_LABELS = ("CARDINAL", "PERCENT", "MONEY", "QUANTITY")


def _layer_defs_for(style: type[Style]) -> dict[_TokenType, str]:
    """Definitions for the layer tokens, borrowed from a code style's own colours."""

    def fg(token: _TokenType) -> str | None:
        return _own(style, token)["fg"]

    defs: dict[_TokenType, str] = {TEXT: "", ENTITY: ""}
    used: set[str] = set()
    for token, candidates in _ENTITY_CANDIDATES.items():
        colours = [c for c in (fg(t) for t in candidates) if c]
        fresh = [c for c in colours if c not in used]
        chosen = (fresh or colours or [""])[0]
        used.add(chosen)
        defs[token] = chosen
    number = fg(Number) or ""
    for label in _NUMBER_LABELS:
        defs[ENTITY_TOKENS[label]] = number
    defs[CLAIM] = "underline"
    defs[CLAIM.Quote] = fg(String) or ""
    for token in (CLAIM.Reported, CLAIM.Statistic, CLAIM.Assertion):
        defs[token] = ""
    defs[SPEAKER] = "bold"
    defs[CUE] = " ".join(filter(None, ["italic", fg(Keyword)]))
    hl = style.highlight_color
    if isinstance(hl, str) and (hl in ansicolors or re.fullmatch(r"#(?:[0-9a-fA-F]{3}){1,2}", hl)):
        defs[ANNOTATION] = "bg:" + hl
    else:
        defs[ANNOTATION] = "underline"
    defs[TAGGED] = ""
    return defs


def _is_presslens(style: type[Style]) -> bool:
    return issubclass(style, PresslensStyle) or bool(getattr(style, "_presslens_adapted", False))


@lru_cache(maxsize=None)
def _adapt(style: type[Style]) -> type[Style]:
    """``style`` plus definitions for every presslens layer and composite token.

    Definitions the style already has for ``Token.Presslens`` types are kept.
    """
    if _is_presslens(style):
        return style
    defs = dict(style.styles)
    for token, definition in _layer_defs_for(style).items():
        defs.setdefault(token, definition)
    interim = StyleMeta("_Interim", (style,), {"styles": dict(defs)})
    for token, definition in _composite_defs(interim).items():
        defs.setdefault(token, definition)
    return StyleMeta(
        style.__name__ + "ForPresslens",
        (style,),
        {"styles": defs, "name": style.name, "_presslens_adapted": True, "__module__": __name__},
    )


class StyleNotFound(ClassNotFound):
    """No style of that name; ``str()`` is one line naming a few available ones."""

    def __init__(self, name: str) -> None:
        names = style_names()
        preferred = ["presslens", "monokai", "default", "solarized-dark", "solarized-light", "github-dark", "nord", "friendly"]
        few = [n for n in preferred if n in names][:6]
        super().__init__(
            f"unknown style {name!r}; try one of: {', '.join(few)} ({len(names)} available, see style_names())"
        )
        self.name = name


def style_names() -> list[str]:
    """``"presslens"`` first, then every installed Pygments style, sorted."""
    return ["presslens", *sorted(n for n in get_all_styles() if n != "presslens")]


def get_style(name: str | type[Style] | None = None) -> type[Style]:
    """The style class to render with.

    ``None``/``""``/``"presslens"`` give :class:`PresslensStyle`; any other name is
    looked up with :func:`pygments.styles.get_style_by_name` and returned as a
    subclass that also styles the presslens tokens (borrowing the style's own
    colours: names for entities, numbers for figures, strings for quotes, its
    highlight colour for annotations).  A Style class is accepted and adapted
    the same way.  Unknown names raise :class:`StyleNotFound`.
    """
    if isinstance(name, type) and issubclass(name, Style):
        return _adapt(name)
    if name is None or not str(name).strip() or str(name).strip().lower() == "presslens":
        return PresslensStyle
    try:
        found = get_style_by_name(str(name).strip())
    except (ClassNotFound, ImportError, AttributeError):
        raise StyleNotFound(str(name)) from None
    return _adapt(found)


def _all_tokens(style: type[Style]) -> list[_TokenType]:
    return [token for token in style._styles if token in PL]  # type: ignore[attr-defined]


def style_table(style: str | type[Style] | None = None) -> dict[_TokenType, dict[str, Any]]:
    """Resolved attributes of every ``Token.Presslens`` type the style knows.

    Per token: ``{"color", "bgcolor", "bold", "italic", "underline"}``; colours
    are an ANSI name (``"ansibrightmagenta"``, see :func:`standard_color_name`),
    ``"#rrggbb"`` or None, resolved through inheritance with
    ``style.style_for_token``.  Composite tokens (see the module docstring) are
    included, so ``style_table(...)[segment.token]`` is the segment's full style.
    """
    st = get_style(style)
    table: dict[_TokenType, dict[str, Any]] = {}
    for token in _all_tokens(st):
        d = st.style_for_token(token)
        table[token] = {
            "color": _color_word(d["color"], d["ansicolor"]),
            "bgcolor": _color_word(d["bgcolor"], d["bgansicolor"]),
            "bold": d["bold"],
            "italic": d["italic"],
            "underline": d["underline"],
        }
    return table


def standard_color_name(color: str) -> str:
    """Pygments ANSI names to the usual terminal names (as Rich spells them).

    ``"ansired"`` -> ``"red"``, ``"ansibrightred"`` -> ``"bright_red"``,
    ``"ansigray"`` -> ``"white"`` (SGR 37), ``"ansiwhite"`` -> ``"bright_white"``,
    ``"ansibrightblack"`` -> ``"bright_black"``.  Anything else is returned as is.
    """
    if color not in ansicolors:
        return color
    special = {"ansigray": "white", "ansiwhite": "bright_white"}
    if color in special:
        return special[color]
    bare = color[4:]
    return "bright_" + bare[6:] if bare.startswith("bright") else bare


_LEGEND: list[tuple[str, _TokenType]] = [
    *((label_name(label), token) for label, token in ENTITY_TOKENS.items()),
    *((label_name(kind), token) for kind, token in CLAIM_TOKENS.items()),
    ("Speaker", SPEAKER),
    ("Attribution cue", CUE),
    ("Annotation", ANNOTATION),
    ("Tagged annotation", TAGGED),
]


def legend() -> list[tuple[str, _TokenType]]:
    """Human names for the base token types, in display order (labels and kinds by
    :func:`annotations.core.model.label_name`, the one naming)."""
    return list(_LEGEND)


#: The mark of each claim kind: the reader's gutter, its legend bar and the HTML export's claims.
CLAIM_MARKS: dict[str, str] = {"quote": "\u201c", "reported": "\u00bb", "statistic": "#", "assertion": "\u00b7"}

# --------------------------------------------------------------------------- class-based HTML
#
# The html export (annotations.exchange) draws the articles side by side with CSS classes instead
# of inline styles, so a legend entry and the text it explains share one rule, the page stays
# small, and claims and annotations can be elements of their own (ids to link to, :target).  The
# classes and their rules come from here, from the same style table as the reader and ``render``.

#: The CSS class of each legend token (fixed names: nothing from data ever becomes a class).
CSS_CLASSES: dict[_TokenType, str] = {
    **{token: f"ent-{label}" for label, token in ENTITY_TOKENS.items()},
    OTHER_ENTITY: "ent-other",
    **{token: f"claim claim-{kind}" for kind, token in CLAIM_TOKENS.items()},
    SPEAKER: "spk",
    CUE: "cue",
    ANNOTATION: "ann",
    TAGGED: "ann tagged",
}


def css_classes(seg: Segment) -> str:
    """The classes of a segment's entity, speaker and cue layers (claims and annotations are
    elements of their own in class-based HTML, so they are not in here); ``""`` for plain text."""
    base = seg.base
    names = []
    if base in ENTITY:
        names.append(CSS_CLASSES.get(base, "ent-other"))
    layers = seg.layers
    if "speaker" in layers:
        names.append("spk")
    if "cue" in layers:
        names.append("cue")
    return " ".join(names)


def _css_colour(word: str | None, palette: dict[str, str]) -> str | None:
    if not word:
        return None
    if word in palette:
        return palette[word]
    return word if re.fullmatch(r"#[0-9a-fA-F]{6}", word) else None


def _css_rule(selector: str, entry: dict[str, Any], palette: dict[str, str], *, colours: bool = True) -> str:
    decls = []
    fg = _css_colour(entry.get("color"), palette) if colours else None
    if fg:
        decls.append(f"color: {fg}")
    if entry.get("bold"):
        decls.append("font-weight: bold")
    if entry.get("italic"):
        decls.append("font-style: italic")
    if entry.get("underline"):  # dotted: a solid underline on a web page says "link"
        decls.append("text-decoration: underline dotted; text-underline-offset: .18em")
    return f"{selector} {{ {'; '.join(decls)} }}" if decls else ""


def _layer_rules(table: dict[_TokenType, dict[str, Any]], palette: dict[str, str], page: dict[str, str]) -> list[str]:
    rules = []
    for token in (*ENTITY_TOKENS.values(), OTHER_ENTITY, SPEAKER, CUE):
        selector = "." + CSS_CLASSES[token]
        rules.append(_css_rule(selector, table.get(token, {}), palette))
    for kind, token in CLAIM_TOKENS.items():
        entry = table.get(token, {})
        own = _css_colour(entry.get("color"), palette)
        tint = own or page["muted"]
        # a claim is a tint of its kind's colour (a fainter one of the muted ink when the style
        # gives none) and its mark, never an underline: a page where every sentence is underlined
        # reads as links
        rules.append(f".claim-{kind} {{ background: {tint}{'1f' if own else '14'}; }}")
        rules.append(f".claim-{kind} > .mark::before {{ content: \"{CLAIM_MARKS[kind]}\"; color: {tint}; }}")
    ann = table.get(ANNOTATION, {})
    fg = _css_colour(ann.get("color"), palette) or page["foreground"]
    bg = _css_colour(ann.get("bgcolor"), palette) or "#fff1a8"
    rules.append(f".ann {{ color: {fg}; background: {bg}; }}")
    # as in the reader: inside a highlighter its colours win (an entity's colour on it may be
    # unreadable), the entity keeps its bold, italic or underline
    rules.append('.ann [class^="ent-"], .ann [class*=" ent-"] { color: inherit; }')
    return [r for r in rules if r]


def _page_vars(page: dict[str, str]) -> str:
    return f":root {{ --bg: {page['background']}; --fg: {page['foreground']}; --muted: {page['muted']}; }}"


def class_css(style: str | type[Style] | None = None) -> str:
    """CSS for :data:`CSS_CLASSES` from ``style``, and the page's colours as ``--bg``, ``--fg`` and
    ``--muted`` on ``:root``: the light page, and a ``prefers-color-scheme: dark`` block when the
    style uses ANSI colour names only (as the default one does, through :mod:`.palette`, like
    the reader); another style draws on its own background."""
    st = get_style(style)
    table = style_table(st)
    if not _uses_only_ansi(st):
        page = _page_colors(st, None)
        return "\n".join([_page_vars(page), *_layer_rules(table, {}, page)]) + "\n"
    light = "\n".join([_page_vars(_LIGHT_PAGE), *_layer_rules(table, _LIGHT_ANSI, _LIGHT_PAGE)])
    dark = "\n".join([_page_vars(_DARK_PAGE), *_layer_rules(table, _DARK_ANSI, _DARK_PAGE)])
    return light + "\n@media (prefers-color-scheme: dark) {\n" + dark + "\n}\n"


# --------------------------------------------------------------------------- rendering

# Defence in depth: the loader already strips these, but text may come from elsewhere.


def _clean(value: str) -> str:
    return display(value)


def _one_line(value: str) -> str:
    return " ".join(_clean(value.replace("\t", " ")).split())


def _visible(
    token: _TokenType, show_entities: bool, show_claims: bool, show_annotations: bool
) -> bool:
    if token in ENTITY:
        return show_entities
    if token in ANNOTATION:
        return show_annotations
    return show_claims


def _header(doc: Document, analysis: Analysis | None, engine_label: str) -> tuple[str, str]:
    title = _one_line(article_label(doc))
    engine = engine_label or (analysis.engine if analysis is not None else "")
    meta = " \u00b7 ".join(p for p in (_one_line(doc.source), _one_line(doc.date), _one_line(doc.url), _one_line(engine)) if p)
    return title, meta


def _uses_only_ansi(style: type[Style]) -> bool:
    for _token, d in style:
        if (d["color"] and not d["ansicolor"]) or (d["bgcolor"] and not d["bgansicolor"]):
            return False
    return True


def _terminal_formatter(style: type[Style]) -> Formatter:
    """What the reader writes in the same terminal (:mod:`.palette`): an ANSI-named style's names
    as themselves in 16 colours (the terminal's palette), else as the palette's colours; a style
    of RGB colours in 256 colours, or true colour where the terminal has it."""
    colors = terminal_colors(os.environ)
    if _uses_only_ansi(style):
        if colors == 16:
            return Terminal256Formatter(style=style)  # ANSI names: SGR 30-37, 90-97
        style = _ansi_variant(style, _DARK_ANSI)
    return TerminalTrueColorFormatter(style=style) if colors == TRUE_COLOR else Terminal256Formatter(style=style)


_LIGHT_ANSI, _DARK_ANSI = ANSI_PALETTES["light"], ANSI_PALETTES["dark"]
_LIGHT_PAGE, _DARK_PAGE = PAGES["light"], PAGES["dark"]


def _palette_styles(style: type[Style], palette: dict[str, str]) -> dict[Any, str]:
    """``style``'s definitions with ANSI names replaced by ``palette`` hex colours."""

    def convert(definition: str) -> str:
        words = []
        for word in definition.split():
            if word in palette:
                word = palette[word]
            elif word.startswith("bg:") and word[3:] in palette:
                word = "bg:" + palette[word[3:]]
            words.append(word)
        return " ".join(words)

    return {token: convert(d) for token, d in style.styles.items()}


def _ansi_variant(style: type[Style], palette: dict[str, str]) -> type[Style]:
    """``style`` drawn with ``palette``'s colours on the terminal's own background and text colour."""
    return StyleMeta(style.__name__ + "Palette", (style,), {"styles": _palette_styles(style, palette), "__module__": __name__})


def _page_variant(style: type[Style], palette: dict[str, str], page: dict[str, str]) -> type[Style]:
    """``style`` with ANSI names replaced by ``palette`` hex colours, for HTML."""
    styles = _palette_styles(style, palette)
    styles[Token] = " ".join(filter(None, [styles.get(Token, ""), page["foreground"]]))
    return StyleMeta(
        style.__name__ + "Page",
        (style,),
        {"styles": styles, "background_color": page["background"], "__module__": __name__},
    )


def _html_styles(style: type[Style]) -> tuple[type[Style], type[Style] | None]:
    if _uses_only_ansi(style):
        return _page_variant(style, _LIGHT_ANSI, _LIGHT_PAGE), _page_variant(style, _DARK_ANSI, _DARK_PAGE)
    return style, None


def _css_color(value: str | None, fallback: str) -> str:
    if value and re.fullmatch(r"#[0-9a-fA-F]{3,8}", value):
        return value
    return fallback


def _page_colors(style: type[Style], page: dict[str, str] | None) -> dict[str, str]:
    if page is not None:
        return page
    root = style.style_for_token(Token)
    fg = "#" + root["color"] if root["color"] and re.fullmatch(r"[0-9a-fA-F]{6}", root["color"]) else "#1f2328"
    bg = _css_color(style.background_color, "#ffffff")
    return {"background": bg, "foreground": fg, "muted": fg}


_PAGE_CSS = """\
body {{ margin: 0; padding: 2rem 1rem; background: {background}; color: {foreground}; }}
main {{ max-width: 46rem; margin: 0 auto; font: 17px/1.6 Georgia, "Times New Roman", serif; }}
header h1 {{ font-size: 1.6rem; line-height: 1.25; margin: 0 0 .3rem; }}
header .meta {{ color: {muted}; font: 14px/1.4 system-ui, sans-serif; margin: 0 0 1rem; }}
.legend {{ font: 13px/2 system-ui, sans-serif; margin: 0 0 1.5rem; padding: .3rem .6rem; }}
.legend pre {{ margin: 0; }}
.highlight {{ border-radius: 4px; }}
.highlight pre {{ white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; line-height: inherit;
  margin: 0; padding: .2rem .6rem; }}
.legend .highlight pre {{ font: inherit; }}
"""


_CLASS_ATTR_RE = re.compile(r'class="([^"]*)"')
_CSS_RULE_RE = re.compile(r"^\.highlight \.(\S+) \{")


def _used_css(css: str, used: set[str]) -> str:
    """Pygments' CSS without line-number rules and rules for classes the page never uses."""
    keep = []
    for line in css.splitlines():
        if "linenos" in line:
            continue
        m = _CSS_RULE_RE.match(line)
        if m and m.group(1) not in used and m.group(1) != "hll":
            continue
        keep.append(line)
    return "\n".join(keep)


def _render_html(
    body: list[tuple[_TokenType, str]],
    legend_tokens: list[tuple[_TokenType, str]],
    style: type[Style],
    title: str,
    meta: str,
    fragment: bool,
) -> str:
    light, dark = _html_styles(style)
    if fragment:
        formatter = HtmlFormatter(
            style=light, noclasses=True, prestyles="white-space: pre-wrap; overflow-wrap: anywhere"
        )
        return pygments.format(body, formatter)

    formatter = HtmlFormatter(style=light, cssclass="highlight")
    article = pygments.format(body, formatter)
    legend_html = pygments.format(legend_tokens, formatter)
    used = {c for attr in _CLASS_ATTR_RE.findall(article + legend_html) for c in attr.split()}
    css = [
        _PAGE_CSS.format(**_page_colors(light, _LIGHT_PAGE if dark else None)),
        _used_css(formatter.get_style_defs(".highlight"), used),
    ]
    if dark is not None:
        dark_css = _used_css(HtmlFormatter(style=dark, cssclass="highlight").get_style_defs(".highlight"), used)
        css.append("@media (prefers-color-scheme: dark) {\n" + _PAGE_CSS.format(**_DARK_PAGE) + dark_css + "\n}")
    def esc(value: str) -> str:
        return html.escape(display(value))

    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="presslens">\n'
        f"<title>{esc(title)}</title>\n"
        f"<style>\n{chr(10).join(css)}\n</style>\n</head>\n<body>\n<main>\n"
        f"<header>\n<h1>{esc(title)}</h1>\n"
        + (f'<p class="meta">{esc(meta)}</p>\n' if meta else "")
        + "</header>\n"
        + (f'<nav class="legend" aria-label="Legend">\n{legend_html}</nav>\n' if legend_tokens else "")
        + f"<article>\n{article}</article>\n</main>\n</body>\n</html>\n"
    )


def render(
    doc: Document,
    analysis: Analysis | None,
    annotations: Sequence[Annotation] = (),
    *,
    fmt: str = "ansi",
    style: str | type[Style] | None = None,
    engine_label: str = "",
    show_entities: bool = True,
    show_claims: bool = True,
    show_annotations: bool = True,
) -> str:
    """Render one article.

    ``fmt``: ``"ansi"`` (header, a legend of the layers present, the text; SGR
    colour codes only, safe for ``less -R``), ``"html"`` (a self-contained page
    with embedded CSS, title/metadata header and legend; a dark palette via
    ``prefers-color-scheme`` for the default style) or ``"html-fragment"`` (the
    highlighted text alone, inline styles).  Every piece of document text is
    stripped of control characters and, for HTML, escaped.
    """
    toggles = {"show_entities": show_entities, "show_claims": show_claims, "show_annotations": show_annotations}
    st = get_style(style)
    text = doc.text
    segs = segments(text, analysis, annotations, **toggles)
    body = [(seg.token, _clean(text[seg.start : seg.end])) for seg in segs]
    title, meta = _header(doc, analysis, engine_label)

    if fmt in ("html", "html-fragment"):
        legend_tokens: list[tuple[_TokenType, str]] = []
        for name, token in _LEGEND:
            if _visible(token, **toggles):
                legend_tokens += [(token, name), (TEXT, "  ")]
        return _render_html(body, legend_tokens[:-1], st, title, meta, fmt == "html-fragment")
    if fmt != "ansi":
        raise ValueError(f"unknown format {fmt!r}; use 'ansi', 'html' or 'html-fragment'")

    present = {seg.base for seg in segs}
    tokens: list[tuple[_TokenType, str]] = [(Generic.Heading, title), (TEXT, "\n")]
    if meta:
        tokens += [(Generic.Subheading, meta), (TEXT, "\n")]
    shown = [(name, token) for name, token in _LEGEND if token in present]
    if shown:
        tokens.append((Generic.Subheading, "Key: "))
        for i, (name, token) in enumerate(shown):
            tokens += [(TEXT, "  ")] if i else []
            tokens.append((token, name))
        tokens.append((TEXT, "\n"))
    tokens.append((TEXT, "\n"))
    tokens += body
    out = pygments.format(tokens, _terminal_formatter(st))
    return out if out.endswith("\n") else out + "\n"
