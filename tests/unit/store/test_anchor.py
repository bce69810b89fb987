"""Re-anchoring a quote in changed text: exact, disambiguated, fuzzy, lost."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.store.anchor import anchor
from annotations.core.model import quote_context

ARTICLE = (
    "Russia began restricting some Telegram and WhatsApp calls, the country's digital "
    "development ministry said on Wednesday.\n\n"
    "Russia has clashed with foreign tech platforms for several years over content and data "
    "storage, with critics arguing that Russia is trying to expand its control.\n\n"
    "President Vladimir Putin has authorized the development of a state-backed messenger "
    "service integrated with government services.\n\n"
    "A spokesperson for WhatsApp said the service was private and end-to-end encrypted."
)


def selector(text: str, quote: str, nth: int = 0) -> tuple[str, str, str, int]:
    """(quote, prefix, suffix, start) for the nth occurrence of ``quote``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    prefix, exact, suffix = quote_context(text, start, start + len(quote))
    return exact, prefix, suffix, start


def found(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0] : span[1]] if span else None


def test_unchanged_text() -> None:
    quote, prefix, suffix, start = selector(ARTICLE, "Vladimir Putin")
    assert anchor(ARTICLE, quote, prefix, suffix, start) == (start, start + len(quote))


def test_insertion_and_deletion_elsewhere() -> None:
    quote, prefix, suffix, start = selector(ARTICLE, "state-backed messenger")
    new = "UPDATE: this story was corrected.\n\n" + ARTICLE.replace("for several years ", "")
    span = anchor(new, quote, prefix, suffix, start)
    assert found(new, span) == quote
    assert span == (new.index(quote), new.index(quote) + len(quote))


def test_moved_paragraphs() -> None:
    paragraphs = ARTICLE.split("\n\n")
    quote, prefix, suffix, start = selector(ARTICLE, "end-to-end encrypted")
    new = "\n\n".join([paragraphs[3], paragraphs[0], paragraphs[2], paragraphs[1]])
    assert found(new, anchor(new, quote, prefix, suffix, start)) == quote


def test_repeated_quote_is_disambiguated_by_context() -> None:
    # "Russia" occurs three times; take the second and move things around.
    quote, prefix, suffix, start = selector(ARTICLE, "Russia", nth=1)
    new = "Russia Russia. " + ARTICLE
    span = anchor(new, quote, prefix, suffix, start)
    assert span is not None
    assert new[span[0] - 20 : span[0]] == ARTICLE[start - 20 : start]


def test_repeated_quote_and_context_go_to_the_hint() -> None:
    text = "The minister said no. " * 6
    starts = [i for i in range(len(text)) if text.startswith("said no", i)]
    quote, prefix, suffix, _ = selector(text, "said no", nth=2)
    for k in (2, 3):  # same quote, same 32 characters either side: the hint decides
        assert anchor(text, quote, prefix, suffix, starts[k] + 3) == (starts[k], starts[k] + len(quote))


def test_fuzzy_after_a_spelling_change_inside_the_quote() -> None:
    quote, prefix, suffix, start = selector(ARTICLE, "President Vladimir Putin has authorized")
    new = "Breaking.\n\n" + ARTICLE.replace("has authorized", "has authorised")
    assert found(new, anchor(new, quote, prefix, suffix, start)) == "President Vladimir Putin has authorised"


def test_fuzzy_after_words_removed_from_the_quote() -> None:
    quote, prefix, suffix, start = selector(ARTICLE, "foreign tech platforms for several years over content")
    new = ARTICLE.replace("for several years ", "")
    assert found(new, anchor(new, quote, prefix, suffix, start)) == "foreign tech platforms over content"


def test_fuzzy_with_context_also_changed() -> None:
    quote, prefix, suffix, start = selector(ARTICLE, "a state-backed messenger service integrated with")
    new = ARTICLE.replace("authorized the development of", "ordered work on").replace(
        "state-backed messenger service", "state-run messenger service"
    )
    assert found(new, anchor(new, quote, prefix, suffix, start)) == "a state-run messenger service integrated with"


def test_rewritten_passage_is_lost() -> None:
    quote, prefix, suffix, start = selector(ARTICLE, "A spokesperson for WhatsApp said the service was private")
    new = ARTICLE.replace(
        "A spokesperson for WhatsApp said the service was private and end-to-end encrypted.",
        "Meta declined to comment on the restrictions when contacted on Thursday.",
    )
    assert anchor(new, quote, prefix, suffix, start) is None


def test_short_quote_needs_its_context_when_fuzzy() -> None:
    quote, prefix, suffix, start = selector(ARTICLE, "WhatsApp calls")
    new = ARTICLE.replace("some Telegram and WhatsApp calls, the", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
    assert anchor(new, quote, prefix, suffix, start) is None


def test_degenerate_inputs() -> None:
    assert anchor("", "x", "", "", None) is None
    assert anchor("text", "", "", "", 0) is None
    assert anchor("abc", "abcd", "", "", 0) is None
    assert anchor("abc", "b", "", "", None) == (1, 2)


def test_repetitive_text_stays_fast() -> None:
    text = "a" * 200_000
    span = anchor(text, "a" * 50 + "b", "a" * 32, "", 1000)
    assert span is None or found(text, span) is not None


# ---------------------------------------------------------------------------
# property: edits that leave the quote alone never lose it

_rng = random.Random(7)
VOCAB = ["".join(_rng.choices("abcdefghijklmnopqrstuvwxyz", k=_rng.randint(2, 9))) for _ in range(400)]


@st.composite
def edited_texts(draw: st.DrawFn) -> tuple[str, int, int, str, int]:
    """(old text, quote start, quote end, new text, new quote start)."""
    words = draw(st.lists(st.sampled_from(VOCAB), min_size=5, max_size=150))
    text = " ".join(words)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 80)))
    edits = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(text)),
                st.one_of(st.integers(1, 40), st.text("abcdefghij \n.,", min_size=1, max_size=40)),
            ),
            max_size=8,
        )
    )
    new = text
    new_start = start
    taken: list[tuple[int, int]] = [(start, end)]
    for pos, edit in sorted(edits, key=lambda e: -e[0]):
        if isinstance(edit, int):  # delete text[pos:pos+edit]
            lo, hi = pos, min(len(text), pos + edit)
            if lo >= hi or any(lo < b and a < hi for a, b in taken):
                continue
            taken.append((lo, hi))
            new = new[:lo] + new[hi:]
            if hi <= start:
                new_start -= hi - lo
        else:  # insert at pos (at the quote's edges is outside it)
            if start < pos < end or any(a < pos < b for a, b in taken):
                continue
            new = new[:pos] + edit + new[pos:]
            if pos <= start:
                new_start += len(edit)
    return text, start, end, new, new_start


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_texts())
def test_edits_outside_the_quote_never_lose_it(case: tuple[str, int, int, str, int]) -> None:
    text, start, end, new, new_start = case
    prefix, quote, suffix = quote_context(text, start, end)
    assert new[new_start : new_start + len(quote)] == quote  # the generator's own invariant
    span = anchor(new, quote, prefix, suffix, start)
    assert span is not None
    assert new[span[0] : span[1]] == quote
    occurrences = sum(1 for i in range(len(new)) if new.startswith(quote, i))
    if occurrences == 1:
        assert span == (new_start, new_start + len(quote))


@settings(max_examples=200, deadline=None)
@given(edited_texts())
def test_untouched_context_pins_the_exact_place(case: tuple[str, int, int, str, int]) -> None:
    """With the quote and its context intact, even a repeated quote is found in its own place."""
    text, start, end, new, new_start = case
    prefix, quote, suffix = quote_context(text, start, end)
    new_prefix, _, new_suffix = quote_context(new, new_start, new_start + len(quote))
    full = prefix + quote + suffix
    if (new_prefix, new_suffix) != (prefix, suffix) or new.count(full) != 1:
        return
    assert anchor(new, quote, prefix, suffix, start) == (new_start, new_start + len(quote))


@pytest.mark.parametrize("seed", range(5))
def test_random_typo_inside_a_long_quote_is_found_nearby(seed: int) -> None:
    rng = random.Random(seed)
    text = " ".join(rng.choices(VOCAB, k=300))
    start = rng.randrange(0, len(text) - 200)
    start = text.index(" ", start) + 1
    end = text.index(" ", start + 60)
    prefix, quote, suffix = quote_context(text, start, end)
    typo_at = start + len(quote) // 2
    new = "intro words here " + text[:typo_at] + "Z" + text[typo_at + 1 :]
    span = anchor(new, quote, prefix, suffix, start)
    assert span is not None
    shift = len("intro words here ")
    assert abs(span[0] - (start + shift)) <= 2 and abs(span[1] - (end + shift)) <= 2
