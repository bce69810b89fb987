"""Word lists live once, as data in annotations/nlp/lexicon, read by one loader and cut by one tokenizer."""

from __future__ import annotations

import re
from pathlib import Path

from annotations.nlp import lexicon

ROOT = Path(__file__).resolve().parents[3]

# A word list spelled out in code: two neighbours from one list, as a literal would hold them.
INLINE_LISTS = {
    "months": re.compile(r"\b(?:jan\W+feb|january\W+(?:jan\W+)?february)\b", re.IGNORECASE),
    "weekdays": re.compile(r"\bmonday\W+tuesday\b", re.IGNORECASE),
    "US states": re.compile(r"\bala\W+ariz\b", re.IGNORECASE),
    "titles": re.compile(r"\bmrs?\W+mrs\b|\bcapt\W+gov\b", re.IGNORECASE),
}


def test_no_module_spells_out_a_lexicon_list() -> None:
    for path in sorted((ROOT / "annotations").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for what, pattern in INLINE_LISTS.items():
            assert not pattern.search(source), f"{path.relative_to(ROOT)} spells out {what}: use annotations.nlp.lexicon"


def test_lists_load_once_from_the_package() -> None:
    assert lexicon.entries("gpe") is lexicon.entries("gpe")  # read once
    assert lexicon.month_numbers()["Sept"] == lexicon.month_numbers()["September"] == 8
    assert lexicon.month_abbreviations() >= {"Aug", "Sept", "Jun"} and "May" not in lexicon.month_abbreviations()
    assert "Monday" in lexicon.words("weekdays")
    assert {"Calif", "Mass"} <= lexicon.state_abbreviations()
    assert "Calif" in lexicon.state_abbreviations(also_words=False) and "Mass" not in lexicon.state_abbreviations(also_words=False)
    assert {"Mr", "Capt"} <= lexicon.title_abbreviations() and "Capt" not in lexicon.title_abbreviations(openers_only=True)
    assert not list((ROOT / "annotations" / "data").glob("*.txt")), "word lists belong in annotations/nlp/lexicon"


def test_one_tokenizer_for_text_and_entries() -> None:
    from annotations.nlp import extract

    assert extract._TOKEN_RE is lexicon.TOKEN_RE
    assert lexicon.tokens("The U.S. Army Corps of Engineers, in the 1990s") == [
        "The", "U.S.", "Army", "Corps", "of", "Engineers", ",", "in", "the", "1990s"
    ]
