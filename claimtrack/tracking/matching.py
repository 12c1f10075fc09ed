"""The pair decision: same source entity and same proposition, layer by layer, cheapest first.

>>> from claimtrack.tracking.matching import containment
>>> containment(frozenset({1, 2, 3}), frozenset({2, 3, 4, 5, 6}))
0.6666666666666666

A pair of claims is ``same`` when their sources are compatible and one layer clears its threshold:
- verbatim: containment of quote shingles (a headline fragment inside the body quote counts);
- lexical: TF-IDF cosine of content terms;
- semantic: cosine of sentence vectors (when an embedder is given).
Thresholds are stricter when one source is unknown; two known, different sources only merge on a long
identical quotation (then one attribution is an extraction error). A denial never merges with a claim
that is not a denial: the comparison ignores negation, so that denials can find what they reject.
"""

from __future__ import annotations

import attrs

from .features import ClaimFeatures
from .lexical import cosine, without
from .semantic import aligned, dot


@attrs.frozen
class Thresholds:
    """Minimum similarity per layer and source relation (a priori; see docs/tracking.md)."""

    verbatim_same: float = 0.5
    verbatim_unknown: float = 0.6
    verbatim_conflict: float = 0.5
    conflict_min_shingles: int = 8
    lexical_same: float = 0.4
    lexical_unknown: float = 0.6
    semantic_same: float = 0.7
    semantic_unknown: float = 0.8
    quote_semantic_same: float = 0.6  # two quotations: benchmarks/translation_pairs.py
    quote_semantic_unknown: float = 0.7
    cue_semantic_same: float = 0.7  # two short claims read with their cues (tracking.proposition): short_claims.py
    cue_agree: float = 0.4  # two short claims' cues must agree ('welcomed' / 'criticised' X): short_claims.py
    deny_lexical: float = 0.3
    deny_semantic: float = 0.6
    # relative cross-lingual linking (claimtrack.tracking.relative; benchmarks/cross_lingual.py)
    relative: bool = True
    relative_floor: float = 0.45
    relative_margin: float = 1.2
    relative_neighbours: int = 3
    relative_rounds: int = 1


@attrs.frozen
class Edge:
    """A decided pair: ``kind`` is ``same`` (one track) or ``denies`` (``i`` denies ``j``)."""

    score: float
    i: int
    j: int
    kind: str
    layer: str


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller set of quote shingles found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def verbatim(a: ClaimFeatures, b: ClaimFeatures) -> float:
    """Quote containment, counted when the quotes share two shingles (four words in a row) or are the whole
    content of both claims: a short quoted expression inside two different claims says nothing."""
    if len(a.shingles & b.shingles) < 2 and not (a.form == b.form == "direct" and a.shingles == b.shingles):
        return 0.0
    return containment(a.shingles, b.shingles)


def strong(key: str | None) -> bool:
    """A key that names one entity (a person, organisation, government, agency); a role ('le procureur')
    or a bare noun phrase may still be the named person of another article."""
    return key is not None and not key.startswith(("role:", "np:"))


def refines(a: str, b: str) -> bool:
    """One role key is the other made more precise ('role:president' and 'role:president:KZ'), or the same.

    >>> refines("role:minister", "role:minister:interior:FR"), refines("role:president:FR", "role:president:KZ")
    (True, False)
    """
    return a == b or a.startswith(b + ":") or b.startswith(a + ":")


def compatible_roles(roles: set[str]) -> bool:
    """The role keys of a group can be one office: each pair refines one another."""
    return all(refines(a, b) for a in roles for b in roles)


def givens_clash(givens: set[tuple[str, str]]) -> bool:
    """Two (language, first name) of one surname that are two people: different first names in one language;
    across languages, where first names are spelt differently (Sergueï/Sergei, Alexandre/Alexander), different
    initials.

    >>> givens_clash({("fr", "serguei"), ("en", "sergei")}), givens_clash({("fr", "marine"), ("fr", "marion")})
    (False, True)
    """
    return any(ga != gb and (la == lb or ga[:1] != gb[:1]) for la, ga in givens for lb, gb in givens)


def relation(a: ClaimFeatures, b: ClaimFeatures) -> str:
    """'same', 'unknown' or 'conflict' source identity: two different names conflict, and so do two roles
    unless one is the other made more precise; a bare noun phrase conflicts with nothing."""
    if a.key is None or b.key is None:
        return "unknown"
    if a.key == b.key:
        return "conflict" if a.given and b.given and givens_clash({(a.lang, a.given), (b.lang, b.given)}) else "same"
    if a.key.startswith("np:") or b.key.startswith("np:") or refines(a.key, b.key):
        return "unknown"  # a description ('the former boxer', 'le boxeur') may be anyone of its story
    return "conflict" if strong(a.key) == strong(b.key) else "unknown"


def in_window(a: ClaimFeatures, b: ClaimFeatures, window_days: int) -> bool:
    return a.day is None or b.day is None or abs(a.day - b.day) <= window_days


def cheap_same(a: ClaimFeatures, b: ClaimFeatures, th: Thresholds) -> Edge | None | bool:
    """An edge from the verbatim or lexical layer; False when no layer can ever join them; None when
    undecided (the semantic layer may still)."""
    if (a.act == "denial") != (b.act == "denial"):
        return False
    rel = relation(a, b)
    v = verbatim(a, b)
    if rel == "conflict":
        ok = len(a.shingles & b.shingles) >= th.conflict_min_shingles and v >= th.verbatim_conflict
        return Edge(v, a.idx, b.idx, "same", "verbatim") if ok else False
    if v >= (th.verbatim_same if rel == "same" else th.verbatim_unknown):
        return Edge(1.0 + v, a.idx, b.idx, "same", "verbatim")
    lex = cosine(a.vector, b.vector)
    if lex >= (th.lexical_same if rel == "same" else th.lexical_unknown):
        return Edge(lex, a.idx, b.idx, "same", "lexical")
    return None


def cues_agree(a: ClaimFeatures, b: ClaimFeatures, th: Thresholds) -> bool:
    """Two short claims read with their cues say the same of their objects only if the cues agree: the embedder
    reads 'welcomed the decision' and 'criticised the decision' as close (the object weighs most), but the cues
    alone apart. True when one has no cue vector (a longer content, a cue that takes no object)."""
    c = dot(a.cue_emb, b.cue_emb)
    return c is None or c >= th.cue_agree


def semantic_same(a: ClaimFeatures, b: ClaimFeatures, th: Thresholds) -> Edge | None:
    """Two quotations (both direct) take the thresholds measured on translated quotations; shorter reported
    contents of one event score high whatever they say, so they keep the stricter ones, unless both are short
    claims of one source read with their cues (tracking.proposition), whose cues keep their acts apart."""
    sem = aligned(a.emb, b.emb)
    if sem is None or not cues_agree(a, b, th):
        return None
    same = relation(a, b) == "same"
    if a.form == b.form == "direct":
        need = th.quote_semantic_same if same else th.quote_semantic_unknown
    elif same and a.cue_terms and b.cue_terms:  # the cues tell 'welcomed X' from 'criticised X' apart
        need = th.cue_semantic_same
    else:
        need = th.semantic_same if same else th.semantic_unknown
    if sem >= need:
        return Edge(sem, a.idx, b.idx, "same", "semantic")
    return None


def near_edge(a: ClaimFeatures, b: ClaimFeatures, th: Thresholds) -> Edge | None:
    """A ``near`` edge: the semantic score of a pair in two languages that its threshold did not pass, with the
    same source key, kept for the relative step (claimtrack.tracking.relative): its competitors are the other
    claims of that source, so an unknown source or a bare noun phrase gives it none."""
    if not th.relative or a.lang == b.lang or (a.act == "denial") != (b.act == "denial"):
        return None
    sem = aligned(a.emb, b.emb)
    if sem is None or sem <= 0.0 or relation(a, b) != "same" or not cues_agree(a, b, th):
        return None
    return Edge(sem, a.idx, b.idx, "near", "semantic")


def denial_edge(d: ClaimFeatures, c: ClaimFeatures, th: Thresholds) -> Edge | None:
    """``d`` (a denial) rejects ``c``: an earlier claim of another source in another document, with the same
    proposition, or naming in its content the source of ``c`` with a weaker overlap."""
    if d.act != "denial" or c.act == "denial" or d.doc_id == c.doc_id:
        return None
    if d.day is not None and c.day is not None and c.day > d.day:
        return None
    if d.key is not None and d.key == c.key:
        return None
    named = c.key is not None and (c.key == d.target or c.key in d.names)
    lex = cosine(d.vector, without(c.vector, c.cue_terms))  # the claim's proposition without its cue ('affirme')
    if lex >= (th.deny_lexical if named else 2 * th.deny_lexical):  # naming the claimant halves the overlap needed
        return Edge(lex, d.idx, c.idx, "denies", "lexical")
    sem = dot(d.emb, c.emb)
    if sem is not None and sem >= (th.deny_semantic if named else th.semantic_unknown):
        return Edge(sem, d.idx, c.idx, "denies", "semantic")
    return None
