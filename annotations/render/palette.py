"""The RGB colours of the default style's ANSI colour names, for dark and light backgrounds.

Plain data, no Pygments: the reader builds its terminal theme from it at start-up (see
``tui.app``), and :mod:`annotations.render.highlight` its HTML pages and ``render``'s terminal
output.  The one rule for terminals, kept by the reader and ``render`` alike:

* in 16 colours (:func:`terminal_colors`) a colour name is written as itself (``ansibrightred``
  is SGR 91, ``ansired`` 31): the terminal's own palette draws it;
* with 256 colours or more it is drawn as this palette's colour (the dark one: the reader's
  default theme; ``ansibrightred`` is #ffaf5f, orange, SGR 38;5;215 in 256 colours).
"""

from __future__ import annotations

from collections.abc import Mapping

# What the ANSI names of PresslensStyle look like in the reader (Textual turns them into
# these RGB colours: tui.app.terminal_theme) and in HTML pages (Pygments' own map is
# meant for terminals and has e.g. a bluish "ansiyellow").  Chosen from the xterm
# 256-colour cube, so 256-colour terminals show them exactly; each entity colour has a
# WCAG contrast >= 4.5 on the page (Textual's textual-dark/-light backgrounds and
# surfaces, the HTML pages) and, in a 16-colour terminal, keeps its label's look apart
# from every other label's (tests/unit/render/test_entity_looks.py).  ansiblack/ansigray are
# the annotation highlighter's text and background, so the dark page flips them.
LIGHT_PAGE = {"background": "#ffffff", "foreground": "#1f2328", "muted": "#57606a"}
DARK_PAGE = {"background": "#16181d", "foreground": "#e6e6e6", "muted": "#8b949e"}
_LIGHT_ANSI = {
    "ansiblack": "#1c1c1c", "ansired": "#af0000", "ansigreen": "#005f00", "ansiyellow": "#5f5f00",
    "ansiblue": "#0000af", "ansimagenta": "#870087", "ansicyan": "#005faf", "ansigray": "#ffffaf",
    "ansibrightblack": "#4e4e4e", "ansibrightred": "#870000", "ansibrightgreen": "#005f00",
    "ansibrightyellow": "#5f5f00", "ansibrightblue": "#0000d7", "ansibrightmagenta": "#af005f",
    "ansibrightcyan": "#005f87", "ansiwhite": "#ffffff",
}  # fmt: skip
_DARK_ANSI = {
    "ansiblack": "#eeeeee", "ansired": "#ff5f5f", "ansigreen": "#5fd75f", "ansiyellow": "#d7af00",
    "ansiblue": "#5f87ff", "ansimagenta": "#ff00d7", "ansicyan": "#00afaf", "ansigray": "#5f5f87",
    "ansibrightblack": "#a8a8a8", "ansibrightred": "#ffaf5f", "ansibrightgreen": "#87ff87",
    "ansibrightyellow": "#ffff87", "ansibrightblue": "#8787ff", "ansibrightmagenta": "#ff87ff",
    "ansibrightcyan": "#5fd7ff", "ansiwhite": "#ffffff",
}  # fmt: skip

#: The RGB colour of every ANSI name of the default style, for dark and light backgrounds.
ANSI_PALETTES: dict[str, dict[str, str]] = {"dark": _DARK_ANSI, "light": _LIGHT_ANSI}
#: The HTML pages drawn on.
PAGES: dict[str, dict[str, str]] = {"dark": DARK_PAGE, "light": LIGHT_PAGE}


#: :func:`terminal_colors` for a true-colour terminal.
TRUE_COLOR = 1 << 24


def terminal_colors(environ: Mapping[str, str]) -> int:
    """How many colours a terminal shows, by its environment: ``TRUE_COLOR`` when ``COLORTERM``
    is ``truecolor`` or ``24bit``, 256 when ``TERM`` ends in ``-256color`` (or ``-kitty``), else 16.

    The rule Rich applies for the reader (Textual writes through a Rich console; a test checks
    the two agree), so ``render`` writes the same codes as the reader in the same terminal."""
    if environ.get("COLORTERM", "").strip().lower() in ("truecolor", "24bit"):
        return TRUE_COLOR
    suffix = environ.get("TERM", "").strip().lower().rpartition("-")[2]
    return 256 if suffix in ("256color", "kitty") else 16
