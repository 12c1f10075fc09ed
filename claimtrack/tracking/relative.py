"""Relative cross-lingual linking: a claim joins the track in another language that is clearly its counterpart.

>>> mutual_best({(1, 2): 0.62, (1, 3): 0.41, (4, 3): 0.58, (4, 2): 0.45}, floor=0.5, margin=1.1, k=3)
[(1, 2), (3, 4)]

Across languages the only evidence is the embedder's cosine, and its scale moves with the words: a loose
English report of a short French claim may score 0.6 while two different claims of one event score 0.7.
Bitext mining (Artetxe & Schwenk 2019) scores a pair against its competitors instead. After the absolute
thresholds have merged what they can, two groups of claims (tracks so far) ``a`` and ``b`` with no language
in common are scored ``cos(a, b)``, the best cosine of two of their members with the same source key (the
``near`` edges of matching.near_edge), and linked when
- each is the other's best candidate (mutual best match) among the groups it was compared with (its blocks:
  same source identity or story, within the date window), so that two claims of one speaker, each reported
  in English, each find their own;
- ``cos(a, b) >= floor``;
- the ratio margin ``cos(a, b) / ((knn(a) + knn(b)) / 2) >= margin``, where ``knn(x)`` is the mean of the
  ``k`` best scores of ``x`` (the pair itself included): a counterpart that does not stand out from the
  other claims of its source is not linked, and a pair with no competitor on either side (margin 1) never.
Two groups that share a language were compared in it already and are never joined (a report must not bridge
two French tracks that the French layers kept apart), but their score counts among the neighbours. A link
obeys the merge constraints (one source, denials apart). The step runs ``rounds`` times: a track whose best
counterpart went to another track may take its next best.
Parameters: ``Thresholds.relative*`` (claimtrack.tracking.matching), chosen on benchmarks/cross_lingual.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .matching import Edge, Thresholds


class Joinable(Protocol):
    def find(self, x: int) -> int: ...

    def langs(self, x: int) -> frozenset[str]: ...

    def join(self, i: int, j: int, verbatim: bool = False) -> bool: ...


def mutual_best(scores: dict[tuple[int, int], float], floor: float, margin: float, k: int,
                eligible: set[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The pairs of ``scores`` ((a, b) -> cosine, groups a != b) that are mutual best matches above ``floor``
    with a ratio margin of at least ``margin`` over the ``k`` best scores of each side; best first. Only
    ``eligible`` pairs (default: all) can be linked, but every score counts among the neighbours."""
    cands: dict[int, list[float]] = {}
    best: dict[int, tuple[float, int]] = {}
    for (a, b), s in scores.items():
        for x, y in ((a, b), (b, a)):
            cands.setdefault(x, []).append(s)
            if (eligible is None or (a, b) in eligible) and (s, -y) > best.get(x, (-1.0, 0)):
                best[x] = (s, -y)

    def knn(x: int) -> float:
        top = sorted(cands[x], reverse=True)[:k]
        return sum(top) / len(top)

    out = []
    for (a, b), s in scores.items():
        if s < floor or a not in best or b not in best or best[a][1] != -b or best[b][1] != -a:
            continue
        if s / ((knn(a) + knn(b)) / 2) >= margin:
            out.append((min(a, b), max(a, b), s))
    return [(a, b) for a, b, _ in sorted(out, key=lambda p: (-p[2], p[0], p[1]))]


def group_scores(groups: Joinable, near: Iterable[Edge]) -> tuple[dict[tuple[int, int], float], set[tuple[int, int]]]:
    """(group, group) -> the best ``near`` score of their members in two different groups, and the pairs of
    groups with no language in common, the only ones the step may join: two groups that share one were
    compared in it already, and a report in another language must not bridge two tracks that the
    monolingual layers kept apart (they still count as neighbours)."""
    out: dict[tuple[int, int], float] = {}
    for e in near:
        a, b = groups.find(e.i), groups.find(e.j)
        if a != b:
            key = (min(a, b), max(a, b))
            if e.score > out.get(key, 0.0):
                out[key] = e.score
    return out, {p for p in out if not groups.langs(p[0]) & groups.langs(p[1])}


def link_across(groups: Joinable, near: list[Edge], th: Thresholds) -> int:
    """Join the groups that are each other's clear counterpart across languages; the number of joins."""
    joined = 0
    for _ in range(th.relative_rounds):
        scores, eligible = group_scores(groups, near)
        links = mutual_best(scores, th.relative_floor, th.relative_margin, th.relative_neighbours, eligible)
        done = sum(groups.join(a, b) for a, b in links)
        joined += done
        if not done:
            break
    return joined
