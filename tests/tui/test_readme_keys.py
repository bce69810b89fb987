"""Issue 11: the README's key table and footer sentence say what the app's help and footer say."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import settle

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
SIZE = (80, 24)


def _keys_section() -> str:
    return README[README.index("## Keys") : README.index("In adjudication (")]


def _readme_table_keys() -> set[str]:
    keys: set[str] = set()
    for row in _keys_section().splitlines():
        if row.startswith("| `"):
            cell = row.split(" | ")[0]
            # "`1` … `9`" and "`Alt+1` … `Alt+9`": the digit families the help lists as 1-9 / Alt+1-9
            for prefix in re.findall(r"`([^`]*)1` … `\1?9`", cell):
                keys.update(f"{prefix}{n}" for n in range(1, 10))
            keys.update(re.findall(r"`([^`]+)`", cell))
    return keys


def _help_keys(rows) -> set[str]:
    keys: set[str] = set()
    from tui.app import HELP_ARTICLES

    for group, shown, _ in rows:
        if group == HELP_ARTICLES:
            continue  # the open articles' numbers, not keys
        for key in shown.split(", "):
            if key.endswith("1-9"):
                keys.update(f"{key[:-3]}{n}" for n in range(1, 10))
            else:
                keys.add(key)
    return keys


async def test_every_key_of_the_readme_table_is_the_apps_and_back(make_app, seed_paths):
    from textual.widgets import Footer

    app = make_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        rows = app.help_contents()[0]
        footer = app.reader.query_one(Footer)
        shown = {key.key_display for key in footer.query("FooterKey") if key.region.right <= SIZE[0] and key.region.width}
    help_keys = _help_keys(rows)
    readme = _readme_table_keys()
    assert readme - help_keys == set()  # the README names no key the app lacks
    assert help_keys - readme == set()  # and every key the help lists is in the README's table
    sentence = next(p for p in _keys_section().split("\n\n") if "The footer shows" in p)
    footer_keys = set(re.findall(r"`([^`]+)`", sentence[sentence.index("at 80 columns") : sentence.index("(where")]))
    assert footer_keys == shown
    descriptions = {d for _, _, d in rows}
    assert "Find" in descriptions and "`/` find" in sentence and "`=` compare" in sentence
