"""The html export: the articles side by side, for a colleague without presslens.

One self-contained page (inline CSS, no JavaScript, nothing loaded from elsewhere):

* a header with a count and ONE legend: the label names and colours of the reader
  (:func:`annotations.render.highlight.legend`, :data:`~annotations.render.highlight.CSS_CLASSES`,
  :func:`~annotations.render.highlight.class_css`), only for what the page shows;
* the articles in columns, in the order given (the store's: the order they were first
  opened; ``--doc`` references: the order named), each titled with its title, source and
  date; one column per row below a phone's width;
* entities, speakers and cues coloured as in the reader; each claim an element with a tint and
  its kind's mark (not an underline); each annotation an element with an id
  (``span-<annotation>``), the people's drawn as a highlighter;
* after a linked span, a marker per link naming the relation (``→ same-claim`` on the span the
  link was made from, ``← same-claim`` on its target) that jumps to the span in the other column,
  which ``:target`` then outlines;
* a table of the people's annotations, then one of the engine's suggestions; each row's span
  cell jumps to its span.

Everything from data -- article text, titles, metadata, tags, comments, authors, relations,
ids -- passes :func:`annotations.core.text.display` (the sanitising boundary) and
:func:`html.escape`; ids become anchors only as ``[A-Za-z0-9_.-]`` (else a hash), and no data is
ever a class name, a URL or markup.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from annotations.core.model import Analysis, Annotation, Document, article_label, label_name
from annotations.core.text import display, line, plural
from annotations.render import highlight

Progress = Callable[[int, int], None]

#: Relations drawn in a colour of their own; every other relation is drawn as ``rel-other``.
RELATION_CLASSES = {
    "same-claim": "rel-same",
    "supports": "rel-same",
    "elaborates": "rel-same",
    "conflicts-with": "rel-conflict",
    "contradicts": "rel-conflict",
}

_ANCHOR_RE = re.compile(r"[A-Za-z0-9_.-]{1,80}")


def anchor(kind: str, raw: str) -> str:
    """An element id for an annotation or a document id: ``kind-raw`` when ``raw`` is made of
    ``[A-Za-z0-9_.-]`` (uuids, sha256 ids), else ``kind-x`` and a hash of it (same id, same anchor)."""
    if _ANCHOR_RE.fullmatch(raw):
        return f"{kind}-{raw}"
    return f"{kind}-x{hashlib.sha256(raw.encode('utf-8', 'surrogatepass')).hexdigest()[:20]}"


def _esc(value: str) -> str:
    """Running text: the sanitising boundary, then HTML escaping (quotes too: safe in attributes)."""
    return html.escape(display(value))


def _name(value: str) -> str:
    """A name on one line (tag, author, relation, title): :func:`line` (emoji kept whole: a
    browser joins them), then HTML escaping."""
    return html.escape(line(value, terminal=False))


def analysis_for(analyses: Any, doc_id: str) -> Analysis | None:
    if analyses is None:
        return None
    if isinstance(analyses, Mapping):
        return analyses.get(doc_id)
    for an in analyses:
        if an.doc_id == doc_id:
            return an
    return None


def without_rejected(analysis: Analysis | None, rejected: Iterable[Annotation]) -> Analysis | None:
    """``analysis`` without the entities and claims a person rejected (same span and label)."""
    gone = {(a.start, a.end, a.label) for a in rejected if a.status == "rejected"}
    if analysis is None or not gone:
        return analysis
    return replace(
        analysis,
        entities=tuple(e for e in analysis.entities if (e.start, e.end, e.label) not in gone),
        claims=tuple(c for c in analysis.claims if (c.start, c.end, c.kind) not in gone),
    )


# --------------------------------------------------------------------------- one article


@dataclass
class _Wrap:
    """A claim or an annotation: an element around its text, split where it crosses another."""

    start: int
    end: int
    rank: int  # claims (0) outside annotations (1) when they start and end together
    first: str  # opening tag of its first piece (with the id)
    again: str  # opening tag of a continuation piece (no id)
    after: str = ""  # markup after its last piece (link markers)
    lead: str = ""  # markup at the start of its first piece (a claim's mark)


@dataclass
class _Marker:
    relation: str
    outgoing: bool
    target: str | None  # the anchor of the span it jumps to, None when that span is not on the page
    label: str  # what the target is, for the tooltip


@dataclass
class _Page:
    """What every column needs to know about the others: which spans are drawn, and the links."""

    shown: dict[str, Annotation] = field(default_factory=dict)  # annotation id -> drawn annotation
    titles: dict[str, str] = field(default_factory=dict)  # doc id -> its title
    short: dict[str, str] = field(default_factory=dict)  # doc id -> its short label (article_label)
    markers: dict[str, list[_Marker]] = field(default_factory=dict)  # annotation id -> its markers


def _drawn(doc: Document, a: Annotation) -> bool:
    return a.status in ("human", "suggested") and not a.orphan and 0 <= a.start < a.end <= len(doc.text)


def _title(doc: Document) -> str:
    """The article's one short label (:func:`article_label`); its path is shown under it."""
    return article_label(doc)


def _link_markers(page: _Page, anns: Sequence[Annotation]) -> None:
    """Markers on both ends of every link between annotations a person made."""
    for a in anns:
        if a.status != "human":
            continue
        for link in a.links:
            target = page.shown.get(link.target)
            here = f"{page.short.get(target.doc_id, '')}: {target.quote}" if target else "not in this export"
            page.markers.setdefault(a.id, []).append(
                _Marker(link.relation, True, anchor("span", link.target) if target else None, here)
            )
            if target is not None:
                back = f"{page.short.get(a.doc_id, '')}: {a.quote}"
                page.markers.setdefault(target.id, []).append(_Marker(link.relation, False, anchor("span", a.id), back))


def _short(text: str, most: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= most else flat[: most - 1].rstrip() + "…"


def _markers_html(markers: Sequence[_Marker]) -> str:
    parts = []
    for m in markers:
        cls = RELATION_CLASSES.get(m.relation, "rel-other")
        text = f"{'→' if m.outgoing else '←'}\u00a0{_name(m.relation)}"
        tip = _esc(_short(m.label, 160))
        if m.target is None:
            parts.append(f'<span class="link {cls} gone" title="{tip}">{text}</span>')
        else:
            parts.append(f'<a class="link {cls}" href="#{m.target}" title="{tip}">{text}</a>')
    return '<sup class="links">' + "".join(parts) + "</sup>"


def _annotation_wrap(a: Annotation, page: _Page) -> _Wrap:
    if a.status == "human":
        cls = "ann tagged" if a.tags else "ann"
        tip = " · ".join(filter(None, [", ".join(a.tags), " ".join(a.comment.split()), a.by]))
    else:
        cls = "sug"
        tip = " · ".join(filter(None, [label_name(a.label or ""), a.by]))
    title = f' title="{_esc(tip)}"' if tip else ""
    markers = page.markers.get(a.id)
    return _Wrap(
        a.start, a.end, 1,
        f'<span class="{cls}" id="{anchor("span", a.id)}"{title}>',
        f'<span class="{cls} cont">',
        _markers_html(markers) if markers else "",
    )  # fmt: skip


def _claim_wrap(claim: Any) -> _Wrap:
    cls = highlight.CSS_CLASSES.get(highlight.CLAIM_TOKENS.get(claim.kind, highlight.CLAIM), "claim")
    return _Wrap(
        claim.start, claim.end, 0, f'<span class="{cls}">', f'<span class="{cls} cont">', lead='<span class="mark"></span>'
    )


def _flat(text: str, analysis: Analysis | None) -> list[tuple[int, int, str]]:
    """``(start, end, classes)`` covering the text: entities, speakers, cues (the reader's segments)."""
    if analysis is None:
        return [(0, len(text), "")] if text else []
    return [(s.start, s.end, highlight.css_classes(s)) for s in highlight.segments(text, analysis, ())]


def article_html(doc: Document, analysis: Analysis | None, anns: Sequence[Annotation], page: _Page) -> str:
    """The text of one article: flat spans for entities, speakers and cues inside elements for
    claims and annotations; an element crossing another is closed and opened again (only its first
    piece has the id)."""
    text = doc.text
    n = len(text)
    wraps = [_claim_wrap(c) for c in (analysis.claims if analysis else ()) if 0 <= c.start < c.end <= n]
    wraps += [_annotation_wrap(a, page) for a in anns if a.id in page.shown and a.doc_id == doc.id]
    flat = _flat(text, analysis)
    cuts = sorted({0, n, *(w.start for w in wraps), *(w.end for w in wraps), *(s for s, _, _ in flat)})
    starts: dict[int, list[_Wrap]] = {}
    ends: dict[int, list[_Wrap]] = {}
    for w in wraps:
        starts.setdefault(w.start, []).append(w)
        ends.setdefault(w.end, []).append(w)
    out: list[str] = []
    stack: list[_Wrap] = []
    fi = 0
    for i, pos in enumerate(cuts):
        closing = ends.get(pos, [])
        reopen: list[_Wrap] = []
        if closing:
            done = {id(w) for w in closing}
            low = min(k for k, w in enumerate(stack) if id(w) in done)
            for w in reversed(stack[low:]):
                out.append("</span>")
                if id(w) not in done:
                    reopen.append(w)
            del stack[low:]
            for w in sorted(closing, key=lambda w: (-w.start, w.rank)):
                out.append(w.after)
        opening = [(w, False) for w in reopen] + [(w, True) for w in starts.get(pos, [])]
        opening.sort(key=lambda pair: (-pair[0].end, pair[0].rank))
        for w, fresh in opening:
            out.append((w.first + w.lead) if fresh else w.again)
            stack.append(w)
        if i + 1 < len(cuts):
            end = cuts[i + 1]
            while fi < len(flat) and flat[fi][1] <= pos:
                fi += 1
            classes = flat[fi][2] if fi < len(flat) else ""
            piece = _esc(text[pos:end])
            out.append(f'<span class="{classes}">{piece}</span>' if classes else piece)
    return "".join(out)


# --------------------------------------------------------------------------- the page

_CSS = """
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 Georgia, "Times New Roman", serif; }
body > header { padding: .8rem 1.2rem .4rem; border-bottom: 1px solid color-mix(in srgb, var(--muted) 40%, transparent); }
h1 { font-size: 1.35rem; margin: 0 0 .2rem; }
.summary, .meta, .legend, table.notes, .links, .where { font-family: system-ui, sans-serif; }
.summary { color: var(--muted); margin: 0 0 .4rem; font-size: .9rem; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem .9rem; font-size: .85rem; margin: 0; padding: 0; list-style: none; }
.legend li { white-space: nowrap; }
.legend .group { color: var(--muted); }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(18rem, 1fr); gap: 1rem;
  padding: 1rem 1.2rem; overflow-x: auto; }
article.doc { min-width: 0; border: 1px solid color-mix(in srgb, var(--muted) 35%, transparent); border-radius: 6px;
  display: flex; flex-direction: column; max-height: calc(100vh - 2rem); }
article.doc > header { padding: .6rem .8rem .4rem; border-bottom: 1px solid color-mix(in srgb, var(--muted) 25%, transparent); }
article.doc h2 { font-size: 1.1rem; line-height: 1.3; margin: 0; }
.meta { color: var(--muted); font-size: .8rem; margin: .15rem 0 0; overflow-wrap: anywhere; }
.where { color: var(--muted); font-size: .75rem; margin: .1rem 0 0; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; padding: .6rem .8rem; margin: 0; overflow-y: auto; }
.claim { border-radius: 3px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.claim > .mark::before { font-weight: bold; font-family: system-ui, sans-serif; margin-right: .15em; }
.ann { border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.ann.tagged { box-shadow: inset 0 -2px 0 color-mix(in srgb, currentColor 45%, transparent); }
[id^="span-"], tr[id] { scroll-margin: 3rem; }
[id^="span-"]:target { outline: 3px solid #d7af00; outline-offset: 2px; border-radius: 2px; }
tr:target td { background: color-mix(in srgb, #d7af00 25%, transparent); }
.links { font-size: .7rem; line-height: 1; margin: 0 .15em; white-space: nowrap; }
a.link, span.link { text-decoration: none; border-radius: 3px; padding: 0 .25em; margin-right: .15em;
  border: 1px solid currentColor; }
.rel-same { color: #005f00; }
.rel-conflict { color: #af0000; }
.rel-other { color: #0000af; }
.link.gone { color: var(--muted); border-style: dashed; }
section.notes { padding: 0 1.2rem 2rem; }
section.notes h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
details.engine summary { cursor: pointer; }
details.engine summary h2 { display: inline; }
table.notes { border-collapse: collapse; width: 100%; font-size: .85rem; }
table.notes th, table.notes td { border: 1px solid color-mix(in srgb, var(--muted) 40%, transparent);
  padding: .25rem .4rem; vertical-align: top; text-align: left; }
table.notes td.comment { white-space: pre-wrap; }
table.notes a { color: inherit; }
.tag { background: color-mix(in srgb, var(--muted) 18%, transparent); border-radius: .2rem; padding: 0 .25rem;
  margin-right: .2rem; white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .rel-same { color: #5fd75f; } .rel-conflict { color: #ff5f5f; } .rel-other { color: #8787ff; }
}
@media (max-width: 720px) {
  .columns { grid-auto-flow: row; grid-auto-columns: auto; padding: .6rem; }
  article.doc { max-height: none; }
  body > header, section.notes { padding-left: .6rem; padding-right: .6rem; }
  table.notes { display: block; overflow-x: auto; }
}
"""


def _legend_html(analyses: Sequence[Analysis | None], anns: Sequence[Annotation], page: _Page) -> str:
    """One entry per layer the page shows, with the reader's names (:func:`highlight.legend`)."""
    present: set[Any] = set()
    for an in analyses:
        if an is None:
            continue
        for e in an.entities:
            present.add(highlight.ENTITY_TOKENS.get(e.label, highlight.OTHER_ENTITY))
        for c in an.claims:
            present.add(highlight.CLAIM_TOKENS.get(c.kind, highlight.CLAIM))
            if c.speaker is not None:
                present.add(highlight.SPEAKER)
            if c.cue is not None:
                present.add(highlight.CUE)
    shown = [a for a in anns if a.id in page.shown and a.status == "human"]
    if shown:
        present.add(highlight.ANNOTATION)
    if any(a.tags for a in shown):
        present.add(highlight.TAGGED)
    items = []
    for name, token in highlight.legend():
        if token not in present:
            continue
        cls = highlight.CSS_CLASSES[token]
        if token in highlight.CLAIM:
            sample = f'<span class="{cls}"><span class="mark"></span>{html.escape(name)}</span>'
        else:
            sample = f'<span class="{cls}">{html.escape(name)}</span>'
        items.append(f"<li>{sample}</li>")
    relations: dict[str, None] = {}
    for marks in page.markers.values():
        for m in marks:
            relations.setdefault(m.relation, None)
    for rel in sorted(relations):
        cls = RELATION_CLASSES.get(rel, "rel-other")
        items.append(f'<li><span class="link {cls}">→\u00a0{_name(rel)}</span></li>')
    if not items:
        return ""
    return '<ul class="legend" aria-label="Legend">' + "".join(items) + "</ul>\n"


def _said(a: Annotation) -> str:
    """A claim's speaker (→ the person a pronoun refers to) and cue, for the table's speaker column."""
    if not a.speaker and not a.cue:
        return ""
    out = ""
    if a.speaker:
        out = f'<span class="speaker">{_esc(str(a.speaker.get("text", "")))}</span>'
        referent = a.speaker.get("refers_to")
        if referent:
            out += f' → <span class="referent">{_esc(str(referent.get("text", "")))}</span>'
    if a.cue:
        out += f' <span class="cue">({_esc(str(a.cue.get("text", "")))})</span>'
    return out.strip()


def _row(a: Annotation, page: _Page) -> str:
    tags = "".join(f'<span class="tag">{_name(t)}</span>' for t in a.tags)
    if a.label:
        tags += f'<span class="tag">{_name(label_name(a.label))}</span>'
    span = f"{a.start}–{a.end}"
    if a.id in page.shown:
        span = f'<a href="#{anchor("span", a.id)}">{span}</a>'
    links = "".join(
        f'<div>{"→" if m.outgoing else "←"} {_name(m.relation)}'
        + (f' <a href="#{m.target}">{_esc(_short(m.label, 80))}</a>' if m.target else f" ({_esc(m.label)})")
        + "</div>"
        for m in page.markers.get(a.id, ())
    )
    return (
        f'<tr id="{anchor("ann", a.id)}"><td><a href="#{anchor("doc", a.doc_id)}">{_name(page.short.get(a.doc_id, ""))}</a></td>'
        f"<td>{span}</td>"
        f"<td>{_esc(a.quote)}</td><td>{tags}</td><td>{_said(a)}</td>"
        f'<td class="comment">{_esc(a.comment)}</td><td>{links}</td><td>{_name(a.by)}</td>'
        f"<td>{_name(a.status)}{' (orphan)' if a.orphan else ''}</td></tr>\n"
    )


_HEAD = (
    "<thead><tr><th>article</th><th>span</th><th>quote</th><th>tags</th><th>speaker</th><th>comment</th>"
    "<th>links</th><th>by</th><th>status</th></tr></thead>"
)


def iter_html(
    documents: Iterable[Document],
    annotations: Iterable[Annotation],
    analyses: Any = None,
    style: str | None = None,
    *,
    progress: Progress | None = None,
) -> Iterator[str]:
    """Stream :func:`export_html`'s output in chunks."""
    docs = list(documents)
    by_doc: dict[str, list[Annotation]] = {d.id: [] for d in docs}
    for a in sorted(annotations, key=lambda a: (a.doc_id, a.start, a.end, a.id)):
        if a.doc_id in by_doc:
            by_doc[a.doc_id].append(a)
    doc_by_id = {d.id: d for d in docs}
    every = [a for d in docs for a in by_doc[d.id]]
    total = len(every)
    page = _Page(titles={d.id: _title(d) for d in docs}, short={d.id: _title(d) for d in docs})
    page.shown = {a.id: a for a in every if _drawn(doc_by_id[a.doc_id], a)}
    _link_markers(page, every)
    drawn: list[Analysis | None] = []
    for d in docs:
        rejected = [a for a in by_doc[d.id] if a.status == "rejected"]
        drawn.append(without_rejected(analysis_for(analyses, d.id), rejected))
    people = [a for a in every if a.status == "human"]
    engine = [a for a in every if a.status == "suggested"]
    yield (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="presslens">\n'
        "<title>presslens export</title>\n<style>\n"
        + highlight.class_css(style)
        + _CSS
        + "</style>\n</head>\n<body>\n<header>\n<h1>presslens export</h1>\n"
        + f'<p class="summary">{plural(len(docs), "article")}, {plural(len(people), "annotation")} by people'
        + (f", {plural(len(engine), 'engine suggestion')}" if engine else "")
        + ".</p>\n"
        + _legend_html(drawn, every, page)
        + '</header>\n<main class="columns">\n'
    )
    done = 0
    for d, analysis in zip(docs, drawn):
        meta = " · ".join(_name(v) for v in (d.source, d.date) if v)
        where = " · ".join(_name(v) for v in (d.url, d.path) if v)
        yield (
            f'<article class="doc" id="{anchor("doc", d.id)}">\n<header><h2>{_name(page.titles[d.id])}</h2>'
            + (f'<p class="meta">{meta}</p>' if meta else "")
            + (f'<p class="where">{where}</p>' if where else "")
            + "</header>\n"
            + f'<div class="text">{article_html(d, analysis, by_doc[d.id], page)}</div>\n</article>\n'
        )
        if progress is not None:
            done += len(by_doc[d.id])
            progress(done, total)
    yield "</main>\n"
    yield '<section class="notes">\n<h2 id="people">Annotations by people</h2>\n'
    if people:
        yield '<table class="notes people">' + _HEAD + "<tbody>\n" + "".join(_row(a, page) for a in people) + "</tbody></table>\n"
    else:
        yield "<p>None.</p>\n"
    if engine:  # folded: a browser opens it when a link jumps to one of its rows
        yield (
            f'<details class="engine">\n<summary><h2 id="engine">Engine suggestions ({len(engine):,})</h2></summary>\n'
            '<table class="notes engine">' + _HEAD + "<tbody>\n" + "".join(_row(a, page) for a in engine) + "</tbody></table>\n</details>\n"
        )
    yield "</section>\n</body>\n</html>\n"
    if progress is not None and not docs:
        progress(0, 0)


def export_html(
    documents: Iterable[Document],
    annotations: Iterable[Annotation],
    analyses: Any = None,
    style: str | None = None,
    *,
    progress: Progress | None = None,
) -> str:
    """The side-by-side page (see the module docstring) as one string.

    ``documents`` in the order the columns are to have; ``analyses``: a mapping doc id ->
    :class:`Analysis` or an iterable of them (engine highlights; none with ``--human-only``).
    """
    return "".join(iter_html(documents, annotations, analyses, style, progress=progress))
