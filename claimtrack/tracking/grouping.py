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
    near_edge,
    semantic_same,
    strong,
)
from .records import Track
from .relative import link_across


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
        e = (semantic_same(a, b, th) or near_edge(a, b, th)) if semantic else cheap_same(a, b, th)
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


class Groups:
    """Claims in groups (union-find) that refuse a join putting two different known sources (two named keys,
    two roles that are not one office, two first names) or a denial and a non-denial in one group."""

    def __init__(self, feats: Sequence[ClaimFeatures]):
        self.feats = feats
        self.uf = UnionFind(len(feats))
        self.keys = {f.idx: {f.key} if strong(f.key) else set() for f in feats}
        self.givens = {f.idx: {(f.lang, f.given)} if f.given else set() for f in feats}
        self.roles = {f.idx: {f.key} if f.key and not strong(f.key) and f.key.startswith("role:") else set()
                      for f in feats}
        self.denial = {f.idx: f.act == "denial" for f in feats}
        one: dict[str, frozenset[str]] = {}
        self.languages = {f.idx: one.setdefault(f.lang, frozenset((f.lang,))) for f in feats}  # shared sets

    def find(self, x: int) -> int:
        return self.uf.find(x)

    def langs(self, x: int) -> frozenset[str]:
        """The languages of the members of ``x``'s group."""
        return self.languages[self.uf.find(x)]

    def join(self, i: int, j: int, verbatim: bool = False) -> bool:
        """Join the groups of ``i`` and ``j`` unless a constraint forbids it (a long identical quotation,
        ``verbatim``, overrides the source constraint: one attribution is then an extraction error)."""
        ra, rb = self.uf.find(i), self.uf.find(j)
        if ra == rb or self.denial[ra] != self.denial[rb]:
            return False
        clash = len(self.keys[ra] | self.keys[rb]) > 1 or not compatible_roles(self.roles[ra] | self.roles[rb]) \
            or givens_clash(self.givens[ra] | self.givens[rb])
        if clash and not verbatim:
            return False
        root = self.uf.union(ra, rb)
        for d in (self.keys, self.roles, self.givens):
            d[root] = d[ra] | d[rb]
        langs = self.languages
        langs[root] = langs[ra] if langs[ra] == langs[rb] else langs[ra] | langs[rb]
        return True

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for f in self.feats:
            out.setdefault(self.uf.find(f.idx), []).append(f.idx)
        return list(out.values())


def merge(feats: Sequence[ClaimFeatures], edges: Iterable[Edge], th: Thresholds | None = None) -> list[list[int]]:
    """Groups of claim indices from the ``same`` edges, strongest first, under the source constraint; then the
    relative cross-lingual step over the ``near`` edges (claimtrack.tracking.relative)."""
    th = th or Thresholds()
    edges = list(edges)
    g = Groups(feats)
    for e in sorted((e for e in edges if e.kind == "same"), key=lambda e: (-e.score, e.i, e.j)):
        g.join(e.i, e.j, verbatim=e.layer == "verbatim")
    if th.relative:
        link_across(g, [e for e in edges if e.kind == "near"], th)
    return g.groups()


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
