"""Shared fixtures: one factory builds the app on tmp_path; Pilot, snapshot and CLI tests share it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seed_paths() -> list[str]:
    return sorted(str(p) for p in SEEDS.glob("*.txt"))


#: "Harlow" is a place in the first article, an organisation in the others: harmonising a set relabels it.
HARLOW = (
    "Flooding hit homes in Harlow on Monday. Residents in Harlow said the council was slow.\n",
    "The mayor met Harlow officials. \"We are working hard,\" said Jane Harlow, a spokeswoman.\n",
    "Harlow Council said the repairs would take weeks. Harlow said it would pay.\n",
)


@pytest.fixture
def harlow_texts() -> tuple[str, ...]:
    return HARLOW


@pytest.fixture
def write_article(tmp_path: Path):
    """Write an article file under tmp_path and return its path as str."""

    def write(name: str, content: str | bytes) -> str:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    return write


def long_article(paragraphs: int = 60, words_per_paragraph: int = 80) -> str:
    """A long, deterministic article (about paragraphs x words_per_paragraph words)."""
    vocab = (
        "the ministry said on Wednesday that Telegram and WhatsApp calls were restricted "
        "because platforms failed to share data with law enforcement in fraud cases"
    ).split()
    paras = []
    for p in range(paragraphs):
        words = [vocab[(p * 7 + i) % len(vocab)] for i in range(words_per_paragraph)]
        words[0] = words[0].capitalize()
        paras.append(" ".join(words) + f". Paragraph {p + 1} ends here.")
    return "\n\n".join(paras)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's database, config or state."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("PRESSLENS_STATE", raising=False)
    monkeypatch.delenv("PRESSLENS_DB", raising=False)
    monkeypatch.delenv("PRESSLENS_CONFIG", raising=False)
    monkeypatch.delenv("SSH_CONNECTION", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    # A 256-colour terminal, whatever the one running the tests: in 16 colours the reader draws the
    # style's colour names as themselves (tui.app.terminal_theme), which snapshots would show.
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("COLORTERM", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "annotations.json"


@pytest.fixture
def make_app(db_path: Path):
    """Build the app exactly as the CLI does: from paths, with a store on tmp_path (``store=False``: none)."""
    from annotations.store.store import AnnotationStore
    from tui.app import AppOptions, create_app

    def make(paths, *, store=True, **options):
        options.setdefault("author", "tester")
        db = AnnotationStore(db_path) if store else None
        return create_app([str(p) for p in paths], options=AppOptions(animation=False, **options), store=db)

    return make


async def send_burst(pilot, keys) -> None:
    """Deliver keys all at once, as typed-ahead keys arrive over SSH, then let the app catch up.

    ``keys`` are Textual key names; single characters are typed as themselves.
    """
    from textual import events

    app = pilot.app
    for key in keys:
        char = key if len(key) == 1 else {"space": " ", "enter": "\r"}.get(key)
        event = events.Key(key, char)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def settle(app, pilot) -> None:
    """Let the background work (extraction) and every queued save finish: the one busy-wait helper."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    reader = app.reader

    def saved() -> bool:
        # the queue is empty and its last reply has reached the screen (the thread counts a job done
        # just before it posts the reply: "saving…" becomes "saved" a moment after the count drops)
        return reader is None or reader.client is None or (reader.client.pending == 0 and reader.save_state != "saving…")

    for _ in range(1000):  # up to 10 s on a loaded machine; done as soon as the queue is empty
        if saved():
            break
        await pilot.pause(0.01)
    assert saved(), "saves still queued, or their replies not shown, after 10 s"
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def without_spacy(monkeypatch):
    """Make ``import spacy`` fail, as on a machine without the spacy extra."""
    import builtins

    real_import = builtins.__import__

    def no_spacy(name, *args, **kwargs):
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError("No module named 'spacy'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_spacy)


#: What a hostile file, import or colleague's database may carry: clipboard write (OSC 52), window
#: title (OSC 0), an 8-bit CSI, a bidi override, DEL.  None of it may reach the terminal as itself.
HOSTILE = "\x1b]52;c;SGVsbG8=\x07\x1b]0;pwned\x1b\\\x9b31m\u202eevil\u202c\x7f"
HOSTILE_MARKERS = ("\x1b]52", "\x1b]0;", "\x07", "\x9b", "\u202e", "\u202c", "\x7f")


def leaked(output: str) -> list[str]:
    """The hostile sequences found in what was written to the terminal (empty: none)."""
    return [m for m in HOSTILE_MARKERS if m in output]


@pytest.fixture
def hostile_db(tmp_path: Path) -> tuple[Path, str]:
    """A database whose every field holds control sequences (written raw, as an old or foreign file could be).

    Returns (database path, article path); the article file exists with the stored text.
    """
    import json

    from annotations.core.documents import make_document
    from annotations.core.model import Annotation, Link

    article = tmp_path / f"story{HOSTILE[:8]}.txt"
    article.write_text("Officials said the talks would resume on Monday, the ministry said.\n\nA second paragraph.")
    doc = make_document(article.read_text(), str(article))
    record = {**doc.to_dict(), "title": "Title " + HOSTILE, "source": "Src " + HOSTILE, "abspath": str(article), "seq": 1}
    anns = []
    for i, (start, end) in enumerate([(0, 9), (19, 24)]):
        ann = Annotation.for_span(doc, start, end, id=f"ann-{i}", tags=["tag" + HOSTILE], comment="note " + HOSTILE,
                                  author="author" + HOSTILE)
        anns.append(ann)
    anns[0].links.append(Link("ann-1", "rel" + HOSTILE, doc.id))
    tables = {
        "_meta": {"1": {"app": "presslens", "schema_version": 1}},
        "documents": {"1": record},
        "annotations": {str(i + 1): a.to_dict() for i, a in enumerate(anns)},
    }
    db = tmp_path / "hostile.json"
    db.write_text(json.dumps(tables))
    return db, str(article)

@pytest.fixture
def fifo(tmp_path: Path):
    """A FIFO named like an article.

    A writer thread waits on it, so code that (wrongly) opens it for a blocking
    read gets end-of-file instead of hanging the test run; teardown releases the
    writer when nobody opened it.
    """
    import os
    import threading

    path = tmp_path / "fifo.txt"
    os.mkfifo(path)

    def writer() -> None:
        with open(path, "wb"):
            pass

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    yield str(path)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # lets a still-waiting writer's open return
    thread.join()
    os.close(fd)


@pytest.fixture(autouse=True)
def _messages_last_through_a_loaded_machine(request, monkeypatch):
    """In the tests that drive the app, a status message's moment (6 s) outlasts the waits of a test on a loaded
    machine: a test that asserts on a message after ``settle`` sees it (under ``.ci/run`` one did not). The tests of
    its expiry set their own. Other tests do not load the interface for it."""
    if request.path.parent.name not in ("tui", "snapshots"):
        return
    import tui.reader

    monkeypatch.setattr(tui.reader, "FEEDBACK_SECONDS", 600.0)
