"""Blocking: which claims are ever compared, so that the cost grows with the corpus, not its square.

>>> from claimtrack.tracking.blocking import Settings, time_buckets
>>> time_buckets(738000, Settings(window_days=30))
(24600, 24601)

Two claims are compared only when they share a block key:
- ``("src", key, t)``: the same source identity within the same date window ``t``;
- ``("vq", band, h, t)``: an LSH band of the MinHash of their quote shingles (the same quotation, whoever
  is said to speak: catches relays whose source the extractor missed);
- ``("lx", band, h, t)``: an LSH band of the MinHash of their content terms (a close rewording);
- ``("story", name, t)``: the main names of the claim's article (features.story_names): claims of two
  articles on one story meet even when the extractor found no source or the languages differ;
- a denial also joins the source blocks of the target and the names it mentions, to meet what it rejects.
Each claim goes into the buckets ``t`` and ``t + 1`` (``t`` = day // window), so any two claims at most
``window_days`` apart share one; blocks bigger than ``max_block`` are left out (their pairs still meet
through the narrower LSH blocks).
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from ..extras import require
from .features import ClaimFeatures

_ANY = object()


@attrs.frozen
class Settings:
    """Blocking and matching parameters (see docs/tracking.md for how they were chosen)."""

    window_days: int = 60  # relays within days, follow-ups and trials within weeks
    max_block: int = 400
    verbatim_bands: int = 16
    verbatim_rows: int = 2
    lexical_bands: int = 8
    lexical_rows: int = 3
    seed: int = 1


def time_buckets(day: int | None, s: Settings) -> tuple[int | None, ...]:
    if day is None:
        return (None,)
    t = day // s.window_days
    return (t, t + 1)


@attrs.frozen
class _Perms:
    a: object
    b: object


def _perms(n: int, seed: int) -> _Perms:
    import numpy as np

    rng = np.random.RandomState(seed)
    prime = (1 << 61) - 1
    return _Perms(rng.randint(1, prime, size=n, dtype=np.uint64), rng.randint(0, prime, size=n, dtype=np.uint64))


def minhash_bands(values: Iterable[int], bands: int, rows: int, seed: int) -> tuple[int, ...]:
    """One hash per LSH band of the MinHash signature of a set of 32-bit values (``datasketch`` when
    installed, the same universal hashing in numpy otherwise)."""
    vals = list(values)
    if not vals:
        return ()
    sig = _signature(vals, bands * rows, seed)
    return tuple(zlib.crc32(sig[i * rows:(i + 1) * rows].tobytes()) for i in range(bands))


def _signature(vals: list[int], n: int, seed: int):
    np = require("numpy", "tracking", "claim tracking")

    try:
        from datasketch import MinHash
    except ImportError:
        p = _perms(n, seed)
        hv = np.asarray(vals, dtype=np.uint64)
        prime = np.uint64((1 << 61) - 1)
        return (((np.outer(hv, p.a) + p.b) % prime) & np.uint64(0xFFFFFFFF)).min(axis=0)
    m = MinHash(num_perm=n, seed=seed, hashfunc=int)
    m.update_batch(vals)
    return m.hashvalues


def block_keys(f: ClaimFeatures, s: Settings) -> Iterator[tuple]:
    """Every block key of one claim."""
    times = time_buckets(f.day, s)
    for t in times:
        if f.key:
            yield ("src", f.key, t)
        for k in f.story:
            yield ("story", k, t)
        if f.act == "denial":
            for k in {f.target, *f.names} - {None, f.key}:
                yield ("src", k, t)
    if f.lsh is None:
        f.lsh = lsh_bands(f, s)
    for kind, bands in zip(("vq", "lx"), f.lsh, strict=True):
        for i, h in enumerate(bands):
            for t in times:
                yield (kind, i, h, t)


def lsh_bands(f: ClaimFeatures, s: Settings) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The LSH band hashes of a claim's quote shingles and of its content terms (empty when too few)."""
    vq: tuple[int, ...] = ()
    if len(f.shingles) >= 2 or (f.shingles and f.form == "direct"):
        vq = minhash_bands(f.shingles, s.verbatim_bands, s.verbatim_rows, s.seed)
    lx: tuple[int, ...] = ()
    if len(f.terms) >= 3:
        lx = minhash_bands([zlib.crc32(t.encode("utf-8")) for t in f.terms], s.lexical_bands, s.lexical_rows,
                           s.seed + 1)
    return vq, lx


def block_index(feats: Iterable[ClaimFeatures], s: Settings, time: Any = _ANY) -> dict[tuple, list[int]]:
    """Block key -> claim indices, every block (a partition's share in a distributed run); with ``time``,
    only the blocks of that date window (keys end with their window)."""
    out: dict[tuple, list[int]] = defaultdict(list)
    for f in feats:
        for k in block_keys(f, s):
            if time is _ANY or k[-1] == time:
                out[k].append(f.idx)
    return dict(out)


def blocks(feats: Iterable[ClaimFeatures], s: Settings, time: Any = _ANY) -> dict[tuple, list[int]]:
    """Block key -> claim indices, keeping only blocks of two to ``max_block`` claims."""
    return {k: v for k, v in block_index(feats, s, time).items() if 2 <= len(v) <= s.max_block}


def windows(feats: Iterable[ClaimFeatures], s: Settings) -> Iterator[tuple[int | None, list[ClaimFeatures]]]:
    """(window t, the claims of windows t - 1 and t) in date order, then (None, the undated claims): the
    blocks of window t hold only these claims, so one window's blocks are in memory at a time."""
    by_t: dict[int | None, list[ClaimFeatures]] = defaultdict(list)
    for f in feats:
        by_t[None if f.day is None else f.day // s.window_days].append(f)
    undated = by_t.pop(None, [])
    for t in sorted(by_t):
        yield t, by_t.get(t - 1, []) + by_t[t]
    for t in sorted(by_t):  # the last window of each run of dates reaches one bucket further
        if t + 1 not in by_t:
            yield t + 1, by_t[t]
    if undated:
        yield None, undated
