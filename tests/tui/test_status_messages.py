"""The status line's first slot: what it says lasts as long as it matters (issue 11), and a
read-only database says why in the app, when it opens and when a change is refused."""

from __future__ import annotations

import pytest

from tests.conftest import settle

SIZE = (80, 24)


async def test_a_prefix_keys_hint_goes_when_the_next_key_is_read(make_app, seed_paths):
    app = make_app(seed_paths, store=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("g")
        assert app.reader.message.startswith("g: 1-9 goes to that article")
        await pilot.press("g")  # gg: the top; the hint has had its moment
        assert app.reader.message == ""
        await pilot.press("g", "j")  # any next key ends the prefix (j moves: nothing to say)
        assert app.reader.message == ""


async def test_feedback_goes_after_a_few_seconds_or_at_the_next_key(make_app, seed_paths, monkeypatch):
    import tui.reader

    app = make_app(seed_paths, store=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        assert app.reader.message == "columns scroll together"
        await pilot.press("j")
        assert app.reader.message == ""
        monkeypatch.setattr(tui.reader, "FEEDBACK_SECONDS", 0.2)
        await pilot.press("s")
        assert app.reader.message == "columns scroll on their own"
        await pilot.pause(0.5)
        assert app.reader.message == ""


async def test_what_the_user_must_still_act_on_stays(make_app, seed_paths, monkeypatch):
    import tui.reader

    monkeypatch.setattr(tui.reader, "FEEDBACK_SECONDS", 0.2)
    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("L")  # a link waits for its target
        waiting = app.reader.message
        assert waiting.startswith("choose a span (any column) and press L")
        await pilot.press("tab", "j", "j")
        await pilot.pause(0.5)
        assert app.reader.message == waiting
        await pilot.press("escape")
        assert app.reader.message == "cancelled"


@pytest.fixture
def held_db(db_path):
    """The database, open for writing by "another presslens" (this process, through another lock)."""
    from annotations.store.store import AnnotationStore

    AnnotationStore(db_path).close()
    holder = AnnotationStore(db_path)
    yield db_path
    holder.close()


async def test_a_read_only_database_says_why_in_the_app(held_db, seed_paths):
    import os

    from annotations.store.store import AnnotationStore, StoreLocked
    from tui.app import AppOptions, create_app

    with pytest.raises(StoreLocked) as info:
        AnnotationStore(held_db)
    why = info.value.why
    assert why == f"in use by another presslens process (pid {os.getpid()})"
    store = AnnotationStore(held_db, read_only=True)
    app = create_app(seed_paths, options=AppOptions(animation=False, author="tester", read_only_why=why), store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        toasts = [(n.title, n.message, n.timeout) for n in app._notifications]
        assert ("Opened read-only", f"{held_db}: {why}; nothing you change is saved", 20) in toasts
        assert app.reader.message == f"read-only database, {why}"  # the first slot, from the start
        await pilot.press("j", "j")
        assert app.reader.message == f"read-only database, {why}"  # kept until another message
        await pilot.press("1")  # a change is refused, and the message says why by itself
        assert app.reader.message == f"not saved: read-only database, {why}"
        assert "see the message" not in app.reader.message
