"""Re-anchoring: find where a quote went when a document's text changed.

Pure functions, no I/O.  Modelled on the text-quote anchoring Hypothesis uses
(``TextQuoteSelector``: exact text plus a little context on each side):

1. *Exact, in context*: ``prefix + quote + suffix`` found verbatim (the usual
   case: edits elsewhere in the article, or paragraphs moved).
2. *Exact quote*: every occurrence of ``quote`` is scored by how well its
   surroundings match ``prefix``/``suffix``; ties go to the one nearest
   ``hint`` (the old offset).  An exact occurrence always wins over a fuzzy
   one, as in Hypothesis (so a short quote whose own words were edited may
   land on another occurrence of the same words).
3. *Fuzzy* (the quote no longer occurs verbatim): chunks of the quote and the ends of its context vote for where
   the quote now starts; each of the few best-supported places is aligned
   with :class:`difflib.SequenceMatcher` and scored by quote similarity plus
   context similarity.  Below :data:`QUOTE_THRESHOLD` the quote is lost.

What :func:`anchor` finds is only a *candidate*.  :func:`reattach` decides
whether an annotation may move there without asking: only onto the very same
words (``text[start:end] == quote``), and, for a short quote, only where its
context still matches (so "Sunday" does not jump to another "Sunday" in a
rewritten paragraph).  Anything else is left for the researcher to review
(the store keeps it as an orphan with its old quote; the reader offers the
candidate).  Never a silent move onto different words.

The cost is bounded: at most :data:`MAX_OCCURRENCES` occurrences are scored
and at most :data:`MAX_WINDOWS` windows are aligned, each a little larger than
the quote.
"""

from __future__ import annotations

from difflib import SequenceMatcher

#: A fuzzy match must be at least this similar to the quote (difflib ratio).
QUOTE_THRESHOLD = 0.75
#: Context must be at least this similar to vouch for a short quote.
#: (Two unrelated 32-character stretches of English score about 0.3.)
CONTEXT_THRESHOLD = 0.5
#: Quotes this long are trusted on their own; shorter ones need their context.
LONG_QUOTE = 20
#: Caps that keep the search bounded on repetitive text.
MAX_OCCURRENCES = 1000
MAX_WINDOWS = 8
#: A seed found more often than this carries no information.
MAX_SEED_HITS = 64
#: Context weighs half as much as the quote itself.
CONTEXT_WEIGHT = 0.5


def anchor(
    text: str, quote: str, prefix: str = "", suffix: str = "", hint: int | None = None
) -> tuple[int, int] | None:
    """Return ``(start, end)`` of ``quote`` in ``text``, or ``None`` if it cannot be placed.

    ``prefix``/``suffix`` are the characters that surrounded the quote in the
    old text; ``hint`` is its old start offset (used to break ties).
    """
    if not quote or not text:
        return None
    n = len(quote)
    found = _exact_in_context(text, quote, prefix, suffix, hint)
    if found is not None:
        return found
    start = _best_exact(text, quote, prefix, suffix, hint)
    if start is not None:
        return start, start + n
    return _best_fuzzy(text, quote, prefix, suffix, hint)


def same_place(text: str, span: tuple[int, int], quote: str, prefix: str = "", suffix: str = "") -> bool:
    """May an annotation of ``quote`` move to ``span`` without asking?  (See the module notes.)"""
    start, end = span
    if text[start:end] != quote:
        return False  # different words: never
    if len(quote) >= LONG_QUOTE:
        return True
    if text[max(0, start - len(prefix)) : start] == prefix and text[end : end + len(suffix)] == suffix:
        return True
    ctx = context_similarity(text, start, end, prefix, suffix)
    return ctx is None or ctx >= CONTEXT_THRESHOLD


def reattach(
    text: str, quote: str, prefix: str = "", suffix: str = "", hint: int | None = None
) -> tuple[tuple[int, int] | None, bool]:
    """``(candidate span or None, whether it is the same place)``: move only when the flag is True."""
    span = anchor(text, quote, prefix, suffix, hint)
    if span is None:
        return None, False
    return span, same_place(text, span, quote, prefix, suffix)


# ---------------------------------------------------------------------------
# scoring


def _ratio(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def context_similarity(text: str, start: int, end: int, prefix: str, suffix: str) -> float | None:
    """Mean similarity of the old context to the text around ``[start, end)``; None if no context."""
    scores = []
    if prefix:
        scores.append(_ratio(prefix, text[max(0, start - len(prefix)) : start]))
    if suffix:
        scores.append(_ratio(suffix, text[end : end + len(suffix)]))
    return sum(scores) / len(scores) if scores else None


def _distance(pos: int, hint: int | None) -> int:
    return abs(pos - hint) if hint is not None else 0


def _occurrences(text: str, needle: str, limit: int) -> list[int]:
    found = []
    i = text.find(needle)
    while i >= 0 and len(found) < limit:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


# ---------------------------------------------------------------------------
# steps 1 and 2: exact


def _exact_in_context(text: str, quote: str, prefix: str, suffix: str, hint: int | None) -> tuple[int, int] | None:
    if not (prefix or suffix):
        return None
    hits = _occurrences(text, prefix + quote + suffix, MAX_OCCURRENCES)
    if not hits:
        return None
    start = min(hits, key=lambda p: _distance(p + len(prefix), hint)) + len(prefix)
    return start, start + len(quote)


def _best_exact(text: str, quote: str, prefix: str, suffix: str, hint: int | None) -> int | None:
    """Start of the occurrence of ``quote`` whose surroundings best match the context."""
    hits = _occurrences(text, quote, MAX_OCCURRENCES)
    if len(hits) <= 1:
        return hits[0] if hits else None
    n = len(quote)
    def score(p: int) -> tuple[float, int]:
        return round(context_similarity(text, p, p + n, prefix, suffix) or 0.0, 6), -_distance(p, hint)

    return max(hits, key=score)


# ---------------------------------------------------------------------------
# step 3: fuzzy


def _seeds(quote: str, prefix: str, suffix: str) -> list[tuple[str, int]]:
    """``(needle, shift)`` pairs: where ``needle`` is found at ``p``, the quote starts near ``p - shift``."""
    n = len(quote)
    k = min(n, max(4, min(32, n // 4)))
    seeds: list[tuple[str, int]] = []
    if n >= 4:
        step = max(1, (n - k) // 7)
        seeds += [(quote[i : i + k], i) for i in range(0, n - k + 1, step)]
    edge = min(16, max(k, 8))
    if len(prefix) >= 4:
        tail = prefix[-edge:]
        seeds.append((tail, -len(tail)))
    if len(suffix) >= 4:
        seeds.append((suffix[:edge], n))
    return seeds


def _candidate_starts(text: str, quote: str, prefix: str, suffix: str, hint: int | None) -> list[int]:
    """Likely start offsets, best supported first (at most MAX_WINDOWS)."""
    estimates: list[int] = []
    for needle, shift in _seeds(quote, prefix, suffix):
        hits = _occurrences(text, needle, MAX_SEED_HITS + 1)
        if len(hits) <= MAX_SEED_HITS:
            estimates += [p - shift for p in hits]
    estimates.sort()
    tolerance = max(8, len(quote) // 4)
    clusters: list[list[int]] = []
    for est in estimates:
        if clusters and est - clusters[-1][-1] <= tolerance:
            clusters[-1].append(est)
        else:
            clusters.append([est])
    clusters.sort(key=lambda c: (-len(c), _distance(c[len(c) // 2], hint)))
    starts = [c[len(c) // 2] for c in clusters[:MAX_WINDOWS]]
    if hint is not None and not any(abs(s - hint) <= tolerance for s in starts):
        starts.append(hint)
    return starts


def _align(text: str, quote: str, guess: int) -> tuple[int, int] | None:
    """Best ``[start, end)`` for ``quote`` in a window around ``guess``."""
    n = len(quote)
    slack = max(8, n // 4) + 8
    lo = max(0, min(len(text), guess) - slack)
    window = text[lo : guess + n + slack]
    blocks = [b for b in SequenceMatcher(None, window, quote, autojunk=False).get_matching_blocks() if b.size]
    # Stray one- or two-letter matches at the edges would stretch the span.
    while len(blocks) > 1 and blocks[0].size < 3:
        blocks.pop(0)
    while len(blocks) > 1 and blocks[-1].size < 3:
        blocks.pop()
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    start, end = lo + first.a, lo + last.a + last.size
    # Unmatched quote ends were either replaced (same length: widen) or deleted
    # (keep): try both and keep the span most like the quote.
    starts = {start, max(lo, start - first.b)}
    ends = {end, min(lo + len(window), end + n - last.b - last.size)}
    spans = [(s, e) for s in starts for e in ends if s < e]
    return max(spans, key=lambda se: (_ratio(quote, text[se[0] : se[1]]), se[0] - se[1]))


def _best_fuzzy(text: str, quote: str, prefix: str, suffix: str, hint: int | None) -> tuple[int, int] | None:
    best: tuple[float, int, tuple[int, int]] | None = None
    seen: set[tuple[int, int]] = set()
    for guess in _candidate_starts(text, quote, prefix, suffix, hint):
        span = _align(text, quote, guess)
        if span is None or span in seen:
            continue
        seen.add(span)
        start, end = span
        similarity = _ratio(quote, text[start:end])
        if similarity < QUOTE_THRESHOLD:
            continue
        ctx = context_similarity(text, start, end, prefix, suffix)
        if len(quote) < LONG_QUOTE and (ctx is None or ctx < CONTEXT_THRESHOLD):
            continue
        score = similarity + CONTEXT_WEIGHT * (ctx if ctx is not None else 0.0)
        key = (round(score, 6), -_distance(start, hint))
        if best is None or key > best[:2]:
            best = (key[0], key[1], span)
    return best[2] if best else None


__all__ = ["anchor", "reattach", "same_place", "context_similarity", "QUOTE_THRESHOLD", "CONTEXT_THRESHOLD"]
