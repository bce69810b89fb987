"""Issue 11 at 80x24: every article named by one short label (title, else source, else its opening
words; never the file stem), the files listed in help; emoji clusters drawn apart in every shown
string (titles, panels, compare, chooser, toasts), the text and titles stored as read."""

from __future__ import annotations

from annotations.core.text import UNDRAWN
from tests.conftest import settle
from tests.tui.test_sanitised_screens import terminal_output

EMOJI_TITLE = "Emoji ❤️ test 👩‍👩‍👧‍👦 family"
EMOJI_ARTICLE = (
    f"title: {EMOJI_TITLE}\nsource: Emoji Wire\n\n"
    "Families 👩‍👩‍👧‍👦 sent hearts ❤️ and thumbs 👍🏽 👋🏿 to the mayor, the council said on Monday.\n\n"
    'The mayor said the response was "overwhelming" and thanked residents.\n'
)
SOURCE_ONLY = "source: The Guardian\n\nThe council approved the budget on Tuesday, its leader said.\n"


def undrawn_in(output: str) -> list[str]:
    return sorted({f"U+{ord(ch):04X}" for ch in output if ord(ch) in UNDRAWN})


def header_lines(app) -> list[str]:
    from tui.widgets import ColumnHeader

    return [str(header.render()).split("\n")[0] for header in app.reader.query(ColumnHeader)]


async def test_articles_are_named_by_title_source_or_opening_words_and_help_lists_their_files(make_app, seed_paths, write_article):
    from textual.widgets import SelectionList

    paths = [seed_paths[0], write_article("a3_sourceonly.txt", SOURCE_ONLY)]
    app = make_app(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert header_lines(app) == ["1 Russia began restricting some Telegram…", "2 The Guardian"]
        assert [doc.title for doc in app.documents] == ["", ""]  # no title invented from the file name
        reader_shown = terminal_output(app)
        assert "000_1b4b9486991916c5" not in reader_shown and "a3_sourceonly" not in reader_shown
        await pilot.press("c")
        await settle(app, pilot)
        prompts = [str(app.screen.query_one(SelectionList).get_option_at_index(i).prompt) for i in range(2)]
        assert prompts == ["1. Russia began restricting some Telegram…", "2. The Guardian"]
        await pilot.press("escape", "p")
        await settle(app, pilot)
        detail = str(app.screen.query_one(".panel-detail").render())
        assert "1 Russia bega… " in detail, detail  # the panel: number and short label, as the columns are headed
        from annotations.core.files import shown_path

        await pilot.press("escape", "question_mark")
        await settle(app, pilot)
        body = str(app.screen.query_one("#help-body").render())
        assert "Open articles" in body and shown_path(seed_paths[0]) in body and shown_path(paths[1]) in body
        assert "open articles and their files: at the end" in str(app.screen.query_one("#help-db").render())


async def test_emoji_clusters_are_drawn_apart_in_titles_panels_compare_chooser_and_toasts(make_app, seed_paths, write_article):
    emoji = write_article("emoji.txt", EMOJI_ARTICLE)
    app = make_app([seed_paths[0], emoji])
    seen = {}
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        doc = app.documents[1]
        assert doc.title == EMOJI_TITLE and "👍🏽" in doc.text  # stored as read: only the screen draws them apart
        assert header_lines(app)[1] == "2 Emoji ❤ test 👩👩👧👦 family"
        seen["reader"] = terminal_output(app)
        await pilot.press("f5")
        await settle(app, pilot)
        seen["reader with the legend"] = terminal_output(app)
        for keys, name in ((["equals_sign"], "compare"), (["c"], "column chooser"), (["p"], "entity panel"),
                           (["question_mark"], "help")):
            await pilot.press(*keys)
            await app.workers.wait_for_complete()
            await settle(app, pilot)
            seen[name] = terminal_output(app)
            await pilot.press("escape")
            await settle(app, pilot)
        app.notify(f"{EMOJI_TITLE}: saved", title=EMOJI_TITLE)
        await pilot.pause()
        seen["toast"] = terminal_output(app)
    assert {name: undrawn_in(out) for name, out in seen.items() if undrawn_in(out)} == {}
    assert "Emoji ❤ test 👩👩👧👦 family" in seen["column chooser"] and "👩👩👧👦" in seen["compare"]
    assert "Emoji ❤ test 👩👩👧👦 family: saved" in seen["toast"]
