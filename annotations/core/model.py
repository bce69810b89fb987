"""Plain data classes shared by every layer.

Offsets are Python string offsets (code points) into ``Document.text``, the
normalised body.  ``end`` is exclusive, as in slicing: ``text[start:end]``.
Nothing here imports a UI toolkit or does I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import PurePath
from typing import Any

#: Entity labels (OntoNotes names, as spaCy uses them).
ENTITY_LABELS: tuple[str, ...] = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "DATE",
    "CARDINAL",
    "PERCENT",
    "MONEY",
    "QUANTITY",
)

#: The one display name of each entity label: what the reader, its panels, the legend, ``render``
#: and the HTML export's legend say.  Data (exports, the store) keeps the machine labels above.
ENTITY_NAMES: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Place",  # countries, cities, states
    "LOC": "Region",  # non-political places: regions, seas, mountains
    "NORP": "Group",  # nationalities, religious and political groups
    "DATE": "Date",
    "CARDINAL": "Number",
    "PERCENT": "Percent",
    "MONEY": "Money",
    "QUANTITY": "Quantity",
}


#: Claim kinds.
CLAIM_KINDS: tuple[str, ...] = ("quote", "reported", "statistic", "assertion")

#: The one display name of each claim kind (the legend's, the inspector's, the panels' and the tables').
CLAIM_NAMES: dict[str, str] = {
    "quote": "Quote",
    "reported": "Reported speech",
    "statistic": "Statistic",
    "assertion": "Assertion",
}


def label_name(label: str) -> str:
    """What an entity label or a claim kind is called wherever people read it: the reader, its
    panels and messages, the legend, ``render``, the HTML export and the CLI's tables
    (``GPE`` -> ``Place``, ``reported`` -> ``Reported speech``).  The one mapping: data (exports,
    JSON output, the store) keeps the machine labels.  A label presslens does not name (spaCy's
    ``FAC``) is shown as it is."""
    return ENTITY_NAMES.get(label) or CLAIM_NAMES.get(label) or label


def utc_now() -> str:
    """UTC timestamp, ISO 8601 with a ``Z``, millisecond precision."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a document's text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity or figure found by an engine."""

    start: int
    end: int
    text: str
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]), str(data["label"]))


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence or clause that asserts something, with who says it and how."""

    start: int
    end: int
    text: str
    kind: str  # one of CLAIM_KINDS
    speaker: Span | None = None
    cue: Span | None = None
    #: for a pronoun speaker ("she said"), the earlier mention of the name it stands for
    refers_to: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        speaker = self.speaker.to_dict() if self.speaker else None
        if speaker is not None and self.refers_to is not None:
            speaker["refers_to"] = self.refers_to.to_dict()
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": speaker,
            "cue": self.cue.to_dict() if self.cue else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        sp = data.get("speaker")
        cue = data.get("cue")
        ref = sp.get("refers_to") if sp else None
        return cls(
            int(data["start"]),
            int(data["end"]),
            str(data["text"]),
            str(data["kind"]),
            Span.from_dict(sp) if sp else None,
            Span.from_dict(cue) if cue else None,
            Span.from_dict(ref) if ref else None,
        )


def claim_roles(claim: Claim | dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """``(speaker, cue)`` of a claim (or its payload dict) as the span dicts annotations carry.

    Read from the payload (``to_dict()``), so whatever an engine puts on a span
    travels with it: a speaker's ``refers_to`` (the span a pronoun resolves to),
    or one given beside the speaker at claim level, is kept on the speaker.
    """
    data = claim.to_dict() if isinstance(claim, Claim) else claim
    speaker = _copy_span(data.get("speaker"))
    cue = _copy_span(data.get("cue"))
    if speaker is not None and "refers_to" not in speaker and data.get("refers_to"):
        speaker["refers_to"] = dict(data["refers_to"])
    return speaker, cue


@dataclass(frozen=True, slots=True)
class Analysis:
    """What an engine found in one document."""

    doc_id: str
    engine: str  # e.g. "builtin 0.1.0" or "spacy en_core_web_sm 3.8.0"
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    #: why there are no highlights, when the engine cannot read the text (its language)
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "doc_id": self.doc_id,
            "engine": self.engine,
            "entities": [e.to_dict() for e in self.entities],
            "claims": [c.to_dict() for c in self.claims],
            "sentences": [list(s) for s in self.sentences],
        }
        if self.note:
            out["note"] = self.note
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            doc_id=str(data["doc_id"]),
            engine=str(data["engine"]),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", ())),
            sentences=tuple((int(a), int(b)) for a, b in data.get("sentences", ())),
            note=str(data.get("note", "")),
        )


@dataclass(frozen=True, slots=True)
class SetAnalysis:
    """What the pipeline found in a set of documents read together: one :class:`Analysis` each.

    Names carry one label across the set (see :mod:`annotations.nlp.pipeline`),
    so a document's analysis depends on the set it was read in.  The set is
    identified by :attr:`key`, its sorted document ids: the order the articles
    were opened in does not make another set.  ``pipeline`` names the version of
    the steps that made it (a cached result of other steps is not reused).
    """

    engine: str
    pipeline: str
    analyses: tuple[Analysis, ...] = ()
    #: claim alignment across the set: each claim's best counterpart in each other document
    pairs: tuple[ClaimPair, ...] = ()

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(a.doc_id for a in self.analyses)

    @property
    def key(self) -> tuple[str, ...]:
        return set_key(self.doc_ids)

    def get(self, doc_id: str) -> Analysis | None:
        return next((a for a in self.analyses if a.doc_id == doc_id), None)

    def ordered(self, doc_ids: Sequence[str]) -> SetAnalysis:
        """The same result with its analyses in the order of ``doc_ids`` (the same set)."""
        by_id = {a.doc_id: a for a in self.analyses}
        return SetAnalysis(self.engine, self.pipeline, tuple(by_id[d] for d in doc_ids), self.pairs)

    def to_dict(self) -> dict[str, Any]:
        ordered = sorted(self.analyses, key=lambda a: a.doc_id)
        return {
            "docs": list(self.key),
            "engine": self.engine,
            "pipeline": self.pipeline,
            "analyses": [a.to_dict() for a in ordered],
            "pairs": [p.to_dict() for p in self.pairs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SetAnalysis:
        """In the order of the stored ``docs`` (sorted ids)."""
        analyses = [Analysis.from_dict(a) for a in data.get("analyses", ())]
        pairs = [ClaimPair.from_dict(p) for p in data.get("pairs", ())]
        return cls(str(data["engine"]), str(data.get("pipeline", "")), tuple(analyses), tuple(pairs))


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """A claim of one document of a set, by the document's id and the claim's span."""

    doc_id: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimRef:
        return cls(str(data["doc_id"]), int(data["start"]), int(data["end"]))


#: How two claims of two outlets relate: the same claim or fact, the same topic with other
#: content, or the same fact with a different figure or attribution.
ALIGNMENT_RELATIONS = ("same", "related", "conflicting")


@dataclass(frozen=True, slots=True)
class ClaimPair:
    """A claim (``a``) and its best counterpart (``b``) in another document of the set."""

    a: ClaimRef
    b: ClaimRef
    score: float  # higher is more alike, 0..1
    relation: str  # one of ALIGNMENT_RELATIONS

    @property
    def counterpart(self) -> bool:
        """Whether ``b`` is ``a``'s counterpart (the same claim, or the same fact told otherwise);
        a claim with none in any other article is unique to its outlet."""
        return self.relation in ("same", "conflicting")

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "score": self.score, "relation": self.relation}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimPair:
        return cls(ClaimRef.from_dict(data["a"]), ClaimRef.from_dict(data["b"]), float(data["score"]), str(data["relation"]))


def set_key(doc_ids: Iterable[str]) -> tuple[str, ...]:
    """What identifies a set of documents: their ids, sorted."""
    return tuple(sorted(doc_ids))


@dataclass(frozen=True, slots=True)
class Document:
    """One article, loaded and normalised.

    ``id`` is the sha256 (hex) of ``text``; ``path`` is the path as given.
    ``meta`` holds any further metadata fields a file carried.
    """

    id: str
    path: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    date: str = ""
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def sha256(self) -> str:
        return self.id

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def to_dict(self, with_text: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "date": self.date,
            "sha256": self.id,
            "meta": dict(self.meta),
        }
        if with_text:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            id=str(data["id"]),
            path=str(data.get("path", "")),
            text=str(data.get("text", "")),
            title=str(data.get("title", "")),
            source=str(data.get("source", "")),
            url=str(data.get("url", "")),
            date=str(data.get("date", "")),
            meta=dict(data.get("meta") or {}),
        )


#: How many characters of its opening words name an article that has neither title nor source.
LABEL_OPENING_CHARS = 40


def article_label(doc: Document) -> str:
    """The one short name of an article wherever one is named for people: the column headers,
    the panels, the compare screen, the column chooser, messages and the html page.

    Its title (a header's, a Markdown heading's or a headline's, see
    :func:`annotations.core.documents.make_document`); else its outlet (``source``); else its
    opening words, ellipsised: what says which article it is.  Never the file name, which says
    nothing to a reader (``000_1b4b9486991916c5``): that stays the document's ``path``, shown
    where files are listed.  A title that is only the file's stem is none: databases written
    before this rule stored the stem as the title.  One line, spaces collapsed; not made safe
    (callers pass it through the sanitising boundary, :mod:`annotations.core.text`) and not cut
    to a width (a panel cuts it to its column).
    """
    title = " ".join(doc.title.split())
    if title and not (doc.path and title == PurePath(doc.path).stem):
        return title
    source = " ".join(doc.source.split())
    if source:
        return source
    words = doc.text.split()
    out = ""
    for word in words:
        if out and len(out) + 1 + len(word) > LABEL_OPENING_CHARS:
            return out + "…"
        out = f"{out} {word}" if out else word
    if len(out) > LABEL_OPENING_CHARS:  # one long word
        return out[: LABEL_OPENING_CHARS - 1] + "…"
    return out or "(empty)"


@dataclass(slots=True)
class Link:
    """A relation from one annotation to another (usually in another article)."""

    target: str  # annotation id
    relation: str  # "same-claim", "supports", "contradicts", "elaborates", or a codebook relation
    target_doc: str = ""  # document id of the target, for exports that need it

    def to_dict(self) -> dict[str, Any]:
        return {"target": self.target, "relation": self.relation, "target_doc": self.target_doc}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Link:
        return cls(str(data["target"]), str(data["relation"]), str(data.get("target_doc", "")))


@dataclass(slots=True)
class Annotation:
    """A span a person (or an engine) marked, with tags, comment and links.

    ``author`` is set for human annotations; ``generator`` (``{"name", "version"}``)
    for engine suggestions.  ``label`` carries an entity label or claim kind when the
    annotation came from (or was accepted from) an engine suggestion.
    ``status`` is ``"human"``, ``"suggested"`` or ``"rejected"``; ``orphan`` is true
    when re-anchoring could not place the annotation in the current text.
    ``speaker`` and ``cue`` are set on a claim: ``{"start", "end", "text"}`` spans of
    the same document (a speaker may add ``"refers_to"``, the span a pronoun speaker
    resolves to).  Kept as plain dicts so what the engine adds to a span travels with it.
    """

    id: str
    doc_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    tags: list[str] = field(default_factory=list)
    comment: str = ""
    links: list[Link] = field(default_factory=list)
    author: str | None = None
    generator: dict[str, str] | None = None
    label: str | None = None
    status: str = "human"
    orphan: bool = False
    created: str = field(default_factory=utc_now)
    modified: str = field(default_factory=utc_now)
    speaker: dict[str, Any] | None = None
    cue: dict[str, Any] | None = None

    @classmethod
    def for_span(cls, doc: Document, start: int, end: int, *, id: str, at: str | None = None, **fields: Any) -> Annotation:
        """An annotation of ``doc.text[start:end]``: quote and context filled in, created/modified ``at``."""
        prefix, quote, suffix = quote_context(doc.text, start, end)
        stamp = at or utc_now()
        return cls(
            id=id, doc_id=doc.id, start=start, end=end, quote=quote, prefix=prefix, suffix=suffix,
            created=stamp, modified=stamp, **fields,
        )

    @property
    def by(self) -> str:
        """Who made it, the one way it is written everywhere (panels, stats, html, filters):
        the author's name; an engine's suggestion as ``[engine name]``; ``""`` if neither."""
        if self.author is not None:
            return self.author
        if self.generator:
            return f"[{self.generator.get('name') or 'engine'}]"
        return ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "tags": list(self.tags),
            "comment": self.comment,
            "links": [link.to_dict() for link in self.links],
            "author": self.author,
            "generator": dict(self.generator) if self.generator else None,
            "label": self.label,
            "status": self.status,
            "orphan": self.orphan,
            "created": self.created,
            "modified": self.modified,
            "speaker": _copy_span(self.speaker) if self.speaker else None,
            "cue": _copy_span(self.cue) if self.cue else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        return cls(
            id=str(data["id"]),
            doc_id=str(data["doc_id"]),
            start=int(data["start"]),
            end=int(data["end"]),
            quote=str(data.get("quote", "")),
            prefix=str(data.get("prefix", "")),
            suffix=str(data.get("suffix", "")),
            tags=[str(t) for t in data.get("tags") or ()],
            comment=str(data.get("comment") or ""),
            links=[Link.from_dict(link) for link in data.get("links") or ()],
            author=data.get("author"),
            generator=dict(data["generator"]) if data.get("generator") else None,
            label=data.get("label"),
            status=str(data.get("status") or "human"),
            orphan=bool(data.get("orphan", False)),
            created=str(data.get("created") or utc_now()),
            modified=str(data.get("modified") or utc_now()),
            speaker=_copy_span(speaker) if (speaker := data.get("speaker")) else None,
            cue=_copy_span(cue) if (cue := data.get("cue")) else None,
        )


def _copy_span(span: dict[str, Any] | None) -> dict[str, Any] | None:
    """A copy of a claim role span (one level of nesting: a speaker's ``refers_to``)."""
    if not span:
        return None
    return {k: dict(v) if isinstance(v, dict) else v for k, v in span.items()}


#: How many characters of context are kept on each side of an annotation's quote.
CONTEXT_CHARS = 32


def quote_context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """Return ``(prefix, exact, suffix)`` for ``text[start:end]``."""
    return text[max(0, start - width) : start], text[start:end], text[end : end + width]
