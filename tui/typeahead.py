"""Typed-ahead keys, and the only module that touches Textual's private API.

Over SSH a whole line such as ``/Putin⏎xxL`` or ``t quick⏎q`` arrives in one burst.
Textual forwards each key to whatever has focus at the moment the App reads it; the
public API (bindings, ``on_key``) handles keys later, from each widget's own queue,
after focus may already have moved.  Keeping a burst in order therefore needs the
App's own entry point for keys.  Everything private is used here, and only here:

``Widget._forward_event(event)`` (also ``Screen._forward_event``)
    What the App calls, synchronously, for each event it reads, on the focused widget
    (or the screen when nothing has focus).  :class:`PromptInput` overrides it to edit
    its value at once; :class:`TypeAhead` overrides it on a dialog to keep the keys read
    before its input has focus, and calls it on that input to hand them over in order.
    No public hook runs at read time.

``App._keymap``
    The keymap given to ``App.set_keymap`` (binding id -> keys, normalised).  Textual
    has no public getter; the help screen and the command palette show remapped keys
    from it (:func:`current_keymap`).

Tests also read ``App._driver`` (``send_message``: a burst delivered as the terminal
does, see ``tests/conftest.py``) and ``App._notifications`` (the toasts shown).
``tests/tui/test_textual_private_api.py`` checks all four still exist and behave as
used here, so a Textual upgrade that renames or changes one fails there, by name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.widgets import Input

if TYPE_CHECKING:
    from textual.app import App
    from textual.widget import Widget


def current_keymap(app: App) -> dict[str, str]:
    """The keymap the app was given (binding id -> keys), ``{}`` when none."""
    return app._keymap


#: Editing keys a prompt handles as they are read (Input's own bindings, run at once): handled
#: later, Ctrl+U in "Ctrl+U app2.jsonl" typed ahead would delete the letters typed after it.
EDITING_KEYS = {
    "ctrl+u": "delete_left_all",
    "ctrl+k": "delete_right_all",
    "ctrl+w": "delete_left_word",
    "left": "cursor_left",
    "right": "cursor_right",
    "ctrl+left": "cursor_left_word",
    "ctrl+right": "cursor_right_word",
    "home": "home",
    "ctrl+a": "home",
    "end": "end",
    "ctrl+e": "end",
    "delete": "delete_right",
    "ctrl+d": "delete_right",
}


def still_cursor_where_no_animation(app, widget) -> None:
    """A text cursor holds still where animation is off (over SSH: no repaint twice a second for a blink)."""
    widget.cursor_blink = app.animation_level != "none"


class PromptInput(Input):
    """A one-line prompt that takes its keys as the App reads them (safe for typed-ahead bursts).

    An Input normally handles keys later, from its own queue, so the keys after Enter
    would be typed into it.  Here letters, Backspace and the owner's ``keys`` (Enter,
    Escape, Up, Down...) are handled at once, in the order read; when Enter closes the
    prompt, the next key already reaches what has focus after it.  ``on_edit`` is
    called with the new value after each edit, so a filtered list is current before the
    next key.
    """

    def __init__(
        self,
        *args,
        keys: dict[str, Callable[[], None]] | None = None,
        on_edit: Callable[[str], None] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.keys = dict(keys or {})
        self.on_edit = on_edit

    def on_mount(self) -> None:
        still_cursor_where_no_animation(self.app, self)

    def _forward_event(self, event) -> None:
        from textual import events

        if isinstance(event, events.Key):
            handler = self.keys.get(event.key)
            if handler is not None:
                handler()
                return
            if event.key == "backspace":
                self.action_delete_left()
            elif event.key in EDITING_KEYS:
                getattr(self, f"action_{EDITING_KEYS[event.key]}")()
            elif event.is_printable and event.character:
                self.insert_text_at_cursor(event.character)
            else:
                super()._forward_event(event)
                return
            if self.on_edit is not None:
                self.on_edit(self.value)
            return
        super()._forward_event(event)


class TypeAhead:
    """Keys typed right after a dialog opens reach its input, in order (a mixin for screens).

    Over SSH, ``t`` and the tag name arrive in one burst.  Until the dialog's input has
    focus, the App forwards keys to the dialog itself, which would drop them.  They are
    kept here and handed to the input, in order, the moment it takes focus.  (Submit keys
    such as Enter and Ctrl+S are not priority bindings, so they are handled after the
    letters typed before them.)
    """

    def _forward_event(self, event) -> None:
        from textual import events

        if isinstance(event, events.Key) and self.focused is None and not event.is_forwarded:
            self.__dict__.setdefault("_typed_ahead", []).append(events.Key(event.key, event.character))
            return
        super()._forward_event(event)

    def focus_typed(self, widget: Widget) -> None:
        """Focus ``widget`` now and give it the keys typed so far."""
        self.set_focus(widget)
        for key in self.__dict__.pop("_typed_ahead", []):
            widget._forward_event(key)
