"""The annotations panel (A) at 80 and 160 columns (issue 11): its counter counts what the filter
lists in the scope shown, cut cells end in …, wide panels use their width, and its keys
(Ctrl+R among them) are on screen at 80 columns."""

from __future__ import annotations

from tests.conftest import settle


def _line(panel, y: int) -> str:
    from tui.rowtable import RowTable

    return "".join(segment.text for segment in panel.query_one(RowTable).render_line(y))


async def _panel_with_decisions(app, pilot):
    """One human annotation and two rejections in article 1, one rejection in article 2; the panel open."""
    from tui.screens import AnnotationsPanel

    await settle(app, pilot)
    left, right = app.reader.views
    left.move_to(left.text.index("Russia"))
    await pilot.press("r")  # Place "Russia"
    left.move_to(left.text.index("Meta Platforms"))
    await pilot.press("r")  # Organisation
    left.move_to(0)
    await pilot.press("v", "w", "1")  # a tagged span
    await pilot.press("tab")
    right.move_to(right.text.index("WhatsApp"))
    await pilot.press("r")
    await settle(app, pilot)
    await pilot.press("shift+tab", "A")
    await settle(app, pilot)
    assert isinstance(app.screen, AnnotationsPanel)
    return app.screen


async def test_the_counter_counts_what_the_filter_lists_in_the_scope_shown(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await _panel_with_decisions(app, pilot)
        suggested = sum(1 for _, a in panel.items if a.status == "suggested")
        here = sum(1 for i, a in panel.items if a.status == "suggested" and i == 0)
        assert panel.note() == f"1 of 1 annotation · type suggested ({suggested}) or rejected (3) to list them"
        await pilot.press(*"rejected")
        assert panel.note() == f"3 of 3 rejections · type human (1) or suggested ({suggested}) to list them"
        await pilot.press("tab")  # this article: its own counts (was "N of <all articles'>")
        assert panel.note() == f"2 of 2 rejections · type human (1) or suggested ({here}) to list them"
        await pilot.press("ctrl+u", *"suggested label:place")
        places = sum(1 for i, a in panel.items if a.status == "suggested" and i == 0 and a.label == "GPE")
        assert panel.note() == f"{places} of {here} suggestions · type human (1) or rejected (2) to list them"
        assert panel.query_one("#panel-box").border_title == "Annotations: this article, 1 Russia bega…"


async def test_the_keys_and_the_filter_language_fit_at_80_columns(make_app, seed_paths):
    from textual.widgets import Input

    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await _panel_with_decisions(app, pilot)
        box = panel.query_one("#panel-box")
        width = box.size.width - 4  # the border's corners and a cell each side
        placeholder = panel.query_one(Input).placeholder
        assert len(placeholder) <= panel.query_one(Input).content_region.width and placeholder.endswith("rejected")
        assert box.border_subtitle == "Tab all/this article · Enter go there · Esc close"
        await pilot.press(*"rejected")
        assert box.border_subtitle == "Tab all/this article · Enter go there · Ctrl+R un-reject · Esc close"
        assert len(box.border_subtitle) <= width
        assert len(panel.note()) <= panel.query_one(".panel-note").content_region.width


async def test_cut_cells_end_in_an_ellipsis_and_a_wide_panel_uses_its_width(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await _panel_with_decisions(app, pilot)
        await pilot.press(*"rejected")
        row = _line(panel, 1)  # Russia, a rejected Place: its cells are cut at 80 columns
        assert "label:Pla…" in row and "teste…" in row
    app = make_app(seed_paths)
    async with app.run_test(size=(160, 40)) as pilot:
        panel = await _panel_with_decisions(app, pilot)
        await pilot.press(*"suggested rejected")
        rows = [_line(panel, y) for y in range(1, 12)]
        assert any("label:Organisation" in r for r in rows) and any("tester (rejected)" in r for r in rows)
        assert any("[presslens-builtin]" in r for r in rows)
        assert not any("label:Orga " in r or "[press " in r or "tester ( " in r for r in rows)
        assert any("label:Reported speech" in r for r in rows)  # a claim's kind by its shown name
