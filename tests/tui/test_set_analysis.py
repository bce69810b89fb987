"""One set result: the reader, the export and ``analyze --format json`` show the same labels.

Harmonising across the open articles relabels a name (``Harlow``: a place in
one article, an organisation in the others); the reader used to show the
harmonised labels while the export emitted the per-article ones.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from annotations.core.model import CLAIM_KINDS, ENTITY_LABELS
from tui.cli import main


async def test_reader_export_and_analyze_show_the_same_set_result(make_app, write_article, db_path, harlow_texts) -> None:
    paths = [write_article(f"harlow{i}.txt", text) for i, text in enumerate(harlow_texts)]
    app = make_app(paths)
    async with app.run_test(size=(120, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        scr = app.reader
        assert scr.analyses is not None
        reader = {(a.doc_id, e.start, e.end, e.label) for a in scr.analyses for e in a.entities}
        reader_claims = {(a.doc_id, c.start, c.end, c.kind) for a in scr.analyses for c in a.claims}
        await app.workers.wait_for_complete()
    # the set's label for "Harlow" (its articles disagree when read alone: see test_harmonising_relabels_harlow)
    harlow = {lab for d in scr.documents for (i, s, e, lab) in reader if i == d.id and d.text[s:e] == "Harlow"}
    assert harlow == {"GPE"}

    runner = CliRunner()
    exported = json.loads(runner.invoke(main, ["export", "--db", str(db_path), "--out", "-"]).stdout)
    suggested = [a for a in exported["annotations"] if a["status"] == "suggested"]
    export = {(a["doc_id"], a["start"], a["end"], a["label"]) for a in suggested if a["label"] in ENTITY_LABELS}
    export_claims = {(a["doc_id"], a["start"], a["end"], a["label"]) for a in suggested if a["label"] in CLAIM_KINDS}

    printed = json.loads(runner.invoke(main, ["analyze", "--format", "json", *paths]).stdout)
    analyze = {(d["id"], e["start"], e["end"], e["label"]) for d in printed["documents"] for e in d["entities"]}

    assert reader == export == analyze
    assert reader_claims == export_claims
