"""The builtin engine reads English only: clearly non-English text gets no entities and no claims, and the reason."""

from __future__ import annotations

import pytest

from annotations.core.documents import make_document
from annotations.nlp.extract import BuiltinEngine, SpacyEngine, detect_language, read_document, supported

RUSSIAN = "Министр заявил во вторник, что переговоры в Женеве продолжатся на следующей неделе, сообщает агентство."
FRENCH = "Le ministre a déclaré mardi que les négociations à Genève reprendront la semaine prochaine, selon l’agence."
GERMAN = "Der Minister sagte am Dienstag, dass die Gespräche in Genf in der nächsten Woche fortgesetzt werden sollen."
ENGLISH = "The minister said on Tuesday that the talks in Geneva would resume next week, the agency reported."


def test_detect_language_by_script_and_function_words() -> None:
    assert detect_language(RUSSIAN) == ("und", "text in Cyrillic script")
    assert detect_language(FRENCH)[0] == "fr"
    assert detect_language(GERMAN)[0] == "de"
    assert detect_language(ENGLISH)[0] == "en"
    # too short or no letters: not clearly anything, so readable
    assert detect_language("Geneva, Tuesday.") == (None, "")
    assert detect_language("") == (None, "")
    # an English article quoting a Russian phrase stays English
    assert detect_language(ENGLISH + " The banner read «Нет войне».")[0] == "en"


def test_engines_say_which_languages_they_read() -> None:
    assert BuiltinEngine.languages == ("en",)
    assert SpacyEngine.languages == ("en",)
    engine = BuiltinEngine()
    assert supported(engine, ENGLISH) == (True, "")
    ok, reason = supported(engine, RUSSIAN)
    assert not ok and "English only" in reason and "Cyrillic" in reason
    ok, reason = supported(engine, FRENCH)
    assert not ok and "French" in reason


@pytest.mark.parametrize("engine_class", [BuiltinEngine, SpacyEngine])
def test_non_english_text_gets_no_entities_and_no_claims(engine_class) -> None:
    """Both engines, read alone (``analyze``) or as the pipeline reads (``read_document``): one rule."""
    engine = engine_class()
    for text in (RUSSIAN, FRENCH + " " + FRENCH):
        assert read_document(engine, text, [(0, len(text))]) == ([], [], supported(engine, text)[1])
    analysis = engine.analyze(make_document(RUSSIAN + "\n\n" + RUSSIAN, "ru.txt"))
    assert analysis.entities == () and analysis.claims == ()
    assert "English only" in analysis.note and "Cyrillic" in analysis.note  # says why, read alone too
    english = engine.analyze(make_document(ENGLISH, "en.txt", parse_leading_metadata=False))
    assert english.entities and english.note == ""  # English still works


def test_latin_words_are_the_runs_of_lower_case_latin_letters() -> None:
    """The byte-table word cutter gives what the regex it replaced gives, for any characters."""
    import random
    import re

    from annotations.nlp.extract import _latin_words

    runs = re.compile(r"[a-z\u00df-\u00ff]+")
    rng = random.Random(12)
    alphabet = "az ß÷ÿĀ\u00a0\t\n?-'’йé日\u2028\x85\x0b\x1c" + RUSSIAN[:5] + FRENCH[:5]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))).lower()
        assert _latin_words(text) == runs.findall(text), repr(text)
    assert _latin_words(FRENCH.lower()) == runs.findall(FRENCH.lower())
