"""Shared fixtures: one factory builds the app on tmp_path; Pilot, snapshot and CLI tests share it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seed_paths() -> list[str]:
    return sorted(str(p) for p in SEEDS.glob("*.txt"))


@pytest.fixture
def write_article(tmp_path: Path):
    """Write an article file under tmp_path and return its path as str."""

    def write(name: str, content: str | bytes) -> str:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    return write


def long_article(paragraphs: int = 60, words_per_paragraph: int = 80) -> str:
    """A long, deterministic article (about paragraphs x words_per_paragraph words)."""
    vocab = (
        "the ministry said on Wednesday that Telegram and WhatsApp calls were restricted "
        "because platforms failed to share data with law enforcement in fraud cases"
    ).split()
    paras = []
    for p in range(paragraphs):
        words = [vocab[(p * 7 + i) % len(vocab)] for i in range(words_per_paragraph)]
        words[0] = words[0].capitalize()
        paras.append(" ".join(words) + f". Paragraph {p + 1} ends here.")
    return "\n\n".join(paras)


@pytest.fixture
def make_app(tmp_path: Path):
    """Build the app exactly as the CLI does, from paths."""
    from tui.app import AppOptions, create_app

    def make(paths, **options):
        return create_app([str(p) for p in paths], options=AppOptions(animation=False, **options))

    return make
