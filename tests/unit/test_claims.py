"""Claim extraction: kinds, speakers and cues."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims import extract_claims, find_quotes
from annotations.documents import make_document
from annotations.extract import BuiltinEngine
from annotations.model import Claim

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
ENGINE = BuiltinEngine()


def claims(text: str) -> list[Claim]:
    return extract_claims(text, ENGINE.entities(text))


def only(text: str) -> Claim:
    out = claims(text)
    assert len(out) == 1, [c.text for c in out]
    return out[0]


def who(claim: Claim) -> tuple[str | None, str | None]:
    return (claim.speaker.text if claim.speaker else None, claim.cue.text if claim.cue else None)


def test_quoted_as_saying() -> None:
    c = only(
        '"In order to counteract criminals... measures are being taken to partially restrict calls," '
        "the Interfax news agency quoted communications regulator Roskomnadzor as saying."
    )
    assert c.kind == "quote"
    assert who(c) == ("Roskomnadzor", "quoted")


def test_inverted_said_with_apposition() -> None:
    c = only(
        "This includes opening legal entities in Russia, said Anton Gorelkin, deputy head of the lower "
        "house of parliament's information technology committee."
    )
    assert who(c) == ("Anton Gorelkin", "said")
    assert c.kind == "reported"


def test_according_to_descriptor() -> None:
    c = only(
        "The clampdown affects some 96 million monthly WhatsApp users and 89 million Telegram users, "
        "according to data firm Mediascope."
    )
    assert c.kind == "statistic"
    assert who(c) == ("Mediascope", "according to")


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "kind"),
    [
        ("The blocking measures would be lifted, the ministry said.", "the ministry", "said", "reported"),
        ("The digital development ministry said Telegram had ignored requests.",
         "The digital development ministry", "said", "reported"),
        ("Critics argue the restrictions are part of a broader attempt.", "Critics", "argue", "reported"),
        ("Analysts warn that further curbs could follow.", "Analysts", "warn", "reported"),
        ("Officials confirmed the ban on Tuesday.", "Officials", "confirmed", "reported"),
        ("Gorelkin last month said that WhatsApp should prepare to leave.", "Gorelkin", "said", "reported"),
        ("She told Reuters the plan was dead.", "She", "told", "reported"),
        ("The rules are harsh, he added.", "he", "added", "reported"),
        ("Moscow clashed with platforms, with critics arguing that Russia wants control.",
         "critics", "arguing", "reported"),
        ("Prices rose 12% last year, the central bank said in a statement.",
         "the central bank", "said", "statistic"),
        ("Both platforms rejected the accusations.", None, None, "assertion"),
    ],
)
def test_attribution_patterns(text: str, speaker: str | None, cue: str | None, kind: str) -> None:
    c = only(text)
    assert who(c) == (speaker, cue)
    assert c.kind == kind


def test_participle_takes_clause_subject() -> None:
    c = only("Russia began restricting some calls, arguing that the platforms fail to share information.")
    assert who(c) == ("Russia", "arguing")


def test_trailing_attribution_beats_participle() -> None:
    c = only(
        "Russia began restricting some Telegram and WhatsApp calls, arguing that the foreign-owned platforms "
        "are failing to share information, the country's digital development ministry said on Wednesday."
    )
    assert who(c) == ("the country's digital development ministry", "said")


def test_quote_spanning_sentences_shares_speaker() -> None:
    text = "“The ban is wrong. It hurts millions of people,” the company said in a statement."
    out = claims(text)
    assert len(out) == 2
    assert [who(c) for c in out] == [("the company", "said")] * 2
    assert all(c.kind == "quote" for c in out)


def test_quote_continuation_in_next_sentence() -> None:
    text = (
        '"Measures are being taken to restrict calls," the agency quoted regulator Roskomnadzor as saying. '
        '"No other restrictions have been imposed."'
    )
    out = claims(text)
    assert [who(c) for c in out] == [("Roskomnadzor", "quoted")] * 2
    assert [c.kind for c in out] == ["quote", "quote"]


@pytest.mark.parametrize(
    "text",
    [
        'He said "we will not back down now" and left.',
        "He said “we will not back down now” and left.",
        "He said «we will not back down now» and left.",
        "He said „we will not back down now“ and left.",
        "He said ‘we will not back down now’ and left.",
    ],
)
def test_quote_marks(text: str) -> None:
    c = only(text)
    assert c.kind == "quote"
    assert who(c) == ("He", "said")


def test_scare_quotes_are_not_quotes() -> None:
    c = only('Meta was branded an "extremist" organisation by Moscow.')
    assert c.kind == "assertion"


def test_apostrophes_are_not_quotes() -> None:
    assert find_quotes("Russia’s regulator and the country’s users") == []


def test_statistic_keeps_speaker() -> None:
    c = only("Inflation slowed to 2.4% in March, the statistics office said.")
    assert c.kind == "statistic"
    assert who(c) == ("the statistics office", "said")


def test_seed_claims() -> None:
    docs = [make_document(p.read_text(encoding="utf-8"), str(p)) for p in SEEDS]
    out = []
    for doc in docs:
        a = ENGINE.analyze(doc)
        for c in a.claims:
            assert doc.text[c.start : c.end] == c.text
            for span in (c.speaker, c.cue):
                if span:
                    assert doc.text[span.start : span.end] == span.text
        out.extend(a.claims)
    by_start = {c.text[:40]: c for c in out}
    c = next(c for k, c in by_start.items() if k.startswith("“WhatsApp is private"))
    assert (c.kind, *who(c)) == ("quote", "the company", "said")
    c = next(c for k, c in by_start.items() if k.startswith("The communications regulator"))
    assert (c.kind, *who(c)) == ("quote", "Roskomnadzor", "said")
