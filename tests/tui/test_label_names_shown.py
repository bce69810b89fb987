"""Issue 11: one name per label wherever the reader shows one (status line, annotations panel)."""

from __future__ import annotations

from annotations.core.model import Annotation, Document
from tests.conftest import settle

SIZE = (80, 24)


async def test_unrejecting_in_the_panel_names_the_label_as_everywhere_else(make_app, seed_paths):
    from tui.screens import AnnotationsPanel

    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        view.move_to(view.text.index("Telegram"))
        assert view.entity_at(view.cursor).label == "ORG"
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        assert isinstance(app.screen, AnnotationsPanel)
        await pilot.press(*"rejected", "ctrl+r")
        await settle(app, pilot)
        message = app.reader.message
        assert message.startswith("Organisation “Telegram” is suggested again"), message
        assert "ORG" not in message


def _panel(*anns: Annotation):
    from tui.screens import AnnotationsPanel

    doc = Document("d", "a.txt", "The rate rose 5% on Monday, he said.", title="A")
    return AnnotationsPanel([(0, a) for a in anns], [doc], 0)


def _ann(label: str, quote: str = "rose 5%", status: str = "human", tags=()) -> Annotation:
    return Annotation(f"id-{label}-{quote}", "d", 9, 16, quote, label=label, status=status, tags=list(tags), author="ann")


def test_the_tags_column_names_claim_kinds_and_entity_labels_alike():
    panel = _panel()
    assert str(panel.cells((0, _ann("statistic")))[2]) == "label:Statistic"
    assert str(panel.cells((0, _ann("reported")))[2]) == "label:Reported speech"
    assert str(panel.cells((0, _ann("DATE", tags=["key"])))[2]) == "key, label:Date"
    assert "Statistic" in str(panel.detail((0, _ann("statistic"))))


def test_the_panel_filter_finds_a_label_by_either_spelling():
    panel = _panel()
    statistic, date = (0, _ann("statistic")), (0, _ann("DATE", quote="Monday"))
    for typed in ("label:statistic", "label:Statistic", "label:STATISTIC"):
        assert panel.matches(statistic, typed) and not panel.matches(date, typed)
    for typed in ("label:date", "label:Date", "label:DATE"):
        assert panel.matches(date, typed) and not panel.matches(statistic, typed)
    # what the Tags column shows, typed as it reads: "label:Reported speech"
    assert panel.matches((0, _ann("reported")), "label:Reported speech")


async def test_a_tag_filter_that_finds_nothing_points_to_the_label(make_app, seed_paths):
    """The Tags column shows ``label:Date``; typing ``tag:DATE`` (a tag a person named DATE) finds
    none, so the note says that ``label:DATE`` finds them."""
    from tui.screens import AnnotationsPanel

    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.reader.views[0]
        date = next(e for e in view.analysis.entities if e.label == "DATE")
        view.move_to(date.start)
        await pilot.press("a")
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        panel = app.screen
        assert isinstance(panel, AnnotationsPanel)
        await pilot.press(*"tag:DATE")
        await settle(app, pilot)
        assert panel.filtered == []
        note = panel.note()
        assert "label:DATE finds 1" in note, note
        await pilot.press(*"xyz")  # tag:DATExyz: as no label either, no hint
        await settle(app, pilot)
        assert "label:" not in panel.note()
