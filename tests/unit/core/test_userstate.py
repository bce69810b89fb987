"""The user state: the last project opened (annotations.core.userstate)."""

from __future__ import annotations

import json
import os

import pytest

from annotations.core.userstate import StateError, last_project, remember_project, state_path


def test_the_state_lives_in_the_xdg_state_folder(isolated_home, monkeypatch):
    assert state_path() == isolated_home / "state" / "presslens" / "state.json"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(isolated_home / "h"))
    assert state_path() == isolated_home / "h" / ".local" / "state" / "presslens" / "state.json"


def test_remembered_atomically_and_read_back(tmp_path):
    assert last_project() is None  # nothing remembered yet
    remember_project(tmp_path / "v1.json")
    assert last_project() == str(tmp_path / "v1.json")
    remember_project("relative.json")  # made absolute
    assert last_project() == os.path.abspath("relative.json")
    folder = state_path().parent
    assert sorted(os.listdir(folder)) == ["state.json"]  # no temporary file left
    assert json.loads(state_path().read_text()) == {"version": 1, "last_db": os.path.abspath("relative.json")}


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[1, 2]", "not a presslens state file"),
        (b'{"version": 2, "last_db": "/x.json"}', "not a presslens state file"),
        (b'{"version": 1, "last_db": 7}', "last_db is not an absolute path"),
        (b'{"version": 1, "last_db": "relative.json"}', "last_db is not an absolute path"),
        (b'{"version": 1, "last_db": "/tmp/x\\u001b]52;c;SGk=\\u0007.json"}', "last_db is not an absolute path"),
        (b'{"version": 1, "last_db": "/tmp/a\\nb.json"}', "last_db is not an absolute path"),
        (b"[" * 20_000, "not valid JSON (invalid JSON: nested too deeply)"),
        (b" " * 200_000, "too large (200 KB; the limit is 64 KB)"),
    ],
    ids=["not-json", "not-utf8", "a-list", "version-2", "not-a-string", "relative", "osc52", "newline", "deep", "large"],
)
def test_a_bad_state_file_is_one_line_naming_it(content, problem):
    path = state_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(StateError) as info:
        last_project()
    message = str(info.value)
    assert message.startswith(f"{path}: ") and problem in message
    assert "\n" not in message and "\x1b" not in message and "\x07" not in message


def test_a_state_file_that_is_not_a_file_is_refused_without_blocking(tmp_path):
    path = state_path()
    path.parent.mkdir(parents=True)
    os.mkfifo(path)  # a FIFO with no writer: opening it to read would block
    with pytest.raises(StateError) as info:
        last_project()
    assert "not a regular file (a FIFO)" in str(info.value)
    os.unlink(path)
    path.symlink_to("/dev/zero")
    with pytest.raises(StateError) as info:
        last_project()
    assert "not a regular file (a device)" in str(info.value)


def test_a_state_folder_that_cannot_be_written_is_a_state_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))  # a file where the folder should be
    with pytest.raises(StateError) as info:
        remember_project(tmp_path / "v1.json")
    assert str(info.value).startswith(f"{blocker}/presslens/state.json: cannot remember the last project")
