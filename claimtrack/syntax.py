"""Dependency rules: source, target and content of a cue read off a Universal Dependencies parse.

Used by the attribution frames when the sentence is parsed; every function answers ``None`` when the
tree says nothing sure, and the surface reading stands. Token ranges are inclusive ``(first, last)``.

- the subject of the speech verb (``nsubj``), passed through coordination (``conj``) and relative
  clauses ("…, qui a accusé …" → the antecedent);
- the agent of a passive (``obl:agent``: "est accusée par ses voisins") and its patient
  (``nsubj:pass``: the target);
- the clause the verb governs (``ccomp``, ``xcomp``) or, for an incise (``parataxis``: "« … », a affirmé
  X"), the clause that governs it.
"""

from __future__ import annotations

from typing import Any

SUBJ = ("nsubj",)
PASSIVE_SUBJ = ("nsubj:pass",)
AGENT = ("obl:agent",)
CLAUSE = ("ccomp", "xcomp")
_TRIM_EDGE = frozenset(",;:.!?")
# relations whose subtree is not part of a source mention
_NOT_IN_MENTION = frozenset({"acl:relcl", "punct", "parataxis", "advcl", "dep", "ccomp", "conj", "cc",
                             "appos", "obl", "obl:mod", "obl:arg", "advmod"})


def parsed(S: Any) -> bool:
    return any(t.head is not None for t in S.t)


def children(S: Any) -> list[list[int]]:
    """Child lists of each token (cached on the sentence state)."""
    ch = getattr(S, "_children", None)
    if ch is None:
        ch = [[] for _ in range(S.n)]
        for i, t in enumerate(S.t):
            if t.head is not None and 0 <= t.head < S.n:
                ch[t.head].append(i)
        S._children = ch
    return ch


def _rel(t) -> str:
    return (t.deprel or "").lower()


def subtree(S: Any, i: int, drop: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Inclusive token range covering ``i`` and its descendants, leaving out children whose relation is
    in ``drop`` (with their subtrees) when they sit at an edge of the range; edge punctuation trimmed."""
    ch = children(S)
    lo = hi = i
    stack = [c for c in ch[i] if _rel(S.t[c]) not in drop]
    seen = {i}
    while stack:
        k = stack.pop()
        if k in seen:
            continue
        seen.add(k)
        lo, hi = min(lo, k), max(hi, k)
        stack.extend(ch[k])
    while lo < hi and S.t[lo].text in _TRIM_EDGE:
        lo += 1
    while hi > lo and S.t[hi].text in _TRIM_EDGE:
        hi -= 1
    return lo, hi


def _child(S: Any, i: int, rels: tuple[str, ...]) -> int | None:
    for c in children(S)[i]:
        if _rel(S.t[c]) in rels:
            return c
    return None


def _lexical_head(S: Any, g: Any) -> int:
    """The token heading the cue's clause: the verb itself, unless the verb hangs off an auxiliary."""
    return g.verb


def mention(S: Any, i: int) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``i``, without relative clauses, incises, case markers."""
    lo, hi = subtree(S, i, _NOT_IN_MENTION)
    # a leading preposition ("par ses voisins", "selon la préfète") is not part of the mention
    while lo < hi and _rel(S.t[lo]) in ("case", "mark") and S.t[lo].head is not None and S.t[lo].head == i:
        lo += 1
    # a modifier set off by a comma after the head is an incise, not the name: "l'ONG, implantée à X,"
    for k in range(i + 1, hi + 1):
        if S.t[k].text == ",":
            hi = k - 1
            break
    return lo, hi


def _with_appos(S: Any, i: int) -> tuple[int, int]:
    """A subject with an apposition: the name in it ("Le maire de Sarlenc, Jean Valde,"), or the whole
    "X, title of Y" where the language's convention keeps appositions in the mention."""
    lo, hi = mention(S, i)
    ap = _child(S, i, ("appos",))
    if ap is None:
        return lo, hi
    alo, ahi = mention(S, ap)
    if S.lex.source_apposition:
        return min(lo, alo), max(hi, ahi)
    if S.t[ap].upos == "PROPN" and S.t[i].upos != "PROPN":
        return alo, ahi
    return lo, hi


def _relative_antecedent(S: Any, subj: int) -> int | None:
    """For a relative pronoun subject ("qui", "who"), the noun its clause modifies."""
    t = S.t[subj]
    if (t.norm not in ("qui", "who", "which", "that")) or t.head is None:
        return None
    verb = t.head
    v = S.t[verb]
    if _rel(v).startswith("acl") and v.head is not None:
        return v.head
    return None


def source_of(S: Any, g: Any) -> tuple[tuple[int, int] | None, str]:
    """(token range, kind) of who speaks, from the tree; kind "np", "pronoun" or "agent"."""
    v = _lexical_head(S, g)
    if S.t[v].head is None and not children(S)[v]:
        return None, "none"
    if g.passive:
        a = _child(S, v, AGENT)
        return (mention(S, a), "agent") if a is not None else (None, "none")
    seen = 0
    while v is not None and seen < 4:
        s = _child(S, v, SUBJ)
        if s is not None:
            ante = _relative_antecedent(S, s)
            if ante is not None:
                return _with_appos(S, ante), "np"
            kind = "pronoun" if S.t[s].upos == "PRON" else "np"
            return _with_appos(S, s), kind
        # a coordinated verb shares the subject of the first conjunct: "… et a accusé X de …"
        if _rel(S.t[v]) == "conj" and S.t[v].head is not None:
            v = S.t[v].head
            seen += 1
            continue
        break
    return None, "none"


def target_of(S: Any, g: Any) -> tuple[int, int] | None:
    """The accused party: the passive subject, or the object of an active accusation verb."""
    v = g.verb
    s = _child(S, v, PASSIVE_SUBJ) if g.passive else _child(S, v, ("obj",))
    if s is None:
        return None
    ante = _relative_antecedent(S, s)
    return mention(S, ante if ante is not None else s)


def content_of(S: Any, g: Any) -> tuple[int, int] | None:
    """Token range of what is reported: the governed clause, or the clause an incise hangs on."""
    v = g.verb
    tv = S.t[v]
    c = _child(S, v, CLAUSE if g.cls != "report" else ("ccomp",))
    if c is not None:
        lo, hi = subtree(S, c)
        while lo < hi and _rel(S.t[lo]) == "mark" and S.t[lo].head == c:
            lo += 1  # "que"/"that" is not part of the content
        return lo, hi
    if _rel(tv) == "parataxis" and tv.head is not None:
        h = tv.head
        lo, hi = subtree(S, h, frozenset({"parataxis"}))
        vlo, vhi = subtree(S, v)
        if vlo > hi or vhi < lo:
            return lo, hi
        if vlo > lo:
            return lo, vlo - 1
    return None
