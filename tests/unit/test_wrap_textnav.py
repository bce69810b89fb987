from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.nlp.textnav import find_all, next_stop, paragraph_starts, prev_stop, word_starts
from tui.wrap import text_width, wrap


def _check_cover(text, lines, width):
    # Lines are contiguous: each starts where the previous ended, or one past its newline.
    pos = 0
    for line in lines:
        assert line.start == pos, (line, pos)
        assert line.end >= line.start
        visible = text[line.start : line.end].rstrip(" \t")
        assert text_width(visible) <= width
        pos = line.end + 1 if line.end < len(text) and text[line.end] == "\n" else line.end
    assert pos >= len(text)


def test_wrap_breaks_at_spaces_and_keeps_every_offset():
    text = "Hello world this is a test of wrapping\n\nSecond paragraph here"
    lines = wrap(text, 12)
    assert [text[l.start : l.end] for l in lines] == [
        "Hello world ", "this is a ", "test of ", "wrapping", "", "Second ", "paragraph ", "here"
    ]
    _check_cover(text, lines, 12)


def test_wrap_cjk_uses_two_cells_per_character():
    text = "中文文本测试中文文本测试"
    lines = wrap(text, 10)
    assert [text[l.start : l.end] for l in lines] == ["中文文本测", "试中文文本", "测试"]


def test_wrap_breaks_between_cjk_characters_inside_mixed_words():
    # Latin and CJK with no space between: a line may still break at each CJK character
    # (one long "word" would be cut by cells instead: "在俄罗" / "斯abc").
    text = "xx 在俄罗斯abc"
    assert [text[l.start : l.end] for l in wrap(text, 6)] == ["xx 在", "俄罗斯", "abc"]
    text = "“中文”，quoted"
    lines = wrap(text, 5)
    _check_cover(text, lines, 5)
    assert [text[l.start : l.end] for l in lines] == ["“中文", "”，", "quoted"[:5], "d"]


def test_wrap_hard_breaks_long_words():
    lines = wrap("x" * 25, 10)
    assert [(l.start, l.end) for l in lines] == [(0, 10), (10, 20), (20, 25)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab cd\n\t中😀é")), max_size=200), st.integers(4, 30))
def test_wrap_property_covers_text(text, width):
    _check_cover(text, wrap(text, width), width)


def test_word_and_paragraph_stops():
    text = "One two, three.\n\nFour five."
    words = word_starts(text)
    assert [text[i] for i in words] == ["O", "t", ",", "t", ".", "F", "f", "."]
    assert paragraph_starts(text) == [0, 17]
    assert next_stop(words, 0, len(text)) == 4
    assert prev_stop(words, 4) == 0
    assert next_stop(words, 26, len(text)) == len(text)


def test_find_all_is_literal_and_case_insensitive():
    assert find_all("A [b] a.b [B]", "[b]") == [(2, 5), (10, 13)]
    assert find_all("abc", "") == []


def test_paragraph_share_and_back():
    from annotations.nlp.textnav import offset_at_share, paragraph_share, paragraph_starts

    text = "aaaa\n\nbbbbbbbb\n\ncc"
    starts = paragraph_starts(text)
    assert starts == [0, 6, 16]
    assert paragraph_share(starts, len(text), 0) == 0.0
    assert paragraph_share(starts, len(text), 10) == 1.4  # 4 of bbbbbbbb's 10 (with its blank line)
    assert offset_at_share(starts, len(text), 1.4) == 10
    assert offset_at_share(starts, len(text), 3.0) == len(text)


EMOJI = ["👩\u200d👩\u200d👧\u200d👦", "❤️", "👍🏽", "👍🏿x", "☺️", "1️⃣", "👩\u200d💻", "🏳️\u200d🌈", "🇫🇷", "e\u0301", "❤︎"]


def test_emoji_clusters_are_drawn_apart_and_measured_as_drawn():
    from rich.cells import cell_len

    from tui.wrap import drawn, text_width

    for s in EMOJI:
        shown = drawn(s)
        assert not set(shown) & {"\u200d", "\ufe0f", "\ufe0e"} and not any(0x1F3FB <= ord(c) <= 0x1F3FF for c in shown)
        assert text_width(s) == cell_len(shown), s  # the wrapper and Rich (which pads the row) agree
    assert drawn("👩\u200d👩\u200d👧\u200d👦") == "👩👩👧👦" and text_width("👩\u200d👩\u200d👧\u200d👦") == 8
    assert drawn("❤️") == "❤" and drawn("👍🏽") == "👍"
