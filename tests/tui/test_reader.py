"""Drive the reader by keyboard only and check its state afterwards."""

from __future__ import annotations

import pytest

from tests.conftest import long_article, send_burst
from tui.app import ReaderScreen
from tui.article import ArticleView
from tui.screens import ColumnChooser, HelpScreen


def reader(app) -> ReaderScreen:
    screen = app.reader
    assert screen is not None
    return screen


async def burst(pilot, key: str, count: int) -> None:
    """``count`` times ``key`` in one burst."""
    await send_burst(pilot, [key] * count)


def screen_text(view: ArticleView) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.scrollable_content_region.height))


async def test_seeds_open_side_by_side(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        scr = reader(app)
        assert len(scr.views) == 2
        assert scr.visible == [0, 1]
        assert app.focused is scr.views[0]
        assert "Russia began restricting" in screen_text(scr.views[0])
        assert "Russia has begun blocking" in screen_text(scr.views[1])


async def test_the_reader_resumes_a_paused_cycle_collector_after_the_first_paint(make_app, seed_paths):
    """`presslens open` starts with the cyclic GC off; the reader turns it back on, start-up objects frozen."""
    import gc

    app = make_app(seed_paths)
    gc.disable()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()


async def test_tab_shift_tab_and_number_keys_switch_columns(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        scr = reader(app)
        await pilot.press("tab")
        assert scr.active_index == 1
        await pilot.press("tab")
        assert scr.active_index == 0
        await pilot.press("shift+tab")
        assert scr.active_index == 1
        await pilot.press("g", "1")
        assert scr.active_index == 0
        await pilot.press("alt+2")
        assert scr.active_index == 1


async def test_cursor_moves_by_character_word_sentence_paragraph(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        view = reader(app).views[0]
        text = view.text
        await pilot.press("right", "l")
        assert view.cursor == 2
        await pilot.press("left")
        assert view.cursor == 1
        await pilot.press("w")
        assert text[view.cursor :].startswith("began")
        await pilot.press("b")
        assert view.cursor == 0
        await pilot.press("right_parenthesis")
        assert text[view.cursor :].startswith("Russia has clashed")
        await pilot.press("left_parenthesis")
        assert view.cursor == 0
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        assert text[view.cursor :].startswith("President Vladimir Putin")
        await pilot.press("left_curly_bracket")
        assert text[view.cursor :].startswith("Russia has clashed")
        await pilot.press("G")
        assert view.cursor == len(text.rstrip()) - 1  # on the last character, not past it
        await pilot.press("g", "g")
        assert view.cursor == 0


async def test_up_down_keep_the_column_and_end_of_line(make_app, write_article):
    path = write_article("lines.txt", "short\n\na much longer line of text here")
    app = make_app([path])
    async with app.run_test(size=(80, 24)) as pilot:
        view = reader(app).views[0]
        await pilot.press("end")
        assert view.cursor == 5  # after "short", on the line break
        await pilot.press("down")
        assert view.cursor == 6  # the blank line
        await pilot.press("down")
        assert view.cursor == 7 + 5  # back at the goal column
        await pilot.press("up", "up")
        assert view.cursor == 5


async def test_a_burst_of_100_down_keys_moves_100_lines(make_app, write_article):
    path = write_article("long.txt", long_article())
    app = make_app([path])
    async with app.run_test(size=(100, 40)) as pilot:
        view = reader(app).views[0]
        assert len(view.lines) > 300
        await burst(pilot, "down", 100)
        assert view.cursor_line == 100
        # The cursor is on screen: the view scrolled with it.
        top = view.scroll_offset.y
        assert top <= 100 < top + view.scrollable_content_region.height
        await burst(pilot, "j", 50)
        await burst(pilot, "k", 20)
        assert view.cursor_line == 130


async def test_page_down_up_and_top_bottom(make_app, write_article):
    app = make_app([write_article("long.txt", long_article())])
    async with app.run_test(size=(100, 40)) as pilot:
        await app.workers.wait_for_complete()  # the legend row appears with the analysis
        await pilot.pause()
        view = reader(app).views[0]
        height = view.scrollable_content_region.height
        await pilot.press("pagedown")
        assert view.scroll_offset.y == height
        assert view.cursor_line == height
        await pilot.press("pageup")
        assert view.scroll_offset.y == 0
        assert view.cursor_line == 0
        await pilot.press("G")
        assert view.scroll_offset.y == view.max_scroll_y > 0


async def test_search_finds_across_columns_with_n_and_N(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        scr = reader(app)
        await pilot.press("slash", *"Mediascope", "enter")
        # "Mediascope" is only in the second article: the search jumps there.
        assert scr.active_index == 1
        view = scr.views[1]
        assert view.text[view.cursor :].startswith("Mediascope")
        await pilot.press("slash", *"Putin", "enter")  # a new search starts from an empty prompt
        first = (scr.active_index, scr.views[scr.active_index].cursor)
        total = sum(len(v.matches) for v in scr.views)
        assert total >= 2 and all(v.matches for v in scr.views)
        seen = {first}
        for _ in range(total - 1):
            await pilot.press("n")
            seen.add((scr.active_index, scr.views[scr.active_index].cursor))
        assert {i for i, _ in seen} == {0, 1}
        assert len(seen) == total
        await pilot.press("n")  # wraps around
        assert (scr.active_index, scr.views[scr.active_index].cursor) == first
        await pilot.press("N")
        assert (scr.active_index, scr.views[scr.active_index].cursor) != first
        await pilot.press("slash", "enter")  # an empty query repeats the last search
        assert scr.query_text == "Putin"


async def test_search_typed_in_one_burst_reaches_the_search_bar(make_app, seed_paths):
    """Over SSH "/" and the query arrive together: no letter may run as a reader command."""
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        scr = reader(app)
        await send_burst(pilot, ["slash", *(c if c != " " else "space" for c in "ordered the"), "enter"])
        assert scr.query_text == "ordered the"
        assert scr.active_index == 1
        view = scr.views[1]
        assert view.text[view.cursor :].startswith("ordered the")
        assert view.selection is None and not app.reader.annotations.get(app.documents[0].id)


async def test_search_escape_cancels_and_no_match_says_so(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        scr = reader(app)
        await pilot.press("slash", *"zzzz", "escape")
        assert isinstance(app.focused, ArticleView)
        assert scr.query_text == ""
        await pilot.press("slash", *"zzzz", "enter")
        assert "not found" in scr.message
        assert isinstance(app.focused, ArticleView)


async def test_scroll_sync_keeps_columns_together(make_app, write_article):
    a = write_article("a.txt", long_article(60))
    b = write_article("b.txt", long_article(30))
    app = make_app([a, b])
    async with app.run_test(size=(100, 40)) as pilot:
        scr = reader(app)
        left, right = scr.views
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert right.scroll_offset.y == 0  # not synced yet
        await pilot.press("s")
        assert scr.sync_scroll
        await pilot.pause()
        assert abs(right.scroll_fraction - left.scroll_fraction) < 0.05
        await pilot.press("pagedown")
        await pilot.pause()
        assert right.scroll_offset.y > 0
        assert abs(right.scroll_fraction - left.scroll_fraction) < 0.05
        await pilot.press("s")
        before = right.scroll_offset.y
        await pilot.press("pagedown")
        await pilot.pause()
        assert not scr.sync_scroll
        assert right.scroll_offset.y == before  # no longer follows


async def test_markup_in_articles_shows_literally(make_app, write_article):
    body = "Look: [bold]x[/] then [/] and [@click=app.quit]q[/] end."
    app = make_app([write_article("markup.txt", body)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = reader(app).views[0]
        assert body in screen_text(view)
        await pilot.click(view, offset=(20, 0))  # clicking the would-be link does nothing
        await pilot.pause()
        assert app.is_running


async def test_control_characters_never_reach_the_screen(make_app, write_article):
    path = write_article("esc.txt", "Evil \x1b]52;c;ZXZpbA==\x07 text \x1b[2J\x9b here.".encode())
    app = make_app([path])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = reader(app).views[0]
        for y in range(3):
            for segment in view.render_line(y):
                assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in segment.text)


async def test_more_articles_than_fit_page_through_and_choose(make_app, write_article):
    paths = [write_article(f"a{i}.txt", f"Article number {i}. " * 20) for i in range(5)]
    app = make_app(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        scr = reader(app)
        assert scr.per_page == 2
        assert scr.visible == [0, 1]
        await pilot.press("right_square_bracket")
        assert scr.visible == [2, 3]
        assert scr.active_index == 2
        await pilot.press("g", "5")  # g and a number bring its column into view
        assert scr.active_index == 4 and 4 in scr.visible
        await pilot.press("tab")  # wraps to the first article
        assert scr.active_index == 0 and scr.visible[0] == 0
        await pilot.press("c")
        assert isinstance(app.screen, ColumnChooser)
        # Untick articles 1 and 2: only 3, 4, 5 remain shown.
        await pilot.press("space", "down", "space", "enter")
        assert scr.shown == [2, 3, 4]
        assert scr.visible == [2, 3]
        assert [c.display for c in scr.columns] == [False, False, True, True, False]


async def test_resize_rewraps(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        view = reader(app).views[0]
        narrow = len(view.lines)
        await pilot.resize_terminal(200, 24)
        await pilot.pause()
        assert len(view.lines) < narrow


async def test_help_screen_lists_every_binding_and_closes(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        descriptions = {d for _, _, d in app.screen.rows}
        for expected in ("Down", "Next word", "Next sentence", "Next paragraph", "Page down", "Find", "Next match", "Sync scroll", "Next column", "Quit", "Help"):
            assert expected in descriptions
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_keymap_remaps_by_binding_id(make_app, seed_paths):
    app = make_app(seed_paths, keymap={"toggle-sync": "y", "cursor-down": "ctrl+n"})
    async with app.run_test(size=(80, 24)) as pilot:
        scr = reader(app)
        await pilot.press("y")
        assert scr.sync_scroll
        await pilot.press("ctrl+n")
        assert scr.views[0].cursor_line == 1
        rows = {d: k for _, k, d, _, _ in app.binding_rows()}
        assert rows["Sync scroll"] == "y"


async def test_every_action_is_in_the_command_palette(make_app, seed_paths):
    app = make_app(seed_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for expected in ("Find", "Compare", "Go to counterpart", "Sync scroll", "Next column", "Next sentence", "Columns", "Help"):
            assert expected in titles
        # Run one through the palette by name.
        await pilot.press("ctrl+p")
        await pilot.press(*"Sync scroll")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert reader(app).sync_scroll


async def test_load_errors_are_shown_and_good_files_open(make_app, seed_paths, tmp_path):
    app = make_app([*seed_paths, tmp_path / "missing.txt"])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert len(reader(app).views) == 2
        assert any("missing.txt: no such file" in n.message for n in app._notifications)
