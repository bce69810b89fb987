"""Codebook loading: the built-in default, custom files, and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.core.codebook import Codebook, CodebookError, Tag, load_codebook


def test_default_codebook_covers_news_comparison() -> None:
    book = load_codebook(None)
    assert isinstance(book, Codebook)
    for name in ("verified", "disputed", "false", "unverifiable", "conflict", "economic",
                 "human-interest", "responsibility", "morality", "attribution-missing", "loaded-language"):
        assert book.tag(name) is not None, name
    assert book.relations == ["same-claim", "supports", "contradicts", "elaborates"]
    assert all(t.description for t in book.tags)
    keys = [t.key for t in book.tags if t.key]
    assert len(keys) == len(set(keys))
    assert book.tag_for_key("v") == book.tag("verified")
    assert book.tag_names[0] == "verified"


def test_custom_codebook(tmp_path: Path) -> None:
    path = tmp_path / "book.toml"
    path.write_text(
        'relations = ["cites"]\n\n[[tags]]\nname = "spin"\n\n[[tags]]\nname = "fact"\nkey = "f"\n'
        'description = "A fact."\ngroup = "status"\n',
        encoding="utf-8",
    )
    book = load_codebook(path)
    assert book.tags == [Tag("spin"), Tag("fact", "A fact.", "f", "status")]
    assert book.relations == ["cites"]
    assert load_codebook(str(path)) == book


def test_empty_file_is_an_empty_codebook(tmp_path: Path) -> None:
    path = tmp_path / "empty.toml"
    path.write_text("", encoding="utf-8")
    assert load_codebook(path) == Codebook([], [])


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[[tags]\nname = 'x'", "invalid TOML"),
        ("tags = 3", "array of tables"),
        ("[[tags]]\ndescription = 'no name'", "'name' must be a non-empty string"),
        ("[[tags]]\nname = 'a'\n[[tags]]\nname = 'a'", "listed twice"),
        ("[[tags]]\nname = 'a'\nkey = 'ab'", "single printable character"),
        ("[[tags]]\nname = 'a'\nkey = 'k'\n[[tags]]\nname = 'b'\nkey = 'k'", "already used"),
        ("[[tags]]\nname = 'a'\ncolour = 'red'", "unknown field 'colour'"),
        ("[[tags]]\nname = 'a'\ndescription = 5", "'description' must be a string"),
        ("relations = 'supports'", "'relations' must be an array"),
        ("relations = ['a', 'a']", "relation 'a' listed twice"),
        ("tag = []", "unknown setting 'tag'"),
    ],
)
def test_bad_codebook_is_one_line_naming_the_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CodebookError) as info:
        load_codebook(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message


def test_unreadable_codebooks(tmp_path: Path) -> None:
    with pytest.raises(CodebookError, match="no such file"):
        load_codebook(tmp_path / "missing.toml")
    with pytest.raises(CodebookError, match="is a directory"):
        load_codebook(tmp_path)
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(CodebookError, match="not UTF-8"):
        load_codebook(binary)


def test_toml_nested_too_deeply_is_one_line(tmp_path: Path, monkeypatch) -> None:
    from annotations.core.config import ConfigError, load_config

    deep = "x = " + "[" * 100_000 + "]" * 100_000 + "\n"
    book = tmp_path / "deep.toml"
    book.write_text(deep)
    with pytest.raises(CodebookError, match="nested too deeply"):
        load_codebook(book)
    config = tmp_path / "config.toml"
    config.write_text(deep)
    with pytest.raises(ConfigError, match="nested too deeply"):
        load_config(config)
