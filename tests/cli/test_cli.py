"""The command line through click's CliRunner, and the installed command for real."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotations import __version__
from tui.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def no_tui(monkeypatch):
    """Record app runs instead of taking over the terminal."""
    runs = []

    def fake_run(self, **kwargs):
        runs.append((self, kwargs))
        return 0

    monkeypatch.setattr("tui.app.PresslensApp.run", fake_run)
    return runs


def test_help_and_version(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "open" in result.output
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_open_without_paths_and_without_a_database_is_a_usage_error(runner):
    result = runner.invoke(main, ["open"])
    assert result.exit_code == 2
    assert "give at least one article" in result.output and "the default database" in result.output


def test_open_without_paths_reopens_the_last_databases_articles_and_says_which(runner, no_tui, seed_paths):
    from annotations.core.documents import load_paths
    from annotations.store.store import AnnotationStore, default_db_path

    with AnnotationStore(default_db_path()) as store:  # as the reader leaves it after reading the seeds
        for doc in load_paths(seed_paths).documents:
            store.add_document(doc)
    result = runner.invoke(main, ["open"])
    assert result.exit_code == 0, result.output
    (app, _), = no_tui
    assert sorted(d.path for d in app.documents) == sorted(seed_paths)
    assert "reopened 2 articles from" in result.output and "(the default database)" in result.output
    assert app.options.note.startswith("reopened 2 articles")


def _as_the_reader_leaves_it(db, paths) -> None:
    """The articles stored in the database, as the reader stores them (no_tui runs no reader)."""
    from annotations.core.documents import load_paths
    from annotations.store.store import AnnotationStore

    with AnnotationStore(db) as store:
        for doc in load_paths(paths).documents:
            store.add_document(doc)


def test_open_alone_reopens_the_last_project_whatever_database_it_used(runner, no_tui, seed_paths, tmp_path):
    """Issue 11: after working with --db v1.json, `presslens open` alone reopens v1.json (not an error)."""
    v1 = tmp_path / "v1.json"
    result = runner.invoke(main, ["open", "--db", str(v1), *seed_paths])
    assert result.exit_code == 0, result.output
    _as_the_reader_leaves_it(v1, seed_paths)
    result = runner.invoke(main, ["open"])
    assert result.exit_code == 0, result.output
    app = no_tui[-1][0]
    assert app.store.path == v1 and sorted(d.path for d in app.documents) == sorted(seed_paths)
    assert result.stderr == f"presslens: reopened 2 articles from {v1} (the last project you opened)\n"
    assert app.options.note == f"reopened 2 articles from {v1} (the last project you opened)"
    # --db and $PRESSLENS_DB still choose; the last project is then the one they chose
    other = tmp_path / "other.json"
    assert runner.invoke(main, ["open", "--db", str(other), seed_paths[0]]).exit_code == 0
    _as_the_reader_leaves_it(other, seed_paths[:1])
    assert runner.invoke(main, ["open"]).exit_code == 0 and no_tui[-1][0].store.path == other


def test_a_last_project_whose_database_is_gone_is_named_and_open_goes_on_without_it(runner, no_tui, seed_paths, tmp_path):
    v1 = tmp_path / "v1.json"
    assert runner.invoke(main, ["open", "--db", str(v1), *seed_paths]).exit_code == 0
    _as_the_reader_leaves_it(v1, seed_paths)
    v1.rename(tmp_path / "moved.json")
    result = runner.invoke(main, ["open"])  # and there is no default database either
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"presslens: {v1}: the database of the last project you opened is gone (deleted or moved)"
    assert "no articles given, and there is no database to reopen" in result.stderr
    assert "Traceback" not in result.output
    assert runner.invoke(main, ["open", *seed_paths]).exit_code == 0  # the default database now exists
    from annotations.store.store import default_db_path

    _as_the_reader_leaves_it(default_db_path(), seed_paths)
    (tmp_path / "moved.json").rename(v1)
    assert runner.invoke(main, ["open", "--db", str(v1)]).exit_code == 0
    v1.unlink()
    result = runner.invoke(main, ["open"])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"presslens: {v1}: the database of the last project you opened is gone (deleted or moved); "
        f"reopening {default_db_path()} (the default database) instead",
        f"presslens: reopened 2 articles from {default_db_path()} (the default database)",
    ]


@pytest.mark.parametrize("content", [b"{oops", b'{"version": 1, "last_db": "/tmp/x\\u001b]0;pwned\\u0007.json"}', b"\xff"])
def test_a_damaged_or_hostile_state_file_is_one_line_and_open_goes_on(runner, no_tui, seed_paths, content):
    from annotations.core.userstate import state_path
    from tests.conftest import leaked

    from annotations.store.store import default_db_path

    assert runner.invoke(main, ["open", *seed_paths]).exit_code == 0  # the default database, remembered
    _as_the_reader_leaves_it(default_db_path(), seed_paths)
    state_path().write_bytes(content)
    result = runner.invoke(main, ["open"])
    assert result.exit_code == 0, result.output
    first, second = result.stderr.splitlines()
    assert first.startswith(f"presslens: {state_path()}: ") and first.endswith("; ignoring it")
    assert second.startswith("presslens: reopened 2 articles from") and second.endswith("(the default database)")
    assert leaked(result.stderr) == [] and "Traceback" not in result.output
    assert runner.invoke(main, ["open"]).stderr.endswith("(the last project you opened)\n")  # written anew


def test_the_installed_command_reopens_the_last_project(seed_paths, tmp_path):
    """A real run: `open --db v1.json ARTICLES`, quit, then `open` alone reopens v1.json and says so."""
    env = {"XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data")}
    v1 = tmp_path / "v1.json"
    _, code = run_on_pty(["open", "--db", str(v1), *seed_paths], wait_for=b"Russia", keys=[b"j"], env=env)  # (a moment: the articles are stored)
    assert code == 0
    output, code = run_on_pty(["open"], wait_for=b"Russia", env=env)
    assert code == 0
    assert f"presslens: reopened 2 articles from {v1} (the last project you opened)".encode() in output


def test_open_runs_the_app_with_the_articles(runner, no_tui, seed_paths):
    result = runner.invoke(main, ["open", *seed_paths, "--no-mouse", "--no-animation"])
    assert result.exit_code == 0, result.output
    (app, kwargs), = no_tui
    assert len(app.documents) == 2
    assert kwargs == {"mouse": False}
    assert app.animation_level == "none"


def test_open_pauses_the_cycle_collector_only_while_it_runs(runner, monkeypatch, seed_paths, tmp_path):
    """Start-up runs without the cyclic GC (tui.cli.open_command); whatever happens, it comes back."""
    import gc

    seen = []
    monkeypatch.setattr("tui.app.PresslensApp.run", lambda self, **kw: seen.append(gc.isenabled()))
    assert runner.invoke(main, ["open", *seed_paths]).exit_code == 0
    assert seen == [False] and gc.isenabled()
    assert runner.invoke(main, ["open", str(tmp_path / "nope.txt")]).exit_code == 1
    assert gc.isenabled()


def test_animations_are_off_over_ssh(runner, no_tui, seed_paths, monkeypatch):
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")
    assert runner.invoke(main, ["open", *seed_paths]).exit_code == 0
    assert no_tui[0][0].animation_level == "none"


def test_bad_files_are_reported_and_good_ones_still_open(runner, no_tui, seed_paths, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe bad")
    result = runner.invoke(main, ["open", str(bad), *seed_paths, str(tmp_path / "nope.txt")])
    assert result.exit_code == 0
    assert f"{bad}: not valid UTF-8" in result.stderr
    assert "nope.txt: no such file" in result.stderr
    assert "Traceback" not in result.output
    assert len(no_tui[0][0].documents) == 2


def test_nothing_openable_exits_non_zero(runner, no_tui, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(main, ["open", str(empty), str(tmp_path)])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.stderr
    assert "no article could be opened" in result.stderr
    assert "Traceback" not in result.output
    assert no_tui == []


# ---------------------------------------------------------------- hostile files: one line each, the rest still opens


@pytest.fixture
def unreadable(tmp_path, monkeypatch) -> str:
    """A file that cannot be read (tests run as root, so chmod 000 would not do): access and open are denied."""
    path = tmp_path / "secret.txt"
    path.write_text("You may not read this.")
    shown = str(path)
    real_access, real_open = os.access, os.open

    def access(p, mode, *args, **kwargs):
        return False if os.fspath(p) == shown else real_access(p, mode, *args, **kwargs)

    def os_open(p, flags, *args, **kwargs):
        if os.fspath(p) == shown:
            raise PermissionError(13, "Permission denied", shown)
        return real_open(p, flags, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "open", os_open)
    return shown


def test_an_unreadable_file_is_one_line_and_the_others_still_open(runner, no_tui, seed_paths, unreadable):
    result = runner.invoke(main, ["open", unreadable, *seed_paths])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"presslens: {unreadable}: permission denied\n"
    assert len(no_tui[0][0].documents) == 2


@pytest.mark.parametrize("command", ["annotate", "analyze", "render", "import", "codebook"])
def test_an_unreadable_file_is_one_line_for_every_command(runner, no_tui, seed_paths, unreadable, tmp_path, command):
    db = str(tmp_path / "db.json")
    args = {
        "annotate": ["annotate", "--db", db, unreadable, "--start", "0", "--end", "3"],
        "analyze": ["analyze", unreadable],
        "render": ["render", unreadable],
        "import": ["import", "--db", db, unreadable],
        "codebook": ["open", "--codebook", unreadable, *seed_paths],
    }[command]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    assert f"presslens: {unreadable}: permission denied\n" in result.stderr
    assert "Usage:" not in result.output and "Traceback" not in result.output
    assert no_tui == []


def test_open_reports_fifos_devices_and_bad_jsonl_lines_and_opens_the_rest(runner, no_tui, seed_paths, fifo, tmp_path):
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text('{"text": "First record."}\n{oops\n{"text": "Second record."}\n')
    result = runner.invoke(main, ["open", fifo, "/dev/null", str(mixed), *seed_paths])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"presslens: {fifo}: not a regular file (a FIFO)",
        "presslens: /dev/null: not a regular file (a device)",
        f"presslens: {mixed}: line 2: invalid JSON (Expecting property name enclosed in double quotes); "
        "the other 2 articles opened",
    ]
    assert [d.text for d in no_tui[0][0].documents][:2] == ["First record.", "Second record."]
    assert len(no_tui[0][0].documents) == 4


def test_the_installed_command_never_blocks_on_a_fifo(tmp_path, seed_paths):
    """A real FIFO with no writer: opening it for reading would block forever; the timeout turns a hang into a failure."""
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    out = subprocess.run(
        [*presslens_command(), "analyze", str(fifo), "/dev/null", seed_paths[0], "--format", "json"],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert out.returncode == 1  # analyze: any file with an error
    assert out.stderr.splitlines() == [
        f"presslens: {fifo}: not a regular file (a FIFO)",
        "presslens: /dev/null: not a regular file (a device)",
    ]
    assert [d["path"] for d in json.loads(out.stdout)["documents"]] == [seed_paths[0]]


# ---------------------------------------------------------------- the installed command


def presslens_command() -> list[str]:
    exe = Path(sys.executable).parent / "presslens"
    found = str(exe) if exe.exists() else shutil.which("presslens")
    assert found, "the presslens console script is not installed"
    return [found]


def test_installed_command_version_and_module():
    out = subprocess.run([*presslens_command(), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and __version__ in out.stdout
    out = subprocess.run([sys.executable, "-m", "tui", "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "open" in out.stdout


def run_on_pty(args: list[str], *, wait_for: bytes, keys: list[bytes] = (), env: dict[str, str] | None = None):
    """Run the installed command on a real pty (100x30): wait for ``wait_for``, type ``keys``, then q.

    Returns (every byte the terminal received, exit code).
    """
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.environ.update({"TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30", **(env or {})})
        os.environ.pop("NO_COLOR", None)
        os.execv(presslens_command()[0], [*presslens_command(), *args])
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    output = b""

    def read_until(marker: bytes | None, seconds: float) -> None:
        nonlocal output
        deadline = time.monotonic() + seconds
        while (marker is None or marker not in output) and time.monotonic() < deadline:
            if select.select([fd], [], [], 0.2)[0]:
                try:
                    output += os.read(fd, 65536)
                except OSError:
                    return

    read_until(wait_for, 30)
    assert wait_for in output, output[-2000:]
    for key in keys:
        os.write(fd, key)
        read_until(None, 1.0)
    os.write(fd, b"q")
    deadline = time.monotonic() + 15
    status = None
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        read_until(None, 0.2)
    else:
        os.kill(pid, 9)
        pytest.fail("presslens did not quit on q")
    os.close(fd)
    return output, os.waitstatus_to_exitcode(status)


def _hang_up_and_wait(argv: list[str], db: Path) -> tuple[bool, bool]:
    """Run ``argv`` on a pty that is its controlling terminal, wait for the first paint, close the terminal
    (what an SSH drop or a killed tmux pane does), and say (whether every process quit within 15 s, whether
    the database lock is free)."""
    import fcntl
    import struct
    import termios

    pid, fd = pty.fork()
    if pid == 0:  # child
        os.environ.update({"TERM": "xterm-256color"})
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    output = b""
    deadline = time.monotonic() + 30
    while b"Russia" not in output and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            output += os.read(fd, 65536)
    assert b"Russia" in output, output[-2000:]
    os.close(fd)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG)[0]:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        subprocess.run(["pkill", "-9", "-f", str(db)], check=False)
        return False, False
    lock = db.with_name(db.name + ".lock")
    if not lock.exists():
        return True, True
    with open(lock, "a+") as handle:  # free when we can take it ourselves
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True, False
    return True, True


def test_a_hung_up_terminal_quits_the_reader_and_frees_the_database(tmp_path, seed_paths):
    """The terminal goes away under the reader: by SIGHUP when presslens leads the session, and by the
    terminal's hang-up alone when a parent holds the session and passes no signal on (``make run``: make
    waits for us, so the kernel never sends the foreground job SIGHUP). Before, the second case left
    presslens reading end-of-file in a busy loop, holding the database lock."""
    exe = presslens_command()[0]
    db = tmp_path / "direct.json"
    assert _hang_up_and_wait([exe, "open", "--db", str(db), *seed_paths], db) == (True, True)
    db = tmp_path / "held.json"
    script = 'trap "" HUP; "$0" "$@"; echo done'  # a session leader that ignores the hang-up and waits, as make does
    assert _hang_up_and_wait(["/bin/sh", "-c", script, exe, "open", "--db", str(db), *seed_paths], db) == (True, True)


def test_installed_command_opens_the_seeds_in_a_real_terminal(seed_paths):
    """Start `presslens open` on a pty, wait for the first paint, press q, expect exit 0."""
    _, code = run_on_pty(["open", *seed_paths], wait_for=b"Russia")
    assert code == 0


def test_a_real_terminal_receives_no_control_sequence_from_data(hostile_db, tmp_path):
    """A database, a file name and an author full of OSC 52 / OSC 0 / C1 / bidi: the raw bytes the
    terminal receives hold none of them, in the reader, the annotations panel and the help screen."""
    from tests.conftest import HOSTILE, leaked

    db, article = hostile_db
    missing = str(tmp_path / f"gone{HOSTILE}.txt")
    output, code = run_on_pty(
        ["open", "--db", str(db), "--author", "ok", article, missing],
        wait_for=b"second paragraph",
        keys=[b"A", b"\x1b", b"?", b"\x1b"],
    )
    assert code == 0
    text = output.decode("utf-8", errors="replace")
    # Textual itself ends its own OSC 22 (pointer shape) with a BEL: only data-borne BELs count.
    ours = text.replace("\x1b]22;default\x07", "")
    assert leaked(ours) == []
    assert "\\x1b]52" in text  # the file name is shown, escaped


def test_every_presslens_error_is_one_line_and_exit_1(runner, monkeypatch, seed_paths):
    """The CLI's one handler: a PresslensError from any command is `presslens: LINE`, never a traceback."""
    from annotations.core.errors import PresslensError
    import annotations.nlp.pipeline as pipeline

    def refuse(*args, **kwargs):
        raise PresslensError("somewhere.txt", "something the user can fix\x1b]0;t\x07")

    monkeypatch.setattr(pipeline, "analyse_set", refuse)
    result = runner.invoke(main, ["analyze", seed_paths[0]])
    assert result.exit_code == 1
    assert result.stderr == "presslens: somewhere.txt: something the user can fix\\x1b]0;t\\x07\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_open_on_a_database_in_use_opens_read_only_and_gives_the_reader_the_reason(runner, no_tui, seed_paths, tmp_path):
    from annotations.store.store import AnnotationStore

    db = tmp_path / "v1.json"
    with AnnotationStore(db):  # "another presslens" holds it (this process, through another lock)
        result = runner.invoke(main, ["open", "--db", str(db), *seed_paths])
    assert result.exit_code == 0, result.output
    (app, _), = no_tui
    why = f"in use by another presslens process (pid {os.getpid()})"
    assert app.options.read_only_why == why and app.store.read_only
    assert f"{db}: {why}; close it, or open this database read-only; opened read-only" in result.stderr


def test_the_installed_reader_shows_why_a_database_is_read_only_while_it_runs(seed_paths, tmp_path):
    """On a real terminal: the reason is on screen in the app (status line and toast), not only after quitting."""
    from annotations.store.store import AnnotationStore

    db = tmp_path / "v1.json"
    with AnnotationStore(db):
        output, code = run_on_pty(["open", "--db", str(db), *seed_paths], wait_for=b"Opened read-only")
    assert code == 0
    in_app = output[output.index(b"\x1b[?1049h"):]  # what the app drew, after the line printed before it
    assert b"read-only database, in use by another presslens" in in_app  # the status line's first slot
    assert b"Opened read-only" in in_app  # the toast
