"""Tracking as a Dask job, on the engine of corpus extraction (:func:`claimtrack.dask.map_partitions`).

>>> from claimtrack.tracking.distributed import partitions
>>> partitions(["d1", "d1", "d2", "d3"], 2)
[(0, 2), (2, 4)]

The blocking keys partition the work. Four passes of :func:`claimtrack.dask.map_partitions` (bounded tasks in
flight, results in partition order): features and term counts per run of whole documents; TF-IDF weights and
block keys per run; the verbatim and lexical decisions per batch of blocks (grouped by key on the client);
embeddings and semantic decisions for the pairs left undecided. Each task returns only what it found, and the
client merges the edges and builds the tracks exactly as :func:`claimtrack.tracking.track` does, so the
tracks are the same::

    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=4) as cluster, Client(cluster) as client:
        tracks = track_distributed(results, client)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from ..dask import get_client, map_partitions, workers
from ..records import Claim
from .blocking import Settings, block_index
from .engine import (
    apply_weights,
    attach,
    claims_of,
    decide_blocks,
    decide_semantic,
    embed_features,
    featurize_part,
    finish,
)
from .features import ClaimFeatures
from .lexical import document_frequencies, idf_from
from .matching import Edge, Thresholds
from .records import Track
from .semantic import Embedder, resolve


def partitions(doc_ids: Sequence[str], n: int) -> list[tuple[int, int]]:
    """About ``n`` (start, end) runs of claims, never cutting a document (story names are per document)."""
    if not doc_ids:
        return []
    size = max(1, -(-len(doc_ids) // max(1, n)))
    out, start = [], 0
    while start < len(doc_ids):
        end = min(len(doc_ids), start + size)
        while end < len(doc_ids) and doc_ids[end] == doc_ids[end - 1]:
            end += 1
        out.append((start, end))
        start = end
    return out


def _batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


# --- the tasks (one partition in, what it found out) --------------------------------------------------------


def _featurize(part: tuple[list[Claim], int]) -> tuple[list[ClaimFeatures], Counter]:
    claims, offset = part
    feats = featurize_part(claims, offset)
    return feats, document_frequencies(f.terms for f in feats)


def _weigh_and_index(feats: list[ClaimFeatures], weights: dict[str, float], s: Settings
                     ) -> tuple[list[ClaimFeatures], dict[tuple, list[int]]]:
    feats = apply_weights(feats, weights)
    return feats, block_index(feats, s)


def _decide(batch: list[list[ClaimFeatures]], s: Settings, th: Thresholds
            ) -> tuple[list[Edge], list[tuple[int, int]]]:
    return decide_blocks(batch, s, th)


def _semantic(pairs: list[tuple[ClaimFeatures, ClaimFeatures]], s: Settings, th: Thresholds) -> list[Edge]:
    return decide_semantic(pairs, s, th)


# --- the job -------------------------------------------------------------------------------------------------


def track_distributed(results: Iterable[Any], client: Any = None, *, embedder: Embedder | str | None = "auto",
                      settings: Settings | None = None, thresholds: Thresholds | None = None,
                      partitions_n: int | None = None, blocks_per_task: int = 256) -> list[Track]:
    """The tracks of :func:`claimtrack.tracking.track`, computed on a ``distributed.Client`` (default: the
    current one, as :func:`claimtrack.dask.extract_many`)."""
    s, th = settings or Settings(), thresholds or Thresholds()
    client = get_client(client)
    claims = claims_of(results)
    parts = partitions([str(c.doc_id) for c in claims], partitions_n or 2 * workers(client))
    feat_parts, df = [], Counter()
    for feats, counts in map_partitions(_featurize, ((claims[a:b], a) for a, b in parts), client):
        feat_parts.append(feats)
        df.update(counts)
    weights = client.scatter(idf_from(df, len(claims)), broadcast=True)  # sent to each worker once
    feats, grouped = [], {}
    for weighed, index in map_partitions(_weigh_and_index, feat_parts, client, weights=weights, s=s):
        feats += weighed
        for k, idx in index.items():
            grouped.setdefault(k, []).extend(idx)
    groups = [sorted(v) for _, v in sorted(grouped.items(), key=lambda kv: repr(kv[0]))
              if 2 <= len(v) <= s.max_block]
    work = ([[feats[i] for i in g] for g in batch] for batch in _batches(groups, blocks_per_task))
    edges, undecided = [], set()
    for found, left in map_partitions(_decide, work, client, s=s, th=th):
        edges += found
        undecided.update(left)
    emb = resolve(embedder)
    if emb is not None and undecided:
        edges += _semantic_edges(client, feats, sorted(undecided), emb, s, th)
    return finish(feats, edges, th)


def _semantic_edges(client: Any, feats: list[ClaimFeatures], pairs: list[tuple[int, int]], emb: Embedder,
                    s: Settings, th: Thresholds) -> list[Edge]:
    need = _batches(sorted({i for p in pairs for i in p}), 512)
    model = client.scatter(emb, broadcast=True)  # the default model weighs ~80 MB: sent to each worker once
    vectors = map_partitions(embed_features, ([feats[i] for i in batch] for batch in need), client, embedder=model)
    for batch, vecs in zip(need, vectors, strict=True):
        attach([feats[i] for i in batch], vecs)
    work = ([(feats[i], feats[j]) for i, j in batch] for batch in _batches(pairs, 4096))
    return [e for found in map_partitions(_semantic, work, client, s=s, th=th) for e in found]
