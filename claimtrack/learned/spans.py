"""BIO labels for cue (K), source (S) and content (C) tokens, and back from labels to character spans.

Nested or overlapping claims cannot all be one label sequence: longer contents are written first and
shorter ones over them, then sources, then cues (a cue inside a quote stays a cue).

>>> from claimtrack.segmentation import segment
>>> doc = segment("He said it was fine.", "en")
>>> labels = encode(doc, [((8, 19), (0, 2), (3, 7))])
>>> labels
['B-S', 'B-K', 'B-C', 'I-C', 'I-C', 'O']
>>> decode(doc, labels)
[('S', 0, 2), ('K', 3, 7), ('C', 8, 19)]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..document import Document

Span = tuple[int, int]


def encode(doc: Document, claims: Sequence[tuple[Span, Span | None, Span | None]]) -> list[str]:
    """Labels of every token of ``doc`` for gold ``claims`` given as (content, source, cue) offsets."""
    tokens = [t for s in doc.sentences for t in s.tokens]
    starts = [t.start for t in tokens]
    out = ["O"] * len(tokens)
    marks = [(1, -(c[1] - c[0]), c, "C") for c, _, _ in claims]
    marks += [(2, 0, s, "S") for _, s, _ in claims if s]
    marks += [(3, 0, k, "K") for _, _, k in claims if k]
    for _, _, (a, b), lab in sorted(marks):
        i = bisect_left(starts, a)
        if i and tokens[i - 1].end > a:  # a span starting inside a token takes the whole token
            i -= 1
        first = True
        while i < len(tokens) and tokens[i].start < b:
            out[i] = ("B-" if first else "I-") + lab
            first = False
            i += 1
    return out


def decode(doc: Document, labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every labelled span, in text order; an ``I-`` after another kind opens one."""
    tokens = [t for s in doc.sentences for t in s.tokens]
    out: list[tuple[str, int, int]] = []
    cur: list = []
    for t, lab in zip(tokens, labels, strict=True):
        if lab == "O":
            cur = []
            continue
        kind = lab[2:]
        if lab[0] == "B" or not cur or cur[0] != kind:
            cur = [kind, t.start, t.end]
            out.append(cur)  # type: ignore[arg-type]
        else:
            cur[2] = t.end
    return [tuple(x) for x in out]  # type: ignore[misc]
