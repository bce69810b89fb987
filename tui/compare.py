"""The compare screen: how the open articles cover the event, in four tables (issue 13).

Claims (each claim and its counterparts in the other articles; ★ only this outlet says it),
sources (who is quoted, grouped across the articles, with a kind), figures (the numbers each
article gives for one thing counted, ≠ where they differ) and entities (named by all, or by
one).  Tab goes to the next table; typing filters; Enter goes to the row's place in the
articles.  The tables are the domain's (:func:`annotations.review.compare.compare_tables`),
shown here, never recomputed with rules of the screen's own.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content

from annotations.core.model import Document, label_name
from tui.screens import FilterTablePanel, fit_widths
from tui.widgets import cell, plain
from tui.wrap import text_width

#: The tables, in Tab order: (key, what the title says).
SECTIONS = (("claims", "Claims"), ("sources", "Sources"), ("figures", "Figures"), ("entities", "Entities"))
#: How a counterpart is shown in a narrow column: same claim, conflicting, only related.
RELATION_MARKS = {"same": "=", "conflicting": "≠", "related": "~"}


class CompareScreen(FilterTablePanel):
    """The four compare tables of the open articles; dismissed with ``(section, row)`` or None."""

    BINDINGS = [Binding("tab", "section(1)", "Next table", id="compare-next"), Binding("shift+tab", "section(-1)", "Previous table", id="compare-prev")]

    PLACEHOLDER = "type to filter · Tab: claims / sources / figures / entities · Enter: go there"

    def __init__(self, tables, documents: list[Document], section: str = "claims") -> None:
        self.tables = tables
        self.by_id = {doc.id: i for i, doc in enumerate(documents)}
        self.rows = {key: self._rows(key) for key, _ in SECTIONS}
        self.section = section
        super().__init__(self.rows[section], documents)

    # ------------------------------------------------------------------ rows per table

    def _rows(self, section: str) -> list:
        t = self.tables
        if section == "claims":
            unique = {(u.doc_id, u.start, u.end) for u in t.unique}
            best: dict[tuple[str, int, int], dict[int, object]] = {}
            for pair in t.pairs:  # sorted best first per claim: keep the first per other article
                key = (pair.a.doc_id, pair.a.start, pair.a.end)
                best.setdefault(key, {}).setdefault(self.by_id.get(pair.b.doc_id, -1), pair)
            rows = []
            for doc_id, index in self.by_id.items():
                analysis = t.result.get(doc_id)
                for claim in analysis.claims if analysis is not None else ():
                    key = (doc_id, claim.start, claim.end)
                    rows.append(("claim", index, claim, best.get(key, {}), key in unique))
            return rows
        if section == "sources":
            return [("source", row) for row in t.sources]
        if section == "figures":
            return [("figure", row) for row in t.figures]
        return [("entity", row) for row in t.entities]

    def action_section(self, step: int) -> None:
        keys = [key for key, _ in SECTIONS]
        self.section = keys[(keys.index(self.section) + step) % len(keys)]
        self.items = self.rows[self.section]
        self._laid_out = None
        self.lay_out()
        self.refill()

    def prompt_keys(self) -> dict:
        return {"tab": lambda: self.action_section(1), "shift+tab": lambda: self.action_section(-1)}

    # ------------------------------------------------------------------ the table

    def columns(self, width: int) -> list[tuple[str, str, int | None]]:
        n = len(self.documents)
        article = max(6, min(14, max((text_width(name) for name in self.article_labels), default=6)))
        per = 5  # "=0.82", "a few figures cut", a count
        heads = [name if len(name) <= per else str(i + 1) for i, name in enumerate(self.article_labels)]
        if self.section == "claims":
            (text,) = fit_widths(width, [article, *([per] * n), 1], [(16, 90)])
            return [("doc", "Article", article), ("text", "Claim", text), *((f"d{i}", heads[i], per) for i in range(n)), ("only", "", 1)]
        if self.section == "sources":
            (name,) = fit_widths(width, [10, *([3] * n), 1], [(12, 40)])
            heads = [name_ if len(name_) <= 3 else str(i + 1) for i, name_ in enumerate(self.article_labels)]
            return [("name", "Source", name), ("kind", "Kind", 10), *((f"d{i}", heads[i], 3) for i in range(n)), ("only", "", 1)]
        if self.section == "figures":
            fig = max(6, (width - 14 - 2 * (n + 2) - 1) // max(n, 1))
            return [("thing", "Counts", 12), *((f"d{i}", self.article_labels[i][:fig] if fig >= 6 else str(i + 1), fig) for i in range(n)), ("differs", "", 1)]
        label = 12
        (name,) = fit_widths(width, [label, *([3] * n), 1], [(12, 40)])
        heads = [name_ if len(name_) <= 3 else str(i + 1) for i, name_ in enumerate(self.article_labels)]
        return [("text", "Entity", name), ("label", "Label", label), *((f"d{i}", heads[i], 3) for i in range(n)), ("only", "", 1)]

    def cells(self, item) -> list:
        kind = item[0]
        n = len(self.documents)
        if kind == "claim":
            _, index, claim, best, unique = item
            marks = []
            for i in range(n):
                pair = best.get(i)
                if i == index:
                    marks.append("")
                elif pair is None:
                    marks.append("·")
                else:
                    marks.append(f"{RELATION_MARKS.get(pair.relation, '?')}{pair.score:.2f}"[:5])
            return [cell(self.article_labels[index]), cell(" ".join(claim.text.split())), *map(cell, marks), cell("★" if unique else "")]
        if kind == "source":
            row = item[1]
            return [cell(" · ".join((row.name, *row.variants))), cell(row.kind), *(cell(str(c) if c else "·") for c in row.counts),
                    cell("★" if row.only_in is not None else "")]
        if kind == "figure":
            row = item[1]
            given = [", ".join(" ".join(f.text.split()) for f in per) or "·" for per in row.figures]
            return [cell(row.thing), *map(cell, given), cell("≠" if row.differs else "")]
        row = item[1]
        return [cell(" · ".join((row.text, *row.variants))), cell(label_name(row.label)), *(cell(str(c) if c else "·") for c in row.counts),
                cell("★" if row.only_in is not None else "")]

    def matches(self, item, needle: str) -> bool:
        if not needle:
            return True
        return any(needle in str(c).casefold() for c in self.cells(item)) or (
            item[0] == "claim" and needle in item[2].text.casefold()
        )

    def detail(self, item) -> Content:
        kind = item[0]
        if kind == "claim":
            _, index, claim, best, unique = item
            parts = [plain(self.article_labels[index]).stylize("bold"), plain(f"“{' '.join(claim.text.split())}”")]
            if claim.speaker is not None:
                who = claim.refers_to.text if claim.refers_to is not None else claim.speaker.text
                parts.append(plain(f"— {who}"))
            for i, pair in sorted(best.items()):
                parts.append(plain(f"[{i + 1}] {pair.relation} {pair.score:.2f}"))
            if unique:
                parts.append(plain("★ only this outlet"))
            return Content(" · ").join(parts)
        row = item[1]
        if kind == "figure":
            per = [f"[{i + 1}] " + ", ".join(" ".join(f.text.split()) for f in figs) for i, figs in enumerate(row.figures) if figs]
            return Content(" · ").join([plain(row.thing).stylize("bold"), *map(plain, per), plain("≠ the articles differ" if row.differs else "")])
        name = " · ".join((getattr(row, "name", None) or row.text, *row.variants))
        counts = " · ".join(f"{label} {c}" for label, c in zip(self.article_labels, row.counts) if c)  # "1 Reuters 3": as the columns are headed
        what = row.kind if kind == "source" else label_name(row.label)
        return Content.assemble(plain(name).stylize("bold"), " ", plain(what), "  ", plain(counts))

    def note(self) -> str:
        title = " ".join(f"[{label}]" if key == self.section else label for key, label in SECTIONS)
        keys = {
            "claims": "= same claim, ≠ conflicting, ~ related (score) · ★ only this outlet",
            "sources": "claims per article quoting each source · ★ quoted by one outlet only",
            "figures": "what each article gives · ≠ the articles differ",
            "entities": "mentions per article · ★ named by one article only",
        }[self.section]
        return f"{title} · Tab: next · {keys}"
