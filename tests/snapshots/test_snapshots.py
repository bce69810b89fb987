"""Screenshots of the reader at fixed sizes (pytest-textual-snapshot).

Update after an intended visual change with: .venv/bin/python -m pytest tests/snapshots --snapshot-update
"""

from tests.conftest import SEEDS, settle
from tui.app import AppOptions, create_app


async def highlighted(pilot):
    """Wait for the extraction worker so the highlights are in the picture."""
    await settle(pilot.app, pilot)


def steps(*groups):
    """A ``run_before`` that presses each group of keys and lets the app settle after it (saves written,
    workers done), in place of fixed waits that a loaded machine outruns."""

    async def run(pilot):
        await settle(pilot.app, pilot)
        for keys in groups:
            await pilot.press(*keys)
            await settle(pilot.app, pilot)
            for _ in range(1000):  # up to 10 s: a panel filters its rows in chunks, between idle steps
                if getattr(pilot.app.screen, "filter_done", True):
                    break
                await pilot.pause(0.01)
            await pilot.pause()

    return run


def seeds_app(tmp_path=None):
    store = None
    if tmp_path is not None:
        from annotations.store.store import AnnotationStore

        store = AnnotationStore(tmp_path / "snap.json")
    return create_app([str(SEEDS)], options=AppOptions(animation=False, author="tester"), store=store)


def test_seeds_80x24(snap_compare, tmp_path):
    assert snap_compare(seeds_app(tmp_path), terminal_size=(80, 24), run_before=highlighted)


def test_seeds_160x45(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(160, 45), run_before=highlighted)


def test_seeds_80x24_after_search_and_moves(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["tab", "slash", *"Putin", "enter", "down", "w"], run_before=highlighted)


def test_help_80x24(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["question_mark"], run_before=highlighted)


def test_entity_panel_80x24(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["p"], run_before=highlighted)


def test_no_color_80x24(snap_compare, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["e", "e"], run_before=highlighted)


def test_annotated_80x24(snap_compare, tmp_path):
    """A tagged selection, a comment and the inspector on it."""
    keys = ["down", "down", "w", "v", "w", "w", "1", "m", *"Checked.", "ctrl+s"]
    assert snap_compare(seeds_app(tmp_path), terminal_size=(80, 24), run_before=steps(keys))


def test_tag_picker_80x24(snap_compare, tmp_path):
    """The tag picker over the reader, filtered (the picker the reader builds once and reuses)."""
    keys = ["down", "down", "w", "t", *"dis"]
    assert snap_compare(seeds_app(tmp_path), terminal_size=(80, 24), press=keys, run_before=highlighted)


def test_comment_editor_80x24(snap_compare, tmp_path):
    """The comment editor over the reader, opened a second time (the reused one) on the same span:
    the saved comment, the cursor at its end."""
    # (each dialog is opened in a group of its own: the picture is of the settled editor, whatever the
    # order in which a loaded machine runs its opening and the keys typed ahead, which other tests cover)
    keys = (["down", "down", "w", "m"], [*"First.", "ctrl+s"], ["m"], [*"Second"])
    assert snap_compare(seeds_app(tmp_path), terminal_size=(80, 24), run_before=steps(*keys))


def test_search_prompt_80x24(snap_compare):
    """The search prompt while typing: above the status line, not under the footer."""
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["slash", *"Putin"], run_before=highlighted)


def nine_articles_app(tmp_path):
    from annotations.store.store import AnnotationStore
    from tests.tui.test_reader_at_80x24 import nine_articles

    def write(name, content):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        return str(path)

    store = AnnotationStore(tmp_path / "snap.json")
    return create_app(nine_articles(write), options=AppOptions(animation=False, author="tester"), store=store)


def test_entity_panel_nine_articles_80x24(snap_compare, tmp_path):
    """Every article's count on screen; the detail line names the articles of the highlighted row."""
    assert snap_compare(nine_articles_app(tmp_path), terminal_size=(80, 24), press=["p", "down"], run_before=highlighted)


def test_annotations_panel_80x24(snap_compare, tmp_path):
    """Every column on screen at 80 columns; the detail line has the whole quote and comment."""
    keys = (["v", "w", "w", "w", "w", "m", *"A long comment that a narrow table has to cut short", "ctrl+s"], ["A"])
    assert snap_compare(nine_articles_app(tmp_path), terminal_size=(80, 24), run_before=steps(*keys))


def test_adjudication_80x24(snap_compare, tmp_path):
    """Two coders and gold side by side at 80 columns; J shows the first disagreement after the
    cursor and a accepts ben's version into gold."""
    from annotations import actions
    from annotations.core.documents import load_paths
    from annotations.store.store import AnnotationStore

    path = str(sorted(SEEDS.glob("*.txt"))[0])
    doc = load_paths([path]).documents[0]
    with AnnotationStore(tmp_path / "team.json") as store:
        store.add_document(doc)
        for coder, words, tag in [("ana", "Telegram", "actor"), ("ben", "Telegram", "source"), ("ana", "WhatsApp", "actor"),
                                  ("ben", "WhatsApp", "actor"), ("ben", "digital development ministry", "source")]:
            start = doc.text.index(words)
            actions.toggle_tag(store, doc, start, start + len(words), tag, coder)
    store = AnnotationStore(tmp_path / "team.json")
    app = create_app([path], options=AppOptions(animation=False, author="tester", adjudicate="gold"), store=store)
    assert snap_compare(app, terminal_size=(80, 24), run_before=steps(["J", "tab", "a"]))


async def compare_open(pilot):
    """Highlights and alignment in, then the compare screen built (a worker) and drawn."""
    await settle(pilot.app, pilot)
    await pilot.press("equals_sign")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_compare_screen_claims_80x24(snap_compare):
    """Every claim with its counterpart per article (= ≠ ~ and the score) and ★, the detail line and the tabs."""
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["down", "down", "down", "down"], run_before=compare_open)


def test_compare_screen_sources_80x24(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=(80, 24), press=["tab"], run_before=compare_open)


def emoji_app(tmp_path):
    """A seed next to an article whose title and text hold emoji clusters (ZWJ, VS16, skin tones)."""
    from annotations.store.store import AnnotationStore
    from tests.tui.test_article_labels import EMOJI_ARTICLE, SOURCE_ONLY

    paths = []
    for name, content in (("emoji.txt", EMOJI_ARTICLE), ("a3_sourceonly.txt", SOURCE_ONLY)):
        (tmp_path / name).write_text(content, encoding="utf-8")
        paths.append(str(tmp_path / name))
    seed = str(sorted(SEEDS.glob("*.txt"))[0])
    store = AnnotationStore(tmp_path / "snap.json")
    return create_app([seed, *paths], options=AppOptions(animation=False, author="tester"), store=store)


def test_emoji_titles_and_labels_column_chooser_80x24(snap_compare, tmp_path):
    """Issue 11: the headers name each article by its title, source or opening words; the emoji
    title drawn apart in its header and the chooser, every divider and border in its column."""
    assert snap_compare(emoji_app(tmp_path), terminal_size=(80, 24), press=["f5", "c"], run_before=highlighted)


def test_annotations_panel_rejected_80x24(snap_compare, tmp_path):
    """The annotations panel listing a rejection at 80 columns: the counter, the filter language, cut
    cells ending in …, and its keys (Ctrl+R takes a rejection back) on the border."""
    assert snap_compare(seeds_app(tmp_path), terminal_size=(80, 24), run_before=steps(["r"], ["A"], [*"rejected"]))


def test_read_only_opening_80x24(snap_compare, tmp_path, monkeypatch):
    """A database another presslens holds: the toast and the status line say why, in the app."""
    from annotations.store.store import AnnotationStore

    monkeypatch.chdir(tmp_path)  # the database named as given, the same in every run
    AnnotationStore("v1.json").close()
    store = AnnotationStore("v1.json", read_only=True)
    why = "in use by another presslens process (pid 4242)"
    app = create_app([str(SEEDS)], options=AppOptions(animation=False, author="tester", read_only_why=why), store=store)
    assert snap_compare(app, terminal_size=(80, 24), run_before=highlighted)
