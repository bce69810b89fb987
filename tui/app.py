"""The presslens Textual app: articles side by side.

``create_app`` is the one factory; the CLI and the tests both call it.
The app holds no domain logic: it asks :mod:`annotations` and shows the answer.
"""

from __future__ import annotations

import asyncio
import os
import select
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import Reactive
from textual.screen import Screen
from rich.terminal_theme import TerminalTheme
from textual.widgets import Input

from annotations.core.documents import LoadError, LoadResult, load_paths
from annotations.core.model import Document
from annotations.render.palette import ANSI_PALETTES
from tui.article import ArticleView
from tui.reader import ReaderScreen
from tui.typeahead import current_keymap

__all__ = ["AppOptions", "PresslensApp", "ReaderScreen", "create_app", "remote_session"]


@dataclass
class AppOptions:
    """How the app was asked to run (from the CLI or a test)."""

    mouse: bool = True
    animation: bool = True
    keymap: dict[str, str] = field(default_factory=dict)
    engine: str = "builtin"
    style: str | None = None
    author: str | None = None
    codebook: str | None = None
    codebook_loaded: object | None = None  # the parsed Codebook, when the CLI already read it
    note: str = ""  # said once the reader is up (e.g. which database was reopened)
    adjudicate: str | None = None  # the layer to adjudicate into (gold): one article, a column per coder
    coders: list[str] | None = None  # adjudicate: whose columns (default: everyone who coded the article)
    read_only_why: str = ""  # why the database opened read-only ("in use by another presslens process (pid N)")


#: How long the toast saying why the database opened read-only stays (seconds): long enough to
#: read while the articles appear; the status line keeps the reason until the next message.
READ_ONLY_TOAST_SECONDS = 20


def remote_session() -> bool:
    """True when running over SSH, where animations only cost bandwidth."""
    return bool(os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"))


_NORMAL = ("ansiblack", "ansired", "ansigreen", "ansiyellow", "ansiblue", "ansimagenta", "ansicyan", "ansigray")
_BRIGHT = tuple("ansibright" + name[4:] for name in _NORMAL[:-1]) + ("ansiwhite",)


#: The 16 VGA colours: the ones Rich matches a colour against for a 16-colour terminal, so each
#: comes back as its own number (tests/tui/test_one_palette.py checks it).
_VGA = [
    (0, 0, 0), (170, 0, 0), (0, 170, 0), (170, 85, 0), (0, 0, 170), (170, 0, 170), (0, 170, 170), (170, 170, 170),
    (85, 85, 85), (255, 85, 85), (85, 255, 85), (255, 255, 85), (85, 85, 255), (255, 85, 255), (85, 255, 255), (255, 255, 255),
]  # fmt: skip


def terminal_theme(dark: bool, colors: int = 256) -> TerminalTheme:
    """How the reader draws the style's ANSI colour names, by the one rule of
    :mod:`annotations.render.palette` (``render`` and HTML pages keep it too): with 256 colours or
    more, the palette's colours (instead of Textual's default terminal theme, where red, magenta
    and their bright variants are one colour); in 16 colours (``colors=16``) each name as itself.

    Textual turns every ANSI colour into the theme's RGB and Rich then picks the terminal colour
    nearest to it; in 16 colours the palette's orange "bright red" came out bright yellow (93).
    The 16-colour theme holds the colours Rich matches against, so each name comes back as itself.
    """
    if colors == 16:
        background, foreground = ((0, 0, 0), (229, 229, 229)) if dark else ((255, 255, 255), (0, 0, 0))
        return TerminalTheme(background, foreground, _VGA[:8], _VGA[8:])
    palette = ANSI_PALETTES["dark" if dark else "light"]

    def rgb(name: str) -> tuple[int, int, int]:
        value = palette[name].lstrip("#")
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)

    background, foreground = ((18, 18, 18), (224, 224, 224)) if dark else ((224, 224, 224), (31, 31, 31))
    return TerminalTheme(background, foreground, [rgb(n) for n in _NORMAL], [rgb(n) for n in _BRIGHT])


_KEY_NAMES = {
    "escape": "Esc", "enter": "Enter", "tab": "Tab", "space": "Space", "home": "Home", "end": "End",
    "pagedown": "PgDn", "pageup": "PgUp", "delete": "Del", "insert": "Ins", "backspace": "Backspace",
}  # fmt: skip


def key_name(key: str) -> str:
    """A Textual key (``ctrl+r``, ``shift+tab``, ``pagedown``, ``question_mark``) as people read it:
    ``Ctrl+R``, ``Shift+Tab``, ``PgDn``, ``?``; modifiers capitalised, a letter after one upper case."""
    from textual.keys import format_key

    *modifiers, base = key.split("+") if key != "+" else ["+"]
    if base in _KEY_NAMES:
        name = _KEY_NAMES[base]
    elif len(base) > 1 and base[0] == "f" and base[1:].isdigit():
        name = base.upper()
    else:
        name = format_key(base)
        if modifiers and len(name) == 1:
            name = name.upper()
    return "+".join([*(m.capitalize() for m in modifiers), name])


def _family_keys(keys: list[list[str]]) -> str:
    """The keys of nine bindings for the digits 1-9, as one: ``Alt+1-9`` when each is a prefix
    and its digit (the first may already say ``1-9``, as the footer shows it); else all of them."""
    prefixes = [k[:-1] for k in keys[1]]
    if all(len(k) == len(prefixes) for k in keys) and all(
        key in (f"{p}{n}", f"{p}1-9" if n == 1 else None) for n, k in enumerate(keys, 1) for key, p in zip(k, prefixes)
    ):
        return ", ".join(f"{p}1-9" for p in prefixes)
    return ", ".join(dict.fromkeys(key for k in keys for key in k))


def _tag_names(names: list[str], room: int = 18) -> str:
    """`` (verified, disputed…)``: the codebook's first tags, as many as fit in ``room`` cells (the
    help's row stays one line at 80 columns)."""
    from annotations.core.text import line

    shown: list[str] = []
    for name in names[:9]:
        if len(", ".join([*shown, line(name)])) > room:
            return f" ({', '.join(shown)}…)" if shown else " (…)"
        shown.append(line(name))
    return f" ({', '.join(shown)})" if shown else ""


class PresslensApp(App[int]):
    """presslens: read several articles about one event side by side."""

    TITLE = "presslens"
    CSS_PATH = "app.tcss"
    # The style's ANSI colour names, as the reader draws them (see terminal_theme).
    ansi_theme_dark = Reactive(terminal_theme(dark=True), init=False)
    ansi_theme_light = Reactive(terminal_theme(dark=False), init=False)
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit", show=False, priority=True),  # in the help; the footer width goes to annotating
        Binding("question_mark,f1", "help", "Help", id="help", priority=True),
    ]

    def __init__(
        self,
        documents: Sequence[Document],
        *,
        options: AppOptions | None = None,
        errors: Iterable[LoadError] = (),
        store=None,
    ) -> None:
        super().__init__()
        if self.console.color_system == "standard":  # 16 colours: the style's names as themselves, as `render` writes them
            self.ansi_theme_dark, self.ansi_theme_light = terminal_theme(True, colors=16), terminal_theme(False, colors=16)
        self.documents = list(documents)
        self._hung_up = False
        self.options = options or AppOptions()
        self.store = store
        self.load_errors = list(errors)
        #: one line each, for standard error once the app has exited (e.g. closing the store on a full disk)
        self.store_problems: list[str] = []
        if not self.options.animation:
            self.animation_level = "none"
        #: keys read so far: a prefix key (g) holds for the next key only (see ReaderScreen.action_goto)
        self.keys_read = 0
        self._once: set[str] = set()  # installed names of the screens shown once (show_once)

    def notify(self, message: str, *, title: str = "", severity="information", timeout=None, markup: bool = False) -> None:
        """Every toast (widgets' and screens' notify() end here): never markup, control characters escaped.

        Messages name files, quotes and tags: data.  They pass the one sanitising boundary
        (:func:`annotations.core.text.line`, per line) whatever the caller passed as ``markup``.
        """
        from annotations.core.text import line, lines

        super().notify(lines(message), title=line(title), severity=severity, timeout=timeout, markup=False)

    async def on_event(self, event) -> None:
        from textual import events

        if isinstance(event, events.Key) and not event.is_forwarded:
            self.keys_read += 1
            reader = self.reader
            if reader is not None:
                reader.key_read(self.keys_read)  # a message whose moment has passed goes first
        await super().on_event(event)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("quit", "help"):
            from textual.widgets import TextArea

            # In a dialog or a text field, q and ? are the dialog's (or text).
            if not isinstance(self.screen, ReaderScreen) or isinstance(self.focused, (Input, TextArea)):
                return False
        return True

    def get_default_screen(self) -> Screen:
        from annotations.core.config import resolve_author

        author = resolve_author(self.options.author)
        codebook = self.options.codebook_loaded
        if codebook is None and self.options.codebook:
            from annotations.core.codebook import load_codebook

            codebook = load_codebook(self.options.codebook)
        if self.options.adjudicate and self.documents:
            from annotations.review.adjudicate import coders_of
            from tui.adjudicate import AdjudicationScreen

            into, document = self.options.adjudicate, self.documents[0]
            coders = self.options.coders
            if coders is None:
                coders = coders_of(self.store, document.id, into=into) if self.store is not None else []
            return AdjudicationScreen(document, coders, self.store, into, codebook)
        return ReaderScreen(self.documents, self.store, author, codebook)


    def on_mount(self) -> None:
        self.screen_change_signal.subscribe(self, self._screens_changed)
        self._watch_the_terminal()
        if self.options.keymap:
            self.set_keymap(self.options.keymap)
        for error in self.load_errors:
            self.notify(str(error), title="Could not open", severity="warning", timeout=10, markup=False)
        if self.options.note:
            self.notify(self.options.note, timeout=8, markup=False)
        if self.store is not None and self.store.read_only and self.store.path is not None:
            why = self.options.read_only_why
            self.notify(
                f"{self.store.path}{': ' + why if why else ''}; nothing you change is saved",
                title="Opened read-only", severity="warning", timeout=READ_ONLY_TOAST_SECONDS, markup=False,
            )

    def _watch_the_terminal(self) -> None:
        """Quit, closing the database, when the terminal goes away: an SSH drop or a closed tmux pane.

        The shell sends SIGHUP to its foreground job; but under ``make run`` make holds the terminal's session,
        waits for us and never passes the hang-up on, and Textual's input thread reads end-of-file forever
        (a busy loop that kept the database locked). So a hang-up signal quits, and so does the terminal
        reporting a hang-up on standard input, checked once a second."""
        if self.is_headless or not os.isatty(0):
            return
        hangup = getattr(signal, "SIGHUP", None)  # (none on Windows)
        try:
            if hangup is not None:
                asyncio.get_running_loop().add_signal_handler(hangup, self._terminal_gone)
        except (NotImplementedError, RuntimeError, ValueError):  # (no signal handlers in this loop or thread)
            pass
        if hasattr(select, "poll") and sys.platform != "darwin":  # (macOS poll() reports POLLNVAL for every tty)
            poll = select.poll()
            poll.register(0, 0)  # no events asked for: a hang-up or an error is always reported
            gone = select.POLLHUP | select.POLLERR
            self.set_interval(
                1.0, lambda: self._terminal_gone() if any(ev & gone for _, ev in poll.poll(0)) else None, name="terminal watch"
            )

    def _terminal_gone(self) -> None:
        """Save where the reader was, then close the database and end the process from a thread of its own:
        Textual's own shutdown writes to the terminal, and on a hung-up terminal its output thread dies and
        the exit waits for it forever; a worker could be cancelled half-way by that shutdown."""
        if self._hung_up:
            return
        self._hung_up = True
        reader = self.reader
        client = reader.client if reader is not None else None
        if client is not None:
            try:
                reader.annotator.save_positions()  # (queued on the store thread, before its close)
            except Exception:  # noqa: BLE001 - nothing must stop the close below
                pass
        threading.Thread(target=self._close_and_end, args=(client,), name="presslens-hang-up", daemon=True).start()

    def _close_and_end(self, client) -> None:
        """Close the database once (through the store thread when there is one, waiting for it even when a
        quit already began closing it: one writer at a time), then end the process."""
        try:
            if client is not None:
                client.close()
            elif self.store is not None:
                self.store.close()
        except Exception:  # noqa: BLE001 - the journal holds every saved change; the next open rewrites the file
            pass
        finally:
            os._exit(129)  # (128 + SIGHUP, as a shell reports a hung-up job)

    def read_only_note(self) -> str:
        """The database is read-only, and why, in one short line (the status line, a refused change)."""
        why = self.options.read_only_why
        return f"read-only database, {why}" if why else "read-only database"

    @property
    def reader(self) -> ReaderScreen | None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    # ---------------------------------------------------------------- discoverability

    def binding_rows(self) -> list[tuple[str, str, str, object, str]]:
        """(group, keys, description, namespace, action) for every binding the reader answers."""
        from textual.binding import BindingsMap

        reader = self.reader
        sources: list[tuple[str, object, type]] = [
            ("Moving in an article", reader.active_view if reader else None, ArticleView),
            ("Columns and search", reader, ReaderScreen),
            *([("Adjudication", reader, type(reader))] if reader is not None and type(reader) is not ReaderScreen else []),
            ("App", self, PresslensApp),
        ]
        rows = []
        keymap = current_keymap(self)
        # a screen made from the reader (adjudication) answers some of its keys otherwise: listed once, as it does
        overridden = {key for key, _ in BindingsMap(type(reader).BINDINGS)} if reader is not None and type(reader) is not ReaderScreen else set()
        for group, node, cls in sources:
            bindings = BindingsMap(cls.BINDINGS)
            if keymap:
                bindings.apply_keymap(keymap)
            by_action: dict[str, list[str]] = {}
            described: dict[str, str] = {}
            for key, binding in bindings:
                if cls is ReaderScreen and key in overridden:
                    continue
                by_action.setdefault(binding.action, []).append(self.get_key_display(binding))
                described[binding.action] = binding.description
            for action, keys in by_action.items():
                rows.append((group, ", ".join(dict.fromkeys(keys)), described[action], node, action))
        palette = self.get_key_display(Binding(self.COMMAND_PALETTE_BINDING, "command_palette"))
        rows.append(("App", palette, "Command palette: every action by name", self, "command_palette"))
        return self._digit_families(rows)

    def _digit_families(self, rows: list[tuple[str, str, str, object, str]]) -> list[tuple[str, str, str, object, str]]:
        """One row for the nine bindings ``name(1)`` … ``name(9)`` of a group: ``Alt+1-9  Go to article 1-9``,
        ``1-9  Apply codebook tag 1-9 (verified, disputed, …)``.  Keys that do not follow the digit
        (remapped ones) are listed as they are."""
        import re

        families: dict[tuple[str, str], list[int]] = {}
        for i, (group, _, _, _, action) in enumerate(rows):
            if (found := re.fullmatch(r"(\w+)\(([1-9])\)", action)) is not None:
                families.setdefault((group, found[1]), []).append(i)
        drop: set[int] = set()
        for (group, name), members in families.items():
            if len(members) != 9:
                continue
            first = rows[members[0]]
            keys = _family_keys([rows[i][1].split(", ") for i in members])
            description = re.sub(r"\b1$", "1-9", first[2])
            if name == "number" and (reader := self.reader) is not None:
                description += _tag_names(reader.annotator.codebook.tag_names)
            rows[members[0]] = (group, keys, description, first[3], first[4])
            drop.update(members[1:])
        return [row for i, row in enumerate(rows) if i not in drop]

    def get_key_display(self, binding: Binding) -> str:
        """How a key is spelt in the footer, the help and the command palette: one way, as the
        README writes it (``Ctrl+R``, ``Shift+Tab``, ``Esc``, ``PgDn``, ``F5``), not Textual's
        mix of ``^r``, ``ctrl+p`` and ``esc``."""
        return binding.key_display or key_name(binding.key)

    def help_contents(self) -> tuple[list[tuple[str, str, str]], str]:
        """What the help screen shows: (group, keys, description) rows, the open articles last
        (number, short label and file: the one place the reader names their files), and the
        database in use."""
        from annotations.core.files import shown_path
        from annotations.core.model import article_label

        rows = [(group, keys, description) for group, keys, description, _, _ in self.binding_rows()]
        reader = self.reader
        documents = list(getattr(reader, "documents", None) or ()) if reader is not None else []
        for i, doc in enumerate(documents):  # its label, then its file under it
            rows += [(HELP_ARTICLES, str(i + 1), article_label(doc)), (HELP_ARTICLES, "", shown_path(doc.path) if doc.path else "(no file)")]
        store = reader.client.store if reader is not None and reader.client is not None else None
        where = f"database: {shown_path(str(store.path))}{' (read-only)' if store.read_only else ''}" if store is not None and store.path else "no database"
        if documents:
            where += " · open articles and their files: at the end"
        return rows, where

    def help_dialog(self) -> Screen:
        from tui.screens import HelpScreen

        return HelpScreen(*self.help_contents())

    def action_help(self) -> None:
        from tui.screens import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        contents = self.help_contents()
        self.push_screen(self.kept_dialog("help", self.help_dialog, lambda help: help.reuse(*contents)))

    # ---------------------------------------------------------------- dialogs kept between uses

    def kept_dialog(self, key: str, make: Callable[[], Screen], reuse: Callable[[Screen], None] | None = None) -> str:
        """The name of the app's one dialog ``key``, for ``push_screen``: made by ``make`` and
        installed on first use, shown again after (``reuse`` gives it what to show this time).

        A dialog made anew was composed, mounted, styled and laid out on every key that opened
        it, and removed (its widgets unmounted) when it closed: most of the time help, the column
        chooser and the export dialog took to open and to close at any number of annotations.
        A kept dialog is built once; closing it only hides it.
        """
        name = _kept_name(key)
        if not self.is_screen_installed(name):
            self.install_screen(make(), name=name)
        elif reuse is not None:
            reuse(self.get_screen(name))
        return name

    def kept(self, key: str) -> Screen | None:
        """The kept dialog ``key`` if it was made (:meth:`kept_dialog`)."""
        name = _kept_name(key)
        return self.get_screen(name) if self.is_screen_installed(name) else None

    def show_once(self, screen: Screen, callback: Callable[[Any], None] | None = None) -> None:
        """Show a screen made for this one showing (a panel, the compare screen, a picker).

        Textual removes a popped screen that is not installed on the key that closes it: its
        widgets are pruned and the screen under it is laid out again before it is repainted
        (45-57 ms on Esc from a panel, with 0 or 100,000 annotations).  Installed under a name of
        its own, closing it only hides it: the screen under it is repainted at once, and the
        closed screen is removed a moment later, while the reader is idle (:meth:`_discard_closed`).
        """
        name = f"presslens-once-{id(screen)}"
        self.install_screen(screen, name)
        self._once.add(name)
        self.push_screen(name, callback)

    def _screens_changed(self, _screen: Screen) -> None:
        if self._once:
            self.set_timer(0.2, self._discard_closed)

    def _discard_closed(self) -> None:
        """Remove the screens shown once (:meth:`show_once`) that are closed."""
        for name in list(self._once):
            if not self.is_screen_installed(name):  # the app is closing (it uninstalls every screen)
                self._once.discard(name)
                continue
            screen = self.get_screen(name)
            if any(screen in stack for stack in self._screen_stacks.values()):
                continue
            self._once.discard(name)
            self.uninstall_screen(name)
            if screen.is_attached:
                screen.remove()

    def prepare_dialogs(self, makers: dict[str, Callable[[], Screen]]) -> None:
        """Build the kept dialogs of ``makers`` not built yet while the reader is idle, so that even
        the first key opens one as fast as the next ones do.

        Each is pushed and popped at once inside one batch (nothing is drawn between: it is
        mounted behind the reader, never shown), one per refresh so that a key typed meanwhile
        waits for one dialog at most.  While another screen is on top, this waits.
        """
        pending = {key: make for key, make in makers.items() if self.kept(key) is None}
        stack = self.screen_stack
        if not pending or not stack or not self.is_running:  # all built, or the app is closing
            return
        if not isinstance(stack[-1], ReaderScreen):
            self.set_timer(0.5, lambda: self.prepare_dialogs(pending))
            return
        key = next(iter(pending))
        with self.batch_update():
            name = self.kept_dialog(key, pending.pop(key))
            self.push_screen(name)
            self.pop_screen()
        settle = getattr(self.get_screen(name), "settle", None)
        if settle is not None:
            self.call_after_refresh(settle)
        if pending:
            self.call_after_refresh(self.prepare_dialogs, pending)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for group, keys, description, node, action in self.binding_rows():
            if node is None or action in ("command_palette",):
                continue
            yield SystemCommand(description, f"{group} · {keys}", partial(self.run_action, action, node))


def _kept_name(key: str) -> str:
    """The installed name of the kept dialog ``key`` (:meth:`PresslensApp.kept_dialog`)."""
    return f"presslens-{key}"


#: The help screen's last group: the open articles (number, label, file), which are no keys.
HELP_ARTICLES = "Open articles"


def create_app(
    paths: Iterable[str] = (),
    *,
    documents: Sequence[Document] | None = None,
    options: AppOptions | None = None,
    store=None,
) -> PresslensApp:
    """Build the app from paths (or ready documents) and an open store (or None: no annotations).

    Load errors are shown in the app.
    """
    if documents is None:
        result: LoadResult = load_paths(paths)
        documents, errors = result.documents, result.errors
    else:
        errors = []
    return PresslensApp(documents, options=options, errors=errors, store=store)
