import hashlib
import json
import unicodedata

import pytest

from annotations.core.documents import LoadError, doc_id, load_file, load_paths, make_document, normalize, sanitize


def test_seeds_load_with_metadata(seed_paths):
    result = load_paths(seed_paths)
    assert result.errors == []
    assert len(result.documents) == 2
    first = result.documents[0]
    assert first.date == "2025-08-13"
    assert first.text.startswith("Russia began restricting")
    assert "date 2025" not in first.text
    assert first.word_count > 300
    assert first.id == hashlib.sha256(first.text.encode()).hexdigest()


def test_leading_metadata_line_on_its_own_line():
    doc = make_document("date 2024-01-02\nBody text here.")
    assert doc.date == "2024-01-02"
    assert doc.text == "Body text here."


def test_a_sentence_starting_with_date_is_not_metadata():
    doc = make_document("Date night is a thing. It is.")
    assert doc.date == ""
    assert doc.text.startswith("Date night")


def test_bom_crlf_cr_and_nfc():
    raw = "\ufeffline one\r\nline two\rcafe\u0301"
    text = normalize(raw)
    assert text == "line one\nline two\ncafé"
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize(
    "hostile",
    [
        "\x1b[31mred\x1b[0m",  # SGR
        "\x1b]52;c;aGVsbG8=\x07",  # OSC 52 clipboard write
        "\x1b]0;title\x1b\\",  # OSC set title with ST
        "bell\x07",
        "del\x7f",
        "c1 csi \x9b31m and nel \x85",
        "nul\x00 byte",
    ],
)
def test_control_characters_never_survive(hostile):
    text = sanitize(normalize("before " + hostile + " after\tTAB\nnext"))
    assert not any(ord(c) < 32 and c not in "\n\t" for c in text)
    assert not any(0x7F <= ord(c) <= 0x9F for c in text)
    assert "\tTAB\nnext" in text


def test_control_chars_in_file_are_removed(write_article):
    path = write_article("hostile.txt", b"Text \x1b]52;c;ZXZpbA==\x07 and \x1b[2J clear.\n")
    (doc,) = load_file(path)
    assert "\x1b" not in doc.text and "\x07" not in doc.text
    assert "]52;c;ZXZpbA==" in doc.text  # visible, harmless


def test_markup_like_text_is_kept_verbatim(write_article):
    body = "A [bold]x[/] and [/] and [@click=app.quit]q[/] stay."
    (doc,) = load_file(write_article("markup.txt", body))
    assert doc.text == body


def test_cjk_and_emoji(write_article):
    body = "東京で記者会見が行われた。😀 Tokyo."
    (doc,) = load_file(write_article("cjk.txt", body))
    assert doc.text == body
    assert doc.id == doc_id(body)


def test_json_and_jsonl(write_article):
    path = write_article(
        "a.json", json.dumps({"text": "Body.", "title": "T", "source": "Reuters", "url": "http://x", "date": "2025-01-01", "lang": "en"})
    )
    (doc,) = load_file(path)
    assert (doc.title, doc.source, doc.url, doc.date, doc.text) == ("T", "Reuters", "http://x", "2025-01-01", "Body.")
    assert doc.meta == {"lang": "en"}
    lines = "\n".join(json.dumps({"text": f"Article {i}.", "title": f"A{i}"}) for i in range(3))
    docs = load_file(write_article("many.jsonl", lines + "\n"))
    assert [d.title for d in docs] == ["A0", "A1", "A2"]


def test_json_title_with_control_characters_is_cleaned(write_article):
    (doc,) = load_file(write_article("t.json", json.dumps({"text": "Body.", "title": "Evil\x1b[2J title\x07"})))
    assert doc.title == "Evil[2J title"


def test_same_text_twice_is_one_document(write_article):
    a = write_article("a.txt", "Same text.")
    b = write_article("b.txt", "Same text.\n")
    result = load_paths([a, b])
    assert len(result.documents) == 1


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "caf\xe9 au lait".encode("latin-1"), "not valid UTF-8"),
        ("bad.json", b"{not json", "invalid JSON"),
        ("notext.json", b'{"title": "x"}', 'missing a "text"'),
        ("bad.jsonl", b'{"text": "ok"}\n{oops\n', "line 2"),
    ],
)
def test_bad_files_give_one_clear_line(write_article, name, content, problem):
    path = write_article(name, content)
    with pytest.raises(LoadError) as info:
        load_file(path)
    message = str(info.value)
    assert message.startswith(path + ": ")
    assert problem in message
    assert "\n" not in message


def test_missing_file_and_empty_folder(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = load_paths([str(tmp_path / "missing.txt"), str(empty)])
    assert result.documents == []
    messages = [str(e) for e in result.errors]
    assert any("missing.txt: no such file" in m for m in messages)
    assert any("empty: directory has no articles" in m for m in messages)


def test_good_files_still_load_beside_bad_ones(write_article, seed_paths):
    bad = write_article("bad.txt", b"\xff\xfe\x00\x00")
    result = load_paths([bad, *seed_paths])
    assert len(result.documents) == 2
    assert len(result.errors) == 1


def test_folder_loads_articles_in_name_order(tmp_path):
    for name in ("b.txt", "a.md", "c.json", "skip.png", ".hidden.txt"):
        (tmp_path / name).write_text('{"text": "json article"}' if name.endswith(".json") else f"Article {name}.")
    result = load_paths([str(tmp_path)])
    assert [d.path.rsplit("/", 1)[1] for d in result.documents] == ["a.md", "b.txt", "c.json"]


# ---------------------------------------------------------------- hostile files: one line, no hang


def _one_line_error(path: str) -> str:
    with pytest.raises(LoadError) as info:
        load_file(path)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_a_fifo_is_refused_without_opening_it(fifo):
    assert _one_line_error(fifo) == f"{fifo}: not a regular file (a FIFO)"


def test_a_device_is_refused():
    assert _one_line_error("/dev/null") == "/dev/null: not a regular file (a device)"


def test_a_socket_is_refused(tmp_path, monkeypatch):
    import socket

    monkeypatch.chdir(tmp_path)  # a short relative name: socket paths are limited to ~100 bytes
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind("sock.txt")
        assert _one_line_error("sock.txt") == "sock.txt: not a regular file (a socket)"


def test_a_fifo_swapped_in_after_the_check_is_refused_without_blocking(fifo, monkeypatch):
    """os.stat says regular file (the swap happens after it); the O_NONBLOCK open and fstat catch it."""
    import os

    real_stat = os.stat
    regular = real_stat(__file__)

    def stat(path, *args, **kwargs):
        return regular if os.fspath(path) == fifo else real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    assert _one_line_error(fifo) == f"{fifo}: not a regular file (a FIFO)"


def test_a_file_that_grows_after_the_size_check_is_cut_at_the_limit(write_article, monkeypatch):
    import os

    import annotations.core.documents as documents

    path = write_article("grows.txt", "x" * 200)
    monkeypatch.setattr(documents, "MAX_BYTES", 100)
    real_fstat = os.fstat

    def fstat(fd):  # the size as it was when checked, before the file grew
        info = real_fstat(fd)
        return os.stat_result((*info[:6], 50, *info[7:]))

    monkeypatch.setattr(os, "fstat", fstat)
    monkeypatch.setattr(os.path, "getsize", lambda p: 50)
    assert "too large" in _one_line_error(path)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("digits.json", '{"text": "Body.", "n": ' + "9" * 5000 + "}", "more than 4300 digits"),
        ("meta.json", json.dumps({"text": "Body.", "extra": json.loads("[" * 40 + "]" * 40)}), "nested more than 32 levels"),
    ],
    ids=["100000-deep", "5000-digits", "meta-40-deep"],
)
def test_hostile_json_is_one_line(write_article, name, content, problem):
    path = write_article(name, content)
    message = _one_line_error(path)
    assert message.startswith(path + ": ") and problem in message


def test_metadata_32_levels_deep_is_accepted(write_article):
    meta = json.loads("[" * 31 + "]" * 31)  # with the article's own object: 32 levels
    (doc,) = load_file(write_article("ok.json", json.dumps({"text": "Body.", "extra": meta})))
    assert doc.meta["extra"] == meta


def test_bad_jsonl_lines_are_reported_and_the_good_records_open(write_article):
    lines = ['{"text": "one"}', "{oops", '{"text": "two"}', "[1, 2]", "{also bad", '{"text": "three"}']
    path = write_article("mixed.jsonl", "\n".join(lines) + "\n")
    result = load_paths([path])
    assert [d.text for d in result.documents] == ["one", "two", "three"]
    (error,) = result.errors
    message = str(error)
    assert message.startswith(path + ": lines 2, 5: invalid JSON")
    assert "line 4: expected a JSON object" in message
    assert message.endswith("the other 3 articles opened")
    assert "\n" not in message


def test_a_jsonl_file_with_only_bad_lines_is_one_error(write_article):
    path = write_article("bad.jsonl", "{oops\n[]\n")
    result = load_paths([path])
    assert result.documents == []
    (error,) = result.errors
    assert str(error).startswith(path + ": line 1: invalid JSON") and "opened" not in str(error)


def test_non_regular_entries_in_a_folder_are_skipped_with_a_message(tmp_path, fifo):
    (tmp_path / "good.txt").write_text("A good article.")
    result = load_paths([str(tmp_path)])
    assert [d.text for d in result.documents] == ["A good article."]
    assert [str(e) for e in result.errors] == [f"{fifo}: not a regular file (a FIFO); skipped"]


def test_a_file_name_with_escape_sequences_is_shown_escaped(tmp_path):
    name = str(tmp_path / "evil\x1b]52;c;aGk=\x07.txt")
    (error,) = load_paths([name]).errors
    assert "\x1b" not in str(error) and "\x07" not in str(error)
    assert "evil\\x1b]52;c;aGk=\\x07.txt: no such file" in str(error)
