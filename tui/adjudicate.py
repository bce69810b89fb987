"""Working as a team in the reader: coder layers and adjudication.

* :class:`CoderPicker` (``C`` in the reader): the coders of the open articles with their
  counts; Space or Enter shows or hides each one's annotations.  Hiding is one rule,
  :meth:`tui.reader.ArticleState.shows`, applied where a column's lists are built.
* :class:`AdjudicationScreen` (``presslens open --adjudicate --db TEAM ARTICLE``): the reader's
  layout for one article, one column per coder (each showing that coder's annotations only)
  and one for the gold layer; the disagreements
  (:func:`annotations.review.adjudicate.disagreements`) are listed (``d``) and gone through
  (``J``/``K``); ``a`` accepts the version under the cursor into gold
  (:func:`~annotations.review.adjudicate.accept_version`) and ``=`` everything the coders agree
  on (:func:`~annotations.review.adjudicate.accept_agreed`), each one undo step.

The rules are the domain's (:mod:`annotations.review.adjudicate`); this module only shows them.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from annotations.core.model import Analysis, Document
from annotations.core.text import line, plural
from tui import messages
from tui.screens import FilterTablePanel, fit_widths
from tui.widgets import ArticleColumn, cell, plain

if TYPE_CHECKING:
    from tui.reader import ReaderScreen

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
        if hidden != self.reader.hidden_authors:
            self.reader.set_hidden_authors(hidden)

    def action_close(self) -> None:
        self.dismiss(None)
