"""Coder layers and adjudication in the reader, by keyboard only, checked on the store afterwards."""

from __future__ import annotations

from annotations import actions
from annotations.core.documents import load_paths
from annotations.store.store import AnnotationStore
from tests.conftest import settle
from tui.adjudicate import CoderPicker


def stored(db_path) -> list[dict]:
    with AnnotationStore(db_path, read_only=True) as store:
        return [a.to_dict() for a in store.annotations()]


def _coded(db_path, path: str, codings: list[tuple[str, str, str]]):
    """Each (coder, words, tag): the coder's annotation on the first occurrence of the words."""
    doc = load_paths([path]).documents[0]
    spans = {}
    with AnnotationStore(db_path) as store:
        store.add_document(doc)
        for coder, words, tag in codings:
            start = doc.text.index(words)
            actions.toggle_tag(store, doc, start, start + len(words), tag, coder)
            spans[(coder, words)] = (start, start + len(words))
    return doc, spans


async def test_hiding_a_coder_hides_their_annotations_everywhere(make_app, seed_paths, db_path):
    doc, spans = _coded(db_path, seed_paths[0], [("bo", "Telegram", "actor"), ("cy", "WhatsApp", "actor")])
    before = {a["author"]: a for a in stored(db_path)}
    app = make_app(seed_paths, author="ada")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        reader = app.reader
        article = reader.articles[0]
        assert {a.author for a in article.human} == {"bo", "cy"}
        start, end = spans[("bo", "Telegram")]
        drawn = [h for h in article.view.highlights if h[0] < end and h[1] > start]
        await pilot.press("C")
        assert isinstance(app.screen, CoderPicker)
        await pilot.press("space")  # bo is listed first: hidden
        await pilot.press("escape")
        await settle(app, pilot)
        assert reader.hidden_authors == {"bo"}
        assert reader.message == "bo's annotations hidden (C)"
        assert {a.author for a in article.human} == {"cy"}
        article.view.move_to(start + 1)
        await pilot.pause()
        assert reader.annotator.annotation_at(0, start + 1) is None  # not found under the cursor
        assert "by bo" not in str(reader.query_one("#inspector").render())
        assert [s for s, _, _ in article.view._annotation_spans] == [spans[("cy", "WhatsApp")][0]]  # the gutter
        assert [h for h in article.view.highlights if h[0] < end and h[1] > start] != drawn  # not drawn
        assert "1 coder hidden" in reader.store_label
        await pilot.press("A")
        await settle(app, pilot)
        panel = app.screen
        assert [ann.author for _, ann in panel.items if ann.status == "human"] == ["cy"]
        await pilot.press("escape")
        # tagging here acts on what is visible (the entity), never on bo's annotation
        article.view.move_to(start + 1)
        await pilot.press("1")
        await settle(app, pilot)
        await pilot.press("C", "space", "escape")  # bo shown again
        await settle(app, pilot)
        assert reader.hidden_authors == frozenset()
        assert {a.author for a in article.human} == {"ada", "bo", "cy"}
        assert "hidden" not in reader.store_label
    after = stored(db_path)
    assert [a for a in after if a["author"] == "bo"] == [before["bo"]]
    (adas,) = [a for a in after if a["author"] == "ada"]
    assert adas["tags"] == ["verified"]


TEAM = [
    ("ana", "Russia", "actor"),  # ben did not code it
    ("ana", "Telegram", "actor"),
    ("ben", "Telegram", "source"),  # a disagreement
    ("ana", "WhatsApp", "actor"),
    ("ben", "WhatsApp", "actor"),  # agreed
]


def _gold(db_path) -> list[tuple[str, list[str]]]:
    return [(a["quote"], a["tags"]) for a in stored(db_path) if a["author"] == "gold"]


async def test_adjudication_accepts_a_coders_version_into_gold(make_app, seed_paths, db_path):
    from tui.adjudicate import AdjudicationScreen

    doc, _ = _coded(db_path, seed_paths[0], TEAM)
    coders = [a for a in stored(db_path)]
    app = make_app([seed_paths[0]], adjudicate="gold")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.reader
        assert isinstance(screen, AdjudicationScreen)
        assert screen.coders == ["ana", "ben"] and len(screen.articles) == 3
        assert [{a.author for a in article.human} for article in screen.articles] == [{"ana"}, {"ben"}, set()]
        assert [d.quote for d in screen.found] == ["Russia", "Telegram"]
        await pilot.press("J")  # from the top: the next disagreement after the cursor
        assert all(article.view.cursor == doc.text.index("Telegram") for article in screen.articles)
        assert "disagreement 2/2" in screen.message and "ben: source" in screen.message
        await pilot.press("tab", "a")  # ben's version
        await settle(app, pilot)
        assert _gold(db_path) == [("Telegram", ["source"])]
        assert [a.tags for a in screen.articles[2].human] == [["source"]]  # the gold column shows it
        await pilot.press("shift+tab", "a")  # ana's replaces it
        await settle(app, pilot)
        assert _gold(db_path) == [("Telegram", ["actor"])]
        assert "replacing source" in screen.message
        await pilot.press("u")  # undone: ben's again
        await settle(app, pilot)
        assert _gold(db_path) == [("Telegram", ["source"])]
        await pilot.press("tab", "tab", "a")  # the gold column: nothing to accept there
        await settle(app, pilot)
        assert "coder's column" in screen.message
    assert _gold(db_path) == [("Telegram", ["source"])]  # stored
    assert [a for a in stored(db_path) if a["author"] != "gold"] == coders  # the coders' never change


async def test_adjudication_accepts_everything_the_coders_agree_on(make_app, seed_paths, db_path):
    from tui.adjudicate import DisagreementsPanel

    doc, _ = _coded(db_path, seed_paths[0], TEAM)
    app = make_app([seed_paths[0]], adjudicate="gold")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.reader
        await pilot.press("plus")
        await settle(app, pilot)
        assert _gold(db_path) == [("WhatsApp", ["actor"])]
        assert "1 span ana, ben all agree on added to gold" in screen.message
        await pilot.press("plus")  # again: nothing new
        await settle(app, pilot)
        assert _gold(db_path) == [("WhatsApp", ["actor"])] and "0 spans" in screen.message
        await pilot.press("d")
        await settle(app, pilot)
        panel = app.screen
        assert isinstance(panel, DisagreementsPanel)
        assert [d.quote for d in panel.filtered] == ["Russia", "Telegram"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert all(article.view.cursor == doc.text.index("Telegram") for article in screen.articles)
        await pilot.press("u")  # the agreed spans go in one step
        await settle(app, pilot)
        assert _gold(db_path) == []
        await pilot.press("U")
        await settle(app, pilot)
    assert _gold(db_path) == [("WhatsApp", ["actor"])]


async def test_adjudication_keys_are_in_the_help(make_app, seed_paths, db_path):
    _coded(db_path, seed_paths[0], TEAM)
    app = make_app([seed_paths[0]], adjudicate="gold")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        rows = {(group, keys): description for group, keys, description, _, _ in app.binding_rows()}
        assert rows[("Adjudication", "a")] and rows[("Adjudication", "d")] and rows[("Adjudication", "J")]
        assert ("Columns and search", "a") not in rows  # the reader's a (accept a suggestion) is not listed here


def test_open_adjudicate_wants_one_article(seed_paths, db_path):
    from click.testing import CliRunner

    from tui.cli import main

    result = CliRunner().invoke(main, ["open", "--adjudicate", "--db", str(db_path), *seed_paths[:2]])
    assert result.exit_code == 2
    assert "--adjudicate opens one article" in result.output and "2 articles given" in result.output


def test_a_hidden_coder_stays_out_of_the_lists_through_deltas():
    """Columns that hide a coder (C) or show one alone (adjudication) are patched per change as a
    reload with the same layers would leave them."""
    import random

    from annotations.core.documents import make_document
    from tui.reader import ArticleState

    rng = random.Random(5)
    doc = make_document("word " * 300, "/t/layers.txt")
    store = AnnotationStore(None)
    layers = [(frozenset({"x"}), None), (frozenset(), "y"), (frozenset({"y"}), "y")]
    columns = [ArticleState(0, doc, column=None) for _ in layers]
    for column, (hidden, only) in zip(columns, layers):
        column.set_layers(hidden, only)
    for step in range(150):
        start = rng.randrange(0, 1400)
        end = start + rng.choice([1, 4, 30])
        with store.recording() as log:
            roll = rng.random()
            if roll < 0.5:
                actions.toggle_tag(store, doc, start, end, rng.choice("ab"), rng.choice(["x", "y", "z"]))
            elif roll < 0.6:
                actions.reject_suggestion(store, doc, start, end, "ORG", rng.choice(["x", "y"]), "builtin 0.1")
            elif roll < 0.75 and store.annotations(doc.id):
                store.delete(rng.choice(store.annotations(doc.id)).id)
            else:
                store.undo()
        delta = store.changes(log).get(doc.id)
        if delta is None:
            continue
        for column, (hidden, only) in zip(columns, layers):
            column.apply_delta(delta.current, delta.removed)
            fresh = ArticleState(0, doc, column=None, hidden_authors=hidden, only_author=only)
            fresh.set_annotations(store.annotations(doc.id))
            assert [a.id for a in column.human] == [a.id for a in fresh.human], f"step {step}"
            assert [a.id for a in column.rejected] == [a.id for a in fresh.rejected]
            assert (column._starts, column._reach) == (fresh._starts, fresh._reach)
            assert all(column.shows(a) for a in column.human)
    assert {a.author for a in columns[0].human} <= {"y", "z"} and {a.author for a in columns[1].human} == {"y"}
    assert columns[2].human == []


async def test_coder_names_from_data_never_reach_the_terminal(hostile_db):
    """The coder picker, the adjudication columns' headers and its disagreements panel show a
    hostile author's name escaped."""
    from tests.conftest import leaked
    from tests.tui.test_sanitised_screens import terminal_output
    from tui.app import AppOptions, create_app

    db, article = hostile_db
    seen = {}
    app = create_app([article], store=AnnotationStore(db), options=AppOptions(animation=False, author="me"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("C")
        seen["coder picker"] = terminal_output(app)
    hostile = next(iter({a["author"] for a in stored(db)}))
    app = create_app([article], store=AnnotationStore(db),
                     options=AppOptions(animation=False, adjudicate="gold", coders=[hostile, "bo"]))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("J")
        seen["adjudication"] = terminal_output(app)
        await pilot.press("d")
        await settle(app, pilot)
        seen["disagreements"] = terminal_output(app)
    assert {name: leaked(out) for name, out in seen.items() if leaked(out)} == {}
    assert all("\\x1b]52" in out for out in seen.values())  # shown escaped
