"""The reader finds the annotation under the cursor from an index, with covering()'s answer."""

from __future__ import annotations

import random

from annotations import actions
from annotations.core.documents import make_document
from annotations.core.model import Annotation
from tui.reader import ArticleState


def test_human_near_gives_covering_the_same_answer_as_a_full_scan():
    rng = random.Random(7)
    doc = make_document("word " * 400, "/t/near.txt")
    anns = []
    for i in range(600):
        start = rng.randrange(0, 1900)
        end = start + rng.choice([0, 1, 3, 10, 40, 900])  # empty spans, short ones, a few very long
        anns.append(Annotation.for_span(doc, start, min(end, 2000), id=f"n{i}", author=rng.choice(["a", "b"]),
                                        status=rng.choice(["human", "human", "suggested"])))
    anns[5].orphan = True
    anns.append(Annotation.for_span(doc, 100, 110, id="twin", author="b"))  # same span as another: ties
    anns.append(Annotation.for_span(doc, 100, 110, id="twin2", author="a"))
    state = ArticleState(0, doc, column=None)
    state.set_annotations(anns)
    for offset in [*range(0, 2001, 3), 100, 105, 109, 110]:
        assert actions.covering(state.human_near(offset), offset) == actions.covering(state.human, offset)
