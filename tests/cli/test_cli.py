"""The command line through click's CliRunner, and the installed command for real."""

from __future__ import annotations

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


def test_open_without_paths_is_a_usage_error(runner):
    result = runner.invoke(main, ["open"])
    assert result.exit_code == 2
    assert "give at least one article" in result.output


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


def test_installed_command_opens_the_seeds_in_a_real_terminal(seed_paths):
    """Start `presslens open` on a pty, wait for the first paint, press q, expect exit 0."""
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.environ.update({"TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"})
        os.environ.pop("NO_COLOR", None)
        os.execv(presslens_command()[0], [*presslens_command(), "open", *seed_paths])
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    output = b""
    deadline = time.monotonic() + 30
    while b"Russia" not in output and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                output += os.read(fd, 65536)
            except OSError:
                break
    assert b"Russia" in output, output[-2000:]
    os.write(fd, b"q")
    deadline = time.monotonic() + 15
    status = None
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        try:
            if select.select([fd], [], [], 0.2)[0]:
                os.read(fd, 65536)
        except OSError:
            pass
    else:
        os.kill(pid, 9)
        pytest.fail("presslens did not quit on q")
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0
