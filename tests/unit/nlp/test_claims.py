"""Claim extraction: kinds, speakers and cues."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.nlp.claims import extract_claims, find_quotes
from annotations.core.documents import make_document
from annotations.nlp.extract import BuiltinEngine
from annotations.core.model import Claim

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))
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


# --------------------------------------------------------------------------
# Attribution patterns (second round)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # "X, a spokesman for Y, told Z": the name before the apposition speaks, not the listener
        ('"We have waited long enough," Niels Vermeer, a spokesman for the union, told Reuters.',
         "Niels Vermeer", "told"),
        # apposition after a descriptor: the name
        ("The terminal operator, Delta Hub Logistics, said in a statement that it regretted the action.",
         "Delta Hub Logistics", "said"),
        ("The French digital minister, Clara Mercier, told reporters in Paris that nothing had changed.",
         "Clara Mercier", "told"),
        ("Asked about the case, the charities minister, Lord Patel, said the government would act.",
         "Patel", "said"),
        # relative clause and adverbial asides between subject and verb
        ("Tom Reece, who runs the regional beekeepers’ association, says her experience is typical.",
         "Tom Reece", "says"),
        ("Germany, by contrast, has warned against measures that could prompt retaliation.", "Germany", "warned"),
        ("The company, however, said the figures were wrong.", "The company", "said"),
        ("Graham Pell, 58, of Bromley, said he was sorry.", "Graham Pell", "said"),
        # present tense and pronouns
        ("Head teacher Mark Dunn says staff were delighted.", "Mark Dunn", "says"),
        ("The rules are harsh, she adds.", "she", "adds"),
        # "in a statement, X said"
        ("In a statement, Dutch Infrastructure Minister Marieke de Lange said she would meet both sides.",
         "Marieke de Lange", "said"),
        # "X wrote on Telegram/X"
        ("Union leader Femke Bos wrote on Telegram that members would not return.", "Femke Bos", "wrote"),
        # "said X, who …"
        ("This is the worst dispute in a decade, said Henk Jansen, who has worked there since 1998.",
         "Henk Jansen", "said"),
        # "X's spokesperson said"
        ("Nordvik’s spokesperson said the company would keep the plant open.", "Nordvik’s spokesperson", "said"),
        # "which said": the antecedent speaks
        ("The deal needs approval from the Competition and Markets Authority, which said it had not been notified.",
         "Competition and Markets Authority", "said"),
        # "X … but insists": the sentence subject speaks
        ("Sandra, who has two grandchildren, is planning a holiday but insists the money won't change her.",
         "Sandra", "insists"),
        # leading adverbial before a participle's subject
        ("On Tuesday, the regulator fined the company, arguing that it had misled customers.",
         "the regulator", "arguing"),
        # head noun kept before "at Y"; participle + date kept
        ("Economists at Goldman Sachs said the bank could cut rates.", "Economists at Goldman Sachs", "said"),
        ("Support has fallen, a poll published on Sunday showed.", "a poll published on Sunday", "showed"),
        ("Prices will rise, people familiar with the matter said.", "people familiar with the matter", "said"),
    ],
)
def test_attribution_patterns_round2(text: str, speaker: str, cue: str) -> None:
    assert who(only(text)) == (speaker, cue)


def test_passive_quoted_as_saying() -> None:
    c = only('A Maersk spokesperson was quoted by the newspaper NRC as saying the company was "monitoring closely".')
    assert c.kind == "quote"
    assert who(c) == ("A Maersk spokesperson", "quoted")


def test_unknown_verb_after_quotation() -> None:
    c = only('"The kids will still get their chips," she jokes.')
    assert (c.kind, *who(c)) == ("quote", "she", "jokes")
    c = only("“He told me bees were for old men,” she recalls.")
    assert who(c) == ("she", "recalls")


def test_inverted_cue_then_name_and_noun_cue() -> None:
    # "note" after a determiner is a noun, not a cue
    c = only("“Scale matters in batteries,” wrote Kari Lunde, an analyst at DNB Markets, in a note to clients.")
    assert who(c) == ("Kari Lunde", "wrote")
    c = only("In a report published in March, the committee said the agency had lost 120 investigators.")
    assert who(c) == ("the committee", "said")


def test_plural_noun_is_not_a_cue() -> None:
    c = only("The package must be approved by member states and the European Parliament.")
    assert (c.kind, *who(c)) == ("assertion", None, None)


def test_inverted_said_needs_a_noun_phrase() -> None:
    # "said the plan would fail" is not "said X"
    c = only("The talks collapsed on Monday, and officials, said the plan would fail.")
    assert c.speaker is None or c.speaker.text != "the plan would fail"


def test_follow_up_quote_sentences_inherit() -> None:
    text = '“People think honey just appears in a jar,” he says. “It doesn’t. Every spoonful is a negotiation.”'
    out = claims(text)
    assert [who(c) for c in out] == [("he", "says")] * 3
    assert all(c.kind == "quote" for c in out)


def test_follow_up_quote_paragraph_inherits() -> None:
    text = '"We have been patient," Vermeer told Reuters.\n\n"The employers know what they need to do."'
    out = claims(text)
    assert [who(c) for c in out] == [("Vermeer", "told")] * 2


def test_quote_continued_over_paragraphs() -> None:
    text = "“We will not give up. This is our home.\n\n“Nobody can take it from us,” said Anna Berg, a resident."
    out = claims(text)
    assert len(out) == 3
    assert [who(c) for c in out] == [("Anna Berg", "said")] * 3
    assert all(c.kind == "quote" for c in out)


def test_unattributed_scare_quotes_have_no_speaker() -> None:
    c = only("The Commission will unveil a “digital sovereignty” package on Tuesday.")
    assert (c.kind, c.speaker, c.cue) == ("assertion", None, None)
    c = only('Pupils have already renamed the canteen "the millionaire\'s kitchen".')
    assert (c.kind, c.speaker) == ("assertion", None)
    # a scare-quoted term next to an attributed quotation does not borrow its speaker
    out = claims('"We will fight," she said. The so-called "digital sovereignty" plan is popular.')
    assert out[1].speaker is None and out[1].kind == "assertion"


def test_leading_date_is_not_part_of_the_subject() -> None:
    c = only("On Wednesday the ministry said exports would recover.")
    assert who(c) == ("the ministry", "said")


def test_single_quotes_with_plural_possessive() -> None:
    text = "‘The residents’ library is vital to us,’ she said."
    assert find_quotes(text) == [(0, len(text) - len(" she said."))]
    c = only(text)
    assert (c.kind, *who(c)) == ("quote", "she", "said")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # inverted cue with an abbreviated title and an "of …" tail: the person
        ('"We lost everything," said Capt. John Rivera of the county fire unit.', "John Rivera", "said"),
        # "Researchers at the University of Leeds": the head noun phrase speaks
        ("Researchers at the University of Leeds found that melting had doubled.",
         "Researchers at the University of Leeds", "found"),
        # plural present-tense cues
        ("Prosecutors allege that the director stole the money.", "Prosecutors", "allege"),
        # an unknown verb after a quotation
        ('"Stop the war," the banner read.', "the banner", "read"),
    ],
)
def test_attribution_patterns_round3(text: str, speaker: str, cue: str) -> None:
    assert who(only(text)) == (speaker, cue)


def test_triggers_are_lower_case_letters_only() -> None:
    """_has_trigger looks between spaces before it splits at every non-letter: that is the same test only
    while every trigger is made of the letters a-z (a trigger with a hyphen would pass one and not the other)."""
    from annotations.nlp.claims import _TRIGGERS, _has_trigger

    assert all(w.isascii() and w.isalpha() and w.islower() for w in _TRIGGERS)
    assert _has_trigger("the minister said.") and _has_trigger("(said)") and _has_trigger("he said it")
    assert not _has_trigger("the unsaid words") and not _has_trigger("")
