"""From labelled spans to claims: each content takes the nearest cue of its sentences, each cue the
nearest source of its sentence; a quote interrupted by its own cue ("A," she said, "B") is one content.

>>> link([("S", 0, 2), ("K", 3, 7), ("C", 8, 19)], [0])
[((8, 19), (0, 2), (3, 7))]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

Span = tuple[int, int]
Linked = tuple[Span, Span | None, Span | None]

MAX_MERGE_GAP = 80  # characters between the two halves of an interrupted quote (cue and source in between)


def _gap(a: Span, b: Span) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def link(spans: Sequence[tuple[str, int, int]], sentence_starts: Sequence[int]) -> list[Linked]:
    """(content, source, cue) triples from ``spans`` (kind, start, end); ``sentence_starts`` sorted."""
    def sent(pos: int) -> int:
        return bisect_right(sentence_starts, pos) - 1

    contents = [(a, b) for k, a, b in spans if k == "C"]
    cues: dict[int, list[Span]] = {}
    sources: dict[int, list[Span]] = {}
    for k, a, b in spans:
        if k in "KS":
            (cues if k == "K" else sources).setdefault(sent(a), []).append((a, b))
    out: list[Linked] = []
    for c in contents:
        lo, hi = sent(c[0]), sent(c[1] - 1)
        near = [k for i in range(lo, hi + 1) for k in cues.get(i, ())]
        near += [k for i in (lo - 1, hi + 1) for k in cues.get(i, ()) if _gap(c, k) < 3]
        cue = min(near, key=lambda k: (_gap(c, k), k[0])) if near else None
        anchor = cue or c
        out.append((c, _source(anchor, c, sources.get(sent(anchor[0]), []), anchor is not c), cue))
    return _merge_interrupted(out)


def _source(anchor: Span, content: Span, sources: list[Span], cued: bool) -> Span | None:
    """The source nearest to ``anchor`` (the cue, else the content) among ``sources`` (those of the anchor's
    sentence), outside the content when there is one outside."""
    near = [x for x in sources if not (content[0] <= x[0] and x[1] <= content[1])]
    if not near and cued:
        near = sources
    return min(near, key=lambda x: (_gap(anchor, x), x[0])) if near else None


def _merge_interrupted(claims: list[Linked]) -> list[Linked]:
    """Join two contents around their shared cue: the first ends before the cue, the second starts after."""
    out: list[Linked] = []
    for c in sorted(claims, key=lambda x: x[0]):
        if out:
            p = out[-1]
            k = c[2]
            if k is not None and p[2] == k and p[0][1] <= k[0] and k[1] <= c[0][0] \
                    and c[0][0] - p[0][1] <= MAX_MERGE_GAP:
                out[-1] = ((p[0][0], c[0][1]), p[1] or c[1], k)
                continue
        out.append(c)
    return out
