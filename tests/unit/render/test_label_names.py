"""One display name per entity label, everywhere a person reads it; data keeps the machine labels."""

from __future__ import annotations

import re

from annotations.core.model import ENTITY_LABELS, ENTITY_NAMES, Analysis, Document, Entity, label_name
from annotations.render.highlight import legend, render

TEXT = "Putin met 3 envoys from Germany in the Alps on Monday, paying 5% or $2 of 10 tonnes to Russians at Gazprom."
ENTITIES = (
    ("Putin", "PERSON"), ("3", "CARDINAL"), ("Germany", "GPE"), ("the Alps", "LOC"), ("Monday", "DATE"),
    ("5%", "PERCENT"), ("$2", "MONEY"), ("10 tonnes", "QUANTITY"), ("Russians", "NORP"), ("Gazprom", "ORG"),
)  # fmt: skip


def _doc_and_analysis() -> tuple[Document, Analysis]:
    ents = []
    for needle, label in ENTITIES:
        start = TEXT.index(needle)
        ents.append(Entity(start, start + len(needle), needle, label))
    return Document("d", "a.txt", TEXT, title="T"), Analysis("d", "builtin", entities=tuple(sorted(ents, key=lambda e: e.start)))


def test_every_label_has_one_distinct_name():
    assert set(ENTITY_NAMES) == set(ENTITY_LABELS)
    assert len(set(ENTITY_NAMES.values())) == len(ENTITY_LABELS)
    assert label_name("GPE") == "Place" and label_name("NORP") == "Group" and label_name("CARDINAL") == "Number"
    assert label_name("FAC") == "FAC"  # a label presslens does not name is shown as it is


def test_claim_kinds_are_named_by_the_same_function_as_the_legend():
    from annotations.core.model import CLAIM_KINDS, CLAIM_NAMES

    assert set(CLAIM_NAMES) == set(CLAIM_KINDS)
    assert label_name("statistic") == "Statistic" and label_name("reported") == "Reported speech"
    names = {name for name, _ in legend()}
    assert set(CLAIM_NAMES.values()) <= names


def test_the_legend_uses_the_names():
    names = {name for name, _ in legend()}
    assert set(ENTITY_NAMES.values()) <= names


def test_render_ansi_and_html_legends_use_the_names_and_never_the_machine_labels():
    doc, analysis = _doc_and_analysis()
    ansi = re.sub(r"\x1b\[[0-9;]*m", "", render(doc, analysis, fmt="ansi"))
    key = next(line for line in ansi.splitlines() if line.startswith("Key:"))
    for label in ENTITY_LABELS:
        assert ENTITY_NAMES[label] in key
    assert "Country/city" not in key and "GPE" not in key
    page = render(doc, analysis, fmt="html")
    nav = page[page.index('<nav class="legend"') : page.index("</nav>")]
    for label in ENTITY_LABELS:
        assert f">{ENTITY_NAMES[label]}</span>" in nav
    assert "GPE<" not in nav and "NORP<" not in nav

