"""One sanitising boundary: nothing from data reaches a terminal or a page as a control sequence (issue 9, point 2).

Random control, DEL, C1 and bidi characters are driven through every field a
document or an annotation has, into every output that shows them: the HTML
export, the ANSI rendering, the JSON exports (escaped, same value) and the CLI
tables and messages.  None may survive.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.exchange import export as ex
from annotations.render.highlight import render
from annotations.core.model import Annotation, Document, Link
from annotations.review.stats import format_documents, format_stats, list_documents, summarize
from annotations.store.store import AnnotationStore
from annotations.core.text import UNSAFE_RE, check_field, display, is_safe, json_safe, line

UNSAFE_CHARS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0),
                                 *range(0x202A, 0x202F), *range(0x2066, 0x206A))]
PAYLOADS = ["\x1b]52;c;SGVsbG8=\x07", "\x1b]0;pwned\x1b\\", "\x9b31m", "\u202eevil\u202c", "\x7f", "\x1b[2J"]

unsafe = st.sampled_from(UNSAFE_CHARS)
hostile = st.lists(st.one_of(st.sampled_from(PAYLOADS), unsafe, st.text(max_size=3)), min_size=1, max_size=6).map("".join)


def test_every_unsafe_character_is_known():
    assert all(UNSAFE_RE.match(c) for c in UNSAFE_CHARS)
    assert is_safe("line\nnext\ttab, “quotes”, عربى, 中文")


@given(st.text(st.one_of(unsafe, st.characters(exclude_categories=("Cs",)))))
def test_display_keeps_offsets_and_leaves_nothing_unsafe(text):
    shown = display(text)
    assert len(shown) == len(text) and is_safe(shown)
    assert [c for c in shown if c in "\n\t"] == [c for c in text if c in "\n\t"]


@given(hostile)
def test_line_is_one_safe_line_and_shows_that_something_was_there(text):
    shown = line(text)
    assert is_safe(shown) and "\n" not in shown and "\t" not in shown
    if any(c in text for c in UNSAFE_CHARS):
        assert "\\x" in shown or "\\u" in shown or "\\r" in shown


@given(st.dictionaries(st.text(max_size=3), hostile, max_size=3))
def test_json_safe_keeps_the_value(obj):
    raw = json.dumps(obj, ensure_ascii=False)
    assert is_safe(json_safe(raw)) and json.loads(json_safe(raw)) == obj


def test_check_field_refuses_controls_and_allows_newlines_in_comments():
    check_field("the comment", "two\nlines\twith tab", multiline=True)
    with pytest.raises(ValueError, match=r"U\+001B\) at position 3"):
        check_field("a tag", "abc\x1b]0;x")
    with pytest.raises(ValueError, match=r"U\+000A"):
        check_field("a tag", "two\nlines")
    with pytest.raises(ValueError, match=r"U\+202E"):
        check_field("the comment", "a\u202eb", multiline=True)


def _hostile_corpus(draw_text):
    """Documents and annotations with hostile text in every field (as a colleague's database could hold)."""
    text = "Officials said the talks " + draw_text() + " would resume. " + draw_text() + " Another sentence here."
    doc = Document(
        "d" * 64, path="/tmp/" + draw_text() + ".txt", text=text, title=draw_text(), source=draw_text(),
        url="http://x/" + draw_text(), date=draw_text(), meta={"author": draw_text(), draw_text(): draw_text()},
    )
    anns = []
    for i, (start, end) in enumerate([(0, 9), (10, 14), (5, 30)]):
        anns.append(Annotation(
            id=f"a{i}", doc_id=doc.id, start=start, end=end, quote=text[start:end], prefix=text[:start][-32:],
            suffix=text[end:][:32], tags=[draw_text(), draw_text()], comment=draw_text() + "\n" + draw_text(),
            author=draw_text(), label=draw_text() if i == 1 else None, status=("human", "suggested", "rejected")[i],
            generator={"name": draw_text(), "version": draw_text()} if i == 1 else None,
            created="2025-01-01T00:00:00.000Z", modified="2025-01-01T00:00:00.000Z",
        ))
    anns[0].links.append(Link("a1", draw_text(), doc.id))
    return [doc], anns


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_no_control_character_survives_into_any_shown_output(data):
    docs, anns = _hostile_corpus(lambda: data.draw(hostile))
    page = ex.export_html(docs, anns)
    assert is_safe(page), "html export"
    ansi = render(docs[0], None, anns, fmt="ansi")
    assert not UNSAFE_RE.search(re.sub(r"\x1b\[[0-9;]*m", "", ansi)), "ansi render"
    assert is_safe(render(docs[0], None, anns, fmt="html"))
    for fmt in ("json", "w3c", "jsonl", "csv"):
        out = _to_stdout(fmt, docs, anns, tty=True)
        assert is_safe(out), fmt
    for fmt in ("json", "w3c", "jsonl"):  # escaped whether or not standard output is a terminal
        assert is_safe(_to_stdout(fmt, docs, anns, tty=False)), fmt
    assert json.loads(ex.export_json(docs, anns, with_text=True))["documents"][0]["text"] == docs[0].text  # same value
    for table in (format_documents(list_documents(_StoreView(docs, anns))), format_stats(summarize(docs, anns))):
        assert is_safe(table.replace("\n", "")), "CLI table"


def _to_stdout(fmt, docs, anns, *, tty):
    """What ``export --out -`` writes to standard output (a terminal, or a pipe)."""
    import contextlib
    import io

    class Out(io.TextIOWrapper):
        def isatty(self):
            return tty

    out = Out(io.BytesIO(), encoding="utf-8", newline="")
    with contextlib.redirect_stdout(out):
        ex.write_export(fmt, docs, anns, "-")
    return out.buffer.getvalue().decode("utf-8")


class _StoreView:
    def __init__(self, docs, anns):
        self._docs, self._anns = docs, anns

    def documents(self):
        return self._docs

    def annotations(self, doc_id=None):
        return [a for a in self._anns if doc_id in (None, a.doc_id)]

    def orphans(self):
        return []


def test_the_store_refuses_hostile_fields():
    doc = Document("e" * 64, "a.txt", "Some text here.")
    with AnnotationStore(None) as store:
        store.add_document(doc)
        for field in ({"tags": ["ok", "x\x1b[2J"]}, {"comment": "\x1b]52;c;QQ==\x07"}, {"author": "A\u202e"}):
            with pytest.raises(ValueError, match="control character"):
                store.new_annotation(doc, 0, 4, **field)
        assert store.annotations() == []


def test_names_and_messages_draw_emoji_clusters_apart_on_a_terminal_only():
    """Issue 11: ZWJ, VS15/16 and skin tones are measured differently by Rich and tmux; every name
    and message (line/lines, the one boundary) leaves them out, as the article view draws them.
    Running text (display) keeps its offsets and an HTML page keeps the clusters whole."""
    from annotations.core.text import display, drawn, line, lines

    title = "Emoji ❤️ test 👩\u200d👩\u200d👧\u200d👦 👍🏽\x1b"
    assert line(title) == "Emoji ❤ test 👩👩👧👦 👍\\x1b"
    assert lines(f"{title}\n👋🏿") == "Emoji ❤ test 👩👩👧👦 👍\\x1b\n👋"
    assert line(title, terminal=False) == "Emoji ❤️ test 👩\u200d👩\u200d👧\u200d👦 👍🏽\\x1b"
    assert display(title) == title.replace("\x1b", "␛")  # one character for one: offsets unchanged
    assert drawn("plain ascii") == "plain ascii"
