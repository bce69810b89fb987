"""Every screen of the reader, fed a database, file name, codebook and author full of control sequences:
what would be written to the terminal holds none of them (issue 9, point 2)."""

from __future__ import annotations

from annotations.store.store import AnnotationStore
from tests.conftest import HOSTILE, leaked, settle
from tui.app import AppOptions, create_app


def terminal_output(app) -> str:
    """What Textual would write to the terminal for the current screen, toasts included (a full repaint)."""
    return app.screen._compositor.render_update(full=True).render_segments(app.console)


async def test_no_screen_writes_a_control_sequence(hostile_db, tmp_path):
    db, article = hostile_db
    codebook = tmp_path / "codebook.toml"
    codebook.write_text(
        'relations = ["same-claim", "rel\\u202eevil"]\n'
        '[[tags]]\nname = "evil\\u001b]52;c;SGVsbG8=\\u0007"\ndescription = "desc\\u001b]0;pwned\\u001b\\\\"\n'
    )
    missing = str(tmp_path / f"gone{HOSTILE}.txt")
    store = AnnotationStore(db)
    app = create_app([article, missing], store=store,
                     options=AppOptions(animation=False, author="me" + HOSTILE, codebook=str(codebook)))
    seen = {}
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        seen["reader"] = terminal_output(app)
        view = app.reader.views[0]
        assert view.text == app.documents[0].text  # the text itself is untouched
        view.move_to(2)
        await settle(app, pilot)
        seen["reader on an annotation"] = terminal_output(app)
        for keys, name in ((["A"], "annotations panel"), (["p"], "entity panel"), (["question_mark"], "help"),
                           (["t"], "tag picker"), (["m"], "comment editor"), (["c"], "column chooser")):
            await pilot.press(*keys)
            await settle(app, pilot)
            seen[name] = terminal_output(app)
            await pilot.press("escape")
            await settle(app, pilot)
        view.move_to(2)
        await pilot.press("L")
        app.reader.views[0].move_to(20)
        await pilot.press("L")
        await settle(app, pilot)
        seen["relation picker"] = terminal_output(app)
        await pilot.press("escape")
        await settle(app, pilot)
    assert set(seen) >= {"annotations panel", "tag picker", "comment editor", "help"}
    assert {name: leaked(out) for name, out in seen.items() if leaked(out)} == {}
    assert any("\\x1b]52" in out for out in seen.values())  # shown escaped, so the user sees it is there
