"""Screenshots of the reader at fixed sizes (pytest-textual-snapshot).

Update after an intended visual change with: .venv/bin/python -m pytest tests/snapshots --snapshot-update
"""

from tests.conftest import SEEDS
from tui.app import AppOptions, create_app


def seeds_app():
    return create_app([str(SEEDS)], options=AppOptions(animation=False))


def test_seeds_80x24(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24))


def test_seeds_160x45(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(160, 45))


def test_seeds_80x24_after_search_and_moves(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["tab", "slash", *"Putin", "enter", "down", "w"])


def test_help_80x24(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["question_mark"])
