"""Issue 11: the reader and ``presslens render`` draw every label with the same terminal codes, from
one palette (annotations/render/palette.py): in 16 colours the style's colour names themselves
(Money bright red 91, Number red 31), in 256 colours and true colour the palette's colours."""

from __future__ import annotations

import re

import pytest
from rich.color import Color, ColorSystem
from textual.filter import ANSIToTruecolor

from annotations.core.model import ENTITY_LABELS, Analysis, Document, Entity
from annotations.render.highlight import render
from tui.app import terminal_theme
from tui.styling import Styler

TERMINALS = {  # environment -> the colour system Rich (so the reader) detects in it
    16: ({"TERM": "xterm"}, ColorSystem.STANDARD),
    256: ({"TERM": "xterm-256color"}, ColorSystem.EIGHT_BIT),
    24: ({"TERM": "xterm-256color", "COLORTERM": "truecolor"}, ColorSystem.TRUECOLOR),
}


def codes(sgr: str) -> frozenset[str]:
    """The parameters of one SGR sequence, order and zero-padding aside (``95;01`` is ``1;95``)."""
    parts, out, i = sgr.split(";"), set(), 0
    while i < len(parts):
        if parts[i] in ("38", "48"):
            width = 3 if parts[i + 1] == "5" else 5
            out.add(";".join(parts[i : i + width]))
            i += width
        else:
            out.add(str(int(parts[i])))
            i += 1
    return frozenset(out)


def render_codes(label: str) -> frozenset[str]:
    text = "Before XYZ after."
    doc = Document("d", "a.txt", text, title="T")
    analysis = Analysis("d", "builtin", entities=(Entity(7, 10, "XYZ", label),))
    out = render(doc, analysis, fmt="ansi")
    body = out[out.index("\n\n") :]
    found = re.search(r"\x1b\[([0-9;]+)mXYZ", body)
    assert found, repr(body)
    return codes(found[1])


def reader_codes(label: str, system: ColorSystem) -> frozenset[str]:
    """What the reader writes: its style, its terminal theme's colours, Rich's downgrade."""
    theme = terminal_theme(dark=True, colors=16 if system == ColorSystem.STANDARD else 256)
    style = ANSIToTruecolor(theme).truecolor_style(Styler().layer(f"entity:{label}"), Color.parse("#121212"))
    colour = ";".join(style.color.downgrade(system).get_ansi_codes(foreground=True))
    attributes = [code for code, on in (("1", style.bold), ("3", style.italic), ("4", style.underline)) if on]
    return codes(";".join([*attributes, colour]))


@pytest.mark.parametrize("depth", sorted(TERMINALS))
def test_reader_and_render_write_the_same_codes_for_every_label(monkeypatch, depth):
    env, system = TERMINALS[depth]
    monkeypatch.delenv("COLORTERM", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for label in ENTITY_LABELS:
        assert reader_codes(label, system) == render_codes(label), (depth, label)


def test_in_16_colours_money_and_percent_are_bright_red_and_numbers_red(monkeypatch):
    """As the README says: orange where the palette draws (256 colours, true colour), bright red in 16."""
    monkeypatch.delenv("COLORTERM", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert "91" in render_codes("MONEY") and "91" in render_codes("PERCENT") and "31" in render_codes("CARDINAL")
    assert "91" in reader_codes("MONEY", ColorSystem.STANDARD) and "31" in reader_codes("CARDINAL", ColorSystem.STANDARD)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert "38;5;215" in render_codes("MONEY")  # #ffaf5f, orange


def colours(theme) -> list:
    return [tuple(theme.ansi_colors[i]) for i in range(16)]


async def test_the_app_draws_names_as_themselves_in_a_16_colour_terminal(monkeypatch, make_app, seed_paths):
    monkeypatch.delenv("COLORTERM", raising=False)
    monkeypatch.delenv("TEXTUAL_COLOR_SYSTEM", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    app = make_app(seed_paths, store=False)
    assert app.console.color_system == "standard"
    assert colours(app.ansi_theme_dark) == colours(terminal_theme(dark=True, colors=16))
    monkeypatch.setenv("TERM", "xterm-256color")
    app = make_app(seed_paths, store=False)
    assert colours(app.ansi_theme_dark) == colours(terminal_theme(dark=True, colors=256))


@pytest.mark.parametrize(
    "env",
    [{}, {"TERM": "xterm"}, {"TERM": "xterm-256color"}, {"TERM": "screen-256color"}, {"TERM": "xterm-kitty"},
     {"TERM": "tmux-256color", "COLORTERM": "truecolor"}, {"TERM": "xterm", "COLORTERM": "24bit"}, {"TERM": "linux"}],
)  # fmt: skip
def test_renders_rule_for_the_terminal_is_richs(env):
    """``render`` (annotations/, no Rich) decides the colours as the reader's Rich console does."""
    import io

    from rich.console import Console

    from annotations.render.palette import TRUE_COLOR, terminal_colors

    system = Console(file=io.StringIO(), force_terminal=True, _environ=env).color_system
    assert {"standard": 16, "256": 256, "truecolor": TRUE_COLOR}[system] == terminal_colors(env)
