"""Tracking as a Dask job: features per partition, blocks grouped by key, matching per group, one merge.

>>> from claimtrack.tracking.distributed import partitions
>>> partitions(["d1", "d1", "d2", "d3"], 2)
[(0, 2), (2, 4)]

The blocking keys partition the work: each task decides the pairs of a batch of blocks and returns only
the edges it found, so no worker ever holds more than its blocks. The client then merges the edges and
builds the tracks exactly as :func:`claimtrack.tracking.track` does, so the tracks are the same::

    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=4) as cluster, Client(cluster) as client:
        tracks = track_distributed(results, client)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .blocking import Settings, block_index
from .engine import apply_weights, claims_of, decide_blocks, decide_semantic, embed_features, featurize_part, finish
from .features import ClaimFeatures
from .lexical import document_frequencies, idf_from
from .matching import Thresholds
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


def _weigh(feats: list[ClaimFeatures], df: Any, n: int) -> list[ClaimFeatures]:
    return apply_weights(feats, idf_from(df, n))


def track_distributed(results: Iterable[Any], client: Any, *, embedder: Embedder | str | None = "auto",
                      settings: Settings | None = None, thresholds: Thresholds | None = None,
                      partitions_n: int | None = None, blocks_per_task: int = 256) -> list[Track]:
    """The tracks of :func:`claimtrack.tracking.track`, computed on a ``distributed.Client``."""
    s, th = settings or Settings(), thresholds or Thresholds()
    claims = claims_of(results)
    n = partitions_n or max(1, len(client.scheduler_info().get("workers", {})) * 2)
    parts = partitions([str(c.doc_id) for c in claims], n)
    scattered = client.scatter([claims[a:b] for a, b in parts])
    feat_f = [client.submit(featurize_part, part, a, pure=False) for part, (a, _) in zip(scattered, parts,
                                                                                           strict=True)]
    df = client.submit(_sum_df, [client.submit(_df_of, f, pure=False) for f in feat_f], pure=False)
    feat_f = [client.submit(_weigh, f, df, len(claims), pure=False) for f in feat_f]
    keys = client.gather([client.submit(block_index, f, s, pure=False) for f in feat_f])
    feats = [f for part in client.gather(feat_f) for f in part]
    grouped: dict[tuple, list[int]] = {}
    for part in keys:
        for k, idx in part.items():
            grouped.setdefault(k, []).extend(idx)
    groups = [sorted(v) for _, v in sorted(grouped.items(), key=lambda kv: repr(kv[0]))
              if 2 <= len(v) <= s.max_block]
    work = client.scatter([[[feats[i] for i in g] for g in batch] for batch in _batches(groups, blocks_per_task)])
    tasks = [client.submit(decide_blocks, batch, s, th, pure=False) for batch in work]
    edges, undecided = [], set()
    for found, left in client.gather(tasks):
        edges += found
        undecided.update(left)
    emb = resolve(embedder)
    if emb is not None and undecided:
        edges += _semantic(client, feats, sorted(undecided), emb, s, th)
    return finish(feats, edges)


def _df_of(feats: list[ClaimFeatures]) -> Any:
    return document_frequencies(f.terms for f in feats)


def _sum_df(parts: list[Any]) -> Any:
    total = parts[0].copy() if parts else {}
    for p in parts[1:]:
        total.update(p)
    return total


def _semantic(client: Any, feats: list[ClaimFeatures], pairs: list[tuple[int, int]], emb: Embedder, s: Settings,
              th: Thresholds) -> list:
    need = sorted({i for p in pairs for i in p})
    vec_f = [client.submit(embed_features, part, emb, pure=False)
             for part in client.scatter([[feats[i] for i in batch] for batch in _batches(need, 512)])]
    for batch, vecs in zip(_batches(need, 512), client.gather(vec_f), strict=True):
        for i, v in zip(batch, vecs, strict=True):
            feats[i].emb = v
    work = client.scatter([[(feats[i], feats[j]) for i, j in batch] for batch in _batches(pairs, 4096)])
    tasks = [client.submit(decide_semantic, batch, s, th, pure=False) for batch in work]
    return [e for found in client.gather(tasks) for e in found]
