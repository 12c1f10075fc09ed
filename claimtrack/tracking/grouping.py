"""From decided pairs to tracks: match within blocks, merge under constraints, build the records.

>>> from claimtrack.tracking.grouping import UnionFind
>>> uf = UnionFind(3)
>>> uf.union(2, 0)
0
>>> uf.find(2) == uf.find(0) != uf.find(1)
True

Merging is single-link over decided pairs, strongest first, except that two groups never merge when
that would put two different known sources (or a denial and a non-denial) in one track: a chain of
unknown-source claims cannot glue two speakers' claims together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations

from .blocking import Settings
from .features import ClaimFeatures
from .matching import (
    Edge,
    Thresholds,
    cheap_same,
    compatible_roles,
    denial_edge,
    givens_clash,
    in_window,
    semantic_same,
    strong,
)
from .records import Track


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
        return min(ra, rb)


def match_pairs(pairs: Iterable[tuple[ClaimFeatures, ClaimFeatures]], s: Settings, th: Thresholds,
                semantic: bool = False) -> tuple[list[Edge], list[tuple[int, int]]]:
    """Decide each pair: the edges found, and the pairs left undecided for the semantic layer.

    With ``semantic`` the pairs are the undecided ones and carry embeddings."""
    edges, undecided = [], []
    for a, b in pairs:
        if not in_window(a, b, s.window_days):
            continue
        if a.act == "denial" or b.act == "denial":
            d, c = (a, b) if a.act == "denial" else (b, a)
            e = denial_edge(d, c, th)
            if e is not None:
                edges.append(e)
                continue
        e = semantic_same(a, b, th) if semantic else cheap_same(a, b, th)
        if isinstance(e, Edge):
            edges.append(e)
        elif e is None and not semantic:
            undecided.append((a.idx, b.idx))
        elif e is False and not semantic and (a.act == "denial") != (b.act == "denial"):
            undecided.append((a.idx, b.idx))
    return edges, undecided


def block_pairs(members: Sequence[ClaimFeatures]) -> Iterable[tuple[ClaimFeatures, ClaimFeatures]]:
    """All pairs of a block, in index order."""
    return combinations(sorted(members, key=lambda f: f.idx), 2)


def in_document_denials(feats: Sequence[ClaimFeatures]) -> list[Edge]:
    """The ``denies`` links the extractor drew inside each document, as denial edges between claims."""
    by_id = {(f.doc_id, f.claim_id): f.idx for f in feats}
    out = []
    for f in feats:
        for cid in f.denies:
            j = by_id.get((f.doc_id, str(cid)))
            if j is not None and j != f.idx:
                out.append(Edge(1.0, f.idx, j, "denies", "document"))
    return out


def merge(feats: Sequence[ClaimFeatures], edges: Iterable[Edge]) -> list[list[int]]:
    """Groups of claim indices from the ``same`` edges, strongest first, under the source constraint."""
    uf = UnionFind(len(feats))
    keys = {f.idx: {f.key} if strong(f.key) else set() for f in feats}
    givens = {f.idx: {(f.lang, f.given)} if f.given else set() for f in feats}
    roles = {f.idx: {f.key} if f.key and not strong(f.key) and f.key.startswith("role:") else set() for f in feats}
    denial = {f.idx: f.act == "denial" for f in feats}
    for e in sorted((e for e in edges if e.kind == "same"), key=lambda e: (-e.score, e.i, e.j)):
        ra, rb = uf.find(e.i), uf.find(e.j)
        if ra == rb or denial[ra] != denial[rb]:
            continue
        clash = len(keys[ra] | keys[rb]) > 1 or not compatible_roles(roles[ra] | roles[rb]) \
            or givens_clash(givens[ra] | givens[rb])
        if clash and e.layer != "verbatim":
            continue
        root = uf.union(ra, rb)
        keys[root], roles[root], givens[root] = keys[ra] | keys[rb], roles[ra] | roles[rb], givens[ra] | givens[rb]
    groups: dict[int, list[int]] = {}
    for f in feats:
        groups.setdefault(uf.find(f.idx), []).append(f.idx)
    return list(groups.values())


def _order(f: ClaimFeatures) -> tuple:
    return (f.day is None, f.day or 0, f.idx)


def _source(members: list[ClaimFeatures]) -> dict | None:
    keyed = [f for f in members if f.key]
    if not keyed:
        return None
    key = Counter(f.key for f in keyed).most_common(1)[0][0]
    same = [f for f in keyed if f.key == key]
    canonical = max((f.canonical or "" for f in same), key=lambda c: (len(c.split()), len(c)))
    stype = Counter(f.stype for f in same).most_common(1)[0][0]
    return {"canonical": canonical, "type": stype, "key": key}


def build_tracks(feats: Sequence[ClaimFeatures], groups: list[list[int]], edges: Iterable[Edge]) -> list[Track]:
    """Track records, largest first (then earliest), ids ``t1``, ``t2``… in that order."""
    ordered = [sorted((feats[i] for i in g), key=_order) for g in groups]
    ordered.sort(key=lambda ms: (-len(ms), _order(ms[0])))
    track_of = {f.idx: n for n, ms in enumerate(ordered) for f in ms}
    denies: dict[int, set[int]] = {}
    for e in edges:
        if e.kind == "denies" and track_of[e.i] != track_of[e.j]:
            denies.setdefault(track_of[e.i], set()).add(track_of[e.j])
    denied_by: dict[int, set[int]] = {}
    for a, bs in denies.items():
        for b in bs:
            denied_by.setdefault(b, set()).add(a)
    out = []
    for n, ms in enumerate(ordered):
        dated = [f for f in ms if f.day is not None]
        out.append(Track(
            id=f"t{n + 1}", members=[(f.doc_id, f.claim_id) for f in ms], source=_source(ms),
            first=(ms[0].doc_id, ms[0].claim_id), first_date=dated[0].date if dated else None,
            outlets=list(dict.fromkeys(f.outlet for f in ms if f.outlet)),
            langs=list(dict.fromkeys(f.lang for f in ms)), acts=list(dict.fromkeys(f.act for f in ms)),
            denies=[f"t{m + 1}" for m in sorted(denies.get(n, ()))],
            denied_by=[f"t{m + 1}" for m in sorted(denied_by.get(n, ()))],
            timeline=[(f.date, f.doc_id, f.claim_id, f.act) for f in ms]))
    return out
