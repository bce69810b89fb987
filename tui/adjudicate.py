"""Working as a team in the reader: coder layers and adjudication.

* :class:`CoderPicker` (``C`` in the reader): the coders of the open articles with their
  counts; Space or Enter shows or hides each one's annotations.  Hiding is one rule,
  :meth:`tui.reader.ArticleState.shows`, applied where a column's lists are built.
* :class:`AdjudicationScreen` (``presslens open --adjudicate --db TEAM ARTICLE``): the reader's
  layout for one article, one column per coder (each showing that coder's annotations only)
  and one for the gold layer; the disagreements
  (:func:`annotations.review.adjudicate.disagreements`) are listed (``d``) and gone through
  (``J``/``K``); ``a`` accepts the version under the cursor into gold
  (:func:`~annotations.review.adjudicate.accept_version`) and ``+`` everything the coders agree
  on (:func:`~annotations.review.adjudicate.accept_agreed`), each one undo step.

The rules are the domain's (:mod:`annotations.review.adjudicate`); this module only shows them.
"""

from __future__ import annotations

from collections import Counter
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from textual import on

from annotations.core.model import Analysis, Document, article_label, label_name
from annotations.core.text import line, plural
from tui import messages
from tui.reader import ArticleState, ReaderScreen
from tui.screens import FilterTablePanel, fit_widths
from tui.widgets import ArticleColumn, HeaderBar, cell, plain

#: How the annotations of nobody named are listed.
NOBODY = "(nobody named)"


def coder_name(author: str) -> str:
    return author or NOBODY


class CoderPicker(ModalScreen[None]):
    """The coders of the open articles (your own are always shown); Space/Enter shows or hides one.

    Each toggle applies at once (the columns behind the picker change); Esc closes.
    """

    BINDINGS = [
        Binding("escape,C", "close", "Close", id="coders-close"),
    ]

    DEFAULT_CSS = """
    CoderPicker { align: center middle; }
    CoderPicker > Vertical {
        width: 80%; max-width: 70; height: auto; max-height: 80%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    CoderPicker SelectionList { height: auto; max-height: 16; }
    """

    def __init__(self, reader: ReaderScreen) -> None:
        from annotations.review.adjudicate import coder_counts

        super().__init__()
        self.reader = reader
        counts: Counter[str] = Counter()
        seen: set[str] = set()
        for article in reader.articles:
            if article.document.id not in seen:  # an article open twice counts once
                seen.add(article.document.id)
                counts.update(coder_counts(article.annotations))
        self.own = reader.annotator.author or ""
        self.counts = counts
        self.coders = sorted(c for c in {*counts, *reader.hidden_authors} if c != self.own)

    def compose(self) -> ComposeResult:
        with Vertical():
            if self.coders:
                head = "Coders shown (Space/Enter shows or hides, Esc closes)"
            else:
                head = "No other coder's annotations in these articles (Esc closes)"
            yield Static(Content(head))
            hidden = self.reader.hidden_authors
            yield SelectionList[str](
                *(
                    Selection(plain(f"{coder_name(c)}  {plural(self.counts[c], 'annotation')}"), c, c not in hidden)
                    for c in self.coders
                )
            )
            yield Static(plain(f"your own ({coder_name(self.own)}, {self.counts[self.own]}) are always shown"), classes="coders-own")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        shown = set(event.selection_list.selected)
        hidden = frozenset(c for c in self.coders if c not in shown)
        before = self.reader.hidden_authors
        if hidden != before:
            self.reader.set_hidden_authors(hidden)
            changed = sorted(hidden ^ before)
            now = "hidden" if changed[0] in hidden else "shown"
            self.reader.say(f"{', '.join(map(coder_name, changed))}'s annotations {now} (C)")

    def action_close(self) -> None:
        self.dismiss(None)


# ---------------------------------------------------------------- adjudication


class CoderHeader(HeaderBar):
    """A coder column's header: the layer (coder or gold) it shows, then the article's title."""

    def __init__(self, document: Document, number: int, layer: str, gold: bool) -> None:
        who = Content.assemble((f"{number} ", "bold"), plain(coder_name(layer)).stylize("bold"))
        if gold:
            who = Content.assemble(who, " (adjudicated)")
        super().__init__(Content("\n").join([who, plain(article_label(document))]))


class CoderColumn(ArticleColumn):
    """One layer of the adjudicated article: the header names whose annotations it shows."""

    DEFAULT_CSS = """
    CoderColumn { min-width: 24; }
    """

    def __init__(self, document: Document, number: int, layer: str, *, gold: bool = False, id: str | None = None) -> None:
        super().__init__(document, number, id=id)
        self.coder = layer  # whose annotations it shows (the gold layer's in the last column)
        self.gold = gold

    def compose(self) -> ComposeResult:
        yield CoderHeader(self.document, self.number, self.coder, self.gold)
        yield self.view


#: Narrowest adjudication column: three (two coders and gold) fit 80 cells.
MIN_CODER_COLUMN = 26


class AdjudicationScreen(ReaderScreen):
    """One article, one column per coder (only that coder's annotations) and one for the gold layer.

    The reader's keys work as in the reader; what you change (``t``, ``1``-``9``, ``m``, ``D``, ``u``)
    is the gold layer's, so a span no coder got right is coded in gold directly.  More keys:
    ``d`` lists the disagreements (Enter goes there), ``J``/``K`` go to the next / previous one,
    ``a`` accepts the coder's version under the cursor into gold, ``+`` accepts every span
    the coders all coded alike.
    """

    BINDINGS = [
        Binding("d", "disagreements", "Disagreements", id="disagreements", priority=True),
        Binding("J", "disagreement(1)", "Next disagreement", id="next-disagreement", show=False, priority=True),
        Binding("K", "disagreement(-1)", "Previous disagreement", id="prev-disagreement", show=False, priority=True),
        Binding("a", "accept_version", "Accept", id="accept-version", priority=True, tooltip="the coder's version under the cursor into gold"),
        Binding("plus", "accept_agreed", "Agreed", id="accept-agreed", key_display="+", priority=True, tooltip="accept every span all coders coded alike into gold"),
        # the footer's room goes to adjudicating: these stay in the help and the palette
        Binding("A", "annotations_panel", "Annotations", id="annotations-panel", show=False, priority=True),
        Binding("X", "export", "Export", id="export", show=False, priority=True),
        Binding("slash", "search", "Search", id="search", show=False, priority=True),
        Binding("m", "comment", "Comment", id="comment", show=False, priority=True),
        Binding("equals_sign", "compare", "Compare (in the reader, not here)", id="compare", show=False, priority=True),
    ]

    def __init__(self, document: Document, coders: list[str], store, into: str = "gold", codebook=None) -> None:
        layers = [*coders, into]
        super().__init__([document] * len(layers), store, into, codebook)  # what you change is gold's
        self.document = document
        self.coders = list(coders)
        self.into = into
        self.articles = [
            ArticleState(i, document, CoderColumn(document, i + 1, layer, gold=i == len(coders), id=f"col-{i}"), only_author=layer)
            for i, layer in enumerate(layers)
        ]
        self.found: list = []  # the disagreements (annotations.review.adjudicate.Disagreement), in text order
        self.shown_layers = {"entities": False, "claims": False, "annotations": True}

    def on_mount(self) -> None:
        super().on_mount()
        self.legend_wanted = False  # no engine highlights here: nothing for a legend to explain

    @property
    def per_page(self) -> int:
        return max(1, min(len(self.shown), self.size.width // MIN_CODER_COLUMN))

    # ---------------------------------------------------------------- what is loaded

    def _start_background_work(self) -> None:
        super()._start_background_work()
        if self.annotator.client is not None:
            self.load_disagreements()
        if len(self.coders) < 2:
            who = ", ".join(self.coders) or "no coder"
            self.say(f"{who} coded this article: adjudication compares two coders or more")

    def extract(self) -> None:
        """No engine here: the columns show the coders' annotations and nothing else."""
        doc = self.document
        self.post_message(messages.AnalysisReady([Analysis(doc.id, "") for _ in self.articles], f"into {self.into}"))

    def load_disagreements(self, show: bool = False) -> None:
        """Ask the store thread for the disagreements (after what is queued: a change's gold is in)."""
        from annotations.review.adjudicate import disagreements

        into, coders, doc_id = self.into, self.coders, self.document.id

        def find(store) -> messages.DisagreementsFound:
            return messages.DisagreementsFound(disagreements(store, into=into, coders=coders, doc_id=doc_id), show)

        self.annotator.submit("load", find, change=False)

    @on(messages.DisagreementsFound)
    def _disagreements_found(self, message: messages.DisagreementsFound) -> None:
        self.annotator.stored()
        first = not self.found and not message.show
        self.found = message.found
        if message.show:
            self._show_panel()
        elif first and len(self.coders) >= 2:
            n = len(self.found)
            self.say(f"{plural(n, 'disagreement')}: J next · d list · a accepts a version · + adds what all agree on")

    # ---------------------------------------------------------------- disagreements

    def action_disagreements(self) -> None:
        if self.annotator.client is None:
            self.say("adjudication needs a database")
            return
        self.load_disagreements(show=True)

    def _show_panel(self) -> None:
        def chosen(found) -> None:
            if found is not None:
                self.go_to(self.found.index(found) if found in self.found else None, found)

        self.app.show_once(DisagreementsPanel(self.found, self.coders, self.into, self.document), chosen)

    def action_disagreement(self, step: int) -> None:
        """J / K: the next / previous disagreement after the cursor (every column goes there)."""
        from bisect import bisect_left, bisect_right

        if not self.found:
            self.say("no disagreements in this article" if len(self.coders) >= 2 else "no disagreements: fewer than two coders")
            return
        article = self.active_article() or self.articles[0]
        cursor = article.view.cursor
        starts = [d.start for d in self.found]
        if step > 0:
            i = bisect_right(starts, cursor)
            i = 0 if i >= len(starts) else i
        else:
            i = bisect_left(starts, cursor) - 1
            i = len(starts) - 1 if i < 0 else i
        self.go_to(i, self.found[i])

    def go_to(self, i: int | None, found) -> None:
        """Every column's cursor on the disagreement (focus stays in its column); the status says it."""
        for article in self.articles:
            article.view.move_to(found.start, center=True)
        values = " · ".join(f"{coder_name(c)}: {v or '—'}" for c, (v, _) in found.values.items())
        quote = " ".join(found.quote.split())
        quote = quote if len(quote) <= 30 else quote[:29] + "…"
        where = f"{i + 1}/{len(self.found)} " if i is not None else ""
        self.say(f"disagreement {where}“{quote}” {values} · {self.into}: {found.gold or '—'}", until="key")

    def action_compare(self) -> None:
        """The reader's compare screen compares articles; here every column is the same one."""
        self.say("compare is the reader's (presslens open ARTICLES); here + accepts what all coders agree on")

    # ---------------------------------------------------------------- accepting into gold

    def action_accept_version(self) -> None:
        """a: the coder's annotation under the cursor (in their column) becomes gold's on its span."""
        from annotations.review.adjudicate import accept_version

        article = self.active_article()
        if article is None:
            return
        if article.only_author == self.into:
            self.say(f"a accepts a coder's version: go to a coder's column (Tab); here t, 1-9 and m code {self.into} directly")
            return
        ann = self.annotator.annotation_at(article.index, article.view.cursor)
        if ann is None:
            self.say(f"no annotation of {coder_name(article.only_author or '')} under the cursor")
            return
        into = self.into
        value = ", ".join([*ann.tags, *([f"label:{label_name(ann.label)}"] if ann.label else [])]) or "untagged"
        quote = " ".join(ann.quote.split())[:30]

        def done(result) -> str:
            _, replaced = result
            was = f", replacing {', '.join(replaced.tags) or label_name(replaced.label or '') or 'untagged'}" if replaced is not None else ""
            return f"{coder_name(ann.author or '')}'s {value} “{quote}” is now {into}'s{was} (u undoes)"

        self.annotator.change(f"accept into {into}", lambda store: accept_version(store, ann.id, into=into), done)

    def action_accept_agreed(self) -> None:
        """+: every span of this article all its coders coded alike becomes gold's (one undo step)."""
        from annotations.review.adjudicate import accept_agreed

        if len(self.coders) < 2:
            self.say("accepting what the coders agree on needs two coders or more")
            return
        into, coders, doc_id = self.into, self.coders, self.document.id

        def done(report) -> str:
            kept = f", {len(report.kept)} where {into} has its own version left alone" if report.kept else ""
            undo = " (u undoes)" if report.added else ""  # nothing added: u would undo something else
            return (
                f"{plural(report.added, 'span')} {', '.join(report.coders)} all agree on added to {into}; "
                f"{report.already} already there{kept}{undo}"
            )

        self.annotator.change(
            f"accept agreed into {into}", lambda store: accept_agreed(store, into=into, coders=coders, doc_id=doc_id), done
        )


class DisagreementsPanel(FilterTablePanel):
    """The spans of the article the coders did not code alike: each coder's value and gold's;
    Enter goes there (every column)."""

    PLACEHOLDER = "filter: words or a value (Enter goes there; then J/K)"

    def __init__(self, found: list, coders: list[str], into: str, document: Document) -> None:
        super().__init__(found, [document])
        self.coders = coders
        self.into = into

    def columns(self, width: int) -> list[tuple[str, str, int | None]]:
        n = len(self.coders)
        least = max(6, min(14, (width - 24) // max(n + 1, 1) - 2))
        quote, *values = fit_widths(width, [], [(14, 40), *([(least, 20)] * (n + 1))])
        return [
            ("quote", "Quote", quote),
            *((f"c{i}", line(coder_name(c)), values[i]) for i, c in enumerate(self.coders)),
            ("gold", line(self.into), values[n]),
        ]

    def matches(self, found, needle: str) -> bool:
        if not needle:
            return True
        texts = [found.quote, *(v or "" for v, _ in found.values.values()), found.gold or ""]
        return any(needle in t.casefold() for t in texts)

    def cells(self, found) -> list:
        quote = " ".join(found.quote.split())
        return [
            cell(quote),
            *(cell(found.values.get(c, (None, []))[0] or "—") for c in self.coders),
            cell(found.gold or "—"),
        ]

    def detail(self, found) -> Content:
        values = "  ".join(f"{coder_name(c)}: {v or '(not coded)'}" for c, (v, _) in found.values.items())
        return Content.assemble(
            plain(f"{found.start}-{found.end} “{' '.join(found.quote.split())}”").stylize("bold"),
            "\n",
            plain(f"{values}  {self.into}: {found.gold or '—'}"),
        )

    def note(self) -> str:
        return f"{len(self.filtered)} of {plural(len(self.items), 'disagreement')} · — not coded · Enter goes there"
