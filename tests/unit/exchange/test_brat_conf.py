"""Issue 15, brat: overlapping spans allowed, type names brat accepts (originals as display labels),
one note per span, line breaks in notes shown as line breaks, not as ``\\n``."""

from __future__ import annotations

import re

from annotations.core.documents import make_document
from annotations.core.model import Annotation, Link
from annotations.exchange import export as ex

#: brat's type-name rule (its configuration parser renames anything else, then rejects it).
BRAT_NAME = re.compile(r"[A-Za-z0-9_-]+")
TEXT = "Die Überwachung der Chats beginnt am Montag, sagte der Minister.\nZweiter Absatz."


def sections(conf: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = None
    for line in conf.splitlines():
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], [])
        elif line.strip() and not line.startswith("#") and current is not None:
            current.append(line)
    return out


def export(tmp_path, anns=None):
    doc = make_document(TEXT, "/news/de.txt")
    at = "2025-08-13T10:00:00.000Z"
    if anns is None:
        anns = [
            Annotation.for_span(doc, 4, 15, id="a1", at=at, tags=["Überwachung", "Zensur & Kontrolle"], author="x",
                                comment="erste Zeile\nzweite Zeile", label="claim"),
            Annotation.for_span(doc, 4, 15, id="a2", at=at, tags=["two words"], author="y"),  # identical span
            Annotation.for_span(doc, 0, 25, id="a3", at=at, tags=["two_words"], author="x"),  # nested
            Annotation.for_span(doc, 20, 50, id="a4", at=at, tags=["監視"], author="x"),  # crossing
            Annotation.for_span(doc, 45, 60, id="a5", at=at, tags=["監査"], author="x"),
        ]
        anns[0].links = [Link("a4", "widerspricht ✗", doc.id)]
    ex.export_brat([doc], anns, tmp_path)
    return doc, anns, (tmp_path / "de.ann").read_text("utf-8"), (tmp_path / "annotation.conf").read_text("utf-8")


def test_conf_allows_every_overlap(tmp_path):
    _, _, _, conf = export(tmp_path)
    rules = sections(conf)["relations"]
    assert "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>" in rules


def test_type_names_match_brats_pattern_and_keep_the_original_as_label(tmp_path):
    _, _, ann, conf = export(tmp_path)
    conf_sections = sections(conf)
    types = conf_sections["entities"]
    relations = [r.split("\t")[0] for r in conf_sections["relations"] if not r.startswith("<")]
    assert all(BRAT_NAME.fullmatch(t) for t in types + relations), types + relations
    used = {line.split("\t")[1].split()[0] for line in ann.splitlines() if line[0] in "TR"}
    assert used <= set(types) | set(relations)
    # distinct tags stay distinct types, however alike their safe names
    assert len({t for t in types}) == len(types)
    visual = sections((tmp_path / "visual.conf").read_text("utf-8"))
    labels = dict(line.split(" | ", 1) for line in visual["labels"])
    assert set(labels.values()) >= {"Überwachung", "two words", "監視", "監査", "widerspricht ✗"}
    assert "two_words" in types and [k for k, v in labels.items() if v == "two words"] == ["two_words_2"]
    assert len([k for k, v in labels.items() if v in ("監視", "監査")]) == 2
    assert set(labels) <= set(types) | set(relations)
    assert labels["Uberwachung"] == "Überwachung"


def test_several_notes_on_one_span_are_one_note_and_line_breaks_are_not_backslash_n(tmp_path):
    _, _, ann, _ = export(tmp_path)
    notes = [line for line in ann.splitlines() if line.startswith("#")]
    targets = [n.split("\t")[1] for n in notes]
    assert len(targets) == len(set(targets)), notes  # one AnnotatorNotes per span
    a1 = next(line.split("\t")[0] for line in ann.splitlines() if line.startswith("T") and "\tUberwachung " in line)
    first = next(n for n in notes if n.split("\t")[1] == f"AnnotatorNotes {a1}").split("\t")[2]
    assert "\\n" not in first and "erste Zeile ⏎ zweite Zeile" in first
    assert "Zensur & Kontrolle" in first and "claim" in first
