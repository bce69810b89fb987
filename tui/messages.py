"""Every message the reader posts, as dataclasses (after Toolong's ``messages.py``).

Messages are compared by identity (``eq=False``) and shown by Textual's own repr.
Messages from a widget carry it and expose it as ``control`` (so ``@on(..., "#id")``
selectors work).  Results of background work are typed values: the extraction worker
posts :class:`AnalysisReady`; the store thread (:mod:`tui.storeclient`) posts what a
store job returns (:class:`AnnotationsLoaded`, :class:`AnnotationsChanged`, ...) or
:class:`StoreFailed`.  No message carries a future or a callback.

Namespaces keep the handler names the widgets always had (``on_article_view_cursor_moved``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from annotations.core.model import Analysis, Annotation, ClaimPair
    from annotations.store.store import AnnotationDelta
    from tui.article import ArticleView


# ---------------------------------------------------------------- from an ArticleView


@dataclass(eq=False, repr=False)
class ViewMessage(Message, namespace="article_view"):
    """Posted by an ArticleView, which is its ``control``."""

    view: ArticleView

    @property
    def control(self) -> ArticleView:
        return self.view


class _Burst:
    """A newer message of the same kind from the same view supersedes a queued one (key bursts)."""

    def can_replace(self, message: Message) -> bool:
        return type(message) is type(self) and message.view is self.view  # type: ignore[attr-defined]


@dataclass(eq=False, repr=False)
class CursorMoved(_Burst, ViewMessage, namespace="article_view"):
    """The cursor moved (posted after every move; a burst is handled once, for the last)."""


@dataclass(eq=False, repr=False)
class SelectionChanged(ViewMessage, namespace="article_view"):
    """The selection started, moved or ended."""


@dataclass(eq=False, repr=False)
class Scrolled(_Burst, ViewMessage, namespace="article_view"):
    """The view scrolled; ``fraction``: how far through its paragraphs, 0.0 at the top and 1.0 at the bottom."""

    fraction: float = 0.0


# ---------------------------------------------------------------- from the extraction worker


@dataclass(eq=False, repr=False)
class AnalysisReady(Message):
    """The extraction worker finished: one analysis per article, in article order."""

    analyses: list[Analysis]
    engine: str
    pairs: tuple[ClaimPair, ...] = ()  # the claims' counterparts across the articles


@dataclass(eq=False, repr=False)
class CompareReady(Message):
    """The compare tables of the open articles are made (annotations.review.compare.CompareTables)."""

    tables: object


# ---------------------------------------------------------------- from the store thread
# (applied by tui.annotating.Annotator.receive)


@dataclass(eq=False, repr=False)
class AnnotationsLoaded(Message):
    """The open articles are registered (changed files re-anchored); everyone's annotations per article."""

    by_doc: dict[str, list[Annotation]]
    notes: list[str] = field(default_factory=list)  # one per re-anchored file
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)  # doc id -> (cursor, top line) when last read
    rejected_pairs: set = field(default_factory=set)  # pairs of claims people said are not counterparts
    active: str | None = None  # the article (doc id) the reader was in when it last left them


@dataclass(eq=False, repr=False)
class AnnotationsChanged(Message):
    """A change is saved; per document it touched, those annotations as they are now and the ids removed."""

    what: str
    delta: dict[str, AnnotationDelta]
    note: str = ""  # what the status line says
    rejected_pairs: set = field(default_factory=set)  # as the store has them now (a change may be one, or undo one)


@dataclass(eq=False, repr=False)
class OrphansListed(Message):
    orphans: list[Annotation]


@dataclass(eq=False, repr=False)
class OrphanCandidate(Message):
    """Where an orphan's words seem to be now: (article index, start, end), or None."""

    annotation: Annotation
    candidate: tuple[int, int, int] | None


@dataclass(eq=False, repr=False)
class ExportTargets(Message):
    """The files an export must never write over (the store's protected paths): the dialog may open."""

    protected: dict[str, str]


@dataclass(eq=False, repr=False)
class ExportProgress(Message):
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ExportProgress)


@dataclass(eq=False, repr=False)
class ExportFinished(Message):
    fmt: str
    where: str
    annotations: int
    documents: int


@dataclass(eq=False, repr=False)
class StoreFailed(Message):
    """A store job raised: reported by the reader's one failure handler."""

    what: str
    error: BaseException


#: What a store job returns to the reader (StoreFailed aside).
StoreResult = (
    AnnotationsLoaded | AnnotationsChanged | OrphansListed | OrphanCandidate | ExportTargets | ExportProgress | ExportFinished
)


@dataclass(eq=False, repr=False)
class DisagreementsFound(Message):
    """The spans of the adjudicated article the coders did not code alike (with gold's value now);
    ``show``: open the list once they are known (``d``)."""

    found: list  # annotations.review.adjudicate.Disagreement
    show: bool = False
