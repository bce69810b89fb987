"""Tests for annotations.render.highlight: segmentation, token stream, styles, rendering."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pygments.formatters import Terminal256Formatter
from pygments.style import ansicolors
from pygments.styles.monokai import MonokaiStyle

from annotations.render.highlight import (
    PL,
    PresslensStyle,
    Segment,
    StyleNotFound,
    base_token,
    get_style,
    legend,
    render,
    segments,
    standard_color_name,
    style_names,
    style_table,
    token_stream,
)
from annotations.core.model import ENTITY_LABELS, Analysis, Annotation, Claim, Document, Entity, Span

ROOT = Path(__file__).resolve().parents[3]

TEXT = 'Yesterday Mayor Sadiq Khan said "London will grow by 5% before 2030" at City Hall.'


def _at(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _entity(text: str, needle: str, label: str) -> Entity:
    s, e = _at(text, needle)
    return Entity(s, e, needle, label)


def _span(text: str, needle: str) -> Span:
    s, e = _at(text, needle)
    return Span(s, e, needle)


@pytest.fixture
def analysis() -> Analysis:
    t = TEXT
    qs, qe = _at(t, '"London will grow by 5% before 2030"')
    return Analysis(
        doc_id="d1",
        engine="builtin 0.1.0",
        entities=(
            _entity(t, "Yesterday", "DATE"),
            _entity(t, "Sadiq Khan", "PERSON"),
            _entity(t, "London", "GPE"),
            _entity(t, "5%", "PERCENT"),
            _entity(t, "2030", "DATE"),
            _entity(t, "City Hall", "ORG"),
        ),
        claims=(
            Claim(qs, qe, t[qs:qe], "quote", speaker=_span(t, "Sadiq Khan"), cue=_span(t, "said")),
        ),
    )


@pytest.fixture
def annotation() -> Annotation:
    s, e = _at(TEXT, "Mayor Sadiq Khan said \"London will grow")
    return Annotation(id="a1", doc_id="d1", start=s, end=e, quote=TEXT[s:e], author="me")


def _assert_contiguous(segs: list[Segment], text: str) -> None:
    assert segs[0].start == 0
    assert segs[-1].end == len(text)
    for a, b in zip(segs, segs[1:]):
        assert a.end == b.start
    assert all(s.start < s.end for s in segs)


def _seg_at(segs: list[Segment], offset: int) -> Segment:
    return next(s for s in segs if s.start <= offset < s.end)


# ----------------------------------------------------------------- segmentation


def test_segments_cover_text_contiguously(analysis, annotation):
    segs = segments(TEXT, analysis, [annotation])
    _assert_contiguous(segs, TEXT)
    assert "".join(TEXT[s.start : s.end] for s in segs) == TEXT


def test_plain_text_and_empty_text():
    assert segments("", None) == []
    assert segments("hello", None) == [Segment(0, 5, PL.Text, frozenset())]


def test_entity_inside_claim_inside_annotation(analysis, annotation):
    segs = segments(TEXT, analysis, [annotation])

    london = _seg_at(segs, TEXT.index("London"))
    assert TEXT[london.start : london.end] == "London"
    assert london.layers == {"entity:GPE", "claim:quote", "annotation"}
    assert london.base is PL.Entity.GPE
    assert london.token in PL.Entity.GPE  # a composite child of the winning entity type
    assert london.token is PL.Entity.GPE.Claim.Annotation

    # claim text inside the annotation: the claim wins, the annotation modifies
    will = _seg_at(segs, TEXT.index("will"))
    assert will.layers == {"claim:quote", "annotation"}
    assert will.token is PL.Claim.Quote.Annotation

    # claim text after the annotation ended
    by = _seg_at(segs, TEXT.index(" by "))
    assert by.layers == {"claim:quote"}
    assert by.token is PL.Claim.Quote

    pct = _seg_at(segs, TEXT.index("5%"))
    assert pct.token is PL.Entity.PERCENT.Claim

    # speaker is a PERSON entity: entity colour wins, speaker adds bold
    khan = _seg_at(segs, TEXT.index("Khan"))
    assert khan.layers == {"entity:PERSON", "speaker", "annotation"}
    assert khan.token is PL.Entity.PERSON.Speaker.Annotation

    said = _seg_at(segs, TEXT.index("said"))
    assert said.token is PL.Cue.Annotation

    mayor = _seg_at(segs, TEXT.index("Mayor"))
    assert mayor.token is PL.Annotation and mayor.layers == {"annotation"}

    at = _seg_at(segs, TEXT.index(" at "))
    assert at.token is PL.Text and at.layers == frozenset()


def test_tagged_annotation_and_skipped_annotations():
    text = "one two three four"
    tagged = Annotation(id="t", doc_id="d", start=0, end=7, quote="one two", tags=["x"])
    plain = Annotation(id="p", doc_id="d", start=4, end=13, quote="two three")
    rejected = Annotation(id="r", doc_id="d", start=14, end=18, quote="four", status="rejected")
    orphan = Annotation(id="o", doc_id="d", start=14, end=18, quote="four", orphan=True)
    segs = segments(text, None, [tagged, plain, rejected, orphan])
    _assert_contiguous(segs, text)
    assert _seg_at(segs, 0).token is PL.Annotation.Tagged
    two = _seg_at(segs, 4)
    assert two.token is PL.Annotation.Tagged
    assert two.layers == {"annotation", "annotation:tagged"}
    assert _seg_at(segs, 9).token is PL.Annotation
    assert _seg_at(segs, 15).token is PL.Text  # rejected and orphan annotations are not drawn


def test_nested_entities_innermost_wins():
    text = "the US Senate voted"
    ents = (_entity(text, "US Senate", "ORG"), _entity(text, "US", "GPE"))
    segs = segments(text, Analysis("d", "e", entities=ents))
    us = _seg_at(segs, text.index("US"))
    assert us.token is PL.Entity.GPE
    assert us.layers == {"entity:GPE", "entity:ORG"}
    assert _seg_at(segs, text.index("Senate")).token is PL.Entity.ORG


def test_out_of_range_empty_and_unknown_spans():
    text = "abc def"
    ents = (
        Entity(-5, 3, "abc", "PERSON"),
        Entity(4, 99, "def", "EVENT"),  # a spaCy label outside ENTITY_LABELS
        Entity(2, 2, "", "ORG"),
        Entity(5, 3, "", "ORG"),
    )
    claims = (Claim(0, 7, text, "rumour"),)
    segs = segments(text, Analysis("d", "e", entities=ents, claims=claims))
    _assert_contiguous(segs, text)
    assert _seg_at(segs, 0).base is PL.Entity.PERSON
    assert _seg_at(segs, 3).base is PL.Claim and "claim:rumour" in _seg_at(segs, 3).layers
    assert _seg_at(segs, 5).base is PL.Entity.Other and "entity:EVENT" in _seg_at(segs, 5).layers


def test_toggles(analysis, annotation):
    no_ent = segments(TEXT, analysis, [annotation], show_entities=False)
    _assert_contiguous(no_ent, TEXT)
    assert not any(layer.startswith("entity:") for s in no_ent for layer in s.layers)
    assert _seg_at(no_ent, TEXT.index("London")).token is PL.Claim.Quote.Annotation
    assert _seg_at(no_ent, TEXT.index("Khan")).token is PL.Speaker.Annotation

    no_claims = segments(TEXT, analysis, [annotation], show_claims=False)
    assert not any(
        layer.startswith("claim:") or layer in ("speaker", "cue") for s in no_claims for layer in s.layers
    )
    assert _seg_at(no_claims, TEXT.index("London")).token is PL.Entity.GPE.Annotation

    no_ann = segments(TEXT, analysis, [annotation], show_annotations=False)
    assert not any("annotation" in s.layers for s in no_ann)
    assert _seg_at(no_ann, TEXT.index("London")).token is PL.Entity.GPE.Claim

    nothing = segments(TEXT, analysis, [annotation], show_entities=False, show_claims=False, show_annotations=False)
    assert nothing == [Segment(0, len(TEXT), PL.Text, frozenset())]


def test_segments_match_brute_force_on_random_layers():
    rng = random.Random(7)
    text = "x" * 200
    for _ in range(30):
        ents = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randrange(200)
            ents.append(Entity(s, min(200, s + rng.randint(1, 15)), "", rng.choice(ENTITY_LABELS)))
        claims = []
        for _ in range(rng.randint(0, 4)):
            s = rng.randrange(190)
            e = min(200, s + rng.randint(5, 60))
            claims.append(Claim(s, e, "", rng.choice(("quote", "reported")), speaker=Span(s, s + 3, "")))
        anns = [Annotation(id=str(i), doc_id="d", start=(s := rng.randrange(200)), end=min(200, s + 30), quote="")
                for i in range(rng.randint(0, 3))]
        segs = segments(text, Analysis("d", "e", entities=tuple(ents), claims=tuple(claims)), anns)
        _assert_contiguous(segs, text)
        for seg in segs:
            for off in (seg.start, seg.end - 1):
                expected = {f"entity:{e.label}" for e in ents if e.start <= off < e.end}
                expected |= {f"claim:{c.kind}" for c in claims if c.start <= off < c.end}
                if any(c.speaker.start <= off < c.speaker.end for c in claims):
                    expected.add("speaker")
                if any(a.start <= off < a.end for a in anns):
                    expected.add("annotation")
                assert seg.layers == expected
        # layer sets only change at segment boundaries that are span boundaries
        boundaries = {0, 200} | {x for e in ents for x in (e.start, e.end)}
        boundaries |= {x for c in claims for x in (c.start, c.end, c.speaker.start, c.speaker.end)}
        boundaries |= {x for a in anns for x in (a.start, a.end)}
        assert {s.start for s in segs} <= boundaries


def test_base_token():
    assert base_token(PL.Entity.PERSON.Speaker.Claim.Tagged) is PL.Entity.PERSON
    assert base_token(PL.Speaker.Cue.Claim) is PL.Speaker
    assert base_token(PL.Claim.Quote.Annotation) is PL.Claim.Quote
    assert base_token(PL.Annotation.Tagged) is PL.Annotation.Tagged
    assert base_token(PL.Text) is PL.Text


def test_token_stream_concatenates_to_text(analysis, annotation):
    hostile = TEXT + " [bold]x[/] <script>alert(1)</script> \x1b[31m"
    for toggles in ({}, {"show_entities": False}, {"show_claims": False, "show_annotations": False}):
        stream = token_stream(hostile, analysis, [annotation], **toggles)
        assert "".join(v for _, v in stream) == hostile
        assert all(tok in PL for tok, _ in stream)


# ----------------------------------------------------------------- styles


def test_get_style_presslens_and_default():
    assert get_style(None) is PresslensStyle
    assert get_style("presslens") is PresslensStyle
    assert get_style("PressLens") is PresslensStyle
    assert style_names()[0] == "presslens"
    assert "monokai" in style_names()


def test_get_style_monokai_adapts_and_keeps_its_identity():
    style = get_style("monokai")
    assert issubclass(style, MonokaiStyle)
    assert style.name == "monokai"
    assert get_style("monokai") is style  # cached
    assert get_style(MonokaiStyle) is style
    table = style_table("monokai")
    person = table[PL.Entity.PERSON]
    assert person["color"] and person["color"].startswith("#")
    assert table[PL.Claim.Quote]["underline"] is True
    assert table[PL.Annotation]["bgcolor"] == "#49483e"  # monokai's highlight colour
    # the composites exist for adapted styles too
    combo = table[PL.Entity.PERSON.Speaker.Claim.Annotation]
    assert combo["color"] == person["color"] and combo["bold"] and combo["underline"] and combo["bgcolor"]


def test_get_style_unknown_name():
    with pytest.raises(StyleNotFound) as info:
        get_style("no-such-style")
    message = str(info.value)
    assert "\n" not in message
    assert "'no-such-style'" in message and "presslens" in message and "monokai" in message


def test_style_table_resolves_inheritance():
    table = style_table(None)
    # PL.Claim.Quote defines only a colour; the underline comes from PL.Claim
    assert PresslensStyle.styles[PL.Claim.Quote] == "ansigreen"
    assert table[PL.Claim.Quote] == {
        "color": "ansigreen", "bgcolor": None, "bold": False, "italic": False, "underline": True,
    }
    assert table[PL.Claim.Reported]["underline"] is True
    # PL.Annotation.Tagged defines nothing: everything comes from PL.Annotation
    assert table[PL.Annotation.Tagged]["bgcolor"] == "ansigray"
    assert table[PL.Annotation.Tagged]["color"] == "ansiblack"
    # composites merge the layers: entity colour + claim underline + speaker bold
    assert table[PL.Entity.GPE.Speaker.Claim] == {
        "color": "ansicyan", "bgcolor": None, "bold": True, "italic": True, "underline": True,
    }
    # ... inside an annotation the highlighter's colours win (readable), the attributes stay
    combo = table[PL.Entity.PERSON.Speaker.Claim.Tagged]
    assert combo == {
        "color": "ansiblack", "bgcolor": "ansigray", "bold": True, "italic": False, "underline": True,
    }
    # with no foreground of its own, a cue inside an annotation takes the annotation's
    assert table[PL.Cue.Annotation]["color"] == "ansiblack"
    assert table[PL.Cue.Annotation]["italic"] is True


def test_every_segment_token_is_in_the_style_table(analysis, annotation):
    table = style_table(None)
    for seg in segments(TEXT, analysis, [annotation]):
        assert seg.token in table
    for _name, token in legend():
        assert token in table


def test_presslens_style_is_16_colour_safe():
    """Every colour PresslensStyle uses is one of the 16 ANSI names, so a 16-colour
    terminal renders it as designed and the terminal theme picks readable shades."""
    words = {w.removeprefix("bg:") for d in PresslensStyle.styles.values() for w in d.split()}
    colours = words - {"", "bold", "nobold", "italic", "noitalic", "underline", "nounderline", "noinherit"}
    assert colours and colours <= ansicolors
    # foregrounds avoid colours that vanish on a dark or a light background
    for token, d in PresslensStyle:
        if token in PL and d["ansicolor"] and not d["bgansicolor"]:
            assert d["ansicolor"] not in {"ansiblack", "ansiwhite", "ansigray", "ansibrightyellow"}, token
    # ... and the 256-colour formatter therefore never needs its 256-colour palette
    out = render(Document("d", "p", TEXT, title="T"), None, fmt="ansi")
    assert "38;5;" not in out and "48;5;" not in out
    fmt = Terminal256Formatter(style=PresslensStyle)
    assert all("38;5" not in on and "48;5" not in on for on, _off in fmt.style_string.values())


def test_standard_color_name():
    assert standard_color_name("ansired") == "red"
    assert standard_color_name("ansibrightmagenta") == "bright_magenta"
    assert standard_color_name("ansibrightblack") == "bright_black"
    assert standard_color_name("ansigray") == "white"
    assert standard_color_name("ansiwhite") == "bright_white"
    assert standard_color_name("#123456") == "#123456"


def test_legend_names():
    names = [name for name, _ in legend()]
    assert len(names) == len(set(names))
    assert {"Person", "Organisation", "Quote", "Speaker", "Annotation"} <= set(names)
    assert {token for _, token in legend()} >= {getattr(PL.Entity, label) for label in ENTITY_LABELS}


# ----------------------------------------------------------------- rendering

HOSTILE_TITLE = '<script>alert("t")</script> & [bold]x[/]'
HOSTILE_TEXT = 'He said "<script>alert(1)</script>" & [bold]boo[/] <img src=x onerror=alert(2)>\nSecond \x1b[2J\x07line.'


def _hostile_doc() -> Document:
    return Document("d", "a.txt", HOSTILE_TEXT, title=HOSTILE_TITLE, source="<b>Src</b>", date="2025-01-01")


def _hostile_analysis() -> Analysis:
    s, e = _at(HOSTILE_TEXT, "<script>alert(1)</script>")
    return Analysis("d", "eng <i>1</i>", entities=(Entity(s, e, "", "ORG"),), claims=(Claim(0, 40, "", "quote"),))


def test_html_is_a_full_escaped_page():
    out = render(_hostile_doc(), _hostile_analysis(), fmt="html")
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert "<style>" in out and "<title>" in out
    low = out.lower()
    assert "<script" not in low and "<img" not in low and "<b>" not in low and "<i>" not in low
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; [bold]x[/]" in out  # the title
    assert "&lt;b&gt;Src&lt;/b&gt;" in out and "eng &lt;i&gt;1&lt;/i&gt;" in out
    assert "\x1b" not in out and "\x07" not in out
    # legend
    assert 'class="legend"' in out and ">Person</span>" in out and ">Quote</span>" in out
    # only rules for classes actually used are embedded
    assert "-Presslens-Entity-ORG-Claim" in out
    assert "-Presslens-Entity-MONEY-Speaker" not in out


def test_html_other_style_and_fragment():
    out = render(_hostile_doc(), _hostile_analysis(), fmt="html", style="monokai")
    assert "#272822" in out  # monokai background
    assert "<script" not in out.lower()
    frag = render(_hostile_doc(), _hostile_analysis(), fmt="html-fragment")
    assert frag.startswith('<div class="highlight"') and "<html" not in frag
    assert "<script" not in frag.lower() and "&lt;script&gt;" in frag
    assert 'style="' in frag  # self-contained inline styles


def test_ansi_output_contains_text_and_only_sgr_codes(analysis, annotation, monkeypatch):
    monkeypatch.setenv("TERM", "xterm")  # 16 colours: the style's names as SGR codes
    doc = Document("d1", "a.txt", TEXT, title="Khan on growth", source="Example News", date="2025-08-13")
    out = render(doc, analysis, [annotation], fmt="ansi", engine_label="builtin 0.1.0")
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert TEXT in plain
    header = plain.splitlines()[:2]
    assert header[0] == "Khan on growth"
    assert "Example News" in header[1] and "2025-08-13" in header[1] and "builtin 0.1.0" in header[1]
    assert "\x1b[" in out
    assert "\x1b[95" in out  # PERSON: bright magenta
    assert ";04m" in out or "[04m" in out  # claims are underlined
    assert out.count("\x1b") == len(re.findall(r"\x1b\[[0-9;]*m", out))


def test_ansi_output_cannot_be_injected():
    out = render(_hostile_doc(), _hostile_analysis(), fmt="ansi")
    assert out.count("\x1b") == len(re.findall(r"\x1b\[[0-9;]*m", out))
    assert "\x07" not in out
    assert not re.search(r"[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]", out)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "<script>alert(1)</script>" in plain and "[bold]boo[/]" in plain  # shown, not interpreted
    assert "\x1b[2J" not in out and "\u241b[2J\u2407line" in plain  # the ESC and BEL are shown as ␛ ␇, not obeyed


def test_ansi_colours_follow_the_terminal_as_the_reader_does(monkeypatch, analysis):
    """16 colours: the default style's ANSI names as themselves (the terminal's palette); 256 and
    true colour: the palette's colours (annotations/render/palette.py), as the reader draws them."""
    doc = Document("d1", "a.txt", TEXT, title="T")
    monkeypatch.setenv("COLORTERM", "truecolor")
    assert "38;2;" in render(doc, analysis, fmt="ansi", style="monokai")
    assert "38;2;" in render(doc, analysis, fmt="ansi")
    monkeypatch.delenv("COLORTERM")
    monkeypatch.setenv("TERM", "xterm-256color")
    out = render(doc, analysis, fmt="ansi")
    assert "38;5;" in out and "38;2;" not in out
    monkeypatch.setenv("TERM", "xterm")
    out = render(doc, analysis, fmt="ansi")
    assert "38;5;" not in out and "38;2;" not in out and re.search(r"\x1b\[(9[0-7]|3[0-7])", out)


def test_render_unknown_format():
    with pytest.raises(ValueError):
        render(Document("d", "p", "x"), None, fmt="pdf")


# ----------------------------------------------------------------- rules and speed


def test_no_ui_imports():
    code = "import sys, annotations.render.highlight; bad = {'rich', 'textual', 'click'} & set(sys.modules); assert not bad, bad"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def _big_article(words: int = 5000, n_entities: int = 1500, n_claims: int = 300):
    rng = random.Random(1)
    vocab = ["the", "minister", "said", "growth", "London", "percent", "council", "would", "report", "year"]
    pieces, starts = [], []
    pos = 0
    for _ in range(words):
        w = rng.choice(vocab)
        starts.append((pos, pos + len(w)))
        pieces.append(w)
        pos += len(w) + 1
    text = " ".join(pieces)
    picks = sorted(rng.sample(range(words - 3), n_entities))
    ents = []
    for i in picks:
        s = starts[i][0]
        e = starts[i + rng.choice((0, 0, 1, 2))][1]
        ents.append(Entity(s, e, text[s:e], rng.choice(ENTITY_LABELS)))
    claims = []
    for i in sorted(rng.sample(range(words - 40), n_claims)):
        s, e = starts[i][0], starts[i + rng.randint(8, 35)][1]
        claims.append(Claim(s, e, "", rng.choice(("quote", "reported", "statistic", "assertion")),
                            speaker=Span(*starts[i], ""), cue=Span(*starts[i + 1], "")))
    anns = [Annotation(id=str(k), doc_id="d", start=starts[i][0], end=starts[i + 20][1], quote="", tags=["t"] * (k % 2))
            for k, i in enumerate(range(0, words - 25, 250))]
    return text, Analysis("d", "e", entities=tuple(ents), claims=tuple(claims)), anns


def test_segments_on_a_large_article_stay_contiguous():
    """5,000 words, 1,500 entities, 300 claims: one pass still covers the text exactly.

    (Speed is measured by bench/extract.py, never asserted in a test.)
    """
    text, analysis, anns = _big_article()
    segs = segments(text, analysis, anns)
    _assert_contiguous(segs, text)
    assert sum(1 for s in segs if any(layer.startswith("entity:") for layer in s.layers)) >= 1000
