"""Pronoun speakers: whom "she said", "he added", "it said in a statement" stand for.

News attribution often names a source once and then goes on with a pronoun; a reader
comparing outlets needs the name.  The speaker span stays the pronoun (what the text
says); the claim gains ``refers_to``: the nearest earlier mention, by name, of the person
or organisation it stands for.

The rules, in the spirit of the rule-based quote extractors for news (the Gender Gap
Tracker's), not a general coreference system:

* ``he`` / ``she`` stand for a person, ``it`` for an organisation, ``they`` for an
  organisation or a group (a nationality); ``I`` and ``we`` stand for the person whose turn of a
  transcript they are in (the last person named in the label line before them: "President of Russia
  Vladimir Putin:"), else are left alone (a statement's own voice: the text rarely names it nearby).
* The referent is, in the pronoun's own paragraph, the source of the nearest earlier claim
  whose speaker is a name of that kind, else the nearest earlier name of that kind outside
  quoted words (names inside a quotation are what the speaker talks about); failing both, the
  same two looks over the paragraphs before (news keeps to one speaker over several
  paragraphs, even when other people are named in between).
* Only the current paragraph and the few before it are searched (:data:`PARAGRAPHS_BACK`).
* A person is the same person by surname ("Julie Dutton" ... "Dutton"); ``refers_to`` is
  the nearest mention before the pronoun, which may be the surname alone.
* ``he`` and ``she`` skip a person the text has shown to be of the other gender: by a title
  or role word just before a mention ("Mrs", "spokeswoman"), by a given name given to one gender
  only (``lexicon/given_names.txt`` and ``name_genders.txt``: "Anna Bligh", "Maria Lopez"), or by an
  earlier pronoun resolved to them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace

from annotations.core.model import Claim, Entity, Span
from annotations.nlp import lexicon

__all__ = ["PARAGRAPHS_BACK", "resolve_pronoun_speakers"]

#: How many paragraphs before the pronoun's own are searched for its referent.
PARAGRAPHS_BACK = 3

#: Words just before a name that say the person's gender (titles, roles).
_FEMALE = frozenset("mrs ms miss lady dame baroness duchess countess queen princess madam spokeswoman chairwoman businesswoman congresswoman actress mother wife daughter sister grandmother".split())
_MALE = frozenset("mr sir lord baron duke earl king prince spokesman chairman businessman congressman actor father husband son brother grandfather".split())
_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_GENDER_WORDS = _FEMALE | _MALE

_KINDS: dict[str, frozenset[str]] = {
    "he": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}),
    "him": frozenset({"PERSON"}),
    "her": frozenset({"PERSON"}),
    "it": frozenset({"ORG"}),
    "they": frozenset({"ORG", "NORP"}),
}


def resolve_pronoun_speakers(
    text: str,
    claims: Sequence[Claim],
    entities: Sequence[Entity],
    quotes: Sequence[tuple[int, int]],
    paragraph_starts: Sequence[int],
    writings: frozenset[str] = frozenset(),
) -> list[Claim]:
    """``claims`` with ``refers_to`` set on those whose speaker is a pronoun.  ``writings``: nouns of documents
    that speak ("report", "statement", "indictment"): "it" after one of them stands for it, no name."""
    names = _outside_quotes(sorted(entities, key=lambda e: e.start), quotes)
    name_starts = [e.start for e in names]
    by_span = {(e.start, e.end): e for e in reversed(names)}  # the first of two on one span, as a scan found
    gender = _stated_genders(text, names)  # person key -> "m" / "f"
    out: list[Claim] = []
    for claim in claims:
        speaker = claim.speaker
        pronoun = speaker.text.lower() if speaker is not None else ""
        if pronoun in ("i", "we") and claim.refers_to is None and (turn := _turn_speaker(text, names, speaker.start)) is not None:
            out.append(replace(claim, refers_to=Span(turn.start, turn.end, turn.text)))
            continue  # a transcript's turn: "Vladimir Putin: … I would like to note that …"
        kinds = _KINDS.get(pronoun)
        if speaker is None or kinds is None or claim.refers_to is not None:
            out.append(claim)
            continue
        para = bisect_right(paragraph_starts, speaker.start) - 1
        floor = paragraph_starts[max(0, para - PARAGRAPHS_BACK)] if paragraph_starts else 0
        own = paragraph_starts[para] if paragraph_starts and para >= 0 else 0
        if pronoun == "it" and _writing_before(claim, out, names, writings, paragraph_starts[max(0, para - 1)] if paragraph_starts else 0):
            out.append(claim)  # "The report says … It says …", "released a statement … It read": the writing, no name
            continue
        wanted = _GENDER.get(pronoun)

        def fits(entity: Entity) -> bool:
            return entity.label in kinds and (wanted is None or gender.get(_key(entity), wanted) == wanted)

        # the pronoun's own paragraph first (its last speaker, else the name nearest before it), then
        # the paragraphs before it
        # "they" stands for a name only when that name spoke: "they" is more often people no name was
        # given for ("the researchers", "the findings") than the organisation named nearest
        described_before = wanted is not None and _role_subject_before(claim, out, own)

        def nearest(floor_: int) -> Entity | None:
            if pronoun == "they" or described_before:
                return None  # ("A former director spoke to VOA about the killing of Kim. He said": the director)
            return _nearest(names, name_starts, fits, floor_, speaker.start, text)

        referent = (
            (_introduced(text, out, names, name_starts, fits, speaker.start, pronoun) if wanted is not None else None)
            or _last_source(out, fits, by_span, own, speaker.start)
            or (_previous_subject(out, names, name_starts, fits, own, speaker.start) if pronoun == "they" else None)
            or (_topic(text, claim, out, names, name_starts, fits, own) if wanted is not None else None)
            or (_sentence_subject(text, claim, names, name_starts, fits) if wanted is not None else None)
            or nearest(own)
        )
        if referent is None and wanted is not None and (described := _described_speaker(out, floor, speaker.start)) is not None:
            # the last to speak was a person named by role ("the minister highlighted …" then "He revealed …"):
            # the pronoun is that person, whom an earlier mention may name ("the Minister …, Mohammed Idris")
            person = _named_role(text, names, described, floor, fits) or _named_role(text, names, described, 0, fits, titled=True) or (
                _role_of_the_lede(text, out, by_span, described, paragraph_starts, fits)
            )  # (the person the role was given to may be named further back: "Defense Secretary Chuck Hagel" in the lead)
            if person is None:
                out.append(replace(claim, refers_to=described))
                continue
            referent = person
        if referent is None and wanted is not None and para > 0 and not any(
            c.start >= own and c.end <= claim.start for c in out
        ):  # the pronoun's quotation opens its paragraph: the person who opens the sentence just before it
            # ("Richard Stickler … announced the suspension …" / '"We have suspended …," he said')
            referent = _topic(text, claim, out, names, name_starts, fits, paragraph_starts[para - 1])
        if referent is None and wanted is not None and (chain := _same_pronoun_before(out, pronoun, floor, speaker.start)) is not None:
            referent = by_span.get((chain.start, chain.end))  # '"…," she said.' after '"…," she said.': the same person
        referent = referent or _last_source(out, fits, by_span, floor, speaker.start) or nearest(floor)
        if referent is None and pronoun == "it":
            # a country that has just spoken: "Romania said it had taken 500. It said it will not take more."
            referent = _last_source(out, lambda entity: entity.label == "GPE", by_span, own, speaker.start)
        if referent is None and pronoun == "they" and (group := _group_subject(text, claim, out, own)) is not None:
            out.append(replace(claim, refers_to=group))  # "Researchers from Yale … : Before birth, they say, …"
            continue
        if referent is None:
            out.append(claim)
            continue
        if wanted is not None:
            gender.setdefault(_key(referent), wanted)
        mention = _nearest_mention(names, name_starts, referent, floor, speaker.start)
        out.append(replace(claim, refers_to=Span(mention.start, mention.end, mention.text)))
    return out


def _claim_before(claims: Sequence[Claim], at: int) -> Claim | None:
    """The last of ``claims`` (in text order) that ends by ``at``: the sentence just before."""
    return next((c for c in reversed(claims) if c.end <= at), None)


def _role_subject_before(claim: Claim, claims: Sequence[Claim], floor: int) -> bool:
    """The sentence just before ``claim``'s, in its paragraph, opens with a person named by role alone, no name set
    off after it ("A former acting director of the CIA spoke to VOA about …"): "he" or "she" is that person, whom no
    name before stands for."""
    previous = _claim_before(claims, claim.start)
    if previous is None or previous.start < floor:
        return False
    words = previous.text.split()[:12]
    if not words or words[0] not in ("A", "An", "The") or any("," in w for w in words):
        return False  # (a name set off after the role names the person: "The head of the brigade, Dodik Slamet, is …")
    for k, w in enumerate(words[1:6], 1):
        if w.lower() in _ROLES and w.isalpha() and w.islower():
            return k + 1 >= len(words) or not words[k + 1][:1].isupper()  # (nor "The police chief John Brown arrived")
        if not (w.isalpha() and w.islower()):
            return False  # (a name or a mark before any role: "The Kremlin's", "A Reuters reporter")
    return False


def _writing_before(claim: Claim, claims: Sequence[Claim], names: Sequence[Entity], writings: frozenset[str], floor: int) -> bool:
    """"it" in ``claim`` stands for a writing: it "reads"; or the last source before it (from ``floor``) is a
    writing ("The report says …"); or the sentence just before opens with one as its subject and names no
    organisation or place that "it" could be ("The post contained words that insulted officials. It also urged …")."""
    if claim.cue is not None and claim.cue.text.lower() in ("read", "reads"):
        return True
    source = next(_sources_before(claims, floor, claim.speaker.start), None)
    if source is not None and any(w in writings for w in source.text.lower().split()[:4]):
        return True  # ("The report says", "according to a report in the Financial Times")
    previous = _claim_before(claims, claim.start)
    if previous is None or previous.start < floor or previous.speaker is not None:
        return False
    words = previous.text.lower().split()[:4]
    at = next((k for k, w in enumerate(words) if k and w in writings), None)
    if not words or words[0] not in ("the", "its", "their") or at is None:
        return False
    after = previous.start + len(" ".join(previous.text.split()[: at + 1]))
    return not any(after <= e.start < previous.end and e.label in ("ORG", "GPE") for e in names)
    # ("The WHO plan calls for …": the plan; not "The complaint was dismissed by the Supreme Court. It said …": the court)


def _turn_speaker(text: str, names: Sequence[Entity], before: int) -> Entity | None:
    """The person whose turn of a transcript holds ``before``: the last person named in the label that opens
    the nearest line before it ("President of Russia Vladimir Putin:", "Mikhail Mishustin’s opening remarks:",
    "SECRETARY BLINKEN:"). None when no label line comes first."""
    labels = list(_TURN_LABEL.finditer(text, 0, before))
    if not labels:
        return None
    label = labels[-1]
    people = [e for e in names if label.start() <= e.start and e.end <= label.end() and e.label == "PERSON"]
    return people[-1] if people else None


#: A transcript's label: a line that opens with a name and a colon ("Vladimir Putin:", "President of Russia Vladimir
#: Putin: Good afternoon", "Mikhail Mishustin’s opening remarks:"): capitalised words and a few small ones, at most
#: eight, no comma (not prose such as "Speaking in Paris, Emmanuel Macron said: …").
_TURN_LABEL = re.compile(
    r"(?m)^(?:(?:[A-Z][\w.’'-]*|of|the|for|and|opening|remarks)[ \t]+){0,7}(?:[A-Z][\w.’'-]*|remarks):"
)


def _topic(text: str, claim: Claim, claims: Sequence[Claim], names: Sequence[Entity], starts: Sequence[int], fits, floor: int) -> Entity | None:
    """For "He said …" opening its sentence: the person who opens the sentence before it in the paragraph,
    past sentences that open with the same pronoun ("Day had one child … She was also married to …, Marty
    Melcher … She said": Day; "Michael Makuei, the Information Minister paid tribute to Luk. He said": Makuei,
    not the name nearest before)."""
    pronoun = claim.speaker.text.lower()
    before = text[claim.start : claim.speaker.start].rstrip()
    if claim.speaker.start - claim.start > 2 and not (before[:1] in "\"“" and before.endswith(("\"", "”"))):
        return None  # ("He said", or '"Three months ago," he said' after its opening quotation)
    for c in reversed(claims):
        if c.end > claim.start:
            continue
        if c.start < floor:
            return None
        opening = c.text.lstrip("\"“‘'( ")
        if opening.lower().startswith(pronoun + " ") or (
            (lead_in := _ADJUNCT_THEN_PRONOUN.match(opening)) is not None and lead_in.group(1).lower() == pronoun
        ) or opening.lower().startswith(_POSSESSIVE.get(pronoun, pronoun) + " ") and not any(
            x.label == "PERSON" and c.start <= x.start < c.end for x in names
        ):
            continue  # the same person goes on, after a leading adjunct too ("To help his squad, he showed …"), or what is
            # theirs ("Parkinson … was sacked … His current contract ran until 2021. He said"): look further back (but "His
            # successor, Mark Jones, was appointed. He said" is the successor)
        i = bisect_right(starts, c.start - 1)
        while i < len(names) and names[i].start < c.end and (
            names[i].label != "PERSON" or text[names[i].end : names[i].end + 2] in ("'s", "’s")
            or (after := text[names[i].end : names[i].end + 24].lower().split(" ", 2))[1:] and after[1] in _PLACE_AFTER_NAME
        ):
            i += 1  # past a leading date or place: "Wednesday, the same day that he dropped out, Bloomberg endorsed"
            # (and a possessor: "Mr. Gbagbo's campaign spokesman, Affi N'Guessan, congratulated"; and a name that
            # names a place: "Nelson Mandela health district human resources director Mzoli Njalo")
        if i >= len(names) or names[i].start >= c.end:
            return None
        first = names[i]
        lead = text[c.start : first.start].rsplit(",", 1)[-1].split()  # what follows the leading adjuncts
        if fits(first) and len(lead) <= 4 and all(w[:1].isupper() or w in _ROLES or w in _DESCRIBED for w in lead):
            return first  # (titles before the name: "Information Minister Michael Makuei", "U.S. head coach Greg Ryan",
            # "Buenos Aires resident Matilda Gonzales")
        return None
    return None


#: Nouns after a person's name that make it a place's or a body's ("Nelson Mandela health district", "the Nelson
#: Mandela Foundation" written in lower case): no one who speaks.
_PLACE_AFTER_NAME = frozenset("health district municipality metro bay region foundation hospital university stadium airport".split())
#: The possessive of each pronoun that speaks.
_POSSESSIVE = {"he": "his", "she": "her", "it": "its", "they": "their"}
#: A leading adjunct up to its comma, then a pronoun as the subject: "To help motivate his squad, he showed …".
_ADJUNCT_THEN_PRONOUN = re.compile(r"[^,.;:\"“”]{1,80},\s+(he|she|it|they)\s", re.IGNORECASE)
_INTRODUCTION = re.compile(r"\s*,?\s+(?:is|was)\s+(?:a|an|the|one)\b")


def _introduced(
    text: str, claims: Sequence[Claim], names: Sequence[Entity], starts: Sequence[int], fits, before: int, pronoun: str
) -> Entity | None:
    """The person the sentence just before introduces ("Attila Andics was the lead researcher on the project.
    “…,” he said"; "Uday Rayana is a communications observer in Jakarta. He says"), or the one before sentences that
    go on about them with the same pronoun ("John McLaughlin was the acting director of the CIA. He worked at the CIA
    for 30 years. He says"): "he" or "she" is the one just introduced, not an earlier speaker."""
    earlier = (c for c in reversed(claims) if c.end <= before)
    previous = next(earlier, None)
    for _ in range(2):
        if previous is None or previous.speaker is not None or not previous.text.lower().startswith(pronoun + " "):
            break
        previous = next(earlier, None)  # (a sentence of the same pronoun that reports no one's words goes on about them)
    if previous is None or previous.speaker is not None:
        return None
    i = bisect_right(starts, previous.start - 1)
    if i >= len(names) or names[i].start >= previous.end or names[i].label != "PERSON":
        return None
    first = names[i]
    lead = text[previous.start : first.start].split()
    if lead[:1] == ["For"] and len(lead) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in lead[1:]) and (
        text.startswith(",", first.end)
    ):
        return first if fits(first) else None  # the one a sentence is about: "For Airman 1st Class Sabier Erazo, …, the
        # event served to …" / '"We get trained …," he said'
    if len(lead) > 3 or not all(w[:1].isupper() for w in lead) or not _INTRODUCTION.match(text, first.end):
        return None
    return first if fits(first) else None


def _same_pronoun_before(claims: Sequence[Claim], pronoun: str, floor: int, before: int) -> Span | None:
    """The referent of the last claim before ``before`` (from ``floor`` on) whose speaker is the same pronoun,
    when no claim with another speaker comes between."""
    for c in reversed(claims):
        if c.start >= before or c.speaker is None:
            continue
        if c.start < floor:
            return None
        if c.speaker.text.lower() != pronoun:
            return None
        if c.refers_to is not None:
            return c.refers_to
    return None


def _sentence_subject(text: str, claim: Claim, names: Sequence[Entity], starts: Sequence[int], fits) -> Entity | None:
    """For "he" or "she" inside its own sentence, after the person who opens it: "President Juncker held a joint press
    conference with Donald Tusk … and Klaus Iohannis …, during which he said": Juncker, not the name nearest."""
    if claim.speaker.start - claim.start < 20:
        return None
    i = bisect_right(starts, claim.start - 1)
    if i >= len(names) or names[i].start >= claim.speaker.start or names[i].label != "PERSON" or not fits(names[i]):
        return None
    first = names[i]
    lead = text[claim.start : first.start].split()
    if len(lead) > 3 or not all(w[:1].isupper() for w in lead) or text[first.end : first.end + 2] in ("'s", "’s"):
        return None  # (only the name that opens the sentence, with its titles: "President Juncker")
    between = text[first.end : claim.speaker.start]
    if text[first.end : first.end + 1] == "," or " who " in between and not between.endswith((" who ", " whom ")):
        return None  # ("Smith, an aide to X, …", "Smith met Jones, who said he …": another clause's pronoun; but in
        # "Ali praised the commander, Mohamed, who he said fought off …" the pronoun right after "who" is not its antecedent)
    return first


def _previous_subject(claims: Sequence[Claim], names: Sequence[Entity], starts: Sequence[int], fits, floor: int, before: int) -> Entity | None:
    """The name that opens the sentence just before the pronoun's, in its paragraph: "This Thursday
    the US Commission on International Religious Freedom also criticised the move … They released
    a statement" (the subject of the sentence before is who "they" are, spoken or not)."""
    previous = _claim_before(claims, before)
    if previous is None or previous.start < floor:
        return None
    i = bisect_right(starts, previous.start - 1)
    if i >= len(names) or names[i].start >= previous.end:
        return None
    first = names[i]
    if first.label == "DATE" and i + 1 < len(names):
        first = names[i + 1]  # "This Thursday the …"
    lead = previous.text[: first.start - previous.start].split()
    after = previous.text[first.end - previous.start :].split()
    if after and after[0].startswith("("):
        after = after[1:]  # its acronym: "… Religious Freedom (USCIRF) also criticised"
    head = bool(after) and (after[0] in _SUBJECT_FOLLOWERS or after[0].endswith("ed") and after[0].islower())
    if fits(first) and head and all(w[:1].isupper() or w.lower() in ("the", "a", "an") for w in lead) and len(lead) <= 4:
        return first  # (not a modifier: "The British jury convicted …")
    return None


#: Words that follow a sentence's subject (a verb or an adverb before one).
_SUBJECT_FOLLOWERS = frozenset("also has have had is are was were will would said says told added".split())


def _stated_genders(text: str, names: Sequence[Entity]) -> dict[str, str]:
    """Person key -> "m" / "f" where the text or the name says it; a surname two people of different
    genders share ("Thomas Brooke", his wife "Jessica Brooke") gets none."""
    out: dict[str, str] = {}
    mixed: set[str] = set()
    for e in names:
        if e.label != "PERSON":
            continue
        before = text[max(0, e.start - 30) : e.start].replace(".", " ").split()
        word = before[-1].casefold() if before else ""
        given = e.text.split()
        gender = "f" if word in _FEMALE else "m" if word in _MALE else (
            lexicon.name_genders().get(given[0], "") if len(given) > 1 else ""  # "Anna Bligh": a name given to women
        ) or (
            # a Vietnamese middle name that marks it: "Bui Thi Hong Loan" (Thị, women), "Nguyen Van Minh" (Văn, men)
            ("f" if given[1] in ("Thi", "Thị") else "m" if given[1] in ("Van", "Văn") else "") if len(given) >= 3 else ""
        )
        if gender and out.setdefault(_key(e), gender) != gender and (len(given) > 1 or word in _GENDER_WORDS):
            mixed.add(_key(e))
    full = [e.text.split() for e in names if e.label == "PERSON" and len(e.text.split()) > 1]
    for e in names:
        if e.label == "PERSON" and len(e.text.split()) == 1 and not any(e.text in (words[0], words[-1]) for words in full) and (
            gender := lexicon.name_genders().get(e.text, "")
        ):
            out.setdefault(_key(e), gender)  # "Tom", named by his first name alone (not "Warren" after "Elizabeth Warren")
    for key in mixed:
        del out[key]
    return out


def _outside_quotes(entities: Sequence[Entity], quotes: Sequence[tuple[int, int]]) -> list[Entity]:
    """The entities (sorted by start) that start outside every quotation: no ``(a, b)`` with ``a < start < b``.
    One sweep: the quotations opened before an entity's start reach past it when the furthest end does."""
    spans = sorted(quotes)
    out: list[Entity] = []
    k, reach = 0, -1
    for e in entities:
        while k < len(spans) and spans[k][0] < e.start:
            reach = max(reach, spans[k][1])
            k += 1
        if not e.start < reach:
            out.append(e)
    return out


#: One person named by role ("the minister", "The spokeswoman"): who a pronoun may stand for.
_ROLES = lexicon.lower_titles() | frozenset(
    "spokesman spokeswoman spokesperson official minister chief director head commander judge prosecutor".split())
#: What a person in the street is called before the name, after a place: "Buenos Aires resident Matilda Gonzales".
_DESCRIBED = frozenset("resident voter student protester demonstrator worker farmer teacher shopkeeper vendor pensioner retiree".split())


#: People spoken of as a group, whom "they" stands for when no name does.
_GROUPS = frozenset(
    """researchers scientists officials experts analysts economists doctors investigators authorities police
    residents witnesses activists protesters lawmakers prosecutors engineers teachers workers""".split()
)
_GROUP_STOP = frozenset(
    """are were have had say said says will would could can may might also hope believe think expect fear warn want
    worry agree estimate predict find found show suggest report""".split()  # ("Officials hope the rate cuts …": the officials)
)


def _group_subject(text: str, claim: Claim, claims: Sequence[Claim], floor: int) -> Span | None:
    """The group that opens the pronoun's sentence or the one before it, in its paragraph ("Researchers
    from Yale University are offering …: Before birth, they say"), as a phrase: ``None`` without one."""
    for c in (claim, _claim_before(claims, claim.start)):
        if c is None or c.start < floor:
            continue
        words = c.text.split()
        if not words or words[0].lower().strip(",") not in _GROUPS:
            continue
        end = next((i for i, w in enumerate(words) if i and (
            w.lower() in _GROUP_STOP or not w[:1].isalnum() or w.islower() and w.endswith("ed")  # "Researchers used swabs": a verb
        )), len(words))
        if end == len(words):
            continue  # no verb found where a subject would end: the whole sentence is no group's phrase
        phrase = " ".join(words[:end]).rstrip(",:;")
        start = c.start
        if text[start : start + len(phrase)] == phrase and start + len(phrase) <= claim.speaker.start:
            return Span(start, start + len(phrase), phrase)
    return None


def _sources_before(claims: Sequence[Claim], floor: int, before: int) -> Iterator[Span]:
    """Who spoke (a resolved pronoun's referent, else the speaker) in the claims before ``before``,
    the nearest first, back to ``floor``."""
    for claim in reversed(claims):
        source = claim.refers_to or claim.speaker
        if source is None or source.start >= before:
            continue
        if source.start < floor:
            return
        yield source


def _described_speaker(claims: Sequence[Claim], floor: int, before: int) -> Span | None:
    """The last speaker before ``before`` when it names one person by role ("the minister"), else ``None``."""
    source = next(_sources_before(claims, floor, before), None)
    words = source.text.split() if source is not None else []
    if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in _ROLES and words[1].isalpha():
        return source
    return None


def _named_role(text: str, names: Sequence[Entity], described: Span, floor: int, fits, titled: bool = False) -> Entity | None:
    """The person an earlier mention gives the role of ``described``: "the Minister of Information …,
    Mohammed Idris", "Minister Mohammed Idris" (the nearest such before it, from ``floor``), "Mullen's first trip as
    chairman"; ``titled``: only as a title right before the name, of someone who holds it now ("Defense Secretary Chuck
    Hagel", "Army Gen. Martin E. Dempsey" for "the general"; not "Former health minister Aaron Motsoaledi"), and only
    when one person holds it ("Gen. David Petraeus met Gen. Stanley McChrystal" names no one "the general")."""
    role = described.text.split()[-1].lower()
    titled_as: dict[str, Entity] = {}
    for e in reversed(names):
        if e.end > described.start or e.start < floor or e.label != "PERSON" or not fits(e):
            continue
        before_text = text[max(floor, e.start - 80) : e.start].lower().split()
        after = text[e.end : e.end + 40].lower().split()[:5]  # or after the name, as what they are: "Mullen's first trip as chairman"
        if "as" in after and role in after[after.index("as") + 1 : after.index("as") + 3] and _SUCCEEDED.isdisjoint(
            before_text[-3:]
        ) and _PAST_HOLDER.isdisjoint(before_text[-3:] + after[: after.index("as")]):
            # (not "succeeded John Smith as chairman", "stepped down as chairman", "Jack Welch's time as chairman"; but
            # "John Smith succeeded Mary Jones as chairman" is Smith's)
            return e
        if titled:
            before = [_TITLE_WORDS.get(w, w) for w in before_text]  # ("Gen." is "general")
            if role in before[-3:] and not _FORMER.intersection(before[-4:]):
                titled_as.setdefault(_key(e), e)
            continue
        if role in before_text[-8:]:
            return e
    return next(iter(titled_as.values())) if len(titled_as) == 1 else None


#: Titles written short before a name, as the role a later mention names ("Army Gen. Martin E. Dempsey" … "the general").
_TITLE_WORDS = {"gen.": "general", "adm.": "admiral", "sec.": "secretary", "gov.": "governor", "sen.": "senator",
                "rep.": "representative", "col.": "colonel", "capt.": "captain", "lt.": "lieutenant", "maj.": "major",
                "sgt.": "sergeant", "prof.": "professor", "supt.": "superintendent", "insp.": "inspector", "det.": "detective"}
#: Words around "X as chairman" that make X someone who held the post before, or holds it no more.
_PAST_HOLDER = frozenset(
    "stepped resigned resigning quit retired retiring ousted removed fired sacked time tenure former predecessor left leaving".split()
)
#: Words before a name that make its holder of a post the one before: "succeeded John Smith as chairman".
_SUCCEEDED = frozenset("succeeded succeeding replaced replacing".split())
#: A service and a rank before a name, the way a release names the officer its lede gave by post ("Army Gen.", "Navy
#: Adm.", "Marine Corps Lt. Gen.").
_RANKED = frozenset("army navy air force marine marines corps coast guard u.s. gen. adm. lt. col. maj. vice rear".split())


def _role_of_the_lede(
    text: str, claims: Sequence[Claim], by_span: dict[tuple[int, int], Entity], described: Span, paragraph_starts: Sequence[int], fits
) -> Entity | None:
    """The officer a release names in its second paragraph after giving only the post in its first: "…, the chairman
    of the Joint Chiefs of Staff told the Senate Armed Services Committee today." / "…, Army Gen. Martin E. Dempsey
    told the committee …" (the post and the name each speak, the name first in the paragraph after the post's, with
    only a service and a rank before it: not an opposition leader, a spokesman or a predecessor who answers)."""
    role = described.text.split()[-1].lower()
    if not paragraph_starts:
        return None
    lede_end = paragraph_starts[1] if len(paragraph_starts) > 1 else described.start
    first = next((c for c in claims if c.speaker is not None and c.speaker.start < lede_end), None)
    words = first.speaker.text.lower().split() if first is not None else []
    if first is None or words[:2] != ["the", role] or first.refers_to is not None or (first.speaker.start, first.speaker.end) in by_span:
        return None
    nxt = bisect_right(paragraph_starts, first.speaker.start)  # the paragraph after the lede's
    if nxt >= len(paragraph_starts):
        return None
    end = paragraph_starts[nxt + 1] if nxt + 1 < len(paragraph_starts) else described.start
    for c in claims:
        if c.speaker is not None and paragraph_starts[nxt] <= c.speaker.start < min(end, described.start):
            person = by_span.get((c.speaker.start, c.speaker.end))
            if person is None or person.label != "PERSON" or not fits(person) or text[person.end : person.end + 2] in ("'s", "’s"):
                return None
            lead = text[max(paragraph_starts[nxt], person.start - 40) : person.start].split(",")[-1].lower().split()
            ranked = [w for w in lead if w in _RANKED]
            return person if ranked and len(ranked) == len(lead) and {"gen.", "adm."} & set(ranked) else None
    return None


#: Words that make a title a past one ("former health minister")
_FORMER = frozenset("former ex then late outgoing".split())


def _last_source(claims: Sequence[Claim], fits, by_span: dict[tuple[int, int], Entity], floor: int, before: int) -> Entity | None:
    """The name that spoke last before ``before`` (a resolved pronoun counts) among those that fit."""
    for source in _sources_before(claims, floor, before):
        entity = by_span.get((source.start, source.end)) or next(
            (name for (start, end), name in reversed(by_span.items()) if source.start <= start and end == source.end and fits(name)),
            None,
        )  # a name that ends the source: "Medrek’s Gudina"
        if entity is not None and fits(entity):
            return entity
    return None


def _nearest(names: Sequence[Entity], starts: Sequence[int], fits, floor: int, before: int, text: str) -> Entity | None:
    """The name nearest before ``before`` that fits, past objects of a preposition ("spoke to reporter Joe
    De Capua": he is the one who spoke) unless no other name fits."""
    fallback = None
    i = bisect_right(starts, before) - 1
    while i >= 0 and names[i].start >= floor:
        if fits(names[i]) and names[i].end <= before and not _object_in_sentence(text, names[i], before) and not _modifier(text, names[i]):
            if not _object_of_preposition(text, names[i]):
                return names[i]
            fallback = fallback or names[i]
        i -= 1
    return fallback


def _object_of_preposition(text: str, name: Entity) -> bool:
    """``name`` follows "to"/"with" and the words of a role ("spoke to Africa reporter Joe De Capua")."""
    return _word_before_role(text, name) in ("to", "with")


def _modifier(text: str, name: Entity) -> bool:
    """``name`` modifies a noun after an article: "the Trump factor", "the Biden administration" (no one acting)."""
    before = text[max(0, name.start - 12) : name.start].lower().split()
    after = text[name.end : name.end + 20].split()
    return name.label == "PERSON" and bool(before) and before[-1] in ("the", "a", "an") and bool(after) and (
        after[0].isalpha() and after[0].islower() and after[0] not in _SUBJECT_FOLLOWERS
    )


_PREPOSITIONS = frozenset("to with by from for of at about".split())


def _object_in_sentence(text: str, name: Entity, pronoun_at: int) -> bool:
    """``name`` is the object of a preposition in the pronoun's own sentence ("Speaking to Martin
    Smith of PBS, he said": he is not Martin Smith)."""
    if any(ch in text[name.end : pronoun_at] for ch in ".!?\n") or name.text.endswith((" Jr.", " Sr.")):
        return False  # (a suffix's dot may end the sentence too: "The award went to Richard Williams Jr. He said")
    return _word_before_role(text, name) in _PREPOSITIONS


def _word_before_role(text: str, name: Entity) -> str:
    """The word before ``name`` and the title or role written before it ("with Justice Hima Kohli", "to Dr.
    Ali", "to Africa reporter Joe De Capua", "to VOA's Ann Lee"), lower-cased; "" at a line's start."""
    start = max(text.rfind("\n", 0, name.start) + 1, name.start - 60)
    before = text[start : name.start].split()
    while len(before) > 1 and (
        before[-1][:1].isupper() and (before[-1].rstrip(".").isalpha() or before[-1].endswith(("'s", "’s")))
        or before[-1] in ("reporter", "correspondent")
    ):
        before.pop()
    return before[-1].lower() if before else ""


def _nearest_mention(names: Sequence[Entity], starts: Sequence[int], referent: Entity, floor: int, before: int) -> Entity:
    """The mention of ``referent`` nearest before ``before`` (a person by surname, anything else by name)."""
    key = _key(referent)
    i = bisect_right(starts, before) - 1
    while i >= 0 and names[i].start >= floor:
        e = names[i]
        if e.end <= before and e.label == referent.label and _key(e) == key:
            return e
        i -= 1
    return referent


def _key(entity: Entity) -> str:
    words = entity.text.replace("’s", "").replace("'s", "").split()
    while entity.label == "PERSON" and len(words) > 1 and words[-1].rstrip(".,") in lexicon.GENERATIONS:
        words.pop()  # the surname is before the generation: "Lloyd J. Austin III" is "Austin"
    if entity.label == "PERSON" and words:
        return words[-1].rstrip(",").casefold()
    return " ".join(words).casefold()
