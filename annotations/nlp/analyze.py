"""Presenting and scoring analyses: the JSON payload, a plain-text table, gold scores.

Pure functions over :class:`~annotations.core.model.Document` and
:class:`~annotations.core.model.Analysis`; no I/O, no UI.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotations.core.text import plural
from annotations.core.model import ENTITY_LABELS, Analysis, Claim, Document, Entity, label_name

__all__ = ["AlignmentScores", "Scores", "score_alignment", "analysis_payload", "format_table", "score_document", "sum_scores"]


def _engine_label(engine: Any) -> str:
    return engine if isinstance(engine, str) else str(getattr(engine, "label", engine))


def analysis_payload(docs: Sequence[Document], analyses: Sequence[Analysis], engine: Any) -> dict[str, Any]:
    """The ``presslens analyze --format json`` document.

    ``engine`` is an engine (its ``label`` is used) or a label string.  Offsets
    index each document's ``text``, which is included.
    """
    return {
        "engine": _engine_label(engine),
        "documents": [
            {
                "id": doc.id,
                "path": doc.path,
                "title": doc.title,
                "date": doc.date,
                "text": doc.text,
                "entities": [e.to_dict() for e in analysis.entities],
                "claims": [c.to_dict() for c in analysis.claims],
                **({"note": analysis.note} if analysis.note else {}),  # why there are none (the language)
            }
            for doc, analysis in zip(docs, analyses)
        ],
    }


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(docs: Sequence[Document], analyses: Sequence[Analysis], *, top: int = 8, width: int = 72) -> str:
    """A readable plain-text summary: per document, entity counts, top entities, claims."""
    lines: list[str] = []
    for doc, analysis in zip(docs, analyses):
        title = doc.title or doc.path or doc.id[:12]
        head = f"{title}  ({doc.path})" if doc.path and doc.path != title else title
        lines.append(head)
        lines.append("=" * min(len(head), width))
        meta = [plural(doc.word_count, "word"), plural(len(analysis.entities), "entity", "entities"), plural(len(analysis.claims), "claim")]
        if analysis.note:
            meta.append(analysis.note)
        if doc.date:
            meta.insert(0, doc.date)
        lines.append(" · ".join(meta))
        counts = Counter(e.label for e in analysis.entities)
        if counts:  # labels and kinds by the names the reader shows (the JSON keeps GPE, reported…)
            others = sorted(set(counts) - set(ENTITY_LABELS))
            lines.append("Entities: " + ", ".join(f"{label_name(lab)} {counts[lab]}" for lab in (*ENTITY_LABELS, *others) if counts[lab]))
            names = Counter((e.text, e.label) for e in analysis.entities)
            lines.append("Top:")
            top_names = names.most_common(top)
            room = max(len(label_name(label)) for (_, label), _ in top_names)
            for (text, label), n in top_names:
                lines.append(f"  {n:>3}  {label_name(label):<{room}} {_short(text, width - 7 - room)}")
        if analysis.claims:
            lines.append("Claims:")
            room = max(len(label_name(claim.kind)) for claim in analysis.claims)
            for claim in analysis.claims:
                who = f" — {claim.speaker.text}" if claim.speaker else ""
                if claim.refers_to is not None:
                    who += f" ({claim.refers_to.text})"
                cue = f" ({claim.cue.text})" if claim.cue else ""
                lines.append(f"  [{label_name(claim.kind):<{room}}] {_short(claim.text, width - 5 - room)}{who}{cue}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------
# Scoring against gold annotations


@dataclass(slots=True)
class Scores:
    """Counts from comparing an analysis with gold annotations."""

    true_pos: int = 0
    predicted: int = 0
    gold: int = 0
    attributed: int = 0  # gold claims that have a speaker
    speaker_found: int = 0  # ... whose speaker our matching claim overlaps
    speaker_exact: int = 0  # ... and matches exactly

    @property
    def precision(self) -> float:
        return self.true_pos / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_recall(self) -> float:
        return self.speaker_found / self.attributed if self.attributed else 1.0

    @property
    def speaker_exact_recall(self) -> float:
        return self.speaker_exact / self.attributed if self.attributed else 1.0


def score_document(gold: Mapping[str, Any], entities: Iterable[Entity], claims: Iterable[Claim]) -> Scores:
    """Compare predictions with one gold record (``{"entities": [...], "claims": [...]}``).

    Entities match on exact span and label.  Speakers, for each gold claim that has one: the
    *source* is who speaks (the name a pronoun refers to, ``refers_to``, else the speaker).
    The predicted claim overlapping the gold claim most must name that source: its own
    source span (its ``refers_to``, else its speaker) contains the gold source's span, or is
    another mention of the same name (its text contains the gold source's text)
    (``speaker_found``; ``speaker_exact`` when the speaker spans are also equal).  A bare
    "she" does not name anyone, so it counts only when resolved to the right name.
    """
    gold_ents = {(int(e["start"]), int(e["end"]), str(e["label"])) for e in gold.get("entities", ())}
    pred_ents = {(e.start, e.end, e.label) for e in entities}
    scores = Scores(len(gold_ents & pred_ents), len(pred_ents), len(gold_ents))
    claims = list(claims)
    for gc in gold.get("claims", ()):
        sp = gc.get("speaker")
        if not sp:
            continue
        scores.attributed += 1
        g_start, g_end = int(gc["start"]), int(gc["end"])
        match = max(
            claims, key=lambda c: min(c.end, g_end) - max(c.start, g_start), default=None
        )
        if match is None or match.speaker is None or min(match.end, g_end) <= max(match.start, g_start):
            continue
        source = gc.get("refers_to") or sp
        # a gold set that does not annotate referents (no refers_to key) is scored on the speaker itself
        found = (match.refers_to if "refers_to" in gc else None) or match.speaker
        s, e = int(source["start"]), int(source["end"])
        if (found.start <= s and e <= found.end) or _name(source["text"]) in _name(found.text):
            scores.speaker_found += 1
            if (match.speaker.start, match.speaker.end) == (int(sp["start"]), int(sp["end"])):
                scores.speaker_exact += 1
    return scores


def _name(text: str) -> str:
    return " ".join(text.split()).casefold()


def sum_scores(parts: Iterable[Scores]) -> Scores:
    """Micro-averaged total of several documents' scores."""
    total = Scores()
    for p in parts:
        total.true_pos += p.true_pos
        total.predicted += p.predicted
        total.gold += p.gold
        total.attributed += p.attributed
        total.speaker_found += p.speaker_found
        total.speaker_exact += p.speaker_exact
    return total


@dataclass(slots=True)
class AlignmentScores:
    """Top-1 of an alignment against gold pairs (``tests/gold_real/align``), both directions."""

    asked: int = 0  # (gold claim, other document) with a same or conflicting gold counterpart there
    right: int = 0  # ... whose top-scored counterpart there is one of them
    relation_asked: int = 0  # gold pairs (any relation) whose claims' top counterparts are each other
    relation_right: int = 0  # ... with the gold relation
    unlisted: int = 0  # predicted pairs between two gold claims with no gold pair (so, by the gold's rule, not same/conflicting)
    unlisted_alike: int = 0  # ... labelled same or conflicting all the same
    misses: list[str] = field(default_factory=list)

    @property
    def top1(self) -> float:
        return self.right / self.asked if self.asked else 1.0

    def add(self, other: AlignmentScores) -> None:
        self.asked += other.asked
        self.right += other.right
        self.relation_asked += other.relation_asked
        self.relation_right += other.relation_right
        self.unlisted += other.unlisted
        self.unlisted_alike += other.unlisted_alike
        self.misses += other.misses


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def score_alignment(
    gold: Mapping[str, Any],
    gold_claims: Mapping[str, Sequence[tuple[int, int]]],
    predicted: Mapping[str, Sequence[tuple[int, int]]],
    pairs: Iterable[Any],
    doc_ids: Mapping[str, str],
) -> AlignmentScores:
    """Score predicted claim pairs against one gold alignment file.

    ``gold_claims`` / ``predicted``: claim spans per document stem; ``doc_ids``: stem → the id
    the pairs use.  A predicted claim stands for the gold claim it overlaps most (and a gold
    claim for the predicted claim overlapping it most).  For each gold claim and each other
    document where it has a ``same`` or ``conflicting`` gold counterpart, the top-1 is right
    when the predicted claim's best counterpart in that document stands for one of them.
    """
    stem_of = {v: k for k, v in doc_ids.items()}

    def to_gold(stem: str, span: tuple[int, int]) -> tuple[int, int] | None:
        best = max(gold_claims[stem], key=lambda g: _overlap(g, span), default=None)
        return best if best is not None and _overlap(best, span) > 0 else None

    def to_pred(stem: str, span: tuple[int, int]) -> tuple[int, int] | None:
        best = max(predicted.get(stem, ()), key=lambda p: _overlap(p, span), default=None)
        return best if best is not None and _overlap(best, span) > 0 else None

    listed = set()
    for pair in gold["pairs"]:
        for x, y in (("a", "b"), ("b", "a")):
            listed.add((pair[x]["doc"], pair[x]["start"], pair[y]["doc"], pair[y]["start"]))
    scores = AlignmentScores()
    top: dict[tuple[str, tuple[int, int], str], tuple[tuple[int, int] | None, str]] = {}
    for p in pairs:
        a_stem, b_stem = stem_of.get(p.a.doc_id), stem_of.get(p.b.doc_id)
        if a_stem is None or b_stem is None:
            continue
        gb = to_gold(b_stem, (p.b.start, p.b.end))
        top[(a_stem, (p.a.start, p.a.end), b_stem)] = (gb, p.relation)
        ga = to_gold(a_stem, (p.a.start, p.a.end))
        if ga is not None and gb is not None and (a_stem, ga[0], b_stem, gb[0]) not in listed:
            scores.unlisted += 1
            scores.unlisted_alike += p.relation != "related"
    wanted: dict[tuple[str, tuple[int, int], str], set[tuple[int, int]]] = {}
    for pair in gold["pairs"]:
        for x, y in (("a", "b"), ("b", "a")):
            gx, gy = pair[x], pair[y]
            if pair["relation"] in ("same", "conflicting"):
                wanted.setdefault((gx["doc"], (gx["start"], gx["end"]), gy["doc"]), set()).add((gy["start"], gy["end"]))
    for (stem, span, other), rights in sorted(wanted.items()):
        scores.asked += 1
        pred = to_pred(stem, span)
        got = top.get((stem, pred, other)) if pred is not None else None
        if got is not None and got[0] in rights:
            scores.right += 1
        else:
            scores.misses.append(f"{stem}[{span[0]}:{span[1]}] -> {other}: got {got[0] if got else None}, want {sorted(rights)}")
    for pair in gold["pairs"]:
        a, b = pair["a"], pair["b"]
        pa, pb = to_pred(a["doc"], (a["start"], a["end"])), to_pred(b["doc"], (b["start"], b["end"]))
        got = top.get((a["doc"], pa, b["doc"])) if pa is not None else None
        if got is None or got[0] != (b["start"], b["end"]):
            continue
        scores.relation_asked += 1
        if got[1] == pair["relation"]:
            scores.relation_right += 1
        else:
            scores.misses.append(f"relation {a['doc']}[{a['start']}] ~ {b['doc']}[{b['start']}]: got {got[1]}, want {pair['relation']}")
    return scores
