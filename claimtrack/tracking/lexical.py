"""TF-IDF over content lemmas, names and numbers, weighed on the claims being tracked.

>>> from claimtrack.tracking.lexical import idf, tfidf, cosine
>>> w = idf([frozenset({"fonds", "maire"}), frozenset({"maire", "budget"}), frozenset({"pluie"})])
>>> round(cosine(tfidf(frozenset({"fonds", "maire"}), w), tfidf(frozenset({"fonds", "maire"}), w)), 3)
1.0
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable


def document_frequencies(term_sets: Iterable[frozenset[str]]) -> Counter:
    """How many claims use each term (summed across partitions in a distributed run)."""
    df: Counter = Counter()
    for terms in term_sets:
        df.update(terms)
    return df


def idf_from(df: Counter, n: int) -> dict[str, float]:
    """Smoothed inverse document frequency: rare terms (names, numbers) weigh most."""
    return {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}


def idf(term_sets: list[frozenset[str]]) -> dict[str, float]:
    return idf_from(document_frequencies(term_sets), len(term_sets))


def tfidf(terms: frozenset[str], weights: dict[str, float], boosted: frozenset[str] = frozenset(),
          boost: float = 1.0) -> dict[str, float]:
    """A unit-length vector (term -> weight); terms are sets, so a term counts once per claim; the ``boosted``
    ones (a short claim's cue terms, tracking.proposition) weigh ``boost`` times more."""
    vec = {t: weights.get(t, 1.0) * (boost if t in boosted else 1.0) for t in terms}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def without(vec: dict[str, float], terms: frozenset[str]) -> dict[str, float]:
    """``vec`` without ``terms``, back to unit length: a short claim's content alone, as a denial compares it.

    >>> without({"a": 0.6, "b": 0.8}, frozenset({"b"}))
    {'a': 1.0}
    """
    if not terms:
        return vec
    rest = {t: v for t, v in vec.items() if t not in terms}
    norm = math.sqrt(sum(v * v for v in rest.values()))
    return {t: v / norm for t, v in rest.items()} if norm else {}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)
