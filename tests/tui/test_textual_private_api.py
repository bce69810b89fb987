"""The private Textual API presslens relies on (see tui/typeahead.py) still exists and behaves as used.

A Textual upgrade that renames or changes one of these fails here, by name, rather than as
keys typed into the wrong place somewhere else.
"""

from __future__ import annotations

import inspect

from textual import events
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from tui.typeahead import PromptInput, current_keymap


def test_forward_event_takes_one_event():
    for cls in (Widget, Screen):
        method = getattr(cls, "_forward_event")
        assert list(inspect.signature(method).parameters) == ["self", "event"], cls


class _Recorder(Static, can_focus=True):
    def __init__(self) -> None:
        super().__init__("")
        self.forwarded: list[str] = []

    def _forward_event(self, event) -> None:
        if isinstance(event, events.Key):
            self.forwarded.append(event.key)
        super()._forward_event(event)


class _Probe(App):
    def compose(self) -> ComposeResult:
        yield _Recorder()
        yield PromptInput(id="prompt")


async def test_keys_read_by_the_app_reach_the_focused_widgets_forward_event_in_order():
    app = _Probe()
    async with app.run_test() as pilot:
        recorder = app.query_one(_Recorder)
        recorder.focus()
        await pilot.pause()
        # _driver.send_message: the way tests deliver a burst as the terminal does
        for key in "abc":
            event = events.Key(key, key)
            event.set_sender(app)
            app._driver.send_message(event)
        await pilot.pause()
        assert recorder.forwarded == ["a", "b", "c"]
        prompt = app.query_one(PromptInput)
        app.set_focus(prompt)
        await pilot.press("x", "y")
        assert prompt.value == "xy"


async def test_keymap_and_notifications():
    app = _Probe()
    async with app.run_test() as pilot:
        assert current_keymap(app) == {}
        app.set_keymap({"toggle-sync": "y,?"})
        assert current_keymap(app) == {"toggle-sync": "y,question_mark"}
        app.notify("hello", title="t")
        await pilot.pause()
        assert [n.message for n in app._notifications] == ["hello"]


def test_a_screen_can_be_laid_out_while_hidden():
    """Kept.settle lays a hidden dialog out with the call Textual's update timer makes."""
    assert list(inspect.signature(Screen._refresh_layout).parameters)[:2] == ["self", "size"]
    assert hasattr(Screen(), "_layout_required")
