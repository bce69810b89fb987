"""Every word list the language rules use, as data, loaded once and lazily, cut by one tokenizer.

The lists are the ``*.txt`` files beside this module: one entry per line (or
per word, for lists of single words), ``#`` starts a comment line; a word after
an abbreviation is a flag (``us_states``: ``word``; ``title_abbreviations``:
``opener``).

* gazetteers: ``gpe``, ``loc``, ``norp``, ``org`` (names), ``first_names``,
  ``person_titles``, ``org_words``, ``org_openers``, ``org_suffixes``, ``common_words``;
* calendar: ``months`` (name and abbreviations, in order), ``weekdays``;
* abbreviations: ``us_states`` (AP style, flagged when also a word),
  ``title_abbreviations`` (``Mr``, ``Capt``);
* comparing articles: ``stop_words`` (left out of stemmed content words),
  ``aliases`` (``NAME = ALIAS | ALIAS``: "RKN" is "Roskomnadzor"), ``role_synonyms``
  ("the watchdog" is the article's "regulator X"), ``source_kinds`` (what kind of
  source a speaker is).

A file is read the first time it is asked for and kept (``functools.cache``).
:func:`tokens` is the one tokenizer: the extraction engine's, so a multi-word
entry is cut exactly as the text it must match.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

__all__ = [
    "ARABIC_ARTICLES",
    "CLAUSE_TOKEN_RE",
    "TOKEN_RE",
    "arabic_article_name",
    "entries",
    "given_names",
    "iso_places",
    "lower_titles",
    "month_abbreviations",
    "month_numbers",
    "one_word_titles",
    "state_abbreviations",
    "title_abbreviations",
    "tokens",
    "words",
]

#: The tokenizer of article text (and of list entries): abbreviations with dots, numbers, words, punctuation.
TOKEN_RE = re.compile(  # (no named groups, and a first test that skips white space at once: a third faster)
    r"""
    (?=\S)(?:
    [A-Za-z]\.(?:[A-Za-z]\.)+                               # U.S., U.K., a.m. (spelt so, faster than a repeated group)
    | \d+(?:[.,]\d+)*(?:(?<!\d{4})[ \u00a0\u202f]\d{3}(?![\d.,]\d|\d))*(?:s\b)?  # 96, 3.5, 1,000, 1990s, 35 000
    | [A-Z]{3}(?=\d)                                          # a currency code glued to its amount: SEK9 million
    | [^\W\d_][\w]*(?:(?:-|'|’|&)(?![sS]\b)\w+)*             # words, hyphenated, O'Brien
    | [^\w\s]                                                # punctuation
    )
    """,
    re.VERBOSE,
)


#: A generation after a surname ("Lloyd J. Austin III", "Kenneth Polite, Jr."): the surname is the word before it.
GENERATIONS = frozenset("Jr Sr II III IV".split())
#: Last words of the names of programmes and schemes, which are not annotated, nor the names inside them
#: ("the Paycheck Protection Program", "the Ukraine Security Assistance Initiative": no "Ukraine" there).
PROGRAMME_HEADS = frozenset("Program Programme Programs Programmes Scheme Initiative".split())
#: Honours and offices written after a British name, no part of it ("Lucy Rigby KC MP", "Dame Jane Roe DBE").
POST_NOMINALS = frozenset("KC QC MP MSP MS MLA AM OBE MBE CBE KBE DBE GBE CH FRS".split())


#: The tokenizer of a clause when attribution looks for speaker and cue: a name keeps its inner
#: dots, apostrophes and hyphens as one token ("Caliber.Az", "O'Brien", "co-founder"), so a speaker
#: span is never cut at them, nor after an abbreviation's last dot ("U.S.", "a.m."); a number keeps its
#: thousands commas ("3,000") and a clock time its colon ("14:00"), which are not clause boundaries.  (Entity
#: extraction needs TOKEN_RE's finer cuts: numbers, "U.S.".)
CLAUSE_TOKEN_RE = re.compile(  # (a white-space skip first, and "x.y." spelt so the regex engine tries it faster)
    r"(?=\S)(?:\d{1,2}:\d{2}(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|[A-Za-z]\.(?:[A-Za-z]\.)+(?!\w)|[\w][\w'’\-.]*[\w]|[\w]|[^\w\s])"
)


def tokens(text: str) -> list[str]:
    """The tokens of ``text``, as the extraction engine cuts article text."""
    return [m.group() for m in TOKEN_RE.finditer(text)]


@cache
def entries(name: str) -> tuple[str, ...]:
    """The lines of list ``name`` (``name.txt``), stripped, without blank lines and ``#`` comments."""
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return tuple(line for line in (raw.strip() for raw in text.splitlines()) if line and not line.startswith("#"))


@cache
def words(name: str) -> frozenset[str]:
    """Every whitespace-separated word of list ``name``."""
    return frozenset(word for line in entries(name) for word in line.split())


@cache
def one_word_titles() -> frozenset[str]:
    """Titles of one word from ``person_titles`` ("General", "Ambassador", "Spc"; not "Health" of
    "Health Minister"), without an abbreviation's full stop."""
    return frozenset(t.rstrip(".") for t in entries("person_titles") if " " not in t)


@cache
def lower_titles() -> frozenset[str]:
    """:func:`one_word_titles` in lower case, as roles are written before a name ("head coach Greg Ryan")."""
    return frozenset(t.lower() for t in one_word_titles())


#: Articles written in lower case before an Arabic name ("al-Haddad", "ash-Shaibani").
ARABIC_ARTICLES = frozenset("al el ad ar as ash at az an ul".split())


def arabic_article_name(token: str) -> bool:
    """``al-Haddad``: an article, a hyphen and a capitalised name; lower case, but part of a name."""
    article, _, rest = token.partition("-")
    return article in ARABIC_ARTICLES and rest[:1].isupper()


@cache
def given_names() -> dict[str, str]:
    """Given names (``given_names.txt``, Faker's, see make_given_names.py) -> ``"m"``, ``"f"`` or ``""``
    (given to both)."""
    return {fields[0]: (fields[1] if len(fields) > 1 else "") for fields in (line.split() for line in entries("given_names"))}


@cache
def name_genders() -> dict[str, str]:
    """Given name -> ``"m"`` or ``"f"`` when one gender only is given it: ``given_names.txt`` and the
    names it leaves out for being words or places (``name_genders.txt``: "John", "Maria").  For
    whom "he" and "she" can stand for; no name is found by it."""
    out = {name: gender for name, gender in given_names().items() if gender}
    for fields in (line.split() for line in entries("name_genders")):
        if len(fields) > 1:
            out.setdefault(fields[0], fields[1])
    return out


@cache
def month_numbers() -> dict[str, int]:
    """Month names and abbreviations -> month index (0 = January)."""
    return {name: i for i, line in enumerate(entries("months")) for name in line.split()}


@cache
def month_abbreviations() -> frozenset[str]:
    """Month abbreviations (``Aug``, ``Sept``): every name of a month but its first, full one."""
    return frozenset(name for line in entries("months") for name in line.split()[1:])


@cache
def state_abbreviations(*, also_words: bool = True) -> frozenset[str]:
    """AP-style US state abbreviations (``Calif``); without those that are also words when ``also_words`` is False."""
    return frozenset(
        fields[0] for fields in (line.split() for line in entries("us_states")) if also_words or "word" not in fields[1:]
    )


@cache
def title_abbreviations(*, openers_only: bool = False) -> frozenset[str]:
    """Abbreviated titles before a name (``Mr``, ``Capt``); only those that often open a sentence when ``openers_only``."""
    return frozenset(
        fields[0]
        for fields in (line.split() for line in entries("title_abbreviations"))
        if not openers_only or "opener" in fields[1:]
    )


# Words that end or open an ISO 3166-2 subdivision name in the local language, dropped so the name
# matches English news ("Gansu Sheng" -> "Gansu"), and markers of the ISO list itself.
_ISO_AFFIXES = re.compile(
    r"\s*(?:\(.*?\)|\[.*?\]|†)|\s+(?:Sheng|Shi|Zizhiqu|oblast'?|kray|kraj|okrug|oblysy|novads|županija|apskritis|miestas|"
    r"voblasć|Province|Prefecture|Region|Governorate|County)$"
)


@cache
def _pycountry(standard: str) -> tuple[dict, ...]:
    """The records of one ISO standard ("3166-1", "3166-2", "4217") as the pycountry package ships
    them, read as JSON without importing pycountry (its import alone costs about 0.1 s); none when
    pycountry is not installed or its data cannot be read."""
    spec = find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        return ()
    path = Path(next(iter(spec.submodule_search_locations))) / "databases" / f"iso{standard}.json"
    try:
        records = json.loads(path.read_text(encoding="utf-8"))[standard]
    except (OSError, ValueError, KeyError):
        return ()
    return tuple(r for r in records if isinstance(r, dict))


@cache
def iso_countries() -> frozenset[str]:
    """English names of countries alone (ISO 3166-1 ``name`` and ``common_name``)."""
    return frozenset(c[key] for c in _pycountry("3166-1") for key in ("name", "common_name") if key in c and "," not in c[key])


@cache
def iso_places() -> frozenset[str]:
    """English names of countries (:func:`iso_countries`) and of their subdivisions (states,
    provinces, regions, départements, counties, prefectures) from the ISO 3166 data that the
    pycountry package ships.  Empty when pycountry is not installed.
    """
    names = set(iso_countries())
    for sub in _pycountry("3166-2"):
        name = _ISO_AFFIXES.sub("", sub.get("name", "")).strip()
        if name and "," not in name and "'" not in name:
            names.add(name)
    # as English news prints them: "Tamil Nadu" for ISO's "Tamil Nādu", "Sao Paulo" for "São Paulo"
    names |= {plain for plain in (without_marks(n) for n in names if not n.isascii()) if plain.isascii()}
    return frozenset(names)


@cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes ("SEK", "GBP")."""
    return frozenset(c["alpha_3"] for c in _pycountry("4217") if "alpha_3" in c)


def without_marks(name: str) -> str:
    """``name`` without its accents ("Hernández" -> "Hernandez")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
