"""Every entity label has its own look (colour and attributes) in true colour, 256 and 16
colours, on dark and light backgrounds, readable (WCAG contrast >= 4.5) where it is drawn;
without colour (NO_COLOR) people, organisations and places still differ."""

from __future__ import annotations

from itertools import combinations

import pytest
from rich.color import Color, ColorSystem

from annotations.core.model import ENTITY_LABELS
from annotations.render.highlight import PL, style_table
from annotations.render.palette import ANSI_PALETTES, PAGES

#: The backgrounds entities are drawn on: the reader (Textual's textual-dark / textual-light
#: background and surface, where the article view is) and the HTML pages.
BACKGROUNDS = {
    "dark": ["#121212", "#1e1e1e", PAGES["dark"]["background"]],
    "light": ["#e0e0e0", "#d8d8d8", PAGES["light"]["background"]],
}


def luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    low, high = sorted((luminance(a), luminance(b)))
    return (high + 0.05) / (low + 0.05)


def test_contrast_of_known_pairs():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def entry(label: str) -> dict:
    return style_table(None)[getattr(PL.Entity, label)]


def attributes(label: str) -> tuple[bool, bool, bool]:
    e = entry(label)
    return bool(e["bold"]), bool(e["italic"]), bool(e["underline"])


@pytest.mark.parametrize("mode", ["dark", "light"])
def test_every_entity_colour_is_readable_on_every_background(mode):
    for label in ENTITY_LABELS:
        colour = ANSI_PALETTES[mode][entry(label)["color"]]
        for background in BACKGROUNDS[mode]:
            assert contrast(colour, background) >= 4.5, (mode, label, colour, background)


@pytest.mark.parametrize("mode", ["dark", "light"])
def test_the_annotation_highlighter_is_readable_and_visible(mode):
    ann = style_table(None)[PL.Annotation]
    fg, bg = ANSI_PALETTES[mode][ann["color"]], ANSI_PALETTES[mode][ann["bgcolor"]]
    assert contrast(fg, bg) >= 4.5
    # it shows as a highlighter on the reader's backgrounds (on a white HTML page, by its hue)
    assert all(contrast(bg, page) > 1.2 for page in BACKGROUNDS[mode][:2])
    # in a 16-colour terminal the names themselves (the reader and render alike): dark text on grey
    assert (ann["color"], ann["bgcolor"]) == ("ansiblack", "ansigray")
    # an entity inside it takes the highlighter's colours and keeps its attributes
    for label in ENTITY_LABELS:
        inside = style_table(None)[getattr(PL.Entity, label).Annotation]
        assert (inside["color"], inside["bgcolor"]) == (ann["color"], ann["bgcolor"])
        assert (inside["bold"], inside["italic"], inside["underline"]) == attributes(label)


@pytest.mark.parametrize("mode", ["dark", "light"])
@pytest.mark.parametrize("system", [ColorSystem.TRUECOLOR, ColorSystem.EIGHT_BIT, ColorSystem.STANDARD])
def test_every_pair_of_labels_looks_different(mode, system):
    """What the reader shows: the palette's RGB, downgraded by the terminal's colour system; in
    16 colours the ANSI name itself (annotations/render/palette.py)."""

    def look(label: str):
        if system == ColorSystem.STANDARD:
            return entry(label)["color"], attributes(label)
        colour = Color.parse(ANSI_PALETTES[mode][entry(label)["color"]]).downgrade(system)
        return (colour.triplet if system == ColorSystem.TRUECOLOR else colour.number), attributes(label)

    for a, b in combinations(ENTITY_LABELS, 2):
        assert look(a) != look(b), (mode, system.name, a, b)


def test_render_ansi_looks_differ_by_ansi_name_and_attributes():
    """``render`` in a 16-colour terminal: the ANSI name and the attributes."""
    for a, b in combinations(ENTITY_LABELS, 2):
        assert (entry(a)["color"], attributes(a)) != (entry(b)["color"], attributes(b)), (a, b)


def test_without_colour_people_organisations_and_places_differ():
    looks = {label: attributes(label) for label in ("PERSON", "ORG", "GPE")}
    assert len(set(looks.values())) == 3
    assert all(any(look) for look in looks.values())  # none of them is plain text


def test_the_readmes_colour_table_is_the_style_and_the_palette():
    """Issue 11: the README said Money was orange while 16-colour terminals drew it bright yellow;
    its table now names each label's colour, its 16-colour code and the dark palette's colour."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text("utf-8")
    sgr = {"ansi" + n: str(30 + i) for i, n in enumerate(("black", "red", "green", "yellow", "blue", "magenta", "cyan"))}
    sgr.update({"ansibright" + n[4:]: str(int(code) + 60) for n, code in list(sgr.items())})
    for label in ENTITY_LABELS:
        row = next(line for line in readme.splitlines() if line.startswith(f"| {label} |"))
        looks, dark = row.split(" | ")[2:4]
        name = entry(label)["color"]
        spoken = name.removeprefix("ansi").replace("bright", "bright ")
        assert f"{spoken} ({sgr[name]})" in looks, (label, looks)
        assert f"`{ANSI_PALETTES['dark'][name]}`" in dark, (label, dark)
        assert ("bold" in looks, "italic" in looks, "underlined" in looks) == attributes(label), label
        assert not re.search(r"orange \(bright red\)", looks)
