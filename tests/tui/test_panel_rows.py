"""The annotations panel reads the reader's lists through Rows: the same rows, nothing copied."""

from __future__ import annotations

import random

from tui.screens import Rows


def test_rows_slices_and_indexes_like_the_concatenated_list():
    rng = random.Random(5)
    parts = [(i % 3 - 1, [f"a{i}-{k}" for k in range(rng.choice([0, 1, 3, 17]))]) for i in range(12)]
    flat = [(index, item) for index, items in parts for item in items]
    rows = Rows(parts)
    assert len(rows) == len(flat)
    for _ in range(300):
        a, b = sorted(rng.randrange(-5, len(flat) + 5) for _ in range(2))
        assert rows[a:b] == flat[a:b]
    assert [rows[i] for i in range(len(flat))] == flat
    assert rows[-1] == flat[-1] and list(rows) == flat
