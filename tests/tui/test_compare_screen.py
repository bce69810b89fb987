"""The compare screen: four tables of the open articles, usable at 80x24, rows go to their place."""

from __future__ import annotations

from tests.conftest import settle
from tui.compare import CompareScreen


async def open_compare(app, pilot) -> CompareScreen:
    await settle(app, pilot)
    await pilot.press("equals_sign")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, CompareScreen)
    return app.screen


async def test_claims_table_lists_every_claim_with_its_counterparts_and_enter_goes_there(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_compare(app, pilot)
        reader = app.reader
        claims = [row for row in screen.items if row[0] == "claim"]
        assert len(claims) == sum(len(a.analysis.claims) for a in reader.articles)
        assert any(best for _, _, _, best, _ in claims)  # counterparts found across the seeds
        await pilot.press("down", "down", "enter")
        await settle(app, pilot)
        _, index, claim, _, _ = screen.filtered[2]
        assert reader.active_index == index and reader.views[index].cursor == claim.start


async def test_tab_goes_through_sources_figures_and_entities(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_compare(app, pilot)
        seen = []
        for _ in range(4):
            seen.append(screen.section)
            assert all(row[0] == {"claims": "claim", "sources": "source", "figures": "figure", "entities": "entity"}[screen.section]
                       for row in screen.items)
            await pilot.press("tab")
        assert seen == ["claims", "sources", "figures", "entities"] and screen.section == "claims"
        await pilot.press("tab")  # sources: a source row goes to a claim that quotes it
        await pilot.pause()
        source = screen.filtered[0][1]
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.reader
        index = reader.active_index
        assert reader.views[index].cursor in [start for start, _ in source.claims[index]]
