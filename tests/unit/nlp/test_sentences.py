"""Sentence splitting for news prose."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotations.core.documents import make_document
from annotations.nlp.sentences import split_sentences

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith arrived. He left.",
        "Dr. Jones and Mrs. Brown met Gen. Miller and Sen. Warren. They talked.",
        "Calls had barely worked since Aug. 11 and stopped on Sept. 3. Users noticed.",
        "J. K. Rowling spoke. Fans cheered.",
        "The U.S. economy grew 3.5 per cent. Analysts were surprised.",
        "Apple Inc. shares rose. Microsoft Corp. said nothing.",
        "It sold No. 5 perfume vs. rivals. It worked.",
        "Items such as pens, paper etc. were sold. More followed.",
    ],
)
def test_abbreviations_initials_decimals_do_not_split(text: str) -> None:
    assert len(sents(text)) == 2, sents(text)


def test_sentence_ending_abbreviation_before_opener_splits() -> None:
    assert sents("He moved to the U.S. The move was costly.") == [
        "He moved to the U.S.",
        "The move was costly.",
    ]


def test_ellipsis_inside_quote_does_not_split() -> None:
    text = '"In order to counteract criminals... measures are being taken," the agency said. "No other."'
    out = sents(text)
    assert out == [
        '"In order to counteract criminals... measures are being taken," the agency said.',
        '"No other."',
    ]


@pytest.mark.parametrize("closer", ['."', ".”", ".»", ".)"])
def test_quote_final_period_splits_after_the_quote(closer: str) -> None:
    text = f"He said it was over{closer} Then he left."
    assert sents(text) == [f"He said it was over{closer}", "Then he left."]


def test_paragraph_breaks_always_split() -> None:
    assert sents("Headline without stop\n\nBody starts here. And ends.") == [
        "Headline without stop",
        "Body starts here.",
        "And ends.",
    ]
    assert sents("First line ends.\nSecond line") == ["First line ends.", "Second line"]


def test_hard_wrapped_lines_join() -> None:
    assert sents("The minister said the\nmeasures would stay. Critics disagree.") == [
        "The minister said the\nmeasures would stay.",
        "Critics disagree.",
    ]


def test_question_and_exclamation() -> None:
    assert sents('Why now? Nobody knows! "Stop!" he shouted.') == ["Why now?", "Nobody knows!", '"Stop!" he shouted.']


def test_seed_sentences() -> None:
    text = make_document(SEEDS[0].read_text(encoding="utf-8"), str(SEEDS[0])).text
    out = sents(text)
    assert out[3].startswith('"In order to counteract criminals... measures')
    assert out[3].endswith("as saying.")
    assert out[4] == '"No other restrictions have been imposed on their functionality."'
    assert any("since Aug. 11 and that" in s for s in out)


@given(st.text(alphabet=st.sampled_from(list("ab A.B!?\n\"”. 12")), max_size=80))
def test_offsets_are_ordered_trimmed_and_in_range(text: str) -> None:
    spans = split_sentences(text)
    prev = 0
    for a, b in spans:
        assert prev <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        prev = b
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())
